"""A Kindle's "My Clippings.txt": the passages a reader highlighted in books, read as notes
(``shaped``).

The layout (the file a Kindle keeps in its documents folder, one clipping a block)::

    The Quiet Grid: How Power Will Flow in the 2030s (Marisol Achterberg)   the book (author)
    - Your Highlight on page 27 | Location 398-402 | Added on Monday, …     what it is
                                                                             a blank line
    My honest guess, and I hold it loosely, is that within three years …   the passage
    ==========                                                               the block's end

A highlight is the book's author's words (the name in the title line's last brackets,
"Surname, Given" turned about, "Ana Ruiz; Ben Ode" two authors: asked about); a highlight
extended later is written again, and the notes reader's duplicate check keeps one. Not
proposed: a "Your Note" (the reader's own words, not the author's), a "Your Bookmark" (no
words), the title and metadata lines and the separators. A passage cut off mid-sentence is
kept as it stands: the curator sees where it ends. Older devices write "- Highlight Loc.
398-402 | Added on …"; other languages' devices ("- Ihre Markierung …", "- Votre surlignement
…") are not read. Source of the layout: Amazon Kindle e-readers' My Clippings.txt.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

from claims.importing.names import reads_as_name
from claims.importing.shaped import Reshaped, cued

_SEPARATOR = "=========="
# "- Your Highlight on page 27 | Location 398-402 | Added on Monday, 23 February 2026 …",
# "- Your Note on Location 164 | …", "- Highlight Loc. 398-402 | Added on …" (older devices).
_META = re.compile(
    r"^-\s*(?:Your\s+)?(?P<kind>Highlight|Note|Bookmark|Clip)\b.*(?:\|\s*Added on\b.*)?$",
    re.IGNORECASE,
)
_TITLE = re.compile(r"^(?P<title>.+?)\s*\((?P<author>[^()]+)\)\s*$")
_OPENING = 12
AUTHOR_NOTE = "“{name}” is the book's author, as the clipping's title line names them (line {line})"
UNSURE_NOTE = (
    "“{name}” is the book's author as the clipping's title line gives it (line {line}), not a "
    "name read as a person's: map it to who it is"
)


def _author(text: str) -> str:
    """The author as a name: "Achterberg, Marisol" → "Marisol Achterberg"; "Ana Ruiz; Ben
    Ode" kept as it is (two authors, asked about)."""
    text = text.strip()
    if ";" not in text and text.count(",") == 1:
        surname, given = (part.strip() for part in text.split(","))
        if surname and given:
            return f"{given} {surname}"
    return text


def _is_clippings(lines: Sequence[str]) -> bool:
    """A title line with an author in brackets, a Kindle metadata line below it and a
    separator among the first lines."""
    opening = [line.strip().lstrip("\ufeff") for line in islice(lines, _OPENING)]
    return (
        any(
            _TITLE.match(opening[i]) and _META.match(opening[i + 1])
            for i in range(len(opening) - 1)
        )
        and _SEPARATOR in opening
    )


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """A Kindle clippings file's lines as notes (``shaped``), or None when it is none.

    Shape: as many lines as given; each highlight's lines "Author: words", with a remark
    naming the title line; everything else blank. Source: Kindle's My Clippings.txt."""
    if not _is_clippings(lines):
        return None
    out = [""] * len(lines)
    notes: dict[int, str] = {}
    people: set[str] = set()
    author, note, kind, header = "", "", "", 0
    for index, raw in enumerate(lines):
        line = raw.strip().lstrip("\ufeff")
        if line == _SEPARATOR:
            author, kind, header = "", "", index + 1
            continue
        if index == header:  # the block's first line: the book and its author
            found = _TITLE.match(line)
            author = _author(found.group("author")) if found else ""
            template = AUTHOR_NOTE if reads_as_name(author) else UNSURE_NOTE
            note = template.format(name=author, line=index + 1)
            continue
        meta = _META.match(line) if index == header + 1 else None
        if meta:
            kind = meta.group("kind").lower()
            continue
        if line and author and kind in ("highlight", "clip"):
            out[index] = cued(author, line)
            notes[index + 1] = note
            people.add(author)
    return Reshaped.of(out, people, notes) if notes else None
