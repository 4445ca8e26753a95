import datetime

import pytest
from django.core.exceptions import ImproperlyConfigured

from tracker.reminders.rounds import Round, RoundPlan

TODAY = datetime.date(2026, 11, 26)
PLAN = RoundPlan(heads_up_days=3, follow_up_days=(7, 30), escalation_after_days=7)


def overdue(days: int) -> datetime.date:
    return TODAY - datetime.timedelta(days=days)


@pytest.mark.parametrize(
    ("days_overdue", "expected"),
    [
        (-4, None),
        (-3, Round("heads-up", -3)),
        (0, Round("heads-up", -3)),
        (1, Round("first-notice", 1)),
        (6, Round("first-notice", 1)),
        (7, Round("follow-up-7", 7)),
        (29, Round("follow-up-7", 7)),
        (30, Round("follow-up-30", 30)),
        (400, Round("follow-up-30", 30)),
    ],
)
def test_the_curator_round_is_the_latest_one_reached(days_overdue, expected):
    assert PLAN.curator_round(overdue(days_overdue), TODAY) == expected


def test_no_heads_up_when_it_is_switched_off():
    plan = RoundPlan(heads_up_days=0, follow_up_days=(7, 30), escalation_after_days=7)
    assert plan.curator_round(TODAY, TODAY) is None
    assert plan.latest_deadline(TODAY) == overdue(1)


def test_escalation_comes_after_the_last_follow_up():
    assert PLAN.escalation_round(overdue(36), TODAY) is None
    assert PLAN.escalation_round(overdue(37), TODAY) == Round("escalation", 37)
    assert Round("escalation", 37).due_on(overdue(40)) == overdue(3)


def test_follow_up_days_must_be_positive(settings):
    settings.REMINDER_FOLLOW_UP_DAYS = [7, 0]
    with pytest.raises(ImproperlyConfigured, match="REMINDER_FOLLOW_UP_DAYS"):
        RoundPlan.from_settings()


def test_follow_up_days_are_sorted_and_deduplicated(settings):
    settings.REMINDER_FOLLOW_UP_DAYS = [30, 7, 7]
    assert RoundPlan.from_settings().follow_up_days == (7, 30)
