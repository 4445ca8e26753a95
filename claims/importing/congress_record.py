"""The Congressional Record (and state legislatures' journals printed in its style), copied as
text, read as notes (``shaped``).

The layout (govinfo.gov's daily Record, and the Record's PDF pages copied): a running page
header, the page's number with the chamber and the day ("S6123 CONGRESSIONAL RECORD — SENATE
November 18, 2026", "November 18, 2026 CONGRESSIONAL RECORD — HOUSE H4410"; a journal's
"JOURNAL OF THE SENATE", "HOUSE JOURNAL"); the printer's chrome at a page's foot ("VerDate Sep
11 2014 00:14 Nov 19, 2026 Jkt 059060 PO 00000 Frm 00017 …", "ctelli on DSK11… with SENATE",
an ornament "f" alone); headings in capitals (a bill's title, "MORNING BUSINESS"); turns,
each opened by a cue with the surname in capitals and a full stop ("Mr. HALVERSEN. Mr.
President, I rise …", "Ms. ARCENEAUX.", "Mrs. LEE of California.", "Senator DREYER.") or by
an officer's ("The PRESIDING OFFICER.", "The SPEAKER pro tempore.", "The ACTING PRESIDENT pro
tempore."), their words wrapped at about 60 characters in mid-sentence; the clerk's narration
("The legislative clerk proceeded to call the roll.", "There being no objection, the
material was ordered to be printed in the Record, as follows:"); and the material so
inserted, often a letter: its letterhead, place and date, "Hon. ERIK HALVERSEN,", the
salutation ("DEAR SENATOR HALVERSEN:"), the body, "Sincerely,", and the signer's name and
title.

Read here: a member's cue is the member as the Record writes them ("Mr. HALVERSEN." → "Mr.
Halversen", "Mrs. LEE of California." → "Mrs. Lee of California"); a turn's wrapped lines are
joined and each sentence written on the line where it starts (``pdf_panels``); an inserted
letter's body is its signer's (two signers: the first, with a remark asking). No claims: the
page's chrome, the headings, the officers' and the clerk's turns, the narration, the floor's
procedure ("I ask unanimous consent …", "I yield the floor.", "I suggest the absence of a
quorum.", "Will the Senator yield for a question?"), a letter's letterhead, address,
salutation, courtesies and signature, and inserted material no one signs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claims.importing.cues import greeted
from claims.importing.mail_parts import CLOSING_WORDS
from claims.importing.names import reads_as_name
from claims.importing.pdf_panels import sentences_by_line
from claims.importing.shaped import Reshaped, cued

# "S6123 CONGRESSIONAL RECORD — SENATE November 18, 2026", "November 18, 2026 CONGRESSIONAL
# RECORD — HOUSE H4410", "E1123 CONGRESSIONAL RECORD — Extensions of Remarks", "JOURNAL OF
# THE SENATE", "1234 HOUSE JOURNAL March 3, 2026".
_HEADER = re.compile(
    r"^(?:[SHED]\d{1,5}\s+)?(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}\s+)?"
    r"(?:CONGRESSIONAL\s+RECORD\s*[—–-]+\s*(?:SENATE|HOUSE|EXTENSIONS\s+OF\s+REMARKS|"
    r"(?i:extensions\s+of\s+remarks)|DAILY\s+DIGEST)"
    r"|\d{0,5}\s*(?:JOURNAL\s+OF\s+THE\s+(?:SENATE|HOUSE|ASSEMBLY)|(?:SENATE|HOUSE|ASSEMBLY)\s+"
    r"JOURNAL))\b.*$"
)
# The printer's lines at a page's foot, a page's number alone, the ornament between items.
_CHROME = re.compile(
    r"^(?:VerDate\b.*|.*\bJkt\s+\d+\s+PO\s+\d+.*|\w+\s+on\s+DSK\w+\s+with\s+(?:SENATE|HOUSE)\b.*"
    r"|[SHED]\d{1,5}|[fb•]|\d{1,5})$"
)
_CAPS_SURNAME = r"(?:Mc|Mac|De|La|Le|Van|Von|O['’])?[A-Z][A-Z'’-]+"
_MEMBER_TITLES = (
    r"Mr|Ms|Mrs|Miss|Dr|Senator|Representative|Delegate|Assemblyman|Assemblywoman"
    r"|Assemblymember"
)
# "Mr. HALVERSEN.", "Mrs. LEE of California.", "Mr. VAN HOLLEN.", "The PRESIDING OFFICER.",
# "The SPEAKER pro tempore.", "The ACTING PRESIDENT pro tempore.", "The PRESIDING OFFICER (Mr.
# SMITH)."
_CUE = re.compile(
    r"^(?:The\s+(?P<role>(?:ACTING\s+)?(?:PRESIDING\s+OFFICER|SPEAKER|PRESIDENT|VICE\s+"
    r"PRESIDENT|CHAIR(?:MAN|WOMAN)?|CLERK|CHIEF\s+CLERK|SECRETARY))(?:\s+pro\s+tempore)?"
    r"(?:\s+\([^()]{1,60}\))?"
    rf"|(?P<title>{_MEMBER_TITLES})\.?\s+(?P<surname>{_CAPS_SURNAME}(?:\s+{_CAPS_SURNAME})?)"
    r"(?:\s+of\s+(?P<state>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))?)"
    r"\.(?:\s+(?P<rest>\S.*))?$"
)
# The clerk's narration, on lines of its own between turns: "There being no objection, the
# material was ordered to be printed in the Record, as follows:", "The legislative clerk
# proceeded to call the roll.", "(Mr. SMITH assumed the Chair.)", "The motion was agreed to."
_NARRATION = re.compile(
    r"^(?:There\s+being\s+no\s+objection\b|The\s+(?:(?:assistant\s+)?(?:legislative|bill|"
    r"journal|reading)\s+)?clerk\s+(?:proceeded|read|called|will|reported)\b"
    r"|The\s+(?:question|motion|amendment|bill|resolution|joint\s+resolution|concurrent\s+"
    r"resolution|yeas\s+and\s+nays|result|vote|preamble|nomination|Senate|House)(?:\s+\([^()]*\))?"
    r"\s+(?:is|was|were|proceeded|resumed|stands?|agreed|ordered)\b"
    r"|[(\[].*[)\]]\.?$|(?:Thereupon|Whereupon|At\s+the\s+request\s+of)\b"
    r"|(?:Mr|Ms|Mrs)\.\s+[A-Z'’-]+\s+(?:assumed|resumed)\s+the\s+(?i:chair)\b)"
)
# What ends the narration or a sentence before inserted material: "…, as follows:".
_FOLLOWS = re.compile(r"\bas\s+follows:\s*$|\bfollows:\s*$")
# The floor's procedure, nobody's claim: "I ask unanimous consent that …", "I yield the
# floor.", "I suggest the absence of a quorum.", "Will the Senator yield for a question?",
# "I am happy to yield for a question.", "I see my colleague on the floor.", "Without
# objection, it is so ordered.", "I reserve the balance of my time.", "I thank the Senator."
_PROCEDURE = re.compile(
    r"^(?:(?:and\s+)?I\s+ask\s+(?:unanimous\s+consent\b|that\b.*\bbe\s+printed\b)|I\s+(?:suggest|note)\s+the\s+absence\s+of\s+"
    r"a\s+quorum\b|I\s+yield\b|I\s+(?:am|would\s+be)\s+(?:happy|glad|pleased)\s+to\s+yield\b"
    r"|Will\s+the\s+(?:Senator|gentleman|gentlewoman|gentlelady|Member)(?:\s+from\s+[A-Z][\w ]*)?"
    r"\s+yield\b|I\s+(?:see|notice)\s+(?:that\s+)?my\s+(?:colleague|friend)\b.*\bon\s+the\s+floor"
    r"|Without\s+objection\b|(?:It\s+is\s+)?so\s+ordered\b|I\s+reserve\s+the\s+balance\b"
    r"|I\s+(?:thank|commend)\s+(?:the|my)\s+(?:distinguished\s+)?(?:Senator|gentleman|"
    r"gentlewoman|gentlelady|colleague|friend|Chair)\b[^.!?]{0,60}[.!]?$"
    r"|I\s+(?:move|make\s+a\s+point\s+of\s+order|demand\s+the\s+yeas)\b"
    r"|The\s+(?:Senator|gentleman|gentlewoman)\s+(?:from\s+[A-Z][\w ]*\s+)?is\s+recognized\b"
    r"|I\s+send\s+(?:an?\s+)?(?:amendment|bill|resolution)\b.*\bdesk\b)",
    re.IGNORECASE,
)
# The chair addressed at a sentence's start: "Mr. President, in my State …".
_ADDRESS = re.compile(r"^(?:Mr\.|Madam|Madame)\s+(?:President|Speaker|Chair(?:man|woman)?),\s+")
# A letter's courtesies: "We stand ready to assist you and your staff.", "Please do not
# hesitate to contact me.", "Thank you for your leadership on this issue."
_COURTESY = re.compile(
    r"^(?:(?:we|I)\s+(?:stand|remain)\s+ready\s+to\s+(?:assist|help|work)\b|(?:please\s+)?"
    r"(?:do\s+not|don['’]t)\s+hesitate\b|thank\s+you\s+(?:again\s+)?for\s+(?:your|considering)\b"
    r"|(?:if|should)\s+you\s+have\s+(?:any\s+)?questions\b|(?:we|I)\s+look\s+forward\s+to\b)",
    re.IGNORECASE,
)
# A signer's name before its comma: "MARGARET OYELOWO", "Margaret Oyelowo", "JOHN A. SMITH".
_NAME_SHAPE = re.compile(r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4}$")
# Words of an organisation's name signed below a person's: "UPPER PLAINS RURAL HEALTH
# ASSOCIATION", "NORTHERN GRAIN GROWERS COOPERATIVE".
_ORGANISATION = re.compile(
    r"\b(?:ASSOCIATION|COUNCIL|COALITION|FEDERATION|UNION|INSTITUTE|FOUNDATION|COOPERATIVE|"
    r"COMPANY|CORPORATION|INC|LLC|SOCIETY|LEAGUE|ALLIANCE|CENTER|CENTRE|DEPARTMENT|OFFICE|BOARD|"
    r"COMMITTEE|UNIVERSITY|COLLEGE|HOSPITAL|SCHOOL|NETWORK|PARTNERSHIP|GROUP|CHAMBER|BANK|"
    r"AUTHORITY|DISTRICT|AGENCY|TRUST|FUND|CLUB|CHURCH|OF|AND|FOR|THE)\b"
)
SIGNED_BY_MANY = "the letter is signed by {names}: give the speaker"


def _record(lines: Sequence[str]) -> bool:
    """Whether a running header of the Record or of a journal stands on a line of its own,
    and a turn opens with a member's cue ("Mr. HALVERSEN.")."""
    if not any(
        _HEADER.match(line.strip()) for line in lines if "RECORD" in line or "JOURNAL" in line
    ):
        return False
    return any(
        (cue := _CUE.match(line.strip())) is not None and cue.group("surname")
        for line in lines
        if "." in line[:60]
    )


def _shown(name: str) -> str:
    """A name in capitals as a speaker's name shows it ("HALVERSEN" → "Halversen",
    "McCONNELL" → "McConnell", "O'BRIEN" → "O'Brien", "VAN HOLLEN" → "Van Hollen")."""
    words = []
    for written in name.split():
        word = written
        if written.isupper() or written[:2] == "Mc":
            word = "-".join(part.capitalize() for part in written.split("-"))
            word = re.sub(r"^(Mc|O['’])([a-z])", lambda m: m[1] + m[2].upper(), word)
        words.append(word)
    return " ".join(words)


def _speaker(cue: re.Match[str]) -> str:
    """A member's cue as the speaker's name ("Mrs. LEE of California." → "Mrs. Lee of
    California"); "" for an officer's (the chair, the clerk: procedure)."""
    if cue.group("role"):
        return ""
    title = cue.group("title")
    written = f"{title}{'.' if title in ('Mr', 'Ms', 'Mrs', 'Dr') else ''} "
    written += _shown(cue.group("surname"))
    if cue.group("state"):
        written += f" of {cue.group('state')}"
    return written


def _said(sentence: str) -> str:
    """A sentence of a turn without the chair's address, "" when it is procedure or announces
    inserted material ("The text of the letter is as follows:")."""
    text = _ADDRESS.sub("", sentence.strip())
    text = text[:1].upper() + text[1:] if text else text
    return "" if _PROCEDURE.match(text) or _FOLLOWS.search(text) else text


class _Turns:
    """The rewritten lines, and the turn being read: who speaks and its (line, text) pieces."""

    def __init__(self, lines: Sequence[str]) -> None:
        self.out = [""] * len(lines)
        self.notes: dict[int, str] = {}
        self.document = "\n".join(lines)
        self.speaker, self.note = "", ""
        self.pieces: list[tuple[int, str]] = []
        self.speakers: set[str] = set()

    def open(self, speaker: str, note: str = "") -> None:
        self.close()
        self.speaker, self.note = speaker, note
        if speaker:
            self.speakers.add(speaker)

    def add(self, number: int, text: str) -> None:
        self.pieces.append((number, text))

    def close(self, *, letter: bool = False) -> None:
        """Write the turn's sentences, each on the line where it starts."""
        if self.speaker:
            for line, sentences in sentences_by_line(self.pieces, self.document).items():
                kept = [
                    s for s in map(_said, sentences) if s and not (letter and _COURTESY.match(s))
                ]
                if kept:
                    self.out[line - 1] = cued(self.speaker, " ".join(kept))
                    if self.note:
                        self.notes[line] = self.note
        self.speaker, self.note, self.pieces = "", "", []


def _signers(lines: Sequence[str], start: int, end: int) -> list[str]:
    """The people signed below a letter's closing (``lines[start:end]``): the names printed
    in capitals, as the Record prints them ("MARGARET OYELOWO," above "President and CEO."),
    an organisation's name aside ("UPPER PLAINS RURAL HEALTH ASSOCIATION."); with none in
    capitals, the first line that reads as a name ("Margaret Oyelowo,")."""
    capitals, first = [], ""
    for raw in lines[start:end]:
        text = " ".join(raw.split())
        name = text.split(",")[0].strip(" .")
        if not text or _CHROME.match(text) or not _NAME_SHAPE.match(name):
            continue
        if name.isupper():
            if not _ORGANISATION.search(name):
                capitals.append(_shown(name))
        elif not first and reads_as_name(name):
            first = name
    return capitals or ([first] if first else [])


def _inserted(lines: Sequence[str], start: int, end: int, turns: _Turns) -> None:
    """Read inserted material (``lines[start:end]``, 0-based): each letter's body, from its
    salutation to its closing, as its signer's; the rest no one's."""
    at = start
    while at < end:
        after = greeted(lines[at].strip())
        if after is None:
            at += 1
            continue
        close = next((i for i in range(at + 1, end) if CLOSING_WORDS.match(lines[i].strip())), None)
        if close is None:
            return
        stop = next(
            (i for i in range(close + 1, end) if greeted(lines[i].strip()) is not None), end
        )
        signers = _signers(lines, close + 1, stop)
        if signers:
            note = SIGNED_BY_MANY.format(names=" and ".join(signers)) if len(signers) > 1 else ""
            turns.open(signers[0], note)
            if after:
                turns.add(at + 1, after)
            for i in range(at + 1, close):
                text = " ".join(lines[i].split())
                if text and not _CHROME.match(text) and not _HEADER.match(text):
                    turns.add(i + 1, text)
            turns.close(letter=True)
        at = stop


def _heading(text: str, previous: str) -> bool:
    """A heading in capitals on a line of its own ("RURAL HOSPITAL STABILITY ACT", "MORNING
    BUSINESS"): no sentence's end, and two words or more or a blank line above it."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 3 or not all(c.isupper() for c in letters) or text[-1] in ".,;:?!":
        return False
    return len(text.split()) >= 2 or not previous.strip()


class _Reader:
    """Where the reading is: in the clerk's narration, or in inserted material (from which
    line, 0-based), and the turns written so far."""

    def __init__(self, lines: Sequence[str]) -> None:
        self.lines = lines
        self.turns = _Turns(lines)
        self.narration = self.inserting = False
        self.inserted_from = 0

    def cue(self, index: int, cue: re.Match[str]) -> None:
        """A turn's cue: the inserted material before it read, its speaker's turn opened."""
        self.end_insertion(index)
        self.narration = False
        self.turns.open(_speaker(cue))
        rest = cue.group("rest") or ""
        if rest:
            self.turns.add(index + 1, rest)
        self.inserting, self.inserted_from = bool(_FOLLOWS.search(rest)), index + 1

    def line(self, index: int, text: str) -> None:
        """A line that opens no turn: a heading, narration, inserted material or words."""
        if self.inserting:
            return
        heading = _heading(text, self.lines[index - 1] if index else "")
        if self.narration or heading or _NARRATION.match(text):
            self.turns.close()
            self.narration = not heading and not text.endswith((".", ":"))
            if _FOLLOWS.search(text):
                self.narration, self.inserting, self.inserted_from = False, True, index + 1
            return
        self.turns.add(index + 1, text)
        if self.turns.speaker and _FOLLOWS.search(text):  # "The text of the bill is as follows:"
            self.turns.close()
            self.inserting, self.inserted_from = True, index + 1

    def end_insertion(self, end: int) -> None:
        """Read the inserted material that ends before line ``end`` (0-based)."""
        if self.inserting:
            _inserted(self.lines, self.inserted_from, end, self.turns)
        self.inserting = False


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """The Record's (or a journal's) lines as notes (``shaped``), or None when the document
    shows no running header of the Record with members' cues.

    Shape: as many lines as given; each sentence of a member's turn "Mr. Halversen: words"
    on the line where it starts, the lines it wraps onto blank; an inserted letter's body its
    signer's; the page's chrome, headings, officers' turns, narration, procedure and the rest
    of inserted material blank. Source of the layout: the Congressional Record (govinfo.gov)."""
    if not _record(lines):
        return None
    reader = _Reader(lines)
    for index, raw in enumerate(lines):
        text = " ".join(raw.split())
        if not text or _CHROME.match(text) or _HEADER.match(text):
            continue
        cue = _CUE.match(text) if "." in text[:60] else None
        if cue is not None:
            reader.cue(index, cue)
        else:
            reader.line(index, text)
    reader.end_insertion(len(lines))
    reader.turns.close()
    turns = reader.turns
    return Reshaped.of(turns.out, turns.speakers, turns.notes)
