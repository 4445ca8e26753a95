"""The 0021 migration re-derives deadlines stored under the earlier rules: a period said to
run out after "before", and a time told in the present perfect."""

import datetime

import pytest

from claims.choices import DeadlineSource
from tests.claims.rederivation import rederived, stored_prediction

pytestmark = pytest.mark.django_db

MIGRATION = "claims.migrations.0021_rederive_deadlines_for_periods_running_out_and_perfects"


@pytest.mark.parametrize(
    ("quote", "stale", "deadline"),
    [
        # What the earlier rules stored, and what the migration leaves.
        (
            "We will ship the arm before 2024 is out.",
            datetime.date(2023, 12, 31),
            datetime.date(2024, 12, 31),
        ),
        (
            "The new trains are the best thing this city has done in a decade.",
            datetime.date(2032, 10, 31),
            None,
        ),
    ],
)
def test_the_migration_rederives_stored_deadlines(quote, stale, deadline):
    claim = stored_prediction(
        quote,
        deadline=stale,
        deadline_precision="year",
        deadline_source=DeadlineSource.DERIVED,
        needs_deadline=False,
        horizon="",
    )

    claim = rederived(MIGRATION, claim)
    assert claim.deadline == deadline
    assert claim.version == 2
    entry = claim.history.order_by("-history_id").first()
    assert entry.history_change_reason == "deadline re-derived"
