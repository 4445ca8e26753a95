"""Every page and feed costs a fixed number of queries, whatever the size of the record."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims import services
from claims.choices import Verdict
from claims.services import EvidenceInput
from tests.factories import ClaimFactory, SourceFactory, SpeakerFactory, TopicFactory

pytestmark = pytest.mark.django_db

# Pinned: a change here is a change in what a page costs; say why in the commit.
QUERIES = {
    "/": 6,
    "/claims/": 5,
    "/claims/?q=video&status=true&topic=video": 5,
    "/claims/{claim}/": 6,  # the short address's redirect, then the page
    "/speakers/": 3,  # count, page, their track records
    "/speakers/pundit/": 5,
    "/sources/{source}/": 5,
    "/topics/video/": 4,
    "/feeds/resolutions.atom": 3,
    "/speakers/pundit/resolutions.atom": 4,
    "/topics/video/resolutions.atom": 4,
    "/feeds/deadlines.ics": 1,
    "/speakers/pundit/deadlines.ics": 2,
    "/topics/video/deadlines.ics": 2,
}


def build_record(size: int) -> dict:
    """``size`` claims of one speaker on one source and topic, every third resolved with
    two pieces of evidence and a stated confidence, every third revised once."""
    speaker = SpeakerFactory(slug="pundit")
    source = SourceFactory()
    topic = TopicFactory(slug="video", name="Video")
    claims = ClaimFactory.create_batch(
        size,
        speaker=speaker,
        source=source,
        topics=[topic],
        quote="Generated video at scale within two years.",
        said_on=datetime.date(2022, 10, 1),
        deadline=datetime.date(2024, 10, 31),
    )
    for index, claim in enumerate(claims):
        if index % 3:
            continue
        claim.confidence = 0.7
        claim.save(update_fields=["confidence"])
        evidence = [
            EvidenceInput(
                url=f"https://news.example.org/{index}/{n}", observed_on=datetime.date(2024, 11, 1)
            )
            for n in range(2)
        ]
        services.claim_resolve(
            claim=claim, verdict=Verdict.FALSE, rationale="Not yet.", evidence=evidence
        )
        claim.refresh_from_db()
        services.claim_resolve(
            claim=claim,
            verdict=Verdict.TRUE,
            rationale="It did.",
            evidence=evidence,
            reason="Late news.",
        )
    return {"claim": claims[0].pk, "source": source.pk}


def count(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, follow=True)
    assert response.status_code == 200, url
    return len(queries)


@pytest.mark.parametrize("size", [3, 30])
def test_queries_per_page_are_pinned_and_do_not_grow_with_the_record(client, size):
    ids = build_record(size)
    counts = {url: count(client, url.format(**ids)) for url in QUERIES}
    expected = dict(QUERIES)
    if connection.vendor == "postgresql":
        # Full-text search first finds the speakers whose name matches (claims.api.search).
        expected["/claims/?q=video&status=true&topic=video"] += 1
    assert counts == expected
