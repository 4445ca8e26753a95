"""A break said by its season or holiday ("before the summer recess", "by the Christmas
break") is due on the latest day it can begin, with a remark asking for the day: never
"before the summer" (31 May), which would make a promise kept in July look broken. Easter is
Easter Sunday of the Western churches (dateutil's Gregorian computus). A break or a ballot
said by its month ("before the August recess", "on the November ballot") is that month's."""

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
        ("I expect the measure on the November ballot to pass comfortably.", D(2026, 11, 30), False),
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
