"""Which path a write came through, recorded on every history entry.

django-simple-history records who changed a row and when; the tracker also
wants to know *how* (the admin, the API, a management command, a Celery task,
an importer...). A context variable carries that label from the entry point to
the moment the historical row is written, so the service layer does not need to
thread it through every call.
"""

import contextlib
from collections.abc import Callable, Iterator
from contextvars import ContextVar

from django.db import models
from django.http import HttpRequest, HttpResponse

_write_path: ContextVar[str] = ContextVar("write_path", default="code")


def current_write_path() -> str:
    return _write_path.get()


@contextlib.contextmanager
def write_path(label: str) -> Iterator[None]:
    """Label every history entry written inside the block with ``label``."""
    token = _write_path.set(label)
    try:
        yield
    finally:
        _write_path.reset(token)


class HistoryPathModel(models.Model):
    """Abstract base for historical models: adds the write path column."""

    # A callable default is evaluated when simple-history builds the historical
    # row, for single saves and for bulk_create_with_history alike.
    history_path = models.CharField(max_length=40, default=current_write_path)

    class Meta:
        abstract = True


def path_for_request(path: str) -> str:
    if path.startswith("/admin/"):
        return "admin"
    if path.startswith("/api/"):
        return "api"
    return "web"


class WritePathMiddleware:
    """Labels writes made while serving a request by the part of the site serving it."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        with write_path(path_for_request(request.path)):
            return self.get_response(request)
