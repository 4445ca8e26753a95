"""A LinkedIn Live event's page copied with its recorded transcript, read as notes
(``shaped``).

The layout (linkedin.com's event page of a past LinkedIn Live, selected and copied in the
browser with the recording's transcript shown)::

    Event by Northwind Harbour Forum
    Ports after 2030: Shore Power and the Berth Queue
    Wed, Mar 4, 2026, 3:00 PM - 4:00 PM (your local time)
    LinkedIn Live · 912 attendees
    About
    Join Ines Kovač (COO, Baltic Berths) for an hour on why shore power will … Hosted by …
    Speakers
    Ines Kovač · 2nd
    COO at Baltic Berths | Board member, Ports Alliance
    Recording · 52:40
    Transcript
    Ines Kovač  00:01:12
    We have shore power at six berths today.
    …
    Comments
    Reactions 88 · 12 comments

above it the site's navigation ("Home", "My Network", "Jobs", …). Everything above the
transcript's heading is the page's and no one's claim: the organiser's name ("Event by …"),
the title, the time, the attendee count, the organiser's description (promotion written by
the organiser, not a speaker's words, even where it says what a speaker will argue), the
speakers' names with their connection degree and their profile headlines ("CEO at …
| Board member, …"), and "Recording · 52:40". In the transcript each speaker's line, the
name and the time they start ("Ines Kovač  00:01:12"), is blank and the words below it are
that speaker's, written "Name: words", up to the next speaker's line. A label that names
nobody ("Guest", "Speaker 3") is kept as written, a placeholder the curator is
asked about; any other label that is no person's name ("Moderator", "Harbour Forum") is
written as the placeholder "Unknown Speaker", with a remark giving the label, and never read
as a name. After the transcript the
comments ("Comments" and below) are the page's: blank. The running of the event (the host's
welcome, sound checks, questions relayed from the chat) is ``live_talk``'s, as in any
transcript.

The page is read so only when it is LinkedIn's: "LinkedIn Live" or "Event by …" among its
lines above the transcript, a "Transcript" heading, and two speaker lines or more below it.
The event's day ("Tue, Feb 17, 2026, 4:00 PM - 5:00 PM") dates the transcript's lines.
Source of the layout: LinkedIn's event pages for LinkedIn Live (linkedin.com/events),
as a browser copies them.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

from claims.importing.cues import BLOCK_CUE
from claims.importing.names import is_placeholder, reads_as_name
from claims.importing.shaped import Reshaped, cued

_HEAD_LINES = 60  # the event's particulars stand above the transcript, among these
_MIN_TURNS = 2
_UNNAMED = "Unknown Speaker"  # a placeholder: the curator is asked who it is
UNNAMED_NOTE = "the transcript's label “{label}” names no person: map it to who it is"
_LINKEDIN = re.compile(r"^(?:event by\s+\S|linkedin\s+live\b)", re.IGNORECASE)
_TRANSCRIPT = re.compile(r"^transcript\s*:?$", re.IGNORECASE)
_COMMENTS = re.compile(r"^(?:comments?|\d[\d,]*\s+comments?)$", re.IGNORECASE)
# "Tue, Feb 17, 2026, 4:00 PM - 5:00 PM (your local time)": the day, before its hours.
_EVENT_DAY = re.compile(
    r"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?P<day>[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+"
    r"\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}),?\s+\d{1,2}:\d{2}",
    re.IGNORECASE,
)


def _transcript_heading(lines: Sequence[str]) -> int | None:
    """The index of the transcript's heading when the lines above it are LinkedIn's event
    page ("LinkedIn Live", "Event by …"); None otherwise."""
    for index, raw in enumerate(lines[:_HEAD_LINES]):
        if _TRANSCRIPT.match(raw.strip()):
            above = (line.strip() for line in lines[:index])
            return index if any(_LINKEDIN.match(line) for line in above) else None
    return None


def _speaker_line(text: str) -> str:
    """The name a transcript's speaker line gives ("Ines Kovač  00:01:12"), or ""."""
    cue = BLOCK_CUE.match(text)
    if cue is None or cue.group("clock") is not None:
        return ""
    return cue.group("name").strip()


def _event_day(lines: Sequence[str]) -> datetime.date | None:
    """The day of the event's time line ("Tue, Feb 17, 2026, 4:00 PM - …"), or None."""
    for raw in lines:
        found = _EVENT_DAY.match(raw.strip())
        if found is None:
            continue
        day = found.group("day").replace(".", "")
        for form in ("%b %d, %Y", "%B %d, %Y", "%d %b %Y", "%d %B %Y"):
            try:
                return datetime.datetime.strptime(day, form).date()  # noqa: DTZ007 (a day)
            except ValueError:
                continue
    return None


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """A LinkedIn Live event page with its transcript as notes (``shaped``), or None when
    the document is none.

    Shape: as many lines as given; the page above the transcript, the speaker lines and the
    comments blank; each line of words below a speaker line written "Name: words" with the
    name as the page writes it (a person's name, or a placeholder such as "Guest"), or
    "Unknown Speaker" with a remark under a label that is neither; every line with words
    dated the event's day when the page gives it."""
    heading = _transcript_heading(lines)
    if heading is None:
        return None
    body = [line.strip() for line in lines[heading + 1 :]]
    if sum(1 for text in body if _speaker_line(text)) < _MIN_TURNS:
        return None
    out = [""] * (heading + 1)
    notes: dict[int, str] = {}
    speakers: set[str] = set()
    speaker = label = ""
    ended = False
    for text in body:
        ended = ended or _COMMENTS.match(text) is not None
        name = "" if ended else _speaker_line(text)
        if ended or name or not text:
            out.append("")
            if name:
                label = name
                speaker = name if reads_as_name(name) or is_placeholder(name) else _UNNAMED
            continue
        out.append(cued(speaker, text))
        if speaker == _UNNAMED:
            notes[len(out)] = UNNAMED_NOTE.format(label=label)
        elif not is_placeholder(speaker):
            speakers.add(speaker)
    day = _event_day(lines[:heading])
    days = {index + 1: day for index, line in enumerate(out) if line and day}
    return Reshaped.of(out, speakers, notes=notes, days=days)
