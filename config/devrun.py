"""Run the whole system on one machine: web server, Celery worker and beat.

``make run`` calls this. It starts the web server (``config.devweb``) and,
meanwhile, migrates the database, loads the seed claims and makes sure an
administrator exists (one Django start-up for the three): the server imports
the project and runs its checks while the database is migrated, and serves
once it is migrated and seeded. Once the site answers it starts the worker and beat, so
that on a small laptop the site comes up first. Every line a process prints is
prefixed with its name (``web    |``); start-up banners and known-harmless lines
are left out, and how to log in is printed again, last, once all three are up.

Ctrl-C (or SIGTERM) stops all three. If one of them exits on its own, the
others are stopped, its real exit status is reported and becomes this
command's own.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable

BIND = os.environ.get("TRACKER_BIND", "127.0.0.1:8000")
PREPARED_FD = "TRACKER_DEVRUN_PREPARED_FD"  # read by config.devweb
PROBE_URL = f"http://{BIND}/health/live/?probe=devrun"
# The worker runs as whoever runs `make run`; on a laptop that may be root.
QUIET_ROOT = ["-W", "ignore:You're running the worker with superuser privileges"]
PROCESSES = {
    "web": [sys.executable, "-m", "config.devweb", BIND],
    "worker": [
        sys.executable, *QUIET_ROOT, "-m", "celery", "-A", "config", "--quiet",
        "worker", "--loglevel=INFO", "--concurrency=2",
    ],
    "beat": [sys.executable, "-m", "celery", "-A", "config", "--quiet", "beat", "--loglevel=INFO"],
}  # fmt: skip
# Lines that say nothing a developer needs: runserver's banner, and the
# supervisor's own probe of the site.
SILENCED = {
    "web": re.compile(
        r"^(\s*$|Performing system checks|System check identified no issues|Django version "
        r"|Starting development server at|Quit the server with|WARNING: This is a development "
        r"server|For more information on production servers|\w+ \d\d?, \d{4} - [\d:]+$"
        r"|.*Watching for file changes with|.*GET /health/live/\?probe=devrun )"
    ),
    "worker": re.compile(
        r"^\s*$|Connected to filesystem://|Hitting Ctrl\+C again will initiate cold shutdown"
    ),
    "beat": re.compile(r"^\s*$"),
}
# The line each process prints once it is up.
# (The web server is probed instead.)
READY = {
    "worker": re.compile(r"celery@\S+ ready\."),
    "beat": re.compile(r"beat: Starting"),
}
WIDTH = max(map(len, PROCESSES))
_print_lock = threading.Lock()


def say(line: str, name: str | None = None) -> None:
    """Print one line, prefixed with the process's name when it comes from one."""
    with _print_lock:
        prefix = f"{name:<{WIDTH}} | " if name else ""
        sys.stdout.write(f"{prefix}{line}\n")
        sys.stdout.flush()


def prepare(database_ready: Callable[[], None]) -> list[str]:
    """Migrate, load the seed claims, ensure the administrator; return the log-in lines.

    ``database_ready`` is called once the database is migrated and seeded, before
    the administrator's password is hashed (a deliberately slow second).
    """
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connections

    call_command("migrate", interactive=False, verbosity=0)
    seed = io.StringIO()
    call_command("load_seed", stdout=seed, no_color=True)
    for line in seed.getvalue().splitlines():
        say(line)
    database_ready()
    output = io.StringIO()
    call_command("ensure_admin", stdout=output, no_color=True)
    connections.close_all()
    lines = output.getvalue().splitlines()
    for line in lines:
        say(line)
    site = f"The public record: http://{BIND}/  ·  curation: http://{BIND}/admin/"
    return [site, *(line for line in lines if not line.startswith("Created "))]


class Child:
    """One supervised process in its own process group, its output relayed line by line."""

    def __init__(self, name: str, command: list[str], env: dict | None = None, pass_fds=()) -> None:
        self.name = name
        self.ready = threading.Event()
        env = {**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})}
        self.process = subprocess.Popen(  # noqa: S603 (our own commands)
            command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, text=True,
            errors="replace", start_new_session=True, pass_fds=pass_fds,
        )  # fmt: skip
        self.relay = threading.Thread(target=self._relay, daemon=True)
        self.relay.start()

    def _relay(self) -> None:
        assert self.process.stdout is not None
        for raw in self.process.stdout:
            line = raw.rstrip("\n")
            if (ready := READY.get(self.name)) and ready.search(line):
                self.ready.set()
            if not SILENCED[self.name].search(line):
                say(line, self.name)

    def signal_group(self, signum: int) -> None:
        # The whole group: runserver's autoreloader and the worker's pool included.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signum)

    def exit_status(self) -> int | None:
        return self.process.poll()


def describe(name: str, status: int) -> str:
    """``web exited with status 0`` or ``worker was killed by SIGKILL``."""
    if status < 0:
        return f"{name} was killed by {signal.Signals(-status).name}"
    return f"{name} exited with status {status}"


def as_exit_status(status: int) -> int:
    """A shell's convention: a child killed by signal N gives 128 + N."""
    return 128 - status if status < 0 else status


def site_answers() -> bool:
    try:
        with urllib.request.urlopen(PROBE_URL, timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def first_exited(children: Iterable[Child]) -> Child | None:
    return next((child for child in children if child.exit_status() is not None), None)


def wait_until(children: list[Child], done, timeout: float) -> Child | None:
    """Wait until ``done()`` or ``timeout``; return a child that exited meanwhile, if any."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not done():
        if exited := first_exited(children):
            return exited
        time.sleep(0.2)
    return first_exited(children)


def stop(children: list[Child]) -> None:
    """Ctrl-C to each process group, as a terminal would send it; SIGKILL after 10 s.

    Signals that arrive meanwhile are ignored, so that a second Ctrl-C (or make
    passing one on) cannot leave processes running without their supervisor.
    """
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, signal.SIG_IGN)
    for child in children:
        # Also when the leader has exited: what it started may still run.
        child.signal_group(signal.SIGINT)
    deadline = time.monotonic() + 10
    for child in children:
        try:
            child.process.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            say(f"{child.name} did not stop within 10 s; killing it.")
        # Whatever is left of the group (the autoreloader's server, a pool process).
        child.signal_group(signal.SIGKILL)
        child.process.wait()
        child.relay.join(timeout=2)


def start_web() -> tuple[Child, Callable[[], None]]:
    """Start the web server; it serves once the returned function has been called."""
    prepared, done = os.pipe()
    try:
        web = Child("web", PROCESSES["web"], {PREPARED_FD: str(prepared)}, pass_fds=(prepared,))
    except BaseException:
        os.close(done)
        raise
    finally:
        os.close(prepared)
    closed = threading.Event()

    def release() -> None:
        # Closing the pipe tells the server; once only, as the number may be reused.
        if not closed.is_set():
            closed.set()
            os.close(done)

    return web, release


def start(children: list[Child], login: list[str]) -> Child | None:
    """Once the site answers, start worker and beat; then print how to log in."""
    if exited := wait_until(children, site_answers, timeout=120):
        return exited
    children.extend(Child(name, PROCESSES[name]) for name in ("worker", "beat"))
    if exited := wait_until(children, lambda: all(c.ready.is_set() for c in children[1:]), 60):
        return exited
    for line in login:
        say(line)
    return None


def supervise(children: list[Child]) -> Child:
    """Wait until a child exits, and return it."""
    while not (exited := first_exited(children)):
        time.sleep(0.5)
    return exited


def main() -> int:
    children: list[Child] = []
    # Ctrl-C, SIGTERM and the terminal closing stop the system; the children have
    # process groups of their own and hear of it from here. Ctrl-C is handled even
    # when started with it ignored (as a shell starts a job in the background), so
    # that the children, which inherit an ignored signal, do not ignore it too.
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, signal.default_int_handler)
    try:
        web, release = start_web()
        children.append(web)
        try:
            login = prepare(database_ready=release)
        finally:
            release()  # also when preparing failed: the server then reports what it finds
        exited = start(children, login) or supervise(children)
    except KeyboardInterrupt:
        say("Stopping the web server, the worker and beat...")
        stop(children)
        say("Stopped.")
        return 0
    except BaseException:
        stop(children)
        raise
    status = exited.process.returncode
    say(f"{describe(exited.name, status)}; stopping the others.")
    stop(children)
    return as_exit_status(status)


if __name__ == "__main__":
    sys.exit(main())
