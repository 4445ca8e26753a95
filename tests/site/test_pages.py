"""The public pages show the published record: who said what, where, when, by when, and how
it turned out."""

import re
from html import unescape

import pytest
from django.urls import reverse

from claims import services
from tests.factories import ClaimFactory

pytestmark = pytest.mark.django_db


def text_of(response) -> str:
    """The page's text with tags removed and whitespace collapsed."""
    html = response.content.decode()
    html = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", html, flags=re.S)
    html = re.sub(r"</?(a|span|time|strong|em)\b[^>]*>", "", html)  # inline: no word break
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def test_root_is_the_public_home_not_the_admin(client, record):
    response = client.get("/")
    assert response.status_code == 200
    text = text_of(response)
    assert "Resolved recently" in text
    assert "Short-form video will be generated at high resolution within two years." in text
    assert "1 piece of evidence" in text
    assert "Fell due recently" in text
    assert "Lumen Labs will open-source" in text
    assert "Due next" in text
    assert "Every film studio will use generated footage" in text
    assert 'href="/speakers/emma-stratton/"' in response.content.decode()


def test_the_admin_view_site_link_leads_to_the_public_site(admin_client):
    response = admin_client.get("/admin/")
    assert 'href="/"' in response.content.decode()
    assert "View site" in response.content.decode()


def test_a_claim_page_shows_the_whole_record_of_the_claim(client, record):
    claim = record.resolved
    response = client.get(
        f"/claims/{claim.pk}/short-form-video-will-be-generated-at-high-resolution/"
    )
    assert response.status_code == 200
    text = text_of(response)
    html = response.content.decode()
    for expected in [
        "Short-form video will be generated at high resolution within two years.",
        "Within two years you will generate short-form video at high resolution.",
        "Emma Stratton, October 2022",  # the date at its honest precision
        "The Future of Video, episode 12, Frames Podcast, October 2022, at 41:05",
        "prediction",
        "“within two years”",
        "Deadline October 2024",
        "came true",
        "Two public models generated 1080p short clips before October 2024.",
        "Both models render 1080p clips of up to a minute.",
        "seen 30 September 2024",
        "Stated confidence 80%",
        "Generative video",
    ]:
        assert expected in text, expected
    assert claim.deadline_rule
    assert claim.deadline_rule in text
    assert 'href="https://frames.example.org/12"' in html
    assert 'href="https://archive.example.org/video-models"' in html
    assert 'href="/speakers/emma-stratton/"' in html
    assert f'href="/sources/{record.source.pk}/"' in html


def test_a_claim_page_keeps_every_verdict_with_retracted_ones_marked(client, record):
    text = text_of(client.get(f"/claims/{record.resolved.pk}/", follow=True))
    assert "Verdicts given" in text
    assert "false" in text
    assert "retracted" in text
    assert "No public model produced such video by the deadline." in text
    assert "Why it was retracted: revised: Missed two releases in September 2024." in text
    assert "Why it was revised: Missed two releases in September 2024." in text
    assert "true" in text
    assert "current" in text


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/claims/{pk}/", "the short address"),
        ("/claims/{pk}/an-old-statement/", "a slug from before the statement was edited"),
        ("/claims/{pk}/SHORT-FORM-VIDEO/", "a slug in the wrong case"),
    ],
)
def test_old_and_short_claim_addresses_redirect_permanently_to_the_current_one(
    client, record, path, reason
):
    claim = record.resolved
    response = client.get(path.format(pk=claim.pk))
    assert response.status_code == 301, reason
    assert response["Location"] == (
        f"/claims/{claim.pk}/short-form-video-will-be-generated-at-high-resolution/"
    )


def test_editing_the_statement_moves_the_slug_and_the_old_address_follows(client, record):
    claim = record.open
    old = client.get(f"/claims/{claim.pk}/").headers["Location"]
    services.claim_update(
        claim=claim,
        expected_version=claim.version,
        changes={"statement": "Most film studios will use generated footage by 2030."},
    )
    response = client.get(old)
    assert response.status_code == 301
    assert response["Location"] == (
        f"/claims/{claim.pk}/most-film-studios-will-use-generated-footage-by-2030/"
    )
    assert client.get(response["Location"]).status_code == 200


@pytest.mark.parametrize(
    ("horizon", "expected"),
    [
        ("", "none: this claim is never due"),
        ("eventually", "not yet dated: the horizon is too vague to date"),
    ],
)
def test_a_claim_without_a_deadline_says_why(client, record, horizon, expected):
    claim = services.claim_create(
        speaker=record.speaker,
        source=record.source,
        quote=f"Samantha from Her is coming {horizon}.".replace(" .", "."),
        statement="Assistants like Samantha from Her will exist.",
        said_on=record.source.published_on,
        horizon=horizon,
    )
    text = text_of(client.get(f"/claims/{claim.pk}/", follow=True))
    assert expected in text


def test_a_speaker_page_shows_bio_track_record_and_claims(client, record):
    response = client.get("/speakers/emma-stratton/")
    assert response.status_code == 200
    text = text_of(response)
    for expected in [
        "Emma Stratton",
        "Lumen Labs (CEO)",
        "Founder of Lumen Labs.",
        "3 published claims, 1 past its deadline without a verdict.",
        "Of 1 resolved prediction, 100% came true",
        "That is too few to say much",
        "Brier score over 1 prediction with a stated confidence: 0.040",
        "Calibration, in numbers",
        "Claims by year and status",
    ]:
        assert expected in text, expected
    html = response.content.decode()
    assert '<svg role="img" aria-labelledby="calibration-title calibration-desc"' in html
    assert 'href="https://lumen.example.org/"' in html
    for claim in (record.resolved, record.open, record.due):
        assert claim.statement in text


def test_a_speaker_without_confidences_has_no_calibration_chart(client, record):
    ClaimFactory(speaker__name="Plain Speaker", speaker__slug="plain-speaker")
    text = text_of(client.get("/speakers/plain-speaker/"))
    assert "Calibration" not in text
    assert "Brier" not in text
    assert "no share to give" in text


@pytest.mark.parametrize(
    ("query", "expected", "absent"),
    [
        ("?status=due", ["Lumen Labs will open-source"], ["Every film studio", "Short-form"]),
        ("?kind=commitment", ["Lumen Labs will open-source"], ["Every film studio"]),
        ("?status=true", ["Short-form video"], ["Every film studio"]),
        ("?status=&kind=", ["Short-form video", "Every film studio"], []),
    ],
)
def test_a_speakers_claims_filter_by_status_and_kind(client, record, query, expected, absent):
    text = text_of(client.get(f"/speakers/emma-stratton/{query}"))
    for words in expected:
        assert words in text
    for words in absent:
        assert words not in text


def test_a_source_page_lists_its_claims_in_order_of_appearance(client, record):
    response = client.get(f"/sources/{record.source.pk}/")
    assert response.status_code == 200
    text = text_of(response)
    assert "Frames Podcast" in text
    assert "October 2022" in text
    assert "podcast episode" in text
    assert "Emma Stratton (guest)" in text or "Participants" not in text
    order = [text.index(claim.statement) for claim in (record.open, record.resolved, record.due)]
    assert order == sorted(order), "12:30, then 41:05, then 1:02:03"
    assert "Internal source note" not in text


def test_a_topic_page_lists_its_claims_and_links_its_feeds(client, record):
    response = client.get("/topics/generative-video/")
    text = text_of(response)
    assert "Topic: Generative video" in text
    assert record.resolved.statement in text
    assert record.open.statement in text
    assert record.due.statement not in text
    html = response.content.decode()
    assert 'href="/topics/generative-video/resolutions.atom"' in html
    assert 'href="/topics/generative-video/deadlines.ics"' in html


@pytest.mark.parametrize(
    "path",
    [
        "/claims/999999/anything/",
        "/claims/99999999999999999999999/anything/",  # beyond any database id
        "/sources/99999999999999999999999/",
        "/claims/-1/",
        "/claims/999999/",
        "/speakers/nobody/",
        "/sources/999999/",
        "/topics/nothing/",
        "/no-such-page/",
    ],
)
def test_unknown_addresses_are_a_404_page_in_the_sites_layout(client, record, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "There is no public page at this address." in text_of(response)


def test_pages_answer_head_and_refuse_writes(client, record):
    assert client.head("/").status_code == 200
    assert client.post("/").status_code == 405
    assert client.post(reverse("site:claims")).status_code == 405


def test_the_speakers_page_lists_public_speakers_with_their_records(client, record):
    ClaimFactory(speaker__name="Zed Quiet", speaker__slug="zed-quiet")
    text = text_of(client.get("/speakers/"))
    assert "Emma Stratton 3 1 1 100%" in text
    assert "Zed Quiet 1 1 0 —" in text  # one claim, past its deadline
    assert text.index("Emma Stratton") < text.index("Zed Quiet")


def test_the_speakers_page_is_paged_by_the_hundred(client, db):
    for number in range(101):
        ClaimFactory(speaker__name=f"Pundit {number:03d}", speaker__slug=f"pundit-{number:03d}")
    first = text_of(client.get("/speakers/"))
    assert "Pundit 099" in first
    assert "Pundit 100" not in first
    assert "Page 1 of 2" in first
    assert "Pundit 100" in text_of(client.get("/speakers/?page=2"))
    assert "Pundit 100" in text_of(client.get("/speakers/?page=99"))  # past the end: the last
    assert "Pundit 000" in text_of(client.get("/speakers/?page=first"))  # not a number: the first
