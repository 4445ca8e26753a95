"""Table tests: what a host did, and someone else's words, are not the guest's claims."""

import datetime

import pytest

from claims.importing.parsing import parse_document
from claims.importing.reading import read_document

TODAY = datetime.date(2024, 9, 1)
HEADING = "Elon Musk — Tesla event, 3 March 2023\n"


def _statements(text: str):
    return parse_document(read_document(text.encode()), today=TODAY).statements


# ---- A host's narration, by name: not proposed.


@pytest.mark.parametrize(
    ("hosts", "line", "host"),
    [
        ("Hosts: Tom Keene, Priya Shah\n", "Tom Keene pushed back on the timeline", "Tom Keene"),
        ("Hosts: Tom Keene, Priya Shah\n", "20:00 Priya asked about Bitcoin ETFs", "Priya Shah"),
        ("Hosts: Tom Keene, Priya Shah\n", "[12:31] Keene pressed him on margins", "Tom Keene"),
        ("Host: Lex Fridman\n", "Lex asked about Twitter's finances", "Lex Fridman"),
        ("Host: Lex Fridman\n", "- Fridman wondered whether it was worth it", "Lex Fridman"),
        ("Hosts: Sarah Guo and Elad Gil\n", "Elad challenged the cost estimate", "Elad Gil"),
        ("Hosts: Sarah Guo and Elad Gil\n", "Sarah Guo brought up regulation", "Sarah Guo"),
        ("Hosts: Sarah Guo and Elad Gil\n", "Guo interjected that China is ahead", "Sarah Guo"),
        ("Hosts: Sarah Guo and Elad Gil\n", "Sarah then raised the energy question", "Sarah Guo"),
        ("Hosts: Sarah Guo and Elad Gil\n", "Elad noted that shares fell 10%", "Elad Gil"),
        # A host named by an earlier host cue.
        ("Interviewer (Maya Chen): Welcome.\n", "Maya pressed on the deadline", "Maya Chen"),
        # The host named by role.
        ("Host: Lex Fridman\n", "The host asked about Starship", "Lex Fridman"),
    ],
)
def test_a_line_telling_what_a_host_did_is_narration(hosts, line, host):
    statements = _statements(HEADING + hosts + line + "\nMars will have a city by 2050.\n")
    narration = [s for s in statements if s.narration]
    assert [(s.speaker, s.host) for s in narration] == [(host, True)]
    assert statements[-1].speaker == "Elon Musk"
    assert not statements[-1].narration


@pytest.mark.parametrize(
    "line",
    [
        "Tom Keene will ask the Fed about rates next year.",  # no reporting verb after the name
        "Priya Shah's fund will double by 2027.",
        "Tomorrow we asked too much of the grid.",  # not a host's name
        # Not declared a host: what he did is narration, but no host's
        # (tests/importing/test_narrated_acts.py).
        "Omar Haddad will push back on the timeline",
    ],
)
def test_lines_that_are_no_hosts_narration(line):
    statements = _statements(HEADING + "Hosts: Tom Keene, Priya Shah\n" + line + "\n")
    assert not any(s.narration for s in statements)


# ---- Someone else's words, reported under a section: marked with who said them.


@pytest.mark.parametrize(
    ("line", "note"),
    [
        (
            "Jensen Huang said Nvidia chips will be 1000x faster by 2030.",
            "reported: said by Jensen Huang? not Elon Musk's own words",
        ),
        (
            "According to Sam Altman, GPT-5 will ship in 2024.",
            "reported: said by Sam Altman? not Elon Musk's own words",
        ),
        (
            "Sam Altman's view is that AGI arrives this decade.",
            "reported: said by Sam Altman? not Elon Musk's own words",
        ),
        (
            "Cathie Wood predicted Tesla will be worth $2,000 a share.",
            "reported: said by Cathie Wood? not Elon Musk's own words",
        ),
        (
            "Huang also thinks robots will be everywhere.",
            "reported: said by Huang? not Elon Musk's own words",
        ),
        (
            "Musk was careful to say nobody knows when AGI will arrive.",
            "summary, not a quote: check the words are the speaker's",
        ),
        (
            "Elon Musk expects Starship to fly next year.",
            "summary, not a quote: check the words are the speaker's",
        ),
    ],
)
def test_someone_elses_words_are_marked_with_who_said_them(line, note):
    (statement,) = _statements(HEADING + line + "\n")
    assert statement.speaker == "Elon Musk"
    assert statement.note == note


@pytest.mark.parametrize(
    "line",
    [
        "I said Tesla will be the biggest company.",
        "We expect margins to recover next year.",
        "People said it would never work, and it will.",
        "Nobody thinks rates will fall.",
        "Batteries will be cheap by 2030.",
        "The Model Y says a lot about demand.",
    ],
)
def test_the_speakers_own_words_have_no_reported_remark(line):
    (statement,) = _statements(HEADING + line + "\n")
    assert statement.note == ""


def test_a_cued_line_is_not_marked_as_reported():
    text = HEADING + "Hosts: Tom Keene\nTom Keene: Huang said chips will be faster.\n"
    (statement,) = _statements(text)
    assert (statement.speaker, statement.note) == ("Tom Keene", "")


def test_under_a_part_of_an_appearance_the_appearances_speaker_is_the_speaker():
    text = (
        "Bill Gates — essay, 3 March 2023\n## The argument\n"
        "Gates was careful to say nobody knows when AGI will arrive.\n"
        "Sam Altman said AGI is near.\n"
    )
    notes = [s.note for s in _statements(text)]
    assert notes == [
        "summary, not a quote: check the words are the speaker's",
        "reported: said by Sam Altman? not Bill Gates's own words",
    ]
