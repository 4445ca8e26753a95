"""A row of a table laid out in plain text: no one's claim, in any document.

Results tables pasted as text (a poll's votes, a budget's lines, a league table) set their
columns apart with runs of spaces: "2. To declare a final dividend    99.40%    0.60%
3,118". Such a row is a record of figures, not a sentence anyone said. Source of the rule:
the poll results of company meetings, budget tables and statistics copied from PDF or a
word processor's table into plain text (tests/importing/test_table_rows.py).
"""

import re
from collections.abc import Sequence

MIN_COLUMNS = 3
# Columns part where two or more spaces (or a tab) stand.
_GAP = re.compile(r"\s{2,}|\t")
# A column that is a figure: "98.71%", "12,004", "£412.6m", "-3.2", "(1,204)", "n/a" not.
_FIGURE = re.compile(r"^[(£$€+-]?\d[\d,.]*%?[)]?(?:\s?(?:m|bn|k|pp))?$")


def table_row(text: str) -> bool:
    """Whether a line is a row of a plain-text table: ``MIN_COLUMNS`` or more columns set
    apart by runs of two or more spaces, and a column after the first that is a figure
    ("To receive the Annual Report    98.71%    1.29%    12,004", "Revenue    412.6    381.0
    +8%"). Not "Revenue will grow  by 8% in 2027." (two columns), nor a sentence with
    double spaces and no figure column ("We think  rates  will fall.")."""
    if "  " not in text and "\t" not in text:
        return False
    columns = [c for c in _GAP.split(text.strip()) if c]
    if len(columns) < MIN_COLUMNS:
        return False
    return any(_FIGURE.match(column) for column in columns[1:])


MAX_HEADER_WORDS = 4


def _header(text: str) -> bool:
    """Whether a line reads as a table's header: ``MIN_COLUMNS`` or more short columns set
    apart by runs of spaces, none a figure, none a sentence ("Resolution    For    Against
    Withheld")."""
    if "  " not in text and "\t" not in text:
        return False
    columns = [c for c in _GAP.split(text.strip()) if c]
    return len(columns) >= MIN_COLUMNS and all(
        len(c.split()) <= MAX_HEADER_WORDS and not c.endswith((".", "?", "!")) for c in columns
    )


def table_lines(lines: Sequence[str]) -> frozenset[int]:
    """The numbers (from 1) of the lines of ``lines`` that are a plain-text table's rows
    (``table_row``), and of the header line just above the first row of a table when it
    reads as one ("Resolution    For    Against    Withheld")."""
    found: set[int] = set()
    for number, line in enumerate(lines, start=1):
        if not table_row(line):
            continue
        found.add(number)
        above = number - 1
        if above >= 1 and above not in found and _header(lines[above - 1]):
            found.add(above)
    return frozenset(found)
