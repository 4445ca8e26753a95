"""Deliveries in the admin: who, about which claims, what went wrong, re-sending one."""

import datetime

import pytest
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tests.factories import ClaimFactory, CuratorFactory
from tests.tracker.factories import opted_in_curator
from tracker.models import Delivery, DeliveryState, Reminder, ReminderState

pytestmark = pytest.mark.django_db
DELIVERIES = reverse("admin:tracker_delivery_changelist")


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client


def _delivery(claims: int, state: str = DeliveryState.DEAD, **fields) -> Delivery:
    """A digest about ``claims`` claims, as the sweep and a failed send leave it."""
    recipient = opted_in_curator()
    delivery = Delivery.objects.create(
        recipient=recipient, channel="email", mode="digest", state=state, **fields
    )
    for claim in ClaimFactory.create_batch(claims):
        Reminder.objects.create(
            claim=claim,
            recipient=recipient,
            round="first-notice",
            channel="email",
            due_on=datetime.date(2026, 1, 2),
            delivery=delivery,
            state=ReminderState.DEAD if state == DeliveryState.DEAD else ReminderState.PENDING,
        )
    return delivery


def _messages(response) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]


def test_the_list_shows_recipient_claims_linked_and_the_last_error(admin_client):
    delivery = _delivery(5, last_error="550 mailbox unavailable")
    first = list(delivery.reminders.order_by("pk")[:3])

    page = admin_client.get(DELIVERIES).text

    assert delivery.recipient.username in page
    for reminder in first:
        assert reverse("admin:claims_claim_change", args=[reminder.claim_id]) in page
    more = f"/admin/tracker/reminder/?delivery__id__exact={delivery.pk}"
    assert f'<a href="{more}">and 2 more</a>' in page
    assert "550 mailbox unavailable" in page
    assert admin_client.get(more).context["cl"].result_count == 5


@pytest.mark.parametrize(
    ("url", "titles"),
    [
        ("admin:tracker_delivery_changelist", ["delivery state", "channel", "mode", "recipient"]),
        (
            "admin:tracker_reminder_changelist",
            ["reminder state", "round", "channel", "recipient", "delivery state"],
        ),
        ("admin:tracker_reminderpreference_changelist", ["enabled", "channel", "mode"]),
    ],
)
def test_no_two_filters_of_a_list_share_a_title(admin_client, url, titles):
    _delivery(1)
    _delivery(1)
    response = admin_client.get(reverse(url))
    assert [spec.title for spec in response.context["cl"].filter_specs] == titles


def test_a_dead_delivery_is_re_sent_from_its_own_page(
    admin_client, django_capture_on_commit_callbacks
):
    delivery = _delivery(2, attempts=6, last_error="timed out")
    page = admin_client.get(reverse("admin:tracker_delivery_change", args=[delivery.pk])).text
    resend = reverse("admin:tracker_delivery_resend", args=[delivery.pk])
    assert f'action="{resend}"' in page

    with django_capture_on_commit_callbacks() as queued:
        response = admin_client.post(resend, follow=True)

    assert response.redirect_chain == [
        (reverse("admin:tracker_delivery_change", args=[delivery.pk]), 302)
    ]
    assert _messages(response) == ["1 delivery queued to be sent again, with the same Message-ID."]
    delivery.refresh_from_db()
    assert (delivery.state, delivery.attempts) == (DeliveryState.PENDING, 0)
    assert set(delivery.reminders.values_list("state", flat=True)) == {ReminderState.PENDING}
    assert len(queued) == 1
    assert f'action="{resend}"' not in response.text  # nothing more to re-send


def test_a_sent_delivery_offers_no_re_send_and_refuses_one(admin_client):
    delivery = _delivery(1, state=DeliveryState.SENT)
    page = admin_client.get(reverse("admin:tracker_delivery_change", args=[delivery.pk])).text
    resend = reverse("admin:tracker_delivery_resend", args=[delivery.pk])
    assert resend not in page

    response = admin_client.post(resend, follow=True)

    assert _messages(response) == [
        "Nothing to re-send: only dead deliveries, and those whose outcome is unknown, "
        "can be re-sent."
    ]
    delivery.refresh_from_db()
    assert delivery.state == DeliveryState.SENT


def test_re_sending_needs_a_post_and_the_permission(admin_client):
    delivery = _delivery(1)
    resend = reverse("admin:tracker_delivery_resend", args=[delivery.pk])
    client = Client()
    client.force_login(CuratorFactory())

    assert admin_client.get(resend).status_code == 405
    assert client.post(resend).status_code == 403
    page = client.get(reverse("admin:tracker_delivery_change", args=[delivery.pk]))
    assert resend not in page.text
    assert admin_client.post(resend.replace(str(delivery.pk), "999999")).status_code == 404
    assert admin_client.post(resend.replace(str(delivery.pk), "nonsense")).status_code == 404
    delivery.refresh_from_db()
    assert delivery.state == DeliveryState.DEAD


def test_the_overdue_view_filters_by_assigned_curator_and_speaker(client):
    curator = CuratorFactory()
    client.force_login(curator)
    long_ago = timezone.localdate() - datetime.timedelta(days=400)
    mine = ClaimFactory(said_on=long_ago, deadline=long_ago, assigned_curator=curator)
    other = ClaimFactory(said_on=long_ago, deadline=long_ago)
    url = reverse("admin:tracker_overdueclaim_changelist")

    by_me = client.get(url, {"assigned": "me"})
    by_speaker = client.get(url, {"speaker__id__exact": other.speaker_id})

    assert [c.pk for c in by_me.context["cl"].result_list] == [mine.pk]
    assert [c.pk for c in by_speaker.context["cl"].result_list] == [other.pk]
    titles = [spec.title for spec in by_me.context["cl"].filter_specs]
    assert titles == ["assigned curator", "speaker"]
