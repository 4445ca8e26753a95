"""Table tests: a period said to run out after "before" is dated at its end; a part of a
year or a decade counted from the day said is dated with a remark asking; a fiscal year that
ends early in the calendar year is named either way, which a remark asks about unless the
document pairs it with its end.

Rule: "before fiscal 2028 is out" is "by the end of fiscal 2028"; a fiscal year is named by
the calendar year it ends in (Walmart's and Salesforce's fiscal 2025 ended on 31 January
2025), though some retailers name it by the year it starts in (Target's fiscal 2024 ended on
1 February 2025).
"""

import datetime

import pytest

from claims.horizons import HorizonKind, parse_horizon
from claims.horizons.fiscal import declared_fiscal_year_end, fiscal_years_named_by_end
from claims.importing.horizon_readings import fiscal_year_of, read_horizon

D = datetime.date
SAID_ON = D(2026, 11, 24)


RUNS_OUT = [
    ("We will ship the arm before fiscal 2028 is out.", 1, D(2028, 1, 31)),
    ("We will ship it before fiscal 2028 is over.", 1, D(2028, 1, 31)),
    ("We will ship it before 2028 is out.", None, D(2028, 12, 31)),
    ("It will open before March ends.", None, D(2027, 3, 31)),
    ("It opens before 2027 is done.", None, D(2027, 12, 31)),
    # Near-misses: "before" alone is the day before the period starts.
    ("We will ship it before fiscal 2028.", 1, D(2027, 1, 31)),
    ("We will ship it before 2028.", None, D(2027, 12, 31)),
    ("It will open before March.", None, D(2027, 2, 28)),
]


@pytest.mark.parametrize(("text", "fiscal", "deadline"), RUNS_OUT)
def test_a_period_said_to_run_out_is_dated_at_its_end(text, fiscal, deadline):
    found = parse_horizon(text, said_on=SAID_ON, fiscal_year_end=fiscal)
    assert (found.kind, found.deadline) == (HorizonKind.DATED, deadline)


def test_a_denied_period_running_out_stays_a_lower_bound():
    found = parse_horizon("It won't happen before 2028 is out.", said_on=SAID_ON)
    assert (found.kind, found.deadline) == (HorizonKind.VAGUE, None)


ROUND = [
    ("Prices will double within a decade.", D(2036, 11, 24), "within a decade"),
    ("Fusion arrives within two decades.", D(2046, 11, 24), "within two decades"),
    ("It will open in mid-2027.", D(2027, 6, 30), "in mid-2027"),
    ("Prices fall by early 2028.", D(2028, 4, 30), "by early 2028"),
]


@pytest.mark.parametrize(("text", "deadline", "phrase"), ROUND)
def test_a_round_or_partial_horizon_is_dated_with_a_remark(text, deadline, phrase):
    found = parse_horizon(text, said_on=SAID_ON)
    assert found.deadline == deadline
    assert f"“{phrase}”" in found.remark
    assert "check the deadline" in found.remark


@pytest.mark.parametrize(
    "text", ["It ships in ten years.", "It opens in June 2027.", "Rates fall by the end of 2027."]
)
def test_a_horizon_with_its_day_has_no_such_remark(text):
    assert parse_horizon(text, said_on=SAID_ON).remark == ""


NAMING = [
    ("Our fiscal year ends January 31, so fiscal 2028 closes on January 31, 2028.", True),
    ("FY2028 ends 31 January 2028.", True),
    ("Our fiscal 2027 ends on February 1, 2028.", False),
    ("Our fiscal year ends January 31.", None),
    ("Revenue for fiscal 2026 rose 12%.", None),
]


@pytest.mark.parametrize(("text", "by_end"), NAMING)
def test_how_a_document_names_its_fiscal_years(text, by_end):
    assert fiscal_years_named_by_end(text) is by_end


SHIP = "We will ship the Hawk picking arm to paying customers before fiscal 2028 is out."


@pytest.mark.parametrize(
    ("declaration", "asked"),
    [
        ("Our fiscal year ends January 31, so fiscal 2028 closes on January 31, 2028.", False),
        ("Our fiscal year ends January 31.", True),
        ("Our fiscal year ends in June.", False),  # a year ending mid-calendar: one naming
    ],
)
def test_a_fiscal_year_ending_in_january_is_asked_unless_the_document_pairs_it(declaration, asked):
    with fiscal_year_of(f"{declaration}\n{SHIP}\n".encode()):
        found = read_horizon(SHIP, said_on=SAID_ON)
    assert found.kind == HorizonKind.DATED
    assert ("also name it by the year it starts in" in found.remark) is asked


DECLARED_WITH_DASHES = [
    ("(Note: the co-op's fiscal year runs 1 October – 30 September.)", 9),
    ("Our fiscal year runs October–September.", 9),
    ("The fiscal year runs 1 October - 30 September.", 9),
    ("Fiscal year: July 1 — June 30.", 6),
    ("Our fiscal year runs from July to June.", 6),
    ("Our fiscal year ends in June.", 6),
]


@pytest.mark.parametrize(("text", "month"), DECLARED_WITH_DASHES)
def test_a_fiscal_year_declared_with_a_dash_ends_in_its_second_month(text, month):
    assert declared_fiscal_year_end(text) == month


def test_a_fiscal_year_declared_with_a_dash_dates_its_years():
    minutes = "- (Note: the co-op's fiscal year runs 1 October – 30 September.)\n"
    line = "TRC expects the co-op to break even in FY2027."
    with fiscal_year_of(f"{minutes}{line}\n".encode()):
        found = read_horizon(line, said_on=SAID_ON)
    assert found.deadline == D(2027, 9, 30)
