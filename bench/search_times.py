"""Time every query of the search set in-process: the server's side of ``/api/v1/claims/?q=``.

Usage (on a record made by ``bench/generate.py``):

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/tracker_bench \\
        .venv/bin/python bench/search_times.py --repeat 5 [--json out.json]

Each query of ``corpus.search_queries()`` is asked once to warm up, then
``--repeat`` times for its first page and, when there is one, its second page
(the ``next`` link). The time is that of the whole request through Django's
test client (no network, no HTTP server): routing, filters, the search's
queries and rendering. Prints p50 / p99 / max over all timed requests, then
the slowest queries by their median, in milliseconds. The search timeout is
lifted (60 s) so that slow queries are timed rather than cut off.
"""

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpus import search_queries  # noqa: E402


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile of ``values`` (``share`` in 0..1)."""
    ordered = sorted(values)
    rank = max(1, round(share * len(ordered) + 0.4999))
    return ordered[min(rank, len(ordered)) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", help="also write the timings to this file")
    parser.add_argument("--window", type=int, help="try another WINDOW_ROWS for step 1")
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        sys.exit("Set DATABASE_URL to the benchmark's PostgreSQL database.")
    os.environ.update(
        DJANGO_SETTINGS_MODULE="config.settings",
        DJANGO_DEBUG="false",
        API_THROTTLE_ANON="1000000000/minute",
        API_SEARCH_TIMEOUT_MS="60000",
        LOG_LEVEL="WARNING",
    )
    import django

    django.setup()
    if args.window is not None:
        from claims.api import search

        search.WINDOW_ROWS = args.window
    from urllib.parse import quote

    from django.test import Client

    client = Client()
    timings: dict[str, list[float]] = {}
    for text, kind in search_queries():
        url = f"/api/v1/claims/?q={quote(text)}"
        first = client.get(url)
        assert first.status_code == 200, (text, first.status_code, first.content[:200])
        urls = [("page 1", url)]
        if first.json()["next"]:
            urls.append(("page 2", first.json()["next"]))
            client.get(urls[-1][1])
        for page, address in urls:
            spent = []
            for _ in range(args.repeat):
                started = time.perf_counter()
                response = client.get(address)
                spent.append((time.perf_counter() - started) * 1000)
                assert response.status_code == 200, (text, response.status_code)
            timings[f"{text} ({kind}, {page})"] = spent
    every = [t for spent in timings.values() for t in spent]
    print(
        f"{len(every)} requests over {len(timings)} (query, page) pairs: "
        f"p50 {percentile(every, 0.5):.1f} ms, p99 {percentile(every, 0.99):.1f} ms, "
        f"max {max(every):.1f} ms"
    )
    slowest = sorted(timings.items(), key=lambda item: -statistics.median(item[1]))
    for name, spent in slowest[:12]:
        print(f"  {statistics.median(spent):8.1f} ms median, {max(spent):8.1f} max  {name}")
    if args.json:
        Path(args.json).write_text(json.dumps(timings, indent=1))


if __name__ == "__main__":
    main()
