"""The web server of ``make run``: Django's development server, started early.

``config.devrun`` starts it at the same time as it migrates the database, so
that importing the project and running the system checks (seconds on a small
machine) happen meanwhile. The server waits for the database before it looks
at the migrations and serves: ``make run`` passes the read end of a pipe in
``TRACKER_DEVRUN_PREPARED_FD`` and closes the write end once the database is
migrated and seeded; end of file on the pipe means ready. After a reload the
pipe is already at its end, so a restarted server does not wait.

Everything else is ``manage.py runserver``'s: the command installed apps
provide, its autoreloader, and its handling of code that fails to import (the
error is shown and the reloader waits for a fix). The reloader's parent process
only restarts the server, so it does not set Django up, which saves one
start-up of the whole project.

    python -m config.devweb 127.0.0.1:8000
"""

from __future__ import annotations

import os
import signal
import sys

from django.core.management import ManagementUtility
from django.utils import autoreload

PREPARED_FD = "TRACKER_DEVRUN_PREPARED_FD"


def wait_until_prepared() -> None:
    """Block until the pipe named by ``TRACKER_DEVRUN_PREPARED_FD`` reaches its end."""
    fd = os.environ.get(PREPARED_FD)
    if not fd:
        return
    try:
        while os.read(int(fd), 4096):
            pass
    except OSError:
        pass  # closed already: nothing to wait for


class Utility(ManagementUtility):
    """``manage.py``, whose ``runserver`` checks migrations only once the database is ready."""

    def fetch_command(self, subcommand: str):
        command = super().fetch_command(subcommand)
        check_migrations = command.check_migrations

        def check_migrations_when_prepared() -> None:
            wait_until_prepared()
            check_migrations()

        command.check_migrations = check_migrations_when_prepared
        return command


def main(argv: list[str]) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    if os.environ.get(autoreload.DJANGO_AUTORELOAD_ENV) != "true":
        # The reloader's parent, as in runserver: restart the server whenever it
        # exits to reload, stop on SIGTERM or Ctrl-C.
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
        try:
            return autoreload.restart_with_reloader()
        except KeyboardInterrupt:
            return 0
    Utility(["manage.py", "runserver", *argv]).execute()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
