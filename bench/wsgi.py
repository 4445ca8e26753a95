"""WSGI entry points for the benchmark: the project with the DRF baseline mounted beside it.

    gunicorn bench.wsgi:application     (DJANGO_SETTINGS_MODULE=config.settings)

The project's URLs are served unchanged; ``/drf/`` adds ``bench.drf_baseline``.
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

from django.conf import settings
from django.core.wsgi import get_wsgi_application

application = get_wsgi_application()
settings.ROOT_URLCONF = "bench.urls"
