"""Table tests: a broker's equity research note copied from its PDF. The note's own words are
its lead analyst's (the first the header lists), with a remark; the officers it quotes are
read as the narration's quoted words, asked about, never the analyst's; the header (bank,
day, rating box, analysts' phones and emails), headings, tables, page footers, the running
header and the disclosures to the end are nobody's, whatever "we expect" they say. Near
misses (notes that mention equity research, a research line with no analyst listed) read as
before."""

import datetime

import pytest

from claims.choices import ClaimKind
from claims.importing import research_notes
from claims.importing.services import ImportOptions, SourceChoice, import_plan
from tests.importing import attributed

NOTE = """NORTHBRIDGE CAPITAL
Equity Research | Utilities | 2 March 2026
Calder Water plc (CWP LN)
Leakage fix is working; raising PT to 640p
Rating                 OVERWEIGHT (unchanged)
Price target           640p (from 590p)
Fiscal year end        March
Helena Rusk, CFA
+44 20 7946 0321
helena.rusk@northbridge.example
Tobias Wren
tobias.wren@northbridge.example
Key takeaways
• We now forecast FY27 EPS of 41.2p (from 38.9p).
• We expect the regulator to approve the 2030 plan before the end of 2026.
What management said
On leakage, Ms Okoro was blunt: "We will cut leakage by 15% by March 2027."
FYE Mar (£m)          FY25A    FY26E    FY27E
Revenue               1,204    1,262    1,318
Source: Company data, Northbridge estimates
Page 1 of 6
Northbridge Capital | Calder Water plc (CWP LN) | 2 March 2026
Our view
We expect the dividend to grow 5% a year to 2030.
Page 2 of 6
Northbridge Capital | Calder Water plc (CWP LN) | 2 March 2026
Analyst certification
I, Helena Rusk, certify that the views expressed in this report reflect my personal views.
Rating definitions
OVERWEIGHT: We expect the stock's total return to exceed the sector's over the next 12 months.
Past performance is not a guide to future performance.
"""


@pytest.mark.parametrize(
    ("words", "who"),
    [
        ("NORTHBRIDGE CAPITAL", "-"),
        ("Equity Research", "-"),
        ("Rating ", "-"),
        ("+44 20", "-"),
        ("helena.rusk@", "-"),
        ("Key takeaways", "-"),
        ("FY27 EPS of 41.2p", "Helena Rusk"),
        ("approve the 2030 plan", "Helena Rusk"),
        ("Revenue  ", "-"),
        ("Source: Company data", "-"),
        ("Page 1 of 6", "-"),
        ("grow 5% a year", "Helena Rusk"),
        ("certify that the views", "-"),
        ("exceed the sector's", "-"),
        ("Past performance", "-"),
    ],
)
def test_who_says_what_in_a_research_note(words, who):
    assert attributed.who(NOTE, words) == who


@pytest.mark.django_db
def test_the_notes_forecasts_are_its_lead_analysts_and_the_disclosures_no_ones():
    plan = import_plan(
        data=NOTE.encode(),
        file_name="note.txt",
        options=ImportOptions(
            source=SourceChoice(title="Calder Water", published_on=datetime.date(2026, 3, 2))
        ),
    )
    (eps,) = (c for c in plan.candidates if "41.2p" in c.quote)
    assert (eps.speaker.name, eps.kind) == ("Helena Rusk", ClaimKind.PREDICTION)
    assert "the note's lead analyst" in eps.statement.note
    assert not any("exceed the sector" in c.quote for c in plan.candidates)
    # The officer the note quotes is never the analyst.
    (leakage,) = (c for c in plan.candidates if "leakage by 15%" in c.quote)
    assert leakage.speaker.name != "Helena Rusk"


@pytest.mark.parametrize(
    "text",
    [
        "## Notes, 2 March 2026\n\nAna: equity research budgets will shrink by 2027.\n",
        NOTE.replace("helena.rusk@northbridge.example\n", "")
        .replace("+44 20 7946 0321\n", "")
        .replace("tobias.wren@northbridge.example\n", ""),
    ],
)
def test_documents_that_only_look_like_a_research_note_are_none(text):
    assert research_notes.reshape(text.splitlines()) is None
