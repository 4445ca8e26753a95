"""Table tests: the running of a show, in its host's and guests' words, is no claim
(``introductions.show_running``); near misses that claim stay candidates."""

import pytest

from claims.importing.classify import is_candidate

RUNNING = [
    "Hi everyone, and welcome back to Ledger Lines, the podcast about where your money actually"
    " goes.",
    "Welcome to The Long Game.",
    "I'm Tamsin Greaves, and this is episode 42.",
    "Before we get going, a quick word from this week's sponsor.",
    "A quick word from our sponsors.",
    "Tickets for our live show are on the website.",
    "Long-time listener.",
    "Long time listener, first time caller.",
    "Marisol, you're shaking your head.",
    "Priya, let's start with the numbers.",
    "Owen, let's talk batteries, because that's really the whole game here.",
    "I am Eleanor Jones, chief economist at the Grid Futures Institute.",
    "I'm Ana Ruiz, CEO of Acme Foods.",
]
CLAIMS = [
    "Welcome back to Ledger Lines, where rates will fall by 2027.",
    "Let's talk about why rates will fall by 2027.",
    "You're shaking up the market and prices will fall.",
    "Tickets for the final will sell out by June.",
    "I'm Tamsin Greaves, and I think rates fall twice in 2027.",
    "I am Eleanor Jones, chief economist at Grid Futures, and rates will fall by 2027.",
]


@pytest.mark.parametrize(
    ("text", "candidate"), [(t, False) for t in RUNNING] + [(t, True) for t in CLAIMS]
)
def test_the_running_of_a_show_is_no_claim(text, candidate):
    assert is_candidate(text) is candidate
