"""The claims list and search: the API's filters and cursor paging, as a page."""

import re

import pytest

from tests.factories import ClaimFactory, SpeakerFactory

pytestmark = pytest.mark.django_db


def claim_ids(response) -> list[int]:
    """Ids of the claims listed on a page, in order."""
    return [
        int(pk)
        for pk in re.findall(
            r'class="claim-title"><a href="/claims/(\d+)/', response.content.decode()
        )
    ]


def next_link(response) -> str | None:
    found = re.search(r'rel="next" href="([^"]+)"', response.content.decode())
    return found.group(1).replace("&amp;", "&") if found else None


@pytest.mark.parametrize(
    "query",
    [
        "",
        "status=due",
        "status=open",
        "status=true",
        "kind=prediction",
        "kind=commitment",
        "speaker=emma-stratton",
        "topic=generative-video",
        "deadline_after=2025-01-01",
        "deadline_before=2026-01-01",
        "q=video",
        "q=studio",
        "q=Stratton",
        'q="short-form video"',
        "status=open&topic=generative-video",
        "ordering=deadline",
        "ordering=most_overdue",
        "ordering=-updated",
    ],
)
def test_the_list_shows_what_the_api_lists_for_the_same_filters(client, record, hidden, query):
    page = client.get(f"/claims/?{query}")
    api = client.get(f"/api/v1/claims/?{query}")
    assert page.status_code == 200
    assert claim_ids(page) == [claim["id"] for claim in api.json()["results"]]


def test_empty_form_fields_mean_any(client, record):
    page = client.get("/claims/?q=&status=&kind=&speaker=&topic=&deadline_after=&deadline_before=")
    assert page.status_code == 200
    assert len(claim_ids(page)) == 3


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("status=overdue", "status"),
        ("kind=rumour", "kind"),
        ("deadline_after=2025-13-01", "deadline_after"),
        ("cursor=not-a-cursor", "Invalid cursor"),
        ("ordering=popularity", "Unknown ordering"),
        ("page_size=0", "page_size"),
    ],
)
def test_bad_filters_are_a_400_page_naming_the_parameter(client, record, query, message):
    response = client.get(f"/claims/?{query}")
    assert response.status_code == 400
    body = response.content.decode()
    assert "These filters cannot be used" in body
    assert message in body


def test_cursor_paging_walks_every_claim_once_in_order(client, db):
    speaker = SpeakerFactory(slug="prolific", name="Prolific Pundit")
    made = ClaimFactory.create_batch(30, speaker=speaker)
    seen, url = [], "/claims/?page_size=7"
    while url:
        response = client.get(url)
        assert response.status_code == 200
        seen += claim_ids(response)
        url = next_link(response)
    expected = [
        claim["id"] for claim in client.get("/api/v1/claims/?page_size=100").json()["results"]
    ]
    assert seen == expected
    assert sorted(seen) == sorted(claim.pk for claim in made)


def test_a_speakers_claims_are_paged_with_the_same_cursors(client, db):
    speaker = SpeakerFactory(slug="prolific", name="Prolific Pundit")
    ClaimFactory.create_batch(30, speaker=speaker)
    first = client.get("/speakers/prolific/")
    assert len(claim_ids(first)) == 25
    second = client.get(next_link(first))
    assert len(claim_ids(second)) == 5
    assert not set(claim_ids(first)) & set(claim_ids(second))
    assert next_link(second) is None


def test_searching_from_the_header_leads_to_the_results(client, record):
    home = client.get("/").content.decode()
    assert 'role="search" action="/claims/" method="get"' in home
    results = client.get("/claims/", {"q": "studio"})
    assert claim_ids(results) == [record.open.pk]
    assert "Claims matching “studio”" in results.content.decode()


@pytest.mark.parametrize(
    "url",
    [
        "/claims/?q=quantum%00toasters",
        "/claims/?speaker=emma%00stratton",
        "/claims/?topic=%00",
        "/speakers/emma-stratton/?status=open%00",
        "/topics/generative-video/?kind=%00prediction",
    ],
)
def test_characters_the_database_cannot_compare_are_a_400_not_a_500(client, record, url):
    response = client.get(url)
    assert response.status_code == 400
    assert "Must not contain NUL characters." in response.content.decode()


def test_with_many_speakers_the_speaker_filter_is_a_text_field(client, db, settings):
    for number in range(101):
        ClaimFactory(speaker__name=f"Pundit {number:03d}", speaker__slug=f"pundit-{number:03d}")
    page = client.get("/claims/?speaker=pundit-042")
    body = page.content.decode()
    assert '<input id="filter-speaker" type="text" name="speaker" value="pundit-042"' in body
    assert '<option value="pundit-' not in body
    assert len(claim_ids(page)) == 1


def test_with_few_speakers_the_speaker_filter_is_a_list(client, record):
    body = client.get("/claims/?speaker=emma-stratton").content.decode()
    assert '<option value="emma-stratton" selected>Emma Stratton</option>' in body
