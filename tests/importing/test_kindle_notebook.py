"""Table tests: a book's highlights copied from the Kindle notebook. Each highlight is the
book's author's words, with a remark naming the header's line that names them; the page's
heading, the title, the visit and counts lines, chapters' headings, the headers of
highlights, notes and bookmarks, and the reader's own notes are nobody's. Near misses (a
"Note:" line in plain notes, a page with highlight headers but no notebook heading) read as
before."""

import datetime

import pytest

from claims.choices import ClaimKind
from claims.importing import kindle_notebook
from claims.importing.services import ImportOptions, SourceChoice, import_plan
from tests.importing import attributed

NOTEBOOK = """Your Kindle Notes For:
The Long Thaw: Water, Power and Money, 2025-2030
Ingrid Aasvold
Last accessed on Sunday, November 9, 2025
12 Highlight(s) | 3 Note(s)
Some highlights have been hidden or truncated due to export limits.

Chapter 1: Rivers
Highlight (yellow) | Location 402
In my last book I wrote that the Danube would run dry by 2022. It did not.
Note: at least she admits it
Highlight (yellow) | Location 455
So here is my first number: the Rhine will close to barges for a month before the end of 2027.
Note: bet w/ Tom, he says never
Bookmark | Page 61

Chapter 2: Power
Yellow highlight | Location: 733
Half of Europe's new cars will be electric by December 2026.
Highlight (blue) - Page 88
"We will not build another dam before 2030," Tomas Rydell, who ran the Halden project, told me.
"""

PLAIN_NOTES = """## Reading notes, 9 November 2025

Ingrid Aasvold: the Rhine will close to barges before the end of 2027.
Note: check the barge numbers.
"""


@pytest.mark.parametrize(
    ("words", "who"),
    [
        ("Your Kindle Notes For", "-"),
        ("The Long Thaw", "-"),
        ("Last accessed", "-"),
        ("12 Highlight(s)", "-"),
        ("hidden or truncated", "-"),
        ("Chapter 1", "-"),
        ("Location 402", "-"),
        ("Danube would run dry", "Ingrid Aasvold"),
        ("she admits it", "-"),  # the reader's note, never the author's words
        ("close to a month", "-"),
        ("close to barges", "Ingrid Aasvold"),
        ("bet w/ Tom", "-"),
        ("Bookmark", "-"),
        ("electric by December 2026", "Ingrid Aasvold"),
    ],
)
def test_who_says_what_in_a_kindle_notebook(words, who):
    assert attributed.who(NOTEBOOK, words) == who


@pytest.mark.django_db
def test_a_highlights_forecast_is_the_authors_with_a_remark():
    plan = import_plan(
        data=NOTEBOOK.encode(),
        file_name="notebook.txt",
        options=ImportOptions(
            source=SourceChoice(title="The Long Thaw", published_on=datetime.date(2025, 3, 4))
        ),
    )
    (rhine,) = (c for c in plan.candidates if "Rhine" in c.quote)
    assert (rhine.speaker.name, rhine.kind) == ("Ingrid Aasvold", ClaimKind.PREDICTION)
    assert rhine.deadline == datetime.date(2027, 12, 31)
    assert "the book's author, as the notebook's header names them (line 3)" in rhine.statement.note
    assert not any("she admits" in c.quote or "bet w/" in c.quote for c in plan.candidates)
    # Words the passage quotes from another, with who said them after: theirs.
    (dam,) = (c for c in plan.candidates if "another dam" in c.quote)
    assert dam.speaker.name == "Tomas Rydell"


@pytest.mark.parametrize(
    ("line", "header"),
    [
        ("Highlight (yellow) | Location 455", True),
        ("Yellow highlight | Location: 733", True),
        ("Highlight (blue) - Page 88", True),
        ("Note | Page 61", True),
        ("Bookmark | Page 61 · Location 1,204", True),
        ("Highlight the risks in yellow.", False),
        ("Note: check the barge numbers.", False),
    ],
)
def test_a_highlights_header(line, header):
    assert bool(kindle_notebook._HEADER.match(line)) is header


@pytest.mark.parametrize("text", [PLAIN_NOTES, NOTEBOOK.replace("Your Kindle Notes For:\n", "")])
def test_documents_that_only_look_like_a_notebook_are_none(text):
    assert kindle_notebook.reshape(text.splitlines()) is None
