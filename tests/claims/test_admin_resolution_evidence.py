"""A resolution's evidence cannot be added, changed or deleted on the resolution's
admin page: it changes only by resolving, revising or reopening the claim."""

import pytest
from django.urls import reverse

from claims import services
from claims.models import Evidence, Resolution
from tests.claims.test_history import _form_data
from tests.factories import EVIDENCE_SEEN, ClaimFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def resolution():
    claim = ClaimFactory()
    services.claim_resolve(claim=claim, verdict="true", rationale="Yes.", evidence=EVIDENCE_SEEN)
    return Resolution.objects.get(claim=claim)


def test_the_page_offers_no_delete_box_and_no_add_row(admin_client, resolution):
    url = reverse("admin:claims_resolution_change", args=[resolution.pk])
    response = admin_client.get(url)
    assert response.status_code == 200
    assert "evidence-0-DELETE" not in response.text
    assert "add-row" not in response.text
    assert 'name="evidence-__prefix__-url"' not in response.text


@pytest.mark.parametrize(
    "change",
    [
        {"evidence-0-DELETE": "on"},
        {"evidence-0-url": "https://example.org/changed"},
        {
            "evidence-TOTAL_FORMS": "2",
            "evidence-1-url": "https://example.org/added",
            "evidence-1-observed_on": "2026-01-05",
        },
    ],
    ids=["delete", "change", "add"],
)
def test_a_post_leaves_the_evidence_as_it_was(admin_client, resolution, change):
    before = list(Evidence.objects.filter(resolution=resolution).values())
    url = reverse("admin:claims_resolution_change", args=[resolution.pk])
    data = _form_data(admin_client.get(url))
    data.update({f"evidence-0-{k}": v for k, v in {"id": before[0]["id"]}.items()})
    data.update(change)
    data.setdefault("evidence-INITIAL_FORMS", "1")
    data.setdefault("evidence-TOTAL_FORMS", "1")
    admin_client.post(url, data)
    assert list(Evidence.objects.filter(resolution=resolution).values()) == before
