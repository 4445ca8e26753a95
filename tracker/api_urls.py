"""Routes of the speakers endpoints (speakers with their track records, and their claims).

``config.api`` composes them with the other apps' endpoints into the API under /api/v1/.
"""

from django.urls import path
from rest_framework.routers import BaseRouter

from tracker.api import SpeakerViewSet, speaker_claims


def register_tracker_endpoints(router: BaseRouter) -> None:
    """Register the viewsets that routers route: ``speakers`` (list, detail)."""
    router.register("speakers", SpeakerViewSet, basename="speaker")


# Routes a router does not make; mounted before the router's own.
urlpatterns = [
    path("speakers/<slug:slug>/claims/", speaker_claims, name="speaker-claims"),
]
