"""A speech-to-text tool's diarised transcript, alone or on the page that shows it, read as
notes (``shaped``).

The layout (WhisperX and pyannote exports, Amazon Transcribe's "spk_0", AssemblyAI's
"Speaker A", a radio station's or a council's "Listen" page that prints one of them)::

    Kestrel Coast FM 94.3                                      the page around it
    Home  Schedule  Podcasts  News  Contact
    Transcript
    This transcript was generated automatically and may contain errors.
    [00:00:03] SPEAKER_00: Good morning, … I'm Aoife Brennan-Shaw.   a turn: label and words
    [00:00:11] SPEAKER_00: With me is the harbour master, Neil Ferrand.
    [00:00:15] SPEAKER_01: Morning Aoife, good to be here.
    [00:00:27] SPEAKER_01: The dredging will be finished by the end of May.

    Download (MP3, 22 MB)                                      the page after it

Every turn is a line opening with a tool's label ("SPEAKER_00:", "Speaker 1:", "spk_0:",
"Speaker A:"), with its time before it or not. A label is a voice the tool told apart, not
a person: it is read as a name only where an introduction makes it certain (a speaker's "I'm
Aoife Brennan-Shaw" in their own first turn, or a voice introduced and answered at once by
a new label's greeting: ``introduced_labels``), with a remark saying how; any other label
stays as it is, and the curator is asked who it is, once per label. The lines above the
first turn and the lines after the last (the page's title, menu, blurb, the tool's
note, downloads, related links) are nobody's; so are a turn that only introduces or greets.

A document is read so only when at least three turns open with such labels, with two
labels or more, and no cue naming someone comes between them: a notes file with a
"Speaker 1:" line among named cues reads as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claims.importing.introduced_labels import (
    greeting_only,
    introduced_labels,
    introduction_only,
)
from claims.importing.shaped import Reshaped, cued

_TIME = r"(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?\s*[-–]?\s*)"
_LABEL = r"(?P<label>SPEAKER_\d{1,2}|[Ss]peaker[ _]?(?:\d{1,2}|[A-Z])|spk_\d{1,2})"
_TURN = re.compile(rf"^\s*{_TIME}?{_LABEL}\s*{_TIME}?[:：](?!\d)\s*(?P<rest>.*)$")
# A cue naming someone ("Maya Chen: …", "HOST: …") between the labelled turns.
_OTHER_CUE = re.compile(rf"^\s*{_TIME}?[A-Z][\w.'’ -]{{1,40}}:\s")
_MIN_TURNS = 3
_MIN_LABELS = 2


def _generic(label: str) -> bool:
    return _TURN.match(f"{label}: x") is not None


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """The transcript's turns cued by label, or by the name an introduction makes certain
    (with its remark), the page around them blank; None when ``lines`` are not such a
    transcript (fewer than three labelled turns, or one label only)."""
    if (
        sum(1 for line in lines[:400] if "peaker" in (low := line.lower()) or "spk_" in low)
        < _MIN_TURNS
    ):
        return None
    turns = {n: m for n, line in enumerate(lines) if (m := _TURN.match(line))}
    if len(turns) < _MIN_TURNS or len({m["label"] for m in turns.values()}) < _MIN_LABELS:
        return None
    first, last = min(turns), max(turns)
    if any(_OTHER_CUE.match(lines[n]) for n in range(first, last) if n not in turns):
        return None  # a named cue among the labels: notes, read as before
    owner: dict[int, str] = {}  # line index → label, for a turn's own and following lines
    label = ""
    for number in range(first, last + 1):  # after the last turn: the page after it
        if number in turns:
            label = turns[number]["label"]
        owner[number] = label
    ordered = [(turns[n]["label"], turns[n]["rest"].strip()) for n in sorted(turns)]
    named = introduced_labels(ordered, _generic)
    out = [""] * len(lines)
    notes: dict[int, str] = {}
    for number, label in owner.items():
        words = turns[number]["rest"] if number in turns else lines[number]
        if not words.strip() or introduction_only(words) or greeting_only(words):
            continue
        read = named.get(label)
        out[number] = cued(read.name if read else label, words)
        if read:
            notes[number + 1] = read.remark
    speakers = [read.name for read in named.values()]
    speakers += [m["label"] for m in turns.values() if m["label"] not in named]
    return Reshaped.of(out, speakers, notes)
