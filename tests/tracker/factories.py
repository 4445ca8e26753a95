"""Factories for the tracker's tests."""

import factory

from tests.factories import CuratorFactory
from tracker.models import Channel, DeliveryMode, ReminderPreference


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
