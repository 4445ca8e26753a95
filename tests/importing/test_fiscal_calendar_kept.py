"""A declared fiscal calendar is no forecast, and the deadlines it gives are kept.

"Our fiscal year ends in June." declares when the speaker's years end: no horizon, no
deadline, not a prediction. After it, "FY27" in the same document is dated by it; the
horizon stored on the claim carries the calendar in words ("FY27 (fiscal year ending
June)"), so deriving the deadline again (``rederive_deadlines``, an edit of the quote)
keeps it."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command

from claims.choices import ClaimKind
from claims.importing.services import ImportOptions, SourceChoice, import_document, import_plan
from claims.models import Claim
from claims.services import claim_update

pytestmark = pytest.mark.django_db

SAID = datetime.date(2026, 10, 29)


def _options() -> ImportOptions:
    source = SourceChoice(title="Q1 call", published_on=SAID, precision="day")
    return ImportOptions(source=source, speakers={"": "Grace Liu"})


def _data(lines: list[str]) -> bytes:
    return ("\n\n".join(["Call with Grace Liu", *lines]) + "\n").encode()


DECLARATIONS = [
    # The stranger's lines (an earnings call, a caption file, lower bounds' notes).
    ("Our fiscal year ends in June.", 6),
    ("As a reminder, our fiscal year ends in June.", 6),
    ("Our fiscal year ends in March.", 3),
    # Other ways it is said.
    ("Our financial year runs April to March.", 3),
    ("We report on a fiscal year ending 30 September.", 9),
    ("FY ends in March.", 3),
    ("Note: our fiscal year ends on 30 September.", 9),
    ("Our financial year runs from July to June.", 6),
]


@pytest.mark.parametrize(("declaration", "_month"), DECLARATIONS)
def test_a_declared_fiscal_calendar_is_no_forecast(declaration, _month):
    plan = import_plan(data=_data([declaration]), file_name="call.txt", options=_options())

    (candidate,) = plan.candidates
    assert candidate.deadline is None
    assert candidate.kind != ClaimKind.PREDICTION
    assert not any("deadline" in remark for remark in candidate.remarks), candidate.remarks


@pytest.mark.parametrize(("declaration", "month"), DECLARATIONS)
@pytest.mark.parametrize(
    ("line", "year"),
    [
        ("We expect FY27 revenue between $4.1 and $4.3 billion.", 2027),
        ("Margins will reach 15% by FY29.", 2029),
        ("We will double exports by the end of fiscal 2028.", 2028),
    ],
)
def test_fiscal_horizons_after_a_declaration_are_dated_by_it(declaration, month, line, year):
    plan = import_plan(data=_data([declaration, line]), file_name="call.txt", options=_options())

    (candidate,) = [c for c in plan.candidates if c.statement.text == line]
    assert (candidate.deadline.year, candidate.deadline.month) == (year, month)
    assert not any("may end in any month" in r for r in candidate.remarks), candidate.remarks


@pytest.mark.parametrize(
    ("line", "horizon", "deadline"),
    [
        ("We expect FY27 revenue to grow 7%.", "FY27 (fiscal year ending June)", (2027, 6, 30)),
        (
            "Margins will reach 15% by FY29.",
            "FY29 (fiscal year ending June)",
            (2029, 6, 30),
        ),
        (
            "We will close the Ohio plant by the end of the fiscal year.",
            "fiscal year (fiscal year ending June)",
            (2027, 6, 30),
        ),
        # Not the calendar's: stored as said.
        ("We will complete the buyback by December 2027.", "by December 2027", (2027, 12, 31)),
    ],
)
def test_the_deadline_from_a_declaration_survives_rederiving_and_an_edit(line, horizon, deadline):
    data = _data(["Our fiscal year ends in June.", line])
    import_document(data=data, file_name="call.txt", options=_options())
    claim = Claim.objects.get(quote=line)
    assert claim.horizon == horizon
    assert claim.deadline == datetime.date(*deadline)

    call_command("rederive_deadlines", stdout=StringIO())
    claim.refresh_from_db()
    assert claim.deadline == datetime.date(*deadline)

    claim = claim_update(
        claim=claim, expected_version=claim.version, changes={"quote": line + " Really."}
    )
    claim.refresh_from_db()
    assert claim.deadline == datetime.date(*deadline)
    assert claim.needs_deadline is False
