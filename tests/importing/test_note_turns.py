"""Table tests: turns in notes that no cue opens.

A bullet with no cue after a bullet that opened with one ("- Tom Reyes: …" then "- grid
batteries double by 2029") is taken as the cue's speaker's, and where it may as well be the
section's speaker's, it says so; a sub-bullet, a bullet that goes on with "and …", or a cue's
speaker who is the section's speaker leaves nothing to ask.

A dash interview ("— When does the plant open?" "— And at what capacity?" "— We open it in
2027.") gives the host's turns, two in a row or more, to the host as narration, never to the
guest; the turn after them is the guest's answer, read with the questions it answers.
"""

import datetime

import pytest

from claims.importing.notes_turns import host_turn
from claims.importing.parsing import parse_document
from claims.importing.reading import read_document
from claims.importing.services import ImportOptions, SourceChoice, import_plan

D = datetime.date
TODAY = D(2025, 6, 1)
CARRIED = "no cue of its own: taken as {speaker}'s"


def _statements(text: str):
    parsed = parse_document(read_document(text.encode(), name="notes.md"), today=TODAY)
    return parsed.statements


def _one(text: str, words: str):
    (statement,) = [s for s in _statements(text) if words in s.text]
    return statement


SHOW = "Show notes — The Grid Report, episode 49\n\nGuest: Ada Quist, CEO of Voltera\n\n"
WEEK = "Weekly notes\n\n"

# ---- 2. A cue carried into the next bullet.

# (notes, the bullet's words, its speaker, the speaker the remark names, or "" for none)
CARRIED_ROWS = [
    pytest.param(
        SHOW + "- Tom Reyes: I think that's optimistic\n- grid batteries double by 2029\n",
        "grid batteries",
        "Tom Reyes",
        "Tom Reyes",
        id="another-cue-then-a-bullet-in-a-guests-notes",
    ),
    pytest.param(
        SHOW + "1. Tom Reyes: costs stall this year\n2. prices fall by 2029\n",
        "prices fall",
        "Tom Reyes",
        "Tom Reyes",
        id="numbered",
    ),
    pytest.param(
        SHOW + "* Tom Reyes: Europe is behind\n* China leads until 2030\n",
        "China leads",
        "Tom Reyes",
        "Tom Reyes",
        id="stars",
    ),
    pytest.param(
        WEEK + "- Maya Chen: rates at 3% by end of 2027\n- housing starts recover in 2028\n",
        "housing starts",
        "Maya Chen",
        "Maya Chen",
        id="no-section-speaker",
    ),
    pytest.param(
        SHOW + "- Ada: we ship the pack by 2027\n- costs fall below $80/kWh by 2028\n",
        "costs fall",
        "Ada Quist",
        "",
        id="the-cue-is-the-section-speaker",
    ),
    pytest.param(
        WEEK + "- Tom Reyes: oil at $60 next year\n  - gas follows it down by 2027\n",
        "gas follows",
        "Tom Reyes",
        "",
        id="a-sub-bullet",
    ),
    pytest.param(
        WEEK + "- Tom Reyes: oil at $60 next year\n- and gas follows it down by 2027\n",
        "gas follows",
        "Tom Reyes",
        "",
        id="goes-on-with-and",
    ),
    pytest.param(
        WEEK + "Tom Reyes:\n- oil at $60 next year\n- gas follows it down by 2027\n",
        "gas follows",
        "Tom Reyes",
        "",
        id="a-cue-alone-over-its-list",
    ),
    pytest.param(
        SHOW + "- Tom Reyes: I think that's optimistic\nEurope catches up by 2030\n",
        "Europe catches",
        "Ada Quist",
        "",
        id="a-plain-line-goes-back-to-the-section",
    ),
    pytest.param(
        SHOW + "- Tom Reyes: I think that's optimistic\n- Ada: Europe catches up by 2030\n",
        "Europe catches",
        "Ada Quist",
        "",
        id="a-cue-of-its-own",
    ),
]


@pytest.mark.parametrize(("notes", "words", "speaker", "named"), CARRIED_ROWS)
def test_a_bullet_after_a_cued_bullet_says_when_whose_it_is_is_unsure(notes, words, speaker, named):
    statement = _one(notes, words)
    assert statement.speaker == speaker
    if named:
        assert CARRIED.format(speaker=named) in statement.note
    else:
        assert "no cue of its own" not in statement.note


# ---- 3. Dash interviews: the host's turns, two in a row, and the guest's answer.

INTERVIEW = "Interview — Hanne Vik, CEO Nordlys Batteries, 3 March 2025\n\n"

# (the turns, the turn's words, its speaker, whether it is narration: nobody's claim)
DASH_ROWS = [
    pytest.param(
        "— When does the Oslo plant open?\n— And at what capacity?\n— We open it in 2027.\n",
        "And at what capacity",
        "Host",
        True,
        id="the-second-question",
    ),
    pytest.param(
        "— When does the Oslo plant open?\n— And at what capacity?\n— We open it in 2027.\n",
        "We open it",
        "Hanne Vik",
        False,
        id="the-answer-after-two-questions",
    ),
    pytest.param(
        "— Tell me about prices.\n— Roughly where?\n— Under $70 per kWh by 2028.\n",
        "Tell me about",
        "Host",
        True,
        id="a-request",
    ),
    pytest.param(
        "– When does the Oslo plant open?\n– And at what capacity?\n– In 2027, at 20 GWh.\n",
        "In 2027",
        "Hanne Vik",
        False,
        id="en-dashes",
    ),
    pytest.param(
        "— Okay. And the second line, due by 2029, you said earlier.\n"
        "— Yes, the second line comes by 2029.\n",
        "you said earlier",
        "Host",
        True,
        id="the-host-restates",
    ),
    pytest.param(
        "— And the second line?\n— As you said, we open the second line by 2029.\n",
        "As you said",
        "Hanne Vik",
        False,
        id="the-guest-says-you-and-we",
    ),
    pytest.param(
        "— So, the plant?\n— Big question. The Oslo line opens in 2027.\n",
        "Oslo line opens",
        "Hanne Vik",
        False,
        id="the-guest-opens-with-a-phrase",
    ),
    pytest.param(
        "— What about costs?\n— Why wait? We cut costs 30% by 2027.\n",
        "We cut costs",
        "Hanne Vik",
        False,
        id="a-rhetorical-question-first",
    ),
    pytest.param(
        "Interviewer: Maya Chen\n\n— When does the Oslo plant open?\n— And capacity?\n"
        "— In 2027, at 20 GWh.\n",
        "And capacity",
        "Maya Chen",
        True,
        id="a-declared-host",
    ),
    pytest.param(
        "— Maya: When does the Oslo plant open?\n— And at what capacity?\n"
        "— Hanne: In 2027, at 20 GWh.\n",
        "And at what capacity",
        "Host",
        True,
        id="after-a-label-read-cue",
    ),
]


@pytest.mark.parametrize(("turns", "words", "speaker", "narration"), DASH_ROWS)
def test_a_dash_interviews_host_turns_are_never_the_guests(turns, words, speaker, narration):
    statement = _one(INTERVIEW + turns, words)
    assert (statement.speaker, statement.narration) == (speaker, narration)
    if narration:
        assert statement.host


# Two questions in a row, then an answer with no date of its own, in the shapes notes write
# an interview: the answer is the guest's, read with both questions.
TWO_QUESTIONS = [
    pytest.param("— Where will cell prices be in 2028?\n— Roughly?\n— {a}\n", id="dashes"),
    pytest.param("– Where will cell prices be in 2028?\n– Roughly?\n– {a}\n", id="en-dashes"),
    pytest.param("Q: Where will cell prices be in 2028?\nQ: Roughly?\nA: {a}\n", id="q-and-a"),
    pytest.param("Q. Where will cell prices be in 2028?\nQ. Roughly?\nA. {a}\n", id="q-dot"),
    pytest.param(
        "- Q: Where will cell prices be in 2028?\n- Q: Roughly?\n- A: {a}\n", id="bullets"
    ),
    pytest.param(
        "Interviewer: Where will cell prices be in 2028?\nInterviewer: Roughly?\nHanne: {a}\n",
        id="interviewer-cues",
    ),
    pytest.param("Me: Where will cell prices be in 2028?\nMe: Roughly?\n{a}\n", id="me-cues"),
    pytest.param(
        "Q: Where will cell prices be in 2028?\nFollow-up: Roughly?\nA: {a}\n", id="follow-up"
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize("turns", TWO_QUESTIONS)
def test_the_answer_after_two_host_questions_takes_their_horizon(turns):
    text = INTERVIEW + turns.format(a="Under $70 per kWh.")
    plan = import_plan(
        data=text.encode(), file_name="notes.md", options=ImportOptions(source=SourceChoice())
    )
    (candidate,) = plan.candidates
    assert (candidate.speaker.name, candidate.quote, candidate.deadline) == (
        "Hanne Vik",
        "Under $70 per kWh.",
        D(2028, 12, 31),
    )


HOST_TURNS = [
    ("When does the plant open?", True),
    ("Tell me about prices.", True),
    ("Okay. And the second line?", True),
    ("And the second line — that one is due by 2029, you said earlier.", True),
    ("As you put it, the market is done for.", True),
    ("As you said, we open the second line by 2029.", False),
    ("Big question. The Oslo line opens in 2027.", False),
    ("We open it in 2027, at 20 GWh.", False),
    ("Why wait? We build now.", False),
]


@pytest.mark.parametrize(("turn", "host"), HOST_TURNS)
def test_which_unnamed_dash_turns_are_the_hosts(turn, host):
    assert host_turn(turn) is host
