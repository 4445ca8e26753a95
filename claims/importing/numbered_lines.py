"""A transcript whose every line carries its number on the page, as court reporters print.

Court and hearing reporters, depositions and many legislatures print a transcript on
numbered paper: each page has its number ("Page 3", "3"), and each of its lines (1 to 25, or
28) opens with its number in a margin:

                                                                  Page 3
     1                    P R O C E E D I N G S
     2             CHAIR LINDQVIST:  Good morning.  The committee will
     3   come to order.  Will the clerk please call the roll.

Read as written, every line opens with a number: no cue is at a line's start, and a
sentence is cut at every margin. ``margin_numbers_dropped`` takes the margin's numbers and
the page's number lines away (blank, so every line keeps its number in the file), and the
lines read as the prose they are: the cues open their lines again, and the sentences
wrapped over them are made whole (``wrapped_prose``).

A document is read so only when most of its lines with words (``_MIN_SHARE``) open with a
margin number and those numbers run on, one after another, restarting at 1 on a new page:
a numbered list ("1. Rates fall", "2. …") has its numbers closed by a dot or a bracket and
is left as it is. Source of the shape: US court reporters' transcript format (numbered
lines, 25 a page) as their PDFs and text exports give it.
"""

import re
from collections.abc import Sequence

__all__ = ["margin_numbers_dropped"]

_MARGIN = re.compile(r"^\s{0,6}(?P<number>\d{1,2})(?:\s{1,40}(?P<rest>\S.*)|\s*)$")
_PAGE = re.compile(r"^\s*(?:page\s+)?\d{1,4}\s*$", re.IGNORECASE)
_MIN_SHARE = 0.6
_MIN_LINES = 12
_MAX_LINE_NUMBER = 32


def margin_numbers_dropped(lines: Sequence[str]) -> Sequence[str]:
    """``lines`` without their margin's numbers and with the pages' number lines blank,
    when the document is printed on numbered lines (the module's docstring); ``lines`` as
    they are otherwise. As many lines as before."""
    filled = [line for line in lines if line.strip()]
    if len(filled) < _MIN_LINES:
        return lines
    numbered, running, last = 0, 0, 0
    for line in filled:
        found = _MARGIN.match(line)
        if found is None:
            continue
        number = int(found["number"])
        numbered += 1
        running += number in (last + 1, 1) and number <= _MAX_LINE_NUMBER
        last = number
    if numbered < len(filled) * _MIN_SHARE or running < numbered * _MIN_SHARE:
        return lines
    out = []
    for line in lines:
        found = _MARGIN.match(line)
        if found is not None:
            out.append(found["rest"] or "")
        elif _PAGE.match(line):
            out.append("")
        else:
            out.append(line)
    return out
