"""`make run`'s web server starts early and serves only once the database is ready."""

import contextlib
import os
import threading

import pytest
from django.core.management import BaseCommand

from config import devweb


@pytest.fixture
def prepared_pipe(monkeypatch):
    """A pipe as ``make run`` passes it: the server reads, the test holds the write end."""
    read_end, write_end = os.pipe()
    monkeypatch.setenv(devweb.PREPARED_FD, str(read_end))
    yield write_end
    os.close(read_end)
    with contextlib.suppress(OSError):  # unless the test closed it
        os.close(write_end)


def in_thread(function) -> threading.Thread:
    thread = threading.Thread(target=function, daemon=True)
    thread.start()
    return thread


def test_the_runserver_command_checks_migrations_only_once_the_pipe_is_closed(
    prepared_pipe, monkeypatch
):
    checked = []

    def check_migrations(self) -> None:
        checked.append(self)

    monkeypatch.setattr(BaseCommand, "check_migrations", check_migrations)
    command = devweb.Utility(["manage.py", "runserver"]).fetch_command("runserver")
    thread = in_thread(command.check_migrations)
    os.write(prepared_pipe, b"still migrating\n")  # anything short of the end is no signal
    thread.join(timeout=0.5)
    assert thread.is_alive()
    assert checked == []
    os.close(prepared_pipe)
    thread.join(timeout=10)
    assert not thread.is_alive()
    assert checked == [command]


def test_it_is_still_the_runserver_command_that_installed_apps_provide():
    command = devweb.Utility(["manage.py", "runserver"]).fetch_command("runserver")
    # WhiteNoise's, which leaves static files to WhiteNoise as in production.
    assert type(command).__module__ == "whitenoise.runserver_nostatic.management.commands.runserver"


def test_a_restarted_server_does_not_wait_again(prepared_pipe):
    os.close(prepared_pipe)
    devweb.wait_until_prepared()  # at the end already
    thread = in_thread(devweb.wait_until_prepared)
    thread.join(timeout=10)
    assert not thread.is_alive()


def test_without_make_run_there_is_nothing_to_wait_for(monkeypatch):
    monkeypatch.delenv(devweb.PREPARED_FD, raising=False)
    thread = in_thread(devweb.wait_until_prepared)
    thread.join(timeout=10)
    assert not thread.is_alive()
