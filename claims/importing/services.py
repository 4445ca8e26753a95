"""Importing a document as draft claims, and reviewing the drafts.

``import_plan`` reads the file, splits it into statements, picks and
classifies candidates, resolves speakers and finds what was imported before or
repeats an existing claim, all without writing. ``import_apply`` writes a plan
in one transaction through ``claims.services`` (so history records every
draft, labelled "import"). The review functions publish, reject or merge a
draft, again through ``claims.services``.
"""

import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from claims import services
from claims.choices import ParticipantRole, ReviewState
from claims.history import write_path
from claims.horizons import HorizonKind, parse_horizon
from claims.importing.classify import classify, is_candidate
from claims.importing.duplicates import DuplicateFinder
from claims.importing.errors import ImportFileError
from claims.importing.names import person_key
from claims.importing.parsing import ParsedDocument, Section, Statement, parse_document
from claims.importing.plans import (
    Candidate,
    ImportOptions,
    ImportPlan,
    ImportResult,
    Progress,
    SectionSource,
    SourceChoice,
    SourcePlan,
    SpeakerPlan,
    fingerprint,
)
from claims.importing.reading import NOTES, read_document
from claims.importing.sources import section_sources
from claims.importing.speakers import KnownSpeakers, SpeakerResolver
from claims.importing.writing import BULK_THRESHOLD, write_plan
from claims.models import Claim, ImportedCandidate

__all__ = [
    "ImportOptions",
    "ImportPlan",
    "ImportResult",
    "SectionSource",
    "SourceChoice",
    "draft_merge",
    "draft_publish",
    "draft_reject",
    "drafts_merge",
    "drafts_publish",
    "drafts_reject",
    "import_apply",
    "import_document",
    "import_plan",
]


def _in_lines(statement: Statement, lines: tuple[int, int] | None) -> bool:
    return lines is None or lines[0] <= statement.line <= lines[1]


def _role(document: ParsedDocument, statement: Statement, section: Section) -> str:
    """Voices in a transcript are speakers; in notes, cues are hosts unless a panel's."""
    if document.format != NOTES or (section.panel and not statement.host):
        return ParticipantRole.SPEAKER
    if statement.host or (statement.speaker and statement.speaker != section.speaker):
        return ParticipantRole.HOST
    return ParticipantRole.GUEST


def _candidate(
    statement: Statement, speaker: SpeakerPlan, source: SourcePlan, index: int
) -> Candidate:
    """Classify a statement and read its horizon.

    A date on or before the day the words were said is no horizon: it cannot
    make a statement a prediction, nor give it a deadline.
    """
    horizon = parse_horizon(statement.text, said_on=source.said_on, precision=source.precision)
    dated = horizon.kind == HorizonKind.DATED and horizon.deadline > source.said_on
    return Candidate(
        index=index,
        statement=statement,
        speaker=speaker,
        source=source,
        kind=classify(statement.text, has_horizon=dated),
        horizon=horizon.phrase or "",
        deadline=horizon.deadline if dated else None,
        fingerprint=fingerprint(speaker.key, statement.text),
        reading=horizon,
    )


def _proposable(document: ParsedDocument, options: ImportOptions) -> list[Statement]:
    return [
        s
        for s in document.statements
        if _in_lines(s, options.lines) and is_candidate(s.text) and not s.narration
    ]


def _candidates(
    document: ParsedDocument, options: ImportOptions, known: KnownSpeakers
) -> tuple[list[Candidate], dict[str, SpeakerPlan], list[SourcePlan], list[str]]:
    resolver = SpeakerResolver(options.speakers, known)
    statements = _proposable(document, options)
    unnamed_hosts = [s for s in statements if resolver.is_unnamed_host(s)]
    statements = [s for s in statements if not resolver.is_unnamed_host(s)]
    sources = section_sources(document, options, {s.section for s in statements})
    candidates: list[Candidate] = []
    for statement in statements:
        section = document.sections[statement.section]
        key = resolver.key_for(statement, section)
        speaker = resolver.plan_for(key, role=_role(document, statement, section))
        source = sources[statement.section]
        candidate = _candidate(statement, speaker, source, len(candidates))
        if not options.kinds or candidate.kind in options.kinds:
            candidates.append(candidate)
    used = {id(c.speaker) for c in candidates}
    speakers = {plan.key: plan for plan in resolver.plans.values() if id(plan) in used}
    notes = _notes(document, unnamed_hosts)
    return candidates, speakers, list({id(p): p for p in sources.values()}.values()), notes


def _notes(document: ParsedDocument, unnamed_hosts: list[Statement]) -> list[str]:
    notes = []
    narration = sum(1 for s in document.statements if s.narration)
    if narration:
        notes.append(f"{narration} line(s) telling what a host asked were not proposed.")
    if unnamed_hosts:
        roles = sorted({s.speaker for s in unnamed_hosts})
        notes.append(
            f"{len(unnamed_hosts)} line(s) of a host named only as "
            f"{', '.join(roles)} were not proposed; name the host with a 'Hosts:' line "
            f"or map “{roles[0]}” to a speaker."
        )
    return notes


def _mark_known_and_duplicates(candidates: list[Candidate]) -> None:
    """Skip what an earlier import of the source proposed; flag likely duplicates."""
    existing = {id(c.source): c.source.source for c in candidates if c.source.source}
    known = set(
        ImportedCandidate.objects.filter(source__in=set(existing.values())).values_list(
            "source_id", "fingerprint"
        )
    )
    finder = DuplicateFinder()
    for candidate in candidates:
        source = candidate.source.source
        identity = (source.pk if source else id(candidate.source), candidate.fingerprint)
        if identity in known:
            candidate.skip_reason = "imported before"
            continue
        known.add(identity)
        match = finder.find(
            speaker=candidate.speaker.speaker,
            speaker_key=id(candidate.speaker),
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
    known = KnownSpeakers()
    people = known.people() | {person_key(k) for k in options.speakers if k}
    parsed = parse_document(
        document, breaks=options.sections, known_people=people, today=timezone.localdate()
    )
    _refuse_unused_choices(parsed, options)
    candidates, speakers, sources, notes = _candidates(parsed, options, known)
    _mark_known_and_duplicates(candidates)
    return ImportPlan(
        file_name=file_name,
        sha256=hashlib.sha256(data).hexdigest(),
        document=parsed,
        sources=sources,
        speakers=speakers,
        candidates=candidates,
        notes=notes,
    )


def _refuse_unused_choices(document: ParsedDocument, options: ImportOptions) -> None:
    """A section break or a speaker mapping the document has no place for is a mistake.

    Raises ``ImportFileError`` naming it, rather than importing as if it were not given.
    """
    started = {section.line for section in document.sections}
    for line in sorted(options.sections):
        if line not in started:
            where = (
                f"the file has {document.line_count} lines"
                if line > document.line_count
                else "sections start on a line of notes, not on a blank line or in a caption file"
            )
            raise ImportFileError(f"No section can start at line {line}: {where}.")
    named = {person_key(s.speaker) for s in document.statements if s.speaker}
    for section in document.sections:
        named |= {person_key(section.speaker), person_key(section.heading)}
        named |= {person_key(section.inherited_speaker)} | {person_key(h) for h in section.hosts}
    for key in options.speakers:
        if key and person_key(key) not in named:
            names = document.speaker_labels()
            found = f"the names in it are {', '.join(names[:8])}" if names else "it names nobody"
            raise ImportFileError(f"“{key}” is not named in the file ({found}).")


def import_apply(
    *,
    plan: ImportPlan,
    actor=None,
    progress: Progress | None = None,
    bulk_threshold: int = BULK_THRESHOLD,
) -> ImportResult:
    """Write a plan: all of it or, on any error, nothing. Adds nothing when nothing is new.

    Refused while a name in the document only nearly matches a known speaker:
    the curator says who it is first.
    """
    _refuse_unsure_speakers(plan)
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


def unsure_speakers_message(plan: ImportPlan) -> str:
    """Why ``import_apply`` would refuse the plan for its unsure names ("" when it would not)."""
    unsure = plan.unsure_speakers
    if not unsure:
        return ""
    first = unsure[0]
    others = f" (and {len(unsure) - 1} more)" if len(unsure) > 1 else ""
    return (
        f"“{first.key}” looks like {first.resemblance}{others}: map it with "
        f"{{speaker {first.key}={first.close_target}}}, or with "
        f"{{speaker {first.key}={first.name}}} to add a new speaker"
    )


def _refuse_unsure_speakers(plan: ImportPlan) -> None:
    message = unsure_speakers_message(plan)
    if message:
        raise ImportFileError(message)


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


@dataclass
class DraftsOutcome:
    """What a decision on many drafts did: the drafts it changed, and each it refused with why.

    ``refused`` holds ``(claim, error)`` pairs; ``error`` is the ``ValidationError``
    or ``ConflictError`` the services raised for that draft, which was left as it was.
    """

    done: list[Claim] = field(default_factory=list)
    refused: list[tuple[Claim, Exception]] = field(default_factory=list)


def _each_draft(claims: Iterable[Claim], decide: Callable[[Claim], Claim]) -> DraftsOutcome:
    """Apply ``decide`` to each draft in a savepoint of its own: all of it, or nothing of it."""
    outcome = DraftsOutcome()
    for claim in claims:
        try:
            with transaction.atomic():
                outcome.done.append(decide(claim))
        except (ValidationError, services.ConflictError) as error:
            outcome.refused.append((claim, error))
        except IntegrityError as error:
            refusal = ValidationError(f"The database refused the change ({error}).")
            outcome.refused.append((claim, refusal))
    return outcome


def drafts_publish(*, claims: Iterable[Claim], actor=None) -> DraftsOutcome:
    """Publish each draft as it stands; one that cannot be published is left a draft."""
    return _each_draft(claims, lambda claim: draft_publish(claim=claim, actor=actor))


def drafts_reject(*, claims: Iterable[Claim], actor=None) -> DraftsOutcome:
    """Reject each draft (see ``draft_reject``)."""
    return _each_draft(claims, lambda claim: draft_reject(claim=claim, actor=actor))


def drafts_merge(*, claims: Iterable[Claim], actor=None) -> DraftsOutcome:
    """Merge each draft into the claim its ``duplicate_of`` names (see ``draft_merge``).

    A draft not flagged as a duplicate is refused. The claim merged into is read
    again first: an earlier draft of the same call may just have been merged (so
    rejected) itself.
    """

    def merge(claim: Claim) -> Claim:
        if claim.duplicate_of_id is None:
            raise ValidationError(
                {
                    "duplicate_of": "It is not flagged as a duplicate: pick the claim to merge "
                    "into in “duplicate of” first."
                }
            )
        into = Claim.objects.get(pk=claim.duplicate_of_id)
        return draft_merge(claim=claim, into=into, actor=actor)

    return _each_draft(claims, merge)
