"""Turning an uploaded file into text, refusing what is not a text document.

Every refusal is an ``ImportFileError`` that names the line it is about, so a
curator can open the file and fix it.
"""

import re
from dataclasses import dataclass

from claims.importing.errors import ImportFileError

NOTES = "notes"
WEBVTT = "webvtt"
SRT = "srt"
FORMATS = (NOTES, WEBVTT, SRT)

MAX_BYTES = 20 * 1024 * 1024
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SRT_TIMING = re.compile(r"^\s*\d{1,3}:\d{2}:\d{2}[,.]\d{1,3}\s*-->")


@dataclass(frozen=True)
class TextDocument:
    """A decoded document: its lines (numbered from 1) and its format."""

    name: str
    lines: list[str]
    format: str


def decode(data: bytes) -> str:
    """UTF-8 text (a byte-order mark is dropped), or an error naming the first bad line."""
    if not data.strip():
        raise ImportFileError("The file is empty.")
    if len(data) > MAX_BYTES:
        raise ImportFileError(f"The file is larger than {MAX_BYTES // (1024 * 1024)} MB.")
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise ImportFileError("This is a binary file, not a text document.", line=line)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ImportFileError(
            "The file is not UTF-8 text (save it as UTF-8 and try again).", line=line
        ) from None
    _refuse_control_characters(text)
    return text


def _refuse_control_characters(text: str) -> None:
    match = _CONTROL.search(text)
    if match:
        line = text.count("\n", 0, match.start()) + 1
        raise ImportFileError(
            f"Unexpected control character {match.group()!r}: this looks like a binary file.",
            line=line,
        )


def detect_format(lines: list[str]) -> str:
    """WebVTT by its header, SRT by its first timing line (numbered or not), notes otherwise."""
    content = [line.strip() for line in lines if line.strip()]
    if not content:
        return NOTES
    if content[0].startswith("WEBVTT"):
        return WEBVTT
    if len(content) > 1 and content[0].isdigit() and _SRT_TIMING.match(content[1]):
        return SRT
    if _SRT_TIMING.match(content[0]):  # SRT exported without cue numbers
        return SRT
    return NOTES


def read_document(data: bytes, *, name: str = "", file_format: str = "") -> TextDocument:
    """Decode ``data`` and tell its format (or check the one given)."""
    text = decode(data)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and not lines[-1]:
        lines.pop()  # the newline ending the last line does not start another
    if file_format and file_format not in FORMATS:
        raise ImportFileError(f"Unknown format {file_format!r}; use one of {', '.join(FORMATS)}.")
    return TextDocument(name=name, lines=lines, format=file_format or detect_format(lines))
