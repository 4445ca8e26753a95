"""Benchmark of the public pages against the API serving the same reads, in the same run.

For each scenario (the home page, the first page of claims, a page deep in the
list, a filtered page, a search, a claim, a speaker, the Atom feed) it times the
page through Django's full request cycle with an in-process client, and the
API request(s) a client would make for the same content — the baseline, itself
measured within 3x of raw SQL (bench/api.py). It prints p50/p95 in
milliseconds and the page/API ratio, and writes bench/results/site.json.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/tracker_bench \\
        .venv/bin/python bench/site.py --claims 100000 [--speakers 1000] [--repeat 20]

``--claims`` (re)generates the record with ``bench/generate.py`` when the
database does not already hold that many claims.
"""

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.api import (  # noqa: E402  (after the path is set)
    PAGE,
    SEARCH_WORD,
    SPEAKER,
    deep_position,
    ensure_record,
    measure,
    setup,
)

RESULTS = ROOT / "bench" / "results" / "site.json"


def scenarios(depth: int) -> dict[str, dict[str, list[str]]]:
    """Per scenario, the page's address and the API addresses carrying the same content."""
    from claims.api.pagination import KeysetPagination
    from claims.api.views import CLAIM_ORDERINGS
    from claims.models import Claim

    said_on, pk = deep_position(depth)
    cursor = KeysetPagination.encode_cursor(
        "-said_on", CLAIM_ORDERINGS["-said_on"], {"said_on": said_on, "id": pk}
    )
    claim = Claim.objects.public().exclude(resolved_at=None).order_by("-resolved_at").first()
    claim = claim or Claim.objects.public().first()
    due = "kind=prediction&status=due&ordering=deadline"
    return {
        "home": {
            "page": ["/"],
            "api": [
                "/api/v1/claims/?status=due&ordering=-deadline&page_size=8",
                "/api/v1/claims/?ordering=-updated&page_size=8",
                "/api/v1/claims/?status=open&ordering=deadline&page_size=8",
                "/api/v1/speakers/?page_size=100",
            ],
        },
        "first page of claims": {
            "page": [f"/claims/?page_size={PAGE}"],
            "api": [f"/api/v1/claims/?page_size={PAGE}"],
        },
        f"page {depth:,} rows deep": {
            "page": [f"/claims/?page_size={PAGE}&cursor={cursor}"],
            "api": [f"/api/v1/claims/?page_size={PAGE}&cursor={cursor}"],
        },
        "filtered page": {
            "page": [f"/claims/?page_size={PAGE}&{due}"],
            "api": [f"/api/v1/claims/?page_size={PAGE}&{due}"],
        },
        "search": {
            "page": [f"/claims/?page_size={PAGE}&q={SEARCH_WORD}"],
            "api": [f"/api/v1/claims/?page_size={PAGE}&q={SEARCH_WORD}"],
        },
        "claim": {"page": [f"/claims/{claim.pk}/x/"], "api": [f"/api/v1/claims/{claim.pk}/"]},
        "speaker with claims": {
            "page": [f"/speakers/{SPEAKER}/"],
            "api": [f"/api/v1/speakers/{SPEAKER}/", f"/api/v1/speakers/{SPEAKER}/claims/"],
        },
        "resolutions feed": {
            "page": ["/feeds/resolutions.atom"],
            "api": ["/api/v1/claims/?ordering=-updated&page_size=50"],
        },
    }


def getter(urls: list[str]) -> Callable[[], None]:
    from django.test import Client

    client = Client()

    def call() -> None:
        for url in urls:
            response = client.get(url, follow=True)
            assert response.status_code == 200, (url, response.status_code)

    return call


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="timed calls per measurement")
    parser.add_argument("--json", type=Path, default=RESULTS)
    parser.add_argument("--claims", type=int, help="(re)generate the record with this many claims")
    parser.add_argument("--speakers", type=int, default=1_000)
    args = parser.parse_args()
    setup()
    if args.claims:
        ensure_record(args.claims, args.speakers)
    from claims.models import Claim

    claims = Claim.objects.count()
    results = {}
    for name, urls in scenarios(max(1, int(claims * 0.9))).items():
        results[name] = {
            "page": measure(getter(urls["page"]), args.repeat),
            "api": measure(getter(urls["api"]), args.repeat),
            "api_requests": len(urls["api"]),
        }
        print(f"measured {name}", file=sys.stderr)
    print(f"\n{claims:,} claims; page size {PAGE}; times in ms\n")
    header = (
        f"{'scenario':<26}{'page p50':>10}{'page p95':>10}{'api p50':>9}{'api p95':>9}"
        f"{'page/api':>10}"
    )
    print(header)
    print("-" * len(header))
    for name, row in results.items():
        page, api = row["page"], row["api"]
        print(
            f"{name:<26}{page['p50_ms']:>10.1f}{page['p95_ms']:>10.1f}{api['p50_ms']:>9.1f}"
            f"{api['p95_ms']:>9.1f}{page['p50_ms'] / api['p50_ms']:>9.1f}x"
        )
    args.json.write_text(
        json.dumps({"claims": claims, "page_size": PAGE, "results": results}, indent=2) + "\n"
    )


if __name__ == "__main__":
    main()
