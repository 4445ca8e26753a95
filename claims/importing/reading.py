"""Turning an uploaded file into text, refusing what is not a text document.

Every refusal is an ``ImportFileError`` that names the line it is about, so a
curator can open the file and fix it.
"""

import codecs
import re
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, islice

from claims.importing.errors import ImportFileError
from claims.importing.substation import opens_substation

NOTES = "notes"
WEBVTT = "webvtt"
SRT = "srt"
SSA = "ssa"  # SubStation Alpha subtitles, ``.ass`` and ``.ssa`` (``substation``)
FORMATS = (NOTES, WEBVTT, SRT, SSA)
CAPTION_FORMATS = (WEBVTT, SRT, SSA)
_FORMAT_NAMES = {NOTES: "notes", WEBVTT: "a WebVTT", SRT: "an SRT", SSA: "a SubStation Alpha"}

MAX_BYTES = 20 * 1024 * 1024
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# Line ends as editors and ``wc -l`` count them. A vertical tab (a word processor's Shift+Enter)
# and a form feed (a page break) end no line: line numbers in messages are an editor's. Within
# a line they still part what they stand between (``line_parts``).
_LINE_END = re.compile(rb"\r\n|\r|\n")
_BREAK_IN_LINE = re.compile("[\x0b\x0c]")
_UTF16 = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# Zero-width space, word joiner, a byte-order mark inside the text, soft hyphen.
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad]")
_BLOCK = 1 << 16
_SRT_TIMING = re.compile(r"^\s*\d{1,3}:\d{2}:\d{2}[,.]\d{1,3}\s*-->")


class Lines(Sequence[str]):
    """A document's lines, decoded one at a time from its bytes when asked for.

    Holds the bytes it was given and where each line starts (four bytes a line),
    not the decoded text: reading a file line by line costs memory in the size
    of a line, not of the file. Line ends are ``\\n``, ``\\r\\n`` or ``\\r``;
    the one ending the last line does not start another. ``data`` must be
    valid UTF-8 (``decode`` checks it).
    """

    __slots__ = ("_data", "_starts")

    def __init__(self, data: bytes) -> None:
        self._data = data
        skip = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
        starts = array("I", [skip])
        starts.extend(match.end() for match in _LINE_END.finditer(data, skip))
        if starts[-1] == len(data):
            starts.pop()  # the newline ending the last line does not start another
        self._starts = starts

    def __len__(self) -> int:
        return len(self._starts)

    def _line(self, index: int) -> str:
        starts = self._starts
        end = starts[index + 1] if index + 1 < len(starts) else len(self._data)
        raw = self._data[starts[index] : end].rstrip(b"\r\n")
        if raw.isascii():  # most lines: no invisible mark (none is ASCII) to look for
            return raw.decode("ascii")
        line = raw.decode()
        # Invisible marks pasted from web pages and word processors are no part of the words.
        return _INVISIBLE.sub("", line) if _INVISIBLE.search(line) else line

    def __getitem__(self, index):
        if type(index) is int and 0 <= index < len(self._starts):
            return self._line(index)  # the common case, first
        if isinstance(index, slice):
            return [self._line(i) for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self._line(index)

    def __iter__(self) -> Iterator[str]:
        data, starts = self._data, self._starts
        if not starts:
            return
        ends = chain(islice(starts, 1, None), (len(data),))
        for start, end in zip(starts, ends, strict=True):  # ``_line``, each line in turn
            raw = data[start:end].rstrip(b"\r\n")
            if raw.isascii():
                yield raw.decode("ascii")
            else:
                line = raw.decode()
                yield _INVISIBLE.sub("", line) if _INVISIBLE.search(line) else line


@dataclass(frozen=True)
class TextDocument:
    """A decoded document: its lines (numbered from 1) and its format."""

    name: str
    lines: Sequence[str]
    format: str


# YouTube's SubViewer (".sbv") caption export: a cue's times on one line, joined by a comma
# ("0:00:01.120,0:00:04.560"), its text below, a blank line after. Read as SRT with the
# times joined by "-->", line for line.
_SBV_TIMING = re.compile(r"^\s*(\d{1,2}:\d{2}:\d{2}\.\d{1,3}),(\d{1,2}:\d{2}:\d{2}\.\d{1,3})\s*$")


class SubViewerLines(Sequence[str]):
    """A SubViewer caption file's lines with each cue's timing line written as SRT's
    ("0:00:01.120,0:00:04.560" → "0:00:01.120 --> 0:00:04.560"); the other lines, and
    their numbers, as they are. Source: YouTube Studio's ".sbv" subtitle download."""

    __slots__ = ("_lines",)

    def __init__(self, lines: Sequence[str]) -> None:
        self._lines = lines

    def __len__(self) -> int:
        return len(self._lines)

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        return _SBV_TIMING.sub(r"\1 --> \2", self._lines[index])


def subviewer(lines: Iterable[str], name: str = "") -> bool:
    """Whether a document is a SubViewer caption file: named ".sbv", or its first line with
    text a SubViewer timing line."""
    if name.lower().endswith(".sbv"):
        return True
    first = next((line for line in lines if line.strip()), "")
    return _SBV_TIMING.match(first) is not None


def decode(data: bytes) -> Lines:
    """The lines of UTF-8 text (a byte-order mark is dropped), or an error naming the first
    bad line. Checked a block at a time: the whole text is never held decoded."""
    if not data.strip():
        raise ImportFileError("The file is empty.")
    if len(data) > MAX_BYTES:
        raise ImportFileError(f"The file is larger than {MAX_BYTES // (1024 * 1024)} MB.")
    if data.startswith(_UTF16) or _looks_utf16(data):
        raise ImportFileError(
            "The file is UTF-16 text; save it as UTF-8 (in most editors: Save as, "
            "Encoding: UTF-8) and try again.",
            line=1,
        )
    if b"\x00" in data:
        raise ImportFileError(
            "This is a binary file, not a text document.",
            line=_line_at(data, data.index(b"\x00")),
        )
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    view = memoryview(data)
    for start in range(0, len(data), _BLOCK):
        block = view[start : start + _BLOCK]
        pending = len(decoder.getstate()[0])  # the end of a character cut by the last block
        try:
            text = decoder.decode(block, final=start + _BLOCK >= len(data))
        except UnicodeDecodeError as error:
            line = _line_at(data, max(start - pending + error.start, 0))
            raise ImportFileError(
                "The file is not UTF-8 text (save it as UTF-8 and try again).", line=line
            ) from None
        match = _CONTROL.search(text)
        if match:
            # Control characters are ASCII: their byte offset is found in the bytes.
            offset = data.index(match.group().encode(), start)
            raise ImportFileError(
                f"Unexpected control character {match.group()!r}: this looks like a binary file.",
                line=_line_at(data, offset),
            )
    return Lines(data)


def _line_at(data: bytes, offset: int) -> int:
    """The number of the line holding byte ``offset``, as an editor counts lines (``\\n``,
    ``\\r\\n`` or ``\\r`` end one)."""
    head = data[:offset]
    return head.count(b"\n") + head.count(b"\r") - head.count(b"\r\n") + 1


# A Markdown link ("[CNBC](https://www.cnbc.com/amd)", "[the call](/q2 "Q2")", an image
# "![chart](chart.png)") reads as its text; an address ("https://investor.nvidia.com/q2-fy26",
# "<https://x.com/a>", "www.ft.com/content/1") as its site. An address's colon names no
# speaker and opens no label, its path ("q2-fy26", "/2025/10/") holds no horizon, and no claim
# quotes one.
_MARKDOWN_LINK = re.compile(
    r"!?\[([^\]\n]*)\]\(\s*<?[^()\s<>]*(?:\([^()\s]*\)[^()\s<>]*)*>?(?:\s+\"[^\"\n]*\")?\s*\)"
)
_ADDRESS = re.compile(
    r"<?\b(?:https?://|www\.)(?:www\.)?([^\s/<>()\[\]\":]+)(?:[^\s<>()\[\]\"]*[^\s<>()\[\]\".,;:!?'’”])?>?",
    re.IGNORECASE,
)


def without_links(text: str) -> str:
    """``text`` with each Markdown link as its text and each web address as its site:
    "Lisa Su told [CNBC](https://www.cnbc.com/amd) that …" → "Lisa Su told CNBC that …";
    "Proof: https://imgur.com/a/x9." → "Proof: imgur.com."."""
    if "](" in text:
        text = _MARKDOWN_LINK.sub(r"\1", text)
    if "://" in text or "www." in text.lower():
        text = _ADDRESS.sub(r"\1", text)
    return text


def line_parts(line: str) -> list[str]:
    """A line cut where a vertical tab or a form feed stands: the parts a word processor showed
    on lines of their own ("Guest: Ada Quist\\vSolar will win"), all on one line of the file."""
    return _BREAK_IN_LINE.split(line) if _BREAK_IN_LINE.search(line) else [line]


def _looks_utf16(data: bytes) -> bool:
    """UTF-16 without a byte-order mark: ASCII text with a zero byte after (or before)
    nearly every character."""
    head = data[:512]
    if len(head) < 8:
        return False
    zeros = head[1::2].count(0), head[0::2].count(0)
    return max(zeros) >= 0.8 * (len(head) // 2) and min(zeros) == 0


def detect_format(lines: Iterable[str]) -> str:
    """WebVTT by its header, SRT by its first timing line (numbered or not), SubStation Alpha
    by its first section header ("[Script Info]", "[Events]"), notes otherwise."""
    content = list(islice((line.strip() for line in lines if line.strip()), 2))
    if not content:
        return NOTES
    if content[0].startswith("WEBVTT"):
        return WEBVTT
    if opens_substation(content):
        return SSA
    if len(content) > 1 and content[0].isdigit() and _SRT_TIMING.match(content[1]):
        return SRT
    if _SRT_TIMING.match(content[0]):  # SRT exported without cue numbers
        return SRT
    return NOTES


# A caption file's name says what it is: a ".vtt" file is read as WebVTT, so that one without
# its header is refused (naming line 1), not read as SRT or as notes; a ".srt" file as SRT, so
# that one whose first cue is malformed is refused at that line, not read as notes.
_CAPTION_SUFFIXES = {".vtt": WEBVTT, ".webvtt": WEBVTT, ".srt": SRT, ".ass": SSA, ".ssa": SSA}


def _named_format(name: str) -> str:
    """The caption format a file's name gives ("talk.vtt": webvtt), or ""."""
    lowered = name.lower()
    return next((f for suffix, f in _CAPTION_SUFFIXES.items() if lowered.endswith(suffix)), "")


_OPENING_LINES = 10
# A cue's start time opening a line, whatever joins it to the end ("00:00:01,000 -> …").
_CUE_TIME = re.compile(r"^\s*\d{1,3}:\d{2}:\d{2}[,.]\d{1,3}\b")
_SSA_EVENT = (
    "Dialogue:",
    "[Events]",
    "[Script Info]",
)  # a SubStation Alpha file's words, or their section


def _opens_with_cues(lines: Iterable[str]) -> bool:
    """Whether a timing line is among the first lines with text: a caption file, whatever
    else its opening holds."""
    opening = islice((line for line in lines if line.strip()), _OPENING_LINES)
    return any(_CUE_TIME.match(line) or line.startswith(_SSA_EVENT) for line in opening)


# What shows a caption file's format, as a refusal names it.
_FORMAT_SIGNS = {
    WEBVTT: "it starts with 'WEBVTT'",
    SRT: "it opens with a cue timing line like '00:00:01,000 --> 00:00:04,000'",
    SSA: "it holds sections such as '[Script Info]' or '[Events]' and 'Dialogue:' lines",
}
_FORMAT_TITLES = {WEBVTT: "WebVTT", SRT: "SRT", SSA: "SubStation Alpha"}


def _other_caption_format(detected: str, given: str) -> ImportFileError:
    """The refusal of a caption file given as another caption format: it says what the file
    looks like and the format to give ("--format srt" on a SubStation Alpha file: import it
    as ssa)."""
    article = "an" if detected == SRT else "a"
    return ImportFileError(
        f"This looks like {article} {_FORMAT_TITLES[detected]} caption file "
        f"({_FORMAT_SIGNS[detected]}), not {_FORMAT_TITLES[given]}: import it as "
        f"{detected}, or without a format to have it detected.",
        line=1,
    )


# A SubStation Alpha event ("Dialogue: 0,0:00:01.00,…", "Dialogue: Marked=0,…") or section.
_SSA_LINE = re.compile(r"^(?:Dialogue:\s*(?:\d|Marked=)|\[(?:Script Info|Events|V4\+? Styles)\])")


def _substation_lines(lines: Iterable[str]) -> str:
    """SSA when the first lines with text hold a SubStation Alpha file's sections or
    ``Dialogue:`` lines without its header first, else ""."""
    opening = islice((line.strip() for line in lines if line.strip()), _OPENING_LINES)
    return SSA if any(_SSA_LINE.match(line) for line in opening) else ""


def _format(detected: str, file_format: str, name: str, lines: Sequence[str]) -> str:
    """The format to read: the one given, else the file name's caption format when the
    text opens with cues, else the one detected. Raises ``ImportFileError`` when the text
    is of another caption format than the one given."""
    named = _named_format(name)
    if named and detected == NOTES and not _opens_with_cues(lines):
        named = ""  # notes saved under a caption file's name are read as notes
    wanted = file_format or named
    if file_format in CAPTION_FORMATS:
        looks = _substation_lines(lines) if detected == NOTES else detected
        if looks in CAPTION_FORMATS and looks != file_format:
            raise _other_caption_format(looks, file_format)
    if wanted == SRT and detected == WEBVTT:
        return WEBVTT  # "talk.srt" holding WebVTT: its header says what it is
    if not file_format and SSA in (named, detected) and detected != NOTES:
        return detected  # "talk.ass" holding SRT, "talk.srt" holding SubStation Alpha
    return wanted or detected


def read_document(data: bytes, *, name: str = "", file_format: str = "") -> TextDocument:
    """Check that ``data`` is text and tell its format (or check the one given).

    The format is the one given, else a caption file's by its name (``.vtt``, ``.srt``),
    else the one its text shows (``detect_format``). Raises ``ImportFileError`` for what
    ``decode`` refuses, an unknown format, and a caption file given as notes or as the
    other caption format; a ``.vtt`` file without its ``WEBVTT`` header is refused when
    read, naming line 1 (``transcripts.transcript_statements``)."""
    lines: Sequence[str] = decode(data)
    if subviewer(islice(lines, _OPENING_LINES), name):
        lines = SubViewerLines(lines)
    if file_format and file_format not in FORMATS:
        raise ImportFileError(f"Unknown format {file_format!r}; use one of {', '.join(FORMATS)}.")
    detected = detect_format(lines)
    if file_format == NOTES and detected != NOTES:
        # Read as notes, every cue's timing line would be proposed as a claim.
        raise ImportFileError(
            f"This is {_FORMAT_NAMES[detected]} caption file, not notes: import it as "
            f"{detected}, or without a format to have it detected."
        )
    return TextDocument(name=name, lines=lines, format=_format(detected, file_format, name, lines))
