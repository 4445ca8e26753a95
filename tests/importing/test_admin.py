"""The upload page and the review queue, as a curator uses them."""

import datetime
from pathlib import Path

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from claims.choices import ReviewState
from claims.importing.services import ImportOptions, SourceChoice, import_document
from claims.models import Claim, ImportBatch
from tests.factories import ClaimFactory, SourceFactory, SpeakerFactory

pytestmark = pytest.mark.django_db

PANEL = (Path(__file__).parent / "data" / "panel.vtt").read_bytes()
UPLOAD = reverse("admin:claims_importbatch_add")
QUEUE = reverse("admin:claims_draftclaim_changelist")
NEW_SOURCE = {
    "source_title": "Storage panel",
    "published_on": "2024-03-05",
    "source_kind": "podcast",
    "default_speaker": "",
    "speakers": "Dana Host = dana\n",
}


def _upload(data: bytes = PANEL, name: str = "panel.vtt") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type="text/vtt")


def _drafts(curator) -> list[Claim]:
    result = import_document(
        data=PANEL,
        options=ImportOptions(
            source=SourceChoice(title="Panel", published_on=datetime.date(2024, 3, 5))
        ),
        actor=curator,
    )
    return result.claims


def test_preview_shows_the_candidates_and_writes_nothing(curator_client):
    response = curator_client.post(UPLOAD, {**NEW_SOURCE, "file": _upload(), "_preview": "1"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Preview: 8 candidates from 10 statements (8 new, 0 imported before)" in page
    assert "“Dana Host” → dana (new)" in page
    assert "Honestly, hydrogen cars will never catch up with electric ones." in page
    assert Claim.objects.count() == 0


def test_import_after_preview_uses_the_previewed_file(curator_client, curator):
    dana = SpeakerFactory(name="Dana Host", slug="dana")
    curator_client.post(UPLOAD, {**NEW_SOURCE, "file": _upload(), "_preview": "1"})
    response = curator_client.post(UPLOAD, {**NEW_SOURCE, "_import": "1"})
    batch = ImportBatch.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"{QUEUE}?import_record__batch__id__exact={batch.pk}"
    assert batch.created_by == curator
    assert Claim.objects.filter(review_state=ReviewState.DRAFT).count() == 8
    assert Claim.objects.filter(speaker=dana).count() == 2
    queue = curator_client.get(response["Location"])
    assert queue.status_code == 200
    assert "8 draft claim" in queue.content.decode()


def test_a_bad_upload_gets_a_clear_error_and_nothing_is_imported(curator_client):
    data = b"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v A>Fine.\n\nbad cue\n"
    response = curator_client.post(UPLOAD, {**NEW_SOURCE, "file": _upload(data), "_import": "1"})
    assert response.status_code == 200
    assert "Line 6: Expected a cue timing line" in response.content.decode()
    assert "Nothing was imported." in response.content.decode()
    assert Claim.objects.count() == 0


def test_the_upload_form_needs_a_source(curator_client):
    response = curator_client.post(UPLOAD, {"file": _upload(), "source_kind": "podcast"})
    assert "Name the source: pick an existing one" in response.content.decode()


def test_every_option_mistake_is_shown_under_its_field_at_once(curator_client):
    response = curator_client.post(
        UPLOAD,
        {
            "file": _upload(),
            "source_kind": "podcast",
            "source_title": "Panel",
            "published_on": "last spring",
            "speakers": "Maya Chen = maya-chen\nDana =",
            "sections": "ninety = Ada",
            "lines": "9-2",
            "_preview": "1",
        },
    )
    errors = response.context["form"].errors
    assert errors["published_on"] == [
        "'last spring' is not a date; write 2023, 2022-10 or 2023-02-15."
    ]
    assert errors["speakers"] == ["'Dana =' names no speaker after '='."]
    assert errors["sections"] == ["'ninety = Ada' should look like 95=Speaker Name."]
    assert errors["lines"] == ["'9-2' should look like 2-38."]
    assert "--" not in str(errors), "no command-line option names in the admin"
    assert "Please correct the errors below." in response.content.decode()
    assert not ImportBatch.objects.exists()


def test_a_new_source_without_a_date_is_asked_for_one_on_its_field(curator_client):
    response = curator_client.post(
        UPLOAD, {"file": _upload(), "source_kind": "podcast", "source_title": "Panel"}
    )
    assert response.context["form"].errors["published_on"] == [
        "Give the date the new source was published."
    ]


WEEK_WITH_TITLE = (
    "Weekly notes — week 19\n\n"
    "Ada Quist — Future of Work Summit, Lisbon, 9 May 2023\n"
    "- Half of all office leases will not be renewed by 2026\n"
    "Guest: Carla Mendes\n"
    "- Our factories will run at full capacity by 2026\n"
).encode()
WEEK = (
    "Ada Quist — Future of Work Summit, Lisbon, 9 May 2023\n"
    "- Half of all office leases will not be renewed by 2026\n"
    "## Guest: Carla Mendes\n"
    "- Our factories will run at full capacity by 2026\n"
).encode()


def test_the_preview_lets_the_curator_pick_a_source_for_each_section(curator_client):
    response = curator_client.post(
        UPLOAD, {"file": _upload(WEEK, "week.md"), "source_kind": "podcast", "_preview": "1"}
    )
    page = response.content.decode()
    assert "Line 3: The section “Guest: Carla Mendes” has no date" in page
    assert 'name="section_date_3"' in page
    assert 'name="section_source_1"' in page
    assert Claim.objects.count() == 0
    existing = SourceFactory(title="Mendes on margins", published_on=datetime.date(2023, 11, 2))
    response = curator_client.post(
        UPLOAD, {"source_kind": "podcast", "section_source_3": str(existing.pk), "_preview": "1"}
    )
    page = response.content.decode()
    assert f"“Mendes on margins”, 2023-11 (#{existing.pk})" in page
    assert "“Future of Work Summit, Lisbon”, 2023-05-09 (new)" in page
    response = curator_client.post(
        UPLOAD, {"source_kind": "podcast", "section_date_3": "2023-11", "_import": "1"}
    )
    assert response.status_code == 302
    titles = dict(Claim.objects.values_list("speaker__name", "source__title"))
    assert titles == {
        "Ada Quist": "Future of Work Summit, Lisbon",
        "Carla Mendes": "Carla Mendes",
    }


def test_readers_cannot_upload(client, reader):
    client.force_login(reader)
    assert client.get(UPLOAD).status_code == 302


def test_the_queue_lists_drafts_only_and_publishes_rejects_and_merges(curator_client, curator):
    published = ClaimFactory(quote="Grid storage doubled last year.")
    one, two, three, *_ = _drafts(curator)
    three.duplicate_of = published
    three.save()
    page = curator_client.get(QUEUE).content.decode()
    assert f"/draftclaim/{published.pk}/change/" not in page
    assert f"/draftclaim/{three.pk}/change/" in page
    for action, pks in [("publish_drafts", [one.pk]), ("reject_drafts", [two.pk])]:
        curator_client.post(QUEUE, {"action": action, ACTION_CHECKBOX_NAME: pks})
    curator_client.post(QUEUE, {"action": "merge_flagged", ACTION_CHECKBOX_NAME: [three.pk]})
    states = dict(
        Claim.objects.filter(pk__in=[one.pk, two.pk, three.pk]).values_list("pk", "review_state")
    )
    assert states == {one.pk: "published", two.pk: "rejected", three.pk: "rejected"}


def test_edit_then_publish_from_the_review_page(curator_client, curator):
    draft = _drafts(curator)[3]
    url = reverse("admin:claims_draftclaim_change", args=[draft.pk])
    assert curator_client.get(url).status_code == 200
    form = {
        "speaker": draft.speaker_id,
        "source": draft.source_id,
        "said_on": draft.said_on.isoformat(),
        "said_on_precision": draft.said_on_precision,
        "kind": "prediction",
        "quote": draft.quote,
        "statement": "Most new cars have solid-state batteries by March 2029.",
        "locator": draft.locator,
        "horizon": "within five years",
        "deadline": "2029-03-05",
        "deadline_precision": "day",
        "duplicate_of": "",
        "internal_notes": "",
        "expected_version": draft.version,
        "_publish": "1",
    }
    response = curator_client.post(url, form)
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.review_state == ReviewState.PUBLISHED
    assert draft.statement == "Most new cars have solid-state batteries by March 2029."
    assert draft.deadline == datetime.date(2029, 3, 5)
    assert draft.history.first().history_user == curator


def test_merging_without_a_target_is_refused(curator_client, curator):
    draft = _drafts(curator)[0]
    url = reverse("admin:claims_draftclaim_change", args=[draft.pk])
    form = {
        "speaker": draft.speaker_id,
        "source": draft.source_id,
        "said_on": draft.said_on.isoformat(),
        "said_on_precision": draft.said_on_precision,
        "kind": draft.kind,
        "quote": draft.quote,
        "statement": draft.statement,
        "locator": draft.locator,
        "expected_version": draft.version,
        "_merge": "1",
    }
    response = curator_client.post(url, form, follow=True)
    assert "Pick the claim to merge into" in response.content.decode()
    draft.refresh_from_db()
    assert draft.review_state == ReviewState.DRAFT


def test_the_upload_page_speaks_of_its_own_fields_not_the_commands_options(curator_client):
    SpeakerFactory(name="Maya Chen", slug="maya-chen")
    notes = b"Guest: Maya Chenn\nLaunch prices will halve by 2030\n"
    response = curator_client.post(
        UPLOAD,
        {
            "file": _upload(notes, "notes.md"),
            "source_kind": "podcast",
            "source_title": "Orbit",
            "published_on": "2024-04",
            "_import": "1",
        },
    )
    errors = response.context["form"].non_field_errors()
    assert errors == [
        "“Maya Chenn” looks like the known speaker Maya Chen (maya-chen): map it with "
        "“Speakers” (“Maya Chenn = maya-chen”), or with “Speakers” (“Maya Chenn = Maya "
        "Chenn”) to add a new speaker. Nothing was imported."
    ]
    assert not ImportBatch.objects.exists()


def test_a_new_source_dated_in_the_future_is_refused_without_a_line(curator_client):
    response = curator_client.post(
        UPLOAD,
        {
            "file": _upload(),
            "source_kind": "podcast",
            "source_title": "Panel",
            "published_on": "2999-01",
            "_preview": "1",
        },
    )
    (error,) = response.context["form"].non_field_errors()
    assert error.startswith("The source's date 2999-01-01 is in the future")


def test_the_preview_lists_only_the_sections_that_say_something():
    from claims.admin.imports import section_rows
    from claims.importing.parsing import parse_document
    from claims.importing.reading import read_document

    document = parse_document(read_document(WEEK_WITH_TITLE))
    rows = section_rows(document, None, {})
    assert [row["heading"] for row in rows] == [
        "Ada Quist — Future of Work Summit, Lisbon, 9 May 2023",
        "Guest: Carla Mendes",
    ]


def test_a_new_file_refused_replaces_the_one_kept_from_the_preview(curator_client):
    curator_client.post(UPLOAD, {**NEW_SOURCE, "file": _upload(), "_preview": "1"})
    empty = SimpleUploadedFile("empty.vtt", b"", content_type="text/vtt")
    response = curator_client.post(UPLOAD, {**NEW_SOURCE, "file": empty, "_preview": "1"})
    page = response.content.decode()
    assert "The submitted file is empty." in page
    assert "from the preview" not in page
    # And nothing is left to import by mistake.
    response = curator_client.post(UPLOAD, {**NEW_SOURCE, "_import": "1"})
    assert "Choose a file to import." in response.content.decode()
    assert Claim.objects.count() == 0
