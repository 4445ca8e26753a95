"""Celery tasks: thin wrappers that take ids and call the services.

Beat only wakes ``reminders_run`` up; the database decides what is owed and who
sends it, so a missed, late or doubled beat changes nothing. Each ready delivery
gets at most one send task per lease or retry slot (``Delivery.queued_at``).
"""

import datetime

from celery import shared_task
from django.conf import settings
from django.utils import timezone

from tracker import services


def send_time_limits() -> tuple[float, float]:
    """The send task's soft and hard time limits, in seconds.

    Both fall between the send deadline, which ends every attempt that keeps to
    it, and the end of the lease, so that a worker stuck anywhere else (a database
    that hangs, a webhook receiver that trickles) is stopped while the lease is
    still its own: the soft limit records a retry, the hard one ends the process.
    """
    deadline = settings.REMINDER_SEND_DEADLINE_SECONDS
    slack = settings.REMINDER_LEASE_SECONDS - deadline
    return deadline + slack / 3, deadline + 2 * slack / 3


SOFT_TIME_LIMIT, TIME_LIMIT = send_time_limits()


def deliveries_enqueue(ids, *, today: datetime.date | None = None) -> int:
    """Queue one send task per delivery id, once the current transaction commits."""
    count = 0
    kwargs = {"today": today.isoformat()} if today else {}
    for delivery_id in ids:
        send_delivery.delay_on_commit(delivery_id, **kwargs)
        count += 1
    return count


@shared_task(ignore_result=True)
def reminders_run(today: str | None = None) -> int:
    """Sweep (record what is owed today), then queue every ready delivery not yet queued.

    ``today`` (YYYY-MM-DD) runs as if it were that day, for the sweep and for the
    sends it queues; by default, the local date.
    """
    day = datetime.date.fromisoformat(today) if today else None
    services.reminders_sweep(today=day or timezone.localdate())
    return services.deliveries_queue_ready(
        now=timezone.now(), enqueue=lambda ids: deliveries_enqueue(ids, today=day)
    )


@shared_task(ignore_result=True, soft_time_limit=SOFT_TIME_LIMIT, time_limit=TIME_LIMIT)
def send_delivery(delivery_id: int, today: str | None = None) -> str | None:
    """Send one delivery if it is ready; queue one look when its retry falls due."""
    day = datetime.date.fromisoformat(today) if today else None
    outcome = services.delivery_process(delivery_id=delivery_id, today=day)
    if outcome is None:
        return None
    at = outcome.check_again_at
    if at is not None and services.delivery_queue_retry(delivery_id=delivery_id, at=at):
        send_delivery.apply_async((delivery_id,), {"today": today} if today else {}, eta=at)
    return outcome.state
