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
from typing import Any

from django.conf import settings
from django.db.models import BigIntegerField
from django.db.models.expressions import RawSQL
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date, parse_etags
from rest_framework.renderers import JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response

from claims.models import ChangeCounter
from claims.statements import fetch_all

ANONYMOUS_CACHE_CONTROL = "public, max-age=60"
AUTHENTICATED_CACHE_CONTROL = "private, no-store"
VARY = ("Accept", "Authorization", "Cookie")
# Read on every API GET: hand-written, as building it through the ORM cost
# several times what running it does. The table name comes from the model.
COUNTER_SQL = f"SELECT value FROM {ChangeCounter._meta.db_table} WHERE name = %s"  # noqa: S608
# ``record_etag``'s count when the counter is still to be read.
UNREAD = object()
# The name of the counter's column when a page reads it with its rows.
CHANGE_COUNT = "change_count_"


def change_count_column() -> RawSQL:
    """The change counter as a column, read in the same statement as a page's rows."""
    # Fixed SQL, the table name from the model; the counter's name is a parameter.
    return RawSQL(COUNTER_SQL, [ChangeCounter.RECORD], output_field=BigIntegerField())  # noqa: S611


def start_of_today() -> datetime.datetime:
    today = timezone.localdate()
    return timezone.make_aware(datetime.datetime.combine(today, datetime.time.min))


def last_modified_of(updated: list[datetime.datetime]) -> datetime.datetime:
    """The Last-Modified time of a representation built from rows updated at ``updated``."""
    return max([start_of_today(), *updated])


def change_count() -> int | None:
    """The record's change counter now (None if its row is missing): one indexed read."""
    rows = fetch_all(COUNTER_SQL, [ChangeCounter.RECORD])
    return rows[0][0] if rows else None


def record_etag(
    request: Request | HttpRequest,
    *,
    curator: bool,
    format: str | None = None,
    count: int | object | None = UNREAD,
) -> str:
    """The ETag of a read of ``request`` as things stand: one query, no view run.

    ``format`` is the renderer's (``json``, ``api``); by default the one DRF
    negotiated for ``request``. ``count`` is the change counter when the caller
    read it already (with the data the response is built from); else it is read
    here. Raises nothing; the change counter row is created by the migration
    that adds the counter.
    """
    if format is None:
        format = getattr(getattr(request, "accepted_renderer", None), "format", "")
    parts = [
        str(change_count() if count is UNREAD else count),
        timezone.localdate().isoformat(),
        request.build_absolute_uri(),
        format,
        "curator" if curator else "public",
    ]
    digest = hashlib.blake2b("\n".join(parts).encode(), digest_size=16).hexdigest()
    return f'"{digest}"'


def _asks_for_json(request: HttpRequest) -> bool:
    """Whether DRF would pick the JSON renderer: no ``format``, and JSON or anything accepted."""
    accept = request.headers.get("Accept", "*/*").replace(" ", "")
    return "format" not in request.GET and accept in ("*/*", "application/json")


def _anonymous(request: HttpRequest) -> bool:
    """No credentials of any kind: neither a token nor a session cookie."""
    return "Authorization" not in request.headers and (
        settings.SESSION_COOKIE_NAME not in request.COOKIES
    )


def anonymous_json_read(request: HttpRequest) -> bool:
    """A GET or HEAD without credentials for which DRF would render JSON."""
    return request.method in ("GET", "HEAD") and _anonymous(request) and _asks_for_json(request)


def early_not_modified(request: HttpRequest, allow: str) -> HttpResponse | None:
    """A 304 for an anonymous conditional GET of JSON whose ETag still holds; else None.

    Answered before DRF's request cycle (negotiation, authentication,
    permissions, the view): the same ETag and headers as the full path's 304
    (``allow`` is the endpoint's Allow header). Only exact tags qualify: a tag
    the API gave out for this very address (a 200 of it, read by an anonymous
    client under the same counter and day), so whatever the full path checks
    about the address held then and holds now. Anything else (credentials,
    another format, ``*``, a stale tag) is left to the full path, which
    answers it as before.
    """
    header = request.headers.get("If-None-Match")
    if not header or "*" in header or not anonymous_json_read(request):
        return None
    etag = record_etag(request, curator=False, format="json")
    if not still_fresh(request, etag):
        return None
    return _public_read_headers(_not_modified(), etag, allow)


def early_response(request: HttpRequest, data: Any, count: int | None, *, allow: str):
    """The 200 of an anonymous JSON read whose body ``data`` was read at change count ``count``.

    The bytes DRF's JSON renderer gives ``data`` and the headers the full path
    gives a public read (ETag, Allow, Cache-Control, Vary); or, when
    ``If-None-Match`` names that ETag (or is ``*``), the full path's 304.
    """
    etag = record_etag(request, curator=False, format="json", count=count)
    if still_fresh(request, etag):
        response = _not_modified()
    else:
        response = HttpResponse(JSONRenderer().render(data), content_type="application/json")
    return _public_read_headers(response, etag, allow)


def _not_modified() -> HttpResponse:
    response = HttpResponse(status=304)
    del response["Content-Type"]  # a 304 has no body, and DRF's says no type either
    return response


def _public_read_headers(response: HttpResponse, etag: str, allow: str) -> HttpResponse:
    response["ETag"] = etag
    response["Allow"] = allow
    response["Cache-Control"] = ANONYMOUS_CACHE_CONTROL
    patch_vary_headers(response, VARY)
    return response


def still_fresh(request: Request | HttpRequest, etag: str) -> bool:
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
    patch_vary_headers(response, VARY)
    if etag is None:
        return response
    if response.status_code == 304:
        response["ETag"] = etag
    elif response.status_code == 200 and hasattr(response, "add_post_render_callback"):
        # If-Modified-Since (a claim's detail) is judged once the response is built.
        response.add_post_render_callback(_conditional(request._request, etag, last_modified))
    return response
