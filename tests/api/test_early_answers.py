"""Anonymous reads answered early: before the session and authentication middleware.

Every early answer must be the one the full path gives, byte for byte and
header for header; anything the early path cannot answer must reach the full
path untouched. The full path is reached here by a session cookie naming no
session (the reader is anonymous all the same) or by ``API_EARLY_ANSWERS``.
"""

import pytest
from django.core.exceptions import MiddlewareNotUsed
from rest_framework.test import APIClient

from claims.choices import ReviewState
from config.middleware import EarlyApiAnswerMiddleware
from tests.api.conftest import token_client
from tests.factories import ClaimFactory, SpeakerFactory

pytestmark = pytest.mark.django_db

SPEAKER = "/api/v1/speakers/ada-example/"
MIDDLEWARE = "config.middleware.EarlyApiAnswerMiddleware"


def full_path_client(settings) -> APIClient:
    client = APIClient()
    client.cookies[settings.SESSION_COOKIE_NAME] = "no-such-session"
    return client


def headers(response) -> dict:
    return {k: v for k, v in response.headers.items() if k != "X-Request-ID"}


def answered_early(response) -> bool:
    """Whether the session middleware, below the early answers, never saw the request."""
    return not hasattr(response.wsgi_request, "session")


def _etag_of(client, path):
    return client.get(path)["ETag"]


# (method, path, If-None-Match: None, the path's own ETag or a value; status, why)
OWN = object()
EARLY_ANSWERS = [
    ("get", SPEAKER, None, 200, "a speaker's track record"),
    ("head", SPEAKER, None, 200, "a speaker's track record, HEAD"),
    ("get", SPEAKER, OWN, 304, "a speaker's track record, still fresh"),
    ("get", SPEAKER, '"stale"', 200, "a speaker's track record, a stale tag"),
    ("get", SPEAKER, "*", 304, "a speaker's track record, any tag"),
    ("get", SPEAKER, 'W/"x", "y"', 200, "a speaker's track record, several stale tags"),
    ("get", "/api/v1/claims/", OWN, 304, "the first page, still fresh"),
    ("get", "/api/v1/claims/?ordering=deadline&status=open", OWN, 304, "a filtered list, fresh"),
    ("get", "/api/v1/claims/{pk}/", OWN, 304, "a claim, still fresh"),
    ("get", "/api/v1/speakers/", OWN, 304, "the speakers, still fresh"),
    ("get", "/api/v1/", OWN, 304, "the API root, still fresh"),
    ("head", "/api/v1/topics/", OWN, 304, "the topics, HEAD, still fresh"),
]


@pytest.mark.parametrize(
    ("method", "path", "tag", "status"),
    [case[:4] for case in EARLY_ANSWERS],
    ids=[case[4] for case in EARLY_ANSWERS],
)
def test_an_early_answer_is_the_full_paths_byte_for_byte(
    anon, published, settings, *, method, path, tag, status
):
    path = path.format(pk=published.pk)
    extra = (
        {} if tag is None else {"HTTP_IF_NONE_MATCH": _etag_of(anon, path) if tag is OWN else tag}
    )
    early = getattr(anon, method)(path, **extra)
    full = getattr(full_path_client(settings), method)(path, **extra)
    assert answered_early(early)
    assert not answered_early(full)
    assert early.status_code == full.status_code == status
    assert early.content == full.content
    assert headers(early) == headers(full)


def test_with_early_answers_off_every_read_takes_the_full_path(anon, published, settings):
    etag = _etag_of(anon, SPEAKER)
    settings.API_EARLY_ANSWERS = False
    for response in (anon.get(SPEAKER), anon.get(SPEAKER, HTTP_IF_NONE_MATCH=etag)):
        assert not answered_early(response)
    settings.API_EARLY_ANSWERS = True
    assert answered_early(anon.get(SPEAKER))


# (what the request has, why the full path answers it)
FULL_PATH_READS = [
    ({"HTTP_ACCEPT": "text/html"}, SPEAKER, "the browsable API"),
    ({}, SPEAKER + "?format=json", "a format asked for"),
    ({}, SPEAKER + "?utm_source=newsletter", "any parameter"),
    ({}, "/api/v1/speakers/ada-example.json", "a format suffix"),
    ({}, "/api/v1/speakers/no-such-speaker/", "an unknown speaker: the full path's 404"),
    ({}, "/api/v1/speakers/draft-only/", "known only to an unreviewed import: 404"),
    ({}, "/api/v1/claims/", "a list without If-None-Match"),
    ({"HTTP_IF_NONE_MATCH": '"stale"'}, "/api/v1/claims/", "a list with a stale tag"),
]


@pytest.mark.parametrize(
    ("extra", "path"), [case[:2] for case in FULL_PATH_READS], ids=[c[2] for c in FULL_PATH_READS]
)
def test_what_the_early_path_cannot_answer_the_full_path_does(anon, published, extra, path):
    ClaimFactory(speaker=SpeakerFactory(slug="draft-only"), review_state=ReviewState.DRAFT)
    response = anon.get(path, **extra)
    assert not answered_early(response)
    assert response.status_code == (404 if "-only/" in path or "no-such" in path else 200)


@pytest.mark.parametrize("slug", ["no-such-speaker", "draft-only"])
def test_speakers_not_public_get_the_same_404_both_ways(anon, published, settings, slug):
    ClaimFactory(speaker=SpeakerFactory(slug="draft-only"), review_state=ReviewState.DRAFT)
    path = f"/api/v1/speakers/{slug}/"
    early, full = anon.get(path), full_path_client(settings).get(path)
    assert early.status_code == full.status_code == 404
    assert early.json() == full.json()


def test_credentials_take_the_full_path(curator, published):
    response = token_client(curator).get(SPEAKER)
    assert response.status_code == 200
    assert not answered_early(response)
    assert response["Cache-Control"] == "private, no-store"


def test_an_early_track_record_costs_one_query(anon, published, django_assert_num_queries):
    with django_assert_num_queries(1):  # speaker, grouped claims and change counter at once
        response = anon.get(SPEAKER)
    assert answered_early(response)


def test_early_answers_are_throttled_like_any_request(settings, published):
    from tests.api.test_http import _throttle_to

    _throttle_to(settings, "2/minute")
    client = APIClient()
    assert [client.get(SPEAKER).status_code for _ in range(2)] == [200, 200]
    refused = client.get(SPEAKER)
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) > 0


def test_a_change_is_seen_by_the_next_early_answer(anon, published):
    etag = _etag_of(anon, SPEAKER)
    published.speaker.name = "Ada Renamed"
    published.speaker.save()
    response = anon.get(SPEAKER, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200
    assert response.json()["name"] == "Ada Renamed"
    assert answered_early(response)


def test_site_pages_and_the_admin_are_never_answered_early(anon, published):
    for path in ("/", "/speakers/ada-example/", "/admin/login/"):
        response = anon.get(path, HTTP_ACCEPT="application/json")
        assert not answered_early(response), path


@pytest.mark.parametrize(
    "foreign", ["django.middleware.locale.LocaleMiddleware", "tests.somewhere.Middleware"]
)
def test_a_middleware_of_unknown_effect_below_it_turns_early_answers_off(settings, foreign):
    middleware = list(settings.MIDDLEWARE)
    middleware.insert(middleware.index(MIDDLEWARE) + 1, foreign)
    settings.MIDDLEWARE = middleware
    with pytest.raises(MiddlewareNotUsed):
        EarlyApiAnswerMiddleware(lambda request: None)


def test_middleware_above_it_is_no_concern(settings):
    middleware = list(settings.MIDDLEWARE)
    middleware.insert(0, "django.middleware.locale.LocaleMiddleware")
    settings.MIDDLEWARE = middleware
    assert EarlyApiAnswerMiddleware(lambda request: None).header_steps
