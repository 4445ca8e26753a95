"""Make sure an administrator account exists, and say how to log in."""

import os
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Create the administrator account if it is missing (password from "
        "TRACKER_ADMIN_PASSWORD, or generated and kept in var/admin-password), "
        "then print how to log in."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default=os.environ.get("TRACKER_ADMIN_USER", "admin"))

    def handle(self, *args, username: str, **options):
        users = get_user_model()
        password_file = Path(settings.VAR_DIR) / "admin-password"
        if not users.objects.filter(username=username).exists():
            password = os.environ.get("TRACKER_ADMIN_PASSWORD") or secrets.token_urlsafe(12)
            users.objects.create_superuser(username=username, email="", password=password)
            if "TRACKER_ADMIN_PASSWORD" not in os.environ:
                password_file.parent.mkdir(parents=True, exist_ok=True)
                password_file.write_text(password + "\n")
                password_file.chmod(0o600)
            self.stdout.write(self.style.SUCCESS(f"Created the administrator '{username}'."))
        self._print_login(username, password_file)

    def _print_login(self, username: str, password_file: Path) -> None:
        url = f"{settings.TRACKER_BASE_URL}/admin/"
        if password_file.exists():
            secret = password_file.read_text().strip()
            self.stdout.write(f"Log in at {url} as '{username}' with password: {secret}")
            self.stdout.write(f"(kept in {password_file}; change it in the admin)")
        else:
            self.stdout.write(f"Log in at {url} as '{username}' with the password you set.")
