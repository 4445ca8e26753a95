"""An answer's time taken from what was asked or said before it ("by then", a forecast with no
time in answer to a dated question), always with a remark; and a side taken on the question,
with no claim of its own, not proposed alone."""

import datetime

import pytest

from claims.choices import ClaimKind
from claims.importing.answered_times import AnswerTimes
from claims.importing.plans import ImportOptions, SourceChoice
from claims.importing.services import import_plan
from claims.importing.stances import stance_only

D = datetime.date
SAID = D(2026, 1, 14)

HEARING = "\n".join(
    (
        "Q5 Lowri Beddoes: The Government has said 200 new schemes will be complete by March"
        " 2027. Is that realistic?",
        "Dr Vale: I don't think it is. My estimate is that perhaps 140 will be finished by then."
        " There are only two UK suppliers of steel sheet piling.",
        "Owen Prichard: I'd be slightly more optimistic. I think we'll see about 170—but not 200.",
        "Q6 Ansel Whitford: Dr Vale, has the insurers' withdrawal started?",
        "Dr Vale: It has started. I expect a third insurer to follow.",
    )
)


@pytest.mark.django_db
def test_a_hearings_answers_take_the_questions_time_with_a_remark():
    plan = import_plan(
        data=HEARING.encode(),
        file_name="evidence.txt",
        options=ImportOptions(source=SourceChoice(title="Oral evidence", published_on=SAID)),
    )
    got = {c.quote: (c.speaker.name, c.kind, c.deadline) for c in plan.candidates}
    assert got["My estimate is that perhaps 140 will be finished by then."] == (
        "Vale",  # the cue's name: "Dr" is a title
        ClaimKind.PREDICTION,
        D(2027, 3, 31),
    )
    assert got["I think we'll see about 170—but not 200."] == (
        "Owen Prichard",
        ClaimKind.PREDICTION,
        D(2027, 3, 31),
    )
    # A new question with no time closes the dated one: no deadline is borrowed from it.
    assert got["I expect a third insurer to follow."][2] is None
    # The sides taken on the question are no claims alone.
    assert "I don't think it is." not in got
    assert "I'd be slightly more optimistic." not in got
    by_quote = {c.quote: c for c in plan.candidates}
    assert any(
        "“by then” points back" in r
        for r in by_quote["My estimate is that perhaps 140 will be finished by then."].remarks
    )
    assert any(
        "the question's time, “by March 2027”" in r
        for r in by_quote["I think we'll see about 170—but not 200."].remarks
    )


def _notes(turns: list[tuple[str, str]], said_on=SAID) -> list[str]:
    """The remark ``AnswerTimes`` gives each sentence of ``turns`` (speaker, one sentence or a
    question turn ending in "?")."""
    times = AnswerTimes()
    notes = []
    for speaker, text in turns:
        if text.rstrip().endswith("?"):
            times.asked(text, speaker)
            notes.append("")
            continue
        notes.append(times.note(text, speaker, said_on))
        times.heard(text, speaker)
    return notes


@pytest.mark.parametrize(
    ("turns", "phrase"),
    [
        # "by then" and its kin point back to the nearest time said.
        (
            [("A", "The line opens in September 2027."), ("B", "Fares will have risen by then.")],
            "in September 2027",
        ),
        (
            [
                ("A", "The target is net zero by 2035. Can you hit it?"),
                ("B", "We'll be close by that point."),
            ],
            "by 2035",
        ),
        (
            [("A", "The vote is in May 2027."), ("A", "Rents will be higher by that time.")],
            "in May 2027",
        ),
        # A question that only points back is read with the sentence before it.
        (
            [
                ("Chair", "Ministers promised the bypass by the end of 2028. Is that achievable?"),
                ("W", "I think it will slip a year."),
            ],
            "by the end of 2028",
        ),
        (
            [
                ("Host", "Will prices fall by next summer?"),
                ("Guest", "I think they will fall a little."),
            ],
            "by next summer",
        ),
    ],
)
def test_a_time_is_taken_from_before_and_named(turns, phrase):
    assert f"“{phrase}”" in _notes(turns)[-1]


@pytest.mark.parametrize(
    "turns",
    [
        # A time of its own is kept.
        [("Host", "Will prices fall by next summer?"), ("Guest", "They will fall by 2030.")],
        # No forecast: a fact in answer takes nothing.
        [("Host", "Will prices fall by next summer?"), ("Guest", "Prices fell 3% last year.")],
        # The asker's own next words take nothing from their question.
        [("Host", "Will prices fall by next summer?"), ("Host", "I think they will.")],
        # A question with no time gives none.
        [("Host", "Will prices fall?"), ("Guest", "I think they will fall a little.")],
        # A time already over when said is no deadline to take.
        [("A", "The scheme closed in March 2019."), ("B", "It will be forgotten by then.")],
        # "then" that is no pointing back.
        [("A", "The plant opens in 2028."), ("B", "And then we will hire 400 people.")],
        # Nothing said before names a time.
        [("A", "The plant is late."), ("B", "Costs will have doubled by then.")],
    ],
)
def test_no_time_is_taken_where_none_is_pointed_to(turns):
    assert _notes(turns)[-1] == ""


def test_the_asker_speaking_again_closes_the_question():
    notes = _notes(
        [
            ("Host", "Will prices fall by next summer?"),
            ("Guest", "Prices fell 3% last year."),
            ("Host", "Interesting."),
            ("Guest", "I think they will fall a little."),
        ]
    )
    assert notes[-1] == ""


@pytest.mark.parametrize(
    "text",
    [
        "I don't think it is.",
        "I don't think so.",
        "Honestly, I don't think it will.",
        "I doubt it.",
        "I'd be slightly more optimistic.",
        "I'd be a little more cautious.",
        "I'm a bit less sure.",
        "I'm slightly more hopeful, frankly.",
        "Probably not.",
        "Not really, no.",
        "I’d be much less bullish.",
    ],
)
def test_a_side_taken_on_the_question_is_no_claim(text):
    assert stance_only(text)


@pytest.mark.parametrize(
    "text",
    [
        "I don't think it is realistic to finish by 2027.",
        "I'd be more optimistic about solar than wind by 2030.",
        "I'm less sure the Treasury will fund it.",
        "Probably not before 2029, given the supply chain.",
        "I don't think rates will fall this year.",
        "I doubt the council will approve it.",
    ],
)
def test_a_side_with_a_claim_of_its_own_is_kept(text):
    assert not stance_only(text)
