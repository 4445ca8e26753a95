"""Writing an import plan: the source, the speakers, the drafts and the import records.

Sources, participants and drafts are written through ``claims.services``. Up to
``BULK_THRESHOLD`` new candidates, each draft is created by
``claims.services.claim_create``; a larger import (a long transcript) hands
them to ``claims.services.claims_bulk_create``, which builds each draft as
``claim_build`` builds it and inserts them in bulk with their history, because
``claim_create`` saves one row (and one history row) per statement. Both ways
give the same rows and the same history (see the tests).
"""

from array import array
from collections.abc import Callable
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.text import slugify

from claims import services
from claims.choices import ReviewState
from claims.importing.errors import ImportFileError
from claims.importing.names import person_key
from claims.importing.plans import (
    IMPORTED_BEFORE,
    SAID_AGAIN,
    Candidate,
    ImportResult,
    SourceChoice,
    SourcePlan,
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


def _speaker_create(plan: SpeakerPlan, *, actor) -> Speaker:
    slug = slugify(plan.name)[:190] or "speaker"
    base, n = slug, 2
    while Speaker.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return services.speaker_create(name=plan.name[:200], slug=slug, actor=actor)


def _statement_line(quote: str) -> str:
    line = " ".join(quote.split())
    return line if len(line) <= STATEMENT_MAX else line[: STATEMENT_MAX - 1].rstrip() + "…"


def _flag_reason(original: Claim, score: float) -> str:
    return f"likely duplicate of claim {original.pk} (similarity {score:.2f})"


def _user(actor):
    return actor if actor is not None and actor.is_authenticated else None


@dataclass(frozen=True)
class ImportFile:
    """What the import record says of the file."""

    name: str
    sha256: str
    format: str


class DraftWriter:
    """Writes candidates as drafts, a chunk at a time, in the caller's transaction.

    Each chunk's sources and speakers are found or created when first met (two
    names mapped to one new speaker make one speaker), its speakers join its
    sources, and its new candidates become drafts: one by one through
    ``claim_create`` (``bulk`` false), or built as ``claim_build`` builds them and
    inserted in bulk with their history. What is kept between chunks does not
    grow with the document: a draft's id per candidate, the speakers and
    sources met, counts. ``finish`` records the counts on the import.
    """

    def __init__(self, file: ImportFile, *, actor, bulk: bool, progress=None) -> None:
        self.file = file
        self.actor = actor
        self.bulk = bulk
        self.progress = progress
        self.batch: ImportBatch | None = None
        self.sources: dict[int, Source] = {}  # the sources written to, by id, in order
        self.made: dict[str, Speaker] = {}  # by person key of the name
        self.met: set[int] = set()  # the speaker plans given a speaker
        self.claims: dict[int, Claim] = {}  # one by one: every draft, by candidate index
        self.claim_ids = array("q")  # in bulk: each candidate's draft id (0: none)
        self.created = self.duplicates = self.skipped = self.repeated = 0

    @property
    def first_source(self) -> Source | None:
        """The source of the first candidate written: the one the import is listed under."""
        return next(iter(self.sources.values()), None)

    def _source_for(self, plan: SourcePlan) -> Source:
        if plan.source is None:
            plan.source = _existing_source(plan.choice) or _source_create(
                plan.choice, actor=self.actor
            )
        return plan.source

    def _speaker_for(self, plan: SpeakerPlan) -> Speaker:
        if id(plan) not in self.met:
            name = person_key(plan.name)
            if plan.speaker is None:
                plan.speaker = self.made.get(name) or _speaker_create(plan, actor=self.actor)
            self.made.setdefault(name, plan.speaker)
            self.met.add(id(plan))
        return plan.speaker

    def write(self, chunk: list[Candidate], *, note_for: Callable[[Candidate], str]) -> None:
        """Write a chunk of candidates (those not new are only counted)."""
        # One pair of plans stands for all its candidates (a long transcript has few).
        pairs = {}
        for candidate in chunk:
            pairs.setdefault((id(candidate.source), id(candidate.speaker)), candidate)
        participants = []
        for candidate in pairs.values():
            source = self._source_for(candidate.source)
            speaker = self._speaker_for(candidate.speaker)
            participants.append((source, speaker, candidate.speaker.role))
            self.sources.setdefault(source.pk, source)
        services.source_participants_add(participants=participants)
        new = [c for c in chunk if c.is_new]
        self.skipped += sum(c.skip_reason == IMPORTED_BEFORE for c in chunk)
        self.repeated += sum(c.skip_reason == SAID_AGAIN for c in chunk)
        if not new:
            return
        if self.batch is None:
            self.batch = self._batch_create()
        if self.bulk:
            written = self._create_in_bulk(new, note_for)
        else:
            written = self._create_one_by_one(new, note_for)
        self._remember(new, written)
        self.created += len(new)
        self.duplicates += sum(c.is_duplicate for c in new)

    def _draft_fields(self, candidate: Candidate, note_for) -> dict:
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
            "internal_notes": note_for(candidate),
        }

    def _original(self, candidate: Candidate) -> Claim | None:
        if candidate.duplicate_of is not None:
            return candidate.duplicate_of
        index = candidate.duplicate_of_candidate
        if index is None:
            return None
        if not self.bulk:
            return self.claims[index]
        # A draft of an earlier chunk, known here by its id only.
        return Claim(pk=self.claim_ids[index])

    def _create_one_by_one(self, new: list[Candidate], note_for) -> dict[int, Claim]:
        written = {}
        for candidate in new:
            try:
                claim = services.claim_create(
                    **self._draft_fields(candidate, note_for),
                    horizon_reading=candidate.reading,
                    actor=self.actor,
                )
            except ValidationError as error:
                raise ImportFileError(_messages(error), line=candidate.statement.line) from None
            original = self._original(candidate)
            if original is not None:
                claim = services.claim_update(
                    claim=claim,
                    expected_version=claim.version,
                    changes={"duplicate_of": original},
                    actor=self.actor,
                    reason=_flag_reason(original, candidate.similarity),
                )
            written[candidate.index] = self.claims[candidate.index] = claim
            self._advance()
        return written

    def _create_in_bulk(self, new: list[Candidate], note_for) -> dict[int, Claim]:
        """Build the drafts, insert them with their history, flag the duplicates."""
        try:
            drafts = services.claims_bulk_create(
                claims=[
                    services.ClaimInput(
                        **self._draft_fields(c, note_for), horizon_reading=c.reading
                    )
                    for c in new
                ],
                actor=self.actor,
                batch_size=BULK_BATCH,
            )
        except services.ClaimInputError as error:
            line = new[error.position].statement.line
            raise ImportFileError(_messages(error), line=line) from None
        written = {c.index: draft for c, draft in zip(new, drafts, strict=True)}
        ids = self.claim_ids
        ids.extend([0] * (new[-1].index + 1 - len(ids)))
        for index, draft in written.items():
            ids[index] = draft.pk
        marks = []
        for candidate in new:
            original = self._original(candidate)
            if original is not None:
                reason = _flag_reason(original, candidate.similarity)
                marks.append((written[candidate.index], original, reason))
        services.claims_mark_duplicates(marks=marks, actor=self.actor)
        self._advance(len(new))
        return written

    def _advance(self, count: int = 1) -> None:
        if self.progress is not None:
            self.progress(count)

    def _batch_create(self) -> ImportBatch:
        return ImportBatch.objects.create(
            source=self.first_source,
            file_name=self.file.name[:255],
            file_sha256=self.file.sha256,
            file_format=self.file.format,
            line_count=0,
            statement_count=0,
            created_by=_user(self.actor),
        )

    def _remember(self, new: list[Candidate], written: dict[int, Claim]) -> None:
        """Record what was proposed, so that importing again adds only what is new."""
        batch = self.batch.pk
        copying.rows_insert(
            ImportedCandidate,
            ["batch_id", "source_id", "claim_id", "fingerprint", "speaker_label"],
            (
                (
                    batch,
                    c.source.source.pk,
                    written[c.index].pk,
                    c.fingerprint,
                    c.speaker.key[:200],
                )
                for c in new
            ),
        )

    def finish(self, *, line_count: int, statement_count: int) -> ImportResult:
        """Record the import's counts; the drafts in document order (a query when in bulk)."""
        batch = self.batch
        if batch is None:
            return ImportResult(
                None, self.first_source, [], 0, self.skipped, repeated=self.repeated
            )
        batch.line_count = line_count
        batch.statement_count = statement_count
        batch.created_count = self.created
        batch.duplicate_count = self.duplicates
        batch.skipped_count = self.skipped
        batch.save(
            update_fields=[
                "line_count",
                "statement_count",
                "created_count",
                "duplicate_count",
                "skipped_count",
            ]
        )
        if self.bulk:
            # Read back on demand: a long transcript's drafts are not all kept in memory.
            claims = Claim.objects.filter(import_record__batch=batch).order_by("pk")
        else:
            claims = list(self.claims.values())
        return ImportResult(
            batch,
            batch.source,
            claims,
            self.duplicates,
            self.skipped,
            list(self.sources.values()),
            self.repeated,
        )


def draft_note(candidate: Candidate, file_name: str) -> str:
    """The draft's internal note: where it came from and what the curator should know."""
    note = f"Proposed by an import of {file_name or 'a document'}"
    if candidate.statement.speaker and candidate.speaker.name != candidate.statement.speaker:
        note += f" (speaker named “{candidate.statement.speaker}” there)"
    remarks = candidate.remarks
    return note + "." + (" " + "; ".join(remarks) + "." if remarks else "")
