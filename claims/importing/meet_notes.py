"""A Google Meet meeting's "Notes by Gemini" document, with its transcript, read as notes.

When Gemini takes notes in Google Meet it saves a Google Doc: a notes tab of its own
summary, then (when the meeting was transcribed) a transcript tab. Copied or downloaded as
text it reads::

    📝 Notes
    Mar 4, 2026
    Harbour trail works - 2026/03/04 15:00 CET - Notes by Gemini
    Invited Olu Bakare Sigrid Nyström
    Attachments Harbour trail works
    Meeting records Transcript Recording
    Summary
    Olu Bakare and Sigrid Nyström reviewed the trail works and agreed next steps.
    Details
    Surfacing: Olu Bakare said the surfacing will finish in April (00:03:10).
    Suggested next steps
    [Sigrid Nyström] Ask the rangers about the closure dates.
    You should review Gemini's notes to make sure they're accurate. Get tips and learn how …
    Please provide feedback about using Gemini to take notes in a short survey.
    📖 Transcript
    Mar 4, 2026
    Harbour trail works - Transcript
    00:00:00
    Olu Bakare: The surfacing will finish in April.
    Sigrid Nyström: Good.
    Meeting ended after 00:24:03 👋
    This editable transcript was computer generated and might contain errors. …

Everything above the transcript's first time mark is the tool's (its headings, the
meeting's particulars, its summary, the steps it suggests, its disclaimers) and no one's
claim, even where it names who said what: the lines are left blank. An "Attendees" heading
there, with the line of names under it (Meet's older transcript header), is kept: it
declares the participants. In the transcript, each "Name: words" turn is its speaker's, as
the notes reader reads it; the time marks and the tool's notices are blank. A notes
document without a transcript proposes nothing. A document is read so only when Gemini
signs it: a title ending "Notes by Gemini", or its "You should review Gemini's notes"
disclaimer. Source of the layout: Google Meet's "Take notes for me" documents as saved to
Drive (support.google.com, "Take notes in Google Meet with Gemini").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import islice

from claims.importing.ai_summaries import GEMINI_DISCLAIMER, GEMINI_TITLE
from claims.importing.meeting_exports import listing_heading, tool_notice
from claims.importing.shaped import Reshaped

_LINES_LOOKED_AT = 400
_TITLE_LINES = 15
# "📖 Transcript", "# Transcript", "Harbour trail works - Transcript".
_TRANSCRIPT_HEADING = re.compile(r"^(?:[^\w\s]*\s*transcript|.+\s[-–—]\s+transcript)$", re.I)
_TIME_MARK = re.compile(r"^\d{1,2}:\d{2}:\d{2}$")
_TURN = re.compile(r"^(?P<name>[^\W\d_][^:]{0,59}?):\s+\S")
_MIN_TURNS = 2


def gemini_notes(lines: Sequence[str]) -> bool:
    """Whether a document is one Gemini wrote in Google Meet: a title among its first lines
    ending "Notes by Gemini", or its disclaimer "You should review Gemini's notes …"."""
    looked = [line.strip() for line in islice(lines, _LINES_LOOKED_AT)]
    heads = islice((line for line in looked if line), _TITLE_LINES)
    if any(GEMINI_TITLE.search(line.strip("#*_ ")) for line in heads):
        return True
    return any(GEMINI_DISCLAIMER.match(line) for line in looked)


def transcript_start(lines: Sequence[str]) -> int | None:
    """The index of the transcript's first time mark ("00:00:00" on a line of its own, a
    turn "Name: words" after it), below the transcript's heading when there is one; None
    when the document has no transcript."""
    heading = next(
        (i for i, line in enumerate(lines) if _TRANSCRIPT_HEADING.match(line.strip("#*_ "))),
        0,
    )
    for index in range(heading, len(lines)):
        if _TIME_MARK.match(lines[index].strip()) and _turn_follows(lines, index + 1):
            return index
    return None


def _turn_follows(lines: Sequence[str], index: int) -> bool:
    following = (line.strip() for line in islice(lines, index, None))
    return _TURN.match(next((line for line in following if line), "")) is not None


def _header(lines: Sequence[str]) -> list[str]:
    """The lines above the transcript, blank but for an attendees heading and its names."""
    out = [""] * len(lines)
    for index, line in enumerate(lines):
        if listing_heading(line.strip("#*_ ")):
            names = next((i for i in range(index + 1, len(lines)) if lines[i].strip()), None)
            out[index] = line
            if names is not None:
                out[names] = lines[names]
    return out


def _speakers(transcript: Sequence[str], header: str) -> set[str]:
    """Who cues a turn of the transcript: a name cueing two turns, one after a time mark, or
    one the lines above the transcript name ("Invited …", the attendees)."""
    counted: Counter[str] = Counter()
    marked: set[str] = set()
    previous = ""
    for raw in transcript:
        line = raw.strip()
        if not line:
            continue
        turn = _TURN.match(line)
        if turn is not None:
            counted[turn.group("name")] += 1
            if _TIME_MARK.match(previous):
                marked.add(turn.group("name"))
        previous = line
    return marked | {
        name for name, count in counted.items() if count >= _MIN_TURNS or name in header
    }


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """A Gemini notes document as notes (``shaped``), or None when the document is none.

    Shape: as many lines as given; the lines above the transcript's first time mark blank
    (all of them when there is no transcript) but for an attendees heading and its names;
    the transcript's turns as written, its time marks and the tool's notices blank."""
    if not gemini_notes(lines):
        return None
    start = transcript_start(lines)
    if start is None:
        return Reshaped.of([""] * len(lines), ())
    out = _header(lines[:start])
    for raw in lines[start:]:
        line = raw.strip()
        out.append("" if _TIME_MARK.match(line) or tool_notice(line) else raw)
    return Reshaped.of(out, _speakers(lines[start:], " ".join(lines[:start])))
