"""Redoc served so that it loads nothing from other hosts.

The Redoc bundle (from drf-spectacular-sidecar) shows its maker's logo from
their CDN in the sidebar. This view serves the same bundle with that one
address pointed at a logo served by the site; the fonts are set to the
reader's system fonts by ``tracker/static/tracker/redoc-init.js``.
"""

import functools

from django.contrib.staticfiles import finders
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpRequest, HttpResponse
from django.templatetags.static import static
from django.views.decorators.http import require_safe

BUNDLE = "drf_spectacular_sidecar/redoc/bundles/redoc.standalone.js"
REMOTE_LOGO = "https://cdn.redoc.ly/redoc/logo-mini.svg"
LOCAL_LOGO = "tracker/redoc-logo.svg"


@functools.lru_cache(maxsize=1)
def redoc_bundle_text() -> bytes:
    """The Redoc bundle with its logo served locally (read once per process)."""
    path = finders.find(BUNDLE)
    if path is None:
        raise ImproperlyConfigured(f"The Redoc bundle {BUNDLE} is missing: reinstall the sidecar.")
    with open(path, encoding="utf-8") as bundle:
        text = bundle.read()
    return text.replace(REMOTE_LOGO, static(LOCAL_LOGO)).encode()


@require_safe
def redoc_bundle(request: HttpRequest) -> HttpResponse:
    response = HttpResponse(redoc_bundle_text(), content_type="text/javascript; charset=utf-8")
    response["Cache-Control"] = "public, max-age=86400"
    return response
