"""What a clause says of the time up to now, set aside before a forecast is looked for.

Two shapes tell of the past or the present beside a claim, and make it look back though
what it says of the future stands: a record over a span counted back from now ("inflation
is at its highest level in 15 years", "the first visit by a foreign minister in eleven
years": since, not until; the horizons' ``handlers._record_span`` reads the same), and the
progress noted after a target ("2 more eng hires by end of year, offer already out to
one": where it stands today). Source: newswire record phrases; board and meeting notes.
"""

import re

from claims.horizons.handlers import FUTURE_SAID, RECORD_NOUNS, RECORD_WORDS

NUMBER = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|several)"
UNIT = r"(?:years?|months?|weeks?|decades?|days?)"
# A span counted back after a superlative: "its highest level in 15 years", no time ahead.
_RECORD_SPAN = re.compile(rf"\b(?:{RECORD_WORDS}){RECORD_NOUNS}\s+in\s+(?:a|an|{NUMBER})\s+{UNIT}")
# The progress so far noted after a target, in a verbless clause of its own: "2 more eng
# hires by end of year, offer already out to one", "40 trucks by July, three already
# delivered"; not a target said to be met, nor a past with its own subject and verb.
_PROGRESS_NOTE = re.compile(
    r"(?<=\w),\s+(?:(?:with|and)\s+)?"
    r"(?!(?:target|goal|it|that|this|which|we|i|they|he|she|you)\b)"
    r"(?:(?!(?:had|has|have|was|were|did)\b)[\w$£€%.-]+\s+){1,3}?already\s+"
    r"(?!(?:been|done|gone|had|made|happened|over|met|hit|reached|achieved|exceeded|beaten"
    r"|passed|complete|completed)\b)(?:[\w$£€%.-]+\s*){1,5}"
    r"(?:\s*\([^()]{1,60}\))?[.!]?$"  # "… offer already out to one (backend, ex-Ovenly)"
)


def record_spans_dropped(lowered: str) -> str:
    """``lowered`` (normalised, lower case) without a span counted back after a superlative
    ("at its highest level in 15 years"), unless it speaks of the future ("will open the
    first store in two years": the horizon parser asks)."""
    if "in " not in lowered or FUTURE_SAID.search(lowered):
        return lowered
    return _RECORD_SPAN.sub(" ", lowered)


def progress_dropped(lowered: str) -> str:
    """``lowered`` without the progress so far noted after its target ("…, offer already
    out to one"), which tells where the target stands, not that it is past."""
    return _PROGRESS_NOTE.sub("", lowered) if "already" in lowered else lowered
