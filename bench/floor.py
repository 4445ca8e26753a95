"""The floor: a minimal WSGI app answering the benchmark's requests with raw psycopg.

No framework: a dict of routes, hand-written SQL (the same statements the API's
read path sends: one for the page, one for its topics, one for its current
resolutions with evidence; search in the same two bounded steps, the
second a walk over the months in date order; a speaker's page in the one
grouped statement, tallied by the API's own arithmetic, ``tracker.scoring``) and
``json.dumps``. It is what any Python API over this schema must at least pay,
and it is served by the same gunicorn as the other variants.

    gunicorn bench.floor:app   (DATABASE_URL names the database)

Routes (query parameters as the API's, for the benchmark's scenarios only):
``/claims/?page_size=&ordering=-said_on|deadline&kind=&status=due&after=DATE,ID&q=``
and ``/speakers/<slug>/``.
"""

import datetime
import json
import os
from urllib.parse import parse_qs

import psycopg

from claims.api import tsquery
from tracker.scoring import Tally

COLUMNS = [
    "id",
    "kind",
    "quote",
    "statement",
    "locator",
    "said_on",
    "said_on_precision",
    "horizon",
    "deadline",
    "deadline_precision",
    "deadline_source",
    "deadline_rule",
    "needs_deadline",
    "confidence",
    "status",
    "version",
    "created_at",
    "updated_at",
    "speaker_slug",
    "speaker_name",
    "source_id",
    "source_kind",
    "source_title",
    "source_publisher",
    "source_url",
    "source_published_on",
    "source_published_precision",
]
PAGE_SQL = """
SELECT c.id, c.kind, c.quote, c.statement, c.locator, c.said_on, c.said_on_precision,
       c.horizon, c.deadline, c.deadline_precision, c.deadline_source, c.deadline_rule,
       c.needs_deadline, c.confidence,
       CASE WHEN c.verdict <> '' THEN c.verdict WHEN c.deadline < %(today)s THEN 'due'
            ELSE 'open' END,
       c.version, c.created_at, c.updated_at, s.slug, s.name, so.id, so.kind, so.title,
       so.publisher, so.url, so.published_on, so.published_precision
FROM claims_claim c
JOIN claims_speaker s ON s.id = c.speaker_id
JOIN claims_source so ON so.id = c.source_id
WHERE c.review_state = 'published' {where}
ORDER BY {order}
LIMIT %(limit)s
"""
ORDERS = {
    "-said_on": ("c.said_on DESC, c.id DESC", "(c.said_on, c.id) < (%(after_key)s, %(after_id)s)"),
    "deadline": (
        "c.deadline ASC NULLS LAST, c.id ASC",
        "(c.deadline, c.id) > (%(after_key)s, %(after_id)s)",
    ),
}
HIDDEN_ORDERS = {
    "-said_on": "coalesce(c.said_on, c.said_on) DESC, coalesce(c.id, c.id) DESC",
    "deadline": "coalesce(c.deadline, c.deadline) ASC NULLS LAST, coalesce(c.id, c.id) ASC",
}
MATCH = (
    "(c.search_vector @@ websearch_to_tsquery('english', %(q)s) "
    "OR c.speaker_id = ANY(%(speakers)s))"
)
SPEAKERS_SQL = (
    "SELECT id FROM claims_speaker "
    "WHERE to_tsvector('english'::regconfig, name) @@ websearch_to_tsquery('english', %s) "
    "ORDER BY id LIMIT 1000"
)
WINDOW_SQL = (
    "c.id = ANY(ARRAY(SELECT c.id FROM claims_claim c WHERE TRUE {after} ORDER BY {order} "
    "LIMIT 300))"
)
WALK_START_SQL = (
    "SELECT websearch_to_tsquery('english', %(q)s)::text, "
    "(SELECT c.said_on FROM claims_claim c WHERE TRUE {after} "
    "ORDER BY c.said_on DESC, c.id DESC LIMIT 1), "
    "(SELECT c.said_on FROM claims_claim c ORDER BY c.said_on ASC LIMIT 1)"
)
WALK_SQL = (
    "SELECT page.id FROM unnest(%(firsts)s::date[], %(lasts)s::date[], %(tagged)s::tsquery[]) "
    "AS walk(first, last, query) CROSS JOIN LATERAL (SELECT c.id FROM claims_claim c "
    "WHERE c.review_state = 'published' {where} AND ("
    "(claim_month_lexemes(c.search_vector, c.said_on) @@ walk.query "
    "AND (c.search_vector @@ websearch_to_tsquery('english', %(q)s)) IS TRUE) "
    "OR (c.speaker_id = ANY(%(speakers)s) AND c.said_on >= walk.first "
    "AND c.said_on <= walk.last)) ORDER BY {hidden} LIMIT %(limit)s) AS page LIMIT %(limit)s"
)
TOPICS_SQL = (
    "SELECT link.claim_id, t.slug, t.name FROM claims_claim_topics link "
    "JOIN claims_topic t ON t.id = link.topic_id WHERE link.claim_id = ANY(%s) ORDER BY t.name"
)
RESOLUTIONS_SQL = (
    "SELECT r.claim_id, r.verdict, r.rationale, r.resolved_at, r.revision_reason, "
    "e.url, e.archive_url, e.excerpt, e.observed_on "
    "FROM claims_resolution r LEFT JOIN claims_evidence e ON e.resolution_id = r.id "
    "WHERE r.claim_id = ANY(%s) AND r.retracted_at IS NULL ORDER BY r.claim_id, e.id"
)
# The API's statement for a speaker's page (``tracker.track_records``): the speaker
# and their public claims counted by (status, kind, confidence tenth).
TRACK_RECORD_SQL = """
SELECT s.id,
       CASE WHEN c.verdict <> '' THEN c.verdict WHEN c.deadline < %(today)s THEN 'due'
            ELSE 'open' END,
       c.kind,
       CASE WHEN c.confidence IS NULL THEN NULL WHEN c.confidence * 10 >= 9 THEN 9
            ELSE CAST(FLOOR(c.confidence * 10) AS INTEGER) END,
       count(c.id), count(c.confidence), sum(c.confidence), sum(c.confidence * c.confidence),
       s.name, s.bio, s.affiliations, s.links
FROM claims_speaker s LEFT JOIN claims_claim c ON c.speaker_id = s.id AND c.review_state = 'published'
WHERE s.slug = %(slug)s
GROUP BY 1, 3, 2, 4
"""  # noqa: E501

APPEARS_SQL = """
SELECT EXISTS (SELECT 1 FROM claims_sourceparticipant p
               JOIN claims_claim c ON c.source_id = p.source_id AND c.review_state = 'published'
               WHERE p.speaker_id = %(speaker)s)
"""

_connection: psycopg.Connection | None = None


def connection() -> psycopg.Connection:
    global _connection  # noqa: PLW0603 (one connection per worker process, as Django keeps)
    if _connection is None or _connection.closed:
        url = os.environ["DATABASE_URL"].replace("postgres://", "postgresql://", 1)
        _connection = psycopg.connect(url, autocommit=True, application_name="bench-floor")
        # As the API's searches: the month walk's blind estimates would have it compiled.
        _connection.execute("SET jit = off")
    return _connection


def iso(value) -> str | None:
    if value is None:
        return None
    text = value.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def claim_json(row: dict, today: datetime.date, base: str) -> dict:
    overdue = (today - row["deadline"]).days if row["status"] == "due" else None
    return {
        "id": row["id"], "kind": row["kind"], "quote": row["quote"],
        "statement": row["statement"], "locator": row["locator"], "said_on": iso(row["said_on"]),
        "said_on_precision": row["said_on_precision"], "horizon": row["horizon"],
        "deadline": iso(row["deadline"]), "deadline_precision": row["deadline_precision"],
        "deadline_source": row["deadline_source"], "deadline_rule": row["deadline_rule"],
        "needs_deadline": row["needs_deadline"], "confidence": row["confidence"],
        "status": row["status"], "days_overdue": overdue,
        "speaker": {"slug": row["speaker_slug"], "name": row["speaker_name"]},
        "source": {
            "id": row["source_id"], "kind": row["source_kind"], "title": row["source_title"],
            "publisher": row["source_publisher"], "url": row["source_url"],
            "published_on": iso(row["source_published_on"]),
            "published_precision": row["source_published_precision"],
        },
        "topics": row["topics"], "resolution": row["resolution"], "version": row["version"],
        "created_at": iso(row["created_at"]), "updated_at": iso(row["updated_at"]),
        "links": {
            "self": f"{base}/claims/{row['id']}/",
            "speaker": f"{base}/speakers/{row['speaker_slug']}/",
            "source": f"{base}/sources/{row['source_id']}/",
        },
        "curation": None,
    }  # fmt: skip


def attach(cursor, rows: list[dict]) -> None:
    ids = [row["id"] for row in rows]
    topics: dict[int, list] = {}
    for claim_id, slug, name in cursor.execute(TOPICS_SQL, [ids]).fetchall():
        topics.setdefault(claim_id, []).append({"slug": slug, "name": name})
    resolutions: dict[int, dict] = {}
    for claim_id, verdict, rationale, at, reason, url, archive, excerpt, observed in cursor.execute(
        RESOLUTIONS_SQL, [ids]
    ).fetchall():
        resolution = resolutions.setdefault(
            claim_id,
            {"verdict": verdict, "rationale": rationale, "resolved_at": iso(at),
             "revision_reason": reason, "evidence": []},
        )  # fmt: skip
        if url is not None:
            resolution["evidence"].append(
                {
                    "url": url,
                    "archive_url": archive,
                    "excerpt": excerpt,
                    "observed_on": iso(observed),
                }
            )
    for row in rows:
        row["topics"] = topics.get(row["id"], [])
        row["resolution"] = resolutions.get(row["id"])


def read_page(cursor, params: dict, where: str, order: str) -> list[dict]:
    sql = PAGE_SQL.format(where=where, order=order)
    return [dict(zip(COLUMNS, row, strict=True)) for row in cursor.execute(sql, params).fetchall()]


def search_page(cursor, params: dict, where: str, ordering: str, after: str) -> list[dict]:
    """The API's two steps: the list's first 300 claims, else the months' matches (by date).

    In other orderings, or for a query of negations only, the second step collects
    the GIN index's matches as the API does.
    """
    params["speakers"] = [r[0] for r in cursor.execute(SPEAKERS_SQL, [params["q"]]).fetchall()]
    order = ORDERS[ordering][0]
    window = WINDOW_SQL.format(after=after, order=order)
    rows = read_page(cursor, params, f"{where} AND {MATCH} AND {window}", order)
    if len(rows) >= params["limit"]:
        return rows
    keys = walk_months(cursor, params, where, after) if ordering == "-said_on" else None
    if keys is None:
        hidden = HIDDEN_ORDERS[ordering]
        keys = cursor.execute(
            f"SELECT c.id FROM claims_claim c WHERE c.review_state = 'published' {where} "
            f"AND {MATCH} ORDER BY {hidden} LIMIT %(limit)s",
            params,
        ).fetchall()
    params["ids"] = [key[0] for key in keys]
    return read_page(cursor, params, f"{where} AND c.id = ANY(%(ids)s)", order)


def walk_months(cursor, params: dict, where: str, after: str) -> list | None:
    """The API's month walk (``claims.api.search._walk_months``), newest month first."""
    text, start, end = cursor.execute(WALK_START_SQL.format(after=after), params).fetchone()
    parsed = tsquery.parse(text)
    query = tsquery.necessary(parsed)
    if parsed is not None and (query is None or tsquery.matches_empty(query)):
        return None
    if (query is None and not params["speakers"]) or start is None:
        return []
    firsts, month = [], start.replace(day=1)
    while month >= end.replace(day=1):
        firsts.append(month)
        month = (month - datetime.timedelta(days=1)).replace(day=1)
    params["firsts"] = firsts
    params["lasts"] = [
        (first + datetime.timedelta(days=31)).replace(day=1) - datetime.timedelta(days=1)
        for first in firsts
    ]
    # Without words (only stop words) the words' side matches nothing.
    params["tagged"] = [
        tsquery.render(query, f"#{first.year:04d}{first.month:02d}") if query else "''"
        for first in firsts
    ]
    sql = WALK_SQL.format(where=where, hidden=HIDDEN_ORDERS["-said_on"])
    return cursor.execute(sql, params).fetchall()


def claims(environ: dict, query: dict) -> tuple[str, object]:
    today = datetime.datetime.now(tz=datetime.UTC).date()
    size = int(query.get("page_size", ["25"])[0])
    ordering = query.get("ordering", ["-said_on"])[0]
    params: dict = {"today": today, "limit": size + 1}
    where = ""
    if "kind" in query:
        where += " AND c.kind = %(kind)s"
        params["kind"] = query["kind"][0]
    if query.get("status") == ["due"]:
        where += " AND c.verdict = '' AND c.deadline < %(today)s"
    after = ""
    if "after" in query:
        key, pk = query["after"][0].split(",")
        params.update(after_key=datetime.date.fromisoformat(key), after_id=int(pk))
        after = " AND " + ORDERS[ordering][1]
    with connection().cursor() as cursor:
        if query.get("q", [""])[0].strip():
            params["q"] = query["q"][0].strip()
            rows = search_page(cursor, params, where + after, ordering, after)
        else:
            rows = read_page(cursor, params, where + after, ORDERS[ordering][0])
        page = rows[:size]
        if page:
            attach(cursor, page)
    base = f"http://{environ.get('HTTP_HOST', 'localhost')}"
    results = [claim_json(row, today, base) for row in page]
    more = len(rows) > size
    return "200 OK", {"next": f"{base}/claims/?after=..." if more else None, "results": results}


def appears_in_public(speaker_id: int) -> bool:
    """Whether a speaker without public claims takes part in a source that has one."""
    with connection().cursor() as cursor:
        return cursor.execute(APPEARS_SQL, {"speaker": speaker_id}).fetchone()[0]


def speaker(slug: str) -> tuple[str, object]:
    today = datetime.datetime.now(tz=datetime.UTC).date()
    with connection().cursor() as cursor:
        rows = cursor.execute(TRACK_RECORD_SQL, {"today": today, "slug": slug}).fetchall()
    if not rows or (not rows[0][4] and not appears_in_public(rows[0][0])):
        return "404 Not Found", {"status": 404}  # unknown, or known only to a draft
    tally = Tally()
    for row in rows:
        if row[4]:  # a speaker without claims is one empty group
            tally.add(row[1:8])
    name, bio, affiliations, links = rows[0][8:]
    if isinstance(links, str):  # jsonb as text, on a connection set up by Django (the tests)
        links = json.loads(links)
    return "200 OK", {"slug": slug, "name": name, "bio": bio, "affiliations": affiliations,
                      "external_links": links, "track_record": tally.record()}  # fmt: skip


def app(environ: dict, start_response):
    path = environ.get("PATH_INFO", "")
    query = parse_qs(environ.get("QUERY_STRING", ""))
    if path == "/claims/":
        status, body = claims(environ, query)
    elif path.startswith("/speakers/") and path.count("/") == 3:
        status, body = speaker(path.split("/")[2])
    else:
        status, body = "404 Not Found", {"status": 404}
    payload = json.dumps(body).encode()
    start_response(
        status, [("Content-Type", "application/json"), ("Content-Length", str(len(payload)))]
    )
    return [payload]
