"""The 0022 migration re-derives deadlines stored under the earlier rules: a named day of the
year, "tomorrow" in a forecast, and a month named as an event's time."""

import datetime

import pytest

from claims.choices import DeadlineSource
from tests.claims.rederivation import rederived, stored_prediction

pytestmark = pytest.mark.django_db

MIGRATION = "claims.migrations.0022_rederive_deadlines_for_named_days_and_month_events"


@pytest.mark.parametrize(
    ("quote", "deadline"),
    [
        # Said in a month, not on a day: a day is dated to its month's end, as "by Christmas".
        ("He'll definitely miss Boxing Day.", datetime.date(2022, 12, 31)),
        ("We will be in the top six at Christmas.", datetime.date(2022, 12, 31)),
        ("I'd still put a December cut at 60/40.", datetime.date(2022, 12, 31)),
    ],
)
def test_the_migration_dates_what_had_no_deadline(quote, deadline):
    claim = stored_prediction(
        quote,
        deadline=None,
        deadline_precision="",
        deadline_source=DeadlineSource.NONE,
        needs_deadline=True,
        horizon="",
    )

    claim = rederived(MIGRATION, claim)
    assert claim.deadline == deadline
