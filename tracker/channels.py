"""Delivery channels: e-mail and webhook behind one small interface.

A channel is a function ``send(delivery, reminders, *, today, deadline)`` that
returns when the message was accepted and raises ``DeliveryError`` otherwise,
saying whether trying again could help (a 4xx reply, a timeout before the message
went out) or not (a 5xx reply); ``UnknownOutcomeError`` when the message went
out and no verdict came back. Every attempt ends by its ``deadline``.
"""

import base64
import datetime
import hashlib
import hmac
import json
import smtplib
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, replace

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.smtp import EmailBackend as SMTPBackend
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from tracker.mail import Deadline, DeadlineEmailBackend, OutcomeUnknown
from tracker.models import Channel, Delivery, Reminder

TRANSIENT_HTTP = {408, 409, 425, 429}


class DeliveryError(Exception):
    """A message was not accepted; ``permanent`` means trying again cannot help."""

    def __init__(self, message: str, *, permanent: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent


class UnknownOutcomeError(DeliveryError):
    """The message went out but whether it was accepted is unknown: do not blindly resend."""


def round_label(name: str) -> str:
    if name == "heads-up":
        return "deadline coming up"
    if name == "first-notice":
        return "deadline passed"
    if name == "escalation":
        return "escalated: still unresolved after the last follow-up"
    if name.startswith("follow-up-"):
        return f"follow-up after {name.removeprefix('follow-up-')} days"
    return name


@dataclass(frozen=True)
class Item:
    """One claim as a message shows it."""

    reminder_id: int
    claim_id: int
    round: str
    round_label: str
    statement: str
    quote: str
    speaker: str
    deadline: datetime.date
    deadline_text: str
    days_overdue: int
    url: str

    @property
    def days_left(self) -> int:
        return -self.days_overdue

    @classmethod
    def build(cls, reminder: Reminder, today: datetime.date) -> "Item":
        claim = reminder.claim
        return cls(
            reminder_id=reminder.pk,
            claim_id=claim.pk,
            round=reminder.round,
            round_label=round_label(reminder.round),
            statement=claim.statement,
            quote=claim.quote,
            speaker=str(claim.speaker),
            deadline=claim.deadline,
            deadline_text=f"{claim.deadline.day} {claim.deadline:%B %Y}",
            days_overdue=(today - claim.deadline).days,
            url=settings.TRACKER_BASE_URL + reverse("admin:claims_claim_resolve", args=[claim.pk]),
        )


def digest_url(items: list[Item]) -> str:
    """The admin's claims list showing exactly the claims of a message (``?id__in=``)."""
    ids = ",".join(str(pk) for pk in sorted({item.claim_id for item in items}))
    return f"{settings.TRACKER_BASE_URL}{reverse('admin:claims_claim_changelist')}?id__in={ids}"


def _subject(items: list[Item]) -> str:
    if len(items) == 1:
        item = items[0]
        statement = item.statement if len(item.statement) <= 80 else f"{item.statement[:79]}…"
        return f"Resolve this claim ({item.round_label}): {statement}"
    return f"{len(items)} claims need resolving"


def one_per_claim(items: list[Item]) -> list[Item]:
    """Each claim once, in first-seen order, its rounds named together.

    A claim can be due in two rounds for one curator at once (a follow-up and the
    escalation after it); the message names it once, so "N claims" counts claims.
    """
    merged: dict[int, Item] = {}
    for item in items:
        first = merged.get(item.claim_id)
        if first is None:
            merged[item.claim_id] = item
        else:
            label = f"{first.round_label}; {item.round_label}"
            merged[item.claim_id] = replace(first, round_label=label)
    return list(merged.values())


def build_email(delivery: Delivery, reminders: list[Reminder], *, today) -> EmailMultiAlternatives:
    reminded = [Item.build(reminder, today) for reminder in reminders]
    items = one_per_claim(reminded)
    context = {
        "recipient": delivery.recipient,
        "items": items,
        "today": today,
        "list_url": digest_url(items) if len(items) > 1 else "",
    }
    message = EmailMultiAlternatives(
        subject=_subject(items),
        body=render_to_string("tracker/email/reminders.txt", context),
        to=[delivery.recipient.email],
        headers={
            "Message-ID": delivery.message_id,
            "X-Tracker-Reminders": ", ".join(str(item.reminder_id) for item in reminded),
        },
    )
    message.attach_alternative(
        render_to_string("tracker/email/reminders.html", context), "text/html"
    )
    return message


def _smtp_error(error: smtplib.SMTPException, deadline: Deadline) -> DeliveryError:
    if isinstance(error, OutcomeUnknown):
        return UnknownOutcomeError(f"outcome unknown: {error}")
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _ in error.recipients.values()]
        permanent = bool(codes) and all(500 <= code < 600 for code in codes)
        return DeliveryError(f"recipient refused: {error.recipients}", permanent=permanent)
    if isinstance(error, smtplib.SMTPResponseException):
        reply = error.smtp_error
        text = reply.decode(errors="replace") if isinstance(reply, bytes) else str(reply)
        permanent = 500 <= error.smtp_code < 600
        return DeliveryError(f"SMTP {error.smtp_code}: {text}", permanent=permanent)
    if deadline.passed():
        return _deadline_error(deadline, error)
    return DeliveryError(f"SMTP error: {error}")


def _deadline_error(deadline: Deadline, error: Exception) -> DeliveryError:
    return DeliveryError(
        f"gave up before the message went out: the send deadline of {deadline.seconds:g} s "
        f"passed ({error})"
    )


def _mail_connection(deadline: Deadline):
    """The configured e-mail backend; Django's SMTP backend is bound by ``deadline``."""
    connection = get_connection(timeout=settings.EMAIL_TIMEOUT)
    if type(connection) is SMTPBackend:
        return DeadlineEmailBackend(
            timeout=settings.EMAIL_TIMEOUT,
            deadline=deadline,
            data_timeout=settings.REMINDER_SMTP_DATA_TIMEOUT,
        )
    return connection


def send_email(
    delivery: Delivery, reminders: list[Reminder], *, today: datetime.date, deadline: Deadline
) -> None:
    """One e-mail (plain text and HTML) with a Message-ID that every attempt shares.

    ``EMAIL_TIMEOUT`` bounds each SMTP command, ``REMINDER_SMTP_DATA_TIMEOUT`` the
    wait for the reply to the message, and ``deadline`` the whole attempt.
    Raises ``DeliveryError`` (``UnknownOutcomeError`` when the message went out
    and the reply never came).
    """
    if not delivery.recipient.email:
        raise DeliveryError(f"{delivery.recipient} has no e-mail address.", permanent=True)
    message = build_email(delivery, reminders, today=today)
    connection = _mail_connection(deadline)
    try:
        connection.send_messages([message])
    except smtplib.SMTPException as error:
        raise _smtp_error(error, deadline) from error
    except OSError as error:  # refused, reset, timed out before anything went out
        if deadline.passed():
            raise _deadline_error(deadline, error) from error
        raise DeliveryError(f"mail server unreachable: {error!r}") from error


def webhook_signature(secret: str, msg_id: str, timestamp: int, body: bytes) -> str:
    """The Standard Webhooks signature: HMAC-SHA256 over "id.timestamp.body", base64."""
    try:
        key = base64.b64decode(secret.removeprefix("whsec_"), validate=True)
    except ValueError:
        raise DeliveryError(
            "REMINDER_WEBHOOK_SECRET must be 'whsec_' followed by base64.", permanent=True
        ) from None
    signed = f"{msg_id}.{timestamp}.".encode() + body
    digest = hmac.new(key, signed, hashlib.sha256).digest()
    return f"v1,{base64.b64encode(digest).decode()}"


def webhook_payload(delivery: Delivery, reminders: list[Reminder], *, today) -> dict:
    recipient = delivery.recipient
    return {
        "type": "reminders.due",
        "id": delivery.token,
        "recipient": {"id": recipient.pk, "username": recipient.get_username()},
        "reminders": [
            {
                **Item.build(reminder, today).__dict__,
                "deadline": reminder.claim.deadline.isoformat(),
            }
            for reminder in reminders
        ],
    }


def _webhook_request(delivery: Delivery, body: bytes) -> urllib.request.Request:
    url = settings.REMINDER_WEBHOOK_URL
    if not url.startswith(("http://", "https://")):
        raise DeliveryError(
            f"REMINDER_WEBHOOK_URL must be an http(s) URL, not {url!r}.", permanent=True
        )
    timestamp = int(timezone.now().timestamp())
    signature = webhook_signature(settings.REMINDER_WEBHOOK_SECRET, delivery.token, timestamp, body)
    headers = {
        "content-type": "application/json",
        "webhook-id": delivery.token,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": signature,
    }
    # The scheme was checked above: only http(s) reaches urlopen.
    return urllib.request.Request(url, data=body, headers=headers, method="POST")  # noqa: S310


def send_webhook(
    delivery: Delivery, reminders: list[Reminder], *, today: datetime.date, deadline: Deadline
) -> None:
    """A signed JSON POST; 2xx is success, 5xx/429/timeouts are retried, other 4xx are not.

    Receivers deduplicate by ``webhook-id`` (Standard Webhooks), so a timed-out
    request is retried. Each socket operation waits at most
    ``REMINDER_WEBHOOK_TIMEOUT`` and never past ``deadline``; the Celery task's
    time limit bounds a receiver that trickles its reply.
    """
    payload = webhook_payload(delivery, reminders, today=today)
    request = _webhook_request(delivery, json.dumps(payload).encode())
    if deadline.passed():
        raise _deadline_error(deadline, TimeoutError("before connecting"))
    timeout = min(settings.REMINDER_WEBHOOK_TIMEOUT, deadline.remaining())
    try:
        with urllib.request.urlopen(request, timeout=timeout):  # noqa: S310
            return
    except urllib.error.HTTPError as error:
        permanent = error.code < 500 and error.code not in TRANSIENT_HTTP
        raise DeliveryError(f"webhook replied HTTP {error.code}", permanent=permanent) from error
    except (urllib.error.URLError, OSError) as error:
        raise DeliveryError(f"webhook unreachable: {error!r}") from error


CHANNELS: dict[str, Callable[..., None]] = {
    Channel.EMAIL: send_email,
    Channel.WEBHOOK: send_webhook,
}


def channel_for(name: str) -> Callable[..., None]:
    try:
        return CHANNELS[name]
    except KeyError:
        raise DeliveryError(f"Unknown channel {name!r}.", permanent=True) from None
