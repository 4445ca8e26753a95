"""Hansard reports: a parliament's record of a debate, read as notes (``shaped``).

The UK Parliament's layout (https://hansard.parliament.uk): a title, "Volume 781: debated
on Wednesday 21 October 2026", "House of Commons | Oral Answers to Questions: Transport", a
time ("11:34 am"), then turns, each opened by a line naming who speaks: a member with their
constituency and party ("Claire Dunmore (Halton Vale) (Lab)"), a peer with their party
("Baroness Hale of Ryde (CB)"), an office then its holder ("The Minister of State,
Department for Transport (Rhys Talbot)"), later the name alone ("Rhys Talbot"), or the chair
("Mr Speaker", "Madam Deputy Speaker", "The Lord Speaker", "The Presiding Officer").
The Scottish Parliament's Official Report names speakers the same way, with the words after
a colon on the same line.

No claims: the front matter, tabled questions ("1. What recent assessment … [904512]"),
the chair's turns (procedure: "Order."), "Hon. Members: Hear, hear." and "rose—" lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

from claims.importing.shaped import Reshaped, cued

_OPENING = 12
_FRONT = re.compile(
    r"^(?:Volume \d+: debated on\b|(?:House of (?:Commons|Lords)|Westminster Hall|"
    r"Scottish Parliament|Dáil Éireann|Seanad Éireann)\s*(?:\||$)|Official Report\b|"
    r"\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)$|\d{1,2}:\d{2}$)",
    re.IGNORECASE,
)
_TITLES = r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Baroness|Lady|Professor|Deputy)"
_NAME = rf"(?:{_TITLES}\s+)?[A-ZÀ-Ý][\w'’.-]+(?:\s+(?:of|de|van|von|[A-ZÀ-Ý][\w'’.-]+)){{0,5}}"
# "Claire Dunmore (Halton Vale) (Lab)", "Baroness Hale of Ryde (CB)".
_MEMBER = re.compile(rf"^(?P<name>{_NAME})\s+\((?P<seat>[^()]{{1,60}})\)(?:\s+\([^()]{{1,20}}\))?$")
# "The Minister of State, Department for Transport (Rhys Talbot)", "The Prime Minister (…)".
_OFFICE = re.compile(rf"^The\s+[A-Z][^()]{{2,120}}\((?P<name>{_NAME})\)(?:\s+\([^()]{{1,20}}\))?$")
_CHAIR = re.compile(
    r"^(?:Mr|Madam|The)\s+(?:Deputy\s+|Lord\s+|Second\s+Deputy\s+|First\s+Deputy\s+)?"
    r"(?:Speaker|Chair|Chairman|Presiding Officer|Deputy Presiding Officer|Ceann Comhairle|"
    r"Leas-Cheann Comhairle|Cathaoirleach|Lord Speaker|Deputy Speaker)"
    r"(?:\s+\([^()]+\))?$"
)
# A sitting's presiding officer cued in a chamber's record, whatever the page's layout: "An
# Ceann Comhairle:", "An Leas-Cheann Comhairle:", "The SPEAKER:", "Madam Deputy Speaker:",
# "The Presiding Officer:". A committee's "The Chair:" asks questions and is not one.
_PRESIDING = re.compile(
    r"^(?:Mr\.?|Madam|The|An|Hon\.?|Hon'ble)\s+(?:(?:Deputy|Lord|Acting|(?:First|Second)\s+"
    r"Deputy)\s+)?(?:Speaker|Presiding\s+Officer|Ceann\s+Comhairle|Leas-Cheann\s+Comhairle"
    r"|Cathaoirleach|Leas-Chathaoirleach|Chairperson|Chairman)(?:\s+\([^()]+\))?$",
    re.IGNORECASE,
)
_QUESTION = re.compile(r"^T?\d{1,3}\.\s.*\[\d{4,}\]\.?$|^\[\d{4,}\]|\[\d{5,}\]\s*$")
_NOISE = re.compile(
    r"^(?:Hon\.|Several hon\.|An hon\.)\s+Members?\b|rose[—–-]+\s*$|^Division\b|^\[[^\]]{1,40}\]$"
)
_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Professor)\.?\s+")


def _opens_as_hansard(lines: Sequence[str]) -> bool:
    """Whether the opening lines hold Hansard's front matter ("Volume 781: debated on …",
    "House of Commons | …")."""
    opening = islice((line.strip() for line in lines if line.strip()), _OPENING)
    return any(
        ("debated on" in line or "House of" in line or "Official Report" in line)
        and _FRONT.match(line)
        for line in opening
    )


def speaker_line(line: str, known: dict[str, str]) -> tuple[str, bool] | None:
    """Who a Hansard speaker line names, and whether they are the chair; None when the line
    is words, not a speaker line. ``known`` (a name as written → the name to give) holds
    the names read so far, which later open turns alone ("Rhys Talbot").

    >>> speaker_line("Claire Dunmore (Halton Vale) (Lab)", {})
    ('Claire Dunmore', False)
    """
    if len(line) > 160 or line[-1:] in '.?!:;,"”':
        return None
    if line in known:
        return known[line], False
    if _CHAIR.match(line):
        return line, True
    if "(" in line:
        match = _OFFICE.match(line) or _MEMBER.match(line)
        if match:
            return _HONORIFIC.sub("", match.group("name")), False
    return None


# The Scottish Parliament's Official Report puts the words after the speaker on one line:
# "Fiona Hyslop (Linlithgow) (SNP): I thank the member …".
_INLINE = re.compile(r"^(?P<who>[^:]{3,160}?\)):\s+(?P<words>\S.*)$")


def _inline(line: str) -> tuple[str, str]:
    """A line's speaker part and the words after it, when the words follow on the line
    ("The Presiding Officer (Alison Johnstone): Order."); else the line and ""."""
    if "):" not in line:
        return line, ""
    match = _INLINE.match(line)
    return (match.group("who"), match.group("words")) if match else (line, "")


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """A Hansard report's lines as notes (``shaped``), or None when it is no Hansard report.

    Shape: as many lines as given; every line of a member's turn "Name: words"; the title
    kept; front matter, tabled questions, the chair's turns and interjections blank. Source
    of the layout: the UK Parliament's Hansard (hansard.parliament.uk)."""
    if not _opens_as_hansard(lines):
        return None
    out: list[str] = []
    known: dict[str, str] = {}
    speaker, chair, started = "", False, False
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line:
            out.append("")
            continue
        heading, words = _inline(line)
        name, colon, rest = line.partition(":")
        if colon and not words and name in known:  # "Ross Lindsay: Islanders have …"
            heading, words = name, rest.strip()
        who = speaker_line(heading, known)
        if who is not None:
            speaker, chair = who
            started = True
            if not chair:
                known.setdefault(heading, speaker)
                known.setdefault(speaker, speaker)
            out.append(cued(speaker, words) if words and not chair else "")
        elif not started:
            out.append(line if number == 1 and not _FRONT.match(line) else "")
        elif _FRONT.match(line) or _QUESTION.search(line) or _NOISE.search(line) or chair:
            out.append("")
        else:
            out.append(cued(speaker, line))
    if not started:
        return None
    return Reshaped.of(out, known.values())


def presiding_officer(label: str) -> bool:
    """Whether a cue names a chamber's presiding officer ("An Ceann Comhairle", "The
    SPEAKER", "Madam Deputy Speaker", "The Presiding Officer (Alison Johnstone)", the Lok
    Sabha's "HON. SPEAKER" and "HON. CHAIRPERSON (SHRI X)"), whose
    words run the sitting ("Deputies, please.", "I call Deputy Ó Dubhghaill."): no claim.
    Source: the Houses of the Oireachtas' debates, the House of Commons' and the Australian
    House's Hansard, the Scottish Parliament's Official Report."""
    return len(label) <= 80 and _PRESIDING.match(" ".join(label.split())) is not None
