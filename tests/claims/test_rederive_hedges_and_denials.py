"""The migration for a speaker's hedge, a fronted negation and a denied date: stored claims
get the deadline the rules now give, with history; a curator's deadline stays."""

import datetime
import importlib

import pytest
from django.apps import apps as django_apps

from claims import services
from claims.choices import DeadlineSource
from claims.models import Claim
from tests.factories import SourceFactory, SpeakerFactory

pytestmark = pytest.mark.django_db
MIGRATION = "claims.migrations.0014_rederive_deadlines_for_hedges_and_denials"


def _claim(quote: str) -> Claim:
    return services.claim_create(
        speaker=SpeakerFactory(),
        source=SourceFactory(),
        quote=quote,
        statement=quote,
        said_on=datetime.date(2022, 10, 1),
        said_on_precision="month",
    )


def _stored_vague(claim: Claim) -> None:
    """Stored as the rules before gave it: no deadline, a curator asked for one."""
    Claim.objects.filter(pk=claim.pk).update(
        deadline=None,
        deadline_precision="",
        deadline_source=DeadlineSource.NONE,
        needs_deadline=True,
        deadline_rule="'Maybe by 2027' is approximate (about end of 2027, 31 December 2027)",
    )


@pytest.mark.parametrize(
    ("quote", "deadline", "negated"),
    [
        ("Maybe by 2027 fusion is on the grid.", datetime.date(2027, 12, 31), False),
        # A date denied alone is a negated forecast ("Not before 2030 will it ship" is a lower
        # bound since: docs/horizons.md).
        ("Not in 2029.", datetime.date(2029, 12, 31), True),
    ],
)
def test_the_migration_dates_a_hedged_and_a_fronted_forecast(quote, deadline, negated):
    claim = _claim(quote)
    _stored_vague(claim)

    importlib.import_module(MIGRATION).rederive_deadlines(django_apps, None)

    claim.refresh_from_db()
    assert (claim.deadline, claim.needs_deadline, claim.version) == (deadline, False, 2)
    assert ("negated" in claim.deadline_rule) is negated


def test_the_migration_leaves_a_curators_deadline_alone():
    claim = _claim("Maybe by 2027 fusion is on the grid.")
    Claim.objects.filter(pk=claim.pk).update(
        deadline=datetime.date(2028, 6, 30),
        deadline_precision="month",
        deadline_source=DeadlineSource.CURATOR,
        needs_deadline=False,
    )

    importlib.import_module(MIGRATION).rederive_deadlines(django_apps, None)

    claim.refresh_from_db()
    assert (claim.deadline, claim.version) == (datetime.date(2028, 6, 30), 1)
