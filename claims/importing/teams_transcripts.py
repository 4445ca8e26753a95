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
"(Unverified)"); a cue naming nobody ("Guest", "Mobile User 3") is kept as written, for the
curator to map, unless the next speaker says who it was ("for the record that's Priya
Raman": ``named_after``), when it is read as that person with a remark. The header above
the first turn and the tool's notices are nobody's words.

A document is read so only when at least three lines open turns this way and one of them
names its speaker as the directory does ("Okafor, Tunde   0:03"): the notes reader reads
"Name   0:03" turns itself (``cues.BLOCK_CUE``), but not a name with a comma. A line
"Agenda   10:30" among prose is no turn.
Source of the layout: Microsoft Teams' downloaded meeting transcripts (.docx and .vtt
support pages, "View live transcription in Microsoft Teams meetings").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claims.importing.directory_names import directory_name
from claims.importing.meeting_exports import tool_notice
from claims.importing.named_after import NAMED_AFTER, named_after
from claims.importing.names import is_placeholder, reads_as_name
from claims.importing.shaped import Reshaped, cued

_MIN_TURNS = 3
_BRACKET = re.compile(r"\s*\([^()]*\)$")
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
    bare = _BRACKET.sub("", label)  # "Marcus Ojukwu (Transit Ops)": the role is no name
    if is_placeholder(label) or reads_as_name(bare):
        return label if is_placeholder(label) else bare
    return ""


def _directory_style(line: str) -> bool:
    """Whether a turn line names its speaker as a directory does ("Okafor, Tunde   0:03")."""
    match = _TURN.match(line.strip())
    return match is not None and "," in match["label"] and bool(directory_name(match["label"]))


def _turns(lines: Sequence[str], names: Sequence[str]) -> list[tuple[str, str]]:
    """(speaker, words) of each turn, in order."""
    turns: list[tuple[str, list[str]]] = []
    for raw, name in zip(lines, names, strict=True):
        if name:
            turns.append((name, []))
        elif turns and raw.strip():
            turns[-1][1].append(raw.strip())
    return [(name, " ".join(words)) for name, words in turns]


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """A Teams transcript's lines as notes (``shaped``), or None when the document is none.

    Shape: as many lines as given; every line of a turn "Name: words", a stand-in named
    after its turn written as that person, with a remark (``Reshaped.notes``); the header,
    the turn lines and the tool's notices blank. Source of the layout: Microsoft Teams'
    downloaded meeting transcripts."""
    if sum(1 for line in lines if "  " in line or "\t" in line) < _MIN_TURNS:
        return None
    names = [speaker(line) for line in lines]
    if sum(1 for name in names if name) < _MIN_TURNS or not any(map(_directory_style, lines)):
        return None
    named = named_after(_turns(lines, names), is_placeholder)
    out: list[str] = []
    notes: dict[int, str] = {}
    label = ""
    for number, (raw, name) in enumerate(zip(lines, names, strict=True), start=1):
        line = raw.strip()
        label = name or label
        if name or not line or not label or tool_notice(line):
            out.append("")
            continue
        who, by = named.get(label, (label, ""))
        out.append(cued(who, line))
        if by:
            notes[number] = NAMED_AFTER.format(label=label, name=who, by=by)
    people = {named.get(name, (name, ""))[0] for name in names if name}
    return Reshaped.of(out, people, notes)
