"""Celery tasks: thin wrappers that take ids and call the services.

Beat only wakes ``reminders_run`` up; the database decides what is owed and who
sends it, so a missed, late or doubled beat changes nothing.
"""

import datetime

from celery import shared_task
from django.utils import timezone

from tracker import services


def deliveries_enqueue(ids) -> int:
    """Queue one send task per delivery id, once the current transaction commits."""
    count = 0
    for delivery_id in ids:
        send_delivery.delay_on_commit(delivery_id)
        count += 1
    return count


@shared_task(ignore_result=True)
def reminders_run(today: str | None = None) -> int:
    """Sweep (record what is owed today), then queue every delivery that is ready."""
    day = datetime.date.fromisoformat(today) if today else timezone.localdate()
    services.reminders_sweep(today=day)
    return deliveries_enqueue(services.deliveries_ready_ids(now=timezone.now()))


@shared_task(ignore_result=True)
def send_delivery(delivery_id: int) -> str | None:
    """Send one delivery if it is ready; look again when a retry or a lease falls due."""
    outcome = services.delivery_process(delivery_id=delivery_id)
    if outcome is None:
        return None
    if outcome.check_again_at is not None:
        send_delivery.apply_async((delivery_id,), eta=outcome.check_again_at)
    return outcome.state
