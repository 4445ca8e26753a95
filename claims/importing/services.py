"""Importing a document as draft claims, and reviewing the drafts.

``import_plan`` reads the file, splits it into statements, picks and
classifies candidates, resolves speakers and finds what was imported before or
repeats an existing claim, all without writing (the admin's preview).
``import_apply`` writes a plan in one transaction through ``claims.services``
(so history records every draft, labelled "import"). ``import_document`` does
both a chunk of statements at a time, holding neither the document nor its
candidates (the command). The review functions publish, reject or merge a
draft, again through ``claims.services``.
"""

import dataclasses
import datetime
import gc
import hashlib
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from claims import services
from claims.choices import ClaimKind, ParticipantRole, ReviewState
from claims.history import write_path
from claims.horizons import HorizonKind, HorizonResult
from claims.importing.acts import organisations_of, speakers_own_act
from claims.importing.answered_times import borrowed_horizon
from claims.importing.asides import OFF_RECORD, OWN, withheld_notes
from claims.importing.attribution import (
    others_forecast_marked,
    others_report_marked,
    sayers_forecast,
)
from claims.importing.borrowed_times import tied_to_event
from claims.importing.chat_exports import counted_from_message, horizon_day
from claims.importing.classify import classify, is_candidate
from claims.importing.commitments import (
    answered_act_marked,
    officers_timetable_marked,
    others_act_marked,
    others_commitment_marked,
)
from claims.importing.compounds import continued_kind, elliptical_horizon
from claims.importing.declared_labels import declared_labels
from claims.importing.duplicates import DuplicateFinder, Query, WordsSeen, duplicate_root
from claims.importing.errors import ImportFileError
from claims.importing.horizon_readings import fiscal_year_of, read_horizon, stored_horizon
from claims.importing.likelier_times import likelier_time
from claims.importing.names import initials_of, names_same_person, person_key, role_cue
from claims.importing.narration import narration_kind, narration_notes
from claims.importing.office_holders import office_holders_of
from claims.importing.parsing import (
    ParsedDocument,
    Section,
    Statement,
    StatementStream,
    stream_document,
)
from claims.importing.plans import (
    IMPORTED_BEFORE,
    SAID_AGAIN,
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
from claims.importing.reported_kinds import answered_kind
from claims.importing.sources import SectionSources, chosen_said_on
from claims.importing.speakers import (
    KnownSpeakers,
    SpeakerResolver,
    did_you_mean,
    unnamed_section_key,
    unnamed_turn_key,
)
from claims.importing.talk_about_talk import asked_frame_dropped
from claims.importing.timed_cues import role_dropped
from claims.importing.writing import (
    BULK_BATCH as CHUNK,
)
from claims.importing.writing import (
    BULK_THRESHOLD,
    DraftWriter,
    ImportFile,
    draft_note,
)
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


def _role(file_format: str, statement: Statement, section: Section) -> str:
    """Voices in a transcript are speakers; in notes, cues are hosts unless a panel's."""
    if file_format != NOTES or (section.panel and not statement.host):
        return ParticipantRole.SPEAKER
    if statement.host or (statement.speaker and statement.speaker != section.speaker):
        return ParticipantRole.HOST
    return ParticipantRole.GUEST


def _candidate(
    statement: Statement,
    speaker: SpeakerPlan,
    source: SourcePlan,
    index: int,
    *,
    speech: bool = False,
    said_before: tuple[str, ...] = (),
) -> Candidate:
    """Classify a statement and read its horizon.

    A date on or before the day the words were said is no horizon: it cannot
    make a statement a prediction, nor give it a deadline. An answer read with its
    question (``Statement.asked``) and no horizon of its own takes the question's.
    A statement read as factual or as an opinion gets no deadline from the date it
    names (advice "by June", a fact "five to ten years away" that may be a forecast):
    the curator is asked (``NOT_A_FORECAST``), never reminded of a deadline no
    forecast set. ``speech`` says the statement is a turn of speech (or an article's
    narration), not a summary of its speaker: a pronoun reporting a forecast there is
    another's (``attribution.told_forecast``), unless the speaker named that person in the
    lines they said just before (``said_before``: "Spoke to Marcus Lindqvist." then "He
    expects …").
    """
    # A chat message's horizon counts from the day it was sent (``chat_exports.horizon_day``).
    said_on = horizon_day(statement, source.said_on)
    precision = "day" if said_on != source.said_on else source.precision
    # "Since it came up in the Q&A: …": the frame's past is the talk's, not the claim's.
    horizon = statement.read_as(said_on, precision) or read_horizon(
        asked_frame_dropped(statement.text), said_on=said_on, precision=precision
    )
    if horizon.kind == HorizonKind.NONE and statement.asked:  # "Where … in ten years?" "Bankrupt."
        horizon = read_horizon(statement.asked, said_on=said_on, precision=precision)
    if horizon.kind == HorizonKind.NONE:  # "Personally I think October is more realistic"
        horizon = likelier_time(statement.text, said_on, precision) or horizon
    # "… by 2026." "We will not be."; "before the launch", whose day was set before
    if statement.note and (horizon.kind == HorizonKind.NONE or tied_to_event(horizon)):
        horizon = (
            elliptical_horizon(statement.note, said_on, precision)
            or borrowed_horizon(statement.note, said_on, precision)  # "… by then."
            or horizon
        )
    dated = horizon.kind == HorizonKind.DATED and horizon.deadline > said_on
    kind = classify(statement.text, has_horizon=dated, timed=horizon.kind != HorizonKind.NONE)
    kind = continued_kind(statement.note) or kind  # "…, and the remaining 36 by 2028": the first's
    statement, kind = answered_act_marked(statement, kind)  # "Will it be fixed?" "It will."
    kind = answered_kind(statement.text, statement.asked, kind)  # "… will prices fall?" "Yes."
    if kind == ClaimKind.FACTUAL:  # "X told Bloomberg the dollar would …" under X: theirs
        kind = sayers_forecast(statement.text, speaker.name) or kind
    if kind == ClaimKind.FACTUAL:  # "…, Ashworth Building Society said.": told, theirs
        statement = others_report_marked(statement, speaker.name, speech=speech)
    if kind == ClaimKind.PREDICTION:  # another's forecast, told, is not the speaker's
        statement, kind, horizon = _whose_forecast(
            statement, horizon, speaker.name, said_on, speech=speech, said_before=said_before
        )
        dated = dated and horizon.kind == HorizonKind.DATED
    elif kind == ClaimKind.COMMITMENT:  # another party's undertaking, told, is no promise of theirs
        statement, kind, horizon = others_commitment_marked(
            statement, horizon, speaker.name, speech=speech
        )
        dated = dated and horizon.kind == HorizonKind.DATED
    if dated and kind in (ClaimKind.FACTUAL, ClaimKind.OPINION):
        statement, horizon = _undated(statement, horizon, kind)
        dated = False
    if kind == ClaimKind.COMMITMENT and horizon.pledged is not None:
        statement, horizon = _pledged(statement, horizon)
        dated = True
    if dated:  # dated by the document's fiscal calendar: stored with it, "FY27 (fiscal year
        # ending June)", so the deadline derived again from the horizon is the same
        stored = stored_horizon(horizon, said_on, precision)
        horizon = dataclasses.replace(horizon, phrase=stored)
        statement = counted_from_message(statement, horizon, source.said_on)
    return Candidate(
        index=index,
        statement=statement,
        speaker=speaker,
        source=source,
        kind=kind,
        horizon=horizon.phrase or "",
        deadline=horizon.deadline if dated else None,
        fingerprint=fingerprint(speaker.key, statement.text),
        reading=horizon,
    )


def _whose_forecast(
    statement: Statement,
    horizon: HorizonResult,
    speaker: str,
    said_on: datetime.date,
    *,
    speech: bool = False,
    said_before: tuple[str, ...] = (),
) -> tuple[Statement, str, HorizonResult]:
    """``(statement, kind, horizon)`` of a statement read as a prediction, by whose it is:
    another's forecast told (``others_forecast_marked``), the speaker's own act told in the
    third person ("Northwind will recruit …" said by Northwind Grid Storage: a commitment),
    or an organisation's act of which the speaker's part is unknown (asked)."""
    statement, kind, horizon = others_forecast_marked(
        statement, horizon, speaker, said_on, speech=speech, said_before=said_before
    )
    if kind == ClaimKind.PREDICTION and speakers_own_act(statement.text, speaker):
        kind = ClaimKind.COMMITMENT
    elif kind == ClaimKind.PREDICTION:  # "Monterrey opens in January 2027" by its CEO
        statement, kind = officers_timetable_marked(statement, kind, speaker, horizon)
    if kind == ClaimKind.PREDICTION:  # "Voltbank will publish …": whose act?
        statement = others_act_marked(statement)
    return statement, kind, horizon


NOT_A_FORECAST = (
    "“{phrase}” names a date, but the statement reads as {kind}, not a forecast: no deadline"
    " is taken; if it is a forecast, make it a prediction: its deadline is then worked out"
    " from “{phrase}”"
)


def _undated(
    statement: Statement, horizon: HorizonResult, kind: str
) -> tuple[Statement, HorizonResult]:
    """The statement with ``NOT_A_FORECAST`` among its remarks (unless advice's remark says
    it already), and its horizon as read, without the deadline."""
    phrase = horizon.phrase.strip().rstrip(".")
    if f"“{phrase}” is when it is advised for" not in statement.note:
        remark = NOT_A_FORECAST.format(phrase=phrase, kind=kind)
        statement = dataclasses.replace(
            statement, note="; ".join(n for n in (statement.note, remark) if n)
        )
    rule = f"'{phrase}' names a date, not a deadline: the statement reads as {kind}"
    return statement, HorizonResult(HorizonKind.NONE, None, None, horizon.phrase, rule)


def _pledged(statement: Statement, horizon: HorizonResult) -> tuple[Statement, HorizonResult]:
    """A promise not to act before a date ("We will not cut a single job before the end of
    2027"): dated the day before it (``HorizonResult.pledged``), without the lower bound's
    remark, which is a forecast's."""
    note = statement.note
    if horizon.remark:
        note = note.replace(f"; {horizon.remark}", "").replace(horizon.remark, "").strip("; ")
    return dataclasses.replace(statement, note=note), horizon.pledged


QUOTE_MAX = Claim._meta.get_field("quote").max_length
_SAID_BEFORE = 3  # a speaker's lines kept to find whom "he" or "she" means


class _Planner:
    """Turns a document's statements into candidates, a chunk at a time.

    Shared by ``import_plan``, which keeps every candidate for the preview, and
    ``import_stream``, which writes each chunk and lets it go. Besides the
    candidates it keeps only what does not grow with the file's length: the
    speakers and sources met, a few counts, and the duplicate finder (which
    holds a bounded number of candidates' words in memory and the others in a
    temporary file, to compare later ones with: ``close`` deletes it).
    """

    def __init__(self, stream: StatementStream, options: ImportOptions, known) -> None:
        self.format = stream.format
        self.sections = stream.sections
        self.line_count = stream.line_count
        self.options = options
        self.resolver = SpeakerResolver(options.speakers, known, file_format=stream.format)
        self.resolver.layout_read = stream.layout_read
        self.sources = SectionSources(stream.sections, options)
        self.finder = DuplicateFinder()
        # The statements proposed so far, by their source plan and the first half of their
        # fingerprint (the older ones in the finder's temporary file).
        self.seen = WordsSeen(self.finder.spill)
        self.count = 0
        self.narration: dict[str, int] = {}  # lines of narration, by what they are
        self.withheld: dict[str, int] = {}  # lines of the note-taker's own, by reason
        self.unnamed_hosts: dict[str, int] = {}  # a host's role word → lines not proposed
        # Lines of a section nobody is named for, by its key ("Unnamed speaker at line 1").
        self.unnamed_lines: dict[str, int] = {}
        self.labels: dict[str, None] = {}  # every statement's speaker label, in order
        self.resolver.labels = self.labels  # who the file names: an unnamed turn is asked
        self.turns: set[str] = set()  # the name of every caption turn nobody is named for
        # The speaker's key and their last lines, while no one else's line comes between: whom
        # "he" may mean is looked for there only when a line needs it (``person_named``).
        self.said_before: tuple[str, tuple[str, ...]] = ("", ())
        # Statements imported before as another speaker's, by that speaker's name.
        self.imported_as: dict[str, int] = {}

    def wanted(self, statement: Statement) -> bool:
        """Whether the statement is proposed: not a host's narration, nor a line of a host
        named only by a role word, and within the curator's lines."""
        return (
            not statement.narration
            and _in_lines(statement, self.options.lines)
            and is_candidate(statement.text, asked=statement.asked)
            and not self.resolver.is_unnamed_host(statement)
        )

    def proposable(self, statement: Statement, wanted: bool | None = None) -> bool:
        """``wanted`` (given when already asked of the statement), counting what is not: host
        narration, hosts named only by role."""
        section = self.sections[statement.section]
        if statement.speaker or section.speaker:  # who the file names, so far
            self.labels[statement.speaker or section.speaker] = None
        if not statement.speaker:
            if statement.timestamp:
                self.turns.add(unnamed_turn_key(statement))
            self.turns.add(unnamed_section_key(section))
        if self.wanted(statement) if wanted is None else wanted:
            return True
        if statement.narration and statement.note in (OFF_RECORD, OWN):  # ``asides``
            self.withheld[statement.note] = self.withheld.get(statement.note, 0) + 1
        elif statement.narration:
            kind = narration_kind(statement)
            self.narration[kind] = self.narration.get(kind, 0) + 1
        elif (
            self.resolver.is_unnamed_host(statement)
            and _in_lines(statement, self.options.lines)
            and is_candidate(statement.text, asked=statement.asked)
        ):
            role = statement.speaker
            self.unnamed_hosts[role] = self.unnamed_hosts.get(role, 0) + 1
        return False

    def candidate(self, statement: Statement) -> Candidate | None:
        """The statement's candidate, or None when the curator's kinds leave it out.

        Raises ``ImportFileError`` when nobody is named for it or its section has
        no source."""
        if len(statement.text) > QUOTE_MAX:
            # Refused when planned, so that a dry run and the preview say so too.
            raise ImportFileError(
                f"This statement is {len(statement.text):,} characters long; a claim's quote "
                f"may have {QUOTE_MAX:,}. Split it (end its sentences) and import again.",
                line=statement.line,
            )
        section = self.sections[statement.section]
        key = self.resolver.key_for(statement, section)
        if self.resolver.withholds(key):  # nobody is named for it: counted, not proposed
            self.unnamed_lines[key] = self.unnamed_lines.get(key, 0) + 1
            return None
        role = _role(self.format, statement, section)
        speaker = self.resolver.plan_for(key, role=role)
        source = self.sources.for_section(section)
        # A turn of speech, or an article's narration: "she" there is never the speaker.
        speech = role != ParticipantRole.GUEST or bool(section.author)
        # Whom "he" or "she" may mean: a person this speaker's lines just before named.
        said = self.said_before[1] if speech and self.said_before[0] == key else ()
        candidate = _candidate(
            statement, speaker, source, self.count, speech=speech, said_before=said
        )
        self.said_before = (key, (*said, statement.text)[-_SAID_BEFORE:]) if speech else ("", ())
        if candidate.statement.speaker != statement.speaker:
            # A named person's forecast the speaker tells (``attribution.TOLD_BY``): theirs.
            told = candidate.statement
            forecaster = self.resolver.plan_for(self.resolver.key_for(told, section))
            candidate = dataclasses.replace(
                candidate, speaker=forecaster, fingerprint=fingerprint(forecaster.key, told.text)
            )
        if self.options.kinds and candidate.kind not in self.options.kinds:
            return None
        self.count += 1
        return candidate

    def chunks(
        self, statements: Iterable[Statement], size: int, wanted: Sequence[bool] = ()
    ) -> Iterator[list[Candidate]]:
        """Candidates of ``statements`` by chunks of ``size``, each marked (``mark``).
        ``wanted``: whether each statement is (``wanted``), when already asked of them all:
        a document's statements outnumber the checks' caches, which would forget the first
        by the time the last are asked again."""
        chunk: list[Candidate] = []
        for index, statement in enumerate(statements):
            if not self.proposable(statement, wanted[index] if wanted else None):
                if statement.speaker and statement.speaker != self.said_before[0]:
                    self.said_before = ("", ())  # another's line between: "he" is not known
                continue
            candidate = self.candidate(statement)
            if candidate is None:
                continue
            chunk.append(candidate)
            if len(chunk) == size:
                self.mark(chunk)
                yield chunk
                chunk = []
        if chunk:
            self.mark(chunk)
            yield chunk

    def mark(self, chunk: list[Candidate]) -> None:
        """Skip what an earlier import of the source proposed, or this document already did;
        flag likely duplicates of the speaker's claims and of earlier candidates."""
        stored = {c.source.source.pk for c in chunk if c.source.source}
        known: dict[tuple[int, str], tuple[int, str]] = {}
        if stored:
            # Who each earlier draft is now said by: a curator may have mapped the name
            # to someone else since (or corrected the draft).
            rows = ImportedCandidate.objects.filter(
                source__in=stored, fingerprint__in={c.fingerprint for c in chunk}
            ).values_list("source_id", "fingerprint", "claim__speaker_id", "claim__speaker__name")
            known = {(s, f): (speaker, name) for s, f, speaker, name in rows}
        compared: list[Candidate] = []  # the candidates not skipped, in order
        # Keyed by the plan: its source may be created part way through an import.
        keys = [id(c.source) << 128 | int(c.fingerprint[:32], 16) for c in chunk]
        for candidate, first in zip(chunk, self.seen.first_time(keys), strict=True):
            source = candidate.source.source
            if not first:  # first, as what this import wrote is in the database too
                candidate.skip_reason = SAID_AGAIN
                continue
            if source and (source.pk, candidate.fingerprint) in known:
                candidate.skip_reason = IMPORTED_BEFORE
                speaker_id, name = known[source.pk, candidate.fingerprint]
                now = candidate.speaker.speaker
                if now is None or now.pk != speaker_id:
                    candidate.imported_as = name
                    self.imported_as[name] = self.imported_as.get(name, 0) + 1
                continue
            compared.append(candidate)
        # The chunk's candidates at once: the finder reads each block it wrote out once.
        queries = [
            Query(c.speaker.speaker, id(c.speaker), c.quote, c.index, c.deadline) for c in compared
        ]
        for candidate, match in zip(compared, self.finder.find_originals(queries), strict=True):
            if match is not None:
                candidate.duplicate_of = match.claim
                candidate.duplicate_of_candidate = match.candidate_index
                candidate.similarity = match.score

    def close(self) -> None:
        """Delete the duplicate finder's temporary file, if it made one."""
        self.finder.close()

    def notes(self) -> list[str]:
        notes = withheld_notes(self.withheld)
        notes += narration_notes(self.narration)
        if self.unnamed_hosts:
            roles = sorted(self.unnamed_hosts)
            notes.append(
                f"{sum(self.unnamed_hosts.values())} line(s) of a host named only as "
                f"{', '.join(roles)} were not proposed; name the host with a 'Hosts:' line "
                f"or map “{roles[0]}” to a speaker."
            )
        if self.unnamed_lines:
            keys = sorted(self.unnamed_lines, key=lambda k: int(k.rsplit(" ", 1)[-1]))
            where = ", ".join(
                f"“{k}” ({self.unnamed_lines[k]})"
                + (
                    f" under “{h}”"
                    if (h := self.resolver.unnamed_sections.get(person_key(k)))
                    else ""
                )
                for k in keys[:5]
            )
            notes.append(
                f"{sum(self.unnamed_lines.values())} line(s) nobody is named for were not "
                f"proposed: {where}. A copied page's own lines, as a rule; if some are "
                f"someone's words, map “{keys[0]}” (or give a default speaker) to propose them."
            )
        for author, count in self.resolver.bylined.items():
            notes.append(
                f"{count} line(s) of the document's own were given to {author}, whom its "
                "byline names; name another default speaker if they are someone else's."
            )
        unused = self.sources.unused_default()
        if unused:
            notes.append(unused)
        if self.imported_as:
            names = sorted(self.imported_as)
            whose = " or ".join(f"{name}'s" for name in names)
            notes.append(
                f"{sum(self.imported_as.values())} statement(s) were imported before as "
                f"{whose}; importing again does not give them to another speaker: change "
                "the speaker of those drafts in the review queue."
            )
        return notes

    def speakers(self, candidates: Iterable[Candidate]) -> dict[str, SpeakerPlan]:
        used = {id(c.speaker) for c in candidates}
        return {plan.key: plan for plan in self.resolver.plans.values() if id(plan) in used}

    def refuse_unused_choices(self) -> None:
        """Once every statement is read: see ``_refuse_unused_choices``."""
        _refuse_unused_choices(
            self.sections, self.labels, self.line_count, self.options, turns=self.turns
        )
        self.sources.refuse_unknown_lines()


_TURN_MARKS = re.compile(rb"(?m)^[ \t]*>>(?!>)")
_MARKS_SCANNED = 200_000  # bytes: the opening of a file tells whether it marks its turns


def _prepare(data: bytes, file_name: str, options: ImportOptions):
    document = read_document(data, name=file_name, file_format=options.file_format)
    known = KnownSpeakers()
    people = known.people() | {person_key(k) for k in options.speakers if k}
    stream = stream_document(
        document,
        breaks=options.sections,
        known_people=people,
        today=timezone.localdate(),
        said_on=chosen_said_on(options.source),
    )
    planner = _Planner(stream, options, known)
    planner.resolver.declared = declared_labels(document.lines)
    # Two turn markers or more (">>"): several voices, each asked about (``SpeakerResolver``).
    planner.resolver.turns_marked = len(_TURN_MARKS.findall(data, 0, _MARKS_SCANNED)) >= 2
    return stream, planner


def import_plan(*, data: bytes, file_name: str = "", options: ImportOptions) -> ImportPlan:
    """Read and analyse a document without writing anything."""
    stream, planner = _prepare(data, file_name, options)
    with (
        _collecting_new_objects_only(),
        closing(planner),
        fiscal_year_of(data),
        organisations_of(data),
        office_holders_of(data),
    ):
        statements = list(stream)
        planner.labels.update(
            dict.fromkeys(
                s.speaker or stream.sections[s.section].speaker
                for s in statements
                if s.speaker or stream.sections[s.section].speaker
            )
        )
        unnamed = [s for s in statements if not s.speaker]
        planner.turns = {unnamed_turn_key(s) for s in unnamed if s.timestamp}
        planner.turns |= {unnamed_section_key(stream.sections[s.section]) for s in unnamed}
        planner.refuse_unused_choices()
        # Every section's source first, as a missing one is the curator's to give first.
        wanted = [planner.wanted(statement) for statement in statements]
        for statement, proposed in zip(statements, wanted, strict=True):
            if proposed:
                planner.sources.for_section(stream.sections[statement.section])
        candidates = [c for chunk in planner.chunks(statements, CHUNK, wanted) for c in chunk]
    return ImportPlan(
        file_name=file_name,
        sha256=hashlib.sha256(data).hexdigest(),
        document=ParsedDocument(stream.format, stream.line_count, stream.sections, statements),
        sources=planner.sources.plans(),
        speakers=planner.speakers(candidates),
        candidates=candidates,
        notes=planner.notes(),
    )


def _refuse_unused_choices(
    sections: list[Section],
    labels: Iterable[str],
    line_count: int,
    options: ImportOptions,
    *,
    turns: frozenset[str] | set[str] = frozenset(),
) -> None:
    """A section break or a speaker mapping the document has no place for is a mistake.

    ``labels`` are the statements' speaker labels, in order of appearance; ``turns`` the
    names (``unnamed_turn_key``) of a caption's turns nobody is named for.
    Raises ``ImportFileError`` naming it, rather than importing as if it were not given.
    """
    if options.lines and options.lines[0] > line_count:
        first, last = options.lines
        raise ImportFileError(
            f"There are no lines {first}-{last}: the file has {line_count} lines."
        )
    started = {section.line for section in sections}
    for line in sorted(options.sections):
        if line not in started:
            where = (
                f"the file has {line_count} lines"
                if line > line_count
                else "sections start on a line of notes, not on a blank line or in a caption file"
            )
            raise ImportFileError(f"No section can start at line {line}: {where}.")
    labels = list(labels)
    named = {person_key(label) for label in labels}
    for section in sections:
        named |= {person_key(section.speaker), person_key(section.heading)}
        named |= {person_key(section.inherited_speaker)} | {person_key(h) for h in section.hosts}
    hosts = [host for section in sections for host in section.hosts]
    names = list(dict.fromkeys([s.speaker for s in sections if s.speaker] + hosts + labels))
    # A role ("Chair", "Host") names nobody: the names are the people's.
    names = [name for name in names if role_cue(name) is None] or names
    named |= {person_key(turn) for turn in turns}
    for key, chosen in options.speakers.items():
        if not key or person_key(key) in named or person_key(role_dropped(key)) in named:
            continue  # "KAT (VOICEMAIL)": the cue "KAT" as the curator sees its label
        # "Hatzius:" under Jan Hatzius's heading is read as him: the file names him in full.
        # "TW:" under "Attendees: Tomasz Wójcik (TW)" is read as him: so are initials.
        full = [
            name
            for name in names
            if names_same_person(key, name) or initials_of(key, name, abbreviations=True)
        ]
        if len(full) == 1:
            if _same_person(chosen, full[0]):
                continue  # maps the short name to whom it is read as already
            if _mapped_alike(options.speakers, full[0], chosen):
                continue  # "Bram 🌧" and "@bram@…" both mapped to one person: no conflict
            raise ImportFileError(
                f"“{key}” is read as {full[0]} in the file: map “{full[0]}” to give "
                "those lines to someone else."
            )
        found = f"the names in it are {', '.join(names[:8])}" if names else "it names nobody"
        meant = did_you_mean(key, names)
        meant = f" Did you mean “{meant}”?" if meant else ""
        raise ImportFileError(f"“{key}” is not named in the file ({found}).{meant}")


def _mapped_alike(speakers: dict[str, str], label: str, chosen: str) -> bool:
    """Whether the curator maps ``label`` (the name a key is read as in the file) to the
    person ``chosen`` names too: two labels of one person (a display name and a handle,
    {"Bram 🌧": "Bram Oosterhuis", "@bram@fediwater.org": "Bram Oosterhuis"}) give those
    lines to no one else."""
    key = person_key(label)
    return any(
        mapped and person_key(other) == key and _chosen_alike(mapped, chosen)
        for other, mapped in speakers.items()
    )


def _chosen_alike(one: str, other: str) -> bool:
    """Whether two of the curator's choices (names or slugs) name one person."""
    return one.strip() == other.strip() or _same_person(one, other.replace("-", " "))


def _same_person(chosen: str, name: str) -> bool:
    """Whether a curator's choice (a speaker's name or slug) names ``name``."""
    as_name = chosen.replace("-", " ") if " " not in chosen else chosen
    return person_key(as_name) == person_key(name) or names_same_person(as_name, name)


# The key of the PostgreSQL advisory lock imports take to write one at a time.
IMPORT_LOCK = 7_301_772_001


def _one_import_at_a_time() -> None:
    """Wait until no other import is writing; hold the turn until the transaction ends.

    Two imports of one file at once (two terminals, a double-submitted form)
    would otherwise both find no source and no earlier import, and write
    everything twice. SQLite writes one transaction at a time anyway.
    """
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [IMPORT_LOCK])


@contextmanager
def _collecting_new_objects_only():
    """Let Python's cycle collector pass over the objects the process held before the import.

    An import makes many objects that live until its end (caches, the duplicate
    finder's blocks), so the collector's full passes come during it, and each
    walks every object of the process (Django, its models, the modules: about
    130,000), a tenth of a 20,000-line import's time. Those are moved out of its
    way (``gc.freeze``) for the import and given back after (``gc.unfreeze``);
    what the import makes, and drops, is collected as before. When objects are
    frozen already (a server that froze them before forking), nothing is done,
    so as not to give those back.
    """
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


@contextmanager
def _database_refusals():
    """An import the database refuses says why, as an ``ImportFileError``."""
    try:
        yield
    except IntegrityError as error:
        # PostgreSQL names the constraint, SQLite the table and columns.
        if re.search(r"imported_candidate_once_per_source|claims_importedcandidate", str(error)):
            raise ImportFileError(
                "Another import of this source ran at the same time; nothing was imported. "
                "Import the file again to add what is still new."
            ) from None
        raise ImportFileError(f"The database refused the import ({error}).") from None


def import_apply(
    *,
    plan: ImportPlan,
    actor=None,
    progress: Progress | None = None,
    bulk_threshold: int = BULK_THRESHOLD,
) -> ImportResult:
    """Write a plan: all of it or, on any error, nothing. Adds nothing when nothing is new.

    Refused while a name in the document only nearly matches a known speaker:
    the curator says who it is first. ``progress`` is called with (drafts
    written, drafts to write).
    """
    _refuse_unsure_speakers(plan)
    new = plan.new_candidates
    if not new:
        return ImportResult(
            None,
            plan.source,
            [],
            0,
            len(plan.skipped),
            repeated=len(plan.repeated),
            notes=plan.notes,
        )
    done = 0

    def advance(count: int) -> None:
        nonlocal done
        done += count
        progress(done, len(new))

    file = ImportFile(plan.file_name, plan.sha256, plan.document.format)
    writer = DraftWriter(
        file, actor=actor, bulk=len(new) > bulk_threshold, progress=progress and advance
    )
    with (
        _collecting_new_objects_only(),
        _database_refusals(),
        transaction.atomic(),
        write_path("import"),
    ):
        _one_import_at_a_time()
        for start in range(0, len(plan.candidates), CHUNK):
            writer.write(
                plan.candidates[start : start + CHUNK],
                note_for=lambda c: draft_note(c, plan.file_name),
            )
        result = writer.finish(
            line_count=plan.document.line_count, statement_count=len(plan.document.statements)
        )
        return dataclasses.replace(result, notes=plan.notes)


def import_document(
    *,
    data: bytes,
    file_name: str = "",
    options: ImportOptions,
    actor=None,
    progress: Progress | None = None,
    bulk_threshold: int = BULK_THRESHOLD,
) -> ImportResult:
    """Read, plan and write an import in one pass, a chunk of statements at a time.

    What ``import_plan`` then ``import_apply`` do, without keeping the document,
    its statements or its candidates: memory does not grow with the file (the
    duplicate finder holds a bounded number of statements' words and
    fingerprints, the others in a temporary file deleted at the end). All or
    nothing; nothing is written when nothing is new. When the import is refused
    part-way (a malformed line, a name that nearly matches a known speaker, a
    section without a source...), the whole document is planned again to give
    the reason a preview gives.
    ``progress`` is called with (lines read, lines in the file).
    """
    try:
        with (
            _collecting_new_objects_only(),
            _database_refusals(),
            transaction.atomic(),
            write_path("import"),
        ):
            _one_import_at_a_time()
            result = _import_stream(
                data, file_name, options, actor=actor, progress=progress, threshold=bulk_threshold
            )
            if result.batch is None:
                transaction.set_rollback(True)  # nothing new: no source nor speaker either
                return dataclasses.replace(result, source=None, sources=())
            return result
    except ImportFileError as error:
        plan = import_plan(data=data, file_name=file_name, options=options)
        _refuse_unsure_speakers(plan)
        if getattr(error, "nobody_named_yet", False):
            # The file names its speakers further on: the lines before them are left out,
            # as the preview shows (``SpeakerResolver.withholds``), and the plan is written.
            return import_apply(
                plan=plan, actor=actor, progress=progress, bulk_threshold=bulk_threshold
            )
        raise error from None


def _import_stream(data, file_name, options, *, actor, progress, threshold) -> ImportResult:
    stream, planner = _prepare(data, file_name, options)
    with closing(planner), fiscal_year_of(data), organisations_of(data), office_holders_of(data):
        chunks = planner.chunks(stream, CHUNK)
        # Up to the threshold, drafts are written one by one: read that far first.
        opening: list[Candidate] = []
        new = 0
        for chunk in chunks:
            opening += chunk
            new += sum(c.is_new for c in chunk)
            if new > threshold:
                break
        file = ImportFile(file_name, hashlib.sha256(data).hexdigest(), stream.format)
        writer = DraftWriter(file, actor=actor, bulk=new > threshold)
        for chunk in itertools.chain([opening], chunks):
            if any(c.speaker.unsure for c in chunk):
                raise ImportFileError("A name nearly matches another; the plan says which.")
            writer.write(chunk, note_for=lambda c: draft_note(c, file_name))
            if progress is not None and chunk:
                progress(chunk[-1].statement.line, stream.line_count)
        planner.refuse_unused_choices()
        if progress is not None:
            progress(stream.line_count, stream.line_count)
        result = writer.finish(line_count=stream.line_count, statement_count=stream.count)
        return dataclasses.replace(result, notes=planner.notes())


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
    """Merge a draft into an existing claim: marked as its duplicate and rejected.

    A claim that is itself a duplicate is not merged into: the draft is merged into its
    original, the root of its ``duplicate_of`` chain (``duplicates.duplicate_root``).
    """
    _require_draft(claim)
    into = duplicate_root(into)
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
