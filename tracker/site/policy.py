"""The Content-Security-Policy's one exception: the API's documentation pages.

The site's policy (``CONTENT_SECURITY_POLICY`` in settings) allows only the
site itself. Redoc and Swagger UI, served from the site's own static files,
also need inline styles (their components style themselves), images from
``data:`` URLs (their icons) and, for Redoc, a worker started from a ``blob:``
URL. None of these lets a page talk to another host.
"""

from csp.constants import SELF, UNSAFE_INLINE
from csp.decorators import csp_update

API_DOCS_POLICY = {
    "style-src": [UNSAFE_INLINE],
    "img-src": ["data:"],
    "worker-src": [SELF, "blob:"],
}
api_docs_policy = csp_update(API_DOCS_POLICY)
