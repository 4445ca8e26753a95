"""Writing an import plan: the source, the speakers, the drafts and the import records.

Sources, participants and drafts are written through ``claims.services``. Up to
``BULK_THRESHOLD`` new candidates, each draft is created by
``claims.services.claim_create``; a larger import (a long transcript) hands
them to ``claims.services.claims_bulk_create``, which builds each draft with the
same ``claim_build`` and inserts them in bulk with their history, because
``claim_create`` saves one row (and one history row) per statement. Both ways
give the same rows and the same history (see the tests).
"""

from django.core.exceptions import ValidationError
from django.utils.text import slugify

from claims import services
from claims.choices import ReviewState
from claims.importing.errors import ImportFileError
from claims.importing.names import person_key
from claims.importing.plans import (
    Candidate,
    ImportPlan,
    ImportResult,
    Progress,
    SourceChoice,
    SpeakerPlan,
)
from claims.models import (
    Claim,
    ImportBatch,
    ImportedCandidate,
    Source,
    Speaker,
    period_start,
)
from claims.services import copying

STATEMENT_MAX = 300
BULK_THRESHOLD = 200
BULK_BATCH = 500


def _existing_source(choice: SourceChoice) -> Source | None:
    """The source another import created since this one was planned, if any."""
    return Source.objects.filter(
        title=choice.title.strip(),
        published_on=period_start(choice.published_on, choice.precision),
    ).first()


def _sources_for(plan: ImportPlan, *, actor) -> None:
    """Find or create the source of every section."""
    for source_plan in plan.sources:
        if source_plan.source is None:
            source_plan.source = _existing_source(source_plan.choice) or _source_create(
                source_plan.choice, actor=actor
            )


def _source_create(choice: SourceChoice, *, actor) -> Source:
    try:
        return services.source_create(
            title=choice.title.strip(),
            published_on=choice.published_on,
            published_precision=choice.precision,
            kind=choice.kind,
            publisher=choice.publisher,
            url=choice.url,
            actor=actor,
            reason="created by an import",
        )
    except ValidationError as error:
        raise ImportFileError(f"The source is not valid: {_messages(error)}") from None


def _messages(error: ValidationError) -> str:
    if hasattr(error, "message_dict"):
        return "; ".join(f"{k}: {' '.join(v)}" for k, v in error.message_dict.items())
    return " ".join(error.messages)


def _speaker_for(plan: SpeakerPlan, *, actor) -> Speaker:
    if plan.speaker is None:
        slug = slugify(plan.name)[:190] or "speaker"
        base, n = slug, 2
        while Speaker.objects.filter(slug=slug).exists():
            slug, n = f"{base}-{n}", n + 1
        plan.speaker = services.speaker_create(name=plan.name[:200], slug=slug, actor=actor)
    return plan.speaker


def _add_participants(plan: ImportPlan) -> None:
    """Each speaker joins the sources of the sections they speak in."""
    services.source_participants_add(
        participants=((c.source.source, c.speaker.speaker, c.speaker.role) for c in plan.candidates)
    )


def _statement_line(quote: str) -> str:
    line = " ".join(quote.split())
    return line if len(line) <= STATEMENT_MAX else line[: STATEMENT_MAX - 1].rstrip() + "…"


def _note(candidate: Candidate, plan: ImportPlan) -> str:
    note = f"Proposed by an import of {plan.file_name or 'a document'}"
    if candidate.statement.speaker and candidate.speaker.name != candidate.statement.speaker:
        note += f" (speaker named “{candidate.statement.speaker}” there)"
    remarks = candidate.remarks
    return note + "." + (" " + "; ".join(remarks) + "." if remarks else "")


def _draft_fields(candidate: Candidate, plan: ImportPlan) -> dict:
    return {
        "speaker": candidate.speaker.speaker,
        "source": candidate.source.source,
        "quote": candidate.quote,
        "statement": _statement_line(candidate.quote),
        "said_on": candidate.source.said_on,
        "said_on_precision": candidate.source.precision,
        "kind": candidate.kind,
        "locator": candidate.statement.locator[:100],
        "review_state": ReviewState.DRAFT,
        "internal_notes": _note(candidate, plan),
    }


def _draft_input(candidate: Candidate, plan: ImportPlan) -> services.ClaimInput:
    return services.ClaimInput(**_draft_fields(candidate, plan), horizon_reading=candidate.reading)


def _create_draft(candidate: Candidate, plan: ImportPlan, *, actor) -> Claim:
    try:
        return services.claim_create(**_draft_fields(candidate, plan), actor=actor)
    except ValidationError as error:
        raise ImportFileError(_messages(error), line=candidate.statement.line) from None


def _flag_reason(original: Claim, score: float) -> str:
    return f"likely duplicate of claim {original.pk} (similarity {score:.2f})"


def _flag_duplicate(claim: Claim, original: Claim, score: float, *, actor) -> Claim:
    return services.claim_update(
        claim=claim,
        expected_version=claim.version,
        changes={"duplicate_of": original},
        actor=actor,
        reason=_flag_reason(original, score),
    )


def _create_one_by_one(new, plan, *, actor, progress) -> dict[int, Claim]:
    created: dict[int, Claim] = {}
    for done, candidate in enumerate(new, start=1):
        claim = _create_draft(candidate, plan, actor=actor)
        original = candidate.duplicate_of or created.get(candidate.duplicate_of_candidate)
        if original is not None:
            claim = _flag_duplicate(claim, original, candidate.similarity, actor=actor)
        created[candidate.index] = claim
        if progress is not None:
            progress(done, len(new))
    return created


def _user(actor):
    return actor if actor is not None and actor.is_authenticated else None


def _flag_in_bulk(chunk: list[Candidate], created: dict[int, Claim], *, actor) -> None:
    """Point each likely duplicate at its original, recorded as ``claim_update`` would."""
    marks = []
    for candidate in chunk:
        original = candidate.duplicate_of or created.get(candidate.duplicate_of_candidate)
        if original is not None:
            reason = _flag_reason(original, candidate.similarity)
            marks.append((created[candidate.index], original, reason))
    services.claims_mark_duplicates(marks=marks, actor=actor)


def _create_in_bulk(new, plan, batch, *, actor, progress) -> None:
    """Build the drafts, insert them with their history and flag the duplicates, by chunks.

    Chunks keep memory flat in the size of the document: a chunk's model
    instances are dropped once written, except for the originals later
    duplicates point to.
    """
    created: dict[int, Claim] = {}
    originals = {c.duplicate_of_candidate for c in new if c.duplicate_of_candidate is not None}
    for start in range(0, len(new), BULK_BATCH):
        chunk = new[start : start + BULK_BATCH]
        try:
            drafts = services.claims_bulk_create(
                claims=[_draft_input(candidate, plan) for candidate in chunk],
                actor=actor,
                batch_size=BULK_BATCH,
            )
        except services.ClaimInputError as error:
            line = chunk[error.position].statement.line
            raise ImportFileError(_messages(error), line=line) from None
        written = {c.index: draft for c, draft in zip(chunk, drafts, strict=True)}
        _flag_in_bulk(chunk, {**created, **written}, actor=actor)
        created.update({i: d for i, d in written.items() if i in originals})
        _remember(batch, chunk, written)
        if progress is not None:
            progress(start + len(chunk), len(new))


def _speakers_for(plan: ImportPlan, *, actor) -> None:
    """Find or create every speaker; two names mapped to one new speaker make one speaker."""
    made: dict[str, Speaker] = {}
    for speaker_plan in plan.speakers.values():
        name = person_key(speaker_plan.name)
        if speaker_plan.speaker is None and name in made:
            speaker_plan.speaker = made[name]
        made[name] = _speaker_for(speaker_plan, actor=actor)


def _batch_create(plan: ImportPlan, *, actor) -> ImportBatch:
    new = plan.new_candidates
    return ImportBatch.objects.create(
        source=plan.sources[0].source,
        file_name=plan.file_name[:255],
        file_sha256=plan.sha256,
        file_format=plan.document.format,
        line_count=plan.document.line_count,
        statement_count=len(plan.document.statements),
        created_count=len(new),
        duplicate_count=sum(c.is_duplicate for c in new),
        skipped_count=len(plan.skipped),
        created_by=_user(actor),
    )


def _remember(batch: ImportBatch, new: list[Candidate], created: dict[int, Claim]) -> None:
    """Record what was proposed, so that importing again adds only what is new."""
    copying.rows_insert(
        ImportedCandidate,
        ["batch_id", "source_id", "claim_id", "fingerprint", "speaker_label"],
        (
            (batch.pk, c.source.source.pk, created[c.index].pk, c.fingerprint, c.speaker.key[:200])
            for c in new
        ),
    )


def write_plan(plan: ImportPlan, *, actor, progress: Progress | None, bulk: bool) -> ImportResult:
    """Write everything a plan adds; the caller holds the transaction.

    The import is listed under the source of its first section.
    """
    _sources_for(plan, actor=actor)
    _speakers_for(plan, actor=actor)
    _add_participants(plan)
    batch = _batch_create(plan, actor=actor)
    new = plan.new_candidates
    if bulk:
        _create_in_bulk(new, plan, batch, actor=actor, progress=progress)
        # Read back on demand: a long transcript's drafts are not all kept in memory.
        claims = Claim.objects.filter(import_record__batch=batch).order_by("pk")
    else:
        created = _create_one_by_one(new, plan, actor=actor, progress=progress)
        _remember(batch, new, created)
        claims = [created[c.index] for c in new]
    return ImportResult(batch, batch.source, claims, batch.duplicate_count, len(plan.skipped))
