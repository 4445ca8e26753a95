"""Time words as people type them in chats: abbreviated and misspelt ("by the end of next yr",
"nxt year", "b4 christmas", "tmrw", "6 mths", "febuary"), read as the words they
stand for, so the horizon parser's rules apply to them.

``expanded(text)`` gives the text with each such word written out, and the offsets to map a
phrase found in it back to the words as typed; None when there is none (most texts: a few
substring looks decide). A word only stands for a time word where it reads as one: "yr"
after a word that counts or names a year ("next yr", "this yr", "end of yr", "2 yr", "a yr",
"yr end"), not alone or as a label in capitals ("YR 10", "the YR team"); "b4" before a word
("b4 christmas"), not a paper size ("a B4 sheet"); "wil" before a verb ("wil be up").
One spoken form is read the same way: "to" after "commit" before a period names a deadline
as "by" does ("I'll commit to the end of January" → "by the end of January"; "commit to the
plan" is left as it is).
Source: how chat and text messages abbreviate (WhatsApp, Slack, SMS); meeting transcripts.
"""

from __future__ import annotations

import functools
import re

# Words typed for a time word, and what each stands for.
_WORDS = {
    "nxt": "next",
    "tmrw": "tomorrow",
    "tmrow": "tomorrow",
    "tmoz": "tomorrow",
    "tomoz": "tomorrow",
    "tomorow": "tomorrow",
    "tommorow": "tomorrow",
    "tommorrow": "tomorrow",
    "tomorro": "tomorrow",
    "tomrw": "tomorrow",
    "2moro": "tomorrow",
    "2morrow": "tomorrow",
    "2morow": "tomorrow",
    "2mrw": "tomorrow",
    "2day": "today",
    "2nite": "tonight",
    "tonite": "tonight",
    "mth": "month",
    "mths": "months",
    "mnth": "month",
    "mnths": "months",
    "wk": "week",
    "wks": "weeks",
    "qtr": "quarter",
    "qtrs": "quarters",
    "xmass": "christmas",
    "chrstmas": "christmas",
    "christmass": "christmas",
    "chistmas": "christmas",
    "crimbo": "christmas",
    "febuary": "february",
    "feburary": "february",
    "janaury": "january",
    "januray": "january",
    "agust": "august",
    "septmber": "september",
    "octobre": "october",
    "novmber": "november",
    "decmber": "december",
    "wensday": "wednesday",
    "wendsday": "wednesday",
    "wednesay": "wednesday",
    "thurday": "thursday",
    "thursay": "thursday",
    "saterday": "saturday",
    "tuseday": "tuesday",
}
_WORD = re.compile(r"(?<![\w'’-])(?:" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")\b")
# "yr" where it counts or names a year: after "next", "this", "last", "of", "a", a number…,
# or before "end" ("yr end", "yr-end").
_YEAR = re.compile(
    r"(?<![\w'’-])(?:(?P<lead>(?:next|nxt|this|last|coming|following|of|the|a|one|per|each"
    r"|every|\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)[\s-]+)(?P<w>yrs?)"
    r"|(?P<w2>yr)(?=[\s-]?end\b))\b(?![.'’]?\w)"
)
_BEFORE = re.compile(r"(?<![\w-])b4(?=\s+(?!(?:paper|sheet|size|sheets|envelope|format)\b)[a-z\d])")
_WILL = re.compile(r"(?<![\w'’-])wil(?=\s+(?:be|have|get|go|make|win|lose|come|do|not)\b)")
# "commit to the end of January": a deadline, as "by" says it.
_COMMIT_TO = re.compile(
    r"(?<![\w-])commit(?:s|ting)?\s+(?P<to>to)(?=\s+(?:the\s+(?:very\s+)?(?:end|close|middle"
    r"|start|beginning)\s+of\b|mid-?[a-z]|(?:january|february|march|april|may|june|july|august"
    r"|september|october|november|december)\b|(?:19|20)\d\d\b|(?:mon|tues|wednes|thurs|fri"
    r"|satur|sun)day\b|(?:this|next)\s+(?:week|month|year|quarter|spring|summer|autumn|winter)\b))"
)
# The letters any of those words has: a cheap look before the patterns.
_CUES = ("yr", "nxt", "b4", "tm", "tom", "2m", "2day", "2nite", "tonite", "mth", "mnth", "wk")
_CUES += ("qtr", "xmass", "chrst", "christmass", "chist", "crimbo", "febu", "febur", "janau")
_CUES += ("janur", "agust", "septm", "octobre", "novm", "decm", "wens", "wends", "wednesa")
_CUES += ("thurd", "thursa", "sater", "tused", "wil ", "commit")


def _cued(low: str) -> bool:
    """Whether ``low`` holds any of ``_CUES``."""
    for cue in _CUES:  # noqa: SIM110 - a loop is twice as fast as ``any`` over a generator
        if cue in low:
            return True
    return False


@functools.lru_cache(maxsize=4096)
def expanded(text: str) -> tuple[str, tuple[tuple[int, int, int, int], ...]] | None:
    """``text`` with its typed time words written out, and the replacements made, each as
    (start, end) in the new text and (start, end) in ``text``; None when nothing is typed so.
    "by the end of next yr" → ("by the end of next year", ((18, 22, 18, 20),)). Case is kept
    where it can be ("Nxt" → "Next"); "YR" in capitals is a label, left as it is."""
    low = text.lower()
    if not _cued(low):
        return None
    spans: list[tuple[int, int, str]] = []
    for match in _WORD.finditer(low):
        spans.append((match.start(), match.end(), _WORDS[match.group()]))
    for match in _YEAR.finditer(low):
        group = "w" if match["w"] else "w2"
        start, end = match.span(group)
        if text[start:end].isupper():  # "the YR team": a label
            continue
        spans.append((start, end, "years" if match[group].endswith("s") else "year"))
    for pattern, word in ((_BEFORE, "before"), (_WILL, "will")):
        spans += [(m.start(), m.end(), word) for m in pattern.finditer(low)]
    spans += [(*m.span("to"), "by") for m in _COMMIT_TO.finditer(low)]
    if not spans:
        return None
    spans.sort()
    parts: list[str] = []
    made: list[tuple[int, int, int, int]] = []
    at = 0
    length = 0
    for start, end, word in spans:
        if start < at:
            continue  # overlapping ("nxt yr": both read, each once)
        parts.append(text[at:start])
        length += start - at
        typed = text[start:end]
        out = word.capitalize() if typed[:1].isupper() and not typed.isupper() else word
        parts.append(out)
        made.append((length, length + len(out), start, end))
        length += len(out)
        at = end
    parts.append(text[at:])
    return "".join(parts), tuple(made)


def as_typed(position: int, made: tuple[tuple[int, int, int, int], ...], *, end: bool) -> int:
    """The offset in the text as typed of ``position`` in its expanded text (``expanded``):
    inside a word written out, its start (or its end, for a phrase's ``end``)."""
    shift = 0
    for new_start, new_end, old_start, old_end in made:
        if position <= new_start:
            break
        if position < new_end:
            return old_end if end else old_start
        shift = old_end - new_end
    return position + shift
