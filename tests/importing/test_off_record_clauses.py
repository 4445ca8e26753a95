"""Table tests: an off-record mark said after a clause of its own keeps that clause.

The off-record words are dropped; a clause said on the record before the mark, in the
same sentence, is the speaker's claim and is kept. A lead-in before the mark ("Frankly",
"Look", "She said") is no clause, and goes with the mark.
"""

import pytest

from claims.importing.asides import OFF_RECORD, Asides, without_off_record


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Prices will fall by 2027, and — off the record — the CEO is leaving.",
         "Prices will fall by 2027."),
        ("Prices will fall by 2027, and off the record, the CEO is leaving.",
         "Prices will fall by 2027."),
        ("Demand is soft; (off the record) they will miss guidance.", "Demand is soft."),
        ("Rates will fall next year, but off the record: the chairman goes in June.",
         "Rates will fall next year."),
        ("Margins recover in Q4 — off the record — the Hamburg depot is for sale.",
         "Margins recover in Q4."),
        ("We expect growth, and off the record, the CEO is leaving.", "We expect growth."),
        ("- Storage costs halve by 2028, but [off the record] the plant is closing.",
         "- Storage costs halve by 2028."),
        ("Yes. The merger closes in June, and — not for attribution — the CFO quits.",
         "Yes. The merger closes in June."),
        # A lead-in is no clause: it goes with what it introduces.
        ("Frankly, and this is off the record, the deal is dead by June.", ""),
        ("Look — off the record — they'll miss the Q3 target.", ""),
        ("You know, off the record, the CEO is leaving.", ""),
        ("She said, on background: the plant closes in 2026.", ""),
        ("Between us, not for attribution: the CEO quits in May.", ""),
        ("Just to be clear, this part is off the record: they will cut 200 jobs by March.", ""),
    ],
)  # fmt: skip
def test_the_on_record_clause_before_a_mark_is_kept(line, kept):
    screened = Asides().screen(line)
    assert screened.text == kept
    assert screened.withheld == OFF_RECORD


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Prices will fall by 2027, and — off the record — the CEO is leaving.",
         "Prices will fall by 2027."),
        ("Turnout will be low, but off the record, leadership doesn't have the votes.",
         "Turnout will be low."),
        ("Look, (off the record) leadership doesn't have the votes.", ""),
    ],
)  # fmt: skip
def test_a_cues_on_record_clause_is_kept(text, kept):
    assert without_off_record(text) == (kept, True)
