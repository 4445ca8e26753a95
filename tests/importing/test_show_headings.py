"""Table tests: the headings and show-note lines of interviews and podcasts."""

import datetime

import pytest

from claims.importing.errors import ImportFileError
from claims.importing.headings import read_heading
from claims.importing.parsing import parse_document
from claims.importing.plans import ImportOptions, SourceChoice
from claims.importing.reading import read_document
from claims.importing.sources import SectionSources

TODAY = datetime.date(2024, 9, 1)
D = datetime.date


def _parse(text: str):
    return parse_document(read_document(text.encode()), today=TODAY)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Interview with Jensen Huang, Computex Taipei, 2 June 2024",
            ("Jensen Huang", "Computex Taipei", D(2024, 6, 2)),
        ),
        (
            "Hard Fork, 5 April 2024 — guest Dario Amodei",
            ("Dario Amodei", "Hard Fork", D(2024, 4, 5)),
        ),
        (
            "Lex Fridman Podcast #400 — Elon Musk, 9 November 2023",
            ("Elon Musk", "Lex Fridman Podcast #400", D(2023, 11, 9)),
        ),
        (
            "Mohamed El-Erian interview — Bloomberg Surveillance, 6 March 2024",
            ("Mohamed El-Erian", "Bloomberg Surveillance", D(2024, 3, 6)),
        ),
        (
            "A conversation with Sam Altman — Hard Fork, March 2024",
            ("Sam Altman", "Hard Fork", D(2024, 3, 1)),
        ),
        (
            "The Long Game podcast, 1 Feb 2024 — with Ben Ortiz",
            ("Ben Ortiz", "The Long Game podcast", D(2024, 2, 1)),
        ),
        (
            "Odd Lots episode 12 — Cathie Wood, 2024-05-03",
            ("Cathie Wood", "Odd Lots episode 12", D(2024, 5, 3)),
        ),
        (
            "Ada Quist keynote at Future of Work Summit, 9 May 2023",
            ("Ada Quist", "Future of Work Summit", D(2023, 5, 9)),
        ),
        # An episode's title after a show's name names no guest.
        (
            "Odd Lots episode 12 — Year Ahead Special, 2024-05-03",
            ("", "Odd Lots episode 12 — Year Ahead Special", D(2024, 5, 3)),
        ),
        (
            "Grid Hour podcast — Season Finale, March 2024",
            ("", "Grid Hour podcast — Season Finale", D(2024, 3, 1)),
        ),
        # Unchanged: the interview word is the title when nothing follows the name.
        (
            "Interview with Dr. Lena Ortiz, May 4, 2021",
            ("Dr. Lena Ortiz", "Interview", D(2021, 5, 4)),
        ),
    ],
)
def test_interview_and_show_headings_name_the_guest_and_the_show(line, expected):
    found = read_heading(line, marked=False)
    assert (found.speaker, found.title, found.published_on) == expected


def test_each_show_heading_opens_a_section_with_its_speaker_and_date():
    parsed = _parse(
        "Hard Fork, 5 April 2024 — guest Dario Amodei\n"
        "AI will write most code next year.\n"
        "Mohamed El-Erian interview — Bloomberg Surveillance, 6 March 2024\n"
        "Rates will fall next year.\n"
    )
    said = [(parsed.sections[s.section].speaker, s.text) for s in parsed.statements]
    assert said == [
        ("Dario Amodei", "AI will write most code next year."),
        ("Mohamed El-Erian", "Rates will fall next year."),
    ]
    assert [s.published_on for s in parsed.sections] == [D(2024, 4, 5), D(2024, 3, 6)]


@pytest.mark.parametrize(
    ("line", "date", "precision"),
    [
        ("Recorded 12 June 2024", D(2024, 6, 12), "day"),
        ("Recorded on 12 June 2024", D(2024, 6, 12), "day"),
        ("Air date: 2024-06-12", D(2024, 6, 12), "day"),
        ("Aired: June 2024", D(2024, 6, 1), "month"),
        ("Published on 3 May 2024.", D(2024, 5, 3), "day"),
    ],
)
def test_a_recorded_or_air_date_line_dates_the_section_and_is_no_claim(line, date, precision):
    parsed = _parse(f"ARK show notes\n{line}\nInnovation stocks will double by 2030.\n")
    assert [s.text for s in parsed.statements] == ["Innovation stocks will double by 2030."]
    section = parsed.sections[parsed.statements[0].section]
    assert (section.published_on, section.precision, section.title) == (
        date,
        precision,
        "ARK show notes",
    )


def test_a_date_line_does_not_replace_a_headings_date():
    parsed = _parse("Ada Quist — Summit, 9 May 2023\nRecorded 2 May 2023\nSolar will win.\n")
    assert parsed.sections[0].published_on == D(2023, 5, 9)
    assert [s.text for s in parsed.statements] == ["Solar will win."]


@pytest.mark.parametrize(
    ("line", "chapter"),
    [
        ("02:15 Why innovation stocks sold off", True),
        ("24:00 Wrap-up and listener questions", True),
        ("00:00 Intro and sponsor", True),
        ("[05:10] How Nvidia Won the Data Center", True),
        ("31:40 On regulation in Europe", True),
        ("04:05 Battery storage will be the biggest market by 2030.", False),
        ("12:31 Rates are too high for housing to recover", False),
        ("15:00 Why I think rates will fall next year", False),
    ],
)
def test_timestamped_chapter_titles_are_no_claims(line, chapter):
    parsed = _parse(f"Cathie Wood — ARK podcast, 3 May 2024\n{line}\nInflation is over.\n")
    texts = [s.text for s in parsed.statements]
    assert (len(texts) == 1) is chapter


# ---- A heading's date that cannot be its own is named, not dropped.


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("Vitalik Buterin — Devcon, 5 May 2027", "(5 May 2027) is after today"),
        ("Vitalik Buterin — Devcon, 30 February 2024", "(30 February 2024) is not a real date"),
        ("Ada Quist — Summit, 2024-13-02", "(2024-13-02) is not a real date"),
        ("Ada Quist — Summit, 31 April 2024", "(31 April 2024) is not a real date"),
        # Naming nobody: a heading with a wrong date, or a note of an event to come? The
        # curator says; it is never proposed as a forecast dated by its heading's date.
        ("Summit keynote, 9 May 2031", "(9 May 2031) is after today"),
        ("Quarterly investor call, 3 August 2031", "(3 August 2031) is after today"),
        ("Year-end letter (essay), 2031", "(2031) is after today"),
        ("Guest lecture, May 2031", "(May 2031) is after today"),
        ("Quarterly call, 30 February 2024", "(30 February 2024) is not a real date"),
        ("Launch event in Lisbon, 5 May 2027", "(5 May 2027) is after today"),
    ],
)
def test_a_heading_with_a_future_or_impossible_date_says_so_naming_the_line(line, problem):
    parsed = _parse(f"Ben Ortiz — Summit, 9 May 2023\nSolar wins.\n{line}\nEthereum will scale.\n")
    section = parsed.sections[1]
    assert (section.line, section.date_problem, section.published_on) == (3, problem, None)
    assert [s.text for s in parsed.statements] == ["Solar wins.", "Ethereum will scale."]
    with pytest.raises(ImportFileError) as raised:
        _sources(parsed).for_section(section)
    assert str(raised.value).startswith(f"Line 3: The date in “{line}” {problem}")


def _sources(parsed):
    options = ImportOptions(source=SourceChoice(title="T", published_on=D(2024, 1, 2)))
    return SectionSources(parsed.sections, options)
