"""The House of Commons of Canada's Debates (Hansard), read as notes (``shaped``).

The layout (ourcommons.ca, a sitting's "Debates (Hansard)" page copied from the browser)::

    Debates (Hansard) No. 71 - February 10, 2026 (45-1)         the page's title
    Edited Hansard • Number 071 • 45th Parliament, 1st Session  the sitting
    Tuesday, February 10, 2026                                  its day
    Speaker: The Honourable Gérald Lapointe-Moss                who presides
    The House met at 10 a.m.
    GOVERNMENT ORDERS                                           the order of business
    [Government Orders]
    (1000)                                                      a time stamp
    [English]                                                   the language spoken
    Northern Grid Interconnection Act                           the rubric
    Hon. Ana Roy (Minister of Energy, Lib.) moved that Bill C-23 … be read the second time …
    She said: Mr. Speaker, …                                    the mover's speech
    The Assistant Deputy Speaker (Mr. Tom Reyes): Questions and comments, …
    Mr. Colin Brask (Prairie Ridge—Tallow Creek, CPC): Mr. Speaker, …
    Hon. Ana Roy: Mr. Speaker, …                                a repeat speaker's short cue
    Mrs. Josée Bellerive (Laurentides-Nord—Val-Brûlé, BQ):      a cue on a line of its own
    Mr. Speaker, …
    Some hon. members: Hear, hear!                              members' interjections

A turn opens with a cue naming a member by title, name and, the first time, their riding or
office and party ("Mr. Colin Brask (Prairie Ridge—Tallow Creek, CPC):", "Hon. Ana Roy
(Minister of Energy, Lib.):"), later by title and name alone ("Hon. Ana Roy:"), with the
words on the same line or below; a surname alone ("Mr. Brask:") is the one full name an
earlier cue gives (``committee_evidence.cue_speaker``). A motion's mover ("Hon. Ana Roy (…)
moved that …") speaks next ("She said: …"). A line with no cue stays with the last speaker.

No claims: the page's chrome and the front matter above the first turn, the order of
business and the rubrics (short lines with no sentence's end, which also close the turn
before them: a rubric opens a new item, whose first words are cued), the chair's turns ("The
Speaker:", "The Deputy Speaker:", "The Assistant Deputy Speaker (Mr. …):", "The Acting
Speaker (…):"), members' interjections ("Some hon. members: Oh, oh!", "An hon. member: …"),
time stamps, language marks, the House's own course ("The House resumed consideration of
the motion …", "(The House adjourned at 6:30 p.m.)"), the motion itself, and the courtesies
that open a speech ("I am pleased to rise today …", "I will be sharing my time with the hon.
member for …").

A document is read so only when its opening names the Debates ("Debates (Hansard)", "Edited
Hansard", "House of Commons Debates") and a cue gives a party ("…, Lib.):", "…, CPC):").
Source of the layout: the House of Commons of Canada's Debates (ourcommons.ca), whose cues
the committees' Evidence shares (``committee_evidence``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import islice

from claims.importing.committee_evidence import (
    cue_parts,
    cue_person,
    cue_speaker,
    full_names,
    split_cue,
)
from claims.importing.parsing import split_sentences
from claims.importing.procedure_talk import procedure
from claims.importing.shaped import Reshaped, cued

_OPENING = 24
_DEBATES = re.compile(
    r"\bDebates\s*\(Hansard\)|^(?:Edited|Unrevised)\s+Hansard\b|^House\s+of\s+Commons\s+Debates\b",
    re.IGNORECASE,
)
# A cue's party, closing its parenthesis: "(Prairie Ridge—Tallow Creek, CPC):", "(…, Lib.)".
_PARTY = re.compile(r",\s*(?:Lib|CPC|Cons|BQ|NDP|GP|Green|Ind|PPC)\.?\)\s*(?::|moved\b)")
_CHAIR = re.compile(
    r"^(?:The\s+)?(?:Assistant\s+Deputy\s+|Deputy\s+|Acting\s+)?(?:Speaker|Chair|Chairperson)$",
    re.IGNORECASE,
)
_MEMBERS = re.compile(r"^(?:Some|Several|An|A)\s+hon\.\s+members?$", re.IGNORECASE)
_SAID = re.compile(r"^(?:She|He|They)\s+said$")
_MOTION = re.compile(r"^(?P<who>[^:]{3,160}?)\s+moved\s+(?:that|for|the)\b")
# "(1000)", "[Translation]", "[English]", "[Government Orders]", "(Motion agreed to)".
_BETWEEN = re.compile(r"^\(\d{4}\)$|^\[[^\]]{1,40}\]$|^\([^()]{1,80}\)\.?$")
_HOUSE = re.compile(r"^\(?The\s+House\s+(?:met|resumed|adjourned|proceeded|rose|divided)\b")
_MAX_RUBRIC_WORDS = 12


@dataclass
class _Sitting:
    """Who speaks as the lines are read, and what has been written."""

    people: list[str]
    speaker: str = ""
    remark: str = ""
    chair: bool = False
    started: bool = False
    spoken: set[str] = field(default_factory=set)
    notes: dict[int, str] = field(default_factory=dict)


def _debates(lines: Sequence[str]) -> bool:
    """Whether the opening names the Debates and a cue gives a member's party."""
    opening = islice((line.strip() for line in lines if line.strip()), _OPENING)
    if not any(_DEBATES.search(line) for line in opening):
        return False
    return any(_PARTY.search(line) for line in lines)


def rubric(line: str) -> bool:
    """Whether a line is the order of business or a rubric ("ORAL QUESTIONS", "Natural
    Resources", "Kessock Narrows Bridge"): a short line with no sentence's end and no cue."""
    return (
        bool(line)
        and line[-1] not in '.?!:;"”’)…'
        and ":" not in line
        and len(line.split()) <= _MAX_RUBRIC_WORDS
    )


def _said(line: str) -> str:
    """A turn's line without the courtesies that open a speech ("I am pleased to rise today
    …", "I will be sharing my time with …") and the thanks paid (``procedure_talk``)."""
    sentences = [sentence for _, sentence in split_sentences(line)]
    kept = [s for s in sentences if not procedure(s)]
    return line if len(kept) == len(sentences) else " ".join(kept)


def _opens(sitting: _Sitting, line: str) -> str | None:
    """Open the turn a line's cue or motion opens and return the words to read, or None
    when the line opens no turn."""
    if motion := _MOTION.match(line):
        person = cue_person(cue_parts(motion["who"])[0])
        return None if person is None else _turn(sitting, person, "")
    cue, words = split_cue(line)
    head = cue_parts(cue)[0] if cue else ""
    if not head:
        return None
    if _CHAIR.match(head) or _MEMBERS.match(head):
        sitting.chair = sitting.chair or bool(_CHAIR.match(head))
        sitting.speaker = "" if sitting.chair else sitting.speaker
        return ""
    if _SAID.match(cue) and sitting.speaker:
        return words
    person = cue_person(head)
    return None if person is None else _turn(sitting, person, words)


def _turn(sitting: _Sitting, person: re.Match[str], words: str) -> str:
    """Open ``person``'s turn; its first words."""
    sitting.speaker, sitting.remark = cue_speaker(person, sitting.people)
    sitting.chair = False
    return words


def _read(sitting: _Sitting, number: int, line: str) -> str:
    """A line as notes, the turn it opens or closes taken into account."""
    if not line or _BETWEEN.match(line):
        return ""
    words = _opens(sitting, line)
    if words is not None:
        sitting.started = True
        line = words
    elif _HOUSE.match(line) or rubric(line):
        sitting.speaker, sitting.chair = "", False
        return ""
    if not sitting.started or sitting.chair or not sitting.speaker or not line:
        return ""
    if sitting.remark:
        sitting.notes[number] = sitting.remark
    sitting.spoken.add(sitting.speaker)
    return cued(sitting.speaker, _said(line))


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """The Debates' lines as notes (``shaped``), or None when the document is none.

    Shape: as many lines as given; every line of a member's turn "Full Name: words"; the
    chrome, front matter, order of business, rubrics, motions, the chair's turns,
    interjections, time stamps, language marks and opening courtesies blank. Source of the
    layout: the House of Commons of Canada's Debates (ourcommons.ca)."""
    if not _debates(lines):
        return None
    sitting = _Sitting(full_names(lines))
    out = [_read(sitting, number, raw.strip()) for number, raw in enumerate(lines, start=1)]
    if not sitting.spoken:
        return None
    return Reshaped.of(out, sitting.spoken, sitting.notes)
