"""A speaker's and a source's admin pages list their claims, a page at a time."""

import re

import pytest
from django.urls import reverse

from claims.admin.claim_lists import PAGE_SIZE, locator_key
from claims.choices import ReviewState
from tests.factories import ClaimFactory, SourceFactory, SpeakerFactory, TopicFactory

pytestmark = pytest.mark.django_db


def _rows(page: str) -> list[tuple[str, str]]:
    """(link, state) of each claim listed in the page's claims panel."""
    panel = page[page.index('id="claims-panel"') :]
    return re.findall(r'<tr class="claim-(\w+)">\s*<td><a href="([^"]+)"', panel)


@pytest.mark.parametrize(
    ("earlier", "later", "why"),
    [
        ("line 9", "line 10", "lines by number, not as text"),
        ("00:59:59", "01:00:00", "timestamps by time"),
        ("12:31", "1:00:00", "a timestamp without hours is minutes and seconds"),
        ("p. 2", "p. 12", "pages by number"),
        ("line 3", "", "claims without a locator last"),
        ("line 3", "intro", "a locator without a number after the numbered ones"),
    ],
)
def test_locators_sort_as_a_reader_goes_through_the_source(earlier, later, why):
    assert locator_key(earlier) < locator_key(later), why


def test_a_source_page_lists_its_claims_in_order_published_and_drafts_marked(curator_client):
    source = SourceFactory()
    later = ClaimFactory(source=source, locator="line 10")
    draft = ClaimFactory(source=source, locator="line 9", review_state=ReviewState.DRAFT)
    first = ClaimFactory(source=source, locator="line 2")
    ClaimFactory(source=source, locator="line 1", review_state=ReviewState.REJECTED)
    ClaimFactory()  # another source's

    page = curator_client.get(reverse("admin:claims_source_change", args=[source.pk])).text

    assert _rows(page) == [
        ("published", reverse("admin:claims_claim_change", args=[first.pk])),
        ("draft", reverse("admin:claims_draftclaim_change", args=[draft.pk])),
        ("published", reverse("admin:claims_claim_change", args=[later.pk])),
    ]
    assert "3 claims (1 draft waiting for review)" in page
    assert f'href="/admin/claims/claim/?source__id__exact={source.pk}"' in page
    assert "1 rejected draft</a>, not listed here" in page


def test_a_speaker_page_shows_each_claim_once_a_page_at_a_time(curator_client):
    speaker = SpeakerFactory()
    topics = [TopicFactory(), TopicFactory()]
    claims = [ClaimFactory(speaker=speaker, topics=topics) for _ in range(PAGE_SIZE + 5)]
    newest_first = sorted(claims, key=lambda c: (c.said_on, c.pk), reverse=True)
    url = reverse("admin:claims_speaker_change", args=[speaker.pk])

    first = curator_client.get(url).text
    second = curator_client.get(url, {"claims_page": "2"}).text
    beyond = curator_client.get(url, {"claims_page": "nonsense"})

    listed = [link for _, link in _rows(first) + _rows(second)]
    assert listed == [reverse("admin:claims_claim_change", args=[c.pk]) for c in newest_first]
    assert f"All {PAGE_SIZE + 5} claims in the claims list" in first
    assert "page 1 of 2" in first
    assert 'href="?claims_page=2#claims-panel"' in first
    assert beyond.status_code == 200
    assert _rows(beyond.text) == _rows(first)
    assert "claim_set-TOTAL_FORMS" not in first  # no inline of every claim any more


def test_a_speaker_page_costs_the_same_queries_whatever_the_number_of_claims(
    curator_client, django_assert_num_queries
):
    speaker = SpeakerFactory()
    url = reverse("admin:claims_speaker_change", args=[speaker.pk])
    ClaimFactory.create_batch(3, speaker=speaker)
    curator_client.get(url)
    with django_assert_num_queries(QUERIES_SPEAKER_PAGE):
        curator_client.get(url)
    ClaimFactory.create_batch(40, speaker=speaker)
    with django_assert_num_queries(QUERIES_SPEAKER_PAGE):
        curator_client.get(url)


def test_a_source_page_costs_the_same_queries_whatever_the_number_of_claims(
    curator_client, django_assert_num_queries
):
    source = SourceFactory()
    url = reverse("admin:claims_source_change", args=[source.pk])
    ClaimFactory.create_batch(3, source=source)
    curator_client.get(url)
    with django_assert_num_queries(QUERIES_SOURCE_PAGE):
        curator_client.get(url)
    ClaimFactory.create_batch(40, source=source)
    with django_assert_num_queries(QUERIES_SOURCE_PAGE):
        curator_client.get(url)


QUERIES_SPEAKER_PAGE = 11
QUERIES_SOURCE_PAGE = 10
