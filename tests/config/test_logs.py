"""Logs: one JSON object a line in production, text in development, each record once,
and the request id from the request into the Celery tasks it enqueues."""

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django_guid import clear_guid, set_guid
from kombu import Connection

from config.celery import app
from config.logs import RequestContextFilter
from tracker import tasks

ROOT = Path(__file__).resolve().parents[2]
REQUEST_ID = "5f2b0c1e-9a7d-4b3c-8e6f-1a2b3c4d5e6f"
PRODUCTION = {
    "DJANGO_ENV": "production",
    "DJANGO_SECRET_KEY": "x" * 20 + "-a-long-random-production-secret-0123456789",
    "DJANGO_ALLOWED_HOSTS": "claims.example.org",
}
# Requests made in a fresh process; its stderr is what a log collector reads.
SCRIPT = f"""
import django, warnings
django.setup()
from django.test import Client
from tests.factories import AdminFactory
from django.core.management import call_command
call_command("migrate", verbosity=0)
call_command("collectstatic", interactive=False, verbosity=0)  # as a deployment does
client = Client(HTTP_HOST="claims.example.org")
client.get("/health/live/", secure=True)
client.get("/api/v1/speakers/", HTTP_X_REQUEST_ID="{REQUEST_ID}", secure=True)
client.get("/no-such-page/", secure=True)
client.force_login(AdminFactory())
client.get("/api/v1/claims/", HTTP_ACCEPT="application/json", secure=True)
warnings.warn("a deprecated setting is in use")
"""


def _run(tmp_path: Path, **env: str) -> list[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "LOG_"))}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=ROOT,
        env={
            **clean,
            "DJANGO_SETTINGS_MODULE": "config.settings",
            "DATABASE_URL": f"sqlite:///{tmp_path / 'logs.sqlite3'}",
            "TRACKER_VAR_DIR": str(tmp_path / "var"),
            "DJANGO_STATIC_ROOT": str(tmp_path / "static"),
            **env,
        },
        capture_output=True,
        text=True,
        timeout=180,
        check=True,
    )
    return result.stderr.splitlines()


@pytest.fixture(scope="module")
def production_lines(tmp_path_factory) -> list[dict]:
    lines = _run(tmp_path_factory.mktemp("production"), **PRODUCTION)
    return [json.loads(line) for line in lines]  # every line is one JSON object


def test_production_logs_one_json_object_a_line_with_the_request_fields(production_lines):
    request = next(line for line in production_lines if "/speakers/" in line["message"])
    assert request["time"].endswith("+00:00")
    del request["time"], request["duration"]
    assert request == {
        "level": "INFO",
        "logger": "config.requests",
        "message": "GET /api/v1/speakers/ 200",
        "method": "GET",
        "path": "/api/v1/speakers/",
        "status": 200,
        "user_id": None,
        "request_id": REQUEST_ID,
    }


def test_passing_health_probes_are_not_logged(production_lines):
    assert not [line for line in production_lines if "/health/" in line["message"]]


def test_production_logs_name_the_user_once_known(production_lines):
    request = next(
        line for line in production_lines if line["message"] == "GET /api/v1/claims/ 200"
    )
    assert isinstance(request["user_id"], int)
    assert isinstance(request["duration"], float)


def test_a_request_without_an_id_gets_one_and_djangos_own_records_carry_it(production_lines):
    not_found = [line for line in production_lines if "/no-such-page/" in line["message"]]
    assert [line["logger"] for line in not_found] == ["config.requests", "django.request"]
    ours, django = not_found
    assert len(ours["request_id"]) == 32
    assert django["request_id"] == ours["request_id"]
    assert (django["level"], django["status"], django["path"]) == ("WARNING", 404, "/no-such-page/")
    assert "request" not in django  # the request object itself is not dumped


def test_python_warnings_are_json_lines_too(production_lines):
    ours = [line for line in production_lines if "a deprecated setting" in line["message"]]
    assert [line["logger"] for line in ours] == ["py.warnings"]
    assert "UserWarning: a deprecated setting is in use" in ours[0]["message"]


def test_development_logs_text_and_writes_each_record_once(tmp_path):
    lines = _run(tmp_path, DJANGO_ALLOWED_HOSTS="claims.example.org")
    not_found = [line for line in lines if "Not Found: /no-such-page/" in line]
    assert len(not_found) == 1
    assert " WARNING django.request Not Found: /no-such-page/" in not_found[0]
    assert len([line for line in lines if "a deprecated setting is in use" in line]) == 1
    # The development server prints each request itself; ours stay quiet.
    assert not [line for line in lines if "config.requests" in line]


def test_a_request_keeps_the_callers_request_id_and_returns_it(client):
    response = client.get("/health/live/", HTTP_X_REQUEST_ID=REQUEST_ID)
    assert response["X-Request-ID"] == REQUEST_ID


def test_a_request_id_that_is_not_a_uuid_is_replaced(client):
    response = client.get("/health/live/", HTTP_X_REQUEST_ID="evil\nINFO forged line")
    assert "evil" not in response["X-Request-ID"]
    assert len(response["X-Request-ID"]) == 32


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []
        self.addFilter(RequestContextFilter())

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.mark.django_db
def test_a_task_enqueued_in_a_request_carries_its_request_id_into_the_worker():
    """Published with the id in its headers; the worker's records carry it while it runs."""
    from celery.worker.request import Request

    records = _Records()
    logging.getLogger().addHandler(records)
    try:
        set_guid(REQUEST_ID)  # what the middleware does for a request
        with Connection("memory://") as connection:
            tasks.send_delivery.apply_async((0,), connection=connection)
            message = connection.SimpleQueue("celery").get(timeout=5)
        clear_guid()  # the worker is another process: it knows only the message
        assert message.headers["X-Request-ID"] == REQUEST_ID
        Request(message, app=app, task=app.tasks[message.headers["task"]]).execute()
    finally:
        logging.getLogger().removeHandler(records)
        clear_guid()
    task_records = [r for r in records.records if r.name == "celery.app.trace"]
    assert task_records
    assert {record.request_id for record in task_records} == {REQUEST_ID}
