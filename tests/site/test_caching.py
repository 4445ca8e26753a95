"""Conditional GET and Cache-Control on pages and feeds."""

import datetime

import pytest
import time_machine
from django.utils.http import http_date

from claims import services
from tests.site.conftest import NOW

pytestmark = pytest.mark.django_db

URLS = [
    "/",
    "/claims/",
    "/speakers/emma-stratton/",
    "/feeds/resolutions.atom",
    "/feeds/deadlines.ics",
    "/topics/generative-video/resolutions.atom",
]


def claim_url(record) -> str:
    return f"/claims/{record.resolved.pk}/short-form-video-will-be-generated-at-high-resolution/"


@pytest.mark.parametrize("path", [*URLS, "claim"])
def test_a_repeated_request_with_the_etag_is_answered_304(client, record, path):
    url = claim_url(record) if path == "claim" else path
    first = client.get(url)
    assert first.status_code == 200
    assert first["Cache-Control"] == "public, max-age=60"
    second = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert second.status_code == 304
    assert second.content == b""
    assert second["ETag"] == first["ETag"]


def test_the_etag_changes_when_the_page_does(client, record):
    url = claim_url(record)
    before = client.get(url)["ETag"]
    services.claim_update(
        claim=record.resolved,
        expected_version=record.resolved.version,
        changes={"quote": "Within two years you will generate 4K short-form video."},
    )
    after = client.get(url)
    assert after["ETag"] != before
    assert client.get(url, HTTP_IF_NONE_MATCH=before).status_code == 200


def test_a_claim_page_is_last_modified_at_its_latest_change_but_never_before_today(client, record):
    url = claim_url(record)
    start_of_today = datetime.datetime.combine(NOW.date(), datetime.time.min, tzinfo=datetime.UTC)
    response = client.get(url)
    # everything was made "now", at noon today
    assert response["Last-Modified"] == http_date(NOW.timestamp())
    with time_machine.travel(NOW + datetime.timedelta(days=2), tick=False):
        later = client.get(url)
        start = start_of_today + datetime.timedelta(days=2)
        assert later["Last-Modified"] == http_date(start.timestamp())
        unchanged = client.get(url, HTTP_IF_MODIFIED_SINCE=later["Last-Modified"])
        assert unchanged.status_code == 304


def test_errors_and_not_found_pages_are_not_cached_as_pages(client, record):
    assert "ETag" not in client.get("/claims/?status=bogus")
    missing = client.get("/claims/999999/x/")
    assert missing.status_code == 404
    assert "ETag" not in missing
