"""Importing documents as draft claims, re-importing them, and reviewing the drafts."""

import datetime
import re
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.db import connection, transaction

from claims.choices import ClaimKind, DatePrecision, ParticipantRole, ReviewState
from claims.importing import services as importing
from claims.importing.errors import ImportFileError
from claims.importing.services import ImportOptions, SourceChoice, import_document, import_plan
from claims.models import Claim, ImportBatch, ImportedCandidate, Source, SourceParticipant, Speaker
from tests.factories import ClaimFactory, SourceFactory, SpeakerFactory

pytestmark = pytest.mark.django_db

DATA = Path(__file__).parent / "data"
PANEL = (DATA / "panel.vtt").read_bytes()
NEW_SOURCE = SourceChoice(
    title="Storage panel", published_on=datetime.date(2024, 3, 5), precision=DatePrecision.DAY
)


def _options(**overrides) -> ImportOptions:
    return ImportOptions(**{"source": NEW_SOURCE, **overrides})


def _import(data: bytes = PANEL, **overrides):
    return import_document(data=data, file_name="panel.vtt", options=_options(**overrides))


def test_a_transcript_becomes_drafts_with_speakers_locators_and_deadlines(curator):
    host = SpeakerFactory(name="Dana Host", slug="dana")
    result = import_document(
        data=PANEL,
        file_name="panel.vtt",
        options=_options(speakers={"Dana Host": "dana"}),
        actor=curator,
    )
    rows = list(
        Claim.objects.order_by("pk").values_list(
            "speaker__name", "kind", "locator", "deadline", "review_state"
        )
    )
    assert rows == [
        ("Dana Host", ClaimKind.FACTUAL, "00:00:01", None, ReviewState.DRAFT),
        ("Dana Host", ClaimKind.FACTUAL, "00:00:01", None, ReviewState.DRAFT),
        ("Priya Raman", ClaimKind.FACTUAL, "00:00:04", None, ReviewState.DRAFT),
        ("Priya Raman", ClaimKind.PREDICTION, "00:00:04", datetime.date(2029, 3, 5), "draft"),
        ("Priya Raman", ClaimKind.PREDICTION, "00:00:09", datetime.date(2030, 12, 31), "draft"),
        ("Tom Okafor", ClaimKind.COMMITMENT, "00:00:15", datetime.date(2025, 12, 31), "draft"),
        ("Tom Okafor", ClaimKind.FACTUAL, "00:01:02", None, ReviewState.DRAFT),
        ("Priya Raman", ClaimKind.PREDICTION, "00:12:31", None, ReviewState.DRAFT),
    ]
    source = Source.objects.get(title="Storage panel")
    assert result.source == source
    assert set(Claim.objects.values_list("said_on", flat=True)) == {datetime.date(2024, 3, 5)}
    assert Speaker.objects.filter(name__in=["Priya Raman", "Tom Okafor"]).count() == 2
    assert Speaker.objects.get(slug="dana") == host
    batch = ImportBatch.objects.get()
    assert (batch.created_count, batch.skipped_count, batch.created_by) == (8, 0, curator)
    assert (batch.file_format, batch.line_count, batch.statement_count) == ("webvtt", 33, 10)
    assert ImportedCandidate.objects.filter(batch=batch).count() == 8
    assert SourceParticipant.objects.filter(source=source).count() == 3


def test_drafts_are_recorded_in_history_as_imported_and_stay_out_of_the_public_record(today):
    _import(speakers={"": "someone"})
    assert Claim.objects.count() == 8
    assert not Claim.objects.public().exists()
    # "next year" said in March 2024 has passed, but a draft is never due.
    assert Claim.objects.filter(deadline__lt=today).count() == 1
    assert not Claim.objects.due(today).exists()
    history = Claim.history.all()
    assert {h.history_path for h in history} == {"import"}
    assert {h.history_type for h in history} == {"+"}


def test_importing_the_same_file_again_adds_nothing():
    _import()
    again = _import()
    assert again.batch is None
    assert again.skipped == 8
    assert Claim.objects.count() == 8
    assert ImportBatch.objects.count() == 1


def test_an_edited_file_adds_only_what_is_new():
    _import()
    edited = PANEL.replace(
        b"WEBVTT\n",
        b"WEBVTT\n\n0\n00:00:00.000 --> 00:00:01.000\n"
        b"<v Tom Okafor>Fusion will power a city by 2040.\n",
    ).replace(b"doubled last year", b"tripled last year")
    result = _import(edited)
    assert sorted(c.quote for c in result.claims) == [
        "Fusion will power a city by 2040.",
        "Grid storage tripled last year, according to our figures.",
    ]
    assert result.skipped == 7
    assert Claim.objects.count() == 10


def test_the_same_file_with_an_existing_source_is_also_imported_once():
    source = SourceFactory(published_on=datetime.date(2024, 3, 1))
    choice = SourceChoice(source_id=source.pk)
    import_document(data=PANEL, options=ImportOptions(source=choice))
    result = import_document(data=PANEL, options=ImportOptions(source=choice))
    assert result.batch is None
    assert Claim.objects.filter(source=source).count() == 8


def test_a_rejected_draft_is_not_proposed_again():
    _import()
    draft = Claim.objects.get(locator="00:12:31")
    importing.draft_reject(claim=draft)
    assert _import().batch is None
    assert Claim.objects.filter(review_state=ReviewState.REJECTED).count() == 1


def test_a_candidate_repeating_a_claim_of_the_same_speaker_is_flagged_as_a_likely_duplicate():
    priya = SpeakerFactory(name="Priya Raman", slug="priya-raman")
    earlier = ClaimFactory(
        speaker=priya, quote="Hydrogen cars will never catch up with electric cars."
    )
    ClaimFactory(quote="Honestly, hydrogen cars will never catch up with electric ones.")
    result = _import()
    flagged = [c for c in result.claims if c.duplicate_of_id]
    assert [(c.locator, c.duplicate_of) for c in flagged] == [("00:12:31", earlier)]
    assert flagged[0].review_state == ReviewState.DRAFT
    assert result.batch.duplicate_count == 1


def test_a_statement_repeated_in_the_same_document_is_flagged_against_the_first():
    notes = (
        "Guest: Ada Example\n"
        "Cheap batteries will change the grid within ten years\n"
        "Something else entirely different\n"
        "Cheap batteries will change the grid within ten years, she said\n"
    )
    result = _import(notes.encode())
    first, _, repeat = result.claims
    assert repeat.duplicate_of == first
    assert first.duplicate_of is None


def test_an_error_half_way_leaves_nothing_imported(monkeypatch):
    real_create = importing.services.claim_create
    calls = []

    def failing_create(**kwargs):
        calls.append(kwargs)
        if len(calls) == 3:
            raise ValidationError({"quote": "Broken on purpose."})
        return real_create(**kwargs)

    monkeypatch.setattr(importing.services, "claim_create", failing_create)
    with pytest.raises(ImportFileError, match=r"^Line 13: quote: Broken on purpose."):
        _import()
    assert Claim.objects.count() == 0
    assert Speaker.objects.count() == 0
    assert Source.objects.count() == 0
    assert ImportBatch.objects.count() == 0


def test_an_unnamed_section_needs_a_default_speaker_and_the_error_names_its_line():
    notes = b"\n\nThe future will be electric, no doubt\nPrices will fall by 2030\n"
    with pytest.raises(ImportFileError, match=r"^Line 3: No speaker is named in the opening"):
        _import(notes)
    result = _import(notes, speakers={"": "Ben Author"})
    assert [c.speaker.name for c in result.claims] == ["Ben Author", "Ben Author"]


def test_an_unnamed_section_of_a_file_naming_others_is_left_out_until_mapped():
    notes = b"\n\nThe future will be electric, no doubt\nGuest: Ada Example\nShe will agree\n"
    result = _import(notes)
    assert [c.speaker.name for c in result.claims] == ["Ada Example"]
    assert any(
        "1 line(s) nobody is named for were not proposed: “Unnamed speaker at line 1” (1)" in n
        and "map “Unnamed speaker at line 1”" in n
        for n in result.notes
    )
    Claim.objects.all().delete()
    result = _import(notes, speakers={"Unnamed speaker at line 1": "Ben Author"})
    assert [c.speaker.name for c in result.claims] == ["Ben Author", "Ada Example"]
    Claim.objects.all().delete()
    result = _import(notes, speakers={"": "Cy Default"})
    assert [c.speaker.name for c in result.claims] == ["Cy Default", "Ada Example"]


def test_a_heading_can_be_mapped_to_a_speaker_and_a_name_to_an_existing_one():
    noam = SpeakerFactory(name="Noam Shazeer", slug="noam-shazeer")
    aarthi = SpeakerFactory(name="Aarthi Ramamurthy", slug="aarthi-ramamurthy")
    notes = b"Intro\n-Founded a chatbot company\nAarthi: Your own personal Jarvis\n"
    result = _import(notes, speakers={"Intro": "noam-shazeer", "aarthi": "Aarthi Ramamurthy"})
    assert [c.speaker for c in result.claims] == [noam, aarthi]
    roles = dict(SourceParticipant.objects.values_list("speaker__slug", "role"))
    assert roles == {"noam-shazeer": ParticipantRole.GUEST, "aarthi-ramamurthy": "host"}


def test_two_names_mapped_to_the_same_new_speaker_make_one_speaker():
    notes = b"Intro\nChatbots will be everywhere soon\nNoam: Cheaper chips will come\n"
    result = _import(notes, speakers={"Intro": "Noam Shazeer", "Noam": "Noam Shazeer"})
    assert {c.speaker.slug for c in result.claims} == {"noam-shazeer"}
    assert Speaker.objects.count() == 1


def test_of_two_imports_planned_at_the_same_time_the_second_adds_nothing():
    first = import_plan(data=PANEL, options=_options())
    second = import_plan(data=PANEL, options=_options())
    importing.import_apply(plan=first)
    with pytest.raises(ImportFileError, match="Another import of this source ran at the same"):
        importing.import_apply(plan=second)
    assert Source.objects.count() == 1
    assert Claim.objects.count() == ImportedCandidate.objects.count() == 8
    assert importing.import_apply(plan=import_plan(data=PANEL, options=_options())).batch is None


def test_lines_and_kinds_narrow_the_candidates():
    plan = import_plan(
        data=PANEL,
        options=_options(lines=(10, 40), kinds=frozenset({ClaimKind.PREDICTION})),
    )
    assert [c.quote for c in plan.candidates] == [
        "Solid-state batteries will be in most new cars within five years.",
        "I think prices are going to halve by 2030.",
        "Honestly, hydrogen cars will never catch up with electric ones.",
    ]
    assert list(plan.speakers) == ["Priya Raman"]


@pytest.mark.parametrize(
    ("source", "message"),
    [
        (SourceChoice(), "Name the source"),
        (SourceChoice(source_id=999999), "There is no source with id 999999."),
        (SourceChoice(title="Later", published_on=datetime.date(2999, 1, 1)), "is in the future"),
    ],
)
def test_the_source_must_be_named_and_real(source, message):
    with pytest.raises(ImportFileError, match=message):
        import_plan(data=PANEL, options=ImportOptions(source=source))
    assert Claim.objects.count() == 0


def test_publish_reject_and_merge_a_draft(curator):
    published = ClaimFactory(quote="Solid-state batteries will be in most cars by 2029.")
    result = _import()
    one, two, three = result.claims[:3]
    importing.draft_publish(claim=one, actor=curator)
    importing.draft_reject(claim=two, actor=curator)
    importing.draft_merge(claim=three, into=published, actor=curator)
    states = dict(
        Claim.objects.filter(pk__in=[one.pk, two.pk, three.pk]).values_list("pk", "review_state")
    )
    assert states == {one.pk: "published", two.pk: "rejected", three.pk: "rejected"}
    three.refresh_from_db()
    assert three.duplicate_of == published
    assert Claim.objects.public().filter(pk=one.pk).exists()
    assert three.history.first().history_change_reason == f"merged into claim {published.pk}"


def test_only_drafts_can_be_reviewed_and_a_draft_is_not_merged_into_itself():
    draft = _import().claims[0]
    with pytest.raises(ValidationError, match="into itself"):
        importing.draft_merge(claim=draft, into=draft)
    importing.draft_publish(claim=draft)
    draft.refresh_from_db()
    with pytest.raises(ValidationError, match="is not a draft"):
        importing.draft_reject(claim=draft)


def _snapshot(result) -> list[tuple]:
    rows = []
    for claim in Claim.objects.filter(pk__in=[c.pk for c in result.claims]).order_by("pk"):
        history = [
            (
                h.history_type,
                h.history_path,
                re.sub(r"claim \d+", "claim N", h.history_change_reason or ""),
                h.history_user_id,
            )
            for h in claim.history.order_by("history_id")
        ]
        rows.append(
            (
                claim.speaker.name,
                claim.kind,
                claim.quote,
                claim.statement,
                claim.locator,
                claim.horizon,
                claim.deadline,
                claim.deadline_precision,
                claim.deadline_source,
                claim.deadline_rule,
                claim.needs_deadline,
                claim.review_state,
                claim.duplicate_of.quote if claim.duplicate_of else None,
                claim.version,
                claim.internal_notes,
                [h[:3] for h in history],
                {h[3] for h in history},
            )
        )
    return rows


class _RollbackError(Exception):
    pass


def _import_and_roll_back(data: bytes, actor, threshold: int, snapshots: list) -> None:
    with transaction.atomic():
        result = import_document(
            data=data, options=_options(), actor=actor, bulk_threshold=threshold
        )
        snapshots.append(_snapshot(result))
        raise _RollbackError


def test_a_large_import_written_in_bulk_matches_one_written_claim_by_claim(curator):
    priya = SpeakerFactory(name="Priya Raman", slug="priya-raman")
    ClaimFactory(speaker=priya, quote="Hydrogen cars will never catch up with electric cars.")
    data = PANEL + (
        b"\n8\n00:13:00.000 --> 00:13:05.000\n"
        b"<v Priya Raman>Solid-state batteries will be in most new cars within five years!\n"
    )
    snapshots = []
    for threshold in (0, 1000):
        with pytest.raises(_RollbackError):
            _import_and_roll_back(data, curator, threshold, snapshots)
    bulk, one_by_one = snapshots
    assert len(bulk) == 9
    assert sum(1 for row in bulk if row[12]) == 2
    assert bulk == one_by_one


@pytest.mark.postgres
def test_postgresql_has_the_trigram_extension():
    with connection.cursor() as cursor:
        cursor.execute("SELECT extname FROM pg_extension WHERE extname = 'pg_trgm'")
        assert cursor.fetchone() == ("pg_trgm",)
