"""Curators' writes: create, edit (optimistic concurrency), resolve, reopen; all in the history."""

import datetime

import pytest
import time_machine

from claims.choices import DeadlineSource, ReviewState
from claims.models import Claim, Resolution
from tests.api.conftest import resolve
from tests.factories import (
    ClaimFactory,
    CuratorFactory,
    SourceFactory,
    SpeakerFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db


def new_claim_body(**overrides) -> dict:
    speaker = SpeakerFactory(slug="emad")
    source = SourceFactory()
    TopicFactory(slug="ai", name="AI")
    return {
        "speaker": speaker.slug,
        "source": source.pk,
        "quote": "Open models will run on phones.",
        "statement": "Open image models run on phones.",
        "said_on": "2022-10-01",
        "deadline": "2023-12-31",
        "topics": ["ai"],
        "confidence": 0.8,
        **overrides,
    }


def test_a_curator_records_a_claim_and_the_history_says_it_came_through_the_api(
    curator_api, curator
):
    response = curator_api.post("/api/v1/claims/", new_claim_body(), format="json")
    assert response.status_code == 201, response.content
    body = response.json()
    claim = Claim.objects.get(pk=body["id"])
    assert claim.deadline == datetime.date(2023, 12, 31)
    assert claim.deadline_source == DeadlineSource.CURATOR
    assert body["deadline_source"] == "curator"
    assert body["topics"] == [{"slug": "ai", "name": "AI"}]
    assert body["curation"]["review_state"] == ReviewState.PUBLISHED
    entries = claim.history.all()
    assert {(entry.history_path, entry.history_user) for entry in entries} == {("api", curator)}


def test_a_deadline_is_derived_from_the_horizon_when_none_is_given(curator_api):
    body = new_claim_body(horizon="by the end of 2025")
    del body["deadline"]
    response = curator_api.post("/api/v1/claims/", body, format="json")
    assert response.status_code == 201, response.content
    assert response.json()["deadline_source"] == DeadlineSource.DERIVED
    assert response.json()["deadline"] is not None
    assert response.json()["deadline_rule"]


def test_invalid_input_is_a_400_naming_each_field(curator_api):
    body = new_claim_body(said_on="soon", confidence=3, speaker="nobody")
    response = curator_api.post("/api/v1/claims/", body, format="json")
    assert response.status_code == 400
    fields = {error["field"] for error in response.json()["errors"]}
    assert fields == {"said_on", "confidence", "speaker"}


def test_a_claim_said_in_the_future_is_refused_by_the_service(curator_api):
    body = new_claim_body(said_on="2999-01-01", deadline="2999-12-31")
    response = curator_api.post("/api/v1/claims/", body, format="json")
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "said_on"


def test_nul_characters_in_a_body_are_a_400(curator_api):
    body = new_claim_body(speaker="em\x00ad", quote="a\x00b")
    response = curator_api.post("/api/v1/claims/", body, format="json")
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] in {"speaker", "quote"}


def test_references_that_cannot_be_slugs_are_a_400_naming_the_field(curator_api):
    body = new_claim_body(topics=["ai", "\x00", "NULL"])
    response = curator_api.post("/api/v1/claims/", body, format="json")
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert [error["field"].split("[")[0] for error in errors] == ["topics"]
    assert errors[0]["message"] in {
        "Must not contain NUL characters.",
        "'\\x00' is not a slug: use letters, digits, hyphens and underscores.",
    }
    assert Claim.objects.count() == 0


def test_an_edit_needs_the_version_read_and_a_stale_one_is_a_409(curator_api, curator):
    claim = ClaimFactory()
    url = f"/api/v1/claims/{claim.pk}/"
    edit = {"statement": "Restated.", "version": 1, "reason": "clearer"}
    response = curator_api.patch(url, edit, format="json")
    assert response.status_code == 200, response.content
    assert response.json()["version"] == 2
    assert response.json()["statement"] == "Restated."
    stale = curator_api.patch(url, {"statement": "Other.", "version": 1}, format="json")
    assert stale.status_code == 409
    body = stale.json()
    assert body["status"] == 409
    assert body["current_version"] == 2
    assert body["errors"][0]["field"] == "version"
    assert "changed by someone else" in body["errors"][0]["message"]
    claim.refresh_from_db()
    assert claim.statement == "Restated."
    latest = claim.history.first()
    assert (latest.history_path, latest.history_user) == ("api", curator)
    missing = curator_api.patch(url, {"statement": "No version."}, format="json")
    assert missing.status_code == 400
    assert missing.json()["errors"][0]["field"] == "version"


def test_fields_a_curator_may_not_set_are_left_alone(curator_api):
    other = CuratorFactory()
    claim = ClaimFactory()
    response = curator_api.patch(
        f"/api/v1/claims/{claim.pk}/",
        {
            "version": 1,
            "locator": "12:30",
            "assigned_curator": other.pk,
            "verdict": "true",
            "resolved_at": "2024-01-01T00:00:00Z",
            "created_at": "2000-01-01T00:00:00Z",
            "history_user": other.pk,
            "status": "true",
        },
        format="json",
    )
    assert response.status_code == 200, response.content
    claim.refresh_from_db()
    assert claim.locator == "12:30"
    assert claim.assigned_curator is None
    assert claim.verdict == ""
    assert claim.resolved_at is None
    assert claim.version == 2
    assert claim.created_at.year != 2000


def test_resolving_through_the_api_records_the_verdict_evidence_and_history(curator_api, curator):
    claim = ClaimFactory()
    response = curator_api.post(
        f"/api/v1/claims/{claim.pk}/resolve/",
        {
            "verdict": "partly_true",
            "rationale": "Shipped, but slower than said.",
            "evidence": [{"url": "https://example.org/launch", "observed_on": "2024-02-01"}],
        },
        format="json",
    )
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["status"] == "partly_true"
    assert body["resolution"]["evidence"][0]["url"] == "https://example.org/launch"
    resolution = Resolution.objects.get(claim=claim)
    assert resolution.resolved_by == curator
    assert resolution.history.get().history_path == "api"
    assert claim.history.first().history_path == "api"


def test_revising_a_verdict_needs_a_reason(curator_api):
    claim = ClaimFactory()
    resolve(claim)
    url = f"/api/v1/claims/{claim.pk}/resolve/"
    body = {"verdict": "false", "rationale": "Recount.", "evidence": EVIDENCE_BODY}
    response = curator_api.post(url, body, format="json")
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "reason"
    revised = curator_api.post(url, {**body, "reason": "new data"}, format="json")
    assert revised.status_code == 200
    assert revised.json()["resolution"]["revision_reason"] == "new data"


EVIDENCE_BODY = [{"url": "https://example.org/recount", "observed_on": "2024-02-01"}]

# (verdict, evidence given, evidence required by the setting, status, field at fault)
EVIDENCE_RULES = [
    ("true", False, True, 400, "evidence"),
    ("false", False, True, 400, "evidence"),
    ("partly_true", False, True, 400, "evidence"),
    ("true", True, True, 200, None),
    ("unresolvable", False, True, 200, None),
    ("withdrawn", False, True, 200, None),
    ("true", False, False, 200, None),
]


@pytest.mark.parametrize("case", EVIDENCE_RULES, ids=lambda case: "-".join(map(str, case[:3])))
def test_true_false_and_partly_true_need_evidence_unless_the_setting_relaxes_it(
    curator_api, settings, case
):
    verdict, given, required, status, field = case
    settings.RESOLUTION_EVIDENCE_REQUIRED = required
    claim = ClaimFactory()
    body = {"verdict": verdict, "rationale": "As the report says."}
    if given:
        body["evidence"] = EVIDENCE_BODY
    response = curator_api.post(f"/api/v1/claims/{claim.pk}/resolve/", body, format="json")
    assert response.status_code == status, response.content
    if field:
        label = {"partly_true": "partly true"}.get(verdict, verdict)
        assert response.json()["errors"] == [
            {
                "field": "evidence",
                "message": f"A verdict of “{label}” needs at least one piece of evidence: "
                "a URL and the day it was seen.",
            }
        ]
        assert not Resolution.objects.exists()
    else:
        assert Resolution.objects.get().verdict == verdict


@pytest.mark.parametrize("verdict", ["unresolvable", "withdrawn"])
def test_unresolvable_and_withdrawn_need_a_rationale(curator_api, verdict):
    claim = ClaimFactory()
    response = curator_api.post(
        f"/api/v1/claims/{claim.pk}/resolve/", {"verdict": verdict, "rationale": " "}, format="json"
    )
    assert response.status_code == 400
    assert [error["field"] for error in response.json()["errors"]] == ["rationale"]
    assert not Resolution.objects.exists()


def test_bad_evidence_is_a_400_naming_the_item(curator_api):
    claim = ClaimFactory()
    response = curator_api.post(
        f"/api/v1/claims/{claim.pk}/resolve/",
        {
            "verdict": "true",
            "rationale": "Yes.",
            "evidence": [{"url": "not a url", "observed_on": "2024-02-01"}],
        },
        format="json",
    )
    assert response.status_code == 400
    assert response.json()["errors"] == [
        {"field": "evidence[0].url", "message": "Enter a valid URL."}
    ]


@pytest.mark.parametrize(
    ("item", "field", "message"),
    [
        (
            {"url": "https://example.org/a", "observed_on": "2030-03-03"},
            "evidence[0].observed_on",
            "Evidence 1: it cannot have been seen on 2030-03-03, a day in the future.",
        ),
        (
            {"url": "ftp://example.org/a", "observed_on": "2030-03-01"},
            "evidence[0].url",
            "Evidence 1: the URL must be a web address starting with http:// or https://.",
        ),
        (
            {
                "url": "https://example.org/a",
                "archive_url": "FTP://example.org/a",
                "observed_on": "2030-03-01",
            },
            "evidence[0].archive_url",
            "Evidence 1: the archive URL must be a web address starting with http:// or https://.",
        ),
    ],
)
def test_evidence_from_the_future_or_off_the_web_is_a_400(curator_api, item, field, message):
    claim = ClaimFactory()
    with time_machine.travel(datetime.datetime(2030, 3, 1, 10, 30, tzinfo=datetime.UTC)):
        response = curator_api.post(
            f"/api/v1/claims/{claim.pk}/resolve/",
            {"verdict": "true", "rationale": "Yes.", "evidence": [item]},
            format="json",
        )
    assert response.status_code == 400
    assert response.json()["errors"] == [{"field": field, "message": message}]
    assert not Resolution.objects.exists()


def test_reopening_takes_the_verdict_back(curator_api):
    claim = ClaimFactory()
    resolve(claim)
    url = f"/api/v1/claims/{claim.pk}/reopen/"
    assert curator_api.post(url, {}, format="json").status_code == 400
    response = curator_api.post(url, {"reason": "The evidence was retracted."}, format="json")
    assert response.status_code == 200
    assert response.json()["resolution"] is None
    assert response.json()["status"] == "due"
    again = curator_api.post(url, {"reason": "Twice."}, format="json")
    assert again.status_code == 400
    assert again.json()["errors"][0]["field"] == "claim"


def test_writes_to_missing_claims_are_a_404(curator_api):
    response = curator_api.post("/api/v1/claims/999999/reopen/", {"reason": "x"}, format="json")
    assert response.status_code == 404
