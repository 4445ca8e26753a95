"""Benchmark of one reminder run (tracker/reminders/) over a large record.

Builds a fresh database of ``--claims`` claims of which ``--due`` are past their
deadline and unresolved (the rest: future deadlines, no deadline, resolved), with
two opted-in curators, then in the same run times:

* the bare SQL query that selects the due claims (the floor any sweep must pay);
* the sweep (record every reminder owed, group them into digests);
* a second sweep the same day (what every later beat costs: nothing new);
* sending every delivery (Django's dummy e-mail backend: rendering, claiming and
  recording are measured, the mail server is not).

Then the worker's peak memory: for each number of due claims in ``--scales``, a
fresh process runs sweep and send and reports how far its peak RSS rose above
its baseline. The sweep streams the claims in batches, so that rise stays flat.

    .venv/bin/python bench/reminders.py [--claims 100000] [--due 10000]
        [--scales 2500,5000,10000,20000] [--json bench/results/reminders.json]

Uses PostgreSQL at $BENCH_DATABASE_URL (default: a database named
tracker_bench_reminders on the local server, dropped and created afresh).
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/tracker_bench_reminders"
TODAY = datetime.date(2026, 11, 26)
BATCH = 5000


def configure(url: str) -> None:
    os.environ["DATABASE_URL"] = url
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings"
    os.environ["EMAIL_BACKEND"] = "django.core.mail.backends.dummy.EmailBackend"
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    # As a production worker runs: with DEBUG on, Django keeps the last queries in memory.
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


def seed(claims: int, due: int) -> None:
    """``due`` claims past their deadline; the rest split between future, undated, resolved."""
    from django.core.management import call_command
    from django.utils import timezone

    from claims.models import Claim, Source, Speaker
    from tests.factories import CuratorFactory
    from tracker.models import ReminderPreference

    call_command("migrate", verbosity=0)
    speaker = Speaker.objects.create(name="A speaker", slug="a-speaker")
    source = Source.objects.create(title="An episode", published_on=datetime.date(2020, 1, 1))
    for _ in range(2):
        ReminderPreference.objects.create(user=CuratorFactory(password=None))
    now = timezone.now()
    rows = (_claim(n, due, speaker, source, now) for n in range(claims))
    batch = []
    for row in rows:
        batch.append(row)
        if len(batch) == BATCH:
            Claim.objects.bulk_create(batch)
            batch = []
    Claim.objects.bulk_create(batch)


def _claim(n: int, due: int, speaker, source, now):
    from claims.models import Claim

    said_on = datetime.date(2020, 1, 1)
    kind = "due" if n < due else ("future", "future", "future", "undated", "resolved")[n % 5]
    deadline = {
        "due": TODAY - datetime.timedelta(days=1 + n % 60),
        "future": TODAY + datetime.timedelta(days=1 + n % 900),
        "resolved": TODAY - datetime.timedelta(days=1 + n % 60),
    }.get(kind)
    return Claim(
        speaker=speaker,
        source=source,
        quote=f"Prediction number {n} will come true before long.",
        statement=f"Prediction {n} comes true.",
        said_on=said_on,
        deadline=deadline,
        deadline_precision="day" if deadline else "",
        deadline_source="curator" if deadline else "none",
        verdict="true" if kind == "resolved" else "",
        resolved_at=now if kind == "resolved" else None,
    )


def set_due(due: int) -> None:
    """Make exactly ``due`` claims due (the lowest ids) and forget every reminder."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("TRUNCATE tracker_reminder, tracker_delivery")
        cursor.execute(
            "UPDATE claims_claim SET deadline = %s WHERE verdict = '' AND deadline IS NOT NULL",
            [TODAY + datetime.timedelta(days=30)],
        )
        cursor.execute(
            "UPDATE claims_claim SET deadline = %s WHERE id IN "
            "(SELECT id FROM claims_claim WHERE verdict = '' AND deadline IS NOT NULL "
            "ORDER BY id LIMIT %s)",
            [TODAY - datetime.timedelta(days=3), due],
        )
        cursor.execute("VACUUM ANALYZE claims_claim")


BARE_SQL = (
    "SELECT id, deadline, assigned_curator_id FROM claims_claim "
    "WHERE verdict = '' AND review_state = 'published' AND deadline IS NOT NULL "
    "AND deadline < %s"
)


def bare_query() -> tuple[float, int]:
    from django.db import connection

    timings, count = [], 0
    for _ in range(5):
        with connection.cursor() as cursor:
            started = time.perf_counter()
            cursor.execute(BARE_SQL, [TODAY])
            count = len(cursor.fetchall())
            timings.append(time.perf_counter() - started)
    return statistics.median(timings), count


def timed(function) -> tuple[float, object]:
    started = time.perf_counter()
    result = function()
    return time.perf_counter() - started, result


def drain() -> int:
    from tracker.services import delivery_process_next

    sent = 0
    while delivery_process_next(today=TODAY):
        sent += 1
    return sent


def run_once() -> dict:
    from tracker.models import Reminder
    from tracker.services import reminders_sweep

    sweep_s, result = timed(lambda: reminders_sweep(today=TODAY))
    again_s, _ = timed(lambda: reminders_sweep(today=TODAY))
    send_s, sent = timed(drain)
    return {
        "sweep_s": sweep_s,
        "second_sweep_s": again_s,
        "send_s": send_s,
        "reminders": Reminder.objects.count(),
        "reminders_owed": result.owed,
        "deliveries_sent": sent,
    }


def child(due: int) -> None:
    """One measured worker run in a fresh process: how far its memory rose above the baseline.

    Two measures: the peak of Python allocations during the run (tracemalloc), and
    the rise of the process's peak RSS above its warmed-up baseline.
    """
    from tracker.models import Reminder
    from tracker.services import reminders_sweep

    Reminder.objects.exists()  # warm up: connection, models and templates
    drain()
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tracemalloc.start()
    started = time.perf_counter()
    reminders_sweep(today=TODAY)
    sent = drain()
    seconds = time.perf_counter() - started
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result = {
        "due": due,
        "seconds_traced": seconds,
        "deliveries_sent": sent,
        "baseline_rss_mib": baseline / 1024,
        "peak_rss_rise_mib": (peak - baseline) / 1024,
        "peak_python_alloc_mib": traced_peak / 2**20,
    }
    print(json.dumps(result))


def memory_scaling(url: str, scales: list[int]) -> list[dict]:
    rows = []
    for due in scales:
        set_due(due)
        output = subprocess.run(
            [sys.executable, __file__, "--database", url, "--child", str(due)],
            check=True,
            capture_output=True,
            text=True,
            timeout=900,
        ).stdout
        rows.append(json.loads(output.strip().splitlines()[-1]))
    return rows


def report(args, bare_s: float, bare_rows: int, run: dict, memory: list[dict]) -> dict:
    print(
        f"\nOne reminder run over {args.claims:,} claims, {bare_rows:,} due, 2 curators (digests)"
    )
    print(f"{'step':<44}{'seconds':>10}{'x bare SQL':>12}")
    steps = [
        ("bare SQL selecting the due claims", bare_s),
        ("sweep: record + group every reminder owed", run["sweep_s"]),
        ("second sweep the same day (nothing new)", run["second_sweep_s"]),
        (f"send {run['deliveries_sent']} digests (dummy backend)", run["send_s"]),
        ("whole run (sweep + send)", run["sweep_s"] + run["send_s"]),
    ]
    for label, seconds in steps:
        print(f"{label:<44}{seconds:>10.3f}{seconds / bare_s:>12.1f}")
    print("\nWorker peak memory as the number of due claims grows")
    header = ("due claims", 12), ("deliveries", 12), ("peak Python alloc MiB", 23)
    print("".join(f"{text:>{width}}" for text, width in header) + f"{'peak RSS rise MiB':>19}")
    for row in memory:
        print(
            f"{row['due']:>12,}{row['deliveries_sent']:>12}"
            f"{row['peak_python_alloc_mib']:>23.1f}{row['peak_rss_rise_mib']:>19.1f}"
        )
    return {
        "benchmark": "reminders",
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "machine": {"python": platform.python_version(), "platform": platform.platform()},
        "claims": args.claims,
        "due": bare_rows,
        "curators": 2,
        "bare_sql_s": bare_s,
        "run": run,
        "memory_scaling": memory,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--due", type=int, default=10_000)
    parser.add_argument("--scales", default="2500,5000,10000,20000")
    parser.add_argument("--json", default=str(ROOT / "bench" / "results" / "reminders.json"))
    parser.add_argument("--database", default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL))
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        configure(args.database)
        child(args.child)
        return 0
    recreate_database(args.database)
    configure(args.database)
    print(f"Seeding {args.claims:,} claims ({args.due:,} due)...", flush=True)
    seed(args.claims, args.due)
    set_due(args.due)
    bare_s, bare_rows = bare_query()
    run = run_once()
    memory = memory_scaling(args.database, [int(n) for n in args.scales.split(",")])
    results = report(args, bare_s, bare_rows, run, memory)
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(results, indent=2) + "\n")
    print(f"\nWrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
