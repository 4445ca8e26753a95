"""What happens over time: reminders owed to curators and the deliveries that carry them.

A ``Reminder`` records that one recipient is owed one round of reminding about
one claim through one channel; the unique constraint makes the sweep that
inserts it idempotent. A ``Delivery`` is the unit that is claimed, sent, retried
and identified (its Message-ID): a digest groups many reminders, per-claim mode
one. Writes go through ``tracker.services``.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone

from claims.models import Claim


class Channel(models.TextChoices):
    EMAIL = "email", "e-mail"
    WEBHOOK = "webhook", "webhook"


class DeliveryMode(models.TextChoices):
    DIGEST = "digest", "one digest per run"
    EACH = "each", "one message per claim"


class DeliveryState(models.TextChoices):
    """Pending and retry deliveries wait for ``next_attempt_at``; sending ones hold a lease."""

    PENDING = "pending", "pending"
    SENDING = "sending", "sending"
    RETRY = "retry", "waiting to retry"
    SENT = "sent", "sent"
    DEAD = "dead", "dead"
    CANCELLED = "cancelled", "cancelled (nothing left to say)"
    # The message went out and the server's verdict never came: it may have been
    # delivered. Not retried on its own; a curator decides (re-send from the admin).
    UNKNOWN = "unknown", "outcome unknown"


class ReminderState(models.TextChoices):
    PENDING = "pending", "pending"
    SENT = "sent", "sent"
    DEAD = "dead", "dead"
    CANCELLED = "cancelled", "cancelled (no longer owed)"
    SUPERSEDED = "superseded", "superseded by a later round"
    UNKNOWN = "unknown", "outcome unknown"


def _in_choices(field: str, choices: type[models.TextChoices], name: str):
    return models.CheckConstraint(condition=Q(**{f"{field}__in": choices.values}), name=name)


class ReminderPreference(models.Model):
    """How one user wants to be reminded.

    Curators without one hear only about the claims assigned to them (by e-mail
    digest); an enabled one opts in to every unassigned claim too, unless
    ``only_assigned``; switching ``enabled`` off stops everything.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reminder_preference"
    )
    enabled = models.BooleanField(default=True, help_text="Receive resolution reminders.")
    channel = models.CharField(max_length=10, choices=Channel.choices, default=Channel.EMAIL)
    mode = models.CharField(
        max_length=10, choices=DeliveryMode.choices, default=DeliveryMode.DIGEST
    )
    only_assigned = models.BooleanField(
        default=False, help_text="Only about the claims assigned to me."
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            _in_choices("channel", Channel, "reminder_preference_channel_valid"),
            _in_choices("mode", DeliveryMode, "reminder_preference_mode_valid"),
        ]

    def __str__(self) -> str:
        state = "on" if self.enabled else "off"
        return f"{self.user}: {state}, {self.get_channel_display()}, {self.get_mode_display()}"

    def clean(self) -> None:
        """Refuse a preference that could never reach anyone (no address, no webhook)."""
        if not self.enabled or self.user_id is None:
            return
        if self.channel == Channel.EMAIL and not self.user.email:
            raise ValidationError(
                {
                    "channel": f"The account “{self.user}” has no e-mail address, so no "
                    "reminder could reach it: add an address to the account first, or "
                    "choose the webhook channel."
                }
            )
        if self.channel == Channel.WEBHOOK and not settings.REMINDER_WEBHOOK_URL:
            raise ValidationError(
                {
                    "channel": "No webhook is configured on this site (REMINDER_WEBHOOK_URL), "
                    "so no reminder could be posted: choose e-mail."
                }
            )


class Delivery(models.Model):
    """One message to one recipient through one channel, carrying one or more reminders.

    Workers claim it by moving it to ``sending`` with a lease and a fresh
    ``lease_token``; every later write by that worker is conditional on the
    token, so a worker that lost its lease changes nothing. A lease that expires
    (a worker killed mid-send) makes it claimable again. ``queued_at`` keeps a
    ready delivery from being queued more than once per lease or retry slot.
    """

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reminder_deliveries"
    )
    channel = models.CharField(max_length=10, choices=Channel.choices)
    mode = models.CharField(max_length=10, choices=DeliveryMode.choices)
    state = models.CharField(
        max_length=10, choices=DeliveryState.choices, default=DeliveryState.PENDING
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    lease_until = models.DateTimeField(null=True, blank=True)
    lease_token = models.UUIDField(
        null=True, blank=True, help_text="Identifies the worker holding the lease."
    )
    queued_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When a send task was last queued for it (for a retry: when it is released).",
    )
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name_plural = "deliveries"
        constraints = [
            _in_choices("channel", Channel, "delivery_channel_valid"),
            _in_choices("mode", DeliveryMode, "delivery_mode_valid"),
            _in_choices("state", DeliveryState, "delivery_state_valid"),
            models.CheckConstraint(
                condition=~Q(state=DeliveryState.SENDING) | Q(lease_until__isnull=False),
                name="delivery_sending_has_lease",
            ),
        ]
        indexes = [
            # The workers' claim query scans exactly the deliveries still to be sent.
            models.Index(
                fields=["next_attempt_at"],
                condition=Q(
                    state__in=[DeliveryState.PENDING, DeliveryState.RETRY, DeliveryState.SENDING]
                ),
                name="delivery_unsent_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_channel_display()} to {self.recipient} ({self.get_state_display()})"

    @property
    def token(self) -> str:
        """A stable identifier for every attempt at this delivery."""
        return f"reminder-{self.pk}-{int(self.created_at.timestamp())}"

    @property
    def message_id(self) -> str:
        host = urlsplit(settings.TRACKER_BASE_URL).hostname or "localhost"
        return f"<{self.token}@{host}>"


class Reminder(models.Model):
    """A recipient is owed one round of reminding about one claim through one channel."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="reminders")
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reminders"
    )
    round = models.CharField(
        max_length=20, help_text='"heads-up", "first-notice", "follow-up-7", "escalation"...'
    )
    channel = models.CharField(max_length=10, choices=Channel.choices)
    due_on = models.DateField(help_text="The day this round fell due.")
    delivery = models.ForeignKey(
        Delivery, on_delete=models.PROTECT, null=True, blank=True, related_name="reminders"
    )
    state = models.CharField(
        max_length=10, choices=ReminderState.choices, default=ReminderState.PENDING
    )
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["claim", "recipient", "round", "channel"], name="reminder_once_per_round"
            ),
            _in_choices("channel", Channel, "reminder_channel_valid"),
            _in_choices("state", ReminderState, "reminder_state_valid"),
            models.CheckConstraint(condition=~Q(round=""), name="reminder_round_not_blank"),
        ]
        indexes = [
            # The sweep's grouping step scans exactly the reminders not yet in a delivery.
            models.Index(
                fields=["recipient", "channel"],
                condition=Q(delivery__isnull=True),
                name="reminder_ungrouped_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.round} to {self.recipient}: {self.claim}"


class OverdueClaim(Claim):
    """Claims still unresolved after their last follow-up: the admin's escalation view."""

    class Meta:
        proxy = True
        verbose_name = "claim overdue for resolution"
        verbose_name_plural = "overdue for resolution"
