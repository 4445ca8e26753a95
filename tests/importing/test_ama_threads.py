"""An AMA thread copied from Reddit: the post's age and badge between its header and its
title, the host named by the title, the host's timetable and breaks (no claims), a bot's
reply that ends at the next byline, a forecast the host passes on from a named person, and
the page's "load more comments (214)". Near misses keep their reading."""

import datetime

import pytest

from claims.choices import ClaimKind, DatePrecision
from claims.importing.chat_extras import chat_extras
from claims.importing.forums import page_chrome, thread_chatter
from claims.importing.services import ImportOptions, SourceChoice, import_plan

AMA = """r/IAmA
AMA Calendar

Posted by u/TamsinVell_Grid
7 hr. ago
Verified

I'm Tamsin Vell, a grid engineer at Northmoor Energy. Power prices, home batteries - AMA!

Hi Reddit! I led the team that commissioned the Hollins Moss battery in 2024.
I'll be answering from 2pm to about 5pm GMT today.
EDIT: Taking a 20 minute tea break, back at 3:30.

Sort by: Best

level 1
gridlock_gus · 6 hr. ago
Will bills ever come down?
Reply Share Report Save Follow

level 2
TamsinVell_Grid OP · 6 hr. ago
Verified
The typical bill will still be 30% above 2019 levels at the end of 2030.
Reply Share Report Save Follow

level 3
RemindMeBot · 5 hr. ago
I will be messaging you in 5 months on 2026-07-12 14:22:09 UTC to remind you of this link
Reply Share Report Save Follow

level 1
Dr_Obi_Nwankwo · 5 hr. ago
Blackouts this winter? I think we get at least one before March 2026.
Reply Share Report Save Follow

level 2
TamsinVell_Grid OP · 5 hr. ago
Verified
My old boss at Northmoor, Harriet Lund, reckons we have 20 GW of batteries by 2028.
Not going to answer that one, sorry.
Reply Share Report Save Follow
load more comments (214)

About Community
Ask me anything. Verified guests, real answers, no self-promotion.
Created Mar 3, 2009
Upcoming AMAs
Feb 17 - Idris Coleman, volcanologist
"""


def _plan(text: str):
    source = SourceChoice(
        title="AMA", published_on=datetime.date(2026, 2, 12), precision=DatePrecision.DAY
    )
    return import_plan(
        data=text.encode(), file_name="ama.txt", options=ImportOptions(source=source)
    )


@pytest.mark.django_db
def test_an_ama_thread_read_whole():
    found = {c.quote: c for c in _plan(AMA).candidates}
    # The host, named by the title, answers; the title and the timetable claim nothing.
    bill = next(c for q, c in found.items() if q.startswith("The typical bill"))
    assert bill.speaker.name == "Tamsin Vell"
    assert "the post's title" in bill.statement.note
    assert (bill.kind, bill.deadline) == (ClaimKind.PREDICTION, datetime.date(2030, 12, 31))
    for words in ("I'm Tamsin Vell", "I led the team", "I'll be answering", "Taking a 20"):
        assert not any(q.startswith(words) for q in found), words
    # A commenter after a bot's reply is read; the bot's words are nobody's.
    assert any(c.speaker.name == "u/Dr_Obi_Nwankwo" for c in found.values())
    assert not any("messaging you" in q for q in found)
    # The host passes on a named person's forecast: theirs, as the host tells it.
    lund = next(c for q, c in found.items() if "Harriet Lund" in q)
    assert lund.speaker.name == "Harriet Lund"
    assert "told by Tamsin Vell" in lund.statement.note
    assert not any(q.startswith(("Not going to answer", "load more")) for q in found)
    # The subreddit's sidebar after the thread is the page's.
    assert not any(w in q for q in found for w in ("Verified guests", "Created", "Idris"))


@pytest.mark.parametrize(
    ("sentence", "chatter"),
    [
        ("I'll be answering from 2pm to about 5pm GMT today, Thursday 12 February 2026.", True),
        ("I'll be around until 6pm, fire away.", True),
        ("Taking a 20 minute tea break, back at 3:30.", True),
        ("Grabbing a quick lunch break, back in 20.", True),
        ("I'll try to get to a few more tonight.", True),
        ("Not going to answer that one, sorry.", True),
        ("Signing off now, thanks everyone.", True),
        # Near misses: a plan, a forecast, an answer.
        ("I'll be answering to the board if the project slips past March.", False),
        ("We will take a break from new connections until 2027.", False),
        ("I won't answer for the regulator, but prices fall next year.", False),
    ],
)
def test_an_amas_timetable_and_breaks(sentence, chatter):
    assert thread_chatter(sentence) is chatter


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("load more comments (214)", True),
        ("load more comments", True),
        ("Search within r/IAmA", True),
        ("AMA Calendar", True),
        ("load more comments on the new tariff, please", False),
    ],
)
def test_a_subreddits_page_lines(line, chrome):
    assert page_chrome(line, thread=True) is chrome


def test_a_bots_reply_ends_at_the_next_byline():
    lines = AMA.splitlines()
    extras = chat_extras(lines)
    number = next(n for n, t in enumerate(lines, start=1) if t.startswith("Blackouts"))
    bot = next(n for n, t in enumerate(lines, start=1) if t.startswith("I will be messaging"))
    assert bot in extras
    assert number not in extras
