"""The migration for periods named without their year, targets named by their year and dates
said inside a condition: stored claims get the deadline the rules now give, with history; a
curator's deadline stays."""

import datetime
import importlib

import pytest
from django.apps import apps as django_apps

from claims import services
from claims.choices import DeadlineSource
from claims.models import Claim
from tests.factories import SourceFactory, SpeakerFactory

pytestmark = pytest.mark.django_db
MIGRATION = "claims.migrations.0016_rederive_deadlines_for_yearless_periods_targets_and_conditions"


def _claim(quote: str, **extra) -> Claim:
    return services.claim_create(
        speaker=SpeakerFactory(),
        source=SourceFactory(),
        quote=quote,
        statement=quote,
        said_on=datetime.date(2022, 10, 1),
        said_on_precision="month",
        **extra,
    )


def _stored(claim: Claim, deadline: datetime.date | None) -> None:
    """Stored as the rules before gave it."""
    Claim.objects.filter(pk=claim.pk).update(
        deadline=deadline,
        deadline_precision="year" if deadline else "",
        deadline_source=DeadlineSource.DERIVED if deadline else DeadlineSource.NONE,
        needs_deadline=deadline is None,
        deadline_rule="as read before",
    )


@pytest.mark.parametrize(
    ("quote", "before", "after"),
    [
        ("Germany will miss its 2030 renewables target.", None, datetime.date(2030, 12, 31)),
        ("We expect margins to improve in the fourth quarter.", None, datetime.date(2022, 12, 31)),
        (
            "If rates stay high through 2026, housing starts will drop.",
            datetime.date(2026, 12, 31),
            None,
        ),
        ("Fusion has been 30 years away for 60 years.", datetime.date(2052, 10, 31), None),
        (
            "The 10-year ends the year around 4.25%, give or take.",
            None,
            datetime.date(2022, 12, 31),
        ),
    ],
)
def test_the_migration_gives_stored_claims_the_deadline_read_now(quote, before, after):
    claim = _claim(quote)
    _stored(claim, before)

    importlib.import_module(MIGRATION).rederive_deadlines(django_apps, None)

    claim.refresh_from_db()
    assert (claim.deadline, claim.version) == (after, 2)
    entry = claim.history.order_by("-history_id").first()
    assert (entry.history_path, entry.history_change_reason) == ("migration", "deadline re-derived")


def test_the_migration_leaves_a_curators_deadline_alone():
    claim = _claim(
        "If rates stay high through 2026, housing starts will drop.",
        deadline=datetime.date(2027, 6, 30),
    )

    importlib.import_module(MIGRATION).rederive_deadlines(django_apps, None)

    claim.refresh_from_db()
    assert (claim.deadline, claim.deadline_source, claim.version) == (
        datetime.date(2027, 6, 30),
        DeadlineSource.CURATOR,
        1,
    )
