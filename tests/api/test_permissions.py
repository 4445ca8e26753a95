"""Every endpoint × method × kind of user: reads are public, writes are for curators only."""

import pytest
from rest_framework.test import APIClient

from tests.api.conftest import resolve, token_client
from tests.factories import (
    AdminFactory,
    ClaimFactory,
    CuratorFactory,
    SourceFactory,
    SpeakerFactory,
    TopicFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "reader", "curator", "admin"]
READ = {"anonymous": 200, "reader": 200, "curator": 200, "admin": 200}
WRITE_OK = {"anonymous": 401, "reader": 403, "curator": 200, "admin": 200}
CREATE_OK = {**WRITE_OK, "curator": 201, "admin": 201}
# A method an endpoint does not offer is a 405 for everyone, before any credentials count.
NOT_ALLOWED = dict.fromkeys(ROLES, 405)


def _claim_body(record) -> dict:
    return {
        "speaker": record["speaker"].slug,
        "source": record["source"].pk,
        "quote": "It will happen.",
        "statement": "It happens.",
        "said_on": "2022-10-01",
        "deadline": "2024-01-01",
    }


# (method, path template, body builder, expected by role)
MATRIX = [
    ("get", "/api/v1/", None, READ),
    ("get", "/api/v1/claims/", None, READ),
    ("post", "/api/v1/claims/", _claim_body, CREATE_OK),
    ("get", "/api/v1/claims/{claim}/", None, READ),
    ("patch", "/api/v1/claims/{claim}/", lambda r: {"version": 1, "locator": "1:00"}, WRITE_OK),
    ("put", "/api/v1/claims/{claim}/", _claim_body, NOT_ALLOWED),
    ("delete", "/api/v1/claims/{claim}/", None, NOT_ALLOWED),
    (
        "post",
        "/api/v1/claims/{claim}/resolve/",
        lambda r: {
            "verdict": "true",
            "rationale": "It did.",
            "evidence": [{"url": "https://example.org/it-did", "observed_on": "2024-02-01"}],
        },
        WRITE_OK,
    ),
    ("post", "/api/v1/claims/{resolved}/reopen/", lambda r: {"reason": "Retracted."}, WRITE_OK),
    ("get", "/api/v1/claims/{claim}/resolve/", None, dict.fromkeys(ROLES, 405)),
    ("get", "/api/v1/speakers/", None, READ),
    ("post", "/api/v1/speakers/", lambda r: {"name": "New"}, NOT_ALLOWED),
    ("get", "/api/v1/speakers/{speaker}/", None, READ),
    ("delete", "/api/v1/speakers/{speaker}/", None, NOT_ALLOWED),
    ("get", "/api/v1/speakers/{speaker}/claims/", None, READ),
    ("post", "/api/v1/speakers/{speaker}/claims/", _claim_body, NOT_ALLOWED),
    ("get", "/api/v1/sources/", None, READ),
    ("post", "/api/v1/sources/", lambda r: {"title": "New"}, NOT_ALLOWED),
    ("get", "/api/v1/sources/{source}/", None, READ),
    ("patch", "/api/v1/sources/{source}/", lambda r: {"title": "New"}, NOT_ALLOWED),
    ("get", "/api/v1/topics/", None, READ),
    ("get", "/api/v1/topics/{topic}/", None, READ),
    ("delete", "/api/v1/topics/{topic}/", None, NOT_ALLOWED),
    ("put", "/api/v1/topics/{topic}/", lambda r: {"name": "New"}, NOT_ALLOWED),
    ("put", "/api/v1/speakers/{speaker}/", lambda r: {"name": "New"}, NOT_ALLOWED),
    ("delete", "/api/v1/sources/{source}/", None, NOT_ALLOWED),
    ("delete", "/api/v1/speakers/{speaker}/claims/", None, NOT_ALLOWED),
    ("put", "/api/v1/", lambda r: {}, NOT_ALLOWED),
    ("delete", "/api/v1/claims/", None, NOT_ALLOWED),
    ("trace", "/api/v1/claims/", None, NOT_ALLOWED),
    ("trace", "/api/v1/claims/{claim}/", None, NOT_ALLOWED),
    ("trace", "/api/v1/speakers/{speaker}/", None, NOT_ALLOWED),
    ("trace", "/api/v1/topics/", None, NOT_ALLOWED),
]


def _client(role: str) -> APIClient:
    factory = {"reader": UserFactory, "curator": CuratorFactory, "admin": AdminFactory}
    return APIClient() if role == "anonymous" else token_client(factory[role]())


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    ("method", "template", "body", "expected"),
    MATRIX,
    ids=[f"{method} {template}" for method, template, _, _ in MATRIX],
)
def test_permission_matrix(role, method, template, body, expected):
    speaker, source = SpeakerFactory(), SourceFactory()
    record = {
        "speaker": speaker,
        "source": source,
        "topic": TopicFactory(),
        "claim": ClaimFactory(speaker=speaker, source=source),
        "resolved": ClaimFactory(),
    }
    resolve(record["resolved"])
    path = template.format(
        claim=record["claim"].pk,
        resolved=record["resolved"].pk,
        speaker=record["speaker"].slug,
        source=record["source"].pk,
        topic=record["topic"].slug,
    )
    kwargs = {"format": "json"}
    if body is not None:
        kwargs["data"] = body(record)
    client = _client(role)
    if method == "trace":
        response = client.generic("TRACE", path)
    else:
        response = getattr(client, method)(path, **kwargs)
    assert response.status_code == expected[role], response.content
    if response.status_code >= 400:
        assert response.json()["status"] == response.status_code


def test_a_session_write_without_a_csrf_token_is_a_403_not_a_500(curator):
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(curator)
    claim = ClaimFactory()
    response = client.patch(f"/api/v1/claims/{claim.pk}/", {"version": 1}, format="json")
    assert response.status_code == 403
    assert "CSRF" in response.json()["errors"][0]["message"]
