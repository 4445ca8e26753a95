""" "No later than Monday" sets the day as "by Monday" does: the day itself, said of a weekday
or of tomorrow, as it already was of a month ("no later than March 2026"). Emails and
letters set their promises so ("I'll send you the rate study as soon as it's posted, no
later than Monday.")."""

import datetime

import pytest

from claims.horizons import HorizonKind, parse_horizon

THURSDAY = datetime.date(2026, 1, 22)


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        (
            "I'll send you the full rate study as soon as it's posted, no later than Monday.",
            datetime.date(2026, 1, 26),
        ),
        ("I'll send it no later than Friday.", datetime.date(2026, 1, 23)),
        ("I'll send it by no later than Friday.", datetime.date(2026, 1, 23)),
        ("The board will reply not later than Tuesday.", datetime.date(2026, 1, 27)),
        ("You'll have it no later than tomorrow.", datetime.date(2026, 1, 23)),
        ("We will file it no later than Thursday.", datetime.date(2026, 1, 29)),  # a week on
        ("We will publish it no later than March 2026.", datetime.date(2026, 3, 31)),
        ("I'll send it by Monday.", datetime.date(2026, 1, 26)),
    ],
)
def test_no_later_than_a_day_is_that_day(text, deadline):
    reading = parse_horizon(text, said_on=THURSDAY)
    assert reading.kind == HorizonKind.DATED
    assert reading.deadline == deadline


@pytest.mark.parametrize(
    "text",
    [
        "It arrived no later than Monday.",  # told of the past: no deadline
        "No Monday meeting will be held.",
        "Not Monday, I think.",
    ],
)
def test_no_later_than_told_of_the_past_or_no_day_is_no_deadline(text):
    assert parse_horizon(text, said_on=THURSDAY).kind != HorizonKind.DATED
