"""HTTP caching for the public pages and feeds: ETag, Last-Modified, 304s, Cache-Control.

As in the API (``claims.api.caching``): the ETag hashes the body as sent, so it
is right whatever changed, and Last-Modified, where a view knows it, is never
earlier than the start of today, because statuses are computed against today.
Pages are the same for every reader (no cookies, no per-user content), so
shared caches may keep them for a minute.
"""

import datetime
import functools
import hashlib
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.utils.cache import get_conditional_response
from django.utils.http import http_date

from claims.api.caching import last_modified_of

CACHE_CONTROL = "public, max-age=60"


def set_last_modified(response: HttpResponse, updated: list[datetime.datetime]) -> None:
    """Record on ``response`` the change times it was built from (for ``cached``)."""
    response.last_modified_at = last_modified_of([time for time in updated if time])


def cached(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Give a successful GET/HEAD response its validators and answer 304 when they match."""

    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        response = view(request, *args, **kwargs)
        if request.method not in ("GET", "HEAD") or response.status_code != 200:
            return response
        if hasattr(response, "render") and not response.is_rendered:
            response.render()
        response["Cache-Control"] = CACHE_CONTROL
        etag = '"' + hashlib.blake2b(response.content, digest_size=16).hexdigest() + '"'
        response["ETag"] = etag
        modified = getattr(response, "last_modified_at", None)
        timestamp = int(modified.timestamp()) if modified else None
        if timestamp is not None:
            response["Last-Modified"] = http_date(timestamp)
        return get_conditional_response(
            request, etag=etag, last_modified=timestamp, response=response
        )

    return wrapper
