"""Redoc served so that it loads nothing from other hosts.

The Redoc bundle (from drf-spectacular-sidecar) shows its maker's logo from
their CDN in the sidebar. This view serves the same bundle with the site's own
logo, served by the site, in its place; the fonts are set to the reader's
system fonts by ``tracker/static/tracker/redoc-init.js``, so nothing is loaded
from elsewhere. The styles Redoc adds to the page carry the page's
Content-Security-Policy nonce (``tracker.site.policy``).
"""

import functools

from django.contrib.staticfiles import finders
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpRequest, HttpResponse
from django.templatetags.static import static
from django.views.decorators.http import require_safe

BUNDLE = "drf_spectacular_sidecar/redoc/bundles/redoc.standalone.js"
LOCAL_LOGO = "favicon.svg"  # the site's mark (config/static/)


def replacements() -> list[tuple[str, str]]:
    """What in the bundle is changed, each found exactly once: (text, replacement)."""
    return [
        # Redoc's maker's logo from their CDN: the site's own mark, served here.
        ("https://cdn.redoc.ly/redoc/logo-mini.svg", static(LOCAL_LOGO)),
        ('alt:"redocly logo"', 'alt:"Claims tracker"'),
        # The styles the bundle adds while it loads, before Redoc.init is given
        # the nonce, carry the nonce of the bundle's own <script> element.
        ("r.nc=void 0;", "r.nc=document.currentScript&&document.currentScript.nonce||void 0;"),
    ]


@functools.lru_cache(maxsize=1)
def redoc_bundle_text() -> bytes:
    """The Redoc bundle as the site serves it (read once per process).

    Raises ``ImproperlyConfigured`` when the bundle is missing or is not the
    one these replacements were written for.
    """
    path = finders.find(BUNDLE)
    if path is None:
        raise ImproperlyConfigured(f"The Redoc bundle {BUNDLE} is missing: reinstall the sidecar.")
    with open(path, encoding="utf-8") as bundle:
        text = bundle.read()
    for old, new in replacements():
        if text.count(old) != 1:
            raise ImproperlyConfigured(
                f"The Redoc bundle {BUNDLE} has changed: {old!r} is not in it once."
            )
        text = text.replace(old, new)
    return text.encode()


@require_safe
def redoc_bundle(request: HttpRequest) -> HttpResponse:
    response = HttpResponse(redoc_bundle_text(), content_type="text/javascript; charset=utf-8")
    response["Cache-Control"] = "public, max-age=86400"
    return response
