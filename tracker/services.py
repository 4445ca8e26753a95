"""The tracker's writes. Tasks, the admin and the management command call these."""

from tracker.reminders.sending import (
    Outcome,
    deliveries_queue_ready,
    deliveries_resend,
    delivery_claim,
    delivery_process,
    delivery_process_next,
    delivery_queue_retry,
    delivery_send,
    retry_delay,
)
from tracker.reminders.sweep import (
    SweepResult,
    deliveries_group,
    reminders_owed,
    reminders_preview,
    reminders_sweep,
)

__all__ = [
    "Outcome",
    "SweepResult",
    "deliveries_group",
    "deliveries_queue_ready",
    "deliveries_resend",
    "delivery_claim",
    "delivery_process",
    "delivery_process_next",
    "delivery_queue_retry",
    "delivery_send",
    "reminders_owed",
    "reminders_preview",
    "reminders_sweep",
    "retry_delay",
]
