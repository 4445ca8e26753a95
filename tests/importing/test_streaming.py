"""An import read and written a chunk at a time gives what planning it whole gives.

``import_document`` (the command's path) never holds the document, its
statements or its candidates; ``import_plan`` then ``import_apply`` (the
admin's path, with its preview) hold them all. Same drafts, same history, same
duplicates, same refusals, and nothing written when refused.
"""

import datetime
import random

import pytest
from django.db import transaction

from claims.choices import DatePrecision
from claims.importing import services as importing
from claims.importing.errors import ImportFileError
from claims.importing.services import (
    ImportOptions,
    SectionSource,
    SourceChoice,
    import_apply,
    import_document,
    import_plan,
)
from claims.models import Claim, ImportBatch, ImportedCandidate, Source, SourceParticipant, Speaker
from tests.factories import ClaimFactory, SpeakerFactory
from tests.importing.test_document_quality import CHOICES, DOCUMENTS, KNOWN
from tests.importing.test_services import _snapshot

pytestmark = pytest.mark.django_db

SOURCE = SourceChoice(
    title="Long panel", published_on=datetime.date(2024, 3, 5), precision=DatePrecision.DAY
)
VOICES = ["Lena Ortiz", "Tomas Reyes", "Priya Raman"]
SAYINGS = [
    "Battery prices will fall by half before 2030.",
    "We shipped the first trucks last spring.",
    "I think hydrogen will power most ships by 2040.",
    "Rates will not be cut before the summer.",
    "Solar will be the cheapest power everywhere by 2027.",
    "Our company plans to open three plants next year.",
    "Nobody will drive to work in ten years.",
    "Wind farms at sea will double within five years.",
]
SUBJECTS = ["Europe", "India", "Brazil", "Texas", "Kenya", "Japan", "Chile", "Norway"]


def _transcript(cues: int, seed: int = 3) -> bytes:
    """A WebVTT panel whose voices repeat themselves now and then, across chunks."""
    rng = random.Random(seed)
    lines = ["WEBVTT", ""]
    for n in range(cues):
        saying = rng.choice(SAYINGS)
        chance = rng.random()
        if chance < 0.7:  # mostly new words
            saying = saying.replace(".", f" in {rng.choice(SUBJECTS)} for {n} customers.")
        elif chance < 0.9:  # said before in other words: a likely duplicate
            saying = rng.choice(["Honestly, ", "Look, ", "Well, "]) + saying[0].lower() + saying[1:]
        # otherwise said before word for word: proposed once
        start = f"{n // 3600:02d}:{n // 60 % 60:02d}:{n % 60:02d}.000"
        lines += [f"{start} --> {start[:-3]}900", f"<v {rng.choice(VOICES)}>{saying}", ""]
    return "\n".join(lines).encode()


def _world() -> tuple:
    """What an import can add besides drafts, to check that a refused one added nothing."""
    return (
        Claim.objects.count(),
        Source.objects.count(),
        Speaker.objects.count(),
        SourceParticipant.objects.count(),
        ImportBatch.objects.count(),
        ImportedCandidate.objects.count(),
    )


def _outcome(result) -> tuple:
    batch = result.batch
    record = batch and (
        batch.source.title,
        batch.file_sha256,
        batch.file_format,
        batch.line_count,
        batch.statement_count,
        batch.created_count,
        batch.duplicate_count,
        batch.skipped_count,
    )
    return (
        _snapshot(result) if batch else [],
        record,
        sorted(SourceParticipant.objects.values_list("source__title", "speaker__name", "role")),
        sorted(Speaker.objects.values_list("slug", flat=True)),
        result.duplicates,
        result.skipped,
        result.repeated,
    )


def _import(data: bytes, options: ImportOptions, *, threshold: int, streamed: bool) -> tuple:
    """The import's outcome (or its refusal), rolled back."""
    try:
        with transaction.atomic():
            if streamed:
                result = import_document(
                    data=data, file_name="f", options=options, bulk_threshold=threshold
                )
            else:
                plan = import_plan(data=data, file_name="f", options=options)
                result = import_apply(plan=plan, bulk_threshold=threshold)
            outcome = _outcome(result)
            transaction.set_rollback(True)
    except ImportFileError as error:
        return ("refused", str(error))
    return outcome


def _both_ways(data: bytes, options: ImportOptions, *, threshold: int) -> tuple:
    """The outcome of the streamed import and of the planned one."""
    return tuple(
        _import(data, options, threshold=threshold, streamed=streamed) for streamed in (True, False)
    )


@pytest.mark.parametrize("name", sorted(CHOICES))
@pytest.mark.parametrize("threshold", [0, 1000])
def test_each_document_streamed_gives_what_its_plan_gives(name, threshold):
    for known_name, slug in KNOWN:
        SpeakerFactory(name=known_name, slug=slug)
    data = (DOCUMENTS / name).read_bytes()
    streamed, planned = _both_ways(data, CHOICES[name], threshold=threshold)
    assert streamed[0], "the document gives drafts, or a refusal"
    assert streamed == planned


def test_a_long_transcript_streamed_flags_the_same_duplicates_across_its_chunks():
    priya = SpeakerFactory(name="Priya Raman", slug="priya-raman")
    ClaimFactory(speaker=priya, quote="Nobody will drive to work in ten years.")
    data = _transcript(1800)
    streamed, planned = _both_ways(data, ImportOptions(source=SOURCE), threshold=200)
    drafts = streamed[0]
    assert len(drafts) > 2 * importing.CHUNK, "several chunks"
    duplicates = [i for i, row in enumerate(drafts) if row[12]]
    assert len(duplicates) > 20
    # Statements said before a chunk boundary are found from after it.
    assert max(duplicates) > 2 * importing.CHUNK
    assert streamed[-2:] == (0, streamed[-1])
    assert streamed[-1] > 20, "repeated word for word: proposed once"
    assert streamed == planned


def test_importing_the_long_transcript_again_adds_nothing_and_writes_nothing():
    data = _transcript(900)
    first = import_document(data=data, options=ImportOptions(source=SOURCE))
    before = _world()
    again = import_document(data=data, options=ImportOptions(source=SOURCE))
    assert again.batch is None
    assert again.skipped == first.batch.created_count
    assert again.repeated == first.repeated > 0
    assert _world() == before


def test_a_document_with_nothing_to_propose_creates_no_source_or_speaker():
    data = b"WEBVTT\n\n00:01.000 --> 00:02.000\n<v Lena Ortiz>Hello?\n"
    before = _world()
    result = import_document(data=data, options=ImportOptions(source=SOURCE))
    assert (result.batch, result.skipped) == (None, 0)
    assert _world() == before


def test_progress_counts_lines_read_up_to_the_last():
    data = _transcript(700)
    seen = []
    import_document(
        data=data, options=ImportOptions(source=SOURCE), progress=lambda *a: seen.append(a)
    )
    total = len(data.splitlines())
    assert seen[-1] == (total, total)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert len(seen) > 2


LATE_NEAR_NAME = (
    _transcript(900)
    + b"\n\n99:00:00.000 --> 99:00:01.000\n<v Maya Chenn>Prices will fall by 2030.\n"
)
LATE_BAD_CUE = _transcript(900) + b"\n\n99:00:00.000 -> 99:00:01.000\nPrices will fall by 2030.\n"
NOTES = (
    "# Week notes\n"
    + "".join(f"- Solar will be the cheapest power in region {n} by 2030\n" for n in range(400))
).encode()
LATE_UNNAMED = (
    NOTES.replace(b"# Week notes\n", b"Guest: Ada Quist\n")
    + b"\n## Later\n- Wind will power the north by 2031\n"
)


@pytest.mark.parametrize(
    ("data", "options", "message"),
    [
        # A name that nearly matches a known speaker, after hundreds of drafts.
        (LATE_NEAR_NAME, ImportOptions(source=SOURCE), "looks like the known speaker Maya Chen"),
        # A malformed cue at the end of a long file.
        (LATE_BAD_CUE, ImportOptions(source=SOURCE), "Expected a cue timing line"),
        # A mapping for a name the file never gives, found only at the end.
        (
            _transcript(600),
            ImportOptions(source=SOURCE, speakers={"Ana Lima": "Ana Lima"}),
            "“Ana Lima” is not named in the file",
        ),
        # A section source for a line where no section starts.
        (
            _transcript(600),
            ImportOptions(source=SOURCE, section_sources={7: SectionSource(source_id=1)}),
            "No section starts at line 7",
        ),
        # No source at all for a file of several sections.
        (
            NOTES
            + b"\n## Ada Quist \xe2\x80\x94 Oslo Forum, 9 May 2023\n- Rates will fall by 2026\n",
            ImportOptions(source=SourceChoice(), speakers={"": "Ada Quist"}),
            "has no date, so its source is unknown",
        ),
    ],
    ids=[
        "near-name",
        "bad-cue",
        "unused-mapping",
        "unknown-section",
        "no-source",
    ],
)
def test_a_refusal_found_part_way_writes_nothing_and_says_what_the_plan_says(
    data, options, message
):
    SpeakerFactory(name="Maya Chen", slug="maya-chen")
    before = _world()
    with pytest.raises(ImportFileError) as streamed:
        import_document(data=data, file_name="f", options=options)
    assert message in str(streamed.value)
    assert _world() == before
    with pytest.raises(ImportFileError) as planned:
        import_apply(plan=import_plan(data=data, file_name="f", options=options))
    assert str(streamed.value) == str(planned.value)
    assert _world() == before


@pytest.mark.django_db
def test_a_late_section_nobody_is_named_for_is_left_out_alike_streamed_and_planned():
    # Its lines are a page's own as a rule: not proposed, counted, and how to propose them
    # said, whether the file is streamed (the command) or planned (the admin's preview).
    planned = import_plan(data=LATE_UNNAMED, file_name="f", options=ImportOptions(source=SOURCE))
    note = next(n for n in planned.notes if "nobody is named for" in n)
    assert "“Unnamed speaker at line 403” (1) under “Later”" in note
    assert not any(c.speaker.key.startswith("Unnamed speaker") for c in planned.candidates)
    streamed = import_document(
        data=LATE_UNNAMED, file_name="f", options=ImportOptions(source=SOURCE)
    )
    assert note in streamed.notes
    assert len(streamed.claims) == len(planned.candidates)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("streamed", [True, False], ids=["command", "admin"])
def test_two_imports_of_one_file_at_once_write_it_once(streamed):
    import threading

    from django.db import connection

    data = _transcript(600)
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def run() -> None:
        barrier.wait()
        try:
            options = ImportOptions(source=SOURCE)
            if streamed:
                result = import_document(data=data, options=options)
            else:
                result = import_apply(plan=import_plan(data=data, options=options))
            outcomes.append("added" if result.batch else "nothing new")
        except ImportFileError as error:
            outcomes.append(str(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert outcomes.count("added") == 1
    # The second waits for the first: reading the file after it, it finds nothing new;
    # planned before the first wrote (the admin's preview), it is refused when it writes.
    second = next(outcome for outcome in outcomes if outcome != "added")
    assert second == "nothing new" or (not streamed and "ran at the same time" in second)
    assert Source.objects.count() == 1
    assert ImportBatch.objects.count() == 1
    assert Claim.objects.count() == ImportBatch.objects.get().created_count


def test_a_source_no_section_takes_is_pointed_out_in_the_plan_and_after_the_import():
    data = (
        b"## Ada Quist \xe2\x80\x94 Oslo Forum, 9 May 2023\n- Rates will fall by 2026\n"
        b"## Ben Ortiz \xe2\x80\x94 Grid Talk, 2 June 2023\n- Wind will double by 2030\n"
    )
    note = (
        "The source given (“Long panel”) holds none of the claims: every section has a "
        "source of its own (a dated heading)."
    )
    plan = import_plan(data=data, options=ImportOptions(source=SOURCE))
    assert any(n.startswith(note) for n in plan.notes)
    result = import_document(data=data, options=ImportOptions(source=SOURCE))
    assert any(n.startswith(note) for n in result.notes)
    assert not Source.objects.filter(title="Long panel").exists()


@pytest.mark.parametrize(
    "frozen_before", [False, True], ids=["nothing frozen", "frozen by a server"]
)
@pytest.mark.parametrize("streamed", [True, False], ids=["command", "preview then write"])
def test_the_collector_passes_over_older_objects_during_an_import_only(
    monkeypatch, streamed, frozen_before
):
    """Objects held before an import are frozen while it writes and given back after; objects
    a server froze before are left as they are."""
    import gc

    from claims.importing import writing

    seen = []
    write = writing.DraftWriter.write

    def counting(self, chunk, **kwargs):
        seen.append(gc.get_freeze_count())
        return write(self, chunk, **kwargs)

    monkeypatch.setattr(writing.DraftWriter, "write", counting)
    options = ImportOptions(source=SOURCE)
    if frozen_before:
        gc.freeze()
    try:
        before = gc.get_freeze_count()
        _import(_transcript(40), options, threshold=200, streamed=streamed)
        after = gc.get_freeze_count()
    finally:
        if frozen_before:
            gc.unfreeze()
    assert seen
    assert all(count > 0 for count in seen)
    if frozen_before:
        assert after > 0  # still frozen: the server's objects are not given back
    else:
        assert before == after == 0
