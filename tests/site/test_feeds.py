"""Atom feeds of resolutions and iCalendar feeds of deadlines, parsed as subscribers would."""

import datetime

import feedparser
import pytest
from icalendar import Calendar

from claims import services
from claims.choices import ReviewState
from tests.factories import EVIDENCE_SEEN, ClaimFactory

pytestmark = pytest.mark.django_db


def parse_feed(client, url: str):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


def parse_calendar(client, url: str) -> Calendar:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    # a round trip gives the same calendar back
    assert Calendar.from_ical(calendar.to_ical()) == calendar
    return calendar


@pytest.mark.parametrize(
    "url",
    [
        "/feeds/resolutions.atom",
        "/speakers/emma-stratton/resolutions.atom",
        "/topics/generative-video/resolutions.atom",
    ],
)
def test_a_resolutions_feed_has_one_entry_per_resolved_claim_with_its_verdict(client, record, url):
    feed = parse_feed(client, url)
    assert feed.version == "atom10"
    assert len(feed.entries) == 1
    entry = feed.entries[0]
    claim = record.resolved
    assert entry.title == (
        "Came true: Short-form video will be generated at high resolution within two years."
    )
    assert entry.link.endswith(
        f"/claims/{claim.pk}/short-form-video-will-be-generated-at-high-resolution/"
    )
    assert (
        entry.id
        == f"http://127.0.0.1:8000/claims/{claim.pk}/short-form-video-will-be-generated-at-high-resolution/"
    )
    assert "Two public models generated 1080p short clips" in entry.summary
    assert "(1 piece of evidence.)" in entry.summary
    assert entry.author == "Emma Stratton"
    assert [tag.term for tag in entry.tags] == ["Generative video"]
    assert entry.updated_parsed[:3] == claim.resolved_at.timetuple()[:3]


def test_a_revised_verdict_updates_the_entry_instead_of_adding_one(client, record):
    before = parse_feed(client, "/feeds/resolutions.atom").entries
    claim = record.resolved
    services.claim_resolve(
        evidence=EVIDENCE_SEEN,
        claim=claim,
        verdict="partly_true",
        rationale="Only 720p.",
        reason="Resolution checked.",
    )
    after = parse_feed(client, "/feeds/resolutions.atom").entries
    assert [entry.id for entry in after] == [entry.id for entry in before]
    assert after[0].title.startswith("Partly true:")


def test_feeds_are_linked_from_every_page_head(client, record):
    html = client.get("/").content.decode()
    atom = 'type="application/atom+xml" title="Resolutions (all)" href="/feeds/resolutions.atom"'
    calendar = 'type="text/calendar" title="Deadlines (all)" href="/feeds/deadlines.ics"'
    assert f'<link rel="alternate" {atom}>' in html
    assert f'<link rel="alternate" {calendar}>' in html
    speaker = client.get("/speakers/emma-stratton/").content.decode()
    assert 'href="/speakers/emma-stratton/resolutions.atom"' in speaker
    assert 'href="/speakers/emma-stratton/deadlines.ics"' in speaker


def events_of(calendar: Calendar) -> dict[str, object]:
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


@pytest.mark.parametrize(
    ("url", "claims"),
    [
        # the resolved claim's deadline (October 2024) is over a year past: not listed
        ("/feeds/deadlines.ics", ["due", "open"]),
        ("/speakers/emma-stratton/deadlines.ics", ["due", "open"]),
        ("/topics/generative-video/deadlines.ics", ["open"]),
    ],
)
def test_a_deadlines_calendar_has_one_all_day_event_per_claim_with_a_deadline(
    client, record, url, claims
):
    calendar = parse_calendar(client, url)
    events = list(calendar.walk("VEVENT"))
    expected = [getattr(record, name) for name in claims]
    assert [str(event["UID"]) for event in events] == [
        f"claim-{claim.pk}-deadline@127.0.0.1" for claim in expected
    ]
    for event, claim in zip(events, expected, strict=True):
        assert event.decoded("DTSTART") == claim.deadline
        assert event.decoded("DTEND") == claim.deadline + datetime.timedelta(days=1)
        assert claim.statement in str(event["SUMMARY"])
        assert str(event["URL"]).startswith(f"http://127.0.0.1:8000/claims/{claim.pk}/")
        assert int(event["SEQUENCE"]) == claim.version


def test_a_moved_deadline_moves_the_same_event(client, record):
    claim = record.open
    before = events_of(parse_calendar(client, "/feeds/deadlines.ics"))
    services.claim_update(
        claim=claim,
        expected_version=claim.version,
        changes={"deadline": datetime.date(2029, 6, 30)},
        reason="The speaker corrected the year.",
    )
    after = events_of(parse_calendar(client, "/feeds/deadlines.ics"))
    assert set(after) == set(before)
    uid = f"claim-{claim.pk}-deadline@127.0.0.1"
    assert after[uid].decoded("DTSTART") == datetime.date(2029, 6, 30)
    assert int(after[uid]["SEQUENCE"]) > int(before[uid]["SEQUENCE"])


def test_claims_without_a_deadline_or_long_past_are_not_in_the_calendar(client, record):
    ClaimFactory(speaker=record.speaker, source=record.source, deadline=None)
    ClaimFactory(
        speaker=record.speaker,
        source=record.source,
        deadline=datetime.date(2020, 1, 1),
        said_on=datetime.date(2019, 1, 1),
    )
    ClaimFactory(
        speaker=record.speaker,
        source=record.source,
        review_state=ReviewState.DRAFT,
        deadline=datetime.date(2027, 1, 1),
    )
    inside = ClaimFactory(
        speaker=record.speaker, source=record.source, deadline=datetime.date(2025, 12, 1)
    )
    events = events_of(parse_calendar(client, "/feeds/deadlines.ics"))
    assert set(events) == {
        f"claim-{claim.pk}-deadline@127.0.0.1" for claim in (record.due, record.open, inside)
    }
