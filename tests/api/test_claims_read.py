import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from claims.api.pagination import MAX_PAGE_SIZE
from claims.choices import ClaimKind, DeadlineSource, Verdict
from claims.models import Claim, Speaker
from tests.api.conftest import resolve
from tests.factories import ClaimFactory, SourceFactory, SpeakerFactory, TopicFactory

pytestmark = pytest.mark.django_db

CLAIM_KEYS = {
    "id",
    "kind",
    "quote",
    "statement",
    "locator",
    "said_on",
    "said_on_precision",
    "said_on_display",
    "horizon",
    "deadline",
    "deadline_precision",
    "deadline_source",
    "deadline_rule",
    "needs_deadline",
    "confidence",
    "status",
    "days_overdue",
    "speaker",
    "source",
    "topics",
    "resolution",
    "version",
    "created_at",
    "updated_at",
    "links",
    "curation",
}


def ids(response) -> list[int]:
    assert response.status_code == 200, response.content
    return [claim["id"] for claim in response.json()["results"]]


def error_fields(response) -> list[str | None]:
    body = response.json()
    assert body["status"] == response.status_code
    return [error["field"] for error in body["errors"]]


def test_a_claim_shows_its_speaker_source_deadline_resolution_and_links(anon, published, today):
    resolve(published)
    body = anon.get(f"/api/v1/claims/{published.pk}/").json()
    assert set(body) == CLAIM_KEYS
    assert body["speaker"] == {"slug": "ada-example", "name": "Ada Example"}
    assert set(body["source"]) == {
        "id",
        "kind",
        "title",
        "publisher",
        "url",
        "published_on",
        "published_precision",
    }
    assert body["topics"] == [{"slug": "video", "name": "Video"}]
    assert body["status"] == "true"
    assert body["deadline"] == "2023-12-31"
    assert body["deadline_source"] == DeadlineSource.CURATOR
    assert body["resolution"]["verdict"] == Verdict.TRUE
    assert body["resolution"]["evidence"] == [
        {
            "url": "https://news.example.org/it-happened",
            "archive_url": "",
            "excerpt": "",
            "observed_on": "2024-01-05",
        }
    ]
    assert set(body["resolution"]) == {
        "verdict",
        "rationale",
        "resolved_at",
        "revision_reason",
        "evidence",
    }
    assert body["links"] == {
        "self": f"http://testserver/api/v1/claims/{published.pk}/",
        "speaker": "http://testserver/api/v1/speakers/ada-example/",
        "source": f"http://testserver/api/v1/sources/{published.source_id}/",
    }
    assert body["curation"] is None


def test_a_due_claim_says_how_many_days_it_is_overdue(anon):
    claim = ClaimFactory(deadline=datetime.date(2023, 12, 31))
    body = anon.get(f"/api/v1/claims/{claim.pk}/").json()
    assert body["status"] == "due"
    assert body["days_overdue"] == (timezone.localdate() - datetime.date(2023, 12, 31)).days


def test_filters_narrow_the_list(anon):
    speaker = SpeakerFactory(slug="emad")
    source = SourceFactory()
    topic = TopicFactory(slug="funding")
    due = ClaimFactory(speaker=speaker, deadline=datetime.date(2024, 1, 1))
    open_claim = ClaimFactory(deadline=datetime.date(2099, 1, 1), source=source, topics=[topic])
    vague = ClaimFactory(deadline=None, kind=ClaimKind.OPINION, said_on=datetime.date(2020, 5, 1))
    done = ClaimFactory()
    resolve(done, Verdict.FALSE)
    get = lambda query: set(ids(anon.get(f"/api/v1/claims/?{query}")))  # noqa: E731
    assert get("status=due") == {due.pk}
    assert get("status=open") == {open_claim.pk, vague.pk}
    assert get("status=false") == {done.pk}
    assert get("kind=opinion") == {vague.pk}
    assert get("speaker=emad") == {due.pk}
    assert get(f"source={source.pk}") == {open_claim.pk}
    assert get("topic=funding") == {open_claim.pk}
    assert get("has_deadline=false") == {vague.pk}
    assert get("has_deadline=true") == {due.pk, open_claim.pk, done.pk}
    assert get("said_on_before=2021-01-01") == {vague.pk}
    assert get("said_on_after=2021-01-01&said_on_before=2030-01-01") == {
        due.pk,
        open_claim.pk,
        done.pk,
    }
    assert get("deadline_after=2050-01-01") == {open_claim.pk}
    assert get("deadline_before=2024-01-01") == {due.pk, done.pk}
    today = done.resolved_at.date().isoformat()
    assert get(f"resolved_after={today}&resolved_before={today}") == {done.pk}
    assert get("resolved_before=2000-01-01") == set()


def test_search_finds_words_in_the_quote_the_statement_and_the_speakers_name(anon):
    ClaimFactory(quote="Stable Diffusion will run on an iPhone next year.", statement="On-device.")
    ClaimFactory(quote="Something else.", statement="Chatbots replace search engines.")
    by_name = ClaimFactory(speaker=SpeakerFactory(name="Noam Example"))
    ClaimFactory(quote="Unrelated remark.", statement="Unrelated.")
    assert len(ids(anon.get("/api/v1/claims/?q=iphone"))) == 1
    assert len(ids(anon.get("/api/v1/claims/?q=search engines"))) == 1
    assert ids(anon.get("/api/v1/claims/?q=noam")) == [by_name.pk]
    assert ids(anon.get("/api/v1/claims/?q=zeppelin")) == []


@pytest.mark.postgres
def test_postgres_search_stems_words_and_reads_the_stored_indexed_vector(anon):
    claim = ClaimFactory(
        quote="Chatbots are replacing search.", statement="Chatbots replace search."
    )
    assert ids(anon.get("/api/v1/claims/?q=replaced")) == [claim.pk]
    with CaptureQueriesContext(connection) as queries:
        anon.get("/api/v1/claims/?q=replaced")
    sql = " ".join(query["sql"] for query in queries.captured_queries)
    assert "claims_claim.search_vector @@" in sql
    assert "to_tsvector" not in sql.replace("to_tsvector('english'::regconfig, claims_speaker", "")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'claim_search_vector_idx'"
        )
        (definition,) = cursor.fetchone()
    assert "gin (search_vector)" in definition.lower()


@pytest.mark.parametrize(
    ("ordering", "expected"),
    [
        ("-said_on", ["new", "mid", "old"]),
        ("said_on", ["old", "mid", "new"]),
        ("deadline", ["mid", "new", "old"]),
        ("-deadline", ["new", "mid", "old"]),
        ("most_overdue", ["mid", "new", "old"]),
    ],
)
def test_orderings(anon, ordering, expected):
    claims = {
        "old": ClaimFactory(said_on=datetime.date(2020, 1, 1), deadline=None),
        "mid": ClaimFactory(said_on=datetime.date(2021, 1, 1), deadline=datetime.date(2022, 1, 1)),
        "new": ClaimFactory(said_on=datetime.date(2022, 1, 1), deadline=datetime.date(2099, 1, 1)),
    }
    names = {claim.pk: name for name, claim in claims.items()}
    got = ids(anon.get(f"/api/v1/claims/?ordering={ordering}"))
    assert [names[pk] for pk in got] == expected


@pytest.mark.parametrize(
    "ordering", ["-said_on", "deadline", "-deadline", "updated", "most_overdue"]
)
def test_following_next_links_visits_every_claim_once(anon, ordering):
    for index in range(7):
        ClaimFactory(
            said_on=datetime.date(2020, 1 + index % 2, 1),
            deadline=None if index % 3 == 0 else datetime.date(2024 + index % 2, 1, 1),
        )
    resolve(ClaimFactory())
    seen = []
    url = f"/api/v1/claims/?ordering={ordering}&page_size=3"
    while url:
        body = anon.get(url).json()
        seen += [claim["id"] for claim in body["results"]]
        url = body["next"]
    assert sorted(seen) == sorted(set(seen))
    assert len(seen) == 8


def test_a_page_size_above_the_cap_is_capped(anon):
    for _ in range(3):
        ClaimFactory()
    response = anon.get("/api/v1/claims/?page_size=1000000000")
    assert response.status_code == 200
    assert len(response.json()["results"]) == 3
    assert MAX_PAGE_SIZE == 100


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("ordering=internal_notes", "ordering"),
        ("ordering=status", "ordering"),
        ("ordering=--id", "ordering"),
        ("ordering=-id", "ordering"),
        ("ordering=", "ordering"),
        ("cursor=garbage", "cursor"),
        ("cursor=eyJvIjoiLXNhaWRfb24iLCJ2IjpbMSwyXX0", "cursor"),
        ("cursor=eyJvIjoic2FpZF9vbiIsInYiOlsiMjAyMC0wMS0wMSIsMV19", "cursor"),
        ("page_size=0", "page_size"),
        ("page_size=-1", "page_size"),
        ("page_size=ten", "page_size"),
        ("page_size=", "page_size"),
        ("status=sort-of", "status"),
        ("kind=rumour", "kind"),
        ("said_on_after=2020-13-45", "said_on_after"),
        ("deadline_before=yesterday", "deadline_before"),
        ("resolved_after=", "resolved_after"),
        ("has_deadline=maybe", "has_deadline"),
        ("source=abc", "source"),
        ("source=99999999999999999999999", "source"),
        ("q=%00", "q"),
        ("speaker=ada%00", "speaker"),
        ("topic=%00video", "topic"),
        ("q=" + "x" * 201, "q"),
    ],
)
def test_bad_query_values_are_a_400_naming_the_parameter(anon, published, query, field):
    response = anon.get(f"/api/v1/claims/?{query}")
    assert response.status_code == 400, response.content
    assert error_fields(response) == [field]


def test_unknown_query_parameters_are_ignored(anon, published):
    assert ids(anon.get("/api/v1/claims/?colour=blue")) == [published.pk]


@pytest.mark.parametrize("path", ["/api/v1/claims/0/", "/api/v1/claims/99999999999999999999/"])
def test_missing_claims_are_a_json_404(anon, path):
    response = anon.get(path)
    assert response.status_code == 404
    assert response.json()["status"] == 404


def _claims_with_related(count: int) -> None:
    topic = TopicFactory()
    for index in range(count):
        claim = ClaimFactory(topics=[topic], speaker=SpeakerFactory(), source=SourceFactory())
        if index % 2 == 0:
            resolve(claim)


@pytest.mark.parametrize("count", [1, 30])
def test_a_page_of_claims_costs_the_same_queries_whatever_its_size(
    anon, count, django_assert_num_queries
):
    _claims_with_related(count)
    # the page (with the change counter for the ETag), its topics, its current
    # resolutions with their evidence
    with django_assert_num_queries(3):
        response = anon.get("/api/v1/claims/?page_size=50")
    assert len(response.json()["results"]) == count


@pytest.mark.parametrize("count", [1, 30])
def test_a_search_costs_the_same_queries_whatever_the_page_size(
    anon, count, django_assert_num_queries
):
    _claims_with_related(count)
    # On PostgreSQL: + the speakers' ids, and the page read in a transaction of its
    # own under a statement timeout (savepoint, SET LOCAL, reset, release here),
    # in two steps when the first finds less than a page (the list's top rows,
    # then the query's lexemes and the walk's bounds, the walk over the months,
    # and the page's rows by key). Elsewhere the search is a filter of the page's
    # own query, which reads the change counter with its rows.
    expected = 12 if connection.vendor == "postgresql" else 3
    with django_assert_num_queries(expected):
        response = anon.get("/api/v1/claims/?page_size=50&q=remarkable")
    assert len(response.json()["results"]) == count


def test_a_page_size_of_a_billion_answers_the_capped_page(anon):
    speakers = Speaker.objects.bulk_create(
        Speaker(name=f"S{i:03}", slug=f"s{i:03}") for i in range(101)
    )
    source = SourceFactory()
    Claim.objects.bulk_create(
        Claim(speaker=s, source=source, quote="Q.", statement="S.", said_on=source.published_on)
        for s in speakers
    )
    body = anon.get("/api/v1/speakers/?page_size=1000000000").json()
    assert len(body["results"]) == MAX_PAGE_SIZE
    assert body["next"] is not None
