"""Benchmark of the public API's read path against two baselines, in the same run.

For each scenario (first page of claims, a page deep in the list, a filtered
page — due predictions by deadline —, a full-text search, a speaker's track
record) it times:

* ``api``: the real endpoint, through Django's full request cycle (middleware,
  DRF, rendering) with an in-process client;
* ``raw``: the same rows fetched with hand-written SQL and serialised with
  ``json.dumps`` — the floor any Python API pays;
* ``plain``: what a straightforward ``ModelViewSet`` + ``ModelSerializer`` over
  the same models does (nested serializers, select_related/prefetch_related,
  DRF's page-number pagination, SearchFilter).

and prints p50/p95 in milliseconds, writing the numbers to bench/results/api.json.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/tracker_bench \\
        .venv/bin/python bench/api.py --claims 1000000 [--speakers 5000] [--repeat 20]

``--only "filtered page"`` (repeatable) measures just that scenario and writes nothing.

``--claims`` (re)generates the record with ``bench/generate.py`` when the
database does not already hold that many claims; without it the record in the
database is used as it is. The deep page is 90% of the way down the list.
"""

import argparse
import datetime
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
RESULTS = ROOT / "bench" / "results" / "api.json"
SEARCH_WORD = "quantum"
SPEAKER = "speaker-42"
PAGE = 25


def setup() -> None:
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        sys.exit("Set DATABASE_URL to the benchmark's PostgreSQL database (see the docstring).")
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings"
    os.environ["DJANGO_DEBUG"] = "false"
    os.environ["API_THROTTLE_ANON"] = "100000000/minute"
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    import django

    django.setup()


# --- the plain baseline -------------------------------------------------------------
def plain_urlconf():
    """A plain ModelViewSet + ModelSerializer API over the same models, mounted at /plain/."""
    from django.urls import include, path
    from django.utils import timezone
    from django_filters.rest_framework import DjangoFilterBackend
    from rest_framework import filters, pagination, permissions, routers, serializers, viewsets

    from claims.models import Claim, Evidence, Resolution, Source, Speaker, Topic
    from config import urls as project_urls

    class SpeakerSerializer(serializers.ModelSerializer):
        class Meta:
            model = Speaker
            fields = ["slug", "name"]

    class SourceSerializer(serializers.ModelSerializer):
        class Meta:
            model = Source
            fields = ["id", "kind", "title", "publisher", "url", "published_on"]

    class TopicSerializer(serializers.ModelSerializer):
        class Meta:
            model = Topic
            fields = ["slug", "name"]

    class EvidenceSerializer(serializers.ModelSerializer):
        class Meta:
            model = Evidence
            fields = ["url", "archive_url", "excerpt", "observed_on"]

    class ResolutionSerializer(serializers.ModelSerializer):
        evidence = EvidenceSerializer(many=True)

        class Meta:
            model = Resolution
            fields = ["verdict", "rationale", "resolved_at", "revision_reason", "evidence"]

    class ClaimSerializer(serializers.ModelSerializer):
        speaker = SpeakerSerializer()
        source = SourceSerializer()
        topics = TopicSerializer(many=True)
        resolutions = ResolutionSerializer(many=True)
        status = serializers.SerializerMethodField()

        class Meta:
            model = Claim
            fields = [
                "id", "kind", "quote", "statement", "locator", "said_on", "said_on_precision",
                "horizon", "deadline", "deadline_precision", "deadline_source", "deadline_rule",
                "needs_deadline", "confidence", "status", "speaker", "source", "topics",
                "resolutions", "version", "created_at", "updated_at",
            ]  # fmt: skip

        def get_status(self, claim) -> str:
            return claim.status_on(timezone.localdate())

    class Pages(pagination.PageNumberPagination):
        page_size = PAGE

    class ClaimViewSet(viewsets.ReadOnlyModelViewSet):
        serializer_class = ClaimSerializer
        permission_classes = [permissions.AllowAny]
        pagination_class = Pages
        filter_backends = [DjangoFilterBackend, filters.SearchFilter, filters.OrderingFilter]
        ordering_fields = ["said_on", "deadline", "id"]
        filterset_fields = {"kind": ["exact"], "deadline": ["lt"], "said_on": ["gte", "lte"]}
        search_fields = ["quote", "statement", "speaker__name"]
        queryset = (
            Claim.objects.public()
            .select_related("speaker", "source")
            .prefetch_related("topics", "resolutions__evidence")
            .order_by("-said_on", "-id")
        )

    class SpeakerRecordSerializer(serializers.ModelSerializer):
        track_record = serializers.SerializerMethodField()

        class Meta:
            model = Speaker
            fields = ["slug", "name", "bio", "track_record"]

        def get_track_record(self, speaker) -> dict:
            today = timezone.localdate()
            statuses = [c.status_on(today) for c in speaker.claims.filter(review_state="published")]
            return {status: statuses.count(status) for status in set(statuses)}

    class SpeakerViewSet(viewsets.ReadOnlyModelViewSet):
        serializer_class = SpeakerRecordSerializer
        permission_classes = [permissions.AllowAny]
        lookup_field = "slug"
        queryset = Speaker.objects.all()

    router = routers.SimpleRouter()
    router.register("claims", ClaimViewSet, basename="plain-claim")
    router.register("speakers", SpeakerViewSet, basename="plain-speaker")

    class UrlConf:
        urlpatterns = [path("plain/", include(router.urls)), *project_urls.urlpatterns]

    return UrlConf()


# --- the raw SQL baseline -----------------------------------------------------------
RAW_PAGE_SQL = """
SELECT c.id, c.kind, c.quote, c.statement, c.locator, c.said_on, c.said_on_precision,
       c.horizon, c.deadline, c.deadline_precision, c.deadline_source, c.deadline_rule,
       c.needs_deadline, c.confidence,
       CASE WHEN c.verdict <> '' THEN c.verdict WHEN c.deadline < %(today)s THEN 'due'
            ELSE 'open' END AS status,
       c.version, c.created_at, c.updated_at, s.slug, s.name, so.id, so.kind, so.title,
       so.publisher, so.url, so.published_on, so.published_precision
FROM claims_claim c
JOIN claims_speaker s ON s.id = c.speaker_id
JOIN claims_source so ON so.id = c.source_id
WHERE c.review_state = 'published' {where}
ORDER BY {order}
LIMIT {limit}
"""
RAW_COLUMNS = [
    "id", "kind", "quote", "statement", "locator", "said_on", "said_on_precision", "horizon",
    "deadline", "deadline_precision", "deadline_source", "deadline_rule", "needs_deadline",
    "confidence", "status", "version", "created_at", "updated_at", "speaker_slug",
    "speaker_name", "source_id", "source_kind", "source_title", "source_publisher",
    "source_url", "source_published_on", "source_published_precision",
]  # fmt: skip


def raw_page(
    where: str = "", params: dict | None = None, order: str = "c.said_on DESC, c.id DESC"
) -> bytes:
    from django.db import connection
    from django.utils import timezone

    params = {"today": timezone.localdate(), **(params or {})}
    with connection.cursor() as cursor:
        cursor.execute(RAW_PAGE_SQL.format(where=where, order=order, limit=PAGE), params)
        rows = [dict(zip(RAW_COLUMNS, row, strict=True)) for row in cursor.fetchall()]
        ids = [row["id"] for row in rows] or [0]
        cursor.execute(
            "SELECT ct.claim_id, t.slug, t.name FROM claims_claim_topics ct "
            "JOIN claims_topic t ON t.id = ct.topic_id WHERE ct.claim_id = ANY(%s)",
            [ids],
        )
        topics = {}
        for claim_id, slug, name in cursor.fetchall():
            topics.setdefault(claim_id, []).append({"slug": slug, "name": name})
        cursor.execute(
            "SELECT r.claim_id, r.verdict, r.rationale, r.resolved_at, e.url, e.observed_on "
            "FROM claims_resolution r LEFT JOIN claims_evidence e ON e.resolution_id = r.id "
            "WHERE r.claim_id = ANY(%s) AND r.retracted_at IS NULL",
            [ids],
        )
        resolutions = {}
        for claim_id, verdict, rationale, resolved_at, url, observed_on in cursor.fetchall():
            resolution = resolutions.setdefault(
                claim_id,
                {"verdict": verdict, "rationale": rationale, "resolved_at": resolved_at,
                 "evidence": []},
            )  # fmt: skip
            if url:
                resolution["evidence"].append({"url": url, "observed_on": observed_on})
    for row in rows:
        row["topics"] = topics.get(row["id"], [])
        row["resolution"] = resolutions.get(row["id"])
    return json.dumps({"results": rows}, default=str).encode()


RAW_TRACK_RECORD_SQL = """
SELECT count(*) FILTER (WHERE verdict = '' AND (deadline IS NULL OR deadline >= %(today)s)),
       count(*) FILTER (WHERE verdict = '' AND deadline < %(today)s),
       count(*) FILTER (WHERE verdict = 'true'), count(*) FILTER (WHERE verdict = 'false'),
       count(*) FILTER (WHERE verdict = 'partly_true'),
       count(*) FILTER (WHERE verdict = 'unresolvable'),
       count(*) FILTER (WHERE verdict = 'withdrawn'),
       avg(power(confidence - CASE verdict WHEN 'true' THEN 1 WHEN 'false' THEN 0 ELSE 0.5 END, 2))
           FILTER (WHERE kind = 'prediction' AND verdict IN ('true', 'false', 'partly_true')
                   AND confidence IS NOT NULL)
FROM claims_claim c JOIN claims_speaker s ON s.id = c.speaker_id
WHERE s.slug = %(slug)s AND c.review_state = 'published'
"""


def raw_track_record() -> bytes:
    from django.db import connection
    from django.utils import timezone

    with connection.cursor() as cursor:
        cursor.execute(RAW_TRACK_RECORD_SQL, {"today": timezone.localdate(), "slug": SPEAKER})
        counts = cursor.fetchone()
    names = ["open", "due", "true", "false", "partly_true", "unresolvable", "withdrawn", "brier"]
    return json.dumps(dict(zip(names, counts, strict=True)), default=str).encode()


# --- scenarios ----------------------------------------------------------------------
def deep_position(depth: int) -> tuple[datetime.date, int]:
    from claims.models import Claim

    return (
        Claim.objects.public()
        .order_by("-said_on", "-id")
        .values_list("said_on", "id")[depth - 1 : depth]
        .get()
    )


def scenarios(depth: int) -> dict[str, dict[str, Callable[[], object]]]:
    from django.test import Client
    from django.utils import timezone

    from claims.api.pagination import KeysetPagination
    from claims.api.views import CLAIM_ORDERINGS

    client = Client()

    def get(url: str) -> Callable[[], bytes]:
        def call() -> bytes:
            response = client.get(url)
            assert response.status_code == 200, (url, response.status_code, response.content[:300])
            return response.content

        return call

    said_on, pk = deep_position(depth)
    cursor = KeysetPagination.encode_cursor(
        "-said_on", CLAIM_ORDERINGS["-said_on"], {"said_on": said_on, "id": pk}
    )
    deep_where = "AND (c.said_on, c.id) < (%(said_on)s, %(id)s)"
    search_where = (
        "AND (to_tsvector('english', c.quote || ' ' || c.statement) "
        "@@ websearch_to_tsquery('english', %(q)s) OR c.speaker_id = ANY(ARRAY("
        "SELECT id FROM claims_speaker WHERE to_tsvector('english', name) "
        "@@ websearch_to_tsquery('english', %(q)s))))"
    )
    today, by_deadline = timezone.localdate().isoformat(), "ordering=deadline"
    filter_where = "AND c.kind = 'prediction' AND c.verdict = '' AND c.deadline < %(today)s"
    return {
        "first page": {
            "api": get(f"/api/v1/claims/?page_size={PAGE}"),
            "raw": raw_page,
            "plain": get("/plain/claims/"),
        },
        f"page {depth:,} rows deep": {
            "api": get(f"/api/v1/claims/?page_size={PAGE}&cursor={cursor}"),
            "raw": lambda: raw_page(deep_where, {"said_on": said_on, "id": pk}),
            "plain": get(f"/plain/claims/?page={depth // PAGE + 1}"),
        },
        "filtered page": {
            "api": get(
                f"/api/v1/claims/?page_size={PAGE}&kind=prediction&status=due&{by_deadline}"
            ),
            "raw": lambda: raw_page(filter_where, order="c.deadline ASC NULLS LAST, c.id ASC"),
            "plain": get(f"/plain/claims/?kind=prediction&deadline__lt={today}&{by_deadline},id"),
        },
        "search": {
            "api": get(f"/api/v1/claims/?page_size={PAGE}&q={SEARCH_WORD}"),
            "raw": lambda: raw_page(search_where, {"q": SEARCH_WORD}),
            "plain": get(f"/plain/claims/?search={SEARCH_WORD}"),
        },
        "speaker track record": {
            "api": get(f"/api/v1/speakers/{SPEAKER}/"),
            "raw": raw_track_record,
            "plain": get(f"/plain/speakers/{SPEAKER}/"),
        },
    }


def measure(call: Callable[[], object], repeat: int) -> dict[str, float]:
    call()  # warm caches and connections
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return {"p50_ms": round(statistics.median(times), 2), "p95_ms": round(p95, 2)}


def print_table(results: dict) -> None:
    header = (
        f"{'scenario':<28}{'api p50':>9}{'api p95':>9}{'raw p50':>9}{'raw p95':>9}"
        f"{'plain p50':>11}{'plain p95':>11}{'api/raw':>9}{'plain/api':>11}"
    )
    print(header)
    print("-" * len(header))
    for name, row in results.items():
        api, raw, plain = row["api"], row["raw"], row["plain"]
        print(
            f"{name:<28}{api['p50_ms']:>9.1f}{api['p95_ms']:>9.1f}{raw['p50_ms']:>9.1f}"
            f"{raw['p95_ms']:>9.1f}{plain['p50_ms']:>11.1f}{plain['p95_ms']:>11.1f}"
            f"{api['p50_ms'] / raw['p50_ms']:>8.1f}x{plain['p50_ms'] / api['p50_ms']:>10.1f}x"
        )


def ensure_record(claims: int, speakers: int) -> None:
    from claims.models import Claim, Speaker

    if Claim.objects.count() == claims and Speaker.objects.count() == speakers:
        return
    generator = ROOT / "bench" / "generate.py"
    command = [sys.executable, str(generator), f"--claims={claims}", f"--speakers={speakers}"]
    subprocess.run(command, check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="timed calls per measurement")
    parser.add_argument(
        "--plain-repeat", type=int, default=5, help="timed calls for the (slow) plain baseline"
    )
    parser.add_argument("--json", type=Path, default=RESULTS)
    parser.add_argument(
        "--claims",
        type=int,
        help="(re)generate the record with this many claims first, unless it already has them",
    )
    parser.add_argument("--speakers", type=int, default=5_000)
    parser.add_argument(
        "--only", action="append", help="measure only this scenario (repeatable); no JSON written"
    )
    args = parser.parse_args()
    setup()
    if args.claims:
        ensure_record(args.claims, args.speakers)
    from django.conf import settings

    from claims.models import Claim

    settings.ROOT_URLCONF = plain_urlconf()
    claims = Claim.objects.count()
    depth = max(1, int(claims * 0.9))
    results = {}
    for name, calls in scenarios(depth).items():
        if args.only and name not in args.only:
            continue
        results[name] = {
            "api": measure(calls["api"], args.repeat),
            "raw": measure(calls["raw"], args.repeat),
            "plain": measure(calls["plain"], args.plain_repeat),
        }
        print(f"measured {name}", file=sys.stderr)
    print(f"\n{claims:,} claims; page size {PAGE}; times in ms\n")
    print_table(results)
    if args.only:
        return  # a partial run must not overwrite the full results
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(
        json.dumps({"claims": claims, "page_size": PAGE, "results": results}, indent=2) + "\n"
    )
    print(f"\nwritten to {args.json}")


if __name__ == "__main__":
    main()
