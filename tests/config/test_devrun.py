"""`make run`'s supervisor: prefixed output, quiet start, real exit statuses."""

import signal
import sys

import pytest

from config import devrun


@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("web", "Performing system checks..."),
        ("web", "System check identified no issues (0 silenced)."),
        ("web", "November 29, 2026 - 08:51:03"),
        ("web", "Django version 5.2.19, using settings 'config.settings'"),
        ("web", "Starting development server at http://127.0.0.1:8000/"),
        ("web", "Quit the server with CONTROL-C."),
        ("web", "WARNING: This is a development server. Do not use it in a production setting."),
        ("web", "For more information on production servers see: https://docs.djangoproject.com/"),
        ("web", "2026-11-29 08:51:02,318 INFO x Watching for file changes with StatReloader"),
        ("web", '2026-11-29 08:55:35,154 INFO django.server "GET /health/live/?probe=devrun '),
        ("web", ""),
        ("worker", "2026-11-29 08:55:35,511 INFO celery Connected to filesystem://:**@localhost//"),
        ("worker", "worker: Hitting Ctrl+C again will initiate cold shutdown, terminating all"),
        ("beat", "   "),
    ],
)
def test_banners_and_known_harmless_lines_are_silenced(name, line):
    assert devrun.SILENCED[name].search(line)


@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("web", '2026-11-29 08:55:35,154 INFO django.server "GET /admin/login/ HTTP/1.1" 200 4150'),
        ("web", "2026-11-29 08:55:36,002 WARNING django.request Not Found: /nope"),
        ("web", "Traceback (most recent call last):"),
        ("web", "django.db.utils.OperationalError: no such table: claims_claim"),
        ("worker", "2026-11-29 08:55:35,547 INFO celery.apps.worker celery@vm ready."),
        ("worker", "2026-11-29 09:00:00,001 ERROR celery.app.trace Task failed: SMTP refused"),
        ("worker", "2026-11-29 08:55:35,511 INFO celery Connected to redis://127.0.0.1:6379/0"),
        ("beat", "2026-11-29 08:55:34,648 INFO celery.beat beat: Starting..."),
    ],
)
def test_what_a_developer_needs_is_kept(name, line):
    assert not devrun.SILENCED[name].search(line)


@pytest.mark.parametrize(
    ("status", "said", "exit_status"),
    [
        (0, "beat exited with status 0", 0),
        (1, "beat exited with status 1", 1),
        (-signal.SIGKILL, "beat was killed by SIGKILL", 137),
        (-signal.SIGTERM, "beat was killed by SIGTERM", 143),
    ],
)
def test_a_childs_real_exit_status_is_reported_and_returned(status, said, exit_status):
    assert devrun.describe("beat", status) == said
    assert devrun.as_exit_status(status) == exit_status


def _child(name: str, code: str) -> devrun.Child:
    return devrun.Child(name, [sys.executable, "-c", code])


def test_children_output_is_prefixed_and_an_exit_is_noticed(capsys):
    child = _child("worker", "print('celery@laptop ready.'); print(); raise SystemExit(0)")
    exited = devrun.supervise([child])
    child.relay.join(timeout=5)
    assert exited is child
    assert child.process.returncode == 0
    assert child.ready.is_set()
    assert capsys.readouterr().out == "worker | celery@laptop ready.\n"


def test_stopping_sends_ctrl_c_to_each_process_group_once(capsys):
    code = (
        "import signal, sys, time\n"
        "signal.signal(signal.SIGINT, lambda *_: (print('interrupted', flush=True), sys.exit(3)))\n"
        "print('up', flush=True)\n"
        "time.sleep(60)\n"
    )
    children = [_child("web", code), _child("beat", code)]
    for child in children:
        devrun.wait_until([child], child_printed(capsys, child.name), timeout=30)
    devrun.stop(children)
    assert [child.process.returncode for child in children] == [3, 3]
    out = capsys.readouterr().out
    assert out.count("interrupted") == 2


def child_printed(capsys, name: str, text: str = "up"):
    seen: list[str] = []

    def printed() -> bool:
        seen.append(capsys.readouterr().out)
        return f"{name:<6} | {text}" in "".join(seen)

    return printed


def test_the_web_server_is_started_first_and_serves_once_released(capsys, monkeypatch):
    # A stand-in for config.devweb: waits as it does, then says it serves.
    code = (
        "from config import devweb\n"
        "print('importing', flush=True)\n"
        "devweb.wait_until_prepared()\n"
        "print('serving', flush=True)\n"
    )
    monkeypatch.setitem(devrun.PROCESSES, "web", [sys.executable, "-c", code])
    web, release = devrun.start_web()
    devrun.wait_until([web], child_printed(capsys, "web", "importing"), timeout=30)
    assert web.exit_status() is None, "waiting for the database"
    release()
    release()  # once only: a second call closes nothing else
    assert web.process.wait(timeout=30) == 0
    web.relay.join(timeout=5)
    assert "web    | serving" in capsys.readouterr().out
