"""What every API view shares: authentication, permissions, throttles, input hygiene, caching."""

import functools
from typing import Any

from django.conf import settings
from django.http import HttpResponse
from rest_framework import exceptions, viewsets
from rest_framework.authentication import SessionAuthentication, TokenAuthentication
from rest_framework.response import Response

from claims.api.caching import (
    UNREAD,
    apply_http_caching,
    early_not_modified,
    early_response,
    record_etag,
    still_fresh,
)
from claims.api.caching import (
    anonymous_json_read as _anonymous_json_read,
)
from claims.api.exceptions import BadParameter
from claims.api.permissions import PublicReadCuratorWrite, is_curator
from claims.api.throttling import AnonymousThrottle, AuthenticatedThrottle

# Set on a request once its early answer was looked for, so it is looked for once.
EARLY_ANSWER_TRIED = "_api_early_answer_tried"


def reject_nul_characters(query_params) -> None:
    """NUL characters cannot be stored or compared by PostgreSQL: refuse them up front."""
    for key, values in query_params.lists():
        if "\x00" in key:
            raise BadParameter("query", "Query parameter names must not contain NUL characters.")
        if any("\x00" in value for value in values):
            raise BadParameter(key, "Must not contain NUL characters.")


def _bad_text(text: str) -> str | None:
    if "\x00" in text:
        return "Must not contain NUL characters."
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "Must be valid Unicode text (no unpaired surrogates)."
    return None


def reject_unstorable_text(data: Any, path: str = "") -> None:
    """Refuse text the database cannot store (NUL, lone surrogates), naming where it is."""
    if isinstance(data, str):
        problem = _bad_text(data)
        if problem:
            raise exceptions.ValidationError({path or "body": [problem]})
    elif isinstance(data, dict):
        for key, value in data.items():
            problem = _bad_text(str(key))
            if problem:
                raise exceptions.ValidationError({path or "body": [f"A key: {problem}"]})
            reject_unstorable_text(value, f"{path}.{key}" if path else str(key))
    elif isinstance(data, list):
        for index, item in enumerate(data):
            reject_unstorable_text(item, f"{path}[{index}]")


class ApiViewSetMixin:
    """Public reads, curator writes, throttled, with HTTP caching on reads."""

    # Token first: an anonymous write is then told how to authenticate (401).
    authentication_classes = [TokenAuthentication, SessionAuthentication]
    permission_classes = [PublicReadCuratorWrite]
    throttle_classes = [AnonymousThrottle, AuthenticatedThrottle]

    etag: str | None = None
    # Actions whose view reads the change counter in the same statement as its
    # data and keeps it in ``change_count``. A request without If-None-Match has
    # nothing to be answered before the view, so its ETag is made afterwards
    # from that count: one round trip fewer. A conditional request reads the
    # counter first, as every other.
    counts_changes_with_data: tuple[str, ...] = ()
    etag_after_view = False
    change_count: int | object | None = UNREAD

    @classmethod
    def as_view(cls, *args, **initkwargs):
        """DRF's view, behind a check that answers an anonymous JSON read at once when it can.

        A conditional GET whose ETag holds is most of a polling client's
        traffic; answering it before DRF's request cycle makes it a fraction
        of a full read (``claims.api.caching.early_not_modified``). An action
        with an ``early_read`` is answered the same way. Both are throttled
        like any other request; ``API_EARLY_ANSWERS=false`` turns both off.
        The returned view carries the check as ``answer_early(request, *args,
        **kwargs)``, so that a middleware can give the answer before the
        session and authentication middleware run
        (``config.middleware.EarlyApiAnswerMiddleware``).
        """
        view = super().as_view(*args, **initkwargs)
        actions = getattr(view, "actions", None) or {}

        def answer_early(request, *view_args, **view_kwargs) -> HttpResponse | None:
            setattr(request, EARLY_ANSWER_TRIED, True)
            if not settings.API_EARLY_ANSWERS:
                return None
            answer = early_not_modified(request, _allow_header(view))
            if answer is None and _anonymous_json_read(request):
                action = actions.get(request.method.lower()) or actions.get("get")
                read = cls.early_read(request, action, view_kwargs)
                if read is not None:
                    answer = early_response(request, *read, allow=_allow_header(view))
            if answer is not None and _throttles_allow(cls, request):
                return answer
            return None

        @functools.wraps(view)
        def conditional_view(request, *view_args, **view_kwargs):
            if not getattr(request, EARLY_ANSWER_TRIED, False):
                answer = answer_early(request, *view_args, **view_kwargs)
                if answer is not None:
                    return answer
            return view(request, *view_args, **view_kwargs)

        conditional_view.answer_early = answer_early
        return conditional_view

    @classmethod
    def early_read(cls, request, action: str | None, kwargs: dict) -> tuple[Any, int] | None:
        """The body of an anonymous JSON read of ``action`` and the change counter it was read at.

        For the actions whose public representation is cheap to build outside
        DRF's request cycle: called for an anonymous GET or HEAD asking for
        JSON (``kwargs`` are the URL's), before authentication, negotiation
        and throttling. Returns None to leave the request to the full path
        (anything unusual: parameters, a format, a missing object), which
        then answers as it would have. The body must be exactly what the full
        path serialises; ``tests/api/test_http.py`` compares them.
        """
        return None

    def initial(self, request, *args, **kwargs) -> None:
        # A method the endpoint does not offer is a 405 for everyone, before
        # authentication could make it a 401 (DRF checks the handler only later).
        method = request.method.lower()
        if method not in self.http_method_names or not hasattr(self, method):
            raise exceptions.MethodNotAllowed(request.method)
        super().initial(request, *args, **kwargs)
        reject_nul_characters(request.query_params)
        if request.method in ("GET", "HEAD"):
            if getattr(self, "action", None) in self.counts_changes_with_data and (
                not request.headers.get("If-None-Match")
            ):
                self.etag_after_view = True
                return
            self.etag = record_etag(request, curator=self.curator)
            if still_fresh(request, self.etag):
                # Answer 304 instead of running the view: nothing behind it changed.
                setattr(self, request.method.lower(), self.not_modified)
        elif request.method != "OPTIONS":
            data = request.data
            reject_unstorable_text(data.dict() if hasattr(data, "dict") else data)

    def not_modified(self, request, *args, **kwargs) -> Response:
        return Response(status=304)

    @property
    def curator(self) -> bool:
        return is_curator(self.request.user)

    def last_modified(self, response):
        """The Last-Modified time of this response, when the view knows one."""
        return getattr(self, "_last_modified", None)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if self.etag_after_view and response.status_code < 400:
            # The counter the view read with its data (read now if it read none).
            self.etag = record_etag(request, curator=self.curator, count=self.change_count)
        return apply_http_caching(request, response, self.etag, self.last_modified(response))


class ReadOnlyApiViewSet(ApiViewSetMixin, viewsets.ReadOnlyModelViewSet):
    """A public list and detail."""


@functools.cache
def _allow_header(view) -> str:
    """The Allow header DRF gives ``view``'s responses (its methods, as DRF maps them)."""
    instance = view.cls(**view.initkwargs)
    for method, action in (getattr(view, "actions", None) or {}).items():
        setattr(instance, method, getattr(instance, action))
    if hasattr(instance, "get") and not hasattr(instance, "head"):
        instance.head = instance.get  # as Django's View.setup() and DRF's viewsets do
    return ", ".join(instance.allowed_methods)


def _throttles_allow(cls: type, request) -> bool:
    """Whether ``cls``'s throttles let ``request`` through (counting it, as DRF does)."""
    return all(throttle().allow_request(request, None) for throttle in cls.throttle_classes)
