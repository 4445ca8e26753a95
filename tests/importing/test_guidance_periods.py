"""Table tests: guidance for a period said without its year, and targets named by their year,
as an earnings call's notes and a think-tank summary say them.

Each is proposed as a prediction with the deadline the said-on date makes knowable, and a
remark saying what was assumed (the year, a calendar rather than a fiscal period, the
target's own date).
"""

import datetime

import pytest

from claims.choices import ClaimKind
from claims.importing.services import ImportOptions, SourceChoice, import_plan

pytestmark = pytest.mark.django_db

P = ClaimKind.PREDICTION


def _plan(text: str, said_on: datetime.date):
    source = SourceChoice(title="Q2 call", published_on=said_on, precision="day")
    return import_plan(
        data=f"Call with Dana Lee\n\n{text}\n".encode(),
        file_name="notes.txt",
        options=ImportOptions(source=source, speakers={"": "Dana Lee"}),
    )


AUG_6 = datetime.date(2025, 8, 6)
NOV_20 = datetime.date(2025, 11, 20)


@pytest.mark.parametrize(
    ("line", "said_on", "deadline", "remark"),
    [
        ("We expect margins to improve in the fourth quarter.", AUG_6,
         datetime.date(2025, 12, 31), "Q4 2025 is taken"),
        ("For the full year we see revenue of about 4 billion.", AUG_6,
         datetime.date(2025, 12, 31), "is taken as calendar 2025"),
        ("- We are guiding to second-half growth in the mid single digits.", AUG_6,
         datetime.date(2025, 12, 31), "H2 2025 is taken"),
        ("Next quarter we expect gross margin of 41%.", AUG_6, datetime.date(2025, 12, 31),
         "taken as a calendar quarter"),
        ("We expect the first quarter to be seasonally weak.", AUG_6,
         datetime.date(2026, 3, 31), "Q1 2026 is taken"),
        ("We see the third quarter as the trough.", NOV_20, datetime.date(2026, 9, 30),
         "Q3 2026 is taken, the first that ends after it was said"),
        ("Recovery comes in the second half, we think.", NOV_20, datetime.date(2026, 12, 31),
         "H2 2026 is taken"),
        ("Germany will miss its 2030 renewables target.", AUG_6, datetime.date(2030, 12, 31),
         "the target's own date may differ"),
        ("The UK is on track to miss its 2035 emissions goal.", AUG_6,
         datetime.date(2035, 12, 31), "names a target by its year"),
        ("Rates will stay high until the second half of 2026.", AUG_6,
         datetime.date(2026, 12, 31), "if the speaker means until it begins"),
    ],
)  # fmt: skip
def test_guidance_without_its_year_is_dated_and_asked(line, said_on, deadline, remark):
    (candidate,) = _plan(line, said_on).candidates
    assert candidate.kind == P
    assert candidate.deadline == deadline
    assert any(remark in r for r in candidate.remarks), candidate.remarks


def test_a_call_transcript_reads_guidance_periods_alike():
    captions = (
        "WEBVTT\n\n00:00:01.000 --> 00:00:05.000\n<v Dana Lee>For the full year we see revenue"
        " of about 4 billion.\n\n00:00:06.000 --> 00:00:09.000\n<v Dana Lee>We expect margins to"
        " improve in the fourth quarter.\n"
    )
    source = SourceChoice(title="Q2 call", published_on=AUG_6, precision="day")
    plan = import_plan(
        data=captions.encode(), file_name="call.vtt", options=ImportOptions(source=source)
    )
    assert [(c.kind, c.deadline) for c in plan.candidates] == [
        (P, datetime.date(2025, 12, 31)),
        (P, datetime.date(2025, 12, 31)),
    ]
    assert all(c.remarks for c in plan.candidates)
