"""The Content-Security-Policy's exceptions, none of which lets a page talk to another host.

The site's policy (``CONTENT_SECURITY_POLICY`` in settings) allows only the
site itself, with no inline code. Two kinds of pages need more:

* the API's documentation: Redoc and Swagger UI, served from the site's own
  static files, style themselves inline, draw icons from ``data:`` URLs and
  (Redoc) start a worker from a ``blob:`` URL;
* the curators' admin and the API's browsable pages, whose templates (Django's,
  DRF's, django-simple-history's and the admin's status badges) carry inline
  ``style`` attributes. They may use inline styles; scripts stay the site's own.
"""

from csp.constants import SELF, UNSAFE_INLINE
from csp.decorators import csp_update
from csp.middleware import CSPMiddleware
from django.http import HttpRequest, HttpResponseBase

INLINE_STYLE_PREFIXES = ("/admin/", "/api/")

API_DOCS_POLICY = {
    "style-src": [UNSAFE_INLINE],
    "img-src": ["data:"],
    "worker-src": [SELF, "blob:"],
}
api_docs_policy = csp_update(API_DOCS_POLICY)


class SitePolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, letting the admin and the API's pages use inline styles."""

    def process_response(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> HttpResponseBase:
        inline_styles = request.path.startswith(INLINE_STYLE_PREFIXES)
        if inline_styles and getattr(response, "_csp_update", None) is None:
            response._csp_update = {"style-src": [UNSAFE_INLINE]}
        return super().process_response(request, response)
