"""The running of a meeting, a hearing or a talk claims nothing; a claim said in the same
breath keeps its reading."""

import pytest

from claims.importing.classify import is_candidate
from claims.importing.meeting_talk import meeting_talk

RUNNING = [
    # A chair's welcome.
    "Good morning, all, and welcome to the Parks and Leisure Board.",
    "Welcome back to this afternoon's session.",
    "Hello everyone, welcome to the Harbour Users Forum.",
    # A sound or screen check answered.
    "Yes, we can hear you fine, Mayor.",
    "Yep, I can see your screen.",
    "Loud and clear.",
    "Yeah, we can see the slides now.",
    # An agenda item called or put off.
    "Item three is the harbour dredging report.",
    "Right. Item four, the library hours review, is deferred to the next meeting.",
    "The next item is public questions.",
    "Agenda item 6 is withdrawn.",
    # A chair keeping time or closing.
    "Right, let's keep going.",
    "Okay, let's move on.",
    "Let's crack on then.",
    "Let's move on to the next item.",
    "Okay, I think that's everything.",
    "That's all we have time for tonight.",
    "I think that's it for today, thanks all.",
    # A bare rejoinder.
    "We've heard all that before.",
    "I wouldn't put it that way.",
    "I wouldn't go that far, Commissioner.",
    "It's a promise, Councillor.",
    # A talk's aside and signpost.
    "No, seriously, it's in the river now.",
    "No, honestly, she's still there.",
    "Now, I'm not a cynic.",
    "Okay, I'm a little bit of a cynic.",
    "And here's the bit nobody wants to hear.",
    "So here's the catch.",
]

CLAIMS = [
    "Welcome; the new pool opened on time and under budget.",
    "Welcome to the Parks Board; we cut waiting lists by 12% this year.",
    "Item three is £2 million over budget.",
    "Item two, the gritting review, is late, which is why we will publish it in March.",
    "Let's move on, because the depot will close by June.",
    "We can see the bridge reopening by the end of 2027.",
    "I think that's everything we promised, and the road opens in May.",
    "It's a commitment to finish the ring road by 2029, Councillor.",
    "We've heard from residents that the buses are late every morning.",
    "Seriously, it's going to flood by 2040.",
    "Honestly, it's a disaster for the town.",
    "Seriously, it's in the river now.",
    "I'm a candidate for mayor in the spring election.",
    "Here's the part people don't like: rates will rise by 2028.",
    "The harbour dredging report is published on Friday.",
    "Item five is the budget, which is already overspent.",
    "Welcome to the new normal of higher rates.",
    "I think that's all nonsense.",
    "It's a promise we kept.",
    "No, really, it's a scandal.",
    "I'm an optimist about the economy.",
    "I wouldn't say that the scheme failed.",
]


@pytest.mark.parametrize("text", RUNNING)
def test_running_talk_is_no_candidate(text):
    assert meeting_talk(text)
    assert not is_candidate(text)


@pytest.mark.parametrize("text", CLAIMS)
def test_a_claim_said_with_it_keeps_its_reading(text):
    assert not meeting_talk(text)


@pytest.mark.parametrize(
    "text",
    [
        "Welcome; the new pool opened on time and under budget.",
        "Item three is £2 million over budget.",
        "Let's move on, because the depot will close by June.",
        "It's a commitment to finish the ring road by 2029, Councillor.",
        "Seriously, it's going to flood by 2040.",
        "Honestly, it's a disaster for the town.",
        "Seriously, it's in the river now.",
    ],
)
def test_claims_stay_candidates(text):
    assert is_candidate(text)
