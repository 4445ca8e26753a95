"""Table tests: a published call transcript's header lines are no claims, and an analyst's
turn under a speaker line without a colon is a question turn when its paragraph asks, as
when the cue's own line asks ("Rafael Quintero -- Brightwater Securities -- Analyst", then
"…said last week that the market will consolidate by 2028. Do you buy that?")."""

import datetime

import pytest

from claims.importing.calls import call_header
from claims.importing.services import ImportOptions, SourceChoice, import_plan

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("line", "header"),
    [
        ("Q2 2026 Earnings Call", True),
        ("HLVD earnings call for the period ending June 30, 2026.", True),
        ("Third-quarter 2026 earnings call", True),
        ("FY 2026 results call", True),
        ("Halvard Logistics (NASDAQ: HLVD)", True),
        ("Brennock Mining plc (LSE: BRN)", True),
        ("Prepared Remarks:", True),
        ("Questions & Answers:", True),
        ("Duration: 0 minutes", True),
        # Near misses: the title, and claims about a call.
        ("Halvard Logistics (HLVD) Q2 2026 Earnings Call Transcript", False),
        ("On the earnings call, the CFO said margins will recover by 2027.", False),
        ("The next earnings call will show a profit.", False),
        ("We will hold an investor call in May.", False),
    ],
)
def test_call_header(line, header):
    assert call_header(line) is header


CALL = """Halvard Logistics (HLVD) Q2 2026 Earnings Call Transcript
HLVD earnings call for the period ending June 30, 2026.
Halvard Logistics (NASDAQ: HLVD)
Q2 2026 Earnings Call

Prepared Remarks:
Operator
Good afternoon, and welcome to the Halvard Logistics earnings conference call.
Marcus Oyelaran -- Chief Executive Officer
Revenue for the quarter was $412 million.

Questions & Answers:
Operator
Our first question comes from Rafael Quintero with Brightwater Securities.
Rafael Quintero -- Brightwater Securities -- Analyst
Your largest competitor said that the U.S. market will consolidate by 2028. Do you buy that?
Marcus Oyelaran -- Chief Executive Officer
Consolidation is coming, and our share will double by 2030.
Operator
Our next question comes from Mei-Lin Draper with Caldwell & Finch.
Mei-Lin Draper -- Caldwell & Finch -- Analyst
I expect the dividend to be cut in 2027.
Duration: 0 minutes
"""


def test_the_header_and_the_analysts_question_are_not_proposed():
    source = SourceChoice(title="Call", published_on=datetime.date(2026, 8, 6))
    plan = import_plan(
        data=CALL.encode(), file_name="call.txt", options=ImportOptions(source=source)
    )
    said = [(c.speaker.name, c.quote) for c in plan.candidates]
    assert said == [
        ("Marcus Oyelaran", "Revenue for the quarter was $412 million."),
        ("Marcus Oyelaran", "Consolidation is coming"),
        ("Marcus Oyelaran", "our share will double by 2030."),
        # An analyst's turn that asks nothing is theirs.
        ("Mei-Lin Draper", "I expect the dividend to be cut in 2027."),
    ]
