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
    rf"(?:(?:from\s+)?(?:the\s+)?{_DAY}?{_MONTH}\s*(?:\d{{1,2}}\s*)?(?:to|through|thru|until|till"
    r"|-|–|—)\s*(?:the\s+)?)?"
    rf"{_DAY}?(?P<month>{_MONTH})(?!\s*\d{{0,2}}\s*(?:(?:to|through|thru|until|till)\b|[-–—]))"
)
_CALENDAR_YEAR = re.compile(
    r"\b(?:fiscal|financial)\s+year\s+(?:is|matches|follows|coincides\s+with|is\s+the\s+same"
    r"\s+as)\s+the\s+calendar\s+year\b"
)
# Where a declaration can start: both patterns open with one of these words, and are tried
# only there. A document is read whole (a few hundred kilobytes): a pattern that opens with a
# letter, not a word boundary, is searched quickly (the boundary is checked after it).
_CUES = re.compile(r"f(?<!\w.)(?:iscal|inancial|y)")


def declared_fiscal_year_end(text: str) -> int | None:
    """The month (1-12) ``text`` (a whole document) declares its fiscal year to end in, or
    None when it declares none, or two different months (then a curator is asked, as
    without a declaration). "Our fiscal year is the calendar year" is 12."""
    low = text.lower()
    months = set()
    for cue in _CUES.finditer(low):
        if declared := _DECLARED.match(low, cue.start()):
            months.add(_month_number(declared["month"]))
        elif _CALENDAR_YEAR.match(low, cue.start()):
            months.add(12)
    return months.pop() if len(months) == 1 else None


# A year right after the month: "the fiscal year ending 30 September 2027" names one year, a
# period that may be a horizon, not the calendar.
_YEAR_AFTER = re.compile(r"[\s,]*(?:(?:19|20|21)\d\d|'\d\d)\b")


def declarations(low: str) -> list[tuple[int, int, int]]:
    """Where the lower-cased ``low`` declares a fiscal calendar, as ``(start, end, month)``
    offsets and the month (1-12) its year ends in: "our fiscal year ends in june", "fy ends
    in march", "our financial year runs april to march", "a fiscal year ending 30 september",
    "our fiscal year is the calendar year" (12). A declaration says when a calendar's years
    end, so the month in it is no horizon ("ends in june" is no forecast due in June); a
    month with a year after it names one year ("the fiscal year ending june 2027") and is
    not a declaration. Empty when there is none."""
    found: list[tuple[int, int, int]] = []
    if "fiscal" not in low and "financial" not in low and "fy" not in low:
        return found
    for cue in _CUES.finditer(low):
        if (declared := _DECLARED.match(low, cue.start())) and not _YEAR_AFTER.match(
            low, declared.end()
        ):
            found.append((declared.start(), declared.end(), _month_number(declared["month"])))
        elif calendar := _CALENDAR_YEAR.match(low, cue.start()):
            found.append((calendar.start(), calendar.end(), 12))
    return found


def _month_number(name: str) -> int:
    name = name.rstrip(".")
    return _MONTH_NUMBER.get(name) or _MONTH_ABBR[name]


# "fiscal 2028 closes on January 31, 2028", "FY2028 ends 31 January 2028": a fiscal year
# paired with the day it ends, which says how the document names its fiscal years.
_NAMED = re.compile(
    r"\b(?:fiscal|financial|fy)\s*(?:year\s+)?'?(?P<year>(?:19|20)?\d\d)\s+(?:ends|ended|ending"
    r"|closes|closed|closing|will\s+end|will\s+close|runs\s+(?:to|through|until))\s+(?:on\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?|{_DAY}(?:of\s+)?{_MONTH},?)\s+"
    r"(?P<ends>(?:19|20)\d\d)\b"
)


def fiscal_years_named_by_end(text: str) -> bool | None:
    """Whether ``text`` (a whole document) names its fiscal years by the calendar year they
    end in ("fiscal 2028 closes on January 31, 2028": True), by the year they start in
    ("fiscal 2027 ends January 31, 2028": False), or does not say (None). Companies whose
    year ends early in the calendar year name it either way: Walmart's and Salesforce's fiscal
    2025 ended on 31 January 2025, Target's fiscal 2024 on 1 February 2025."""
    low = text.lower()
    if "fiscal" not in low and "financial" not in low and "fy" not in low:
        return None
    named = set()
    for found in _NAMED.finditer(low):
        year, ends = int(found["year"]), int(found["ends"])
        year += 0 if year >= 100 else ends // 100 * 100
        if ends - year in (0, 1):
            named.add(ends == year)
    return named.pop() if len(named) == 1 else None
