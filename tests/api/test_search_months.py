"""Search in date order walks the months: the same pages as the plain query, for the bench's set.

The record is the benchmark's generator at a small size (a few thousand claims
said over eleven years, Zipf-distributed words, years, names and amounts), so
every query of ``bench/corpus.py`` meets the shapes it meets at a million
claims: words frequent in some months and absent from others, words that match
nothing, phrases, either-or, negations. Every page is compared with the plain
answer: ``search_vector @@ websearch_to_tsquery(...)`` (or the speaker's name),
filtered and sorted by the database in one query.
"""

import sys
import urllib.parse
from pathlib import Path

import pytest
from django.db import connection
from django.db.models import F

from claims.api import search
from claims.models import Claim, Speaker

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from corpus import search_queries
from generate import generate

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

QUERIES = [text for text, _ in search_queries()]
CLAIMS = 3000
NEWEST = (F("said_on").desc(), F("id").desc())
ORDER = {"-said_on": ("-said_on", "-pk"), "said_on": ("said_on", "pk")}


@pytest.fixture
def record(db, settings):
    """``CLAIMS`` generated claims by 60 speakers, said from 2015 to 2025; throttles lifted.

    The answers are compared, not timed: the search's time limit is lifted too, so
    that a machine busy with other work cannot turn a slow answer into a 503.
    """
    settings.API_SEARCH_TIMEOUT_MS = 60_000
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "100000/minute", "user": "100000/minute"},
    }
    with connection.cursor() as cursor:
        generate(cursor.cursor, claims=CLAIMS, n_speakers=60, seed=7)


@pytest.fixture
def walks(monkeypatch):
    """The answers of ``_walk_months`` (``None`` when it did not apply); step 1 kept tiny."""
    monkeypatch.setattr(search, "WINDOW_ROWS", 3)
    answers = []
    walk = search._walk_months

    def spy(*args, **kwargs):
        answers.append(walk(*args, **kwargs))
        return answers[-1]

    monkeypatch.setattr(search, "_walk_months", spy)
    return answers


def plain_answer(text: str, ordering: str = "-said_on", **filters) -> list[int]:
    """Every public match in list order, in one query (the search condition as stored)."""
    claims = Claim.objects.public().filter(**filters)
    matches = claims.filter(search._match("claims_claim.search_vector", text))
    speakers = search.matching_speaker_ids(text)
    if speakers:
        matches = matches | claims.filter(speaker_id__in=speakers)
    return list(matches.order_by(*ORDER[ordering]).values_list("pk", flat=True))


def pages(client, text: str, query: str = "", count: int = 2, size: int = 7) -> list[int]:
    """The ids of the first ``count`` pages of ``size`` for ``q=text`` and ``query``."""
    url = f"/api/v1/claims/?q={urllib.parse.quote(text)}&page_size={size}{query}"
    seen = []
    for _ in range(count):
        response = client.get(url)
        assert response.status_code == 200, response.content
        body = response.json()
        seen += [claim["id"] for claim in body["results"]]
        url = body["next"]
        if not url:
            break
    return seen


def test_the_record_spans_many_months_and_every_kind_of_query(record):
    months = Claim.objects.dates("said_on", "month")
    assert len(months) > 100
    counts = [len(plain_answer(text)) for text in QUERIES]
    assert 0 in counts
    assert max(counts) > CLAIMS / 4
    assert any(0 < count < 14 for count in counts)  # fewer than two pages: the walk ends


def test_every_query_of_the_bench_pages_like_the_plain_query(client, record, walks):
    wrong = {}
    for text in QUERIES:
        for ordering in ORDER:
            expected = plain_answer(text, ordering)[:14]
            got = pages(client, text, f"&ordering={ordering}")
            if got != expected:
                wrong[(text, ordering)] = (got, expected)
    assert wrong == {}
    # the walk answered every query that has a word to look for
    assert sum(answer is not None for answer in walks) >= len(QUERIES) * 2 - 4


def test_a_later_page_starts_from_the_cursors_month(client, record, walks):
    for text in ["2024", "2019", "quantum -computer", '"open source"', "Chen"]:
        expected = plain_answer(text)[:45]
        assert pages(client, text, count=3, size=15) == expected, text


@pytest.mark.parametrize(
    ("query", "filters"),
    [
        ("&kind=factual", {"kind": "factual"}),
        ("&has_deadline=false", {"deadline__isnull": True}),
        ("&said_on_before=2019-06-30", {"said_on__lte": "2019-06-30"}),
        ("&said_on_after=2023-02-01", {"said_on__gte": "2023-02-01"}),
        ("&topic={topic}", {"topics__slug": "{topic}"}),
        ("&speaker={speaker}", {"speaker__slug": "{speaker}"}),
    ],
)
def test_filters_combine_with_the_walk(client, record, walks, query, filters):
    speaker = Speaker.objects.order_by("pk").values_list("slug", flat=True)[3]
    topic = Claim.topics.through.objects.values_list("topic__slug", flat=True).first()

    def fill(value):
        return value.format(speaker=speaker, topic=topic) if isinstance(value, str) else value

    query = fill(query)
    filters = {name: fill(value) for name, value in filters.items()}
    for text in ["model", "2024", "quantum", "solar or fusion", "video -model", "Chen"]:
        assert pages(client, text, query) == plain_answer(text, **filters)[:14], (text, query)
    assert any(answer is not None for answer in walks)


def test_only_negations_and_only_stop_words_answer_as_before(client, record, walks):
    assert pages(client, "-model") == plain_answer("-model")[:14]
    assert pages(client, "the") == plain_answer("the")[:14] == []


def _explain(text: str, limit: int = 26) -> str:
    """The plan of the walk's statement for ``text`` (first page, ``-said_on``)."""
    statements = []
    execute = connection.cursor().__class__.execute

    def capture(self, sql, params=None):
        if sql.startswith("SELECT page.id"):
            statements.append((sql, params))
        return execute(self, sql, params)

    from unittest import mock

    with mock.patch.object(connection.cursor().__class__, "execute", capture):
        matches = search.search_claims(Claim.objects.public(), text).order_by(*NEWEST)
        assert search._walk_months(matches, limit)
    [(sql, params)] = statements
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN " + sql, params)
        return "\n".join(row[0] for row in cursor.fetchall())


@pytest.mark.parametrize("text", ["2024", "quantum -computer", "Chen"])
def test_the_walk_reads_the_month_index_and_never_the_whole_table(record, text):
    plan = _explain(text)
    assert "Function Scan on walk" in plan, plan
    assert "Nested Loop" in plan, plan
    assert "claim_search_month_idx" in plan, plan
    assert "Seq Scan on claims_claim" not in plan, plan
    assert "claim_search_vector_idx" not in plan, plan  # not read again for every month


def test_a_speakers_claims_search_walks_their_months(client, record, walks):
    slug = Speaker.objects.order_by("pk").values_list("slug", flat=True)[5]
    for text in ["model", "2024", "quantum -computer", '"open source"']:
        url = f"/api/v1/speakers/{slug}/claims/?q={urllib.parse.quote(text)}&page_size=4"
        seen = []
        while url and len(seen) < 12:
            body = client.get(url).json()
            seen += [claim["id"] for claim in body["results"]]
            url = body["next"]
        assert seen == plain_answer(text, speaker__slug=slug)[: len(seen)], text
        assert len(seen) == min(12, len(plain_answer(text, speaker__slug=slug))), text
    assert any(answer is not None for answer in walks)
