"""Benchmark: importing a generated 20,000-line WebVTT transcript.

Usage (from the project root):

    .venv/bin/python bench/importing.py                 # a fresh SQLite file in /tmp
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/tracker .venv/bin/python bench/importing.py

On PostgreSQL the benchmark works in a database of its own, ``<name>_bench_importing``,
dropped and created afresh each run. It prints a table and writes
``bench/results/importing.json``: lines per second for planning (reading, parsing,
classifying, horizons, duplicate search) and for the whole import, and the process's
peak memory.
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


def run(line_count: int) -> dict:
    import django

    os.environ["DATABASE_URL"] = _bench_database(os.environ.get("DATABASE_URL", ""))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
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
    data = generate_transcript(line_count)
    baseline = _peak_mib()
    options = ImportOptions(
        source=SourceChoice(title="Bench", published_on=datetime.date(2024, 1, 15))
    )
    started = time.perf_counter()
    plan = import_plan(data=data, file_name="bench.vtt", options=options)
    planned = time.perf_counter()
    result = import_apply(plan=plan)
    finished = time.perf_counter()
    lines = plan.document.line_count
    return {
        "database": connection.vendor,
        "lines": lines,
        "bytes": len(data),
        "statements": len(plan.document.statements),
        "candidates": len(plan.candidates),
        "drafts_created": len(result.claims),
        "likely_duplicates": result.duplicates,
        "plan_seconds": round(planned - started, 3),
        "write_seconds": round(finished - planned, 3),
        "total_seconds": round(finished - started, 3),
        "plan_lines_per_second": round(lines / (planned - started)),
        "lines_per_second": round(lines / (finished - started)),
        "drafts_per_second": round(len(result.claims) / (finished - planned)),
        "peak_rss_mib": round(_peak_mib(), 1),
        "rss_before_import_mib": round(baseline, 1),
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
    args = parser.parse_args()
    figures = run(args.lines)
    print_table(figures)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    previous = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    previous[figures["database"]] = figures
    RESULTS.write_text(json.dumps(previous, indent=2) + "\n")
    print(f"\nwritten to {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
