"""Claim a delivery, send it outside any transaction, record the outcome.

1. A worker claims a ready delivery in a short transaction (``skip_locked`` where
   the database has it, and a conditional update everywhere) and takes a lease
   with a fresh token.
2. It re-checks that every reminder is still owed (``owed.py``), then sends with
   no transaction open and no lock held, by a deadline shorter than the lease.
3. The outcome is recorded only while the lease token is still the worker's:
   sent; retry later with exponential backoff; dead after the last attempt or a
   permanent error; unknown when the message went out and no verdict came back.
4. A delivery whose lease expired (its worker died) is claimable again.
"""

import datetime
import logging
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from tracker.channels import DeliveryError, UnknownOutcomeError, channel_for
from tracker.mail import Deadline
from tracker.models import Delivery, DeliveryState, Reminder, ReminderState
from tracker.reminders.owed import reminders_sort

MAX_BACKOFF = datetime.timedelta(hours=6)
LEASE_LOST = "lease lost"
logger = logging.getLogger(__name__)
_FINAL = {DeliveryState.SENT, DeliveryState.DEAD, DeliveryState.CANCELLED, DeliveryState.UNKNOWN}
_WAITING = [DeliveryState.PENDING, DeliveryState.RETRY]


@dataclass(frozen=True)
class Outcome:
    """What became of one attempt; ``check_again_at`` says when a task should look again."""

    state: str
    check_again_at: datetime.datetime | None = None


def _ready(now: datetime.datetime) -> Q:
    waiting = Q(state__in=_WAITING, next_attempt_at__lte=now)
    return waiting | Q(state=DeliveryState.SENDING, lease_until__lt=now)


def _lease() -> datetime.timedelta:
    return datetime.timedelta(seconds=settings.REMINDER_LEASE_SECONDS)


def delivery_claim(*, now: datetime.datetime, delivery_id: int | None = None) -> Delivery | None:
    """Take the lease on one ready delivery (the given one, or the most overdue); commit at once.

    Returns the delivery with its new ``lease_token`` and ``lease_until``, or None
    when nothing (or not the given one) is ready.
    """
    candidates = Delivery.objects.filter(_ready(now))
    if delivery_id is not None:
        candidates = candidates.filter(pk=delivery_id)
    token = uuid.uuid4()
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
            lease_until=now + _lease(),
            lease_token=token,
        )
    if not taken:
        return None
    candidate.refresh_from_db()
    return candidate


def _mine(delivery: Delivery):
    """The delivery, as long as this worker's lease on it stands (no one else took it over)."""
    return Delivery.objects.filter(
        pk=delivery.pk, state=DeliveryState.SENDING, lease_token=delivery.lease_token
    )


def _lost(delivery: Delivery, what: str) -> Outcome:
    logger.error(
        "Delivery %s: the lease ran out and another worker took it over; %s not recorded.",
        delivery.pk,
        what,
    )
    return Outcome(LEASE_LOST)


def _finish(delivery: Delivery, state: str, reminder_state: str, error: str) -> Outcome:
    with transaction.atomic():
        if not _mine(delivery).update(
            state=state, lease_until=None, lease_token=None, last_error=error
        ):
            return _lost(delivery, state)
        delivery.reminders.filter(state=ReminderState.PENDING).update(state=reminder_state)
    return Outcome(state)


def _record_ends(delivery: Delivery, ends: dict[str, list[int]]) -> bool:
    """Mark the reminders no longer owed (cancelled, superseded) while the lease is ours."""
    if not ends:
        return True
    with transaction.atomic():
        if not _mine(delivery).select_for_update().exists():
            return False
        for state, ids in ends.items():
            Reminder.objects.filter(pk__in=ids, state=ReminderState.PENDING).update(state=state)
    return True


def _record_sent(delivery: Delivery, reminders: list[Reminder]) -> Outcome:
    now = timezone.now()
    with transaction.atomic():
        if not _mine(delivery).update(
            state=DeliveryState.SENT, sent_at=now, lease_until=None, lease_token=None, last_error=""
        ):
            return _lost(delivery, "sent")
        Reminder.objects.filter(
            pk__in=[row.pk for row in reminders], state=ReminderState.PENDING
        ).update(state=ReminderState.SENT, sent_at=now)
    return Outcome(DeliveryState.SENT)


def retry_delay(attempts: int) -> datetime.timedelta:
    """Exponential backoff: the base delay, doubled after every failed attempt."""
    seconds = settings.REMINDER_RETRY_BASE_SECONDS * 2 ** max(attempts - 1, 0)
    return min(datetime.timedelta(seconds=seconds), MAX_BACKOFF)


def _record_failure(delivery: Delivery, error: DeliveryError) -> Outcome:
    text = str(error)[:2000]
    if isinstance(error, UnknownOutcomeError):
        return _finish(delivery, DeliveryState.UNKNOWN, ReminderState.UNKNOWN, text)
    if error.permanent or delivery.attempts >= settings.REMINDER_MAX_ATTEMPTS:
        return _finish(delivery, DeliveryState.DEAD, ReminderState.DEAD, text)
    retry_at = timezone.now() + retry_delay(delivery.attempts)
    if not _mine(delivery).update(
        state=DeliveryState.RETRY,
        next_attempt_at=retry_at,
        lease_until=None,
        lease_token=None,
        last_error=text,
    ):
        return _lost(delivery, "retry")
    return Outcome(DeliveryState.RETRY, retry_at)


def _send_deadline(delivery: Delivery) -> Deadline:
    """The attempt ends REMINDER_SEND_DEADLINE_SECONDS after the claim, well inside the lease."""
    margin = settings.REMINDER_LEASE_SECONDS - settings.REMINDER_SEND_DEADLINE_SECONDS
    send_by = delivery.lease_until - datetime.timedelta(seconds=margin)
    return Deadline(
        seconds=settings.REMINDER_SEND_DEADLINE_SECONDS,
        at=Deadline.after((send_by - timezone.now()).total_seconds()).at,
    )


def _outcome_before_sending(
    delivery: Delivery, reminders: list[Reminder], ends: dict[str, list[int]]
) -> Outcome | None:
    """What ends the attempt before anything goes out, if anything does."""
    if delivery.attempts > settings.REMINDER_MAX_ATTEMPTS:
        error = f"Gave up: the worker was lost during attempt {delivery.attempts - 1}."
        return _finish(delivery, DeliveryState.DEAD, ReminderState.DEAD, error)
    if not _record_ends(delivery, ends):
        return _lost(delivery, "the re-check")
    if not reminders:
        return _finish(delivery, DeliveryState.CANCELLED, ReminderState.CANCELLED, "")
    return None


def delivery_send(*, delivery: Delivery, today: datetime.date | None = None) -> Outcome:
    """Send a delivery this worker has claimed, and record what happened.

    ``today`` (default: the local date now) decides which reminders are still owed.
    """
    today = today or timezone.localdate()
    reminders, ends = reminders_sort(delivery=delivery, today=today)
    ended = _outcome_before_sending(delivery, reminders, ends)
    if ended is not None:
        return ended
    deadline = _send_deadline(delivery)
    if deadline.passed() or not _mine(delivery).exists():
        # Too late to start: another worker may own it by now. Send and record nothing.
        return _lost(delivery, "the attempt")
    try:
        send = channel_for(delivery.channel)
        send(delivery, reminders, today=today, deadline=deadline)
    except DeliveryError as error:
        return _record_failure(delivery, error)
    except Exception as error:
        # A bug, or the task's time limit, must not leave the delivery leased until
        # it dies: record it and retry.
        logger.exception("Delivery %s failed unexpectedly", delivery.pk)
        return _record_failure(delivery, DeliveryError(f"unexpected error: {error!r}"))
    return _record_sent(delivery, reminders)


def delivery_process_next(
    *, now: datetime.datetime | None = None, today: datetime.date | None = None
) -> bool:
    """Claim and send the most overdue ready delivery; False when none is ready."""
    delivery = delivery_claim(now=now or timezone.now())
    if delivery is None:
        return False
    delivery_send(delivery=delivery, today=today)
    return True


def delivery_process(
    *,
    delivery_id: int,
    now: datetime.datetime | None = None,
    today: datetime.date | None = None,
) -> Outcome | None:
    """Send one given delivery if it is ready; else say when it might be (None: never)."""
    now = now or timezone.now()
    delivery = delivery_claim(now=now, delivery_id=delivery_id)
    if delivery is not None:
        return delivery_send(delivery=delivery, today=today)
    current = Delivery.objects.filter(pk=delivery_id).first()
    if current is None or current.state in _FINAL:
        return None
    if current.state == DeliveryState.SENDING:
        # Another worker has it; if that worker dies, the next run picks it up.
        return Outcome(current.state)
    return Outcome(current.state, current.next_attempt_at)


def _unqueued(now: datetime.datetime) -> Q:
    """No send task queued for the delivery's current slot, or only one presumed lost.

    A slot starts at ``next_attempt_at`` (pending, retry) or ``lease_until`` (an
    expired lease). A task still unclaimed ``REMINDER_REQUEUE_AFTER_SECONDS`` after
    it was queued is presumed lost (a flushed broker, a worker killed with tasks it
    had reserved): queue another. A backlog that is merely slow is not re-queued
    sooner, so it does not grow.
    """
    lost = now - datetime.timedelta(seconds=settings.REMINDER_REQUEUE_AFTER_SECONDS)
    return (
        Q(queued_at__isnull=True)
        | Q(queued_at__lt=lost)
        | Q(state__in=_WAITING, queued_at__lt=F("next_attempt_at"))
        | Q(state=DeliveryState.SENDING, queued_at__lt=F("lease_until"))
    )


def deliveries_queue_ready(
    *, now: datetime.datetime, enqueue: Callable[[list[int]], None], chunk: int = 1000
) -> int:
    """Mark every ready delivery not yet queued for its slot as queued, and queue it.

    ``enqueue(ids)`` is called inside the transaction that marks them: it should
    queue on commit (``delay_on_commit``). Chunks are taken with ``skip_locked``,
    so two runs at once share the work instead of doubling it; most overdue
    first, so that retries whose time has come go ahead of the backlog. Returns
    how many were queued.
    """
    queued = 0
    while True:
        with transaction.atomic():
            ids = list(
                Delivery.objects.filter(_ready(now) & _unqueued(now))
                .select_for_update(skip_locked=True)
                .order_by("next_attempt_at", "pk")
                .values_list("pk", flat=True)[:chunk]
            )
            Delivery.objects.filter(pk__in=ids).update(queued_at=now)
            enqueue(ids)
        queued += len(ids)
        if len(ids) < chunk:
            return queued


def delivery_queue_retry(*, delivery_id: int, at: datetime.datetime) -> bool:
    """Mark a delivery waiting for ``at`` as queued for that slot; False if it already was."""
    return bool(
        Delivery.objects.filter(pk=delivery_id, state__in=_WAITING, next_attempt_at=at)
        .filter(Q(queued_at__isnull=True) | Q(queued_at__lt=at))
        .update(queued_at=at)
    )


_RESENDABLE = [DeliveryState.DEAD, DeliveryState.UNKNOWN]


def deliveries_resend(*, deliveries: Iterable[Delivery]) -> list[int]:
    """Put dead deliveries, and those whose outcome is unknown, back in the queue.

    They get fresh attempts and keep their Message-ID; they are marked queued now,
    for the caller queues a send task for each. Returns their ids.
    """
    ids = [d.pk for d in deliveries if d.state in _RESENDABLE]
    now = timezone.now()
    with transaction.atomic():
        Delivery.objects.filter(pk__in=ids, state__in=_RESENDABLE).update(
            state=DeliveryState.PENDING,
            attempts=0,
            next_attempt_at=now,
            lease_until=None,
            lease_token=None,
            queued_at=now,
        )
        Reminder.objects.filter(
            delivery_id__in=ids, state__in=[ReminderState.DEAD, ReminderState.UNKNOWN]
        ).update(state=ReminderState.PENDING)
    return ids
