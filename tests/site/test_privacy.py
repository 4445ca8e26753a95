"""Drafts, rejected claims, unpublished speakers and sources, private notes and reminder
data never appear on any page, feed or markup of the public site."""

import re

import pytest
from django.urls import URLPattern

from claims.models import Claim
from tests.site.conftest import SECRET_WORDS
from tracker.models import Channel, Delivery, DeliveryMode, Reminder
from tracker.site import urls as site_urls

pytestmark = pytest.mark.django_db


@pytest.fixture
def reminder_data(record, hidden):
    """A reminder about the due claim, with a curator's address and a delivery error."""
    curator = record.resolved.resolutions.first().resolved_by
    delivery = Delivery.objects.create(
        recipient=curator,
        channel=Channel.EMAIL,
        mode=DeliveryMode.DIGEST,
        last_error="Mailbox of Zorblax full",
    )
    Reminder.objects.create(
        claim=record.due,
        recipient=curator,
        round="first-notice",
        channel=Channel.EMAIL,
        due_on=record.due.deadline,
        delivery=delivery,
    )
    return curator


def every_url(record, hidden) -> dict[str, list[str]]:
    """Addresses of every public route, by route name, with hidden things asked for too."""
    public_claims = [
        f"/claims/{claim.pk}/" for claim in Claim.objects.filter(speaker=record.speaker)
    ]
    hidden_claims = [f"/claims/{hidden.draft.pk}/", f"/claims/{hidden.rejected.pk}/"]
    speakers = [record.speaker.slug, hidden.ghost_speaker.slug]
    topics = [record.topic.slug]
    searches = ["quantum", "toasters", "Zorblax", "Ghost", "Phantom", "prophecy", "editor"]
    return {
        "home": ["/"],
        "claims": [
            "/claims/",
            *[f"/claims/?q={word}" for word in searches],
            f"/claims/?speaker={hidden.ghost_speaker.slug}",
            f"/claims/?topic={record.topic.slug}",
            "/claims/?status=open",
            "/claims/?status=due",
            "/claims/?ordering=-updated",
            "/claims/?ordering=most_overdue",
            "/claims/?kind=prediction&ordering=deadline",
        ],
        "claim-short": public_claims + hidden_claims,
        "claim": [f"{url}x/" for url in public_claims + hidden_claims],
        "speakers": ["/speakers/"],
        "speaker": [f"/speakers/{slug}/" for slug in speakers]
        + [f"/speakers/{record.speaker.slug}/?status=open&ordering=-updated"],
        "source": [f"/sources/{record.source.pk}/", f"/sources/{hidden.phantom_source.pk}/"],
        "topic": [f"/topics/{slug}/" for slug in topics],
        "resolutions-feed": ["/feeds/resolutions.atom"],
        "speaker-resolutions-feed": [f"/speakers/{slug}/resolutions.atom" for slug in speakers],
        "topic-resolutions-feed": [f"/topics/{slug}/resolutions.atom" for slug in topics],
        "deadlines-calendar": ["/feeds/deadlines.ics"],
        "speaker-deadlines-calendar": [f"/speakers/{slug}/deadlines.ics" for slug in speakers],
        "topic-deadlines-calendar": [f"/topics/{slug}/deadlines.ics" for slug in topics],
    }


def test_the_sweep_covers_every_route_of_the_site(record, hidden):
    names = {pattern.name for pattern in site_urls.urlpatterns if isinstance(pattern, URLPattern)}
    assert names == set(every_url(record, hidden))


def test_no_page_feed_or_markup_shows_anything_unpublished_or_private(
    client, record, hidden, reminder_data
):
    hidden_ids = {hidden.draft.pk, hidden.rejected.pk}
    statuses = {}
    for urls in every_url(record, hidden).values():
        for url in urls:
            response = client.get(url, follow=True)
            statuses[url] = response.status_code
            body = response.content.decode()
            for words in [*SECRET_WORDS, reminder_data.email, reminder_data.username]:
                if f"q={words}".lower() in url.lower():
                    continue  # a search shows its own words back, and nothing else
                assert words.lower() not in body.lower(), (url, words)
            linked = {int(pk) for pk in re.findall(r"/claims/(\d+)/", body)}
            assert not linked & hidden_ids, url
            assert "first-notice" not in body, url
    # what is not public is not found, and what is public is there
    for claim in (hidden.draft, hidden.rejected):
        assert statuses[f"/claims/{claim.pk}/"] == 404
    assert statuses[f"/speakers/{hidden.ghost_speaker.slug}/"] == 404
    assert statuses[f"/speakers/{hidden.ghost_speaker.slug}/resolutions.atom"] == 404
    assert statuses[f"/speakers/{hidden.ghost_speaker.slug}/deadlines.ics"] == 404
    assert statuses[f"/sources/{hidden.phantom_source.pk}/"] == 404
    assert statuses["/"] == statuses[f"/speakers/{record.speaker.slug}/"] == 200


def test_a_track_record_on_the_page_counts_only_published_claims(client, record, hidden):
    body = client.get(f"/speakers/{record.speaker.slug}/").content.decode()
    assert "3 published claims" in body


def test_a_participant_known_only_through_drafts_is_not_named_on_a_source(client, record, hidden):
    record.source.participations.create(speaker=hidden.ghost_speaker, role="host")
    record.source.participations.create(speaker=record.speaker, role="guest")
    body = client.get(f"/sources/{record.source.pk}/").content.decode()
    assert "Ghost Speaker" not in body
    assert "Emma Stratton</a> (guest)" in body
