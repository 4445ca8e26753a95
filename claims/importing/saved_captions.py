"""A video call's live captions saved as text, each speaker's name on a line of its own above
their caption lines, read as notes (``shaped``).

The layout (Google Meet's captions kept by a captions-saver extension, or copied from the
captions panel)::

    Google Meet captions                       the header: the meeting, its code, its day,
    Meeting code: wvd-qmrk-pza                 who saved it ("Saved by: Anjali Mercer"),
    Saved by: Anjali Mercer                    who took part ("Participants (5): …")
    Participants (5): Anjali Mercer, Dana Ortiz, Leo Farrant, Bogdan

    Dana Ortiz                                 the speaker, alone on their line
    10:03                                      a time, at times
    sure okay so depot status                  the captions, a chunk a line; a chunk the
    so honestly I think we'll have             next one repeats and goes on from ("rolled")
    I think we'll have all four depots         is kept once

A speaker line, after a blank line, is a participant the header lists (or their first name
when it is theirs alone), "You" (the one who saved the captions, named by "Saved by:"), or
any name with the call's mark after it ("Leo (Presenting)"). Each
caption line is its speaker's; a chunk the next line repeats at its start is dropped, so a
rolled caption is read once. Nobody's: the header, the speaker and time lines, "[inaudible]"
and the tool's own lines. Source of the layout: Google Meet captions saved as text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

from claims.importing.names import reads_as_name
from claims.importing.shaped import Reshaped, cued

_OPENING = 15
_PARTICIPANTS = re.compile(r"^(?:participants|attendees)\s*(?:\(\d+\))?\s*:\s*(?P<names>.+)$", re.I)
_SAVED_BY = re.compile(r"^(?:saved|exported|recorded|captured)\s+by\s*:\s*(?P<name>.+)$", re.I)
_MARK = re.compile(r"\s*\((?:presenting|host|co-host|guest|you)\)\s*$", re.IGNORECASE)
_TIME = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?$")
_TAG = re.compile(r"^\[[^\]]{1,40}\]$")
_MIN_TURNS = 3
YOU_NOTE = "“You” is who saved the captions; map it to who it is"


def _header(lines: Sequence[str]) -> tuple[dict[str, str], str] | None:
    """The participants (a speaker line's text → the name to write) and the saver, from the
    header's first lines; None when the header lists nobody."""
    participants: dict[str, str] = {}
    saver = ""
    for line in islice(lines, _OPENING):
        found = _PARTICIPANTS.match(line.strip())
        if found:
            for name in found.group("names").split(","):
                if name.strip():
                    participants[name.strip()] = name.strip()
        saved = _SAVED_BY.match(line.strip())
        if saved and reads_as_name(saved.group("name").strip()):
            saver = saved.group("name").strip()
    if not participants:
        return None
    # "Leo (Presenting)": a participant's first name stands for them when it is theirs alone.
    firsts: dict[str, list[str]] = {}
    for name in list(participants.values()):
        firsts.setdefault(name.split()[0], []).append(name)
    for first, names in firsts.items():
        if len(names) == 1 and first not in participants:
            participants[first] = names[0]
    participants["You"] = saver or "You"
    return participants, saver


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """Saved captions as notes (``shaped``), or None when the document is none. Shape: as
    many lines as given; each caption line "Speaker: words", a rolled chunk read once;
    everything else blank."""
    header = _header(lines)
    if header is None:
        return None
    participants, saver = header
    turns = [
        index
        for index, line in enumerate(lines)
        if (index == 0 or not lines[index - 1].strip())
        and (_MARK.sub("", line.strip()) in participants or _MARK.search(line.strip()))
    ]
    if len(turns) < _MIN_TURNS:
        return None
    out = [""] * len(lines)
    notes: dict[int, str] = {}
    people: set[str] = set()
    for position, start in enumerate(turns):
        end = turns[position + 1] if position + 1 < len(turns) else len(lines)
        label = _MARK.sub("", lines[start].strip())
        speaker = participants.get(label, label)  # a marked name the header does not list
        chunks = [
            index
            for index in range(start + 1, end)
            if lines[index].strip()
            and not _TIME.match(lines[index].strip())
            and not _TAG.match(lines[index].strip())
        ]
        for order, index in enumerate(chunks):
            text = lines[index].strip()
            following = lines[chunks[order + 1]].strip() if order + 1 < len(chunks) else ""
            if following.lower().startswith(text.lower()):  # rolled: the next line repeats it
                continue
            out[index] = cued(speaker, text)
            people.add(speaker)
            if label == "You" and not saver:
                notes[index + 1] = YOU_NOTE
    return Reshaped.of(out, people, notes) if people else None
