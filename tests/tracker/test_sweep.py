import datetime
import threading

import pytest
from django.contrib.auth.models import Group
from django.db import connection

from claims.choices import ReviewState, Verdict
from claims.services import claim_resolve
from tests.factories import EVIDENCE_SEEN, AdminFactory, ClaimFactory, CuratorFactory, UserFactory
from tests.tracker.factories import opted_in_curator
from tracker.models import Channel, Delivery, DeliveryMode, Reminder
from tracker.services import reminders_sweep

pytestmark = pytest.mark.django_db


def ago(today: datetime.date, days: int) -> datetime.date:
    return today - datetime.timedelta(days=days)


def owed(**filters) -> set[tuple]:
    rows = Reminder.objects.filter(**filters)
    return set(rows.values_list("claim_id", "recipient__username", "round", "channel"))


def test_a_claim_past_its_deadline_owes_a_first_notice_to_each_opted_in_curator(today):
    alice, bob = opted_in_curator(), opted_in_curator(channel=Channel.WEBHOOK)
    CuratorFactory()  # a curator who did not opt in
    claim = ClaimFactory(deadline=ago(today, 1))

    result = reminders_sweep(today=today)

    assert owed() == {
        (claim.pk, alice.username, "first-notice", "email"),
        (claim.pk, bob.username, "first-notice", "webhook"),
    }
    assert result.owed == 2
    assert Reminder.objects.get(recipient=alice).due_on == today


def test_nothing_is_owed_for_resolved_withdrawn_draft_undated_or_not_yet_due_claims(today):
    opted_in_curator()
    resolved = ClaimFactory(deadline=ago(today, 3))
    withdrawn = ClaimFactory(deadline=ago(today, 3))
    claim_resolve(
        evidence=EVIDENCE_SEEN, claim=resolved, verdict=Verdict.TRUE, rationale="It happened."
    )
    claim_resolve(claim=withdrawn, verdict=Verdict.WITHDRAWN, rationale="Taken back.")
    ClaimFactory(deadline=ago(today, 3), review_state=ReviewState.DRAFT)
    ClaimFactory(deadline=None)
    ClaimFactory(deadline=today)

    assert reminders_sweep(today=today).owed == 0
    assert not Reminder.objects.exists()


def test_sweeping_twice_records_nothing_new(today):
    opted_in_curator()
    ClaimFactory.create_batch(3, deadline=ago(today, 2))
    reminders_sweep(today=today)
    before = list(Reminder.objects.order_by("pk").values_list("pk", "delivery_id"))

    reminders_sweep(today=today)

    assert list(Reminder.objects.order_by("pk").values_list("pk", "delivery_id")) == before
    assert Delivery.objects.count() == 1


def test_after_missed_runs_one_sweep_records_the_round_each_claim_is_at(today):
    curator = opted_in_curator()
    fresh = ClaimFactory(deadline=ago(today, 2))
    week = ClaimFactory(deadline=ago(today, 9))
    month = ClaimFactory(deadline=ago(today, 33))
    ancient = ClaimFactory(deadline=ago(today, 400))
    admin = AdminFactory()

    reminders_sweep(today=today)

    assert owed(recipient=curator) == {
        (fresh.pk, curator.username, "first-notice", "email"),
        (week.pk, curator.username, "follow-up-7", "email"),
        (month.pk, curator.username, "follow-up-30", "email"),
        (ancient.pk, curator.username, "follow-up-30", "email"),
    }
    assert owed(recipient=admin) == {(ancient.pk, admin.username, "escalation", "email")}


def test_follow_ups_come_while_the_claim_stays_unresolved_and_stop_when_it_is_resolved(today):
    curator = opted_in_curator()
    claim = ClaimFactory(deadline=ago(today, 1))
    for day in (0, 3, 6, 7, 20, 28):
        reminders_sweep(today=today + datetime.timedelta(days=day))
    assert Reminder.objects.filter(recipient=curator).count() == 2

    claim_resolve(
        evidence=EVIDENCE_SEEN, claim=claim, verdict=Verdict.FALSE, rationale="It did not happen."
    )
    reminders_sweep(today=today + datetime.timedelta(days=40))

    assert sorted(Reminder.objects.values_list("round", flat=True)) == [
        "first-notice",
        "follow-up-7",
    ]


def test_escalation_goes_to_the_configured_group(today, settings):
    settings.REMINDER_ESCALATION_GROUP = "Editors"
    editor = UserFactory()
    editor.groups.add(Group.objects.create(name="Editors"))
    AdminFactory()
    claim = ClaimFactory(deadline=ago(today, 37))

    reminders_sweep(today=today)

    assert owed() == {(claim.pk, editor.username, "escalation", "email")}


def test_an_assigned_curator_is_the_one_reminded_even_without_opting_in(today):
    opted_in_curator()
    assignee = CuratorFactory()
    claim = ClaimFactory(deadline=ago(today, 1), assigned_curator=assignee)

    reminders_sweep(today=today)

    assert owed() == {(claim.pk, assignee.username, "first-notice", "email")}


def test_a_curator_can_hear_only_about_the_claims_assigned_to_them(today):
    everyone = opted_in_curator()
    focused = opted_in_curator(only_assigned=True)
    theirs = ClaimFactory(deadline=ago(today, 1), assigned_curator=focused)
    other = ClaimFactory(deadline=ago(today, 1))

    reminders_sweep(today=today)

    assert owed() == {
        (theirs.pk, focused.username, "first-notice", "email"),
        (other.pk, everyone.username, "first-notice", "email"),
    }


def test_curators_who_switched_reminders_off_or_cannot_be_reached_are_skipped(today):
    everyone = opted_in_curator()
    opted_in_curator(enabled=False)
    opted_in_curator(user__email="")
    quiet = opted_in_curator(enabled=False)
    ClaimFactory(deadline=ago(today, 1), assigned_curator=quiet)

    reminders_sweep(today=today)

    assert set(Reminder.objects.values_list("recipient", flat=True)) == {everyone.pk}


def test_heads_up_before_the_deadline_when_configured(today, settings):
    settings.REMINDER_HEADS_UP_DAYS = 3
    curator = opted_in_curator()
    soon = ClaimFactory(deadline=today + datetime.timedelta(days=3))
    ClaimFactory(deadline=today + datetime.timedelta(days=4))

    reminders_sweep(today=today)

    assert owed() == {(soon.pk, curator.username, "heads-up", "email")}


def test_a_digest_groups_every_reminder_of_a_recipient_and_channel(today, settings):
    settings.REMINDER_DIGEST_MAX_ITEMS = 2
    digest = opted_in_curator()
    each = opted_in_curator(mode=DeliveryMode.EACH)
    ClaimFactory.create_batch(3, deadline=ago(today, 1))

    result = reminders_sweep(today=today)

    sizes = {
        (delivery.recipient_id, delivery.mode, delivery.reminders.count())
        for delivery in Delivery.objects.all()
    }
    assert result.deliveries == 5
    assert sorted(sizes) == sorted(
        {(digest.pk, "digest", 2), (digest.pk, "digest", 1), (each.pk, "each", 1)}
    )
    assert not Reminder.objects.filter(delivery__isnull=True).exists()


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("curator_group")
def test_two_sweeps_at_once_record_each_reminder_once_in_one_delivery(today):
    curators = [opted_in_curator(), opted_in_curator(mode=DeliveryMode.EACH)]
    ClaimFactory.create_batch(60, deadline=ago(today, 8))
    barrier = threading.Barrier(2)
    errors = []

    def sweep():
        try:
            barrier.wait(timeout=10)
            reminders_sweep(today=today)
        except Exception as error:  # reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=sweep) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert errors == []
    assert Reminder.objects.count() == 120
    assert not Reminder.objects.filter(delivery__isnull=True).exists()
    assert Delivery.objects.filter(recipient=curators[1]).count() == 60
    assert not Delivery.objects.filter(reminders__isnull=True).exists()
