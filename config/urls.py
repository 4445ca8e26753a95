from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView
from rest_framework.permissions import AllowAny

from tracker import api as tracker_api

PUBLIC = {"permission_classes": [AllowAny], "authentication_classes": []}

admin.site.site_header = "Claims tracker"
admin.site.site_title = "Claims tracker"
admin.site.index_title = "Curation"

urlpatterns = [
    path("", RedirectView.as_view(url="/admin/", permanent=False)),
    path("admin/", admin.site.urls),
    path("api/v1/", include((tracker_api.urlpatterns, "api-v1"))),
    path("api/schema/", SpectacularAPIView.as_view(**PUBLIC), name="api-schema"),
    path(
        "api/docs/",
        SpectacularSwaggerView.as_view(url_name="api-schema", **PUBLIC),
        name="api-docs",
    ),
    path(
        "api/redoc/",
        SpectacularRedocView.as_view(url_name="api-schema", **PUBLIC),
        name="api-redoc",
    ),
]
