"""Health endpoints: liveness, readiness and the full report, healthy and with a dependency down."""

import datetime
import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from django.utils import timezone
from django_celery_beat.models import ClockedSchedule, IntervalSchedule, PeriodicTask
from health_check.exceptions import ServiceUnavailable

from tests.factories import UserFactory
from tracker.health import REMINDERS_TASK, ReminderSchedule
from tracker.models import Channel, Delivery, DeliveryMode, DeliveryState

ROOT = Path(__file__).resolve().parents[2]
JSON = {"HTTP_ACCEPT": "application/json"}


def _get(client, url: str, **headers):
    response = client.get(url, **{**JSON, **headers})
    return response, json.loads(response.content)


def _closed_port() -> int:
    """A loopback port nobody listens on: what a stopped server looks like."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _in_a_process(url: str, tmp_path: Path, **env: str) -> tuple[int, dict]:
    """GET ``url`` in a fresh process started with ``env``, as a load balancer would see it."""
    script = (
        "import django, json; django.setup()\n"
        "from django.test import Client\n"
        f"r = Client().get({url!r}, HTTP_ACCEPT='application/json')\n"
        "print(json.dumps({'status': r.status_code, 'body': json.loads(r.content)}))\n"
    )
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "CELERY_"))}
    defaults = {
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'health.sqlite3'}",
        "TRACKER_VAR_DIR": str(tmp_path / "var"),
        "LOG_LEVEL": "CRITICAL",
    }
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={**clean, **defaults, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    answer = json.loads(result.stdout.strip().splitlines()[-1])
    return answer["status"], answer["body"]


@pytest.mark.django_db
def test_readiness_checks_database_cache_and_broker_and_answers_200(client):
    response, body = _get(client, "/health/ready/")
    assert response.status_code == 200
    assert body["status"] == "ok"
    assert body["failed"] == []
    assert list(body["checks"]) == ["database", "cache", "broker"]
    assert all(check["ok"] and check["detail"] == "OK" for check in body["checks"].values())


def test_liveness_asks_no_dependency(client):
    response, body = _get(client, "/health/live/")
    assert response.status_code == 200
    assert body == {"status": "ok", "failed": [], "checks": {}}


@pytest.mark.django_db
def test_health_answers_are_never_cached(client):
    for url in ("/health/", "/health/live/", "/health/ready/"):
        cache_control = client.get(url, **JSON)["Cache-Control"]
        assert {"no-cache", "no-store", "must-revalidate", "max-age=0"} <= {
            part.strip() for part in cache_control.split(",")
        }, url


@pytest.mark.django_db
def test_health_is_not_throttled_when_the_api_is(client, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "2/minute", "user": "2/minute"},
    }
    api = [client.get("/api/v1/claims/").status_code for _ in range(3)]
    assert api[-1] == 429
    assert [client.get("/health/ready/", **JSON).status_code for _ in range(5)] == [200] * 5


@pytest.mark.django_db
def test_people_get_readable_text_and_a_page(client):
    text = client.get("/health/ready/", HTTP_ACCEPT="text/plain")
    assert text.status_code == 200
    assert text.content.decode() == "status: ok\ndatabase: OK\ncache: OK\nbroker: OK\n"
    page = client.get("/health/ready/", HTTP_ACCEPT="text/html")
    assert page.status_code == 200
    assert b"System status" in page.content


def _schedule(**fields) -> PeriodicTask:
    """The reminder schedule of the data migration, with the given fields."""
    task = PeriodicTask.objects.get(task=REMINDERS_TASK)
    for name, value in fields.items():
        setattr(task, name, value)
    task.save()
    return task


@pytest.mark.django_db
def test_the_full_report_passes_while_beat_runs_the_reminders_on_time(client):
    _schedule(last_run_at=timezone.now() - datetime.timedelta(minutes=12))
    response, body = _get(client, "/health/")
    assert response.status_code == 200, body
    assert list(body["checks"]) == ["database", "cache", "broker", "beat", "dead_deliveries"]
    assert body["checks"]["beat"]["detail"] == "the reminder schedule ran 12\xa0minutes ago"
    assert body["checks"]["dead_deliveries"]["detail"] == "0 dead reminder deliveries"


@pytest.mark.django_db
def test_the_full_report_fails_when_beat_has_not_run_the_reminders_for_two_intervals(client):
    # Every 10 minutes; beat writes the last run up to 3 minutes late: 23 minutes is too long.
    _schedule(last_run_at=timezone.now() - datetime.timedelta(minutes=24))
    response, body = _get(client, "/health/")
    assert response.status_code == 503
    assert body["failed"] == ["beat"]
    assert body["checks"]["beat"]["detail"] == (
        "Unavailable: the reminder schedule last ran 24\xa0minutes ago but runs every "
        "10\xa0minutes: is beat running?"
    )


def _disabled() -> dict:
    return {"enabled": False}


def _one_off() -> dict:
    tomorrow = timezone.now() + datetime.timedelta(days=1)
    return {
        "interval": None,
        "one_off": True,
        "clocked": ClockedSchedule.objects.create(clocked_time=tomorrow),
    }


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("schedule", "message"),
    [
        (_disabled, "Unavailable: no enabled periodic task runs the reminders"),
        (
            _one_off,
            "Unavailable: the periodic task 'Send resolution reminders' has no interval "
            "schedule; its freshness is judged for interval schedules only",
        ),
    ],
    ids=["disabled", "not-an-interval"],
)
def test_beat_freshness_says_why_it_cannot_vouch_for_the_schedule(schedule, message):
    _schedule(**schedule())
    with pytest.raises(ServiceUnavailable) as failure:
        ReminderSchedule().check()
    assert str(failure.value) == message


@pytest.mark.django_db
def test_a_schedule_that_never_ran_counts_from_when_it_was_set_up():
    task = _schedule(last_run_at=None)
    PeriodicTask.objects.filter(pk=task.pk).update(
        date_changed=timezone.now() - datetime.timedelta(hours=3)
    )
    with pytest.raises(ServiceUnavailable, match="has not run since it was set up 3\xa0hours ago"):
        ReminderSchedule().check()
    PeriodicTask.objects.filter(pk=task.pk).update(date_changed=timezone.now())
    check = ReminderSchedule()
    check.check()
    assert check.pretty_status() == "the reminder schedule has not run yet"


@pytest.mark.django_db
def test_an_hourly_schedule_is_judged_by_its_own_interval(client):
    hourly, _ = IntervalSchedule.objects.get_or_create(every=1, period=IntervalSchedule.HOURS)
    _schedule(interval=hourly, last_run_at=timezone.now() - datetime.timedelta(minutes=100))
    response, body = _get(client, "/health/")
    assert response.status_code == 200, body


def _dead_delivery(user) -> Delivery:
    return Delivery.objects.create(
        recipient=user,
        channel=Channel.EMAIL,
        mode=DeliveryMode.DIGEST,
        state=DeliveryState.DEAD,
        attempts=6,
        last_error="SMTP 550 mailbox unavailable",
    )


@pytest.mark.django_db
def test_dead_deliveries_fail_the_full_report_with_their_number(client):
    _schedule(last_run_at=timezone.now())
    user = UserFactory()
    _dead_delivery(user)
    _dead_delivery(user)
    response, body = _get(client, "/health/")
    assert response.status_code == 503
    assert body["failed"] == ["dead_deliveries"]
    assert body["checks"]["dead_deliveries"]["detail"] == (
        "Unavailable: 2 dead reminder deliveries (at most 0 allowed): re-send them from "
        "the admin under Deadlines and reminders › Deliveries"
    )
    # The error text never reaches a load balancer's readiness probe.
    assert client.get("/health/ready/", **JSON).status_code == 200


@pytest.mark.django_db
def test_an_operator_can_allow_some_dead_deliveries(client, settings):
    settings.HEALTH_DEAD_DELIVERIES_MAX = 2
    _schedule(last_run_at=timezone.now())
    user = UserFactory()
    _dead_delivery(user)
    _dead_delivery(user)
    response, body = _get(client, "/health/")
    assert response.status_code == 200
    assert body["checks"]["dead_deliveries"]["detail"] == "2 dead reminder deliveries"


def test_with_the_database_down_readiness_answers_503_naming_it(tmp_path):
    port = _closed_port()
    status, body = _in_a_process(
        "/health/ready/",
        tmp_path,
        DATABASE_URL=f"postgres://tracker:db-secret@127.0.0.1:{port}/tracker",
    )
    assert status == 503
    assert body["status"] == "failing"
    assert body["failed"] == ["database"]
    assert body["checks"]["database"]["ok"] is False
    assert body["checks"]["database"]["detail"].startswith("Unavailable: ")
    assert body["checks"]["broker"]["ok"] is True
    assert "db-secret" not in json.dumps(body)
    assert str(port) not in json.dumps(body)


def test_with_the_database_down_the_process_is_still_alive(tmp_path):
    port = _closed_port()
    status, body = _in_a_process(
        "/health/live/", tmp_path, DATABASE_URL=f"postgres://postgres@127.0.0.1:{port}/tracker"
    )
    assert (status, body["status"]) == (200, "ok")


@pytest.mark.parametrize("scheme", ["redis", "amqp"])
def test_with_the_broker_down_readiness_answers_503_naming_it(tmp_path, scheme):
    port = _closed_port()
    status, body = _in_a_process(
        "/health/ready/",
        tmp_path,
        CELERY_BROKER_URL=f"{scheme}://tracker:broker-secret@127.0.0.1:{port}/0",
    )
    assert status == 503
    assert body["failed"] == ["broker"]
    assert body["checks"]["broker"]["detail"].startswith("Unavailable: cannot connect (")
    assert body["checks"]["database"]["ok"] is True
    assert "broker-secret" not in json.dumps(body)
    assert str(port) not in json.dumps(body)


def test_with_the_cache_down_readiness_answers_503_naming_it(tmp_path):
    port = _closed_port()
    status, body = _in_a_process(
        "/health/ready/", tmp_path, CACHE_URL=f"redis://:cache-secret@127.0.0.1:{port}/1"
    )
    assert status == 503
    assert body["failed"] == ["cache"]
    assert "cache-secret" not in json.dumps(body)
