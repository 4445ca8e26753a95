"""A transcript Microsoft Teams saves as a document (.docx), read as notes (``shaped``).

The layout (Teams' "Download as .docx" of a meeting's transcript, or its text copied)::

    FY27 Planning Review-20261008_150212-Meeting Recording    the recording's title
    October 8, 2026, 3:02PM                                     when it started
    47m 33s                                                     how long it ran
    Okafor, Tunde started transcription                         the tool's notice

    Okafor, Tunde   0:03                                        a turn: who, and when
    OK, I think we're recording.                                the turn's words

    Ines Barros (External)   3:07
    Prices fall next year.

    Okafor, Tunde stopped transcription

Each turn opens with a line giving the speaker's display name then, after a run of spaces
or a tab, the time into the meeting ("0:03", "12:10", "1:02:45"); its words run to the next
such line. The name is as the directory keeps it ("Okafor, Tunde" is Tunde Okafor;
``directory_names``), with what Teams adds about the account dropped ("(External)",
"(Unverified)"); a cue naming nobody ("Guest", "Speaker 2") is kept as written, for the
curator to map. The header above the first turn and the tool's notices are nobody's words.

A document is read so only when at least three lines open turns this way and a turn line's
name is followed by the time alone: a line "Agenda   10:30" among prose is not enough.
Source of the layout: Microsoft Teams' downloaded meeting transcripts (.docx and .vtt
support pages, "View live transcription in Microsoft Teams meetings").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claims.importing.directory_names import directory_name
from claims.importing.meeting_exports import tool_notice
from claims.importing.names import is_placeholder, reads_as_name
from claims.importing.shaped import Reshaped, cued

_MIN_TURNS = 3
# "Okafor, Tunde   0:03", "Ines Barros (External)\t3:07", "Guest   1:02:45".
_TURN = re.compile(
    r"^(?P<label>[^\s:.!?][^:!?]{0,78}?[^\s:.!?,])(?:\s{2,}|\t)\s*"
    r"(?P<time>\d{1,2}:\d{2}(?::\d{2})?)$"
)


def speaker(line: str) -> str:
    """The speaker a turn line names ("Okafor, Tunde   0:03" → "Tunde Okafor", "Farid
    Oduya (External)   12:16" → "Farid Oduya", "Guest   0:41" → "Guest"), or "" when the
    line opens no turn."""
    match = _TURN.match(line.strip())
    if match is None:
        return ""
    label = " ".join(match["label"].split())
    if found := directory_name(label):
        return found[0]
    if is_placeholder(label) or reads_as_name(label):
        return label
    return ""


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """A Teams transcript's lines as notes (``shaped``), or None when the document is none.

    Shape: as many lines as given; every line of a turn "Name: words"; the header, the turn
    lines and the tool's notices blank. Source of the layout: Microsoft Teams' downloaded
    meeting transcripts."""
    if sum(1 for line in lines if "  " in line or "\t" in line) < _MIN_TURNS:
        return None
    names = [speaker(line) for line in lines]
    if sum(1 for name in names if name) < _MIN_TURNS:
        return None
    out: list[str] = []
    current = ""
    for raw, name in zip(lines, names, strict=True):
        line = raw.strip()
        if name:
            current = name
            out.append("")
        elif not line or not current or tool_notice(line):
            out.append("")
        else:
            out.append(cued(current, line))
    return Reshaped.of(out, {name for name in names if name})
