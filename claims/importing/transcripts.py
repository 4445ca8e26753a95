"""Reading caption files (WebVTT, SRT) as real tools export them.

A timing line starts a cue, so SRT without blank lines between cues, or
without cue numbers, reads as well as a tidy file; a blank line followed by
anything but a cue (or a cue number, identifier or WebVTT ``NOTE``) is refused,
naming the line. In the cue text, voice spans (several voices on one line, as
``<v Lena Ortiz>…</v><v Tomas Reyes>…</v>``) give each voice its words;
formatting (``<i>``, ``<font>``, ``<c>``, inline timestamps ``<00:00:05.120>``,
SSA/ASS override tags ``{\\pos(10,20)}``) is dropped; lines holding only spaces
are skipped; auto-generated "rolling" captions, where each cue repeats the
previous cue's line, are rebuilt once, without the repeats.
"""

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from claims.importing.errors import ImportFileError
from claims.importing.names import role_cue
from claims.importing.parsing import (
    Statement,
    split_sentences,
    tidy_quote,
)
from claims.importing.reading import SRT

_TIMING = re.compile(
    r"^(?P<start>(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*"
    r"(?P<end>(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})(?:\s+.*)?$"
)
_STARTS_WITH_TIME = re.compile(r"^\d+:\d{2}")
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+(?P<name>[^>]+)>")
_TAG = re.compile(r"</?[^>]*>")
_OVERRIDE = re.compile(r"\{\\[^}]*\}")
_NAME = r"[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,2}"
_TRANSCRIPT_CUE = re.compile(rf"^(?:>>\s*|-\s*)?\[?(?P<name>{_NAME})\]?\s*:\s*(?P<rest>.+)$")
_BRACKET_CUE = re.compile(rf"^\[(?P<name>{_NAME})\]\s*(?P<rest>.+)$")
_SENTENCE_MARK = re.compile(r"[.!?…]")
_SPACES = re.compile(r"\s+")
_NOT_SPEAKERS = {"note", "notes", "q", "a", "music", "applause", "laughter", "http", "https"}


@dataclass(frozen=True, slots=True)
class _Piece:
    speaker: str
    text: str
    line: int
    timestamp: str


@dataclass
class _Cue:
    line: int
    timestamp: str
    lines: list[tuple[int, str]] = field(default_factory=list)


def _timestamp(value: str) -> str:
    """'00:12:31.500' or '12:31,5' as 'HH:MM:SS'."""
    parts = value.replace(",", ".").split(".")[0].split(":")
    parts = ["0"] * (3 - len(parts)) + parts
    hours, minutes, seconds = (int(p) for p in parts)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}"


def _timing_error(number: int, found: str, *, srt: bool) -> ImportFileError:
    example = "00:01:02,000 --> 00:01:05,000" if srt else "00:01:02.000 --> 00:01:05.000"
    return ImportFileError(
        f"Expected a cue timing line like '{example}', found {found[:60]!r}.", line=number
    )


class _CueScanner:
    """Splits caption lines into cues; a timing line always starts one."""

    def __init__(self, lines: Sequence[str], first: int, *, srt: bool) -> None:
        self.lines = lines
        self.first = first
        self.srt = srt

    def _next_text(self, number: int) -> tuple[int, str] | None:
        for following in range(number + 1, len(self.lines) + 1):
            text = self.lines[following - 1]
            if text.strip():
                return following, text.strip()
            if not text:
                return None
        return None

    def cues(self) -> Iterator[_Cue]:
        cue: _Cue | None = None
        at_block_start, skipping = True, False
        for number in range(self.first, len(self.lines) + 1):
            raw = self.lines[number - 1]
            text = raw.strip()
            if not raw or (not text and cue is None):
                at_block_start, skipping = True, False
                continue
            if not text or skipping:
                continue  # a line of spaces inside a cue, or a NOTE block
            timing = _TIMING.match(text)
            if timing:
                if cue is not None:
                    yield self._close(cue)
                cue = _Cue(number, _timestamp(timing.group("start")))
                at_block_start = False
                continue
            if "-->" in text:
                raise _timing_error(number, text, srt=self.srt)
            if at_block_start:
                skipping = self._block_opening(number, text)
                at_block_start = False
                if not skipping and cue is not None:
                    yield self._close(cue)
                    cue = None
                continue
            if cue is None:
                raise _timing_error(number, text, srt=self.srt)
            cue.lines.append((number, text))
        if cue is not None:
            yield self._close(cue)

    def _block_opening(self, number: int, text: str) -> bool:
        """A block opens with a cue number or identifier before its timing line, or a NOTE.

        True when the block is to be skipped (WebVTT NOTE, STYLE, REGION).
        """
        if not self.srt and text.startswith(("NOTE", "STYLE", "REGION")):
            return True
        if _STARTS_WITH_TIME.match(text):  # a timing line gone wrong ("00:01 -> 00:02")
            raise _timing_error(number, text, srt=self.srt)
        following = self._next_text(number)
        if following is None:
            raise _timing_error(number, text, srt=self.srt)
        if not _TIMING.match(following[1]):
            raise _timing_error(following[0], following[1], srt=self.srt)
        return False

    @staticmethod
    def _close(cue: _Cue) -> _Cue:
        # SRT without blank lines: the next cue's number ends this cue's text.
        if cue.lines and cue.lines[-1][1].isdigit():
            cue.lines.pop()
        return cue


def _clean(text: str) -> str:
    return _SPACES.sub(" ", _TAG.sub("", _OVERRIDE.sub("", text))).strip()


def _voices(text: str, current: str) -> Iterator[tuple[str, str]]:
    """(speaker, words) for each voice span of a line; text before any span keeps ``current``."""
    parts = _VOICE.split(text)
    if parts[0].strip():
        yield current, parts[0]
    for name, words in zip(parts[1::2], parts[2::2], strict=True):
        yield name.strip(), words


def _named(text: str, current: str) -> tuple[str, str]:
    """The speaker a caption line names ("NAME:", "[Name]", ">> NAME:"), and its words."""
    if text.startswith(("- ", ">> ")):
        text = text.split(" ", 1)[1].strip()
    cue = _TRANSCRIPT_CUE.match(text) or _BRACKET_CUE.match(text)
    if cue and cue.group("name").strip(".").lower() not in _NOT_SPEAKERS:
        return cue.group("name").strip(), cue.group("rest").strip()
    return current, text


def _cue_pieces(cue: _Cue, speaker: str, previous: set[str]) -> list[_Piece]:
    pieces = []
    for number, raw in cue.lines:
        voiced = "<v" in raw
        for voice, words in _voices(raw, speaker) if voiced else [(speaker, raw)]:
            speaker, text = (voice, _clean(words)) if voiced else _named(_clean(words), voice)
            if text and text.casefold() not in previous:
                pieces.append(_Piece(speaker, text, number, cue.timestamp))
    return pieces


def _turns(pieces: Iterable[_Piece]) -> Iterator[list[_Piece]]:
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
    """Split a turn into sentences, each located at the cue where it starts.

    Auto-generated captions have no punctuation: there, each caption line is
    a statement.
    """
    text = " ".join(piece.text for piece in turn)
    if len(turn) > 1 and not _SENTENCE_MARK.search(text):
        for piece in turn:
            yield Statement(piece.speaker, piece.text, piece.line, 0, piece.timestamp)
        return
    starts, offset = [], 0
    for piece in turn:
        starts.append(offset)
        offset += len(piece.text) + 1
    index = 0
    for start, sentence in split_sentences(text):
        while index + 1 < len(starts) and starts[index + 1] <= start:
            index += 1
        piece = turn[index]
        quote = tidy_quote(sentence)
        if quote:
            yield Statement(piece.speaker, quote, piece.line, 0, piece.timestamp)


def _next_speaker(last: _Piece) -> str:
    """Who an untagged cue after ``last`` is spoken by: the same voice, except after a
    host's question, whose answer is someone else's (nobody named: the curator says who)."""
    role = role_cue(last.speaker)
    if role is not None and role.host and last.text.rstrip(' ”"’)').endswith("?"):
        return ""
    return last.speaker


def transcript_statements(lines: Sequence[str], *, file_format: str) -> Iterator[Statement]:
    """WebVTT or SRT cues into statements, a turn at a time; a cue without a speaker tag
    keeps the last one. Raises ``ImportFileError`` naming the line of a malformed cue."""
    srt = file_format == SRT
    first = 1
    if not srt:
        if not lines or not lines[0].lstrip("\ufeff").startswith("WEBVTT"):
            raise ImportFileError("A WebVTT file must start with 'WEBVTT'.", line=1)
        first = next((n for n, text in enumerate(lines, 1) if not text.strip()), len(lines) + 1)
    said = False
    for turn in _turns(_pieces(_CueScanner(lines, first, srt=srt).cues())):
        said = True
        yield from _turn_statements(turn)
    if not said:
        raise ImportFileError(f"No cues with text were found in this {file_format} file.")


def _pieces(cues: Iterable[_Cue]) -> Iterator[_Piece]:
    speaker = ""
    previous: set[str] = set()
    for cue in cues:
        found = _cue_pieces(cue, speaker, previous)
        previous = {_clean(text).casefold() for _, text in cue.lines}
        if found:
            speaker = _next_speaker(found[-1])
            yield from found
