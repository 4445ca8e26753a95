"""Evaluative talk, as people speak it in chats, phone-ins and chambers, is an opinion: an
impression ("feels a lot warmer to us"), a characterisation of how someone talks ("talking
the line down"), a verdict whose date names what is judged ("the 2030 target is
unrealistic"), and the speaker's frame of candour ("I won't pretend …"), which forecasts
nothing. A forecast, a fact and a decision keep their kind."""

import datetime

import pytest

from claims.choices import ClaimKind
from claims.importing.classify import classify
from claims.importing.judgements import candour_frame_dropped, judges, verdict_over_dates
from claims.importing.wording import normalise
from tests.importing import attributed

F, P, OP, C = ClaimKind.FACTUAL, ClaimKind.PREDICTION, ClaimKind.OPINION, ClaimKind.COMMITMENT
SAID_ON = datetime.date(2026, 10, 18)


def _spoken(text: str):
    return attributed.spoken(text, SAID_ON)


OPINIONS = [
    # Impressions.
    "honestly Elm St feels a lot warmer to us than last time",
    "Honestly the Tuesday sessions feel so much better than the old ones.",
    "The new bus lanes seem much friendlier to cyclists.",
    "That sounds wrong to me.",
    # How someone talks or acts, characterised.
    "I am afraid the hon. Gentleman is talking the line down.",
    "The minister is talking up the scheme again.",
    "The hon. Member is scaremongering about the closures.",
    "With respect, the Minister is misleading the House.",
    "They're playing politics with people's homes.",
    # Frames of candour: what follows is the speaker's view.
    "I won't pretend that's enough on its own.",
    "Let's not pretend £2m is enough.",
    "I won't lie, the last quarter was not good enough.",
    "I'm not going to pretend this year was easy.",
    # Verdicts whose dates name what is judged.
    "Honestly, I think the national target of 92% seen within 18 weeks is unrealistic as things"
    " stand.",
    "The 2030 target is unrealistic.",
    "Net zero by 2035 is a fantasy.",
    "Frankly a March 2027 opening is far too optimistic.",
    "A 5% pay rise in 2027 is nowhere near enough.",
    "Hitting 92% by 2027 is hard.",
    "I think the 2028 date is unrealistic.",
    "The scheme opens in 2027, and that is not good enough.",
    # Verdicts with no date.
    "that poll is rubbish tbh",
    "Just want to say the new Orange Line trains are the best thing this city has done in a"
    " decade.",
]


@pytest.mark.parametrize("text", OPINIONS)
@pytest.mark.django_db
def test_evaluative_talk_is_an_opinion(text):
    (candidate,) = _spoken(text)
    assert (candidate.kind, candidate.deadline) == (OP, None)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # Forecasts, facts and decisions keep their kind.
        ("I think rents will be up 10% by next year.", {P}),
        ("Punctuality was 71% in the last rail period.", {F}),
        ("I won't be standing again in 2028.", {P, C}),  # a decision, not a view
        ("In my view rates fall to 3% by 2027.", {P}),
        ("There is enough water in the reservoir for 90 days.", {F}),
        ("It looks set to open in 2027.", {P}),
        ("The line will be too late for the 2028 games.", {P}),
        ("I won't deny that we missed the 2025 target.", {F}),
        ("I won't deny that sales fell last year.", {F}),
        ("Honestly, we knocked 300 doors on Saturday.", {F}),
        ("We will hit the 18-week target by March 2027.", {P, C}),
        ("I'm afraid the figures are 71% for October.", {F}),
    ],
)
@pytest.mark.django_db
def test_near_misses_keep_their_kind(text, kinds):
    (candidate,) = _spoken(text)
    assert candidate.kind in kinds


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("I won't pretend that's enough on its own.", "that's enough on its own."),
        ("Look, I'm not going to pretend this year was easy.", "this year was easy."),
        ("I won't lie, the figures are bad.", "the figures are bad."),
        ("I won't lie to you: it was a hard year.", "it was a hard year."),
        ("We can't deny that sales fell.", "sales fell."),
        ("I won't hide the fact that we missed it.", "we missed it."),
        ("Let's not pretend for a moment this is a solution.", "this is a solution."),
        # No frame, or an act the speaker will not do.
        ("I won't hide the report from the committee.", None),
        ("I won't deny anyone a vote.", None),
        ("I won't lie about my record on housing.", None),
        ("I won't pretend.", None),
        ("The trains won't pretend to run on time.", None),
    ],
)
def test_the_frame_of_candour(text, left):
    assert candour_frame_dropped(text) == (left if left is not None else text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("the national target of 92% seen within 18 weeks is unrealistic", True),
        ("the 2030 target is a fantasy", True),
        ("a 2027 opening is far too optimistic", True),
        ("the hon. gentleman is talking the line down", True),
        # A forecast word, a view marked as the speaker's, or an impression: not a verdict over
        # dates.
        ("the 2030 target will be unrealistic", False),
        ("it is likely to prove too optimistic by 2027", False),
        ("in my view rates fall to 3% by 2027", False),
        ("elm st feels a lot warmer to us", False),
        ("the most important election in 2026", False),
    ],
)
def test_a_verdict_over_dates(text, verdict):
    assert verdict_over_dates(normalise(text)) is verdict


@pytest.mark.parametrize(
    ("text", "judged"),
    [
        ("elm st feels a lot warmer to us than last time", True),
        ("that sounds wrong to me", True),
        ("they are scaremongering", True),
        ("that's not enough", True),
        ("there is enough water for 90 days", False),
        ("sales felt the effect of the strike", False),
        ("it looks like the train is late", False),
        ("she talked to the minister on monday", False),
    ],
)
def test_judges_spoken_verdicts(text, judged):
    assert judges(normalise(text)) is judged


def test_classify_alone():
    assert classify("I won't pretend that's enough on its own.") == OP
    assert classify("The 2030 target is unrealistic.", has_horizon=True, timed=True) == OP
    assert classify("I think rents will be up 10% by next year.", has_horizon=True) == P
