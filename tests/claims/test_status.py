"""Status is derived at query time: 'due' is never stored, so it is never stale."""

import datetime

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from claims.choices import DeadlineSource, ReviewState, Status, Verdict
from claims.models import Claim
from claims.status import STATUS_SQL, STATUS_SQL_PARAMS, status_of
from tests.factories import ClaimFactory, SpeakerFactory

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


def _one_of_every_status() -> None:
    """Published claims in every state, and drafts and rejected claims that would be
    due, resolved or open if they were published."""
    for review_state in ReviewState.values:
        ClaimFactory(review_state=review_state, deadline=datetime.date(2025, 1, 1))
        ClaimFactory(review_state=review_state, deadline=datetime.date(2027, 1, 1))
        ClaimFactory(review_state=review_state, deadline=None, deadline_source=DeadlineSource.NONE)
        for verdict in Verdict.values:
            ClaimFactory(review_state=review_state, verdict=verdict, resolved_at=timezone.now())


@pytest.mark.parametrize("status", Status.values)
def test_filtering_by_status_agrees_with_the_annotation_and_the_row(status):
    _one_of_every_status()
    annotated = {c.pk for c in Claim.objects.with_status(TODAY) if c.status == status}
    filtered = set(Claim.objects.with_status_value(status, TODAY).values_list("pk", flat=True))
    by_row = {c.pk for c in Claim.objects.all() if c.status_on(TODAY) == status}
    assert filtered == annotated == by_row
    assert filtered, f"no claim has the status {status}"


def test_the_sql_form_of_the_status_agrees_with_the_orm_form():
    _one_of_every_status()
    table = Claim._meta.db_table
    sql = f"SELECT claim.id, {STATUS_SQL} FROM {table} claim WHERE claim.review_state = %(p)s"  # noqa: S608
    params = {**STATUS_SQL_PARAMS, "today": TODAY, "p": ReviewState.PUBLISHED}
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        by_sql = dict(cursor.fetchall())
    by_orm = dict(Claim.objects.public().with_status(TODAY).values_list("pk", "status"))
    assert by_sql == by_orm
    assert set(by_sql.values()) == {"open", "due", *Verdict.values}


# (review state, verdict, deadline) -> status on TODAY, and why.
STATUS_TABLE = [
    ("published", "", datetime.date(2026, 11, 25), "due", "deadline passed, unresolved"),
    ("published", "", TODAY, "open", "due only the day after the deadline"),
    ("published", "", None, "open", "no deadline: never due"),
    ("published", "false", datetime.date(2020, 1, 1), "false", "a verdict wins over the date"),
    ("draft", "", datetime.date(2020, 1, 1), "draft", "a draft is never due"),
    ("rejected", "", datetime.date(2020, 1, 1), "rejected", "a rejected claim is never due"),
    ("draft", "true", None, "draft", "unpublished: the review state, whatever the verdict"),
]


@pytest.mark.parametrize(("review_state", "verdict", "deadline", "expected", "why"), STATUS_TABLE)
def test_status_table(review_state, verdict, deadline, expected, why):
    assert (
        status_of(review_state=review_state, verdict=verdict, deadline=deadline, today=TODAY)
        == expected
    ), why


def test_only_published_claims_are_due_or_overdue():
    draft = ClaimFactory(review_state="draft", deadline=datetime.date(2025, 1, 1))
    rejected = ClaimFactory(review_state="rejected", deadline=datetime.date(2025, 1, 1))
    published = ClaimFactory(deadline=datetime.date(2025, 1, 1))
    assert list(Claim.objects.due(TODAY)) == [published]
    assert list(Claim.objects.unresolved()) == [published]
    assert draft.days_overdue(TODAY) is None
    assert rejected.status_on(TODAY) == "rejected"
    assert not Claim.objects.due_within(TODAY - datetime.timedelta(days=700), 1000).filter(
        pk__in=[draft.pk, rejected.pk]
    )


def test_the_admin_shows_a_rejected_draft_as_rejected_and_never_counts_it_due(
    admin_client, time_machine
):
    time_machine.move_to(datetime.datetime(2026, 11, 26, 12, tzinfo=datetime.UTC))
    speaker = SpeakerFactory(name="Ada Quist")
    rejected = ClaimFactory(
        speaker=speaker,
        review_state="rejected",
        statement="Rejected draft about tidal power",
        deadline=datetime.date(2025, 1, 1),
    )
    changelist = reverse("admin:claims_claim_changelist")
    page = admin_client.get(changelist).content.decode()
    row = page[page.index("Rejected draft about tidal power") :]
    row = row[: row.index("</tr>")]
    assert ">rejected</span>" in row
    assert ">due</span>" not in row
    for query in ("?status=due", "?due=overdue"):
        assert (
            "Rejected draft about tidal power"
            not in admin_client.get(changelist + query).content.decode()
        )
    speakers = admin_client.get(reverse("admin:claims_speaker_changelist")).content.decode()
    due_cell = speakers[speakers.index('<td class="field-due_count">') :]
    assert due_cell[: due_cell.index("</td>")].endswith(">0</a>")
    assert rejected.status_on(TODAY) == "rejected"


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
