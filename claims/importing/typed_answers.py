"""Answers typed into a live Q&A tool, each under its question, read as notes (``shaped``).

The layout (a Slido, Zoom or Whova Q&A pasted as text, under the session's page)::

    Anonymous                                     who asked, the upvotes, the time
    👍 41
    2:07 PM
    Are home batteries going to make money?       the question
    Answered by Priya Raman: Not hype, but …      the answer, typed by the panelist,
    I think enrollment passes 500,000 homes        going on over the lines below
    by the end of 2027, and …
    Answered                                      the tool's status

Each answer is its panelist's, from "Answered by Name:" to the blank line, the status
("Answered", "Highlighted", "Mark as answered") or the next asker. Nobody's: the page around
the Q&A (the session's card, the speakers' bios, counts), the askers and their questions
(never claims), upvotes, times and the tool's marks. Read only when two answers or more
are written so. Source of the layout: Slido's and Zoom's Q&A exports and copied Q&A panels.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claims.importing.names import reads_as_name
from claims.importing.shaped import Reshaped, cued

_ANSWERED = re.compile(
    r"^(?:[Aa]nswered|[Rr]eplied|[Aa]nswer|[Rr]eply)\s+(?:by|from)\s+(?P<name>[A-Z][^:]{2,60}?):\s+"
    r"(?P<words>\S.*)$"
)
_STATUS = re.compile(
    r"^(?:answered|highlighted|mark\s+as\s+answered|archived|dismissed|live\s+answered"
    r"|(?:👍|▲|\+)\s*\d+|\d{1,2}:\d{2}\s*(?:[AaPp][Mm])?)$",
    re.IGNORECASE,
)
_MIN_ANSWERS = 2
ANSWER_NOTE = "“{name}” typed this answer (line {line}: “Answered by {name}”)"


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """A page holding typed Q&A answers as notes (``shaped``), or None when it holds fewer
    than two. Shape: as many lines as given; each answer's lines "Name: words"; every
    other line blank (the page around the Q&A, the askers, their questions, the tool's
    marks)."""
    starts = [
        (index, found)
        for index, line in enumerate(lines)
        if (found := _ANSWERED.match(line.strip())) and reads_as_name(found["name"].strip())
    ]
    if len(starts) < _MIN_ANSWERS:
        return None
    out = [""] * len(lines)
    notes: dict[int, str] = {}
    people: set[str] = set()
    for index, found in starts:
        name = found["name"].strip()
        note = ANSWER_NOTE.format(name=name, line=index + 1)
        out[index] = cued(name, found["words"])
        notes[index + 1] = note
        people.add(name)
        for later in range(index + 1, len(lines)):
            text = lines[later].strip()
            if not text or _STATUS.match(text) or _ANSWERED.match(text):
                break
            out[later] = cued(name, text)
            notes[later + 1] = note
    return Reshaped.of(out, people, notes)
