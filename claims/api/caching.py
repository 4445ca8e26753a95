"""HTTP caching for API reads: ETag, Last-Modified, conditional GET and Cache-Control.

The ETag is a hash of the body as rendered, so it is right whatever changed
(a claim falling due at midnight included). Last-Modified is given on a
claim's detail: the latest change of the claim (resolutions included), its
speaker and its source, but never earlier than the start of today, because
statuses are computed against today and a representation can change at
midnight without any row changing. Lists have no Last-Modified: a claim leaving
a list would not move it forward.
"""

import datetime
import hashlib

from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date
from rest_framework.request import Request
from rest_framework.response import Response

ANONYMOUS_CACHE_CONTROL = "public, max-age=60"
AUTHENTICATED_CACHE_CONTROL = "private, no-store"


def start_of_today() -> datetime.datetime:
    today = timezone.localdate()
    return timezone.make_aware(datetime.datetime.combine(today, datetime.time.min))


def last_modified_of(updated: list[datetime.datetime]) -> datetime.datetime:
    """The Last-Modified time of a representation built from rows updated at ``updated``."""
    return max([start_of_today(), *updated])


def _conditional(request: Request, last_modified: datetime.datetime | None):
    def callback(response: HttpResponse) -> HttpResponse | None:
        etag = '"' + hashlib.blake2b(response.content, digest_size=16).hexdigest() + '"'
        response["ETag"] = etag
        timestamp = int(last_modified.timestamp()) if last_modified else None
        if timestamp is not None:
            response["Last-Modified"] = http_date(timestamp)
        not_modified = get_conditional_response(
            request, etag=etag, last_modified=timestamp, response=response
        )
        return None if not_modified is response else not_modified

    return callback


def apply_http_caching(
    request: Request, response: Response, last_modified: datetime.datetime | None = None
) -> Response:
    """Add Cache-Control, Vary and (for successful reads) ETag/Last-Modified with 304s."""
    if request.method not in ("GET", "HEAD") or response.status_code >= 400:
        response["Cache-Control"] = "no-store"
        return response
    authenticated = bool(request.user and request.user.is_authenticated)
    response["Cache-Control"] = (
        AUTHENTICATED_CACHE_CONTROL if authenticated else ANONYMOUS_CACHE_CONTROL
    )
    patch_vary_headers(response, ["Accept", "Authorization", "Cookie"])
    if response.status_code == 200 and hasattr(response, "add_post_render_callback"):
        response.add_post_render_callback(_conditional(request._request, last_modified))
    return response
