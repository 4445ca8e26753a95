"""A table of written answers exported as CSV: each row's answer is its author's.

Webinar and event tools export their questions and answers as comma-separated rows under a
header that names the columns (Zoom's Q&A report: "#,Question,Asker Name,Asker
Email,Answer(s),Answered by"; Slido, Mentimeter and forms exports alike), with report lines
above it ("Question and Answer Report", "Report Generated:,…", the host's and panelists'
attendance tables). A cell may run over several lines inside its quotes:

    3,"Priya, where do you see home prices going in 2027?",Darnell Wright,dw@…,"Nationally,
    modest gains.
    My forecast is that the median price will be up 2 to 3 percent by Q3 2027.",Priya Nandakumar

``reshape`` finds the header by its columns' names (an answer's or a comment's text, and who
wrote it), reads the rows with a CSV reader, and writes each line of an answer as its
author's ("Priya Nandakumar: My forecast is …") on the line where it stands; a cell answered
by several people keeps the cues it gives inside ("Owen Castellanos: …"). The questions are
the askers', never claims; the report's own lines, an empty or "Live answered" answer, and
everything else are left blank. Source of the shape: Zoom webinar Q&A reports (CSV), Slido
and Mentimeter exports.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence

from claims.importing.shaped import Reshaped, cued

__all__ = ["reshape"]

_TEXT_COLUMNS = frozenset(
    {"answer", "answer(s)", "answers", "response", "responses", "reply", "comment", "message",
     "text", "body", "content"}
)  # fmt: skip
_AUTHOR_COLUMNS = frozenset(
    {"answered by", "answerer", "author", "responder", "respondent", "replied by", "from",
     "sender", "speaker", "panelist", "panellist", "user name", "name"}
)  # fmt: skip
_NO_ANSWER = re.compile(r"^(?:live answered|answered live|n/?a|-|none|dismissed)?$", re.I)
_INNER_CUE = re.compile(r"^(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}):\s+(?P<rest>\S.*)$")
_MIN_COMMAS = 2
_HEADER_WITHIN = 200  # a report's header lines come first


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """The document's answers written as their authors' lines, or None when it holds no
    such table (the module's docstring)."""
    header = _header(lines)
    if header is None:
        return None
    index, text_col, author_col = header
    out = [""] * len(lines)
    people: set[str] = set()
    rows = csv.reader(io.StringIO("\n".join(lines[index + 1 :])))
    start = index + 1
    try:
        for row in rows:
            end = index + rows.line_num  # the row's last line, 0-based
            if len(row) > max(text_col, author_col):
                people |= _write(out, start, row[text_col], row[author_col])
            start = end + 1
    except csv.Error:
        return None
    return Reshaped.of(out, people) if people else None


def _header(lines: Sequence[str]) -> tuple[int, int, int] | None:
    """(the header's index, the text column, the author column), or None."""
    for index, line in enumerate(lines[:_HEADER_WITHIN]):
        if line.count(",") < _MIN_COMMAS:
            continue
        cells = [cell.strip().lower() for cell in next(csv.reader([line]), [])]
        text = next((i for i, cell in enumerate(cells) if cell in _TEXT_COLUMNS), None)
        author = next((i for i, cell in enumerate(cells) if cell in _AUTHOR_COLUMNS), None)
        if text is not None and author is not None and text != author:
            return index, text, author
    return None


def _write(out: list[str], start: int, answer: str, author: str) -> set[str]:
    """Write ``answer``'s lines from line ``start`` (0-based) as ``author``'s; the names
    written."""
    if _NO_ANSWER.match(answer.strip()):
        return set()
    authors = [name.strip() for name in author.split(",") if name.strip()]
    if not authors:
        return set()
    written: set[str] = set()
    for offset, line in enumerate(answer.splitlines()):
        if start + offset >= len(out) or not line.strip():
            continue
        inner = _INNER_CUE.match(line.strip())
        if inner is not None and inner["name"] in authors:  # "Owen Castellanos: …"
            out[start + offset] = cued(inner["name"], inner["rest"])
            written.add(inner["name"])
        elif len(authors) == 1:
            out[start + offset] = cued(authors[0], line)
            written.add(authors[0])
    return written
