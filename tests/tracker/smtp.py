"""A real SMTP server for the tests (aiosmtpd on a free local port) that records what it takes.

Behaviour is set per test, the way real mail servers misbehave:

* refuse some messages with a 4xx or 5xx reply (``refuse``);
* hang: no reply to RCPT for a while, before the message is sent (``stall_first``);
* be busy: answer every ``busy_every``-th MAIL command with 421;
* confirm slowly: take the message, then answer the end of DATA late
  (``confirm_slowly_first`` messages, of every ``confirm_every``-th). The message
  counts as delivered (``accepted``) as soon as the server has it, whatever
  becomes of the connection afterwards;
* trickle: send every reply a byte at a time, each byte within the client's
  socket timeout (``trickle_first`` connections).
"""

import asyncio
import email
import email.policy
import logging
import socket
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP

# aiosmtpd logs every SMTP command at INFO.
logging.getLogger("mail.log").setLevel(logging.WARNING)

# (message, attempt number for its Message-ID) -> an SMTP reply to refuse it with, or None.
Refusal = Callable[[email.message.EmailMessage, int], str | None]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Recorder:
    """The aiosmtpd handler: decides each reply and keeps every message it took."""

    refuse: Refusal = lambda message, attempt: None
    stall_first: int = 0
    stall_seconds: float = 30.0
    busy_every: int = 0
    confirm_slowly_first: int = 0
    confirm_seconds: float = 30.0
    confirm_every: int = 1
    trickle_first: int = 0
    trickle_interval: float = 0.5
    accepted: list = field(default_factory=list)
    attempts: Counter = field(default_factory=Counter)
    stalled: int = 0
    confirmed_slowly: int = 0
    trickled: int = 0
    connections: int = 0
    mails: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def _take(self, counter: str, limit: int) -> bool:
        with self.lock:
            taken = getattr(self, counter) < limit
            setattr(self, counter, getattr(self, counter) + taken)
        return taken

    def take_trickle(self) -> bool:
        """Whether a new connection is one of the first ``trickle_first`` to trickle."""
        with self.lock:
            self.connections += 1
        return self._take("trickled", self.trickle_first)

    async def handle_MAIL(self, server, session, envelope, address, mail_options):  # noqa: N802 - aiosmtpd hook
        with self.lock:
            self.mails += 1
            busy = self.busy_every and self.mails % self.busy_every == 0
        if busy:
            return "421 4.3.2 Too busy, try again later"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802 - aiosmtpd hook
        if self._take("stalled", self.stall_first):
            await asyncio.sleep(self.stall_seconds)
            return "451 Stalled for too long"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd hook
        message = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
        message_id = str(message["Message-ID"])
        with self.lock:
            self.attempts[message_id] += 1
            attempt = self.attempts[message_id]
        reply = self.refuse(message, attempt)
        if reply:
            return reply
        with self.lock:
            self.accepted.append(message)
            slow = len(self.accepted) % self.confirm_every == 0
        if slow and self._take("confirmed_slowly", self.confirm_slowly_first):
            await asyncio.sleep(self.confirm_seconds)
        return "250 Message accepted for delivery"

    def reminder_ids(self) -> list[int]:
        """Every reminder id carried by an accepted message (repeats included)."""
        ids = []
        for message in list(self.accepted):
            ids += [int(pk) for pk in str(message["X-Tracker-Reminders"]).split(",")]
        return ids


class TricklingSMTP(SMTP):
    """aiosmtpd's server, sending every reply a byte at a time when the recorder says so."""

    trickle: bool | None = None

    async def push(self, status) -> None:
        if self.trickle is None:
            self.trickle = self.event_handler.take_trickle()
        if not self.trickle:
            await super().push(status)
            return
        response = status.encode("ascii") if isinstance(status, str) else status
        for byte in response + b"\r\n":
            self._writer.write(bytes([byte]))
            await self._writer.drain()
            await asyncio.sleep(self.event_handler.trickle_interval)


class _Controller(Controller):
    def factory(self):
        return TricklingSMTP(self.handler, **self.SMTP_kwargs)


class SMTPServer:
    def __init__(self, recorder: Recorder) -> None:
        self.recorder = recorder
        self.port = free_port()
        self.controller = _Controller(recorder, hostname="127.0.0.1", port=self.port)

    def __enter__(self) -> "SMTPServer":
        self.controller.start()
        return self

    def __exit__(self, *exc) -> None:
        self.controller.stop()
