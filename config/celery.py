"""The Celery application; tasks are discovered in the installed apps."""

import os

from celery import Celery
from celery.signals import setup_logging

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

app = Celery("tracker")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@setup_logging.connect
def configure_logging(**kwargs) -> None:
    """Workers and beat log as the web processes do (``LOGGING``), not in Celery's own format."""
    from django.conf import settings

    from config.logs import configure

    configure(settings.LOGGING)
