"""What an import creates stays out of the public record until a curator publishes it."""

import io
from pathlib import Path

import pytest
from django.core.management import call_command

from claims.importing.services import draft_publish, draft_reject
from claims.models import Claim, Source, Speaker
from tests.factories import ClaimFactory

pytestmark = pytest.mark.django_db

SRT = str(Path(__file__).parent / "data" / "interview.srt")
PUBLIC = [
    "/api/v1/claims/",
    "/api/v1/claims/?status=due",
    "/api/v1/claims/?ordering=most_overdue",
    "/api/v1/speakers/",
    "/api/v1/speakers/?ordering=-score",
    "/api/v1/sources/",
    "/api/v1/topics/",
]


def _public_record(client) -> dict[str, str]:
    return {url: client.get(url).content.decode() for url in PUBLIC}


def _import() -> None:
    call_command(
        "import_notes",
        SRT,
        "--source-title",
        "Launch talk",
        "--published-on",
        "2024-05",
        stdout=io.StringIO(),
    )


def test_an_import_whose_drafts_are_all_rejected_leaves_no_public_trace(api_client):
    ClaimFactory()  # something public already
    before = _public_record(api_client)
    _import()
    drafts = list(Claim.objects.filter(review_state="draft"))
    assert drafts
    for claim in drafts:
        draft_reject(claim=claim)
    assert _public_record(api_client) == before
    new_speakers = Speaker.objects.filter(claims__in=drafts).distinct()
    assert new_speakers.exists()
    for speaker in new_speakers:
        assert api_client.get(f"/api/v1/speakers/{speaker.slug}/").status_code == 404
        assert api_client.get(f"/api/v1/speakers/{speaker.slug}/claims/").status_code == 404
    source = Source.objects.get(title="Launch talk")
    assert api_client.get(f"/api/v1/sources/{source.pk}/").status_code == 404


def test_publishing_one_draft_makes_its_speaker_and_source_public(api_client):
    _import()
    draft = Claim.objects.filter(review_state="draft").order_by("pk").first()
    draft_publish(claim=draft)
    speakers = api_client.get("/api/v1/speakers/").json()["results"]
    # The source's participants are listed on its public page, so they are public too.
    participants = set(draft.source.participants.values_list("slug", flat=True))
    assert draft.speaker.slug in participants
    assert {speaker["slug"] for speaker in speakers} == participants
    sources = api_client.get("/api/v1/sources/").json()["results"]
    assert [source["title"] for source in sources] == ["Launch talk"]
