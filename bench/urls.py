"""The project's URLs plus the competent DRF baseline under /drf/ (benchmark only)."""

from bench.drf_baseline import urlpatterns as drf_urlpatterns
from config.urls import urlpatterns as project_urlpatterns

urlpatterns = [*drf_urlpatterns, *project_urlpatterns]
