"""A weekday and "week" after it ("by Friday week") is the weekday after the coming one, as
British speakers set it."""

import datetime

import pytest

from claims.horizons import HorizonKind, parse_horizon

THURSDAY = datetime.date(2026, 2, 19)


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("I'll get you a written answer by Friday week.", datetime.date(2026, 2, 27)),
        ("We'll publish it by Monday week.", datetime.date(2026, 3, 2)),
        ("by Friday", datetime.date(2026, 2, 20)),
        # "week" that is no part of the day: the coming Friday.
        ("by Friday week of the summit", datetime.date(2026, 2, 20)),
    ],
)
def test_a_weekday_week(text, deadline):
    reading = parse_horizon(text, said_on=THURSDAY)
    assert reading.kind == HorizonKind.DATED
    assert reading.deadline == deadline
