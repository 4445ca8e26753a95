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

A UK council's committee minutes, as a PDF's text gives them, are read the same way: a
title ("MINUTES of a meeting of the Resources and Performance Committee held …"), lists
of who attended ("PRESENT: Councillor Margaret Thorne (Chair)" with more names on the
lines below, "Councillors Paul Gillingham, Ruth Hale and …", "OFFICERS: Janet Okafor
(Director of Finance and Section 151 Officer), Liam Prescott (…)"), numbered minutes
("48/25   REVENUE BUDGET MONITORING"), "RESOLVED: That …", officers' and members' words
in the third person ("The Director of Finance advised that …", "The Cabinet Member for
Finance and Assets, Councillor Ashdown, stated that …", "She said she expected …", the
member named just before), and each page's furniture ("Page 1 of 4", "Chair's
initials ……", the running header), which a sentence may run across
(tests/importing/test_committee_minutes.py).
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
# A council committee's title: "MINUTES of a meeting of the Resources and Performance
# Committee held in …", "Minutes of the meeting of the Planning Sub-Committee".
_COMMITTEE_MEETING = re.compile(
    r"\bminutes\s+of\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}meeting\s+of\s+(?:the\s+)?"
    r"[^.]{2,80}?\b(?:committee|sub-committee|cabinet|council|board|panel|authority)\b",
    re.IGNORECASE,
)
# What only a UK council's minutes hold: a minute's number ("48/25   REVENUE …") or
# "RESOLVED".
_MINUTE_MARK = re.compile(r"^(?:\d{1,3}/\d{2}\b|RESOLVED\b)")
_PRESENT = re.compile(
    r"^(?:present|in attendance|attending|also present|also in attendance|officers"
    r"|officers present|members of the public|apologies)\s*:\s*",
    re.IGNORECASE,
)
_HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Professor|Prof|Councillor|Cllr)\.?"
# A council's attendance entry, one of several on a line: "Councillor Dev Aziz
# (Vice-Chair)", "Councillors Paul Gillingham", "Janet Okafor (Director of Finance …)".
_LISTED = re.compile(
    rf"^(?:(?:{_HONORIFIC}|Councillors|Cllrs)\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)"
    r"{1,3})\s*(?:\((?P<role>[^()]+)\))?$"
)
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
_HEADING = re.compile(r"^\d{1,3}(?:/\d{2,4})?\.?\s+[^a-z]+$")
# A page's furniture in a PDF's text: "Page 1 of 4", "Chair's initials ……", a signature's
# dotted line ("Chair ……", "Date ……").
_FURNITURE = re.compile(
    r"^(?:page\s+\d+\s+of\s+\d+|(?:chair(?:man)?['’]s\s+initials|chair(?:man)?|date|signed)"
    r"\s*[:.…_]{3,}.*|[.…_]{6,})$",
    re.IGNORECASE,
)
_SAID = (
    r"(?:said|stated|confirmed|reported|noted|explained|added|replied|responded|advised|"
    r"commented|observed|remarked|emphasised|emphasized|indicated|acknowledged|warned|"
    r"informed\s+(?:the\s+)?(?:meeting|shareholders|committee|members)|"
    r"reminded\s+(?:the\s+)?(?:meeting|shareholders|committee|members))"
)
# A lead before the sayer: "In response to a question from a shareholder, Mr Harold Pym,".
_LEAD = (
    r"(?:(?:(?:in\s+(?:response|reply|answer)\s+to|responding\s+to|answering)\s+"
    r"[^,]*?questions?\b[^,]*,"
    rf"(?:\s*{_HONORIFIC}\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}},)?"
    r"|in\s+(?:response|reply),)\s*)?"
)
# A sayer: a name, a role label ("The Head of Property and Regeneration"), a shareholder;
# a role label may give its holder between commas ("The Cabinet Member for Finance and
# Assets, Councillor Ashdown,").
_CAP = r"(?-i:[A-Z0-9][\w'’-]*)"  # a capitalised word, whatever the pattern's case
_SAYER = (
    rf"(?P<sayer>(?:the\s+)?{_CAP}(?:\s+(?:(?:of|for|and|&)\s+)?{_CAP}){{0,6}}"
    rf"|{_HONORIFIC}\s+(?-i:[A-Z][\w'’.-]*)(?:\s+{_CAP}){{0,3}}|"
    r"a\s+shareholder(?:\s*\([^()]*\))?)"
    rf"(?:,\s+(?P<holder>(?:{_HONORIFIC}\s+)?{_CAP}(?:\s+{_CAP}){{0,2}}),)?"
)
_SAYING = re.compile(
    rf"^{_LEAD}{_SAYER}\s+(?:also\s+|further\s+)?{_SAID}\b\s*(?:that\b[,\s]*)?"
    r"(?:(?:he|she|they)\s+(?:believed|expected|thought)\s+(?:that\s+)?)?(?P<rest>.*)$",
    re.IGNORECASE,
)
_ASKED = re.compile(
    r"^(?:a|another|one)\s+shareholder\b[^.]*?\b(?:asked|enquired|inquired|queried|questioned)\b"
    # A member's question, narrated: "Councillor Nwosu asked whether …", "In a supplementary
    # question, Mr Usher asked whether …".
    r"|^[^.]{0,80}?\b(?:asked|enquired|inquired|queried)\s+(?:whether|if|what|when|why|how"
    r"|about)\b",
    re.IGNORECASE,
)
_PRONOUNS = frozenset(("he", "she"))
_UNNAMED = "Unnamed shareholder"
_THAT = re.compile(r"^that\b[,\s]*")


def _agm_minutes(lines: Sequence[str]) -> bool:
    """A general meeting's minutes, or a UK council committee's: the title says so in the
    first lines, and an attendance list ("PRESENT:") follows; a committee's minutes number
    their minutes ("48/25") or record "RESOLVED" too (a US council's minutes, which do
    neither, are the notes reader's: ``council_minutes``)."""
    head = [line for line in lines if line.strip()][:MAX_HEAD_LINES]
    committee = any(_COMMITTEE_MEETING.search(line) for line in head) and any(
        _MINUTE_MARK.match(line.strip()) for line in lines
    )
    if not committee and not any(_GENERAL_MEETING.search(line) for line in head):
        return False
    return any(_PRESENT.match(line.strip()) for line in lines[:MAX_ATTENDANCE_LINES])


def _entries(text: str) -> list[tuple[str, str]]:
    """``(name, role)`` of each person an attendance line lists: one entry as a company's
    list gives it ("Mr Alan Rooke (Chairman)", "Ms S. Obi, Harrowgate LLP"), or several as a
    council's does ("Councillors Paul Gillingham, Ruth Hale and Joanne Pemberton
    (substitute)", "Janet Okafor (Director of Finance …), Liam Prescott (…)")."""
    entry = _ENTRY.match(text)
    if entry is not None:
        return [(entry.group("name"), entry.group("role") or "")]
    parts = re.split(r",\s*|\s+and\s+(?![^()]*\))", re.sub(r"\([^()]*\)", _unsplit, text))
    found = []
    for part in parts:
        listed = _LISTED.match(part.replace("\x00", ",").replace("\x01", " and ").strip())
        if listed and reads_as_name(listed.group("name")):
            found.append((listed.group("name"), listed.group("role") or ""))
    return found


def _unsplit(bracket: re.Match[str]) -> str:
    """A bracket's words kept whole when a list is split at its commas and "and"s."""
    return bracket.group().replace(",", "\x00").replace(" and ", "\x01")


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
        elif not within or not (raw[:1].isspace() or re.match(rf"{_HONORIFIC}s?\s", text)):
            within = False  # a company's list is indented; a council's names its members
            continue
        listed.add(index)
        for name, role in _entries(text):
            for held in _roles(role):
                roles.setdefault(held, name)
            roles.setdefault(f"\x00{name}", name)  # listed with no role: a name to know
    return listed, roles, _surnames(lines, roles.values())


def _roles(role: str) -> set[str]:
    """A role as written, in lower case, with the short forms a paragraph may use, and
    each of two roles one person holds ("Director of Finance and Section 151 Officer")."""
    role = " ".join(role.lower().split())
    if not role:
        return set()
    found = {role, *(part.strip() for part in role.split(" and ") if " " in part.strip())}
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


def _running_headers(lines: Sequence[str]) -> set[str]:
    """The lines a PDF's text repeats at the top of each page ("Harrowfield District Council
    Resources and Performance Committee – 9 September 2025"): a line met twice or more
    that ends no sentence."""
    seen: dict[str, int] = {}
    for raw in lines:
        text = " ".join(raw.split())
        if text and not text.endswith((".", "?", "!", ":")) and not _MINUTE_MARK.match(text):
            seen[text] = seen.get(text, 0) + 1
    return {text for text, count in seen.items() if count > 1}


def _sayer(
    saying: re.Match[str], roles: dict[str, str], surnames: dict[str, str], last: str
) -> tuple[str, str]:
    """``_who`` of a saying's sayer: the holder a role label gives between commas ("The
    Cabinet Member for Finance and Assets, Councillor Ashdown,"), and "He" or "She" the
    person the minutes named as saying something just before, with a remark."""
    sayer, holder = saying.group("sayer"), saying.group("holder")
    if sayer.lower() in _PRONOUNS:
        return (
            (last, f"“{sayer}” is read as {last}, who spoke just before: check")
            if last
            else (
                "",
                "",
            )
        )
    if holder:
        named = _who(holder, roles, surnames)
        if named[0]:
            return named
    return _who(sayer, roles, surnames)


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """A company's general meeting's minutes, or a UK council committee's, as notes
    (``shaped``), or None when the document is none.

    Shape: as many lines as given; a paragraph reporting what a director, an officer, a
    member or a named shareholder said "Name: words" (a role label read from the
    attendance list, with a remark), the lines that go on with it likewise, across a page's
    furniture when its sentence has not ended; an unnamed shareholder's words "Unnamed
    shareholder: words" (asked about); every other line blank."""
    if not _agm_minutes(lines):
        return None
    listed, roles, surnames = _attendance(lines)
    headers = _running_headers(lines)
    out: list[str] = []
    notes: dict[int, str] = {}
    spoken: set[str] = set()
    speaker, remark, last = "", "", ""
    for index, raw in enumerate(lines):
        text = raw.strip()
        paragraph = _PARAGRAPH.match(text)
        body = text[paragraph.end() :] if paragraph else text
        if not text or _FURNITURE.match(text) or " ".join(text.split()) in headers:
            out.append("")  # a page turns: a sentence left open goes on after it
            continue
        if index in listed or _HEADING.match(text):
            speaker, last = "", ""
            out.append("")
            continue
        saying = _SAYING.match(body) if not _ASKED.match(body) else None
        if saying is not None:
            speaker, remark = _sayer(saying, roles, surnames, last)
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
        if not is_placeholder(speaker):
            last = speaker
        if remark:
            notes[index + 1] = remark
        if text.endswith((".", "?", "!")):
            speaker = ""  # the sentence ends here; the next line is a record of its own
    return Reshaped.of(out, spoken, notes) if spoken else None
