"""Call transcripts (earnings calls, conference calls, a Q&A run by an operator): who speaks.

In a call, "Operator:" is a participant, not a topic label: the operator's lines
(welcome, instructions, "Our next question comes from Dana Lee with Northfield
Capital.") are never anyone's claim, least of all the executives'. A caller the
operator introduces is the speaker of the lines that follow, up to the next cue; in a
call every cue's turn lasts so, as transcripts write a turn's paragraphs without
repeating the cue. A document is a call when an "Operator:" cue meets words that say
so ("earnings call", "conference call", "Q&A") or recurs.

Pure functions, no state: the notes reader (``notes``) keeps the turns.
"""

import re
from collections.abc import Iterable

from claims.importing.names import person_key, reads_as_name

# What the importer says of an operator's line: why it is not proposed.
OPERATOR = "the call's operator"

_OPERATOR_WORDS = frozenset(("operator", "conference operator", "call operator"))
_OPERATOR_LINE = re.compile(
    r"^\W{0,3}(?:conference\s+|call\s+)?operator\s*(?:[:—–]|\s-\s|$)", re.IGNORECASE
)
_CALL_WORDS = re.compile(
    r"\b(?:(?:earnings|conference|investor|analyst|analysts'?|results|quarterly)\s+call|"
    r"q\s?&\s?a|question[- ]and[- ]answer|questions?\s+and\s+answers?)\b",
    re.IGNORECASE,
)
# The operator handing the line to a caller: "Our next question comes from Dana Lee with
# Northfield Capital.", "The first question is from Marcus Webb of Halden.", "Next we have
# Priya Nair from Osprey Research.", "We'll take our next question from Ana Ruiz, Acme."
_NAME = r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:van|de|von|der|da|di|le|la|bin|al)?\s*[A-Z][\w'’-]*){1,3})"
_INTRODUCED = [
    re.compile(
        r"\b(?:question|questions|line|call)\s+(?:today\s+)?(?:comes|come|is|will come|"
        r"is coming)\s+from\s+(?:the\s+line\s+of\s+)?" + _NAME
    ),
    re.compile(r"\b(?:take|have)\s+(?:our|the|a)\s+\w+\s+question\s+from\s+" + _NAME),
    re.compile(r"\b(?:next|first|last|now)\s*,?\s+we\s+have\s+" + _NAME),
    re.compile(r"\b(?:we|I)\s+have\s+" + _NAME + r"\s+(?:on the line|with|of|from)\b"),
    re.compile(r"\bgo(?:ing)?\s+(?:over\s+)?to\s+" + _NAME + r"\s+(?:with|of|from|at)\b"),
]


def operator_cue(label: str) -> bool:
    """ "Operator", "OPERATOR", "Conference Operator": the cue of a call's operator."""
    return person_key(label) in _OPERATOR_WORDS


def call_document(lines: Iterable[str]) -> bool:
    """Whether notes are a call's transcript: an "Operator:" cue, and words that say it is a
    call ("earnings call", "conference call", "Q&A") or a second "Operator:" cue."""
    operators, called = 0, False
    for line in lines:
        if _OPERATOR_LINE.match(line.strip()):
            operators += 1
        elif not called and _CALL_WORDS.search(line):
            called = True
        if operators and (called or operators > 1):
            return True
    return False


def introduced_caller(text: str) -> str:
    """The caller an operator's line hands the line to ("Our next question comes from Dana
    Lee with Northfield Capital." → "Dana Lee"), or "" when it introduces nobody by name."""
    for pattern in _INTRODUCED:
        match = pattern.search(text)
        if match and reads_as_name(match.group("name")):
            return match.group("name")
    return ""
