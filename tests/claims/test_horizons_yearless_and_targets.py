"""The horizon parser on periods said without their year, targets named by their year, and
spans "until" a half or a quarter (no database).

Guidance names a quarter, a half or "the full year" without its year ("we expect margins to
improve in the fourth quarter", "for the full year we see revenue of about 4 billion",
"second-half growth"). The said-on date makes the period knowable: its next occurrence not
yet over (a quarter already past this year is next year's). What was assumed is said in
the remark: which year, and that a fiscal calendar may place the months elsewhere. A target
named by its year ("its 2030 renewables target") is due at that year's end, with a remark
that the target's own date may differ. "Until the second half of 2026" is due at the end of
that half, with a remark that the start may be meant. The rules are in docs/horizons.md.
"""

from datetime import date

import pytest

from claims.choices import DatePrecision
from claims.horizons import HorizonKind, parse_horizon

DAY, MONTH, YEAR = DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR
DATED, VAGUE, NONE = HorizonKind.DATED, HorizonKind.VAGUE, HorizonKind.NONE
AUG_6 = date(2025, 8, 6)  # a second-quarter earnings call
NOV_20 = date(2025, 11, 20)
FEB_10 = date(2025, 2, 10)
NO_YEAR = "names no year"
FISCAL_Q = "taken as a calendar quarter"
FULL = "is taken as calendar"
TARGET = "names a target by its year"
SPAN = "where the span ends"


@pytest.mark.parametrize(
    ("text", "said_on", "said", "deadline", "remark"),
    [
        # A quarter without its year: the next one not yet over.
        ("We expect margins to improve in the fourth quarter.", AUG_6, DAY, date(2025, 12, 31),
         "Q4 2025 is taken, this year's, not yet begun"),
        ("Growth should pick up in the third quarter.", AUG_6, DAY, date(2025, 9, 30),
         "Q3 2025 is taken, the one under way"),
        ("Growth should pick up in the third quarter.", NOV_20, DAY, date(2026, 9, 30),
         "Q3 2026 is taken, the first that ends after it was said"),
        ("We expect the first quarter to be seasonally weak.", AUG_6, DAY, date(2026, 3, 31),
         "Q1 2026 is taken"),
        ("Fourth-quarter margins will improve.", AUG_6, DAY, date(2025, 12, 31), NO_YEAR),
        ("Q4 margins will be north of 40%.", AUG_6, DAY, date(2025, 12, 31), NO_YEAR),
        ("Third-quarter revenue is expected to be $1.2 billion.", AUG_6, DAY,
         date(2025, 9, 30), NO_YEAR),
        ("Prices are expected to fall in the fourth quarter.", AUG_6, DAY, date(2025, 12, 31),
         NO_YEAR),
        ("We see a seasonally strong December quarter, so the 4th quarter should be our best.",
         AUG_6, DAY, date(2025, 12, 31), NO_YEAR),
        ("in the fourth quarter", date(2025, 1, 1), YEAR, date(2026, 12, 31), NO_YEAR),
        # "Next quarter", "this quarter": calendar quarters, asked.
        ("Next quarter we expect gross margin of 41%.", AUG_6, DAY, date(2025, 12, 31), FISCAL_Q),
        ("By the end of the quarter we'll have shipped it.", FEB_10, DAY, date(2025, 3, 31),
         FISCAL_Q),
        # A half without its year.
        ("We are guiding to second-half growth in the mid single digits.", AUG_6, DAY,
         date(2025, 12, 31), "H2 2025 is taken, the one under way"),
        ("We expect growth in the second half.", FEB_10, DAY, date(2025, 12, 31),
         "H2 2025 is taken, this year's, not yet begun"),
        ("We expect growth in the second half.", NOV_20, DAY, date(2026, 12, 31),
         "H2 2026 is taken"),
        ("The back half of the year will be stronger.", AUG_6, DAY, date(2025, 12, 31), NO_YEAR),
        ("Demand should recover in the first half.", AUG_6, DAY, date(2026, 6, 30),
         "H1 2026 is taken"),
        ("In H2 we expect a recovery.", AUG_6, DAY, date(2025, 12, 31), NO_YEAR),
        # The full year: the said-on calendar year.
        ("For the full year we see revenue of about 4 billion.", AUG_6, DAY, date(2025, 12, 31),
         "“For the full year” is taken as calendar 2025"),
        ("Full-year revenue will be about 4 billion.", AUG_6, DAY, date(2025, 12, 31), FULL),
        ("We're reiterating our full year guidance of 12% growth.", FEB_10, DAY,
         date(2025, 12, 31), FULL),
        ("Over the whole year we expect flat volumes.", date(2025, 3, 1), MONTH,
         date(2025, 12, 31), FULL),
        # A target named by its year: the end of that year.
        ("Germany will miss its 2030 renewables target.", AUG_6, DAY, date(2030, 12, 31),
         "“2030 renewables target” names a target by its year: the end of 2030 is taken"),
        ("The 2025 goal will not be met.", AUG_6, DAY, date(2025, 12, 31), TARGET),
        ("They will not hit the 2050 net-zero pledge.", AUG_6, DAY, date(2050, 12, 31), TARGET),
        ("The EU's 2040 climate target is out of reach.", AUG_6, DAY, date(2040, 12, 31), TARGET),
        ("Britain is on course to meet its 2035 emissions goal.", AUG_6, DAY,
         date(2035, 12, 31), TARGET),
        ("The council will scrap the 2028 housing targets.", AUG_6, DAY, date(2028, 12, 31),
         TARGET),
        # "Until" a half or a quarter: its end, asked.
        ("Rates will stay high until the second half of 2026.", AUG_6, DAY, date(2026, 12, 31),
         "“until the second half of 2026”: the deadline is the end of H2 2026, where the span"
         " ends"),
        ("Prices stay elevated till Q3 2026.", AUG_6, DAY, date(2026, 9, 30), SPAN),
        ("Inventory will be tight until 1H27.", AUG_6, DAY, date(2027, 6, 30), SPAN),
    ],
)  # fmt: skip
def test_a_period_said_without_its_year_or_a_target_is_dated_and_asked(
    text, said_on, said, deadline, remark
):
    result = parse_horizon(text, said_on=said_on, precision=said)
    assert (result.kind, result.deadline) == (DATED, deadline), result.rule
    assert remark in result.remark, result.remark


@pytest.mark.parametrize(
    ("text", "said_on", "said", "kind"),
    [
        # Told in the past, or a duration: no horizon.
        ("Full-year revenue grew 5%.", AUG_6, DAY, NONE),
        ("Q4 was strong.", AUG_6, DAY, NONE),
        ("We will run the pilot for a full year.", AUG_6, DAY, NONE),
        ("It was his second quarter as CEO, and he will stay.", AUG_6, DAY, NONE),
        ("A second half-point cut is coming.", AUG_6, DAY, NONE),
        ("We scored in the second half of the game.", AUG_6, DAY, NONE),
        # A target whose year is over, or with no determiner before its year.
        ("They missed the 2020 target.", AUG_6, DAY, NONE),
        ("The bank reaffirmed its 2026 targets.", AUG_6, DAY, NONE),
        # With only the year known, a half may be this year's or next year's.
        ("We expect growth in the second half.", date(2025, 1, 1), YEAR, VAGUE),
    ],
)
def test_what_is_no_yearless_period_or_target(text, said_on, said, kind):
    assert parse_horizon(text, said_on=said_on, precision=said).kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "Rates will fall in 2026.",
        "Prices will stay high through Q3 2026.",  # "through" includes the quarter: no doubt
        "in Q3 2026",
        "Solar will be cheapest by 2030.",
    ],
)
def test_a_period_with_its_year_needs_no_remark(text):
    assert parse_horizon(text, said_on=AUG_6, precision=DAY).remark == ""


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        # A year's guidance or outlook is a forecast for that year: its end, no remark.
        ("2026 operating expense guidance remains $280-300 million.", date(2026, 12, 31)),
        ("Our 2027 revenue guidance is $1.2 billion.", date(2027, 12, 31)),
        ("The 2027 outlook assumes two rate cuts.", date(2027, 12, 31)),
        ("The 2028 sales forecast is $3 billion.", date(2028, 12, 31)),
    ],
)
def test_a_years_guidance_is_that_years_forecast(text, deadline):
    result = parse_horizon(text, said_on=AUG_6, precision=DAY)
    assert (result.kind, result.deadline) == (DATED, deadline), result.rule
    assert result.remark == ""


@pytest.mark.parametrize(
    "text",
    [
        "The 2024 guidance was missed.",  # a year over
        "We beat 2025 guidance last year.",  # told of the past
    ],
)
def test_guidance_for_a_year_gone_is_no_horizon(text):
    assert parse_horizon(text, said_on=AUG_6, precision=DAY).kind == NONE
