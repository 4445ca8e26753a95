"""Hostile and careless requests get a 4xx in the API's error shape: never a 500, a bypass,
or a silent change to what is stored."""

import base64
import json
import logging

import pytest
from django.core import signing
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from rest_framework.test import APIClient, APIRequestFactory

from claims.api.exceptions import api_exception_handler
from claims.api.pagination import CURSOR_SALT
from claims.api.parsers import MAX_DEPTH
from claims.models import Claim, Resolution
from tests.api.conftest import resolve
from tests.api.test_writes import new_claim_body
from tests.factories import ClaimFactory, SpeakerFactory

pytestmark = pytest.mark.django_db


def _b64(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def _signed(payload) -> str:
    return signing.dumps(payload, salt=CURSOR_SALT)


def _tampered() -> str:
    """A real cursor whose payload was edited to jump elsewhere, keeping the signature."""
    cursor = _signed({"o": "-said_on", "v": ["2020-01-01", 5]})
    _, signature = cursor.rsplit(":", 1)
    return f"{_b64(json.dumps({'o': '-said_on', 'v': ['1900-01-01', 1]}))}:{signature}"


# (cursor, why it is refused)
CRAFTED_CURSORS = [
    ("garbage", "not base64 JSON at all"),
    (_b64("[" * 1000), "about a thousand nested brackets: the decoder's recursion limit"),
    (_b64("[" * 100_000), "far deeper nesting"),
    (_b64('{"o":"-said_on","v":["2020-01-01",1]}'), "a well-formed payload nobody signed"),
    (_tampered(), "a signed payload edited afterwards"),
    (_signed({"o": "-said_on", "v": ["2020-01-01", 1]}) + "x", "a signature edited"),
    (
        _signed(
            {"o": "-said_on", "v": ["2020-01-01", 1]},
        ).replace(":", ";"),
        "no separator",
    ),
    (signing.dumps({"o": "-said_on", "v": ["2020-01-01", 1]}, salt="other"), "another salt"),
    (_signed(["-said_on", ["2020-01-01", 1]]), "a list, not an object"),
    (_signed({"o": "-said_on", "v": ["2020-01-01", 1], "x": 1}), "an unknown key"),
    (_signed({"o": "-said_on", "v": ["2020-01-01"]}), "too few values"),
    (_signed({"o": "-said_on", "v": [20200101, 1]}), "a number for a date"),
    (_signed({"o": "-said_on", "v": ["2020-02-30", 1]}), "a date that does not exist"),
    (_signed({"o": "-said_on", "v": ["2020-01-01", "1"]}), "a string for an id"),
    (_signed({"o": "-said_on", "v": ["2020-01-01", True]}), "a boolean for an id"),
    (_signed({"o": "-said_on", "v": [None, 1]}), "a null where nulls cannot be"),
    (_signed({"o": "said_on", "v": ["2020-01-01", 1]}), "made for another ordering"),
    (_signed({"o": "-said_on", "v": ["2020-01-01", 1]}) + "A" * 600, "far too long"),
    ("%00", "a NUL character"),
]


@pytest.mark.parametrize("path", ["/api/v1/claims/", "/api/v1/speakers/ada/claims/"])
@pytest.mark.parametrize(
    ("cursor", "why"), CRAFTED_CURSORS, ids=[why for _, why in CRAFTED_CURSORS]
)
def test_a_crafted_cursor_is_a_400_naming_the_cursor(anon, path, cursor, why, caplog):
    ClaimFactory(speaker=SpeakerFactory(slug="ada"))
    response = anon.get(path, {"cursor": cursor})
    assert response.status_code == 400, (why, response.content)
    body = response.json()
    assert body["status"] == 400
    assert [error["field"] for error in body["errors"]] == ["cursor"]
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR]


def test_cursors_the_api_made_still_walk_every_page(anon):
    claims = [ClaimFactory() for _ in range(5)]
    seen, url = [], "/api/v1/claims/?page_size=2"
    while url:
        body = anon.get(url).json()
        seen += [claim["id"] for claim in body["results"]]
        url = body["next"]
    assert sorted(seen) == sorted(claim.pk for claim in claims)


# --- bodies --------------------------------------------------------------------------
def _nested(levels: int) -> str:
    return "[" * levels + "]" * levels


def _write_targets(claim: Claim) -> list[tuple[str, str]]:
    return [
        ("post", "/api/v1/claims/"),
        ("patch", f"/api/v1/claims/{claim.pk}/"),
        ("post", f"/api/v1/claims/{claim.pk}/resolve/"),
        ("post", f"/api/v1/claims/{claim.pk}/reopen/"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        _nested(1000),
        _nested(900),
        _nested(MAX_DEPTH + 1),
        '{"quote": ' + _nested(5000) + "}",
        '{"evidence": [' + '{"a":' * 1000 + "1" + "}" * 1000 + "]}",
        "[" * 200_000,
    ],
    ids=["1000 levels", "900 levels", "one level too deep", "deep in a field", "objects", "open"],
)
def test_deeply_nested_json_is_a_400_before_it_is_parsed(curator_api, body, caplog):
    claim = ClaimFactory()
    for method, path in _write_targets(claim):
        response = getattr(curator_api, method)(path, body, content_type="application/json")
        assert response.status_code == 400, (path, response.content)
        assert response.json()["status"] == 400
        assert "JSON parse error" in response.json()["errors"][0]["message"]
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR]
    assert Claim.objects.count() == 1
    assert not Resolution.objects.exists()


def test_brackets_inside_strings_do_not_count_as_nesting(curator_api):
    quote = "[[[[" * 50 + '\\"{{{' * 50
    body = json.dumps(new_claim_body(quote=quote))
    response = curator_api.post("/api/v1/claims/", body, content_type="application/json")
    assert response.status_code == 201, response.content
    assert Claim.objects.get().quote == quote


@pytest.mark.parametrize(
    ("content_type", "data"),
    [
        # invalid UTF-8: JSON refuses it; a form once stored U+FFFD in its place
        ("application/x-www-form-urlencoded", b"quote=caf%E9+latte&statement=x"),
        ("multipart/form-data; boundary=B", b'--B\r\nContent-Disposition: form-data; name="d"'),
        ("text/plain", b'{"quote": "x"}'),
        ("application/xml", b"<claim/>"),
    ],
)
def test_writes_accept_json_only_and_other_bodies_are_a_415(curator_api, content_type, data):
    claim = ClaimFactory()
    for method, path in _write_targets(claim):
        response = getattr(curator_api, method)(path, data, content_type=content_type)
        assert response.status_code == 415, (path, response.content)
        assert response.json() == {
            "status": 415,
            "errors": [
                {"field": None, "message": f'Unsupported media type "{content_type}" in request.'}
            ],
        }
    claim.refresh_from_db()
    assert claim.version == 1
    assert Claim.objects.count() == 1


def test_a_form_encoded_resolve_cannot_drop_its_evidence(curator_api):
    claim = ClaimFactory()
    data = "verdict=true&rationale=It+shipped.&evidence=https://example.org/launch"
    response = curator_api.post(
        f"/api/v1/claims/{claim.pk}/resolve/",
        data,
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 415
    assert not Resolution.objects.exists()


def test_invalid_utf8_in_json_is_a_400(curator_api):
    text = json.dumps(new_claim_body(quote="café"), ensure_ascii=False)
    body = text.encode().replace("é".encode(), b"\xe9")
    response = curator_api.post("/api/v1/claims/", body, content_type="application/json")
    assert response.status_code == 400
    assert response.json()["errors"] == [
        {"field": None, "message": "JSON parse error - the body is not valid utf-8 text."}
    ]
    assert not Claim.objects.exists()


def test_an_empty_deadline_is_refused_not_turned_into_null(curator_api):
    response = curator_api.post("/api/v1/claims/", new_claim_body(deadline=""), format="json")
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "deadline"


# --- oversized bodies ----------------------------------------------------------------
LIMIT = 4096


@pytest.fixture
def small_uploads(settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = LIMIT


def _assert_413(response, caplog) -> None:
    assert response.status_code == 413, response.content
    assert response["Content-Type"] == "application/json"
    assert response.json() == {
        "status": 413,
        "errors": [{"field": None, "message": f"The request body is larger than {LIMIT:,} bytes."}],
    }
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR]
    assert [record for record in caplog.records if record.levelno == logging.WARNING]


def test_an_oversized_json_body_is_a_413_in_the_error_shape(curator_api, small_uploads, caplog):
    body = json.dumps(new_claim_body(quote="x" * (LIMIT * 2)))
    response = curator_api.post("/api/v1/claims/", body, content_type="application/json")
    _assert_413(response, caplog)
    assert not Claim.objects.exists()


def _session_with_csrf_cookie(user) -> APIClient:
    """A browser session: the CSRF check then reads a form body for its token."""
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(user)
    client.cookies["csrftoken"] = "a" * 32
    return client


@pytest.mark.parametrize(
    "data",
    ["rationale=" + "x" * (LIMIT * 2), "&".join(f"f{index}=1" for index in range(2000))],
    ids=["larger than the limit", "more fields than the limit"],
)
def test_an_oversized_form_body_on_a_session_is_json_not_an_html_page(
    curator, small_uploads, caplog, data
):
    client = _session_with_csrf_cookie(curator)
    claim = ClaimFactory()
    response = client.post(
        f"/api/v1/claims/{claim.pk}/resolve/",
        data,
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 415
    assert response.json()["status"] == 415
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR]


@pytest.mark.parametrize(
    ("error", "status", "field"),
    [
        (
            RequestDataTooBig("Request body exceeded settings.DATA_UPLOAD_MAX_MEMORY_SIZE."),
            413,
            None,
        ),
        (TooManyFieldsSent("The number of GET/POST parameters exceeded the limit."), 400, "body"),
        (TooManyFilesSent("The number of files exceeded the limit."), 400, "body"),
    ],
)
def test_bodies_django_refuses_to_read_answer_in_the_error_shape_with_a_warning(
    small_uploads, caplog, error, status, field
):
    """Whatever reads the body first (a parser, the CSRF check), Django's refusal is a 4xx."""
    request = APIRequestFactory().post("/api/v1/claims/")
    response = api_exception_handler(error, {"request": request})
    assert response.status_code == status
    assert response.data["status"] == status
    assert [e["field"] for e in response.data["errors"]] == [field]
    assert [r.levelno for r in caplog.records] == [logging.WARNING]


# --- throttling --------------------------------------------------------------------------
def _throttle_anonymous(settings, rate: str, proxies: int | None = None) -> None:
    """Lower the rates; the number of trusted proxies stays the configured one unless given."""
    config = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"anon": rate, "user": rate}}
    if proxies is not None:
        config["NUM_PROXIES"] = proxies
    settings.REST_FRAMEWORK = config


def test_a_client_cannot_escape_the_rate_limit_with_its_own_forwarded_for(settings, published):
    _throttle_anonymous(settings, "3/minute")
    client = APIClient()
    statuses = [
        client.get("/api/v1/claims/", HTTP_X_FORWARDED_FOR=f"198.51.100.{index}").status_code
        for index in range(6)
    ]
    assert statuses == [200, 200, 200, 429, 429, 429]


def test_behind_trusted_proxies_the_address_they_appended_is_the_client(settings, published):
    _throttle_anonymous(settings, "2/minute", proxies=1)
    proxy = {"REMOTE_ADDR": "10.0.0.2"}

    def get(chain: str) -> int:
        return APIClient().get("/api/v1/claims/", HTTP_X_FORWARDED_FOR=chain, **proxy).status_code

    # the same client (203.0.113.7) prepending whatever it likes
    assert [get(f"198.51.100.{n}, 203.0.113.7") for n in range(3)] == [200, 200, 429]
    # another client behind the same proxy has its own bucket
    assert get("203.0.113.8") == 200


def test_the_number_of_trusted_proxies_comes_from_the_environment():
    from django.conf import settings

    assert settings.REST_FRAMEWORK["NUM_PROXIES"] == settings.NUM_PROXIES == 0


# --- track records ----------------------------------------------------------------------
def test_a_speaker_with_no_prediction_come_true_scores_exactly_zero_and_ties_sort_by_name(anon):
    zara = SpeakerFactory(name="Zara Late", slug="zara")
    amos = SpeakerFactory(name="Amos Early", slug="amos")
    for _ in range(5):
        resolve(ClaimFactory(speaker=zara), verdict="false")
    resolve(ClaimFactory(speaker=amos), verdict="false")
    lucky = SpeakerFactory(name="Yann Lucky", slug="yann")
    resolve(ClaimFactory(speaker=lucky), verdict="true")
    response = anon.get("/api/v1/speakers/?ordering=-score")
    assert b"-0.0" not in response.content
    body = response.json()
    assert [(s["slug"], s["track_record"]["score"]) for s in body["results"]] == [
        ("yann", 0.2065),
        ("amos", 0.0),
        ("zara", 0.0),
    ]
    ascending = anon.get("/api/v1/speakers/?ordering=score").json()
    assert [s["slug"] for s in ascending["results"]] == ["amos", "zara", "yann"]
    detail = anon.get("/api/v1/speakers/zara/")
    assert b"-0.0" not in detail.content
    assert detail.json()["track_record"]["score"] == 0.0


# --- the contract --------------------------------------------------------------------------
def test_the_schema_declares_no_security_on_public_reads_and_requires_the_version(anon):
    schema = anon.get("/api/schema/?format=json").json()
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            if method == "get":
                assert "security" not in operation, path
            else:
                assert operation["security"] == [{"tokenAuth": []}, {"cookieAuth": []}], path
                assert list(operation["requestBody"]["content"]) == ["application/json"], path
    assert "security" not in schema
    patch = schema["paths"]["/api/v1/claims/{id}/"]["patch"]
    assert patch["requestBody"]["required"] is True
    assert schema["components"]["schemas"]["PatchedClaimUpdateRequest"]["required"] == ["version"]
