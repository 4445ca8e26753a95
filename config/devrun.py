"""Run the whole system on one machine: web server, Celery worker and beat.

``make run`` calls this after migrating and loading the seed data. Ctrl-C (or
SIGTERM) stops all three; if one of them dies, the others are stopped too.
"""

import os
import signal
import subprocess
import sys
import time

BIND = os.environ.get("TRACKER_BIND", "127.0.0.1:8000")
PROCESSES = {
    "web": [sys.executable, "manage.py", "runserver", BIND],
    "worker": [
        sys.executable, "-m", "celery", "-A", "config", "worker",
        "--loglevel=INFO", "--concurrency=2",
    ],
    "beat": [sys.executable, "-m", "celery", "-A", "config", "beat", "--loglevel=INFO"],
}  # fmt: skip


def _stop(children: dict[str, subprocess.Popen]) -> None:
    # A second Ctrl-C must not abandon the children half-stopped.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    for child in children.values():
        if child.poll() is None:
            child.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + 10
    for child in children.values():
        try:
            child.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            child.kill()


def main() -> int:
    print(f"The public record: http://{BIND}/  ·  curation: http://{BIND}/admin/", flush=True)
    children = {name: subprocess.Popen(command) for name, command in PROCESSES.items()}  # noqa: S603
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt))
    try:
        while True:
            for name, child in children.items():
                if child.poll() is not None:
                    print(f"{name} exited with code {child.returncode}; stopping the others.")
                    return child.returncode or 1
            time.sleep(0.5)
    except KeyboardInterrupt:
        print("\nStopping the web server, the worker and beat...")
        return 0
    finally:
        _stop(children)


if __name__ == "__main__":
    sys.exit(main())
