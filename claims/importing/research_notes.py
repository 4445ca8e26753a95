"""A broker's equity research note copied from its PDF, read as notes (``shaped``).

The layout (sell-side research, one company a note)::

    HARCOURT PRYCE                                      the bank
    Equity Research | Industrials | 14 May 2026         the kind of note, the sector, the day
    Vantrell Industries (VNTR US)                       the company
    Data-centre cooling backlog keeps climbing; …       the headline
    Rating                 BUY (unchanged)              the rating box
    Price target           $84.00 (from $76.00)
    Isabel Thorsby, CFA                                 the analysts, each over a phone
    +1 212 555 0147                                     number or an email
    isabel.thorsby@harcourtpryce.com
    Key takeaways                                       headings
    • We now forecast FY27 EPS of $5.10 (from $4.78).   the note's words
    Revenue        4,905    5,520    6,140              an estimates table
    Page 1 of 9                                         page footers and running headers
    Harcourt Pryce | Vantrell Industries (VNTR US) | 14 May 2026
    Analyst certification                               the disclosures, to the end
    Rating definitions / BUY: We expect the stock's total return to …

The note's own words are its lead analyst's, the first the header lists (a note speaks for
its team; the remark says so and names the line): "We now forecast FY27 EPS of $5.10" is a
forecast of theirs. Words the note quotes or reports from the company's officers are read
as in any notes, so that they go to who said them. Nobody's: everything above the first
line of words after the analysts (the bank, the day, the headline, the rating box, the
analysts' names, numbers and emails), headings, tables of figures and their "Source:" and
"Figure 1:" lines, page footers, the running header, and the disclosures from the first of
their headings ("Analyst certification", "Important disclosures", "Rating definitions") to
the end: boilerplate, never the analysts' forecasts, whatever "we expect" they say.

A document is read so only when its first lines say it is research ("Equity Research",
"Credit Research", "Company Update") and list an analyst over a phone number or an email.
Source of the layout: sell-side equity research notes as their PDFs copy to text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claims.importing.named_after import contact_label
from claims.importing.names import reads_as_name
from claims.importing.pdf_panels import pdf_chrome
from claims.importing.shaped import Reshaped, cued

_RESEARCH = re.compile(
    r"\b(?:equity|credit|fixed income|investment)\s+research\b|\bcompany\s+update\b"
    r"|\binitiation\s+of\s+coverage\b",
    re.IGNORECASE,
)
_OPENING = 8  # the research line stands among the first lines with words
_HEADER_LINES = 40  # the analysts are listed within the first lines
_CREDENTIALS = re.compile(r"\s*(?:,\s*(?:CFA|PhD|CPA|FRM|ACA)\b|\((?:Associate|Analyst)\))\s*")
_DISCLOSURES = re.compile(
    r"^(?:analyst\s+certification|important\s+disclosures|required\s+disclosures"
    r"|disclosures(?:\s+appendix)?|disclaimer|rating\s+definitions|regulatory\s+disclosures)\b",
    re.IGNORECASE,
)
_FIGURE = re.compile(r"^(?:figure|exhibit|table|chart)\s+\d+\s*[:.]|^source\s*:", re.IGNORECASE)
_BULLET = re.compile(r"^[•·▪◦*-]\s+")
_COLUMNS = re.compile(r"\S\s{2,}\S")
_MAX_HEADING_WORDS = 8
# A line quoting someone the note names by title or in full: "Ms Castellane was direct: "…"",
# "Mr Whitlow reiterated the goal: "…"", "He also said: "…"".
_QUOTES_OFFICER = re.compile(
    r"(?:\b(?:Mr|Ms|Mrs|Dr)\.?\s+[A-Z][\w'’-]+|\b(?:He|She)\s+(?:also\s+)?(?:said|added))"
    r"[^\"“]{0,80}[\"“]"
    # the quoted officer again, under a topic's label: "On demand: "I'd be disappointed …""
    r"|^[A-Z][\w ,-]{0,30}:\s*[\"“]"
)
AUTHOR_NOTE = (
    "“{name}” is the note's lead analyst, as its header lists its analysts (line {line}): "
    "the note's forecasts are its team's"
)


def _analysts(lines: Sequence[str]) -> list[tuple[str, int]]:
    """The analysts the header lists, each with its line's index: a name over a phone
    number or an email."""
    found = []
    top = min(len(lines), _HEADER_LINES)
    for index in range(top - 1):
        name = _CREDENTIALS.sub("", lines[index].strip()).strip()
        below = lines[index + 1].strip()
        if name and contact_label(below) and reads_as_name(name):
            found.append((name, index))
    return found


def _researched(lines: Sequence[str]) -> bool:
    opening = [line.strip() for line in lines if line.strip()][:_OPENING]
    return any(_RESEARCH.search(line) for line in opening)


def _heading(text: str) -> bool:
    """A heading of the note: a few words with no sentence's end ("Key takeaways", "Risks
    to our rating and price target", "What management said")."""
    return len(text.split()) <= _MAX_HEADING_WORDS and text[-1:] not in '.!?:;"”'


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """A research note as notes (``shaped``), or None when the document is none. Shape: as
    many lines as given; each line of the note's words "Lead Analyst: words"; everything
    else blank."""
    if not _researched(lines):
        return None
    analysts = _analysts(lines)
    if not analysts:
        return None
    lead, at = analysts[0]
    start = analysts[-1][1] + 1
    while start < len(lines) and (not lines[start].strip() or contact_label(lines[start])):
        start += 1
    chrome = pdf_chrome(lines)  # page numbers, running headers and footers
    out = [""] * len(lines)
    notes: dict[int, str] = {}
    note = AUTHOR_NOTE.format(name=lead, line=at + 1)
    for index in range(start, len(lines)):
        text = lines[index].strip()
        if _DISCLOSURES.match(text):
            break
        if (
            not text
            or index + 1 in chrome
            or _FIGURE.match(text)
            or _COLUMNS.search(text)
            or _heading(text)
        ):
            continue
        text = _BULLET.sub("", text)
        if _QUOTES_OFFICER.search(text):
            # "On capacity, Ms Castellane was direct: "We will …"": the officer's words, read
            # as notes read words the narration gives someone.
            out[index] = text
            continue
        out[index] = cued(lead, text)
        notes[index + 1] = note
    return Reshaped.of(out, {lead}, notes) if notes else None
