"""The Content-Security-Policy's exceptions, none of which lets a page talk to another host.

The site's policy (``CONTENT_SECURITY_POLICY`` in settings) allows only the
site itself, with no inline code, on every page: the public pages, the
curators' admin, the browsable API and the API's documentation. The admin's
and the browsable API's templates that carried inline styles are overridden
(``config/templates/``) with classes from the site's stylesheets.

The API's documentation needs a little more: Redoc and Swagger UI draw icons
from ``data:`` URLs, and Redoc starts a worker from a ``blob:`` URL and adds
``<style>`` elements that carry the page's nonce.
"""

from csp.constants import NONCE, SELF
from csp.decorators import csp_update

API_DOCS_POLICY = {
    "img-src": ["data:"],
    "worker-src": [SELF, "blob:"],
}
api_docs_policy = csp_update(API_DOCS_POLICY)

# Redoc styles itself by adding <style> elements: each carries the page's
# nonce, which tracker/redoc-init.js hands to Redoc. Inline style attributes
# stay blocked.
REDOC_POLICY = {**API_DOCS_POLICY, "style-src": [NONCE]}
redoc_policy = csp_update(REDOC_POLICY)
