"""Benchmark of a newcomer's first ``make run``: fresh clone to a site that answers.

For each git ref given, and each run, the benchmark clones the repository afresh
into a temporary folder, starts ``make run`` there on a free port and times how
long it takes until ``/admin/login/`` answers 200: creating the virtual
environment, installing the dependencies, migrating, loading the seed claims
and starting the web server, worker and beat. Then it stops ``make run`` with
Ctrl-C (SIGINT to its process group), records whether ``git status`` in the
clone is still empty, and removes the clone.

The package cache is either the user's own (``--cache warm``: what a developer
who installed anything before has) or an empty one made for each run
(``--cache cold``: every package is downloaded). Each ref is run in turn, A B A
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
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
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


def one_run(ref: str, cache: str, timeout: float) -> dict:
    """Seconds from ``make run`` to a 200 on the login page, and the clone's git status after."""
    with tempfile.TemporaryDirectory(prefix="first-run-") as temp:
        checkout = Path(temp) / "clone"
        clone(ref, checkout)
        bind = f"127.0.0.1:{free_port()}"
        env = {**os.environ, "TRACKER_BIND": bind}
        for name in ("VIRTUAL_ENV", "DATABASE_URL", "CELERY_BROKER_URL", "TRACKER_VAR_DIR"):
            env.pop(name, None)
        if cache == "cold":
            env["UV_CACHE_DIR"] = env["PIP_CACHE_DIR"] = str(Path(temp) / "cache")
        log = (Path(temp) / "make-run.log").open("wb")
        started = time.monotonic()
        process = subprocess.Popen(
            ["make", "run"], cwd=checkout, env=env, stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip
        seconds = None
        try:
            while time.monotonic() - started < timeout and process.poll() is None:
                if answers(f"http://{bind}/admin/login/"):
                    seconds = time.monotonic() - started
                    break
                time.sleep(0.1)
        finally:
            stop(process)
            log.close()
        if seconds is None:
            tail = (Path(temp) / "make-run.log").read_text(errors="replace")[-3000:]
            raise SystemExit(f"{ref}: the site did not answer within {timeout:.0f} s:\n{tail}")
        status = subprocess.run(
            ["git", "status", "--porcelain"], cwd=checkout, capture_output=True, text=True,
            check=True,
        ).stdout  # fmt: skip
        return {"seconds": round(seconds, 2), "git_status": status.splitlines()}


def table(refs: list[str], results: dict[str, list[dict]]) -> str:
    first = results[refs[0]]
    lines = [
        "| ref | runs | median s | min s | max s | ratio to first (median) | git status clean |",
        "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for ref in refs:
        seconds = [run["seconds"] for run in results[ref]]
        pairs = zip(results[ref], first, strict=True)
        ratios = [run["seconds"] / base["seconds"] for run, base in pairs]
        clean = all(not run["git_status"] for run in results[ref])
        lines.append(
            f"| {ref} | {len(seconds)} | {statistics.median(seconds):.1f} | {min(seconds):.1f} "
            f"| {max(seconds):.1f} | {statistics.median(ratios):.2f} | {'yes' if clean else 'no'} |"
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
    for number in range(args.runs):
        for ref in refs:
            run = one_run(ref, args.cache, args.timeout)
            results[ref].append(run)
            print(f"run {number + 1} {ref}: {run['seconds']:.1f} s", file=sys.stderr)
    print(table(refs, results))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(
        json.dumps(
            {
                "machine": {"python": platform.python_version(), "cpus": os.cpu_count()},
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
