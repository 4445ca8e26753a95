"""Search: the same answer whatever path a page takes, and a bounded cost whatever the words.

On PostgreSQL a page of search results is read in up to two steps (the list's
top rows, then the GIN index's matches). Each row of the table below is a kind
of query; the test pages through the results with a window small enough that
both steps are taken, and compares every page with the plain answer: every
match, filtered and sorted by the database in one query.
"""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.api import search
from claims.models import Claim
from tests.api.conftest import resolve
from tests.factories import ClaimFactory, SpeakerFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

QUOTES = [
    # frequent near the top of the list, rare further down, and the other way round
    "The model will run on every phone by 2027, said the founder.",
    "Video models will reach film quality within 2 years.",
    "Quantum computers will break RSA before 2030.",
    "Open source models will match the best closed model next year.",
    "Solar will be the cheapest energy in Europe by 2019.",
    "Chatbots will replace search for 40% of users.",
    "$100B will flow into chips in the next 5 years.",
    "Nobody will own a car in cities by 2040.",
]
SEARCHES = [
    ("model", "a frequent word (stemmed: models)"),
    ("quantum", "a rare word"),
    ("zeppelin", "a word that matches nothing"),
    ("quantum computers", "several words, all required"),
    ('"open source"', "a phrase"),
    ("video -film", "a negation"),
    ("2019", "a year"),
    ("40%", "a number"),
    ("$100B", "an amount"),
    ("solar or chatbots", "either word"),
    ("the", "a stop word only: matches nothing"),
    ("Grace Hopper", "a speaker's name"),
    ("-model", "only a negation: nearly everything"),
]


@pytest.fixture
def record(db):
    """48 claims over 8 quotes and two years, one speaker named Grace Hopper, a few resolved."""
    grace = SpeakerFactory(name="Grace Hopper", slug="grace-hopper")
    claims = []
    for index in range(48):
        claims.append(
            ClaimFactory(
                quote=QUOTES[(index * index) % len(QUOTES)],
                statement=f"Statement {index}.",
                said_on=datetime.date(2020, 1, 1) + datetime.timedelta(days=(index * 37) % 700),
                deadline=None if index % 5 == 0 else datetime.date(2030, 1, 1 + index % 28),
                speaker=grace if index % 11 == 0 else SpeakerFactory(),
            )
        )
    for claim in claims[::7]:
        resolve(claim)
    return claims


def plain_answer(text: str, ordering: str) -> list[int]:
    """Every public match, in the list's order, in one query: what the pages must add up to."""
    from claims.api.views import CLAIM_ORDERINGS

    keys = CLAIM_ORDERINGS[ordering]
    matches = search.search_claims(Claim.objects.public(), text)
    if ordering == "most_overdue":
        from claims.models import UNRESOLVED_FIRST

        matches = matches.annotate(resolved_rank=UNRESOLVED_FIRST)
    ordered = matches.order_by(*[key.order_expression() for key in keys])
    return list(ordered.values_list("pk", flat=True))


def all_pages(client, url: str) -> list[int]:
    seen = []
    while url:
        response = client.get(url)
        assert response.status_code == 200, response.content
        body = response.json()
        seen += [claim["id"] for claim in body["results"]]
        url = body["next"]
    return seen


@pytest.mark.parametrize("text", [text for text, _ in SEARCHES], ids=[kind for _, kind in SEARCHES])
@pytest.mark.parametrize("ordering", ["-said_on", "deadline", "-deadline", "most_overdue"])
def test_every_page_of_a_search_is_the_plain_answer_whichever_step_found_it(
    anon, record, monkeypatch, text, ordering
):
    monkeypatch.setattr(search, "WINDOW_ROWS", 6)  # small enough for both steps to be taken
    expected = plain_answer(text, ordering)
    got = all_pages(
        anon, f"/api/v1/claims/?q={text.replace('%', '%25')}&ordering={ordering}&page_size=4"
    )
    assert got == expected


def test_the_first_step_alone_answers_a_word_frequent_at_the_top(anon, record, monkeypatch):
    monkeypatch.setattr(search, "WINDOW_ROWS", 48)
    with CaptureQueriesContext(connection) as queries:
        body = anon.get("/api/v1/claims/?q=model&page_size=2").json()
    assert len(body["results"]) == 2
    assert not any("COALESCE" in query["sql"] for query in queries.captured_queries)


def test_a_search_that_outlasts_its_timeout_is_a_503_naming_q(anon, record, settings, monkeypatch):
    slow = "pg_sleep(0.05) IS NOT NULL AND claims_claim.id = ANY(ARRAY(%s))"

    def sleepy_window(window):
        sql, params = window[: search.WINDOW_ROWS].query.sql_with_params()
        return search.RawSQL(slow.replace("%s", sql), params, output_field=search.BooleanField())

    monkeypatch.setattr(search, "_among", sleepy_window)
    settings.API_SEARCH_TIMEOUT_MS = 20
    response = anon.get("/api/v1/claims/?q=model")
    assert response.status_code == 503
    assert response["Retry-After"] == str(search.RETRY_AFTER_SECONDS)
    assert response["Cache-Control"] == "no-store"
    assert response.json() == {
        "status": 503,
        "errors": [
            {
                "field": "q",
                "message": "This search took too long to answer; try more specific words, "
                "or again later.",
            }
        ],
    }
    # the connection is usable afterwards, with its own timeout back
    assert anon.get("/api/v1/claims/?q=quantum").status_code == 200
    with connection.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        assert cursor.fetchone()[0] == "0"


def test_the_stored_vector_follows_edits_of_the_quote_and_the_statement(anon, record):
    claim = record[1]
    Claim.objects.filter(pk=claim.pk).update(quote="Airships return.", statement="Zeppelins.")
    assert [c["id"] for c in anon.get("/api/v1/claims/?q=zeppelin").json()["results"]] == [claim.pk]
    assert claim.pk not in [c["id"] for c in anon.get("/api/v1/claims/?q=video").json()["results"]]


def _plan(sql: str, params=()) -> str:
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("EXPLAIN " + sql, params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
        cursor.execute("SET LOCAL enable_seqscan = on")
    return plan


def test_speaker_names_are_searched_through_their_index(record):
    matches = search.Speaker.objects.filter(
        search._match(search.SPEAKER_SEARCH_VECTOR_SQL, "grace")
    )
    sql, params = matches.values("pk").query.sql_with_params()
    assert "speaker_name_search_idx" in _plan(sql, params)


def test_the_second_step_starts_from_the_gin_index(record):
    sql, params = (
        Claim.objects.filter(search._match("claims_claim.search_vector", "quantum"))
        .values("pk")
        .query.sql_with_params()
    )
    assert "claim_search_vector_idx" in _plan(sql, params)


@pytest.mark.parametrize(
    ("path", "searches"),
    [
        ("/api/v1/claims/", True),
        ("/api/v1/speakers/{slug}/claims/", True),
        ("/api/v1/claims/{id}/", False),
        ("/api/v1/speakers/", False),
        ("/api/v1/sources/", False),
    ],
)
def test_the_schema_documents_the_search_timeout_where_q_is_taken(anon, path, searches):
    schema = anon.get("/api/schema/?format=json").json()
    responses = schema["paths"][path]["get"]["responses"]
    if not searches:
        assert "503" not in responses
        return
    answer = responses["503"]
    assert answer["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Error"}
    assert answer["headers"]["Retry-After"]["schema"] == {"type": "integer"}
    assert "`q`" in answer["description"]
