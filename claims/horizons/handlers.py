"""Rule handlers: one per grammar rule, each turning a match into what it found (a dated
period or a vague time reference), or None when the match is not a horizon."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from claims.choices import DatePrecision
from claims.horizons.amounts import _amount, _delta, _quantity, _unit_key
from claims.horizons.periods import (
    _MONTH_ABBR,
    _MONTH_NUMBER,
    _ORDINALS,
    _P_DAY,
    _P_MONTH,
    _P_YEAR,
    _SEASONS,
    _calendar,
    _fmt,
    _month,
    _months,
    _occurrence,
    _Period,
    _year,
)
from claims.horizons.result import HorizonKind
from claims.horizons.tense import _sounds_past


@dataclass(frozen=True)
class _Ctx:
    text: str  # the input lower-cased, quotes and dashes made plain, offsets kept
    said_on: date
    precision: DatePrecision
    anchor: date  # the last day it could have been said


@dataclass(frozen=True)
class _Found:
    kind: HorizonKind
    period: _Period | None = None
    relative: bool = False  # counted from the said-on date, so bounded by its precision
    reason: str = ""


# ---- Handlers: one per grammar rule; each returns what it found, or None (not a horizon).


def _finish(m: re.Match, period: _Period, *, relative: bool) -> _Found:
    edge = (m.groupdict().get("edge") or "").lower()
    prep = (m.groupdict().get("prep") or "").lower()
    if edge in ("start", "beginning") or (prep == "before" and not edge):
        period = period.before()
    return _Found(HorizonKind.DATED, period, relative=relative)


def _h_rolling(m: re.Match, ctx: _Ctx) -> _Found | None:
    g = m.groupdict()
    # "in 2 days" may tell of the past ("we shipped it in 2 days"); "within" never does.
    if g.get("pre") in ("in", "take", "takes", "taking") and _sounds_past(ctx.text):
        return None
    delta = _delta(_amount(g), _unit_key(g["unit"]))
    name = f"{_quantity(delta)} after {_fmt(ctx.anchor)}"
    return _Found(HorizonKind.DATED, _Period(None, ctx.anchor + delta, _P_DAY, name), relative=True)


def _h_year(m: re.Match, ctx: _Ctx) -> _Found | None:
    return _finish(m, _year(_years(m)), relative=False)


def _years(m: re.Match) -> int:
    first = int(m["y1"])
    second = m["y2"]
    if second and len(second) == 2:  # "2025-26"
        return max(first, first // 100 * 100 + int(second))
    return max(first, int(second or first))


def _qualified_year(year: int, qualifier: str) -> _Period:
    if qualifier == "early":
        return _Period(None, date(year, 4, 30), _P_MONTH, f"early {year}, taken as 30 April {year}")
    if qualifier in ("mid", "middle"):
        return _Period(None, date(year, 6, 30), _P_MONTH, f"mid-{year}, taken as 30 June {year}")
    return _year(year)


def _h_qual_year(m: re.Match, ctx: _Ctx) -> _Found | None:
    qualifier = (m["q"] or m["edge"] or "").lower()
    return _finish(m, _qualified_year(_years(m), qualifier), relative=False)


def _h_decade(m: re.Match, ctx: _Ctx) -> _Found | None:
    first, qualifier = int(m["dec"]), (m["q"] or "").lower()
    if not qualifier:
        return _finish(m, _calendar("decade", date(first, 1, 1)), relative=False)
    year = first + {"early": 3, "mid": 6, "late": 9}[qualifier]
    name = f"the {qualifier} {first}s, taken as 31 December {year}"
    return _finish(m, _Period(None, date(year, 12, 31), _P_YEAR, name), relative=False)


def _h_relative(m: re.Match, ctx: _Ctx) -> _Found | None:
    g = m.groupdict()
    unit = (g.get("unit") or g.get("unit2") or "").lower() or _EO_UNITS[g["eo"].lower()]
    period = _calendar(unit, ctx.anchor)
    which = (g.get("which") or g.get("which2") or "").lower()
    if "next" in which or "coming" in which:
        period = _calendar(unit, period.end + timedelta(days=1))
    qualifier = (g.get("q") or g.get("edge") or "").lower()
    if unit == "year" and qualifier in ("early", "mid", "middle"):
        period = _qualified_year(period.end.year, qualifier)
    return _finish(m, period, relative=True)


_EO_UNITS = {"y": "year", "m": "month", "q": "quarter"}


def _h_year_after_next(m: re.Match, ctx: _Ctx) -> _Found | None:
    return _finish(m, _year(ctx.anchor.year + 2), relative=True)


def _cyclic(
    make: Callable[[re.Match, int], _Period], ok: Callable[[re.Match, _Ctx], bool] | None = None
) -> Callable[[re.Match, _Ctx], _Found | None]:
    """A handler for yearly things (months, seasons, quarters, Christmas) with or without a year.

    With a year it is absolute; with "this/next" or "this/next year" it is relative; with
    only a preposition ("in August") it is the next occurrence unless the sentence reads as
    past tense; with none of these ("the march of progress") it is not a horizon.
    """

    def handler(m: re.Match, ctx: _Ctx) -> _Found | None:
        g = m.groupdict()
        if g.get("y1") or g.get("yy"):
            year = int(g["y1"]) if g.get("y1") else 2000 + int(g["yy"])
            return _finish(m, make(m, year), relative=False)
        if g.get("rel"):
            year = ctx.anchor.year + (g["rel"] == "next")
            return _finish(m, make(m, year), relative=True)
        if ok is not None and not ok(m, ctx):
            return None
        which = (g.get("which") or "").lower()
        if not which and (not g.get("prep") or _sounds_past(ctx.text)):
            return None
        return _finish(m, _occurrence(make, m, ctx.anchor, which), relative=True)

    return handler


def _make_month(m: re.Match, year: int) -> _Period:
    name = m["month"].lower().rstrip(".")
    month = _MONTH_NUMBER.get(name) or _MONTH_ABBR[name]
    if m["day"]:
        day = date(year, month, int(m["day"]))
        return _Period(day, day, _P_DAY, _fmt(day))
    return _month(year, month)


_MODAL_MAY_MARCH = re.compile(
    r"\s+(?:be|have|not|also|well|see|need|want|take|get|make|go|come|find|become|happen|never"
    r"|already|on|to|of|toward|towards|forward|ahead)\b",
)


def _month_ok(m: re.Match, ctx: _Ctx) -> bool:
    """Without a year, a month must be spelled out, and "may"/"march" must not read as words."""
    name = m["month"].lower().rstrip(".")
    if name not in _MONTH_NUMBER:
        return False
    if m["day"] or name not in ("may", "march"):
        return True
    return not _MODAL_MAY_MARCH.match(ctx.text, m.end())


def _make_christmas(m: re.Match, year: int) -> _Period:
    day = date(year, 12, 24 if m["eve"] else 25)
    return _Period(day, day, _P_DAY, f"Christmas {'Eve' if m['eve'] else 'Day'} {year}")


def _make_season(m: re.Match, year: int) -> _Period:
    season = m["season"].lower().replace("fall", "autumn")
    first, last = _SEASONS[season]
    span = f"{year}-{str(year + 1)[2:]}" if last < first else str(year)
    return _months(year, first, last, f"meteorological {season} {span}")


def _make_quarter(m: re.Match, year: int) -> _Period:
    q = int(m["q"][1]) if m["q"] else _ORDINALS[m["qw"].lower()]
    return _months(year, 3 * q - 2, 3 * q, f"Q{q} {year}")


def _quarter_ok(m: re.Match, ctx: _Ctx) -> bool:
    # "in the last quarter" without a year is the one just gone.
    return not m["qw"] or m["qw"].lower() not in ("last", "final")


def _make_half(m: re.Match, year: int) -> _Period:
    h = int(m["h"][1]) if m["h"] else _ORDINALS[m["hw"].lower()]
    return _months(year, 6 * h - 5, 6 * h, f"H{h} {year}")


def _h_iso(m: re.Match, ctx: _Ctx) -> _Found | None:
    day = date(int(m["y1"]), int(m["mm"]), int(m["dd"]))
    return _finish(m, _Period(day, day, _P_DAY, _fmt(day)), relative=False)


def _h_dayword(m: re.Match, ctx: _Ctx) -> _Found | None:
    day = ctx.anchor + timedelta(days=m["dw"].lower() == "tomorrow")
    return _finish(m, _Period(day, day, _P_DAY, _fmt(day)), relative=True)


def _vague(reason: str) -> Callable[[re.Match, _Ctx], _Found | None]:
    def handler(m: re.Match, ctx: _Ctx) -> _Found | None:
        years = [int(y) for y in re.findall(r"(?:19|20|21)\d\d", m.group())]
        if years and max(years) < ctx.said_on.year:  # "after 2015", said in 2022: the past
            return None
        return _Found(HorizonKind.VAGUE, reason=reason)

    return handler


_TOO_VAGUE = _vague("is a time reference too vague to date")


def _h_vague_word(m: re.Match, ctx: _Ctx) -> _Found | None:
    """ "Soon", "eventually": vague about the future, but only narration in a past-tense
    sentence ("eventually decided to leave"), which is no horizon at all."""
    return None if _sounds_past(ctx.text) else _TOO_VAGUE(m, ctx)
