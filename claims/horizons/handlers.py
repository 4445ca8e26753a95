"""Rule handlers: one per grammar rule, each turning a match into what it found (a dated
period or a vague time reference), or None when the match is not a horizon."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import NamedTuple

from dateutil.relativedelta import relativedelta

from claims.choices import DatePrecision
from claims.horizons.amounts import _amount, _delta, _num, _quantity, _unit_key
from claims.horizons.periods import (
    _MONTH_ABBR,
    _MONTH_NAMES,
    _MONTH_NUMBER,
    _ORDINALS,
    _P_DAY,
    _P_MONTH,
    _P_YEAR,
    _SEASONS,
    _calendar,
    _fmt,
    _month,
    _month_end,
    _months,
    _occurrence,
    _Period,
    _year,
)
from claims.horizons.result import HorizonKind
from claims.horizons.scheduled import before_event, gone_after, habit_before, scheduled_at
from claims.horizons.tense import _sounds_past, said_at


class _Ctx(NamedTuple):  # a tuple: built for every text, and much faster to build than a class
    text: str  # the input lower-cased, quotes and dashes made plain, offsets kept
    said_on: date
    precision: DatePrecision
    anchor: date  # the last day it could have been said
    source: str = ""  # the input as written, for words quoted in a rule text
    fiscal_end: int = 0  # the month (1-12) the speaker's fiscal year ends in; 0: not known


class _Found(NamedTuple):
    kind: HorizonKind
    period: _Period | None = None
    relative: bool = False  # counted from the said-on date, so bounded by its precision
    reason: str = ""
    duration: bool = False  # a span of time ("18 months"), which an event may anchor
    negated: bool = False  # "won't happen before 2030": true if it has not happened by then
    remark: str = ""  # what the curator should check of a date read so ("{phrase}": the words)
    bound: _Period | None = None  # a negated "before": the period a denial is judged by


# Prepositions that end a horizon the day before the period begins: "before 2030", "won't ship
# sooner than 2030".
BEFORE_WORDS = frozenset({"before", "prior to", "sooner than", "earlier than"})
# Why a time reference gets no date; each is said after the phrase in the rule text.
LOWER_BOUND = "is a lower bound: says when it will not happen, not by when it must have"
FISCAL = (
    "follows a fiscal calendar, and fiscal years start in different months: which months it"
    " means is not known"
)
PERSONAL_CALENDAR = (
    "depends on a personal or institutional calendar with no date (a term, a tenure, a career)"
)
LIFE = "depends on a person's life (a lifetime, an age, a generation), which gives no date"
CENTURY_PART = "names a part of a century, too wide to date"
# "By mid-decade", "in the mid-2030s": the middle years of a decade, with no end anyone agrees
# on (2024? 2026?), so no day to judge by.
DECADE_MIDDLE = (
    "names the middle of a decade ({first}s: about {start} to {end}), which has no firm end"
)
DECADE_TURN = (
    "was said in a decade's last year, when it may mean this decade (ending within months) "
    "or the next ten years"
)
HALF_TURN = (
    "names a half-year without its year, said when this year's is under way or over: it may "
    "mean this year's or next year's"
)


def _decade_turn(unit: str, which: str, ctx: _Ctx) -> bool:
    """ "The end of the decade" said in 2019 may mean 2019 or 2029: people say it of the next
    ten years. "This decade" and "next decade" say which."""
    return unit == "decade" and which in ("", "the") and ctx.anchor.year % 10 == 9


# "not", "won't", "never", "no rate cuts", "nobody", "nothing"; not "no doubt", "no later than";
# and captions' "dont", "wont", "isnt" (auto-generated captions drop the apostrophe).
_NEGATION = re.compile(
    r"(?:\bnot|n't|\b(?:dont|doesnt|didnt|wont|isnt|arent|cant|wouldnt|couldnt)|\bnever|\bcannot|\bno\s+(?:way|one)|\bneither|\bnor"
    r"|\bno(?:body|thing|ne)?(?!\s+(?:doubt|matter|question|wonder|later|sooner|earlier)\b))"
    r"\b[^,;.!?:()]*$"
)


def _negated_before(ctx: _Ctx, pos: int) -> bool:
    """Is the clause before ``pos`` negated ("won't happen until 2031")?"""
    return bool(_NEGATION.search(ctx.text, max(0, pos - 80), pos))


# ---- Handlers: one per grammar rule; each returns what it found, or None (not a horizon).


# A period said to run out after "before": "before 2028 is out", "before fiscal 2028 is over",
# "before March ends" is the period's end, not its start.
_RUNS_OUT = re.compile(
    r"(?:\s+(?:is|'s)\s+(?:out|over|done|up|through|finished|complete|gone)|\s+(?:ends|closes"
    r"|finishes|runs\s+out|wraps\s+up|draws\s+to\s+a\s+close|comes\s+to\s+an\s+end))\b"
)


def _runs_out(m: re.Match, end: int | None = None) -> bool:
    """Whether the period ``m`` names is said to run out right after it (``_RUNS_OUT``)."""
    end = m.end() if end is None else end
    return bool(_RUNS_OUT.match(m.string, end) or _RUNS_OUT.search(m.group()))


def _finish(m: re.Match, period: _Period, *, relative: bool) -> _Found:
    edge = (m.groupdict().get("edge") or "").lower()
    prep = (m.groupdict().get("prep") or "").lower()
    if edge in ("start", "beginning") or (prep in BEFORE_WORDS and not edge and not _runs_out(m)):
        period = period.before()
    return _Found(HorizonKind.DATED, period, relative=relative)


# How long something ought to take: "should take one year", "ought to take six months".
NORMATIVE_TAKE = re.compile(
    r"(?i)\b(?:should(?:n't|\s+not)?|ought\s+to|must|needs?\s+to|has\s+to|have\s+to)\s+"
    r"(?:only\s+|really\s+|not\s+|never\s+|at\s+most\s+)?take\b"
    # a span of time after it: "should take one year", not "should never take a variable rate"
    r"(?=\s+(?:[a-z0-9.-]+\s+){0,3}?(?:years?|yrs?|months?|weeks?|decades?|days?|quarters?"
    r"|while|time|ages|forever|longer|generations?)\b)"
)


# "Within a decade", "in a decade or two": a round figure, often meant loosely.
ROUND_DECADE = (
    "“{phrase}” is counted to the day from when it was said; decades are often a round"
    " figure: check the deadline the speaker means"
)

# "Within 20 years", "in 15 years": as round as a decade, and asked about so ("in ten years" is
# dated to the day, a span said so often exactly).
ROUND_YEARS_FROM = 11
ROUND_YEARS = (
    "“{phrase}” is counted to the day from when it was said; a span of more than ten years is"
    " often a round figure: check the deadline the speaker means"
)


# A span counted back from now after a superlative or an ordinal: "its highest level in 15
# years", "the first visit by a foreign minister in eleven years", "the lowest in a
# decade" (newswire's record phrases). Only the noun phrase may come between.
RECORD_WORDS = (
    r"first|last|only|highest|lowest|biggest|largest|smallest|best|worst|fastest"
    r"|slowest|strongest|weakest|steepest|sharpest|deepest|longest|shortest|greatest|hottest"
    r"|coldest|wettest|driest|busiest|quietest|cheapest|dearest|most\s+\w+|least\s+\w+"
)
# The words between the superlative and the span: its noun phrase, no verb.
RECORD_NOUNS = (
    r"(?:\s+(?!(?:will|would|won't|is|was|are|were|be|been|to|can|could|should|may|might|must"
    r"|shall|has|have|had)\b)[\w'’-]+){0,7}?"
)
_RECORD_BEFORE = re.compile(rf"\b(?P<word>{RECORD_WORDS}){RECORD_NOUNS}\s+$", re.IGNORECASE)
# A sentence of the future: "will", "shall", "going to", "'ll".
FUTURE_SAID = re.compile(r"\b(?:will|won't|shall|going\s+to|gonna)\b|['’]ll\b", re.I)
RECORD_SPAN = (
    "“{phrase}” may count back from now, as in “the first rate cut in four years”, not"
    " forward: is it when the forecast comes due? give the deadline"
)


def _record_span(m: re.Match, ctx: _Ctx) -> bool | None:
    """After a superlative ("its highest level in 15 years"): True, a span counted back
    and no horizon; after "first", "last" or "only" in a sentence of the future ("we will
    open the first store in two years"): None, either way, asked; else False."""
    before = _RECORD_BEFORE.search(ctx.text, max(0, m.start() - 80), m.start())
    if before is None:
        return False
    if before["word"].lower() in ("first", "last", "only") and FUTURE_SAID.search(ctx.text):
        return None
    return True


def _h_rolling(m: re.Match, ctx: _Ctx) -> _Found | None:
    g = m.groupdict()
    # "the lowest in a decade": since, not until (``_record_span``)
    record = _record_span(m, ctx) if g.get("pre") in ("in", "over", "for") else False
    if record is None:
        return _Found(HorizonKind.VAGUE, reason=RECORD_SPAN, remark=RECORD_SPAN)
    taking = g.get("pre") in ("take", "takes", "taking")
    if (
        record
        # "in 2 days" may tell of the past ("we shipped it in 2 days"); "within" never does.
        or ((taking or g.get("pre") == "in") and _sounds_past(ctx.text))
        # "Permitting should take one year": how long it ought to, no deadline
        or (taking and NORMATIVE_TAKE.search(ctx.text))
    ):
        return None
    delta = _delta(_amount({**g, "n3": None} if g.get("unit3") else g), _unit_key(g["unit"]))
    if g.get("unit3"):  # "18 months, maybe two years": the later of the two
        other = _delta(_num(g["n3"]) + 0.5 * bool(g.get("andhalf3")), _unit_key(g["unit3"]))
        delta = max(delta, other, key=lambda d: ctx.anchor + d)
    if not delta:  # "in 0 days"
        return None
    found = _Found(
        HorizonKind.DATED, _rolling_period(ctx.anchor, delta), relative=True, duration=True
    )
    if _unit_key(g["unit"]).startswith("decade"):  # "within a decade": a round figure
        return found._replace(remark=ROUND_DECADE)
    if delta.years >= ROUND_YEARS_FROM and not delta.months and not delta.days:
        return found._replace(remark=ROUND_YEARS)  # "within 20 years": a round figure too
    return found


@functools.lru_cache(maxsize=1024)  # an import reads a few said-on dates and amounts
def _rolling_period(anchor: date, delta: relativedelta) -> _Period:
    """``delta`` after ``anchor``: the period a rolling horizon ends."""
    return _Period(None, anchor + delta, _P_DAY, f"{_quantity(delta)} after {_fmt(anchor)}")


def _h_from_now(m: re.Match, ctx: _Ctx) -> _Found | None:
    """ "five years from now", "a decade away"; or a duration with no preposition followed by a
    qualifier or an event ("two years after the IPO"), but not in a sentence that tells of the
    past ("two years after launch, it had...")."""
    if not m["fromnow"] and _sounds_past(ctx.text):
        return None
    if m["fromnow"] and _ALWAYS_AWAY.search(ctx.text, max(0, m.start() - 40), m.start()):
        return None  # "Fusion has been 30 years away for 60 years": a looking back, no date
    return _h_rolling(m, ctx)


# A distance in time said in the perfect or the past: "has been 30 years away", "was always
# ten years away", "have been five years out since 2015". It tells of what was said before.
_ALWAYS_AWAY = re.compile(
    r"\b(?:has|have|had|'s|'ve)\s+(?:always\s+|just\s+|forever\s+|perpetually\s+)?been\s+"
    r"(?:(?:always|just|forever|perpetually|only|still|about|around|roughly)\s+)*$"
    r"|\b(?:was|were|used\s+to\s+be)\s+(?:(?:always|just|forever|perpetually|only|still|about"
    r"|around|roughly|supposedly|meant\s+to\s+be)\s+)*$"
)


# The perfect tells of a time up to now: "there has been no rate cut for two years".
_PERFECT = re.compile(r"\b(?:has|have|hasn't|haven't)\s+(?:not\s+|never\s+)?been\b|'ve\s+had\b")


def _h_for(m: re.Match, ctx: _Ctx) -> _Found | None:
    """ "for 20 years" is a duration, not a horizon, unless negated: "not for another five
    years" is a lower bound; but "we've had no growth for 20 years" tells of the past."""
    if _sounds_past(ctx.text) or _PERFECT.search(ctx.text):
        return None
    if _negated_before(ctx, m.start()):
        return _Found(HorizonKind.VAGUE, reason=LOWER_BOUND)
    return None


def _h_for_more(m: re.Match, ctx: _Ctx) -> _Found | None:
    """ "Will be importing lithium for another twenty years", "for a further decade", "for two
    more years": a span going on from when it was said, dated as "for the next twenty years"
    is (``_h_rolling``: the day the span ends). Negated it is a lower bound ("won't be ready
    for another five years"); told of the past ("we waited for another two years") no horizon.
    """
    if _sounds_past(ctx.text) or _PERFECT.search(ctx.text):
        return None
    if _negated_before(ctx, m.start()):
        return _Found(HorizonKind.VAGUE, reason=LOWER_BOUND)
    return _h_rolling(m, ctx)


def _h_year(m: re.Match, ctx: _Ctx) -> _Found | None:
    # The year under way, told in the past tense, is no horizon: "Exports shrank in 2026",
    # said in November 2026, looks back at the part of 2026 gone by.
    if (
        (m.groupdict().get("prep") or "").lower() in ("in", "during", "throughout")
        and _years(m) == ctx.anchor.year
        and _sounds_past(ctx.text)
    ):
        return None
    return _finish(m, _year(_years(m)), relative=False)


# Words of a forecast made for a year: guidance, an outlook, what is expected.
_GUIDANCE = re.compile(
    r"\b(?:guid(?:e|es|ing|ance)|outlook|forecasts?|forecasting|projections?|projecting"
    r"|expects?|expecting|expectations?|estimates?|consensus|full[-\s]year)\b"
)


def _h_guided_year(m: re.Match, ctx: _Ctx) -> _Found | None:
    """ "for 2027", "for the full year 2026", "full-year 2026" in words of guidance or of what
    is expected ("Our outlook for 2027 is flat margins", "We're guiding to 33% for the full
    year 2026"): the end of that year. "Tickets for 2026 are on sale" is no horizon, nor the
    past ("we had guided to 5% for 2026")."""
    if not _GUIDANCE.search(ctx.text) or _sounds_past(ctx.text):
        return None
    return _finish(m, _year(_years(m)), relative=False)


FULL_YEAR = (
    "“{phrase}” is taken as calendar {year}, the year it was said in; a fiscal year may end in"
    " another month: check the deadline"
)


_DURATION_BEFORE = re.compile(r"\b(?:a|one|another)\s+$")  # "for a full year": a duration


# A month the sentence names after "full-year" ("at the full-year results next June", "the
# full-year figures in March 2027"): the month is when, read by its own rule.
_MONTH_AFTER = re.compile(
    r"\b(?:(?:next|this|in|by|on|at|until|before)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?"
    r"\s+(?:of\s+)?)?(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december)\b(?!\s+(?:be|have|not|also|well|see|need|want)\b))"
)
_END_OF_SENTENCE = re.compile(r"[.;!?]|$")


def _month_after(low: str, end: int) -> bool:
    """Whether the sentence names a month after ``end`` (``_MONTH_AFTER``)."""
    stop = _END_OF_SENTENCE.search(low, end).start()
    return bool(_MONTH_AFTER.search(low, end, stop))


def _h_full_year(m: re.Match, ctx: _Ctx) -> _Found | None:
    """ "For the full year we see revenue of about 4 billion", "full-year revenue will be":
    the year it was said in (calendar, with a remark: a company may mean its fiscal year).
    Told in the past ("full-year revenue grew 5%") it is none; so is it before a month the
    sentence names ("at the full-year results next June"): the month is the time said."""
    duration = _DURATION_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
    if duration or _sounds_past(ctx.text) or _month_after(ctx.text, m.end()):
        return None
    year = ctx.said_on.year
    found = _finish(m, _year(year), relative=True)
    return found._replace(remark=FULL_YEAR.replace("{year}", str(year)))


# Before a target's year: a determiner or a possessive ("its 2030 target", "the EU's 2035
# goal", "their 2050 net-zero pledge").
_TARGET_OWNER = re.compile(
    r"(?:\b(?:its|the|their|our|his|her|your|my|a|an|this|that|these|those|[a-z]+'s|[a-z]+s')"
    r"|[a-z]+'s)\s+$"
)
TARGET = (
    "“{phrase}” names a target by its year: the end of {year} is taken; the target's own date"
    " may differ (check it)"
)


def _h_target_year(m: re.Match, ctx: _Ctx) -> _Found | None:
    """ "Germany will miss its 2030 renewables target", "the 2025 goal", "the 2050 net-zero
    pledge": a target named by its year is a horizon at that year's end, with a remark that
    the target's own date may differ. Without a determiner before it ("2030 targets are
    set") the year is read by the other rules. A year's guidance or outlook ("2026 operating
    expense guidance remains $280-300 million", "our 2027 outlook") is a forecast for that
    year: its end, with or without a determiner."""
    if _sounds_past(ctx.text):  # "The bank reaffirmed its 2026 targets": what was done
        return None
    year = int(m["y1"])
    if m["guide"]:  # "2026 operating expense guidance remains $280-300 million": the year's
        return _finish(m, _year(year), relative=False)
    if not _TARGET_OWNER.search(ctx.text, max(0, m.start() - 30), m.start()):
        return None
    return _finish(m, _year(year), relative=False)._replace(
        remark=TARGET.replace("{year}", str(year))
    )


def _years(m: re.Match) -> int:
    first = int(m["y1"])
    second = m["y2"]
    if second and len(second) == 2:  # "2025-26"
        return max(first, first // 100 * 100 + int(second))
    return max(first, int(second or first))


_QUALIFIERS = {
    "early": "early",
    "earlier": "early",
    "first": "early",
    "middle": "mid",
    "mid": "mid",
}


def _qualifier(g: dict[str, str | None]) -> str:
    """ "early", "mid" or "late" from any way of saying it ("the latter part of", "mid-to-late",
    "the middle of"), or "" for the whole period."""
    said = g.get("q2") or g.get("q") or g.get("part") or g.get("bare") or g.get("edge")
    word = (said or "").lower()
    if word in ("", "end", "close", "start", "beginning", "turn") or word.startswith("year"):
        return ""
    return _QUALIFIERS.get(word, "late")


def _qualified_year(year: int, qualifier: str) -> _Period:
    if qualifier == "early":
        return _Period(None, date(year, 4, 30), _P_MONTH, f"early {year}, taken as 30 April {year}")
    if qualifier in ("mid", "middle"):
        return _Period(None, date(year, 6, 30), _P_MONTH, f"mid-{year}, taken as 30 June {year}")
    return _year(year)


def _h_qual_year(m: re.Match, ctx: _Ctx) -> _Found | None:
    return _finish(m, _qualified_year(_years(m), _qualifier(m.groupdict())), relative=False)


def _decade_part(first: int, qualifier: str) -> _Period:
    """A decade, or its early / late part: the 2030s end 2039, "the early 2030s" 2033, "the
    late 2030s" 2039 (docs/horizons.md); its middle has no firm end (``_middle_of_decade``)."""
    if not qualifier:
        return _calendar("decade", date(first, 1, 1))
    year = first + {"early": 3, "mid": 6, "late": 9}[qualifier]
    name = f"the {qualifier} {first}s, taken as 31 December {year}"
    return _Period(None, date(year, 12, 31), _P_YEAR, name)


def _middle_of_decade(first: int) -> _Found:
    reason = DECADE_MIDDLE.format(first=first, start=first + 4, end=first + 6)
    return _Found(HorizonKind.VAGUE, reason=reason)


def _h_decade(m: re.Match, ctx: _Ctx) -> _Found | None:
    qualifier = _qualifier(m.groupdict())
    if qualifier == "mid":
        return _middle_of_decade(int(m["dec"]))
    return _finish(m, _decade_part(int(m["dec"]), qualifier), relative=False)


_BOUND_WORD = re.compile(r"(?i)^\s*(?:by|before|until|till|through|within|end|the\s+end)\b")


def _tells_current_period(m: re.Match, ctx: _Ctx) -> bool:
    """ "this year" in a sentence told in the past, with no "by" before it: what happened
    in the period so far ("came down 8% this year", "we delivered record revenue this
    quarter"), not a deadline."""
    return not _BOUND_WORD.match(m.group()) and _sounds_past(ctx.text)


def _h_relative(m: re.Match, ctx: _Ctx) -> _Found | None:
    g = m.groupdict()
    if g.get("bare") and not g.get("prep"):  # "a mid-year review"; "by mid-year" is a horizon
        return None
    unit = (g.get("unit") or g.get("unit2") or g.get("unit3") or "").lower() or _EO_UNITS[
        g["eo"].lower()
    ]
    period = _calendar(unit, ctx.anchor)
    which = (g.get("which") or g.get("which2") or "").lower()
    if which == "this" and not g.get("ornext") and _tells_current_period(m, ctx):
        return None  # "Turbine prices came down 8% this year": the period told of, no deadline
    if _decade_turn(unit, which, ctx) and not g.get("unit3"):
        return _Found(HorizonKind.VAGUE, reason=DECADE_TURN)
    if "next" in which or "coming" in which:
        period = _calendar(unit, period.end + timedelta(days=1))
    if g.get("ornext"):  # "this year or next": the upper bound
        period = _calendar(unit, period.end + timedelta(days=1))
    qualifier = _qualifier(g)
    if qualifier in ("early", "mid") and unit == "century":  # late: the end of the century
        return _Found(HorizonKind.VAGUE, reason=CENTURY_PART)
    if qualifier and unit == "year":
        period = _qualified_year(period.end.year, qualifier)
    elif qualifier == "mid" and unit == "decade":
        return _middle_of_decade(period.end.year // 10 * 10)
    elif qualifier and unit == "decade":
        period = _decade_part(period.end.year // 10 * 10, qualifier)
    found = _finish(m, period, relative=True)
    return found._replace(remark=CALENDAR_QUARTER) if unit == "quarter" else found


def _h_unit_ends(m: re.Match, ctx: _Ctx) -> _Found | None:
    """ "before the decade ends", "by the time the year is out": the end of that period."""
    unit = m["unit"].lower()
    if _decade_turn(unit, m["which"].lower(), ctx):
        return _Found(HorizonKind.VAGUE, reason=DECADE_TURN)
    period = _calendar(unit, ctx.anchor)
    if m["which"].lower() == "next":
        period = _calendar(unit, period.end + timedelta(days=1))
    return _Found(HorizonKind.DATED, period, relative=True)


_EO_UNITS = {"y": "year", "m": "month", "q": "quarter"}
CALENDAR_QUARTER = (
    "“{phrase}” is taken as a calendar quarter; if a fiscal quarter is meant, its months may"
    " differ: check the deadline"
)


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
            return _span_end(m, _finish(m, make(m, year), relative=False))
        if g.get("rel"):
            year = ctx.anchor.year + (g["rel"] == "next")
            return _span_end(m, _finish(m, make(m, year), relative=True))
        if ok is not None and not ok(m, ctx):
            return None
        which = (g.get("which") or "").lower()
        unmarked = not which and (not _has_prep(m, ctx) or _sounds_past(ctx.text))
        if not which and said_at(ctx.text, m.start(), m.end()):
            return None  # "… said in December that he expects …": when it was said
        if unmarked and not (make.__name__ in _YEAR_PARTS and _looks_ahead(m, ctx)):
            return None
        period = _occurrence(make, m, ctx.anchor, which)
        found = _finish(m, period, relative=True)
        if which == "next" and _said_just_before(make, period, ctx):
            later = _name(make(m, period.end.year + 1))
            remark = NEXT_JUST_BEFORE.replace("{period}", _name(period)).replace("{later}", later)
            found = found._replace(remark=remark)
        if make.__name__ in _YEAR_PARTS and not which:
            found = _yearless(found, ctx)
        return _span_end(m, found)

    return handler


# "next summer" said on 20 May, "next March" said in February: the one about to begin, or the
# one a year later? Said in the season (or month) just before it, speakers mean either; the
# first not yet begun is taken (docs/horizons.md), and the curator asked.
_JUST_BEFORE_DAYS = {"_make_season": 92, "_make_month": 31}
NEXT_JUST_BEFORE = (
    "deadline unclear: “{phrase}” was said just before {period} began: that one is taken;"
    " or is {later} meant? check it"
)


def _said_just_before(make: Callable[[re.Match, int], _Period], period: _Period, ctx: _Ctx) -> bool:
    """``period``, the first not yet begun, begins within a season (a month, for a month)
    of the last day the words could have been said."""
    days = _JUST_BEFORE_DAYS.get(make.__name__)
    if days is None or period.start is None:
        return False
    return (period.start - ctx.anchor).days <= days


_YEAR_PARTS = ("_make_quarter", "_make_half")
# "until the second half of 2026", "through Q3": the deadline is the end of the span, and a
# half or a quarter is long enough that its start may be what is meant.
_SPAN_PREPS = frozenset({"until", "till", "til"})
SPAN_END = (
    "“{phrase}”: the deadline is the end of {period}, where the span ends; if the speaker"
    " means until it begins, it is earlier: check it"
)


def _span_end(m: re.Match, found: _Found) -> _Found:
    prep = (m.groupdict().get("prep") or "").lower()
    if prep not in _SPAN_PREPS or found.period is None or not _is_part(m):
        return found
    if found.remark:
        return found
    return found._replace(remark=SPAN_END.replace("{period}", _name(found.period)))


def _name(period: _Period) -> str:
    """ "Q1 2026" for "end of Q1 2026": a period's label, as a remark names it."""
    return period.label.removeprefix("end of ")


def _is_part(m: re.Match) -> bool:
    """A quarter or a half, by any name ("Q3", "3Q", "the third quarter", "H2", "2H")."""
    g = m.groupdict()
    return any(g.get(name) for name in ("q", "qn", "qw", "h", "hn", "hw"))


# A quarter or half named without its year, with no preposition, as the subject of a forecast
# ("We expect the first quarter to be seasonally weak", "Q4 margins will improve").
_AHEAD = re.compile(
    r"\b(?:will|won't|'ll|going\s+to|expect(?:s|ed|ing)?|see|guid(?:e|es|ing|ance)|outlook"
    r"|forecast|should|look\s+for|anticipate|project)\b"
)
# An ordinal of something else: "his second quarter as CEO", "a second half-point cut".
_OTHER_ORDINAL = re.compile(r"\b(?:a|an|his|her|my|your|their|its|every|each|one)\s+$")


def _looks_ahead(m: re.Match, ctx: _Ctx) -> bool:
    g = m.groupdict()
    return (
        bool(g.get("qw") or g.get("q") or g.get("hw"))
        and _OTHER_ORDINAL.search(ctx.text, max(0, m.start() - 8), m.start()) is None
        and _AHEAD.search(ctx.text) is not None
        and not _sounds_past(ctx.text)
    )


YEARLESS = (
    "“{phrase}” names no year: {period} is taken, {why}; check the year, and the months if a"
    " fiscal calendar is meant"
)


def _yearless(found: _Found, ctx: _Ctx) -> _Found:
    """A quarter or half named without its year, read as its next occurrence not yet over,
    with a remark saying which was taken and why: this year's is over (or, with the month
    unknown, may be), so next year's; or this year's, which a fiscal calendar may place
    elsewhere."""
    period = found.period
    assert period is not None
    if period.end.year > ctx.said_on.year:
        why = "the first that ends after it was said (this year's was over, or may have been)"
    elif period.start is not None and period.start <= ctx.said_on:
        why = "the one under way when it was said"
    else:
        why = "this year's, not yet begun when it was said"
    remark = YEARLESS.replace("{period}", _name(period)).replace("{why}", why)
    return found._replace(remark=remark)


# Before a month, season or holiday with no year, these make it a horizon like "by" does,
# though a bound or approximate one ("after March", "around Christmas"); "from" and "about"
# do not ("heard from May", "talked about March").
_YEARLESS_BOUND = re.compile(
    r"(?:\bafter|\bnot\s+(?:before|until|till)|\bno\s+(?:sooner|earlier)\s+than|\bas\s+early\s+as"
    r"|\bstarting(?:\s+(?:in|from))?|\bbeginning\s+in|\baround|\broughly|\bsometime\s+after)\s+$"
)


# An event named by its date in brackets after a deadline's preposition: "by demo day (Oct
# 8)", "before the board meeting (12 March)": the bracketed day is the event's, and the
# deadline's.
_EVENT_DATED = re.compile(
    r"\b(?:by|before|until|till|ahead\s+of|in\s+time\s+for|at\s+(?:the|its|our|their)\b)"
    r"\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+\s*\($"
)


def _has_prep(m: re.Match, ctx: _Ctx) -> bool:
    """A preposition in the match ("in August"), a bound or hedge before it ("after March"),
    or the bracket dating the event a deadline names ("by demo day (Oct 8)")."""
    before = max(0, m.start() - 40)
    return bool(
        m["prep"]
        or _YEARLESS_BOUND.search(ctx.text, before + 10, m.start())
        or _EVENT_DATED.search(ctx.text, before, m.start())
    )


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
    """Without a year, a month must be spelled out or follow its day ("by 16 Feb", "by Feb
    16"), and "may"/"march" must not read as words."""
    name = m["month"].lower().rstrip(".")
    if name not in _MONTH_NUMBER and not m["day"]:
        return False
    if m["day"] or name not in ("may", "march"):
        return True
    return not _MODAL_MAY_MARCH.match(ctx.text, m.end())


def _h_on_date(m: re.Match, ctx: _Ctx) -> _Found | None:
    """ "on 12 November", "on the 3rd of March", "on March 3": the day of a scheduled act
    (``scheduled.scheduled_at``: "we'll give a breakdown at the interim results on 12
    November", "the vote is on 3 March"), the next such day after the day it was said; with
    its year, that day. Not a day told in the past, nor one dated to a year gone ("on 12
    November last year"). An act due "before the vote on 9 September" is due the day before
    (``scheduled.before_event``). Source: how companies and newsrooms announce their dates
    (tests/claims/test_horizons_scheduled_days.py)."""
    if not (m["y1"] or m["rel"]) and not scheduled_at(ctx.text, m.start()):
        return None
    if said_at(ctx.text, m.start(), m.end()):
        return None  # "On 12 May the minister said …": when it was said
    if gone_after(ctx.text, m.end()) or ctx.text.startswith("'", m.end()):
        return None  # "on 12 November last year"; "on 3 March's figures": a noun's day
    found = _ON_DATE(m, ctx)
    return _before_event(found, m, ctx)


def _before_event(found: _Found | None, m: re.Match, ctx: _Ctx) -> _Found | None:
    """``found``, due the day before its day when that day dates an event an act is due
    before ("before the vote on 9 September")."""
    if found is None or found.period is None or not before_event(ctx.text, m.start()):
        return found
    return found._replace(period=found.period.before())


_ON_DATE = _cyclic(_make_month, _month_ok)


MONTH_DAY_UNKNOWN_DAY = "names a day of the month, but not the day it was said: no date derived"


def _h_on_day_alone(m: re.Match, ctx: _Ctx) -> _Found | None:
    """ "on the 19th", "on the 3rd of next month": a day of the month alone, for a scheduled
    act (``scheduled.scheduled_at``: "I reckon the MPC holds at 3.75% on the 19th", "the
    vote is on the 12th"): the next such day after the day it was said, none when it is that
    day; "of next month": that month's, whatever the verb ("rates rise on the 3rd of next
    month"). None for a day told in the past or dated to a year gone, and vague when the day
    it was said is not known. Source: how rate-setters' watchers and newsrooms name a meeting
    or a vote of the coming weeks (tests/claims/test_horizons_scheduled_days.py)."""
    if not m["next"] and (not scheduled_at(ctx.text, m.start()) or gone_after(ctx.text, m.end())):
        return None  # "of next month" is ahead, whatever the verb
    if ctx.precision != _P_DAY:
        return _Found(HorizonKind.VAGUE, reason=MONTH_DAY_UNKNOWN_DAY)
    said, dd = ctx.said_on, int(m["dd"])
    first = 1 if m["next"] else 0
    for ahead in range(first, first + 13):
        year, month = said.year + (said.month - 1 + ahead) // 12, (said.month - 1 + ahead) % 12 + 1
        try:
            day = date(year, month, dd)
        except ValueError:
            continue  # "on the 31st" said in a month of 30 days: the next month that has it
        if day == said:
            return None  # the said-on day itself is no deadline
        if day > said:
            period = _Period(day, day, _P_DAY, _fmt(day))
            return _before_event(_finish(m, period, relative=True), m, ctx)
    return None


def _h_month_noun(m: re.Match, ctx: _Ctx) -> _Found | None:
    """ "a December cut", "the March meeting": the next such month, in words that do not
    tell of the past ("We had a December cut last year"). Source: how rate-setters' watchers
    name the meetings to come (tests/claims/test_horizons_days_ahead.py)."""
    if not _month_ok(m, ctx) or _sounds_past(ctx.text):
        return None
    period = _occurrence(_make_month, m, ctx.anchor, "")
    return _finish(m, period, relative=True)


_HOLIDAYS = {
    "boxing day": (12, 26, "Boxing Day"),
    "christmas day": (12, 25, "Christmas Day"),
    "christmas eve": (12, 24, "Christmas Eve"),
    "christmas": (12, 25, "Christmas Day"),
    "xmas": (12, 25, "Christmas Day"),
    "new year's eve": (12, 31, "New Year's Eve"),
    "new year's day": (1, 1, "New Year's Day"),
}


def _make_holiday(m: re.Match, year: int) -> _Period:
    month, day_of_month, label = _HOLIDAYS[" ".join(m["holiday"].lower().split())]
    day = date(year, month, day_of_month)
    return _Period(day, day, _P_DAY, f"{label} {year}")


def _h_holiday(m: re.Match, ctx: _Ctx) -> _Found | None:
    """A named day of the year: "He'll miss Boxing Day", "top six at Christmas", "on New
    Year's Eve": the next one, in a sentence that does not tell of the past. Christmas alone
    is a day only after "at", "on", "over", "for", "this" or "next" ("the Christmas market"
    names none). Source: how sport and retail speak of the holidays (tests/claims/
    test_horizons_days_ahead.py)."""
    if m["y1"] or m["rel"]:
        return _cyclic(_make_holiday)(m, ctx)
    which = (m["which"] or "").lower()
    if m["holiday"].lower() in ("christmas", "xmas") and not (m["prep"] or which):
        return None
    if _sounds_past(ctx.text):
        return None
    period = _occurrence(_make_holiday, m, ctx.anchor, which)
    return _span_end(m, _finish(m, period, relative=True))


def _make_christmas(m: re.Match, year: int) -> _Period:
    day = date(year, 12, 24 if m["eve"] else 25)
    return _Period(day, day, _P_DAY, f"Christmas {'Eve' if m['eve'] else 'Day'} {year}")


# "Rates will fall next year": "fall" and "spring" after a verb's helper are verbs, not seasons.
_VERB_BEFORE = re.compile(
    r"(?:\b(?:will|would|could|can|may|might|must|should|shall|to|not|never|also|further|"
    r"likely|to|did|does|do)|'ll|n't)\s+$"
)


def _h_season(m: re.Match, ctx: _Ctx) -> _Found | None:
    verb = m["season"].lower() in ("fall", "spring") and not m["prep"] and not m["which"]
    if not verb or not _VERB_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start()):
        return _SEASON_CYCLE(m, ctx)
    if m["y1"]:  # "will fall, 2025": the year
        return _finish(m, _year(int(m["y1"])), relative=False)
    if m["rel"]:  # "will fall next year": the year, not next year's autumn
        return _finish(m, _year(ctx.anchor.year + (m["rel"] == "next")), relative=True)
    return None


def _make_season(m: re.Match, year: int) -> _Period:
    season = m["season"].lower().replace("fall", "autumn")
    first, last = _SEASONS[season]
    span = f"{year}-{str(year + 1)[2:]}" if last < first else str(year)
    return _months(year, first, last, f"meteorological {season} {span}")


def _make_quarter(m: re.Match, year: int) -> _Period:
    if m["q"] or m["qn"]:
        q = int(m["q"][1]) if m["q"] else int(m["qn"])
    else:
        q = _ORDINALS[m["qw"].lower()]
    return _months(year, 3 * q - 2, 3 * q, f"Q{q} {year}")


def _quarter_ok(m: re.Match, ctx: _Ctx) -> bool:
    # "in the last quarter" without a year is the one just gone.
    return not m["qw"] or m["qw"].lower() not in ("last", "final")


def _make_half(m: re.Match, year: int) -> _Period:
    if m["h"] or m["hn"]:
        h = int(m["h"][1]) if m["h"] else int(m["hn"])
    else:
        h = _ORDINALS[m["hw"].lower()]
    return _months(year, 6 * h - 5, 6 * h, f"H{h} {year}")


_SEASON_CYCLE = _cyclic(_make_season)


def _h_half_alone(m: re.Match, ctx: _Ctx) -> _Found | None:
    """ "In the second half", "second-half growth", "the back half of the year", no year:
    the half under way or to come, with a remark saying which was taken. The second half
    said in the first half is this year's; said in July to September, this year's, under
    way; said in October to December, next year's (most of this year's is gone). The first
    half said in the first half is this year's, said later next year's. With only the year
    known it may be this year's or next year's: vague."""
    if (not m["prep"] and not _looks_ahead(m, ctx)) or _sounds_past(ctx.text):
        return None
    if ctx.precision == DatePrecision.YEAR:
        return _Found(HorizonKind.VAGUE, reason=HALF_TURN)
    h = _ORDINALS[m["hw"].lower()]
    month, year = ctx.anchor.month, ctx.anchor.year
    if (h == 2 and month >= 10) or (h == 1 and month >= 7):
        year += 1
    first = 1 if h == 1 else 7
    found = _finish(m, _months(year, first, first + 5, f"H{h} {year}"), relative=True)
    return _yearless(found, ctx)


def _h_short_year(m: re.Match, ctx: _Ctx) -> _Found | None:
    """ "by '27": the year ending in those digits nearest the said-on year (2027 in 2024)."""
    yy = int(m["yy"])
    century = ctx.anchor.year // 100 * 100
    year = min(
        (century - 100 + yy, century + yy, century + 100 + yy),
        key=lambda y: (abs(y - ctx.anchor.year), -y),
    )
    return _finish(m, _year(year), relative=False)


def _h_iso(m: re.Match, ctx: _Ctx) -> _Found | None:
    day = date(int(m["y1"]), int(m["mm"]), int(m["dd"]))
    return _finish(m, _Period(day, day, _P_DAY, _fmt(day)), relative=False)


# The speaker's belief, the tense of a forecast without "will": "I think we win tomorrow".
_BELIEF = re.compile(r"\b(?:i|we)\s+(?:still\s+)?(?:think|reckon|bet|believe|fancy|expect)\b")


def _h_bare_day(m: re.Match, ctx: _Ctx) -> _Found | None:
    """ "tomorrow", "tonight" with no preposition, in a forecast ("He'll start tomorrow", "I
    think we win tomorrow"): that day; not in words of today ("My focus is tomorrow") nor of
    the past. Source: how managers and traders speak of the next game or session
    (tests/claims/test_horizons_days_ahead.py)."""
    lowered = ctx.text.lower()
    alone = lowered.strip(" .") == m.group().lower()  # the stored horizon, read again
    if not alone and (
        _sounds_past(ctx.text) or not (_AHEAD.search(lowered) or _BELIEF.search(lowered))
    ):
        return None
    day = ctx.anchor + timedelta(days=m["dw"].lower() == "tomorrow")
    return _finish(m, _Period(day, day, _P_DAY, _fmt(day)), relative=True)


def _h_dayword(m: re.Match, ctx: _Ctx) -> _Found | None:
    day = ctx.anchor + timedelta(days=m["dw"].lower() == "tomorrow")
    return _finish(m, _Period(day, day, _P_DAY, _fmt(day)), relative=True)


# A day of the week, by its name or as people shorten it.
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip
NEXT_WEEKDAY = (
    "“{phrase}” may mean the coming {weekday} or the one a week later: the coming one is"
    " taken; check the deadline the speaker means"
)
WEEKDAY_UNKNOWN_DAY = "names a day of the week, but not the day it was said: no date derived"


def _h_weekday(m: re.Match, ctx: _Ctx) -> _Found | None:
    """A day of the week ahead ("by Friday", "before Thursday", "on Monday", "this Friday",
    "next Fri"): the first such day after the day it was said (said on a Friday, "by Friday"
    is the next week's); "before" the day before it. "next Friday" may mean the one a week
    later: the coming one is taken, with a remark (``NEXT_WEEKDAY``). None in words of the
    past ("on Friday we met") nor of a habit ("every Thursday"); vague when the day said is not
    known. Source: how people set days in chats and meetings ("I'll get the rest to the town
    hall by Friday"). "On Monday" only for a scheduled act (``scheduled.scheduled_at``: "It
    will be signed on Monday", "the newsletter goes out on Thursday"; not "told reporters on
    Monday that …").
    """
    if _sounds_past(ctx.text) or habit_before(ctx.text, m.start()):
        return None  # "it went out on Thursday", "every Thursday"
    if (m["prep"] or "").lower() == "on" and not scheduled_at(ctx.text, m.start()):
        return None  # "told reporters on Monday that …": the day it was said, not a deadline
    if ctx.precision != _P_DAY:
        return _Found(HorizonKind.VAGUE, reason=WEEKDAY_UNKNOWN_DAY)
    weekday = WEEKDAYS[m["wd"].lower()]
    if m["dd"] or m["us_dd"]:
        return _weekday_date(m, ctx, weekday)
    ahead = (weekday - ctx.said_on.weekday()) % 7 or 7
    if m["fw"]:  # "by Friday week": the Friday after the coming one
        ahead += 7
    day = ctx.said_on + timedelta(days=ahead)
    found = _finish(m, _Period(day, day, _P_DAY, _fmt(day)), relative=True)
    if (m["which"] or "").lower() == "next":
        name = next(w for w, n in WEEKDAYS.items() if n == weekday).title()
        found = found._replace(remark=NEXT_WEEKDAY.replace("{weekday}", name))
    return found


WEEKDAY_MISMATCH = (
    "“{phrase}”: {day} is a {actual}, not a {said}: no deadline is taken; which day is meant?"
    " give the deadline"
)
WEEKDAY_MISMATCH_REASON = "names a weekday its date does not fall on ({day} is a {actual})"
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _weekday_date(m: re.Match, ctx: _Ctx, weekday: int) -> _Found | None:
    """ "by Friday 23 October", "on Friday the 18th", "Thursday 5 November 2026", "on
    Thursday, March 12" (the month first, as in the US): the date, the next one on or after
    the day it was said when no year is given (a day of the month alone: the next such day of
    a month); the said-on day itself is no deadline. A weekday the date does not fall on is
    no guess: vague, with a remark (``WEEKDAY_MISMATCH``)."""
    dd = int(m["dd"] or m["us_dd"])
    said = ctx.said_on
    year = m["y1"] or m["us_y"]
    if m["month"] or m["us_month"]:
        word = (m["month"] or m["us_month"]).rstrip(".")
        month = _MONTH_NUMBER.get(word) or _MONTH_ABBR[word]
        if year:
            day = date(int(year), month, dd)
        else:
            day = date(said.year, month, dd)
            if day < said:
                day = date(said.year + 1, month, dd)
    else:
        day = next((d for a in range(3) if (d := _day_of(said, a, dd)) and d >= said), None)
        if day is None:
            return None
    if day.weekday() != weekday:
        words = {"day": _fmt(day), "actual": _WEEKDAY_NAMES[day.weekday()]}
        remark = WEEKDAY_MISMATCH.format(phrase="{phrase}", said=_WEEKDAY_NAMES[weekday], **words)
        return _Found(
            HorizonKind.VAGUE, reason=WEEKDAY_MISMATCH_REASON.format(**words), remark=remark
        )
    if day == said:
        return None  # no claim takes its own said-on day ("tonight", "this afternoon")
    return _finish(m, _Period(day, day, _P_DAY, _fmt(day)), relative=not year)


def _day_of(said: date, ahead: int, dd: int) -> date | None:
    """Day ``dd`` of the month ``ahead`` months after ``said``'s, or None (no such day)."""
    month = said.month - 1 + ahead
    try:
        return date(said.year + month // 12, month % 12 + 1, dd)
    except ValueError:
        return None


_YEAR_DIGITS = re.compile(r"(?:19|20|21)\d\d")


def _vague(reason: str) -> Callable[[re.Match, _Ctx], _Found | None]:
    def handler(m: re.Match, ctx: _Ctx) -> _Found | None:
        years = [int(y) for y in _YEAR_DIGITS.findall(m.group())]
        if years and max(years) < ctx.said_on.year:  # "after 2015", said in 2022: the past
            return None
        return _Found(HorizonKind.VAGUE, reason=reason)

    return handler


_TOO_VAGUE = _vague("is a time reference too vague to date")


def _h_fiscal(m: re.Match, ctx: _Ctx) -> _Found | None:
    """A fiscal year or quarter, unless plainly over: a fiscal year may end up to a year after
    the calendar year of its name, so only one named two or more years back is the past.
    With the month the fiscal year ends in known (``ctx.fiscal_end``), its end
    (``_fiscal_period``)."""
    if re.search(r"\blast\s+(?:the\s+)?$", ctx.text[max(0, m.start() - 12) : m.start()]):
        return None  # "last fiscal year"
    if _sounds_past(ctx.text):  # "our FY23 results were strong"
        return None
    year = None
    if m["fy"]:
        year = int(m["fy"]) if len(m["fy"]) == 4 else 2000 + int(m["fy"])
        if year + 1 < ctx.said_on.year and not ctx.fiscal_end:
            return None
    if ctx.fiscal_end:
        return _fiscal_found(m, ctx, year)
    return _Found(HorizonKind.VAGUE, reason=FISCAL)


_FISCAL_NEXT = re.compile(r"\b(?:next|coming|following|upcoming)\s+$")
_FISCAL_BEFORE = re.compile(r"\b(?:before|prior\s+to|sooner\s+than|earlier\s+than)\s+(?:the\s+)?$")


def _fiscal_found(m: re.Match, ctx: _Ctx, year: int | None) -> _Found:
    """A fiscal period with the month its year ends in known: FY27, fiscal 2027 (named by
    the calendar year it ends in), this or next fiscal year, a quarter or half of one."""
    before = ctx.text[max(0, m.start() - 24) : m.start()]
    relative = year is None
    if year is None:  # "this fiscal year", "by the end of our fiscal year", "next fiscal year"
        year = ctx.anchor.year + (ctx.anchor.month > ctx.fiscal_end)
        year += bool(_FISCAL_NEXT.search(before))
    quarter = _fiscal_quarter(m)
    period = _fiscal_period(year, ctx.fiscal_end, quarter, m["fh"])
    if relative and (quarter or m["fh"]) and period.end < ctx.anchor:
        # "by the end of our first fiscal quarter" said after it: next fiscal year's.
        period = _fiscal_period(year + 1, ctx.fiscal_end, quarter, m["fh"])
    if _FISCAL_BEFORE.search(before) and not _runs_out(m):  # not "before fiscal 2028 is out"
        period = period.before()
    return _Found(HorizonKind.DATED, period, relative=relative)


_ORDINAL_QUARTER = {"first": "q1", "second": "q2", "third": "q3", "fourth": "q4"}


def _fiscal_quarter(m: re.Match) -> str | None:
    """The fiscal quarter a ``_FISCAL`` match names, as "q3" (or "3q"), or None: "Q3 FY27",
    "fiscal Q3", "our third fiscal quarter", "the third quarter of fiscal 2027"."""
    if m["fq"] or m["fq2"]:
        return m["fq"] or m["fq2"]
    word = m["fqw"] or m["fqw2"] or m["fqw3"]
    if not word:
        return None
    return _ORDINAL_QUARTER.get(word) or f"q{word[0]}"


def _fiscal_period(year: int, end_month: int, quarter: str | None, half: str | None) -> _Period:
    """Fiscal ``year`` (the one ending in ``end_month`` of ``year``), or its quarter ("q3",
    "3q") or half ("h1", "1h"): quarters and halves counted from the fiscal year's start.
    Rule: a fiscal year is named by the calendar year in which it ends (US SEC filers'
    usage: Microsoft's fiscal 2027 ends in June 2027)."""
    span, back, part = 12, 0, ""
    if quarter:
        number = int(quarter.strip("q"))
        span, back, part = 3, 3 * (4 - number), f"Q{number} of "
    elif half:
        number = int(half.strip("h"))
        span, back, part = 6, 6 * (2 - number), f"H{number} of "
    last = year * 12 + end_month - 1 - back
    first = last - span + 1
    end = _month_end(last // 12, last % 12 + 1)
    start = date(first // 12, first % 12 + 1, 1)
    name = (
        f"{part}fiscal {year} ({_MONTH_NAMES[start.month]} {start.year} to"
        f" {_MONTH_NAMES[end.month]} {end.year}; the fiscal year ends in"
        f" {_MONTH_NAMES[end_month]}, named by the year it ends in)"
    )
    return _Period(start, end, _P_MONTH, name)


# ---- A person's life, an event named by its year.


def _life(m: re.Match, ctx: _Ctx) -> _Found | None:
    """ "In my kids' lifetime", "before I'm 50", "within the next generation": a personal
    calendar with no date; narration in the past tense is no horizon."""
    return None if _sounds_past(ctx.text) else _Found(HorizonKind.VAGUE, reason=LIFE)


YEAR_EVENT = (
    "deadline unclear: “{phrase}”: the year of the {event} is said, its day is not; the end"
    " of {year} is taken: give the day"
)


def _h_year_event(m: re.Match, ctx: _Ctx) -> _Found | None:
    """ "Before the 2028 election", "by the 2026 midterms": the event falls in that year,
    on a day not given, so the end of the year is the latest honest deadline (never due too
    early), with a remark asking for the event's date. "After the 2028 election" is a lower
    bound; the past (said after that year) is no horizon."""
    year = int(m["y1"])
    if m["prep"] in ("after", "following"):
        return _vague(LOWER_BOUND)(m, ctx)
    if _sounds_past(ctx.text):  # "before the 2020 election we had raised $10M"
        return None
    event = " ".join((ctx.source or ctx.text)[m.start("y1") : m.end()].split())
    name = f"the {event}, a day in {year} not given: the end of {year}"
    remark = YEAR_EVENT.replace("{event}", event).replace("{year}", str(year))
    return _Found(
        HorizonKind.DATED, _Period(None, date(year, 12, 31), _P_YEAR, name), remark=remark
    )


_CONNECTOR = re.compile(
    r"(?:by\s+the\s+time|by|before|until|till|ahead\s+of|prior\s+to|in\s+time\s+for|in\s+advance\s+of|after"
    r"|following|once)\s+"
)


def _h_event(m: re.Match, ctx: _Ctx) -> _Found | None:
    """Tied to an event with no date ("before the IPO", "by the time I retire"); the rule text
    names the event."""
    if _sounds_past(ctx.text):  # "before the IPO we had raised $10M": narration
        return None
    connector = _CONNECTOR.match(m.group())
    assert connector is not None
    event = (ctx.source or ctx.text)[m.start() + connector.end() : m.end()].strip()
    reason = f"is tied to an event with no date: {event}"
    if connector.group().split()[0] in ("after", "following", "once"):
        # "Not until after the election", "after the launch": the earliest it happens.
        reason = f"{LOWER_BOUND}, and {reason}"
    return _Found(HorizonKind.VAGUE, reason=reason)


def _h_vague_word(m: re.Match, ctx: _Ctx) -> _Found | None:
    """ "Soon", "eventually": vague about the future, but only narration in a past-tense
    sentence ("eventually decided to leave"), which is no horizon at all."""
    return None if _sounds_past(ctx.text) else _TOO_VAGUE(m, ctx)
