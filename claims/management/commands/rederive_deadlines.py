"""Re-derive the deadlines that came from horizons, after the horizon rules change."""

from django.core.management.base import BaseCommand

from claims import services
from claims.history import write_path


class Command(BaseCommand):
    help = (
        "Re-derive every deadline that was derived from a horizon (or found none), "
        "reporting each change. Deadlines set by a curator are never touched."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Report what would change; save nothing."
        )

    def handle(self, *args, dry_run: bool, **options):
        with write_path("command"):
            changes = services.claims_rederive_deadlines(dry_run=dry_run)
        for change in changes:
            # The deadline may stay as it was while the words explaining it change.
            same = " (same deadline, new rule text)" if change.before == change.after else ""
            self.stdout.write(
                f"claim {change.claim_id}: {change.before} → {change.after}{same}\n"
                f"    {change.statement}\n    rule: {change.rule or '(none)'}"
            )
        verb = "would change" if dry_run else "changed"
        summary = f"{len(changes)} deadline(s) {verb}."
        if dry_run:
            summary += " Dry run: nothing was saved."
        self.stdout.write(self.style.SUCCESS(summary))
