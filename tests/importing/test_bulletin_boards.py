"""A phpBB topic page copied from the browser: each post's lines are its poster's, by the
name a signature gives, dated the post's day; profiles, bylines, quoted copies, edit notes,
signatures and the board's page are no one's words (``bulletin_boards``)."""

import datetime

import pytest

from claims.choices import ClaimKind
from claims.importing.bulletin_boards import SIGNED, UNSIGNED, reshape
from claims.importing.services import ImportOptions, SourceChoice, import_plan

SOURCE = SourceChoice(title="Eastline megathread", published_on=datetime.date(2026, 3, 6))

TOPIC = """Marrowbrook Transit Talk
Board index ‹ Rail ‹ Projects & Planning
Eastline light rail: opening date megathread (2026 edition)
Post Reply
28 posts
Page 3 of 3

gradecrossing
Conductor
Posts: 2841
Joined: Sat Jun 14, 2014 8:02 pm
Location: Fenwick Heights
Re: Eastline light rail: opening date megathread (2026 edition)
Post by gradecrossing » Tue Mar 03, 2026 9:14 pm
My own call: Eastline will carry paying passengers before the end of next year.
What I want to know is whether route 40 survives. Anyone heard anything?
_________________
Tom Haverkamp | Treasurer, Marrowbrook Rail Advocates
Top

signal_fault
Moderator
Posts: 3390
Joined: Thu Apr 21, 2016 9:05 pm
Re: Eastline light rail: opening date megathread (2026 edition)
Post by signal_fault » Wed Mar 04, 2026 12:31 pm
Quote
gradecrossing wrote: ↑Tue Mar 03, 2026 9:14 pm
What I want to know is whether route 40 survives.
Route 40 is toast.
And while I'm at it: base fare goes to $3.00 by the end of this year. Book it.
Last edited by signal_fault on Wed Mar 04, 2026 12:40 pm, edited 1 time in total.
_________________
Views my own, not my employer's. Yes, I drive a bus.
Top

Sponsored
Marrowbrook Model Railroad Show · Mar 21–22 · Fenwick Expo Hall

MRTA_CommunityRelations
Verified Agency Account
Posts: 47
Joined: Tue Aug 19, 2025 10:00 am
Re: Eastline light rail: opening date megathread (2026 edition)
Post by MRTA_CommunityRelations » Thu Mar 05, 2026 9:03 am
Hi all, yes, we do read this forum.
That relocation will be finished by the end of April; the crews are on site now.
Priyanka Deshmane-Ward
Community Relations Manager, Marrowbrook Regional Transit Authority
Top

Display: All posts Sort by Post time Ascending Go
"""


def test_each_posts_lines_are_its_posters_by_the_name_they_sign_with():
    reshaped = reshape(TOPIC.splitlines())

    assert reshaped is not None
    kept = [(n, line) for n, line in enumerate(reshaped.lines, start=1) if line]
    assert kept == [
        (15, "Tom Haverkamp: My own call: Eastline will carry paying passengers before the end"
             " of next year."),
        (16, "Tom Haverkamp: What I want to know is whether route 40 survives. Anyone heard"
             " anything?"),
        (30, "signal_fault: Route 40 is toast."),  # the quoted copy above it: no one's
        (31, "signal_fault: And while I'm at it: base fare goes to $3.00 by the end of this year."
             " Book it."),
        (46, "Priyanka Deshmane-Ward: Hi all, yes, we do read this forum."),
        (47, "Priyanka Deshmane-Ward: That relocation will be finished by the end of April; the"
             " crews are on site now."),
    ]  # fmt: skip
    assert reshaped.notes[15] == SIGNED.format(user="gradecrossing", name="Tom Haverkamp")
    assert reshaped.notes[30] == UNSIGNED.format(user="signal_fault")
    assert reshaped.days[31] == datetime.date(2026, 3, 4)


@pytest.mark.django_db
def test_a_posts_relative_time_counts_from_its_own_day():
    plan = import_plan(
        data=TOPIC.encode(), file_name="topic.txt", options=ImportOptions(source=SOURCE)
    )
    forecasts = {c.quote: c for c in plan.candidates if c.kind == ClaimKind.PREDICTION}

    carry = next(c for q, c in forecasts.items() if "paying passengers" in q)
    assert (carry.speaker.name, carry.deadline) == ("Tom Haverkamp", datetime.date(2027, 12, 31))
    relocation = next(c for q, c in forecasts.items() if "relocation" in q)
    assert relocation.speaker.name == "Priyanka Deshmane-Ward"
    assert relocation.deadline == datetime.date(2026, 4, 30)
    assert not any("Posts:" in c.quote or "Sponsored" in c.quote for c in plan.candidates)


@pytest.mark.parametrize(
    "text",
    [
        "Post by gradecrossing » Tue Mar 03, 2026 9:14 pm\nOne post only.\n",
        "Home » Rail » Projects\nBoard » Index\n",  # breadcrumbs, no bylines
    ],
)
def test_not_a_boards_topic(text):
    assert reshape(text.splitlines()) is None
