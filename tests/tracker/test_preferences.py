"""A reminder preference that could never reach anyone is refused with a message."""

import datetime
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse

from tests.factories import ClaimFactory, CuratorFactory
from tracker.models import Reminder, ReminderPreference
from tracker.services import reminders_sweep

pytestmark = pytest.mark.django_db
ADD = "admin:tracker_reminderpreference_add"


def _add(client, **data):
    body = {"enabled": "on", "channel": "email", "mode": "digest", **data}
    return client.post(reverse(ADD), body)


# (account e-mail, channel, webhook configured, accepted, why)
PREFERENCES = [
    ("", "email", False, False, "no address: no e-mail could reach the curator"),
    ("", "webhook", True, True, "the webhook needs no address"),
    ("ada@example.org", "webhook", False, False, "no webhook is configured on this site"),
    ("ada@example.org", "email", False, True, "an address and e-mail: reachable"),
]


@pytest.mark.parametrize("case", PREFERENCES, ids=[case[-1] for case in PREFERENCES])
def test_a_curator_sets_their_own_preference_only_when_it_can_reach_them(client, settings, case):
    email, channel, webhook, accepted, why = case
    settings.REMINDER_WEBHOOK_URL = "https://hooks.example.org/tracker" if webhook else ""
    curator = CuratorFactory(email=email)
    curator.user_permissions.add(
        *Group.objects.get(name="Curator").permissions.all()  # as the group gives them
    )
    client.force_login(curator)
    response = _add(client, channel=channel)
    assert (response.status_code == 302) is accepted, why
    assert ReminderPreference.objects.filter(user=curator).exists() is accepted
    if not accepted:
        text = response.content.decode()
        assert "no reminder could" in text, why


def test_an_administrator_setting_someone_elses_preference_is_refused_too(admin_client):
    curator = CuratorFactory(email="")
    response = _add(admin_client, user=curator.pk)
    assert response.status_code == 200
    assert "has no e-mail address" in response.content.decode()
    assert not ReminderPreference.objects.exists()
    assert _add(admin_client, user=curator.pk, enabled="").status_code == 302


def test_the_start_up_account_is_a_curator_with_an_address_and_is_reminded(settings, tmp_path):
    settings.VAR_DIR = tmp_path
    call_command("ensure_admin", stdout=io.StringIO())
    call_command("ensure_admin", stdout=io.StringIO())  # a second start changes nothing
    user = get_user_model().objects.get(username="admin")
    assert user.email == "admin@localhost"
    assert list(user.groups.values_list("name", flat=True)) == ["Curator"]
    claim = ClaimFactory(deadline=datetime.date(2026, 11, 1), assigned_curator=None)
    reminders_sweep(today=datetime.date(2026, 11, 26))
    assert Reminder.objects.filter(claim=claim, recipient=user).exists()
    preference = ReminderPreference.objects.get(user=user)
    preference.mode = "each"
    preference.save()
    call_command("ensure_admin", stdout=io.StringIO())
    assert ReminderPreference.objects.get(user=user).mode == "each"
