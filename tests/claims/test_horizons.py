"""Table-driven tests of the horizon parser (claims/horizons/); no database.

Each row: the text, when it was said (and how precisely), and the expected kind, deadline and
deadline precision. The semantics are written down in docs/horizons.md.
"""

from datetime import UTC, date

import pytest

from claims.choices import DatePrecision
from claims.horizons import HorizonKind, HorizonResult, parse_horizon
from tests.claims.test_horizons_spoken import SPOKEN

DAY, MONTH, YEAR = DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR
DATED, VAGUE, NONE = HorizonKind.DATED, HorizonKind.VAGUE, HorizonKind.NONE

FRI = date(2022, 10, 14)  # said on a Friday, day known
OCT = date(2022, 10, 1)  # said in October 2022, day unknown (MONTH)
Y2022 = date(2022, 1, 1)  # said in 2022, month unknown (YEAR)
LEAP = date(2024, 2, 29)


def dated(text, deadline, precision, said_on=FRI, said=DAY, *, id):
    return pytest.param(text, said_on, said, DATED, deadline, precision, id=id)


def vague(text, said_on=FRI, said=DAY, *, id):
    return pytest.param(text, said_on, said, VAGUE, None, None, id=id)


def none(text, said_on=FRI, said=DAY, *, id):
    return pytest.param(text, said_on, said, NONE, None, None, id=id)


SEED_NOTES = [
    dated(
        "Run Stable Diffusion on your iPhone by next year",
        date(2023, 12, 31),
        YEAR,
        OCT,
        MONTH,
        id="seed-by-next-year",
    ),
    dated(
        "Within 2 years at high resolution quality",
        date(2024, 10, 31),
        MONTH,
        OCT,
        MONTH,
        id="seed-within-2-years",
    ),
    dated(
        "$100B into this sector in next 5 years",
        date(2027, 10, 31),
        MONTH,
        OCT,
        MONTH,
        id="seed-in-next-5-years",
    ),
    vague(
        "By the time his daughter’s in university, doesn’t need to write essays",
        OCT,
        MONTH,
        id="seed-by-the-time",
    ),
    none("Samantha from Her is coming", OCT, MONTH, id="seed-samantha"),
    none(
        "we are sufficiently far enough down the road that some company will figure out a way "
        "to bring Sydney to market",
        OCT,
        MONTH,
        id="seed-down-the-road",
    ),
    none(
        "“Probably see biggest breakthrough from a 16 year old in Uzbekistan”",
        OCT,
        MONTH,
        id="seed-16-year-old",
    ),
    none(
        "A year ago, if he said what they planned to do with SD, people would say he’s crazy",
        OCT,
        MONTH,
        id="seed-a-year-ago",
    ),
    none(
        "-Was at Google for 20+ years (took a few years break)", OCT, MONTH, id="seed-for-20-years"
    ),
    none("Idea of neural networks has been around since 1970s", OCT, MONTH, id="seed-since-1970s"),
    none("Experimented with computer vision models in 2015, 2016", OCT, MONTH, id="seed-in-2015"),
    none("Did investment round in August", OCT, MONTH, id="seed-past-month"),
    none(
        "When started Runway, GANs just started, TensorFlow was one year old",
        OCT,
        MONTH,
        id="seed-one-year-old",
    ),
    none("Crypto is interesting – he’s in it since 2012", OCT, MONTH, id="seed-since-2012"),
    none(
        "Sundar Pichai and Satya Nadella may worry about the same fate",
        OCT,
        MONTH,
        id="seed-may-verb",
    ),
    none("AI before today was qualified data science", OCT, MONTH, id="seed-before-today"),
    none("Elad: similar arguments to regulate cryptography in 90s", OCT, MONTH, id="seed-in-90s"),
    none(
        "Lot more an art than a science – can’t predict very well – "
        "if 10% of his changes are improvements",
        OCT,
        MONTH,
        id="seed-percent",
    ),
    vague("Eventually need super computer", OCT, MONTH, id="seed-eventually"),
    none(
        "Google LAMDA tech & team – eventually decided to leave and build as a startup",
        OCT,
        MONTH,
        id="seed-eventually-past-narration",
    ),
    none("Soon after that we moved to Google", OCT, MONTH, id="soon-in-past-narration"),
]

NAMED_PERIODS = [
    dated("by 2030", date(2030, 12, 31), YEAR, id="by-year"),
    dated("AGI BY 2030.", date(2030, 12, 31), YEAR, id="by-year-case-punctuation"),
    dated("in 2025", date(2025, 12, 31), YEAR, id="in-year"),
    dated("sometime in 2024", date(2024, 12, 31), YEAR, id="sometime-in-year"),
    dated("until 2027", date(2027, 12, 31), YEAR, id="until-year"),
    dated("before 2026", date(2025, 12, 31), YEAR, id="before-year"),
    dated("by the end of 2025", date(2025, 12, 31), YEAR, id="end-of-year-n"),
    dated("by the year 2040", date(2040, 12, 31), YEAR, id="the-year-n"),
    dated("2030", date(2030, 12, 31), YEAR, id="bare-year-whole-text"),
    dated("2025 or 2026", date(2026, 12, 31), YEAR, id="year-or-year"),
    dated("by 2025-26", date(2026, 12, 31), YEAR, id="year-range-short"),
    dated("between 2025 and 2027", date(2027, 12, 31), YEAR, id="between-years"),
    dated("by mid-2025", date(2025, 6, 30), MONTH, id="mid-year"),
    dated("by the middle of 2025", date(2025, 6, 30), MONTH, id="middle-of-year"),
    dated("early 2025", date(2025, 4, 30), MONTH, id="early-year"),
    dated("by late 2025", date(2025, 12, 31), YEAR, id="late-year"),
    dated("by year-end 2025", date(2025, 12, 31), YEAR, id="year-end-n"),
    dated("by the start of 2025", date(2024, 12, 31), YEAR, id="start-of-year"),
    dated("by Q3 2024", date(2024, 9, 30), MONTH, id="quarter"),
    dated("in the third quarter of 2024", date(2024, 9, 30), MONTH, id="quarter-words"),
    dated("in Q1 '24", date(2024, 3, 31), MONTH, id="quarter-short-year"),
    dated("by Q4 this year", date(2022, 12, 31), MONTH, id="quarter-this-year"),
    dated("by Q2", date(2023, 6, 30), MONTH, id="quarter-no-year"),
    dated("H1 2025", date(2025, 6, 30), MONTH, id="half"),
    dated("in the second half of next year", date(2023, 12, 31), MONTH, id="half-next-year"),
    dated("by summer 2024", date(2024, 8, 31), MONTH, id="season-year"),
    dated("by the summer of 2024", date(2024, 8, 31), MONTH, id="season-of-year"),
    dated("by winter 2024", date(2025, 2, 28), MONTH, id="winter-spans-new-year"),
    dated("next summer", date(2023, 8, 31), MONTH, id="next-season"),
    dated("by fall", date(2022, 11, 30), MONTH, id="season-no-year"),
    dated("by March 2025", date(2025, 3, 31), MONTH, id="month-year"),
    dated("in Sept. 2025", date(2025, 9, 30), MONTH, id="month-abbreviation"),
    dated("by March", date(2023, 3, 31), MONTH, id="month-no-year-next"),
    dated("by October", date(2022, 10, 31), MONTH, id="month-no-year-current"),
    dated("We will launch in May", date(2023, 5, 31), MONTH, id="may-as-month"),
    dated("next March", date(2023, 3, 31), MONTH, date(2023, 2, 10), id="next-month-name"),
    dated("by 15 March 2025", date(2025, 3, 15), DAY, id="day-month-year"),
    dated("by March 15, 2025", date(2025, 3, 15), DAY, id="month-day-year"),
    dated("by 2025-03-15", date(2025, 3, 15), DAY, id="iso-date"),
    dated("by Christmas", date(2022, 12, 25), DAY, id="christmas"),
    dated("by Christmas", date(2023, 12, 25), DAY, date(2022, 12, 28), id="christmas-passed"),
    dated("by Christmas 2023", date(2023, 12, 25), DAY, id="christmas-year"),
    dated("in the 2030s", date(2039, 12, 31), YEAR, id="decade"),
    dated("by the early 2030s", date(2033, 12, 31), YEAR, id="early-decade"),
    dated("by the end of the decade", date(2029, 12, 31), YEAR, id="end-of-decade"),
    dated("this decade", date(2029, 12, 31), YEAR, id="this-decade"),
    dated("by the next decade", date(2039, 12, 31), YEAR, id="by-next-decade"),
    dated("by the end of the century", date(2099, 12, 31), YEAR, id="end-of-century"),
    dated("this year", date(2022, 12, 31), YEAR, id="this-year"),
    dated("by year’s end", date(2022, 12, 31), YEAR, id="years-end-curly"),
    dated("by the end of the year", date(2022, 12, 31), YEAR, id="end-of-the-year"),
    dated("later this year", date(2022, 12, 31), YEAR, id="later-this-year"),
    dated("next year", date(2023, 12, 31), YEAR, id="next-year"),
    dated("by early next year", date(2023, 4, 30), MONTH, id="early-next-year"),
    dated("by the end of next year", date(2023, 12, 31), YEAR, id="end-of-next-year"),
    dated("before next year", date(2022, 12, 31), YEAR, id="before-next-year"),
    dated("next quarter", date(2023, 3, 31), MONTH, id="next-quarter"),
    dated("by the end of this quarter", date(2022, 12, 31), MONTH, id="this-quarter"),
    dated("next month", date(2022, 11, 30), MONTH, id="next-month"),
    dated("by the end of the month", date(2022, 10, 31), MONTH, id="end-of-month"),
    dated("next week", date(2022, 10, 23), DAY, id="next-week"),
    dated("by tomorrow", date(2022, 10, 15), DAY, id="tomorrow"),
    dated("within the year", date(2022, 12, 31), YEAR, id="within-the-year"),
    dated("EOY", date(2022, 12, 31), YEAR, id="eoy"),
    dated("between now and 2030", date(2030, 12, 31), YEAR, id="between-now-and"),
    dated("no later than 2028", date(2028, 12, 31), YEAR, id="no-later-than"),
    dated("by the year after next", date(2024, 12, 31), YEAR, id="year-after-next"),
    dated("in time for Christmas", date(2022, 12, 25), DAY, id="in-time-for"),
    dated("by Christmas Eve", date(2022, 12, 24), DAY, id="christmas-eve"),
    dated("within this decade", date(2029, 12, 31), YEAR, id="within-this-decade"),
]

ROLLING = [
    dated("within five years", date(2027, 10, 14), DAY, id="within-words"),
    dated("in 10 years", date(2032, 10, 14), DAY, id="in-digits"),
    dated("in the next 5 years", date(2027, 10, 14), DAY, id="in-the-next"),
    dated("over the next 18 months", date(2024, 4, 14), DAY, id="over-the-next"),
    dated("in the next 12 months", date(2023, 10, 14), DAY, id="next-12-months"),
    dated("within a decade", date(2032, 10, 14), DAY, id="a-decade"),
    dated("within half a decade", date(2027, 10, 14), DAY, id="half-a-decade"),
    dated("half a decade", date(2027, 10, 14), DAY, id="half-a-decade-whole-text"),
    dated("in a couple of years", date(2024, 10, 14), DAY, id="couple-of"),
    dated("in a couple years", date(2024, 10, 14), DAY, id="couple-no-of"),
    dated("in 3-5 years", date(2027, 10, 14), DAY, id="range-hyphen"),
    dated("in 3–5 years", date(2027, 10, 14), DAY, id="range-en-dash"),
    dated("two to three years from now", date(2025, 10, 14), DAY, id="range-words-from-now"),
    dated("in two or three years", date(2025, 10, 14), DAY, id="range-or"),
    dated("a year or two from now", date(2024, 10, 14), DAY, id="a-year-or-two"),
    dated("in twenty years", date(2042, 10, 14), DAY, id="twenty"),
    dated("in twenty-five years", date(2047, 10, 14), DAY, id="twenty-five"),
    dated("we’re five years away from AGI", date(2027, 10, 14), DAY, id="years-away"),
    dated("10 years from now", date(2032, 10, 14), DAY, id="from-now"),
    dated("within 90 days", date(2023, 1, 12), DAY, id="days"),
    dated("in six weeks", date(2022, 11, 25), DAY, id="weeks"),
    dated("within a year and a half", date(2024, 4, 14), DAY, id="and-a-half"),
    dated("in 1.5 years", date(2024, 4, 14), DAY, id="decimal"),
    dated("within two quarters", date(2023, 4, 14), DAY, id="quarters"),
    dated("over the next decade", date(2032, 10, 14), DAY, id="over-the-next-decade"),
    dated("in the next year", date(2023, 10, 14), DAY, id="in-the-next-year"),
    dated("this time next year", date(2023, 10, 14), DAY, id="this-time-next-year"),
    dated("in 5 years’ time", date(2027, 10, 14), DAY, id="years-time"),
    dated("in less than 3 years", date(2025, 10, 14), DAY, id="less-than"),
    dated("for the next 5 years", date(2027, 10, 14), DAY, id="for-the-next"),
    dated("It will take 10 years to get there", date(2032, 10, 14), DAY, id="take-n-years"),
    dated("over the course of the next decade", date(2032, 10, 14), DAY, id="over-the-course-of"),
    dated("in a year", date(2025, 2, 28), DAY, LEAP, id="leap-day-plus-one-year"),
    dated("within 4 years", date(2028, 2, 29), DAY, LEAP, id="leap-day-plus-four-years"),
]

UNKNOWN_DAY = [
    dated("within five years", date(2021, 12, 31), YEAR, date(2016, 1, 1), YEAR, id="year-rolling"),
    dated("within 2 years", date(2024, 10, 31), MONTH, OCT, MONTH, id="month-rolling"),
    dated("within 10 days", date(2022, 11, 30), MONTH, OCT, MONTH, id="month-rolling-rounds-up"),
    dated(
        "in the next 6 months",
        date(2023, 8, 31),
        MONTH,
        date(2023, 2, 1),
        MONTH,
        id="month-rolling-february",
    ),
    dated("next month", date(2023, 12, 31), YEAR, Y2022, YEAR, id="year-next-month"),
    dated("by next year", date(2023, 12, 31), YEAR, Y2022, YEAR, id="year-next-year"),
    dated("this year", date(2022, 12, 31), YEAR, Y2022, YEAR, id="year-this-year"),
    dated("by Christmas", date(2022, 12, 31), MONTH, OCT, MONTH, id="month-christmas"),
    dated(
        "by Christmas",
        date(2023, 12, 31),
        MONTH,
        date(2022, 12, 1),
        MONTH,
        id="month-christmas-december",
    ),
    dated(
        "by March 2025", date(2025, 3, 31), MONTH, Y2022, YEAR, id="year-absolute-keeps-precision"
    ),
    dated("next quarter", date(2023, 3, 31), MONTH, OCT, MONTH, id="month-next-quarter"),
]

VAGUE_PHRASES = [
    vague("soon", id="soon"),
    vague("Eventually, robots will do the dishes", id="eventually"),
    vague("in a few years", id="a-few-years"),
    vague("within weeks", id="within-weeks"),
    vague("within months", id="within-months"),
    vague("any day now", id="any-day-now"),
    vague("in our lifetime", id="our-lifetime"),
    vague("in the foreseeable future", id="foreseeable-future"),
    vague("by the next election", id="next-election"),
    vague("One day, AI will write novels", id="one-day"),
    vague("someday", id="someday"),
    vague("in the near future", id="near-future"),
    vague("In future, prices will only go up.", id="in-future-british"),
    vague("in the not-too-distant future", id="not-too-distant-future"),
    vague("in the coming years", id="coming-years"),
    vague("over the next few decades", id="next-few-decades"),
    vague("sooner or later", id="sooner-or-later"),
    vague("at some point", id="at-some-point"),
    vague("before long", id="before-long"),
    vague("in the long run", id="long-run"),
    vague("a few years from now", id="few-years-from-now"),
    vague("in the years to come", id="years-to-come"),
    vague("within a generation", id="generation"),
    vague("around 2030", id="approx-year"),
    vague("in about 5 years", id="approx-duration"),
    vague("in 5 years or so", id="or-so"),
    vague("after 2030", id="lower-bound-after"),
    vague("it ships, but not before 2030", id="lower-bound-not-before"),
    vague("as early as next year", id="lower-bound-as-early-as"),
    vague("2030 at the earliest", id="lower-bound-at-the-earliest"),
    vague("as soon as possible", id="asap"),
    vague("by about 2030", id="by-about"),
    vague("starting next year", id="lower-bound-starting"),
    vague("in at least 5 years", id="lower-bound-at-least"),
    vague("in 10+ years", id="lower-bound-plus"),
    vague("it could take 10 years or more", id="lower-bound-or-more"),
    vague("decades from now", id="decades-from-now"),
    vague("It's years away", id="years-away"),
    vague("by mid-century", id="mid-century"),
]

NOT_HORIZONS = [
    none("They bought 10,000 GPUs", id="thousands"),
    none("Apple sold 2030 units", id="number-not-year"),
    none("a $100B market", id="money"),
    none("The company has 2,030 employees", id="comma-number"),
    none("we may see new apps", id="may-verb"),
    none("the march of progress", id="march-noun"),
    none("We raised $100M in 2015", id="past-year"),
    none("launched three years ago", id="ago"),
    none("a 5-year-old could use it", id="age-hyphenated"),
    none("for two years he worked on it", id="past-duration"),
    none("in the last 2 years", id="last-n-years"),
    none("since 2012", id="since"),
    none("As soon as they ship it, people will use it", id="as-soon-as-conjunction"),
    none("prices will fall", id="fall-verb"),
    none("it is 100% done", id="percent"),
    none("by March 2022", OCT, MONTH, id="absolute-past-month"),
    none("At the end of the day, it is about UX", id="end-of-the-day-idiom"),
    none("one day a week at the office", id="one-day-a-week"),
    none("we shipped it in 2 days", id="past-in-n-days"),
    none("Models are not as controllable as we’d like them to be", id="no-time-words"),
    none("", id="empty"),
    none("This summer we shipped it", id="this-summer-said-in-october"),
    none("It took 3 months to build", id="took-n-months"),
    none("This is 10 years ahead of its time", id="years-ahead-of-its-time"),
]

SEVERAL = [
    dated(
        "Soon, and by 2030 at the latest", date(2030, 12, 31), YEAR, id="dated-beats-earlier-vague"
    ),
    # A forecast told of the past ("In 2015 he said AGI would arrive by 2030") gives none:
    # tests/claims/test_horizons_bounds_retellings_and_noun_years.py.
    dated(
        "Since 2015 he has said AGI will arrive by 2030",
        date(2030, 12, 31),
        YEAR,
        id="past-year-skipped",
    ),
    # an alternative is one horizon: its later end is the deadline
    dated("by 2030, maybe by 2035", date(2035, 12, 31), YEAR, id="alternative-takes-later"),
    vague("eventually, in a few years", id="first-vague-wins"),
    dated("AGI by 2027, ASI by 2030", date(2027, 12, 31), YEAR, id="first-of-two-dated"),
]

CASES = SEED_NOTES + NAMED_PERIODS + ROLLING + UNKNOWN_DAY + VAGUE_PHRASES + NOT_HORIZONS + SEVERAL


@pytest.mark.parametrize(("text", "said_on", "said", "kind", "deadline", "precision"), CASES)
def test_parse_horizon(text, said_on, said, kind, deadline, precision):  # noqa: PLR0917
    result = parse_horizon(text, said_on=said_on, precision=said)

    assert (result.kind, result.deadline, result.precision) == (kind, deadline, precision)
    if kind is DATED:
        assert result.deadline > said_on
        assert result.phrase
        assert result.phrase in text or text.strip(" .") == result.phrase
    elif kind is VAGUE:
        assert result.phrase
        assert result.phrase in result.rule
    else:
        assert result == HorizonResult(NONE, None, None, "", "")


def test_the_tables_are_broad_enough():
    rows = CASES + SPOKEN
    no_date = [row for row in rows if row.values[3] is not DATED]
    assert len(rows) >= 250
    assert len(no_date) >= 90


@pytest.mark.parametrize(
    ("text", "said_on", "said", "phrase", "in_rule"),
    [
        (
            "Within 2 years at high resolution quality",
            OCT,
            MONTH,
            "Within 2 years",
            ["said in October 2022 (day unknown, counted from 31 October 2022)", "31 October 2024"],
        ),
        (
            "Run Stable Diffusion on your iPhone by next year",
            OCT,
            MONTH,
            "by next year",
            ["said in October 2022", "end of 2023", "31 December 2023"],
        ),
        (
            "We expect it by Q3 2024, says the CEO",
            FRI,
            DAY,
            "by Q3 2024",
            ["said on 14 October 2022", "30 September 2024"],
        ),
        (
            "next month",
            Y2022,
            YEAR,
            "next month",
            ["counted from 31 December 2022", "31 January 2023", "rounded up to 31 December 2023"],
        ),
        ("Before 2026!", FRI, DAY, "Before 2026", ["before 2026", "31 December 2025"]),
    ],
    ids=["month-rolling", "seed-next-year", "in-a-sentence", "rounded-up", "before"],
)
def test_phrase_and_rule_say_what_was_read_and_the_date(text, said_on, said, phrase, in_rule):
    result = parse_horizon(text, said_on=said_on, precision=said)

    assert result.phrase == phrase
    assert result.rule.startswith(f"'{phrase}'")
    for words in in_rule:
        assert words in result.rule


def test_a_vague_rule_says_why_there_is_no_date():
    result = parse_horizon(
        "By the time his daughter’s in university, doesn’t need to write essays",
        said_on=OCT,
        precision=MONTH,
    )

    assert result.phrase == "By the time his daughter’s in university"
    assert result.rule == (
        "'By the time his daughter’s in university' is tied to an event with no date: "
        "his daughter’s in university: no date derived, a curator must decide"
    )


def test_precision_may_be_given_as_a_string_and_said_on_as_a_datetime():
    from datetime import datetime

    said = datetime(2022, 10, 14, 9, 30, tzinfo=UTC)

    result = parse_horizon("within 2 years", said_on=said, precision="month")

    assert (result.deadline, result.precision) == (date(2024, 10, 31), MONTH)


def test_a_rule_sets_compiled_union_reads_every_case_as_its_rules_one_by_one(monkeypatch):
    """Unions are compiled only for rule sets seen often; with or without, the same readings."""
    from claims.horizons import parser

    def readings() -> list:
        cases = [getattr(case, "values", case) for case in CASES]  # pytest.param or a tuple
        return [parse_horizon(c[0], said_on=c[1], precision=c[2]) for c in cases]

    monkeypatch.setattr(parser, "_UNIONS", {})
    monkeypatch.setattr(parser, "_SEEN", {})
    monkeypatch.setattr(parser, "_UNION_AFTER", 10**9)
    one_by_one = readings()
    monkeypatch.setattr(parser, "_UNION_AFTER", 1)
    with_unions = readings()
    assert parser._UNIONS, "the unions were compiled and used"
    assert with_unions == one_by_one
