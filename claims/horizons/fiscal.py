"""The month a document declares its fiscal year to end in: "Our fiscal year ends in June",
"the fiscal year ending 30 September 2027", "our financial year runs from July to June",
"FY ends March 31", "the financial year to 31 March 2026". With it, ``parse_horizon`` dates
"FY27", "fiscal 2027", "Q3 FY27" (its ``fiscal_year_end``); without it they stay vague."""

from __future__ import annotations

import re

from claims.horizons.grammar import _trie
from claims.horizons.periods import _MONTH_ABBR, _MONTH_NUMBER

_MONTH = rf"{_trie(' '.join([*_MONTH_NUMBER, *_MONTH_ABBR]))}\b\.?"
_DAY = r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)"
_DECLARED = re.compile(
    r"\b(?:(?:fiscal|financial)(?:[-\s]+years?)?|fy)(?:\s*'?\s*(?:19|20|21)?\d\d)?"
    r"(?:[-\s]+end)?\s*:?\s+"
    r"(?:(?:ends|ended|ending|end|closes|closed|closing|is|was|runs|ran|running|goes|to)\s+)?"
    r"(?:(?:on|in|at)\s+)?(?:the\s+)?(?:end\s+of\s+|last\s+\w+\s+(?:of|in)\s+)?"
    # "runs from July to June": the month it ends in is the second
    rf"(?:(?:from\s+)?(?:the\s+)?{_DAY}?{_MONTH}\s*(?:\d{{1,2}}\s+)?(?:to|through|thru|until|till"
    r"|-)\s+(?:the\s+)?)?"
    rf"{_DAY}?(?P<month>{_MONTH})(?!\s+\d{{1,2}}\s*(?:to|through|thru|until|till|-)\b)"
)
_CALENDAR_YEAR = re.compile(
    r"\b(?:fiscal|financial)\s+year\s+(?:is|matches|follows|coincides\s+with|is\s+the\s+same"
    r"\s+as)\s+the\s+calendar\s+year\b"
)
_CUES = re.compile(r"fiscal|financial|\bfy", re.IGNORECASE)


def declared_fiscal_year_end(text: str) -> int | None:
    """The month (1-12) ``text`` (a whole document) declares its fiscal year to end in, or
    None when it declares none, or two different months (then a curator is asked, as
    without a declaration). "Our fiscal year is the calendar year" is 12."""
    if not _CUES.search(text):  # most documents: one quick look
        return None
    low = text.lower()
    months = {_month_number(m["month"]) for m in _DECLARED.finditer(low)}
    if _CALENDAR_YEAR.search(low):
        months.add(12)
    return months.pop() if len(months) == 1 else None


def _month_number(name: str) -> int:
    name = name.rstrip(".")
    return _MONTH_NUMBER.get(name) or _MONTH_ABBR[name]
