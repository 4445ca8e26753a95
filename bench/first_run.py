"""Benchmark of a newcomer's first ``make run``: fresh clone to a site that answers.

For each git ref given, and each run, the benchmark clones the repository afresh
into a temporary folder, starts ``make run`` there on a free port and times how
long it takes until the home page ``/`` answers 200 (creating the virtual
environment, installing the dependencies, migrating, loading the seed claims
and starting the web server) and until ``/health/ready/`` does too. It notes
when ``make run`` printed the seed's summary (migrated and seeded) and the
administrator's log-in line, which split the time into its phases, and the CPU
seconds of the whole run, clone included (those the load of other jobs on the
machine does not inflate). Then it stops ``make run`` with Ctrl-C (SIGINT to its
process group), records whether ``git status`` in the clone is still empty, and
removes the clone.

The package cache is either the user's own (``--cache warm``: what a developer
who installed anything before has) or an empty one made for each run
(``--cache cold``: every package, and uv itself where the machine has no uv, is
downloaded). Each ref is run in turn, A B A
B ..., so a machine that slows down mid-run slows both alike; the table gives
each ref's median and its ratio to the first ref's, run by run.

    .venv/bin/python bench/first_run.py [--ref BASELINE_REF] [--ref HEAD] [--runs 3]
        [--cache warm|cold] [--timeout 300] [--json bench/results/first_run.json]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 (loopback only)
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def clone(ref: str, into: Path) -> None:
    subprocess.run(["git", "clone", "--quiet", "--no-hardlinks", str(ROOT), str(into)], check=True)
    subprocess.run(["git", "-C", str(into), "checkout", "--quiet", ref], check=True)


def stop(process: subprocess.Popen) -> None:
    """Ctrl-C as a person would, then make sure nothing of the run is left."""
    try:
        os.killpg(process.pid, signal.SIGINT)
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    except ProcessLookupError:
        pass


# Lines of ``make run``'s output that end a phase: the seed loaded (so the
# database is migrated), and the administrator's log-in line (set-up done).
MARKS = {"seeded": "Seed: added", "prepared": "Log in at http"}


def relay_marks(stream, started: float, marks: dict[str, float], log) -> None:
    """Copy ``make run``'s output to the log, noting when each mark's line first appears."""
    for raw in stream:
        log.write(raw)
        line = raw.decode(errors="replace")
        for name, text in MARKS.items():
            if name not in marks and text in line:
                marks[name] = round(time.monotonic() - started, 2)


def wait_for(urls: dict[str, str], started: float, timeout: float, process) -> dict[str, float]:
    """Seconds from ``started`` until each URL first answered 200 (polled every 0.1 s)."""
    answered: dict[str, float] = {}
    while len(answered) < len(urls) and time.monotonic() - started < timeout:
        if process.poll() is not None:
            break
        for name, url in urls.items():
            if name not in answered and answers(url):
                answered[name] = round(time.monotonic() - started, 2)
        time.sleep(0.1)
    return answered


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def one_run(ref: str, cache: str, timeout: float) -> dict:
    """Seconds from ``make run`` to a 200 on ``/`` and on the readiness probe, and the phases."""
    with tempfile.TemporaryDirectory(prefix="first-run-") as temp:
        cpu_before = cpu_seconds()
        checkout = Path(temp) / "clone"
        clone(ref, checkout)
        bind = f"127.0.0.1:{free_port()}"
        env = {**os.environ, "TRACKER_BIND": bind}
        for name in ("VIRTUAL_ENV", "DATABASE_URL", "CELERY_BROKER_URL", "TRACKER_VAR_DIR"):
            env.pop(name, None)
        if cache == "cold":
            for name in ("UV_CACHE_DIR", "PIP_CACHE_DIR", "XDG_CACHE_HOME"):
                env[name] = str(Path(temp) / "cache" / name)
        log = (Path(temp) / "make-run.log").open("wb")
        marks: dict[str, float] = {}
        started = time.monotonic()
        process = subprocess.Popen(
            ["make", "run"], cwd=checkout, env=env, stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
        relay = threading.Thread(target=relay_marks, args=(process.stdout, started, marks, log))
        relay.start()
        urls = {"home": f"http://{bind}/", "ready": f"http://{bind}/health/ready/"}
        try:
            answered = wait_for(urls, started, timeout, process)
        finally:
            stop(process)
            relay.join()
            log.close()
        if len(answered) < len(urls):
            tail = (Path(temp) / "make-run.log").read_text(errors="replace")[-3000:]
            raise SystemExit(f"{ref}: the site did not answer within {timeout:.0f} s:\n{tail}")
        status = subprocess.run(
            ["git", "status", "--porcelain"], cwd=checkout, capture_output=True, text=True,
            check=True,
        ).stdout  # fmt: skip
        return {
            "seconds": answered["home"],
            "ready_seconds": answered["ready"],
            "marks": marks,
            "cpu_seconds": round(cpu_seconds() - cpu_before, 2),
            "git_status": status.splitlines(),
        }


def spread(values: list[float]) -> str:
    """``median (min–max)``."""
    return f"{statistics.median(values):.1f} ({min(values):.1f}–{max(values):.1f})"


def table(refs: list[str], results: dict[str, list[dict]]) -> str:
    first = results[refs[0]]
    lines = [
        "| ref | runs | `/` answers, s | `/health/ready/` s | migrated and seeded at, s "
        "| set-up done at, s | CPU s | ratio to first (median of pairs) | git status clean |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for ref in refs:
        runs = results[ref]
        pairs = zip(runs, first, strict=True)
        ratios = [run["seconds"] / base["seconds"] for run, base in pairs]
        marks = {
            name: [run["marks"][name] for run in runs if name in run["marks"]] for name in MARKS
        }
        clean = all(not run["git_status"] for run in runs)
        lines.append(
            f"| {ref} | {len(runs)} | {spread([run['seconds'] for run in runs])} "
            f"| {spread([run['ready_seconds'] for run in runs])} "
            f"| {spread(marks['seeded']) if marks['seeded'] else '–'} "
            f"| {spread(marks['prepared']) if marks['prepared'] else '–'} "
            f"| {spread([run['cpu_seconds'] for run in runs])} "
            f"| {statistics.median(ratios):.2f} | {'yes' if clean else 'no'} |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ref", action="append", dest="refs", help="git ref (repeatable)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cache", choices=["warm", "cold"], default="warm")
    parser.add_argument("--timeout", type=float, default=300)
    parser.add_argument("--json", type=Path, default=ROOT / "bench/results/first_run.json")
    args = parser.parse_args()
    refs = args.refs or ["HEAD"]
    if not shutil.which("make"):
        raise SystemExit("make is needed to run this benchmark.")
    results: dict[str, list[dict]] = {ref: [] for ref in refs}
    load_before = os.getloadavg()
    for number in range(args.runs):
        for ref in refs:
            run = one_run(ref, args.cache, args.timeout)
            results[ref].append(run)
            print(
                f"run {number + 1} {ref}: {run['seconds']:.1f} s, CPU {run['cpu_seconds']:.1f} s, "
                f"load {os.getloadavg()[0]:.1f}",
                file=sys.stderr,
            )
    print(table(refs, results))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(
        json.dumps(
            {
                "machine": {
                    "python": platform.python_version(),
                    "cpus": os.cpu_count(),
                    "load_average_before": load_before,
                    "load_average_after": os.getloadavg(),
                    "PYTHONDONTWRITEBYTECODE": os.environ.get("PYTHONDONTWRITEBYTECODE", ""),
                },
                "cache": args.cache,
                "results": results,
            },
            indent=2,
        )
        + "\n"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
