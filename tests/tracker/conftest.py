import datetime

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.utils import timezone

from tests.tracker.smtp import Recorder, SMTPServer


@pytest.fixture
def smtp(settings):
    """A real SMTP server on a local port, with Django's SMTP backend pointed at it."""
    recorder = Recorder()
    with SMTPServer(recorder) as server:
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST = "127.0.0.1"
        settings.EMAIL_PORT = server.port
        settings.EMAIL_TIMEOUT = 2
        yield recorder


@pytest.fixture
def curator_group(transactional_db):
    """A transactional test starts from a flushed database: the "Curator" group the
    migrations made may be gone."""
    Group.objects.get_or_create(name="Curator")


@pytest.fixture(autouse=True)
def _reminder_settings(settings):
    # Curators are made by the dozen here; a fast hasher keeps the tests quick.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.TRACKER_BASE_URL = "https://tracker.example.org"
    settings.REMINDER_FOLLOW_UP_DAYS = [7, 30]
    settings.REMINDER_HEADS_UP_DAYS = 0
    settings.REMINDER_ESCALATION_AFTER_DAYS = 7
    settings.REMINDER_ESCALATION_GROUP = ""
    settings.REMINDER_RETRY_BASE_SECONDS = 60
    settings.REMINDER_MAX_ATTEMPTS = 3
    settings.REMINDER_LEASE_SECONDS = 300
    settings.REMINDER_SEND_DEADLINE_SECONDS = 240
    settings.REMINDER_REQUEUE_AFTER_SECONDS = 600
    settings.REMINDER_SMTP_DATA_TIMEOUT = 600


@pytest.fixture(autouse=True)
def _clock(request, today):
    """Every step of a test runs on ``today`` (noon, local time), the clock ticking on.

    Tests with real workers (marked ``services``) run in other processes that no
    fixture can move: they build their data relative to the real clock instead.
    """
    if request.node.get_closest_marker("services"):
        yield
        return
    noon = timezone.make_aware(datetime.datetime.combine(today, datetime.time(12)))
    with time_machine.travel(noon, tick=True):
        yield
