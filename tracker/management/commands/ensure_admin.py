"""Make sure an administrator account exists, ready to curate, and say how to log in."""

import os
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand

from tracker.models import Channel, DeliveryMode, ReminderPreference

CURATOR_GROUP = "Curator"


class Command(BaseCommand):
    help = (
        "Create the administrator account if it is missing (password from "
        "TRACKER_ADMIN_PASSWORD, or generated and kept in var/admin-password), make it a "
        "curator with an e-mail address who is reminded of due claims (unless a reminder "
        "preference says otherwise), then print how to log in."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default=os.environ.get("TRACKER_ADMIN_USER", "admin"))
        parser.add_argument(
            "--email", default=os.environ.get("TRACKER_ADMIN_EMAIL", "admin@localhost")
        )

    def handle(self, *args, username: str, email: str, **options):
        users = get_user_model()
        password_file = Path(settings.VAR_DIR) / "admin-password"
        user = users.objects.filter(username=username).first()
        if user is None:
            password = os.environ.get("TRACKER_ADMIN_PASSWORD") or secrets.token_urlsafe(12)
            user = users.objects.create_superuser(username=username, email=email, password=password)
            if "TRACKER_ADMIN_PASSWORD" not in os.environ:
                password_file.parent.mkdir(parents=True, exist_ok=True)
                password_file.write_text(password + "\n")
                password_file.chmod(0o600)
            self.stdout.write(self.style.SUCCESS(f"Created the administrator '{username}'."))
        self._make_curator(user, email)
        self._print_login(username, password_file)

    def _make_curator(self, user, email: str) -> None:
        """Reminders go to curators by e-mail: the account gets both, never losing an address."""
        if not user.email:
            user.email = email
            user.save(update_fields=["email"])
        curators, _ = Group.objects.get_or_create(name=CURATOR_GROUP)
        user.groups.add(curators)
        # Opted in, so that on a laptop a due claim shows up as a reminder without set-up;
        # a preference the administrator already has is theirs and stays as it is.
        ReminderPreference.objects.get_or_create(
            user=user, defaults={"channel": Channel.EMAIL, "mode": DeliveryMode.DIGEST}
        )

    def _print_login(self, username: str, password_file: Path) -> None:
        url = f"{settings.TRACKER_BASE_URL}/admin/"
        if password_file.exists():
            secret = password_file.read_text().strip()
            self.stdout.write(f"Log in at {url} as '{username}' with password: {secret}")
            self.stdout.write(f"(kept in {password_file}; change it in the admin)")
        else:
            self.stdout.write(f"Log in at {url} as '{username}' with the password you set.")
