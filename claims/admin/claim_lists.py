"""The claims listed on a speaker's or a source's admin page, a page at a time.

Read-only rows, each claim once, each linking to its own page (a draft to its
review page), published claims and drafts told apart; rejected drafts are left
out and counted. A link leads to the claims list filtered to all of them.
"""

import datetime
import re
from dataclasses import dataclass

from django.core.paginator import Page, Paginator
from django.db.models import Count, QuerySet
from django.http import QueryDict
from django.urls import reverse
from django.utils import timezone

from claims.admin.listing import status_badge
from claims.choices import ReviewState
from claims.models import Claim

PAGE_SIZE = 25
PAGE_PARAMETER = "claims_page"
_TIMESTAMP = re.compile(r"^(?:(\d+):)?(\d{1,2}):(\d{2})(?:[.,]\d+)?$")
_NUMBER = re.compile(r"\d+")


@dataclass(frozen=True)
class ClaimRow:
    claim: Claim
    url: str
    state: str  # "published", "draft"
    status: str  # an HTML badge

    @property
    def is_draft(self) -> bool:
        return self.state == ReviewState.DRAFT


@dataclass(frozen=True)
class ClaimsPanel:
    """What the page shows: this page's rows and how to reach the rest."""

    rows: list[ClaimRow]
    page: Page
    total: int
    drafts: int
    rejected: int
    all_url: str
    rejected_url: str
    previous_url: str
    next_url: str
    order: str


def locator_key(locator: str) -> tuple:
    """Sort key of a locator as a reader goes through the source.

    A timestamp ("01:02:03", "12:31") by its seconds, a line or page ("line 9",
    "p. 12") by its number, anything else by its text; claims without a
    locator last.
    """
    text = locator.strip()
    if not text:
        return (2, 0, "")
    stamp = _TIMESTAMP.match(text)
    if stamp:
        hours, minutes, seconds = (int(part or 0) for part in stamp.groups())
        return (0, hours * 3600 + minutes * 60 + seconds, text)
    number = _NUMBER.search(text)
    return (0 if number else 1, int(number.group()) if number else 0, text.casefold())


def _row(claim: Claim, today: datetime.date) -> ClaimRow:
    draft = claim.review_state == ReviewState.DRAFT
    name = "admin:claims_draftclaim_change" if draft else "admin:claims_claim_change"
    return ClaimRow(
        claim=claim,
        url=reverse(name, args=[claim.pk]),
        state=claim.review_state,
        status=status_badge(claim.status_on(today)),
    )


def _page_url(request, number: int) -> str:
    query = QueryDict(mutable=True)
    query.update(request.GET)
    query[PAGE_PARAMETER] = str(number)
    return f"?{query.urlencode()}"


def _panel(
    request, page: Page, claims: list[Claim], *, counts: dict, filter_query: str, order: str
):
    today = timezone.localdate()
    changelist = reverse("admin:claims_claim_changelist")
    return ClaimsPanel(
        rows=[_row(claim, today) for claim in claims],
        page=page,
        total=counts.get(ReviewState.PUBLISHED, 0) + counts.get(ReviewState.DRAFT, 0),
        drafts=counts.get(ReviewState.DRAFT, 0),
        rejected=counts.get(ReviewState.REJECTED, 0),
        all_url=f"{changelist}?{filter_query}",
        rejected_url=f"{changelist}?{filter_query}&review_state__exact={ReviewState.REJECTED}",
        previous_url=_page_url(request, page.previous_page_number()) if page.has_previous() else "",
        next_url=_page_url(request, page.next_page_number()) if page.has_next() else "",
        order=order,
    )


def _counts(claims: QuerySet) -> dict[str, int]:
    return dict(
        claims.order_by()
        .values_list("review_state")
        .annotate(n=Count("pk"))
        .values_list("review_state", "n")
    )


def _listed(claims: QuerySet) -> QuerySet:
    return claims.exclude(review_state=ReviewState.REJECTED).select_related("speaker", "source")


def speaker_claims_panel(request, speaker_id: int) -> ClaimsPanel:
    """A speaker's claims, the most recently said first."""
    claims = Claim.objects.filter(speaker_id=speaker_id)
    paginator = Paginator(_listed(claims).order_by("-said_on", "-pk"), PAGE_SIZE)
    page = paginator.get_page(request.GET.get(PAGE_PARAMETER))
    return _panel(
        request,
        page,
        list(page.object_list),
        counts=_counts(claims),
        filter_query=f"speaker__id__exact={speaker_id}",
        order="most recently said first",
    )


def source_claims_panel(request, source_id: int) -> ClaimsPanel:
    """A source's claims in the order they were said: by date, then by locator.

    The locators are sorted in Python (``locator_key``): "line 10" comes after
    "line 9", which no portable ORDER BY gives. Only ids, dates and locators are
    read for that; the page's rows are read afterwards.
    """
    claims = Claim.objects.filter(source_id=source_id)
    keys = _listed(claims).values_list("pk", "said_on", "locator")
    ordered = [pk for pk, said_on, locator in sorted(keys, key=_source_order)]
    page = Paginator(ordered, PAGE_SIZE).get_page(request.GET.get(PAGE_PARAMETER))
    by_pk = _listed(claims).in_bulk(list(page.object_list))
    return _panel(
        request,
        page,
        [by_pk[pk] for pk in page.object_list if pk in by_pk],
        counts=_counts(claims),
        filter_query=f"source__id__exact={source_id}",
        order="in the order they were said (date, then locator)",
    )


def _source_order(key: tuple) -> tuple:
    pk, said_on, locator = key
    return (said_on, locator_key(locator), pk)
