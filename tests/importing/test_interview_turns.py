"""Two-person interviews in caption files: a host naming themselves with the show is no
claim and declares the host; dialogue dashes between that host and one guest are their turns
in turn, so that a host's words are never the guest's; a marked reaction interrupts the
speaker, who goes on without a new-speaker remark."""

import datetime

import pytest

from claims.importing.parsing import parse_document
from claims.importing.reading import read_document
from claims.importing.transcripts import TAKING_TURNS, UNNAMED_TURN

D = datetime.date


def _statements(text: str):
    return parse_document(read_document(text.encode()), today=D(2026, 2, 10)).statements


def _srt(*cues: str) -> str:
    blocks = []
    for number, words in enumerate(cues, 1):
        start, end = 5 * number, 5 * number + 4
        blocks.append(f"{number}\n00:00:{start:02d},000 --> 00:00:{end:02d},000\n{words}\n")
    return "\n".join(blocks)


def _vtt(*cues: str) -> str:
    out = ["WEBVTT", ""]
    for number, words in enumerate(cues, 1):
        start, end = 5 * number, 5 * number + 4
        out += [f"00:00:{start:02d}.000 --> 00:00:{end:02d}.000", words, ""]
    return "\n".join(out)


RADIO = _srt(
    "Good evening. I'm Nadia Khoury, and this is The Evening Brief.",
    "My guest tonight is the housing minister, Gareth Pryce.",
    "- Thanks, Nadia. Good to be here.",
    "- You promised 300,000 homes a year. Last year you built 212,000. What happened?",
    "- Planning happened. But we will hit 300,000 a year before 2029.",
    "That's spring 2029 at the latest.",
    "- Your own department's figures say 240,000 next year. Is that wrong?",
    "- Those figures don't include the new towns.",
    "- The Bank of England governor said last week that house prices will fall next year.",
    "- I don't make house price forecasts, Nadia.",
)

PODCAST = _vtt(
    "Hello, I'm Tom Reyes and you're listening to Rate Watch.",
    "Where will mortgage rates be next spring?",
    "- Below five percent, I'd say.",
    "- The banks expect six.",
    "- The banks have been wrong for two years.",
)


TURNS = [
    pytest.param(
        RADIO,
        [
            ("Nadia Khoury", True, "Good evening."),
            ("Nadia Khoury", True, "I'm Nadia Khoury, and this is The Evening Brief."),
            ("Nadia Khoury", True, "My guest tonight is the housing minister, Gareth Pryce."),
            ("", False, "Thanks, Nadia."),
            ("", False, "Good to be here."),
            ("Nadia Khoury", True, "You promised 300,000 homes a year."),
            ("Nadia Khoury", True, "Last year you built 212,000."),
            ("Nadia Khoury", True, "What happened?"),
            ("", False, "Planning happened."),
            ("", False, "But we will hit 300,000 a year before 2029."),
            ("", False, "That's spring 2029 at the latest."),
            ("Nadia Khoury", True, "Your own department's figures say 240,000 next year."),
            ("Nadia Khoury", True, "Is that wrong?"),
            ("", False, "Those figures don't include the new towns."),
            (
                "Nadia Khoury",
                True,
                "The Bank of England governor said last week that house prices will fall next"
                " year.",
            ),
            ("", False, "I don't make house price forecasts, Nadia."),
        ],
        id="radio-srt",
    ),
    pytest.param(
        PODCAST,
        [
            ("Tom Reyes", True, "Hello, I'm Tom Reyes and you're listening to Rate Watch."),
            ("Tom Reyes", True, "Where will mortgage rates be next spring?"),
            ("", False, "Below five percent, I'd say."),
            ("Tom Reyes", True, "The banks expect six."),
            ("", False, "The banks have been wrong for two years."),
        ],
        id="podcast-webvtt",
    ),
]


@pytest.mark.parametrize(("text", "said"), TURNS)
def test_dialogue_dashes_are_host_and_guest_in_turn(text, said):
    assert [(s.speaker, s.host, s.text) for s in _statements(text)] == said


@pytest.mark.parametrize("text", [RADIO, PODCAST], ids=["radio-srt", "podcast-webvtt"])
def test_the_guests_turns_say_how_they_were_read_and_the_hosts_do_not(text):
    statements = _statements(text)
    guest = [s for s in statements if not s.speaker]
    assert guest
    assert all("dialogue dashes read as" in s.note for s in guest)
    assert all(UNNAMED_TURN[:20] not in s.note for s in statements)
    assert all(TAKING_TURNS[:15] not in s.note for s in statements if s.host)


def test_the_self_introduced_host_is_declared():
    document = parse_document(read_document(RADIO.encode()), today=D(2026, 2, 10))
    assert document.sections[0].hosts == ["Nadia Khoury"]


@pytest.mark.parametrize(
    "text",
    [
        # Nobody names themselves: dashes stay unnamed turns, for the curator.
        _srt("- Rates will fall by 2026.", "- No, they will rise by 2027."),
        # "I'm sure" names nobody.
        _srt("I'm sure, and this is key: rates will fall.", "- They will rise by 2027."),
    ],
    ids=["no-introduction", "no-name"],
)
def test_without_a_self_introduced_host_dashes_are_unnamed_turns(text):
    statements = _statements(text)
    assert all(TAKING_TURNS[:15] not in s.note for s in statements)
    assert any("turn marker" in s.note for s in statements)


REACTION = _vtt(
    "we are committing today to make every app work offline",
    "by the end of next year",
    ">> wow okay by next year huh",
    ">> yes by next year",
    "developers you should start building",
    "for spatial now",
)


def test_after_a_marked_reaction_the_speaker_goes_on_without_a_new_speaker_remark():
    statements = [s for s in _statements(REACTION) if "wow" not in s.text]
    assert [s.text for s in statements] == [
        "we are committing today to make every app work offline by the end of next year",
        "yes by next year",
        "developers you should start building for spatial now",
    ]
    assert all("A new speaker starts here" not in s.note for s in statements)


def test_a_marked_line_that_is_no_reaction_is_still_a_new_speaker():
    text = _vtt(
        "we will open a store in tokyo this fall",
        ">> rents in tokyo will double by 2030",
        "and nobody can stop it",
    )
    statements = _statements(text)
    assert "A new speaker starts here" in statements[-1].note
