"""Meeting minutes kept in a repository, whose participants are cued by their @handles.

An open-source project's weekly meeting notes (Markdown in a repository, a HackMD pad)
list who came once, each @handle with the name it stands for, then cue every line by the
handle::

    ## Attendees
    - @okwuosa — Chidi Okwuosa-Lund (facilitator, core)
    - Thijs van Lier (@tvanlier)
    ## 1. 0.9 release status
    @okwuosa: the 0.9 milestone is at 41/58 issues closed.
    - @okwuosa said he expects to cut 0.9.0 by the end of June
    - @tvanlier: no, behind a flag in 0.9
    > **@kwamena**: calling it: we pass 10k GitHub stars before the year is out
    - [ ] @tvanlier: migration guide for `--experimental-compaction`

A line opened by a handle is its participant's: "@handle: words" (a bullet, a quote or bold
marks around it) are their words; "@handle said …", "@handle thinks …" tells what they said,
given to them with a remark to check. A line opened by a handle the list names nobody for
is an unknown speaker's, and the curator is asked who it is. The list of attendees and the
to-dos ("- [ ] @handle: …", errands) are left blank; every other line is read as written.
A document is read so only when its list gives two handles or more with their names, and
two lines or more open with a listed handle. Source of the layout: the meeting notes
open-source projects keep in their repositories (a `meetings/YYYY-MM-DD.md` per week:
attendees, agenda, notes, action items).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claims.importing.names import UNKNOWN_SPEAKER, reads_as_name
from claims.importing.shaped import Reshaped, cued

_HANDLE_WORD = r"[A-Za-z0-9][\w.-]{0,38}[A-Za-z0-9_]"
_HANDLE = rf"@(?P<handle>{_HANDLE_WORD})"
_NAME = r"(?P<name>[^\W\d_][\w.'’ -]{1,60}?)"
# "- @okwuosa — Chidi Okwuosa-Lund (facilitator)", "- @okwuosa: Chidi Okwuosa-Lund",
# "- Chidi Okwuosa-Lund (@okwuosa)", "- Chidi Okwuosa-Lund — @okwuosa".
_ROSTER = (
    re.compile(rf"^\s*[-*+]\s+{_HANDLE}\s*(?:[—–:-]|\s-\s)\s*{_NAME}\s*(?:[(,].*)?$"),
    re.compile(rf"^\s*[-*+]\s+{_NAME}\s*(?:\(\s*|\s[—–-]\s+){_HANDLE}\)?\s*(?:[(,].*)?$"),
)
_MARKS = r"(?:>\s*)?(?:[-*+]\s+)?(?:\*\*|__)?"
# "@okwuosa: …", "- @okwuosa: …", "> **@kwamena**: …"
_CUE = re.compile(rf"^\s*{_MARKS}{_HANDLE}(?:\*\*|__)?\s*:(?:\*\*|__)?\s+(?P<words>\S.*)$")
# "- @okwuosa said he expects …", "- @tvanlier thinks it slips into July"
_TOLD = re.compile(rf"^\s*{_MARKS}{_HANDLE}\s+(?P<words>[a-z][\w'’-]*\b.*)$")
_TODO = re.compile(r"^\s*[-*+]\s+\[[ xX]\]\s")
_MIN_HANDLES = 2
_MIN_TURNS = 2
UNLISTED = "@{handle} is no one the list of attendees names: who is it?"
NARRATED = "the notes tell what {name} said: taken as {name}'s; check the speaker and the words"


def _roster(lines: Sequence[str]) -> dict[int, tuple[str, str]]:
    """Line index → (handle, name) of each line of the list of attendees."""
    found: dict[int, tuple[str, str]] = {}
    for index, line in enumerate(lines):
        if "@" not in line:
            continue
        for pattern in _ROSTER:
            match = pattern.match(line)
            if match and reads_as_name(match["name"].strip()):
                found[index] = (match["handle"].lower(), match["name"].strip())
                break
    return found


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """Minutes cued by @handles as notes (``shaped``), or None when they are none.

    Shape: as many lines as given; the list of attendees and the to-dos blank; a line opened
    by a listed handle cued with the name it stands for; any other line as written."""
    if sum("@" in line for line in lines) < _MIN_HANDLES + _MIN_TURNS:
        return None
    roster = _roster(lines)
    names = dict(roster.values())
    if len(names) < _MIN_HANDLES:
        return None
    out = list(lines)
    notes: dict[int, str] = {}
    speakers: set[str] = set()
    for index, line in enumerate(lines):
        if index in roster or _TODO.match(line):
            out[index] = ""
            continue
        cue = _CUE.match(line) or _TOLD.match(line)
        if cue is None:
            continue
        name = names.get(cue["handle"].lower(), "")
        if not name:  # "@driftwood42 asked about Windows": nobody the list names, asked
            out[index] = cued(UNKNOWN_SPEAKER, _named(line.strip(" ->*+"), names))
            notes[index + 1] = UNLISTED.format(handle=cue["handle"])
            continue
        words = _named(cue["words"], names)
        if cue.re is _TOLD:
            words = f"{name} {words}"
            notes[index + 1] = NARRATED.format(name=name)
        out[index] = cued(name, words)
        speakers.add(name)
    if len(speakers) < _MIN_HANDLES:
        return None
    turns = sum(1 for index, line in enumerate(out) if line != lines[index] and line)
    if turns < _MIN_TURNS:
        return None
    return Reshaped.of(out, speakers, notes=notes)


def _named(words: str, names: dict[str, str]) -> str:
    """``words`` with each listed @handle they mention as the name it stands for."""
    if "@" not in words:
        return words
    return re.sub(_HANDLE, lambda m: names.get(m["handle"].lower(), m.group()), words)
