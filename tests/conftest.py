import datetime
import os
import random

import pytest
import time_machine
from rest_framework.test import APIClient

from tests.factories import AdminFactory, CuratorFactory, UserFactory

TODAY = datetime.date(2026, 11, 26)


def _suite_clock() -> datetime.datetime | None:
    """The moment every test starts at, from ``TRACKER_TEST_CLOCK``; None: the real clock.

    ``random`` draws a moment between one and ten years ahead of the real one (any
    hour, so that tests meet the day's edges too); an ISO date-time replays a draw.
    A test that mixes a fixed day with the wall clock fails under a moved clock.
    """
    value = os.environ.get("TRACKER_TEST_CLOCK", "").strip()
    if not value:
        return None
    if value == "random":
        now = datetime.datetime.now(tz=datetime.UTC).replace(microsecond=0)
        return now + datetime.timedelta(seconds=random.randint(365 * 86400, 3650 * 86400))
    moment = datetime.datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=datetime.UTC)


SUITE_CLOCK = _suite_clock()


def pytest_report_header(config) -> str:
    if SUITE_CLOCK is None:
        return "clock: real"
    moment = SUITE_CLOCK.isoformat()
    return f"clock: moved to {moment} (replay with TRACKER_TEST_CLOCK={moment})"


@pytest.fixture(autouse=True)
def _moved_clock():
    """Every test starts at ``SUITE_CLOCK`` when one is set; the clock ticks on from there."""
    if SUITE_CLOCK is None:
        yield
        return
    with time_machine.travel(SUITE_CLOCK, tick=True):
        yield


@pytest.fixture
def today() -> datetime.date:
    return TODAY


@pytest.fixture
def curator(db):
    return CuratorFactory()


@pytest.fixture
def admin_user(db):
    return AdminFactory()


@pytest.fixture
def reader(db):
    """A logged-in user who is not a curator."""
    return UserFactory()


@pytest.fixture
def curator_client(client, curator):
    client.force_login(curator)
    return client


@pytest.fixture
def api_client() -> APIClient:
    return APIClient()


@pytest.fixture(autouse=True)
def _count_changes_per_statement(request):
    """Make the change counter's triggers fire at once inside a test's transaction.

    On PostgreSQL they are deferred to commit, and a test's transaction is rolled
    back, never committed; firing them at the end of each statement counts the
    same changes (once per transaction) where the test can see them.
    """
    uses_database = request.node.get_closest_marker("django_db") or (
        {"db", "transactional_db"} & set(request.fixturenames)
    )
    if uses_database:
        request.getfixturevalue("_django_db_helper")  # the test's database and transaction
        from django.db import connection

        from claims.models import ChangeCounter

        if connection.vendor == "postgresql" and connection.in_atomic_block:
            names = ", ".join(f"{table}_counts_change" for table in ChangeCounter.TABLES)
            with connection.cursor() as cursor:
                cursor.execute(f"SET CONSTRAINTS {names} IMMEDIATE")
