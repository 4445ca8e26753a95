import datetime

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from django_celery_beat.models import PeriodicTask

from tests.factories import ClaimFactory
from tests.tracker.factories import opted_in_curator
from tests.tracker.smtp import free_port
from tracker.models import Delivery, DeliveryMode, DeliveryState
from tracker.services import (
    deliveries_queue_ready,
    delivery_claim,
    delivery_process,
    delivery_queue_retry,
    reminders_sweep,
)
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


def later(now: datetime.datetime, seconds: float) -> datetime.datetime:
    return now + datetime.timedelta(seconds=seconds)


def queue(now: datetime.datetime) -> list[int]:
    queued: list[int] = []
    deliveries_queue_ready(now=now, enqueue=queued.extend)
    return queued


@pytest.fixture
def one_per_claim(today):
    """Three ready deliveries, one per claim."""
    opted_in_curator(mode=DeliveryMode.EACH)
    ClaimFactory.create_batch(3, deadline=today - datetime.timedelta(days=1))
    reminders_sweep(today=today)
    return list(Delivery.objects.order_by("pk").values_list("pk", flat=True))


def test_a_second_run_queues_nothing_already_queued(
    today, one_per_claim, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as first:
        assert reminders_run.apply(kwargs={"today": today.isoformat()}).get() == 3
    with django_capture_on_commit_callbacks() as second:
        assert reminders_run.apply(kwargs={"today": today.isoformat()}).get() == 0

    assert (len(first), len(second)) == (3, 0)


def test_a_delivery_whose_worker_died_is_queued_once_more_when_its_lease_expires(one_per_claim):
    now = timezone.now()
    assert queue(now) == one_per_claim
    lost = delivery_claim(now=now, delivery_id=one_per_claim[0])  # its worker dies
    for pk in one_per_claim[1:]:
        assert delivery_process(delivery_id=pk, now=now).state == DeliveryState.SENT

    assert queue(later(now, 299)) == []
    assert queue(later(now, 301)) == [lost.pk]
    assert queue(later(now, 302)) == []


def test_a_queued_task_that_was_lost_is_replaced_once_presumed_lost(one_per_claim):
    now = timezone.now()
    assert queue(now) == one_per_claim

    assert queue(later(now, 599)) == []  # a slow backlog is not queued again
    assert queue(later(now, 601)) == one_per_claim  # nobody claimed them: the tasks were lost
    assert queue(later(now, 700)) == []


def test_a_retry_gets_one_task_for_its_slot(settings, one_per_claim):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", free_port()  # nothing listens
    now = timezone.now()
    queue(now)
    outcomes = [delivery_process(delivery_id=pk, now=now) for pk in one_per_claim]
    assert {outcome.state for outcome in outcomes} == {DeliveryState.RETRY}
    Delivery.objects.filter(pk__in=one_per_claim[1:]).update(state=DeliveryState.DEAD)
    outcome = outcomes[0]

    assert delivery_queue_retry(delivery_id=one_per_claim[0], at=outcome.check_again_at)
    assert not delivery_queue_retry(delivery_id=one_per_claim[0], at=outcome.check_again_at)
    assert queue(later(outcome.check_again_at, 1)) == []
    assert queue(later(outcome.check_again_at, 599)) == []
    assert queue(later(outcome.check_again_at, 601)) == [one_per_claim[0]]


def test_the_most_overdue_deliveries_are_queued_first(one_per_claim):
    now = timezone.now()
    oldest, middle, newest = one_per_claim
    for pk, minutes in ((newest, 90), (oldest, 5), (middle, 30)):
        Delivery.objects.filter(pk=pk).update(
            state=DeliveryState.RETRY, next_attempt_at=later(now, -60 * minutes)
        )

    assert queue(now) == [newest, middle, oldest]
