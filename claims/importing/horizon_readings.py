"""The horizon parser for the importer, each reading kept while the statements near it are read.

A statement's horizon is read several times on its way through the importer:
for the remarks on it (``parsing``), for its kind and fragments (``classify``,
``unpunctuated``) and for its deadline (``services``), mostly with the same
text and said-on date. ``read_horizon`` is ``claims.horizons.parse_horizon``
behind a bounded cache: the same result (``HorizonResult`` is immutable), the
parse done once; memory stays flat in the file's size.
"""

import contextlib
import contextvars
import datetime
import functools
from collections.abc import Iterator

from claims.horizons import HorizonKind, HorizonResult, parse_horizon
from claims.horizons.fiscal import declared_fiscal_year_end
from claims.horizons.periods import _MONTH_NAMES

# Statements are read a few thousand at a time; a repeat comes within a few of the first.
READINGS_KEPT = 4096
# The month the document being imported declares its fiscal year to end in ("our fiscal
# year ends in June"), for every reading made while it is read; None: not declared.
_FISCAL_YEAR_END: contextvars.ContextVar[int | None] = contextvars.ContextVar(
    "fiscal_year_end", default=None
)


@contextlib.contextmanager
def fiscal_year_of(data: bytes) -> Iterator[int | None]:
    """While reading the document ``data``, its declared fiscal year end
    (``declared_fiscal_year_end``) dates "FY27", "Q3 FY27"; yields that month or None."""
    month = declared_fiscal_year_end(data.decode("utf-8", "replace"))
    token = _FISCAL_YEAR_END.set(month)
    try:
        yield month
    finally:
        _FISCAL_YEAR_END.reset(token)


def read_horizon(text: str, said_on: datetime.date, precision: str = "day") -> HorizonResult:
    """``parse_horizon(text, said_on=said_on, precision=precision)`` with the fiscal year end
    of the document being read (``fiscal_year_of``), cached (see above)."""
    return _read_horizon(text, said_on, precision, _FISCAL_YEAR_END.get())


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
