"""One full reminder run without Celery: sweep, then send everything ready (for cron)."""

import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from tracker import services
from tracker.channels import round_label
from tracker.models import Delivery, DeliveryState


def _date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"--today must be a date like 2026-11-26, not {value!r}.") from None


class Command(BaseCommand):
    help = "Record the resolution reminders owed today and send them (one full run)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Show who would be told what; record and send nothing.",
        )
        parser.add_argument("--today", help="Run as if today were this date (YYYY-MM-DD).")

    def handle(self, *args, **options):
        today = _date(options["today"]) if options["today"] else timezone.localdate()
        if options["dry_run"]:
            self._preview(today)
            return
        result = services.reminders_sweep(today=today)
        sent = 0
        while services.delivery_process_next(today=today):
            sent += 1
        waiting = Delivery.objects.filter(state=DeliveryState.RETRY).count()
        dead = Delivery.objects.filter(state=DeliveryState.DEAD).count()
        self.stdout.write(
            f"{result.owed} reminders owed today, {result.deliveries} new deliveries; "
            f"{sent} deliveries attempted, {waiting} waiting to retry, {dead} dead."
        )

    def _preview(self, today: datetime.date) -> None:
        count = 0
        for reminder in services.reminders_preview(today=today):
            count += 1
            claim = reminder.claim
            self.stdout.write(
                f"{reminder.recipient} by {reminder.channel}: {round_label(reminder.round)} "
                f"- claim {claim.pk} (deadline {claim.deadline}): {claim.statement}"
            )
        self.stdout.write(f"Dry run: {count} reminders would be recorded; nothing was sent.")
