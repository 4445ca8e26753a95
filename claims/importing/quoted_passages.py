"""Passages a writer quotes from a named person, set off as paragraphs of their own.

A newsletter or a blog post copied from the browser loses the block quote's bar: what is left
is a paragraph that names the person and ends with a colon, then the person's words as plain
paragraphs, then the writer again::

    On Tuesday, ECB Executive Board member Ilse Vandermeer gave this year's Hollenbeck
    Lecture. I think the important passage was this one:          the lead-in
    Headline inflation has fallen faster than we projected …       the person's words
    Some of you will ask whether a June cut is a done deal. … We take our decisions …
    Read that first paragraph again.                               the writer again

The paragraph after such a lead-in is that person's, with a remark; the paragraphs after it
are theirs too while they speak for an institution ("we", "our", "us") and never in the
writer's first person singular ("I", "my", "me"): an official's statement runs on so, a
writer's comment does not. A lead-in is a paragraph ending with a colon that tells of saying
or writing ("said", "wrote", "posted", "put it", "the passage", "the statement", "this
one:") and names exactly one person in full besides the writer; a lead-in naming two, or a
firm, or nobody, changes nothing. Source of the layout: Substack, Ghost and WordPress posts
quoting speeches and statements, as copied from a browser.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claims.importing.attribution import people_named

__all__ = ["QUOTED_AFTER", "quoted_passages"]

_LEAD_IN = re.compile(
    r"(?i)\b(?:said|says|say|saying|wrote|writes|posted|tweeted|told|put\s+it|passage|statement"
    r"|remarks|speech|lecture|testimony|words|quote|went\s+on|added|this\s+one|like\s+this"
    r"|as\s+follows)\b[^.!?]{0,80}:\s*$"
)
_INSTITUTIONAL = re.compile(r"(?i)\b(?:we|our|ours|us|we're|we've|we'll)\b")
_SINGULAR = re.compile(r"(?i)\b(?:i|my|me|mine|i'm|i've|i'd|i'll)\b")
_HEADING_WORDS = 7  # a line of this many words or fewer not ending as a sentence: a heading
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*\s*$")

# The remark on a quoted passage's lines.
QUOTED_AFTER = (
    "quoted after “{lead}”: {person}'s words as the writer quotes them — check the passage"
    " is theirs"
)


def _person_in(text: str, writer: str) -> str:
    """The one person ``text`` names in full as a person who is not ``writer``
    (``attribution.people_named``); "" for none or several."""
    people = people_named(text, writer)
    return people[0] if len(people) == 1 else ""


def _prose(text: str) -> bool:
    """Whether a line is a paragraph of prose, not a heading or a page's short line."""
    return bool(text) and (
        len(text.split()) > _HEADING_WORDS or _SENTENCE_END.search(text) is not None
    )


def _next(texts: Sequence[str], index: int, end: int) -> int:
    while index < end and not texts[index].strip():
        index += 1
    return index


def quoted_passages(
    texts: Sequence[str], start: int, end: int, writer: str = ""
) -> dict[int, tuple[str, str]]:
    """The quoted passages among ``texts[start:end]`` (stripped lines of an article whose
    writer is ``writer``): index → (the person quoted, the remark to show). Empty when no
    paragraph leads in to a named person's words (see the module's docstring)."""
    found: dict[int, tuple[str, str]] = {}
    for index in range(start, end):
        text = texts[index].strip()
        if not text.endswith(":") or not _LEAD_IN.search(text):
            continue
        person = _person_in(text, writer)
        following = _next(texts, index + 1, end)
        if not person or following >= end or not _prose(texts[following].strip()):
            continue
        lead = re.split(r"(?<=[.!?])\s+", text)[-1]  # its last sentence
        lead = lead if len(lead) <= 80 else "…" + lead[-78:]
        remark = QUOTED_AFTER.format(lead=lead, person=person)
        found[following] = (person, remark)
        following = _next(texts, following + 1, end)
        while following < end:
            words = texts[following].strip()
            if not _prose(words) or not _INSTITUTIONAL.search(words) or _SINGULAR.search(words):
                break
            found[following] = (person, remark)
            following = _next(texts, following + 1, end)
    return found
