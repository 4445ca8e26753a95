"""Which rounds a claim owes on a given day, and to whom.

Everything here is computed from a claim's deadline and ``today``, never from
what happened since the previous run: a run after days without one owes exactly
what a daily run would owe today.
"""

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ImproperlyConfigured
from django.db.models import Q

from tracker.models import Channel, DeliveryMode, ReminderPreference

CURATOR_GROUP = "Curator"
HEADS_UP = "heads-up"
FIRST_NOTICE = "first-notice"
ESCALATION = "escalation"


@dataclass(frozen=True)
class Round:
    """A round of reminding; ``offset_days`` counts from the deadline (negative: before it)."""

    name: str
    offset_days: int

    def due_on(self, deadline: datetime.date) -> datetime.date:
        return deadline + datetime.timedelta(days=self.offset_days)


@dataclass(frozen=True)
class RoundPlan:
    """The rounds configured in settings."""

    heads_up_days: int
    follow_up_days: tuple[int, ...]
    escalation_after_days: int

    @classmethod
    def from_settings(cls) -> "RoundPlan":
        follow_ups = tuple(sorted(set(settings.REMINDER_FOLLOW_UP_DAYS)))
        if any(days < 1 for days in follow_ups):
            raise ImproperlyConfigured(
                f"REMINDER_FOLLOW_UP_DAYS must hold positive numbers of days, not {follow_ups}."
            )
        return cls(
            heads_up_days=settings.REMINDER_HEADS_UP_DAYS,
            follow_up_days=follow_ups,
            escalation_after_days=settings.REMINDER_ESCALATION_AFTER_DAYS,
        )

    @property
    def escalation_day(self) -> int:
        """Days after the deadline when a still unresolved claim escalates."""
        last = self.follow_up_days[-1] if self.follow_up_days else 1
        return last + self.escalation_after_days

    def latest_deadline(self, today: datetime.date) -> datetime.date:
        """The latest deadline that can owe anything today (heads-ups look ahead)."""
        return today + datetime.timedelta(days=self.heads_up_days or -1)

    def curator_round(self, deadline: datetime.date, today: datetime.date) -> Round | None:
        """The latest curator round reached; earlier rounds never sent are superseded."""
        overdue = (today - deadline).days
        if overdue <= 0:
            if self.heads_up_days and -overdue <= self.heads_up_days:
                return Round(HEADS_UP, -self.heads_up_days)
            return None
        current = Round(FIRST_NOTICE, 1)
        for days in self.follow_up_days:
            if overdue >= days:
                current = Round(f"follow-up-{days}", days)
        return current

    def offset_days(self, name: str) -> int | None:
        """The offset of a curator round by its name (None: not a curator round)."""
        if name == HEADS_UP:
            return -self.heads_up_days
        if name == FIRST_NOTICE:
            return 1
        days = name.removeprefix("follow-up-")
        return int(days) if days != name and days.isdigit() else None

    def escalation_round(self, deadline: datetime.date, today: datetime.date) -> Round | None:
        if (today - deadline).days >= self.escalation_day:
            return Round(ESCALATION, self.escalation_day)
        return None


@dataclass(frozen=True)
class Recipient:
    user_id: int
    channel: str
    mode: str


def _recipient(user_id: int, preference: ReminderPreference | None) -> Recipient | None:
    if preference is None:
        return Recipient(user_id, Channel.EMAIL, DeliveryMode.DIGEST)
    if not preference.enabled:
        return None
    return Recipient(user_id, preference.channel, preference.mode)


def _reachable(users):
    """Active users whose channel can reach them (e-mail needs an address)."""
    no_email = Q(email="") & (
        Q(reminder_preference__isnull=True) | Q(reminder_preference__channel=Channel.EMAIL)
    )
    return users.filter(is_active=True).exclude(no_email).select_related("reminder_preference")


def _preference(user) -> ReminderPreference | None:
    try:
        return user.reminder_preference
    except ReminderPreference.DoesNotExist:
        return None


def _recipients(users) -> list[Recipient]:
    found = (_recipient(user.pk, _preference(user)) for user in _reachable(users).order_by("pk"))
    return [recipient for recipient in found if recipient is not None]


@dataclass
class Audience:
    """Who is reminded: opted-in curators, assigned curators, and the escalation recipients."""

    curators: list[Recipient]
    escalation: list[Recipient]
    assigned: dict[int, Recipient | None] = field(default_factory=dict)

    @classmethod
    def load(cls) -> "Audience":
        users = get_user_model().objects
        curators = users.filter(
            groups__name=CURATOR_GROUP,
            reminder_preference__enabled=True,
            reminder_preference__only_assigned=False,
        )
        group = settings.REMINDER_ESCALATION_GROUP
        admins = users.filter(groups__name=group) if group else users.filter(is_superuser=True)
        return cls(curators=_recipients(curators), escalation=_recipients(admins))

    def load_assigned(self, user_ids: Iterable[int]) -> None:
        """Look up, in one query, the assigned curators not seen yet."""
        missing = {pk for pk in user_ids if pk is not None and pk not in self.assigned}
        if not missing:
            return
        users = get_user_model().objects.filter(pk__in=missing)
        found = {r.user_id: r for r in _recipients(users)}
        self.assigned.update({pk: found.get(pk) for pk in missing})

    def for_claim(self, assigned_curator_id: int | None) -> list[Recipient]:
        """The assigned curator alone when they can be reached; else every opted-in curator."""
        recipient = self.assigned.get(assigned_curator_id) if assigned_curator_id else None
        return [recipient] if recipient else self.curators
