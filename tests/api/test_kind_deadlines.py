"""Table tests: through the API, only a prediction or a commitment takes a deadline from its
horizon; a curator's deadline is kept on any kind and through a change of kind.

The tables are those of ``tests/claims/test_kind_deadlines.py``, which the services, the
admin and the importer are tried against; here the bodies go through POST and PATCH.
"""

import datetime

import pytest
import time_machine

from claims.models import Claim
from tests.claims.test_kind_deadlines import (
    CHANGED,
    CREATED,
    CURATOR_DAY,
    QUOTES,
    SAID_ON,
    _created_by_service,
    _horizon_kept,
    _state,
)
from tests.factories import SourceFactory, SpeakerFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _frozen_clock():
    with time_machine.travel(datetime.datetime(2026, 3, 10, 12, tzinfo=datetime.UTC), tick=False):
        yield


def _body(kind: str, start: str) -> dict:
    body = {
        "speaker": SpeakerFactory(slug="ada-quist").slug,
        "source": SourceFactory(published_on=SAID_ON, published_precision="day").pk,
        "quote": QUOTES[start],
        "statement": "Open image models run on phones.",
        "said_on": SAID_ON.isoformat(),
        "kind": kind,
    }
    if start == "curator":
        body.update(deadline=CURATOR_DAY.isoformat(), deadline_precision="day")
    return body


@pytest.mark.parametrize(("kind", "start", "expected", "why"), CREATED)
def test_a_claim_posted_takes_a_deadline_from_its_horizon_only_if_a_forecast_or_promise(
    curator_api, kind, start, expected, why
):
    response = curator_api.post("/api/v1/claims/", _body(kind, start), format="json")
    assert response.status_code == 201, response.content
    claim = Claim.objects.get(pk=response.json()["id"])
    assert _state(claim) == expected, why
    _horizon_kept(claim, start)
    deadline, source, _ = expected
    body = response.json()
    assert (body["deadline"], body["deadline_source"]) == (
        deadline.isoformat() if deadline else None,
        source,
    )


@pytest.mark.parametrize(("before", "after", "start", "expected"), CHANGED)
def test_a_kind_patched_derives_or_drops_the_deadline_and_keeps_a_curators(
    curator_api, before, after, start, expected
):
    claim = _created_by_service(before, start)
    response = curator_api.patch(
        f"/api/v1/claims/{claim.pk}/", {"kind": after, "version": 1}, format="json"
    )
    assert response.status_code == 200, response.content
    assert response.json()["kind"] == after
    assert _state(claim) == expected
    _horizon_kept(claim, start)
