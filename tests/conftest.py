import datetime

import pytest
from rest_framework.test import APIClient

from tests.factories import AdminFactory, CuratorFactory, UserFactory

TODAY = datetime.date(2026, 11, 26)


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
