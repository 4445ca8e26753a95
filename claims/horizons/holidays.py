"""US and Canadian public holidays (and a few other fixed days) as times a promise is due by.

"Before the Fourth of July", "by Independence Day", "by Memorial Day", "by Labor Day", "by
Thanksgiving", "by Canada Day", "by Victoria Day", "by Bastille Day": a day fixed by rule,
so the deadline is that day ("before" it, the day before, as for Christmas and Easter).
Only days whose date a rule fixes are read; a holiday that moves by province, state or
church calendar is left to the curator.

The rules, as the federal holiday statutes (5 U.S.C. 6103) and Canada's Holidays Act and
provincial acts set them, computed with ``dateutil.relativedelta``:

- Independence Day, the Fourth of July: 4 July; Canada Day: 1 July; Bastille Day: 14 July;
  Juneteenth: 19 June; Veterans Day, Remembrance Day: 11 November; Halloween: 31 October;
  Valentine's Day: 14 February; St Patrick's Day: 17 March.
- Martin Luther King Jr. Day: the third Monday of January; Presidents' Day: the third Monday
  of February; Memorial Day: the last Monday of May; Victoria Day: the Monday before 25 May;
  Labor Day: the first Monday of September; Columbus Day: the second Monday of October.
- Thanksgiving: the fourth Thursday of November in the United States, the second Monday of
  October in Canada. "American" or "Canadian" before it says which; without it the later,
  the American, is taken (never due too early), with ``COUNTRY_REMARK`` asking.
- "Labour Day", so spelt, is the first Monday of September in Canada but 1 May in much of
  the world: the September day is taken, with ``LABOUR_REMARK`` asking.
"""

from __future__ import annotations

import re
from datetime import date

from dateutil.relativedelta import MO, TH, relativedelta

from claims.horizons.handlers import _Ctx, _cyclic, _Found
from claims.horizons.periods import _P_DAY, _fmt, _Period

_FIXED = {
    "independence": (7, 4, "Independence Day"),
    "fourth": (7, 4, "the Fourth of July"),
    "canada": (7, 1, "Canada Day"),
    "bastille": (7, 14, "Bastille Day"),
    "juneteenth": (6, 19, "Juneteenth"),
    "veterans": (11, 11, "Veterans Day"),
    "remembrance": (11, 11, "Remembrance Day"),
    "halloween": (10, 31, "Halloween"),
    "valentine": (2, 14, "Valentine's Day"),
    "patrick": (3, 17, "St Patrick's Day"),
}
# A holiday on a weekday of a month: (month, first day counted from, weekday, nth).
_RULED = {
    "mlk": (1, 1, MO(+3), "Martin Luther King Jr. Day"),
    "presidents": (2, 1, MO(+3), "Presidents' Day"),
    "memorial": (5, 31, MO(-1), "Memorial Day"),
    "victoria": (5, 24, MO(-1), "Victoria Day"),
    "labor": (9, 1, MO(+1), "Labor Day"),
    "columbus": (10, 1, MO(+2), "Columbus Day"),
    "us_thanksgiving": (11, 1, TH(+4), "Thanksgiving (US)"),
    "ca_thanksgiving": (10, 1, MO(+2), "Thanksgiving (Canada)"),
}

HOLIDAY = (
    r"(?:(?P<which>this|next)(?:\s+year's)?\s+)?(?:the\s+)?"
    r"(?:(?P<country>american|us|u\.s\.|canadian|canada's)\s+)?"
    r"(?P<holiday>independence\s+day|(?:fourth|4th)\s+of\s+july|july\s+fourth"
    r"|memorial\s+day|labou?r\s+day|thanksgiving(?:\s+day)?|canada\s+day|victoria\s+day"
    r"|bastille\s+day|juneteenth|veterans'?\s+day|remembrance\s+day|halloween"
    r"|valentine'?s\s+day|(?:st\.?|saint)\s+patrick'?s\s+day"
    r"|(?:martin\s+luther\s+king(?:\s+jr\.?)?|mlk)\s+day|president'?s'?\s+day|columbus\s+day)\b"
)
HOLIDAY_CUES = (
    "@prep? @count this next the american us u canadian canada's independence fourth july"
    " memorial labor labour thanksgiving canada victoria bastille juneteenth veterans veterans'"
    " remembrance halloween valentine's valentines st saint martin mlk president's presidents"
    " presidents' columbus"
)

COUNTRY_REMARK = (
    "deadline unclear: “{phrase}”: {name} falls on different days by country; {taken}, the"
    " later, is taken: which country is meant?"
)

LABOUR_REMARK = (
    "deadline unclear: “{phrase}”: Labour Day is 1 May in much of the world and the first"
    " Monday of September in Canada; {taken} is taken: which country is meant?"
)


def _key(m: re.Match) -> str:
    """The entry of ``_FIXED`` or ``_RULED`` the matched holiday's name is."""
    name = m["holiday"].lower()
    if name.startswith("thanksgiving"):
        country = (m["country"] or "").lower()
        return "ca_thanksgiving" if country.startswith("canad") else "us_thanksgiving"
    if name.startswith(("martin", "mlk")):
        return "mlk"
    if name.startswith("july"):
        return "fourth"
    first = re.split(r"[\s'.]", name)[0]
    if first in ("st", "saint"):
        return "patrick"
    if first in ("labour", "labor"):
        return "labor"
    return {"4th": "fourth", "president": "presidents", "valentines": "valentine"}.get(first, first)


def holiday_day(key: str, year: int) -> tuple[date, str]:
    """The day of the holiday ``key`` (of ``_FIXED`` or ``_RULED``) in ``year``, and its name.
    Source: the holiday statutes named in this module's docstring."""
    if key in _FIXED:
        month, day, name = _FIXED[key]
        return date(year, month, day), name
    month, start, weekday, name = _RULED[key]
    return date(year, month, start) + relativedelta(weekday=weekday), name


def make_holiday(m: re.Match, year: int) -> _Period:
    """The holiday matched by ``HOLIDAY`` in ``year``, a one-day ``_Period``."""
    day, name = holiday_day(_key(m), year)
    return _Period(day, day, _P_DAY, f"{name} {year}")


_h_cycle = _cyclic(make_holiday)


def h_holiday(m: re.Match, ctx: _Ctx) -> _Found | None:
    """ "by Memorial Day", "before the Fourth of July", "by Thanksgiving 2026": the holiday's
    day (``make_holiday``), the next one unless a year or "this"/"next" says which; "before"
    it, the day before. Thanksgiving without its country, and "Labour Day" so spelt, take the
    later day with ``COUNTRY_REMARK`` (``LABOUR_REMARK``). None where ``_cyclic`` finds no
    time (no preposition, or told of the past)."""
    if m["country"] and m["holiday"].lower()[:4] not in ("than", "labo"):
        return None  # "the Canadian Independence Day": a country and a holiday it has not
    found = _h_cycle(m, ctx)
    if found is None or found.period is None:
        return found
    name = m["holiday"].lower()
    if (name.startswith("thanksgiving") and not m["country"]) or name.startswith("labour"):
        remark = COUNTRY_REMARK.replace("{name}", "Thanksgiving")
        if name.startswith("labour"):
            remark = LABOUR_REMARK
        remark = remark.replace("{taken}", _fmt(found.period.end))
        found = found._replace(remark=remark)
    return found
