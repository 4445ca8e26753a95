"""A letter copied from its PDF (a fund's quarterly letter to its limited partners, a
company's letter to shareholders), read as a letter (``shaped``, then ``letters``).

The layout, as a PDF viewer's "Select all" and copy gives it::

    NORTHWIND HOLLOW PARTNERS LP                                 the letterhead
    22 Quay Street, Floor 9 · Lisbourne · (555) 010-4477           its address line
    January 20, 2027                                               the letter's date
    Dear Limited Partners,                                         the salutation
    The Fund returned 2.1% net in the quarter.³                    a footnote's mark, glued
    ³ Net of a 1.25% management fee. The gross return was 2.6%.    a footnote at the page's end
    Northwind Hollow Partners LP | Q4 2026 Letter | Confidential    Page 1 of 4
    Northwind Hollow Partners LP                                   the next page's header

Read here: the running header and footer repeated on every page (``pdf_chrome``, and a
line repeated right under a page's footer), the letterhead above the date and the
salutation, and a footnote that only cites a source ("² Harbour Institute, Quarterly
Outlook, May 2026.") are left blank, no one's words. A footnote that says something (what a
return is net of, the gross return) is the letter's, as its signer wrote it, read without
its mark; a mark glued to a word ("benchmark.¹", "2027;²") is dropped wherever the page
gives its footnote. Who signs, the closing, the signature block and a legal disclaimer are
read by ``letters`` as in any letter (a letter signed part-way, then a note signed by
another, gives each part to its signer). Paragraphs wrapped at the page's width are made
whole, each sentence on the line where it starts (``_unwrapped``). A document is read so
only when it greets in its first lines and a running line repeats on at least two pages:
any other letter reads as before.
Source of the layout: the text of a PDF letter as Adobe Acrobat, Preview or a browser's PDF
viewer copies it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

from claims.importing.mail_parts import OPENING, SALUTATION, sent_on
from claims.importing.names import reads_as_name
from claims.importing.pdf_panels import pdf_chrome, sentences_by_line
from claims.importing.shaped import Reshaped

_SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
_FOOTNOTE = re.compile(rf"^(?P<mark>[{_SUPERSCRIPTS}]+)\s*(?P<text>\S.*)$")
# A footnote's mark glued to the word or the stop before it: "benchmark.¹", "2027;²".
_GLUED = re.compile(rf"(?<=[^\s{_SUPERSCRIPTS}])(?P<mark>[{_SUPERSCRIPTS}]+)")
# Words a citation writes in lower case between its capitalised ones.
_CITATION_WORDS = frozenset(
    ("of", "the", "and", "for", "on", "in", "to", "a", "an", "at", "by", "no.", "p.", "pp.")
)
_CITATION_OPENINGS = re.compile(r"(?i)^(?:source|sources|see|cf\.|ibid\.?|id\.)\b")
_URL = re.compile(r"(?i)\bhttps?://|\bwww\.")
# A section's heading on a line of its own: "Outlook", "Capital Activity".
_HEADING = re.compile(r"^[A-Z][\w'’&-]*(?:\s+[\w'’&-]+){0,4}$")
# The letter's invitation to write in: "Please reach out to … with any questions."
_CONTACT = re.compile(
    r"(?i)^(?:as\s+always,\s+)?(?:please\s+)?(?:do\s+not\s+hesitate\s+to\s+|feel\s+free\s+to\s+)?"
    r"(?:contact|reach\s+out\s+to|call|email|e-mail|write\s+to)\b[^.!?]{0,120}"
    r"\b(?:questions?|queries|comments)\b[^.!?]{0,40}[.!]?$"
)


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """``lines`` with the page's furniture, the letterhead and citing footnotes blank and
    footnote marks dropped, as many lines as before; None unless they are a letter copied
    from its PDF (a salutation among the first lines, a running line on two pages or more).
    """
    greeting = next(
        (n for n, line in enumerate(islice(lines, OPENING), 1) if SALUTATION.match(line.strip())),
        None,
    )
    if greeting is None or not any(_mentions_page(line) for line in lines):
        return None
    chrome = set(pdf_chrome(lines))
    if len([n for n in chrome if n > greeting]) < 2:
        return None
    chrome |= _headers(lines, chrome)
    blank = chrome | _letterhead(lines, greeting) | _asides(lines, greeting)
    notes = _footnotes(lines, chrome)
    marks = {_FOOTNOTE.match(lines[n - 1].strip()).group("mark") for n in notes}
    read: list[str] = []
    for number, line in enumerate(lines, start=1):
        if number in blank or (number in notes and _cites(lines[number - 1])):
            read.append("")
        elif number in notes:
            read.append(_FOOTNOTE.match(line.strip()).group("text"))
        else:
            read.append(_GLUED.sub(lambda m: "" if m.group("mark") in marks else m[0], line))
    return Reshaped.of(_unwrapped(read, "\n".join(lines)), ())


# What ends a line of prose that is no wrapped line's middle: a sentence's end, a colon.
_PROSE_END = re.compile(r"[.!?:;][\"”’')\]]*$")
_SHORT = 0.6  # of the page's width: a shorter line without a stop is a heading
_TABLE = re.compile(r"\S\s{3,}\S")


def _unwrapped(read: list[str], document: str) -> list[str]:
    """The letter's paragraphs, wrapped at the page's width, made whole: each sentence on the
    line where it starts, the lines it wraps onto left without it ("Kestrel will be
    accretive to ad-" / "justed EPS in 2027, …" is one sentence, its hyphen healed:
    ``pdf_panels.sentences_by_line``). A heading (a short line without a stop: "Aeris: a new
    growth engine"), a table's row (columns set apart by spaces) and a blank line end a
    paragraph; one whose lines each end a sentence is left as it is. As many lines as
    before."""
    width = max((len(t.strip()) for t in read if not _TABLE.search(t.strip())), default=0)
    out = list(read)
    run: list[tuple[int, str]] = []
    for index, raw in enumerate([*read, ""]):
        text = raw.strip()
        alone = (
            not text
            or _TABLE.search(text)
            or (len(text) < _SHORT * width and not _PROSE_END.search(text) and text[-1:] != "-")
        )
        if not alone and (not run or not _PROSE_END.search(run[-1][1]) or text[:1].isupper()):
            run.append((index, text))
            if _PROSE_END.search(text) or index + 1 < len(read):
                continue
        if len(run) > 1 and any(not _PROSE_END.search(t) for _, t in run[:-1]):
            placed = sentences_by_line(run, document)
            for number, _ in run:
                out[number] = " ".join(placed.get(number, ()))
        run = [] if alone else [(index, text)]
    return out


# A running line's page number set apart from its words: "2      CORVANE INDUSTRIES, INC.",
# "CORVANE INDUSTRIES, INC.      3".
_NUMBERED_RUNNING = re.compile(r"^\s*\d{1,3}\s{3,}\S|\S\s{3,}\d{1,3}\s*$")


def _mentions_page(line: str) -> bool:
    return (
        "Page " in line
        or "page " in line
        or "\f" in line
        or line.strip().isdigit()
        or _NUMBERED_RUNNING.search(line) is not None
    )


def _headers(lines: Sequence[str], chrome: set[int]) -> set[int]:
    """The running header: the first line with words under a page's footer, where the same
    words (in any case) stand under another page's footer too."""
    under: dict[int, str] = {}
    for number in sorted(chrome):
        following = number + 1
        while following <= len(lines) and not lines[following - 1].strip():
            following += 1
        if following <= len(lines) and following not in chrome:
            under[following] = " ".join(lines[following - 1].split()).casefold()
    texts = list(under.values())
    return {number for number, text in under.items() if texts.count(text) > 1}


def _asides(lines: Sequence[str], greeting: int) -> set[int]:
    """The lines after the salutation that say nothing: a section's heading alone on its
    line under a blank one ("Outlook"), an invitation to write in with questions."""
    found: set[int] = set()
    for number in range(greeting + 1, len(lines) + 1):
        text = lines[number - 1].strip()
        heading = _HEADING.match(text) and not lines[number - 2].strip() and not reads_as_name(text)
        if (heading and number < len(lines) and lines[number].strip()) or _CONTACT.match(text):
            found.add(number)
    return found


def _letterhead(lines: Sequence[str], greeting: int) -> set[int]:
    """The lines with words above the salutation, but the letter's date ("October 15,
    2026"), which ``letters`` reads as its dateline."""
    return {
        number
        for number, line in enumerate(islice(lines, greeting - 1), start=1)
        if line.strip() and sent_on(line.strip()) is None
    }


def _footnotes(lines: Sequence[str], chrome: set[int]) -> set[int]:
    """The footnotes at a page's foot: lines opening with a mark the text above glued to a
    word, with nothing but footnotes between them and the page's footer (or the end)."""
    glued = set()
    found: set[int] = set()
    for number, line in enumerate(lines, start=1):
        note = _FOOTNOTE.match(line.strip())
        if note and note.group("mark") in glued and _at_a_pages_foot(lines, number, chrome):
            found.add(number)
        elif number not in chrome:
            glued.update(m.group("mark") for m in _GLUED.finditer(line))
    return found


def _at_a_pages_foot(lines: Sequence[str], number: int, chrome: set[int]) -> bool:
    for following in range(number + 1, len(lines) + 1):
        text = lines[following - 1].strip()
        if following in chrome:
            return True
        if text and not _FOOTNOTE.match(text):
            return False
    return True


def _cites(line: str) -> bool:
    """Whether a footnote only cites a source: "² Harbour Institute, Quarterly Outlook, May
    2026.", "³ Source: company filings.", a link; not one that says what a figure is."""
    text = _FOOTNOTE.match(line.strip()).group("text")
    if _CITATION_OPENINGS.match(text) or _URL.search(text):
        return True
    words = [w.strip("\"“”'’(),;:") for w in text.rstrip(".").split()]
    lower = [w for w in words if w[:1].islower() and w.casefold() not in _CITATION_WORDS]
    return "," in text and not lower
