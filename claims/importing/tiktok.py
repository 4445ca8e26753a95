"""A TikTok video's page copied from the browser, with its transcript and comments, read as
notes (``shaped``).

The layout (tiktok.com's video page, selected and copied)::

    TikTok / For You / Explore / Following / LIVE / Upload / Log in   the site's bar
    kofi.watts                                   the creator's handle
    Kofi Asante-Reyes · 10-12                    the creator's name and the day posted
    Follow                                       ("2025-10-12", "3d ago" too)
    your power bill is about to get weird …      the caption, hashtags and all
    ♬ original sound - kofi.watts                the sound
    48.2K / 1873 / 6402 / 2117                   likes, comments, saves, shares
    https://www.tiktok.com/@kofi.watts/video/…   the link, "Copy link"
    Transcript                                   the transcript, when shown
    0:04 number one, wholesale prices …          a time before each line
    Comments (1,873)                             the comments' heading
    gridgirl_92                                  a comment: its author's display name,
    Creator                                       "Creator" when it is the creator's,
    my battery paid for itself …                   its words,
    10-12 / Reply / 2914 / View 14 replies        its day, Reply, likes, replies
    You may like / Get app                       other videos: nobody's

The caption and the transcript are the creator's, named as the page names them (the name
beside the day, when it reads as a person's; else the handle, asked about), with a remark
giving the line that names them; so is a comment marked "Creator". A comment is its
author's as displayed ("Tomás R", "sunnyside.up"), asked about: a display name is no
checked name. The day beside the creator's name dates the caption and the transcript, each
comment's its words (a day without its year: on or after the source's date, the day the
video was posted, as comments come after it). No claims: the site's bar,
the counts, the sound, the link, the headings, the controls and the other videos.
Source of the layout: tiktok.com's video page, copied from the browser.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import islice

from claims.importing.names import reads_as_name
from claims.importing.shaped import Reshaped, cued

_OPENING = 40
_HANDLE = re.compile(r"^@?(?P<handle>[A-Za-z0-9._]{2,24})$")
# "Kofi Asante-Reyes · 10-12", "Kofi · 2025-10-12", "Kofi · 3d ago".
_DAY = r"(?:(?P<year>\d{4})-)?(?P<month>\d{1,2})-(?P<day>\d{1,2})|\d{1,2}\s?[smhdw]\s+ago"
_CREATOR = re.compile(rf"^(?P<name>[^·•]{{1,50}}?)\s*[·•]\s*(?:{_DAY})$")
_DAY_LINE = re.compile(rf"^(?:{_DAY})$")
_SOUND = re.compile(r"^♬\s*\S")
_COMMENTS = re.compile(r"^comments\s*(?:\([\d.,]+\s*[KM]?\)|[\d.,]+\s*[KM]?)?$", re.IGNORECASE)
_TRANSCRIPT = re.compile(r"^transcript$", re.IGNORECASE)
_TIMED = re.compile(r"^(?P<time>(?:\d{1,2}:)?\d{1,2}:\d{2})\s+(?P<words>\S.*)$")
_CONTROLS = re.compile(
    r"^(?:[\d.,]+\s*[KM]?|reply|follow|following|copy\s+link|creator\s+videos"
    r"|log\s+in(?:\s+to\s+comment)?|add\s+comment\.{0,3}|post|view\s+[\d.,]+\s+repl(?:y|ies)"
    r"|hide|see\s+(?:more|less|translation)|https?://\S+)$",
    re.IGNORECASE,
)
_OTHER_VIDEOS = re.compile(r"^(?:you\s+may\s+like|more\s+videos|related\s+videos|get\s+app)$", re.I)
CREATOR_NOTE = "“{name}” is the video's creator, as the page names them (line {line})"
HANDLE_NOTE = "“{name}” is the creator's handle (line {line}): map it to who it is, or keep it"
COMMENTER_NOTE = (
    "“{name}” is a commenter's display name on TikTok, not a checked name: map it to who it "
    "is, or keep it"
)


@dataclass
class _Page:
    """What the reading so far has found."""

    out: list[str] = field(default_factory=list)
    notes: dict[int, str] = field(default_factory=dict)
    people: set[str] = field(default_factory=set)
    month_days: dict[int, tuple[int, int, int | None]] = field(default_factory=dict)
    days: dict[int, datetime.date] = field(default_factory=dict)


def _header(lines: Sequence[str]) -> tuple[int, str, str, re.Match[str]] | None:
    """The creator's header among the first lines: (the index of the name's line, the
    creator as the page names them, the remark, the day's match), or None."""
    for index, raw in enumerate(islice(lines, _OPENING)):
        found = _CREATOR.match(raw.strip())
        if found is None or index == 0:
            continue
        handle = _HANDLE.match(lines[index - 1].strip())
        if handle is None:
            continue
        name = found.group("name").strip()
        if reads_as_name(name):
            return index, name, CREATOR_NOTE.format(name=name, line=index + 1), found
        label = f"@{handle.group('handle')}"
        return index, label, HANDLE_NOTE.format(name=label, line=index), found
    return None


def _is_tiktok(lines: Sequence[str], header: int) -> bool:
    """A sound line ("♬ original sound - kofi.watts") below the header, and the site's name
    or its link among the lines."""
    below = list(islice(lines, header, header + 30))
    if not any(_SOUND.match(line.strip()) for line in below):
        return False
    return any("tiktok" in line.lower() for line in islice(lines, 0, header + 30))


def _dated(found: re.Match[str]) -> tuple[int, int, int | None] | datetime.date | None:
    """A day as the page writes it: a date when it gives its year, a month and day when
    not, None for an age ("3d ago")."""
    if found.group("month") is None:
        return None
    month, day = int(found.group("month")), int(found.group("day"))
    if found.group("year"):
        try:
            return datetime.date(int(found.group("year")), month, day)
        except ValueError:
            return None
    return (month, day, None) if 1 <= month <= 12 and 1 <= day <= 31 else None


def _date(page: _Page, number: int, day) -> None:
    if isinstance(day, datetime.date):
        page.days[number] = day
    elif day is not None:
        page.month_days[number] = day


def _comment(lines: Sequence[str], start: int) -> tuple[int, int, bool]:
    """A comment from ``start`` (its author's line): (the index of its first words' line,
    the index of its day's line, whether "Creator" marks it); the day's index is -1 when
    no day line closes it within a few lines."""
    first = start + 1
    creator = first < len(lines) and lines[first].strip().lower() == "creator"
    first += creator
    for index in range(first, min(len(lines), first + 12)):
        if _DAY_LINE.match(lines[index].strip()):
            return first, index, creator
    return first, -1, creator


def _read_comment(page: _Page, lines: Sequence[str], index: int, creator: tuple[str, str]) -> int:
    """Write the comment whose author's line is at ``index``; the index of its day's line,
    or -1 when no day closes it (the page's comments end)."""
    first, closed, marked = _comment(lines, index)
    if closed < 0:
        return -1
    author = creator[0] if marked else lines[index].strip()
    note = creator[1] if marked else COMMENTER_NOTE.format(name=author)
    when = _dated(_DAY_LINE.match(lines[closed].strip()))
    for words in range(first, closed):
        text = lines[words].strip()
        if text and not _CONTROLS.match(text):
            page.out[words] = cued(author, text)
            page.notes[words + 1] = note
            _date(page, words + 1, when)
    page.people.add(author)
    return closed


def _part(line: str, part: str) -> str:
    """The part of the page a line opens, or ``part`` when it opens none."""
    if _COMMENTS.match(line):
        return "comments"
    if _TRANSCRIPT.match(line):
        return "transcript"
    return "counts" if part == "caption" and _SOUND.match(line) else part


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """A TikTok video page's lines as notes (``shaped``), or None when the document is none.

    Shape: as many lines as given; the caption's and the transcript's lines "Creator: words",
    each comment's "Author: words"; everything else blank. Source: tiktok.com's video page."""
    header = _header(lines)
    if header is None or not _is_tiktok(lines, header[0]):
        return None
    at, creator, creator_note, found = header
    day = _dated(found)
    page = _Page(out=[""] * len(lines))
    page.people.add(creator)
    index, part = at + 1, "caption"
    while index < len(lines) and not _OTHER_VIDEOS.match(lines[index].strip()):
        line = lines[index].strip()
        opened = _part(line, part)
        if opened != part or not line or _CONTROLS.match(line):
            part = opened
        elif part == "comments":
            index = _read_comment(page, lines, index, (creator, creator_note))
            if index < 0:
                break
        elif part in {"caption", "transcript"}:
            timed = _TIMED.match(line)
            if part == "caption" or timed:
                page.out[index] = cued(creator, timed.group("words") if timed else line)
                page.notes[index + 1] = creator_note
                _date(page, index + 1, day)
        index += 1
    if not page.notes:
        return None
    # A day without its year is the page's reading, on or after the video's own day.
    shaped = Reshaped.of(page.out, page.people, page.notes, page.days, page.month_days)
    return replace(shaped, days_after=True)
