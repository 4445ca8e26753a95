"""Sending to mail servers that are slow or misbehave, in-process against a real local server.

The same scenarios with real Celery workers are in ``test_workers.py``.
"""

import datetime

import pytest
import time_machine
from django.utils import timezone

from tests.factories import ClaimFactory
from tests.tracker.factories import drain, later, opted_in_curator
from tracker.models import Delivery, DeliveryMode, DeliveryState, ReminderState
from tracker.services import (
    deliveries_resend,
    delivery_claim,
    delivery_send,
    reminders_sweep,
)
from tracker.tasks import send_delivery, send_time_limits

pytestmark = pytest.mark.django_db


@pytest.fixture
def owed(today):
    """Two due claims, in one digest to one curator."""
    opted_in_curator()
    for days in (1, 8):
        ClaimFactory(deadline=today - datetime.timedelta(days=days))
    reminders_sweep(today=today)
    return Delivery.objects.get()


def test_a_confirmation_slower_than_the_command_timeout_is_waited_for(smtp, owed, settings):
    """RFC 5321 §4.5.3.2.6: the reply to the end of the message may take minutes."""
    settings.EMAIL_TIMEOUT = 1
    smtp.confirm_slowly_first, smtp.confirm_seconds = 1, 3

    assert drain() == 1

    owed.refresh_from_db()
    assert (owed.state, owed.attempts, owed.last_error) == (DeliveryState.SENT, 1, "")
    assert [str(m["Message-ID"]) for m in smtp.accepted] == [owed.message_id]
    assert set(owed.reminders.values_list("state", flat=True)) == {ReminderState.SENT}


@pytest.mark.parametrize(
    ("setting", "gave_up"),
    [
        (("REMINDER_SMTP_DATA_TIMEOUT", 1), "timed out"),
        (("REMINDER_SEND_DEADLINE_SECONDS", 2), "Connection unexpectedly closed"),
    ],
    ids=["past-the-reply-wait", "past-the-send-deadline"],
)
def test_a_message_sent_without_a_confirmation_is_recorded_as_unknown_and_not_resent(
    smtp, owed, settings, setting, gave_up
):
    settings.EMAIL_TIMEOUT = 1
    setattr(settings, *setting)
    smtp.confirm_slowly_first, smtp.confirm_seconds = 1, 4

    assert drain() == 1
    assert drain(now=later(7 * 24 * 3600)) == 0  # no retry, however long we wait

    owed.refresh_from_db()
    assert (owed.state, owed.attempts) == (DeliveryState.UNKNOWN, 1)
    assert owed.last_error.startswith(
        "outcome unknown: the message was sent but the server's reply to it never came"
    )
    assert gave_up in owed.last_error
    assert set(owed.reminders.values_list("state", flat=True)) == {ReminderState.UNKNOWN}
    assert len(smtp.accepted) == 1  # the server has it: a blind retry would double it


def test_a_curator_can_send_a_message_of_unknown_outcome_again(smtp, owed, settings):
    settings.REMINDER_SMTP_DATA_TIMEOUT = 1
    smtp.confirm_slowly_first, smtp.confirm_seconds = 1, 3
    drain()

    assert deliveries_resend(deliveries=Delivery.objects.all()) == [owed.pk]
    assert drain() == 1

    owed.refresh_from_db()
    assert owed.state == DeliveryState.SENT
    first, again = smtp.accepted
    assert str(first["Message-ID"]) == str(again["Message-ID"]) == owed.message_id


def test_a_trickling_server_is_given_up_on_at_the_send_deadline_and_retried(smtp, owed, settings):
    """Each byte of the greeting comes within EMAIL_TIMEOUT; the whole attempt may not."""
    settings.EMAIL_TIMEOUT = 2
    settings.REMINDER_SEND_DEADLINE_SECONDS = 2
    smtp.trickle_first, smtp.trickle_interval = 1, 0.5

    assert drain() == 1

    owed.refresh_from_db()
    assert owed.state == DeliveryState.RETRY
    assert owed.last_error.startswith(
        "gave up before the message went out: the send deadline of 2 s passed"
    )
    assert owed.lease_until is None
    assert smtp.accepted == []

    assert drain(now=later(61)) == 1
    assert len(smtp.accepted) == 1
    assert Delivery.objects.get().state == DeliveryState.SENT


def test_a_worker_whose_lease_was_taken_over_neither_sends_nor_records(smtp, owed):
    slow = delivery_claim(now=timezone.now())
    # Its lease runs out before it gets to send; another worker takes over and sends.
    other = delivery_claim(now=later(301))
    assert delivery_send(delivery=other).state == DeliveryState.SENT
    sent_at = Delivery.objects.get().sent_at

    assert delivery_send(delivery=slow).state == "lease lost"

    owed.refresh_from_db()
    assert (owed.state, owed.attempts, owed.sent_at) == (DeliveryState.SENT, 2, sent_at)
    assert len(smtp.accepted) == 1


def test_a_worker_whose_lease_ran_out_unnoticed_does_not_start_sending(smtp, owed):
    late = delivery_claim(now=timezone.now())

    with time_machine.travel(later(400), tick=True):  # the worker stalled past its lease
        assert delivery_send(delivery=late).state == "lease lost"

    assert smtp.accepted == []
    owed.refresh_from_db()
    assert owed.state == DeliveryState.SENDING  # claimable again once the lease is over
    assert delivery_claim(now=later(301)) is not None


def test_the_send_task_is_stopped_between_the_send_deadline_and_the_end_of_the_lease(settings):
    settings.REMINDER_SEND_DEADLINE_SECONDS, settings.REMINDER_LEASE_SECONDS = 660, 900

    assert send_time_limits() == (740, 820)
    soft, hard = send_time_limits()
    assert (send_delivery.soft_time_limit, send_delivery.time_limit) == (soft, hard)


def test_each_message_of_a_curator_in_per_claim_mode_waits_for_its_own_confirmation(
    smtp, today, settings
):
    settings.EMAIL_TIMEOUT = 1
    smtp.confirm_slowly_first, smtp.confirm_seconds = 3, 2
    opted_in_curator(mode=DeliveryMode.EACH)
    ClaimFactory.create_batch(3, deadline=today - datetime.timedelta(days=2))
    reminders_sweep(today=today)

    assert drain() == 3

    assert set(Delivery.objects.values_list("state", "attempts")) == {(DeliveryState.SENT, 1)}
    assert len(smtp.accepted) == 3
