"""Closed captions pasted as text whose turns are marked ">>" and named only now and then, read
as notes (``shaped``).

The layout (a meeting's or a broadcast's real-time captions copied from a video portal below
its page and index, as Granicus and public-access channels show them)::

    Regular City Council Meeting / Apr 14, 2026 / Index …   the page above the captions
    Closed Captioning
    MAYOR BRENNAN: GOOD EVENING, EVERYONE. I'LL CALL THIS    a named turn, its words running
    REGULAR MEETING OF THE NORTHGATE CITY COUNCIL TO ORDER.   over the lines below it
    >> GOOD EVENING. DELROY MATTHEWS, HARLOW STREET.          ">>": a new voice, unnamed
    THAT BRIDGE HAS BEEN "TEMPORARILY" ONE LANE SINCE 2023.

A turn lasts to the next ">>" or the next cue ("NAME:"); a ">>" turn names nobody, and is
written as a placeholder, one a turn ("Speaker 3"), with a remark giving its line, so the
curator is asked who it is (never the last named speaker, never the page's heading). The
page above the first turn, sound and action tags ("[CROSSTALK]", "[PLEDGE OF ALLEGIANCE]")
are nobody's. Read only when the captions mark three turns or more with ">>" and name at
least one speaker with a cue. Source of the layout: city councils' video portals (Granicus,
Swagit) and public-access channels' caption pages.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claims.importing.shaped import Reshaped, cued

_MARK = re.compile(r"^>>+\s*")
# "MAYOR BRENNAN:", "COUNCILMEMBER ORTIZ:", "STAFF:", "MS. LINDQVIST:" at a line's start.
_CUE = re.compile(r"^(?P<name>[A-Z][A-Z.'’ -]{1,40}[A-Z.]):\s+(?P<words>\S.*)$")
_TAG = re.compile(r"^\[[A-Z][A-Z ,'’-]{1,60}\]$")
_MIN_MARKS = 3
PLACEHOLDER = "Speaker {number}"
TURN_NOTE = (
    "“{label}” is the turn from line {line}: the captions mark a new voice (“>>”) but name "
    "nobody; map it to who it is"
)


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """Captions marked ">>" as notes (``shaped``), or None when the document is none.

    Shape: as many lines as given; each named turn's lines "NAME: words", each ">>" turn's
    "Speaker N: words" (asked); the page above the first turn and tags blank."""
    marks = sum(1 for line in lines if _MARK.match(line.strip()))
    if marks < _MIN_MARKS or not any(_CUE.match(line.strip()) for line in lines):
        return None
    out = [""] * len(lines)
    notes: dict[int, str] = {}
    people: set[str] = set()
    speaker, note, turns = "", "", 0
    for index, raw in enumerate(lines):
        line = raw.strip()
        marked = _MARK.match(line)
        words = line[marked.end() :] if marked else line
        cue = _CUE.match(words)
        if cue:
            speaker, note = cue.group("name").strip(), ""
            words = cue.group("words")
        elif marked:
            turns += 1
            speaker = PLACEHOLDER.format(number=turns)
            note = TURN_NOTE.format(label=speaker, line=index + 1)
        if not speaker or not words or _TAG.match(words):
            continue
        out[index] = cued(speaker, words)
        people.add(speaker)
        if note:
            notes[index + 1] = note
    return Reshaped.of(out, people, notes) if people else None
