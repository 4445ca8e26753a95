"""ClaimReview JSON-LD on resolved claims, and Open Graph / Twitter tags on every page."""

import json

import jsonschema
import pytest
from bs4 import BeautifulSoup

from claims import services
from claims.choices import Verdict
from tests.factories import EVIDENCE_SEEN
from tracker.site.markup import review_rating

pytestmark = pytest.mark.django_db

DATE = {"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"}  # ISO 8601, as precise as known
URL = {"type": "string", "pattern": r"^https?://"}


def thing(type_name: str, properties: dict, required: list[str]) -> dict:
    """A schema.org type: ``@type`` fixed, only that type's own (or inherited) properties."""
    return {
        "type": "object",
        "properties": {"@type": {"const": type_name}, **properties},
        "required": ["@type", *required],
        "additionalProperties": False,
    }


PERSON = thing("Person", {"name": {"type": "string", "minLength": 1}, "url": URL}, ["name"])
ORGANIZATION = thing(
    "Organization", {"name": {"type": "string", "minLength": 1}, "url": URL}, ["name"]
)
# schema.org/ClaimReview (a Review, a CreativeWork, a Thing), with the properties fact-check
# readers require: claimReviewed, reviewRating (with alternateName), url, author, and an
# itemReviewed Claim with its author and appearance.
CLAIM_REVIEW = {
    **thing(
        "ClaimReview",
        {
            "@context": {"const": "https://schema.org"},
            "url": URL,
            "claimReviewed": {"type": "string", "minLength": 1},
            "datePublished": DATE,
            "author": ORGANIZATION,
            "reviewBody": {"type": "string"},
            "reviewRating": thing(
                "Rating",
                {
                    "alternateName": {"type": "string", "minLength": 1},
                    "ratingValue": {"type": "integer", "minimum": 1, "maximum": 5},
                    "bestRating": {"const": 5},
                    "worstRating": {"const": 1},
                },
                ["alternateName"],
            ),
            "itemReviewed": thing(
                "Claim",
                {
                    "text": {"type": "string"},
                    "datePublished": DATE,
                    "author": PERSON,
                    "appearance": thing(
                        "CreativeWork",
                        {
                            "url": URL,
                            "name": {"type": "string"},
                            "datePublished": DATE,
                            "publisher": ORGANIZATION,
                        },
                        ["name"],
                    ),
                },
                ["author", "appearance", "datePublished"],
            ),
        },
        [
            "@context",
            "url",
            "claimReviewed",
            "datePublished",
            "author",
            "reviewRating",
            "itemReviewed",
        ],
    ),
    "required": [
        "@context",
        "@type",
        "url",
        "claimReviewed",
        "datePublished",
        "author",
        "reviewRating",
        "itemReviewed",
    ],
}


def json_ld_of(html: str) -> list[dict]:
    soup = BeautifulSoup(html, "html.parser")
    return [json.loads(tag.string) for tag in soup.find_all("script", type="application/ld+json")]


def test_a_resolved_claims_page_carries_a_valid_claim_review(client, record):
    html = client.get(f"/claims/{record.resolved.pk}/", follow=True).content.decode()
    (review,) = json_ld_of(html)
    jsonschema.validate(review, CLAIM_REVIEW)
    claim = record.resolved
    assert review["claimReviewed"] == claim.statement
    assert review["url"] == (
        f"http://127.0.0.1:8000/claims/{claim.pk}/"
        "short-form-video-will-be-generated-at-high-resolution/"
    )
    assert review["reviewRating"] == {
        "@type": "Rating",
        "alternateName": "True",
        "ratingValue": 5,
        "bestRating": 5,
        "worstRating": 1,
    }
    assert review["datePublished"] == claim.resolved_at.date().isoformat()
    item = review["itemReviewed"]
    assert item["author"] == {
        "@type": "Person",
        "name": "Emma Stratton",
        "url": "http://127.0.0.1:8000/speakers/emma-stratton/",
    }
    assert item["datePublished"] == "2022-10"  # said in October 2022, day unknown
    assert item["appearance"] == {
        "@type": "CreativeWork",
        "name": "The Future of Video, episode 12",
        "url": "https://frames.example.org/12",
        "datePublished": "2022-10",
        "publisher": {"@type": "Organization", "name": "Frames Podcast"},
    }


@pytest.mark.parametrize(
    ("verdict", "rating"),
    [
        (Verdict.TRUE, {"alternateName": "True", "ratingValue": 5}),
        (Verdict.PARTLY_TRUE, {"alternateName": "Partly true", "ratingValue": 3}),
        (Verdict.FALSE, {"alternateName": "False", "ratingValue": 1}),
        # no number: the scale does not apply, and a number would claim a judgement
        (Verdict.UNRESOLVABLE, {"alternateName": "Unresolvable"}),
        (Verdict.WITHDRAWN, {"alternateName": "Withdrawn by the speaker"}),
    ],
)
def test_every_verdict_has_its_place_on_the_documented_rating_scale(verdict, rating):
    expected = {"@type": "Rating", **rating}
    if "ratingValue" in rating:
        expected.update(bestRating=5, worstRating=1)
    assert review_rating(verdict) == expected


@pytest.mark.parametrize("verdict", [Verdict.UNRESOLVABLE, Verdict.WITHDRAWN, Verdict.FALSE])
def test_the_claim_review_stays_valid_for_every_verdict(client, record, verdict):
    services.claim_resolve(
        evidence=EVIDENCE_SEEN,
        claim=record.resolved,
        verdict=verdict,
        rationale="Looked again.",
        reason="New facts.",
    )
    (review,) = json_ld_of(
        client.get(f"/claims/{record.resolved.pk}/", follow=True).content.decode()
    )
    jsonschema.validate(review, CLAIM_REVIEW)


def test_unresolved_claims_carry_no_claim_review(client, record):
    for claim in (record.open, record.due):
        assert json_ld_of(client.get(f"/claims/{claim.pk}/", follow=True).content.decode()) == []


def test_json_ld_cannot_break_out_of_its_script_element(client, record):
    services.claim_update(
        claim=record.resolved,
        expected_version=record.resolved.version,
        changes={"quote": "</script><script>alert(1)</script> & more"},
    )
    html = client.get(f"/claims/{record.resolved.pk}/", follow=True).content.decode()
    assert "<script>alert(1)" not in html
    (review,) = json_ld_of(html)
    assert review["itemReviewed"]["text"] == "</script><script>alert(1)</script> & more"


def meta_of(html: str) -> dict[str, str]:
    soup = BeautifulSoup(html, "html.parser")
    tags = soup.find_all("meta")
    return {
        (tag.get("property") or tag.get("name")): tag.get("content")
        for tag in tags
        if tag.get("property") or tag.get("name")
    }


@pytest.mark.parametrize(
    ("path", "title", "kind"),
    [
        ("/", "What they said would happen", "website"),
        ("/claims/", "Claims", "website"),
        ("/speakers/", "Speakers", "website"),
        ("/speakers/emma-stratton/", "Emma Stratton: track record", "profile"),
        ("/topics/generative-video/", "Topic: Generative video", "website"),
        (
            "claim",
            "Short-form video will be generated at high resolution within two years.",
            "article",
        ),
        ("source", "The Future of Video, episode 12", "website"),
    ],
)
def test_every_page_has_open_graph_and_twitter_card_tags(client, record, path, title, kind):
    slug = "short-form-video-will-be-generated-at-high-resolution"
    path = {
        "claim": f"/claims/{record.resolved.pk}/{slug}/",
        "source": f"/sources/{record.source.pk}/",
    }.get(path, path)
    meta = meta_of(client.get(path).content.decode())
    assert meta["og:title"] == title
    assert meta["twitter:title"] == title
    assert meta["og:type"] == kind
    assert meta["og:site_name"] == "Claims tracker"
    assert meta["og:url"] == f"http://127.0.0.1:8000{path}"
    assert meta["twitter:card"] == "summary"
    assert meta["og:description"]
    assert meta["og:description"] == meta["twitter:description"] == meta["description"]
