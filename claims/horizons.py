"""Horizon parser: turn "by next year" into the last day a claim should have come true.

A pure module (no database, no models). ``parse_horizon(text, said_on=..., precision=...)``
reads a whole claim sentence or just its horizon phrase and returns a ``HorizonResult``:
``DATED`` with a deadline, ``VAGUE`` (a time reference a curator must date) or ``NONE``.
The full semantics, with examples, are in docs/horizons.md; in short:

Named periods ("by X", "by the end of X", "in X", "sometime X", "until X") mean the LAST day
of X: "by 2030" → 2030-12-31 (YEAR); "by March 2025" → 2025-03-31 (MONTH); "Q3 2024" →
2024-09-30; "H1 2025" → 2025-06-30; "mid-2025" → 06-30, "early 2025" → 04-30, "late 2025" →
12-31; seasons are northern meteorological (spring Mar-May, summer Jun-Aug, autumn Sep-Nov,
winter YYYY = Dec YYYY-Feb YYYY+1), so "summer 2024" → 2024-08-31 (MONTH); "the 2030s" →
2039-12-31, "early/mid/late 2030s" → 2033/2036/2039-12-31; "the end of the century" → 2099-12-31;
Christmas → Dec 25 (DAY). "Before X" is the day before X begins ("before 2026" → 2025-12-31).
A bare year counts only after such a preposition or when it is the whole text ("2030").

Relative named periods ("this year", "next quarter", "by year's end", "by Christmas", "by
March") are the calendar period relative to the said-on date; a month, season or holiday
without a year is its next occurrence that has not ended yet ("next March": that has not begun;
"this summer": the one under way, else this calendar year's, even if over).

Rolling horizons ("within N units", "in (the) next N units", "over the next N units", "in N
units", "take N units", "N units from now", "N units away/out") are said-on date + N units, with
dateutil.relativedelta (2024-02-29 + 1 year → 2025-02-28); "over the next decade" is 10 years,
but "by the next decade" the 2030s (a named period). Ranges take the upper bound ("3-5
years", "two to three years", "a year or two", "2025 or 2026"); "a couple of" = 2, "half a
decade" = 5 years, "a decade" = 10 years; fractions round up to whole months (years, quarters)
or days (weeks).

Unknown day: when ``said_on`` is known only to the MONTH or YEAR (and is then the first day of
that month or year), relative horizons count from the LAST day it could have been said, so a
claim is never due too early, and the deadline is rounded UP to the end of its month or year:
it is never finer than the said-on precision. "within 2 years" said in October 2022 → 2024-10-31
(MONTH); "next month" said in 2022 → January 2023 at the latest, given as 2023-12-31 (YEAR).
Absolute periods ("by March 2025") keep their own precision. Deadline precision: YEAR for a year
or decade, MONTH for a month, quarter, half, season or mid/early year, DAY for a day; rolling
horizons take the said-on precision.

VAGUE (no date): "soon", "eventually", "one day", "someday", "any day now", "in the near /
foreseeable future", "in a few years", "within weeks", "in the coming years", "in our lifetime",
"by the next election", "by the time <event>", approximations ("around 2030", "in 5 years or
so") and lower bounds ("after 2030", "not before 2030", "as early as next year", "10+ years").

NONE: numbers that do not read as years ("10,000 GPUs", "2030 units", "$100B"), "march" and
"may" as ordinary words, and the past: ages ("a 16 year old"), "N years ago", "since 1970s",
"for 20+ years", a period that ended before ``said_on`` ("in 2015"), and a bare month, season or
"in N units" in a sentence that reads as past tense ("did a round in August").

Several horizons in one text: the first DATED one wins; if none, the first VAGUE one.
The deadline is never before ``said_on``.
"""

from __future__ import annotations

import math
import re
from calendar import monthrange
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum
from functools import cache

from dateutil.relativedelta import relativedelta

from claims.choices import DatePrecision

__all__ = ["HorizonKind", "HorizonResult", "parse_horizon"]


class HorizonKind(str, Enum):
    """What kind of horizon a text holds."""

    DATED = "dated"  # a deadline was derived
    VAGUE = "vague"  # recognised as a time reference, too vague to date: a curator must decide
    NONE = "none"  # no horizon at all


@dataclass(frozen=True)
class HorizonResult:
    """The outcome of ``parse_horizon``; ``deadline`` and ``precision`` are set only if DATED."""

    kind: HorizonKind
    deadline: date | None
    precision: DatePrecision | None
    phrase: str  # the words read, as they appear in the input ('' for NONE)
    rule: str  # the rule in plain words ('' for NONE)


_NONE = HorizonResult(HorizonKind.NONE, None, None, "", "")
_P_DAY, _P_MONTH, _P_YEAR = DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR
_RANK = {_P_DAY: 0, _P_MONTH: 1, _P_YEAR: 2}
_MONTH_NAMES = (
    "", "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_MONTH_NUMBER = {name.lower(): i for i, name in enumerate(_MONTH_NAMES) if name}
_MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8}
_MONTH_ABBR |= {"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
_SEASONS["winter"] = (12, 2)
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4}
_ORDINALS |= {"4th": 4, "last": 4, "final": 4, "latter": 2, "back": 2}
_ONES = "one two three four five six seven eight nine"
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety"
_WORD_VALUES = {w: i for i, w in enumerate(f"zero {_ONES} {_TEENS}".split())}
_WORD_VALUES |= {w: 10 * i for i, w in enumerate(_TENS.split(), 2)}
_UNIT_MONTHS = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}
_UNIT_DAYS = {"day": 1, "week": 7}

# One-for-one replacements, so offsets in the folded text are offsets in the input.
_FOLD = tuple(
    zip(
        "\u2018\u2019\u201b\u2032\u201c\u201d\u2010\u2011\u2013\u2014\u2212\u00a0\u2009\u202f",
        "''''\"\"-----   ",
        strict=True,
    )
)

# ---- Grammar pieces. Named groups are read by the handlers; ``_ng`` strips the names where a
# ---- piece is reused without being read (Python needs group names unique per pattern).


def _ng(pattern: str) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


def _trie(words: str) -> str:
    """A regular expression for ``words`` (space-separated; "_" for a space) as a prefix tree.

    sre tries the branches of an alternation one by one; as a tree, a miss costs a character
    or two instead of a comparison per word, which is most of the scan's time.
    """
    tree: dict = {}
    for word in words.split():
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(char) + emit(sub) for char, sub in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?"
        return body

    return "(?:" + emit(tree).replace("_", r"\s+") + ")"


_NUMBER_WORDS = f"{_ONES} {_TEENS} {_TENS}"
_NUM = (
    rf"(?:(?<![\d.,$€£])\d{{1,3}}(?:\.\d+)?(?![\d,%])|{_trie(_TENS)}(?:[-\s]{_trie(_ONES)})?\b"
    rf"|{_trie(f'{_ONES} {_TEENS}')}\b"
    r"|(?:a\s+)?couple(?:\s+of)?\b|half\s+a\s+dozen\b|(?:a\s+)?dozen\b|an?\b)"
)
_AMOUNT = (
    rf"(?:(?P<halfof>half\s+an?)|(?P<n1>{_NUM})(?:\s*(?:-|to|or)\s*(?P<n2>{_NUM}))?"
    r"(?P<andhalf1>\s+and\s+a\s+half)?)"
)
_UNIT_WORDS = "day week month quarter year yr decade"
_UNITS = _trie(f"{_UNIT_WORDS} {_UNIT_WORDS.replace(' ', 's ')}s century centuries") + r"\b"

_UNIT = rf"(?P<unit>{_UNITS})"
_PLURAL_UNITS = _trie("days weeks months quarters years decades") + r"\b"
_TAIL_RANGE = rf"(?P<andhalf2>\s+and\s+a\s+half)?(?:\s+or\s+(?P<n3>{_NUM}))?"
# An age ("16 year old"), the past ("2 years ago") or an approximation ("or so") is not a date.
_NOT_AFTER_UNIT = r"(?![-\s]+old\b|\s+or\s+so\b|\s+ago\b|\s+later\b|\s+earlier\b)"
_YEAR_NUM = (
    r"(?<![\d$€£.,])(?:19|20|21)\d\d(?![\d%]|[.,]\d|'?s\b|\s+at\s+the\s+earliest\b|\s+or\s+so\b)"
)
_YEARS = (
    rf"(?P<y1>{_YEAR_NUM})(?:\s*(?:-|to|or|and|/)\s*(?P<y2>{_YEAR_NUM}|\d\d\b(?!\s*%|\s+percent)))?"
)
_YSPEC = rf"(?:,?\s+(?:of\s+)?(?:(?P<y1>{_YEAR_NUM})|(?P<rel>this|next)\s+year\b))?"
_PREP_WORDS = _trie(
    "by before until till til through thru in_time_for in during between between_now_and within"
    " sometime sometime_in sometime_during some_time_in no_later_than not_later_than"
)
_PREP = rf"(?:(?P<prep>{_PREP_WORDS})\s+)?"
_END_OF = (
    r"(?:(?:the\s+)?(?:very\s+)?(?P<edge>end|close|start|beginning|middle|turn)\s+of\s+(?:the\s+)?)"
)
_MONTH_RE = rf"(?P<month>{_trie(' '.join([*_MONTH_NUMBER, *_MONTH_ABBR]))})\b\.?"
_WHICH = r"(?:this|(?:the\s+)?next|the\s+coming)"
_REL_UNITS = r"(?:year|month|quarter|week|decade)"
_PERIODISH = (  # what a lower bound or an approximation may refer to (not read, only matched)
    rf"(?:(?:early|mid|late)[-\s]*)?(?:19|20|21)\d\d(?:'?s)?\b|(?:this|next)\s+(?:{_REL_UNITS}"
    rf"|spring|summer|autumn|fall|winter)\b|{_ng(_MONTH_RE)}\s+(?:19|20|21)\d\d\b|q[1-4]\s+\d{{4}}\b"
)


# ---- Periods and calendar arithmetic.


@dataclass(frozen=True)
class _Period:
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


def _fmt(day: date) -> str:
    return f"{day.day} {_MONTH_NAMES[day.month]} {day.year}"


def _month_end(year: int, month: int) -> date:
    return date(year, month, monthrange(year, month)[1])


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
    first X not yet over.
    """
    candidates = [make(m, year) for year in range(anchor.year - 1, anchor.year + 2)]
    for period in candidates:
        assert period.start is not None
        if which == "next" and period.start > anchor:
            return period
        if which == "this" and period.start <= anchor <= period.end:
            return period
        if not which and period.end >= anchor:
            return period
    return candidates[1]


def _num(text: str) -> float:
    words = text.lower().replace("-", " ").split()
    if words[0][0].isdigit():
        return float(words[0])
    if "couple" in words:
        return 2.0
    if "dozen" in words:
        return 6.0 if "half" in words else 12.0
    if words[0] in ("a", "an"):
        return 1.0
    return float(sum(_WORD_VALUES[w] for w in words))


def _amount(g: dict[str, str | None]) -> float:
    """The upper bound of an amount ("3-5", "a year or two"), plus any "and a half"."""
    if g.get("halfof"):
        value = 0.5
    else:
        numbers = [_num(t) for t in (g.get("n1"), g.get("n2"), g.get("n3")) if t]
        value = max(numbers, default=1.0)
    return value + 0.5 if g.get("andhalf1") or g.get("andhalf2") else value


def _unit_key(unit: str) -> str:
    unit = unit.lower()
    if unit.startswith("centur"):
        return "century"
    return "year" if unit.startswith("yr") else unit.removesuffix("s")


def _delta(amount: float, unit: str) -> relativedelta:
    # Fractions round up (never due too early): 1.5 years = 18 months, 1.5 weeks = 11 days.
    if unit in _UNIT_DAYS:
        return relativedelta(days=math.ceil(amount * _UNIT_DAYS[unit]))
    return relativedelta(months=math.ceil(amount * _UNIT_MONTHS[unit]))


def _quantity(delta: relativedelta) -> str:
    """Words for a delta: "2 years", "18 months", "3 weeks", "10 days"."""
    if delta.days:
        count, unit = (delta.days // 7, "week") if delta.days % 7 == 0 else (delta.days, "day")
    else:
        months = delta.years * 12 + delta.months
        count, unit = (months // 12, "year") if months % 12 == 0 else (months, "month")
    return f"{count} {unit}{'' if count == 1 else 's'}"


_PAST_RE = re.compile(
    r"\b(?:did|was|were|had|went|took|came|got|made|said|began|built|ago|yesterday|last"
    r"|used\s+to)\b|\b(?!hundred\b|based\b|advanced\b)[a-z]{2,}[a-df-z]ed\b",
)
_FUTURE_RE = re.compile(
    r"\b(?:will|won't|shall|going\s+to|gonna|would|should|could|might|must|expects?|predicts?"
    r"|plans?|hopes?|aims?|wants?|intends?|next|upcoming|coming)\b|'ll\b",
)


def _sounds_past(text: str) -> bool:
    """A light tense check for phrases that do not say which way they point ("in August")."""
    return bool(_PAST_RE.search(text)) and not _FUTURE_RE.search(text)


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
    """"Soon", "eventually": vague about the future, but only narration in a past-tense
    sentence ("eventually decided to leave"), which is no horizon at all."""
    return None if _sounds_past(ctx.text) else _TOO_VAGUE(m, ctx)

# ---- The grammar: one pattern per rule, then one table. Order matters only between rules
# ---- that can start at the same word (the first listed wins there).
_AGE = rf"{_ng(_AMOUNT)}[-\s]+{_UNITS}[-\s]+old\b"
_AGO = (
    rf"(?:{_ng(_AMOUNT)}|(?:a\s+)?few|several|many|some)\+?\s+{_UNITS}"
    r"\s+(?:ago|earlier|later|before|back|prior)\b"
)
_SINCE = r"since\s+(?:the\s+)?(?:(?:early|mid|late)[-\s]+)?[\w']+"
_FOR = (
    r"for\s+(?:(?:over|about|nearly|almost|more\s+than|at\s+least|the\s+(?:past|last))\s+)?"
    rf"{_ng(_AMOUNT)}\+?\s+{_UNITS}"
)
_LOWER = (
    r"(?:after|not\s+before|no\s+(?:earlier|sooner)\s+than|as\s+(?:early|soon)\s+as"
    r"|starting(?:\s+(?:in|from))?|beginning\s+in|from)\s+(?:the\s+)?"
    rf"(?:{_PERIODISH})|(?:{_PERIODISH})\s+at\s+the\s+earliest\b"
    r"|(?:(?:in|within|take|takes)\s+)?(?:at\s+least|more\s+than|no\s+(?:less|fewer)\s+than)\s+"
    rf"{_ng(_AMOUNT)}\s+{_UNITS}|(?:(?:in|within|take|takes)\s+)?{_ng(_AMOUNT)}\+\s+{_UNITS}"
    rf"|(?:(?:in|within|take|takes)\s+)?{_ng(_AMOUNT)}\s+{_UNITS}\s+or\s+(?:more|longer)\b"
)
_APPROX = (
    r"(?:(?:in|within|by|sometime|over\s+the\s+next)\s+)?"
    r"(?:about|around|approximately|roughly|circa|maybe|perhaps)\s+(?:the\s+year\s+)?"
    rf"(?:{_ng(_AMOUNT)}\s+{_UNITS}|{_ng(_YEARS)}|(?:the\s+)?(?:19|20|21)\d0'?s\b)"
    rf"|(?:(?:in|within|by)\s+)?(?:{_ng(_AMOUNT)}\s+{_UNITS}|(?:19|20|21)\d\d)\s+or\s+so\b"
)
_ROLLING = (
    r"(?P<pre>(?:within|in|over(?:\s+the\s+course\s+of)?|during|inside(?:\s+of)?)(?:\s+the\s+(?:next|coming)"
    r"|\s+(?:next|coming))?|for\s+the\s+(?:next|coming)|take|takes|taking)\s+"
    r"(?:(?:less|fewer)\s+than\s+|under\s+|no\s+more\s+than\s+|at\s+most\s+|just\s+|only\s+)?"
    rf"{_AMOUNT}\s+{_UNIT}{_TAIL_RANGE}(?:'s|')?(?:\s+time\b)?{_NOT_AFTER_UNIT}"
)
_ROLLING_ONE = (  # "over the next decade": one unit
    r"(?P<pre>(?:within|in|over(?:\s+the\s+course\s+of)?|during|for)\s+the\s+(?:next|coming))\s+"
    r"(?P<unit>day|week|month|quarter|year|decade|century)\b(?!')"
)
_FROM_NOW = (
    rf"{_AMOUNT}\s+{_UNIT}{_TAIL_RANGE}\s+"
    r"(?:from\s+(?:now|today)|away|out\b(?!\s+of)|hence|down\s+the\s+(?:road|line))\b"
)
_THIS_TIME = r"(?:(?:by|until|before)\s+)?this\s+time\s+next\s+(?P<unit>year|month|week)\b"
_ISO = rf"{_PREP}(?P<y1>(?:19|20|21)\d\d)-(?P<mm>0[1-9]|1[0-2])-(?P<dd>[0-3]\d)\b"
_DAY_MONTH = (
    rf"{_PREP}(?:the\s+)?(?<![\d.,$])(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"{_MONTH_RE}{_YSPEC}"
)
_MONTH_DAY = (
    rf"{_PREP}{_END_OF}?(?:(?P<which>this|next)\s+)?{_MONTH_RE}"
    rf"(?:\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b)?{_YSPEC}"
)
_CHRISTMAS = (
    rf"{_PREP}(?:(?P<which>this|next)\s+)?(?:christmas|xmas)(?:\s+(?P<eve>eve)|\s+day)?\b{_YSPEC}"
)
_SEASON = (
    rf"{_PREP}{_END_OF}?(?:the\s+)?(?:(?P<which>this|next)\s+)?"
    rf"(?P<season>spring|summer|autumn|fall|winter)\b{_YSPEC}"
)
_QUARTER = (
    rf"{_PREP}{_END_OF}?(?:(?P<which>this|next)\s+)?(?:(?P<q>q[1-4])\b|(?:the\s+)?"
    r"(?P<qw>first|second|third|fourth|1st|2nd|3rd|4th|last|final)\s+quarter\b)"
    rf"(?:\s*'(?P<yy>\d\d)\b)?{_YSPEC}"
)
_HALF = (
    rf"{_PREP}{_END_OF}?(?:(?P<h>h[12])\b|(?:the\s+)?"
    rf"(?P<hw>first|second|1st|2nd|latter|back)\s+half\b){_YSPEC}"
)
_DECADE = (
    rf"{_PREP}(?:{_END_OF}|(?:the\s+)?(?P<q>early|mid|late)[-\s]*)?(?:the\s+)?"
    r"(?P<dec>(?:19|20|21)\d0)'?s\b"
)
_QUAL_YEAR = (
    rf"{_PREP}(?:{_END_OF}(?:the\s+year\s+)?|(?P<q>early|mid|late|year[-\s]end)[-\s]*){_YEARS}"
)
_RELATIVE = (
    rf"{_PREP}(?:{_END_OF}(?:(?P<which>{_WHICH})\s+)?"
    rf"|(?:(?P<q>early|mid|late|later)[-\s]+)?(?P<which2>{_WHICH})\s+)"
    rf"(?P<unit>{_REL_UNITS}|century)\b"
)
_AFTER_NEXT = rf"{_PREP}(?:the\s+)?year\s+after\s+next\b"
_RELATIVE_END = (  # "by year's end", "EOY", "within the year"
    rf"{_PREP}(?:(?P<unit>{_REL_UNITS})(?:'s|s')?[-\s]?end\b|(?:the\s+)?eo(?P<eo>[ymq])\b)"
    rf"|within\s+the\s+(?P<unit2>{_REL_UNITS})\b"
)
_YEAR_RX = (
    rf"(?P<prep>{_PREP_WORDS})\s+(?:the\s+year\s+)?{_YEARS}"  # a bare year needs a preposition
)
_DAY_WORD = (
    r"(?P<prep>by|before|until|till)\s+"
    r"(?P<dw>tonight|tomorrow|the\s+end\s+of\s+(?:the\s+)?day)\b"  # "before today" is the past
)
_FEW = (
    r"(?:(?:in|within|over|during)(?:\s+the)?(?:\s+(?:next|coming))?|for\s+the\s+(?:next|coming))"
    r"\s+(?:a\s+few|few|several|a\s+number\s+of|a\s+handful\s+of|a\s+couple\s+more)\s+"
    rf"{_PLURAL_UNITS}|(?:in|over|during)\s+the\s+(?:next|coming)\s+{_PLURAL_UNITS}"
    rf"|(?:(?:a\s+)?few\s+|several\s+)?{_PLURAL_UNITS}\s+"
    r"(?:from\s+now|away|out|down\s+the\s+(?:road|line))\b"
    rf"|within\s+(?:a\s+matter\s+of\s+)?{_PLURAL_UNITS}|in\s+a\s+matter\s+of\s+{_PLURAL_UNITS}"
    rf"|(?:in|over|for)\s+the\s+{_PLURAL_UNITS}\s+(?:to\s+come|ahead)\b"
    rf"|for\s+{_PLURAL_UNITS}\s+to\s+come\b"
)
# "Down the road" is left out on purpose: "far enough down the road" is about progress.
_WORDS = (
    r"(?:soon(?:er)?|sooner\s+or\s+later|eventually|some\s?day|one\s+day(?!\s+(?:a|per|of)\b)"
    r"|one\s+of\s+these\s+days|any\s+(?:day|time|moment|minute|week)\s+now|shortly"
    r"|imminent(?:ly)?|(?:the\s+)?mid[-\s]century|before\s+(?:too\s+)?long|in\s+due\s+course|at\s+some\s+point"
    r"|(?:in|within)\s+(?:the\s+)?(?:(?:not[-\s](?:too[-\s])?(?:distant|far)|near|foreseeable"
    r"|distant|far)\s+)?future|in\s+(?:our|my|your|his|her|their|a)\s+lifetimes?"
    r"|within\s+(?:a|one|our|my|a\s+single)\s+(?:generation|lifetime)|in\s+a\s+generation"
    r"|(?:in|over)\s+the\s+(?:long|short|medium|near)[-\s](?:run|term)|down\s+the\s+line"
    r"|it\s+won't\s+be\s+long|not\s+long\s+from\s+now)\b"
)
_FUNCTION_WORD = (
    r"(?:and|or|but|we|they|it|he|she|you|i|will|would|the|a|to|is|are|of|for|in|on|at|with)\b"
)
_EVENT = (
    # the clause after "by the time", up to punctuation or a spaced dash
    r"by\s+the\s+time\b(?:[^,;.!?:()\"\n\s]|\s(?!-\s)){0,100}"
    rf"|(?:by|before|until)\s+the\s+(?:next|upcoming|coming)\s+(?!{_UNITS})[\w'-]+"
    rf"(?:\s+(?!{_FUNCTION_WORD})[\w'-]+){{0,2}}"
)

_Handler = Callable[[re.Match, _Ctx], _Found | None]
# Words a rule can start with ("@x" stands for a group of words below); a test checks them.
_STARTS = {
    "@amount": f"@digit a an half couple dozen {_NUMBER_WORDS}",
    "@prep": "by before until till til through thru in during between within sometime some no not",
    "@end": "the very end close start beginning middle turn",
    "@month": " ".join([*_MONTH_NUMBER, *_MONTH_ABBR]),
}
_RULES: list[tuple[str, str, _Handler | None, str]] = [  # handler None: blocks a span
    ("age", _AGE, None, "@amount"),
    ("ago", _AGO, None, "@amount few several many some"),
    ("since", _SINCE, None, "since"),
    ("for", _FOR, None, "for"),
    (
        "lower",
        _LOWER,
        _vague("gives only an earliest date, not a deadline"),
        "after not no as starting beginning from in within take takes at more early mid late"
        " this next q1 q2 q3 q4 @month @amount",
    ),
    (
        "approx",
        _APPROX,
        _vague("is approximate"),
        "in within by sometime over about around approximately roughly circa maybe perhaps @amount",
    ),
    ("rolling", _ROLLING, _h_rolling, "within in over during inside for take takes taking"),
    ("rolling_one", _ROLLING_ONE, _h_rolling, "within in over during for"),
    ("from_now", _FROM_NOW, _h_rolling, "@amount"),
    ("this_time", _THIS_TIME, _h_rolling, "by until before this"),
    ("iso", _ISO, _h_iso, "@prep @digit"),
    ("day_month", _DAY_MONTH, _cyclic(_make_month, _month_ok), "@prep the @digit"),
    ("month", _MONTH_DAY, _cyclic(_make_month, _month_ok), "@prep @end this next @month"),
    ("christmas", _CHRISTMAS, _cyclic(_make_christmas), "@prep this next christmas xmas"),
    (
        "season",
        _SEASON,
        _cyclic(_make_season),
        "@prep @end this next spring summer autumn fall winter",
    ),
    (
        "quarter",
        _QUARTER,
        _cyclic(_make_quarter, _quarter_ok),
        "@prep @end this next q1 q2 q3 q4 first second third fourth last final @digit",
    ),
    (
        "half",
        _HALF,
        _cyclic(_make_half, lambda m, ctx: bool(m["h"])),
        "@prep @end h1 h2 first second latter back @digit",
    ),
    ("decade", _DECADE, _h_decade, "@prep @end early mid late @digit"),
    ("qual_year", _QUAL_YEAR, _h_qual_year, "@prep @end early mid late year"),
    ("after_next", _AFTER_NEXT, _h_year_after_next, "@prep the year"),
    ("relative", _RELATIVE, _h_relative, "@prep @end early mid late later this next"),
    (
        "relative_end",
        _RELATIVE_END,
        _h_relative,
        "@prep year month quarter week decade the eoy eom eoq",
    ),
    ("year", _YEAR_RX, _h_year, "@prep"),
    ("day_word", _DAY_WORD, _h_dayword, "by before until till"),
    (
        "few",
        _FEW,
        _TOO_VAGUE,
        "in within over during for a few several days weeks months quarters years decades",
    ),
    (
        "words",
        _WORDS,
        _h_vague_word,
        "soon sooner eventually some someday one any shortly imminent imminently the mid"
        " before in at within down it not",
    ),
    ("event", _EVENT, _vague("ties the claim to an event with no date"), "by before until"),
    ("asap", r"as\s+soon\s+as\s+possible\b", _TOO_VAGUE, "as"),
    ("as_soon_as", r"as\s+soon\s+as\b", None, "as"),  # a conjunction: "as soon as they ship it"
]


def _start_words(spec: str) -> set[str]:
    words = set()
    for word in spec.split():
        words |= _start_words(_STARTS[word]) if word in _STARTS else {word}
    return words


_COMPILED = {name: re.compile(rf"\b(?:{src})") for name, src, _, _ in _RULES}
_HANDLERS = {name: handler for name, _, handler, _ in _RULES}
# Which rules to try at each word, in the table's order. A rule tried at a word it cannot start
# with costs about a microsecond; most words start none, or a handful, of the 29 rules.
_BY_WORD: dict[str, tuple[int, ...]] = {}
for _index, (_, _, _, _spec) in enumerate(_RULES):
    for _word in _start_words(_spec):
        _BY_WORD[_word] = (*_BY_WORD.get(_word, ()), _index)
_WORD_SCAN = re.compile(rf"(?<!\w)(?:{_trie(' '.join(w for w in _BY_WORD if w != '@digit'))}\b|\d)")


@cache
def _union(indexes: tuple[int, ...]) -> tuple[re.Pattern, re.Pattern]:
    """Two patterns for the rules at ``indexes``: one without capturing groups to test (sre saves
    and restores every group when it backtracks, which doubled the time), and one with a group
    per rule to tell, on a match, which rule it was."""
    test = re.compile("|".join(f"(?:{_ng(_RULES[i][1])})" for i in indexes))
    tell = re.compile("|".join(f"(?P<r{i}>{_ng(_RULES[i][1])})" for i in indexes))
    return test, tell


def _scan(low: str) -> Iterator[tuple[str, re.Match]]:
    """Every rule match in ``low``, left to right, not overlapping (the first rule wins)."""
    end = 0
    for word in _WORD_SCAN.finditer(low):
        start = word.start()
        if start < end:
            continue
        test, tell = _union(_BY_WORD["@digit" if word.group().isdigit() else word.group()])
        if test.match(low, start):
            name = _RULES[int(tell.match(low, start).lastgroup[1:])][0]  # type: ignore[union-attr]
            m = _COMPILED[name].match(low, start)
            assert m is not None
            end = m.end()
            yield name, m


_BARE_YEAR = re.compile(rf"[\W_]*(?:the\s+year\s+)?{_YEARS}[\W_]*")
_BARE_DURATION = re.compile(rf"[\W_]*{_AMOUNT}\s+{_UNIT}{_TAIL_RANGE}[\W_]*")


# ---- Entry point.


def parse_horizon(
    text: str, *, said_on: date, precision: DatePrecision | str = DatePrecision.DAY
) -> HorizonResult:
    """Find the horizon in ``text`` (a claim or just its horizon) said on ``said_on``.

    ``precision`` says how much of ``said_on`` is known; with MONTH or YEAR, ``said_on`` is
    the first day of that month or year. See the module docstring for the rules.
    """
    if isinstance(said_on, datetime):
        said_on = said_on.date()
    ctx = _context(text, said_on, DatePrecision(precision))
    vague: HorizonResult | None = None
    for name, m in _scan(ctx.text):
        found = _try(name, m, ctx) if _HANDLERS[name] else None
        if found is None:
            continue
        phrase = text[m.start() : m.end()].strip()
        if found.kind is HorizonKind.DATED:
            return _dated_result(found, phrase, ctx)
        vague = vague or _vague_result(found, phrase)
    return vague or _whole_text(text, ctx) or _NONE


def _context(text: str, said_on: date, precision: DatePrecision) -> _Ctx:
    # The last day it could have been said: counting from it, nothing is due too early.
    anchor = _round_up(said_on, precision)
    return _Ctx(_fold(text), said_on, precision, anchor)


def _fold(text: str) -> str:
    """Lower case, with curly quotes and dashes made plain, keeping every offset."""
    folded = text
    if not text.isascii():  # a few str.replace calls beat str.translate by far here
        for fancy, plain in _FOLD:
            if fancy in folded:
                folded = folded.replace(fancy, plain)
    lowered = folded.lower()
    if len(lowered) == len(folded):
        return lowered
    # A few characters lower-case to two ("İ"); keep those as they are so offsets hold.
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in folded)


def _try(name: str, m: re.Match, ctx: _Ctx) -> _Found | None:
    """Run a rule's handler; impossible dates and periods already over are not horizons."""
    try:
        found = _HANDLERS[name](m, ctx)  # type: ignore[misc]
    except (ValueError, OverflowError):  # "February 30", or past year 9999
        return None
    if found and found.period and found.period.end < ctx.said_on:
        return None
    return found


def _whole_text(text: str, ctx: _Ctx) -> HorizonResult | None:
    """The whole text is a year ("2030", "2025 or 2026") or a duration ("half a decade")."""
    for name, pattern in (("year", _BARE_YEAR), ("rolling", _BARE_DURATION)):
        m = pattern.fullmatch(ctx.text)
        found = _try(name, m, ctx) if m else None
        if found:
            return _dated_result(found, text.strip(" \t\n.,;:!?\"'()[]"), ctx)
    return None


def _said_words(ctx: _Ctx, *, relative: bool) -> str:
    day = ctx.said_on
    if ctx.precision is _P_DAY:
        return f"on {_fmt(day)}"
    when = (
        f"in {day.year}" if ctx.precision is _P_YEAR else f"in {_MONTH_NAMES[day.month]} {day.year}"
    )
    if not relative:
        return when
    unknown = "day" if ctx.precision is _P_MONTH else "month and day"
    return f"{when} ({unknown} unknown, counted from {_fmt(ctx.anchor)})"


def _dated_result(found: _Found, phrase: str, ctx: _Ctx) -> HorizonResult:
    period = found.period
    assert period is not None
    deadline, precision, target = period.end, period.precision, period.label
    if _fmt(deadline) not in target:
        target += f" ({_fmt(deadline)})"
    if found.relative and _RANK[ctx.precision] > _RANK[precision]:
        # Never finer than the said-on date: round up to the end of its month or year.
        precision = ctx.precision
        deadline = _round_up(period.end, precision)
        if deadline != period.end:
            target += f", rounded up to {_fmt(deadline)} (said-on {precision.value} only)"
    rule = f"'{phrase}', said {_said_words(ctx, relative=found.relative)} → {target}"
    return HorizonResult(HorizonKind.DATED, deadline, precision, phrase, rule)


def _vague_result(found: _Found, phrase: str) -> HorizonResult:
    rule = f"'{phrase}' {found.reason}: no date derived, a curator must decide"
    return HorizonResult(HorizonKind.VAGUE, None, None, phrase, rule)
