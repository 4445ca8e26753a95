"""Routes of the claims, sources and topics endpoints.

The API's URL configuration (with the speakers, which need ``tracker``) is
assembled in ``tracker.api`` and mounted under /api/v1/ by ``config.urls``.
"""

from rest_framework.routers import BaseRouter

from claims.api.views import ClaimViewSet, SourceViewSet, TopicViewSet


def register_claims_endpoints(router: BaseRouter) -> None:
    router.register("claims", ClaimViewSet, basename="claim")
    router.register("sources", SourceViewSet, basename="source")
    router.register("topics", TopicViewSet, basename="topic")
