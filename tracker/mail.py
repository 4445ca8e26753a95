"""SMTP with a total deadline and a patient wait for the reply to the end of DATA.

Django's SMTP backend bounds every socket operation by ``EMAIL_TIMEOUT``, which
does not bound a send: a server that drip-feeds its replies, a byte at a time
within the timeout, can hold a worker for as long as it likes. And it gives up on
the reply to the end of the message body after the same ``EMAIL_TIMEOUT``,
although the server may already have taken the message: RFC 5321 §4.5.3.2.6 asks
a client to wait 10 minutes for that reply so that it does not send it twice.

Here the whole attempt (connect, greeting, every command, the body, the final
reply) ends at a ``Deadline``: a watchdog shuts the socket down when it passes,
and no write starts after it. The final reply is waited for up to
``REMINDER_SMTP_DATA_TIMEOUT`` (600 s by default), within the deadline. When the
body went out and no final reply came, the outcome is unknown, and ``OutcomeUnknown``
says so, so that it is not blindly sent again.
"""

import contextlib
import functools
import smtplib
import socket
import threading
import time
from dataclasses import dataclass

from django.core.mail.backends.smtp import EmailBackend

END_OF_DATA = b"\r\n.\r\n"


@dataclass(frozen=True)
class Deadline:
    """A point on the monotonic clock by which an attempt must be over."""

    seconds: float
    at: float

    @classmethod
    def after(cls, seconds: float) -> "Deadline":
        return cls(seconds=seconds, at=time.monotonic() + max(seconds, 0.0))

    def remaining(self) -> float:
        """Seconds left, never negative."""
        return max(self.at - time.monotonic(), 0.0)

    def passed(self) -> bool:
        return time.monotonic() >= self.at


class SendDeadlinePassed(smtplib.SMTPServerDisconnected):
    """The attempt ran out of time before the message body was sent: it was not delivered.

    A subclass of ``SMTPServerDisconnected`` so that closing the connection
    afterwards (Django's backend sends QUIT) gives up quietly.
    """


class OutcomeUnknown(smtplib.SMTPServerDisconnected):
    """The message body was sent and the server's final reply never came."""


class _DeadlineMixin:
    """Bounds an ``smtplib.SMTP`` connection by a total deadline (see the module's docstring)."""

    def __init__(self, *args, deadline: Deadline, data_timeout: float, **kwargs) -> None:
        self.deadline = deadline
        self.data_timeout = data_timeout
        self.body_sent = False
        self._in_data = False
        # Started before connecting: the greeting itself may trickle.
        self._watchdog = threading.Timer(deadline.remaining(), self._expire)
        self._watchdog.daemon = True
        self._watchdog.start()
        try:
            super().__init__(*args, **kwargs)
        except Exception:
            self._watchdog.cancel()
            raise

    def _expire(self) -> None:
        sock = getattr(self, "sock", None)
        if sock is not None:
            # Wakes up a blocked read (it returns end of file) or write (it fails).
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def _get_socket(self, host, port, timeout):
        return super()._get_socket(host, port, self._bounded(timeout))

    def _bounded(self, timeout: float | None) -> float:
        remaining = self.deadline.remaining()
        if remaining <= 0:
            raise SendDeadlinePassed(f"the send deadline of {self.deadline.seconds:g} s passed")
        return remaining if timeout is None else min(timeout, remaining)

    def send(self, s) -> None:
        if self.deadline.passed():
            raise SendDeadlinePassed(f"the send deadline of {self.deadline.seconds:g} s passed")
        super().send(s)
        if self._in_data and isinstance(s, bytes) and s.endswith(END_OF_DATA):
            self.body_sent = True
            # RFC 5321 §4.5.3.2.6: wait long for the reply to the end of the data.
            self.sock.settimeout(self._bounded(self.data_timeout))

    def data(self, msg):
        self._in_data = True
        try:
            return super().data(msg)
        except (smtplib.SMTPServerDisconnected, OSError) as error:
            if self.body_sent:
                raise OutcomeUnknown(
                    f"the message was sent but the server's reply to it never came ({error})"
                ) from error
            raise
        finally:
            self._in_data = False
            if getattr(self, "sock", None) is not None:
                self.sock.settimeout(self.timeout)

    def close(self) -> None:
        self._watchdog.cancel()
        super().close()


class DeadlineSMTP(_DeadlineMixin, smtplib.SMTP):
    pass


class DeadlineSMTPSSL(_DeadlineMixin, smtplib.SMTP_SSL):
    pass


class DeadlineEmailBackend(EmailBackend):
    """Django's SMTP backend (every ``EMAIL_*`` setting) on a deadline-bound connection."""

    def __init__(self, *, deadline: Deadline, data_timeout: float, **kwargs) -> None:
        super().__init__(**kwargs)
        self.deadline = deadline
        self.data_timeout = data_timeout

    @property
    def connection_class(self):
        smtp = DeadlineSMTPSSL if self.use_ssl else DeadlineSMTP
        return functools.partial(smtp, deadline=self.deadline, data_timeout=self.data_timeout)
