"""Every list of the admin costs the same number of queries whatever the number of rows.

Each row of the table makes rows of one list in the way that costs the most if
anything were read row by row (every row its own speaker, source, import,
recipient...), measures the page with 3 rows and again with 20, and pins the
count: a list that starts reading a relation per row fails here.
"""

import datetime
from collections.abc import Callable

import pytest
from django.urls import reverse
from django.utils import timezone

from claims import services
from claims.choices import ReviewState
from claims.models import ImportBatch, ImportedCandidate
from tests.factories import (
    EVIDENCE_SEEN,
    ClaimFactory,
    CuratorFactory,
    SourceFactory,
    SpeakerFactory,
    TopicFactory,
)
from tests.tracker.factories import ReminderPreferenceFactory
from tracker.models import Delivery, DeliveryState, Reminder, ReminderState

pytestmark = pytest.mark.django_db


def _claims(n: int) -> None:
    topic = TopicFactory()
    for _ in range(n):
        ClaimFactory(topics=[topic, TopicFactory()], assigned_curator=CuratorFactory())


def _drafts(n: int) -> None:
    """Drafts of an import each, some flagged as duplicates, and one entered by hand."""
    original = ClaimFactory()
    for i in range(n - 1):
        source = SourceFactory()
        batch = ImportBatch.objects.create(
            source=source,
            file_name=f"notes-{i}.md",
            file_sha256="0" * 64,
            file_format="notes",
            created_count=1,
            created_by=CuratorFactory(),
        )
        draft = ClaimFactory(
            source=source,
            review_state=ReviewState.DRAFT,
            duplicate_of=original if i % 2 else None,
            locator=f"line {i + 2}",
        )
        ImportedCandidate.objects.create(
            batch=batch, source=source, claim=draft, fingerprint=f"{i:064d}"
        )
    ClaimFactory(review_state=ReviewState.DRAFT)


def _batches(n: int) -> None:
    for i in range(n):
        ImportBatch.objects.create(
            source=SourceFactory(),
            file_name=f"notes-{i}.md",
            file_sha256="0" * 64,
            file_format="notes",
            created_by=CuratorFactory(),
        )


def _speakers(n: int) -> None:
    for _ in range(n):
        speaker = SpeakerFactory()
        ClaimFactory.create_batch(2, speaker=speaker)
        ClaimFactory(speaker=speaker, review_state=ReviewState.REJECTED)


def _sources(n: int) -> None:
    for _ in range(n):
        source = SourceFactory()
        ClaimFactory.create_batch(2, source=source)
        ClaimFactory(source=source, review_state=ReviewState.DRAFT)


def _topics(n: int) -> None:
    TopicFactory.create_batch(n)


def _resolutions(n: int) -> None:
    for _ in range(n):
        services.claim_resolve(
            claim=ClaimFactory(),
            verdict="true",
            rationale="It happened.",
            evidence=EVIDENCE_SEEN,
            actor=CuratorFactory(),
        )


def _delivery(reminders: int, state: str = DeliveryState.DEAD) -> Delivery:
    recipient = CuratorFactory()
    delivery = Delivery.objects.create(
        recipient=recipient, channel="email", mode="digest", state=state, last_error="refused"
    )
    for claim in ClaimFactory.create_batch(reminders):
        Reminder.objects.create(
            claim=claim,
            recipient=recipient,
            round="first-notice",
            channel="email",
            due_on=datetime.date(2026, 1, 2),
            delivery=delivery,
            state=ReminderState.DEAD,
        )
    return delivery


def _reminders(n: int) -> None:
    for _ in range(n):
        _delivery(1)


def _deliveries(n: int) -> None:
    for _ in range(n):
        _delivery(4)


def _preferences(n: int) -> None:
    ReminderPreferenceFactory.create_batch(n)


def _overdue(n: int) -> None:
    today = timezone.localdate()
    for i in range(n):
        claim = ClaimFactory(
            said_on=today - datetime.timedelta(days=900),
            deadline=today - datetime.timedelta(days=100 + i),
            assigned_curator=CuratorFactory(),
        )
        if i % 2:
            Reminder.objects.create(
                claim=claim,
                recipient=claim.assigned_curator,
                round="escalation",
                channel="email",
                due_on=today,
                state=ReminderState.SENT,
            )


LISTS: list[tuple[str, Callable[[int], None], int]] = [
    ("claims_claim", _claims, 9),
    ("claims_draftclaim", _drafts, 9),
    ("claims_importbatch", _batches, 5),
    ("claims_speaker", _speakers, 5),
    ("claims_source", _sources, 8),
    ("claims_topic", _topics, 5),
    ("claims_resolution", _resolutions, 5),
    ("tracker_reminder", _reminders, 9),
    ("tracker_delivery", _deliveries, 7),
    ("tracker_reminderpreference", _preferences, 5),
    ("tracker_overdueclaim", _overdue, 6),
]


@pytest.mark.parametrize("case", LISTS, ids=[row[0] for row in LISTS])
def test_each_admin_list_costs_the_same_queries_for_3_rows_as_for_20(
    client, admin_user, case, django_assert_num_queries
):
    name, make, queries = case
    client.force_login(admin_user)
    url = reverse(f"admin:{name}_changelist")
    make(3)
    client.get(url)  # content types and the like are read once per process
    with django_assert_num_queries(queries):
        few = client.get(url)
    make(17)
    with django_assert_num_queries(queries):
        many = client.get(url)
    assert few.status_code == many.status_code == 200
    assert many.context["cl"].result_count > few.context["cl"].result_count >= 3
