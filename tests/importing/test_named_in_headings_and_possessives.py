"""Table tests: who a heading names and who a possessive names.

A heading in the speaker's own words ("I'm Dr. Anika Rao, chief scientist at Tokafusion.
AMA!"), the kind of event before its speaker ("Book talk: Kate Brennan, “The Long Thaw”") and
a part's presenter in brackets ("Slide 8 — Financial framework (Ana Ruiz, CFO)") name the
section's speaker. A contraction ("I'm", "I'd", "Don't") is never part of a name; a person's
surname after an organisation's possessive ("Goldman's Hatzius") is that person, asked about,
and a description ("Maersk's CEO") is asked about, never a speaker."""

import pytest

from claims.importing.headings import self_introduction, undated_appearance
from claims.importing.names import possessed, reads_as_name
from tests.importing import attributed


@pytest.mark.parametrize(
    ("heading", "speaker"),
    [
        (
            "I'm Dr. Anika Rao, chief scientist at Tokafusion, building a compact tokamak. AMA!",
            "Anika Rao",
        ),
        ("I am Tom Hale and I run a wind farm. Ask me anything", "Tom Hale"),
        ("Hi Reddit, I'm Priya Natarajan from BNEF. AMA about batteries", "Priya Natarajan"),
        ("My name is Prof. Lena Ortiz. AMA", "Lena Ortiz"),
        ("I’m Sam Okafor here, back for round two", "Sam Okafor"),
        # Nobody named.
        ("I'm back", ""),
        ("I'm not sure this is the year of the grid", ""),
        ("This is the year of the grid", ""),
    ],
)
def test_a_self_introduction_names_its_speaker_without_title(heading, speaker):
    assert self_introduction(heading) == speaker


@pytest.mark.parametrize(
    ("heading", "speaker"),
    [
        ("Slide 8 — Financial framework (Ana Ruiz, CFO)", "Ana Ruiz"),
        ("Slide 1 — Welcome (Jonas Weber, CEO)", "Jonas Weber"),
        ("Section 4: Outlook (presented by Ana Ruiz)", "Ana Ruiz"),
        ("Part 2 — Markets (Lena Ortiz, head of research)", "Lena Ortiz"),
        ("Part 2 — Markets (Lena Ortiz)", "Lena Ortiz"),
        ("Book talk: Kate Brennan, “The Long Thaw” — Daunt Books Marylebone", "Kate Brennan"),
        ("Keynote: Jensen Huang at Computex", "Jensen Huang"),
        ("Lecture — Mariana Mazzucato, The Value of Everything", "Mariana Mazzucato"),
        # Nobody named in the brackets.
        ("Slide 3 — Where we are", None),
        ("Energy outlook (Bloomberg TV)", None),
        ("Outlook (2026 edition)", None),
        ("Q&A (Ana Ruiz and Jonas Weber)", None),
        ("Book talk: the long thaw", None),
    ],
)
def test_a_heading_names_its_presenter(heading, speaker):
    found = undated_appearance(heading)
    assert (found[0] if found else None) == speaker


DECK = """# Helio Renewables Investor Day — presenter notes

## Slide 1 — Welcome (Jonas Weber, CEO)
- We delivered 4.1 GW of new capacity this year.

## Slide 8 — Financial framework (Ana Ruiz, CFO)
- Net debt to EBITDA below 2.5x by March 2027.
- We expect free cash flow to turn positive in 2026.

## Slide 12 — Closing (Jonas Weber, CEO)
- Helio will be the largest storage operator in Europe by 2028.
"""


def test_a_slide_heading_opens_its_presenters_section():
    assert attributed.said(DECK) == [
        ("Jonas Weber", "We delivered 4.1 GW of new capacity this year."),
        ("Ana Ruiz", "Net debt to EBITDA below 2.5x by March 2027."),
        ("Ana Ruiz", "We expect free cash flow to turn positive in 2026."),
        ("Jonas Weber", "Helio will be the largest storage operator in Europe by 2028."),
    ]


def test_a_book_talks_heading_names_its_speaker():
    notes = (
        '# Book talk: Kate Brennan, "The Long Thaw" — Daunt Books Marylebone, 3 March 2026\n\n'
        "## Chapter 1: A sea without ice\n"
        "- The Arctic Ocean will see its first ice-free September before 2035.\n"
    )
    assert attributed.said(notes) == [
        ("Kate Brennan", "The Arctic Ocean will see its first ice-free September before 2035.")
    ]


@pytest.mark.parametrize(
    "label",
    ["I'm Dr. Anika Rao", "I'd Say", "Don't Say", "Goldman's Hatzius", "We'll See", "It's Tom"],
)
def test_a_contraction_or_possessive_is_never_in_a_name(label):
    assert not reads_as_name(label)


@pytest.mark.parametrize(
    "label", ["Conan O'Brien", "Tom D'Angelo", "Dr. Anika Rao", "N'Golo Kanté"]
)
def test_an_apostrophe_inside_a_name_is_kept(label):
    assert reads_as_name(label)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Goldman's Hatzius", ("Hatzius", "")),
        ("JPMorgan's Jamie Dimon", ("Jamie Dimon", "")),
        ("Maersk's CEO", ("", "Maersk's CEO")),
        ("Goldman’s Chief Economist", ("", "Goldman’s Chief Economist")),
        ("Apple's Board", ("", "Apple's Board")),
        ("Jamie Dimon", ("", "")),
    ],
)
def test_a_possessive_before_a_name(name, expected):
    assert possessed(name) == expected


DIGEST = """# Weekly digest, 12 September 2025

{line}
"""


@pytest.mark.parametrize(
    ("line", "who", "remark"),
    [
        # A surname after an organisation's possessive: that person, asked about.
        (
            "Goldman's Hatzius thinks the S&P gets to 7,000 by the end of next year.",
            "Hatzius",
            "reported: said by Hatzius?",
        ),
        ("JPMorgan's Jamie Dimon said rates will stay higher.", "Jamie Dimon", "reported: said by"),
        # A description: asked about, never a speaker.
        (
            "Maersk's CEO told her that they will not send a ship through it before 2030.",
            "",
            "reported: said by Maersk's CEO?",
        ),
        ("Nvidia's chief economist said demand will double.", "", None),
        # A contraction names nobody.
        ("I'd say it becomes profitable within five years.", "", ""),
        ("Don't say the market will crash in 2026.", "", ""),
        ("We'll say more about rates next week.", "", ""),
    ],
)
def test_reported_words_of_a_possessive_or_a_contraction(line, who, remark):
    statement = attributed.parsed(DIGEST.format(line=line)).statements[0]
    assert statement.speaker == who
    if remark is not None:
        assert (remark in statement.note) if remark else "reported" not in statement.note
