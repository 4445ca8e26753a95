"""Amounts and units of rolling horizons: number words, ranges ("3-5", "a year or two"),
fractions, and the span of time they add up to."""

from __future__ import annotations

import functools
import math

from dateutil.relativedelta import relativedelta

_ONES = "one two three four five six seven eight nine"
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety"
_WORD_VALUES = {w: i for i, w in enumerate(f"zero {_ONES} {_TEENS}".split())}
_WORD_VALUES |= {w: 10 * i for i, w in enumerate(_TENS.split(), 2)}
_UNIT_MONTHS = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}
_UNIT_DAYS = {"day": 1, "week": 7}


def _num(text: str) -> float:
    """The value of one amount: "18", "1.5", "twenty-five", "a couple of", "two hundred and
    fifty", "a hundred"."""
    words = text.lower().replace("-", " ").split()
    if words[0][0].isdigit():
        return float(words[0])
    if "couple" in words:
        return 2.0
    if "dozen" in words:
        return 6.0 if "half" in words else 12.0
    value = 0
    for word in words:
        if word == "hundred":
            value = max(value, 1) * 100
        elif word in ("a", "an"):
            value += 1
        else:
            value += _WORD_VALUES.get(word, 0)  # "and" in "a hundred and fifty" adds nothing
    return float(value)


def _amount(g: dict[str, str | None]) -> float:
    """The upper bound of an amount ("3-5", "a year or two"), plus any "and a half"."""
    if g.get("halfof"):
        value = 0.5
    else:
        numbers = [_num(t) for t in (g.get("n1"), g.get("n2"), g.get("n3")) if t]
        value = max(numbers, default=1.0)
    return value + 0.5 if g.get("andhalf1") or g.get("andhalf2") else value


_ABBREVIATIONS = {"mo": "month", "mth": "month", "wk": "week", "yr": "year"}


def _unit_key(unit: str) -> str:
    """The unit a unit word names: "years", "yrs", "9mo" → "year", "month"."""
    unit = unit.lower()
    if unit.startswith("centur"):
        return "century"
    unit = unit.removesuffix("s")
    return _ABBREVIATIONS.get(unit, unit)


# A handful of amounts recur ("2 years", "18 months"); the deltas are only read, never changed.
@functools.lru_cache(maxsize=256)
def _delta(amount: float, unit: str) -> relativedelta:
    # Fractions round up (never due too early): 1.5 years = 18 months, 1.5 weeks = 11 days.
    if unit in _UNIT_DAYS:
        return relativedelta(days=math.ceil(amount * _UNIT_DAYS[unit]))
    return relativedelta(months=math.ceil(amount * _UNIT_MONTHS[unit]))


@functools.lru_cache(maxsize=256)
def _quantity(delta: relativedelta) -> str:
    """Words for a delta: "2 years", "18 months", "3 weeks", "10 days"."""
    if delta.days:
        count, unit = (delta.days // 7, "week") if delta.days % 7 == 0 else (delta.days, "day")
    else:
        months = delta.years * 12 + delta.months
        count, unit = (months // 12, "year") if months % 12 == 0 else (months, "month")
    return f"{count} {unit}{'' if count == 1 else 's'}"
