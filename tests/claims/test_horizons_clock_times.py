"""A time of day as a deadline ("by 9:00", "before 5 pm", "by noon"): due the day it was
said, the one horizon that may end on its said-on day; a figure, a ratio or the past is none."""

import datetime

import pytest

from claims.choices import DatePrecision
from claims.horizons import parse_horizon
from claims.horizons.clock_times import clock_phrase

SAID = datetime.date(2026, 3, 3)


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("We will post an updated notice by 9:00 either way.", SAID),
        ("The crew should be on site by 7:30.", SAID),
        ("I'll send the figures before 5 pm.", SAID),
        ("I'll send the figures before 5pm.", SAID),
        ("Pressure will be back by 10:30 a.m.", SAID),
        ("The valve will be shut by noon.", SAID),
        ("We'll have the main isolated no later than 14:00.", SAID),
        # Near misses: a figure, a ratio, the past, another horizon after "by".
        ("Sales will be up by 9.5% next year.", datetime.date(2027, 12, 31)),
        ("Turnout will be up by 10 percent.", None),
        ("The odds moved by 3:1.", None),
        ("The crew was on site by 7:30.", None),
        ("The crew will be on site by Friday.", datetime.date(2026, 3, 6)),
    ],
)
def test_a_time_of_day_is_due_the_day_it_was_said(text, deadline):
    assert parse_horizon(text, said_on=SAID).deadline == deadline


def test_a_time_of_day_dates_nothing_when_the_day_said_is_not_known():
    found = parse_horizon("We will post it by 9:00.", said_on=SAID, precision=DatePrecision.MONTH)
    assert found.deadline is None


@pytest.mark.parametrize(
    ("phrase", "is_clock"),
    [
        ("by 9:00", True),
        ("before 5 pm.", True),
        ("by noon", True),
        ("by Friday", False),
        ("", False),
    ],
)
def test_a_clock_phrase(phrase, is_clock):
    assert clock_phrase(phrase) == is_clock
