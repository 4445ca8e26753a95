"""A table of written answers or tracked statements exported as CSV or TSV: each row's words
are its author's.

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

A curator's tracking sheet reads the same way, as a spreadsheet exports it (CSV) or copies it
(tab-separated): a header naming who said it and what ("Date said, Who, Role, Where, Quote,
Link, Status, Curator notes"), a row a statement. Each row's words are its speaker's, dated
the day its date column gives ("2025-01-28", "14 Mar 2025"), so a horizon counts from the day
it was said, not from the sheet's. Inside a quoted cell, an interviewer's "Q: …" and another
voice's cue ("SEN. PIKE: …") are not the row's speaker's, and an answer's "A:" mark is
dropped; the other columns (role, outlet, link, status, the curator's notes) are nobody's
claims. Source of the shape: Google Sheets and Excel exports of prediction trackers.
"""

from __future__ import annotations

import csv
import datetime
import io
import re
from collections.abc import Sequence

from claims.choices import DatePrecision
from claims.importing.headings import trailing_date
from claims.importing.shaped import Reshaped, cued

__all__ = ["reshape"]

_TEXT_COLUMNS = frozenset(
    {"answer", "answer(s)", "answers", "response", "responses", "reply", "comment", "message",
     "text", "body", "content", "quote", "quotation", "statement", "claim", "prediction",
     "what they said", "what was said", "words"}
)  # fmt: skip
_AUTHOR_COLUMNS = frozenset(
    {"answered by", "answerer", "author", "responder", "respondent", "replied by", "from",
     "sender", "speaker", "panelist", "panellist", "user name", "name", "who", "said by",
     "claimant", "person", "source person"}
)  # fmt: skip
# A tracker's column of the day each row's words were said: "Date said", "Date", "When".
_DATE_COLUMNS = frozenset(
    {"date", "date said", "said on", "when", "date of claim", "day", "said", "date made"}
)  # fmt: skip
# A line inside a quoted cell that is someone else's: an interviewer's "Q: …", another's cue
# ("SEN. PIKE: …"); an answer's own "A: …" mark.
_OTHERS_LINE = re.compile(
    r"^(?:Q|Question|Interviewer|Host)\s*[:.]\s*|^(?P<cue>[A-Z][A-Z.'’ -]{1,30}):\s"
)
_ANSWER_MARK = re.compile(r"^(?:A|Answer)\s*[:.]\s+")
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
    index, text_col, author_col, date_col, delimiter = header
    out = [""] * len(lines)
    people: set[str] = set()
    days: dict[int, datetime.date] = {}
    rows = csv.reader(io.StringIO("\n".join(lines[index + 1 :])), delimiter=delimiter)
    start = index + 1
    try:
        for row in rows:
            end = index + rows.line_num  # the row's last line, 0-based
            if len(row) > max(text_col, author_col):
                written = _write(out, start, row[text_col], row[author_col])
                day = _day(row[date_col]) if written and 0 <= date_col < len(row) else None
                days.update(dict.fromkeys(range(start + 1, end + 2), day) if day else {})
                people |= written
            start = end + 1
    except csv.Error:
        return None
    return Reshaped.of(out, people, days=days) if people else None


def _day(cell: str) -> datetime.date | None:
    """The day a tracker's date cell gives ("2025-01-28", "14 Mar 2025"), or None."""
    text = cell.strip()
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        found = trailing_date(text)
        return found[1] if found and not found[0] and found[2] == DatePrecision.DAY else None


def _header(lines: Sequence[str]) -> tuple[int, int, int, int, str] | None:
    """(the header's index, the text column, the author column, the date column or -1, the
    delimiter: a comma, or a tab as a spreadsheet's copy or TSV export gives), or None."""
    for index, line in enumerate(lines[:_HEADER_WITHIN]):
        delimiter = "\t" if line.count("\t") >= _MIN_COMMAS else ","
        if line.count(delimiter) < _MIN_COMMAS:
            continue
        cells = [cell.strip().lower() for cell in next(csv.reader([line], delimiter=delimiter), [])]
        text = next((i for i, cell in enumerate(cells) if cell in _TEXT_COLUMNS), None)
        author = next((i for i, cell in enumerate(cells) if cell in _AUTHOR_COLUMNS), None)
        date = next((i for i, cell in enumerate(cells) if cell in _DATE_COLUMNS), -1)
        if text is not None and author is not None and text != author:
            return index, text, author, date, delimiter
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
        elif _OTHERS_LINE.match(line.strip()):  # "Q: So are rates …", "SEN. PIKE: …"
            continue
        elif len(authors) == 1:  # an answer's "A: I'd say we get two cuts …" without its mark
            out[start + offset] = cued(authors[0], _ANSWER_MARK.sub("", line.strip()))
            written.add(authors[0])
    return written
