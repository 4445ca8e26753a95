"""The 0019 migration re-derives deadlines stored under the earlier rules: a fiscal calendar's
declaration, an event's date in a free relative, a meeting named by its month, a forecast's
date already past when said."""

import datetime

import pytest

from claims.choices import DeadlineSource
from tests.claims.rederivation import rederived, stored_prediction

pytestmark = pytest.mark.django_db

MIGRATION = "claims.migrations.0019_rederive_deadlines_for_calendars_events_and_elections"


@pytest.mark.parametrize(
    ("quote", "stale", "deadline", "needs_deadline"),
    [
        # What the earlier rules stored, and what the migration leaves.
        ("Our fiscal year ends in June, we will stress.", datetime.date(2023, 6, 30), None, False),
        (
            "The reforms will survive whoever wins in 2027.",
            datetime.date(2027, 12, 31),
            None,
            True,
        ),
        (
            "The ECB will hold rates at its December meeting.",
            None,
            datetime.date(2022, 12, 31),
            False,
        ),
    ],
)
def test_the_migration_rederives_stored_deadlines(quote, stale, deadline, needs_deadline):
    source = DeadlineSource.DERIVED if stale else DeadlineSource.NONE
    claim = stored_prediction(
        quote,
        deadline=stale,
        deadline_precision="month" if stale else "",
        deadline_source=source,
        needs_deadline=False,
        horizon="",
    )

    claim = rederived(MIGRATION, claim)
    assert (claim.deadline, claim.needs_deadline) == (deadline, needs_deadline)
    assert claim.version == 2
    entry = claim.history.order_by("-history_id").first()
    assert entry.history_change_reason == "deadline re-derived"
