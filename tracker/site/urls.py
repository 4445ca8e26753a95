"""The public site's addresses; ``config.urls`` mounts them at / with the namespace "site"."""

from django.urls import path, register_converter

from tracker.site import calendars, views
from tracker.site.caching import cached
from tracker.site.feeds import ResolutionsFeed, SpeakerResolutionsFeed, TopicResolutionsFeed


class IdConverter:
    """A database id: 1 to 18 digits, so a longer number is a 404, never an overflow."""

    regex = "[0-9]{1,18}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value: int) -> str:
        return str(value)


register_converter(IdConverter, "id")
app_name = "site"

urlpatterns = [
    path("", views.home, name="home"),
    path("claims/", views.claim_list, name="claims"),
    path("claims/<id:pk>/", views.claim_redirect, name="claim-short"),
    path("claims/<id:pk>/<str:slug>/", views.claim_detail, name="claim"),
    path("speakers/", views.speaker_list, name="speakers"),
    path("speakers/<slug:slug>/", views.speaker_detail, name="speaker"),
    path("sources/<id:pk>/", views.source_detail, name="source"),
    path("topics/<slug:slug>/", views.topic_detail, name="topic"),
    path("feeds/resolutions.atom", cached(ResolutionsFeed()), name="resolutions-feed"),
    path(
        "speakers/<slug:slug>/resolutions.atom",
        cached(SpeakerResolutionsFeed()),
        name="speaker-resolutions-feed",
    ),
    path(
        "topics/<slug:slug>/resolutions.atom",
        cached(TopicResolutionsFeed()),
        name="topic-resolutions-feed",
    ),
    path("feeds/deadlines.ics", calendars.deadlines, name="deadlines-calendar"),
    path(
        "speakers/<slug:slug>/deadlines.ics",
        calendars.speaker_deadlines,
        name="speaker-deadlines-calendar",
    ),
    path(
        "topics/<slug:slug>/deadlines.ics",
        calendars.topic_deadlines,
        name="topic-deadlines-calendar",
    ),
]
