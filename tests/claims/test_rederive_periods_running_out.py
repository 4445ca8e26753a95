"""The 0021 migration re-derives deadlines stored under the earlier rules: a period said to
run out after "before", and a time told in the present perfect."""

import datetime
import importlib

import pytest
from django.apps import apps as django_apps

from claims import services
from claims.choices import DeadlineSource
from claims.models import Claim
from tests.factories import SourceFactory, SpeakerFactory

pytestmark = pytest.mark.django_db

MIGRATION = "claims.migrations.0021_rederive_deadlines_for_periods_running_out_and_perfects"
SAID = datetime.date(2022, 10, 1)  # October 2022, the factory source's month


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
    claim = services.claim_create(
        speaker=SpeakerFactory(),
        source=SourceFactory(),
        quote=quote,
        statement=quote,
        said_on=SAID,
        said_on_precision="month",
        kind="prediction",
    )
    Claim.objects.filter(pk=claim.pk).update(
        deadline=stale,
        deadline_precision="year",
        deadline_source=DeadlineSource.DERIVED,
        needs_deadline=False,
        horizon="",
    )

    importlib.import_module(MIGRATION).rederive_deadlines(django_apps, None)

    claim.refresh_from_db()
    assert claim.deadline == deadline
    assert claim.version == 2
    entry = claim.history.order_by("-history_id").first()
    assert entry.history_change_reason == "deadline re-derived"
