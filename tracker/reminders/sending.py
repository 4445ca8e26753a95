"""Claim a delivery, send it outside any transaction, record the outcome.

1. A worker claims a ready delivery in a short transaction (``skip_locked`` where
   the database has it, and a conditional update everywhere) and takes a lease.
2. The message goes out with no transaction open and no lock held.
3. The outcome is recorded only if the lease is still the worker's: sent; retry
   later with exponential backoff; dead after the last attempt or a permanent error.
4. A delivery whose lease expired (its worker died) is claimable again.
"""

import datetime
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from claims.choices import ReviewState
from tracker.channels import DeliveryError, channel_for
from tracker.models import (
    Delivery,
    DeliveryState,
    Reminder,
    ReminderPreference,
    ReminderState,
)

MAX_BACKOFF = datetime.timedelta(hours=6)
logger = logging.getLogger(__name__)
_FINAL = {DeliveryState.SENT, DeliveryState.DEAD, DeliveryState.CANCELLED}


@dataclass(frozen=True)
class Outcome:
    """What became of one attempt; ``check_again_at`` says when a task should look again."""

    state: str
    check_again_at: datetime.datetime | None = None


def _ready(now: datetime.datetime) -> Q:
    waiting = Q(state__in=[DeliveryState.PENDING, DeliveryState.RETRY], next_attempt_at__lte=now)
    return waiting | Q(state=DeliveryState.SENDING, lease_until__lt=now)


def delivery_claim(*, now: datetime.datetime, delivery_id: int | None = None) -> Delivery | None:
    """Take the lease on one ready delivery (the given one, or the oldest); commit at once."""
    candidates = Delivery.objects.filter(_ready(now))
    if delivery_id is not None:
        candidates = candidates.filter(pk=delivery_id)
    with transaction.atomic():
        found = candidates.select_for_update(skip_locked=True).order_by("next_attempt_at", "pk")
        candidate = found.first()
        if candidate is None:
            return None
        # SQLite ignores row locks: the condition on state and attempts makes
        # the claim one-winner there too.
        taken = Delivery.objects.filter(
            pk=candidate.pk, state=candidate.state, attempts=candidate.attempts
        ).update(
            state=DeliveryState.SENDING,
            attempts=F("attempts") + 1,
            lease_until=now + datetime.timedelta(seconds=settings.REMINDER_LEASE_SECONDS),
        )
    if not taken:
        return None
    candidate.refresh_from_db()
    return candidate


def _still_owed(reminder: Reminder) -> bool:
    claim = reminder.claim
    return (
        claim.review_state == ReviewState.PUBLISHED
        and not claim.verdict
        and claim.deadline is not None
    )


def _live_reminders(delivery: Delivery) -> list[Reminder]:
    """The delivery's reminders whose claims still need resolving; the rest are cancelled."""
    rows = list(
        delivery.reminders.filter(state=ReminderState.PENDING)
        .select_related("claim__speaker")
        .order_by("claim__deadline", "claim_id", "pk")
    )
    gone = {row.pk for row in rows if not _still_owed(row)}
    if gone:
        Reminder.objects.filter(pk__in=gone, state=ReminderState.PENDING).update(
            state=ReminderState.CANCELLED
        )
    return [row for row in rows if row.pk not in gone]


def _mine(delivery: Delivery):
    """The delivery, as long as this worker's lease on it stands."""
    return Delivery.objects.filter(
        pk=delivery.pk, state=DeliveryState.SENDING, attempts=delivery.attempts
    )


def _finish(delivery: Delivery, state: str, reminder_state: str, error: str) -> Outcome:
    with transaction.atomic():
        if _mine(delivery).update(state=state, lease_until=None, last_error=error):
            delivery.reminders.filter(state=ReminderState.PENDING).update(state=reminder_state)
    return Outcome(state)


def _record_sent(delivery: Delivery, reminders: list[Reminder]) -> Outcome:
    now = timezone.now()
    with transaction.atomic():
        # Sent is sent, even if the lease ran out meanwhile and another worker took over.
        Delivery.objects.filter(pk=delivery.pk).exclude(state=DeliveryState.SENT).update(
            state=DeliveryState.SENT, sent_at=now, lease_until=None, last_error=""
        )
        Reminder.objects.filter(pk__in=[row.pk for row in reminders]).update(
            state=ReminderState.SENT, sent_at=now
        )
    return Outcome(DeliveryState.SENT)


def retry_delay(attempts: int) -> datetime.timedelta:
    """Exponential backoff: the base delay, doubled after every failed attempt."""
    seconds = settings.REMINDER_RETRY_BASE_SECONDS * 2 ** max(attempts - 1, 0)
    return min(datetime.timedelta(seconds=seconds), MAX_BACKOFF)


def _record_failure(delivery: Delivery, error: DeliveryError) -> Outcome:
    text = str(error)[:2000]
    if error.permanent or delivery.attempts >= settings.REMINDER_MAX_ATTEMPTS:
        return _finish(delivery, DeliveryState.DEAD, ReminderState.DEAD, text)
    retry_at = timezone.now() + retry_delay(delivery.attempts)
    _mine(delivery).update(
        state=DeliveryState.RETRY, next_attempt_at=retry_at, lease_until=None, last_error=text
    )
    return Outcome(DeliveryState.RETRY, retry_at)


def delivery_send(*, delivery: Delivery, today: datetime.date | None = None) -> Outcome:
    """Send a delivery this worker has claimed, and record what happened."""
    if delivery.attempts > settings.REMINDER_MAX_ATTEMPTS:
        error = f"Gave up: the worker was lost during attempt {delivery.attempts - 1}."
        return _finish(delivery, DeliveryState.DEAD, ReminderState.DEAD, error)
    reminders = _live_reminders(delivery) if _still_wanted(delivery) else []
    if not reminders:
        return _finish(delivery, DeliveryState.CANCELLED, ReminderState.CANCELLED, "")
    try:
        send = channel_for(delivery.channel)
        send(delivery, reminders, today=today or timezone.localdate())
    except DeliveryError as error:
        return _record_failure(delivery, error)
    except Exception as error:
        # A bug must not leave the delivery leased until it dies: record it and retry.
        logger.exception("Delivery %s failed unexpectedly", delivery.pk)
        return _record_failure(delivery, DeliveryError(f"unexpected error: {error!r}"))
    return _record_sent(delivery, reminders)


def _still_wanted(delivery: Delivery) -> bool:
    """The recipient is active and has not switched reminders off since the sweep."""
    recipient = delivery.recipient
    preference = ReminderPreference.objects.filter(user=recipient).first()
    return recipient.is_active and (preference is None or preference.enabled)


def delivery_process_next(*, now: datetime.datetime | None = None) -> bool:
    """Claim and send the next ready delivery; False when none is ready."""
    delivery = delivery_claim(now=now or timezone.now())
    if delivery is None:
        return False
    delivery_send(delivery=delivery)
    return True


def delivery_process(*, delivery_id: int, now: datetime.datetime | None = None) -> Outcome | None:
    """Send one given delivery if it is ready; else say when it might be (None: never)."""
    now = now or timezone.now()
    delivery = delivery_claim(now=now, delivery_id=delivery_id)
    if delivery is not None:
        return delivery_send(delivery=delivery)
    current = Delivery.objects.filter(pk=delivery_id).first()
    if current is None or current.state in _FINAL:
        return None
    if current.state == DeliveryState.SENDING:
        # Another worker has it; if that worker dies, the next run picks it up.
        return Outcome(current.state)
    return Outcome(current.state, current.next_attempt_at)


def deliveries_ready_ids(*, now: datetime.datetime, chunk: int = 1000) -> Iterator[int]:
    """The ids of every delivery that can be claimed now, oldest first, streamed."""
    after = 0
    while True:
        ids = list(
            Delivery.objects.filter(_ready(now), pk__gt=after)
            .order_by("pk")
            .values_list("pk", flat=True)[:chunk]
        )
        yield from ids
        if len(ids) < chunk:
            return
        after = ids[-1]


def deliveries_resend(*, deliveries: Iterable[Delivery]) -> list[int]:
    """Put dead deliveries back in the queue with fresh attempts; return their ids."""
    ids = [d.pk for d in deliveries if d.state == DeliveryState.DEAD]
    now = timezone.now()
    with transaction.atomic():
        Delivery.objects.filter(pk__in=ids, state=DeliveryState.DEAD).update(
            state=DeliveryState.PENDING, attempts=0, next_attempt_at=now, lease_until=None
        )
        Reminder.objects.filter(delivery_id__in=ids, state=ReminderState.DEAD).update(
            state=ReminderState.PENDING
        )
    return ids
