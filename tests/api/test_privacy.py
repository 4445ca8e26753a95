"""Drafts, rejected claims and private fields never reach the public."""

import pytest

from claims import services
from claims.choices import ReviewState
from claims.models import Claim, SourceParticipant
from tests.api.conftest import resolve, token_client
from tests.factories import ClaimFactory, SpeakerFactory, UserFactory

pytestmark = pytest.mark.django_db

PUBLIC_LISTS = [
    "/api/v1/claims/",
    "/api/v1/claims/?q=quantum",
    "/api/v1/claims/?q=toasters",
    "/api/v1/claims/?ordering=most_overdue",
    "/api/v1/claims/?ordering=deadline",
    "/api/v1/claims/?ordering=-updated",
    "/api/v1/claims/?status=due",
    "/api/v1/speakers/",
    "/api/v1/sources/",
    "/api/v1/topics/",
]


def _public_urls(draft) -> list[str]:
    return [
        *PUBLIC_LISTS,
        f"/api/v1/speakers/{draft.speaker.slug}/",
        f"/api/v1/speakers/{draft.speaker.slug}/claims/",
        f"/api/v1/speakers/{draft.speaker.slug}/claims/?q=quantum",
        f"/api/v1/sources/{draft.source_id}/",
        f"/api/v1/claims/?source={draft.source_id}",
    ]


@pytest.fixture(params=["anonymous", "reader"])
def public_client(request, anon, reader):
    return anon if request.param == "anonymous" else token_client(reader)


@pytest.mark.parametrize("state", [ReviewState.DRAFT, ReviewState.REJECTED])
def test_unpublished_claims_appear_nowhere_for_the_public(public_client, state, published):
    # The draft's speaker and source are public through another, published claim.
    ClaimFactory(speaker=published.speaker, source=published.source)
    hidden = ClaimFactory(
        speaker=published.speaker,
        source=published.source,
        review_state=state,
        quote="Secret draft quote about quantum toasters.",
        statement="Quantum toasters ship.",
        internal_notes="Check with the editor first.",
    )
    for url in _public_urls(hidden):
        response = public_client.get(url)
        assert response.status_code == 200, url
        text = response.content.decode()
        assert "quantum" not in text.lower(), url
        assert f"/api/v1/claims/{hidden.pk}/" not in text, url
        if "/claims/" in url:
            assert hidden.pk not in [claim["id"] for claim in response.json()["results"]], url
        assert "Check with the editor" not in text, url
    assert public_client.get(f"/api/v1/claims/{hidden.pk}/").status_code == 404
    # and the speaker's track record does not count it
    record = public_client.get(f"/api/v1/speakers/{hidden.speaker.slug}/").json()["track_record"]
    assert record["claims"] == Claim.objects.public().filter(speaker=hidden.speaker).count()


@pytest.mark.parametrize("state", [ReviewState.DRAFT, ReviewState.REJECTED])
def test_speakers_and_sources_known_only_from_unpublished_claims_are_not_public(
    public_client, state, published
):
    hidden = ClaimFactory(
        review_state=state,
        speaker__name="Ada Quietly",
        source__title="Unreviewed Panel",
    )
    SourceParticipant.objects.create(source=hidden.source, speaker=hidden.speaker, role="guest")
    for url in PUBLIC_LISTS:
        text = public_client.get(url).content.decode()
        assert "Ada Quietly" not in text, url
        assert "Unreviewed Panel" not in text, url
    for url in _public_urls(hidden)[len(PUBLIC_LISTS) :]:
        response = public_client.get(url)
        if url.startswith("/api/v1/claims/"):
            assert response.json()["results"] == [], url
        else:
            assert response.status_code == 404, url
    services.claim_publish(claim=hidden)
    assert public_client.get(f"/api/v1/speakers/{hidden.speaker.slug}/").status_code == 200
    assert public_client.get(f"/api/v1/sources/{hidden.source_id}/").status_code == 200


def test_private_fields_and_emails_never_reach_the_public(public_client, published, curator):
    published.assigned_curator = curator
    published.save()
    source = published.source
    source.notes = "Internal source note."
    source.save()
    resolution = resolve(published)
    resolution.resolved_by = curator
    resolution.save()
    for url in [*PUBLIC_LISTS, f"/api/v1/claims/{published.pk}/", f"/api/v1/sources/{source.pk}/"]:
        text = public_client.get(url).content.decode()
        assert "Curator-only remark" not in text, url
        assert "Internal source note" not in text, url
        assert curator.email not in text, url
        assert "internal_notes" not in text, url


def test_curators_see_drafts_with_their_curation_fields(curator_api, draft):
    body = curator_api.get(f"/api/v1/claims/{draft.pk}/").json()
    assert body["curation"] == {
        "review_state": "draft",
        "internal_notes": "Check with the editor first.",
        "assigned_curator": None,
    }


def test_staff_outside_the_curator_group_are_the_public(draft):
    staff = UserFactory(is_staff=True)
    assert token_client(staff).get(f"/api/v1/claims/{draft.pk}/").status_code == 404


# --- pinned representations -----------------------------------------------------
def test_speaker_source_and_topic_keys_are_pinned(anon, published):
    resolve(published)
    speaker = anon.get("/api/v1/speakers/ada-example/").json()
    assert set(speaker) == {
        "slug",
        "name",
        "bio",
        "affiliations",
        "external_links",
        "track_record",
        "links",
    }
    assert set(speaker["track_record"]) == {
        "claims",
        "by_status",
        "overdue",
        "resolved_predictions",
        "hit_rate",
        "score",
        "score_method",
        "brier_score",
        "brier_predictions",
        "calibration",
    }
    source = anon.get(f"/api/v1/sources/{published.source_id}/").json()
    assert set(source) == {
        "id",
        "kind",
        "title",
        "publisher",
        "url",
        "published_on",
        "published_precision",
        "published_display",
        "participants",
        "links",
    }
    topic = anon.get("/api/v1/topics/video/").json()
    assert set(topic) == {"slug", "name", "description", "links"}


def test_a_source_lists_its_participants(anon):
    source = ClaimFactory().source
    host = SpeakerFactory(slug="host")
    SourceParticipant.objects.create(source=source, speaker=host, role="host")
    body = anon.get(f"/api/v1/sources/{source.pk}/").json()
    # A host with no claim of their own is public through the public source.
    assert anon.get("/api/v1/speakers/host/").status_code == 200
    assert body["participants"] == [
        {"slug": "host", "name": body["participants"][0]["name"], "role": "host"}
    ]
