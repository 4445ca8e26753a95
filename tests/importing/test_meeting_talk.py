"""A meeting's running and its call's trouble, as a transcript gives them, are no claims:
"So first item, the e counting pilot.", "Let's get going, I've got a hard stop at 10:30.",
"Sorry, my connection's really bad", "I'm going to drop and dial back in."."""

import pytest

from claims.importing.classify import is_candidate


@pytest.mark.parametrize(
    "text",
    [
        "Let's get going, I've got a hard stop at 10:30.",
        "I have a hard stop in ten minutes.",
        "So first item, the e counting pilot.",
        "Next item, early voting.",
        "Final item: any other business.",
        "Sorry, my connection's really bad",
        "My wifi keeps dropping out.",
        "I'm going to drop and dial back in.",
        "Let me rejoin.",
        "I'll hop off and join back in.",
        "Right, let's open it up.",
        "The gentleman in the green jacket, yes, you.",
        "If you could give your name for the record.",
        "The lady at the back, by the pillar.",
        "Okay, next question.",
    ],
)
def test_a_meetings_running_is_no_claim(text):
    assert not is_candidate(text)


@pytest.mark.parametrize(
    "text",
    [
        "My connection to the grid will be live by 2027.",
        "The next item will be the budget, which will pass.",
        "We will drop and call back in 2027 with the rates.",
        "Next item, we will open all nine early voting sites by October 19th.",
        "The hard stop for bids is 30 June.",
        "The man in charge of the depot will retire in 2027.",
        "Let's open it up to private bidders by 2028, I say.",
    ],
)
def test_a_claim_in_a_meetings_words_is_kept(text):
    assert is_candidate(text)
