"""What the public pages read, built on the API's selectors.

Every function returns plain rows (dicts) carrying what a page shows, in a fixed
number of queries whatever the size of the record.
"""

import datetime
import re
from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db.models import Count, Exists, OuterRef, Prefetch, QuerySet
from django.db.models.functions import ExtractYear
from django.http import Http404, QueryDict
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request

from claims.api.base import reject_nul_characters
from claims.api.filters import ClaimFilter
from claims.api.pagination import KeysetPagination
from claims.api.reads import all_claim_rows, attach_related, claim_rows
from claims.api.views import CHANGE_TIMES, CLAIM_ORDERINGS, ClaimReadMixin
from claims.models import Claim, Resolution, Source, SourceParticipant, Speaker, Topic
from tracker.track_records import track_records

HOME_LIST_SIZE = 8
FEED_SIZE = 50


def public_rows() -> QuerySet:
    """Every published claim as the API's dict rows, to be filtered and ordered."""
    return all_claim_rows(curator=False).public()


class _Listing:
    """The API's claim orderings, for ``KeysetPagination`` outside a viewset."""

    orderings = CLAIM_ORDERINGS
    default_ordering = "-said_on"
    apply_ordering = ClaimReadMixin.apply_ordering


@dataclass
class ClaimPage:
    """One page of a filtered claims list."""

    rows: list[dict] = field(default_factory=list)
    next_url: str | None = None
    errors: dict[str, list[str]] = field(default_factory=dict)


def given_parameters(query: QueryDict, allowed: set[str]) -> QueryDict:
    """The query's non-empty ``allowed`` parameters: an empty form field means "any"."""
    given = QueryDict(mutable=True)
    for name, values in query.lists():
        kept = [value for value in values if value.strip()]
        if name in allowed and kept:
            given.setlist(name, kept)
    return given


def claim_page(request, rows: QuerySet, parameters: QueryDict) -> ClaimPage:
    """Filter ``rows`` by ``parameters`` as the API does and cut one cursor page.

    Bad parameters (an unknown status, a malformed date or cursor) come back as
    ``errors`` keyed by parameter, with no rows, so the page can say what is wrong.
    """
    try:
        reject_nul_characters(parameters)  # PostgreSQL cannot compare them: refused up front
    except ValidationError as error:
        return ClaimPage(errors={name: list(errs) for name, errs in error.detail.items()})
    filters = ClaimFilter(data=parameters, queryset=rows)
    if not filters.is_valid():
        return ClaimPage(errors={name: list(errs) for name, errs in filters.errors.items()})
    paginator = KeysetPagination()
    drf_request = Request(request)
    drf_request._request.GET = parameters  # the page's own parameters, empties dropped
    try:
        page = paginator.paginate_queryset(filters.qs, drf_request, _Listing())
    except ValidationError as error:
        return ClaimPage(errors={name: list(errs) for name, errs in error.detail.items()})
    return ClaimPage(rows=attach_related(page), next_url=paginator.next_url)


def home_rows(today: datetime.date) -> dict[str, list[dict]]:
    """What fell due lately, what was resolved lately and what falls due next."""
    rows = public_rows()
    recently_due = list(rows.due(today).order_by("-deadline", "-id")[:HOME_LIST_SIZE])
    resolved = Claim.objects.public().filter(resolved_at__isnull=False)
    recently_resolved = list(
        claim_rows(resolved, curator=False, extra=("resolved_at",)).order_by("-resolved_at", "-id")[
            :HOME_LIST_SIZE
        ]
    )
    # Open with a deadline ahead: unresolved, deadline from today on (the
    # sweep's partial index on unresolved deadlines answers it).
    due_next = list(
        rows.unresolved().filter(deadline__gte=today).order_by("deadline", "id")[:HOME_LIST_SIZE]
    )
    attach_related(recently_due + recently_resolved + due_next)
    return {
        "recently_due": recently_due,
        "recently_resolved": recently_resolved,
        "due_next": due_next,
    }


def public_speakers() -> QuerySet:
    """Speakers with at least one published claim (slug and name), by name.

    An EXISTS per speaker, answered from the claims' (speaker, said_on) index,
    rather than counting every claim: the list costs the same at a million claims.
    """
    published = Claim.objects.public().filter(speaker_id=OuterRef("pk"))
    return Speaker.objects.filter(Exists(published)).order_by("name", "slug").values("slug", "name")


def public_topics() -> list[dict]:
    """Topics with at least one published claim (slug and name), by name."""
    published = Claim.objects.public().filter(topics=OuterRef("pk"))
    return list(Topic.objects.filter(Exists(published)).order_by("name").values("slug", "name"))


SPEAKERS_PER_PAGE = 100


def speaker_directory(page_number: str | None, today: datetime.date):
    """One page of public speakers, each with their track record, in three queries.

    Returns the ``Paginator`` page; each speaker dict gains ``record``. As
    Django's ``get_page``: past the end is the last page, not a number the first.
    """
    page = Paginator(public_speakers().values("pk", "slug", "name"), SPEAKERS_PER_PAGE).get_page(
        page_number
    )
    speakers = list(page.object_list)
    records = track_records([speaker["pk"] for speaker in speakers], today)
    for speaker in speakers:
        speaker["record"] = records[speaker["pk"]]
    page.object_list = speakers
    return page


def claim_statement(pk: int) -> str:
    """A published claim's statement (what its address is made from); ``Http404`` if none."""
    statement = Claim.objects.public().filter(pk=pk).values_list("statement", flat=True).first()
    if statement is None:
        raise Http404("No such published claim.")
    return statement


def claim_detail(pk: int) -> dict:
    """A published claim with topics, current resolution and every verdict given.

    Raises ``Http404`` for an unknown or unpublished claim. ``history`` lists the
    resolutions oldest first, retracted ones with their reason; who resolved is
    never read.
    """
    claim = Claim.objects.public().filter(pk=pk)
    row = claim_rows(claim, curator=False, extra=(*CHANGE_TIMES, "resolved_at")).first()
    if row is None:
        raise Http404("No such published claim.")
    attach_related([row])
    history = (
        Resolution.objects.filter(claim_id=pk)
        .only(
            "claim_id",
            "verdict",
            "rationale",
            "resolved_at",
            "revision_reason",
            "retracted_at",
            "retraction_reason",
        )
        .prefetch_related("evidence")
        .order_by("resolved_at", "pk")
    )
    row["history"] = list(history)
    return row


def source_detail(pk: int) -> tuple[Source, list[SourceParticipant], list[dict]]:
    """A source, its public participants and its published claims in order of appearance.

    Raises ``Http404`` when the source is unknown or has no published claim (a
    source is public only through its published claims). Participants are those
    who are public speakers (with a published claim somewhere). Internal notes
    are never read.
    """
    participants = SourceParticipant.objects.select_related("speaker").order_by("pk")
    source = (
        Source.objects.defer("notes")
        .prefetch_related(Prefetch("participations", queryset=participants))
        .filter(pk=pk)
        .first()
    )
    if source is None:
        raise Http404("No such source.")
    rows = list(public_rows().filter(source_id=pk).order_by("said_on", "id"))
    if not rows:
        raise Http404("No such source.")
    rows.sort(key=lambda row: (locator_key(row["locator"]), row["id"]))
    everyone = list(source.participations.all())
    public = set(
        Claim.objects.public()
        .filter(speaker_id__in=[part.speaker_id for part in everyone])
        .values_list("speaker_id", flat=True)
    )
    shown = [part for part in everyone if part.speaker_id in public]
    return source, shown, attach_related(rows)


TIMESTAMP = re.compile(r"\d+(?::\d{1,2})+")
NUMBER = re.compile(r"\d+")


def locator_key(locator: str) -> tuple:
    """Sort key putting "9:05" before "1:02:03" and "p. 4" before "p. 12"; blanks last.

    A timestamp counts by its first time ("12:30-13:10" sorts at 12:30); other
    locators by their numbers in order.
    """
    timestamp = TIMESTAMP.search(locator)
    if timestamp:
        seconds = 0
        for part in timestamp.group().split(":"):
            seconds = seconds * 60 + int(part)
        return (0, (seconds,))
    numbers = tuple(int(number) for number in NUMBER.findall(locator))
    return (0, numbers) if numbers else (1, ())


def status_counts_by_year(speaker_id: int, today: datetime.date) -> list[dict]:
    """A speaker's published claims counted by the year said and status on ``today``."""
    return list(
        Claim.objects.public()
        .filter(speaker_id=speaker_id)
        .with_status(today)
        .annotate(year=ExtractYear("said_on"))
        .values("year", "status")
        .annotate(n=Count("id"))
        .order_by("year", "status")
    )


def topic_or_404(slug: str) -> Topic:
    """A topic with at least one published claim."""
    topic = Topic.objects.filter(slug=slug, claims__in=Claim.objects.public()).first()
    if topic is None:
        raise Http404("No such topic.")
    return topic
