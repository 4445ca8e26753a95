"""gunicorn's settings for the web processes: ``gunicorn -c python:config.gunicorn config.wsgi``.

gunicorn's own records (start, stop, a worker timing out) go through the
project's ``LOGGING`` like every other record: JSON lines in production.
"""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

from django.conf import settings

logconfig_dict = settings.LOGGING
