"""Scheduled days and named periods read end to end: a small document through ``import_plan``,
each forecast or promise proposed with the deadline its words give."""

import datetime

import pytest

from claims.importing.plans import ImportOptions, SourceChoice
from claims.importing.services import import_plan

D = datetime.date

AGM = (
    "# Annual general meeting: shareholder questions\n"
    "\n"
    "CFO Ruth Achterberg: We'll give a full category breakdown at the interim results on 12"
    " November.\n"
    "CFO Ruth Achterberg: We will recommend restoring the final dividend at the full-year"
    " results next June.\n"
    "Chair Helena Stroud: We will produce a shorter summary report from next year.\n"
    "CEO Alasdair Penhaligon: I'd expect growth to accelerate in the second half of this"
    " calendar year.\n"
    "CEO Alasdair Penhaligon: We launched the new range on 12 November last year.\n"
)


def _plan(text: str, published: datetime.date):
    return import_plan(
        data=text.encode(),
        file_name="agm.md",
        options=ImportOptions(source=SourceChoice(title="AGM", published_on=published)),
    )


@pytest.mark.django_db
def test_an_agms_scheduled_days_and_named_periods_are_dated():
    plan = _plan(AGM, D(2026, 6, 24))
    got = {c.horizon: c.deadline for c in plan.candidates}
    assert got == {
        "on 12 November.": D(2026, 11, 12),
        "next June.": D(2027, 6, 30),
        "from next year": D(2027, 12, 31),
        "in the second half of this calendar year": D(2026, 12, 31),
        "": None,  # "We launched the new range on 12 November last year."
    }
    report = next(c for c in plan.candidates if "summary report" in c.quote)
    assert any("starts then" in remark for remark in report.remarks)


@pytest.mark.django_db
def test_a_video_that_goes_up_on_a_weekday_and_date_is_dated_or_asked_about():
    notes = (
        "# Channel update\n"
        "\n"
        "Priya Shah: The follow-up video with the battery teardown goes up on Friday the 18th.\n"
        "Priya Shah: The bonus episode will go up on Thursday the 18th.\n"
        "Priya Shah: The newsletter goes out on Thursday.\n"
    )
    plan = _plan(notes, D(2026, 9, 9))
    deadlines = {c.horizon: c.deadline for c in plan.candidates}
    assert deadlines == {
        "on Friday the 18th": D(2026, 9, 18),
        "on Thursday the 18th": None,
        "on Thursday": D(2026, 9, 10),
    }
    bonus = next(c for c in plan.candidates if "bonus" in c.quote)
    assert bonus.deadline is None
    assert any("is a Friday, not a Thursday" in remark for remark in bonus.remarks)
