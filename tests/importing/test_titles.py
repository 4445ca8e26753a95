"""A line in title case is a title, never a claim (``claims.importing.titles``)."""

import pytest

from claims.importing.classify import is_candidate
from claims.importing.titles import title_cased


@pytest.mark.parametrize(
    "line",
    [
        "The Bootstrap Ledger",
        "Why Kenyan Agritech Is Quietly Winning",
        "“We’ll Break Even Before the Rains Come”: Inside Lumenwell’s Cold-Chain Bet",
        "Storage, Siting and the Permitting Logjam",
        "The Harbour Hour",
        "Maren Okonkwo-Ballard",
        "Head of Clinical Operations",
        "Solar Will Be the Cheapest Power by 2027",
        "Ports Brace for a Slower 2027",
    ],
)
def test_a_title_is_no_claim(line):
    assert title_cased(line)
    assert not is_candidate(line)


@pytest.mark.parametrize(
    "line",
    [
        "My bet is Bank Rate at 3.25% by the end of Q1",
        "Maya Chen Expects Rates To Fall.",
        "Solar will be the cheapest power by 2027",
        "THE BRIDGE WILL REOPEN BEFORE CHRISTMAS",
        "Rates fall",
        "Ana Ruiz thinks Lisbon Will Host It",
        "We Will",
    ],
)
def test_a_sentence_is_no_title(line):
    assert not title_cased(line)
