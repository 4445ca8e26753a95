"""Health checks of the reminder machinery, for the full health report (config/health.py).

* ``ReminderSchedule``: beat has run the reminder job lately. Beat is the one
  process of which exactly one runs; when it stops, nothing else notices.
* ``DeadDeliveries``: how many reminder deliveries gave up after their last
  attempt and wait for a curator to re-send them.
"""

from __future__ import annotations

import dataclasses
import datetime

from asgiref.sync import sync_to_async
from celery.beat import Scheduler
from django.conf import settings
from django.utils import timezone
from django.utils.timesince import timesince
from django_celery_beat.models import PeriodicTask
from health_check.base import HealthCheck
from health_check.exceptions import ServiceUnavailable

from tracker.models import Delivery, DeliveryState

REMINDERS_TASK = "tracker.tasks.reminders_run"
# Beat writes a task's last run to the database every few minutes, not at once.
BEAT_SYNC_LAG = datetime.timedelta(seconds=Scheduler.sync_every)


class TrackerCheck(HealthCheck):
    """A check that reads the database in the request's own thread and connection.

    ``detail`` is what a passing check reports instead of a bare "OK".
    """

    name = "tracker"
    detail = "OK"

    def __repr__(self) -> str:
        return self.name

    def pretty_status(self) -> str:
        return self.detail

    async def run(self) -> None:
        await sync_to_async(self.check)()

    def check(self) -> None:
        raise NotImplementedError


@dataclasses.dataclass(repr=False)
class ReminderSchedule(TrackerCheck):
    """The reminder schedule ran within ``HEALTH_BEAT_STALE_INTERVALS`` times its interval.

    Judged from ``PeriodicTask.last_run_at`` (or, before its first run, from when
    the schedule was last changed), allowing for beat's lag in writing it.
    Raises ``ServiceUnavailable`` when the schedule is missing, disabled, not an
    interval schedule, or stale.
    """

    name = "beat"

    def check(self) -> None:
        task = (
            PeriodicTask.objects.filter(task=REMINDERS_TASK, enabled=True)
            .select_related("interval")
            .order_by("pk")
            .first()
        )
        if task is None:
            raise ServiceUnavailable("no enabled periodic task runs the reminders")
        if task.interval is None:
            raise ServiceUnavailable(
                f"the periodic task {task.name!r} has no interval schedule; "
                "its freshness is judged for interval schedules only"
            )
        interval = datetime.timedelta(**{task.interval.period: task.interval.every})
        since = task.last_run_at or task.date_changed
        age = timezone.now() - since
        if age > interval * settings.HEALTH_BEAT_STALE_INTERVALS + BEAT_SYNC_LAG:
            ran = "last ran" if task.last_run_at else "has not run since it was set up"
            raise ServiceUnavailable(
                f"the reminder schedule {ran} {timesince(since)} ago but runs every "
                f"{timesince(since - interval, since)}: is beat running?"
            )
        ran = f"ran {timesince(since)} ago" if task.last_run_at else "has not run yet"
        self.detail = f"the reminder schedule {ran}"


@dataclasses.dataclass(repr=False)
class DeadDeliveries(TrackerCheck):
    """At most ``HEALTH_DEAD_DELIVERIES_MAX`` reminder deliveries are dead.

    Raises ``ServiceUnavailable`` naming the number when there are more.
    """

    name = "dead_deliveries"

    def check(self) -> None:
        dead = Delivery.objects.filter(state=DeliveryState.DEAD).count()
        allowed = settings.HEALTH_DEAD_DELIVERIES_MAX
        if dead > allowed:
            raise ServiceUnavailable(
                f"{dead} dead reminder deliveries (at most {allowed} allowed): re-send them "
                "from the admin under Deadlines and reminders › Deliveries"
            )
        self.detail = f"{dead} dead reminder deliveries"
