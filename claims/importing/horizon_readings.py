"""The horizon parser for the importer, each reading kept while the statements near it are read.

A statement's horizon is read several times on its way through the importer:
for the remarks on it (``parsing``), for its kind and fragments (``classify``,
``unpunctuated``) and for its deadline (``services``), mostly with the same
text and said-on date. ``read_horizon`` is ``claims.horizons.parse_horizon``
behind a bounded cache: the same result (``HorizonResult`` is immutable), the
parse done once; memory stays flat in the file's size.

A document may declare the day of an event it speaks of ("Reminder for newbies: polling
day is Thursday 5 November", "the summit opens on 14 June", "Budget day: 26 November",
"the deadline for bids is 30 January"): its later statements that time themselves by that
event ("before polling day", "by the election", "by launch day", "on the day") take that
day (``declared_events``, read once for the document with its fiscal year: ``fiscal_year_of``),
"before" the day before it, with a remark saying where the day came from. A forecast of an
election's result with no time of its own ("We'll win this by 200 votes, calling it now") in
a document that declares the election's day is due that day, with a remark. The year is the
one of the next such day on or after the statement's said-on day (a year given is kept). An
event the document gives no day for is read as before (vague, asked about).
"""

import contextlib
import contextvars
import dataclasses
import datetime
import functools
from collections.abc import Iterator

from claims.horizons import HorizonKind, HorizonResult, parse_horizon
from claims.horizons.declared import DeclaredEvent, declared_events, event_dated
from claims.horizons.financial_years import speaks_of_financial_years, split_financial_year
from claims.horizons.fiscal import declared_fiscal_year_end, fiscal_years_named_by_end
from claims.horizons.periods import _MONTH_NAMES

# Statements are read a few thousand at a time; a repeat comes within a few of the first.
READINGS_KEPT = 4096
# The month the document being imported declares its fiscal year to end in ("our fiscal
# year ends in June"), for every reading made while it is read; None: not declared.
_FISCAL_YEAR_END: contextvars.ContextVar[int | None] = contextvars.ContextVar(
    "fiscal_year_end", default=None
)


# Whether the document being imported speaks of financial years ("this financial year"): a
# split year in it ("by the end of 2027–28") is a financial year (``split_financial_year``).
_SPEAKS_OF_FINANCIAL_YEARS: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "speaks_of_financial_years", default=False
)
# Whether the document says how it names its fiscal years (``fiscal_years_named_by_end``).
_FISCAL_NAMING: contextvars.ContextVar[bool | None] = contextvars.ContextVar(
    "fiscal_naming", default=None
)
# A year that ends early in the calendar year is named by its end by some companies (Walmart,
# Salesforce) and by its start by others (Target): the parser takes the end.
_EARLY_YEAR_ENDS = frozenset({1, 2})
FISCAL_NAMING = (
    "“{phrase}” is taken as the fiscal year ending in {month} of the year named; companies whose"
    " year ends early in the calendar year also name it by the year it starts in (Walmart's"
    " fiscal 2025 ended in January 2025, Target's fiscal 2024 in February 2025): check the"
    " deadline"
)
FISCAL_BY_START = (
    "“{phrase}”: the document names its fiscal years by the year they start in, and the date"
    " was read by the year they end in: the deadline is a year early; give the right one"
)


# The days the document being imported declares for its events (``declared_events``).
_EVENTS: contextvars.ContextVar[tuple[DeclaredEvent, ...]] = contextvars.ContextVar(
    "declared_events", default=()
)


@contextlib.contextmanager
def fiscal_year_of(data: bytes) -> Iterator[int | None]:
    """While reading the document ``data``, its declared fiscal year end
    (``declared_fiscal_year_end``) dates "FY27", "Q3 FY27"; yields that month or None. How it
    names its years (``fiscal_years_named_by_end``) is kept for the remarks. The days it
    declares for its events (``declared_events``) date "before polling day" alike."""
    text = data.decode("utf-8", "replace")
    month = declared_fiscal_year_end(text)
    token = _FISCAL_YEAR_END.set(month)
    naming = _FISCAL_NAMING.set(fiscal_years_named_by_end(text) if month else None)
    events = _EVENTS.set(declared_events(text))
    speaks = _SPEAKS_OF_FINANCIAL_YEARS.set(speaks_of_financial_years(text))
    try:
        yield month
    finally:
        _SPEAKS_OF_FINANCIAL_YEARS.reset(speaks)
        _EVENTS.reset(events)
        _FISCAL_NAMING.reset(naming)
        _FISCAL_YEAR_END.reset(token)


def read_horizon(text: str, said_on: datetime.date, precision: str = "day") -> HorizonResult:
    """``parse_horizon(text, said_on=said_on, precision=precision)`` with the fiscal year end
    of the document being read (``fiscal_year_of``), cached (see above); a time set by an
    event the document gives the day of is that day (``declared_events.event_dated``). A
    fiscal year ending
    early in the calendar year, dated so, has a remark asking (``FISCAL_NAMING``) unless the
    document pairs one of its fiscal years with the day it ends."""
    month = _FISCAL_YEAR_END.get()
    reading = _read_horizon(text, said_on, precision, month)
    if _SPEAKS_OF_FINANCIAL_YEARS.get():  # "by the end of 2027–28": a financial year
        reading = split_financial_year(reading, month)
    events = _EVENTS.get()
    if events and reading.kind != HorizonKind.DATED:
        reading = event_dated(text, reading, said_on, events)
    if month in _EARLY_YEAR_ENDS and reading.kind == HorizonKind.DATED and not reading.remark:
        return _fiscal_naming_asked(reading, month, _FISCAL_NAMING.get())
    return reading


def _fiscal_naming_asked(reading: HorizonResult, month: int, by_end: bool | None) -> HorizonResult:
    """``reading`` with ``FISCAL_NAMING`` (or ``FISCAL_BY_START``) among its remarks when it
    was dated by a fiscal year named by its end ("named by the year it ends in" in its rule)."""
    if by_end or "named by the year it ends in" not in reading.rule:
        return reading
    phrase = reading.phrase.strip().rstrip(".")
    remark = (FISCAL_BY_START if by_end is False else FISCAL_NAMING).format(
        phrase=phrase, month=_MONTH_NAMES[month]
    )
    return dataclasses.replace(reading, remark=remark)


@functools.lru_cache(maxsize=READINGS_KEPT)
def _read_horizon(
    text: str, said_on: datetime.date, precision: str, fiscal_year_end: int | None
) -> HorizonResult:
    return parse_horizon(
        text, said_on=said_on, precision=precision, fiscal_year_end=fiscal_year_end
    )


def stored_horizon(reading: HorizonResult, said_on: datetime.date, precision: str = "day") -> str:
    """The horizon to store on a claim for ``reading`` (a ``read_horizon`` of one of the
    document's statements): its phrase, and when the document's declared fiscal year end
    dated it ("FY27", "by the end of the fiscal year", vague alone), that calendar in words
    ``parse_horizon`` reads back, "FY27 (fiscal year ending June)": deriving the deadline
    again from the stored horizon (``rederive_deadlines``, an edit of the quote) gives the
    same date. The phrase alone when that would not (then it is not the calendar's)."""
    month = _FISCAL_YEAR_END.get()
    phrase = reading.phrase or ""
    if not month or reading.kind != HorizonKind.DATED or not phrase:
        return phrase
    alone = parse_horizon(phrase, said_on=said_on, precision=precision)
    if alone.deadline == reading.deadline:
        return phrase
    with_calendar = f"{phrase.strip().rstrip('.')} (fiscal year ending {_MONTH_NAMES[month]})"
    again = parse_horizon(with_calendar, said_on=said_on, precision=precision)
    return with_calendar if again.deadline == reading.deadline else phrase


read_horizon.cache_clear = _read_horizon.cache_clear  # type: ignore[attr-defined]
