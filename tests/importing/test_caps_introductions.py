"""Table tests: a host naming themselves in all-capital broadcast captions ("I'M PETE
SULLIVAN.", "AND I'M RHEA DESAI.") is an introduction, no claim, as the mixed-case "I'm
Nadia Khoury." is; a statement opening with "I'M" ("I'M BULLISH ON GOLD.", "I'M SURE RATES
WILL FALL BY 2027.", "I'M TOLD …") stays a statement."""

import datetime

import pytest

from claims.importing.chatter import is_filler
from claims.importing.classify import is_candidate
from claims.importing.introductions import caps_self_introduction
from claims.importing.parsing import parse_document
from claims.importing.reading import read_document


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I'M PETE SULLIVAN.", "PETE SULLIVAN"),  # the examples
        ("AND I'M RHEA DESAI.", "RHEA DESAI"),
        ("GOOD EVENING, I'M PETE SULLIVAN.", "PETE SULLIVAN"),
        ("GOOD MORNING. I'M PETE SULLIVAN.", ""),  # two sentences: each is read alone
        ("I’M RHEA DESAI.", "RHEA DESAI"),
        ("HELLO, I'M ANA MARIA LOPEZ!", "ANA MARIA LOPEZ"),
        ("AND I AM SEAN O'NEILL.", "SEAN O'NEILL"),
        ("THIS IS RHEA DESAI", "RHEA DESAI"),
        ("WELCOME BACK, I'M PETE.", "PETE"),
        ("MY NAME IS AHMED KHAN.", "AHMED KHAN"),
        ("I'M PETE SULLIVAN, AND THIS IS THE EVENING REPORT.", "PETE SULLIVAN"),
        ("GOOD EVENING. I'M RHEA DESAI AND YOU'RE WATCHING CHANNEL 4 NEWS", ""),
        ("I'M RHEA DESAI AND YOU'RE WATCHING CHANNEL 4 NEWS!", "RHEA DESAI"),
        # The programme's name is no statement's: "AND THIS IS" then a claim is no opening.
        ("I'M BULLISH, AND THIS IS WHY GOLD WILL HIT $3,000.", ""),
        ("I'M PETE SULLIVAN, AND THIS IS WHY RATES WILL FALL.", ""),
        # Statements that open with "I'M": their words read as no name.
        ("I'M BULLISH ON GOLD.", ""),
        ("I'M SURE RATES WILL FALL BY 2027.", ""),
        ("I'M TOLD THE FED WILL CUT IN MARCH.", ""),
        ("I'M TOLD.", ""),
        ("I'M CONFIDENT.", ""),
        ("I'M WORRIED ABOUT BONDS.", ""),
        ("I'M GOING LONG.", ""),
        ("I'M STILL BEARISH.", ""),
        ("AND I'M NOT CONVINCED.", ""),
        ("I'M CAUTIOUSLY OPTIMISTIC.", ""),
        ("I'M OVERWEIGHT EQUITIES.", ""),
        ("I'M HEARING CUTS.", ""),
        ("I'M GONNA SAY 2027.", ""),
        # Mixed case is the other rule's (``chatter._INTRODUCTION``), not this one's.
        ("I'm Pete Sullivan.", ""),
    ],
)
def test_an_all_capital_self_introduction_names_its_speaker(text, name):
    assert caps_self_introduction(text) == name


@pytest.mark.parametrize(
    ("text", "filler"),
    [
        ("I'M PETE SULLIVAN.", True),
        ("AND I'M RHEA DESAI.", True),
        ("GOOD EVENING, I'M PETE SULLIVAN.", True),
        ("I'M PETE SULLIVAN, AND THIS IS THE EVENING REPORT.", True),
        ("I'm Nadia Khoury.", True),  # the mixed-case rule, unchanged
        ("I'M BULLISH ON GOLD.", False),
        ("I'M SURE RATES WILL FALL BY 2027.", False),
        ("I'M TOLD THE FED WILL CUT IN MARCH 2027.", False),
        ("I'm sure rates will fall by 2027.", False),
    ],
)
def test_an_introduction_is_no_claim_and_a_statement_stays_one(text, filler):
    assert is_filler(text) is filler


BROADCAST = """1
00:00:01,000 --> 00:00:03,000
>> GOOD EVENING, I'M PETE SULLIVAN.

2
00:00:03,000 --> 00:00:05,000
>> AND I'M RHEA DESAI.

3
00:00:05,000 --> 00:00:08,000
>> I'M BULLISH ON GOLD. IT WILL HIT $3,000 BY 2027.

4
00:00:08,000 --> 00:00:11,000
>> I'M SURE RATES WILL FALL BY 2027.
"""


def test_broadcast_captions_propose_the_statements_not_the_introductions():
    document = read_document(BROADCAST.encode(), name="news.srt")
    said = parse_document(document, today=datetime.date(2026, 11, 30)).statements
    claims = [s.text for s in said if s.text and is_candidate(s.text)]
    assert claims == [
        "I'M BULLISH ON GOLD.",
        "IT WILL HIT $3,000 BY 2027.",
        "I'M SURE RATES WILL FALL BY 2027.",
    ]
