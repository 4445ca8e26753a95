"""Benchmark: importing a generated 20,000-line WebVTT transcript.

Usage (from the project root):

    .venv/bin/python bench/importing.py                 # a fresh SQLite file in /tmp
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/tracker .venv/bin/python bench/importing.py

On PostgreSQL the benchmark works in a database of its own, ``<name>_bench_importing``,
dropped and created afresh each run. It prints a table and writes
``bench/results/importing.json``: lines per second for planning (reading, parsing,
classifying, horizons, duplicate search) and for the whole import, the time of each
stage, and the memory the import added to the process (peak RSS growth).

A process pays some costs once, on its first import (compiling the horizon
grammar's regular expressions): ``--warm`` imports a 200-line transcript first, in
a transaction rolled back, and reports that separately, as a web or worker process
would have paid it long before. ``--stages`` times each planning stage (on a plan of
its own, run first). Run with ``--lines 80000`` to see memory against file size.
"""

import argparse
import datetime
import json
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlparse, urlunparse

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "importing.json"
SPEAKERS = ["Dana Host", "Priya Raman", "Tom Okafor", "Maya Chen"]


def _vocabulary(rng: random.Random) -> list[str]:
    """English words (Faker's list, a test dependency) in a random order of frequency."""
    from faker.providers.lorem.en_US import Provider

    words = list(Provider.word_list)
    rng.shuffle(words)
    return words


OPENINGS = [
    "I think {a} will {b} within {n} years",
    "{A} is going to {b} by {y}",
    "Last year {a} helped us {b}",
    "Honestly {a} should {b} sooner",
    "Our company plans to {b} next year",
    "We tried to {b} in {n} places",
    "Is it realistic that {a} could {b}",
]
VERBS = ["replace", "double", "halve", "reach", "beat", "unlock", "shrink", "reshape", "power"]


def _sentence(rng: random.Random, words: list[str], weights: list[float]) -> str:
    """One of a few templates filled with content words drawn by Zipf's law."""
    subject = " ".join(rng.choices(words, weights, k=2))
    action = f"{rng.choice(VERBS)} the {' '.join(rng.choices(words, weights, k=rng.randint(2, 5)))}"
    text = rng.choice(OPENINGS).format(
        a=subject,
        A=subject.capitalize(),
        b=action,
        n=rng.randint(2, 9),
        y=rng.randint(2027, 2045),
    )
    return text + ("?" if text.startswith("Is it") else ".")


def generate_transcript(lines: int, *, seed: int = 7) -> bytes:
    """A WebVTT file of about ``lines`` lines: numbered cues of one sentence, four voices."""
    rng = random.Random(seed)
    words = _vocabulary(rng)
    weights = [1 / rank for rank in range(1, len(words) + 1)]
    out = ["WEBVTT", ""]
    cue = 0
    while len(out) + 4 <= lines:
        cue += 1
        start = datetime.timedelta(seconds=cue * 4)
        end = start + datetime.timedelta(seconds=4)
        voice = SPEAKERS[(cue // 3) % len(SPEAKERS)]
        out += [str(cue), f"{_stamp(start)} --> {_stamp(end)}"]
        out += [f"<v {voice}>{_sentence(rng, words, weights)}", ""]
    return ("\n".join(out) + "\n").encode()


def _stamp(delta: datetime.timedelta) -> str:
    seconds = int(delta.total_seconds())
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}.000"


def _bench_database(url: str) -> str:
    """A fresh database for the run: a temporary SQLite file, or a scratch PostgreSQL one."""
    if not url or url.startswith("sqlite"):
        handle, path = tempfile.mkstemp(prefix="bench-importing-", suffix=".sqlite3")
        os.close(handle)
        return f"sqlite:///{path}"
    import psycopg

    parts = urlparse(url)
    name = f"{parts.path.lstrip('/') or 'tracker'}_bench_importing"
    admin_url = urlunparse(parts._replace(path="/postgres", scheme="postgresql"))
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    return urlunparse(parts._replace(path=f"/{name}"))


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _stages(data: bytes, options) -> dict:
    """Seconds per planning stage, on a copy of the work ``import_plan`` does."""
    from claims.importing import services
    from claims.importing.parsing import parse_document
    from claims.importing.reading import read_document
    from claims.importing.speakers import KnownSpeakers

    times = {}
    started = time.perf_counter()
    document = read_document(data)
    parsed = parse_document(document)
    times["read_and_parse_seconds"] = time.perf_counter() - started
    started = time.perf_counter()
    candidates, *_ = services._candidates(parsed, options, KnownSpeakers())
    times["classify_and_horizons_seconds"] = time.perf_counter() - started
    started = time.perf_counter()
    services._mark_known_and_duplicates(candidates)
    times["duplicates_seconds"] = time.perf_counter() - started
    # The import measured next must not find these statements in the caches.
    from claims.importing.names import person_key
    from claims.importing.opposites import substance

    substance.cache_clear()
    person_key.cache_clear()
    return {key: round(value, 3) for key, value in times.items()}


def _warm_up(options) -> float:
    from django.db import transaction

    from claims.importing.services import import_document

    started = time.perf_counter()
    with transaction.atomic():
        import_document(data=generate_transcript(200, seed=1), options=options)
        transaction.set_rollback(True)
    return round(time.perf_counter() - started, 3)


def run(line_count: int, *, warm: bool = False, stages: bool = False) -> dict:
    import django

    os.environ["DATABASE_URL"] = _bench_database(os.environ.get("DATABASE_URL", ""))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    # As in production: with DEBUG on, Django keeps the last 9,000 queries in memory.
    os.environ.setdefault("DJANGO_DEBUG", "false")
    sys.path.insert(0, str(ROOT))
    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from claims.importing.services import (
        ImportOptions,
        SourceChoice,
        import_apply,
        import_plan,
    )

    call_command("migrate", verbosity=0)
    options = ImportOptions(
        source=SourceChoice(title="Bench", published_on=datetime.date(2024, 1, 15))
    )
    warm_up = _warm_up(options) if warm else None
    data = generate_transcript(line_count)
    # The stages run a plan of their own first, which raises the peak memory.
    stages = _stages(data, options) if stages else {}
    baseline = _peak_mib()
    cpu_started = time.process_time()
    started = time.perf_counter()
    plan = import_plan(data=data, file_name="bench.vtt", options=options)
    planned = time.perf_counter()
    result = import_apply(plan=plan)
    finished = time.perf_counter()
    cpu = time.process_time() - cpu_started
    lines = plan.document.line_count
    return {
        "database": connection.vendor,
        "warm": warm,
        "warm_up_seconds": warm_up,
        "lines": lines,
        "bytes": len(data),
        "statements": len(plan.document.statements),
        "candidates": len(plan.candidates),
        "drafts_created": result.batch.created_count,
        "likely_duplicates": result.duplicates,
        "plan_seconds": round(planned - started, 3),
        "write_seconds": round(finished - planned, 3),
        "total_seconds": round(finished - started, 3),
        "plan_lines_per_second": round(lines / (planned - started)),
        "lines_per_second": round(lines / (finished - started)),
        "drafts_per_second": round(result.batch.created_count / (finished - planned)),
        # On a shared machine the wall clock counts other processes' turns too.
        "cpu_seconds": round(cpu, 3),
        "lines_per_cpu_second": round(lines / cpu),
        **stages,
        "peak_rss_mib": round(_peak_mib(), 1),
        "rss_before_import_mib": round(baseline, 1),
        "rss_added_by_import_mib": round(_peak_mib() - baseline, 1),
    }


def print_table(figures: dict) -> None:
    width = max(len(key) for key in figures)
    print(f"{'measure'.ljust(width)}  value")
    print(f"{'-' * width}  {'-' * 12}")
    for key, value in figures.items():
        print(f"{key.ljust(width)}  {value}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=20_000)
    parser.add_argument(
        "--warm", action="store_true", help="pay the per-process costs on a small import first"
    )
    parser.add_argument(
        "--stages",
        action="store_true",
        help="time each planning stage first (then the memory figures mean nothing)",
    )
    args = parser.parse_args()
    figures = run(args.lines, warm=args.warm, stages=args.stages)
    print_table(figures)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    previous = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    key = figures["database"] + (" warm" if args.warm else "") + (" stages" if args.stages else "")
    if args.lines != 20_000:
        key += f" {args.lines} lines"
    previous[key] = figures
    RESULTS.write_text(json.dumps(previous, indent=2) + "\n")
    print(f"\nwritten to {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
