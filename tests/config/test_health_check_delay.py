"""A kept PostgreSQL connection is checked before a request at most once per interval."""

import pytest
from django.db import close_old_connections, connection

from config.backends.postgresql import base

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.postgres]


@pytest.fixture
def checks(monkeypatch):
    """The health checks sent, and a clock the test moves (seconds)."""
    sent, clock = [], [1000.0]
    real = base.DatabaseWrapper.is_usable

    def is_usable(self):
        sent.append(clock[0])
        return real(self)

    monkeypatch.setattr(base.DatabaseWrapper, "is_usable", is_usable)
    monkeypatch.setattr(base.time, "monotonic", lambda: clock[0])
    monkeypatch.setitem(connection.settings_dict, "CONN_HEALTH_CHECKS", True)
    monkeypatch.setitem(connection.settings_dict, "CONN_MAX_AGE", None)
    connection.close()
    connection.ensure_connection()  # a new connection counts as checked now
    return sent, clock


def request() -> None:
    """What a request does to the connection: Django's start, one query, Django's end."""
    close_old_connections()
    with connection.cursor() as cursor:
        cursor.execute("SELECT 2")
    close_old_connections()


@pytest.mark.parametrize(
    ("delay", "moments", "checked_at"),
    [
        (1.0, [0.1, 0.5, 0.9], []),  # a busy connection is never asked
        (1.0, [0.5, 1.2, 1.3, 2.1, 2.4], [1.2, 2.4]),  # at most once a second
        (0.0, [0.1, 0.2, 0.3], [0.1, 0.2, 0.3]),  # as Django: before every request
        (30.0, [10, 29.9, 31, 45], [31]),  # PgBouncer's default interval
    ],
)
def test_a_connection_is_checked_once_the_interval_has_passed(
    monkeypatch, checks, delay, moments, checked_at
):
    sent, clock = checks
    monkeypatch.setitem(connection.settings_dict, "CONN_HEALTH_CHECK_DELAY", delay)
    start = clock[0]
    for moment in moments:
        clock[0] = start + moment
        request()
    assert [round(at - start, 3) for at in sent] == checked_at


def test_a_connection_that_fails_its_check_is_replaced(monkeypatch, checks):
    sent, clock = checks
    monkeypatch.setitem(connection.settings_dict, "CONN_HEALTH_CHECK_DELAY", 1.0)
    old = connection.connection
    monkeypatch.setattr(base.DatabaseWrapper, "is_usable", lambda self: sent.append(1) and False)
    clock[0] += 5
    request()
    assert sent == [1]
    assert connection.connection is not old  # closed by the check, connected anew
    clock[0] += 0.5
    request()  # the new connection counts as checked when it was made
    assert sent == [1]


def test_the_setting_reaches_the_backend(settings):
    assert connection.vendor == "postgresql"
    assert settings.DATABASES["default"]["ENGINE"] == "config.backends.postgresql"
    assert settings.DATABASES["default"]["CONN_HEALTH_CHECK_DELAY"] == 1.0
