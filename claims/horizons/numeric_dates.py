"""A day written in figures, day and month apart by a dot or a slash: "by 16.02.2026", "bis
16.02.", "until 28.2.", "on 16/02/2026", "by 02/16/2026", "due 3/4/27".

A dot puts the day first, as everywhere it is written so (DIN 5008 in Germany and Austria,
and the Nordic, Swiss, Czech, Polish and Russian usage): "16.02." is 16 February. A slash is
day first in most of the world and month first in the United States; where one of the two
numbers is over 12 only one reading is a date ("16/02", "02/16"), and where both are 12 or
under ("03/04/2026") the words do not say which is meant: the later day is taken, so that a
promise is never due too early, and a remark asks the curator for the day. The ISO form
("2026-02-16") is the ``iso`` rule's.

With its year the day is absolute (two figures are the 2000s: "16.02.26"). Without it, it
is the next such day after the day it was said, and only after a word that makes it a
deadline ("by", "until", "before", "on", "due"): bare figures are too often a number
("grew by 12.05 percent", "support 24/7", "a 3/4 majority").
"""

from __future__ import annotations

import re
from datetime import date

from claims.horizons.handlers import _Ctx, _finish, _Found
from claims.horizons.periods import _P_DAY, _fmt, _Period
from claims.horizons.scheduled import before_event

_YEAR = r"(?:(?P<y1>(?:19|20|21)\d\d)|(?P<yy>\d\d))"
_PREPS = r"by|until|till|til|before|on|due|from|through|thru|ab|bis"
# "by 16.02.2026", "until 28.2.", "bis 16.02." (a dotted day ends with its dot, the year with it)
DOTTED = (
    rf"(?:(?P<prep>{_PREPS})\s+)?(?<![\d.,$€£])(?P<a>[0-3]?\d)\.(?P<b>[01]?\d)"
    rf"(?:\.{_YEAR}|\.)?(?![\d]|\.\d|,\d)"
)
# "on 16/02/2026", "by 02/16/26", "until 3/4" (one slash only without the year)
SLASHED = (
    rf"(?:(?P<prep>{_PREPS})\s+)?(?<![\d/.,$€£])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)"
    rf"(?:/{_YEAR})?(?![\d/]|\.\d|,\d)"
)
NUMERIC_CUES = "@prep? on due from ab bis @count"

# What follows a number, not a day: "by 12.05 percent", "by 1.5 points", "3/4 of members".
_NUMBER_AFTER = re.compile(
    r"\s*(?:%|per\s*cent|percent|bp|bps|basis|points?|pp|pts?|x\b|times|[mb]illion|bn\b|m\b"
    r"|k\b|°|degrees?|kg|km|mw|gw|kwh|mph|of\b|majority|support|coverage|service|access)",
    re.IGNORECASE,
)
# A change by an amount: "rose by 16.02", "cut by 3/4".
_CHANGE_BEFORE = re.compile(
    r"\b(?:rise|rises|rose|risen|fall|falls|fell|fallen|grow|grows|grew|grown|increase[sd]?"
    r"|decrease[sd]?|cut|cuts|drop(?:s|ped)?|gain(?:s|ed)?|los[et]|loses|jump(?:s|ed)?"
    r"|climb(?:s|ed)?|slip(?:s|ped)?|slid|shr[iau]nk|shrinks|up|down|beat|beats|won|win"
    r"|lead|leads|led|trail(?:s|ed)?|margin)\s+$",
    re.IGNORECASE,
)
NUMERIC_AMBIGUOUS = (
    "deadline unclear: “{phrase}” may be day/month or month/day; {taken}, the later, is"
    " taken: give the day"
)


def _readings(m: re.Match, slashed: bool) -> list[tuple[int, int]]:
    """(day, month) readings of the two figures: one for a dot (day first), one or two for a
    slash (day first and month first, where both are months)."""
    a, b = int(m["a"]), int(m["b"])
    readings = [(a, b)]
    if slashed:
        readings.append((b, a))
    return list(
        dict.fromkeys((day, month) for day, month in readings if 1 <= month <= 12 and day >= 1)
    )


def _day(year: int, day: int, month: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:  # 31.02., 29.02. of a common year
        return None


def _a_number(m: re.Match, ctx: _Ctx, slashed: bool) -> bool:
    """Whether figures said without their year are a number, not a day: no word of a
    deadline before them, a change by an amount ("rose by 10.12"), or single figures around
    a dot ("by 2.5.": a number ending its sentence as often as a day)."""
    if not m["prep"] or _CHANGE_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        return True
    return len(m["a"]) == len(m["b"]) == 1 and not slashed


def _h_numeric(m: re.Match, ctx: _Ctx, *, slashed: bool) -> _Found | None:
    year = int(m["y1"]) if m["y1"] else 2000 + int(m["yy"]) if m["yy"] else None
    if slashed and (m["a"], m["b"]) == ("24", "7"):  # "on 24/7 standby": round the clock
        return None
    if _NUMBER_AFTER.match(ctx.text, m.end()) or (year is None and _a_number(m, ctx, slashed)):
        return None
    days = []
    for day, month in _readings(m, slashed):
        if year is not None:
            found = _day(year, day, month)
        else:  # the next such day after the day it was said
            found = next(
                (
                    d
                    for y in (ctx.anchor.year, ctx.anchor.year + 1)
                    if (d := _day(y, day, month)) and d > ctx.anchor
                ),
                None,
            )
        if found is not None:
            days.append(found)
    if not days:
        return None
    taken = max(days)
    found = _finish(m, _Period(taken, taken, _P_DAY, _fmt(taken)), relative=year is None)
    if (m["prep"] or "").lower() == "on" and before_event(ctx.text, m.start()):
        found = found._replace(period=found.period.before())  # "before the vote on 16.02."
    if len(set(days)) > 1:
        found = found._replace(remark=NUMERIC_AMBIGUOUS.replace("{taken}", _fmt(taken)))
    return found


def h_dotted(m: re.Match, ctx: _Ctx) -> _Found | None:
    """ "by 16.02.2026", "until 28.2.": that day, day first; None for a number ("by 12.05
    percent") or a day that does not exist."""
    return _h_numeric(m, ctx, slashed=False)


def h_slashed(m: re.Match, ctx: _Ctx) -> _Found | None:
    """ "on 16/02/2026", "by 02/16/2026": the one reading that is a day; where both are
    ("03/04/2026"), the later, with ``NUMERIC_AMBIGUOUS``; None for a number ("24/7")."""
    return _h_numeric(m, ctx, slashed=True)
