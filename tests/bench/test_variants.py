"""The benchmark compares like with like: the API, the DRF baseline and the floor answer alike.

For every scenario of ``bench/api.py`` the three variants must return the same
rows in the same order with the same values for every field they share (links
and display strings, which only the API builds, aside), and the same track
record counts.
"""

import datetime
import json
import sys
import urllib.parse
from io import BytesIO
from pathlib import Path

import pytest
from django.db import connection
from django.test import Client

from claims.choices import ClaimKind
from tests.api.conftest import resolve
from tests.factories import ClaimFactory, SpeakerFactory, TopicFactory

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench import floor

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


@pytest.fixture
def anon(settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "100000/minute", "user": "100000/minute"},
    }
    return Client()


SHARED = [
    "id", "kind", "quote", "statement", "locator", "said_on", "said_on_precision", "horizon",
    "deadline", "deadline_precision", "deadline_source", "deadline_rule", "needs_deadline",
    "confidence", "status", "days_overdue", "speaker", "source", "topics", "resolution",
    "version", "created_at", "updated_at",
]  # fmt: skip
QUERIES = ["", "kind=prediction&status=due&ordering=deadline"] + [
    f"q={urllib.parse.quote(q)}"
    for q in ["video", "quantum", "zeppelin", '"open source"', "Grace", "2019", "-video", "the"]
]


@pytest.fixture
def record(db):
    grace = SpeakerFactory(name="Grace Hopper", slug="grace-hopper")
    video, chips = (
        TopicFactory(name="Video", slug="video"),
        TopicFactory(name="Chips", slug="chips"),
    )
    texts = ["Video models will beat film by 2019.", "Quantum chips in every phone.",
             "Open source wins; video too.", "Solar is cheapest."]  # fmt: skip
    for index in range(30):
        claim = ClaimFactory(
            speaker=grace if index % 4 == 0 else SpeakerFactory(),
            kind=ClaimKind.PREDICTION if index % 3 else ClaimKind.FACTUAL,
            quote=texts[index % len(texts)],
            said_on=datetime.date(2018, 1, 1) + datetime.timedelta(days=45 * index),
            deadline=None if index % 5 == 0 else datetime.date(2022 + index % 9, 6, 30),
            confidence=0.7 if index % 2 else None,
            topics=[video, chips] if index % 2 else [chips],
        )
        if index % 6 == 1:
            resolve(claim)
    return grace


def shared(rows: list[dict]) -> list[dict]:
    return [{key: row[key] for key in SHARED} for row in rows]


def floor_get(path: str, query: str) -> dict:
    connection.ensure_connection()
    floor._connection = connection.connection  # the test's transaction sees the test's rows
    environ = {"PATH_INFO": path, "QUERY_STRING": query, "HTTP_HOST": "testserver",
               "wsgi.input": BytesIO()}  # fmt: skip
    body = b"".join(floor.app(environ, lambda status, headers: None))
    return json.loads(body)


@pytest.mark.parametrize("query", QUERIES)
def test_the_three_variants_list_the_same_claims_alike(anon, settings, record, query):
    api = anon.get(f"/api/v1/claims/?page_size=10&{query}").json()["results"]
    settings.ROOT_URLCONF = "bench.urls"
    drf = Client().get(f"/drf/claims/?page_size=10&{query}").json()["results"]
    raw = floor_get("/claims/", f"page_size=10&{query}")["results"]
    assert shared(drf) == shared(api)
    assert shared(raw) == shared(api)
    assert api or query in ("q=zeppelin", "q=the")  # no match; only stop words


def test_the_three_variants_count_a_track_record_alike(anon, settings, record):
    api = anon.get("/api/v1/speakers/grace-hopper/").json()["track_record"]
    settings.ROOT_URLCONF = "bench.urls"
    drf = Client().get("/drf/speakers/grace-hopper/").json()["track_record"]
    raw = floor_get("/speakers/grace-hopper/", "")["track_record"]
    assert drf["by_status"] == api["by_status"] == raw["by_status"]
    assert drf["claims"] == api["claims"] == raw["claims"]
