"""The benchmark compares like with like: the API, the DRF baseline and the floor answer alike.

For every scenario of ``bench/api.py`` the three variants must return the same
rows in the same order with the same values for every field they share (links
and display strings, which only the API builds, aside), and the same speaker
with the same whole track record.
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

from claims.choices import ClaimKind, ReviewState, Verdict
from claims.models import SourceParticipant
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


SPEAKER_SHARED = ["slug", "name", "bio", "affiliations", "external_links", "track_record"]
OUTCOMES = [Verdict.TRUE, Verdict.FALSE, Verdict.PARTLY_TRUE, Verdict.TRUE, Verdict.UNRESOLVABLE]


@pytest.fixture
def speakers(record):
    """Grace with resolved predictions at every confidence; a host with no claim of their own."""
    for index, verdict in enumerate(OUTCOMES * 2):
        claim = ClaimFactory(
            speaker=record,
            kind=ClaimKind.PREDICTION,
            said_on=datetime.date(2019, 1, 1) + datetime.timedelta(days=index),
            deadline=datetime.date(2021, 1, 1),
            confidence=[None, 0.05, 0.35, 0.62, 0.9, 1.0][index % 6],
        )
        resolve(claim, verdict)
    host = SpeakerFactory(name="Ann Host", slug="ann-host", links=["https://example.org/ann"])
    SourceParticipant.objects.create(source=claim.source, speaker=host, role="host")
    draft_only = SpeakerFactory(name="Dee Draft", slug="dee-draft")
    ClaimFactory(speaker=draft_only, review_state=ReviewState.DRAFT)


@pytest.mark.parametrize("slug", ["grace-hopper", "ann-host"])
def test_the_three_variants_show_a_speaker_and_track_record_alike(anon, settings, speakers, slug):
    api = anon.get(f"/api/v1/speakers/{slug}/").json()
    settings.ROOT_URLCONF = "bench.urls"
    drf = Client().get(f"/drf/speakers/{slug}/").json()
    raw = floor_get(f"/speakers/{slug}/", "")
    expected = {key: api[key] for key in SPEAKER_SHARED}
    assert {key: drf[key] for key in SPEAKER_SHARED} == expected
    assert {key: raw[key] for key in SPEAKER_SHARED} == expected
    record = api["track_record"]
    if slug == "grace-hopper":  # scored, with a Brier score and a calibration table
        assert record["resolved_predictions"] == 8
        assert record["brier_score"] is not None
        assert len(record["calibration"]) > 2
    else:
        assert record["claims"] == 0
        assert api["external_links"] == ["https://example.org/ann"]


@pytest.mark.parametrize("slug", ["nobody", "dee-draft"])
def test_a_speaker_unknown_to_the_public_is_a_404_in_every_variant(anon, settings, speakers, slug):
    assert anon.get(f"/api/v1/speakers/{slug}/").status_code == 404
    assert floor_get(f"/speakers/{slug}/", "") == {"status": 404}
    settings.ROOT_URLCONF = "bench.urls"
    assert Client().get(f"/drf/speakers/{slug}/").status_code == 404
