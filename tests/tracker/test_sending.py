import base64
import datetime
import hashlib
import hmac
import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.utils import timezone

from claims.choices import Verdict
from claims.services import claim_resolve
from tests.factories import EVIDENCE_SEEN, ClaimFactory
from tests.tracker.factories import drain, later, opted_in_curator
from tests.tracker.smtp import free_port
from tracker.channels import build_email, send_email
from tracker.mail import Deadline
from tracker.models import Channel, Delivery, DeliveryMode, DeliveryState, Reminder, ReminderState
from tracker.services import (
    deliveries_resend,
    delivery_claim,
    reminders_sweep,
)

pytestmark = pytest.mark.django_db


def states() -> list[str]:
    return list(Reminder.objects.order_by().values_list("state", flat=True).distinct())


@pytest.fixture
def due_claims(today):
    return [
        ClaimFactory(deadline=today - datetime.timedelta(days=days), quote=f"Quote {days}.")
        for days in (1, 8)
    ]


def test_a_digest_lists_every_due_claim_with_deadline_days_overdue_quote_and_link(
    smtp, today, due_claims
):
    curator = opted_in_curator()
    reminders_sweep(today=today)

    assert drain() == 1

    [message] = smtp.accepted
    delivery = Delivery.objects.get()
    assert message["To"] == curator.email
    assert message["Message-ID"] == delivery.message_id
    assert message["Subject"] == "2 claims need resolving"
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    fresh, older = due_claims
    for claim, overdue in ((fresh, "1 day overdue"), (older, "8 days overdue")):
        link = f"https://tracker.example.org/admin/claims/claim/{claim.pk}/resolve/"
        assert claim.statement in text
        assert f'"{claim.quote}"' in text
        assert overdue in text
        assert f"Resolve it: {link}" in text
        assert f'<a href="{link}">Resolve</a>' in html
    assert claim.deadline.strftime("%-d %B %Y") in text
    ids = ",".join(str(claim.pk) for claim in sorted(due_claims, key=lambda c: c.pk))
    digest = f"https://tracker.example.org/admin/claims/claim/?id__in={ids}"
    assert f"All 2 in one list: {digest}" in text
    assert f'<a href="{digest}">See all 2 in the claims list</a>' in html
    assert delivery.state == DeliveryState.SENT
    assert states() == [ReminderState.SENT]


def test_one_message_per_claim_when_the_curator_asks_for_it(smtp, today, due_claims):
    opted_in_curator(mode=DeliveryMode.EACH)
    reminders_sweep(today=today)

    assert drain() == 2

    subjects = sorted(str(message["Subject"]) for message in smtp.accepted)
    assert subjects == sorted(
        f"Resolve this claim ({label}): {claim.statement}"
        for claim, label in zip(
            due_claims, ["deadline passed", "follow-up after 7 days"], strict=True
        )
    )


def test_a_refused_delivery_is_retried_later_with_the_same_message_id(smtp, today, due_claims):
    smtp.refuse = lambda message, attempt: "451 Try again later" if attempt == 1 else None
    opted_in_curator()
    reminders_sweep(today=today)

    drain()
    delivery = Delivery.objects.get()
    assert delivery.state == DeliveryState.RETRY
    assert delivery.last_error == "SMTP 451: Try again later"
    assert 59 <= (delivery.next_attempt_at - timezone.now()).total_seconds() <= 60
    assert drain() == 0  # not before the backoff has passed

    assert drain(now=later(61)) == 1

    assert [str(m["Message-ID"]) for m in smtp.accepted] == [delivery.message_id]
    assert sum(smtp.attempts.values()) == 2
    assert states() == [ReminderState.SENT]


def test_a_permanent_refusal_goes_dead_at_once_with_its_error(smtp, today, due_claims):
    smtp.refuse = lambda message, attempt: "550 No such user here"
    opted_in_curator()
    reminders_sweep(today=today)

    drain()

    delivery = Delivery.objects.get()
    assert (delivery.state, delivery.attempts) == (DeliveryState.DEAD, 1)
    assert delivery.last_error == "SMTP 550: No such user here"
    assert states() == [ReminderState.DEAD]


def test_after_the_last_attempt_a_delivery_is_dead(smtp, today, due_claims, settings):
    settings.REMINDER_RETRY_BASE_SECONDS = 0
    smtp.refuse = lambda message, attempt: "421 Busy"
    opted_in_curator()
    reminders_sweep(today=today)

    assert drain() == 3

    delivery = Delivery.objects.get()
    assert (delivery.state, delivery.attempts) == (DeliveryState.DEAD, 3)
    assert delivery.last_error == "SMTP 421: Busy"


def test_a_dead_delivery_can_be_sent_again(smtp, today, due_claims):
    smtp.refuse = lambda message, attempt: "554 Rejected" if attempt == 1 else None
    opted_in_curator()
    reminders_sweep(today=today)
    drain()

    assert deliveries_resend(deliveries=Delivery.objects.all()) == [Delivery.objects.get().pk]
    assert drain() == 1

    assert Delivery.objects.get().state == DeliveryState.SENT
    assert states() == [ReminderState.SENT]
    assert len(smtp.accepted) == 1


def test_a_mail_server_that_hangs_before_the_message_times_out_and_is_retried(
    smtp, today, due_claims, settings
):
    settings.EMAIL_TIMEOUT = 1
    smtp.stall_first, smtp.stall_seconds = 1, 3  # no reply to RCPT
    opted_in_curator()
    reminders_sweep(today=today)

    drain()

    delivery = Delivery.objects.get()
    assert delivery.state == DeliveryState.RETRY
    assert "timed out" in delivery.last_error
    assert smtp.accepted == []
    assert drain(now=later(61)) == 1
    assert len(smtp.accepted) == 1


def test_an_unreachable_mail_server_is_a_transient_error(settings, today, due_claims):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", free_port()
    opted_in_curator()
    reminders_sweep(today=today)

    drain()

    delivery = Delivery.objects.get()
    assert delivery.state == DeliveryState.RETRY
    assert delivery.last_error.startswith("mail server unreachable")


def test_a_delivery_whose_worker_died_is_sent_once_its_lease_expires(smtp, today, due_claims):
    opted_in_curator()
    reminders_sweep(today=today)
    lost = delivery_claim(now=timezone.now())  # the worker dies before sending

    assert lost.state == DeliveryState.SENDING
    assert delivery_claim(now=later(1)) is None
    assert drain(now=later(299)) == 0
    assert drain(now=later(301)) == 1

    delivery = Delivery.objects.get()
    assert (delivery.state, delivery.attempts) == (DeliveryState.SENT, 2)
    assert len(smtp.accepted) == 1


def test_the_one_possible_repeat_carries_the_same_message_id(smtp, today, due_claims):
    opted_in_curator()
    reminders_sweep(today=today)
    lost = delivery_claim(now=timezone.now())
    # The worker dies after the server accepted the message, before recording it.
    reminders = list(Reminder.objects.select_related("claim__speaker"))
    send_email(lost, reminders, today=today, deadline=Deadline.after(10))

    assert drain(now=later(301)) == 1

    first, repeat = smtp.accepted
    assert str(first["Message-ID"]) == str(repeat["Message-ID"]) == lost.message_id
    assert Delivery.objects.get().state == DeliveryState.SENT


def test_only_one_worker_can_claim_a_delivery(today, due_claims):
    opted_in_curator()
    reminders_sweep(today=today)
    now = timezone.now()

    assert delivery_claim(now=now) is not None
    assert delivery_claim(now=now) is None


def test_a_claim_resolved_before_sending_is_left_out_of_the_message(smtp, today, due_claims):
    opted_in_curator()
    reminders_sweep(today=today)
    claim_resolve(
        evidence=EVIDENCE_SEEN, claim=due_claims[0], verdict=Verdict.TRUE, rationale="It came true."
    )

    drain()

    [message] = smtp.accepted
    assert str(message["X-Tracker-Reminders"]) == str(Reminder.objects.get(claim=due_claims[1]).pk)
    assert Reminder.objects.get(claim=due_claims[0]).state == ReminderState.CANCELLED


def test_nothing_is_sent_when_every_claim_was_resolved_meanwhile(smtp, today, due_claims):
    opted_in_curator()
    reminders_sweep(today=today)
    for claim in due_claims:
        claim_resolve(
            evidence=EVIDENCE_SEEN,
            claim=claim,
            verdict=Verdict.FALSE,
            rationale="It did not happen.",
        )

    drain()

    assert smtp.accepted == []
    assert Delivery.objects.get().state == DeliveryState.CANCELLED


class WebhookReceiver(BaseHTTPRequestHandler):
    replies: list[int] = []
    received: list[tuple[dict, bytes]] = []

    def do_POST(self):
        body = self.rfile.read(int(self.headers["content-length"]))
        self.received.append(({k.lower(): v for k, v in self.headers.items()}, body))
        self.send_response(self.replies.pop(0) if self.replies else 204)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def webhook(settings):
    secret = "whsec_" + base64.b64encode(b"a shared secret of 32 bytes ....").decode()
    server = HTTPServer(("127.0.0.1", 0), WebhookReceiver)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.REMINDER_WEBHOOK_URL = f"http://127.0.0.1:{server.server_port}/hooks"
    settings.REMINDER_WEBHOOK_SECRET = secret
    WebhookReceiver.replies, WebhookReceiver.received = [], []
    yield WebhookReceiver
    server.shutdown()
    server.server_close()


def test_the_webhook_posts_signed_json_with_a_stable_id(webhook, today, due_claims, settings):
    curator = opted_in_curator(channel=Channel.WEBHOOK)
    webhook.replies = [503]
    reminders_sweep(today=today)

    drain()
    drain(now=later(61))

    delivery = Delivery.objects.get()
    assert delivery.state == DeliveryState.SENT
    (first, _), (headers, body) = webhook.received
    assert first["webhook-id"] == headers["webhook-id"] == delivery.token
    key = base64.b64decode(settings.REMINDER_WEBHOOK_SECRET.removeprefix("whsec_"))
    signed = f"{headers['webhook-id']}.{headers['webhook-timestamp']}.".encode() + body
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    assert headers["webhook-signature"] == f"v1,{expected}"
    payload = json.loads(body)
    assert payload["type"] == "reminders.due"
    assert payload["recipient"] == {"id": curator.pk, "username": curator.username}
    assert [item["claim_id"] for item in payload["reminders"]] == [c.pk for c in due_claims[::-1]]
    assert payload["reminders"][0]["url"].endswith(
        f"/admin/claims/claim/{due_claims[1].pk}/resolve/"
    )


def test_a_webhook_client_error_is_permanent(webhook, today, due_claims):
    opted_in_curator(channel=Channel.WEBHOOK)
    webhook.replies = [410]
    reminders_sweep(today=today)

    drain()

    delivery = Delivery.objects.get()
    assert (delivery.state, delivery.last_error) == (DeliveryState.DEAD, "webhook replied HTTP 410")


def test_nothing_is_sent_to_a_curator_who_switched_reminders_off_meanwhile(smtp, today, due_claims):
    curator = opted_in_curator()
    reminders_sweep(today=today)
    curator.reminder_preference.enabled = False
    curator.reminder_preference.save()

    drain()

    assert smtp.accepted == []
    assert Delivery.objects.get().state == DeliveryState.CANCELLED
    assert states() == [ReminderState.CANCELLED]


def test_a_malformed_webhook_secret_is_a_permanent_error(webhook, today, due_claims, settings):
    settings.REMINDER_WEBHOOK_SECRET = "whsec_not base64!"
    opted_in_curator(channel=Channel.WEBHOOK)
    reminders_sweep(today=today)

    drain()

    delivery = Delivery.objects.get()
    assert delivery.state == DeliveryState.DEAD
    assert "REMINDER_WEBHOOK_SECRET" in delivery.last_error
    assert webhook.received == []


def test_a_claim_due_in_two_rounds_at_once_is_named_once_in_the_message(today):
    curator = opted_in_curator()
    claim, other = (
        ClaimFactory(deadline=today - datetime.timedelta(days=days)) for days in (517, 3)
    )
    delivery = Delivery.objects.create(
        recipient=curator, channel=Channel.EMAIL, mode=DeliveryMode.DIGEST
    )
    reminders = [
        Reminder.objects.create(
            claim=claim_,
            recipient=curator,
            round=round_,
            channel=Channel.EMAIL,
            due_on=today,
            delivery=delivery,
        )
        for claim_, round_ in (
            (claim, "follow-up-30"),
            (claim, "escalation"),
            (other, "deadline"),
        )
    ]
    message = build_email(delivery, reminders, today=today)
    text = message.body
    assert message.subject == "2 claims need resolving"
    assert "These 2 claims need a resolution" in text
    assert text.count(claim.statement) == 1
    assert "follow-up after 30 days; escalated" in text
    assert f"?id__in={min(claim.pk, other.pk)},{max(claim.pk, other.pk)}" in text
    # Every reminder the message carries is still named for the delivery's bookkeeping.
    assert message.extra_headers["X-Tracker-Reminders"] == ", ".join(
        str(reminder.pk) for reminder in reminders
    )
