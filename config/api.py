"""The public API under /api/v1/, composed from each app's endpoints.

Each app registers its own endpoints (``claims.api.urls``, ``tracker.api_urls``);
only here are they put together, so ``claims`` needs nothing from ``tracker``
and ``tracker`` assembles nothing of ``claims``. ``config.urls`` mounts
``urlpatterns`` under /api/v1/ with the namespace "api-v1".
"""

from django.urls import re_path
from rest_framework import routers
from rest_framework.permissions import AllowAny

from claims.api import urls as claims_urls
from claims.api.base import ApiViewSetMixin
from claims.api.exceptions import not_found_view
from tracker import api_urls as tracker_urls


class ApiRoot(ApiViewSetMixin, routers.APIRootView):
    """The claims tracker's public API: claims, speakers and their track records."""

    permission_classes = [AllowAny]


router = routers.DefaultRouter()
router.APIRootView = ApiRoot
claims_urls.register_claims_endpoints(router)
tracker_urls.register_tracker_endpoints(router)

urlpatterns = [
    *tracker_urls.urlpatterns,
    *claims_urls.urlpatterns,
    *router.urls,
    re_path(r"^", not_found_view),  # anything else under /api/v1/: a JSON 404
]
