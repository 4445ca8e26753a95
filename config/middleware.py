"""Lighter versions of third-party and Django middleware, with the same effect on every response.

Profiled over the API, building the Content-Security-Policy header was the
costliest middleware step of a request, and setting up the messages storage
one of the next: both work that gives the same result on almost every
response. Each class here keeps its parent's behaviour and skips only work
whose result is known.
"""

from __future__ import annotations

import functools

from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.middleware import CheckableLazyObject
from csp.middleware import CSPMiddleware as BaseCSPMiddleware
from csp.utils import build_policy
from django.conf import settings
from django.contrib.messages.middleware import MessageMiddleware as BaseMessageMiddleware
from django.contrib.messages.storage import default_storage
from django.core.signals import setting_changed
from django.http import HttpRequest, HttpResponseBase
from django.utils.functional import SimpleLazyObject, empty

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
