"""Live blogs: entries stamped with the time they were posted, newest first or oldest first.

A live blog (a newspaper's running coverage of a summit, a hearing, a match) opens each
entry with its time, as the sites write it: "**16:05** —", "16:05 —", "14:38 GMT",
"2.05pm —", "2:05 p.m. ET:", "[14:38]", "Updated at 14:38", "- 14:38 |". Most sites put
the newest entry first, so that a name is shortened ("Köhler", "Van der Berg") in an entry
ABOVE the one that gives it in full, and "She adds …" points to the entry BELOW it in the
file. The notes reader reads the entries in the order they were written (``reading``):
a run of entries whose times run backwards is read from its last entry up, and the
statements read from it are given back in the file's order. The lines before the first
entry (the title, the byline, a summary) are read first; a Markdown heading, a date alone
on its line or a section the curator opens ends a run, so a blog's days keep their order.

An entry's stamp in a shape the notes reader does not read as a time ("14:38 GMT —",
"2.05pm —", "Updated at 14:38") is read as the time it is ("14:38 —", "14:05 —",
"14:38"). A chat export's or a call's times are not a blog's (the caller says so).

Pure, no database. Source of the rule: the live pages of news sites (the Guardian, the
BBC, Reuters, national papers), which stamp entries so, newest first unless the reader
asks for oldest first.
"""

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from claims.importing.chats import author_line
from claims.importing.cues import MD_HEADING

# Time zones a live blog writes after its times.
_ZONE = (
    r"(?:GMT|BST|UTC|CET|CEST|EET|EEST|WET|WEST|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT"
    r"|IST|JST|KST|HKT|SGT|AEST|AEDT|AWST|NZST|NZDT|SAST|MSK|BRT|ART)(?:[+-]\d{1,2})?"
)
# An entry's stamp at the start of its line: a bullet, bold or a bracket, a word of the
# site's ("Updated at", "Posted"), the time (24-hour, or 12-hour with am or pm), a time
# zone, then a separator, the end of the line or the entry's first word.
_STAMP = re.compile(
    r"^\s*(?P<bullet>[-*•·]\s+)?(?P<open>\*\*|__|\[|\()?\s*"
    r"(?P<lead>(?i:(?:last\s+)?updated|update|posted|published)(?:\s+(?i:at))?\s+)?"
    r"(?:(?P<hour>\d{1,2})(?P<dot>[:.])(?P<minute>[0-5]\d)(?![\d:])"
    r"|(?P<bare>\d{1,2})(?=\s?[AaPp]\.?\s?[Mm]\b))"
    r"(?:\s?(?P<half>[AaPp])\.?\s?[Mm]\.?)?"
    rf"(?:\s+(?P<zone>{_ZONE})\b)?"
    r"\s*(?P<close>\*\*|__|\]|\))?"
    r"(?:\s*(?P<sep>[—–|]|--?|:(?!\d))\s*|\s*$|\s+(?=(?P<next>\S)))"
)
# A line that ends a run of entries: a Markdown heading ("## Day one").
_DAY_LINE = re.compile(
    r"^\s*(?:\*\*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?\d{1,2}\s+"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{4})?(?:\*\*)?\s*$"
    r"|^\s*(?:\*\*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?"
    r"(?:\*\*)?\s*$",
    re.IGNORECASE,
)
_DAY_LINE_LENGTH = 40
# Fewer entries than this make no blog whose order can be told.
_MIN_ENTRIES = 3


@dataclass(frozen=True)
class Stamp:
    """An entry's stamp: its time of day in minutes, the line's words after it
    (``rest``), and whether the notes reader reads it as written (``plain``: "16:05 —",
    "[16:05]"), or needs it written so (``canonical``)."""

    minutes: int
    rest: str
    plain: bool
    bullet: bool = False

    @property
    def canonical(self) -> str:
        hours, minutes = divmod(self.minutes, 60)
        time = f"{'- ' if self.bullet else ''}{hours:02d}:{minutes:02d}"
        return f"{time} — {self.rest}" if self.rest else time


def entry_stamp(line: str) -> Stamp | None:
    """The stamp that opens ``line`` as a live blog's entry, or None.

    "**16:05** — That's all." → Stamp(965, "That's all.", plain=True); "14:38 GMT — Dutch …"
    → Stamp(878, "Dutch …", plain=False); "2.05pm: Markets …" → Stamp(845, …); "Updated at
    14:38" → Stamp(878, "", plain=False). A number that is no time is none: "3.50 GW of
    storage …", "1.5 GW", "10:30:15" (a recording's time), "25:10". A time with a dot
    ("14.38") needs am or pm, a zone, bold or brackets, or a dash after it."""
    if len(line) > 2000 or not line[:40].strip():
        return None
    found = _STAMP.match(line)
    if found is None:
        return None
    half = (found["half"] or "").lower()
    hour = int(found["hour"] or found["bare"])
    decorated = found["open"] or found["lead"] or half or found["zone"]
    first = found["next"] or ""
    if not decorated and (
        # "3.50 GW of storage": a number; "14:38 was when …": a time in a sentence.
        (found["dot"] == "." and found["sep"] not in ("—", "–", "|", "-", "--"))
        or (first and not (first.isupper() or first in "\"“‘'"))
    ):
        return None
    if half and 1 <= hour <= 12:
        hour = hour % 12 + (12 if half == "p" else 0)
    elif half or hour > 23:
        return None
    rest = line[found.end() :].strip()
    plain = found["dot"] == ":" and not (found["lead"] or half or found["zone"])
    if found["sep"] == ":" or (found["open"] == "**" and found["close"] is None):
        plain = False  # "16:05: …", a bold stamp left open: written as the reader reads
    return Stamp(hour * 60 + int(found["minute"] or 0), rest, plain, bool(found["bullet"]))


def _ends_run(line: str) -> bool:
    """Whether ``line`` ends a run of entries: a Markdown heading or a day alone."""
    text = line.strip()
    if not text:
        return False
    if text[0] == "#":
        return MD_HEADING.match(text) is not None
    return len(text) <= _DAY_LINE_LENGTH and _DAY_LINE.match(text) is not None


def _backwards(times: Sequence[int]) -> bool:
    """Whether entry times, in the file's order, run backwards: more steps back than
    forward, and at least two (a blog that runs past midnight steps back once)."""
    back = sum(1 for a, b in itertools.pairwise(times) if b < a)
    forward = sum(1 for a, b in itertools.pairwise(times) if b > a)
    return back >= 2 and back > forward


def reading(
    lines: Sequence[str], *, breaks: frozenset[int] = frozenset(), blog: bool = True
) -> Iterator[tuple[int, str, bool]]:
    """``(number, text, release)`` for each line of ``lines`` (numbered from 1), in the
    order to read them: a live blog's entries in the order they were written, each entry's
    stamp as the notes reader reads times (``Stamp.canonical``). ``release`` is False for a
    line read out of the file's order before the last line of its run: the statements read
    so far wait and are given back in the file's order once it is True. ``breaks`` are the
    lines where the curator opens a section (they end a run); ``blog`` False (a chat
    export, a call) reads every line as it is, in order."""
    stamps: dict[int, Stamp] = {}
    if blog:
        for number, line in enumerate(lines, start=1):
            if line[:1] in ("", "\n") or len(line) < 4:
                continue
            stamp = entry_stamp(line)
            if stamp is None:
                continue
            if author_line(line.strip()) is not None:
                # "[9:02 AM] Priya Shah": a chat's author line, and the document a chat's.
                stamps = {}
                break
            stamps[number] = stamp
    if len(stamps) < 2:
        for number, line in enumerate(lines, start=1):
            yield number, line, True
        return
    for run in _runs(lines, stamps, breaks):
        for number, release in run:
            stamp = stamps.get(number)
            text = lines[number - 1] if stamp is None or stamp.plain else stamp.canonical
            yield number, text, release


def _runs(
    lines: Sequence[str], stamps: dict[int, Stamp], breaks: frozenset[int]
) -> Iterator[list[tuple[int, bool]]]:
    """The document as runs of ``(number, release)``: the lines between run ends, each in
    its reading order."""
    start = 1
    total = len(lines)
    for number in range(1, total + 2):
        end = number > total or (
            number > start and (number in breaks or _ends_run(lines[number - 1]))
        )
        if end:
            yield _run_order(start, number - 1, stamps)
            start = number


def _run_order(first: int, last: int, stamps: dict[int, Stamp]) -> list[tuple[int, bool]]:
    """The lines ``first``..``last`` in reading order: as they are, or, when the entries'
    times run backwards, the lines before the first entry, then the entries from the last
    up, each entry's lines in order; ``release`` only on the last line read."""
    numbers = list(range(first, last + 1))
    starts = [n for n in numbers if n in stamps]
    if len(starts) < _MIN_ENTRIES or not _backwards([stamps[n].minutes for n in starts]):
        return [(n, True) for n in numbers]
    order = list(range(first, starts[0]))
    ends = [*starts[1:], last + 1]
    for begin, stop in reversed(list(zip(starts, ends, strict=True))):
        order += range(begin, stop)
    return [(n, i == len(order) - 1) for i, n in enumerate(order)]
