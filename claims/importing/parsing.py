"""Splitting a document into sections (appearances), speakers and statements.

Pure functions over lines of text: no database, no Django models. Notes are read
line by line (a line is a note); transcripts cue by cue, consecutive cues of one
speaker joined into a turn and the turn split into sentences.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from claims.importing.errors import ImportFileError
from claims.importing.reading import NOTES, SRT, WEBVTT, TextDocument


@dataclass(frozen=True)
class Statement:
    """One sentence or note, as written, with who said it and where it is."""

    speaker: str
    text: str
    line: int
    section: int
    timestamp: str = ""

    @property
    def locator(self) -> str:
        return self.timestamp or f"line {self.line}"


@dataclass
class Section:
    """An appearance: a part of the document with one main speaker.

    ``speaker`` is empty for an unnamed section (the opening of an essay, an
    "Intro"); the curator's mapping names it, by its ``heading`` or by default.
    """

    index: int
    line: int
    speaker: str = ""
    heading: str = ""
    hosts: list[str] = field(default_factory=list)


@dataclass
class ParsedDocument:
    format: str
    line_count: int
    sections: list[Section]
    statements: list[Statement]

    def speaker_labels(self) -> list[str]:
        """Every named speaker, in order of first appearance."""
        seen = dict.fromkeys(s.speaker for s in self.sections if s.speaker)
        seen.update(dict.fromkeys(s.speaker for s in self.statements if s.speaker))
        return list(seen)


_NAME = r"[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,2}"
_COLON_CUE = re.compile(rf"^(?P<name>{_NAME})\s*:\s*(?P<rest>.*)$")
_DASH_CUE = re.compile(rf"^(?P<name>{_NAME})\s+(?:—|--)\s+(?P<rest>.+)$")
_SECTION_CUE = re.compile(
    r"^(?:guest|speaker|author|interviewee|with)\s*[:—–]\s*(?P<name>.+)$", re.IGNORECASE
)
_HOST_CUE = re.compile(r"^(?:hosts?|interviewers?)\s*:\s*(?P<names>.+)$", re.IGNORECASE)
_MD_HEADING = re.compile(r"^#{1,6}\s+(?P<text>.+?)\s*#*$")
_BULLET = re.compile(r"^(?:[-–—*•·]|\d+[.)])\s*")
_HEADING_WORDS = {"intro", "introduction", "outro", "summary", "notes", "q&a", "questions"}
_NOT_NAMES = {
    "eg",
    "e.g",
    "ie",
    "i.e",
    "note",
    "notes",
    "nb",
    "ps",
    "q",
    "a",
    "question",
    "answer",
    "summary",
    "update",
    "edit",
    "source",
    "link",
    "links",
    "topic",
    "todo",
    "example",
    "takeaway",
    "takeaways",
    "quote",
    "why",
    "how",
    "what",
    "when",
    "where",
    "who",
    "http",
    "https",
}
_SENTENCE_END = re.compile(r"[.!?…]+[”\"’)]*\s+(?=[“\"‘(]?[A-Z0-9$])")
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "vs", "etc", "e.g", "i.e", "inc", "no", "jr", "sr"}
_EDGE_QUOTES = "“”\"‘’'"


def _is_name(name: str) -> bool:
    return name.strip(".").lower() not in _NOT_NAMES


def split_sentences(text: str) -> Iterator[tuple[int, str]]:
    """Sentences of ``text`` with their start offsets; abbreviations do not end one."""
    start = 0
    for match in _SENTENCE_END.finditer(text):
        before = text[start : match.start()].rsplit(None, 1)
        last_word = before[-1].lower().strip('(“"') if before else ""
        if last_word in _ABBREVIATIONS or (len(last_word) == 1 and last_word.isalpha()):
            continue
        end = match.end()
        yield start, text[start:end].strip()
        start = end
    if text[start:].strip():
        yield start, text[start:].strip()


_INLINE_BULLET = re.compile(r"\s+-(?=[A-Z])")


def split_inline_bullets(text: str) -> list[str]:
    """'Powerpoint, slides -Artists too' is two notes; 'Which first? -Call centers' is one.

    A question followed by an inline bullet is kept with its answer.
    """
    parts, start = [], 0
    for match in _INLINE_BULLET.finditer(text):
        if text[start : match.start()].rstrip(' ”"’').endswith("?"):
            continue
        parts.append(text[start : match.start()])
        start = match.end()
    parts.append(text[start:])
    return [part.strip() for part in parts if part.strip()]


def tidy_quote(text: str) -> str:
    """Drop a quotation mark left unbalanced at either end by sentence splitting."""
    text = text.strip()
    for opening, closing in (("“", "”"), ('"', '"'), ("‘", "’")):
        if text.startswith(opening) and closing not in text[1:]:
            text = text[1:].lstrip()
        if text.endswith(closing) and opening not in text[:-1]:
            text = text[:-1].rstrip()
    return text


class _NotesReader:
    """Reads notes line by line, tracking the section and the current speaker cue."""

    def __init__(self, breaks: dict[int, str]) -> None:
        self.breaks = breaks
        self.sections = [Section(index=0, line=1)]
        self.statements: list[Statement] = []
        self.cue_speaker = ""

    @property
    def section(self) -> Section:
        return self.sections[-1]

    def start_section(self, line: int, *, speaker: str = "", heading: str = "") -> None:
        said_nothing = not self.statements or self.statements[-1].section != self.section.index
        if said_nothing and not self.section.speaker and not self.section.heading:
            # An empty, unnamed opening section is replaced rather than kept.
            self.sections[-1] = Section(self.section.index, line, speaker, heading)
            self.cue_speaker = ""
            return
        self.sections.append(Section(len(self.sections), line, speaker, heading))
        self.cue_speaker = ""

    def emit(self, text: str, speaker: str, line: int) -> None:
        for part in split_inline_bullets(text):
            self._emit_part(part, speaker, line)

    def _emit_part(self, text: str, speaker: str, line: int) -> None:
        for _, sentence in split_sentences(text):
            quote = tidy_quote(sentence)
            if quote:
                self.statements.append(Statement(speaker, quote, line, self.section.index))

    def read(self, number: int, raw: str) -> None:
        text = raw.strip().replace("**", "")  # Markdown bold, as in "**Guest:** Name"
        if number in self.breaks:
            self.start_section(number, speaker=self.breaks[number])
        if not text or _BULLET.sub("", text) == "":
            return
        if self._structure(number, text):
            return
        self._content(number, text)

    def _structure(self, number: int, text: str) -> bool:
        """Headings and section cues: true when the line was one."""
        heading = _MD_HEADING.match(text)
        if heading:
            text = heading.group("text").strip()
        section_cue = _SECTION_CUE.match(text)
        if section_cue:
            name = section_cue.group("name").split(",")[0].strip(" *_")
            self.start_section(number, speaker=name, heading=text)
            return True
        host_cue = _HOST_CUE.match(text)
        if host_cue:
            names = re.split(r",|&|\band\b", host_cue.group("names"))
            self.section.hosts.extend(n.strip(" *_") for n in names if n.strip(" *_"))
            return True
        if heading or text.lower().rstrip(":") in _HEADING_WORDS:
            self.start_section(number, heading=text.rstrip(":"))
            return True
        return False

    def _content(self, number: int, text: str) -> None:
        bullet = _BULLET.match(text) is not None
        body = _BULLET.sub("", text) if bullet else text
        cue = _COLON_CUE.match(body) or _DASH_CUE.match(body)
        if cue and _is_name(cue.group("name")) and not _looks_like_time(cue.group("name")):
            self.cue_speaker = cue.group("name").strip()
            if cue.group("rest").strip():
                self.emit(cue.group("rest"), self.cue_speaker, number)
            return
        if not bullet:
            self.cue_speaker = ""
        self.emit(body, self.cue_speaker or self.section.speaker, number)


def _looks_like_time(name: str) -> bool:
    return name[:1].isdigit()


def parse_notes(lines: list[str], *, breaks: dict[int, str] | None = None) -> ParsedDocument:
    """Notes: headings and "Guest: Name" lines open sections; "Name:" lines are cues.

    A "Name: text" line, and the bullet lines right after it, are said by Name;
    the next plain line goes back to the section's speaker.
    """
    reader = _NotesReader(breaks or {})
    for number, raw in enumerate(lines, start=1):
        reader.read(number, raw)
    return ParsedDocument(NOTES, len(lines), reader.sections, reader.statements)


@dataclass(frozen=True)
class _Piece:
    speaker: str
    text: str
    line: int
    timestamp: str


_TIMING = re.compile(
    r"^(?P<start>(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*"
    r"(?P<end>(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})(?:\s+.*)?$"
)
_STARTS_WITH_TIME = re.compile(r"^\d+:\d{2}")
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+(?P<name>[^>]+)>")
_TAG = re.compile(r"</?[^>]*>")
_TRANSCRIPT_CUE = re.compile(rf"^(?:>>\s*|-\s*)?\[?(?P<name>{_NAME})\]?\s*:\s*(?P<rest>.+)$")
_BRACKET_CUE = re.compile(rf"^\[(?P<name>{_NAME})\]\s*(?P<rest>.+)$")


def _timestamp(value: str) -> str:
    """'00:12:31.500' or '12:31,5' as 'HH:MM:SS'."""
    parts = value.replace(",", ".").split(".")[0].split(":")
    parts = ["0"] * (3 - len(parts)) + parts
    hours, minutes, seconds = (int(p) for p in parts)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}"


def _blocks(lines: list[str], first: int) -> Iterator[list[tuple[int, str]]]:
    """Runs of non-blank lines, each line with its number."""
    block: list[tuple[int, str]] = []
    for number in range(first, len(lines) + 1):
        text = lines[number - 1].strip()
        if text:
            block.append((number, text))
        elif block:
            yield block
            block = []
    if block:
        yield block


def _cue_speaker(text: str, current: str) -> tuple[str, str]:
    """The speaker a payload line names (voice tag, "NAME:" or "[Name]"), and its words."""
    voice = _VOICE.search(text)
    if voice:
        return voice.group("name").strip(), _TAG.sub("", text).strip()
    text = _TAG.sub("", text).strip()
    cue = _TRANSCRIPT_CUE.match(text) or _BRACKET_CUE.match(text)
    if cue and _is_name(cue.group("name")):
        return cue.group("name").strip(), cue.group("rest").strip()
    if text.startswith("- "):
        text = text[2:].strip()
    return current, text


def _timing_index(block: list[tuple[int, str]]) -> int:
    """Where the timing line of a cue is: first, or after an identifier / cue number."""
    if "-->" in block[0][1] or len(block) == 1 or _STARTS_WITH_TIME.match(block[0][1]):
        return 0
    return 1


def _cue_pieces(block: list[tuple[int, str]], *, srt: bool, speaker: str) -> list[_Piece]:
    """The payload of one cue block; an error names the line when the timing is missing."""
    timing_at = _timing_index(block)
    number, timing_line = block[timing_at]
    timing = _TIMING.match(timing_line)
    if timing is None:
        example = "00:01:02,000 --> 00:01:05,000" if srt else "00:01:02.000 --> 00:01:05.000"
        raise ImportFileError(
            f"Expected a cue timing line like '{example}', found {timing_line[:60]!r}.",
            line=number,
        )
    stamp = _timestamp(timing.group("start"))
    pieces = []
    for line, text in block[timing_at + 1 :]:
        speaker, words = _cue_speaker(text, speaker)
        if words:
            pieces.append(_Piece(speaker, words, line, stamp))
    return pieces


def _turns(pieces: list[_Piece]) -> Iterator[list[_Piece]]:
    """Consecutive pieces of one speaker."""
    turn: list[_Piece] = []
    for piece in pieces:
        if turn and piece.speaker != turn[-1].speaker:
            yield turn
            turn = []
        turn.append(piece)
    if turn:
        yield turn


def _turn_statements(turn: list[_Piece]) -> Iterator[Statement]:
    """Split a turn into sentences, each located at the cue where it starts."""
    text = ""
    starts = []
    for piece in turn:
        starts.append(len(text))
        text += piece.text + " "
    index = 0
    for offset, sentence in split_sentences(text):
        while index + 1 < len(starts) and starts[index + 1] <= offset:
            index += 1
        piece = turn[index]
        quote = tidy_quote(sentence)
        if quote:
            yield Statement(piece.speaker, quote, piece.line, 0, piece.timestamp)


def parse_transcript(lines: list[str], *, file_format: str) -> ParsedDocument:
    """WebVTT or SRT cues into statements; a cue without a speaker tag keeps the last one."""
    srt = file_format == SRT
    first = 1
    if not srt:
        if not lines or not lines[0].lstrip("\ufeff").startswith("WEBVTT"):
            raise ImportFileError("A WebVTT file must start with 'WEBVTT'.", line=1)
        first = next((n for n, text in enumerate(lines, 1) if not text.strip()), len(lines) + 1)
    pieces: list[_Piece] = []
    speaker = ""
    for block in _blocks(lines, first):
        if not srt and block[0][1].startswith(("NOTE", "STYLE", "REGION")):
            continue
        cue = _cue_pieces(block, srt=srt, speaker=speaker)
        if cue:
            speaker = cue[-1].speaker
            pieces.extend(cue)
    if not pieces:
        raise ImportFileError(f"No cues with text were found in this {file_format} file.")
    statements = [s for turn in _turns(pieces) for s in _turn_statements(turn)]
    return ParsedDocument(file_format, len(lines), [Section(index=0, line=1)], statements)


def parse_document(
    document: TextDocument, *, breaks: dict[int, str] | None = None
) -> ParsedDocument:
    """Parse notes or a transcript, by the document's format."""
    if document.format in (WEBVTT, SRT):
        parsed = parse_transcript(document.lines, file_format=document.format)
    else:
        parsed = parse_notes(document.lines, breaks=breaks)
    if not parsed.statements:
        raise ImportFileError("No statements were found in the file.")
    return parsed
