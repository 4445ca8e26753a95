"""Status is derived at query time: 'due' is never stored, so it is never stale."""

import datetime

import pytest
from django.utils import timezone

from claims.choices import DeadlineSource, Status
from claims.models import Claim
from tests.factories import ClaimFactory

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 11, 26)


def _status_of(claim: Claim, today: datetime.date) -> str:
    return Claim.objects.with_status(today).get(pk=claim.pk).status


def test_a_claim_becomes_due_the_day_after_its_deadline():
    claim = ClaimFactory(deadline=datetime.date(2026, 11, 25))
    assert _status_of(claim, datetime.date(2026, 11, 25)) == Status.OPEN
    assert _status_of(claim, TODAY) == Status.DUE
    assert claim.is_due(TODAY)
    assert claim.days_overdue(TODAY) == 1


def test_a_claim_without_deadline_is_never_due():
    claim = ClaimFactory(deadline=None, deadline_source=DeadlineSource.NONE)
    assert _status_of(claim, datetime.date(2099, 1, 1)) == Status.OPEN
    assert claim.days_overdue(datetime.date(2099, 1, 1)) is None


def test_a_resolved_claim_shows_its_verdict_even_after_the_deadline():
    claim = ClaimFactory(
        deadline=datetime.date(2023, 1, 1), verdict="partly_true", resolved_at=timezone.now()
    )
    assert _status_of(claim, TODAY) == Status.PARTLY_TRUE


@pytest.mark.parametrize("status", Status.values)
def test_filtering_by_status_agrees_with_the_annotation(status):
    ClaimFactory(deadline=datetime.date(2025, 1, 1))
    ClaimFactory(deadline=datetime.date(2027, 1, 1))
    ClaimFactory(deadline=None, deadline_source=DeadlineSource.NONE)
    ClaimFactory(verdict="true", resolved_at=timezone.now())
    ClaimFactory(verdict="withdrawn", resolved_at=timezone.now())
    annotated = {c.pk for c in Claim.objects.with_status(TODAY) if c.status == status}
    filtered = set(Claim.objects.with_status_value(status, TODAY).values_list("pk", flat=True))
    assert filtered == annotated


def test_most_overdue_first_orders_due_then_open_then_resolved():
    resolved = ClaimFactory(
        said_on=datetime.date(2019, 1, 1),
        deadline=datetime.date(2020, 1, 1),
        verdict="true",
        resolved_at=timezone.now(),
    )
    open_ = ClaimFactory(deadline=datetime.date(2030, 1, 1))
    recently_due = ClaimFactory(deadline=datetime.date(2026, 1, 1))
    long_due = ClaimFactory(deadline=datetime.date(2024, 1, 1))
    no_deadline = ClaimFactory(deadline=None, deadline_source=DeadlineSource.NONE)
    ordered = list(Claim.objects.most_overdue_first(TODAY).values_list("pk", flat=True))
    assert ordered == [long_due.pk, recently_due.pk, open_.pk, no_deadline.pk, resolved.pk]


def test_public_hides_drafts_and_rejected():
    published = ClaimFactory()
    ClaimFactory(review_state="draft")
    ClaimFactory(review_state="rejected")
    assert list(Claim.objects.public()) == [published]


def test_partial_dates_are_shown_no_finer_than_known():
    claim = ClaimFactory(said_on=datetime.date(2022, 10, 1), said_on_precision="month")
    assert claim.said_on_display == "October 2022"
    claim.said_on_precision = "year"
    assert claim.said_on_display == "2022"
    claim.said_on_precision = "day"
    assert claim.said_on_display == "1 October 2022"
