"""Table tests: a split financial year in a document that speaks of financial years, a
forecast that runs into a weekday, and a harvest named by its year.

- "by the end of 2026–27" in a document that speaks of financial years is the financial year
  2026–27: the end of the month the document declares its year to end in (31 March 2027 for
  a year ending in March), or 30 June 2027, the latest of the usual ends, with a remark
  asking, when it declares none. A document that never speaks of financial years reads it as
  before (the end of 2027), and a school year keeps its own rule.
- "from Tuesday night into Thursday" in a bulletin's passive forecast ("gales are expected
  over the firth …") is due on the Thursday: the later day, the first such day after the one
  it was said. Words of the past ("we talked into Saturday") have no horizon.
- "by harvest 2026" names no day: the end of 2026, the latest honest deadline, with a remark
  asking; "before harvest 2026" is vague.
"""

import datetime

import pytest

from claims.choices import DatePrecision
from claims.horizons import HorizonKind, parse_horizon
from claims.importing.horizon_readings import fiscal_year_of, read_horizon

SAID = datetime.date(2025, 9, 17)  # a Wednesday
SPEAKS = b"Chair: What was spent on travel this financial year?\n"
MARCH = b"Our financial year runs from April to March.\n"
SILENT = b"Minutes of the harbour board.\n"

# (document, what is said, deadline, a remark asked, why)
SPLIT_YEARS = [
    (SPEAKS, "We will finish all four by the end of 2026–27.", datetime.date(2027, 6, 30),
     True, "no month declared: 30 June, asked"),
    (SPEAKS, "The upgrade will be finished by the end of 2026-27.",
     datetime.date(2027, 6, 30), True, "a hyphen, not a dash"),
    (SPEAKS, "It will be done by the end of the 2027–28 financial year.",
     datetime.date(2028, 6, 30), True, "the financial year named after it"),
    (MARCH, "We will finish all four by the end of 2026–27.", datetime.date(2027, 3, 31),
     False, "the declared month"),
    # Near misses: read as before.
    (SILENT, "We will finish all four by the end of 2026–27.", datetime.date(2027, 12, 31),
     False, "no financial years spoken of"),
    (SPEAKS, "The annex opens in the 2026-27 school year.", datetime.date(2027, 8, 31), True,
     "a school year's own rule"),
    (SPEAKS, "We will finish it by 2027.", datetime.date(2027, 12, 31), False,
     "a single year"),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "deadline", "asked", "why"), SPLIT_YEARS)
def test_a_split_year_is_a_financial_year_where_the_document_speaks_of_them(
    document, text, deadline, asked, why
):
    with fiscal_year_of(document):
        reading = read_horizon(text, SAID)
    assert reading.kind == HorizonKind.DATED, why
    assert reading.deadline == deadline, why
    assert bool(reading.remark) == asked, why


def test_an_assumed_financial_year_says_so_and_has_month_precision():
    with fiscal_year_of(SPEAKS):
        reading = read_horizon("All six will be delivered by the end of 2028–29.", SAID)
    assert reading.precision == DatePrecision.MONTH
    assert "30 June 2029, the latest, is taken" in reading.remark


# (what is said, deadline or None, why)
INTO_A_WEEKDAY = [
    ("Gales are expected over the firth from Tuesday night into Thursday.",
     datetime.date(2025, 9, 18), "the later day"),
    ("Heavy rain is forecast across the hills into Saturday.", datetime.date(2025, 9, 20),
     "a bulletin's passive"),
    ("Snow is expected from Friday evening into Sunday morning.",
     datetime.date(2025, 9, 21), "a time of day after it"),
    ("Fog is expected by Monday.", datetime.date(2025, 9, 22), "'by' with the passive"),
    ("Swells will build into Wednesday.", datetime.date(2025, 9, 24),
     "said on a Wednesday: the next one"),
    # Near misses: the past, no horizon.
    ("We sat on Tuesday and talked into Thursday.", None, "the past"),
    ("The storm was expected in the spring.", None, "a past expectation"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "deadline", "why"), INTO_A_WEEKDAY)
def test_a_forecast_into_a_weekday_is_due_that_day(text, deadline, why):
    reading = parse_horizon(text, said_on=SAID)
    if deadline is None:
        assert reading.kind != HorizonKind.DATED, why
    else:
        assert (reading.kind, reading.deadline) == (HorizonKind.DATED, deadline), why


# (what is said, kind, deadline, why)
HARVESTS = [
    ("The co-op will have the new drier by harvest 2026.", HorizonKind.DATED,
     datetime.date(2026, 12, 31), "the latest day of that harvest's year"),
    ("We'll finish the grain store in time for the 2027 harvest.", HorizonKind.DATED,
     datetime.date(2027, 12, 31), "the year first"),
    ("The new press will be working before harvest 2026.", HorizonKind.VAGUE, None,
     "its first day is not known"),
    # Near miss: the past.
    ("The 2024 harvest was poor.", HorizonKind.NONE, None, "the past"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "deadline", "why"), HARVESTS)
def test_a_harvest_by_its_year_takes_the_latest_day_and_asks(text, kind, deadline, why):
    reading = parse_horizon(text, said_on=SAID)
    assert (reading.kind, reading.deadline) == (kind, deadline), why
    if kind == HorizonKind.DATED:
        assert "a harvest's days depend on the crop and the place" in reading.remark
