"""What an import is about to do: the curator's choices, the candidates, the plan.

Plain data, shared by the planning (``services``) and the writing (``writing``).
"""

import datetime
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from claims.choices import DatePrecision, ParticipantRole, SourceKind
from claims.horizons import HorizonResult
from claims.importing.classify import normalise
from claims.importing.parsing import ParsedDocument, Statement
from claims.models import Claim, ImportBatch, Source, Speaker

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class SourceChoice:
    """An existing source by id, or the title and date of one to find or create."""

    source_id: int | None = None
    title: str = ""
    published_on: datetime.date | None = None
    precision: str = DatePrecision.DAY
    kind: str = SourceKind.PODCAST
    publisher: str = ""
    url: str = ""


@dataclass(frozen=True)
class SectionSource:
    """The curator's source for one section: an existing one, or the date of a new one.

    A new one takes its title from the section's heading unless ``title`` is given.
    """

    source_id: int | None = None
    published_on: datetime.date | None = None
    precision: str = DatePrecision.DAY
    title: str = ""


@dataclass(frozen=True)
class ImportOptions:
    """A curator's choices for one import.

    ``speakers`` maps a name in the document, or a section heading such as
    "Intro", to a speaker's slug or name; the key "" names the default speaker
    of sections that name nobody. ``sections`` opens a new section at a line,
    spoken by the name given. ``kinds`` keeps only candidates of those kinds;
    ``lines`` only the statements between two line numbers (both included).
    ``section_sources`` gives the source of the section whose heading is on
    that line (a section without a dated heading, or one to file elsewhere).
    """

    source: SourceChoice
    speakers: dict[str, str] = field(default_factory=dict)
    sections: dict[int, str] = field(default_factory=dict)
    kinds: frozenset[str] = frozenset()
    lines: tuple[int, int] | None = None
    file_format: str = ""
    section_sources: dict[int, SectionSource] = field(default_factory=dict)


@dataclass
class SpeakerPlan:
    """Who a name in the document is: an existing speaker, or one to create.

    ``close_to`` is a known speaker the name nearly matches ("Maya Chenn",
    "M. Chen"): the import does not create a new speaker for it until the
    curator maps the name, to that speaker or explicitly to a new one.
    """

    key: str
    speaker: Speaker | None
    name: str
    role: str = ParticipantRole.GUEST
    close_to: Speaker | None = None
    mapped: bool = False
    # A new name earlier in the same document this one nearly matches ("Sam Riviera").
    close_to_name: str = ""
    # Where the document itself says who a placeholder is (``declared_labels``): a remark.
    declared: str = ""

    @property
    def unsure(self) -> bool:
        close = self.close_to is not None or bool(self.close_to_name)
        return self.speaker is None and close and not self.mapped

    @property
    def resemblance(self) -> str:
        """Whom the name nearly matches, in words: "the known speaker Maya Chen (maya-chen)"."""
        if self.close_to is not None:
            return f"the known speaker {self.close_to.name} ({self.close_to.slug})"
        return f"“{self.close_to_name}”, also in this document"

    @property
    def unsure_remark(self) -> str:
        """The remark on a candidate whose speaker is unsure: whom the name may be."""
        return f"“{self.key}” is close to {self.resemblance}"

    @property
    def close_target(self) -> str:
        """What to map the name to for it to be that person: a slug, or the other name."""
        return self.close_to.slug if self.close_to is not None else self.close_to_name

    @property
    def display(self) -> str:
        if self.speaker:
            return self.speaker.name
        if self.unsure:
            close = self.close_to.name if self.close_to is not None else self.close_to_name
            return f"{self.name} (new? close to {close})"
        return f"{self.name} (new)"


@dataclass
class SourcePlan:
    """The source of one or more sections: an existing one, or one to find or create."""

    choice: SourceChoice
    source: Source | None
    said_on: datetime.date
    precision: str
    sections: list[int] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)

    @property
    def title(self) -> str:
        return self.source.title if self.source else self.choice.title

    @property
    def display(self) -> str:
        state = f"#{self.source.pk}" if self.source else "new"
        date = self.said_on.isoformat()
        if self.precision == DatePrecision.MONTH:
            date = date[:7]
        elif self.precision == DatePrecision.YEAR:
            date = date[:4]
        return f"“{self.title}”, {date} ({state})"


# Why a candidate is not proposed (``Candidate.skip_reason``).
IMPORTED_BEFORE = "imported before"
SAID_AGAIN = "said again in this file"


@dataclass(slots=True)
class Candidate:
    """A statement proposed as a draft claim."""

    index: int
    statement: Statement
    speaker: SpeakerPlan
    source: SourcePlan
    kind: str
    horizon: str
    deadline: datetime.date | None
    fingerprint: str
    skip_reason: str = ""
    duplicate_of: Claim | None = None
    duplicate_of_candidate: int | None = None
    similarity: float = 0.0
    # Imported before as another speaker's words than this import gives them to.
    imported_as: str = ""
    # The horizon as read from the statement (kept so that writing does not read it again).
    reading: HorizonResult | None = None

    @property
    def quote(self) -> str:
        return self.statement.text

    @property
    def remarks(self) -> list[str]:
        """What the curator should know: a topic the notes suggest, what was unsure."""
        remarks = []
        if self.statement.topic:
            remarks.append(f"topic “{self.statement.topic}”?")
        if self.statement.note:
            remarks.append(self.statement.note)
        if self.speaker.unsure:
            remarks.append(self.speaker.unsure_remark)
        if self.speaker.declared:
            remarks.append(self.speaker.declared)
        return remarks

    @property
    def is_new(self) -> bool:
        return not self.skip_reason

    @property
    def is_duplicate(self) -> bool:
        return self.duplicate_of is not None or self.duplicate_of_candidate is not None


@dataclass
class ImportPlan:
    """Everything an import would write, for a dry run or for ``import_apply``."""

    file_name: str
    sha256: str
    document: ParsedDocument
    sources: list[SourcePlan]
    speakers: dict[str, SpeakerPlan]
    candidates: list[Candidate]
    notes: list[str] = field(default_factory=list)

    @property
    def source(self) -> Source | None:
        """The first section's source, when it exists already."""
        return self.sources[0].source if self.sources else None

    @property
    def said_on(self) -> datetime.date:
        return self.sources[0].said_on

    @property
    def said_on_precision(self) -> str:
        return self.sources[0].precision

    @property
    def unsure_speakers(self) -> list[SpeakerPlan]:
        return [plan for plan in self.speakers.values() if plan.unsure]

    @property
    def new_candidates(self) -> list[Candidate]:
        return [c for c in self.candidates if c.is_new]

    @property
    def skipped(self) -> list[Candidate]:
        """Candidates an earlier import of their source proposed."""
        return [c for c in self.candidates if c.skip_reason == IMPORTED_BEFORE]

    @property
    def repeated(self) -> list[Candidate]:
        """Candidates this file says again word for word (proposed once)."""
        return [c for c in self.candidates if c.skip_reason == SAID_AGAIN]


@dataclass(frozen=True)
class ImportResult:
    """What an import wrote; ``claims`` in document order (a query for a long import).

    ``source`` is the first section's source; ``sources`` every source written to;
    ``skipped`` counts the statements imported before, ``repeated`` those the file
    says again word for word.
    """

    batch: ImportBatch | None
    source: Source | None
    claims: Sequence[Claim]
    duplicates: int
    skipped: int
    sources: Sequence[Source] = ()
    repeated: int = 0
    notes: Sequence[str] = ()  # what was not proposed, and why (``ImportPlan.notes``)


def fingerprint(speaker_key: str, quote: str) -> str:
    """The identity of a statement across imports: who (as named) and the words."""
    words = " ".join(normalise(quote).split())
    return hashlib.sha256(f"{normalise(speaker_key).strip()}\n{words}".encode()).hexdigest()
