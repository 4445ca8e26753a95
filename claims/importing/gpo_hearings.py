"""Printed congressional hearings in the Government Publishing Office's text, read as notes
(``shaped``).

The layout (govinfo.gov, "S. Hrg." and "H. Hrg." text): a title page, centred ("S. Hrg.
119-214", the title, "HEARING", "BEFORE THE", the committee, "UNITED STATES SENATE", "ONE
HUNDRED NINETEENTH CONGRESS", "SECOND SESSION", a rule "__________", the date); then "The
Committee met, pursuant to notice, at 10:02 a.m., in room SD-430, …, Hon. Ruth Holloway,
Chair of the Committee, presiding.", "Present: Senators Holloway [presiding], Dreyer, …";
headings in capitals ("OPENING STATEMENT OF SENATOR RUTH HOLLOWAY", "STATEMENT OF VINCENT
HALE, CHIEF EXECUTIVE OFFICER," whose next line in capitals goes on); and turns, each opened
by a cue with the surname in capitals and a full stop, not a colon: "The CHAIR.", "The
CHAIRMAN.", "Senator DREYER.", "Mr. HALE.", "Dr. OKAFOR.", "Mr. SMITH of Texas.". Bracketed
lines are the reporter's ("[Laughter.]", "[Whereupon, at 11:48 a.m., the hearing was
adjourned.]"); "[The prepared statement of Dr. Okafor follows:]" hands the lines after it to
the witness, as written testimony.

A cue's surname is read as the full name the headings and the presiding line give ("Senator
DREYER." → "Mark Dreyer"); the chair's cue is the member presiding. A cue no line resolves
keeps its title ("Senator Castellano"); a surname two people share, or a chair the transcript
does not name, keeps the cue and asks the curator (a remark). No claims: the title page, the
meeting's and attendance lines, the headings, the bracketed lines and the clerk's turns.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

from claims.importing.hearings import procedure
from claims.importing.names import person_key
from claims.importing.parsing import split_sentences
from claims.importing.shaped import Reshaped, cued

_OPENING = 16
# "S. Hrg. 119-214", "H. Hrg. 118-7", "Serial No. 119-42".
_NUMBER = re.compile(
    r"^(?:[SH]\.\s?Hrg\.|Serial\s+No\.)\s*\d+[-–]\d+$|^\[(?:Senate|House)\s+Hearing\b[^\]]*\]$",
    re.IGNORECASE,
)
_CONGRESS = re.compile(r"^(?:[A-Z-]+\s+){1,3}CONGRESS$")
_SESSION = re.compile(r"^(?:FIRST|SECOND|THIRD)\s+SESSION$")
_MEMBER_TITLES = (
    r"Mr|Ms|Mrs|Miss|Dr|Senator|Representative|Chairman|Chairwoman|Chair|Secretary|General"
    r"|Admiral|Ambassador|Governor|Mayor|Judge|Commissioner|Director|Delegate|Ranking\s+Member"
)
_CAPS_SURNAME = r"(?:Mc|Mac|De|La|Le|Van|Von|O['’])?[A-Z][A-Z'’-]+"
# "The CHAIR.", "The Chairman." (older print), "Senator DREYER.", "Dr. OKAFOR.", "Mr. SMITH of
# Texas.", "Senator VAN HOLLEN.", "Ranking Member DREYER.".
_CUE = re.compile(
    r"^(?:The\s+(?P<role>(?i:(?:acting\s+|vice\s+)?chair(?:man|woman)?|presiding\s+officer|clerk))"
    rf"|(?P<title>{_MEMBER_TITLES})\.?\s+(?P<surname>{_CAPS_SURNAME}(?:\s+{_CAPS_SURNAME})?)"
    r"(?:\s+of\s+(?P<state>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))?)"
    r"\.(?:\s+(?P<rest>\S.*))?$"
)
# "OPENING STATEMENT OF SENATOR RUTH HOLLOWAY", "STATEMENT OF KAREN OKAFOR, Ph.D., …",
# "STATEMENT OF HON. JANE DOE, A U.S. SENATOR …", "Prepared Statement of Vincent Hale".
_HEADING = re.compile(
    r"^(?:(?:OPENING|PREPARED|JOINT)\s+)?(?:STATEMENT|TESTIMONY)\s+OF\s+"
    r"(?:(?:THE\s+HONORABLE|HON\.|SENATOR|REPRESENTATIVE|CONGRESS(?:MAN|WOMAN)|DR\.|MR\.|MS\.|"
    r"MRS\.)\s+)*"
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}?)\s*(?:,|$)",
    re.IGNORECASE,
)
# "…, Hon. Ruth Holloway, Chair of the Committee, presiding.", "Hon. Bob Latta [chairman of
# the subcommittee] presiding."
_PRESIDING = re.compile(
    r"\bHon\.\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})(?=[,\s\[])[^.]*?\bpresiding\b"
)
# A member's own heading: "OPENING STATEMENT OF SENATOR RUTH HOLLOWAY", "STATEMENT OF HON. …".
_MEMBER_HEADING = re.compile(
    r"^(?:OPENING\s+STATEMENT|STATEMENT\s+OF\s+(?:THE\s+HONORABLE|HON\.)|.*\bOF\s+(?:SENATOR|"
    r"REPRESENTATIVE|CONGRESS(?:MAN|WOMAN))\b)",
    re.IGNORECASE,
)
# "Present: Senators Holloway [presiding], Dreyer, …", "Members present: Representatives …".
_PRESENT = re.compile(
    r"^(?:(?:also|members)\s+)?present:\s*(?:(?:senators?|representatives?|delegates?)\s+)?",
    re.IGNORECASE,
)
# A title page's roster of the committee: "BILL CASSIDY, Louisiana, Chairman", "SHELLEY MOORE
# CAPITO, West Virginia", two to a line in columns.
_LISTED_MEMBER = re.compile(
    r"^(?P<name>[A-Z][A-Z.'’-]+(?:\s+(?:Mc|Mac)?[A-Z][A-Z.'’-]+){1,3}),"
    r"\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}(?:,\s+[A-Z][A-Za-z ]{2,30})?$"
)
_MET = re.compile(
    r"^The\s+(?:sub)?committee(?:s)?\s+met\b|^(?:Also\s+)?present:|^Members\s+present:",
    re.IGNORECASE,
)
# "Present: Senators Holloway [presiding], Dreyer, …": the surname marked presiding.
_PRESIDING_MARK = re.compile(r"(?P<surname>[A-Z][\w'’-]+)\s*\[presiding\]")
_BRACKETED = re.compile(r"^\[.*\]\.?$")
# "[The prepared statement of Dr. Okafor follows:]"
_PREPARED = re.compile(
    r"^\[The\s+(?:prepared\s+)?statement\s+of\s+(?:(?:Mr|Ms|Mrs|Dr|Senator|Representative|"
    r"Chairman|Chairwoman|Chair)\.?\s+)?(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+"
    r"follows:?\]$"
)
_FOLLOWS = re.compile(r"\bfollows?:?\]$")
# Courtesies around testimony: "Good morning, and thank you to our witnesses for being here.",
# "Thank you, Chair Holloway, Ranking Member Dreyer, members of the Committee.", "Thank you,
# Dr. Okafor." ("Thank you for the question; we will open three plants." is a claim.)
_ADDRESSEE = (
    r"(?:to\s+)?(?:(?:our|the|all)\s+)?(?:(?i:witnesses|panel(?:ists)?|members?\s+of\s+the\s+"
    r"(?:sub)?committee|everyone|everybody|all|(?:madam|mister|mr\.?)\s+(?:chair(?:man|woman)?|"
    r"ranking\s+member)|(?:chair(?:man|woman)?|ranking\s+member|senator|representative|dr\.?|"
    r"mr\.?|ms\.?|mrs\.?))(?:\s+[A-Z][\w'’-]+)?)"
)
_COURTESY = re.compile(
    r"^(?:(?i:good\s+(?:morning|afternoon|evening)|thank\s+you(?:\s+(?:very|so)\s+much)?|thanks)"
    r"[,!.]?\s*(?:and\s+)?)+"
    rf"(?:{_ADDRESSEE}(?:,\s*(?:and\s+)?|\s+and\s+|\s+)?)*"
    r"(?i:for\s+(?:being\s+here|joining\s+us|having\s+me|coming|(?:the|this)\s+opportunity\b"
    r"[^.!?;]*|your\s+(?:leadership|testimony|time|service|questions?)|holding\s+this\s+"
    r"(?:important\s+)?hearing|the\s+question)(?:\s+today)?)?[.!]?$"
)
# The chair giving the floor: "Senator Dreyer.", "Senator Dreyer, you're recognized for five
# minutes.", "Dr. Okafor, please proceed." ("Senator Dreyer is right." is a claim.)
_RECOGNITION = re.compile(
    r"^(?i:senator|representative|congress(?:man|woman)|mr|ms|mrs|dr|chair(?:man|woman)?|"
    r"ranking\s+member)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
    r"(?:,\s*(?i:you(?:'re|\s+are)\s+(?:now\s+)?recognized(?:\s+for\s+(?:\w+\s+){1,3}?minutes?)?|"
    r"(?:please\s+)?(?:go\s+ahead|proceed|you\s+may\s+(?:proceed|begin))))?[.!]?$"
)
# "Without objection, the record will remain open for 10 days.", "Without objection, so
# ordered.", "Without objection, her statement will be entered into the record."
_WITHOUT_OBJECTION = re.compile(
    r"^without\s+objection,?\s+(?:so\s+ordered|the\s+record\s+will\s+(?:remain|be\s+kept|stay|"
    r"be\s+held)\s+open\b|.{0,80}\b(?:will\s+be|is)\s+(?:entered|included|made\s+(?:a\s+)?part"
    r"\s+of|inserted|placed)\s+(?:in|into|of)\s+the\s+record\b)[^!?]*[.!]?$",
    re.IGNORECASE,
)
CHAIR_UNNAMED = "the chair, whom the transcript does not name: give the speaker"
SURNAME_SHARED = "“{cue}” may be any of {names}: give the speaker"


def _gpo_hearing(lines: Sequence[str]) -> bool:
    """Whether the opening lines are a printed hearing's title page (its number, or its
    Congress and session) and a turn opens with a surname in capitals ("Senator DREYER.")."""
    opening = list(islice((line.strip() for line in lines if line.strip()), _OPENING))
    numbered = any(_NUMBER.match(line) for line in opening)
    sitting = any(_CONGRESS.match(line) for line in opening) and any(
        _SESSION.match(line) for line in opening
    )
    if not (numbered or sitting):
        return False
    # "The Chairman." alone is the older print the notes reader reads (``hearings.printed_cue``).
    return any((cue := _cue(line.strip())) is not None and cue.group("surname") for line in lines)


def _cue(line: str) -> re.Match[str] | None:
    if "." not in line[:60]:
        return None
    return _CUE.match(line)


class _Roster:
    """The people a hearing names in full (headings, the presiding line), which of them sit
    on the committee, the surnames the attendance line lists, and the chair."""

    def __init__(self, lines: Sequence[str]) -> None:
        self.names: list[str] = []
        self.members: set[str] = set()
        self.present: set[str] = set()
        self.chair = self.marked = ""
        title_page = True
        for raw in lines:
            line = raw.strip()
            title_page = title_page and _cue(line) is None
            if title_page:  # the committee's roster: "BILL CASSIDY, Louisiana, Chairman"
                for part in re.split(r"\s{2,}", line):
                    listed = _LISTED_MEMBER.match(part)
                    if listed:
                        self.members.add(self._add(listed.group("name")))
            self._read(line)
        if not self.chair and self.marked:
            found = self.by_surname(self.marked)
            self.chair = found[0] if len(found) == 1 else ""

    def _read(self, line: str) -> None:
        """The names a heading, the presiding line or the attendance line gives."""
        heading = _HEADING.match(line)
        if heading:
            name = self._add(heading.group("name"))
            if _MEMBER_HEADING.match(line):
                self.members.add(name)
        presiding = _PRESIDING.search(line) if "presiding" in line else None
        if presiding and not self.chair:
            self.chair = self._add(presiding.group("name"))
            self.members.add(self.chair)
        if _PRESENT.match(line):
            self.present |= _listed_surnames(line)
            mark = _PRESIDING_MARK.search(line)
            self.marked = self.marked or (mark.group("surname") if mark else "")

    def _add(self, name: str) -> str:
        shown = _shown(name.strip(" ,."))
        if person_key(shown) not in {person_key(known) for known in self.names}:
            self.names.append(shown)
        return shown

    def by_surname(self, surname: str) -> list[str]:
        """The full names ending in ``surname`` ("DREYER" → ["Mark Dreyer"])."""
        key = person_key(surname)
        return [name for name in self.names if person_key(name).endswith(" " + key)]

    def shared(self, surname: str, name: str) -> bool:
        """Whether a member the attendance line lists has the surname of ``name``, a
        witness: a cue of that surname may be either ("Mr. KAPLAN.")."""
        return name not in self.members and person_key(surname) in self.present


def _listed_surnames(line: str) -> set[str]:
    """The surnames an attendance line lists ("Present: Senators Holloway [presiding],
    Dreyer, and Smith of Texas." → {"holloway", "dreyer", "smith"})."""
    listed = _PRESENT.sub("", line).rstrip(".")
    parts = re.split(r",\s*(?:and\s+)?|\s+and\s+", listed)
    surnames = set()
    for part in parts:
        words = re.sub(r"\[[^\]]*\]|\bof\s+.*$", "", part).split()
        if words:
            surnames.add(person_key(words[-1]))
    return surnames


def _shown(name: str) -> str:
    """A name in capitals as a speaker record shows it ("KAREN OKAFOR" → "Karen Okafor",
    "McCONNELL" → "McConnell")."""
    words = []
    for written in name.split():
        word = written
        if written.isupper() and len(written) > 1:
            word = "-".join(part.capitalize() for part in written.split("-"))
        elif written[:2] == "Mc" and written[2:].isupper():
            word = "Mc" + written[2:].capitalize()
        words.append(re.sub(r"\b(Mc|O['’])([a-z])", lambda m: m[1] + m[2].upper(), word))
    return " ".join(words)


def _speaker(cue: re.Match[str], roster: _Roster) -> tuple[str, str]:
    """Who a cue is, and the remark to ask the curator with ("" when sure)."""
    role = cue.group("role")
    if role:
        if role.upper() == "CLERK":
            return "", ""
        return (roster.chair, "") if roster.chair else ("The Chair", CHAIR_UNNAMED)
    title, surname = cue.group("title"), _shown(cue.group("surname"))
    found = roster.by_surname(surname)
    written = f"{title}{'.' if title in ('Mr', 'Ms', 'Mrs', 'Dr') else ''} {surname}"
    if cue.group("state"):
        written += f" of {cue.group('state')}"
    if len(found) == 1 and not roster.shared(surname, found[0]):
        return found[0], ""
    if found:
        others = [*found, f"the member {surname}"] if len(found) == 1 else found
        return written, SURNAME_SHARED.format(cue=written, names=" or ".join(others))
    return written, ""


def _heading(line: str, previous: str) -> bool:
    """Whether a line is a heading, or the capitals line that goes on with the one before."""
    if _HEADING.match(line):
        return True
    letters = [c for c in line if c.isalpha()]
    upper = bool(letters) and sum(c.isupper() for c in letters) >= 0.9 * len(letters)
    return upper and (previous.endswith(",") or not line.endswith((".", "?", "!")))


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """A printed hearing's lines as notes (``shaped``), or None when the document is none.

    Shape: as many lines as given; every line of a turn "Full Name: words"; the title page,
    the meeting's and attendance lines, headings, bracketed lines and the clerk's turns
    blank. Source of the layout: the Government Publishing Office's hearings (govinfo.gov)."""
    if not _gpo_hearing(lines):
        return None
    roster = _Roster(lines)
    out: list[str] = []
    notes: dict[int, str] = {}
    spoken: set[str] = set()
    speaker, remark, started, previous = "", "", False, ""
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        cue = _cue(line) if line else None
        if cue is not None:
            started = True
            speaker, remark = _speaker(cue, roster)
            spoken.add(speaker)
            line = cue.group("rest") or ""
        elif not started or not line or _MET.match(line) or _heading(line, previous):
            previous = line
            out.append("")
            continue
        elif _BRACKETED.match(line):
            prepared = _PREPARED.match(line)
            if prepared or _FOLLOWS.search(line):
                speaker, remark = _prepared_by(prepared, roster)
                spoken.add(speaker)
            previous = line
            out.append("")
            continue
        previous = line
        line = _said(line)
        out.append(cued(speaker, line) if speaker else "")
        if speaker and remark and line:
            notes[number] = remark
    return Reshaped.of(out, spoken, notes) if started else None


def _prepared_by(prepared: re.Match[str] | None, roster: _Roster) -> tuple[str, str]:
    """Whose written statement follows a bracketed line: the witness it names, resolved as a
    cue is; ("", "") for other inserted material ("[The information follows:]")."""
    if prepared is None:
        return "", ""
    name = prepared.group("name")
    found = roster.by_surname(name.split()[-1])
    if len(found) == 1:
        return found[0], ""
    return _shown(name), ""


def running(sentence: str) -> bool:
    """Whether a sentence of a turn runs the hearing, nobody's claim: procedure
    (``hearings.procedure``), a courtesy to the witnesses or the chair, the chair giving the
    floor, or "Without objection, …" ("Senator Dreyer, you're recognized for five minutes.")."""
    text = sentence.strip()
    return bool(
        procedure(text)
        or _COURTESY.match(text)
        or _RECOGNITION.match(text)
        or _WITHOUT_OBJECTION.match(text)
    )


def _said(line: str) -> str:
    """A turn's line without the sentences that run the hearing (``running``)."""
    sentences = [sentence for _, sentence in split_sentences(line)]
    kept = [sentence for sentence in sentences if not running(sentence)]
    return line if len(kept) == len(sentences) else " ".join(kept)
