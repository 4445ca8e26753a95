"""Logging: readable text in development, one JSON object a line in production.

Every record carries the request id (``X-Request-ID``, from django-guid: taken
from the incoming header or generated, returned in the response and handed on
to the Celery tasks a request enqueues), and, inside a request, its path and
the user id once it is known. Each request ends with one line on the
``config.requests`` logger giving its method, path, status and duration.
"""

from __future__ import annotations

import contextvars
import logging
import logging.config
import time
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.utils.functional import empty
from django_guid import get_guid
from pythonjsonlogger.core import RESERVED_ATTRS

REQUEST_LOGGER = "config.requests"
# Load balancers probe these every few seconds; a passing probe is logged at DEBUG only.
PROBE_PREFIX = "/health/"
_current_request: contextvars.ContextVar[HttpRequest | None] = contextvars.ContextVar(
    "current_request", default=None
)
request_log = logging.getLogger(REQUEST_LOGGER)


def known_user_id(request: HttpRequest) -> int | None:
    """The id of the request's user if it has been looked up already, else None.

    Never triggers the look-up itself: a log line must not cost a query, nor
    change the queries a view makes.
    """
    user = request.__dict__.get("user")
    if user is None or getattr(user, "_wrapped", None) is empty:
        return None
    return user.pk if user.is_authenticated else None


class RequestContextFilter(logging.Filter):
    """Adds ``request_id`` to every record, and ``path`` and ``user_id`` inside a request."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = get_guid()
        # Django's own request records (django.request, django.server) carry the
        # request and are written after the middleware has finished.
        request = getattr(record, "request", None)
        if not isinstance(request, HttpRequest):
            request = _current_request.get()
        if request is not None:
            if not hasattr(record, "path"):
                record.path = request.path
            if not hasattr(record, "user_id") and (user_id := known_user_id(request)):
                record.user_id = user_id
        return True


class DropMessages(logging.Filter):
    """Drops records whose message starts with one of ``prefixes``: known-harmless noise."""

    def __init__(self, prefixes: list[str]) -> None:
        super().__init__()
        self.prefixes = tuple(prefixes)

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith(self.prefixes)


class RequestLogMiddleware:
    """Logs one line per request: method, path, status, duration in milliseconds, user id.

    Passing health probes are logged at DEBUG, so they do not drown the rest.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        token = _current_request.set(request)
        started = time.perf_counter()
        try:
            response = self.get_response(request)
            duration = round((time.perf_counter() - started) * 1000, 1)
            probe = request.path.startswith(PROBE_PREFIX) and response.status_code < 400
            request_log.log(
                logging.DEBUG if probe else logging.INFO,
                "%s %s %s",
                request.method,
                request.path,
                response.status_code,
                extra={
                    "method": request.method,
                    "status": response.status_code,
                    "duration": duration,
                    "user_id": known_user_id(request),
                },
            )
            return response
        finally:
            _current_request.reset(token)


def logging_config(*, json: bool, level: str, embedded_broker: bool) -> dict:
    """The ``LOGGING`` dict: JSON lines when ``json``, else text; each record written once.

    Django adds its own console handler to the ``django`` and ``py.warnings``
    loggers; they are removed here so that records reach the console once,
    through the root logger.
    """
    filters: dict = {"context": {"()": RequestContextFilter}}
    if embedded_broker:
        # kombu warns that the filesystem:// URL names no host; it needs none.
        filters["harmless"] = {"()": DropMessages, "prefixes": ["No hostname was supplied"]}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": filters,
        "formatters": {
            "text": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
            "json": {
                "()": "pythonjsonlogger.json.JsonFormatter",
                "fmt": "%(levelname)s %(name)s %(message)s",
                "rename_fields": {"levelname": "level", "name": "logger", "status_code": "status"},
                "timestamp": "time",
                # The request object itself: its path and user are fields of their own.
                "reserved_attrs": [*RESERVED_ATTRS, "request", "server_time"],
            },
        },
        "handlers": {
            "console": {
                "class": "logging.StreamHandler",
                "formatter": "json" if json else "text",
                "filters": list(filters),
            }
        },
        "root": {"handlers": ["console"], "level": level},
        "loggers": {
            "django": {"handlers": [], "level": level, "propagate": True},
            # Python warnings, captured by Django, and gunicorn's own records: once,
            # through the root logger.
            "py.warnings": {"handlers": [], "propagate": True},
            "gunicorn.error": {"handlers": [], "level": level, "propagate": True},
            # Each request has its line from RequestLogMiddleware already.
            "gunicorn.access": {"handlers": [], "level": "WARNING", "propagate": True},
            # The development server prints each request itself.
            REQUEST_LOGGER: {"level": "INFO" if json else "WARNING"},
            # One line per task published or started, already in the request id.
            "django_guid": {"level": "WARNING"},
        },
    }


def configure(config: dict) -> None:
    """Apply ``LOGGING``, Python's warnings included (Django's ``LOGGING_CONFIG``; Celery's too).

    Warnings otherwise go to stderr as raw text, outside the JSON lines.
    """
    logging.config.dictConfig(config)
    logging.captureWarnings(True)
