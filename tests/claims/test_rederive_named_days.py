"""The 0022 migration re-derives deadlines stored under the earlier rules: a named day of the
year, "tomorrow" in a forecast, and a month named as an event's time."""

import datetime
import importlib

import pytest
from django.apps import apps as django_apps

from claims import services
from claims.choices import DeadlineSource
from claims.models import Claim
from tests.factories import SourceFactory, SpeakerFactory

pytestmark = pytest.mark.django_db

MIGRATION = "claims.migrations.0022_rederive_deadlines_for_named_days_and_month_events"
SAID = datetime.date(2022, 10, 1)  # October 2022, the factory source's month


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
        deadline=None,
        deadline_precision="",
        deadline_source=DeadlineSource.NONE,
        needs_deadline=True,
        horizon="",
    )

    importlib.import_module(MIGRATION).rederive_deadlines(django_apps, None)

    claim.refresh_from_db()
    assert claim.deadline == deadline
