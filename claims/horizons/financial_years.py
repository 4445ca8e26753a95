"""A financial year written as a split year: "by the end of 2027–28", "in 2026-27", "the
2028/29 financial year", in a document that speaks of financial years ("this financial
year", "the 2027–28 financial year"). Governments and public bodies that run their year from
July to June (Australia, New Zealand) or from April to March (the United Kingdom, India,
Canada) name it by both calendar years it spans, so "2027–28" ends in 2028, in the month the
document's financial year ends in: 30 June 2028 for a year ending in June. Without a
declared month (``fiscal.declared_fiscal_year_end``), the latest of those usual ends, 30
June, is taken and a curator is asked (docs/horizons.md: the latest honest deadline, asked).
A split year read otherwise (a school year, a season) is left alone, and so is a document
that never speaks of financial years ("the 2027-28 season")."""

from __future__ import annotations

import calendar
import dataclasses
import re
from datetime import date

from claims.choices import DatePrecision
from claims.horizons.result import HorizonKind, HorizonResult

_SPLIT_YEAR = re.compile(r"\b(?P<y1>(?:19|20)\d\d)\s*[–—/-]\s*(?P<y2>\d\d)\b")
_SPEAKS = re.compile(r"\b(?:financial|fiscal)\s+years?\b|\bfinancial[-\s]year\b")
_MONTH_NAMES = tuple(calendar.month_name)
SPLIT_YEAR_ASSUMED = (
    "deadline unclear: “{phrase}”: a financial year named by two years ends in March or June"
    " by country; 30 June {year}, the latest, is taken: give the day"
)


def speaks_of_financial_years(text: str) -> bool:
    """Whether ``text`` (a whole document) speaks of financial years ("this financial year",
    "the 2027–28 fiscal year"): then a split year in it is a financial year."""
    return _SPEAKS.search(text.lower()) is not None


def split_financial_year(reading: HorizonResult, fiscal_year_end: int | None) -> HorizonResult:
    """``reading`` re-dated when its phrase names a split financial year ("by the end of
    2027–28") that the calendar rules took as the end of its second year: the last day of
    ``fiscal_year_end`` (the declared month, 1-12) in that year, or 30 June with
    ``SPLIT_YEAR_ASSUMED`` among its remarks when none is declared. ``reading`` itself
    otherwise (not dated, no split year, or a split year read by another rule)."""
    if reading.kind != HorizonKind.DATED or reading.deadline is None:
        return reading
    found = _SPLIT_YEAR.search(reading.phrase)
    if found is None:
        return reading
    first = int(found["y1"])
    second = first // 100 * 100 + int(found["y2"])
    if second != first + 1 or reading.deadline != date(second, 12, 31):
        return reading
    month = fiscal_year_end or 6
    end = date(second, month, calendar.monthrange(second, month)[1])
    said = found.group(0)
    rule = (
        f"{reading.rule.split(' → ')[0]} → the financial year {said}, ending in"
        f" {_MONTH_NAMES[month]} {second} ({end.day} {_MONTH_NAMES[month]} {second})"
    )
    remark = reading.remark
    if not fiscal_year_end:
        asked = SPLIT_YEAR_ASSUMED.format(phrase=reading.phrase.strip(), year=second)
        remark = "; ".join(r for r in (remark, asked) if r)
    return dataclasses.replace(
        reading, deadline=end, precision=DatePrecision.MONTH, rule=rule, remark=remark
    )
