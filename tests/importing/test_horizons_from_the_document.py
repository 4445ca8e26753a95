"""Deadlines read from the document itself: the days it declares for its events, time words
as typed in chats, days of the week, and a chat message's own day."""

import datetime

import pytest

from claims.choices import ClaimKind
from claims.horizons import HorizonKind, parse_horizon
from claims.horizons.declared import declared_events, event_dated
from claims.importing.chats import author_day, day_heading
from claims.importing.plans import ImportOptions, SourceChoice
from claims.importing.services import import_plan

D = datetime.date
SUNDAY = D(2026, 10, 18)


def _dated(text: str, declared: str, said_on: datetime.date = SUNDAY):
    reading = parse_horizon(text, said_on=said_on)
    if reading.kind != HorizonKind.DATED:
        reading = event_dated(text, reading, said_on, declared_events(declared))
    return reading.deadline if reading.kind == HorizonKind.DATED else None


# ---- 1. Days the document declares for its events.


@pytest.mark.parametrize(
    ("declared", "text", "deadline"),
    [
        # The given examples.
        (
            "Reminder for newbies: polling day is Thursday 5 November",
            "We'll win this by 200 votes, calling it now",
            D(2026, 11, 5),
        ),
        (
            "Reminder for newbies: polling day is Thursday 5 November",
            "Mark my words, the Independents will get their national leader up here before"
            " polling day",
            D(2026, 11, 4),
        ),
        (
            "The election is on 7 May.",
            "We will have the flyers out before the election.",
            D(2027, 5, 6),
        ),
        ("The vote is on Thursday 12th.", "They'll have the numbers by the vote.", D(2026, 11, 12)),
        ("Launch day is 3 March.", "The app will be in the store by launch day.", D(2027, 3, 3)),
        ("The summit opens on 14 June.", "A deal will be done before the summit.", D(2027, 6, 13)),
        (
            "The deadline for bids is 30 January.",
            "Three firms will bid by the deadline for bids.",
            D(2027, 1, 30),
        ),
        (
            "Budget day: 26 November",
            "The Chancellor will cut fuel duty on the day.",
            D(2026, 11, 26),
        ),
        # More of the kind.
        (
            "Election day is 3 December 2026.",
            "Turnout will be under 30%, I reckon.",
            D(2026, 12, 3),
        ),
        ("The referendum is on 21 January.", "We will lose by a whisker.", D(2027, 1, 21)),
        (
            "The by-election is set for 19 November.",
            "We'll get the posters up by polling day.",
            D(2026, 11, 19),
        ),
        (
            "The hearing is on 2 December.",
            "The council will settle before the hearing.",
            D(2026, 12, 1),
        ),
        (
            "The conference opens on March 9, 2027.",
            "We will announce it at the conference, by the conference.",
            D(2027, 3, 9),
        ),
        ("Go-live: 1 February", "Every branch will be trained by go-live.", D(2027, 2, 1)),
        ("The AGM is on Friday 27th.", "The chair will resign ahead of the AGM.", D(2026, 11, 26)),
        # The year: the next such day on or after the day it was said.
        ("Polling day is 10 October.", "We'll win it.", D(2027, 10, 10)),
        ("Polling day is 18 October.", "We will have it done by polling day.", None),
    ],
)
def test_a_time_set_by_an_event_takes_the_day_the_document_gives_it(declared, text, deadline):
    assert _dated(text, declared) == deadline


@pytest.mark.parametrize(
    ("declared", "text"),
    [
        # Near-misses: the event's day not given, another event's, a fact, an opinion poll,
        # two different days, a number that is no day.
        ("We should meet soon.", "We will win before the election."),
        ("The summit opens on 14 June.", "We will finish before the election."),
        ("Polling day is Thursday 5 November.", "We won by 200 votes last time."),
        ("Polling day is Thursday 5 November.", "The Echo poll has us on 31%."),
        ("Polling day is 5 November. No, polling day is 12 November.", "We'll win this."),
        ("The vote is 52 to 48.", "We will win before the vote."),
        ("The count is 40 votes.", "It will be done by the count."),
        ("Budget: 26 million for the depot.", "It will be spent by the budget."),
        ("The deadline is 30 days from the notice.", "We'll file before the deadline."),
        ("The vote is 12 to 9 in favour.", "It will pass before the vote."),
        ("Polling day is Thursday 5 November.", "The lights will be fixed soon."),
        (
            "Polling day is Thursday 5 November.",
            "If I'm elected, I will hold a surgery every month.",
        ),
    ],
)
def test_a_time_set_by_an_event_with_no_day_given_is_not_dated(declared, text):
    assert _dated(text, declared) is None


def test_the_remark_says_where_the_day_came_from():
    events = declared_events("Reminder for newbies: polling day is Thursday 5 November")
    reading = parse_horizon("They'll be up here before polling day", said_on=SUNDAY)
    dated = event_dated("They'll be up here before polling day", reading, SUNDAY, events)
    assert "polling day is Thursday 5 November" in dated.remark
    # The stored horizon, read again on its own, gives the same deadline.
    assert parse_horizon(dated.phrase, said_on=SUNDAY).deadline == dated.deadline


WARD = "".join(
    f"{line}\n"
    for line in (
        "17/10/2026, 09:02 - Sophie Grant: Welcome Kofi! Reminder for newbies: polling day is"
        " Thursday 5 November",
        "17/10/2026, 13:55 - Kofi Mensah: We'll win this by 200 votes, calling it now",
        "17/10/2026, 13:58 - Gary Lund: Turnout at the last three by-elections in this city was"
        " under 30%",
        "18/10/2026, 10:02 - Kofi Mensah: 140 postal vote forms handed in so far. I'll get the"
        " rest to the town hall by Friday",
        "18/10/2026, 10:31 - Sophie Grant: Thanks all. Mark my words, the Independents will get"
        " their national leader up here before polling day",
    )
)


@pytest.mark.django_db
@pytest.mark.parametrize("published", [D(2026, 10, 12), D(2026, 10, 18), D(2026, 10, 25)])
def test_a_chat_dates_its_forecasts_by_its_declared_day_and_its_messages_days(published):
    plan = import_plan(
        data=WARD.encode(),
        file_name="WhatsApp Chat with Ward 7.txt",
        options=ImportOptions(source=SourceChoice(title="Ward 7", published_on=published)),
    )
    got = {c.quote: c.deadline for c in plan.candidates if c.deadline}
    assert got == {
        "We'll win this by 200 votes, calling it now": D(2026, 11, 5),
        "I'll get the rest to the town hall by Friday": D(2026, 10, 23),
        "Mark my words, the Independents will get their national leader up here before"
        " polling day": D(2026, 11, 4),
    }
    assert len(plan.sources) == 1
    friday = next(c for c in plan.candidates if "by Friday" in c.quote)
    remarked = "counted from the message of 18 October 2026" in friday.statement.note
    assert remarked is (published != D(2026, 10, 18))


# ---- 2. Time words as typed in chats.


@pytest.mark.parametrize(
    ("text", "deadline", "phrase"),
    [
        ("by the end of next yr", D(2027, 12, 31), "by the end of next yr"),
        ("We'll be done by the end of nxt year", D(2027, 12, 31), "by the end of nxt year"),
        ("nxt year", D(2027, 12, 31), "nxt year"),
        ("it'll be sorted by end of yr", D(2026, 12, 31), "by end of yr"),
        ("done by eoy", D(2026, 12, 31), "by eoy"),
        ("done by EOY", D(2026, 12, 31), "by EOY"),
        ("in 2 yrs", D(2028, 10, 18), "in 2 yrs"),
        ("we'll have it in 6 mths", D(2027, 4, 18), "in 6 mths"),
        ("by Q1 next yr", D(2027, 3, 31), "by Q1 next yr"),
        ("we'll have the new van b4 christmas", D(2026, 12, 24), "b4 christmas"),
        ("I'll send it over tmrw", D(2026, 10, 19), "tmrw"),
        ("the site wil be up by tmrw", D(2026, 10, 19), "by tmrw"),
        ("we'll know by 2moro", D(2026, 10, 19), "by 2moro"),
        ("it'll be fixed by the end of the mth", D(2026, 10, 31), "by the end of the mth"),
        ("we'll finish within 3 wks", D(2026, 11, 8), "within 3 wks"),
        ("prices will drop by febuary", D(2027, 2, 28), "by febuary"),
        ("we'll meet by wensday", D(2026, 10, 21), "by wensday"),
        ("this yr will be the hottest on record", D(2026, 12, 31), "this yr"),
        ("the yr-end numbers will be up 5%", D(2026, 12, 31), "yr-end"),
        ("by the end of next qtr", D(2027, 3, 31), "by the end of next qtr"),
        ("It will be done B4 Xmas", D(2026, 12, 24), "B4 Xmas"),
        ("by next Xmass", D(2026, 12, 25), "by next Xmass"),
    ],
)
def test_time_words_as_typed_in_chats(text, deadline, phrase):
    reading = parse_horizon(text, said_on=SUNDAY)
    assert (reading.deadline, reading.phrase) == (deadline, phrase)
    # The phrase as typed, stored as the horizon, reads the same again.
    assert parse_horizon(reading.phrase, said_on=SUNDAY).deadline == deadline


@pytest.mark.parametrize(
    "text",
    [
        # Near-misses: "yr" inside words, "YR" as a label, a paper size, a name.
        "the YR team will deliver the report",
        "YR 10 will sit their mocks",
        "yrly figures will improve",
        "Byrne will chair it",
        "print it on a B4 sheet",
        "the wk-end rota will change",
        "Tomoko will take over",
        "wilful damage will be punished",
    ],
)
def test_words_that_look_typed_for_time_words_are_not(text):
    assert parse_horizon(text, said_on=SUNDAY).kind == HorizonKind.NONE


# ---- Days of the week.


@pytest.mark.parametrize(
    ("text", "said_on", "deadline"),
    [
        ("I'll get the rest to the town hall by Friday", SUNDAY, D(2026, 10, 23)),
        ("I'll get the rest to the town hall by Friday", D(2026, 10, 12), D(2026, 10, 16)),
        ("I'll get the rest to the town hall by Friday", D(2026, 10, 25), D(2026, 10, 30)),
        ("We'll decide before Thursday", SUNDAY, D(2026, 10, 21)),
        ("It will be signed on Monday", SUNDAY, D(2026, 10, 19)),
        ("I'll ring them by fri", SUNDAY, D(2026, 10, 23)),
        ("said on a Friday, by Friday is the next", D(2026, 10, 23), D(2026, 10, 30)),
        ("The council will vote by Friday 23 October", SUNDAY, D(2026, 10, 23)),
        ("We'll have it on Thursday the 12th", SUNDAY, D(2026, 11, 12)),
        ("It will close on Thursday 5 November 2026", SUNDAY, D(2026, 11, 5)),
        ("We'll ship by next Friday", SUNDAY, D(2026, 10, 23)),
    ],
)
def test_a_day_of_the_week_is_the_next_one(text, said_on, deadline):
    assert parse_horizon(text, said_on=said_on).deadline == deadline


@pytest.mark.parametrize(
    "text",
    [
        # Near-misses: the past, a day that is no deadline's, a word that only looks like one.
        "Last Friday we went to the council",
        "The sun will rise",
        "The cat sat on the mat",
        "We will sat down and talk",
        "I'll see you at Monday's meeting",
        "Mayor Ada Quist told reporters on Monday that the city would open two tram lines",
        "On Monday the council meets",
    ],
)
def test_a_day_of_the_week_that_is_no_deadline(text):
    assert parse_horizon(text, said_on=SUNDAY).kind == HorizonKind.NONE


def test_next_friday_is_asked_about():
    reading = parse_horizon("We'll ship by next Friday", said_on=SUNDAY)
    assert "the one a week later" in reading.remark


def test_a_weekday_the_date_does_not_fall_on_is_asked_about():
    reading = parse_horizon("by Friday 24 October", said_on=SUNDAY)
    assert reading.deadline is None  # no guess: the curator gives the day
    assert "is a Saturday, not a Friday" in reading.remark


# ---- 4. A chat message's own day, in every layout that stamps it.


@pytest.mark.parametrize(
    ("line", "day_first", "day"),
    [
        ("17/10/2026, 08:05 - Gary Lund: hi", True, D(2026, 10, 17)),
        ("[17/10/2026, 08:05:12] Gary Lund: hi", True, D(2026, 10, 17)),
        ("10/17/26, 8:05 AM - Gary Lund: hi", False, D(2026, 10, 17)),
        ("[2026-11-23 09:02] Priya Shah: hi", None, D(2026, 11, 23)),
        ("[25-Nov-26 09:04 PM] Priya Shah", None, D(2026, 11, 25)),
        ("Priya Shah, [25.11.2026 09:04]", None, D(2026, 11, 25)),
        ("Priya Shah — 03/12/2025 9:02 AM", True, D(2025, 12, 3)),
        ("Priya Shah — 03/12/2025 9:02 AM", False, D(2025, 3, 12)),
        ("[18/10/2026 9:02 AM] Priya Shah", None, D(2026, 10, 18)),
        # Near-misses: a time alone, an order nothing tells, a date in the message's words.
        ("[9:02 AM] Priya Shah", None, None),
        ("Priya Shah — Today at 9:02 AM", None, None),
        ("Priya Shah — 03/12/2025 9:02 AM", None, None),
        ("[9:02 AM] Priya Shah: the vote is on 12/11/2026 09:00", True, None),
        ("[2026-02-30 09:02] Priya Shah: hi", None, None),
    ],
)
def test_the_day_an_author_line_stamps(line, day_first, day):
    assert author_day(line, day_first) == day


SLACK = """[2026-10-18 09:02] Priya Shah: I'll send the revised budget by Friday.
[2026-10-18 09:04] Tom Becker: ok thanks
[2026-10-20 10:15] Priya Shah: The board will sign it off by Friday.
[2026-10-20 10:16] Priya Shah: The depot will reopen in 2027.
"""
TEAMS = """[18/10/2026 9:02 AM] Priya Shah
I'll send the revised budget by Friday.
[20/10/2026 10:15 AM] Tom Becker
We will have the contract signed by Thursday.
"""
TELEGRAM = """Priya Shah, [18.10.2026 09:04]
I'll send the revised budget by Friday.
Tom Becker, [20.10.2026 10:15]
We will have the contract signed by Thursday.
"""
DISCORD = """Priya Shah — 18/10/2026 9:02 AM
I'll send the revised budget by Friday.
Tom Becker — 20/10/2026 10:15 AM
We will have the contract signed by Thursday.
"""


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "deadlines"),
    [
        (SLACK, [D(2026, 10, 23), D(2026, 10, 23), D(2027, 12, 31)]),
        (TEAMS, [D(2026, 10, 23), D(2026, 10, 22)]),
        (TELEGRAM, [D(2026, 10, 23), D(2026, 10, 22)]),
        (DISCORD, [D(2026, 10, 23), D(2026, 10, 22)]),
    ],
)
def test_a_chat_messages_horizon_counts_from_its_own_day(text, deadlines):
    plan = import_plan(
        data=text.encode(),
        file_name="chat.txt",
        options=ImportOptions(source=SourceChoice(title="Chat", published_on=D(2026, 10, 12))),
    )
    dated = [c for c in plan.candidates if c.deadline]
    assert [c.deadline for c in dated] == deadlines
    assert len(plan.sources) == 1
    for candidate in dated:
        remarked = "counted from the message of" in candidate.statement.note
        assert remarked is (candidate.horizon != "in 2027")  # "in 2027": the same either way
        assert candidate.kind in (ClaimKind.PREDICTION, ClaimKind.COMMITMENT)


@pytest.mark.django_db
def test_a_chat_sent_on_its_sources_day_has_no_remark():
    plan = import_plan(
        data=TEAMS.encode(),
        file_name="chat.txt",
        options=ImportOptions(source=SourceChoice(title="Chat", published_on=D(2026, 10, 18))),
    )
    first = next(c for c in plan.candidates if c.deadline)
    assert first.deadline == D(2026, 10, 23)
    assert "counted from the message" not in first.statement.note


@pytest.mark.parametrize(
    ("line", "last", "day"),
    [
        ("Tuesday, October 20th, 2026", None, D(2026, 10, 20)),
        ("--- 20 October 2026 ---", None, D(2026, 10, 20)),
        ("── Tuesday 20 October ──", D(2026, 10, 18), D(2026, 10, 20)),
        ("2026-10-20", None, D(2026, 10, 20)),
        ("Friday 2 January", D(2026, 12, 30), D(2027, 1, 2)),
        # Near-misses: no year given nor known, words besides the day, a day that is none.
        ("Tuesday 20 October", None, None),
        ("The vote is on 20 October 2026", None, None),
        ("20 October 2026: the council will vote", None, None),
        ("--- 31 February 2027 ---", None, None),
        ("Priya Shah  9:02 AM", None, None),
    ],
)
def test_a_chats_day_divider(line, last, day):
    assert day_heading(line, last) == day


DAYS = """[9:02 AM] Priya Shah: I'll send the revised budget by Friday.
[9:04 AM] Tom Becker: ok thanks
--- Saturday 24 October 2026 ---
[10:15 AM] Priya Shah: The board will sign it off by Friday.
[10:16 AM] Tom Becker: We will open the depot in 2027.
"""


@pytest.mark.django_db
def test_messages_below_a_day_divider_count_from_its_day():
    plan = import_plan(
        data=DAYS.encode(),
        file_name="chat.txt",
        options=ImportOptions(source=SourceChoice(title="Chat", published_on=SUNDAY)),
    )
    got = {c.statement.line: c.deadline for c in plan.candidates}
    # Before the divider: the source's day (Sunday 18 October); below it, its own.
    assert got == {1: D(2026, 10, 23), 4: D(2026, 10, 30), 5: D(2027, 12, 31)}
    assert len(plan.sources) == 1
    notes = {c.statement.line: c.statement.note for c in plan.candidates}
    assert "counted from the message of 24 October 2026" in notes[4]
    assert "counted from the message" not in notes[1] + notes[5]
