"""Table tests: undertakings and agreements, the speaker's own and reported.

An undertaking given to a court or a regulator, or an agreement to do something, is a
commitment (docs/importing.md, kind). The speaker's own, made now or told in the first
person, is a commitment with its deadline. Another party's, told ("The defendant agreed to
pay by 30 June 2027", "Voltera gave an undertaking to the High Court …", quoted with ", a
spokesperson said"), is a report: factual, no deadline, a remark naming whose commitment it
is (``commitments.OTHERS_COMMITMENT``). The speaker's side told in the third person ("The
company undertook to the court …") stays a commitment, with a remark asking whether it is
the speaker's organisation (``commitments.OWN_SIDE_TOLD``): the importer cannot know.
"""

import datetime

import pytest

from claims.choices import ClaimKind, DatePrecision
from claims.importing.classify import classify
from claims.importing.commitments import told_commitment
from claims.importing.services import ImportOptions, SourceChoice, import_plan

P, F, OP, C = ClaimKind.PREDICTION, ClaimKind.FACTUAL, ClaimKind.OPINION, ClaimKind.COMMITMENT
SAID_ON = datetime.date(2026, 3, 5)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The company undertook to the court to delete the data by March 2027.", C),
        ("We have given an undertaking to the regulator to stop selling the data by June 2027.",
         C),
        ("We've given an undertaking to the regulator to stop selling the data by June 2027.", C),
        ("The defendant agreed to pay by 30 June 2027.", C),
        ("Voltera gave an undertaking to the High Court that it would not sell the data before"
         " 2028.", C),
        ("We undertake to publish the audit by the end of 2026.", C),
        ("I undertake to report back to the committee by June 2026.", C),
        ("The bank has undertaken to the FCA to compensate customers by the end of 2026.", C),
        ("We signed a legally binding undertaking to repay depositors by 2027.", C),
        ("We offered undertakings to the CMA to sell the unit by March 2027.", C),
        ("We have agreed to sell the unit by March 2027.", C),
        ("Both parties consented to exchange documents by 1 May 2026.", C),
        # No commitment: an agreement of views, to a thing, an undertaking as a noun of work.
        ("We agree to disagree on rates.", F),
        ("She agreed that rates will fall by 2027.", P),
        ("Everyone agreed to the terms in 2024.", F),
        ("I undertook a review of the data last year.", F),
        ("The undertaking will be completed by 2027.", P),
    ],
)  # fmt: skip
def test_an_undertaking_or_an_agreement_to_act_is_a_commitment(text, kind):
    assert classify(text, has_horizon="2027" in text or "2026" in text) == kind


@pytest.mark.parametrize(
    ("text", "who", "own_side"),
    [
        # Another party's, told as made before, or quoted.
        ("The defendant agreed to pay by 30 June 2027.", "The defendant", False),
        ("Voltera gave an undertaking to the High Court that it would not sell the data before"
         " 2028.", "Voltera", False),
        ("“We have given an undertaking to the regulator to stop selling the data by June"
         " 2027,” a spokesperson said.", "a spokesperson", False),
        ("\"We will cut fares by 2027,\" said Maya Chen.", "Maya Chen", False),
        ("They pledged to build 20,000 homes by 2029.", "They", False),
        ("In the settlement, Voltera, the Madrid-based lender, agreed to repay customers by June"
         " 2027.", "Voltera", False),
        ("Meanwhile, the regulator has agreed to publish its review by May 2026.",
         "the regulator", False),
        ("Nimbus and Orbit have agreed to merge by 2027.", "Nimbus and Orbit", False),
        ("Our competitors agreed to pay by June 2026.", "Our competitors", False),
        ("Our lenders have agreed to extend the facility to 2028.", "Our lenders", False),
        # The speaker's side in the third person: it may be theirs.
        ("The company undertook to the court to delete the data by March 2027.", "The company",
         True),
        ("The board has agreed to sell the unit by March 2027.", "The board", True),
        # The speaker's own: the first person, "he" or "she" summarising them, named, or a
        # promise made now.
        ("We have given an undertaking to the regulator to stop selling the data by June 2027.",
         "", False),
        ("In 2024 we signed an undertaking to repay depositors by 2027.", "", False),
        ("Our company has agreed to sell the unit by March 2027.", "", False),
        ("Both of us agreed to step down by June 2026.", "", False),
        ("We promised to cut fares by 2027.", "", False),
        ("He pledged to open two plants by 2028.", "", False),
        ("Ramirez pledged to open two plants by 2028.", "", False),
        ("Your Honor, Nimbus commits to license its index within eighteen months.", "", False),
        ("We undertake to publish the audit by the end of 2026.", "", False),
        ("The commission is committed to the 2030 target.", "", False),
    ],
)  # fmt: skip
def test_whose_commitment_a_line_tells(text, who, own_side):
    assert told_commitment(text, speaker="Sofia Ramirez") == (who, own_side)


def _plan(text: str):
    source = SourceChoice(title="Probe", published_on=SAID_ON, precision=DatePrecision.DAY)
    return import_plan(
        data=text.encode(),
        file_name="notes.txt",
        options=ImportOptions(source=source, speakers={"": "Ruth Adeyemi"}),
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "kind", "deadline", "remark"),
    [
        ("We undertake to publish the audit by the end of 2026.", C, datetime.date(2026, 12, 31),
         ""),
        ("We have given an undertaking to the regulator to stop selling the data by June 2027.",
         C, datetime.date(2027, 6, 30), ""),
        ("We have agreed to pay the fine by 30 June 2027.", C, datetime.date(2027, 6, 30), ""),
        ("The defendant agreed to pay by 30 June 2027.", F, None,
         "reports another's commitment (“The defendant”)"),
        ("Voltera gave an undertaking to the High Court that it would not sell the data before"
         " 2028.", F, None, "reports another's commitment (“Voltera”)"),
        ("\"We have given an undertaking to the regulator to stop selling the data by June"
         " 2027,\" a spokesperson said.", F, None,
         "reports another's commitment (“a spokesperson”)"),
        ("LONDON, March 3 (Reuters) - The company undertook to the court to delete the data by"
         " March 2027.", C, datetime.date(2027, 3, 31),
         "a commitment told of “The company”: is that the speaker's organisation?"),
    ],
)  # fmt: skip
def test_a_reported_commitment_has_no_deadline_and_says_whose_it_is(text, kind, deadline, remark):
    (candidate,) = _plan(text).candidates
    assert (candidate.kind, candidate.deadline) == (kind, deadline)
    if remark:
        assert remark in candidate.statement.note
    else:
        assert "commitment" not in candidate.statement.note
