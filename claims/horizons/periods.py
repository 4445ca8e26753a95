"""Periods and calendar arithmetic: month ends, rounding a date up to a precision, calendar
periods (year, quarter, month, week, decade, century) and the next occurrence of a yearly
thing (a month, a season, a holiday)."""

from __future__ import annotations

import re
from calendar import isleap
from collections.abc import Callable
from datetime import date, timedelta
from functools import cache
from typing import NamedTuple

from claims.choices import DatePrecision

_P_DAY, _P_MONTH, _P_YEAR = DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR
_RANK = {_P_DAY: 0, _P_MONTH: 1, _P_YEAR: 2}
_MONTH_NAMES = (
    "", "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_MONTH_NUMBER = {name.lower(): i for i, name in enumerate(_MONTH_NAMES) if name}
_MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8}
# Every way a month is written in a date, in lower case: "january", "jan", "sept", "sep".
MONTH_WORDS = {
    **_MONTH_NUMBER,
    **_MONTH_ABBR,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH_ABBR |= {"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
_SEASONS["winter"] = (12, 2)
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4}
_ORDINALS |= {"4th": 4, "last": 4, "final": 4, "latter": 2, "back": 2, "front": 1}


# ---- Periods and calendar arithmetic.


class _Period(NamedTuple):
    """A span of time; ``start`` is None for a point ("mid-2025", "2 years after ...")."""

    start: date | None
    end: date
    precision: DatePrecision
    name: str

    @property
    def label(self) -> str:
        if self.start is None or self.start == self.end:
            return self.name
        return f"end of {self.name}"

    def before(self) -> _Period:
        """'Before X' is the day before X begins; before a point it is that point."""
        if self.start is None:
            return self
        return _Period(None, self.start - timedelta(days=1), self.precision, f"before {self.name}")


@cache  # a handful of dates recur in every text's rule
def _fmt(day: date) -> str:
    return f"{day.day} {_MONTH_NAMES[day.month]} {day.year}"


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _month_end(year: int, month: int) -> date:
    # calendar.monthrange also works out the weekday, which took most of its time
    return date(year, month, _MONTH_DAYS[month] + (month == 2 and isleap(year)))


def _round_up(day: date, precision: DatePrecision) -> date:
    if precision is _P_YEAR:
        return date(day.year, 12, 31)
    return _month_end(day.year, day.month) if precision is _P_MONTH else day


def _year(year: int) -> _Period:
    return _Period(date(year, 1, 1), date(year, 12, 31), _P_YEAR, str(year))


def _months(year: int, first: int, last: int, name: str) -> _Period:
    """Months ``first`` to ``last`` of ``year``; ``last`` < ``first`` runs into the next year."""
    end = _month_end(year + (last < first), last)
    return _Period(date(year, first, 1), end, _P_MONTH, name)


def _month(year: int, month: int) -> _Period:
    return _months(year, month, month, f"{_MONTH_NAMES[month]} {year}")


def _calendar(unit: str, day: date) -> _Period:
    """The calendar year/month/quarter/week/decade/century containing ``day``."""
    if unit == "year":
        return _year(day.year)
    if unit == "month":
        return _month(day.year, day.month)
    if unit == "quarter":
        q = (day.month - 1) // 3 + 1
        return _months(day.year, 3 * q - 2, 3 * q, f"Q{q} {day.year}")
    if unit == "week":  # ISO weeks: Monday to Sunday
        monday = day - timedelta(days=day.weekday())
        return _Period(monday, monday + timedelta(days=6), _P_DAY, f"the week of {_fmt(monday)}")
    span = 10 if unit == "decade" else 100  # decades 2020-2029, centuries 2000-2099
    first = day.year // span * span
    name = f"the {first}s" if span == 10 else f"the century {first}-{first + 99}"
    return _Period(date(first, 1, 1), date(first + span - 1, 12, 31), _P_YEAR, name)


def _occurrence(
    make: Callable[[re.Match, int], _Period], m: re.Match, anchor: date, which: str
) -> _Period:
    """The yearly thing (a month, season, holiday) meant, relative to ``anchor``.

    "next X": the first X not yet begun. "this X": the X under way, else the one of this
    calendar year, even if over ("this summer", said in October, is past). "by X": the
    first X that ends after ``anchor`` ("by Christmas", said on Christmas Day, is next year's).
    """
    candidates = [make(m, year) for year in range(anchor.year - 1, anchor.year + 2)]
    for period in candidates:
        assert period.start is not None
        if which == "next" and period.start > anchor:
            return period
        if which == "this" and period.start <= anchor <= period.end:
            return period
        if not which and period.end > anchor:  # never due on the day it was said
            return period
    return candidates[1]
