"""Benchmark: importing generated WebVTT transcripts of several sizes.

Usage (from the project root):

    .venv/bin/python bench/importing.py                 # fresh SQLite files in /tmp
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/tracker .venv/bin/python bench/importing.py
    .venv/bin/python bench/importing.py --sizes 5000,20000,80000 --warm

Each size is imported by a process of its own, into a database of its own (a
temporary SQLite file, or ``<name>_bench_importing`` on PostgreSQL, dropped and
created afresh), so that one size's memory does not count in the next one's. It
prints a table and writes ``bench/results/importing.json``: per size, lines per
second for planning (reading, parsing, classifying, horizons, duplicate search)
and for the whole import, the CPU time, and the memory the import added to the
process: its peak of Python allocations (``tracemalloc``, measured in a second
process of its own, as tracing slows everything down), and the resident size
(Linux): at the start of the import, its peak during the import (VmHWM, reset
just before through /proc/self/clear_refs) and the growth between the two, and
the process's peak over its whole life (``ru_maxrss``: starting Django and
migrating the fresh database peak higher than a small import). Each run also records
the load average when it started: on a shared machine the times vary with it.
``--repeat N`` runs every size N times (each in its own processes) and keeps
the median of each figure.

The baseline, measured in the same process just before, is what no importer can
beat: decoding the file and matching each line against the timing-line and
voice-tag patterns. ``x baseline`` is the import's time over the baseline's.

Then a second transcript of the same size is imported for the same four
voices, under another source (``known speakers``): every statement is compared
with the claims the first import gave them, as when importing a show's next
episode.

A process pays some costs once, on its first import (compiling the horizon
grammar's regular expressions): ``--warm`` first imports a 2,000-line transcript
of other words, in a transaction rolled back, as a web or worker process would
have long before. ``--stages`` also times each planning stage (on a plan of its
own, run first). ``--once`` leaves the second import out (for large sizes).
"""

import argparse
import datetime
import json
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
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


def _status_mib(field: str) -> float | None:
    """A size from /proc/self/status (Linux): VmRSS now, VmHWM its peak; None elsewhere."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def _reset_peak_rss() -> bool:
    """Start the process's peak resident size (VmHWM) afresh, where Linux allows it."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as clear:
            clear.write("5")
    except OSError:
        return False
    return True


def _stages(data: bytes, options) -> dict:
    """Seconds per planning stage, on a copy of the work ``import_plan`` does."""
    from claims.importing import services
    from claims.importing.parsing import stream_document
    from claims.importing.reading import read_document
    from claims.importing.speakers import KnownSpeakers

    times = {}
    started = time.perf_counter()
    stream = stream_document(read_document(data))
    statements = list(stream)
    times["read_and_parse_seconds"] = time.perf_counter() - started
    started = time.perf_counter()
    planner = services._Planner(stream, options, KnownSpeakers())
    candidates = [
        c for s in statements if planner.proposable(s) and (c := planner.candidate(s)) is not None
    ]
    times["classify_and_horizons_seconds"] = time.perf_counter() - started
    started = time.perf_counter()
    for start in range(0, len(candidates), services.CHUNK):
        planner.mark(candidates[start : start + services.CHUNK])
    times["duplicates_seconds"] = time.perf_counter() - started
    # The import measured next must not find these statements in the caches.
    _clear_caches()
    return {key: round(value, 3) for key, value in times.items()}


def _clear_caches() -> None:
    """Forget every text the importer's caches hold, so that no import reuses another's."""
    from claims.importing import classify
    from claims.importing.horizon_readings import read_horizon
    from claims.importing.names import person_key
    from claims.importing.opposites import _wording, substance

    cached = [value for value in vars(classify).values() if hasattr(value, "cache_clear")]
    for function in [substance, _wording, person_key, read_horizon, *cached]:
        function.cache_clear()


def _warm_up(options) -> float:
    from django.db import transaction

    from claims.importing.services import import_document

    started = time.perf_counter()
    with transaction.atomic():
        import_document(data=generate_transcript(2_000, seed=1), options=options)
        transaction.set_rollback(True)
    _clear_caches()
    return round(time.perf_counter() - started, 3)


_BASELINE_TIMING = re.compile(r"^\s*\d{1,3}:\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*(\S+)")
_BASELINE_VOICE = re.compile(r"<v\s+([^>]+)>(.*)")


def baseline_seconds(data: bytes) -> float:
    """The raw cost of reading the file: decoding it and matching every line once."""
    started = time.perf_counter()
    found = 0
    for line in data.decode("utf-8-sig").splitlines():
        if _BASELINE_TIMING.match(line) or _BASELINE_VOICE.match(line):
            found += 1
    assert found  # the patterns did match the file
    return time.perf_counter() - started


def _setup() -> None:
    import django

    os.environ["DATABASE_URL"] = _bench_database(os.environ.get("DATABASE_URL", ""))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    # As in production: with DEBUG on, Django keeps the last 9,000 queries in memory.
    os.environ.setdefault("DJANGO_DEBUG", "false")
    sys.path.insert(0, str(ROOT))
    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def run(
    line_count: int,
    *,
    warm: bool = False,
    stages: bool = False,
    trace: bool = False,
    streamed: bool = False,
    once: bool = False,
) -> dict:
    """Import one generated transcript of ``line_count`` lines; the figures as a dict.

    With ``trace``, only the memory figures mean something (tracing slows Python down).
    """
    load = os.getloadavg()[0]
    _setup()
    from django.db import connection

    from claims.importing.services import (
        ImportOptions,
        SourceChoice,
        import_apply,
        import_document,
        import_plan,
    )

    options = ImportOptions(
        source=SourceChoice(title="Bench", published_on=datetime.date(2024, 1, 15))
    )
    warm_up = _warm_up(options) if warm else None
    data = generate_transcript(line_count)
    # The stages run a plan of their own first, which raises the peak memory.
    stages = _stages(data, options) if stages else {}
    baseline = min(baseline_seconds(data) for _ in range(3))
    rss_before = _peak_mib()
    resident_before = _status_mib("VmRSS")
    peak_reset = _reset_peak_rss()
    if trace:
        tracemalloc.start()
    cpu_started = time.process_time()
    started = time.perf_counter()
    if streamed:
        # As the command does: read, planned and written a chunk at a time.
        result = import_document(data=data, file_name="bench.vtt", options=options)
        planned = started
        statements = result.batch.statement_count
    else:
        # As the admin does: the whole plan (the preview), then written.
        plan = import_plan(data=data, file_name="bench.vtt", options=options)
        planned = time.perf_counter()
        result = import_apply(plan=plan)
        statements = len(plan.document.statements)
    finished = time.perf_counter()
    cpu = time.process_time() - cpu_started
    traced_peak = tracemalloc.get_traced_memory()[1] / 2**20 if trace else None
    rss_peak = _peak_mib()  # before the second import below raises it
    # The peak during the import alone: Django's start and the migrations peak higher.
    import_peak = _status_mib("VmHWM") if peak_reset else None
    lines = result.batch.line_count
    again = {} if trace or once else _again(line_count)
    return {
        "database": connection.vendor,
        "load_average": round(load, 2),
        "warm": warm,
        "warm_up_seconds": warm_up,
        "lines": lines,
        "bytes": len(data),
        "streamed": streamed,
        "statements": statements,
        "candidates": result.batch.created_count + result.skipped,
        "drafts_created": result.batch.created_count,
        "likely_duplicates": result.duplicates,
        "baseline_seconds": round(baseline, 4),
        "baseline_lines_per_second": round(lines / baseline),
        "plan_seconds": None if streamed else round(planned - started, 3),
        "write_seconds": round(finished - planned, 3),
        "total_seconds": round(finished - started, 3),
        "plan_lines_per_second": None if streamed else round(lines / (planned - started)),
        "lines_per_second": round(lines / (finished - started)),
        "times_baseline": round((finished - started) / baseline, 1),
        "drafts_per_second": None
        if streamed
        else round(result.batch.created_count / (finished - planned)),
        # On a shared machine the wall clock counts other processes' turns too.
        "cpu_seconds": round(cpu, 3),
        "lines_per_cpu_second": round(lines / cpu),
        **stages,
        **again,
        "traced_peak_mib": None if traced_peak is None else round(traced_peak, 1),
        "rss_before_import_mib": round(rss_before, 1),
        "rss_peak_mib": round(rss_peak, 1),
        "rss_added_by_import_mib": round(rss_peak - rss_before, 1),
        "rss_at_start_of_import_mib": resident_before and round(resident_before, 1),
        "rss_peak_during_import_mib": import_peak and round(import_peak, 1),
        "rss_growth_during_import_mib": import_peak and round(import_peak - resident_before, 1),
    }


def _again(line_count: int) -> dict:
    """A second transcript of the same size and voices, under another source.

    Its speakers now have the first one's claims, which every statement is
    compared with for likely duplicates: what importing the next episode of a
    show is like.
    """
    from claims.importing.services import ImportOptions, SourceChoice, import_document

    options = ImportOptions(
        source=SourceChoice(title="Bench, next episode", published_on=datetime.date(2024, 2, 15))
    )
    data = generate_transcript(line_count, seed=8)
    cpu_started = time.process_time()
    started = time.perf_counter()
    result = import_document(data=data, file_name="next.vtt", options=options)
    seconds = time.perf_counter() - started
    return {
        "again_seconds": round(seconds, 3),
        "again_lines_per_second": round(line_count / seconds),
        "again_lines_per_cpu_second": round(line_count / (time.process_time() - cpu_started)),
        "again_likely_duplicates": result.duplicates,
    }


def _in_a_process(
    lines: int, *, warm: bool, stages: bool, trace: bool, streamed: bool, once: bool
) -> dict:
    """``run`` in a fresh process, so that its memory is its own."""
    command = [sys.executable, __file__, "--child", str(lines)]
    command += ["--warm"] * warm + ["--stages"] * stages + ["--trace"] * trace
    command += ["--stream"] * streamed + ["--once"] * once
    done = subprocess.run(command, capture_output=True, text=True, check=False, cwd=ROOT)
    if done.returncode:
        raise SystemExit(f"the {lines}-line run failed:\n{done.stderr}")
    return json.loads(done.stdout.splitlines()[-1])


COLUMNS = [
    ("lines", "lines"),
    ("drafts", "drafts_created"),
    ("dups", "likely_duplicates"),
    ("plan s", "plan_seconds"),
    ("write s", "write_seconds"),
    ("total s", "total_seconds"),
    ("lines/s", "lines_per_second"),
    ("lines/cpu s", "lines_per_cpu_second"),
    ("baseline lines/s", "baseline_lines_per_second"),
    ("x baseline", "times_baseline"),
    ("known speakers lines/s", "again_lines_per_second"),
    ("dups", "again_likely_duplicates"),
    ("traced peak MiB", "traced_peak_mib"),
    ("RSS at start MiB", "rss_at_start_of_import_mib"),
    ("RSS peak in import MiB", "rss_peak_during_import_mib"),
    ("RSS growth MiB", "rss_growth_during_import_mib"),
    ("process peak RSS MiB", "rss_peak_mib"),
    ("load", "load_average"),
]


def print_table(runs: list[dict]) -> None:
    stage_keys = [k for k in runs[0] if k.endswith("_seconds") and k.split("_")[0] in STAGES]
    columns = COLUMNS + [(k.removesuffix("_seconds") + " s", k) for k in stage_keys]
    cells = [[str(run.get(key)) for _, key in columns] for run in runs]
    widths = [
        max(len(title), *(len(row[i]) for row in cells)) for i, (title, _) in enumerate(columns)
    ]
    print("  ".join(title.rjust(w) for (title, _), w in zip(columns, widths, strict=True)))
    for row in cells:
        print("  ".join(cell.rjust(w) for cell, w in zip(row, widths, strict=True)))


STAGES = ("read", "classify", "duplicates")


def _median(repeats: list[dict]) -> dict:
    """Each numeric figure's median over the runs of one size; every run's load averages."""
    figures = dict(repeats[0])
    for key, value in figures.items():
        if isinstance(value, int | float) and not isinstance(value, bool):
            figures[key] = statistics.median(run[key] for run in repeats)
    figures["runs"] = len(repeats)
    figures["loads"] = [load for run in repeats for load in run["loads"]]
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="5000,20000,80000", help="line counts, by commas")
    parser.add_argument(
        "--warm", action="store_true", help="pay the per-process costs on a small import first"
    )
    parser.add_argument("--stages", action="store_true", help="also time each planning stage")
    parser.add_argument(
        "--stream",
        action="store_true",
        help="import as the command does, a chunk at a time, rather than planned whole first",
    )
    parser.add_argument(
        "--repeat", type=int, default=1, help="runs per size; the table gives each figure's median"
    )
    parser.add_argument(
        "--once", action="store_true", help="skip the second import (known speakers)"
    )
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        figures = run(
            args.child,
            warm=args.warm,
            stages=args.stages,
            trace=args.trace,
            streamed=args.stream,
            once=args.once,
        )
        print(json.dumps(figures))
        return
    runs = []
    for lines in (int(size) for size in args.sizes.split(",")):
        mode = {"warm": args.warm, "streamed": args.stream, "once": args.once}
        repeats = []
        for _ in range(args.repeat):
            figures = _in_a_process(lines, stages=args.stages, trace=False, **mode)
            traced = _in_a_process(lines, stages=False, trace=True, **mode)
            figures["traced_peak_mib"] = traced["traced_peak_mib"]
            figures["loads"] = [figures["load_average"], traced["load_average"]]
            repeats.append(figures)
            print(f"{lines} lines done", file=sys.stderr)
        runs.append(_median(repeats))
    print_table(runs)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    previous = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    key = runs[0]["database"] + (" warm" if args.warm else "") + (" stages" if args.stages else "")
    key += " streamed" if args.stream else ""
    key += " once" if args.once else ""
    previous[key] = {
        "measured_on": datetime.datetime.now(datetime.UTC).date().isoformat(),
        "runs": runs,
    }
    RESULTS.write_text(json.dumps(previous, indent=2) + "\n")
    print(f"\nwritten to {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
