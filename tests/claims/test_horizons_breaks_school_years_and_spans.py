"""A break said by its season or holiday ("before the summer recess", "by the Christmas
break") is due on the latest day it can begin, with a remark asking for the day: never
"before the summer" (31 May), which would make a promise kept in July look broken. Easter is
Easter Sunday of the Western churches (dateutil's Gregorian computus). A break or a ballot
said by its month ("before the August recess", "on the November ballot") is that month's. A
school year ends by 31 August at the latest (asked). A span that goes on from now ("for
another twenty years", "for two more years") is dated as "for the next twenty years" is."""

import datetime

import pytest

from claims.horizons import HorizonKind, parse_horizon

FEB = datetime.date(2026, 2, 27)
D = datetime.date


@pytest.mark.parametrize(
    ("text", "deadline", "asked"),
    [
        # a season's break: the season's end, asked
        ("The Commission will present a proposal before the summer break.", D(2026, 8, 31), True),
        ("We will fix it before the summer recess.", D(2026, 8, 31), True),
        ("We will finish it before Parliament's summer recess.", D(2026, 8, 31), True),
        ("The report will be out ahead of the summer holidays.", D(2026, 8, 31), True),
        ("We will finish it before next year's summer recess.", D(2027, 8, 31), True),
        ("We will finish it by the summer recess 2027.", D(2027, 8, 31), True),
        ("The works will be done over the autumn break.", D(2026, 11, 30), True),
        # a holiday's break: the holiday, asked
        ("Congress will act before the Christmas recess.", D(2026, 12, 25), True),
        ("We'll have the figures by the Christmas break.", D(2026, 12, 25), True),
        ("The bill will pass before the Easter recess.", D(2026, 4, 5), True),
        # Easter itself: Easter Sunday (5 April 2026, 28 March 2027), before it the day before
        ("We will pass it by Easter.", D(2026, 4, 5), False),
        ("It will be built over Easter.", D(2026, 4, 5), False),
        ("We'll settle it before Easter 2027.", D(2027, 3, 27), False),
        ("The houseboats will be on the canal by Easter 2028.", D(2028, 4, 16), False),
        # a month's break, ballot or election: that month
        ("We will finish it before the August recess.", D(2026, 7, 31), False),
        (
            "I expect the measure on the November ballot to pass comfortably.",
            D(2026, 11, 30),
            False,
        ),
        ("The levy will pass at the May election.", D(2026, 5, 31), False),
    ],
)
def test_breaks_easter_and_month_ballots_are_dated(text, deadline, asked):
    reading = parse_horizon(text, said_on=FEB)
    assert reading.kind == HorizonKind.DATED, reading
    assert reading.deadline == deadline
    assert bool(reading.remark) == asked
    if asked:
        assert "give the day" in reading.remark


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The summer break was quiet.", HorizonKind.NONE),  # no time said
        ("We found an Easter egg in the build.", HorizonKind.NONE),
        ("Easter Island is remote.", HorizonKind.NONE),
        ("Before the summer recess we had passed three bills.", HorizonKind.NONE),  # the past
        ("Schools will reopen after the Easter holidays.", HorizonKind.VAGUE),  # a lower bound
        ("They will lose it after Easter.", HorizonKind.VAGUE),
    ],
)
def test_near_misses_are_no_deadline(text, kind):
    assert parse_horizon(text, said_on=FEB).kind == kind


def test_before_the_summer_alone_is_still_before_summer_begins():
    reading = parse_horizon("We will pass it before the summer.", said_on=FEB)
    assert reading.deadline == D(2026, 5, 31)


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("We will not close any school for the 2026-27 school year.", D(2027, 8, 31)),
        ("Enrolment will fall in the 2027/28 academic year.", D(2028, 8, 31)),
        ("Fees will be frozen for the next school year.", D(2027, 8, 31)),
        ("Fees will be frozen this school year.", D(2026, 8, 31)),
        ("Fees will be frozen for the current academic year.", D(2026, 8, 31)),
        ("We will publish the plan before the 2026-27 school year.", D(2026, 8, 31)),
        ("The new timetable comes in over the 2026 to 2027 school year.", D(2027, 8, 31)),
    ],
)
def test_school_years_end_by_the_end_of_august_asked(text, deadline):
    reading = parse_horizon(text, said_on=FEB)
    assert reading.kind == HorizonKind.DATED, reading
    assert reading.deadline == deadline
    assert "school year ends in June, July or August" in reading.remark


@pytest.mark.parametrize(
    "text",
    [
        "In the 2024-25 school year enrolment fell.",  # over when said
        "The 2026-28 school year plan will pass.",  # not one school year
        "The school year was long.",
    ],
)
def test_not_a_school_year_to_come(text):
    assert parse_horizon(text, said_on=FEB).kind != HorizonKind.DATED


@pytest.mark.parametrize(
    ("text", "deadline", "asked"),
    [
        (
            "Europe will be importing lithium from China for another twenty years.",
            D(2046, 2, 27),
            True,  # a round figure
        ),
        ("Prices will stay high for another two years.", D(2028, 2, 27), False),
        ("Prices will stay high for 2 more years.", D(2028, 2, 27), False),
        ("They will hold rates for three more months.", D(2026, 5, 27), False),
        ("The plant will run for a further year.", D(2027, 2, 27), False),
        ("We will be dependent on gas for another decade.", D(2036, 2, 27), True),
        ("I'll stay for another week.", D(2026, 3, 6), False),
    ],
)
def test_a_span_going_on_from_now_is_dated_at_its_end(text, deadline, asked):
    reading = parse_horizon(text, said_on=FEB)
    assert reading.kind == HorizonKind.DATED, reading
    assert reading.deadline == deadline
    assert bool(reading.remark) == asked


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("It won't be ready for another five years.", HorizonKind.VAGUE),  # a lower bound
        ("We waited for another two years.", HorizonKind.NONE),  # the past
        ("We have been waiting for another two years.", HorizonKind.NONE),
        ("Prices will stay high for 20 years.", HorizonKind.NONE),  # a duration, as before
    ],
)
def test_spans_negated_past_or_plain_durations(text, kind):
    assert parse_horizon(text, said_on=FEB).kind == kind
