"""Turn headers a transcript writes in ways the importer once read as no one's, or as a
title's: the time alone then the name alone (a video platform's transcript pane,
``claims.importing.stacked_cues``), a name and time with a bracket after the name
(``cues.BLOCK_CUE``), and a recording's file name as the document's title line
(``headings``)."""

import datetime

import pytest

from claims.importing.headings import _person, undated_appearance
from claims.importing.services import ImportOptions, SourceChoice, import_plan
from claims.importing.stacked_cues import stacked_cues

pytestmark = pytest.mark.django_db

SAID_ON = datetime.date(2026, 5, 12)


def _speaker(text: str, words: str, **speakers: str) -> tuple[str, bool]:
    """(the proposed speaker's name, whether the preview asks) of the line with ``words``."""
    plan = import_plan(
        data=text.encode(),
        file_name="transcript.txt",
        options=ImportOptions(
            source=SourceChoice(title="Recording", published_on=SAID_ON), speakers=speakers
        ),
    )
    candidate = next(c for c in plan.candidates if words in c.quote)
    return candidate.speaker.name, candidate.speaker.unsure


STACKED = [
    pytest.param(
        "0:03\nPriya Raman\nMorning all, thanks for joining.\n\n"
        "0:41\nTom Becker\nI think freight rates will fall by the end of 2027.\n\n"
        "1:10\nPriya Raman\nThanks Tom. We will open the Leeds depot in March.\n",
        "freight rates will fall",
        {},
        ("Tom Becker", False),
        id="minutes-and-seconds",
    ),
    pytest.param(
        "1:02:10\nAmara Nwosu\nLet's get going with the numbers.\n\n"
        "1:02:31\nJean-Luc Moreau\nMargins will recover to twelve percent next year.\n\n"
        "1:03:05\nAmara Nwosu\nGood, thank you.\n",
        "Margins will recover",
        {},
        ("Jean-Luc Moreau", False),
        id="hours-and-a-hyphenated-name",
    ),
    pytest.param(
        "0:05\nAmara Nwosu\nOver to our operations lead now.\n\n"
        "0:19\nSpeaker 2\nThanks. Volumes will rise about ten percent this winter.\n\n"
        "0:52\nSpeaker 2\nWe hired two hundred people for it.\n",
        "Volumes will rise",
        {},
        ("THEIR NAME", True),
        id="placeholder-stays-asked",
    ),
    pytest.param(
        "0:05\nAmara Nwosu\nOver to our operations lead now.\n\n"
        "0:19\nSpeaker 2\nThanks. Volumes will rise about ten percent this winter.\n\n"
        "0:52\nSpeaker 2\nWe hired two hundred people for it.\n",
        "Volumes will rise",
        {"Speaker 2": "Osric Vale"},
        ("Osric Vale", False),
        id="placeholder-mapped",
    ),
    pytest.param(
        "0:02\n\nDana Whitfield\nWelcome to the review.\n\n"
        "0:30\n\nLuis Ferreira\nCopper will stay above nine thousand dollars through 2027.\n\n"
        "1:15\n\nDana Whitfield\nNoted.\n",
        "Copper will stay",
        {},
        ("Luis Ferreira", False),
        id="blank-line-between-time-and-name",
    ),
    pytest.param(
        "[00:00:05]\nNoor Haddad\nShall we start?\n\n"
        "[00:00:20]\nKenji Watanabe\nThe new line will be live by September.\n\n"
        "[00:01:02]\nNoor Haddad\nGreat.\n",
        "new line will be live",
        {},
        ("Kenji Watanabe", False),
        id="bracketed-times",
    ),
    pytest.param(
        "0:04\nNoor Haddad\nOur guest today joins from Oslo.\n\n"
        "0:15\nLena Ortiz (Guest)\nI expect battery prices to halve by 2030.\n\n"
        "0:40\nNoor Haddad\nBold call.\n",
        "battery prices to halve",
        {},
        ("Lena Ortiz", False),
        id="name-with-role-in-brackets",
    ),
    pytest.param(
        "0:04\nNoor Haddad\nOver to the plant.\n\n"
        "0:15\nDmitri\nThe kiln restarts next week, I'd say.\n\n"
        "0:40\nDmitri\nThe second kiln will follow in August.\n",
        "second kiln will follow",
        {},
        ("Dmitri", True),
        id="first-name-alone-asked",
    ),
    pytest.param(
        "Town Hall – 2027 Roadmap.mov\nAcme Internal\n\n"
        "0:03\nRuth Achebe\nWelcome everyone.\n\n"
        "0:20\nSam Okafor\nWe will double the support team by June.\n\n"
        "0:55\nRuth Achebe\nThanks Sam.\n",
        "double the support team",
        {},
        ("Sam Okafor", False),
        id="under-a-media-file-title",
    ),
    pytest.param(
        "Q3 Review – Sales.m4a\n\n"
        "0:03\nRuth Achebe\nLet's begin.\n\n"
        "0:20\nRuth Achebe\nRevenue will top forty million next year.\n",
        "Revenue will top",
        {},
        ("Ruth Achebe", False),
        id="one-speaker-under-a-media-file-title",
    ),
]


@pytest.mark.parametrize(("text", "words", "speakers", "expected"), STACKED)
def test_a_two_line_turn_header_opens_the_turn(text, words, speakers, expected):
    assert _speaker(text, words, **speakers) == expected


BRACKETED = [
    pytest.param(
        "Marta Kowalski   00:00:04\nWelcome, everyone.\n\n"
        "Sandeep (Yorkton)   00:01:32\nWe will have the terminal open by August next year.\n",
        "terminal open",
        {},
        ("Sandeep (Yorkton)", True),
        id="first-name-and-place-asked",
    ),
    pytest.param(
        "Marta Kowalski   00:00:04\nWelcome, everyone.\n\n"
        "Sandeep (Yorkton)   00:01:32\nWe will have the terminal open by August next year.\n",
        "terminal open",
        {"Sandeep (Yorkton)": "Sandeep Grewal"},
        ("Sandeep Grewal", False),
        id="first-name-and-place-mapped",
    ),
    pytest.param(
        "Marta Kowalski   00:00:04\nOur guest now.\n\n"
        "Lena Ortiz (Guest)  00:04:10\nRates will be cut twice before next summer.\n",
        "Rates will be cut",
        {},
        ("Lena Ortiz", False),
        id="guest-named",
    ),
    pytest.param(
        "Marta Kowalski  12:01\nAna, go ahead.\n\n"
        "Ana Ruiz (she/her) 12:04\nThe app will launch in Chile by March.\n",
        "app will launch",
        {},
        ("Ana Ruiz", False),
        id="pronouns",
    ),
    pytest.param(
        "Marta Kowalski  0:10\nKofi, over to you.\n\n"
        "Kofi (Accra office) - 0:42\nWe will hire ten engineers by the end of the year.\n",
        "hire ten engineers",
        {"Kofi (Accra office)": "Kofi Mensah"},
        ("Kofi Mensah", False),
        id="dash-before-time-mapped",
    ),
]


@pytest.mark.parametrize(("text", "words", "speakers", "expected"), BRACKETED)
def test_a_name_and_time_line_with_a_bracket_opens_the_turn(text, words, speakers, expected):
    assert _speaker(text, words, **speakers) == expected


# Near misses: each keeps today's reading.
NOT_HEADERS = [
    pytest.param(
        ["0:03", "Priya Raman", "Morning all.", "", "Later we spoke again."], id="one-header-only"
    ),
    pytest.param(
        ["0:00", "Welcome Back", "Hi all.", "", "5:10", "Opening Remarks", "So."],
        id="chapter-titles",
    ),
    pytest.param(["0:03", "Okay", "so.", "", "0:09", "Okay", "right."], id="filler-words"),
    pytest.param(
        ["0:03", "Ruth Achebe", "Hi.", "", "0:09", "Sam Okafor", "Hello."],
        id="no-name-heads-two-turns",
    ),
    pytest.param(["Priya Raman  0:03", "Hello.", "Tom Becker  0:09", "Hi."], id="one-line-cues"),
]


@pytest.mark.parametrize("lines", NOT_HEADERS)
def test_what_is_no_two_line_header_is_left_as_it_is(lines):
    assert stacked_cues(lines) == lines


def test_two_line_headers_become_speaker_lines_keeping_line_numbers():
    lines = ["0:03", "Priya Raman", "Hello.", "", "0:09", "Speaker 2", "Hi.", "", "0:15"]
    lines += ["Priya Raman", "Bye."]
    assert stacked_cues(lines) == [
        "",
        "Priya Raman  0:03",
        "Hello.",
        "",
        "",
        "Speaker 2  0:09",
        "Hi.",
        "",
        "",
        "Priya Raman  0:15",
        "Bye.",
    ]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ben Ortiz", True),
        ("Harriet Mbeki-Lowe", True),
        ("Q4 All-Hands", False),
        ("FY27 Planning", False),
        ("All-Hands", False),
        ("Web Summit Lisbon", False),
    ],
)
def test_a_heading_names_a_person_only_in_a_persons_shape(name, expected):
    assert _person(name) is expected


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Q4 All-Hands – FY27 Planning.mp4", None),
        ("Ada Quist — Keynote.mov", None),
        ("Board call – March.m4a", None),
        ("Ada Quist — Lisbon Fintech Forum", ("Ada Quist", "Lisbon Fintech Forum")),
        ("Ben Ortiz on The Long Game", ("Ben Ortiz", "The Long Game")),
    ],
)
def test_a_recordings_file_name_names_no_speaker(heading, expected):
    assert undated_appearance(heading) == expected
