"""A date moved later is when the thing is now due: "Android slips to August", "the vote
slipped to 2027", "postponed to next year" set the deadline as "by August" would. Notes,
mailing lists and meetings say a schedule so ("I'd bet 4.0 final slips to September")."""

import datetime

import pytest

from claims.horizons import HorizonKind, parse_horizon

SAID_ON = datetime.date(2026, 4, 14)


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("Android realistically slips to August.", datetime.date(2026, 8, 31)),
        ("He thinks it slips into August.", datetime.date(2026, 8, 31)),
        ("The launch slips into the third quarter.", datetime.date(2026, 9, 30)),
        ("I'd bet 4.0 final slips to September.", datetime.date(2026, 9, 30)),
        ("The vote slipped to 2027.", datetime.date(2027, 12, 31)),
        ("The launch will be postponed to next year.", datetime.date(2027, 12, 31)),
        ("The opening was delayed to March 2027.", datetime.date(2027, 3, 31)),
        ("The audit will be pushed to November.", datetime.date(2026, 11, 30)),
    ],
)
def test_a_date_moved_later_is_the_deadline(text, deadline):
    reading = parse_horizon(text, said_on=SAID_ON)
    assert (reading.kind, reading.deadline) == (HorizonKind.DATED, deadline)


@pytest.mark.parametrize(
    "text",
    [
        "The release slipped to March 2025.",  # moved to a date gone by: no deadline
        "The audit slipped to November.",  # told of the past, its year unsaid: not guessed
        "We moved to Berlin in 2024.",  # a move, no date moved
        "We talked to March about it.",  # "to" and a name
        "We moved back to Oslo.",
    ],
)
def test_near_misses_of_a_date_moved_later(text):
    assert parse_horizon(text, said_on=SAID_ON).kind != HorizonKind.DATED
