"""The lighter middleware gives every response exactly what its parent would."""

import re

import pytest
from csp.constants import NONCE, SELF
from csp.decorators import csp, csp_exempt, csp_replace, csp_update
from csp.middleware import CSPMiddleware as DjangoCSPMiddleware
from django.contrib import messages
from django.contrib.messages.middleware import MessageMiddleware as DjangoMessageMiddleware
from django.contrib.sessions.middleware import SessionMiddleware
from django.http import HttpResponse, HttpResponseNotFound
from django.test import RequestFactory
from django.utils.functional import empty

from config.middleware import CSPMiddleware, MessageMiddleware

NONCE_VALUE = re.compile(r"'nonce-[^']+'")
HEADERS = ("Content-Security-Policy", "Content-Security-Policy-Report-Only")


def plain(request):
    return HttpResponse("ok")


def not_found(request):
    return HttpResponseNotFound("no")


def with_header(request):
    response = HttpResponse("ok")
    response["Content-Security-Policy"] = "default-src 'none'"
    return response


def using_nonce(request):
    return HttpResponse(f"<style nonce='{request.csp_nonce}'></style>")


VIEWS = {
    "plain": plain,
    "404": not_found,
    "header already set": with_header,
    "nonce used": using_nonce,
    "csp_update": csp_update({"img-src": ["data:"]})(plain),
    "csp_update with nonce": csp_update({"style-src": [NONCE]})(using_nonce),
    "csp_replace": csp_replace({"script-src": None})(plain),
    "csp": csp({"default-src": [SELF], "img-src": ["https://example.org"]})(plain),
    "csp_exempt": csp_exempt()(plain),
    "csp_exempt report-only": csp_exempt(REPORT_ONLY=True)(plain),
    "csp_update report-only": csp_update({"img-src": ["data:"]}, REPORT_ONLY=True)(plain),
}
REPORT_ONLY = {"DIRECTIVES": {"default-src": [SELF], "report-uri": "/csp-report/"}}
SETTINGS = {
    "as configured": {},
    "with a report-only policy": {"CONTENT_SECURITY_POLICY_REPORT_ONLY": REPORT_ONLY},
    "excluding /api/": {
        "CONTENT_SECURITY_POLICY": {"DIRECTIVES": {"default-src": [SELF]}},
        "CONTENT_SECURITY_POLICY_REPORT_ONLY": {
            **REPORT_ONLY,
            "EXCLUDE_URL_PREFIXES": ["/api/"],
        },
    },
    "no policy": {"CONTENT_SECURITY_POLICY": None},
    "in DEBUG": {"DEBUG": True},
}
PATHS = ("/", "/api/v1/claims/")


def headers_from(middleware_class, view, path: str) -> dict:
    request = RequestFactory().get(path)
    middleware = middleware_class(view)
    response = middleware(request)
    # Nonces are random: compare where they are, not their values.
    return {name: NONCE_VALUE.sub("'nonce-*'", response.get(name) or "") for name in HEADERS}


@pytest.mark.parametrize("setting", SETTINGS)
@pytest.mark.parametrize("view", VIEWS)
@pytest.mark.parametrize("path", PATHS)
def test_the_policy_headers_are_django_csps_on_every_kind_of_response(
    settings, setting, view, path
):
    for name, value in SETTINGS[setting].items():
        setattr(settings, name, value)
    expected = headers_from(DjangoCSPMiddleware, VIEWS[view], path)
    assert headers_from(CSPMiddleware, VIEWS[view], path) == expected
    # Built once, then reused: the second response is the same.
    assert headers_from(CSPMiddleware, VIEWS[view], path) == expected


def test_a_changed_setting_changes_the_cached_policy(settings):
    before = headers_from(CSPMiddleware, plain, "/")
    settings.CONTENT_SECURITY_POLICY = {"DIRECTIVES": {"default-src": ["'none'"]}}
    after = headers_from(CSPMiddleware, plain, "/")
    assert before != after
    assert after["Content-Security-Policy"] == "default-src 'none'"


def test_a_nonce_asked_for_after_the_header_is_written_is_an_error():
    from csp.exceptions import CSPNonceError

    request = RequestFactory().get("/")
    CSPMiddleware(plain)(request)
    with pytest.raises(CSPNonceError):
        str(request.csp_nonce)


# --- messages ------------------------------------------------------------------
def adding(request):
    messages.success(request, "Saved.")
    return HttpResponse("ok")


def reading(request):
    return HttpResponse(" ".join(str(message) for message in messages.get_messages(request)))


def setting_level(request):
    messages.set_level(request, messages.DEBUG)
    messages.debug(request, "Debugging.")
    return HttpResponse("ok")


def untouched(request):
    return HttpResponse("ok")


MESSAGE_VIEWS = {"adding": adding, "reading": reading, "level": setting_level, "none": untouched}


def run_messages(middleware_class, view, cookies: dict) -> tuple:
    request = RequestFactory().get("/")
    request.COOKIES.update(cookies)
    response = SessionMiddleware(middleware_class(view))(request)
    cookie = response.cookies.get("messages")
    return response.content, cookie.value if cookie else None, cookie["max-age"] if cookie else None


@pytest.mark.django_db
@pytest.mark.parametrize("view", MESSAGE_VIEWS)
def test_messages_are_added_read_and_stored_as_with_djangos_middleware(view):
    # Messages a previous response left in the cookie, and none.
    request = RequestFactory().get("/")
    first = SessionMiddleware(DjangoMessageMiddleware(adding))(request)
    for cookies in ({}, {"messages": first.cookies["messages"].value}):
        expected = run_messages(DjangoMessageMiddleware, MESSAGE_VIEWS[view], cookies)
        assert run_messages(MessageMiddleware, MESSAGE_VIEWS[view], cookies) == expected


def test_an_untouched_storage_is_never_set_up():
    request = RequestFactory().get("/")
    SessionMiddleware(MessageMiddleware(untouched))(request)
    assert request._messages._wrapped is empty
