"""Words around a dated horizon that change what it means.

A lower bound says when something will not happen ("not until 2030", "2030 or later", "after
next year"); an approximation has no firm end ("around 2033", "five years or so"); a duration
counted from an event starts at a day nobody knows ("18 months after the IPO"); a negated
"until" is a lower bound ("won't happen until 2031"). None of these gives a deadline: each
becomes a vague result whose reason says why. A negated or doubted "before" is a lower bound
too, in any word order ("I don't think that happens before 2030", "Not before 2030 will it
ship", "No earlier than 2030.", "I doubt it happens before 2030"): the speaker says when it
will not happen, and what is claimed (a denial judged the day before, or a forecast that it
comes later) is the curator's to tell, so the remark names both. An
alternative ("by 2030, maybe 2035", "this year or next year") takes the later end; "at the
latest", "tops" keep the date.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from claims.horizons.grammar import _HEDGES, _YEAR_NUM, SUFFIX_WORDS
from claims.horizons.handlers import _NEGATION as _NEGATION_AT
from claims.horizons.handlers import BEFORE_WORDS, LOWER_BOUND, _Ctx, _Found, _negated_before
from claims.horizons.periods import _fmt, _Period, _year
from claims.horizons.result import HorizonKind

# Words before a period (read as its preposition) that make it a lower bound or approximate.
LOWER_PREPS = frozenset({
    "after", "sometime after", "some time after", "not before", "not until", "not till",
    "no earlier than", "no sooner than", "as early as", "as soon as", "starting", "starting in",
    "starting from", "beginning in", "beginning from", "from", "beyond", "later than", "past",
})  # fmt: skip
HEDGE_PREPS = frozenset({
    "around", "about", "approximately", "approx", "roughly", "circa", "near", "nearly",
    "close to", "towards", "toward", "sometime around", "sometime near", "somewhere around",
    "some time around",
})  # fmt: skip
# The speaker's own doubt, not the date's: "maybe by 2027", "in perhaps five years" keep the
# date (the importer remarks on the hedge), as "maybe, by 2027" does.
SPEAKER_HEDGES = frozenset({"maybe", "perhaps", "possibly", "probably"})
_UNTIL = frozenset({"until", "till", "til"})
_BEFORE_PREPS = BEFORE_WORDS
_NOT_JUST_BEFORE = re.compile(r"\b(?:not|never|no)\s+$")  # "no" only before "sooner than"

_HEDGE_SUFFIX = re.compile(r"or\s+so|thereabouts|ish|give\s+or\s+take|more\s+or\s+less|plus\s+or")
_UPPER_SUFFIX = re.compile(r"latest|outside|most\b|sooner|earlier|before|tops|max")
# Directly before the phrase: a lower bound ("not until", "after") or a hedge ("roughly a
# decade from now"). Only tried when the word before is one these can end with.
_BEFORE = re.compile(
    r"\b(?:(?P<lower>not\s+(?:until|till|before)|no\s+(?:sooner|earlier)\s+than|at\s+(?:the\s+)?least"
    r"|at\s+the\s+(?:very\s+)?(?:earliest|soonest),?|only\s+(?:after|from)"
    r"|more\s+than|as\s+(?:early|soon)\s+as|upwards\s+of|(?:some\s?time\s+)?after"
    r"|starting(?:\s+(?:in|from))?|beginning(?:\s+(?:in|from))?|from|beyond|later\s+than|past)"
    rf"|(?P<hedge>{_HEDGES}|ca|c|near|nearly|close\s+to|give\s+or\s+take|towards?"
    r"|some\s?(?:time|where)\s+(?:around|near)))\.?\s+$"
)
_BEFORE_LAST_WORDS = frozenset({
    "until", "till", "before", "than", "least", "as", "of", "after", "starting", "beginning",
    "in", "from", "beyond", "past", "about", "around", "roughly", "approximately", "approx",
    "circa", "ca", "c", "near", "nearly", "to", "take", "towards", "toward", "maybe", "perhaps",
    "some", "like", "earliest", "soonest", "earliest,", "soonest,",
})  # fmt: skip
# An event the count starts from. After a duration: "of launch", "after the IPO", "from when it
# ships"; after any other period only "after"/"following" ("by 2030 after the election").
_EVENT_AFTER_DURATION = (
    r"\s+(?:after|of|following|from|post|into|once|upon|since)\b"
    r"(?!\s+(?:now|today|here|this\s+(?:date|point|moment|writing))\b)[-\s]*"
)
_EVENT_AFTER_PERIOD = r"\s+(?:after|following|post|once|upon)\b(?!\s+(?:which|next)\b)\s*"
# The event's name: up to six words, ending where a new clause starts ("of launch we'll be").
_EVENT_WORDS = (
    r"[\w'$-]+(?:[ \t]+(?!(?:i|we|we'll|we're|they|they'll|it|it'll|he|she|you|there|will|would"
    r"|should|could|and|but|so|then|is|are|was|were)\b)[\w'$-]+){0,5}"
)
# An alternative: "by 2030, maybe 2035", "this year or next year", "in 2 years, or by 2027".
_JOIN = (
    r"\s*,?\s*(?:or(?:\s+(?:maybe|perhaps|possibly|even))?|maybe|perhaps|possibly|if\s+not)\s+"
    r"(?:(?:by|in|within|before|until)\s+)?"
)
# What may follow a dated find, in one pattern (one match call: most finds are followed by
# nothing of the kind): a bound or hedge, an event, or the join of an alternative.
_AFTER = {
    duration: re.compile(
        rf"(?P<suffix>{SUFFIX_WORDS})|{connector}(?P<event>{_EVENT_WORDS})|(?P<join>{_JOIN})"
    )
    for duration, connector in ((True, _EVENT_AFTER_DURATION), (False, _EVENT_AFTER_PERIOD))
}
_BARE_YEAR = re.compile(_YEAR_NUM)

MatchAt = Callable[[int, _Ctx], tuple[_Found, re.Match] | None]


def qualify(found: _Found, m: re.Match, ctx: _Ctx, match_at: MatchAt) -> tuple[_Found, int, int]:
    """What a dated find means with the words around it, and where its phrase starts and ends.

    ``match_at(pos, ctx)`` runs the grammar at ``pos`` (for the second half of an alternative).
    Returns the find, unchanged, made vague (lower bound, approximation, event) or widened to
    the later end of an alternative, and the offsets in ``ctx.text`` of the words read.
    """
    start, end = m.start(), m.end()
    if found.kind is not HorizonKind.DATED:
        return found, start, end
    prep = _group(m, "prep")
    if " " in prep or "\t" in prep or "\n" in prep:
        prep = " ".join(prep.split())
    before = _words_before(ctx, start)
    if before is not None and before["hedge"] and before["hedge"] in SPEAKER_HEDGES:
        before = None  # "Maybe by 2027": the speaker's hedge, read as "Maybe, by 2027"
    start = before.start() if before else start
    lower = bool(before and before["lower"]) or _is_lower_bound(prep, m, ctx)
    hedge = _group(m, "hedge")
    hedged = bool(before) or prep in HEDGE_PREPS or (bool(hedge) and hedge not in SPEAKER_HEDGES)
    hedged = hedged or _group(m, "edge") == "turn"
    if found.duration and m.group().endswith(("now", "today", "away", "hence")):
        found = found._replace(duration=False)  # "five years away from AGI": counted from now
    found, end, hedged = _read_after(found, ctx, end, match_at, hedged=hedged)
    if lower and found.period and _fronted_negation(before, m, ctx, end):
        # "Not before 2030 will it ship" is "it won't ship before 2030": a negated "before".
        period = found.period if prep in _BEFORE_PREPS else found.period.before()
        return _negated_bound(period, ""), start, end  # the negation opens the phrase
    if lower:  # read on to the end of what it bounds: "not until 2029 or 2030"
        starts = _starts_then(before, prep, found, ctx, (start, end))
        return (found._replace(remark=STARTS) if starts else _vague(LOWER_BOUND)), start, end
    if hedged and found.period:
        return _approximate(found), start, end
    negation = _negation_of_before(prep, m, ctx)
    if negation and found.period:
        return _negated_bound(found.period, negation), start, end
    return found, start, end


# Words that say when an act starts ("from next year", "starting in 2028"): in a promise or a
# forecast of one's own act ("We will produce a shorter summary report from next year") the
# act is due within that period, so its end is taken, and the curator asked to check it.
_START_WORDS = frozenset({
    "from", "starting", "starting in", "starting from", "beginning", "beginning in",
    "beginning from",
})  # fmt: skip
# A promise of the speaker's own act, first person: a forecast that a state starts ("Starting
# in 2026, every new car will ship with it") stays a lower bound.
_PROMISE = re.compile(
    r"\b(?:we|i)(?:\s+will|'ll|\s+shall|\s+are\s+going\s+to|'re\s+going\s+to|\s+am\s+going\s+to"
    r"|'m\s+going\s+to|\s+plan\s+to|\s+intend\s+to)\b"
)
_NOT_IN_CLAUSE = re.compile(r"\b(?:not|never|no)\b|n't\b")
_SPAN_AFTER = re.compile(r"\s*,?\s*(?:to|until|till|through|and)\b")
STARTS = (
    "starts then: “{phrase}” says when it starts, not by when it is done: the end of that"
    " period is taken; check the deadline"
)


def _starts_then(
    before: re.Match | None, prep: str, found: _Found, ctx: _Ctx, span: tuple[int, int]
) -> bool:
    """Whether a lower bound is the start of a promised act (``_START_WORDS``): said in the
    first person with a future, not negated, not the first end of a span ("from 2027 to
    2030")."""
    word = " ".join(before["lower"].split()) if before is not None and before["lower"] else prep
    if word not in _START_WORDS or not found.period or found.duration:
        return False
    start, end = span
    opened = _clause_start(ctx.text, start)
    stop = _sentence_end(ctx.text, end)
    if ctx.text.startswith("'", end):  # "from next year's results": a noun's time
        return False
    if _SPAN_AFTER.match(ctx.text, end) or _NOT_IN_CLAUSE.search(ctx.text, opened, stop):
        return False
    return bool(_PROMISE.search(ctx.text, opened, stop))


NEGATED_BEFORE = "is a lower bound{negation}: says it will not happen {period}, not by when it will"
NEGATED_BEFORE_REMARK = (
    "lower bound: “{phrase}”{negation} says it will not happen {period}, not by when it will:"
    " no deadline is taken; as a denial it is judged on {day}, or give the deadline the"
    " speaker means"
)


def _negated_bound(period: _Period, negation: str) -> _Found:
    """A negated or doubted "before" ("won't ship before 2030", "I doubt it happens before
    2030", "Not before 2030."): a lower bound, vague, whose rule and remark say so and name
    the day a denial would be judged on (``period`` ends on it), for the curator to choose."""
    label = period.name if period.name.startswith("before ") else f"before {period.name}"
    read = f", read with “{negation}”" if negation else ""
    words = {"{period}": label, "{day}": _fmt(period.end)}
    reason = NEGATED_BEFORE.replace("{negation}", read)
    remark = NEGATED_BEFORE_REMARK.replace("{negation}", f"{read}," if read else "")
    for key, value in words.items():
        reason, remark = reason.replace(key, value), remark.replace(key, value)
    return _Found(HorizonKind.VAGUE, reason=reason, remark=remark, bound=period)


# A fronted "not before X" or "no sooner than X" and the clause it negates, its verb inverted:
# "Not before 2030 will it ship", "No sooner than 2026 do we see cuts". The clause is
# negated, as in "it won't ship before 2030"; a "not before X" with no clause of its own
# ("Not before 2026.", "cuts, yes, but not before June") stays a lower bound.
_FRONTED_BEFORE = re.compile(r"(?:not\s+before|(?:no|not)\s+(?:sooner|earlier)\s+than)\b")
_INVERTED = re.compile(
    r"\s+(?:(?:will|would|shall|can|could|do|does|should|might|may|must|is|are|am)\s+"
    r"(?:it|they|we|you|he|she|i|there|anyone|anybody|anything)"
    r"|(?:will|would|shall|can|could|do|does|should|might|may|must)\s+(?:the|a|an|any|our"
    r"|their|this|that|these|those|[a-z]+s)\s+[a-z]+)\b"
)


def _fronted_negation(before: re.Match | None, m: re.Match, ctx: _Ctx, end: int) -> bool:
    """ "Not before 2030 will it ship": a fronted negation whose clause follows, inverted."""
    opening = before.start() if before is not None and before["lower"] else m.start()
    if negation := _NOT_JUST_BEFORE.search(ctx.text, max(0, opening - 8), opening):
        opening = negation.start()
    if not _FRONTED_BEFORE.match(ctx.text, opening):
        return False
    if not _OPENING_AT.fullmatch(ctx.text, _clause_start(ctx.text, opening), opening):
        return False
    if _INVERTED.match(ctx.text, end):
        return True
    # Elided, only as a sentence of its own: "It will ship, but not before 2030" is a bound;
    # and only for a plain date: "Not before 2029 or so." gives no date to be sure of.
    if _APPROXIMATE.search(ctx.text, opening, _sentence_end(ctx.text, end)):
        return False
    return bool(_ELIDED.match(ctx.text, end)) and bool(
        _SENTENCE_OPENING.search(ctx.text, max(0, opening - 60), opening)
    )


# An approximation of the date: "or so", "-ish", "give or take", "around", "roughly".
_APPROXIMATE = re.compile(
    r"\bor\s+so\b|-ish\b|\bgive\s+or\s+take\b|\b(?:around|roughly|approximately|about)\s",
    re.IGNORECASE,
)


def _sentence_end(text: str, pos: int) -> int:
    found = re.compile(r"[.?!…]").search(text, pos)
    return found.start() if found else len(text)


_SENTENCE_OPENING = re.compile(
    r"(?:^|[.?!:]\s*)(?:(?:no|probably|maybe|perhaps|well|so|honestly|realistically|oh|look)"
    r"\W+)*\Z"
)
# Nothing after the bound but an aside: the clause it negates is elided, its subject the
# question's ("Inflation at 2%? Not before 2026.", "A: Not before 2028, I'd say.").
_ELIDED = re.compile(
    r"\s*(?:,?\s*(?:i'd\s+say|i\s+would\s+say|i\s+think|i\s+guess|i\s+suspect|i\s+reckon"
    r"|if\s+you\s+ask\s+me|in\s+my\s+view|at\s+least|honestly|frankly|realistically"
    r"|for\s+sure|surely))?\s*(?:[.!…]+|$)"
)


def _clause_start(text: str, pos: int) -> int:
    starts = [c.end() for c in _CLAUSE_START.finditer(text, max(0, pos - 120), pos)]
    return starts[-1] if starts else max(0, pos - 120)


def _group(m: re.Match, name: str) -> str:
    """A group of the match, "" if the rule has no such group or it did not take part."""
    return (m[name] or "") if name in m.re.groupindex else ""


def _words_before(ctx: _Ctx, start: int) -> re.Match | None:
    """A lower bound or a hedge said just before ``start``."""
    text = ctx.text
    if start < 2 or not text[start - 1].isspace():
        return None
    word = text[max(0, start - 16) : start - 1].rsplit(None, 1)[-1:]
    if not word or word[0].rstrip(".") not in _BEFORE_LAST_WORDS:
        return None
    return _BEFORE.search(text, max(0, start - 40), start)


def _read_after(
    found: _Found, ctx: _Ctx, end: int, match_at: MatchAt, *, hedged: bool
) -> tuple[_Found, int, bool]:
    """Read what follows a dated find: bounds and hedges, an event, an alternative."""
    while after := _AFTER[found.duration].match(ctx.text, end):
        if after["suffix"]:
            end = after.end()
            if _HEDGE_SUFFIX.search(after["suffix"]):
                hedged = True
            elif not _UPPER_SUFFIX.search(after["suffix"]):
                return _vague(LOWER_BOUND), end, False
            continue
        if after["event"]:
            event = (ctx.source or ctx.text)[after.start("event") : after.end("event")]
            return _vague(f"is counted from an event with no date: {event}"), after.end(), False
        alternative = _alternative(ctx, after.end(), match_at)
        if alternative is None:
            break
        other, end = alternative
        if other.kind is not HorizonKind.DATED:
            return other, end, False
        found = _later(found, other)
    return found, end, hedged


def _is_lower_bound(prep: str, m: re.Match, ctx: _Ctx) -> bool:
    if prep in LOWER_PREPS:
        return not (prep == "from" and _group(m, "y2"))  # "from 2025 to 2030": a range
    first = prep or m.group().split(None, 1)[0]
    if first in _BEFORE_PREPS:  # "…, but not before the summer": the earliest it will happen
        return bool(_NOT_JUST_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()))
    return first in _UNTIL and _until_negated(ctx, m)


# A negation word, as ``handlers._NEGATION`` reads them ("won't", "no rate cuts", "nothing");
# not an answer's "No, …".
_NEGATION_WORD = re.compile(
    r"(?:\bnot|n't|\bnever|\bcannot|\bno\s+(?:way|one)|\bneither|\bnor|\bno(?:body|thing|ne)?"
    r"(?!\s*,)(?!\s+(?:doubt|matter|question|wonder|later|sooner|earlier)\b))\b"
)
# Where the clause holding "until" starts: a sentence's end, or a conjunction after a comma
# ("I don't know, but it will run until 2030": the negation is another clause's).
_CLAUSE_START = re.compile(
    r"[.;!?:()]|,\s*(?:but|and|so|yet|though|although|while|whereas|because)\b"
)
_CLAUSE_END = re.compile(r"[.;!?:()]|,\s*(?:but|and|so|yet|though|although|while|whereas)\b")
_OPENING = re.compile(r"\s*(?:(?:and|but|so|well|honestly|frankly)\W+)*")
# What may open a clause before a fronted bound: "No, not before 2030 will it ship".
_OPENING_AT = re.compile(
    r"\s*(?:(?:and|but|so|well|honestly|frankly|no|oh|look|realistically|probably|maybe"
    r"|perhaps|a)\W+)*"
)


def _until_negated(ctx: _Ctx, m: re.Match) -> bool:
    """Is "until" in a negated clause, in any word order? "It won't ship until late 2025", "It
    won't, realistically, ship until 2025" (an aside between commas), "Until 2026, no rate
    cuts", "Until late 2025 it won't ship": each says when it will happen at the earliest."""
    text, start = ctx.text, m.start()
    window = max(0, start - 120)
    starts = [c.end() for c in _CLAUSE_START.finditer(text, window, start)]
    clause_start = starts[-1] if starts else window
    if _NEGATION_WORD.search(text, clause_start, start):
        return True
    if not _OPENING.fullmatch(text, clause_start, start):
        return False  # "until" inside a clause: only the words before it bound it
    end = _CLAUSE_END.search(text, m.end())
    return bool(_NEGATION_WORD.search(text, m.end(), end.start() if end else len(text)))


# A doubt in the clause, as a negation: "I doubt it happens before 2030", "it is unlikely
# before 2030"; not "no doubt", "without doubt".
_DOUBTED = re.compile(
    r"(?<!\bno\s)(?<!\bwithout\s)(?<!\blittle\s)\b(?:doubt|doubts|doubtful|unlikely|skeptical"
    r"|sceptical)\b[^,;.!?:()]*$"
)


def _negation_of_before(prep: str, m: re.Match, ctx: _Ctx) -> str:
    """The words that negate or doubt a "before" ("won't be cut before the summer", "I don't
    think that happens before 2030", "I doubt it happens before 2030"), as written; "" if
    none (or the period is not one "before" bounds)."""
    first = prep or m.group().split(None, 1)[0]
    if first not in _BEFORE_PREPS:
        return ""
    window = max(0, m.start() - 80)
    found = (
        _DOUBTED.search(ctx.text, window, m.start())
        if "doubt" in ctx.text or ("unlikely" in ctx.text or "eptical" in ctx.text)
        else None
    )
    if found is None and _negated_before(ctx, m.start()):
        found = _NEGATION_AT.search(ctx.text, window, m.start())
    if found is None:
        return ""
    source = ctx.source or ctx.text
    word_start = max(source.rfind(" ", 0, found.start()) + 1, window)
    word_end = source.find(" ", found.start())
    return source[word_start : word_end if word_end != -1 else found.end()].strip(" ,\"'“”‘’(")


def _alternative(ctx: _Ctx, start: int, match_at: MatchAt) -> tuple[_Found, int] | None:
    """The dated or vague find that starts at ``start``, after "or", "maybe"."""
    hit = match_at(start, ctx)
    if hit is not None:
        other, m = hit
        # Its own hedges and bounds, but not a further alternative: the loop in
        # ``_read_after`` reads that, so "2026 or 2027 or …" goes no deeper however long.
        other, _, end = qualify(other, m, ctx, _no_match)
        return other, end
    bare = _BARE_YEAR.match(ctx.text, start)
    if bare and int(bare.group()) >= ctx.said_on.year:
        return _Found(HorizonKind.DATED, _year(int(bare.group()))), bare.end()
    return None


def _no_match(pos: int, ctx: _Ctx) -> None:
    return None


def _later(first: _Found, second: _Found) -> _Found:
    assert first.period is not None
    assert second.period is not None
    return second if second.period.end > first.period.end else first


def _approximate(found: _Found) -> _Found:
    period = found.period
    assert period is not None
    about = period.label
    if _fmt(period.end) not in about:
        about += f", {_fmt(period.end)}"
    return _vague(f"is approximate (about {about})")


def _vague(reason: str) -> _Found:
    return _Found(HorizonKind.VAGUE, reason=reason)
