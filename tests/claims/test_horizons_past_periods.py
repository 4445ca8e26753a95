"""The current period told in the past ("came down 8% this year") is no deadline; said of
the future, or with "by", it is."""

import datetime

import pytest

from claims.horizons import HorizonKind, parse_horizon

SAID = datetime.date(2025, 11, 5)


@pytest.mark.parametrize(
    "text",
    [
        "Turbine prices came down about 8% this year.",
        "Reinsurance rates went up 30% this year already.",
        "We delivered record revenue this quarter.",
        "Mortgage approvals fell sharply this month.",
        # The present perfect with "'s": before "been", "'s" is "has".
        "It's been late every single day this week.",
        "It’s been late every single day this week.",
        "She's been on site every morning this month.",
        "The 73 bus's been cancelled twice this week.",
        "It's already been a record quarter.",
    ],
)
def test_the_current_period_told_in_the_past_is_no_horizon(text):
    assert parse_horizon(text, said_on=SAID).kind is HorizonKind.NONE


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("Prices will come down this year.", datetime.date(2025, 12, 31)),
        ("We expect record revenue this quarter.", datetime.date(2025, 12, 31)),
        ("By the end of this year we had sold out.", datetime.date(2025, 12, 31)),
        # "'s" before anything but "been" may be "is": no look back.
        ("It's due this week.", datetime.date(2025, 11, 9)),
        ("It's been said it will ship this week.", datetime.date(2025, 11, 9)),
    ],
)
def test_the_current_period_of_the_future_is_a_horizon(text, deadline):
    assert parse_horizon(text, said_on=SAID).deadline == deadline


@pytest.mark.parametrize(
    "text",
    [
        "Permitting in Latvia should take one year, not four.",
        "The review ought to take six months.",
        "A grid connection shouldn't take more than two years.",
    ],
)
def test_how_long_something_ought_to_take_is_no_deadline(text):
    assert parse_horizon(text, said_on=SAID).deadline is None


def test_how_long_something_will_take_is_a_deadline():
    found = parse_horizon("The review will take six months.", said_on=SAID)
    assert found.deadline == datetime.date(2026, 5, 5)
