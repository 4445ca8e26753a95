"""The 0020 migration re-derives deadlines stored under the earlier rules: a forecast
denied before a date, a forecast retold from the past, a year that names a noun."""

import datetime

import pytest

from claims.choices import DeadlineSource
from tests.claims.rederivation import rederived, stored_prediction

pytestmark = pytest.mark.django_db

MIGRATION = "claims.migrations.0020_rederive_deadlines_for_bounds_retellings_and_noun_years"


@pytest.mark.parametrize(
    ("quote", "stale", "deadline", "needs_deadline"),
    [
        # What the earlier rules stored, and what the migration leaves.
        (
            "I don't think fusion power reaches the grid before 2030.",
            datetime.date(2029, 12, 31),
            None,
            True,
        ),
        (
            "In 2021 she said we'd have self-driving cars by 2024.",
            datetime.date(2024, 12, 31),
            None,
            False,
        ),
        (
            "Energy forecasts for 2027 will be cut by the end of 2026.",
            datetime.date(2027, 12, 31),
            datetime.date(2026, 12, 31),
            False,
        ),
    ],
)
def test_the_migration_rederives_stored_deadlines(quote, stale, deadline, needs_deadline):
    claim = stored_prediction(
        quote,
        deadline=stale,
        deadline_precision="year",
        deadline_source=DeadlineSource.DERIVED,
        needs_deadline=False,
        horizon="",
    )

    claim = rederived(MIGRATION, claim)
    assert (claim.deadline, claim.needs_deadline) == (deadline, needs_deadline)
    assert claim.version == 2
    entry = claim.history.order_by("-history_id").first()
    assert entry.history_change_reason == "deadline re-derived"


def test_a_deadline_set_by_a_curator_is_kept():
    quote = "I don't think fusion power reaches the grid before 2030."
    claim = stored_prediction(
        quote,
        deadline=datetime.date(2035, 12, 31),
        deadline_precision="year",
        deadline_source=DeadlineSource.CURATOR,
        needs_deadline=False,
    )

    claim = rederived(MIGRATION, claim)
    assert claim.deadline == datetime.date(2035, 12, 31)
    assert claim.version == 1
