"""Routes of the claims, sources and topics endpoints.

``config.api`` composes them with the other apps' endpoints into the API under /api/v1/.
"""

from rest_framework.routers import BaseRouter

from claims.api.views import ClaimViewSet, SourceViewSet, TopicViewSet


def register_claims_endpoints(router: BaseRouter) -> None:
    """Register the viewsets that routers route: ``claims``, ``sources`` and ``topics``."""
    router.register("claims", ClaimViewSet, basename="claim")
    router.register("sources", SourceViewSet, basename="source")
    router.register("topics", TopicViewSet, basename="topic")


# Routes a router does not make (none so far); mounted before the router's own.
urlpatterns: list = []
