"""iCalendar feeds of deadlines: everything, one speaker's, one topic's.

One all-day event per published claim with a deadline, on the deadline day. The
event's UID names the claim (never its deadline), so when a curator moves a
deadline, subscribers' calendars move the event instead of adding a second one;
SEQUENCE is the claim's version and LAST-MODIFIED its last change.

A feed carries the claims whose deadline is at most ``PAST_DAYS`` days past (a
subscriber wants what is coming and what just fell due, not the archive) and at
most ``CALENDAR_SIZE`` events, soonest first.
"""

import datetime

from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone
from django.views.decorators.http import require_safe
from icalendar import Calendar, Event

from claims.api.reads import claim_rows
from claims.models import Claim
from tracker.site.caching import cached
from tracker.site.markup import SITE_NAME, absolute
from tracker.site.presentation import decorate_all, status_words
from tracker.site.reads import topic_or_404

PAST_DAYS = 365
CALENDAR_SIZE = 1000
PRODUCT_ID = "-//Claims tracker//Deadlines//EN"


def uid_of(claim_id: int) -> str:
    """A claim's event UID: stable across edits, unique to this site."""
    host = absolute("").split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0] or "localhost"
    return f"claim-{claim_id}-deadline@{host}"


def deadline_rows(claims, today: datetime.date) -> list[dict]:
    """Published ``claims`` with a deadline from ``PAST_DAYS`` ago on, soonest first."""
    since = today - datetime.timedelta(days=PAST_DAYS)
    public = claims.public().filter(deadline__gte=since)
    rows = claim_rows(public, curator=False).order_by("deadline", "id")[:CALENDAR_SIZE]
    return decorate_all(list(rows))


def event_of(row: dict) -> Event:
    """The all-day event of one claim's deadline."""
    event = Event()
    event.add("uid", uid_of(row["id"]))
    event.add("dtstamp", row["updated_at"])
    event.add("last-modified", row["updated_at"])
    event.add("sequence", row["version"])
    event.add("dtstart", row["deadline"])
    event.add("dtend", row["deadline"] + datetime.timedelta(days=1))
    event.add("transp", "TRANSPARENT")
    event.add("summary", f"Deadline: {row['statement']} ({row['speaker__name']})")
    rule = f"\n{row['deadline_rule']}" if row["deadline_rule"] else ""
    event.add(
        "description",
        f"{row['speaker__name']}, {row['said_on_display']}: \u201c{row['quote']}\u201d\n"
        f"Status: {status_words(row['status'])}.{rule}\n{absolute(row['path'])}",
    )
    event.add("url", absolute(row["path"]))
    return event


def calendar_of(name: str, rows: list[dict]) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    for row in rows:
        calendar.add_component(event_of(row))
    return calendar


def _calendar_response(name: str, claims) -> HttpResponse:
    calendar = calendar_of(name, deadline_rows(claims, timezone.localdate()))
    return HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")


@require_safe
@cached
def deadlines(request: HttpRequest) -> HttpResponse:
    return _calendar_response(f"{SITE_NAME}: deadlines", Claim.objects.all())


@require_safe
@cached
def speaker_deadlines(request: HttpRequest, slug: str) -> HttpResponse:
    speaker = Claim.objects.public().filter(speaker__slug=slug).values("speaker__name").first()
    if speaker is None:
        raise Http404("No such speaker.")
    name = f"{SITE_NAME}: deadlines of {speaker['speaker__name']}'s claims"
    return _calendar_response(name, Claim.objects.filter(speaker__slug=slug))


@require_safe
@cached
def topic_deadlines(request: HttpRequest, slug: str) -> HttpResponse:
    topic = topic_or_404(slug)
    return _calendar_response(
        f"{SITE_NAME}: deadlines on {topic.name}", Claim.objects.filter(topics=topic)
    )
