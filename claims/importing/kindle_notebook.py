"""A book's highlights copied from the Kindle notebook (read.amazon.com/notebook, or the
notebook's export), read as notes (``shaped``).

The layout (one book a page)::

    Your Kindle Notes For:                                    the page's heading
    The Next Five Winters: Energy, Money and Power            the book's title
    Odile Marchetti                                           its author
    Last accessed on Sunday, November 9, 2025                 the reader's visit
    31 Highlight(s) | 8 Note(s)                               the counts
    Chapter 1: The Price of a Barrel                          a chapter's heading
    Highlight (yellow) | Location 455                         a highlight's header
    Brent crude will not trade above $100 a barrel …          the highlighted passage
    Note: bet w/ Tom at xmas, he says 110                     the reader's own note
    Bookmark | Page 61                                        a bookmark

Each highlight is the book's author's words, with a remark naming the line that names the
author; words the passage quotes from someone else ("…," Rafael Quintero told me.) are read
as in any notes, so that they go to who said them. Nobody's: the heading, the title, the
visit and counts lines, "Some highlights have been hidden or truncated due to export
limits.", chapters' headings, the headers of highlights, notes and bookmarks, and the
reader's notes (never the author's words, however they read). The passage runs from its
header to the next header, a note, or a blank line. An author line that reads as no
person's name (a publisher, "Various") is kept as written for the curator to map. Sources
of the layout: the Kindle notebook page as copied from a browser ("Yellow highlight |
Location: 455"), and its export ("Highlight (yellow) - Location 455").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claims.importing.shaped import Reshaped, cued

_HEADING = re.compile(r"^(?:Your\s+Kindle\s+Notes\s+For|Notebook\s+for)\s*:?\s*$", re.IGNORECASE)
_PLACE = r"(?:Location|Loc\.?|Page)\s*:?\s*[\d,]+(?:\s*-\s*[\d,]+)?"
# "Highlight (yellow) | Location 455", "Yellow highlight | Location: 455", "Note | Page 61",
# "Highlight (blue) - Page 88 · Location 1,204".
_HEADER = re.compile(
    r"^(?:(?:yellow|blue|pink|orange|purple)\s+highlight|highlight(?:\s*\([a-z]+\))?|note"
    rf"|bookmark)\s*[|\-–·]\s*{_PLACE}(?:\s*[|\-–·]\s*{_PLACE})?\s*$",
    re.IGNORECASE,
)
_BOOKMARK_OR_NOTE = re.compile(r"^(?:note|bookmark)\b", re.IGNORECASE)
_OWN_NOTE = re.compile(r"^Note\s*:\s*\S", re.IGNORECASE)
_MAX_HEAD = 6  # the heading stands among the first lines with words
AUTHOR_NOTE = "“{name}” is the book's author, as the notebook's header names them (line {line})"


def _author(lines: Sequence[str]) -> tuple[str, int] | None:
    """The author the header names and the line naming them (1-based), or None when the
    page's heading is not among the first lines, or no title and author follow it."""
    filled = [(index, line.strip()) for index, line in enumerate(lines) if line.strip()]
    for position, (_, text) in enumerate(filled[:_MAX_HEAD]):
        if _HEADING.match(text):
            after = filled[position + 1 : position + 3]
            if len(after) < 2 or any(_HEADER.match(text) for _, text in after):
                return None
            index, name = after[1]
            return re.sub(r"^by\s+", "", name, flags=re.IGNORECASE), index + 1
    return None


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """A Kindle notebook's page as notes (``shaped``), or None when the document is none.
    Shape: as many lines as given; each highlight's lines "Author: words"; everything else
    blank."""
    found = _author(lines) if any(_HEADER.match(line.strip()) for line in lines) else None
    if found is None:
        return None
    author, named_at = found
    out = [""] * len(lines)
    notes: dict[int, str] = {}
    note = AUTHOR_NOTE.format(name=author, line=named_at)
    reading = False  # in a highlight's passage
    for index, raw in enumerate(lines):
        text = raw.strip()
        header = _HEADER.match(text)
        if header is not None:
            reading = not _BOOKMARK_OR_NOTE.match(text)
            continue
        if not text or _OWN_NOTE.match(text):
            reading = False
            continue
        if reading:
            out[index] = cued(author, text)
            notes[index + 1] = note
    return Reshaped.of(out, {author}, notes) if notes else None
