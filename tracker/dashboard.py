"""The curator's dashboard: what needs the signed-in curator today, each item a count that
links to exactly the list it counts.

Reads only; a constant number of queries whatever the size of the record (pinned in
tests): the due claims (one query over the partial index the reminder sweep uses),
claims needing a deadline, drafts waiting for review, dead reminder deliveries, and
the latest resolutions by other curators.
"""

import datetime
from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Count, Q
from django.urls import reverse

from claims.choices import ReviewState
from claims.models import Claim, Resolution
from tracker.models import Delivery, DeliveryState

RECENT_RESOLUTIONS = 5


@dataclass(frozen=True)
class DashboardItem:
    """One line of the dashboard: how many, what, and the list that shows them."""

    label: str
    count: int
    url: str
    urgent: bool = False


def _changelist(name: str, query: str = "") -> str:
    url = reverse(f"admin:{name}_changelist")
    return f"{url}?{query}" if query else url


def _claim_items(user: AbstractBaseUser, today: datetime.date) -> list[DashboardItem]:
    due = Claim.objects.due(today).aggregate(
        all=Count("pk"), mine=Count("pk", filter=Q(assigned_curator=user))
    )
    needs_deadline = Claim.objects.filter(
        review_state=ReviewState.PUBLISHED, needs_deadline=True, deadline__isnull=True
    ).count()
    drafts = Claim.objects.filter(review_state=ReviewState.DRAFT).count()
    claims = "claims_claim"
    return [
        DashboardItem(
            "assigned to me and due",
            due["mine"],
            _changelist(claims, "assigned=me&status=due"),
            urgent=bool(due["mine"]),
        ),
        DashboardItem("due, everyone's", due["all"], _changelist(claims, "status=due")),
        DashboardItem(
            "need a deadline",
            needs_deadline,
            _changelist(claims, "needs_deadline=yes&review_state__exact=published"),
        ),
        DashboardItem("drafts waiting for review", drafts, _changelist("claims_draftclaim")),
    ]


def curator_dashboard(*, user: AbstractBaseUser, today: datetime.date) -> dict:
    """The dashboard of ``user`` on ``today``: ``items`` (``DashboardItem`` list, in the
    order shown) and ``recent`` (the latest current resolutions given by others)."""
    items = _claim_items(user, today) if user.has_perm("claims.view_claim") else []
    if user.has_perm("tracker.view_delivery"):
        dead = Delivery.objects.filter(state=DeliveryState.DEAD).count()
        items.append(
            DashboardItem(
                "dead reminder deliveries",
                dead,
                _changelist("tracker_delivery", "state__exact=dead"),
                urgent=bool(dead),
            )
        )
    recent = []
    if user.has_perm("claims.view_resolution"):
        recent = list(
            Resolution.objects.filter(retracted_at__isnull=True)
            .exclude(resolved_by=user)
            .select_related("claim", "resolved_by")
            .order_by("-resolved_at", "-pk")[:RECENT_RESOLUTIONS]
        )
    return {"items": items, "recent": recent}
