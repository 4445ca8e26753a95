"""HTTP behaviour: conditional GET, Cache-Control, throttling, CORS, docs pages."""

import datetime
import os
import uuid
from urllib.parse import urlsplit

import pytest
import redis
import time_machine
from rest_framework.test import APIClient

from tests.api.conftest import token_client

pytestmark = pytest.mark.django_db

# A Redis database of its own on the server the suite was given (REDIS_URL).
_REDIS = urlsplit(os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"))
REDIS_URL = f"redis://{_REDIS.netloc}/14"


@pytest.mark.parametrize(
    "path", ["/api/v1/claims/", "/api/v1/claims/{pk}/", "/api/v1/speakers/", "/api/v1/topics/"]
)
def test_conditional_get_answers_304_while_nothing_changed(anon, published, path):
    path = path.format(pk=published.pk)
    first = anon.get(path)
    assert first.status_code == 200
    etag = first["ETag"]
    again = anon.get(path, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == etag


def test_an_edit_changes_the_etag_and_last_modified_allows_if_modified_since(anon, published):
    first = anon.get(f"/api/v1/claims/{published.pk}/")
    assert "Last-Modified" in first
    since = anon.get(
        f"/api/v1/claims/{published.pk}/", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]
    )
    assert since.status_code == 304
    published.statement = "Changed."
    published.save()
    changed = anon.get(f"/api/v1/claims/{published.pk}/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert changed.status_code == 200
    assert changed["ETag"] != first["ETag"]


def test_anonymous_reads_are_publicly_cacheable_and_authenticated_ones_are_not(
    anon, reader, published
):
    assert anon.get("/api/v1/claims/")["Cache-Control"] == "public, max-age=60"
    response = token_client(reader).get("/api/v1/claims/")
    assert response["Cache-Control"] == "private, no-store"
    assert "Authorization" in response["Vary"]
    assert anon.get("/api/v1/claims/?ordering=x")["Cache-Control"] == "no-store"


def test_cors_allows_anonymous_reads_from_any_origin_without_credentials(anon, published):
    response = anon.get("/api/v1/claims/", HTTP_ORIGIN="https://elsewhere.example")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response


def _throttle_to(settings, rate: str) -> None:
    rates = {"anon": rate, "user": rate}
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": rates}


def test_a_throttled_client_gets_a_429_with_retry_after(settings, published, reader):
    _throttle_to(settings, "3/minute")
    client = APIClient()
    statuses = [client.get("/api/v1/claims/").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    response = client.get("/api/v1/claims/")
    assert int(response["Retry-After"]) > 0
    assert response.json()["status"] == 429
    # an authenticated user has a bucket of their own
    assert token_client(reader).get("/api/v1/claims/").status_code == 200


@pytest.mark.postgres
def test_throttling_is_shared_by_every_web_process_through_redis(settings, published):
    """Two clients standing for two web processes share one Redis-backed count."""
    prefix = f"throttle-test-{uuid.uuid4().hex}"
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": prefix,
        }
    }
    _throttle_to(settings, "4/minute")
    first_process, second_process = APIClient(), APIClient()
    try:
        assert first_process.get("/api/v1/claims/").status_code == 200
        assert second_process.get("/api/v1/claims/").status_code == 200
        assert first_process.get("/api/v1/claims/").status_code == 200
        assert second_process.get("/api/v1/claims/").status_code == 200
        throttled = first_process.get("/api/v1/claims/")
        assert throttled.status_code == 429
        assert int(throttled["Retry-After"]) > 0
        keys = redis.Redis.from_url(REDIS_URL).keys(f"{prefix}:*")
        assert keys, "the counts live in Redis, where every process sees them"
    finally:
        connection = redis.Redis.from_url(REDIS_URL)
        for key in connection.scan_iter(f"{prefix}:*"):
            connection.delete(key)


def test_schema_and_documentation_pages_are_served(anon):
    schema = anon.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert schema.status_code == 200
    paths = schema.json()["paths"]
    assert "/api/v1/claims/" in paths
    assert "/api/v1/speakers/{slug}/claims/" in paths
    parameters = {p["name"] for p in paths["/api/v1/claims/"]["get"]["parameters"]}
    assert {"status", "q", "cursor", "page_size", "ordering", "said_on_after"} <= parameters
    assert "429" in paths["/api/v1/claims/"]["get"]["responses"]
    assert "409" in paths["/api/v1/claims/{id}/"]["patch"]["responses"]
    assert anon.get("/api/docs/").status_code == 200
    assert anon.get("/api/redoc/").status_code == 200
    browsable = anon.get("/api/v1/claims/", HTTP_ACCEPT="text/html")
    assert browsable.status_code == 200
    assert b"<html" in browsable.content.lower()


def test_unknown_api_addresses_are_a_json_404(anon):
    response = anon.post("/api/v1/no/such/thing/")
    assert response.status_code == 404
    assert response.json()["errors"][0]["field"] is None


@pytest.mark.parametrize("path", ["/api/v1/claims/", "/api/v1/claims/{pk}/", "/api/v1/speakers/"])
def test_the_browsable_api_and_options_work_for_curators(curator, published, path):
    client = APIClient()
    client.force_login(curator)
    path = path.format(pk=published.pk)
    assert client.get(path, HTTP_ACCEPT="text/html").status_code == 200
    assert client.options(path).status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/claims/?q=remarkable",
        "/api/v1/claims/{pk}/",
        "/api/v1/speakers/",
        "/api/v1/speakers/ada-example/",
    ],
)
def test_a_304_is_answered_from_the_change_counter_without_building_the_page(
    anon, published, path, django_assert_num_queries
):
    path = path.format(pk=published.pk)
    etag = anon.get(path)["ETag"]
    with django_assert_num_queries(1):  # the change counter, nothing else
        again = anon.get(path, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again["Cache-Control"] == "public, max-age=60"


def _rename_speaker(claim):
    claim.speaker.name = "Ada Renamed"
    claim.speaker.save()


def _rename_topic(claim):
    topic = claim.topics.get()
    topic.name = "Moving pictures"
    topic.save()


def _add_evidence(claim):
    from claims.models import Evidence

    Evidence.objects.create(
        resolution=claim.resolutions.get(),
        url="https://news.example.org/more",
        observed_on=datetime.date(2024, 2, 1),
    )


def _retitle_source(claim):
    claim.source.title = "A new title"
    claim.source.save()


def _untag(claim):
    claim.topics.clear()


@pytest.mark.parametrize(
    "change", [_rename_speaker, _rename_topic, _add_evidence, _retitle_source, _untag]
)
def test_any_change_behind_a_response_changes_its_etag(anon, published, change):
    from tests.api.conftest import resolve

    resolve(published)
    paths = ["/api/v1/claims/", f"/api/v1/claims/{published.pk}/", "/api/v1/speakers/"]
    before = {path: anon.get(path)["ETag"] for path in paths}
    change(published)
    for path in paths:
        assert anon.get(path, HTTP_IF_NONE_MATCH=before[path]).status_code == 200, path


def test_the_etag_changes_at_midnight_because_statuses_do(anon, published):
    with time_machine.travel(datetime.datetime(2026, 3, 1, 23, 59, tzinfo=datetime.UTC)):
        etag = anon.get("/api/v1/claims/")["ETag"]
        assert anon.get("/api/v1/claims/", HTTP_IF_NONE_MATCH=etag).status_code == 304
    with time_machine.travel(datetime.datetime(2026, 3, 2, 0, 1, tzinfo=datetime.UTC)):
        assert anon.get("/api/v1/claims/", HTTP_IF_NONE_MATCH=etag).status_code == 200


def test_the_etag_differs_by_renderer_and_by_reader(anon, curator, published):
    json_etag = anon.get("/api/v1/claims/")["ETag"]
    browsable = anon.get("/api/v1/claims/", HTTP_ACCEPT="text/html")["ETag"]
    curators = token_client(curator).get("/api/v1/claims/")["ETag"]
    assert len({json_etag, browsable, curators}) == 3


def test_the_change_counter_only_grows_even_when_its_row_is_flushed(anon, published):
    from claims.models import ChangeCounter

    before = ChangeCounter.objects.get().value
    etag = anon.get("/api/v1/claims/")["ETag"]
    ChangeCounter.objects.all().delete()  # as a flush does
    published.statement = "Changed after the flush."
    published.save()
    assert ChangeCounter.objects.get().value > before
    assert anon.get("/api/v1/claims/", HTTP_IF_NONE_MATCH=etag).status_code == 200


# (path, why): every kind of endpoint the early 304 stands in front of
EARLY_304_PATHS = [
    ("/api/v1/", "the API root"),
    ("/api/v1/claims/?ordering=deadline", "a list with parameters"),
    ("/api/v1/claims/{pk}/", "a detail"),
    ("/api/v1/speakers/ada-example/", "a speaker's track record"),
    ("/api/v1/speakers/ada-example/claims/", "a speaker's claims"),
    ("/api/v1/topics/", "a read-only collection"),
]


@pytest.mark.parametrize(
    "path", [path for path, _ in EARLY_304_PATHS], ids=[why for _, why in EARLY_304_PATHS]
)
def test_the_early_304_is_the_full_paths_304_header_for_header(anon, published, path, settings):
    path = path.format(pk=published.pk)
    etag = anon.get(path)["ETag"]
    early = anon.get(path, HTTP_IF_NONE_MATCH=etag)
    # A cookie naming no session: still anonymous, but past the early check.
    full_path = APIClient()
    full_path.cookies[settings.SESSION_COOKIE_NAME] = "no-such-session"
    full = full_path.get(path, HTTP_IF_NONE_MATCH=etag)
    assert early.status_code == full.status_code == 304
    assert early.content == full.content == b""

    def headers(response):
        return {k: v for k, v in response.headers.items() if k != "X-Request-ID"}

    assert headers(early) == headers(full)


def test_the_early_304_is_throttled_like_any_request(settings, published):
    _throttle_to(settings, "2/minute")
    client = APIClient()
    etag = client.get("/api/v1/claims/")["ETag"]
    assert client.get("/api/v1/claims/", HTTP_IF_NONE_MATCH=etag).status_code == 304
    refused = client.get("/api/v1/claims/", HTTP_IF_NONE_MATCH=etag)
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) > 0


def test_credentials_another_format_or_a_stale_tag_take_the_full_path(anon, curator, published):
    etag = anon.get("/api/v1/claims/")["ETag"]
    # a curator's representation differs: the public tag is not theirs
    assert token_client(curator).get("/api/v1/claims/", HTTP_IF_NONE_MATCH=etag).status_code == 200
    browsable = anon.get("/api/v1/claims/", HTTP_IF_NONE_MATCH=etag, HTTP_ACCEPT="text/html")
    assert browsable.status_code == 200
    assert anon.get("/api/v1/claims/?format=json", HTTP_IF_NONE_MATCH=etag).status_code == 200
    assert anon.get("/api/v1/claims/", HTTP_IF_NONE_MATCH='"stale"').status_code == 200


# --- a speaker's track record reads the change counter with its data -------------------
SPEAKER = "/api/v1/speakers/ada-example/"


def test_a_speakers_record_and_its_etag_cost_one_query(anon, published, django_assert_num_queries):
    with django_assert_num_queries(1):  # speaker, grouped claims and change counter at once
        response = anon.get(SPEAKER)
    assert response.status_code == 200
    assert response["ETag"]


def counter_read_first_etag(path: str) -> str:
    """The ETag of an anonymous JSON read of ``path`` with the change counter read on its own."""
    from claims.api.caching import record_etag

    request = APIClient().get(path).wsgi_request
    request.accepted_renderer = type("Renderer", (), {"format": "json"})()
    return record_etag(request, curator=False)


def test_a_speakers_etag_is_the_one_the_counter_read_first_gives(
    anon, curator, published, settings
):
    etag = anon.get(SPEAKER)["ETag"]
    assert etag == counter_read_first_etag(SPEAKER)
    # Still fresh, for the early 304 and for the full path (a cookie gets past the early one).
    assert anon.get(SPEAKER, HTTP_IF_NONE_MATCH=etag).status_code == 304
    full_path = APIClient()
    full_path.cookies[settings.SESSION_COOKIE_NAME] = "no-such-session"
    assert full_path.get(SPEAKER, HTTP_IF_NONE_MATCH=etag).status_code == 304
    # Curators and other formats have tags of their own, made the same way.
    curators = token_client(curator).get(SPEAKER)
    browsable = anon.get(SPEAKER, HTTP_ACCEPT="text/html")
    assert len({etag, curators["ETag"], browsable["ETag"]}) == 3
    assert (
        token_client(curator).get(SPEAKER, HTTP_IF_NONE_MATCH=curators["ETag"]).status_code == 304
    )


@pytest.mark.parametrize(
    "change", [_rename_speaker, _rename_topic, _add_evidence, _retitle_source, _untag]
)
def test_any_change_changes_a_speakers_etag(anon, published, change):
    from tests.api.conftest import resolve

    resolve(published)
    etag = anon.get(SPEAKER)["ETag"]
    change(published)
    again = anon.get(SPEAKER)
    assert again["ETag"] != etag
    assert anon.get(SPEAKER, HTTP_IF_NONE_MATCH=etag).status_code == 200


def test_an_unknown_speaker_is_a_404_without_an_etag(anon, published):
    response = anon.get("/api/v1/speakers/nobody/")
    assert response.status_code == 404
    assert "ETag" not in response
    assert response["Cache-Control"] == "no-store"


# --- a page of claims reads the change counter with its rows ----------------------------
# (path, why): lists whose page is read with the counter, and those whose is not
LIST_PATHS = [
    ("/api/v1/claims/", "the first page"),
    ("/api/v1/claims/?ordering=most_overdue&kind=prediction", "an annotated ordering"),
    ("/api/v1/claims/?status=due&ordering=deadline", "a filtered page"),
    ("/api/v1/speakers/ada-example/claims/", "a speaker's claims"),
    ("/api/v1/claims/?kind=opinion", "an empty page: the counter is read on its own"),
    ("/api/v1/claims/?q=video", "a search: the counter is read on its own"),
]


@pytest.mark.parametrize(
    "path", [path for path, _ in LIST_PATHS], ids=[why for _, why in LIST_PATHS]
)
def test_a_pages_etag_is_the_one_the_counter_read_first_gives(anon, published, path, settings):
    response = anon.get(path)
    assert response.status_code == 200
    etag = response["ETag"]
    assert etag == counter_read_first_etag(path)
    assert anon.get(path, HTTP_IF_NONE_MATCH=etag).status_code == 304
    full_path = APIClient()
    full_path.cookies[settings.SESSION_COOKIE_NAME] = "no-such-session"
    assert full_path.get(path, HTTP_IF_NONE_MATCH=etag).status_code == 304
    published.statement = "Changed."
    published.save()
    assert anon.get(path)["ETag"] != etag


def test_the_counter_column_is_not_part_of_a_claims_representation(anon, published):
    from claims.api.caching import CHANGE_COUNT

    listed = anon.get("/api/v1/claims/").json()["results"][0]
    shown = anon.get(f"/api/v1/claims/{published.pk}/").json()
    assert CHANGE_COUNT not in listed
    assert listed == shown
