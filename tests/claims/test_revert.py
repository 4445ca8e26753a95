"""Reverting a claim from its history page: a new change through the service, or nothing."""

import datetime
import re

import pytest
from django.urls import reverse

from claims import reverting, services
from claims.models import Claim, Resolution
from tests.factories import (
    EVIDENCE_SEEN,
    ClaimFactory,
    SourceFactory,
    SpeakerFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db


def _revert_url(claim: Claim, record) -> str:
    return reverse("admin:claims_claim_simple_history", args=[claim.pk, record.history_id])


def _first_version(claim: Claim):
    """The last history entry of the claim as created (its topics are set after the row)."""
    entries = claim.history.order_by("history_date", "history_id")
    return [entry for entry in entries if entry.statement.startswith("Fusion power")][-1]


@pytest.fixture
def edited(curator):
    """A claim created with a horizon and a topic, then edited twice."""
    first_topic, second_topic = TopicFactory(name="Energy"), TopicFactory(name="Space")
    claim = services.claim_create(
        speaker=SpeakerFactory(),
        source=SourceFactory(published_on=datetime.date(2024, 3, 14), published_precision="day"),
        quote="Fusion power on the grid by 2040.",
        statement="Fusion power is on the grid by 2040.",
        said_on=datetime.date(2024, 3, 14),
        horizon="by 2040",
        locator="00:12:10",
        topics=[first_topic],
    )
    services.claim_update(
        claim=claim,
        expected_version=1,
        changes={"statement": "Fusion is on the grid by 2035.", "horizon": "by 2035"},
        topics=[second_topic],
        actor=curator,
    )
    services.claim_update(
        claim=claim, expected_version=2, changes={"locator": "00:13:00"}, actor=curator
    )
    return Claim.objects.get(pk=claim.pk)


def test_the_revert_page_shows_what_changes_and_reverting_makes_a_new_version(
    curator_client, curator, edited
):
    original = _first_version(edited)
    url = _revert_url(edited, original)
    page = curator_client.get(url)
    assert page.status_code == 200
    text = page.content.decode()
    assert "Fusion is on the grid by 2035." in text
    assert "Fusion power is on the grid by 2040." in text
    assert "version 4" in text

    response = curator_client.post(url, {"expected_version": "3"})

    assert response.status_code == 302
    claim = Claim.objects.get(pk=edited.pk)
    assert claim.version == 4
    assert claim.statement == "Fusion power is on the grid by 2040."
    assert claim.horizon == "by 2040"
    assert claim.deadline == datetime.date(2040, 12, 31)
    assert claim.locator == "00:12:10"
    assert [topic.name for topic in claim.topics.all()] == ["Energy"]
    latest = claim.history.order_by("-history_date", "-history_id").first()
    assert latest.history_change_reason.startswith("reverted to version ")
    assert latest.history_user == curator
    assert latest.history_path == "admin"


def test_a_revert_based_on_a_stale_page_is_refused_and_changes_nothing(curator_client, edited):
    original = _first_version(edited)
    response = curator_client.post(_revert_url(edited, original), {"expected_version": "2"})
    assert response.status_code == 200
    assert "changed by someone else" in response.content.decode()
    assert Claim.objects.get(pk=edited.pk).version == 3


def test_the_same_revert_posted_twice_says_already_reverted_not_someone_else(
    curator_client, edited
):
    original = _first_version(edited)
    url = _revert_url(edited, original)
    first = curator_client.post(url, {"expected_version": "3"})
    assert first.status_code == 302
    entries = edited.history.count()
    again = curator_client.post(url, {"expected_version": "3"}, follow=True)
    text = again.content.decode()
    assert "changed by someone else" not in text
    assert f"Already reverted: the claim is already as in version {original.version} of " in text
    assert "(it is now version 4). Nothing was changed." in text
    assert Claim.objects.get(pk=edited.pk).version == 4
    assert edited.history.count() == entries


def test_versions_saved_within_a_minute_are_told_apart_by_number_and_second(curator_client, edited):
    entries = list(edited.history.order_by("history_id"))
    labels = set()
    for entry in entries:
        text = curator_client.get(_revert_url(edited, entry)).content.decode()
        label = re.search(
            r"Revert this claim to <strong>(version \d+)</strong>, saved <time[^>]*>([^<]+)<", text
        )
        assert re.fullmatch(r"\d{1,2} \w+ \d{4}, \d\d:\d\d:\d\d", label[2]), label[2]
        labels.add(label[1])
    assert len(labels) == len({entry.version for entry in entries})


def test_a_revert_to_a_version_whose_speaker_is_gone_is_refused_with_a_message(
    curator_client, edited
):
    original = _first_version(edited)
    other = SpeakerFactory()
    old_speaker = edited.speaker
    services.claim_update(claim=edited, expected_version=3, changes={"speaker": other})
    Claim.objects.filter(speaker=old_speaker).update(speaker=other)
    old_speaker.delete()
    response = curator_client.post(_revert_url(edited, original), {"expected_version": "4"})
    assert response.status_code == 200
    assert "The speaker of that version is gone." in response.content.decode()
    assert Claim.objects.get(pk=edited.pk).version == 4


def test_a_version_of_another_claim_is_not_found(curator_client, edited):
    other = ClaimFactory()
    record = (
        other.history.first()
        or services.claim_update(
            claim=other, expected_version=other.version, changes={"locator": "p. 3"}
        ).history.first()
    )
    url = reverse("admin:claims_claim_simple_history", args=[edited.pk, record.history_id])
    assert curator_client.get(url).status_code == 404


def test_resolutions_offer_no_revert(admin_client, curator):
    claim = ClaimFactory(deadline=datetime.date(2025, 1, 1))
    services.claim_resolve(
        evidence=EVIDENCE_SEEN, claim=claim, verdict="true", rationale="It happened.", actor=curator
    )
    resolution = Resolution.objects.get()
    record = resolution.history.first()
    url = reverse("admin:claims_resolution_simple_history", args=[resolution.pk, record.history_id])
    page = admin_client.get(url)
    assert page.status_code == 200
    assert 'value="Revert"' not in page.content.decode()
    assert admin_client.post(url, {"verdict": "false"}).status_code == 403
    assert Resolution.objects.get().verdict == "true"


def test_the_revert_preview_writes_dates_in_the_admins_format():
    assert reverting._shown(datetime.date(2025, 6, 30)) == "30 June 2025"
    assert reverting._shown(None) == "—"
