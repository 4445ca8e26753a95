"""Easter, the breaks of a parliament, a school or a court, and school years, as times a
promise is due by.

"By Easter", "before Easter 2027", "over Easter": Easter Sunday of the Western churches, the
Gregorian computus as ``dateutil.easter`` reckons it (EASTER_WESTERN). "Before" a day is the
day before it, as for Christmas.

A break said by its season or holiday ("before the summer recess", "by the Christmas break",
"ahead of the Easter holidays", "before the summer break"): the break begins on a day the
words do not give, somewhere in that season (or around that holiday). The latest honest
deadline is taken, so that a promise is never due too early: the end of the season (31 August
for summer, meteorological seasons as elsewhere), or the holiday itself; a remark asks the
curator for the break's first day. "Before the summer recess" is therefore not "before the
summer" (31 May), which would make a promise kept in July look broken.

A break said by its month ("before the August recess", "on the November ballot") is the
month rule's ("month_event" in ``grammar``).

A school or academic year ("for the 2026-27 school year", "in the 2027/28 academic year",
"this school year", "next school year") runs from late summer to the summer after; it ends
in June, July or August by country and district, so its latest end, 31 August, is taken,
with a remark asking for the day. "This school year" is the one under way (from September);
"next school year" the one after. A school year told in the past is no horizon.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateutil.easter import EASTER_WESTERN, easter

from claims.horizons.handlers import _Ctx, _cyclic, _finish, _Found, _has_prep
from claims.horizons.periods import (
    _P_DAY,
    _SEASONS,
    _fmt,
    _months,
    _occurrence,
    _Period,
)
from claims.horizons.result import HorizonKind
from claims.horizons.tense import _sounds_past

# The words a break goes by: a parliament's recess, a school's holidays, a court's vacation.
BREAK_WORDS = r"(?:break|recess|holidays?|hols|vacation|adjournment|shutdown|term\s+break)"

EASTER_WORDS = r"easter(?:\s+(?P<sunday>sunday|day))?(?!\s+(?:island|egg|eggs|bunny|rising)\b)"

BREAK_REMARK = (
    "deadline unclear: “{phrase}”: the break's first day is not said; {taken} is taken, the"
    " latest it can begin: give the day"
)


def make_easter(m: re.Match, year: int) -> _Period:
    """Easter Sunday of ``year`` (Western), a day."""
    day = easter(year, EASTER_WESTERN)
    return _Period(day, day, _P_DAY, f"Easter Sunday {year}")


def _season_end(season: str, year: int) -> _Period:
    """The whole meteorological ``season`` that begins in ``year`` (winter runs into the next)."""
    return _months(year, *_SEASONS[season], f"the {season} break {year}, at the latest")


def make_break(m: re.Match, year: int) -> _Period:
    """The span a break said by its season or holiday begins in, for the one of ``year``.

    Shape: a ``_Period`` whose end is the latest day the break can begin: the season's last
    day; for Christmas, Christmas Day; for Easter, Easter Sunday (a break around a holiday
    begins by the holiday itself)."""
    when = m["when"].lower().replace("fall", "autumn")
    if when in ("christmas", "xmas", "easter"):
        day = date(year, 12, 25) if when != "easter" else easter(year, EASTER_WESTERN)
        name = f"the {'Easter' if when == 'easter' else 'Christmas'} break {year}, at the latest"
        return _Period(day - timedelta(days=30), day, _P_DAY, name)
    return _season_end(when, year)


# "before Parliament's summer recess", "by the court's Easter vacation": a preposition before
# the owner of the break.
_OWNER_BEFORE = re.compile(
    r"\b(?:by|before|until|till|ahead\s+of|prior\s+to|in\s+time\s+for|during|over)\s+"
    r"(?:the\s+)?[a-z][\w.-]*(?:'s|s')\s+$"
)


def h_break(m: re.Match, ctx: _Ctx) -> _Found | None:
    """ "Before the summer recess", "by the Christmas break 2026", "ahead of next year's Easter
    holidays": the latest day the break can begin (``make_break``), with ``BREAK_REMARK``.
    Without a year, "this" or "next", a preposition must make it a time ("the summer break
    was quiet" names none), and the sentence must not tell of the past."""
    g = m.groupdict()
    if g["y1"]:
        period = make_break(m, int(g["y1"]))
    elif g["rel"]:
        period = make_break(m, ctx.anchor.year + (g["rel"] == "next"))
    else:
        which = (g["which"] or "").lower()
        owned = _OWNER_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start())
        if not (which or owned or _has_prep(m, ctx)) or _sounds_past(ctx.text):
            return None
        if g["years"]:  # "next year's summer recess": next calendar year's
            period = make_break(m, ctx.anchor.year + 1)
        else:
            period = _occurrence(make_break, m, ctx.anchor, which)
    latest = _Period(None, period.end, period.precision, period.name)
    remark = BREAK_REMARK.replace("{taken}", _fmt(period.end))
    return _Found(HorizonKind.DATED, latest, relative=not g["y1"], remark=remark)


h_easter = _cyclic(make_easter)


SCHOOL_YEAR_REMARK = (
    "deadline unclear: “{phrase}”: a school year ends in June, July or August by country and"
    " district; {taken}, the latest, is taken: give the day"
)


def _school_year(start: int) -> _Period:
    """The school year that begins in the late summer of ``start``, to 31 August after."""
    return _months(start, 9, 8, f"the {start}-{str(start + 1)[2:]} school year")


def h_school_year(m: re.Match, ctx: _Ctx) -> _Found | None:
    """ "For the 2026-27 school year", "in the 2027/28 academic year", "this school year",
    "next school year": the school year's latest end (``_school_year``), or with "before" the
    day before it begins, with ``SCHOOL_YEAR_REMARK``. A span of years that does not run one
    year to the next ("2026-28") is not one school year; one over, or told of the past, is no
    horizon."""
    g = m.groupdict()
    if g["y1"]:
        start, end = int(g["y1"]), g["y2"]
        if (int(end) if len(end) == 4 else start // 100 * 100 + int(end)) != start + 1:
            return None
    else:
        under_way = ctx.anchor.year if ctx.anchor.month >= 9 else ctx.anchor.year - 1
        start = under_way + (g["which"].lower() in ("next", "coming"))
    found = _finish(m, _school_year(start), relative=not g["y1"])
    if found.period is None or found.period.end < ctx.anchor or _sounds_past(ctx.text):
        return None
    remark = SCHOOL_YEAR_REMARK.replace("{taken}", _fmt(found.period.end))
    return found._replace(remark=remark)
