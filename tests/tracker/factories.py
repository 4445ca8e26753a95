"""Factories and small helpers for the tracker's tests."""

import datetime

import factory
from django.utils import timezone

from tests.factories import CuratorFactory
from tracker.models import Channel, DeliveryMode, ReminderPreference
from tracker.services import delivery_process_next


class ReminderPreferenceFactory(factory.django.DjangoModelFactory):
    """A curator who opted in to reminders (e-mail digest unless told otherwise)."""

    class Meta:
        model = ReminderPreference

    user = factory.SubFactory(CuratorFactory)
    enabled = True
    channel = Channel.EMAIL
    mode = DeliveryMode.DIGEST


def opted_in_curator(**preference):
    return ReminderPreferenceFactory(**preference).user


def later(seconds: float) -> datetime.datetime:
    """The moment ``seconds`` from now."""
    return timezone.now() + datetime.timedelta(seconds=seconds)


def drain(**when) -> int:
    """Process ready deliveries one by one until none is left; how many steps it took.

    ``when`` is passed to ``delivery_process_next`` (``now=`` or ``today=``).
    """
    steps = 0
    while delivery_process_next(**when):
        steps += 1
    return steps
