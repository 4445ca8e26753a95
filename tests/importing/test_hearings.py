"""Table tests: a hearing's transcript. "THE COURT:" is the judge, a role the curator maps
(never a speaker called "THE COURT", never the witness); "THE WITNESS:" and "A." answers are
the witness's, and "A." never stays in the words; counsel's appearance ties "MR. SMITH:" to
the full name it gives; the hearing's procedure is nobody's claim."""

import datetime

import pytest

from claims.importing.hearings import appearance, procedure
from claims.importing.services import SourceChoice
from tests.importing import attributed

HEARING = """## Dr. Elena Voss — remedies hearing, 12 March 2026

THE COURT: Good morning. We are here for day three of the remedies hearing.
MR. SMITH: Good morning, Your Honor. Daniel Smith for the United States.
MS. OKONJO: Adaeze Okonjo for Nimbus Search, Your Honor.
THE COURT: Mr. Smith, call your next witness.
MR. SMITH: The United States calls Dr. Elena Voss.
DIRECT EXAMINATION BY MR. SMITH:
Q. What share of queries does Nimbus handle today?
{answer} About 89 percent in the United States.
Q. And without the remedy?
{answer} Nimbus will still have more than 85 percent of the market in 2030.
MS. OKONJO: Objection, Your Honor. Speculation.
THE COURT: Overruled. She's an expert; she can give a projection.
MS. OKONJO: Nimbus commits to license its index to competitors within eighteen months.
MR. SMITH: Thank you. Nothing further.
THE COURT: The Court will rule on remedies by the end of the summer.
THE COURT: We'll take a fifteen-minute recess.
"""


@pytest.mark.parametrize("answer", ["A.", "THE WITNESS:", "A:"])
def test_a_hearings_cues_give_each_line_its_speaker(answer):
    assert attributed.said(HEARING.format(answer=answer)) == [
        ("THE COURT", "Good morning."),
        ("THE COURT", "We are here for day three of the remedies hearing."),
        ("Dr. Elena Voss", "About 89 percent in the United States."),
        ("Dr. Elena Voss", "Nimbus will still have more than 85 percent of the market in 2030."),
        # The ruling's reasons and "Nothing further." are procedure, no claim.
        (
            "Adaeze Okonjo",
            "Nimbus commits to license its index to competitors within eighteen months.",
        ),
        ("Daniel Smith", "Thank you."),
        ("THE COURT", "The Court will rule on remedies by the end of the summer."),
    ]


DEPOSITION = """## Mark Tran — deposition, 3 February 2026

MS. LEE: Ana Lee on behalf of the plaintiffs.
Q. Do you expect the plant to reopen?
A. Yes. It will reopen before the end of 2027.
Q. Who told you that?
A. Stephens. A. Stephens, our plant manager.
THE WITNESS: I should add that costs will rise next year.
THE CLERK: Please raise your right hand.
"""


def test_a_depositions_answers_and_officers():
    said = attributed.said(DEPOSITION)
    assert said[:2] == [
        ("Mark Tran", "Yes."),
        ("Mark Tran", "It will reopen before the end of 2027."),
    ]
    # Only the first "A." is the answer's cue: "A. Stephens" later in the line is a name.
    assert said[2][0] == "Mark Tran"
    assert said[2][1].startswith("Stephens.")
    assert ("Mark Tran", "I should add that costs will rise next year.") in said
    assert ("THE CLERK", "Please raise your right hand.") in said


def test_an_initial_is_no_answer_cue_without_questions():
    notes = "## Town hall, 3 February 2026\n\nA. Stephens will run the plant from 2027.\n"
    assert attributed.said(notes) == [("", "A. Stephens will run the plant from 2027.")]


@pytest.mark.parametrize(
    ("sentence", "is_procedure"),
    [
        ("Objection, Your Honor.", True),
        ("Objection. Speculation.", True),
        ("Overruled.", True),
        ("Sustained.", True),
        ("Speculation.", True),
        ("Calls for speculation.", True),
        ("Asked and answered.", True),
        ("Please be seated.", True),
        ("Mr. Smith, call your next witness.", True),
        ("The United States calls Dr. Elena Voss.", True),
        ("The defense calls Mark Tran.", True),
        ("We'll take a fifteen-minute recess.", True),
        ("Let's take a short break before the recess.", True),
        ("(Witness sworn.)", True),
        ("Daniel Smith for the United States.", True),
        ("Adaeze Okonjo for Nimbus Search, Your Honor.", True),
        ("Nimbus will still have 85 percent of the market in 2030.", False),
        ("The Court will rule on remedies by the end of the summer.", False),
        ("Prices for the United States will rise.", False),
    ],
)
def test_a_hearings_procedure_is_no_claim(sentence, is_procedure):
    assert procedure(sentence) is is_procedure


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Daniel Smith for the United States.", ("Daniel Smith", "Smith")),
        ("Ana Lee on behalf of the plaintiffs.", ("Ana Lee", "Lee")),
        ("I'm Maria de la Cruz, appearing for Acme Corp.", ("", "")),
        ("Rates for the United States will rise.", ("", "")),
    ],
)
def test_counsels_appearance(sentence, expected):
    assert appearance(sentence) == expected


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("cue", "remark"),
    [
        ("THE COURT", "a role in a hearing (the court is the judge), not a name"),
        ("THE CLERK", "a role in a hearing, not a name"),
    ],
)
def test_a_courts_role_is_asked_about_never_a_new_speaker(cue, remark):
    source = SourceChoice(title="Remedies hearing", published_on=datetime.date(2026, 3, 12))
    text = f"{cue}: The Court will rule on remedies by the end of the summer.\n"
    plan = attributed.plan(text, source, **{"": "Elena Voss"})
    (candidate,) = plan.candidates
    assert candidate.speaker.unsure
    assert any(r.startswith(f"“{cue}” is {remark}") for r in candidate.remarks)
