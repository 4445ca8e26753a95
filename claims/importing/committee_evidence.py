"""A Canadian House of Commons committee's Evidence, read as notes (``shaped``).

The layout (ourcommons.ca, a standing committee's "Evidence" for a meeting, copied from the
browser): a header ("Standing Committee on Industry and Technology", "NUMBER 061 │ 1st
SESSION │ 45th PARLIAMENT" on one line or three, "EVIDENCE", "Thursday, February 12, 2026",
"[Recorded by Electronic Apparatus]"), perhaps the meeting's witnesses ("Colette Arsenault,
President and Chief Executive Officer"), then turns cued on the line: the chair "The Chair
(Mr. Raymond Ashdown (Kestrel Lake—Dunmore, Lib.)): I call this meeting to order." and later
"The Chair:", a member "Mr. Étienne Lavallée (Haute-Rivière—Les Plateaux, BQ):", a witness
"Ms. Colette Arsenault (President and Chief Executive Officer, Nordlink Rural Networks
Inc.):", a minister "Hon. Name:", and later the name alone, "Mr. Gordon Pike:". Between the
turns stand time stamps on their own lines ("(1530)"), the interpretation marks
("[Translation]", "[English]"), "Some hon. members: Agreed." and narration ("(Motion agreed
to)"). A line with no cue stays with the last speaker.

A cue that gives a surname alone ("Mr. Pike:") is the one full name the witnesses' list, the
chair's introduction ("we have Mr. Gordon Pike, director general, …") or an earlier cue gives;
a surname none gives keeps its cue ("Mr. Pike"), and a surname two people share keeps it with
a remark asking who. No claims: the header, the chair's and the clerk's turns (procedure),
time stamps, language marks, members' interjections, narration and the courtesies that open
and close a witness's statement ("Thank you, Mr. Chair.", "I look forward to your
questions.").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

from claims.importing.gpo_hearings import running
from claims.importing.names import person_key
from claims.importing.parsing import split_sentences
from claims.importing.shaped import Reshaped, cued

_OPENING = 16
# "NUMBER 061 │ 1st SESSION │ 45th PARLIAMENT", or its parts on lines of their own.
_SITTING = re.compile(
    r"^(?:NUMBER\s+\d{1,4}\b|\d{1,2}(?:st|nd|rd|th)\s+SESSION\b|\d{1,2}(?:st|nd|rd|th)\s+PARLIAMENT$)"
)
_EVIDENCE = re.compile(r"^(?:EVIDENCE|Evidence)$")
_RECORDED = re.compile(r"^\[Recorded\s+by\s+Electronic\s+Apparatus\]$", re.IGNORECASE)
# "Thursday, February 12, 2026": the meeting's day, kept alone on its line to date the turns.
_DAY = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+[A-Z][a-z]+\s+\d{1,2},"
    r"\s+\d{4}$"
)
# "(1530)", "[Translation]", "[English]", "[Français]", "(Motion agreed to)", "(Pause)".
_BETWEEN = re.compile(r"^\(\d{4}\)$|^\[[^\]]{1,40}\]$|^\([^()]{1,80}\)\.?$")
_CHAIR = re.compile(
    r"^(?:The\s+)?(?:Acting\s+|Joint\s+)?(?:Chair|Chairman|Chairwoman|Chairperson|Vice-Chair|"
    r"Vice-Chairman|Co-Chair|Clerk(?:\s+of\s+the\s+Committee)?)$",
    re.IGNORECASE,
)
_MEMBERS = re.compile(r"^(?:Some|An|Several|A)\s+hon\.\s+members?$|^Voices?$", re.IGNORECASE)
_TITLE = r"(?:Mr|Mrs|Ms|Miss|Dr|Hon|Right\s+Hon|Prof|Professor)"
_WORD = r"[A-ZÀ-Þ][\w'’.-]*"
_PARTICLE = r"(?:de|du|des|da|di|van|von|der|le|la|St\.)"
_NAME = rf"{_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_WORD}){{0,3}}"
_PERSON = re.compile(rf"^(?P<title>{_TITLE})\.?\s+(?P<name>{_NAME})$")
# A cue of another layout's or of a title this one does not give: "Senator Jane Moss".
_OTHER_CUE = re.compile(rf"^{_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_WORD}){{1,4}}$")
_ROLES = frozenset({"Chair", "Chairman", "Chairwoman", "Vice-Chair", "Speaker", "Clerk"})
# "Colette Arsenault, President and Chief Executive Officer" above the first cue; the chair's
# "From …, we have Ms. Colette Arsenault, president …".
_LISTED = re.compile(rf"^(?:{_TITLE}\.?\s+)?(?P<name>{_WORD}(?:\s+{_WORD}){{1,3}}),\s+\S")
_INTRODUCED = re.compile(
    rf"\b(?:we\s+have|with\s+us\s+(?:is|are)|joined\s+by|welcome)\s+(?:{_TITLE})\.?\s+"
    rf"(?P<name>{_WORD}(?:\s+{_WORD}){{1,3}}),"
)
# The courtesies that open and close a witness's statement, besides a hearing's own
# (``gpo_hearings.running``): "Thank you, Mr. Chair, and thank you to the members for the
# invitation.", "I look forward to your questions.", "Good afternoon, Madam Chair and members
# of the committee."
_GREETING = r"(?:thank\s+you|thanks|good\s+(?:morning|afternoon|evening)|hello|bonjour|merci)"
_ADDRESSEE = (
    r"(?:(?:mr\.?|madam|madame|monsieur)\s+(?:vice-)?chair(?:man|woman)?|"
    r"(?:(?:the|all|honourable)\s+)*(?:members|colleagues)(?:\s+of\s+the\s+committee)?|"
    r"(?:the\s+)?committee(?:\s+members)?|everyone)"
)
_COURTESY = re.compile(
    rf"^(?:(?:,\s*|\s+)?(?:and\s+)?(?:{_GREETING}(?:\s+(?:very|so)\s+much)?|(?:to\s+)?{_ADDRESSEE}))+"
    r"(?:\s+for\s+(?:the|this|your|having)\s+[^.!?;:,—–]{0,60})?[.!]?$"
    r"|^I(?:\s+look\s+forward\s+to|(?:\s+(?:would|will|am)|['’][dm])\s+be\s+(?:happy|pleased|glad)"
    r"\s+to\s+(?:take|answer))\s+(?:your|any|the\s+committee's|members'?)\s+questions[.!]?$",
    re.IGNORECASE,
)
SURNAME_SHARED = "“{cue}” may be any of {names}: give the speaker"


def _evidence(lines: Sequence[str]) -> bool:
    """Whether the opening lines hold the Evidence's header ("EVIDENCE" alone on its line,
    with the meeting's number, session and parliament, or the recording note) and a turn is
    cued "The Chair (…):" or "The Chair:"."""
    opening = list(islice((line.strip() for line in lines if line.strip()), _OPENING))
    if not any(_EVIDENCE.match(line) for line in opening):
        return False
    if not any(_SITTING.match(line) or _RECORDED.match(line) for line in opening):
        return False
    cues = (split_cue(line.strip()) for line in lines if ":" in line)
    return any(_chair(cue) and not _header_chair(cue, words) for cue, words in cues)


def split_cue(line: str) -> tuple[str, str]:
    """A line's cue and the words after it ("The Chair (Mr. A (Seat, Lib.)): Order." → ("The
    Chair (Mr. A (Seat, Lib.))", "Order.")); ("", line) when it opens with no cue."""
    depth = 0
    for at, char in enumerate(line[:240]):
        depth += (char == "(") - (char == ")")
        if char == ":" and depth == 0:
            return line[:at].strip(), line[at + 1 :].strip()
        if depth < 0:
            break
    return "", line


def cue_parts(cue: str) -> tuple[str, str]:
    """A cue's head and what its outer parenthesis holds ("Mr. Pike (Director General, …)"
    → ("Mr. Pike", "Director General, …"))."""
    head, paren, inside = cue.partition("(")
    return head.strip(), inside.rstrip()[:-1] if paren and inside.rstrip().endswith(")") else ""


def _chair(cue: str) -> bool:
    """Whether a cue is the chair's or the clerk's ("The Chair", "The Vice-Chair (Mr. …)")."""
    return bool(cue) and bool(_CHAIR.match(cue_parts(cue)[0]))


def _header_chair(cue: str, words: str) -> bool:
    """Whether a line is the header's "Chair: Mr. Tom Reyes", which names the chair and
    opens no turn."""
    return cue in ("Chair", "Chairs") and bool(_PERSON.match(words.rstrip(".")))


def cue_person(head: str) -> re.Match[str] | None:
    """A cue's person ("Mr. Gordon Pike", "Ms. Arsenault"), or None; "Mr. Chair" and
    "Madam Speaker" are an address, no person."""
    person = _PERSON.match(head) if head else None
    return None if person is None or person.group("name") in _ROLES else person


def full_names(lines: Sequence[str]) -> list[str]:
    """The full names the witnesses' list above the first cue, the chair's introductions and
    the cues give ("Colette Arsenault, President …", "we have Mr. Gordon Pike, director …",
    "Ms. Colette Arsenault (…):", "The Chair (Mr. Tom Reyes (…)):")."""
    names: list[str] = []
    started = False
    for raw in lines:
        line = raw.strip()
        cue, words = split_cue(line)
        person = cue_person(cue_parts(cue)[0]) if cue else None
        turn = person or (_chair(cue) and not _header_chair(cue, words))
        started = started or bool(turn)
        if cue and _chair(cue):  # "The Chair (Mr. Tom Reyes (Northfield, CPC))"
            person = cue_person(cue_parts(cue)[1].partition("(")[0].strip())
        if person and " " in person.group("name"):
            names.append(person.group("name"))
        listed = None if started else _LISTED.match(line)
        if listed:
            names.append(listed.group("name"))
        names.extend(m.group("name") for m in _INTRODUCED.finditer(words))
    return names


def cue_speaker(person: re.Match[str], people: Sequence[str]) -> tuple[str, str]:
    """Who a cue's person is, and a remark: a full name as written; a surname alone, the one
    full name ``people`` gives it, else the cue as written ("Mr. Pike"), asked about when two
    people share it."""
    name = person.group("name")
    if " " in name:
        return name, ""
    key = person_key(name)
    found = sorted({n for n in people if person_key(n).endswith(" " + key)})
    if len(found) == 1:
        return found[0], ""
    cue = f"{person.group('title')}. {name}"
    return cue, SURNAME_SHARED.format(cue=cue, names=" or ".join(found)) if found else ""


def courtesy(sentence: str) -> bool:
    """Whether a sentence of a witness's or member's turn only opens or closes it ("Thank
    you, Mr. Chair.", "I look forward to your questions."), or runs the hearing
    (``gpo_hearings.running``): nobody's claim."""
    text = sentence.strip()
    return bool(_COURTESY.match(text)) or running(text)


def _said(line: str) -> str:
    """A turn's line without its courtesies (``courtesy``)."""
    sentences = [sentence for _, sentence in split_sentences(line)]
    kept = [sentence for sentence in sentences if not courtesy(sentence)]
    return line if len(kept) == len(sentences) else " ".join(kept)


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """A House of Commons committee's Evidence as notes (``shaped``), or None when the
    document is none.

    Shape: as many lines as given; every line of a member's, minister's or witness's turn
    "Full Name: words"; the meeting's day alone on its line (the date of the turns); the
    header, the witnesses' list, the chair's and clerk's turns, time stamps, language marks,
    interjections, narration and courtesies blank. Source of the layout: the House of Commons
    of Canada's committee Evidence (ourcommons.ca)."""
    if not _evidence(lines):
        return None
    people = full_names(lines)
    out: list[str] = []
    notes: dict[int, str] = {}
    spoken: set[str] = set()
    speaker, remark, chair, started = "", "", False, False
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        cue, words = split_cue(line)
        turn = _turn(cue, words, people)
        if turn is not None:
            started = True
            speaker, remark, chair, line = turn
            spoken.update({speaker} - {""})
        elif cue and (_MEMBERS.match(cue_parts(cue)[0]) or _header_chair(cue, words)):
            line = ""
        if not started:
            out.append(line if _DAY.match(line) else "")
        elif chair or not line or _BETWEEN.match(line):
            out.append("")
        elif not speaker:  # a cue this layout does not know: the line as written
            out.append(line)
        else:
            out.append(cued(speaker, _said(line)))
            notes.update({number: remark} if remark else {})
    return Reshaped.of(out, spoken, notes) if started else None


def _turn(cue: str, words: str, people: Sequence[str]) -> tuple[str, str, bool, str] | None:
    """The turn a line's cue opens: (speaker, remark, whether it is the chair's, the words
    to read); a cue this layout does not know ("Senator Jane Moss:") opens a turn of no
    speaker whose line stays as written; None when the line opens no turn."""
    if not cue or _header_chair(cue, words):
        return None
    head = cue_parts(cue)[0]
    person = cue_person(head)
    if person:
        return (*cue_speaker(person, people), False, words)
    if _chair(cue):
        return "", "", True, words
    if _OTHER_CUE.match(head) and not _MEMBERS.match(head):
        return "", "", False, f"{cue}: {words}"
    return None
