"""A reading app's highlights exported as Markdown (Readwise, and tools that write its
layout), read as notes (``shaped``).

The layout (one document a "# Title" block)::

    # The Grid Will Not Wait                                  the document's title
    ## Metadata
    - Author: [[Oona Pellikka]]                                its author
    - Full Title: … / - Category: #articles / - Summary: …     the app's metadata
    ## Highlights
    - By the end of the decade, the region will have … ([View Highlight](https://…))
        - Note: This is the thesis. Check it …                the reader's own note
        - Tags: [[prediction]] [[storage]]

Each highlight is its document's author's words (a highlight may run over a paragraph
break, to its "View Highlight" link), written without its link, with a remark naming the
"Author:" line. Nobody's: titles, covers, the metadata and its summary (the app's or the
publisher's), the reader's notes and tags (never the author's words, however they read),
and headings. An "Author:" that names no person (a site, a list of several) is kept as it
is, for the curator to map. Source of the layout: Readwise's Markdown export (Obsidian,
Logseq and Notion exports write the same).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claims.importing.shaped import Reshaped, cued

_TITLE = re.compile(r"^#\s+\S")
_AUTHOR = re.compile(r"^[-*]\s+Author:\s*(?:\[\[)?(?P<name>[^\]]+?)(?:\]\])?\s*$")
_HIGHLIGHTS = re.compile(r"^#{2,3}\s+Highlights\b", re.IGNORECASE)
_SECTION = re.compile(r"^#{1,3}\s+\S")
_HIGHLIGHT = re.compile(r"^[-*]\s+(?P<words>\S.*)$")
_LINK = re.compile(r"\s*\(\[(?:View Highlight|Location \d+|Page \d+)\]\([^)]*\)\)\s*$")
_OWN = re.compile(r"^\s+[-*]\s+(?:Note|Tags?|Comment)\s*:", re.IGNORECASE)
AUTHOR_NOTE = "“{name}” is the document's author, as its “Author:” line names them (line {line})"


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """Highlights as notes (``shaped``), or None when the document holds no such export.
    Shape: as many lines as given; each highlight's lines "Author: words" without the link;
    everything else blank."""
    if not any(_LINK.search(line) for line in lines) or not any(
        _AUTHOR.match(line.strip()) for line in lines
    ):
        return None
    out = [""] * len(lines)
    notes: dict[int, str] = {}
    people: set[str] = set()
    author, note, reading, open_highlight = "", "", False, False
    for index, raw in enumerate(lines):
        line = raw.rstrip()
        found = _AUTHOR.match(line.strip())
        if _TITLE.match(line):
            author, reading, open_highlight = "", False, False
            continue
        if found:
            author = found.group("name").strip()
            note = AUTHOR_NOTE.format(name=author, line=index + 1)
            continue
        if _HIGHLIGHTS.match(line):
            reading = True
            continue
        if _SECTION.match(line):
            reading = open_highlight = False
            continue
        if not reading or not author or not line.strip() or _OWN.match(line):
            if _OWN.match(line):
                open_highlight = False
            continue
        highlight = _HIGHLIGHT.match(line) if not line[:1].isspace() else None
        if highlight is None and not open_highlight:
            continue
        words = highlight.group("words") if highlight else line.strip()
        open_highlight = not _LINK.search(words)  # the highlight goes on to its link
        out[index] = cued(author, _LINK.sub("", words))
        notes[index + 1] = note
        people.add(author)
    return Reshaped.of(out, people, notes) if people else None
