"""A date known only to the month or year is stored as the period's first day, on every
write path: the service, the admin, the API, the importer, and the rows stored before."""

import datetime
import importlib
import io

import pytest
from django.apps import apps
from django.core.management import call_command
from django.urls import reverse

from claims import services
from claims.models import Claim, Source, period_start
from tests.api.conftest import token_client
from tests.claims.test_history import _form_data
from tests.factories import ClaimFactory, SourceFactory, SpeakerFactory

pytestmark = pytest.mark.django_db

# (given, precision, stored, why)
PERIOD_STARTS = [
    (datetime.date(2023, 3, 15), "month", datetime.date(2023, 3, 1), "mid-month, month known"),
    (datetime.date(2023, 3, 31), "month", datetime.date(2023, 3, 1), "last day of the month"),
    (datetime.date(2024, 2, 29), "month", datetime.date(2024, 2, 1), "leap day"),
    (datetime.date(2022, 10, 1), "month", datetime.date(2022, 10, 1), "already the first"),
    (datetime.date(2021, 7, 4), "year", datetime.date(2021, 1, 1), "only the year is known"),
    (datetime.date(2021, 12, 31), "year", datetime.date(2021, 1, 1), "new year's eve"),
    (datetime.date(2023, 3, 15), "day", datetime.date(2023, 3, 15), "the day is known"),
]


@pytest.mark.parametrize(("given", "precision", "stored", "why"), PERIOD_STARTS)
def test_period_start_table(given, precision, stored, why):
    assert period_start(given, precision) == stored, why


@pytest.mark.parametrize(("given", "precision", "stored", "why"), PERIOD_STARTS)
def test_the_service_stores_the_period_start_on_create_and_update(given, precision, stored, why):
    # a source known to the year: every given date is said within it
    source = SourceFactory(published_on=datetime.date(given.year, 1, 1), published_precision="year")
    claim = services.claim_create(
        speaker=SpeakerFactory(),
        source=source,
        quote="Fusion power on the grid by 2040.",
        statement="Fusion power is on the grid by 2040.",
        said_on=given,
        said_on_precision=precision,
    )
    assert claim.said_on == stored, why
    assert Claim.objects.get(pk=claim.pk).said_on == stored
    other = ClaimFactory(
        source=source,
        said_on=datetime.date(given.year, 1, 1),
        said_on_precision="year",
        horizon="",
        deadline=None,
    )
    updated = services.claim_update(
        claim=other,
        expected_version=other.version,
        changes={"said_on": given, "said_on_precision": precision},
    )
    assert updated.said_on == stored, why


def test_the_api_stores_the_period_start(curator):
    curator_api = token_client(curator)
    body = {
        "speaker": SpeakerFactory(slug="ada").slug,
        "source": SourceFactory(published_on=datetime.date(2023, 3, 1)).pk,
        "quote": "Fusion power on the grid by 2040.",
        "statement": "Fusion power is on the grid by 2040.",
        "said_on": "2023-03-15",
        "said_on_precision": "month",
    }
    response = curator_api.post("/api/v1/claims/", body, format="json")
    assert response.status_code == 201, response.content
    assert response.json()["said_on"] == "2023-03-01"
    assert Claim.objects.get().said_on == datetime.date(2023, 3, 1)


def test_the_admin_stores_the_period_start_for_claims_and_sources(admin_client):
    speaker = SpeakerFactory()
    source = SourceFactory(published_on=datetime.date(2023, 1, 1), published_precision="year")
    add = reverse("admin:claims_claim_add")
    data = _form_data(admin_client.get(add))
    data.update(
        speaker=speaker.pk,
        source=source.pk,
        kind="prediction",
        quote="Fusion power on the grid by 2040.",
        statement="Fusion power is on the grid by 2040.",
        said_on="2023-03-15",
        said_on_precision="year",
        review_state="published",
    )
    assert admin_client.post(add, data).status_code == 302
    assert Claim.objects.get().said_on == datetime.date(2023, 1, 1)

    add = reverse("admin:claims_source_add")
    data = _form_data(admin_client.get(add))
    data.update(
        kind="podcast",
        title="The Long Game, episode 12",
        published_on="2024-02-17",
        published_precision="month",
    )
    assert admin_client.post(add, data).status_code == 302
    created = Source.objects.get(title="The Long Game, episode 12")
    assert created.published_on == datetime.date(2024, 2, 1)
    assert created.history.get().history_change_reason == "created"


def test_the_importer_stores_the_period_start(tmp_path):
    notes = tmp_path / "notes.md"
    notes.write_text("Ada Quist: Fusion power will be on the grid by 2040.\n", encoding="utf-8")
    call_command(
        "import_notes",
        str(notes),
        "--source-title",
        "Energy Outlook",
        "--published-on",
        "2023-03-15",
        "--precision",
        "month",
        stdout=io.StringIO(),
    )
    source = Source.objects.get()
    assert (source.published_on, source.published_precision) == (
        datetime.date(2023, 3, 1),
        "month",
    )
    assert set(Claim.objects.values_list("said_on", flat=True)) == {datetime.date(2023, 3, 1)}


def test_the_migration_brings_stored_rows_in_line():
    claim = ClaimFactory(said_on=datetime.date(2023, 3, 1), said_on_precision="month")
    source = SourceFactory(published_on=datetime.date(2021, 1, 1), published_precision="year")
    day = ClaimFactory(said_on=datetime.date(2023, 3, 15), said_on_precision="day")
    # Rows as earlier versions stored them, bypassing every write path.
    Claim.objects.filter(pk=claim.pk).update(said_on=datetime.date(2023, 3, 15))
    Source.objects.filter(pk=source.pk).update(published_on=datetime.date(2021, 7, 4))
    migration = importlib.import_module("claims.migrations.0005_partial_dates_as_period_start")
    migration.forwards(apps, None)
    assert Claim.objects.get(pk=claim.pk).said_on == datetime.date(2023, 3, 1)
    assert Source.objects.get(pk=source.pk).published_on == datetime.date(2021, 1, 1)
    assert Claim.objects.get(pk=day.pk).said_on == datetime.date(2023, 3, 15)
