"""Table tests: headings of appearance logs, interview notes, live blogs and newsletters are
structure, never claims; list items are never headings."""

import datetime

import pytest

from claims.choices import DatePrecision
from claims.importing.headings import date_line, read_heading, undated_appearance
from claims.importing.services import ImportOptions, SourceChoice, import_plan

D = datetime.date


# ---- A date set off by "·" (after a weekday), a trailing "(with …)": still a heading.


@pytest.mark.parametrize(
    ("line", "title", "day", "speaker"),
    [
        (
            "Thu 1 February 2024 · Goldman Sachs Exchanges podcast",
            "Goldman Sachs Exchanges podcast",
            D(2024, 2, 1),
            "",
        ),
        ('Tue 9 January 2024 · Bloomberg TV, "Surveillance"', "", D(2024, 1, 9), ""),
        ("9 January 2024 · CNBC Squawk Box", "CNBC Squawk Box", D(2024, 1, 9), ""),
        ("Wednesday 6 March 2024 • Odd Lots live", "Odd Lots live", D(2024, 3, 6), ""),
        ("Panel, Davos, 18 January 2024 (with Larry Summers)", "", D(2024, 1, 18), ""),
        (
            "Energy Outlook panel, Oslo, 3 May 2023 (with Ada Quist and Tom Hale)",
            "",
            D(2023, 5, 3),
            "",
        ),
        (
            "Ben Ortiz on The Long Game, 2024-02-01 (with Rhea Kapoor)",
            "The Long Game",
            D(2024, 2, 1),
            "Ben Ortiz",
        ),
    ],
)
def test_headings_of_appearance_logs(line, title, day, speaker):
    heading = read_heading(line, marked=False)
    assert heading is not None
    assert heading.published_on == day
    assert heading.speaker == speaker
    if title:
        assert heading.title == title


@pytest.mark.parametrize(
    "line",
    [
        "Bloomberg TV, 9 January 2024",
        "CNBC Squawk Box — 2 May 2024",
        "BBC Radio 4, Today, 3 March 2024",
        "Web Summit Lisbon, day 2 — AI main stage, 13 November 2024",
        "Energy Week Oslo — opening panel, 3 May 2023",
    ],
)
def test_an_outlet_is_no_speaker(line):
    heading = read_heading(line, marked=False)
    assert heading is None or heading.speaker == ""


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        ("Interview — Hanne Vik, CEO Nordlys Batteries", "Hanne Vik"),
        ("Interview: Hanne Vik, CEO Nordlys Batteries", "Hanne Vik"),
        ("Interview with Tom Hale, Wind Week", "Tom Hale"),
        ("Web Summit Lisbon, day 2 — AI main stage", "Paulo Serra"),
        ("Energy Week Oslo — opening panel", "Paulo Serra"),
    ],
)
def test_a_title_line_names_its_speaker(title, speaker):
    plan = import_plan(
        data=(title + "\n\nA: We'll hit full capacity by Q3 2025.\n").encode(),
        file_name="notes.txt",
        options=ImportOptions(
            source=SourceChoice(title="Notes", published_on=D(2024, 11, 1)),
            speakers={"": "Paulo Serra"},
        ),
    )
    assert [c.speaker.name for c in plan.candidates] == [speaker]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Interview — Hanne Vik, CEO Nordlys Batteries",
            ("Hanne Vik", "Interview — Hanne Vik, CEO Nordlys Batteries"),
        ),
        ("Interview with Tom Hale, Wind Week", ("Tom Hale", "Wind Week")),
        ("Carla Mendes — Lisbon Fintech Forum", ("Carla Mendes", "Lisbon Fintech Forum")),
        ("Q&A: Ada Quist, chief economist at Nordbank", None),
    ],
)
def test_an_undated_appearance_is_titled_by_its_event_not_its_speakers_role(line, expected):
    found = undated_appearance(line)
    if expected is None:
        assert found is None or found[1] == line
    else:
        assert found == expected


# ---- A list item is no heading.


@pytest.mark.parametrize(
    "line",
    [
        "- Odd Lots with Jigar Shah, 21 November 2024",
        "- IEA World Energy Outlook, October 2024",
        "* The Battery Glut, Rhea Kapoor, 2024",
        "1. Hard Fork, 5 April 2024",
        "• Energy Week keynote, 3 May 2023",
    ],
)
def test_a_list_item_is_no_heading(line):
    assert read_heading(line, marked=False) is None


# ---- Lines that give the section's date: a dateline, a masthead, a call's line.


@pytest.mark.parametrize(
    ("line", "day", "precision"),
    [
        ("Lisbon, 13 November 2024", D(2024, 11, 13), DatePrecision.DAY),
        ("NEW YORK, March 3, 2024", D(2024, 3, 3), DatePrecision.DAY),
        ("San Francisco, 2 May 2024", D(2024, 5, 2), DatePrecision.DAY),
        (
            "*Your weekly digest of energy forecasts, by Nina Alvarez. Published 6 December 2024.*",
            D(2024, 12, 6),
            DatePrecision.DAY,
        ),
        ("_The week in batteries. Posted on 3 May 2024._", D(2024, 5, 3), DatePrecision.DAY),
        ("Published: March 2024", D(2024, 3, 1), DatePrecision.MONTH),
        ("Recorded 12 June 2024", D(2024, 6, 12), DatePrecision.DAY),
    ],
)
def test_lines_that_give_the_date(line, day, precision):
    assert date_line(line) == (day, precision)


@pytest.mark.parametrize(
    "line",
    [
        "Panel, Davos, 18 January 2024",  # a kind of source: a heading
        "Ada Quist — Future of Work Summit, Lisbon, 9 May 2023",
        "Prices will fall by 13 November 2026",
        "Lisbon will ban cars by 2030",
        "Call it 4% by 2025.",
        "We published our forecast in March 2024 and nothing has changed.",
    ],
)
def test_lines_that_give_no_date_of_their_own(line):
    assert date_line(line) is None


# ---- Through the plan: none of these is proposed, and the dateline opens no source.


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("document", "expected"),
    [
        (
            "LIVE: Web Summit Lisbon, day 2 — AI main stage\nLisbon, 13 November 2024\n\n"
            "10:15 — Rates will fall by 2026.\n",
            ["Rates will fall by 2026."],
        ),
        (
            "# The Current — issue #87\n\n*Your weekly digest of energy forecasts, by Nina "
            "Alvarez. Published 6 December 2024.*\n\nHydrogen will get cheaper by 2028.\n",
            ["Hydrogen will get cheaper by 2028."],
        ),
        (
            "Interview — Hanne Vik, CEO Nordlys Batteries\nCall, 14 Nov 2024, ~40 min, on record "
            "except where noted\n\nA: We'll hit full capacity by Q3 2025.\n",
            ["We'll hit full capacity by Q3 2025."],
        ),
        (
            "**Thu 1 February 2024 · Goldman Sachs Exchanges podcast**\n\n"
            "* Unemployment will peak at 4% this year.\n\n"
            "**Panel, Davos, 18 January 2024** (with Larry Summers)\n\n"
            "- Hatzius: the neutral rate is now about 3.5%\n",
            ["Unemployment will peak at 4% this year.", "the neutral rate is now about 3.5%"],
        ),
    ],
)
def test_headings_datelines_and_mastheads_are_not_proposed(document, expected):
    plan = import_plan(
        data=document.encode(),
        file_name="notes.md",
        options=ImportOptions(
            source=SourceChoice(title="Notes", published_on=D(2024, 11, 1)),
            speakers={"": "Jan Hatzius"},
        ),
    )
    assert [c.quote for c in plan.candidates] == expected
    assert not any(s.title.startswith(("Lisbon", "Call", "Your weekly")) for s in plan.sources)
