"""HTTP caching for API reads: ETag, Last-Modified, conditional GET and Cache-Control.

The ETag is computed before the response is built, from data that costs one
indexed read: the record's change counter (``claims.models.ChangeCounter``,
moved by database triggers on every write to a table behind the API), today's
date (statuses are computed against today, so a representation can change at
midnight without any row changing), the address asked for and what varies the
body (the renderer, whether the client is a curator). A conditional GET whose
``If-None-Match`` still holds is answered 304 without running the view. The
ETag is a strong validator for exactly that reason: while the counter, the day
and the address are the same, so is every byte of the body.

Last-Modified is given on a claim's detail: the latest change of the claim
(resolutions included), its speaker and its source, but never earlier than the
start of today. Lists have no Last-Modified: a claim leaving a list would not
move it forward.
"""

import datetime
import hashlib

from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date, parse_etags
from rest_framework.request import Request
from rest_framework.response import Response

from claims.models import ChangeCounter

ANONYMOUS_CACHE_CONTROL = "public, max-age=60"
AUTHENTICATED_CACHE_CONTROL = "private, no-store"


def start_of_today() -> datetime.datetime:
    today = timezone.localdate()
    return timezone.make_aware(datetime.datetime.combine(today, datetime.time.min))


def last_modified_of(updated: list[datetime.datetime]) -> datetime.datetime:
    """The Last-Modified time of a representation built from rows updated at ``updated``."""
    return max([start_of_today(), *updated])


def record_etag(request: Request, *, curator: bool) -> str:
    """The ETag of a read of ``request`` as things stand: one query, no view run.

    Raises nothing; the change counter row is created by the migration that
    adds the counter.
    """
    counter = ChangeCounter.objects.filter(name=ChangeCounter.RECORD).values_list(
        "value", flat=True
    )
    renderer = getattr(request, "accepted_renderer", None)
    parts = [
        str(counter.first()),
        timezone.localdate().isoformat(),
        request.build_absolute_uri(),
        getattr(renderer, "format", ""),
        "curator" if curator else "public",
    ]
    digest = hashlib.blake2b("\n".join(parts).encode(), digest_size=16).hexdigest()
    return f'"{digest}"'


def still_fresh(request: Request, etag: str) -> bool:
    """Whether ``If-None-Match`` names ``etag`` (or ``*``): the client's copy is current."""
    header = request.headers.get("If-None-Match")
    if not header:
        return False
    tags = parse_etags(header)
    return "*" in tags or etag in tags or f"W/{etag}" in tags


def _conditional(request: Request, etag: str, last_modified: datetime.datetime | None):
    def callback(response: HttpResponse) -> HttpResponse | None:
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
    request: Request,
    response: Response,
    etag: str | None,
    last_modified: datetime.datetime | None = None,
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
    if etag is None:
        return response
    if response.status_code == 304:
        response["ETag"] = etag
    elif response.status_code == 200 and hasattr(response, "add_post_render_callback"):
        # If-Modified-Since (a claim's detail) is judged once the response is built.
        response.add_post_render_callback(_conditional(request._request, etag, last_modified))
    return response
