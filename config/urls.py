from django.contrib import admin
from django.http import HttpRequest, HttpResponseRedirect
from django.templatetags.static import static
from django.urls import include, path
from drf_spectacular.views import (
    SpectacularAPIView,
    SpectacularRedocView,
    SpectacularSwaggerSplitView,
)
from rest_framework.permissions import AllowAny

from config import api, health
from tracker.site.apidocs import redoc_bundle
from tracker.site.policy import api_docs_policy, redoc_policy

PUBLIC = {"permission_classes": [AllowAny], "authentication_classes": []}

admin.site.site_header = "Claims tracker"
admin.site.site_title = "Claims tracker"
admin.site.index_title = "Curation"
# "View site" in the admin leads to the public record.
admin.site.site_url = "/"


def favicon(request: HttpRequest) -> HttpResponseRedirect:
    """Browsers ask for /favicon.ico on every site; the icon itself is a static file."""
    return HttpResponseRedirect(static("favicon.ico"))


urlpatterns = [
    path("favicon.ico", favicon, name="favicon"),
    path("health/", health.EverythingView.as_view(), name="health"),
    path("health/live/", health.LivenessView.as_view(), name="health-live"),
    path("health/ready/", health.HealthView.as_view(), name="health-ready"),
    path("admin/", admin.site.urls),
    path("api/v1/", include((api.urlpatterns, "api-v1"))),
    path("api/schema/", SpectacularAPIView.as_view(**PUBLIC), name="api-schema"),
    path(
        "api/docs/",
        api_docs_policy(
            SpectacularSwaggerSplitView.as_view(
                url_name="api-schema", template_name="tracker/api/swagger_ui.html", **PUBLIC
            )
        ),
        name="api-docs",
    ),
    path(
        "api/redoc/",
        redoc_policy(
            SpectacularRedocView.as_view(
                url_name="api-schema", template_name="tracker/api/redoc.html", **PUBLIC
            )
        ),
        name="api-redoc",
    ),
    path("api/redoc/redoc.standalone.js", redoc_bundle, name="api-redoc-bundle"),
    path("", include("tracker.site.urls")),
]

handler404 = "tracker.site.views.not_found"
