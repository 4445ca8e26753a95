"""Chaos benchmark of reminders: real Celery workers racing against misbehaving mail servers.

For each scenario, the same record (``--claims`` due claims: first notices,
follow-ups and escalations, to two digest curators, one curator with a message
per assigned claim, and the admins) is reminded from scratch by ``--workers``
Celery worker processes (concurrency 2) on Redis, woken by two beats at once
and then a beat every ``--beat`` seconds, until every delivery is final:

* ``calm``: a well-behaved server, the baseline measured in the same run;
* ``flaky``: refuses a third of the messages with 451, some of them twice, and
  answers every seventh MAIL command with 421 (too busy);
* ``slow-confirming``: takes every fourth message and answers the end of DATA
  ``--confirm-seconds`` later, beyond ``EMAIL_TIMEOUT``;
* ``trickling``: drip-feeds every reply of the first ``--trickle`` connections a
  byte at a time, each byte within ``EMAIL_TIMEOUT``;
* ``kill`` (with ``--kill``): the first messages are confirmed slowly, and once
  every worker process waits for a confirmation, one worker is killed with
  ``kill -9``: each of its two processes may repeat its message.

It prints, per scenario: reminders owed (what a sweep computes), recorded,
delivered (in a message the server took), duplicate copies (extra copies of
reminders the server took), lost (owed, and neither delivered nor recorded as
dead or of unknown outcome), dead, unknown, messages taken and how many of them
repeated an earlier Message-ID, the peak length of the queue, worker processes
killed, and the time until every delivery was final, against the calm baseline.
The goal: 0 lost, and 0 duplicates except after a kill (at most one repeated
message per killed process).

    .venv/bin/python bench/reminders_chaos.py [--claims 300] [--workers 2] [--kill]
        [--json bench/results/reminders_chaos.json]

Uses PostgreSQL at $BENCH_DATABASE_URL (default: a database named
tracker_bench_reminders_chaos on the local server, dropped and created afresh)
and, as the broker, Redis database 12 on the local server (``--broker``), which
it flushes: not the tests' database 13, so that a test run elsewhere on the
machine cannot take the benchmark's tasks.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/tracker_bench_reminders_chaos"
DEFAULT_BROKER = "redis://127.0.0.1:6379/12"
WORKER_ENV = {
    "EMAIL_TIMEOUT": "1",
    "REMINDER_SEND_DEADLINE_SECONDS": "6",
    "REMINDER_LEASE_SECONDS": "10",
    "REMINDER_RETRY_BASE_SECONDS": "1",
    "REMINDER_REQUEUE_AFTER_SECONDS": "120",
    "REMINDER_MAX_ATTEMPTS": "10",
}


def configure(url: str) -> None:
    os.environ["DATABASE_URL"] = url
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings"
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    os.environ["DJANGO_DEBUG"] = "false"
    import django

    django.setup()


def recreate_database(url: str) -> None:
    import psycopg

    name = urlsplit(url).path.lstrip("/")
    admin_url = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def seed(claims: int) -> None:
    """Due claims 2, 10 and 40 days overdue; a fifth assigned to a per-claim curator."""
    from django.contrib.auth.models import Group
    from django.core.management import call_command
    from django.utils import timezone

    from claims.models import Claim, Source, Speaker
    from tests.factories import AdminFactory, CuratorFactory
    from tracker.models import DeliveryMode, ReminderPreference

    call_command("migrate", verbosity=0)
    Group.objects.get_or_create(name="Curator")
    for _ in range(2):
        ReminderPreference.objects.create(user=CuratorFactory(password=None))
    single = CuratorFactory(password=None)
    ReminderPreference.objects.create(user=single, mode=DeliveryMode.EACH, only_assigned=True)
    AdminFactory(password=None)
    speaker = Speaker.objects.create(name="A speaker", slug="a-speaker")
    source = Source.objects.create(title="An episode", published_on=datetime.date(2020, 1, 1))
    today = timezone.localdate()
    Claim.objects.bulk_create(
        Claim(
            speaker=speaker,
            source=source,
            quote=f"Prediction number {n} will come true before long.",
            statement=f"Prediction {n} comes true.",
            said_on=datetime.date(2020, 1, 1),
            deadline=today - datetime.timedelta(days=(2, 10, 40)[n % 3]),
            deadline_precision="day",
            deadline_source="curator",
            assigned_curator=single if n % 5 == 0 else None,
        )
        for n in range(claims)
    )


def reset() -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("TRUNCATE tracker_reminder, tracker_delivery")


@dataclass
class Scenario:
    name: str
    configure: object  # (Recorder) -> None
    kill: bool = False


def _flaky(message, attempt: int) -> str | None:
    number = int(str(message["Message-ID"]).split("-")[1])
    if number % 3 == 0 and attempt <= 1 + number % 2:
        return "451 4.3.2 Try again later"
    return None


def _flaky_server(recorder) -> None:
    recorder.refuse = _flaky
    recorder.busy_every = 7


def scenarios(args) -> list[Scenario]:
    def slow(recorder):
        recorder.confirm_slowly_first = 10**6
        recorder.confirm_seconds = args.confirm_seconds
        recorder.confirm_every = 4

    def all_slow(recorder):
        recorder.confirm_slowly_first = 2 * args.workers
        recorder.confirm_seconds = args.confirm_seconds

    def trickle(recorder):
        recorder.trickle_first, recorder.trickle_interval = args.trickle, 0.3

    found = [
        Scenario("calm", lambda recorder: None),
        Scenario("flaky", _flaky_server),
        Scenario("slow-confirming", slow),
        Scenario("trickling", trickle),
    ]
    if args.kill:
        found.append(Scenario("kill", all_slow, kill=True))
    return found


class QueueWatch(threading.Thread):
    """Samples the length of the Redis queue the workers consume."""

    def __init__(self, url: str) -> None:
        super().__init__(daemon=True)
        import redis

        self.redis = redis.Redis.from_url(url)
        self.peak = 0
        self.running = True

    def run(self) -> None:
        while self.running:
            self.peak = max(self.peak, self.redis.llen("celery"))
            time.sleep(0.05)


def owed_keys() -> set[tuple]:
    """(claim, recipient, round, channel) of every reminder a sweep owes today."""
    from django.utils import timezone

    from tracker.services import reminders_owed

    return {
        (row.claim_id, row.recipient_id, row.round, row.channel)
        for batch in reminders_owed(today=timezone.localdate())
        for row in batch
    }


def settled() -> bool:
    from tracker.models import Delivery, DeliveryState

    unsent = [DeliveryState.PENDING, DeliveryState.SENDING, DeliveryState.RETRY]
    return Delivery.objects.exists() and not Delivery.objects.filter(state__in=unsent).exists()


def run_scenario(scenario: Scenario, args) -> dict:
    from tests.tracker.smtp import Recorder, SMTPServer
    from tests.tracker.workers import Workers

    reset()
    recorder = Recorder()
    with SMTPServer(recorder) as server:
        scenario.configure(recorder)
        group = Workers(server.port, broker=args.broker, **WORKER_ENV)
        watch = QueueWatch(args.broker)
        watch.start()
        started = time.monotonic()
        try:
            processes = [group.start(concurrency=2) for _ in range(args.workers)]
            killed = _race(group, processes, recorder, scenario, args)
            seconds = time.monotonic() - started
        finally:
            watch.running = False
            group.stop()
        return measure(scenario.name, recorder, seconds, watch.peak, killed)


def _race(group, processes, recorder, scenario: Scenario, args) -> int:
    run = "tracker.tasks.reminders_run"
    group.send(run)
    group.send(run)  # two beats at once: two concurrent sweeps
    killed = 0
    deadline = time.monotonic() + args.timeout
    next_beat = time.monotonic() + args.beat
    while not settled():
        if time.monotonic() > deadline:
            raise SystemExit(f"{scenario.name}: not settled after {args.timeout} s")
        # Once every worker process waits for a slow confirmation, kill one worker.
        if scenario.kill and not killed and recorder.confirmed_slowly >= 2 * args.workers:
            group.kill(processes[0])
            killed = 2  # its two pool processes
            group.start(concurrency=2)
        if time.monotonic() >= next_beat:
            group.send(run)
            next_beat += args.beat
        time.sleep(0.1)
    return killed


def measure(name: str, recorder, seconds: float, queue_peak: int, killed: int) -> dict:
    from tracker.models import Reminder, ReminderState

    carried = Counter(recorder.reminder_ids())
    message_ids = {str(message["Message-ID"]) for message in recorder.accepted}
    rows = Reminder.objects.values_list("pk", "claim", "recipient", "round", "channel", "state")
    recorded = {tuple(row[1:5]): (row[0], row[5]) for row in rows}
    owed = owed_keys()
    given_up = {ReminderState.DEAD, ReminderState.UNKNOWN}
    lost = [
        key
        for key in owed
        if key not in recorded
        or (recorded[key][0] not in carried and recorded[key][1] not in given_up)
    ]
    states = Counter(state for _, state in recorded.values())
    return {
        "scenario": name,
        "owed": len(owed),
        "recorded": len(recorded),
        "delivered": len(carried),
        "duplicate_copies": sum(carried.values()) - len(carried),
        "lost": len(lost),
        "dead": states[ReminderState.DEAD],
        "unknown": states[ReminderState.UNKNOWN],
        "messages": len(recorder.accepted),
        "repeated_messages": len(recorder.accepted) - len(message_ids),
        "attempts_at_server": sum(recorder.attempts.values()),
        "queue_peak": queue_peak,
        "killed_processes": killed,
        "seconds": seconds,
    }


def report(rows: list[dict], args) -> dict:
    calm = rows[0]["seconds"]
    columns = [
        ("scenario", 16), ("owed", 6), ("recorded", 9), ("delivered", 10),
        ("duplicate_copies", 11), ("lost", 5), ("dead", 5), ("unknown", 8),
        ("messages", 9), ("repeated_messages", 9), ("queue_peak", 11),
        ("killed_processes", 7), ("seconds", 8),
    ]  # fmt: skip
    titles = {
        "duplicate_copies": "duplicates",
        "queue_peak": "queue peak",
        "killed_processes": "killed",
        "repeated_messages": "repeats",
    }
    print("".join(f"{titles.get(key, key):>{width}}" for key, width in columns) + "  x calm")
    for row in rows:
        cells = [
            f"{row[key]:>{width}.1f}" if key == "seconds" else f"{row[key]:>{width}}"
            for key, width in columns
        ]
        print("".join(cells) + f"{row['seconds'] / calm:>8.1f}")
    return {
        "benchmark": "reminders_chaos",
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "machine": {"python": platform.python_version(), "platform": platform.platform()},
        "claims": args.claims,
        "workers": args.workers,
        "worker_settings": WORKER_ENV,
        "confirm_seconds": args.confirm_seconds,
        "scenarios": rows,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=300)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--beat", type=float, default=5.0, help="seconds between beats")
    parser.add_argument("--confirm-seconds", type=float, default=3.0)
    parser.add_argument("--trickle", type=int, default=12, help="connections that trickle")
    parser.add_argument("--kill", action="store_true", help="add the kill -9 scenario")
    parser.add_argument("--timeout", type=float, default=600)
    parser.add_argument("--json", default=str(ROOT / "bench/results/reminders_chaos.json"))
    parser.add_argument("--database", default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL))
    parser.add_argument("--broker", default=DEFAULT_BROKER, help="a Redis URL the run may flush")
    args = parser.parse_args()
    recreate_database(args.database)
    configure(args.database)
    seed(args.claims)
    rows = []
    for scenario in scenarios(args):
        print(f"Running {scenario.name}...", flush=True)
        rows.append(run_scenario(scenario, args))
    print()
    results = report(rows, args)
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(results, indent=2) + "\n")
    print(f"\nWrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
