"""Right before sending, everything that made a reminder owed is read again."""

import datetime

import pytest
from django.core import mail

from claims.choices import DeadlineSource, ReviewState, Verdict
from claims.models import Claim
from claims.services import claim_resolve, claim_update, claims_assign
from tests.factories import EVIDENCE_SEEN, AdminFactory, ClaimFactory, CuratorFactory
from tests.tracker.factories import drain, opted_in_curator
from tracker.models import Channel, Delivery, DeliveryState, Reminder, ReminderState
from tracker.services import reminders_sweep

pytestmark = pytest.mark.django_db


def days(n: int) -> datetime.timedelta:
    return datetime.timedelta(days=n)


def move_deadline(claim: Claim, deadline: datetime.date | None) -> None:
    claim_update(claim=claim, expected_version=claim.version, changes={"deadline": deadline})


def set_preference(user, **fields) -> None:
    for name, value in fields.items():
        setattr(user.reminder_preference, name, value)
    user.reminder_preference.save()


def set_user(user, **fields) -> None:
    for name, value in fields.items():
        setattr(user, name, value)
    user.save()


# Each change happens after the sweep recorded a follow-up-7 (deadline 8 days ago)
# for one opted-in curator, and before a worker sends it.
CHANGES = [
    # (what changed, the change, the state the reminder ends in)
    ("nothing", lambda claim, user, today: None, ReminderState.SENT),
    (
        "deadline moved a year ahead",
        lambda claim, user, today: move_deadline(claim, today + days(397)),
        ReminderState.CANCELLED,
    ),
    (
        "deadline moved to today",
        lambda claim, user, today: move_deadline(claim, today),
        ReminderState.CANCELLED,
    ),
    (
        "deadline moved to 2 days ago: a first notice is owed now, not a follow-up",
        lambda claim, user, today: move_deadline(claim, today - days(2)),
        ReminderState.CANCELLED,
    ),
    (
        "deadline removed",
        lambda claim, user, today: Claim.objects.filter(pk=claim.pk).update(
            deadline=None, deadline_source=DeadlineSource.NONE
        ),
        ReminderState.CANCELLED,
    ),
    (
        "deadline moved 40 days back: follow-up-30 supersedes it",
        lambda claim, user, today: move_deadline(claim, today - days(40)),
        ReminderState.SUPERSEDED,
    ),
    (
        "resolved as true",
        lambda claim, user, today: claim_resolve(
            evidence=EVIDENCE_SEEN, claim=claim, verdict=Verdict.TRUE, rationale="It happened."
        ),
        ReminderState.CANCELLED,
    ),
    (
        "withdrawn",
        lambda claim, user, today: claim_resolve(
            claim=claim, verdict=Verdict.WITHDRAWN, rationale="Taken back."
        ),
        ReminderState.CANCELLED,
    ),
    (
        "back to draft",
        lambda claim, user, today: Claim.objects.filter(pk=claim.pk).update(
            review_state=ReviewState.DRAFT
        ),
        ReminderState.CANCELLED,
    ),
    (
        "recipient deactivated",
        lambda claim, user, today: set_user(user, is_active=False),
        ReminderState.CANCELLED,
    ),
    (
        "recipient's e-mail address removed",
        lambda claim, user, today: set_user(user, email=""),
        ReminderState.CANCELLED,
    ),
    (
        "recipient left the curators",
        lambda claim, user, today: user.groups.clear(),
        ReminderState.CANCELLED,
    ),
    (
        "recipient switched reminders off",
        lambda claim, user, today: set_preference(user, enabled=False),
        ReminderState.CANCELLED,
    ),
    (
        "recipient now hears only about their own claims",
        lambda claim, user, today: set_preference(user, only_assigned=True),
        ReminderState.CANCELLED,
    ),
    (
        "recipient moved to the webhook: the next sweep records that reminder",
        lambda claim, user, today: set_preference(user, channel=Channel.WEBHOOK),
        ReminderState.CANCELLED,
    ),
    (
        "claim assigned to another curator",
        lambda claim, user, today: claims_assign(claims=[claim], curator=CuratorFactory()),
        ReminderState.CANCELLED,
    ),
    (
        "claim assigned to the recipient",
        lambda claim, user, today: claims_assign(claims=[claim], curator=user),
        ReminderState.SENT,
    ),
]


@pytest.mark.parametrize(
    ("change", "ends_in"), [row[1:] for row in CHANGES], ids=[row[0] for row in CHANGES]
)
def test_a_reminder_is_sent_only_if_still_owed_when_the_worker_gets_to_it(today, change, ends_in):
    curator = opted_in_curator()
    claim = ClaimFactory(deadline=today - days(8))
    reminders_sweep(today=today)
    [reminder] = Reminder.objects.all()
    assert reminder.round == "follow-up-7"

    change(Claim.objects.get(pk=claim.pk), curator, today)
    drain()

    reminder.refresh_from_db()
    assert reminder.state == ends_in
    sent = ends_in == ReminderState.SENT
    assert len(mail.outbox) == sent
    assert Delivery.objects.get().state == (DeliveryState.SENT if sent else DeliveryState.CANCELLED)


def test_a_later_round_reached_before_sending_supersedes_the_unsent_one(today):
    opted_in_curator()
    ClaimFactory(deadline=today - days(8))
    reminders_sweep(today=today)

    drain(today=today + days(22))  # 30 days overdue when the worker gets to it

    assert list(Reminder.objects.values_list("round", "state")) == [
        ("follow-up-7", ReminderState.SUPERSEDED)
    ]
    assert mail.outbox == []


def test_after_an_outage_each_pair_gets_only_the_latest_round(today):
    """The first notices recorded before the mail server went down are never sent."""
    curator = opted_in_curator()
    claims = ClaimFactory.create_batch(3, deadline=today - days(31))
    reminders_sweep(today=today - days(30))  # first notices, then the outage
    reminders_sweep(today=today)  # the day the mail server is back: follow-up-30

    drain()

    [message] = mail.outbox
    assert message.to == [curator.email]
    carried = {int(pk) for pk in message.extra_headers["X-Tracker-Reminders"].split(", ")}
    assert set(Reminder.objects.filter(pk__in=carried).values_list("claim", "round")) == {
        (claim.pk, "follow-up-30") for claim in claims
    }
    assert set(Reminder.objects.filter(round="first-notice").values_list("state", flat=True)) == {
        ReminderState.SUPERSEDED
    }


def test_an_escalation_is_not_sent_to_an_admin_who_is_no_longer_one(today):
    admin = AdminFactory()
    ClaimFactory(deadline=today - days(40))
    reminders_sweep(today=today)
    set_user(admin, is_superuser=False)

    drain()

    assert list(Reminder.objects.values_list("round", "state")) == [
        ("escalation", ReminderState.CANCELLED)
    ]
    assert mail.outbox == []


def test_a_digest_leaves_out_only_the_claims_no_longer_owed(today):
    curator = opted_in_curator()
    moved, kept = ClaimFactory.create_batch(2, deadline=today - days(3))
    reminders_sweep(today=today)
    move_deadline(Claim.objects.get(pk=moved.pk), today + days(30))

    drain()

    [message] = mail.outbox
    assert message.to == [curator.email]
    kept_reminder = Reminder.objects.get(claim=kept)
    assert message.extra_headers["X-Tracker-Reminders"] == str(kept_reminder.pk)
    assert Reminder.objects.get(claim=moved).state == ReminderState.CANCELLED
    assert kept_reminder.state == ReminderState.SENT
