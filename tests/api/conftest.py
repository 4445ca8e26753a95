import datetime

import pytest
from django.core.cache import cache
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from claims.choices import ReviewState, Verdict
from claims.models import Evidence, Resolution
from tests.factories import ClaimFactory, SpeakerFactory, TopicFactory

HIGH_RATES = {"anon": "100000/minute", "user": "100000/minute"}


@pytest.fixture(autouse=True)
def _fresh_throttles(settings):
    """Throttle counters live in the cache: start every test with empty buckets."""
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": HIGH_RATES}
    # Users are made by the dozen here; a slow password hash would dominate.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def anon() -> APIClient:
    return APIClient()


def token_client(user) -> APIClient:
    client = APIClient()
    token, _ = Token.objects.get_or_create(user=user)
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return client


@pytest.fixture
def curator_api(curator) -> APIClient:
    return token_client(curator)


@pytest.fixture
def reader_api(reader) -> APIClient:
    return token_client(reader)


@pytest.fixture
def admin_api(admin_user) -> APIClient:
    return token_client(admin_user)


def resolve(claim, verdict=Verdict.TRUE, *, evidence_url="https://news.example.org/it-happened"):
    """Resolve ``claim`` directly in the database, as the services leave it."""
    resolution = Resolution.objects.create(
        claim=claim, verdict=verdict, rationale="It happened as said."
    )
    Evidence.objects.create(
        resolution=resolution, url=evidence_url, observed_on=datetime.date(2024, 1, 5)
    )
    claim.verdict = verdict
    claim.resolved_at = resolution.resolved_at
    claim.save(update_fields=["verdict", "resolved_at"])
    return resolution


@pytest.fixture
def draft(db):
    return ClaimFactory(
        review_state=ReviewState.DRAFT,
        quote="Secret draft quote about quantum toasters.",
        statement="Quantum toasters ship.",
        internal_notes="Check with the editor first.",
    )


@pytest.fixture
def published(db):
    speaker = SpeakerFactory(name="Ada Example", slug="ada-example")
    topic = TopicFactory(name="Video", slug="video")
    return ClaimFactory(
        speaker=speaker,
        quote="Short-form video will be generated at high resolution within two years.",
        statement="Generated high-resolution short-form video within two years.",
        topics=[topic],
        internal_notes="Curator-only remark.",
    )
