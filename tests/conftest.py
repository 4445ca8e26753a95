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
