"""Importing a document as draft claims, and reviewing the drafts.

``import_plan`` reads the file, splits it into statements, picks and
classifies candidates, resolves speakers and finds what was imported before or
repeats an existing claim, all without writing. ``import_apply`` writes a plan
in one transaction through ``claims.services`` (so history records every
draft, labelled "import"). The review functions publish, reject or merge a
draft, again through ``claims.services``.
"""

import datetime
import hashlib
import re

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.text import slugify

from claims import services
from claims.choices import DatePrecision, ParticipantRole, ReviewState
from claims.history import write_path
from claims.horizons import HorizonKind, parse_horizon
from claims.importing.classify import classify, is_candidate, normalise
from claims.importing.duplicates import DuplicateFinder
from claims.importing.errors import ImportFileError
from claims.importing.models import ImportedCandidate
from claims.importing.parsing import ParsedDocument, Section, Statement, parse_document
from claims.importing.plans import (
    Candidate,
    ImportOptions,
    ImportPlan,
    ImportResult,
    Progress,
    SourceChoice,
    SpeakerPlan,
    fingerprint,
)
from claims.importing.reading import NOTES, read_document
from claims.importing.writing import BULK_THRESHOLD, write_plan
from claims.models import Claim, Source, Speaker
from claims.validators import latest_today

__all__ = [
    "ImportOptions",
    "ImportPlan",
    "ImportResult",
    "SourceChoice",
    "draft_merge",
    "draft_publish",
    "draft_reject",
    "import_apply",
    "import_document",
    "import_plan",
]


def _find_source(choice: SourceChoice) -> Source | None:
    if choice.source_id is not None:
        source = Source.objects.filter(pk=choice.source_id).first()
        if source is None:
            raise ImportFileError(f"There is no source with id {choice.source_id}.")
        return source
    if not choice.title.strip() or choice.published_on is None:
        raise ImportFileError(
            "Name the source: pick an existing one (--source-id), or give its title "
            "and the date it was published (--source-title, --published-on)."
        )
    if choice.precision not in DatePrecision.values:
        raise ImportFileError(f"Precision must be one of {', '.join(DatePrecision.values)}.")
    return Source.objects.filter(
        title=choice.title.strip(), published_on=choice.published_on
    ).first()


def _said_on(source: Source | None, choice: SourceChoice) -> tuple[datetime.date, str]:
    said_on, precision = (
        (source.published_on, source.published_precision)
        if source is not None
        else (choice.published_on, choice.precision)
    )
    if said_on > latest_today():
        raise ImportFileError(f"The source's date {said_on} is in the future.")
    return said_on, precision


def _lookup_speaker(target: str) -> Speaker | None:
    target = target.strip()
    return (
        Speaker.objects.filter(slug=target).first()
        or Speaker.objects.filter(slug=slugify(target)).first()
        or Speaker.objects.filter(name__iexact=target).first()
    )


class _SpeakerResolver:
    """Maps names and section headings in the document to speakers, once per name."""

    def __init__(self, mapping: dict[str, str]) -> None:
        self.mapping = {normalise(k).strip(): v.strip() for k, v in mapping.items()}
        self.plans: dict[str, SpeakerPlan] = {}

    def _mapped(self, key: str) -> str | None:
        return self.mapping.get(normalise(key).strip())

    def key_for(self, statement: Statement, section: Section) -> str:
        """The name a statement is attributed to: its cue, its section, or the default."""
        if statement.speaker:
            return statement.speaker
        if section.speaker:
            return section.speaker
        if section.heading and self._mapped(section.heading):
            return section.heading
        if self._mapped("") is not None:
            return ""
        where = f"under “{section.heading}”" if section.heading else "in the opening section"
        raise ImportFileError(
            f"No speaker is named {where}. Name one with --speaker NAME (the default "
            f"for unnamed sections) or --speaker 'HEADING=NAME'.",
            line=statement.line,
        )

    def plan_for(self, key: str, *, role: str) -> SpeakerPlan:
        if key not in self.plans:
            target = self._mapped(key) or key
            if not target:
                raise ImportFileError("The default speaker (--speaker) is empty.")
            self.plans[key] = SpeakerPlan(key, _lookup_speaker(target), target, role)
        return self.plans[key]


def _in_lines(statement: Statement, lines: tuple[int, int] | None) -> bool:
    return lines is None or lines[0] <= statement.line <= lines[1]


def _role(document: ParsedDocument, statement: Statement, section: Section) -> str:
    """Voices in a transcript are speakers; in notes, "Name:" cues are the hosts."""
    if document.format != NOTES:
        return ParticipantRole.SPEAKER
    if statement.speaker and statement.speaker != section.speaker:
        return ParticipantRole.HOST
    return ParticipantRole.GUEST


def _candidate(
    statement: Statement, speaker: SpeakerPlan, index: int, said_on: datetime.date, precision: str
) -> Candidate:
    """Classify a statement and read its horizon."""
    horizon = parse_horizon(statement.text, said_on=said_on, precision=precision)
    return Candidate(
        index=index,
        statement=statement,
        speaker=speaker,
        kind=classify(statement.text, has_horizon=horizon.kind == HorizonKind.DATED),
        horizon=horizon.phrase or "",
        deadline=horizon.deadline if horizon.kind == HorizonKind.DATED else None,
        fingerprint=fingerprint(speaker.key, statement.text),
    )


def _candidates(
    document: ParsedDocument, options: ImportOptions, said_on: datetime.date, precision: str
) -> tuple[list[Candidate], dict[str, SpeakerPlan]]:
    resolver = _SpeakerResolver(options.speakers)
    candidates: list[Candidate] = []
    for statement in document.statements:
        if not _in_lines(statement, options.lines) or not is_candidate(statement.text):
            continue
        section = document.sections[statement.section]
        key = resolver.key_for(statement, section)
        speaker = resolver.plan_for(key, role=_role(document, statement, section))
        candidate = _candidate(statement, speaker, len(candidates), said_on, precision)
        if not options.kinds or candidate.kind in options.kinds:
            candidates.append(candidate)
    used = {c.speaker.key for c in candidates}
    return candidates, {key: plan for key, plan in resolver.plans.items() if key in used}


def _mark_known_and_duplicates(candidates: list[Candidate], source: Source | None) -> None:
    """Skip what an earlier import of the source proposed; flag likely duplicates."""
    known = set()
    if source is not None:
        known = set(
            ImportedCandidate.objects.filter(source=source).values_list("fingerprint", flat=True)
        )
    finder = DuplicateFinder(c.quote for c in candidates)
    for candidate in candidates:
        if candidate.fingerprint in known:
            candidate.skip_reason = "imported before"
            continue
        known.add(candidate.fingerprint)
        match = finder.find(
            speaker=candidate.speaker.speaker,
            speaker_key=candidate.speaker.key,
            quote=candidate.quote,
            index=candidate.index,
        )
        if match is not None:
            candidate.duplicate_of = match.claim
            candidate.duplicate_of_candidate = match.candidate_index
            candidate.similarity = match.score


def import_plan(*, data: bytes, file_name: str = "", options: ImportOptions) -> ImportPlan:
    """Read and analyse a document without writing anything."""
    document = read_document(data, name=file_name, file_format=options.file_format)
    parsed = parse_document(document, breaks=options.sections)
    source = _find_source(options.source)
    said_on, precision = _said_on(source, options.source)
    candidates, speakers = _candidates(parsed, options, said_on, precision)
    _mark_known_and_duplicates(candidates, source)
    return ImportPlan(
        file_name=file_name,
        sha256=hashlib.sha256(data).hexdigest(),
        document=parsed,
        source=source,
        source_choice=options.source,
        said_on=said_on,
        said_on_precision=precision,
        speakers=speakers,
        candidates=candidates,
    )


def import_apply(
    *,
    plan: ImportPlan,
    actor=None,
    progress: Progress | None = None,
    bulk_threshold: int = BULK_THRESHOLD,
) -> ImportResult:
    """Write a plan: all of it or, on any error, nothing. Adds nothing when nothing is new."""
    if not plan.new_candidates:
        return ImportResult(None, plan.source, [], 0, len(plan.skipped))
    try:
        with transaction.atomic(), write_path("import"):
            return write_plan(
                plan, actor=actor, progress=progress, bulk=len(plan.new_candidates) > bulk_threshold
            )
    except IntegrityError as error:
        # PostgreSQL names the constraint, SQLite the table and columns.
        if re.search(r"imported_candidate_once_per_source|claims_importedcandidate", str(error)):
            raise ImportFileError(
                "Another import of this source ran at the same time; nothing was imported. "
                "Import the file again to add what is still new."
            ) from None
        raise ImportFileError(f"The database refused the import ({error}).") from None


def import_document(
    *,
    data: bytes,
    file_name: str = "",
    options: ImportOptions,
    actor=None,
    progress: Progress | None = None,
    bulk_threshold: int = BULK_THRESHOLD,
) -> ImportResult:
    """Plan and write an import in one go."""
    plan = import_plan(data=data, file_name=file_name, options=options)
    return import_apply(plan=plan, actor=actor, progress=progress, bulk_threshold=bulk_threshold)


def draft_publish(*, claim: Claim, actor=None) -> Claim:
    """Publish a draft as it stands (edit it first through ``claims.services.claim_update``)."""
    _require_draft(claim)
    return services.claim_publish(claim=claim, actor=actor)


def draft_reject(*, claim: Claim, actor=None, reason: str = "rejected in review") -> Claim:
    """Reject a draft: it stays on record, never public, and is not proposed again."""
    _require_draft(claim)
    return services.claim_update(
        claim=claim,
        expected_version=claim.version,
        changes={"review_state": ReviewState.REJECTED},
        actor=actor,
        reason=reason,
    )


def draft_merge(*, claim: Claim, into: Claim, actor=None) -> Claim:
    """Merge a draft into an existing claim: marked as its duplicate and rejected."""
    _require_draft(claim)
    if into.pk == claim.pk:
        raise ValidationError({"duplicate_of": "A claim cannot be merged into itself."})
    if into.review_state == ReviewState.REJECTED:
        raise ValidationError({"duplicate_of": "Merge into a claim that was not rejected."})
    return services.claim_update(
        claim=claim,
        expected_version=claim.version,
        changes={"duplicate_of": into, "review_state": ReviewState.REJECTED},
        actor=actor,
        reason=f"merged into claim {into.pk}",
    )


def _require_draft(claim: Claim) -> None:
    if claim.review_state != ReviewState.DRAFT:
        raise ValidationError({"review_state": f"Claim {claim.pk} is not a draft."})
