"""A pattern's matches in a whole document, looked for only around the words it needs.

A document-wide look (who holds an office, which events are given a day, which
organisations someone leads) runs a long pattern over every position of a file of tens of
thousands of lines; most of those lines hold none of the words the pattern cannot match
without. ``finditer_near`` finds those words first with ``str.find`` on the lower-cased text
(a substring search costs a small part of a regular expression's attempt at each position)
and runs the pattern only over the lines around them: the line of each word, the line
before it (where a name or "the" before the word may begin) and the line after (where the
pattern may run on across a line break). Spans that meet are joined, so each match is found
once and in the order of a scan of the whole text. Pure functions.
"""

import re
from collections.abc import Iterable, Iterator


def word_windows(text: str, words: Iterable[str]) -> list[tuple[int, int]]:
    """The ``(start, end)`` spans of ``text`` (character offsets, ``end`` exclusive) around
    each occurrence of any of ``words`` (lower case; found in any case): from the start of
    the line before the word's line to the end of the line after it, spans that meet
    joined, in order. ``[(0, len(text))]`` when lower-casing changes the text's length
    (offsets would not match), ``[]`` when none of ``words`` occurs."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return [(0, len(text))]
    hits = []
    for word in words:
        at = lowered.find(word)
        while at != -1:
            hits.append(at)
            at = lowered.find(word, at + 1)
    spans: list[tuple[int, int]] = []
    for at in sorted(hits):
        line_start = text.rfind("\n", 0, at) + 1
        start = text.rfind("\n", 0, max(line_start - 1, 0)) + 1 if line_start else 0
        line_end = text.find("\n", at)
        end = len(text) if line_end == -1 else text.find("\n", line_end + 1)
        end = len(text) if end == -1 else end
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    return spans


def finditer_near(pattern: re.Pattern, text: str, words: Iterable[str]) -> Iterator[re.Match]:
    """``pattern.finditer(text)``, run only over ``word_windows(text, words)``: ``words``
    must hold, in lower case, a word every match of ``pattern`` contains."""
    for start, end in word_windows(text, words):
        yield from pattern.finditer(text, start, end)
