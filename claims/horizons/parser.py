"""The scan and the entry point: find the rule matches in a text, left to right, run their
handlers and turn the first dated find (else the first vague one) into a ``HorizonResult``."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from datetime import date, datetime
from functools import cache

from claims.choices import DatePrecision
from claims.horizons.clauses import condition_at, free_relative_at, present_state_at
from claims.horizons.fiscal import declarations
from claims.horizons.grammar import (
    _AMOUNT,
    _HEDGES,
    _NUM,
    _NUMBER_WORDS,
    _PREP_WORDS,
    _RULES,
    _TAIL_RANGE,
    _UNIT,
    _UNITS,
    _YEARS,
    _after_prep,
    _ng,
    _start_words,
    _trie,
)
from claims.horizons.handlers import LOWER_BOUND, _Ctx, _Found
from claims.horizons.periods import _MONTH_NAMES, _P_DAY, _P_MONTH, _P_YEAR, _RANK, _fmt, _round_up
from claims.horizons.qualifiers import qualify
from claims.horizons.result import _NONE, HorizonKind, HorizonResult
from claims.horizons.shorthand import as_typed, expanded
from claims.horizons.tense import _PAST_RE

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
# with costs about a microsecond; most words start none, or a handful, of the rules.
# A rule that may start with a preposition ("@prep?": "by March", "in the 2030s") is tried at a
# preposition only when the word after it can start the rule: most rules do, so trying each at
# every "in" and "by" cost a third of the time.
_BY_WORD: dict[str, tuple[int, ...]] = {}
_AFTER_PREP: dict[str, tuple[int, ...]] = {}
for _index, (_, _, _, _spec) in enumerate(_RULES):
    for _word in _start_words(_spec):
        _BY_WORD[_word] = (*_BY_WORD.get(_word, ()), _index)
        if _after_prep(_spec):
            _AFTER_PREP[_word] = (*_AFTER_PREP.get(_word, ()), _index)
_PREP_FIRST = frozenset(_start_words("@prep"))
_WORD_SCAN = re.compile(  # "FY26" starts a word "fy"
    rf"(?<!\w)(?:{_trie(' '.join(w for w in {*_BY_WORD, *_PREP_FIRST} if w[0] != '@'))}\b"
    r"|\d+|fy(?=\d))"
)
_WORDS_AFTER_PREP = _trie(" ".join(w for w in _AFTER_PREP if w[0] != "@"))
_PREP_AND_NEXT = re.compile(rf"{_PREP_WORDS}\s+(?P<next>{_WORDS_AFTER_PREP}\b|\d+)")
# The rules to try at a preposition followed by a given word: its own, and those after it.
_BY_PREP_AND_NEXT = {
    (prep, after): tuple(sorted({*_BY_WORD.get(prep, ()), *rules}))
    for prep in _PREP_FIRST
    for after, rules in _AFTER_PREP.items()
}


# After these common words, only the words listed can go on to a horizon ("in 5 years", "a
# year or two", "the end of"); otherwise no rule is tried there.
_AMOUNT_WORDS = f"{_NUMBER_WORDS} hundred half couple dozen few several"
_UNIT_WORDS_ALL = "day days week weeks month months quarter quarters year years decade decades"
_GATES = {
    word: re.compile(rf"{word}\s+(?:{_trie(follow)}\b|\d|cy\d|'\d\d)")
    for word, follow in {
        "the": "end close start beginning middle turn very tail back early earlier first mid"
        " latter later late last final closing spring summer autumn fall winter christmas xmas"
        " easter this next coming current"
        " second third fourth 1st 2nd 3rd 4th front year eoy eom eoq full whole entire",
        "a": f"{_AMOUNT_WORDS} {_UNIT_WORDS_ALL} good solid minimum number handful matter"
        " generation lifetime decade century",
        "in": f"{_AMOUNT_WORDS} the next coming a an at about around roughly approximately circa"
        " maybe perhaps some something less fewer under no not just only due time advance our my"
        " your his her their its this more over well upwards north longer beyond calendar cy"
        " future",
    }.items()
}
# Common words that start a rule only before given words: each gate is what every rule
# starting with the word must match first ("will end 2025", "it won't be long", "the last
# part of", "last quarter", "year-end", "year's end", "year after next"); a table test checks
# them against trying every rule.
_GATES |= {
    word: re.compile(gate)
    for word, gate in {
        "will": r"will\s+(?:end|close|finish)",
        "it": r"it\s+won't",
        "last": r"last[-\s]+(?:part|stage|years|months|half|quarter)",
        "year": r"year(?:'s|s')?[-\s]?end|year\s+after",
    }.items()
}
# Words whose rules do not depend on what follows them (most): looked up directly.
_PLAIN = {
    w: rules
    for w, rules in _BY_WORD.items()
    if w[0] != "@" and w not in _PREP_FIRST and w not in _GATES
}


def _key(word: str) -> str:
    """A word, or for digits "@count" (one to three) or "@year" (four, 1900-2199), or ""."""
    if not word[0].isdigit():
        return word
    if len(word) <= 3:
        return "@count"
    return "@year" if len(word) == 4 and word[:2] in ("19", "20", "21") else ""


def _rules_for(low: str, word: str, start: int) -> tuple[int, ...]:
    """The indexes of the rules to try at ``start``, where ``word`` begins."""
    if word in _PREP_FIRST and (prep := _PREP_AND_NEXT.match(low, start)):
        rules = _BY_PREP_AND_NEXT.get((word, _key(prep["next"])))
        if rules:
            return rules
    gate = _GATES.get(word)
    if gate is not None and not gate.match(low, start):
        return ()
    return _BY_WORD.get(_key(word), ())


@cache
def _union(indexes: tuple[int, ...]) -> re.Pattern:
    """One pattern for the rules at ``indexes``, without capturing groups, to test whether any
    matches (sre saves and restores every group when it backtracks, which doubled the time)."""
    return re.compile("|".join(f"(?:{_ng(_RULES[i][1])})" for i in indexes))


_BY_INDEX = [(name, _COMPILED[name]) for name, *_ in _RULES]


# A union takes tens of milliseconds to compile (about 60 ms for the larger sets), as much
# as trying its rules one by one (about 10 µs) several thousand times: it is compiled for a
# set of rules only once the set has come up that often in this process.
_UNION_AFTER = 4096
_UNIONS: dict[tuple[int, ...], re.Pattern] = {}
_SEEN: dict[tuple[int, ...], int] = {}


def _first_rule(low: str, start: int, indexes: tuple[int, ...]) -> tuple[str, re.Match] | None:
    """The first rule at ``indexes``, in the table's order, that matches at ``start``."""
    union = _UNIONS.get(indexes)
    if union is None and len(indexes) > 1:
        seen = _SEEN[indexes] = _SEEN.get(indexes, 0) + 1
        if seen >= _UNION_AFTER:
            union = _UNIONS[indexes] = _union(indexes)
    if union is not None and not union.match(low, start):
        return None
    for index in indexes:  # cheaper than one pattern with a group per rule to tell which
        name, pattern = _BY_INDEX[index]
        m = pattern.match(low, start)
        if m is not None:
            return name, m
    if union is not None:  # pragma: no cover
        raise AssertionError("the union matched, so one of its rules does")
    return None


def _rule_at(low: str, start: int) -> tuple[str, re.Match] | None:
    """The first rule that matches at ``start``, a word start, and its match."""
    word = _WORD_SCAN.match(low, start)
    indexes = word and _rules_for(low, word.group(), start)
    return _first_rule(low, start, indexes) if indexes else None


def _scan(low: str) -> Iterator[tuple[str, re.Match]]:
    """Every rule match in ``low``, left to right, not overlapping (the first rule wins)."""
    end = 0
    for word in _WORD_SCAN.finditer(low):
        start = word.start()
        if start < end:
            continue
        indexes = _PLAIN.get(word.group())
        if indexes is None:
            indexes = _rules_for(low, word.group(), start)
        if not indexes:
            continue
        hit = _first_rule(low, start, indexes)
        if hit is not None:
            end = hit[1].end()
            yield hit


_BARE_YEAR = re.compile(rf"[\W_]*(?:the\s+year\s+)?{_YEARS}[\W_]*")
_BARE_DURATION = re.compile(
    rf"[\W_]*(?:(?P<hedge>{_HEDGES})\s+)?{_AMOUNT}\s*{_UNIT}{_TAIL_RANGE}[\W_]*"
)


# ---- Entry point.


def parse_horizon(
    text: str,
    *,
    said_on: date,
    precision: DatePrecision | str = DatePrecision.DAY,
    fiscal_year_end: int | None = None,
) -> HorizonResult:
    """Find the horizon in ``text`` (a claim or just its horizon) said on ``said_on``.

    ``precision`` says how much of ``said_on`` is known; with MONTH or YEAR, ``said_on`` is
    the first day of that month or year. ``fiscal_year_end`` is the month (1-12) the
    speaker's fiscal year ends in, when the document declares it ("our fiscal year ends in
    June"): with it, "FY27", "fiscal 2027", "Q3 FY27", "next fiscal year" are dated (month
    precision; a fiscal year is named by the calendar year it ends in); without it they are
    vague. Raises ``ValueError`` for a month outside 1-12 or an unknown precision. See the
    package docstring (claims/horizons/__init__.py) for the rules.
    """
    if isinstance(said_on, datetime):
        said_on = said_on.date()
    if fiscal_year_end is not None and not 1 <= fiscal_year_end <= 12:
        raise ValueError(f"fiscal_year_end must be a month, 1 to 12, not {fiscal_year_end!r}")
    typed = expanded(text)  # "by the end of next yr", "b4 xmas", "tmrw" (``shorthand``)
    if typed is not None:
        written, made = typed
        ctx = _context(written, said_on, DatePrecision(precision), fiscal_year_end or 0)
        return _as_typed(_horizon_in(written, ctx, nested=False), text, written, made)
    ctx = _context(text, said_on, DatePrecision(precision), fiscal_year_end or 0)
    return _horizon_in(text, ctx, nested=False)


def _as_typed(
    result: HorizonResult, text: str, written: str, made: tuple[tuple[int, int, int, int], ...]
) -> HorizonResult:
    """``result``, read in ``written`` (``text`` with its typed time words written out), with
    its phrase as ``text`` types it ("by the end of next yr"): in the rule and remark too."""
    if not result.phrase:
        return result
    start = written.find(result.phrase)
    if start < 0:
        return result
    phrase = text[
        as_typed(start, made, end=False) : as_typed(start + len(result.phrase), made, end=True)
    ].strip()
    pledged = result.pledged and _as_typed(result.pledged, text, written, made)
    return dataclasses.replace(
        result,
        phrase=phrase,
        rule=result.rule.replace(result.phrase, phrase),
        remark=result.remark.replace(result.phrase, phrase),
        pledged=pledged,
    )


def _nested(text: str, ctx: _Ctx) -> HorizonResult:
    """The horizon of ``text``, a part of ``ctx``'s text read again on its own (a second date,
    a contrasted clause), said when ``ctx``'s was. Read without looking for a further date or
    clause after its own: however many dates a text strings together ("by 2027 and by 2027
    and …"), a parse reads at most one level of parts, so no input is read to a depth that
    grows with its length (each level was a call deeper, and a long text overflowed the stack)."""
    return _horizon_in(
        text, _context(text, ctx.said_on, ctx.precision, ctx.fiscal_end), nested=True
    )


def _horizon_in(text: str, ctx: _Ctx, *, nested: bool, after: int = 0) -> HorizonResult:
    """``parse_horizon`` of ``text`` in ``ctx``; ``nested``: see ``_nested``; ``after``: the
    offset before which nothing is read."""
    declared = declarations(ctx.text)
    months = {month for _, _, month in declared}
    if len(months) == 1 and not ctx.fiscal_end:
        # "FY27 (fiscal year ending June)": the calendar given in the text dates its years.
        ctx = ctx._replace(fiscal_end=months.pop())
    vague: HorizonResult | None = None
    past: HorizonResult | None = None  # "will be regulated by 2025", said in 2026
    denied: HorizonResult | None = None  # "not this year": a date after it may correct it
    aside: HorizonResult | None = None  # a date of a condition or of a present state
    read = after  # the end of the words read so far, with those around a find
    for name, m in _scan(ctx.text):
        if declared and any(s <= m.start() < e for s, e, _ in declared):
            continue  # "our fiscal year ends in June": a calendar, not a time forecast
        found = _try_at(name, m, ctx, read)
        if found is None:
            if past is None and _HANDLERS[name] and m.start() >= read:
                past = _already_past(name, m, ctx)
            continue
        found, start, end = qualify(found, m, ctx, _found_at)
        read = end
        phrase = text[start:end].strip()
        other = _not_the_claims(phrase, start, end, ctx) or _mentioned_in_past(phrase, start, ctx)
        if other is not None:
            aside = aside or other
            continue
        denial = not found.negated and _NOT_JUST_BEFORE.search(ctx.text, max(0, start - 40), start)
        if found.kind is HorizonKind.DATED and (no := denial):
            # "Not this year, next year": the date denied is not the deadline; the one that
            # follows is, if there is one to read.
            phrase = text[ctx.text.rfind("not", 0, start) : end].strip()
            denied = denied or _denied(found, phrase, ctx, no, end)
            continue
        if found.kind is HorizonKind.DATED and nested:
            return _dated_result(found, phrase, ctx)
        if found.kind is HorizonKind.DATED:
            if _names_a_noun(name, ctx.text, start) and (later := _verbs_time(text, ctx, end)):
                return later
            result = _two_dates(found, start, end, ctx) or _dated_result(found, phrase, ctx)
            return _with_other_clause(result, end, ctx)
        vague = vague or _vague_result(found, phrase, ctx)
    return vague or denied or aside or _whole_text(text, ctx) or past or _NONE


def _try_at(name: str, m: re.Match, ctx: _Ctx, read: int) -> _Found | None:
    """``_try`` of a find not inside words read already; None for a season or a month said
    without a year right before a year's deadline ("a net importer of power in winter by
    2028": the season says when in each year, the year after it is the horizon)."""
    if not _HANDLERS[name] or m.start() < read:
        return None
    found = _try(name, m, ctx)
    if found is not None and found.kind is HorizonKind.DATED and name in _BARE_PART_OF_YEAR:
        return None if _YEAR_DEADLINE_AFTER.match(ctx.text, m.end()) else found
    return found


# A season or a month said without a year, and a deadline with a year right after it.
_BARE_PART_OF_YEAR = frozenset({"season", "month"})
_YEAR_DEADLINE_AFTER = re.compile(
    r"\s+(?:by|before|until)\s+(?:the\s+(?:end|start|middle)\s+of\s+)?(?:19|20)\d\d\b"
)


# A year that names what a noun is about, not when the claim comes true: "Energy forecasts
# for 2027 will be cut by the end of 2026", "Guidance for fiscal 2028 will be raised next
# quarter", "The 2030 targets will be dropped by the summer". A time of the clause's verb
# after it, in the same sentence, is the horizon; without one the year is.
_NOUN_YEAR_RULES = frozenset({"guided_year", "target_year"})
_NOUN_FOR = re.compile(r"[a-z]{3,}\s+$")


def _verbs_time(text: str, ctx: _Ctx, end: int) -> HorizonResult | None:
    """The time read after a noun's year (``end``) in its sentence ("… will be cut by the end
    of 2026", "… will be raised soon"), or None. Read as a part (``_nested``), once."""
    stop = _SENTENCE_END.search(ctx.text, end).start()
    part = ctx._replace(text=ctx.text[:stop], source=ctx.source[:stop] if ctx.source else "")
    later = _horizon_in(text[:stop], part, nested=True, after=end)
    return None if later.kind is HorizonKind.NONE else later


# A quarter or half after a determiner, with no preposition of its own, names a noun too:
# "We'll publish the Q1 outlook piece by December 15", "our H2 guidance will be cut soon".
_PERIOD_NOUN_RULES = frozenset({"quarter", "half"})
_DETERMINER_BEFORE = re.compile(r"\b(?:the|our|its|their|his|her|your|a|an)\s+$")


def _names_a_noun(name: str, low: str, start: int) -> bool:
    """Whether the find of rule ``name`` at ``start`` names a noun's year (above)."""
    if name in _NOUN_YEAR_RULES:
        return True
    if name in _PERIOD_NOUN_RULES:
        return bool(_DETERMINER_BEFORE.search(low, max(0, start - 8), start))
    return low.startswith("for ", start) and bool(_NOUN_FOR.search(low, max(0, start - 30), start))


CONDITION = "dates a condition (“{condition}”), not what is said to follow from it"
CONDITION_REMARK = (
    "conditional (“{condition}”): no deadline is taken from the condition's date; give one"
    " if the speaker forecasts what follows"
)
PRESENT_STATE = (
    "present state (“{phrase}”): says how long a state of today lasts (an order book,"
    " contracts), checkable now: no forecast, no deadline; give one if it is a forecast"
)


EVENT = "dates an event the forecast holds whatever its outcome (“{event}”), not the forecast"
EVENT_REMARK = (
    "deadline unclear: “{event}” dates an event the forecast depends on, not when it comes"
    " true: no deadline is taken from it; give one if the speaker says when"
)


# A sign-off's time, run into a claim by unpunctuated captions: "… not before 2035 see you
# next week", "catch you all tomorrow": when the speaker is back, not when a claim is due.
_SIGN_OFF_BEFORE = re.compile(
    r"(?<!will\s)(?<!'ll\s)(?<!to\s)(?<!shall\s)"
    r"\b(?:see|catch|talk\s+to|speak\s+to)\s+(?:you|y'all|everyone|everybody)"
    r"(?:\s+(?:all|guys|folks|again|back\s+here))?\s+$"
)
SIGN_OFF = "dates a sign-off (when the speaker is back), not the claim"


# A time phrase, then who spoke and a verb of saying in the past: the saying's time. Source:
# reported speech in news copy, where the time may open the clause ("This week she said …").
_THEN_SAID = re.compile(
    r"\s+(?:(?i:he|she|they|it|we|i)|(?:the|The)\s+(?:[a-z-]+\s+){0,2}[a-z-]+"
    r"|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s+(?i:said|told|wrote|warned|announced"
    r"|promised|pledged|predicted|insisted|claimed|posted|tweeted|conceded|admitted|added)\b"
)
# … after a comma when the time is in the words that open the sentence: "At the summit in
# February, Ines Okafor said …" (not "We will open in March, she said.").
_OPENING_TIME = re.compile(r"^\s*(?i:at|in|on|during|last|this|earlier)\b[^,;:.!?]{0,60}$")
# … a deadline's word before the time makes it the deadline still: "By June he said …".
_DEADLINE_WORD = re.compile(
    r"(?i)^(?:by|before|until|till|within|no later than|not later than|ahead of|prior to"
    r"|next|in the next|over the next)\b"
)


def _not_the_claims(phrase: str, start: int, end: int, ctx: _Ctx) -> HorizonResult | None:
    """A date that dates something other than the claim: a condition ("If rates stay high
    through 2026, …", "A recession next year would …"), vague with a remark; or how long a
    present state lasts ("We are booked out until 2029"), none with a remark."""
    if _SIGN_OFF_BEFORE.search(ctx.text, max(0, start - 24), start):
        return HorizonResult(HorizonKind.NONE, None, None, "", f"'{phrase}' {SIGN_OFF}", "")
    text = ctx.source or ctx.text
    opening = _OPENING_TIME.match(text[:start]) is not None
    if not _DEADLINE_WORD.match(phrase) and (
        _THEN_SAID.match(text, end)
        or (opening and _THEN_SAID.match(text, end + 1) and text[end : end + 1] == ",")
    ):
        # "On a podcast this week he said …", "On Tuesday the minister told MPs …": when the
        # words were said, not when what they say comes due.
        rule = f"'{phrase}' is when it was said, not a deadline"
        return HorizonResult(HorizonKind.NONE, None, None, "", rule, "")
    if present_state_at(ctx.text, start, ctx.text[start:end]):
        return HorizonResult(
            HorizonKind.NONE, None, None, "", "", PRESENT_STATE.format(phrase=phrase)
        )
    opening = free_relative_at(ctx.text, start)
    if opening is not None:
        words = (ctx.source or ctx.text)[opening:end].strip(" ,")
        rule = f"'{phrase}' {EVENT.format(event=words)}: no date derived, a curator must decide"
        return HorizonResult(
            HorizonKind.VAGUE, None, None, phrase, rule, EVENT_REMARK.format(event=words)
        )
    span = condition_at(ctx.text, start, end)
    if span is None:
        return None
    words = (ctx.source or ctx.text)[span[0] : span[1]].strip(" ,")
    rule = f"'{phrase}' {CONDITION.format(condition=words)}: no date derived, a curator must decide"
    return HorizonResult(
        HorizonKind.VAGUE, None, None, phrase, rule, CONDITION_REMARK.format(condition=words)
    )


# A time said before and told now, not forecast: "We used to say 'by the end of the
# century'.", "I remember people in 2019 predicting a price by 2023", "Analysts were saying
# cuts by June". Read in the clause before the time (from its last stop, "but" or "now").
_SAID_BEFORE = re.compile(
    r"\bused\s+to\s+(?:say|think|believe|hear|tell|predict|promise|write|claim|joke|talk)\b"
    r"|\b(?:remember|remembered|recall|recalled)\b.*\b(?:predicting|saying|forecasting"
    r"|promising|claiming|telling|talking|betting|insisting)\b"
    r"|\b(?:people|everyone|everybody|they|analysts|experts|economists|we|you|he|she|pundits"
    r"|critics|bulls|bears)\s+(?:were|was)\s+(?:all\s+|still\s+|already\s+)?(?:saying|predicting"
    r"|forecasting|promising|claiming|talking\s+about|betting\s+on|pricing\s+in)\b"
    r"|\b(?:i|we|he|she|they|you|people|everyone|everybody|analysts|experts|economists|pundits"
    r"|critics|forecasters)\s+(?:had\s+|once\s+|all\s+|confidently\s+)?(?:predicted"
    r"|forecasted|projected)\b"
    # A past time, then a saying: "In 2024 she said we'd have …", "Two years ago I forecast
    # …", "Last spring the Fed projected …", "Back in 2022 they promised …".
    r"|\b(?:ago|back\s+in|in\s+(?:19|20)\d\d|last\s+(?:year|spring|summer|autumn|fall|winter"
    r"|month|week|time|quarter))\b[^.;!?]*?\b(?:said|told|predicted|forecast|forecasted"
    r"|projected|promised|claimed|wrote|warned|thought|argued|reckoned|guessed)\b"
    # The speaker's own forecast told back, backshifted: "I also said Brent would be below $60
    # by February.", "We wrote that the ECB would hold through the first quarter." (its time
    # is counted from when it was said, which the words do not give).
    r"|\b(?:i|we)\s+(?:also\s+|once\s+|then\s+|even\s+)?(?:said|wrote|told\s+\w+|argued"
    r"|claimed|thought|reckoned|guessed|predicted|forecast)\s+(?:that\s+)?[^.;!?]*?\b(?:would"
    r"|was\s+going\s+to|were\s+going\s+to)\b"
)
# Held still, the time is forecast now: "In 2019 I predicted rates will be zero by 2030".
# … or the speaker stands by it: "… would reopen by June, and I stand by it."
_HELD_NOW = re.compile(
    r"\bwill\b|'ll\b|\bgoing\s+to\b|\bgonna\b|\bstill\b|\bstands?\s+by\b"
    r"|\bstick(?:ing)?\s+(?:by|with|to)\b|\b(?:i|we)\s+(?:think|believe)\s+(?:so|it|they)\b"
)
_CLAUSE_OPEN = re.compile(r"[.;!?]|\b(?:but|now|today|these\s+days)\b")
MENTIONED_PAST = (
    "said before (“{phrase}”): a time told of as said in the past, not forecast now: no"
    " deadline; give one if the speaker forecasts it"
)


def _mentioned_in_past(phrase: str, start: int, ctx: _Ctx) -> HorizonResult | None:
    """A time the words tell of as said before (``_SAID_BEFORE``): none, with a remark."""
    if not _PAST_SAYING_WORDS.search(ctx.text, 0, start):  # a cheap look before the pattern
        return None
    opened = 0
    for stop in _CLAUSE_OPEN.finditer(ctx.text, 0, start):
        opened = stop.end()
    if not _SAID_BEFORE.search(ctx.text, opened, start):
        return None
    if _HELD_NOW.search(ctx.text, opened, _SENTENCE_END.search(ctx.text, start).start()):
        return None
    return HorizonResult(HorizonKind.NONE, None, None, "", "", MENTIONED_PAST.format(phrase=phrase))


_PAST_SAYING_WORDS = re.compile(
    r"used|rememb|recall|were|was|predicted|forecast|projected|said|told|promised|claimed"
    r"|wrote|warned|thought|argued|reckoned|guessed"
)
_SENTENCE_END = re.compile(r"[.;!?]|$")
_HEDGES_ONLY = re.compile(
    r"\b(?:i\s+think|i'd\s+(?:say|guess|think)|i\s+(?:guess|suspect|reckon|believe)|probably"
    r"|maybe|perhaps|possibly|for\s+sure|honestly|frankly|anyway|surely|definitely|certainly)\b"
)
DENIED = "is denied, and when it will happen instead is not said in words read here"


def _denied(found: _Found, phrase: str, ctx: _Ctx, no: re.Match, end: int) -> HorizonResult:
    """A date said with "not" before it and no date after to correct it. Alone ("Not this
    year.") it is a negated forecast with its date, as "it won't happen this year" is; after
    a forecast ("Rates will fall, but not this year") a lower bound, as "but not before June"
    is; followed by words not read as a date ("Not this year, but next.") no date at all."""
    if no.group().lstrip().startswith("but"):
        return _vague_result(_Found(HorizonKind.VAGUE, reason=LOWER_BOUND), phrase)
    rest = ctx.text[end : _SENTENCE_END.search(ctx.text, end).start()]
    if _HEDGES_ONLY.sub(" ", rest).strip(" ,\"'-"):
        return _vague_result(_Found(HorizonKind.VAGUE, reason=DENIED), phrase)
    return _dated_result(found._replace(negated=True), phrase, ctx)


# "Not" opening a clause, just before a date: "Not this year, next year.", "No, not in 2025."
_NOT_JUST_BEFORE = re.compile(
    r"(?:^|[.;:!?,(-]\s*|\b(?:but|and|so|well|no|yes|oh|definitely|certainly|probably"
    r"|maybe|perhaps|just)\s+)[\"']?not\s+$"
)


def _found_at(pos: int, ctx: _Ctx) -> tuple[_Found, re.Match] | None:
    hit = _rule_at(ctx.text, pos)
    if hit is None or not _HANDLERS[hit[0]]:
        return None
    found = _try(*hit, ctx)
    return None if found is None else (found, hit[1])


def _nothing_at(pos: int, ctx: _Ctx) -> None:
    return None


def _context(text: str, said_on: date, precision: DatePrecision, fiscal_end: int) -> _Ctx:
    # The last day it could have been said: counting from it, nothing is due too early.
    anchor = _round_up(said_on, precision)
    return _Ctx(_fold(text), said_on, precision, anchor, text, fiscal_end)


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
    # A deadline falls after the day it was said; and an explicit date on or before the said-on
    # date is no horizon ("in March 2022", said in March 2022 with the day unknown: the month
    # may be over when it was said), so an absolute period ends after the last possible day.
    if found and found.period:
        last_said = ctx.said_on if found.relative else ctx.anchor
        if found.period.end <= last_said:
            return None
    return found


# A deadline's preposition, and a forecast's verb before it: a date already past is
# then a forecast's deadline said wrongly, or a forecast said earlier than the source's date.
_DEADLINE_PREP = re.compile(r"(?:by|before|until|till|no\s+later\s+than|in|within|during)\s")
_STOP = re.compile(r"[.;!?]")
_WILL = re.compile(r"\bwill\b|\bwon't\b|'ll\b|\bgoing\s+to\b|\bgonna\b|\bshall\b")
PAST = (
    "deadline unclear: “{phrase}” was already past when it was said ({said}): no deadline is"
    " taken; was it said earlier, or is another date meant? give the deadline"
)


def _already_past(name: str, m: re.Match, ctx: _Ctx) -> HorizonResult | None:
    """A forecast's date that is over on the day it was said ("AI will be regulated in every
    G20 country by 2025.", said in 2026): no horizon, with a remark saying why."""
    if not _DEADLINE_PREP.match(m.group()):
        return None
    opened = max(0, m.start() - 300)
    for stop in _STOP.finditer(ctx.text, opened, m.start()):
        opened = stop.end()
    if not _WILL.search(ctx.text, opened, m.start()) and not _fronted_forecast(m, ctx, opened):
        return None  # "will be … by 2025", "By 2025, AI will …"; not "In 2025 we …"
    try:
        found = _HANDLERS[name](m, ctx)  # type: ignore[misc]
    except (ValueError, OverflowError):
        return None
    if not found or not found.period or found.relative or found.period.end > ctx.anchor:
        return None
    phrase = (ctx.source or ctx.text)[m.start() : m.end()].strip(" .,;")
    said = _said_words(ctx, relative=False)
    return HorizonResult(
        HorizonKind.NONE, None, None, "", "", PAST.format(phrase=phrase, said=said)
    )


# Before a fronted date, only what may open a sentence: "By 2025, AI will …", "And by
# 2025, …", "Honestly, by mid-2026 we will …".
_FRONT_OPENING = re.compile(
    r"[\s\"'(*>•-]*(?:(?:and|but|so|well|honestly|frankly|look|i\s+think|probably|maybe"
    r"|perhaps|realistically)\W+)*"
)
# Between the date and the forecast's verb, a saying or a deed told in the past ("In 2019 she
# said we will …", "In 2025 we grew 5%, and we will grow again") makes the date the past's.
_SAID_THEN = re.compile(r"\b(?:forecast|put|set|cut|hit)\b")


def _fronted_forecast(m: re.Match, ctx: _Ctx, opened: int) -> bool:
    """A date opening its sentence, a forecast's verb after it ("By 2025, AI will write most
    code", "In 2025 the company will ship its first chip"): the date is the forecast's."""
    if not _FRONT_OPENING.fullmatch(ctx.text, opened, m.start()):
        return False
    stop = _SENTENCE_END.search(ctx.text, m.end()).start()
    verb = _WILL.search(ctx.text, m.end(), stop)
    if verb is None:
        return False
    between = ctx.text[m.end() : verb.start()]
    return not _PAST_RE.search(between) and not _SAID_THEN.search(between)


def _whole_text(text: str, ctx: _Ctx) -> HorizonResult | None:
    """The whole text is a year ("2030", "2025 or 2026") or a duration ("half a decade")."""
    if len(text) > 60:  # longer than any year or duration said alone
        return None
    for name, pattern in (("year", _BARE_YEAR), ("rolling", _BARE_DURATION)):
        m = pattern.fullmatch(ctx.text)
        found = _try(name, m, ctx) if m else None
        if found:
            found, _, _ = qualify(found, m, ctx, _nothing_at)
            phrase = text.strip(" \t\n.,;:!?\"'()[]")
            if found.kind is HorizonKind.DATED:
                return _dated_result(found, phrase, ctx)
            return _vague_result(found, phrase, ctx)
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


# A part of a year or a decade names no day: "mid-2027", "early 2028", "the late 2020s".
TAKEN_AS = "“{phrase}” names no day: taken as {day}; check the deadline the speaker means"


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
    if found.negated:
        target += "; negated: comes true if it has not happened by then"
    remark = found.remark.replace("{phrase}", phrase)
    if not remark and ", taken as " in period.label:  # "mid-2027": no day said, one taken
        remark = TAKEN_AS.format(phrase=phrase, day=period.label.split(", taken as ")[-1])
    if _ALTERNATIVES.search(_LEADING_HEDGE.sub("", phrase.lower())):
        remark = f"deadline unclear: “{phrase}” gives alternatives, the later end is taken"
        target += "; alternatives: the later end is taken, check it"
    elif found.relative and _RANGE.search(_fold(phrase)):
        remark = RANGE.format(phrase=phrase)
        target += "; a range: the later end is taken, check it"
    rule = f"'{phrase}', said {_said_words(ctx, relative=found.relative)} → {target}"
    return HorizonResult(HorizonKind.DATED, deadline, precision, phrase, rule, remark)


# A duration given as a range: "five to ten years away", "in 3-5 years", "within 12 to 18
# months". The later end is taken, as with alternatives (docs/horizons.md), and the curator asked.
_RANGE = re.compile(rf"(?<![\w.$€£]){_NUM}\s*(?:-|to)\s*{_NUM}\s*{_UNITS}")
RANGE = "deadline unclear: “{phrase}” gives a range, the later end is taken: check it"


# A second clause with a time of its own, set against the first: "No recession in 2026, but a
# mild one in 2027 is my base case", "Rates hold this year, whereas next year they fall". The
# first time is taken, and the curator asked which is the claim's (or to split it in two).
_CONTRAST = re.compile(
    r"[,;]?\s*\b(?:but|whereas|while|although|though|and\s+then|then)\b(?=[^.;!?]*\d"
    r"|[^.;!?]*\b(?:next|year|decade|end|spring|summer|autumn|fall|winter|q[1-4]|h[12])\b)"
)
OTHER_CLAUSE = (
    "deadline unclear: “{phrase}” and “{other}” are times of two clauses: the first is taken;"
    " which is the claim's? (or split it in two)"
)


_CLAUSE_REACH = 1_000


def _with_other_clause(result: HorizonResult, end: int, ctx: _Ctx) -> HorizonResult:
    """``result``, with a remark when a contrasted clause after it has a dated time of its own
    (``_CONTRAST``); the deadline stays the first time's."""
    if result.remark:
        return result
    # Within a sentence's reach: a page without stops costs no more than a sentence.
    stop = min(_SENTENCE_END.search(ctx.text, end).start(), end + _CLAUSE_REACH)
    join = _CONTRAST.search(ctx.text, end, stop)
    if join is None:
        return result
    rest = (ctx.source or ctx.text)[join.end() : stop]
    other = _nested(rest, ctx)
    if other.kind is not HorizonKind.DATED or other.deadline == result.deadline:
        return result
    remark = OTHER_CLAUSE.format(phrase=result.phrase, other=other.phrase)
    return dataclasses.replace(result, remark=remark)


# Two dates side by side: "in December and March", "in December or March".
_DATE_JOIN = re.compile(r"\s*(?:,\s*)?(?:and|or|&)\s+")
TWO_DATES = "deadline unclear: “{phrase}” names two dates, the later end is taken: which is meant?"


def _two_dates(found: _Found, start: int, end: int, ctx: _Ctx) -> HorizonResult | None:
    """A date with another right after it ("in December and March", the second read with the
    first's preposition): neither is the deadline for sure, so the later end is taken, as
    with alternatives, and the curator is asked."""
    join = _DATE_JOIN.match(ctx.text, end)
    if join is None:
        return None
    source = ctx.source or ctx.text
    first = _dated_result(found, source[start:end].strip(), ctx)
    other = _found_at(join.end(), ctx)
    if other is not None:
        if other[0].kind is not HorizonKind.DATED or other[0].negated:
            return None
        second = _dated_result(other[0], source[join.end() : other[1].end()], ctx)
        stop = other[1].end()
    else:
        prep = re.match(r"[a-z]+\s+", ctx.text[start:end])
        if prep is None or not source[join.end() : join.end() + 1].isupper():
            return None  # "in March and may slip": "may" is no month
        rest = source[join.end() : _SENTENCE_END.search(ctx.text, join.end()).start()]
        read = prep.group() + rest
        second = _nested(read, ctx)
        if second.kind is not HorizonKind.DATED or not read.startswith(second.phrase):
            return None
        stop = join.end() + len(second.phrase) - len(prep.group())
    assert first.deadline is not None
    assert second.deadline is not None
    later = second if second.deadline > first.deadline else first
    phrase = source[start:stop].strip()
    return HorizonResult(
        HorizonKind.DATED,
        later.deadline,
        later.precision,
        phrase,
        later.rule.split(";", 1)[0] + f"; two dates ('{phrase}'): the later end is taken, check it",
        TWO_DATES.format(phrase=phrase),
    )


# Two horizons given as alternatives ("this year or next", "2026 or 2027", "by 2030, maybe
# 2035", "a year or two"): not "if not sooner" or "or earlier", which only bound it.
_ALTERNATIVES = re.compile(
    r"\b(?:or|maybe|perhaps|possibly|if\s+not)\b(?!\s+(?:sooner|earlier|before)\b)"
)


# A hedge inside the phrase, no join: "in maybe five years", "by probably 2027".
_LEADING_HEDGE = re.compile(r"^(?:[a-z]+\s+)?(?:maybe|perhaps|possibly|probably)\s+")


LOWER_BOUND_REMARK = (
    "lower bound: “{phrase}” says when it will not happen, not by when it will: no deadline is"
    " taken; give one if the speaker says by when"
)


def _vague_result(found: _Found, phrase: str, ctx: _Ctx | None = None) -> HorizonResult:
    rule = f"'{phrase}' {found.reason}: no date derived, a curator must decide"
    remark = found.remark or (LOWER_BOUND_REMARK if LOWER_BOUND in found.reason else "")
    pledged = None
    if found.bound is not None and ctx is not None:
        denial = _Found(HorizonKind.DATED, period=found.bound, negated=True)
        pledged = _dated_result(denial, phrase, ctx)
    return HorizonResult(
        HorizonKind.VAGUE, None, None, phrase, rule, remark.replace("{phrase}", phrase), pledged
    )
