"""Table test: a document that declares when its fiscal year ends ("Our fiscal year ends in
June") has its fiscal horizons ("FY27", "Q3 FY27") dated by that month; without the
declaration they stay undated, and the curator is asked when the fiscal year ends."""

import datetime

import pytest

from claims.importing.horizon_readings import read_horizon
from claims.importing.services import ImportOptions, SourceChoice, import_plan

pytestmark = pytest.mark.django_db

SAID = datetime.date(2025, 8, 6)


def _plan(lines: list[str]):
    source = SourceChoice(title="Q4 call", published_on=SAID, precision="day")
    text = "\n\n".join(["Call with Dana Lee", *lines])
    return import_plan(
        data=f"{text}\n".encode(),
        file_name="notes.txt",
        options=ImportOptions(source=source, speakers={"": "Dana Lee"}),
    )


FY_LINE = "We expect revenue to double by the end of FY27."


@pytest.mark.parametrize(
    ("declaration", "deadline"),
    [
        ("Our fiscal year ends in June.", datetime.date(2027, 6, 30)),
        ("Note: our fiscal year ends on 30 September.", datetime.date(2027, 9, 30)),
        ("Our financial year runs from April to March.", datetime.date(2027, 3, 31)),
        ("Our fiscal year is the calendar year.", datetime.date(2027, 12, 31)),
    ],
)
def test_a_declared_fiscal_year_end_dates_fiscal_horizons(declaration, deadline):
    plan = _plan([declaration, FY_LINE])

    (candidate,) = [c for c in plan.candidates if "FY27" in c.statement.text]
    assert candidate.deadline == deadline
    # Stored with its calendar, so that deriving the deadline again from it gives the same.
    assert candidate.horizon == f"FY27 (fiscal year ending {deadline:%B})"
    # The declaration holds only while its document is read.
    assert read_horizon(FY_LINE, said_on=SAID).deadline is None


@pytest.mark.parametrize(
    "declaration",
    [
        "",  # none
        "Apple's fiscal year ends in September; our fiscal year ends in June.",  # two: which?
    ],
)
def test_without_one_declared_fiscal_year_end_the_curator_is_asked(declaration):
    plan = _plan([line for line in (declaration, FY_LINE) if line])

    (candidate,) = [c for c in plan.candidates if "FY27" in c.statement.text]
    assert candidate.deadline is None
    assert any("follows a fiscal calendar" in r for r in candidate.remarks), candidate.remarks
