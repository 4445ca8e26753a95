"""Descript's plain-text export with each speaker's name on a line of its own.

The layout (Descript's "Export → Transcript → Plain text" with speaker names and timestamps
at each paragraph)::

    Dana Whitcombe                                        a name line opens a turn

    [00:00:00] Hey everyone, welcome back to Dockside.    the turn's paragraphs, each
    [00:00:09] I'm Dana Whitcombe, and with me …          stamped with its start time

    Speaker 2                                             a voice the tool could not name
    [00:02:12] This berth is the biggest …

The stamps read "[00:01:02]", "[01:02:03]" or "[1:02]"; blank lines between the name and its
paragraphs may be there or not. A line is a name line only when the next line of text is a
stamped paragraph; a document is read so only with two name lines or more, so that a notes
file whose headings are names over plain prose, or one name over a speech, is read as
before. Which labels are names, and the front matter above the first name line, the Descript
reader judges (``descript``).
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

# "[00:00:09] words", "[1:02] words"; Descript may add tenths ("[00:00:09.4]").
_STAMP = re.compile(r"^\[(?P<time>\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?)\]\s*(?P<words>.*)$")
_MIN_TURNS = 2
_LONGEST_NAME = 60
_SENTENCE_END = '.,;:!?)"”'


@dataclass(frozen=True)
class ParagraphTurns:
    """An export's name lines (line number → label) and its stamped paragraphs (line number
    → (time, the words without the stamp)), numbered from 1 as the document's lines."""

    names: dict[int, str]
    stamps: dict[int, tuple[str, str]]


def stamped(line: str) -> tuple[str, str] | None:
    """A stamped paragraph's (time, words): "[00:00:09] I'm Dana." → ("00:00:09", "I'm
    Dana."); None for any other line."""
    match = _STAMP.match(line.strip())
    return (match.group("time"), match.group("words")) if match else None


def _name_line(line: str) -> bool:
    """Whether a line could be a speaker's name alone: short, no stamp, no sentence."""
    return 0 < len(line) <= _LONGEST_NAME and line[0] != "[" and line[-1] not in _SENTENCE_END


def paragraph_turns(lines: Sequence[str]) -> ParagraphTurns | None:
    """The name lines and stamped paragraphs of ``lines``, or None when fewer than two
    name lines each stand right above a stamped paragraph (blank lines between allowed)."""
    texts = [(number, line.strip()) for number, line in enumerate(lines, 1) if line.strip()]
    stamps = {number: read for number, line in texts if (read := stamped(line))}
    if len(stamps) < _MIN_TURNS:
        return None
    names = {
        number: line
        for (number, line), (following, _) in pairwise(texts)
        if following in stamps and number not in stamps and _name_line(line)
    }
    if len(names) < _MIN_TURNS:
        return None
    return ParagraphTurns(names, stamps)
