"""End to end: real Celery workers on Redis, the test database, and a real SMTP server.

The timeouts are generous on purpose: they only bound how long a failing test
waits on a loaded machine (every wait returns as soon as its condition holds).

These need PostgreSQL (another process must see the committed test data) and Redis.
The workers run on the real clock, which no fixture can move in another process:
the data is built relative to today's real date, and a run for another day is
given its date explicitly.
"""

import datetime
from collections import Counter

import pytest
from django.utils import timezone

from claims.choices import DatePrecision, DeadlineSource, Verdict
from claims.models import Claim
from claims.services import claim_resolve, claim_update
from tests.factories import (
    EVIDENCE_SEEN,
    AdminFactory,
    ClaimFactory,
    CuratorFactory,
    SourceFactory,
    SpeakerFactory,
)
from tests.tracker.factories import opted_in_curator
from tests.tracker.smtp import Recorder, SMTPServer
from tests.tracker.workers import Workers, amqp_url, delivery_number
from tracker.models import Delivery, DeliveryMode, DeliveryState, Reminder, ReminderState
from tracker.services import reminders_sweep

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.services,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("curator_group"),
]

RUN = "tracker.tasks.reminders_run"
UNSENT = [DeliveryState.PENDING, DeliveryState.SENDING, DeliveryState.RETRY]


@pytest.fixture
def today() -> datetime.date:
    return timezone.localdate()


@pytest.fixture
def smtp():
    recorder = Recorder()
    with SMTPServer(recorder) as server:
        recorder.port = server.port
        yield recorder


@pytest.fixture
def workers(smtp):
    made = []

    def start(**env) -> Workers:
        made.append(Workers(smtp.port, **env))
        return made[-1]

    yield start
    for group in made:
        group.stop()


def ago(today: datetime.date, days: int) -> datetime.date:
    return today - datetime.timedelta(days=days)


def all_sent() -> bool:
    return not Delivery.objects.filter(state__in=UNSENT).exists()


def delivered(smtp) -> dict[str, set[tuple[int, str]]]:
    """Per recipient address, the (claim, round) pairs in the messages the server accepted."""
    rounds = dict(Reminder.objects.values_list("pk", "round"))
    claims = dict(Reminder.objects.values_list("pk", "claim_id"))
    found: dict[str, set] = {}
    for message in smtp.accepted:
        ids = [int(pk) for pk in str(message["X-Tracker-Reminders"]).split(",")]
        found.setdefault(str(message["To"]), set()).update((claims[pk], rounds[pk]) for pk in ids)
    return found


def test_due_claims_are_reminded_followed_up_and_escalated_until_resolved(smtp, workers, today):
    alice, bob = opted_in_curator(), CuratorFactory()  # bob only hears about his own claim
    admin = AdminFactory()
    assigned = ClaimFactory(deadline=ago(today, 1), assigned_curator=bob)
    week = ClaimFactory(deadline=ago(today, 8))
    old = ClaimFactory(deadline=ago(today, 40))
    claim_resolve(
        evidence=EVIDENCE_SEEN,
        claim=ClaimFactory(deadline=ago(today, 3)),
        verdict=Verdict.TRUE,
        rationale="Yes.",
    )
    ClaimFactory(deadline=None)
    group = workers()
    group.start()

    group.send(RUN, today=today.isoformat())
    group.wait(lambda: len(smtp.accepted) == 3 and all_sent(), timeout=90, what="3 messages")

    assert delivered(smtp) == {
        alice.email: {(week.pk, "follow-up-7"), (old.pk, "follow-up-30")},
        bob.email: {(assigned.pk, "first-notice")},
        admin.email: {(old.pk, "escalation")},
    }

    claim_resolve(evidence=EVIDENCE_SEEN, claim=week, verdict=Verdict.FALSE, rationale="No.")
    smtp.accepted.clear()
    later = today + datetime.timedelta(days=37)
    group.send(RUN, today=later.isoformat())
    group.send(RUN, today=later.isoformat())  # a doubled beat changes nothing
    group.wait(lambda: len(smtp.accepted) >= 2 and all_sent(), timeout=90, what="2 messages")

    assert delivered(smtp) == {
        bob.email: {(assigned.pk, "follow-up-30")},
        admin.email: {(assigned.pk, "escalation")},
    }
    assert Reminder.objects.filter(state=ReminderState.SENT).count() == 6


def test_a_worker_on_rabbitmq_sends_the_reminders_too(smtp, workers, today):
    """RabbitMQ is the other production broker: the same run works on it."""
    opted_in_curator()
    claim = ClaimFactory(deadline=ago(today, 1))
    group = workers(broker=amqp_url())
    group.start(concurrency=1)

    group.send(RUN, today=today.isoformat())
    group.wait(lambda: len(smtp.accepted) == 1 and all_sent(), timeout=90, what="1 message")

    assert [set(pairs) for pairs in delivered(smtp).values()] == [{(claim.pk, "first-notice")}]


def _bulk_claims(count: int, deadline: datetime.date) -> list[int]:
    speaker, source = SpeakerFactory(), SourceFactory()
    claims = Claim.objects.bulk_create(
        Claim(
            speaker=speaker,
            source=source,
            quote=f"Prediction {n} will come true.",
            statement=f"Prediction {n} comes true.",
            said_on=datetime.date(2022, 10, 1),
            deadline=deadline,
            deadline_precision=DatePrecision.DAY,
            deadline_source=DeadlineSource.CURATOR,
        )
        for n in range(count)
    )
    return [claim.pk for claim in claims]


def _greylist(message, attempt: int) -> str | None:
    """Refuse every digest, and every fifth single message, on its first attempt."""
    digest = "," in str(message["X-Tracker-Reminders"])
    fifth = delivery_number(str(message["Message-ID"])) % 5 == 0
    return "451 Greylisted, try again" if attempt == 1 and (digest or fifth) else None


def test_concurrent_sweeps_and_workers_under_refusals_send_each_reminder_exactly_once(
    smtp, workers, today
):
    smtp.refuse = _greylist
    opted_in_curator()  # a digest of every unassigned claim
    # One message per claim assigned to this curator, and nothing about the others.
    single = opted_in_curator(mode=DeliveryMode.EACH, only_assigned=True)
    claims = _bulk_claims(1200, ago(today, 2))
    Claim.objects.filter(pk__in=claims[:200]).update(assigned_curator=single)
    group = workers()
    group.start(concurrency=2)
    group.start(concurrency=2)

    group.send(RUN, today=today.isoformat())
    group.send(RUN, today=today.isoformat())
    group.wait(
        lambda: Reminder.objects.filter(state=ReminderState.SENT).count() == 1200 and all_sent(),
        timeout=180,
        what="every reminder sent",
    )

    assert Reminder.objects.filter(state=ReminderState.SENT).count() == 1200
    assert (
        Reminder.objects.order_by().values("claim", "recipient", "round").distinct().count() == 1200
    )
    carried = Counter(smtp.reminder_ids())
    assert set(carried) == set(Reminder.objects.values_list("pk", flat=True))
    assert set(carried.values()) == {1}
    message_ids = Counter(str(message["Message-ID"]) for message in smtp.accepted)
    assert set(message_ids.values()) == {1}
    assert len(message_ids) == Delivery.objects.filter(state=DeliveryState.SENT).count()
    digests = Delivery.objects.filter(mode=DeliveryMode.DIGEST)
    assert [smtp.attempts[digest.message_id] for digest in digests] == [2, 2]
    assert sum(smtp.attempts.values()) > len(smtp.accepted) + 2


def test_a_worker_killed_mid_send_loses_nothing_and_repeats_at_most_one_message_per_process(
    smtp, workers, today
):
    # The server takes the first two messages and confirms them late: the worker's
    # two processes are killed while waiting, after the server has the messages.
    smtp.confirm_slowly_first, smtp.confirm_seconds = 2, 90
    opted_in_curator(mode=DeliveryMode.EACH)
    ClaimFactory.create_batch(4, deadline=ago(today, 2))
    group = workers(REMINDER_LEASE_SECONDS="30", REMINDER_SEND_DEADLINE_SECONDS="20")
    doomed = group.start(concurrency=2)

    group.send(RUN)
    group.wait(lambda: smtp.confirmed_slowly == 2, timeout=60, what="two slow confirmations")
    group.kill(doomed)
    group.start(concurrency=2)
    group.wait(
        lambda: not Delivery.objects.filter(lease_until__gt=timezone.now()).exists(),
        timeout=60,
        what="the dead worker's leases to expire",
    )
    group.send(RUN)  # the next beat
    group.wait(
        lambda: Reminder.objects.filter(state=ReminderState.SENT).count() == 4 and all_sent(),
        timeout=90,
        what="every reminder sent",
    )

    assert set(Delivery.objects.values_list("state", flat=True)) == {DeliveryState.SENT}
    assert sorted(Delivery.objects.values_list("attempts", flat=True)) == [1, 1, 2, 2]
    carried = Counter(smtp.reminder_ids())
    assert set(carried) == set(Reminder.objects.values_list("pk", flat=True))
    # At most one repeat per killed process, each with its delivery's Message-ID.
    repeats = Counter(str(message["Message-ID"]) for message in smtp.accepted)
    assert sorted(repeats.values()) == [1, 1, 2, 2]
    assert sum(carried.values()) - len(carried) == 2


def test_a_slow_confirmation_is_waited_for_and_never_repeated(smtp, workers, today):
    smtp.confirm_slowly_first, smtp.confirm_seconds = 3, 3
    opted_in_curator(mode=DeliveryMode.EACH)
    ClaimFactory.create_batch(3, deadline=ago(today, 2))
    group = workers(EMAIL_TIMEOUT="1")
    group.start(concurrency=2)

    group.send(RUN)
    group.send(RUN)  # a doubled beat
    group.wait(
        lambda: Reminder.objects.filter(state=ReminderState.SENT).count() == 3 and all_sent(),
        timeout=120,
        what="every reminder sent",
    )

    assert smtp.confirmed_slowly == 3
    assert set(Delivery.objects.values_list("state", "attempts")) == {(DeliveryState.SENT, 1)}
    assert sorted(Counter(smtp.reminder_ids()).values()) == [1, 1, 1]


def test_a_confirmation_that_never_comes_in_time_is_recorded_as_unknown_not_resent(
    smtp, workers, today
):
    smtp.confirm_slowly_first, smtp.confirm_seconds = 1, 20
    curator = opted_in_curator()
    ClaimFactory(deadline=ago(today, 2))
    group = workers(
        EMAIL_TIMEOUT="1", REMINDER_SEND_DEADLINE_SECONDS="3", REMINDER_LEASE_SECONDS="6"
    )
    group.start(concurrency=2)

    group.send(RUN)
    group.wait(
        lambda: Delivery.objects.filter(state=DeliveryState.UNKNOWN).exists(),
        timeout=60,
        what="the outcome to be recorded as unknown",
    )
    # Later beats, past the lease, with a new claim to show that they ran.
    unknown = Delivery.objects.get()
    claim = ClaimFactory(deadline=ago(today, 1), assigned_curator=curator)
    group.wait(lambda: unknown.created_at < timezone.now() - datetime.timedelta(seconds=7),
               timeout=30, what="the lease period to pass")  # fmt: skip
    group.send(RUN)
    group.wait(
        lambda: Reminder.objects.filter(claim=claim, state=ReminderState.SENT).exists(),
        timeout=60,
        what="the next run's reminder",
    )

    unknown.refresh_from_db()
    assert (unknown.state, unknown.attempts) == (DeliveryState.UNKNOWN, 1)
    assert "outcome unknown" in unknown.last_error
    assert set(unknown.reminders.values_list("state", flat=True)) == {ReminderState.UNKNOWN}
    assert Counter(str(m["Message-ID"]) for m in smtp.accepted)[unknown.message_id] == 1


def test_a_trickling_server_cannot_hold_a_worker_past_its_lease(smtp, workers, today):
    """Every byte of the greeting comes within EMAIL_TIMEOUT; the send deadline ends it."""
    smtp.trickle_first, smtp.trickle_interval = 1, 0.4
    opted_in_curator()
    ClaimFactory(deadline=ago(today, 2))
    group = workers(
        EMAIL_TIMEOUT="2",
        REMINDER_SEND_DEADLINE_SECONDS="3",
        REMINDER_LEASE_SECONDS="6",
        REMINDER_RETRY_BASE_SECONDS="2",
    )
    group.start(concurrency=1)
    group.start(concurrency=1)

    group.send(RUN)
    group.wait(
        lambda: Delivery.objects.filter(
            state=DeliveryState.RETRY, last_error__contains="send deadline of 3 s passed"
        ).exists(),
        timeout=60,
        what="the first attempt to give up at its deadline",
    )
    group.send(RUN)  # a beat while it waits: no second task for the retry
    group.wait(all_sent, timeout=90, what="the retry")

    delivery = Delivery.objects.get()
    assert (delivery.state, delivery.attempts) == (DeliveryState.SENT, 2)
    assert smtp.trickled == 1
    assert [str(m["Message-ID"]) for m in smtp.accepted] == [delivery.message_id]


def test_a_claim_whose_deadline_moved_after_the_sweep_is_not_sent(smtp, workers, today):
    curator = opted_in_curator()
    moved, kept = ClaimFactory.create_batch(2, deadline=ago(today, 3))
    reminders_sweep(today=today)
    claim_update(
        claim=moved,
        expected_version=moved.version,
        changes={"deadline": today + datetime.timedelta(days=397)},
    )
    group = workers()
    group.start()

    group.send(RUN)
    group.wait(lambda: len(smtp.accepted) == 1 and all_sent(), timeout=90, what="1 message")

    assert delivered(smtp) == {curator.email: {(kept.pk, "first-notice")}}
    assert Reminder.objects.get(claim=moved).state == ReminderState.CANCELLED


def test_after_an_outage_a_later_round_supersedes_the_unsent_one(smtp, workers, today):
    curator = opted_in_curator()
    claims = ClaimFactory.create_batch(3, deadline=ago(today, 31))
    reminders_sweep(today=ago(today, 30))  # first notices recorded, then the outage
    group = workers()
    group.start()

    group.send(RUN)  # the first run after it
    group.wait(lambda: len(smtp.accepted) == 1 and all_sent(), timeout=90, what="1 message")

    assert delivered(smtp) == {curator.email: {(claim.pk, "follow-up-30") for claim in claims}}
    assert set(Reminder.objects.filter(round="first-notice").values_list("state", flat=True)) == {
        ReminderState.SUPERSEDED
    }
