"""The minutes of a company's general meeting (an AGM), as a company secretary writes them.

Such minutes open with a title block ("NORTHGATE FOODS PLC", "(Registered in England and
Wales No. …)", "MINUTES of the ANNUAL GENERAL MEETING of the Company held at …") and an
attendance list ("PRESENT:  Mr Alan Rooke (Chairman)", its further names indented below,
"IN ATTENDANCE: Ms J. Hale (Company Secretary)"), number their paragraphs under numbered
headings in capitals ("2. CHAIRMAN'S STATEMENT", "2.1 The Chairman stated that …"), narrate
shareholders' questions ("A shareholder asked whether …", "In response to a question from a
shareholder, Mr Tom Vale, Ms Osei said that …"), report what the directors said in the third
person ("The Chief Executive stated that …", "Mr Patel reported that …"), set out the poll's
results as a table and end with a signature block ("Chairman", "Date: ……").

What a director or a named shareholder said, stated, confirmed or reported is theirs, in
the company secretary's words (the policy for minutes' reported speech); a role label ("The
Chairman", "the Chief Executive", "the Company Secretary") is the person the attendance
list gives that role, with a remark; an unnamed shareholder's words are asked about. A
narrated question, a procedural record ("The Notice of Meeting was taken as read.",
"Resolution 3 was passed …"), the headings, the attendance list, the poll table and the
signature block are nobody's. Source of the layout: the minutes UK listed companies keep
of their general meetings (tests/importing/test_agm_minutes.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claims.importing.names import is_placeholder, reads_as_name
from claims.importing.shaped import Reshaped, cued

MAX_HEAD_LINES = 8  # the title block and the attendance list open the minutes
MAX_ATTENDANCE_LINES = 40

_GENERAL_MEETING = re.compile(
    r"\bminutes\s+of\s+(?:the\s+)?(?:\w+\s+){0,2}general\s+meeting\b", re.IGNORECASE
)
_PRESENT = re.compile(r"^(?:present|in attendance|attending|also present)\s*:\s*", re.IGNORECASE)
_HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Professor|Prof)\.?"
_NAME_WORD = r"[A-Z][\w'’-]*\.?"
# An attendance entry: "Mr Geoffrey Tallis-Moore (Chairman)", "Ms S. Obi, Harrowgate LLP".
_ENTRY = re.compile(
    rf"^{_HONORIFIC}\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})\s*"
    r"(?:\((?P<role>[^()]+)\)|,\s*(?P<firm>.+))?\s*$"
)
# A person the text names in full: "a shareholder, Mr Harold Pym,".
_FULL_NAME = re.compile(rf"\b{_HONORIFIC}\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)")
# Role words a paragraph may shorten: "Chief Executive Officer" is "the Chief Executive".
_ROLE_SHORT = (
    (re.compile(r"\s+officer$", re.IGNORECASE), ""),
    (re.compile(r"^chair(?:man|woman|person)?$", re.IGNORECASE), "chairman"),
)
_ROLE_ALIASES = {
    "chairman": ("chair", "chairwoman", "chairperson", "chairman"),
    "chief executive": ("chief executive", "chief executive officer", "ceo"),
    "chief financial": ("chief financial officer", "finance director", "cfo"),
    "finance director": ("chief financial officer", "finance director", "cfo"),
}

_PARAGRAPH = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\.?\s+")
_HEADING = re.compile(r"^\d{1,2}\.?\s+[^a-z]+$")
_SAID = (
    r"(?:said|stated|confirmed|reported|noted|explained|added|replied|responded|advised|"
    r"commented|observed|remarked|emphasised|emphasized|indicated|acknowledged|"
    r"informed\s+(?:the\s+)?(?:meeting|shareholders))"
)
# A lead before the sayer: "In response to a question from a shareholder, Mr Harold Pym,".
_LEAD = (
    r"(?:(?:in\s+(?:response|reply|answer)\s+to|responding\s+to|answering)\s+"
    r"[^,]*?questions?\b[^,]*,"
    rf"(?:\s*{_HONORIFIC}\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}},)?\s*)?"
)
_SAYER = (
    rf"(?P<sayer>(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}}|{_HONORIFIC}\s+"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]*){0,3}|"
    r"a\s+shareholder(?:\s*\([^()]*\))?)"
)
_SAYING = re.compile(
    rf"^{_LEAD}{_SAYER}\s+(?:also\s+|further\s+)?{_SAID}\b\s*(?:that\b[,\s]*)?"
    r"(?:(?:he|she|they)\s+(?:believed|expected|thought)\s+(?:that\s+)?)?(?P<rest>.*)$",
    re.IGNORECASE,
)
_ASKED = re.compile(
    r"^(?:a|another|one)\s+shareholder\b[^.]*?\b(?:asked|enquired|inquired|queried|questioned)\b",
    re.IGNORECASE,
)
_UNNAMED = "Unnamed shareholder"
_THAT = re.compile(r"^that\b[,\s]*")


def _agm_minutes(lines: Sequence[str]) -> bool:
    """A general meeting's minutes: the title says so in the first lines, and an
    attendance list ("PRESENT:") follows."""
    head = [line for line in lines if line.strip()][:MAX_HEAD_LINES]
    if not any(_GENERAL_MEETING.search(line) for line in head):
        return False
    return any(_PRESENT.match(line.strip()) for line in lines[:MAX_ATTENDANCE_LINES])


def _attendance(lines: Sequence[str]) -> tuple[set[int], dict[str, str], dict[str, str]]:
    """The indexes of the attendance list's lines, each role it gives (lower case, with its
    short forms) → name, and each full name the document gives → itself by surname."""
    listed: set[int] = set()
    roles: dict[str, str] = {}
    within = False
    for index, raw in enumerate(lines[:MAX_ATTENDANCE_LINES]):
        text = raw.strip()
        label = _PRESENT.match(text)
        if label:
            within, text = True, text[label.end() :]
        elif not within or not raw[:1].isspace():
            within = False
            continue
        listed.add(index)
        entry = _ENTRY.match(text)
        if entry is None:
            continue
        name = entry.group("name")
        for role in _roles(entry.group("role") or ""):
            roles.setdefault(role, name)
    return listed, roles, _surnames(lines, roles.values())


def _roles(role: str) -> set[str]:
    """A role as written, in lower case, with the short forms a paragraph may use."""
    role = " ".join(role.lower().split())
    if not role:
        return set()
    found = {role}
    for pattern, replacement in _ROLE_SHORT:
        found.add(pattern.sub(replacement, role))
    for short in tuple(found):
        found.update(_ROLE_ALIASES.get(short, ()))
    return found


def _surnames(lines: Sequence[str], listed: object) -> dict[str, str]:
    """Surname (lower case) → the one full name the document gives it ("Pym" → "Harold
    Pym"); a surname two names share is left out."""
    names = set(listed)  # type: ignore[call-overload]
    for line in lines:
        names.update(m.group("name") for m in _FULL_NAME.finditer(line))
    by_surname: dict[str, set[str]] = {}
    for name in names:
        by_surname.setdefault(name.split()[-1].lower(), set()).add(name)
    return {key: next(iter(found)) for key, found in by_surname.items() if len(found) == 1}


def _who(sayer: str, roles: dict[str, str], surnames: dict[str, str]) -> tuple[str, str]:
    """The name a sayer stands for and the remark to add: ("Alan Rooke", "“The Chairman” is
    …") for a role label the attendance list gives, (name, "") for a surname the minutes
    give one full name of, the title and surname as written with a remark for another
    ("Mr Vale"), (``_UNNAMED``, "") for an unnamed shareholder, and a role label the list
    does not give as written when it names nobody (``is_placeholder``: "The Chairman"), so
    that the curator is asked; ("", "") otherwise."""
    words = " ".join(sayer.split())
    plain = re.sub(r"^the\s+", "", words, flags=re.IGNORECASE).lower()
    if plain.startswith("a shareholder"):
        return _UNNAMED, ""
    if plain in roles:
        name = roles[plain]
        return name, f"“{words}” is {name}, named with that role in the attendance list"
    bare = re.sub(rf"^{_HONORIFIC}\s+", "", words).split()
    if bare and bare != words.split() and bare[-1].lower() in surnames:  # "Mr Pym"
        name = surnames[bare[-1].lower()]
        if len(bare) == 1 or " ".join(bare) == name:
            return name, ""
    if bare and bare != words.split() and reads_as_name(words):
        return words, f"the minutes name “{words}” by title and surname only: check who"
    return (words, "") if is_placeholder(words) else ("", "")


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """A company's general meeting's minutes as notes (``shaped``), or None when the
    document is none.

    Shape: as many lines as given; a paragraph reporting what a director or a named
    shareholder said "Name: words" (a role label read from the attendance list, with a
    remark), the lines that go on with it likewise; an unnamed shareholder's words
    "Unnamed shareholder: words" (asked about); every other line blank."""
    if not _agm_minutes(lines):
        return None
    listed, roles, surnames = _attendance(lines)
    out: list[str] = []
    notes: dict[int, str] = {}
    spoken: set[str] = set()
    speaker, remark = "", ""
    for index, raw in enumerate(lines):
        text = raw.strip()
        paragraph = _PARAGRAPH.match(text)
        body = text[paragraph.end() :] if paragraph else text
        if index in listed or not text or _HEADING.match(text):
            speaker = ""
            out.append("")
            continue
        saying = _SAYING.match(body) if not _ASKED.match(body) else None
        if saying is not None:
            speaker, remark = _who(saying.group("sayer"), roles, surnames)
            body = saying.group("rest")
        elif paragraph or not speaker or _ASKED.match(body):
            speaker = ""  # a new paragraph, a question or a record no one speaks
        else:
            body = _THAT.sub("", body)  # "… said" / "that the Company would …"
        if not speaker or not body:  # "… Ms Osei said" ends the line: her words follow
            out.append("")
            continue
        out.append(cued(speaker, body))
        spoken.add(speaker)
        if remark:
            notes[index + 1] = remark
        if text.endswith((".", "?", "!")):
            speaker = ""  # the sentence ends here; the next line is a record of its own
    return Reshaped.of(out, spoken, notes) if spoken else None
