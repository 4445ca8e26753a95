"""The admin's index is a dashboard of what needs the signed-in curator today."""

import datetime
import re

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from claims import services
from tests.factories import EVIDENCE_SEEN, ClaimFactory, CuratorFactory
from tracker.dashboard import curator_dashboard
from tracker.models import Delivery, DeliveryState

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 11, 26)
PAST = datetime.date(2026, 10, 1)


@pytest.fixture(autouse=True)
def _today():
    with time_machine.travel(datetime.datetime(2026, 11, 26, 9, tzinfo=datetime.UTC)):
        yield


def _record(curator, others: int = 1) -> None:
    """Claims in every state a dashboard line counts, and some it must not count."""
    for _ in range(others):
        ClaimFactory(deadline=PAST, assigned_curator=curator)
        ClaimFactory(deadline=PAST)
        ClaimFactory(deadline=None, horizon="soon", needs_deadline=True)
        ClaimFactory(review_state="draft", deadline=PAST)
        ClaimFactory(review_state="rejected", deadline=PAST, assigned_curator=curator)
        ClaimFactory(deadline=datetime.date(2030, 1, 1), assigned_curator=curator)
        resolved = ClaimFactory(deadline=PAST)
        services.claim_resolve(
            evidence=EVIDENCE_SEEN,
            claim=resolved,
            verdict="false",
            rationale="It did not.",
            actor=CuratorFactory(),
        )


def _counts(user) -> dict[str, int]:
    items = curator_dashboard(user=user, today=TODAY)["items"]
    return {item.label: item.count for item in items}


def test_each_line_counts_what_needs_the_curator(admin_user):
    _record(admin_user)
    Delivery.objects.create(recipient=admin_user, channel="email", mode="digest", state="dead")
    assert _counts(admin_user) == {
        "assigned to me and due": 1,
        "due, everyone's": 2,
        "need a deadline": 1,
        "drafts waiting for review": 1,
        "dead reminder deliveries": 1,
    }
    assert Delivery.objects.filter(state=DeliveryState.DEAD).count() == 1


def test_each_count_links_to_the_list_of_exactly_those_claims(admin_client, admin_user):
    _record(admin_user)
    for item in curator_dashboard(user=admin_user, today=TODAY)["items"]:
        page = admin_client.get(item.url)
        assert page.status_code == 200, item.url
        assert page.context["cl"].result_count == item.count, item.label


# Session and user, the dashboard's counts, the latest resolutions by others,
# the app list: the same whatever the size of the record.
DASHBOARD_QUERIES = 8


@pytest.mark.parametrize("size", [1, 8])
def test_the_dashboard_costs_the_same_queries_whatever_the_record(
    admin_client, admin_user, size, django_assert_num_queries
):
    _record(admin_user, others=size)
    admin_client.get(reverse("admin:index"))  # warm the session and content types
    with django_assert_num_queries(DASHBOARD_QUERIES):
        page = admin_client.get(reverse("admin:index"))
    assert page.status_code == 200
    _record(admin_user, others=size)
    with django_assert_num_queries(DASHBOARD_QUERIES):
        admin_client.get(reverse("admin:index"))


def test_the_index_shows_the_dashboard_and_the_latest_resolutions_by_others(
    admin_client, admin_user
):
    _record(admin_user)
    mine = ClaimFactory(deadline=PAST, statement="Resolved by me, not shown.")
    services.claim_resolve(
        evidence=EVIDENCE_SEEN, claim=mine, verdict="true", rationale="Yes.", actor=admin_user
    )
    text = admin_client.get(reverse("admin:index")).content.decode()
    assert "What needs you today" in text
    assert re.search(r'aria-label="1 assigned to me and due"', text)
    assert "Resolved lately by others" in text
    assert "<strong>false</strong>" in text
    assert "Resolved by me, not shown." not in text
    assert timezone.localdate() == TODAY


def test_a_curator_sees_only_the_lines_they_may_open(client):
    curator = CuratorFactory()
    client.force_login(curator)
    text = client.get(reverse("admin:index")).content.decode()
    assert "assigned to me and due" in text
    labels = _counts(curator)
    assert ("dead reminder deliveries" in labels) is curator.has_perm("tracker.view_delivery")


def test_claim_counts_in_the_speaker_and_source_lists_link_to_exactly_those_claims(
    admin_client, admin_user
):
    published = ClaimFactory(deadline=PAST)
    speaker, source = published.speaker, published.source
    ClaimFactory(speaker=speaker, source=source, review_state="rejected", deadline=PAST)
    ClaimFactory(speaker=speaker, source=source, review_state="draft")
    for name, expected in (("claims_speaker", 1), ("claims_source", 1)):
        page = admin_client.get(reverse(f"admin:{name}_changelist"))
        links = re.findall(
            r'<a href="(/admin/claims/claim/\?[^"]+)">(\d+)</a>', page.content.decode()
        )
        assert links, name
        for url, count in links:
            listed = admin_client.get(url.replace("&amp;", "&"))
            assert listed.status_code == 200, url
            assert listed.context["cl"].result_count == int(count), url
        assert int(links[0][1]) == expected
