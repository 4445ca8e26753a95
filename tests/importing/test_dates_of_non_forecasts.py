"""Table tests: a date named by a statement read as factual or as an opinion is no deadline.

Advice ("by June" is when it is advised for), a hypothetical, a fact that may be a
forecast ("put AGI five to ten years away"): the draft gets no deadline, so no reminder
comes for a forecast nobody made; the curator is asked instead. Forecasts and
commitments keep theirs, and the drafts written hold what the preview showed, whether
written in bulk or one by one.
"""

import datetime

import pytest

from claims.importing.services import ImportOptions, SourceChoice, import_apply, import_plan
from claims.models import Claim

pytestmark = pytest.mark.django_db

SOURCE = SourceChoice(title="Morning notes", published_on=datetime.date(2025, 3, 3))

# (line, kind, deadline, a remark's words: the date's own, or "")
CASES = [
    # Advice: its remark names the date as when it is advised for.
    ("MAS should publish its stress-test results by June.", "opinion", None, "advised for"),
    ("Phase out coal by 2030.", "opinion", None, "advised for"),
    ("Buyers would be wise to lock in a rate before the summer.", "opinion", None, "advised for"),
    # A hypothetical: the condition's date is no deadline.
    ("A weaker dollar in 2026 could hurt exporters badly.", "opinion", None, "conditional"),
    # A consequence said with its own time is a hedged forecast under its condition.
    (
        "The digital euro could be ready for issuance in 2029, provided the legislation is "
        "adopted in 2026.",
        "prediction",
        datetime.date(2029, 12, 31),
        "conditional",
    ),
    (
        "If rates stay high through 2026, housing starts could drop by 2028.",
        "prediction",
        datetime.date(2028, 12, 31),
        "conditional",
    ),
    (
        "Bitcoin could hit $200k by 2027 if the ETFs keep buying.",
        "prediction",
        datetime.date(2027, 12, 31),
        "conditional",
    ),
    # Read as a fact, yet naming a time ahead: asked, not dated.
    ("Demis Hassabis put AGI five to ten years away.", "factual", None, "reads as factual"),
    # Forecasts and commitments keep their deadlines.
    ("Rates will be cut by June.", "prediction", datetime.date(2025, 6, 30), ""),
    ("Rates should fall by the end of the year.", "prediction", datetime.date(2025, 12, 31), ""),
    ("We will open the plant by 2027.", "commitment", datetime.date(2027, 12, 31), ""),
    # A fact about the past names no date ahead, and gets no remark about one.
    ("Inflation hit 9% in 2022 and is now 3%.", "factual", None, ""),
]


def _plan(lines: list[str]):
    text = "# Notes\n\n" + "\n".join(lines) + "\n"
    options = ImportOptions(source=SOURCE, speakers={"": "Ada Quist"})
    return import_plan(data=text.encode(), file_name="notes.md", options=options)


@pytest.mark.parametrize(("line", "kind", "deadline", "remark"), CASES, ids=[c[0] for c in CASES])
def test_only_forecasts_and_commitments_take_a_deadline_from_their_date(
    line, kind, deadline, remark
):
    (candidate,) = _plan([line]).candidates
    assert (candidate.kind, candidate.deadline) == (kind, deadline)
    remarks = " ".join(candidate.remarks)
    if remark:
        assert remark in remarks
    else:
        assert "no deadline" not in remarks


@pytest.mark.parametrize("bulk", [True, False], ids=["in bulk", "one by one"])
def test_the_drafts_written_hold_the_deadlines_the_preview_showed(bulk):
    plan = _plan([line for line, *_ in CASES])
    shown = {c.quote: c.deadline for c in plan.candidates}
    import_apply(plan=plan, bulk_threshold=0 if bulk else 10**6)
    stored = dict(Claim.objects.values_list("quote", "deadline"))
    assert stored == shown
    advice = Claim.objects.get(quote=CASES[0][0])
    assert (advice.horizon.rstrip("."), advice.deadline, advice.needs_deadline) == (
        "by June",
        None,
        False,
    )
