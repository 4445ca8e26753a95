"""A company's press release as a wire service sends it: what of it is nobody's claim.

A release opens with its label and its headline, then the dateline paragraph::

    NEWS RELEASE
    Northwind Grid Storage to build 600 MW Kilbride battery, Scotland's largest
    Company commits £410 million; grid connection scheduled for 2027

    ABERDEEN, Scotland, April 14, 2026 /PRNewswire/ -- Northwind Grid Storage …

and closes with the company's boilerplate ("About Northwind Grid Storage"), a
forward-looking statements disclaimer, media contacts and the wire's source line ("SOURCE
Northwind Grid Storage", "###"). The label, the headline and the sub-headline (which the
body says again), the "About …" heading, the disclaimer, the contacts and the wire's
lines are the release's own (``release_chrome``); the boilerplate under "About …" is the
company's, as is the body; quotes go to whom they are said by (``quoted_speech``).

Source of the shapes: PR Newswire, Business Wire and GlobeNewswire releases, and the
SEC's safe-harbor language for forward-looking statements.
"""

import re
from collections.abc import Sequence

# The wire's tag in the dateline: "/PRNewswire/ --", "/PRNewswire-UK/", "(BUSINESS WIRE)--",
# "/GLOBE NEWSWIRE/", "/CNW/", "(ACCESSWIRE)", "/EINPresswire.com/".
WIRE_TAG = re.compile(
    r"(?:/\s*(?:PRNewswire(?:-[A-Z]+)?|GLOBE NEWSWIRE|CNW|EINPresswire\.com|Newsfile)\s*/"
    r"|\((?:BUSINESS WIRE|ACCESSWIRE|Marketwired|GLOBE NEWSWIRE)\))\s*(?:--|—|–|-)?\s*",
    re.IGNORECASE,
)
_LABEL = re.compile(
    r"^(?:news release|press release|media release|for immediate release|embargoed"
    r"(?: until| till)?\b.*|for release\b.*)\s*:?$",
    re.IGNORECASE,
)
_ABOUT = re.compile(r"^(?:#+\s*)?\**About\s+[A-Z][^.!?]{1,80}$")
_DISCLAIMER = re.compile(
    r"^(?:#+\s*)?\**(?:forward[- ]looking statements?|cautionary (?:note|statement)s?\b.*"
    r"|safe harbou?r(?: statement)?\b.*|disclaimer|important information)\**\s*:?$",
    re.IGNORECASE,
)
_DISCLAIMER_OPENING = re.compile(
    r"^(?:this (?:press |news )?release (?:contains|includes|may contain)|certain statements"
    r" in this (?:press |news )?release|statements in this (?:press |news )?release that are"
    r" not historical)",
    re.IGNORECASE,
)
_CONTACTS = re.compile(
    r"^(?:#+\s*)?\**(?:(?:media|press|investor|news|journalist)(?:\s+(?:and|&)\s+\w+)?"
    r"\s+)?(?:contacts?|enquiries|inquiries|relations)\**\s*:?$"
    r"|^for (?:further|more) information(?:,? (?:please )?contact)?\s*:?$",
    re.IGNORECASE,
)
_WIRE_LINE = re.compile(
    r"^(?:SOURCE\s+\S.*|#{3}|-\s?30\s?-|-ends?-|ENDS|(?:Logo|Photo|Video)\s*[-:–]\s*https?://\S+"
    r"|View original content.*|Cision View original content.*)$"
)
_DATELINE_LINES = 12  # the dateline paragraph comes within the release's first lines


def _dated_paragraph(lines: Sequence[str]) -> int | None:
    """The index of the release's dateline line (its wire tag), among its first lines."""
    for index, line in enumerate(lines[:_DATELINE_LINES]):
        if ("/" in line or "(" in line) and WIRE_TAG.search(line):
            return index
    return None


def is_release(lines: Sequence[str]) -> bool:
    """Whether ``lines`` are a press release: a wire's tag in a dateline among the first
    lines, or a release's label as its first line with a "SOURCE …" or "###" line at its
    end."""
    if _dated_paragraph(lines) is not None:
        return True
    first = next((line.strip() for line in lines if line.strip()), "")
    if not _LABEL.match(first):
        return False
    tail = [line.strip() for line in lines[-8:] if line.strip()]
    return any(_WIRE_LINE.match(line) or _CONTACTS.match(line) for line in tail)


def release_chrome(lines: Sequence[str]) -> frozenset[int]:
    """The line numbers (from 1) of a press release's own lines (module docstring): its
    label and the headline lines above the dateline, the "About …" heading, the disclaimer
    under its heading (or opening so), the contacts block and the wire's lines; empty for a
    document that is no release (``is_release``)."""
    if not lines or not is_release(lines):
        return frozenset()
    found: set[int] = set()
    dated = _dated_paragraph(lines)
    if dated is not None:
        found.update(i + 1 for i in range(dated) if lines[i].strip())
    block = ""  # the block being read: "disclaimer", "contacts"
    read = False  # a line of the block's own was read: a blank line may end it
    for index, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            if block == "contacts" or (block and read and not _goes_on(lines, index)):
                block = ""
            continue
        number = index + 1
        if _LABEL.match(line) or _WIRE_LINE.match(line) or _ABOUT.match(line):
            found.add(number)
            block = ""
        elif _DISCLAIMER.match(line) or _DISCLAIMER_OPENING.match(line):
            found.add(number)
            block, read = "disclaimer", bool(_DISCLAIMER_OPENING.match(line))
        elif _CONTACTS.match(line):
            found.add(number)
            block, read = "contacts", False
        elif block:
            found.add(number)
            read = True
    return frozenset(found)


_DISCLAIMER_WORDS = ("forward-looking", "forward looking", "risks", "uncertainties")


def _goes_on(lines: Sequence[str], blank: int) -> bool:
    """Whether the paragraph after the blank line at index ``blank`` goes on with a
    disclaimer's words ("Factors that could cause actual results to differ … risks")."""
    following = next((line.strip() for line in lines[blank + 1 :] if line.strip()), "")
    lowered = following.lower()
    return any(word in lowered for word in _DISCLAIMER_WORDS)


def without_wire_dateline(text: str) -> str:
    """``text`` without a release's dateline: "ABERDEEN, Scotland, April 14, 2026
    /PRNewswire/ -- Northwind Grid Storage today announced …" → "Northwind Grid Storage
    today announced …"; as is when it holds no wire tag in its first words."""
    if "/" not in text[:120] and "(" not in text[:120]:
        return text
    found = WIRE_TAG.search(text, 0, 160)
    if found is None or found.start() > 120:
        return text
    rest = text[found.end() :].lstrip()
    return rest or text
