"""Right before sending: which of a delivery's reminders are still owed.

Between the sweep that recorded a reminder and the worker that sends it, hours
may pass (retries, an outage of the mail server, a stopped worker). Everything
that made the reminder owed is read again from the database: the claim is
published, unresolved and has a deadline; its round is still the one owed today
for its current deadline (a deadline moved into the future owes nothing; a later
round reached meanwhile supersedes this one, and the sweep records that round);
the recipient is still active, reachable on the reminder's channel and in the
round's audience (opted in, or the claim's assigned curator, or an escalation
recipient).
"""

import datetime

from claims.choices import ReviewState
from tracker.models import Delivery, Reminder, ReminderState
from tracker.reminders.rounds import ESCALATION, Audience, Recipient, RoundPlan


def _curator_round_end(
    name: str, deadline: datetime.date, plan: RoundPlan, today: datetime.date
) -> str | None:
    """None while ``name`` is the curator round owed today; else why it is not."""
    current = plan.curator_round(deadline, today)
    if current is None:
        return ReminderState.CANCELLED
    if current.name == name:
        return None
    offset = plan.offset_days(name)
    if offset is not None and current.offset_days > offset:
        return ReminderState.SUPERSEDED
    return ReminderState.CANCELLED


def _in(recipients: list[Recipient], reminder: Reminder) -> bool:
    return any(
        r.user_id == reminder.recipient_id and r.channel == reminder.channel for r in recipients
    )


def reminder_end(
    reminder: Reminder, *, plan: RoundPlan, audience: Audience, today: datetime.date
) -> str | None:
    """None while ``reminder`` is owed today; else the state it ends in (cancelled, superseded).

    ``audience`` must have the claim's assigned curator loaded (``load_assigned``).
    """
    claim = reminder.claim
    if claim.review_state != ReviewState.PUBLISHED or claim.verdict or claim.deadline is None:
        return ReminderState.CANCELLED
    if reminder.round == ESCALATION:
        if plan.escalation_round(claim.deadline, today) is None:
            return ReminderState.CANCELLED
        recipients = audience.escalation
    else:
        end = _curator_round_end(reminder.round, claim.deadline, plan, today)
        if end is not None:
            return end
        recipients = audience.for_claim(claim.assigned_curator_id)
    return None if _in(recipients, reminder) else ReminderState.CANCELLED


def reminders_sort(
    *, delivery: Delivery, today: datetime.date
) -> tuple[list[Reminder], dict[str, list[int]]]:
    """Split the delivery's pending reminders into those still owed today, in message
    order, and the ids of the others by the state they end in (cancelled, superseded).

    Writes nothing: the caller records the ends while it holds the delivery's lease.
    """
    rows = list(
        delivery.reminders.filter(state=ReminderState.PENDING)
        .select_related("claim__speaker")
        .order_by("claim__deadline", "claim_id", "pk")
    )
    if not rows:
        return [], {}
    plan = RoundPlan.from_settings()
    audience = Audience.load()
    audience.load_assigned(row.claim.assigned_curator_id for row in rows)
    ends: dict[str, list[int]] = {}
    owed = []
    for row in rows:
        end = reminder_end(row, plan=plan, audience=audience, today=today)
        if end is None:
            owed.append(row)
        else:
            ends.setdefault(end, []).append(row.pk)
    return owed, ends
