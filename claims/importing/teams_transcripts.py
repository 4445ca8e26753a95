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
"(Unverified)"). A caller dialled in is shown by their number ("+44 20 7946 0321   0:25") and
an account by its e-mail address ("r.achterberg@calderbrookpartners.co.uk   3:15"); these
open turns too. Such a label, or one naming nobody ("Guest", "Mobile User 3"), is read as
the person the meeting shows it is, with a remark (``named_after.addressed_stand_ins``: the
next speaker says who it was, a speaker addresses it by a first name next to its turn, it
names itself, or its address is a name's, always the one person the meeting names in full
so); else it is asked about as a placeholder ("Dial-in caller 1", "External participant 1",
"Guest user"). The header above the first turn and the tool's notices are nobody's words.

A document is read so only when at least three lines open turns this way and one of them
names its speaker as the directory does ("Okafor, Tunde   0:03") or by a number or an
address: the notes reader reads "Name   0:03" turns itself (``cues.BLOCK_CUE``), but not a
name with a comma nor a number. A line "Agenda   10:30" among prose is no turn.
Source of the layout: Microsoft Teams' downloaded meeting transcripts (.docx and .vtt
support pages, "View live transcription in Microsoft Teams meetings").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claims.importing.directory_names import directory_name
from claims.importing.meeting_exports import tool_notice
from claims.importing.named_after import addressed_stand_ins, contact_label, phone_number
from claims.importing.names import is_placeholder, reads_as_name, role_cue
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
    Oduya (External)   12:16" → "Farid Oduya", "Guest   0:41" → "Guest", "+44 20 7946 0321
    0:25" and "r.achterberg@calderbrookpartners.co.uk   3:15" as shown), or "" when the
    line opens no turn."""
    match = _TURN.match(line.strip())
    if match is None:
        return ""
    label = " ".join(match["label"].split())
    if contact_label(bare := _BRACKET.sub("", label)):
        return bare  # "+44 20 7946 0321", "r.achterberg@calderbrookpartners.co.uk (External)"
    if found := directory_name(label):
        return found[0]
    bare = _BRACKET.sub("", label)  # "Marcus Ojukwu (Transit Ops)": the role is no name
    if is_placeholder(label) or reads_as_name(bare):
        return label if is_placeholder(label) else bare
    return ""


def _stand_in(label: str) -> bool:
    """Whether a turn's label names nobody: "Guest", a phone number, an e-mail address."""
    return is_placeholder(label) or contact_label(label)


def _teams_turn(line: str) -> bool:
    """Whether a turn line is one only Teams writes: its speaker named as a directory does
    ("Okafor, Tunde   0:03"), or by a phone number or an e-mail address ("+44 20 7946 0321
    0:25")."""
    match = _TURN.match(line.strip())
    if match is None:
        return False
    label = match["label"]
    return contact_label(_BRACKET.sub("", label)) or ("," in label and bool(directory_name(label)))


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

    Shape: as many lines as given; every line of a turn "Name: words", a stand-in whom the
    meeting shows who it is written as that person (``named_after.addressed_stand_ins``),
    a phone number or an e-mail address it does not as a placeholder ("Dial-in caller 1"),
    each with a remark (``Reshaped.notes``); the header, the turn lines and the tool's
    notices blank. Source of the layout: Microsoft Teams' downloaded meeting transcripts."""
    if sum(1 for line in lines if "  " in line or "\t" in line) < _MIN_TURNS:
        return None
    names = [speaker(line) for line in lines]
    if sum(1 for name in names if name) < _MIN_TURNS or not any(map(_teams_turn, lines)):
        return None
    who = _who(_turns(lines, names))
    out: list[str] = []
    notes: dict[int, str] = {}
    label = ""
    for number, (raw, name) in enumerate(zip(lines, names, strict=True), start=1):
        line = raw.strip()
        label = name or label
        if name or not line or not label or tool_notice(line):
            out.append("")
            continue
        cue, remark = who.get(label, (label, ""))
        out.append(cued(cue, line))
        if remark:
            notes[number] = remark
    people = {who.get(name, (name, ""))[0] for name in names if name}
    return Reshaped.of(out, people, notes)


_PLACEHOLDERS = {"phone": "Dial-in caller", "mail": "External participant"}
_WHAT = {"phone": "a phone number (a caller dialled in)", "mail": "an e-mail address"}
_ASKED = (
    "“{label}” is {what}, not a name, and the meeting does not say for certain who:"
    " asked about as “{as_}”"
)


def _who(turns: Sequence[tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """Label → (the cue its turns are written under, a remark) for each stand-in: the
    person the meeting shows it is (``addressed_stand_ins``), else a placeholder the
    curator is asked to map: "Dial-in caller 1" for a phone number, "External participant
    1" for an e-mail address, "Guest user" for "Guest" (which, written "Guest:", would read
    as an interview's guest introducing themselves: ``names.role_cue``)."""
    who = addressed_stand_ins(turns, _stand_in)
    counts = {"phone": 0, "mail": 0}
    for label in dict.fromkeys(label for label, _ in turns):
        if label in who:
            continue
        if role_cue(label) is not None and is_placeholder(label):
            what = "how Teams shows an attendee without an account"
            who[label] = ("Guest user", _ASKED.format(label=label, what=what, as_="Guest user"))
        elif contact_label(label):
            kind = "phone" if phone_number(label) else "mail"
            counts[kind] += 1
            as_ = f"{_PLACEHOLDERS[kind]} {counts[kind]}"
            what = _WHAT[kind]
            who[label] = (as_, _ASKED.format(label=label, what=what, as_=as_))
    return who
