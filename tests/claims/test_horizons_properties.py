"""Property-based tests of the horizon parser (claims/horizons/), with hypothesis.

Phrases are generated from the grammar in docs/horizons.md; said-on dates and precisions are
arbitrary. No database.
"""

import dataclasses
import re
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from claims.choices import DatePrecision
from claims.horizons import HorizonKind, grammar, parse_horizon, parser
from tests.claims.test_horizons import CASES
from tests.claims.test_horizons_spoken import SPOKEN

PRECISIONS = st.sampled_from(list(DatePrecision))
RANK = {DatePrecision.DAY: 0, DatePrecision.MONTH: 1, DatePrecision.YEAR: 2}
MONTHS = "January February March April May June July August September October November December"
UNITS = ["day", "week", "month", "quarter", "year", "decade"]
# Filler with no time words, no past tense, and nothing that joins onto a phrase ("or", "old").
FILLER_WORDS = (
    "model models company cheap phones will ship open source people really chips everyone "
    "robots video quality great compute is it that our GPUs faster AGI Apple Runway think "
    "probably definitely run iPhone your we they users"
)
FILLER = FILLER_WORDS.split()
PAST_REMARK = "was already past when it was said"  # parser.PAST

AMOUNTS = st.one_of(
    st.integers(1, 30).map(lambda n: (str(n), n)),
    st.sampled_from(
        [
            *[("one", 1), ("two", 2), ("five", 5), ("ten", 10), ("twelve", 12), ("twenty", 20)],
            *[("twenty-five", 25), ("a", 1), ("a couple of", 2), ("half a", 0.5)],
        ]
    ),
    st.tuples(st.integers(1, 10), st.integers(1, 10)).map(lambda t: (f"{min(t)}-{max(t)}", max(t))),
)
ROLLING_FORMS = [
    "within {}",
    "in {}",
    "in the next {}",
    "over the next {}",
    "in next {}",
    "within the next {}",
    "{} from now",
    "we're {} away",
]


@st.composite
def rolling_phrases(draw) -> str:
    amount, value = draw(AMOUNTS)
    unit = draw(st.sampled_from(UNITS))
    noun = unit if value <= 1 and "-" not in amount else f"{unit}s"
    return draw(st.sampled_from(ROLLING_FORMS)).format(f"{amount} {noun}")


YEARS = st.integers(1990, 2110)
NAMED = st.one_of(
    YEARS.map("by {}".format),
    YEARS.map("before {}".format),
    YEARS.map("in {}".format),
    YEARS.map("by the end of {}".format),
    YEARS.map("by mid-{}".format),
    YEARS.map("early {}".format),
    st.tuples(st.integers(1, 4), YEARS).map(lambda t: f"by Q{t[0]} {t[1]}"),
    st.tuples(st.integers(1, 2), YEARS).map(lambda t: f"H{t[0]} {t[1]}"),
    st.tuples(st.sampled_from(MONTHS.split()), YEARS).map(lambda t: f"by {t[0]} {t[1]}"),
    st.tuples(st.sampled_from(["spring", "summer", "autumn", "fall", "winter"]), YEARS).map(
        lambda t: f"by {t[0]} {t[1]}"
    ),
    st.integers(199, 210).map("in the {}0s".format),
    st.sampled_from(
        [
            "next year",
            "this year",
            "next quarter",
            "next month",
            "next week",
            "by the end of the decade",
            "by the end of the century",
            "by Christmas",
            "by year’s end",
            "by early next year",
            "in the second half of next year",
            "by March",
            "next summer",
            "this winter",
            "by the end of the month",
            "by tomorrow",
            "by the year after next",
        ]
    ),
)
VAGUE = st.sampled_from(
    [
        "soon",
        "eventually",
        "in a few years",
        "within weeks",
        "any day now",
        "in our lifetime",
        "in the foreseeable future",
        "one day",
        "someday",
        "in the near future",
        "in the coming years",
        "sooner or later",
        "around 2030",
        "after 2030",
        "in 5 years or so",
        "in at least 5 years",
        "decades from now",
    ]
)
PHRASES = st.one_of(rolling_phrases(), NAMED, VAGUE)


@st.composite
def said(draw, low=date(1950, 1, 1), high=date(2150, 12, 31)) -> tuple[date, DatePrecision]:
    """A said-on date as the rest of the project stores it: the first day when not exact."""
    day = draw(st.dates(low, high))
    precision = draw(PRECISIONS)
    if precision is DatePrecision.MONTH:
        day = day.replace(day=1)
    elif precision is DatePrecision.YEAR:
        day = day.replace(month=1, day=1)
    return day, precision


def fillers(min_size=0) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(FILLER), min_size=min_size, max_size=6).map(" ".join)


def assert_consistent(result, text, said_on):
    if result.kind is HorizonKind.DATED:
        assert result.deadline > said_on  # never due on the day it was said
        assert result.precision is not None
        assert result.phrase
        assert result.phrase.lower() in text.lower()
        assert result.phrase in result.rule
    else:
        assert (result.deadline, result.precision) == (None, None)
        assert bool(result.phrase) is (result.kind is HorizonKind.VAGUE)


@settings(max_examples=300, deadline=None)
@given(PHRASES, said(), fillers(), fillers())
def test_the_deadline_is_always_after_the_said_on_date(phrase, when, before, after):
    text = f"{before} {phrase} {after}".strip()
    said_on, precision = when

    result = parse_horizon(text, said_on=said_on, precision=precision)

    assert_consistent(result, text, said_on)


@settings(max_examples=300, deadline=None)
@given(PHRASES, said(date(1990, 1, 1), date(2100, 12, 31)), fillers(1), fillers())
def test_words_around_a_phrase_do_not_change_its_result(phrase, when, before, after):
    said_on, precision = when

    alone = parse_horizon(phrase, said_on=said_on, precision=precision)
    in_a_sentence = parse_horizon(
        f"{before} {phrase} {after}", said_on=said_on, precision=precision
    )

    if alone.kind is HorizonKind.NONE and PAST_REMARK in in_a_sentence.remark:
        # A forecast's verb before a date already past ("will … by 1990") asks the curator.
        in_a_sentence = dataclasses.replace(in_a_sentence, remark="")
    assert in_a_sentence == alone


@settings(max_examples=200, deadline=None)
@given(VAGUE, said(), fillers(), fillers())
def test_a_vague_phrase_never_gets_a_date(phrase, when, before, after):
    said_on, precision = when

    result = parse_horizon(f"{before} {phrase} {after}", said_on=said_on, precision=precision)

    assert result.kind is not HorizonKind.DATED


@settings(max_examples=300, deadline=None)
@given(rolling_phrases(), said(date(1900, 1, 1), date(2100, 12, 31)), st.integers(0, 4000))
def test_a_later_said_on_date_never_gives_an_earlier_rolling_deadline(phrase, when, days_later):
    said_on, precision = when
    later = date.fromordinal(said_on.toordinal() + days_later)
    if precision is DatePrecision.MONTH:
        later = later.replace(day=1)
    elif precision is DatePrecision.YEAR:
        later = later.replace(month=1, day=1)

    first = parse_horizon(phrase, said_on=said_on, precision=precision)
    second = parse_horizon(phrase, said_on=later, precision=precision)

    assert first.kind is second.kind is HorizonKind.DATED
    assert first.deadline <= second.deadline
    # A rolling deadline is never finer than the said-on date.
    assert RANK[first.precision] >= RANK[precision]


TOKEN_WORDS = (
    "by before in within next this the end of year years month quarter decade week day "
    "days soon eventually a few couple half since ago for old from now away or so around "
    "after March May summer winter Q3 H1 mid early late 2015 2025 2030 2030s 16 3-5 two "
    "twenty , . ’ “ ” – $100B 10,000 + christmas time election"
)
TOKENS = [*FILLER, *TOKEN_WORDS.split()]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=14).map(" ".join), said())
def test_any_jumble_of_grammar_words_gives_a_consistent_result(text, when):
    said_on, precision = when

    result = parse_horizon(text, said_on=said_on, precision=precision)

    assert_consistent(result, text, said_on)


# The words the grammar knows (a superset of the words a rule can start with), written out
# here rather than taken from the module, so that a word missing there is caught.
GRAMMAR_TEXT = (
    "by before until till til through thru in time for during between now and within sometime "
    "some no not later than the very end close start beginning middle turn this next coming "
    "after as early soon starting from take takes taking at least more less fewer under just "
    "only inside over course about around approximately roughly circa maybe perhaps or so "
    "one two three five ten twelve twenty thirty a an half couple of dozen few several many "
    "day days week weeks month months quarter quarters year years yr yrs decade decades "
    "century centuries january february march april may june july august september october "
    "november december jan feb mar apr jun jul aug sep sept oct nov dec spring summer autumn "
    "fall winter christmas xmas eve q1 q2 q3 q4 h1 h2 first second third fourth 1st 2nd 3rd "
    "4th last final latter back mid late later year-end eoy eom eoq tonight tomorrow today "
    "ago old since eventually someday one any moment shortly imminent imminently long due "
    "point future near foreseeable distant lifetime generation run term down line won't "
    "it be upcoming election possible from away out hence 2025 2030 2030s 15 '24 2025-03-15"
    " hundred 9mo 3yrs wks mos mth 2h26 1h 3q25 q3'25 fy fy26 fiscal financial calendar cy2026"
    " ahead prior not until no sooner earliest latest least minimum onwards ish give take plus"
    " beyond past near nearly close towards somewhere maybe part parts latter front tail closing"
    " ends is out ipo launch my our his their term presidency kids retire i we good solid"
)
GRAMMAR_WORDS = GRAMMAR_TEXT.split()
# What every rule finds at every word start, with no dispatch on the first word.
EVERY_RULE = re.compile(
    r"(?<!\w)(?:" + "|".join(f"(?:{grammar._ng(src)})" for _, src, *_ in grammar._RULES) + ")"
)


def every_rule(low):
    spans = []
    for m in EVERY_RULE.finditer(low):
        name = next(n for n, *_ in grammar._RULES if parser._COMPILED[n].match(low, m.start()))
        spans.append((name, m.span()))
    return spans


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*GRAMMAR_WORDS, *TOKENS]), max_size=10).map(" ".join))
def test_the_scan_tries_every_rule_that_can_start_at_a_word(text):
    """The scan tries only the rules that can start with the word at hand: it must find what
    trying every rule at every word finds."""
    folded = parser._fold(text)

    assert [(name, m.span()) for name, m in parser._scan(folded)] == every_rule(folded)


COUNTED = re.compile(r"→ \d+ (?:day|week|month|year)s? after ")
FROM_NOW = re.compile(r"(?:now|today|away|out|hence|road|line)$")


def _dated_phrases() -> list[tuple[str, date, DatePrecision, bool]]:
    """Every horizon phrase the tables date: the words read, when said, and whether it is a
    duration ("within 5 years"), which "of launch" can follow."""
    phrases = {}
    for row in CASES + SPOKEN:
        text, said_on, precision = row.values[:3]
        result = parse_horizon(text, said_on=said_on, precision=precision)
        if result.kind is HorizonKind.DATED:
            counted = COUNTED.search(result.rule)  # "→ 5 years after 14 March 2024"
            from_now = FROM_NOW.search(result.phrase.lower())  # its own start: "from now"
            phrases[result.phrase, said_on, precision] = bool(counted and not from_now)
    return [(*key, duration) for key, duration in sorted(phrases.items(), key=str)]


DATED_PHRASES = _dated_phrases()
HEDGES = ["around {}", "roughly {}", "{} or so", "{}-ish", "{}, give or take"]
LOWER_BOUNDS = ["{} at the earliest", "{} or later", "not until {}", "{}, if not later"]
EVENTS = ["{} after the election"]
DURATION_EVENTS = ["{} of launch", "{} after the IPO", "{} from FDA approval"]


@settings(max_examples=400, deadline=None)
@given(
    st.sampled_from(DATED_PHRASES),
    st.sampled_from(HEDGES + LOWER_BOUNDS + EVENTS + DURATION_EVENTS),
    fillers(),
    fillers(),
)
def test_a_hedge_a_lower_bound_or_an_event_never_leaves_a_confident_date(
    dated, marker, before, after
):
    phrase, said_on, precision, duration = dated
    if marker in DURATION_EVENTS and not duration:
        marker = EVENTS[0]  # "of launch" follows a duration only ("by 2030 of launch")
    text = f"{before} {marker.format(phrase)} {after}".strip()

    result = parse_horizon(text, said_on=said_on, precision=precision)

    assert result.kind is not HorizonKind.DATED, (text, result.rule)


def test_every_dated_phrase_of_the_tables_is_tried():
    assert len(DATED_PHRASES) >= 150
