"""Lighter versions of third-party and Django middleware, with the same effect on every response.

Profiled over the API, building the Content-Security-Policy header was the
costliest middleware step of a request, and setting up the messages storage
one of the next: both work that gives the same result on almost every
response. Each class here keeps its parent's behaviour and skips only work
whose result is known.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.middleware import CheckableLazyObject
from csp.middleware import CSPMiddleware as BaseCSPMiddleware
from csp.utils import build_policy
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.messages.middleware import MessageMiddleware as BaseMessageMiddleware
from django.contrib.messages.storage import default_storage
from django.core.exceptions import MiddlewareNotUsed
from django.core.signals import setting_changed
from django.http import HttpRequest, HttpResponseBase
from django.urls import Resolver404, get_resolver, get_urlconf
from django.utils.functional import SimpleLazyObject, empty
from django.utils.module_loading import import_string

from claims.api.caching import anonymous_json_read

# What a view's csp_update/csp_replace/csp decorators or csp_exempt leave on a response.
PER_RESPONSE_POLICY = (
    "_csp_config",
    "_csp_update",
    "_csp_replace",
    "_csp_config_ro",
    "_csp_update_ro",
    "_csp_replace_ro",
)
POLICY_SETTINGS = {"CONTENT_SECURITY_POLICY", "CONTENT_SECURITY_POLICY_REPORT_ONLY", "DEBUG"}
DEBUG_EXEMPT_STATUSES = (500, 404)


@functools.cache
def site_policies() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(header, policy, excluded path prefixes) for the policy and the report-only one."""
    found = []
    for header, setting, report_only in (
        (HEADER, "CONTENT_SECURITY_POLICY", False),
        (HEADER_REPORT_ONLY, "CONTENT_SECURITY_POLICY_REPORT_ONLY", True),
    ):
        policy = build_policy(report_only=report_only)
        prefixes = (getattr(settings, setting, None) or {}).get("EXCLUDE_URL_PREFIXES") or ()
        found.append((header, policy, tuple(prefixes)))
    return tuple(found)


def _forget_policies(*, setting: str, **kwargs) -> None:
    if setting in POLICY_SETTINGS:
        site_policies.cache_clear()


setting_changed.connect(_forget_policies)


class CSPMiddleware(BaseCSPMiddleware):
    """django-csp's middleware, building the site's policy once per process.

    A response whose view set a policy of its own (``csp_update`` and the
    like) or whose page used a nonce is handled by django-csp itself; for every
    other response the header is the one django-csp would build, built once.
    """

    def process_response(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> HttpResponseBase:
        nonce_used = getattr(request, "_csp_nonce", None) is not None
        if nonce_used or any(hasattr(response, name) for name in PER_RESPONSE_POLICY):
            return super().process_response(request, response)
        if response.status_code in DEBUG_EXEMPT_STATUSES and settings.DEBUG:
            return response
        exempt = (
            getattr(response, "_csp_exempt", False) is not False,
            getattr(response, "_csp_exempt_ro", False) is not False,
        )
        for (header, policy, prefixes), is_exempt in zip(site_policies(), exempt, strict=True):
            excluded = is_exempt or request.path_info.startswith(prefixes)
            if policy and header not in response and not excluded:
                response[header] = policy
        # As django-csp: a nonce asked for after the header is written is an error.
        request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)
        return response


class MessageMiddleware(BaseMessageMiddleware):
    """Django's messages middleware, setting up the storage only when something uses it.

    An untouched storage has nothing to store at the end of the request, so
    skipping its ``update`` changes nothing; most API and page requests never
    touch it.
    """

    def process_request(self, request: HttpRequest) -> None:
        request._messages = SimpleLazyObject(lambda: default_storage(request))

    def process_response(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> HttpResponseBase:
        messages = getattr(request, "_messages", None)
        if isinstance(messages, SimpleLazyObject) and messages._wrapped is empty:
            return response
        return super().process_response(request, response)


# Middleware that may stand below EarlyApiAnswerMiddleware. Each either adds
# headers to every response, applied to an early answer by the same method
# (``process_response``), or does nothing to an anonymous GET's response: no
# session or messages to save, no CSRF cookie to set, no user to record. Any
# other middleware below it turns early answers off, as its effect is unknown.
HEADER_MIDDLEWARE = (
    "django.middleware.common.CommonMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "config.middleware.CSPMiddleware",
)
NO_EFFECT_ON_ANONYMOUS_READS = (
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "config.middleware.MessageMiddleware",
    "claims.history.WritePathMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
)


@functools.lru_cache(maxsize=4096)
def _resolved(urlconf: str, path: str) -> tuple[Callable, tuple, dict] | None:
    """``path``'s view, args and kwargs under ``urlconf`` (None if nothing matches)."""
    try:
        match = get_resolver(urlconf).resolve(path)
    except Resolver404:
        return None
    return match.func, match.args, match.kwargs


def _forget_resolutions(*, setting: str, **kwargs) -> None:
    if setting == "ROOT_URLCONF":
        _resolved.cache_clear()


setting_changed.connect(_forget_resolutions)


class EarlyApiAnswerMiddleware:
    """Anonymous API reads answered before the session and authentication middleware.

    An API view built by ``claims.api.base.ApiViewSetMixin`` can answer some
    anonymous JSON reads without DRF's request cycle (a 304 whose ETag holds,
    a speaker's track record). Standing above the session, CSRF,
    authentication and messages middleware, which have nothing to do for such
    a request, this gives those answers before them, with the headers the
    middleware below would add (Content-Length, X-Frame-Options, the
    Content-Security-Policy), so that an early answer is the full path's
    header for header. Any request it does not answer goes on down the stack
    unchanged. Off with ``API_EARLY_ANSWERS=false``.

    Raises ``MiddlewareNotUsed`` (Django then leaves it out) when a middleware
    below it is one whose effect on a response it does not know.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response
        below = _middleware_below(f"{__name__}.{type(self).__name__}")
        unknown = [
            path for path in below if path not in HEADER_MIDDLEWARE + NO_EFFECT_ON_ANONYMOUS_READS
        ]
        if unknown or not getattr(settings, "API_EARLY_ANSWERS", True):
            raise MiddlewareNotUsed
        self.header_steps = [
            import_string(path)(get_response).process_response
            for path in reversed(below)
            if path in HEADER_MIDDLEWARE
        ]

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = None
        if settings.API_EARLY_ANSWERS and anonymous_json_read(request):
            response = self.early_answer(request)
        if response is None:
            return self.get_response(request)
        for step in self.header_steps:
            response = step(request, response)
        return response

    def early_answer(self, request: HttpRequest) -> HttpResponseBase | None:
        found = _resolved(get_urlconf() or settings.ROOT_URLCONF, request.path_info)
        answer_early = getattr(found[0], "answer_early", None) if found else None
        if answer_early is None:
            return None
        _view, args, kwargs = found
        request.user = AnonymousUser()  # what authentication makes of no credentials
        response = answer_early(request, *args, **kwargs)
        if response is None:
            del request.user  # the authentication middleware's to set
        return response


def _middleware_below(path: str) -> list[str]:
    middleware = list(settings.MIDDLEWARE)
    return middleware[middleware.index(path) + 1 :] if path in middleware else []
