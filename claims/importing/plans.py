"""What an import is about to do: the curator's choices, the candidates, the plan.

Plain data, shared by the planning (``services``) and the writing (``writing``).
"""

import datetime
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field

from claims.choices import DatePrecision, ParticipantRole, SourceKind
from claims.importing.classify import normalise
from claims.importing.models import ImportBatch
from claims.importing.parsing import ParsedDocument, Statement
from claims.models import Claim, Source, Speaker

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
class ImportOptions:
    """A curator's choices for one import.

    ``speakers`` maps a name in the document, or a section heading such as
    "Intro", to a speaker's slug or name; the key "" names the default speaker
    of sections that name nobody. ``sections`` opens a new section at a line,
    spoken by the name given. ``kinds`` keeps only candidates of those kinds;
    ``lines`` only the statements between two line numbers (both included).
    """

    source: SourceChoice
    speakers: dict[str, str] = field(default_factory=dict)
    sections: dict[int, str] = field(default_factory=dict)
    kinds: frozenset[str] = frozenset()
    lines: tuple[int, int] | None = None
    file_format: str = ""


@dataclass
class SpeakerPlan:
    """Who a name in the document is: an existing speaker, or one to create."""

    key: str
    speaker: Speaker | None
    name: str
    role: str = ParticipantRole.GUEST

    @property
    def display(self) -> str:
        return self.speaker.name if self.speaker else f"{self.name} (new)"


@dataclass
class Candidate:
    """A statement proposed as a draft claim."""

    index: int
    statement: Statement
    speaker: SpeakerPlan
    kind: str
    horizon: str
    deadline: datetime.date | None
    fingerprint: str
    skip_reason: str = ""
    duplicate_of: Claim | None = None
    duplicate_of_candidate: int | None = None
    similarity: float = 0.0

    @property
    def quote(self) -> str:
        return self.statement.text

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
    source: Source | None
    source_choice: SourceChoice
    said_on: datetime.date
    said_on_precision: str
    speakers: dict[str, SpeakerPlan]
    candidates: list[Candidate]

    @property
    def new_candidates(self) -> list[Candidate]:
        return [c for c in self.candidates if c.is_new]

    @property
    def skipped(self) -> list[Candidate]:
        return [c for c in self.candidates if not c.is_new]


@dataclass(frozen=True)
class ImportResult:
    batch: ImportBatch | None
    source: Source | None
    claims: list[Claim]
    duplicates: int
    skipped: int


def fingerprint(speaker_key: str, quote: str) -> str:
    """The identity of a statement across imports: who (as named) and the words."""
    words = " ".join(normalise(quote).split())
    return hashlib.sha256(f"{normalise(speaker_key).strip()}\n{words}".encode()).hexdigest()
