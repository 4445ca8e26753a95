"""A pull quote: a speaker's words printed again, in quotation marks, as a page's display.

Magazines, newsletters and news sites set a line of an interview apart in large type, between
the paragraphs, in quotation marks and with nobody's cue:

    Sundqvist: It's coming back, but slowly. … The demand is not the problem.
    …
    “The demand is not the problem.”

The line is the page's, not a new statement: read as one it is proposed twice, and given to
whoever the layout puts around it (the byline's writer, the last cue). ``pull_quotes`` finds
the lines that are only a quotation whose words the document said earlier (at least
``_MIN_WORDS`` of them, compared without case, spacing or punctuation), so the reader keeps
them out. A quotation said for the first time ("“We will be profitable by 2028,” she told
me.") is no pull quote, nor is a line that quotes and goes on. Source of the shape: the pull
quotes of magazine and newsletter layouts (Condé Nast, Substack, WordPress's pullquote
block), as the page's text is copied.
"""

import re
from collections.abc import Sequence

__all__ = ["pull_quotes"]

_MIN_WORDS = 5
_QUOTED = re.compile(r"^\s*(?:>\s*)?[“\"«‘'](?P<words>[^“”\"«»]{10,600})[”\"»’']\s*$")
_PLAIN = re.compile(r"[^\w]+")


def _folded(text: str) -> str:
    return " ".join(_PLAIN.sub(" ", text.lower()).split())


def pull_quotes(lines: Sequence[str]) -> frozenset[int]:
    """The numbers (from 1) of ``lines`` that are pull quotes (the module's docstring)."""
    found: set[int] = set()
    said = ""
    for number, line in enumerate(lines, start=1):
        if '"' in line or "“" in line or "«" in line or "'" in line or "‘" in line:
            quoted = _QUOTED.match(line)
            if quoted is not None:
                words = _folded(quoted["words"])
                if len(words.split()) >= _MIN_WORDS and f" {words} " in f"{said} ":
                    found.add(number)
                    continue
        said += " " + _folded(line)
    return frozenset(found)
