"""A layout reader whose signs are met by chance reads nothing: the document is read as before.

A podcast's page copied from a newsletter platform ("Share", a player's "0:00" and
"-58:14", "Write a comment...", the author's name over the post's date) shows signs that
PDF panel and Facebook readers look for; a reading that keeps no line, or a Facebook
reading of a page that is not Facebook's, must give way to the notes reader, which reads
the transcript's "Name  0:00" turns.
"""

import datetime

import pytest

from claims.importing import shaped
from claims.importing.services import ImportOptions, SourceChoice, import_plan

pytestmark = pytest.mark.django_db

PAGE = """Share
{top}

0:00
-41:07
Audio playback is not supported on your browser. Please upgrade.

Chapters
00:00 Intro
03:10 Ports and freight

Transcript
Mira Castell  0:00
Welcome back to Harbour Notes. My guest today runs the port authority.

Tomas Lindgren  0:12
Thanks, Mira. Container volumes will be back above 2019 levels by the end of 2027.

Mira Castell  3:10
And freight rates?

Tomas Lindgren  3:15
Rates stay low through next summer, I'd say.

Write a comment...
Share
"""


@pytest.mark.parametrize(
    "top",
    [
        "",
        "Mira Castell\nOct 28, 2026\n∙ Paid\n12\n3",
        "Harbour Notes\nSubscribe\nSign in",
        "Ep. 40: Ports with Tomas Lindgren\nMira Castell\nOct 28, 2026",
    ],
)
def test_a_podcast_page_with_a_player_and_a_composer_is_read_by_its_turns(top):
    plan = import_plan(
        data=PAGE.format(top=top).encode(),
        file_name="episode.txt",
        options=ImportOptions(
            source=SourceChoice(title="Harbour Notes 40", published_on=datetime.date(2026, 10, 28))
        ),
    )
    said = {c.quote: c.speaker.name for c in plan.candidates}
    volumes = "Container volumes will be back above 2019 levels by the end of 2027."
    assert said[volumes] == "Tomas Lindgren"
    assert "Rates stay low through next summer, I'd say." in said


def test_a_reader_whose_reading_keeps_no_line_gives_way(monkeypatch):
    from claims.importing import pdf_panels

    lines = PAGE.format(top="").splitlines()
    blank = shaped.Reshaped.of([""] * len(lines), [])
    monkeypatch.setattr(pdf_panels, "reshape", lambda lines: blank)
    found = shaped.reshape(lines)
    assert found is None or any(line.strip() for line in found.lines)
