"""The history a curator reads: one entry per save, labelled columns, no literal None."""

import datetime
import re

import pytest
from django.urls import reverse

from claims import services
from claims.models import Claim
from tests.factories import ClaimFactory, SourceFactory, SpeakerFactory, TopicFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def claim(admin_user):
    energy, space = TopicFactory(name="Energy"), TopicFactory(name="Space")
    created = services.claim_create(
        speaker=SpeakerFactory(),
        source=SourceFactory(published_on=datetime.date(2024, 3, 14), published_precision="day"),
        quote="Fusion power on the grid by 2040.",
        statement="Fusion power is on the grid by 2040.",
        said_on=datetime.date(2024, 3, 14),
        topics=[energy],
    )
    services.claim_update(
        claim=created,
        expected_version=1,
        changes={"locator": "00:12:10", "confidence": 0.7},
        topics=[energy, space],
        actor=admin_user,
    )
    return created


def test_creating_or_editing_a_claim_with_its_topics_is_one_entry_each(claim):
    entries = list(claim.history.order_by("history_date", "history_id"))
    assert [entry.history_type for entry in entries] == ["+", "~"]
    assert [sorted(entry.topics.values_list("topic__name", flat=True)) for entry in entries] == [
        ["Energy"],
        ["Energy", "Space"],
    ]


def test_the_history_page_reads_as_a_curator_writes(admin_client, claim):
    page = admin_client.get(reverse("admin:claims_claim_history", args=[claim.pk]))
    text = page.content.decode()
    assert page.status_code == 200
    assert '<th scope="col">Through</th>' in text
    assert '<th scope="col">Review state</th>' in text
    assert "history_path" not in text
    assert "None" not in text
    assert "[]" not in text
    assert "Energy, Space" in text
    assert re.search(r"Locator:</strong>\s*—", text), "an empty old value is a dash"
    assert "made by a command, an import or the system" in text


@pytest.mark.parametrize(
    ("field", "make"),
    [
        ("assigned_curator", lambda claim: UserFactory(username="kept", is_staff=True)),
        ("duplicate_of", lambda claim: ClaimFactory()),
    ],
)
def test_an_empty_foreign_key_reads_as_a_dash_and_a_deleted_row_by_its_key(
    admin_client, claim, field, make
):
    related = make(claim)
    claim.refresh_from_db()
    services.claim_update(claim=claim, expected_version=claim.version, changes={field: related})
    claim.refresh_from_db()
    services.claim_update(claim=claim, expected_version=claim.version, changes={field: None})
    label = Claim._meta.get_field(field).verbose_name
    deleted_pk = related.pk
    # the related row goes away; the history still holds its key
    Claim.objects.filter(pk=claim.pk).update(duplicate_of=None, assigned_curator=None)
    related.delete()
    text = admin_client.get(reverse("admin:claims_claim_history", args=[claim.pk])).text
    assert "pk=None" not in text
    assert "Deleted" not in text
    name = re.escape(str(label)[:1].upper() + str(label)[1:])
    related_name = Claim._meta.get_field(field).related_model._meta.verbose_name
    assert re.search(
        rf"{name}:</strong>\s*—\s*&nbsp;&rarr;&nbsp;&nbsp;deleted {related_name} #{deleted_pk}",
        text,
    ), text
