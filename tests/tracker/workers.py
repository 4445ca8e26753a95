"""Real Celery workers for the end-to-end tests, on a local broker (Redis by default, or
RabbitMQ) and the test database."""

import os
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

import redis
from django.db import connection
from kombu import Connection

from config.celery import app

BASE_DIR = Path(__file__).resolve().parents[2]


def redis_url() -> str:
    """A Redis database of its own, so flushing it disturbs no other test run."""
    base = urlsplit(os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"))
    return f"redis://{base.netloc}/13"


def amqp_url() -> str:
    """The local RabbitMQ, the other production broker."""
    return os.environ.get("AMQP_URL", "amqp://guest:guest@127.0.0.1:5672//")


def database_url() -> str:
    """The pytest-django test database, as another process reaches it."""
    settings = connection.settings_dict
    user = settings["USER"] or "postgres"
    password = f":{settings['PASSWORD']}" if settings["PASSWORD"] else ""
    host = settings["HOST"] or "127.0.0.1"
    port = settings["PORT"] or 5432
    return f"postgres://{user}{password}@{host}:{port}/{settings['NAME']}"


def progress() -> str:
    """How far the run got, for a timeout's message."""
    from tracker.models import Delivery, Reminder

    deliveries = Counter(Delivery.objects.values_list("state", flat=True))
    reminders = Counter(Reminder.objects.values_list("state", flat=True))
    stuck = list(
        Delivery.objects.exclude(state="sent").values_list(
            "pk", "state", "attempts", "next_attempt_at", "lease_until", "last_error"
        )[:5]
    )
    return f"deliveries {dict(deliveries)}, reminders {dict(reminders)}, e.g. {stuck}"


def wait_until(predicate: Callable[[], bool], *, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    raise AssertionError(f"Timed out after {timeout} s waiting for {what}: {progress()}.")


class Workers:
    """Starts ``celery -A config worker`` processes and stops (or kills) them."""

    def __init__(self, smtp_port: int, *, broker: str | None = None, **env: str) -> None:
        self.broker = broker or redis_url()
        self.env = {
            **os.environ,
            "DATABASE_URL": database_url(),
            "CELERY_BROKER_URL": self.broker,
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": str(smtp_port),
            "EMAIL_TIMEOUT": "5",
            "TRACKER_BASE_URL": "https://tracker.example.org",
            "REMINDER_RETRY_BASE_SECONDS": "1",
            "REMINDER_MAX_ATTEMPTS": "10",
            "LOG_LEVEL": "WARNING",
            **env,
        }
        self.env.pop("DJANGO_ENV", None)
        self.processes: list[subprocess.Popen] = []
        self.killed: set[int] = set()
        self.purge()

    def purge(self) -> None:
        """Drop whatever an earlier run left on the broker."""
        if self.broker.startswith("redis"):
            redis.Redis.from_url(self.broker).flushdb()
            return
        with Connection(self.broker) as broker:
            app.control.purge(connection=broker)

    def start(self, concurrency: int = 2) -> subprocess.Popen:
        name = f"reminders{len(self.processes)}@%h"
        command = [
            sys.executable, "-m", "celery", "-A", "config", "--quiet", "worker", "--pool=prefork",
            f"--concurrency={concurrency}", "--loglevel=WARNING", "-n", name,
            "--without-gossip", "--without-mingle", "--without-heartbeat",
        ]  # fmt: skip
        process = subprocess.Popen(command, cwd=BASE_DIR, env=self.env, start_new_session=True)
        self.processes.append(process)
        return process

    def send(self, task: str, **kwargs) -> None:
        with Connection(self.broker) as broker:
            app.send_task(task, kwargs=kwargs, connection=broker)

    def kill(self, process: subprocess.Popen) -> None:
        """kill -9 the worker and its pool processes, as a crash would."""
        self.killed.add(process.pid)
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)

    def wait(self, predicate: Callable[[], bool], *, timeout: float, what: str) -> None:
        """Wait for ``predicate``, failing at once if a worker died on its own."""

        def done() -> bool:
            for process in self.processes:
                if process.pid not in self.killed and process.poll() is not None:
                    raise AssertionError(f"A worker exited with code {process.returncode}.")
            return predicate()

        wait_until(done, timeout=timeout, what=what)

    def stop(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in self.processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)
        self.purge()


def delivery_number(message_id: str) -> int:
    return int(re.search(r"reminder-(\d+)-", message_id).group(1))
