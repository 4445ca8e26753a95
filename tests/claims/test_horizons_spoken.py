"""The horizon parser on horizons as real speakers say them (claims/horizons/); no database.

Written the way they come up on earnings calls, podcasts, op-eds and keynotes, one table per
kind of fault: lower bounds, approximations, durations counted from an event, ranges and
alternatives, early/mid/late periods, datable phrasings in shorthand, personal, fiscal and
institutional calendars, and dates on or before the day a thing was said. Unless a row says
otherwise it was said on Thursday 14 March 2024, day known. Each vague row also names the
words its rule text must give as the reason. The rules are in docs/horizons.md.
"""

from datetime import date

import pytest

from claims.choices import DatePrecision
from claims.horizons import HorizonKind, parse_horizon

DAY, MONTH, YEAR = DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR
DATED, VAGUE, NONE = HorizonKind.DATED, HorizonKind.VAGUE, HorizonKind.NONE
SAID = date(2024, 3, 14)

LOWER = "is a lower bound: says when it will not happen"
NEGATED_BOUND = "is a lower bound"
ABOUT = "is approximate (about"
EVENT = "an event with no date: "
CALENDAR = "depends on a personal or institutional calendar"
FISCAL = "follows a fiscal calendar"


def dated(text, deadline, precision, said_on=SAID, said=DAY, *, id):
    return pytest.param(text, said_on, said, DATED, deadline, precision, "", id=id)


def vague(text, why, said_on=SAID, said=DAY, *, id):
    return pytest.param(text, said_on, said, VAGUE, None, None, why, id=id)


def none(text, said_on=SAID, said=DAY, *, id):
    return pytest.param(text, said_on, said, NONE, None, None, "", id=id)


LOWER_BOUNDS = [
    vague(
        "Probably not before 2029, if you ask me.",
        NEGATED_BOUND,
        id="probably-not-before",
    ),
    vague("Honestly? It won't happen until 2031.", LOWER, id="wont-happen-until"),
    vague("We're talking 2028 at the very earliest.", LOWER, id="at-the-very-earliest"),
    vague("I'd say sometime after next year.", LOWER, id="sometime-after-next-year"),
    vague("It will take at least four years to get the fabs online.", LOWER, id="at-least"),
    vague("Full autonomy is a 2032 and later story.", LOWER, id="and-later"),
    vague("Over two years, minimum, before regulators sign off.", LOWER, id="over-n-years"),
    vague("That's upwards of five years away.", LOWER, id="upwards-of"),
    vague("Not until 2030 will we see real margins.", LOWER, id="not-until"),
    vague("No sooner than 2028 for a commercial reactor.", LOWER, id="no-sooner-than"),
    vague("Call it 2030 or later for Level 5.", LOWER, id="or-later"),
    vague("Mass adoption is a 2030 or beyond thing.", LOWER, id="or-beyond"),
    vague("Profitability by 2027, if not later.", LOWER, id="if-not-later"),
    vague("Fusion on the grid? 2040 at the earliest.", LOWER, id="bare-year-at-the-earliest"),
    vague("Rate cuts won't come until the summer.", LOWER, id="negated-until-season"),
    vague("It'll take a decade at least.", LOWER, id="duration-at-least"),
    vague("Starting in 2026, every new car will ship with it.", LOWER, id="starting-in"),
    vague("It will take more than a decade.", LOWER, id="more-than-a-decade"),
    vague("We need 10+ years for that.", LOWER, id="n-plus-years"),
    vague("Five years or more before it pays off.", LOWER, id="or-more"),
    vague("Beyond 2035 the grid will be mostly solar.", LOWER, id="beyond-year"),
    vague("I don't expect it for another three years.", LOWER, id="not-for-another"),
    vague("No earlier than Q3 2025.", NEGATED_BOUND, id="no-earlier-than-quarter"),
    vague("Demand picks up after the summer.", LOWER, id="after-season"),
    vague("Rate cuts, yes, but not before June.", LOWER, id="but-not-before-month"),
    vague("They will list, but never before the summer.", LOWER, id="but-never-before-season"),
    vague("Rates will not be cut until the autumn.", LOWER, id="will-not-until-season"),
    vague("No rate cuts until 2026, in my view.", LOWER, id="no-cuts-until-year"),
    vague("Nothing changes till next spring.", LOWER, id="nothing-till-season"),
    vague("Nobody will land on Mars until the 2030s.", LOWER, id="nobody-until-decade"),
    vague("I don't see a deal happening until Q3 2025.", LOWER, id="dont-see-until-quarter"),
    vague("Nobody will build a reactor here for another ten years.", LOWER, id="nobody-for"),
    vague("We will ship it after Christmas.", LOWER, id="after-christmas"),
]

# A negated "before" says when it will not happen, not by when it will: "rates won't be cut
# before the summer" is a lower bound, asked about (docs/horizons.md). A negated "by", "this
# decade" or "within" keeps its deadline: it comes true if it has not happened by then.
NEGATED = [
    vague(
        "We won't see a recovery before the second half of next year.",
        NEGATED_BOUND,
        id="negated-before",
    ),
    vague("The Fed won't cut before June.", NEGATED_BOUND, id="wont-cut-before-month"),
    vague("Rates will not be cut before the summer.", NEGATED_BOUND, id="will-not-before-season"),
    vague(
        "Inflation will never get back to 2% before the end of the year.",
        NEGATED_BOUND,
        id="never-before-end-of-year",
    ),
    vague(
        "I don't think we'll see a rate cut before September.",
        NEGATED_BOUND,
        id="dont-think-before-month",
    ),
    vague("There's no way Level 5 ships before 2027.", NEGATED_BOUND, id="no-way-before-year"),
    dated(
        "Fusion isn't going to power the grid this decade.",
        date(2029, 12, 31),
        YEAR,
        id="isnt-going-to-this-decade",
    ),
    dated("No humanoid robot in homes by 2030.", date(2030, 12, 31), YEAR, id="no-by-year"),
    dated(
        "Nobody will be driving a petrol car in Oslo by the end of 2026.",
        date(2026, 12, 31),
        YEAR,
        id="nobody-by-end-of-year",
    ),
    dated(
        "We are not going to hit profitability within the next eighteen months.",
        date(2025, 9, 14),
        DAY,
        id="not-going-to-within-months",
    ),
    dated(
        "No doubt they will keep raising prices until 2026.",
        date(2026, 12, 31),
        YEAR,
        id="no-doubt-is-not-a-negation",
    ),
]

APPROXIMATIONS = [
    vague("Quantum advantage around 2033.", f"{ABOUT} end of 2033", id="around-year"),
    vague("It's 2028, more or less.", f"{ABOUT} end of 2028", id="more-or-less"),
    vague("We're about five years out.", f"{ABOUT} 5 years after", id="about-n-years-out"),
    vague("sometime near 2035", f"{ABOUT} end of 2035", id="sometime-near"),
    vague("roughly a decade from now", "14 March 2034", id="roughly-a-decade-from-now"),
    vague("by 2031, give or take", f"{ABOUT} end of 2031", id="give-or-take"),
    vague("in five years or so", "14 March 2029", id="or-so"),
    vague("That's a 2030-ish thing.", f"{ABOUT} end of 2030", id="ish"),
    vague("We'll be there in roughly eighteen months.", "14 September 2025", id="in-roughly"),
    vague("AGI arrives circa 2040.", f"{ABOUT} end of 2040", id="circa"),
    vague("approximately three years from now", "14 March 2027", id="approximately"),
    vague(
        "toward the end of the decade, give or take a year",
        f"{ABOUT} end of the 2020s",
        id="toward-the-end-of",
    ),
    vague("by the turn of the decade", f"{ABOUT} end of the 2020s", id="turn-of-the-decade"),
    vague(
        "somewhere around the mid-2030s",
        "middle of a decade (2030s: about 2034 to 2036)",
        id="somewhere-around",
    ),
    # The speaker's hedge ("maybe", "perhaps") keeps the date: the importer remarks on it.
    dated("Maybe in two years.", date(2026, 3, 14), DAY, id="maybe-in"),
    vague("in about a year", "14 March 2025", id="in-about-a-year"),
    vague("some five years from now", "14 March 2029", id="some-n-years"),
    vague("by around next spring", "31 May 2025", id="by-around"),
    vague("around this time next year", "14 March 2025", id="around-this-time"),
    vague("close to 2030", f"{ABOUT} end of 2030", id="close-to"),
    vague("About 2030, I'm less sure.", f"{ABOUT} end of 2030", id="about-year"),
]

EVENTS = [
    vague("eighteen months after the IPO", f"{EVENT}the IPO", id="after-the-ipo"),
    vague("six months after the election", f"{EVENT}the election", id="after-the-election"),
    vague("a year after it ships", f"{EVENT}it ships", id="after-it-ships"),
    vague(
        "within 18 months of regulatory clearance",
        f"{EVENT}regulatory clearance",
        id="within-of-clearance",
    ),
    vague("We break even within two years of launch.", f"{EVENT}launch", id="of-launch"),
    vague("three years from FDA approval", f"{EVENT}FDA approval", id="from-approval"),
    vague("90 days after closing", f"{EVENT}closing", id="days-after-closing"),
    vague(
        "two years into the next administration",
        f"{EVENT}the next administration",
        id="into-administration",
    ),
    vague("within a year of taking office", f"{EVENT}taking office", id="of-taking-office"),
    vague("six months post-launch", f"{EVENT}launch", id="post-launch"),
    vague(
        "a decade after the merger closes", f"{EVENT}the merger closes", id="after-merger-closes"
    ),
    vague("by the time the kids are in college", f"{EVENT}the kids are in college", id="by-time"),
    vague("We'll have it out before the IPO.", f"{EVENT}the IPO", id="before-the-ipo"),
    vague("ahead of the launch", f"{EVENT}the launch", id="ahead-of-launch"),
    vague("within 100 days of taking office", f"{EVENT}taking office", id="hundred-days"),
    vague("by 2030 after the election", f"{EVENT}the election", id="year-after-event"),
    vague(
        "I think within a year or so of launch we'll be profitable.",
        f"{EVENT}launch: no date derived",
        id="event-name-ends-at-clause",
    ),
]

RANGES = [
    dated("in four or five years", date(2029, 3, 14), DAY, id="four-or-five-years"),
    dated("within one to two decades", date(2044, 3, 14), DAY, id="one-to-two-decades"),
    dated("this year or next", date(2025, 12, 31), YEAR, id="this-year-or-next"),
    dated("eighteen months, maybe two years", date(2026, 3, 14), DAY, id="maybe-two-years"),
    dated(
        "We'll get there in eighteen months, maybe two years.",
        date(2026, 3, 14),
        DAY,
        id="in-a-sentence-maybe-two-years",
    ),
    dated("by 2027, maybe 2028", date(2028, 12, 31), YEAR, id="year-maybe-year"),
    dated("this year or next year", date(2025, 12, 31), YEAR, id="this-year-or-next-year"),
    dated("in 18 months or two years", date(2026, 3, 14), DAY, id="months-or-years"),
    dated("in two, maybe three years", date(2027, 3, 14), DAY, id="two-maybe-three"),
    dated("within the next 12 to 18 months", date(2025, 9, 14), DAY, id="twelve-to-eighteen"),
    dated("by Q3 or Q4 2025", date(2025, 12, 31), MONTH, id="quarter-or-quarter"),
    dated(
        "by the end of this year or early next year",
        date(2025, 4, 30),
        MONTH,
        id="end-of-year-or-early-next",
    ),
    dated("next year or the year after", date(2026, 12, 31), YEAR, id="or-the-year-after"),
    dated("in 2 to 3 years", date(2027, 3, 14), DAY, id="two-to-three"),
    dated("between 2028 and 2030", date(2030, 12, 31), YEAR, id="between-years"),
    dated(
        "sometime between now and the end of the decade",
        date(2029, 12, 31),
        YEAR,
        id="between-now-and-end-of-decade",
    ),
    dated("Soon. By 2030 at the latest.", date(2030, 12, 31), YEAR, id="at-the-latest"),
    dated("in two years, max", date(2026, 3, 14), DAY, id="max"),
    dated("AGI by 2029 or 2030, at the latest.", date(2030, 12, 31), YEAR, id="or-at-the-latest"),
    dated("From 2025 to 2030 revenue will triple.", date(2030, 12, 31), YEAR, id="from-to"),
    # a negative prediction keeps its date: by the end of 2030 it can be judged
    dated("This will not happen by 2030.", date(2030, 12, 31), YEAR, id="negated-by"),
]

PERIOD_PARTS = [
    # The middle of a decade has no firm end: the curator decides (it was read as year 6).
    vague("mid next decade", "middle of a decade (2030s", id="mid-next-decade"),
    dated("the early part of next decade", date(2033, 12, 31), YEAR, id="early-part-next-decade"),
    dated("late next decade", date(2039, 12, 31), YEAR, id="late-next-decade"),
    vague("by the middle of next decade", "middle of a decade (2030s", id="middle-of-next-decade"),
    dated("by the latter half of the decade", date(2029, 12, 31), YEAR, id="latter-half-decade"),
    dated("in the back half of the decade", date(2029, 12, 31), YEAR, id="back-half-decade"),
    vague("by mid-decade", "middle of a decade (2020s: about 2024 to 2026)", id="mid-decade"),
    dated("late this decade", date(2029, 12, 31), YEAR, id="late-this-decade"),
    vague("by the mid-2030s", "middle of a decade (2030s", id="mid-2030s"),
    dated("by the mid-to-late 2030s", date(2039, 12, 31), YEAR, id="mid-to-late-2030s"),
    dated("the first half of the 2030s", date(2033, 12, 31), YEAR, id="first-half-2030s"),
    vague("early next century", "names a part of a century", id="early-next-century"),
    vague("by the middle of the century", "names a part of a century", id="middle-of-century"),
    dated("late this century", date(2099, 12, 31), YEAR, id="late-this-century"),
    dated("early next year", date(2025, 4, 30), MONTH, id="early-next-year"),
    dated("by the middle of next year", date(2025, 6, 30), MONTH, id="middle-of-next-year"),
    dated("the latter part of next year", date(2025, 12, 31), YEAR, id="latter-part-next-year"),
    dated("the early part of 2026", date(2026, 4, 30), MONTH, id="early-part-of-year"),
    dated("by mid-year", date(2024, 6, 30), MONTH, id="mid-year"),
    none("It goes in the mid-year review.", id="mid-year-noun"),
]

SHORTHAND = [
    dated("before the decade ends", date(2029, 12, 31), YEAR, id="before-the-decade-ends"),
    dated("no later than 2031", date(2031, 12, 31), YEAR, id="no-later-than"),
    dated("by end of calendar 2026", date(2026, 12, 31), YEAR, id="end-of-calendar-year"),
    dated("in the back half of next year", date(2025, 12, 31), MONTH, id="back-half-next-year"),
    dated("Margins recover by 2H26.", date(2026, 12, 31), MONTH, id="2h26"),
    dated("by H1 2027", date(2027, 6, 30), MONTH, id="h1-2027"),
    dated("in 9mo", date(2024, 12, 14), DAY, id="9mo"),
    dated("within 3yrs", date(2027, 3, 14), DAY, id="3yrs"),
    dated("within two hundred years", date(2224, 3, 14), DAY, id="two-hundred-years"),
    dated("by the close of next year", date(2025, 12, 31), YEAR, id="close-of-next-year"),
    dated("by the time the year is out", date(2024, 12, 31), YEAR, id="year-is-out"),
    dated("before the year ends", date(2024, 12, 31), YEAR, id="before-the-year-ends"),
    dated("in a hundred years", date(2124, 3, 14), DAY, id="a-hundred-years"),
    dated("within a hundred and fifty years", date(2174, 3, 14), DAY, id="hundred-and-fifty"),
    dated("in 18mos", date(2025, 9, 14), DAY, id="18mos"),
    dated("in 6 wks", date(2024, 4, 25), DAY, id="6-wks"),
    dated("by Q3'25", date(2025, 9, 30), MONTH, id="q3-apostrophe-25"),
    dated("by 3Q25", date(2025, 9, 30), MONTH, id="3q25"),
    dated("by 1H 2025", date(2025, 6, 30), MONTH, id="1h-2025"),
    dated("by CY2026", date(2026, 12, 31), YEAR, id="cy2026"),
    dated("within the next ninety days", date(2024, 6, 12), DAY, id="ninety-days"),
    dated("in twenty-four months", date(2026, 3, 14), DAY, id="twenty-four-months"),
    dated("by the front half of next year", date(2025, 6, 30), MONTH, id="front-half"),
    dated("no later than the end of next year", date(2025, 12, 31), YEAR, id="no-later-than-end"),
    none("We shipped it in 9mo", id="past-9mo"),
]

CALENDARS = [
    vague("within my lifetime", CALENDAR, id="my-lifetime"),
    vague("before my kids finish school", f"{EVENT}my kids finish school", id="kids-school"),
    vague("before our FY closes", f"{EVENT}our FY closes", id="fy-closes"),
    vague("in fiscal '27", FISCAL, id="fiscal-27"),
    vague(
        "ahead of the next general election",
        f"{EVENT}the next general election",
        id="next-general-election",
    ),
    vague("by the end of his second term", CALENDAR, id="second-term"),
    vague("We'll be cash-flow positive by FY26.", FISCAL, id="fy26"),
    vague("in Q3 FY25", FISCAL, id="q3-fy25"),
    vague("before I retire", f"{EVENT}I retire", id="before-i-retire"),
    vague("during her presidency", CALENDAR, id="presidency"),
    vague("by the end of our fiscal year", FISCAL, id="end-of-fiscal-year"),
    vague("before the midterms", f"{EVENT}the midterms", id="midterms"),
    vague("by the next Olympics", f"{EVENT}the next Olympics", id="next-olympics"),
    vague("in the next fiscal year", FISCAL, id="next-fiscal-year"),
    vague("over the course of my career", CALENDAR, id="career"),
    none("Our FY23 results were strong", id="past-fiscal-year"),
]

SAID_ON_OR_BEFORE = [
    none("Quarterly investor call, 3 August 2023", date(2023, 8, 3), id="heading-day"),
    none(
        "Panel: Energy Outlook 2030 — Oslo, March 2022",
        date(2022, 3, 1),
        MONTH,
        id="heading-month",
    ),
    none("by March 2024", date(2024, 3, 1), MONTH, id="same-month-day-unknown"),
    none("by 14 March 2024", id="same-day"),
    none("by the end of the day", id="end-of-the-day"),
    none("in 2024", date(2024, 1, 1), YEAR, id="same-year-month-unknown"),
    dated("by 15 March 2024", date(2024, 3, 15), DAY, id="the-next-day"),
    dated("by Christmas", date(2023, 12, 25), DAY, date(2022, 12, 25), id="christmas-on-the-day"),
    none("this year", date(2023, 12, 31), id="this-year-on-its-last-day"),
    none("before 2024", date(2023, 1, 1), YEAR, id="before-next-year-month-unknown"),
    dated("by March 2024", date(2024, 3, 31), MONTH, date(2024, 2, 1), MONTH, id="next-month"),
]

NOT_HORIZONS = [
    none("We heard from May that the deal is on", id="from-may"),
    none("We talked about March's numbers", id="about-march"),
    none("Two years after launch, the company was sold.", id="past-after-launch"),
    none("We have 100 million users", id="count"),
    none("That phone is years ahead of its time", id="ahead-of-its-time"),
    # A negated duration up to now is the past, not a lower bound.
    none("We've had no growth for 20 years.", id="perfect-no-growth-for"),
    none("There has been no rate cut for two years.", id="perfect-no-cut-for"),
    none("We haven't had a recession for a decade.", id="perfect-havent-had-for"),
    none("No one has built a reactor here for 30 years.", id="perfect-no-one-built-for"),
]

SPOKEN = (
    LOWER_BOUNDS
    + NEGATED
    + APPROXIMATIONS
    + EVENTS
    + RANGES
    + PERIOD_PARTS
    + SHORTHAND
    + CALENDARS
    + SAID_ON_OR_BEFORE
    + NOT_HORIZONS
)


@pytest.mark.parametrize(
    ("text", "said_on", "said", "kind", "deadline", "precision", "why"), SPOKEN
)
def test_parse_horizon_as_spoken(text, said_on, said, kind, deadline, precision, why):  # noqa: PLR0917
    result = parse_horizon(text, said_on=said_on, precision=said)

    assert (result.kind, result.deadline, result.precision) == (kind, deadline, precision)
    if kind is DATED:
        assert result.deadline > said_on
    if kind is VAGUE:
        assert result.rule.startswith(f"'{result.phrase}' ")
        assert why in result.rule
        assert result.rule.endswith("no date derived, a curator must decide")


def test_a_lower_bound_names_the_words_it_read():
    result = parse_horizon("Honestly? It won't happen until 2031.", said_on=SAID)

    assert result.phrase == "until 2031"
    assert result.rule == (
        "'until 2031' is a lower bound: says when it will not happen, not by when it must "
        "have: no date derived, a curator must decide"
    )


def test_a_negated_before_is_a_lower_bound_whose_remark_names_the_day_a_denial_is_judged():
    negated = parse_horizon("Rates will not be cut before the summer.", said_on=SAID)
    plain = parse_horizon("Rates will be cut before the summer.", said_on=SAID)

    assert (negated.kind, negated.deadline, negated.phrase) == (VAGUE, None, plain.phrase)
    assert negated.rule == (
        "'before the summer' is a lower bound, read with “not”: says it will not happen before"
        " meteorological summer 2024, not by when it will: no date derived, a curator must decide"
    )
    assert negated.remark == (
        "lower bound: “before the summer”, read with “not”, says it will not happen before"
        " meteorological summer 2024, not by when it will: no deadline is taken; as a denial it"
        " is judged on 31 May 2024, or give the deadline the speaker means"
    )
    assert (plain.kind, plain.deadline, plain.remark) == (DATED, date(2024, 5, 31), "")


def test_an_approximation_names_the_period_it_is_about():
    result = parse_horizon("Quantum advantage around 2033.", said_on=SAID)

    assert result.rule == (
        "'around 2033' is approximate (about end of 2033, 31 December 2033): no date "
        "derived, a curator must decide"
    )


def test_a_duration_from_an_event_names_the_event():
    result = parse_horizon("Expect it eighteen months after the IPO.", said_on=SAID)

    assert result.phrase == "eighteen months after the IPO"
    assert "counted from an event with no date: the IPO:" in result.rule
