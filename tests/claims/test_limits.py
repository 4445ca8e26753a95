"""Free text has limits every path enforces; speakers' links are URLs; "the future" starts
after today in the earliest time zone on Earth."""

import datetime
import importlib

import pytest
import time_machine
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse

from claims import services
from claims.models import Claim, Evidence, Resolution, Source, Speaker, Topic
from claims.validators import (
    BIO_MAX,
    DESCRIPTION_MAX,
    EXCERPT_MAX,
    NOTES_MAX,
    QUOTE_MAX,
    RATIONALE_MAX,
    REASON_MAX,
    latest_today,
)
from tests.api.conftest import resolve
from tests.claims.test_history import _form_data
from tests.factories import EVIDENCE_SEEN, ClaimFactory, SourceFactory, SpeakerFactory, TopicFactory

pytestmark = pytest.mark.django_db


# --- the database ---------------------------------------------------------------------------
def _claim_row():
    return ClaimFactory()


def _resolution_row():
    return resolve(ClaimFactory())


def _evidence_row():
    return _resolution_row().evidence.get()


# (make a row, model, field, maximum)
DATABASE_MAXIMA = [
    (_claim_row, Claim, "quote", QUOTE_MAX),
    (_claim_row, Claim, "internal_notes", NOTES_MAX),
    (SourceFactory, Source, "notes", NOTES_MAX),
    (SpeakerFactory, Speaker, "bio", BIO_MAX),
    (TopicFactory, Topic, "description", DESCRIPTION_MAX),
    (_resolution_row, Resolution, "rationale", RATIONALE_MAX),
    (_resolution_row, Resolution, "revision_reason", REASON_MAX),
    (_evidence_row, Evidence, "excerpt", EXCERPT_MAX),
]


@pytest.mark.parametrize(
    ("make", "model", "field", "maximum"),
    DATABASE_MAXIMA,
    ids=[f"{model.__name__}.{field}" for _, model, field, _ in DATABASE_MAXIMA],
)
def test_the_database_refuses_text_over_its_maximum(make, model, field, maximum):
    row = make()
    model.objects.filter(pk=row.pk).update(**{field: "é" * maximum})  # characters, not bytes
    with pytest.raises(IntegrityError), transaction.atomic():
        model.objects.filter(pk=row.pk).update(**{field: "x" * (maximum + 1)})


# --- the services ----------------------------------------------------------------------------
def _create(**overrides) -> Claim:
    fields = {
        "speaker": SpeakerFactory(),
        "source": SourceFactory(),
        "quote": "Run Stable Diffusion on your iPhone by next year",
        "statement": "Stable Diffusion runs on an iPhone by the end of 2023.",
        "said_on": datetime.date(2022, 10, 1),
    }
    return services.claim_create(**{**fields, **overrides})


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        (
            {"quote": "y" * (QUOTE_MAX + 1)},
            "quote",
            f"Ensure this value has at most {QUOTE_MAX} characters (it has {QUOTE_MAX + 1}).",
        ),
        ({"internal_notes": "n" * (NOTES_MAX + 1)}, "internal_notes", "at most 10000"),
        ({"statement": "Ships\x1b[0m."}, "statement", "control character '\\x1b' at position 6"),
        ({"horizon": "by next\x0b year"}, "horizon", "control character '\\x0b'"),
        ({"locator": "12:\x7f00"}, "locator", "control character '\\x7f'"),
        ({"quote": "Tabs\tand\nlines\r\nare fine, but not\x85 this."}, "quote", "'\\x85'"),
    ],
    ids=["quote", "notes", "escape", "vertical tab", "DEL", "C1 control"],
)
def test_claim_text_over_its_limits_is_refused_naming_the_field(overrides, field, message):
    with pytest.raises(ValidationError) as error:
        _create(**overrides)
    assert any(message in text for text in error.value.message_dict[field])
    assert not Claim.objects.exists()


def test_tabs_and_line_breaks_are_not_control_characters_to_refuse():
    claim = _create(quote="Line one,\tthen\r\nline two by next year.")
    assert claim.quote == "Line one,\tthen\r\nline two by next year."


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"rationale": "r" * (RATIONALE_MAX + 1)}, "rationale"),
        ({"rationale": "Yes\x00."}, "rationale"),
        ({"reason": "x" * (REASON_MAX + 1)}, "reason"),
    ],
)
def test_resolution_text_over_its_limits_is_refused(kwargs, field):
    claim = ClaimFactory()
    resolve(claim)
    with pytest.raises(ValidationError) as error:
        services.claim_resolve(
            evidence=EVIDENCE_SEEN,
            claim=claim,
            verdict="false",
            **{"rationale": "Recount.", "reason": "why", **kwargs},
        )
    assert list(error.value.message_dict) == [field]
    assert claim.resolutions.count() == 1


def test_a_reopening_reason_over_its_limit_is_refused():
    claim = ClaimFactory()
    resolve(claim)
    with pytest.raises(ValidationError) as error:
        services.claim_reopen(claim=claim, reason="x" * (REASON_MAX + 1))
    assert list(error.value.message_dict) == ["reason"]
    claim.refresh_from_db()
    assert claim.verdict == "true"
    services.claim_reopen(claim=claim, reason="x" * REASON_MAX)  # the longest allowed fits


# --- "in the future" ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("now", "said_on", "accepted"),
    [
        # 20:00 UTC on 10 March: already 11 March in Auckland and Kiritimati
        ("2026-03-10T20:00:00Z", "2026-03-11", True),
        ("2026-03-10T20:00:00Z", "2026-03-12", False),
        # 09:59 UTC: 23:59 in Kiritimati, still 10 March everywhere
        ("2026-03-10T09:59:00Z", "2026-03-11", False),
        ("2026-03-10T10:00:00Z", "2026-03-11", True),
        # New Year's Eve, late in UTC: the new year has begun in the Pacific
        ("2026-12-31T23:00:00Z", "2027-01-01", True),
    ],
)
def test_said_on_is_in_the_future_only_after_today_in_the_earliest_time_zone(
    now, said_on, accepted
):
    with time_machine.travel(now, tick=False):
        said = datetime.date.fromisoformat(said_on)
        assert (said <= latest_today()) is accepted
        # the source is dated that day: a claim is said on its source's date
        source = SourceFactory(published_on=said, published_precision="day")
        if accepted:
            assert _create(said_on=said, deadline=said, source=source).said_on == said
        else:
            with pytest.raises(ValidationError) as error:
                _create(said_on=said, source=source)
            assert error.value.message_dict == {
                "said_on": ["A claim cannot have been said in the future."]
            }


def test_an_edit_is_judged_against_the_earliest_time_zone_too():
    march = SourceFactory(published_on=datetime.date(2026, 3, 1), published_precision="month")
    claim = ClaimFactory(deadline=None, source=march, said_on=datetime.date(2026, 3, 1))
    with time_machine.travel("2026-03-10T20:00:00Z", tick=False):
        edited = services.claim_update(
            claim=claim, expected_version=1, changes={"said_on": datetime.date(2026, 3, 11)}
        )
        assert edited.said_on == datetime.date(2026, 3, 11)
        with pytest.raises(ValidationError):
            services.claim_update(
                claim=claim, expected_version=2, changes={"said_on": datetime.date(2026, 3, 12)}
            )


# --- speakers' links ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("links", "message"),
    [
        ("https://example.org", "Give a list of URLs."),
        ({"a": 1}, "Give a list of URLs."),
        (["https://example.org", 7], "Link 2 is not a URL."),
        (["example.org"], "Link 1 ('example.org') is not a valid http(s) URL."),
        (["javascript:alert(1)"], "Link 1 ('javascript:alert(1)') is not a valid http(s) URL."),
        (
            ["ftp://files.example.org/cv.pdf"],
            "Link 1 ('ftp://files.example.org/cv.pdf') is not a valid http(s) URL.",
        ),
        (["https://example.org"] * 2, "A link is given twice."),
        ([f"https://example.org/{n}" for n in range(21)], "Give at most 20 links."),
    ],
)
def test_speaker_links_must_be_a_list_of_urls(links, message):
    with pytest.raises(ValidationError) as error:
        services.speaker_create(name="Ada Example", links=links)
    assert error.value.message_dict["links"] == [message]
    assert not Speaker.objects.exists()


def test_speaker_links_are_edited_one_per_line_in_the_admin(curator_client):
    speaker = SpeakerFactory(links=["https://ada.example.org"])
    url = reverse("admin:claims_speaker_change", args=[speaker.pk])
    page = curator_client.get(url)
    assert page.context["adminform"].form["links"].value() == "https://ada.example.org"
    data = _form_data(page)
    data["links"] = "https://ada.example.org\r\n\r\n  https://blog.example.org/ada  \r\n"
    assert curator_client.post(url, data).status_code == 302
    speaker.refresh_from_db()
    assert speaker.links == ["https://ada.example.org", "https://blog.example.org/ada"]
    data["links"] = "https://ada.example.org\r\nnot a link"
    response = curator_client.post(url, data)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["links"] == [
        "Link 2 ('not a link') is not a valid http(s) URL."
    ]
    speaker.refresh_from_db()
    assert len(speaker.links) == 2


@pytest.mark.parametrize(
    ("stored", "fixed"),
    [
        ("https://example.org", ["https://example.org"]),
        (
            "https://a.example.org\nhttps://b.example.org",
            ["https://a.example.org", "https://b.example.org"],
        ),
        ({"a": 1}, []),
        ({"home": "https://example.org"}, ["https://example.org"]),
        (["https://example.org", "not a url", 3, None], ["https://example.org"]),
        (["https://example.org", "https://example.org"], ["https://example.org"]),
        (42, []),
        (["https://example.org"], ["https://example.org"]),
    ],
)
def test_the_migration_turns_stored_links_into_a_list_of_urls(stored, fixed):
    speaker = SpeakerFactory()
    Speaker.objects.filter(pk=speaker.pk).update(links=stored)
    migration = importlib.import_module("claims.migrations.0005_text_limits_and_speaker_links")
    migration.links_as_url_lists(apps, None)
    speaker.refresh_from_db()
    assert speaker.links == fixed


def test_the_migration_stops_on_text_over_the_new_maxima(monkeypatch):
    short, long = ClaimFactory(quote="Short."), ClaimFactory(quote="Rather longer.")
    migration = importlib.import_module("claims.migrations.0005_text_limits_and_speaker_links")
    migration.refuse_overlong_text(apps, None)  # nothing to shorten: no error
    monkeypatch.setattr(migration, "TEXT_MAXIMA", [("Claim", "quote", len(short.quote))])
    with pytest.raises(RuntimeError, match=rf"Claim.quote \(at most 6\): ids \[{long.pk}\]"):
        migration.refuse_overlong_text(apps, None)
