"""Table tests: horizons whose end the words do not give, and fiscal years a document dates.

- A person's life ("in my kids' lifetime", "before I'm 50", "within the next generation")
  and a term of office or a sitting ("before this government leaves office", "by the end of
  the legislative session") have no knowable deadline: vague, with the reason for the curator.
- An event named by its year ("before the 2028 election") falls in that year, on a day not
  given: the end of the year, year precision, with a remark asking for the day.
- A fiscal year ("FY27", "Q3 FY27", "next fiscal year") is vague, unless the month its year
  ends in is given (``fiscal_year_end``, from the document's declaration): then dated.
- None of these gives a deadline on or before the day it was said.
No database.
"""

from datetime import date

import pytest

from claims.choices import DatePrecision
from claims.horizons import HorizonKind, parse_horizon
from claims.horizons.fiscal import declared_fiscal_year_end

DAY, MONTH, YEAR = DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR
SAID = date(2024, 3, 14)
LIFE = "depends on a person's life"
CALENDAR = "depends on a personal or institutional calendar"
EVENT = "is tied to an event with no date"
LOWER = "is a lower bound"
FISCAL = "follows a fiscal calendar"


def vague(text, why, said_on=SAID, *, id):
    return pytest.param(text, why, said_on, id=id)


LIVES = [
    # (what a speaker says, the reason the rule gives)
    vague("We'll cure most cancers in my kids' lifetime.", LIFE, id="kids-lifetime"),
    vague("It'll happen in our children's lifetime, not ours.", LIFE, id="children-lifetime"),
    vague("Maybe in my grandchildren's lifetime.", LIFE, id="grandchildren-lifetime"),
    vague("Fusion won't power homes in our kids' lifetimes.", LIFE, id="kids-lifetimes"),
    vague("I'll see it within my children's lifetime, I'm sure.", LIFE, id="within-children"),
    vague("In my daughter's lifetime, nobody will own a car.", LIFE, id="daughters-lifetime"),
    vague("It'll be solved before I'm dead.", LIFE, id="before-im-dead"),
    vague("Before I'm 50, I'll have retired on crypto.", LIFE, id="before-im-50"),
    vague("By the time I'm 60, nobody will drive.", LIFE, id="by-the-time-im-60"),
    vague("Before we're old, robots will cook for us.", LIFE, id="before-were-old"),
    vague("Before I'm gone, I'll see a human on Mars.", LIFE, id="before-im-gone"),
    vague("By the time they're forty, nobody will own a house.", LIFE, id="theyre-forty"),
    vague("In my old age, robots will look after me.", LIFE, id="old-age"),
    vague("Within the next generation, coal will be gone.", LIFE, id="next-generation"),
    vague("Over the coming generation we'll see it change.", LIFE, id="coming-generation"),
    vague("In two generations, nobody will remember the euro.", LIFE, id="two-generations"),
    vague("Within a couple of generations it'll be normal.", LIFE, id="couple-generations"),
    # Already vague, and kept so: the words say the horizon has no date.
    vague("We'll see fusion power in my lifetime.", "too vague to date", id="my-lifetime"),
    vague("Within a generation, coal will be gone.", "too vague to date", id="a-generation"),
    vague("I'll see a human on Mars before I die.", f"{EVENT}: I die", id="before-i-die"),
    vague("We'll have a cure before I retire.", f"{EVENT}: I retire", id="before-i-retire"),
    vague(
        "By the time my daughter goes to college, tuition will double.",
        f"{EVENT}: my daughter goes to college",
        id="daughter-college",
    ),
    vague("Cancer will be curable in our lifetime.", "too vague to date", id="our-lifetime"),
    vague("Within my lifetime we'll see AGI.", CALENDAR, id="within-my-lifetime"),
]

TERMS = [
    vague("We'll pass it before the end of this parliament.", CALENDAR, id="this-parliament"),
    vague("We will balance the budget by the end of this term.", CALENDAR, id="this-term"),
    vague(
        "Before the next election, taxes will go up.",
        f"{EVENT}: the next election",
        id="next-election",
    ),
    vague("By the end of his presidency, the wall will be built.", CALENDAR, id="presidency"),
    vague(
        "Before this government leaves office, we'll see the deal.",
        CALENDAR,
        id="government-leaves-office",
    ),
    vague(
        "By the end of the legislative session the bill will pass.",
        CALENDAR,
        id="legislative-session",
    ),
    vague("It'll be law by the end of the parliamentary term.", CALENDAR, id="parliamentary"),
    vague("Before the end of Biden's term, the law will pass.", CALENDAR, id="named-term"),
    vague(
        "By the end of Macron's presidency the pension age will be 64.",
        CALENDAR,
        id="named-presidency",
    ),
    vague("Before Congress adjourns, they'll pass the bill.", CALENDAR, id="congress-adjourns"),
    vague("Until parliament rises, nothing will change.", CALENDAR, id="parliament-rises"),
    vague("Within the current parliament we'll legislate.", CALENDAR, id="current-parliament"),
    vague("In his second term, he'll pardon them all.", CALENDAR, id="second-term"),
    vague(
        "By the time this administration leaves office, tariffs will be gone.",
        CALENDAR,
        id="administration-leaves",
    ),
    vague("Before the end of the current Congress it passes.", CALENDAR, id="current-congress"),
    vague("After the 2028 election, everything will change.", LOWER, id="after-2028-election"),
]


@pytest.mark.parametrize(("text", "why", "said_on"), LIVES + TERMS)
def test_a_life_or_a_term_gives_no_deadline_and_says_why(text, why, said_on):
    result = parse_horizon(text, said_on=said_on, precision=DAY)

    assert result.kind is HorizonKind.VAGUE, result
    assert result.deadline is None
    assert result.precision is None
    assert why in result.rule
    assert "a curator must decide" in result.rule
    assert result.phrase.lower() in text.lower()


@pytest.mark.parametrize(
    "text",
    [
        "The next generation of chips will ship in two generations of products.",
        "The kids' lifetime supply of cereal arrived.",
        "I was 50 before I knew it.",
        "In my kids' lifetime they never had a landline.",  # told in the past: no horizon
        "Before it's time to go, we talk.",
    ],
)
def test_words_of_a_life_or_a_term_that_are_no_horizon(text):
    assert parse_horizon(text, said_on=SAID).kind is HorizonKind.NONE


YEAR_EVENTS = [
    # (text, said on, deadline): the end of the event's year, at year precision
    ("Before the 2028 election, it will be on the ballot.", SAID, date(2028, 12, 31)),
    ("By the 2026 midterms, inflation will be down to 2%.", SAID, date(2026, 12, 31)),
    ("Ahead of the 2027 general election, taxes will be cut.", SAID, date(2027, 12, 31)),
    ("Flying taxis will be in LA by the 2028 Olympics.", SAID, date(2028, 12, 31)),
    ("She will win in the 2028 presidential election.", SAID, date(2028, 12, 31)),
    ("The Fed will cut before the 2024 election.", SAID, date(2024, 12, 31)),
    ("Before the 2030 World Cup, the stadium will be built.", SAID, date(2030, 12, 31)),
]


@pytest.mark.parametrize(("text", "said_on", "deadline"), YEAR_EVENTS)
def test_an_event_named_by_its_year_is_that_years_end_and_asks_the_day(text, said_on, deadline):
    result = parse_horizon(text, said_on=said_on, precision=DAY)

    assert (result.kind, result.deadline, result.precision) == (
        HorizonKind.DATED,
        deadline,
        YEAR,
    )
    assert "its day is not" in result.remark
    assert f"the end of {deadline.year} is taken" in result.remark


@pytest.mark.parametrize(
    ("text", "said_on", "precision"),
    [
        ("The Fed will cut before the 2022 election.", SAID, DAY),  # that election is over
        ("Before the 2024 election, the Fed will cut.", date(2024, 1, 1), YEAR),  # may be over
        ("By the 2020 Olympics we'll have it.", SAID, DAY),
        ("Before the 2028 election we had raised $10M.", SAID, DAY),  # narration
    ],
)
def test_an_event_year_on_or_before_the_said_on_date_is_no_horizon(text, said_on, precision):
    result = parse_horizon(text, said_on=said_on, precision=precision)

    assert result.kind is HorizonKind.NONE
    assert result.deadline is None


FISCAL_ROWS = [
    # (text, fiscal year ends in, said on, deadline)
    ("Revenue will double in FY27.", 6, SAID, date(2027, 6, 30)),
    ("Revenue will double in FY27.", 9, SAID, date(2027, 9, 30)),
    ("Revenue will double in FY27.", 3, SAID, date(2027, 3, 31)),
    ("Revenue will double in FY27.", 12, SAID, date(2027, 12, 31)),
    ("We expect margins to improve in fiscal 2027.", 6, SAID, date(2027, 6, 30)),
    ("We'll be cash-flow positive by FY2026.", 9, SAID, date(2026, 9, 30)),
    ("We'll hit breakeven in fiscal year 2026.", 1, SAID, date(2026, 1, 31)),
    ("Q3 FY27 will be the inflection point.", 6, SAID, date(2027, 3, 31)),
    ("Q3 FY27 will be the inflection point.", 9, SAID, date(2027, 6, 30)),
    ("Q1 FY25 should show the recovery.", 6, SAID, date(2024, 9, 30)),
    ("Q4 FY25 will be our biggest quarter.", 3, SAID, date(2025, 3, 31)),
    ("H1 FY26 will be tough.", 6, SAID, date(2025, 12, 31)),
    ("2H FY25 ramps with the new fab.", 9, SAID, date(2025, 9, 30)),
    ("By the end of our fiscal year, we'll be profitable.", 6, SAID, date(2024, 6, 30)),
    ("By the end of our fiscal year, we'll be profitable.", 6, date(2024, 7, 1), date(2025, 6, 30)),
    ("In the next fiscal year we'll grow 20%.", 6, SAID, date(2025, 6, 30)),
    ("In the next fiscal year we'll grow 20%.", 3, SAID, date(2025, 3, 31)),
    ("Before FY27, we'll double the sales team.", 6, SAID, date(2026, 6, 30)),
    ("We will ship it by the end of FY24.", 9, SAID, date(2024, 9, 30)),
    # A quarter named in words: of the fiscal year said in, or the next one when it is over.
    ("We will cut net debt by the end of our third fiscal quarter.", 6, SAID, date(2024, 3, 31)),
    (
        "We will cut net debt by the end of our third fiscal quarter.",
        6,
        date(2024, 4, 2),
        date(2025, 3, 31),
    ),
    ("Margins recover in our first fiscal quarter.", 6, SAID, date(2024, 9, 30)),
    ("Margins recover in the fiscal fourth quarter.", 9, SAID, date(2024, 9, 30)),
    ("The fab opens by the end of fiscal Q2.", 3, SAID, date(2024, 9, 30)),
    ("The fab opens in Q3 of fiscal 2025.", 6, SAID, date(2025, 3, 31)),
    ("The fab opens in the third quarter of fiscal 2026.", 6, SAID, date(2026, 3, 31)),
    ("The fab opens in the second quarter of FY26.", 9, SAID, date(2026, 3, 31)),
]


@pytest.mark.parametrize(("text", "end_month", "said_on", "deadline"), FISCAL_ROWS)
def test_a_fiscal_period_is_dated_when_its_year_end_is_declared(text, end_month, said_on, deadline):
    result = parse_horizon(text, said_on=said_on, precision=DAY, fiscal_year_end=end_month)

    assert (result.kind, result.deadline, result.precision) == (
        HorizonKind.DATED,
        deadline,
        MONTH,
    ), result.rule
    assert "named by the year it ends in" in result.rule


@pytest.mark.parametrize(("text", "_end_month", "said_on", "_deadline"), FISCAL_ROWS)
def test_a_fiscal_period_stays_vague_without_a_declared_year_end(
    text, _end_month, said_on, _deadline
):
    result = parse_horizon(text, said_on=said_on, precision=DAY)

    assert result.kind is HorizonKind.VAGUE
    assert FISCAL in result.rule


@pytest.mark.parametrize(
    ("text", "end_month", "said_on", "precision"),
    [
        ("FY24 will be a record.", 6, date(2024, 10, 14), DAY),  # ended in June 2024
        ("FY24 will be a record.", 9, date(2024, 9, 30), DAY),  # ends the day it is said
        ("Q3 FY24 will be strong.", 6, date(2024, 4, 2), DAY),  # January to March 2024
        ("By the end of FY2025 we'll be profitable.", 6, date(2025, 1, 1), YEAR),  # may be over
        ("Our FY25 results were strong.", 9, SAID, DAY),  # told in the past
        ("Last fiscal year was hard.", 6, SAID, DAY),
    ],
)
def test_a_fiscal_period_over_when_said_is_no_horizon(text, end_month, said_on, precision):
    result = parse_horizon(text, said_on=said_on, precision=precision, fiscal_year_end=end_month)

    assert result.kind is HorizonKind.NONE
    assert result.deadline is None


@pytest.mark.parametrize("month", [0, 13, -1])
def test_a_fiscal_year_end_must_be_a_month(month):
    with pytest.raises(ValueError, match="fiscal_year_end"):
        parse_horizon("FY27", said_on=SAID, fiscal_year_end=month)


@pytest.mark.parametrize(
    ("document", "month"),
    [
        ("Our fiscal year ends in June.", 6),
        ("Results for the fiscal year ending 30 September 2027 follow.", 9),
        ("Our financial year runs from July to June.", 6),
        ("Our fiscal year runs July through June.", 6),
        ("Note: FY ends March 31.", 3),
        ("Figures are for the financial year to 31 March 2026.", 3),
        ("Our fiscal year ends on the last Saturday of September.", 9),
        ("Fiscal year end: June 30.", 6),
        ("For the fiscal year ended June 30, 2025, revenue grew 12%.", 6),
        ("FY2025 ended in March; FY2026 ends in March too.", 3),
        ("Our fiscal year is the calendar year.", 12),
        ("Our fiscal year-end is December.", 12),
        ("We'll beat FY27 guidance in June.", None),  # a fiscal year, no declaration
        ("Fiscal policy is tight in June.", None),
        ("The financial crisis of June 2008 changed us.", None),
        # Two months declared: which is the speaker's is not known.
        ("Apple's fiscal year ends in September; our fiscal year ends in June.", None),
        ("Nothing about years here.", None),
    ],
)
def test_a_documents_fiscal_year_end_is_read_from_its_declaration(document, month):
    assert declared_fiscal_year_end(document) == month
