"""Reading SubStation Alpha subtitle files (``.ass``, ``.ssa``) as caption cues.

A SubStation Alpha file is sections of ``key: value`` lines::

    [Script Info]
    Title: Budget debate
    [V4+ Styles]
    Format: Name, Fontname, Fontsize, …
    Style: Default,Arial,20,…
    [Events]
    Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
    Dialogue: 0,0:00:01.00,0:00:04.00,Default,OWEN PRICE,0,0,0,,{\\i1}Rates rise.\\NSurely.

Only the ``Dialogue:`` lines of ``[Events]`` hold words: the section's ``Format:`` line gives
the order of their fields (the last, ``Text``, may hold commas), and without one the order is
the ASS default. ``Comment:`` lines, styles, the script's info and embedded fonts and pictures
are nobody's words. In the text, override blocks (``{\\i1}``, ``{\\an8}``, ``{a note}``) are
dropped, ``\\N`` and ``\\n`` (line breaks) and ``\\h`` (a hard space) are spaces. A
``Dialogue:`` line with too few fields or a timing that is no time is refused, naming its
line, as a malformed cue of another caption format is. Source: the SubStation Alpha v4.00+
specification, as Aegisub and Subtitle Edit write it.
"""

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from claims.importing.errors import ImportFileError

# The field order of an ``[Events]`` section without a ``Format:`` line (ASS, v4.00+).
_DEFAULT_FORMAT = ("layer", "start", "end", "style", "name", "marginl", "marginr", "marginv",
                   "effect", "text")  # fmt: skip
_SECTION = re.compile(r"^\[(?P<name>[^\]]+)\]\s*$")
_TIME = re.compile(r"^\d{1,2}:\d{2}:\d{2}[.,]\d{1,3}$")
_OVERRIDE = re.compile(r"\{[^}]*\}")
_BREAK = re.compile(r"\\[Nnh]")
# What opens a SubStation Alpha file, or the section of its words.
HEADERS = ("[script info]", "[events]", "[v4+ styles]", "[v4 styles]")


@dataclass(frozen=True, slots=True)
class Event:
    """A ``Dialogue:`` line: its line number (from 1), its start and end as written
    ("0:00:01.00"), the ``Name`` field (the speaker, "" when empty) and its words, plain."""

    line: int
    start: str
    end: str
    name: str
    text: str


def opens_substation(lines: Sequence[str]) -> bool:
    """Whether ``lines`` (the first lines with text, stripped) open a SubStation Alpha file:
    its first line is one of its section headers ("[Script Info]", "[Events]")."""
    return bool(lines) and lines[0].lower() in HEADERS


def plain_text(text: str) -> str:
    """A ``Text`` field's words: "{\\i1}OWEN PRICE:{\\i0} Borrowing will rise.\\NThat's
    certain." → "OWEN PRICE: Borrowing will rise. That's certain."."""
    if "{" in text:
        text = _OVERRIDE.sub("", text)
    if "\\" in text:
        text = _BREAK.sub(" ", text)
    return " ".join(text.split())


def events(lines: Sequence[str]) -> Iterator[Event]:
    """The ``Dialogue:`` lines of the ``[Events]`` section, in order (see the module's
    docstring). Raises ``ImportFileError`` naming the line of a ``Dialogue:`` line with fewer
    fields than its ``Format:`` or a start or end that is no time (``0:00:01.00``)."""
    section, fields = "", _DEFAULT_FORMAT
    for number, raw in enumerate(lines, 1):
        text = raw.strip()
        header = _SECTION.match(text)
        if header is not None:
            section, fields = header.group("name").strip().lower(), _DEFAULT_FORMAT
            continue
        if section != "events" or ":" not in text:
            continue
        key, _, value = text.partition(":")
        key = key.strip().lower()
        if key == "format":
            fields = tuple(f.strip().lower() for f in value.split(","))
        elif key == "dialogue":
            yield _event(number, value, fields)


def _event(number: int, value: str, fields: tuple[str, ...]) -> Event:
    values = [v.strip() for v in value.split(",", len(fields) - 1)]
    if len(values) < len(fields) or "text" not in fields:
        raise ImportFileError(
            f"This Dialogue line has {len(values)} fields where its Format line gives "
            f"{len(fields)} ({', '.join(fields)}); correct it, or make it a Comment line.",
            line=number,
        )
    event = dict(zip(fields, values, strict=True))
    start, end = event.get("start", ""), event.get("end", "")
    for time in (start, end):
        if not _TIME.match(time):
            raise ImportFileError(
                f"Expected a Dialogue line's start and end like '0:00:01.00', found {time!r}.",
                line=number,
            )
    return Event(number, start, end, event.get("name", ""), plain_text(event["text"]))
