"""Benchmark of the public API over real HTTP against the floor and a competent DRF baseline.

Three variants, each served by its own gunicorn (one sync worker, loopback):

* ``api``: the project (``bench.wsgi``: the project's URLs, unchanged);
* ``drf``: a competent Django REST framework version (``bench/drf_baseline.py``:
  ModelSerializers with explicit fields, select/prefetch_related, CursorPagination
  on an indexed ordering, a FilterSet, the same GIN search), same process image;
* ``floor``: a minimal raw-psycopg WSGI app with the same SQL and JSON (``bench/floor.py``).

Scenarios: the first page of claims, a page about 90% deep, a filtered page (due
predictions by deadline), the search set (``bench/corpus.py``: at least 40 queries
of every selectivity, each request one query), a speaker's track record, and for
the API a conditional GET answered 304. Variants are interleaved round by round
(the order rotating), so a noisy neighbour hits all of them alike.

Reported per scenario and variant: wall time per request (p50/p95/p99, ms, from
the client) and CPU time per request (ms: the gunicorn worker's plus its database
backends', from the scheduler's nanosecond counts in /proc, summed over the run and
divided by the requests), which is stable on a shared machine where requests per
second are not. For search, also
p50/p99/max per query over the set. Written to bench/results/api.json.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/tracker_bench \\
        .venv/bin/python bench/api.py --claims 1000000 [--speakers 5000] [--rounds 60]
"""

import argparse
import base64
import datetime
import json
import os
import statistics
import subprocess
import sys
import time
import urllib.parse
from collections import defaultdict
from http.client import HTTPConnection
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from corpus import search_queries  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "api.json"
PORTS = {"api": 8871, "drf": 8872, "floor": 8873}
APPS = {
    "api": "bench.wsgi:application",
    "drf": "bench.wsgi:application",
    "floor": "bench.floor:app",
}
TICKS = os.sysconf("SC_CLK_TCK")
PAGE = 25
DRF_TIMEOUT_MS = 1000  # as the API's default API_SEARCH_TIMEOUT_MS


# --- processes and their CPU ------------------------------------------------------
def cpu_seconds(pid: int) -> float:
    """CPU time of process ``pid`` so far, in seconds (0 if it is gone).

    The scheduler's own count, in nanoseconds, summed over the process's threads
    (``/proc/PID/task/*/schedstat``, first field: time spent on a CPU). Not
    ``/proc/PID/stat``'s user and system times: those are sampled in clock ticks
    (10 ms at ``SC_CLK_TCK`` 100), coarser than a batch of five 1 ms requests,
    so a cheap scenario was counted in a few dozen ticks over a whole run. Where
    the kernel keeps no schedstat, the ticks are read instead.
    """
    total, found = 0, False
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            try:
                total += int((task / "schedstat").read_text().split()[0])
                found = True
            except (FileNotFoundError, ProcessLookupError, IndexError, ValueError):
                continue
    except (FileNotFoundError, ProcessLookupError):
        return 0.0
    if found:
        return total / 1e9
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / TICKS


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except (FileNotFoundError, ProcessLookupError):
                continue
            if int(stat[1]) == pid:
                found.append(int(entry.name))
    return found


class Server:
    """One variant's gunicorn, with the CPU its worker and database backends have used."""

    def __init__(self, name: str, database_url: str, extra_env: dict | None = None) -> None:
        self.name, self.port = name, PORTS[name]
        self.application_name = f"bench-{name}"
        separator = "&" if "?" in database_url else "?"
        query = f"application_name={self.application_name}"
        if name == "drf":
            # Its single-query search walks the whole table for words that match
            # nothing (17 s at 1M claims); the API's guard bounds it alike.
            query += "&options=" + urllib.parse.quote(f"-c statement_timeout={DRF_TIMEOUT_MS}")
        env = {
            **os.environ,
            "DATABASE_URL": f"{database_url}{separator}{query}",
            "DJANGO_DEBUG": "false",
            "API_THROTTLE_ANON": "1000000000/minute",
            "LOG_LEVEL": "WARNING",
            **(extra_env or {}),
        }
        app = APPS.get(name, APPS["api"])
        command = [sys.executable, "-m", "gunicorn", app, "--workers", "1"]
        command += ["--bind", f"127.0.0.1:{self.port}", "--log-level", "warning"]
        command += ["--no-control-socket"]  # its default path is shared by every gunicorn
        self.process = subprocess.Popen(command, cwd=ROOT, env=env)
        self.backends: dict[int, float] = {}

    def worker(self) -> int:
        for _ in range(100):
            found = children(self.process.pid)
            if found:
                return found[0]
            time.sleep(0.1)
        raise RuntimeError(f"{self.name}: gunicorn started no worker")

    def cpu(self, database) -> float:
        """CPU seconds used so far by the worker and the database backends serving it."""
        rows = database.execute(
            "SELECT pid FROM pg_stat_activity WHERE application_name = %s",
            [self.application_name],
        ).fetchall()
        for (pid,) in rows:
            self.backends[pid] = cpu_seconds(pid) or self.backends.get(pid, 0.0)
        return cpu_seconds(self.worker_pid) + sum(self.backends.values())

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)


def get(port: int, url: str, headers: dict | None = None) -> tuple[int, bytes, float]:
    started = time.perf_counter()
    connection = HTTPConnection("127.0.0.1", port, timeout=60)
    connection.request("GET", url, headers={"Host": "127.0.0.1", **(headers or {})})
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, body, (time.perf_counter() - started) * 1000


# --- scenarios ---------------------------------------------------------------------
def deep_position(database, depth: int) -> tuple[datetime.date, int]:
    return database.execute(
        "SELECT said_on, id FROM claims_claim WHERE review_state = 'published' "
        "ORDER BY said_on DESC, id DESC OFFSET %s LIMIT 1",
        [depth - 1],
    ).fetchone()


def api_cursor(said_on: datetime.date, pk: int) -> str:
    from claims.api.pagination import KeysetPagination
    from claims.api.views import CLAIM_ORDERINGS

    keys = CLAIM_ORDERINGS["-said_on"]
    return KeysetPagination.encode_cursor("-said_on", keys, {"said_on": said_on, "id": pk})


def drf_cursor(said_on: datetime.date) -> str:
    # DRF's CursorPagination cursor: the first ordering field's value (and an offset).
    raw = urllib.parse.urlencode({"p": said_on.isoformat()})
    return base64.b64encode(raw.encode()).decode()


def scenarios(database, speaker: str) -> dict[str, dict[str, list[str]]]:
    claims = database.execute("SELECT count(*) FROM claims_claim").fetchone()[0]
    said_on, pk = deep_position(database, max(1, int(claims * 0.9)))
    quote = urllib.parse.quote
    queries = [q for q, _ in search_queries()]
    filtered = "kind=prediction&status=due&ordering=deadline"
    return {
        "first page": {
            "api": [f"/api/v1/claims/?page_size={PAGE}"],
            "drf": [f"/drf/claims/?page_size={PAGE}"],
            "floor": [f"/claims/?page_size={PAGE}"],
        },
        f"page {int(claims * 0.9):,} rows deep": {
            "api": [f"/api/v1/claims/?page_size={PAGE}&cursor={api_cursor(said_on, pk)}"],
            "drf": [f"/drf/claims/?page_size={PAGE}&cursor={quote(drf_cursor(said_on))}"],
            "floor": [f"/claims/?page_size={PAGE}&after={said_on},{pk}"],
        },
        "filtered page": {
            "api": [f"/api/v1/claims/?page_size={PAGE}&{filtered}"],
            "drf": [f"/drf/claims/?page_size={PAGE}&{filtered}"],
            "floor": [f"/claims/?page_size={PAGE}&{filtered}"],
        },
        "search set": {
            "api": [f"/api/v1/claims/?page_size={PAGE}&q={quote(q)}" for q in queries],
            "drf": [f"/drf/claims/?page_size={PAGE}&q={quote(q)}" for q in queries],
            "floor": [f"/claims/?page_size={PAGE}&q={quote(q)}" for q in queries],
        },
        "speaker track record": {
            "api": [f"/api/v1/speakers/{speaker}/"],
            "drf": [f"/drf/speakers/{speaker}/"],
            "floor": [f"/speakers/{speaker}/"],
        },
    }


# --- running -----------------------------------------------------------------------
class Tally:
    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu = 0.0
        self.requests = 0
        self.by_url: dict[str, list[float]] = defaultdict(list)
        self.errors: dict[int, int] = defaultdict(int)

    def summary(self) -> dict:
        wall = sorted(self.wall)

        def pct(p: float) -> float:
            return round(wall[min(len(wall) - 1, round(p * (len(wall) - 1)))], 2)

        return {
            "requests": self.requests,
            "p50_ms": round(statistics.median(wall), 2),
            "p95_ms": pct(0.95),
            "p99_ms": pct(0.99),
            "max_ms": round(wall[-1], 2),
            "cpu_ms_per_request": round(1000 * self.cpu / self.requests, 3),
            "errors": dict(self.errors),
        }


def batch(server: Server, database, urls: list[str], repeat: int, tally: Tally, *, headers=None):
    before = server.cpu(database)
    for _ in range(repeat):
        for url in urls:
            status, _, ms = get(server.port, url, headers)
            if status not in (200, 304):
                tally.errors[status] += 1
            tally.wall.append(ms)
            tally.by_url[url].append(ms)
            tally.requests += 1
    tally.cpu += server.cpu(database) - before


def run(servers: dict, database, plan: dict, args) -> dict:
    tallies: dict = defaultdict(Tally)
    first = f"/api/v1/claims/?page_size={PAGE}"
    etag = dict(_headers(servers["api"].port, first))["etag"]
    for round_number in range(args.rounds):
        names = list(servers)
        shift = round_number % len(names)
        names = names[shift:] + names[:shift]
        for scenario, urls in plan.items():
            if scenario == "search set" and round_number % args.search_every:
                continue
            repeat = 1 if scenario == "search set" else args.batch
            for name in (name for name in names if name in urls):
                batch(servers[name], database, urls[name], repeat, tallies[scenario, name])
        for name in (name for name in names if name not in ("drf", "floor")):
            conditional = tallies["conditional GET (304)", name]
            batch(servers[name], database, [first], args.batch, conditional,
                  headers={"If-None-Match": etag})  # fmt: skip
        print(f"round {round_number + 1}/{args.rounds}", file=sys.stderr, end="\r")
    return tallies


def _headers(port: int, url: str) -> list[tuple[str, str]]:
    connection = HTTPConnection("127.0.0.1", port, timeout=60)
    connection.request("GET", url, headers={"Host": "127.0.0.1"})
    response = connection.getresponse()
    response.read()
    connection.close()
    return [(key.lower(), value) for key, value in response.getheaders()]


def per_query(tally: Tally) -> dict:
    medians = sorted(statistics.median(times) for times in tally.by_url.values())
    return {
        "queries": len(medians),
        "p50_of_medians_ms": round(statistics.median(medians), 2),
        "max_of_medians_ms": round(medians[-1], 2),
        "slowest": sorted(
            ((round(statistics.median(t), 1), urllib.parse.unquote(u.split("q=")[1]))
             for u, t in tally.by_url.items()), reverse=True)[:5],
    }  # fmt: skip


def report(tallies: dict) -> dict:
    results: dict = defaultdict(dict)
    for (scenario, name), tally in tallies.items():
        results[scenario][name] = tally.summary()
    if ("search set", "api") in tallies:
        results["search set"]["api_per_query"] = per_query(tallies["search set", "api"])
    print(f"\n{'scenario':<30}{'variant':<18}{'p50':>8}{'p95':>8}{'p99':>8}{'max':>9}{'CPU/req':>9}"
          f"{'api/floor':>10}{'drf/api':>9}")  # fmt: skip
    for scenario, row in results.items():
        for name in row:
            if name.endswith("_per_query"):
                continue
            cell = row[name]
            ratio = ""
            if name == "api" and row.get("floor", {}).get("cpu_ms_per_request"):
                ratio = f"{cell['cpu_ms_per_request'] / row['floor']['cpu_ms_per_request']:.2f}x"
            drf = ""
            if name == "api" and cell["cpu_ms_per_request"] and "drf" in row:
                drf = f"{row['drf']['cpu_ms_per_request'] / cell['cpu_ms_per_request']:.2f}x"
            print(f"{scenario:<30}{name:<18}{cell['p50_ms']:>8.1f}{cell['p95_ms']:>8.1f}"
                  f"{cell['p99_ms']:>8.1f}{cell['max_ms']:>9.1f}{cell['cpu_ms_per_request']:>9.2f}"
                  f"{ratio:>10}{drf:>9}")  # fmt: skip
    if "api_per_query" in results.get("search set", {}):
        print("\nsearch set, api, per query:", json.dumps(results["search set"]["api_per_query"]))
    return results


def ensure_record(claims: int, speakers: int, database) -> None:
    have = database.execute("SELECT count(*) FROM claims_claim").fetchone()[0]
    if have == claims:
        return
    generator = ROOT / "bench" / "generate.py"
    command = [sys.executable, str(generator), f"--claims={claims}", f"--speakers={speakers}"]
    subprocess.run(command, check=True)


def variant_servers(specs: list[str], url: str, plan: dict) -> dict[str, Server]:
    """The API again under each ``NAME:VAR=VALUE,...`` of ``specs``, added to ``plan``."""
    servers = {}
    for index, spec in enumerate(specs):
        name, _, settings = spec.partition(":")
        PORTS[name] = 8880 + index
        env = dict(item.split("=", 1) for item in settings.split(",") if item)
        servers[name] = Server(name, url, env)
        for scenario_name, scenario in plan.items():
            if scenario_name != "search set":  # settings change per-request costs, not plans
                scenario[name] = scenario["api"]
    return servers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=60)
    parser.add_argument("--batch", type=int, default=5, help="requests per variant per round")
    parser.add_argument("--search-every", type=int, default=3, help="search set every Nth round")
    parser.add_argument("--claims", type=int, help="(re)generate the record with this many")
    parser.add_argument("--speakers", type=int, default=5_000)
    parser.add_argument("--json", type=Path, default=RESULTS)
    parser.add_argument(
        "--variant",
        action="append",
        help="another API server with environment overrides, measured alongside on every "
        "scenario but the search set: NAME:VAR=VALUE,VAR=VALUE "
        "(e.g. no-health-checks:DATABASE_HEALTH_CHECKS=false)",
    )
    parser.add_argument("--only", action="append", help="measure only this scenario (repeatable)")
    args = parser.parse_args()
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        sys.exit("Set DATABASE_URL to the benchmark's PostgreSQL database (see the docstring).")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django
    import psycopg

    django.setup()
    database = psycopg.connect(url.replace("postgres://", "postgresql://", 1), autocommit=True)
    if args.claims:
        ensure_record(args.claims, args.speakers, database)
    speaker = database.execute("SELECT slug FROM claims_speaker WHERE id = 42").fetchone()[0]
    plan = scenarios(database, speaker)
    if args.only:
        plan = {name: urls for name, urls in plan.items() if name in args.only}
    servers = {name: Server(name, url) for name in list(PORTS)}
    servers.update(variant_servers(args.variant or [], url, plan))
    try:
        time.sleep(3)
        for server in servers.values():
            server.worker_pid = server.worker()
        for scenario in plan.values():  # warm every worker, connection and cache once
            for name, urls in scenario.items():
                for target in urls:
                    get(servers[name].port, target)
        tallies = run(servers, database, plan, args)
    finally:
        for server in servers.values():
            server.stop()
    claims = database.execute("SELECT count(*) FROM claims_claim").fetchone()[0]
    print(f"\n{claims:,} claims; page size {PAGE}; {args.rounds} rounds; wall ms, CPU ms/request")
    results = report(tallies)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    payload = {"claims": claims, "page_size": PAGE, "rounds": args.rounds, "batch": args.batch,
               "search_every": args.search_every, "results": results}  # fmt: skip
    args.json.write_text(json.dumps(payload, indent=2) + "\n")
    print(f"\nwritten to {args.json}")


if __name__ == "__main__":
    main()
