"""The running of a live online event claims nothing (``claims.importing.live_talk``)."""

import pytest

from claims.importing.classify import is_candidate
from claims.importing.live_talk import live_talk


@pytest.mark.parametrize(
    "sentence",
    [
        "Hi everyone, welcome, I can see people still joining so give it a sec.",
        "We'll give it another minute for people to join.",
        "Okay, we'll get started in a minute.",
        "Thanks for joining, everyone.",
        "I'm not sure my mic is on.",
        "Can you hear me?",
        "Sorry, I was on mute.",
        "You're on mute.",
        "We can't hear you, sorry — type it in the chat.",
        "You're breaking up.",
        "Let me share my screen.",
        "Drop where you're watching from in the chat!",
        "Put your questions in the Q&A box.",
        "I'll read it out.",
        "We've got a question from Deepak Iyer-Strand in the chat",
        "he's asking whether storage prices will keep falling this year.",
        "Marta asks if the plant will open on time.",
        "There's a good question in the chat.",
        "Yeah, loud and clear — sorry, hotel wifi is patchy.",
        "Yep, hear you loud and clear.",
    ],
)
def test_running_a_live_event_claims_nothing(sentence):
    assert live_talk(sentence)
    assert not is_candidate(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Welcome, prices will fall by 2027.",
        "Hi everyone, we will open the plant in March.",
        "Storage prices will keep falling this year, I'm sure of it.",
        "I'll read out the results on Friday when they are final.",
        "People are still joining the scheme at a rate of 400 a week.",
        "We can't hear the end of this debate soon enough: the bill will pass by June.",
        "The mic is on the regulator now: they will decide by March.",
        "Put your money in the chat app companies, they will double by 2028.",
        "Deepak is asking the right question, and the answer is that prices fall by 2027.",
        "The wifi is terrible on the trains, and the operator will fix it by June.",
        "Loud and clear, the message is that fares will rise in May.",
    ],
)
def test_words_that_claim_are_not_live_talk(sentence):
    assert not live_talk(sentence)
