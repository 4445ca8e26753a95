import datetime
from io import StringIO

import pytest
from django.core import mail
from django.core.management import CommandError, call_command

from tests.factories import ClaimFactory
from tests.tracker.factories import opted_in_curator
from tracker.models import Reminder, ReminderState

pytestmark = pytest.mark.django_db


def run(*args) -> str:
    out = StringIO()
    call_command("send_reminders", *args, stdout=out)
    return out.getvalue()


def test_a_dry_run_shows_who_would_be_told_what_and_records_nothing(today):
    curator = opted_in_curator()
    claim = ClaimFactory(deadline=today - datetime.timedelta(days=8))

    output = run("--dry-run", "--today", today.isoformat())

    assert output.splitlines() == [
        f"{curator.username} by email: follow-up after 7 days - claim {claim.pk} "
        f"(deadline {claim.deadline}): {claim.statement}",
        "Dry run: 1 reminders would be recorded; nothing was sent.",
    ]
    assert not Reminder.objects.exists()
    assert mail.outbox == []


def test_one_run_sweeps_and_sends_everything_without_celery(today):
    opted_in_curator()
    opted_in_curator()
    ClaimFactory.create_batch(2, deadline=today - datetime.timedelta(days=1))

    output = run("--today", today.isoformat())
    again = run("--today", today.isoformat())

    assert len(mail.outbox) == 2
    assert {len(message.alternatives) for message in mail.outbox} == {1}
    assert Reminder.objects.filter(state=ReminderState.SENT).count() == 4
    assert output.startswith("4 reminders owed today, 2 new deliveries; 2 deliveries attempted")
    assert again.startswith("4 reminders owed today, 0 new deliveries; 0 deliveries attempted")


def test_a_malformed_date_is_a_clear_error():
    with pytest.raises(CommandError, match="--today must be a date like"):
        run("--today", "next tuesday")
