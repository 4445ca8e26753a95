import datetime

import pytest
from django.urls import reverse

from tests.factories import ClaimFactory
from tests.tracker.factories import opted_in_curator
from tracker.models import Delivery, DeliveryState, ReminderPreference, ReminderState
from tracker.services import delivery_claim, delivery_send, reminders_sweep

pytestmark = pytest.mark.django_db


@pytest.fixture
def dead_reminder(today, settings):
    """A first notice whose delivery the mail server refused for good."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", 1  # nothing listens there
    settings.REMINDER_MAX_ATTEMPTS = 1
    opted_in_curator()
    claim = ClaimFactory(deadline=today - datetime.timedelta(days=40))
    reminders_sweep(today=today)
    for _ in Delivery.objects.all():
        delivery_send(delivery=delivery_claim(now=Delivery.objects.latest("pk").next_attempt_at))
    return claim.reminders.get(round="follow-up-30")


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client


def test_reminders_can_be_filtered_by_state_round_channel_and_recipient(
    admin_client, dead_reminder
):
    url = reverse("admin:tracker_reminder_changelist")
    query = (
        f"?state=dead&round=follow-up-30&channel=email&recipient__id__exact="
        f"{dead_reminder.recipient_id}"
    )

    response = admin_client.get(url + query)

    assert response.status_code == 200
    assert list(response.context["cl"].result_list) == [dead_reminder]
    assert "mail server unreachable" in response.content.decode()


def test_a_dead_reminder_can_be_re_sent_from_the_admin(
    admin_client, dead_reminder, django_capture_on_commit_callbacks
):
    url = reverse("admin:tracker_reminder_changelist")
    with django_capture_on_commit_callbacks() as queued:
        response = admin_client.post(
            url, {"action": "resend_selected", "_selected_action": [dead_reminder.pk]}
        )

    assert response.status_code == 302
    dead_reminder.refresh_from_db()
    assert dead_reminder.state == ReminderState.PENDING
    assert dead_reminder.delivery.state == DeliveryState.PENDING
    assert dead_reminder.delivery.attempts == 0
    assert len(queued) == 1


def test_a_claim_shows_its_reminder_history(admin_client, dead_reminder):
    url = reverse("admin:claims_claim_change", args=[dead_reminder.claim_id])

    page = admin_client.get(url).content.decode()

    assert "Reminder history" in page
    assert "follow-up-30" in page
    assert "escalation" in page


def test_the_overdue_view_lists_claims_past_their_last_follow_up(
    admin_client, dead_reminder, today
):
    ClaimFactory(deadline=today - datetime.timedelta(days=10))  # still in its follow-ups

    response = admin_client.get(reverse("admin:tracker_overdueclaim_changelist"))

    assert response.status_code == 200
    assert [claim.pk for claim in response.context["cl"].result_list] == [dead_reminder.claim_id]


def test_the_deliveries_page_shows_their_errors(admin_client, dead_reminder):
    response = admin_client.get(reverse("admin:tracker_delivery_changelist") + "?state=dead")

    assert response.status_code == 200
    assert "mail server unreachable" in response.content.decode()


def test_curators_see_the_reminders_but_cannot_re_send_them(curator_client, dead_reminder):
    response = curator_client.get(reverse("admin:tracker_reminder_changelist"))
    overdue = curator_client.get(reverse("admin:tracker_overdueclaim_changelist"))

    assert response.status_code == overdue.status_code == 200
    assert "resend_selected" not in response.content.decode()


def test_a_curator_sets_their_own_reminder_preference(curator_client, curator):
    opted_in_curator()  # someone else's preference stays out of sight
    url = reverse("admin:tracker_reminderpreference_add")

    response = curator_client.post(url, {"enabled": "on", "channel": "email", "mode": "each"})

    assert response.status_code == 302
    preference = ReminderPreference.objects.get(user=curator)
    assert (preference.channel, preference.mode) == ("email", "each")
    listing = curator_client.get(reverse("admin:tracker_reminderpreference_changelist"))
    assert list(listing.context["cl"].result_list) == [preference]


def test_a_delivery_of_unknown_outcome_is_listed_and_can_be_re_sent(
    admin_client, smtp, today, settings, django_capture_on_commit_callbacks
):
    settings.REMINDER_SMTP_DATA_TIMEOUT = 1
    smtp.confirm_slowly_first, smtp.confirm_seconds = 1, 3  # taken, never confirmed in time
    opted_in_curator()
    ClaimFactory(deadline=today - datetime.timedelta(days=2))
    reminders_sweep(today=today)
    delivery_send(delivery=delivery_claim(now=Delivery.objects.get().next_attempt_at))
    delivery = Delivery.objects.get()
    url = reverse("admin:tracker_delivery_changelist")

    listing = admin_client.get(url + "?state=unknown")
    with django_capture_on_commit_callbacks() as queued:
        response = admin_client.post(
            url, {"action": "resend_selected", "_selected_action": [delivery.pk]}
        )

    assert [row.pk for row in listing.context["cl"].result_list] == [delivery.pk]
    assert "outcome unknown: the message was sent" in listing.content.decode()
    assert response.status_code == 302
    delivery.refresh_from_db()
    assert (delivery.state, delivery.attempts) == (DeliveryState.PENDING, 0)
    assert set(delivery.reminders.values_list("state", flat=True)) == {ReminderState.PENDING}
    assert len(queued) == 1
