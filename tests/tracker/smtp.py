"""A real SMTP server for the tests (aiosmtpd on a free local port) that records what it accepts.

Behaviour is set per test: refuse some messages with a 4xx or 5xx reply, or
stall on DATA (as a hung mail server does) for the first few messages.
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
    """The aiosmtpd handler: decides each DATA reply and keeps every accepted message."""

    refuse: Refusal = lambda message, attempt: None
    stall_first: int = 0
    stall_seconds: float = 30.0
    accepted: list = field(default_factory=list)
    attempts: Counter = field(default_factory=Counter)
    stalled: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd hook name
        message = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
        message_id = str(message["Message-ID"])
        with self.lock:
            self.attempts[message_id] += 1
            attempt = self.attempts[message_id]
            stall = self.stalled < self.stall_first
            self.stalled += stall
        if stall:
            await asyncio.sleep(self.stall_seconds)
            return "451 Stalled for too long"
        reply = self.refuse(message, attempt)
        if reply:
            return reply
        with self.lock:
            self.accepted.append(message)
        return "250 Message accepted for delivery"

    def reminder_ids(self) -> list[int]:
        """Every reminder id carried by an accepted message (repeats included)."""
        ids = []
        for message in list(self.accepted):
            ids += [int(pk) for pk in str(message["X-Tracker-Reminders"]).split(",")]
        return ids


class SMTPServer:
    def __init__(self, recorder: Recorder) -> None:
        self.recorder = recorder
        self.port = free_port()
        self.controller = Controller(recorder, hostname="127.0.0.1", port=self.port)

    def __enter__(self) -> "SMTPServer":
        self.controller.start()
        return self

    def __exit__(self, *exc) -> None:
        self.controller.stop()
