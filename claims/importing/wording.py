"""The word tools the statement classifier's modules share (``claims.importing.classify``).

How a text is made ready for matching (``normalise``, ``spaced``, ``_bare``), the cheap look
before a pattern (``_has_any``), patterns joined to test the word boundary once
(``_at_word_boundary``), and the bounded cache for the checks that read only their text
(``_kept``). Pure functions.
"""

import datetime
import functools
import re

from claims.importing.horizon_readings import READINGS_KEPT

# Each check that reads only its text is cached (``claims.importing.classify``'s docstring).
_kept = functools.lru_cache(maxsize=READINGS_KEPT)


def _has_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether any of ``words`` is in ``text``: a cheap test before a pattern that cannot
    match without one of them (substring tests cost a tenth of a regular expression's)."""
    for word in words:  # noqa: SIM110 - a loop is three times as fast as ``any`` here
        if word in text:
            return True
    return False


_LOOKBEHINDS = re.compile(r"(?:\(\?<!?[^()]*\))*")


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern`` (split at each ``|`` outside groups and
    classes)."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 1
        elif in_class:
            in_class = char != "]"
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "[":
            in_class = True  # a "]" first in the class ("[]…]", "[^]…]") is one of its own
            i += 2 if pattern.startswith("^]", i + 1) else pattern.startswith("]", i + 1)
        elif char == "|" and not depth:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*parts, pattern[start:]]


def _at_word_boundary(patterns: list[str]) -> re.Pattern:
    """``patterns`` joined as alternatives, each opening with ``\\b`` (maybe after
    lookbehinds), with the ``\\b`` tested once before them: the engine then tries the
    alternatives only where a word starts or ends, not at every character (four times as
    fast on a transcript's statements), and finds what the plain join finds.

    Raises ``ValueError`` for an alternative that does not open so."""
    bodies = []
    for alternative in (part for pattern in patterns for part in _alternatives(pattern)):
        before, boundary, after = alternative.partition(r"\b")
        if not boundary or not _LOOKBEHINDS.fullmatch(before):
            raise ValueError(f"does not open with a word boundary: {alternative!r}")
        bodies.append(before + after)
    return re.compile(r"\b(?:" + "|".join(bodies) + ")")


_WORD = re.compile(r"[\w$%]+")

MIN_WORDS = 3

_NOT_BARE = re.compile(r"[^\w'&.\s-]+|(?<!\w)[.-]|[.-](?!\w)")


# Spaces as speech and captions give them: several in a row, a line break, a tab, a
# no-break space between two words.
_LOOSE_SPACE = re.compile(r"\s{2,}|[^\S ]")


def spaced(text: str) -> str:
    """``text`` with one plain space wherever it has a run of white space ("I would  recommend",
    "we would\nsuggest" → "I would recommend", "we would suggest"): the word patterns here
    are written with single spaces. Its ends are kept."""
    if "  " not in text and text.isprintable():
        # Every white space but the plain space is unprintable (str.isprintable): none here.
        return text
    return _LOOSE_SPACE.sub(" ", text)


@_kept
def normalise(text: str) -> str:
    """Lower case with straight apostrophes and one space between words (``spaced``), for
    matching word patterns: the words' positions are those of ``spaced(text)``."""
    return spaced(text.lower().replace("’", "'").replace("‘", "'"))


@_kept
def _bare(text: str) -> str:
    """Lower case, punctuation dropped, spaces single: "Thanks, Joe!" → "thanks joe"."""
    return " ".join(_NOT_BARE.sub(" ", normalise(text)).split())


_FIRST_WORD = re.compile(r"[\w'’-]+")
_LONG_AGO = datetime.date(1900, 1, 1)  # any year said reads as a horizon: the phrase is wanted
