import datetime

import pytest
from django.contrib.auth.models import Group
from django_celery_beat.models import PeriodicTask

from tests.factories import ClaimFactory
from tests.tracker.factories import opted_in_curator
from tracker.models import Delivery, DeliveryState
from tracker.tasks import reminders_run, send_delivery

pytestmark = pytest.mark.django_db


def test_the_reminder_run_is_scheduled_in_the_database():
    task = PeriodicTask.objects.get(name="Send resolution reminders")

    assert task.task == "tracker.tasks.reminders_run"
    assert task.enabled
    assert (task.interval.every, task.interval.period) == (10, "minutes")


def test_curators_may_view_reminders_and_set_their_preferences():
    codenames = set(
        Group.objects.get(name="Curator")
        .permissions.filter(content_type__app_label="tracker")
        .values_list("codename", flat=True)
    )

    assert codenames == {
        "view_reminder",
        "view_delivery",
        "add_reminderpreference",
        "change_reminderpreference",
        "view_reminderpreference",
        "view_overdueclaim",
    }


def test_the_run_task_queues_each_ready_delivery_once_the_sweep_commits(
    today, django_capture_on_commit_callbacks
):
    opted_in_curator()
    ClaimFactory(deadline=today - datetime.timedelta(days=1))

    with django_capture_on_commit_callbacks() as queued:
        result = reminders_run.apply(kwargs={"today": today.isoformat()})

    assert result.get() == 1
    assert len(queued) == 1


def test_the_send_task_re_checks_the_delivery_before_acting(today):
    opted_in_curator()
    ClaimFactory(deadline=today - datetime.timedelta(days=1))
    reminders_run.apply(kwargs={"today": today.isoformat()})
    delivery = Delivery.objects.get()

    assert send_delivery.apply(args=(delivery.pk,)).get() == DeliveryState.SENT
    assert send_delivery.apply(args=(delivery.pk,)).get() is None  # already sent
    assert send_delivery.apply(args=(0,)).get() is None  # no such delivery
