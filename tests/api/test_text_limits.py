"""The API refuses text over the record's limits, naming the field."""

import pytest

from claims.models import Claim
from claims.validators import EXCERPT_MAX, NOTES_MAX, QUOTE_MAX, RATIONALE_MAX, REASON_MAX
from tests.api.conftest import resolve
from tests.api.test_writes import new_claim_body
from tests.factories import ClaimFactory, SpeakerFactory

pytestmark = pytest.mark.django_db


# --- the API --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("body", "field", "message"),
    [
        ({"quote": "q" * 1_067_000}, "quote", f"no more than {QUOTE_MAX} characters"),
        ({"quote": "q" * (QUOTE_MAX + 1)}, "quote", f"no more than {QUOTE_MAX} characters"),
        ({"internal_notes": "n" * (NOTES_MAX + 1)}, "internal_notes", "no more than 10000"),
        ({"statement": "Ships\x1b]8;;evil\x07 soon."}, "statement", "control character"),
    ],
    ids=["a megabyte quote", "one over", "notes", "terminal escape"],
)
def test_the_api_refuses_text_over_its_limits(curator_api, body, field, message):
    response = curator_api.post("/api/v1/claims/", new_claim_body(**body), format="json")
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert [error["field"] for error in errors] == [field]
    assert message in errors[0]["message"]
    assert not Claim.objects.exists()


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("resolve", {"verdict": "true", "rationale": "r" * (RATIONALE_MAX + 1)}, "rationale"),
        (
            "resolve",
            {
                "verdict": "true",
                "rationale": "Shipped.",
                "evidence": [
                    {
                        "url": "https://example.org/a",
                        "observed_on": "2024-01-01",
                        "excerpt": "e" * (EXCERPT_MAX + 1),
                    }
                ],
            },
            "evidence[0].excerpt",
        ),
        ("resolve", {"verdict": "unresolvable", "rationale": "Yes\x1b."}, "rationale"),
        ("reopen", {"reason": "x" * (REASON_MAX + 1)}, "reason"),
    ],
)
def test_the_api_refuses_resolution_text_over_its_limits(curator_api, path, body, field):
    claim = ClaimFactory()
    if path == "reopen":
        resolve(claim)
    response = curator_api.post(f"/api/v1/claims/{claim.pk}/{path}/", body, format="json")
    assert response.status_code == 400
    assert [error["field"] for error in response.json()["errors"]] == [field]


def test_the_api_publishes_links_as_given(anon):
    ada = SpeakerFactory(slug="ada", links=["https://ada.example.org", "https://blog.example.org"])
    ClaimFactory(speaker=ada)  # a speaker is public once they have a published claim
    body = anon.get("/api/v1/speakers/ada/").json()
    assert body["external_links"] == ["https://ada.example.org", "https://blog.example.org"]
