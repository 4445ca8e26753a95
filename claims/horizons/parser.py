"""The scan and the entry point: find the rule matches in a text, left to right, run their
handlers and turn the first dated find (else the first vague one) into a ``HorizonResult``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from functools import cache

from claims.choices import DatePrecision
from claims.horizons.grammar import (
    _AMOUNT,
    _RULES,
    _TAIL_RANGE,
    _UNIT,
    _YEARS,
    _ng,
    _start_words,
    _trie,
)
from claims.horizons.handlers import _Ctx, _Found
from claims.horizons.periods import _MONTH_NAMES, _P_DAY, _P_MONTH, _P_YEAR, _RANK, _fmt, _round_up
from claims.horizons.result import _NONE, HorizonKind, HorizonResult

# One-for-one replacements, so offsets in the folded text are offsets in the input.
_FOLD = tuple(
    zip(
        "\u2018\u2019\u201b\u2032\u201c\u201d\u2010\u2011\u2013\u2014\u2212\u00a0\u2009\u202f",
        "''''\"\"-----   ",
        strict=True,
    )
)


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
    the first day of that month or year. See the package docstring (claims/horizons/__init__.py)
    for the rules.
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
