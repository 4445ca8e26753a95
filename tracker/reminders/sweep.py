"""The sweep: record what is owed, then group it into deliveries.

Both steps are idempotent and safe to run concurrently: reminders are inserted
under their unique constraint with conflicts ignored, and a reminder joins a
delivery through a conditional update that only one sweep can win.
"""

import datetime
from collections.abc import Iterator
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from claims.models import Claim
from tracker.models import Delivery, DeliveryMode, Reminder, ReminderPreference, ReminderState
from tracker.reminders.rounds import Audience, RoundPlan

ClaimRow = tuple[int, datetime.date, int | None]


@dataclass(frozen=True)
class SweepResult:
    owed: int
    deliveries: int


def _sweep_claims(plan: RoundPlan, today: datetime.date):
    """Published, unresolved claims whose deadline can owe a round today.

    The filter matches the partial index ``claim_unresolved_deadline_idx``.
    """
    return (
        Claim.objects.public()
        .unresolved()
        .filter(deadline__isnull=False, deadline__lte=plan.latest_deadline(today))
        .values_list("pk", "deadline", "assigned_curator_id")
    )


def _claim_batches(plan: RoundPlan, today: datetime.date, size: int) -> Iterator[list[ClaimRow]]:
    """Keyset pagination over the claims to sweep, so memory stays flat however many are due."""
    after = 0
    while True:
        batch = list(_sweep_claims(plan, today).filter(pk__gt=after).order_by("pk")[:size])
        if not batch:
            return
        yield batch
        after = batch[-1][0]


def _owed(rows: list[ClaimRow], plan: RoundPlan, audience: Audience, today: datetime.date):
    audience.load_assigned(assigned for _, _, assigned in rows)
    for claim_id, deadline, assigned in rows:
        curator_round = plan.curator_round(deadline, today)
        if curator_round is not None:
            for recipient in audience.for_claim(assigned):
                yield _reminder(claim_id, recipient, curator_round, deadline)
        escalation = plan.escalation_round(deadline, today)
        if escalation is not None:
            for recipient in audience.escalation:
                yield _reminder(claim_id, recipient, escalation, deadline)


def _reminder(claim_id, recipient, round_, deadline) -> Reminder:
    return Reminder(
        claim_id=claim_id,
        recipient_id=recipient.user_id,
        round=round_.name,
        channel=recipient.channel,
        due_on=round_.due_on(deadline),
    )


def reminders_owed(*, today: datetime.date, batch_size: int | None = None):
    """Every reminder owed today, recorded or not, in batches (unsaved ``Reminder`` objects)."""
    plan = RoundPlan.from_settings()
    audience = Audience.load()
    size = batch_size or settings.REMINDER_BATCH_SIZE
    for rows in _claim_batches(plan, today, size):
        yield list(_owed(rows, plan, audience, today))


def reminders_preview(*, today: datetime.date) -> Iterator[Reminder]:
    """The reminders a sweep today would record that are not recorded yet (for --dry-run)."""
    for batch in reminders_owed(today=today):
        claim_ids = {row.claim_id for row in batch}
        known = set(
            Reminder.objects.filter(claim_id__in=claim_ids).values_list(
                "claim_id", "recipient_id", "round", "channel"
            )
        )
        claims = Claim.objects.in_bulk(claim_ids)
        users = get_user_model().objects.in_bulk({row.recipient_id for row in batch})
        for row in batch:
            if (row.claim_id, row.recipient_id, row.round, row.channel) not in known:
                row.claim, row.recipient = claims[row.claim_id], users[row.recipient_id]
                yield row


def reminders_sweep(*, today: datetime.date, now: datetime.datetime | None = None) -> SweepResult:
    """Record every reminder owed today (idempotently), then group them into deliveries."""
    owed = 0
    for batch in reminders_owed(today=today):
        Reminder.objects.bulk_create(batch, ignore_conflicts=True)
        owed += len(batch)
    return SweepResult(owed=owed, deliveries=deliveries_group(now=now or timezone.now()))


def _ungrouped():
    return Reminder.objects.filter(delivery__isnull=True, state=ReminderState.PENDING)


def deliveries_group(*, now: datetime.datetime) -> int:
    """Put every reminder not yet in a delivery into one; return how many deliveries were made."""
    modes = dict(ReminderPreference.objects.values_list("user_id", "mode"))
    pairs = list(_ungrouped().order_by().values_list("recipient_id", "channel").distinct())
    made = 0
    for recipient_id, channel in pairs:
        mode = modes.get(recipient_id, DeliveryMode.DIGEST)
        made += _group(recipient_id, channel, mode, now)
    return made


def _group(recipient_id: int, channel: str, mode: str, now: datetime.datetime) -> int:
    digest = mode == DeliveryMode.DIGEST
    size = settings.REMINDER_DIGEST_MAX_ITEMS if digest else settings.REMINDER_BATCH_SIZE
    made = 0
    while True:
        ids = list(
            _ungrouped()
            .filter(recipient_id=recipient_id, channel=channel)
            .order_by("pk")
            .values_list("pk", flat=True)[:size]
        )
        if not ids:
            return made
        groups = [ids] if digest else [[pk] for pk in ids]
        made += _attach(
            groups, Delivery(recipient_id=recipient_id, channel=channel, mode=mode), now
        )


def _attach(groups: list[list[int]], template: Delivery, now: datetime.datetime) -> int:
    """Give each group of reminders a new delivery; a reminder another sweep took is skipped."""
    with transaction.atomic():
        deliveries = Delivery.objects.bulk_create(
            Delivery(
                recipient_id=template.recipient_id,
                channel=template.channel,
                mode=template.mode,
                next_attempt_at=now,
                created_at=now,
            )
            for _ in groups
        )
        unused = []
        for delivery, ids in zip(deliveries, groups, strict=True):
            # Only one concurrent sweep can move a reminder out of "no delivery".
            taken = _ungrouped().filter(pk__in=ids).update(delivery=delivery)
            if not taken:
                unused.append(delivery.pk)
        Delivery.objects.filter(pk__in=unused).delete()
    return len(groups) - len(unused)
