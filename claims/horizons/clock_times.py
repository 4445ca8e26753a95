"""A time of day as a deadline: "by 9:00", "by 7:30", "before 5 pm", "by noon", "until
10:30am". People running a day's work set its deadlines by the clock ("We will post an
updated ETR by 9:00 either way", "they should be on site by 7:30"): the day is the one it
was said on (docs/horizons.md). A time already past when it was said would mean the next
day, but the time it was said is not known to the parser: the day said is taken, the
earliest honest reading, as "tonight" is. Only a time written as one ("9:00", "7:30", "5
pm", "noon", "midday"); "by 9" alone may be a figure ("up by 9"). Words of the past ("the
crew was there by 7:30") have no horizon; with the day said not known to the day, a time
of day dates nothing."""

from __future__ import annotations

import re

from claims.horizons.handlers import _Ctx, _Found
from claims.horizons.periods import _P_DAY, _fmt, _Period
from claims.horizons.result import HorizonKind
from claims.horizons.tense import _sounds_past

CLOCK = (
    r"(?P<cprep>by|before|until|till|no\s+later\s+than)\s+(?:about\s+|around\s+)?"
    r"(?:(?P<h>[01]?\d|2[0-3])(?::(?P<mm>[0-5]\d))(?:\s*(?P<ap>[ap])(?:\.m\.|m\b))?"
    r"|(?P<h2>1[0-2]|[1-9])\s*(?P<ap2>[ap])(?:\.m\.|m\b)|(?P<word>noon|midday))"
    r"(?![\d:%.,]\d|\s*(?:percent|per\s+cent|points?|%))"
)
CLOCK_CUES = "by before until till no"
CLOCK_UNKNOWN_DAY = "names a time of day, but not the day it was said: no date derived"


def h_clock(m: re.Match, ctx: _Ctx) -> _Found | None:
    """ "by 9:00", "before 5 pm", "by noon": the day it was said, day precision; vague when
    that day is not known to the day; None in words of the past."""
    if _sounds_past(ctx.text):
        return None
    if ctx.precision != _P_DAY:
        return _Found(HorizonKind.VAGUE, reason=CLOCK_UNKNOWN_DAY)
    day = ctx.said_on
    return _Found(HorizonKind.DATED, _Period(day, day, _P_DAY, _fmt(day)), relative=True)


_CLOCK_PHRASE = re.compile(rf"^{CLOCK}[\s.,;!]*$", re.IGNORECASE)


def clock_phrase(phrase: str) -> bool:
    """Whether a horizon's phrase is a time of day ("by 9:00", "before 5 pm"): the one
    horizon due on the day it was said."""
    return bool(phrase) and _CLOCK_PHRASE.match(phrase.strip()) is not None
