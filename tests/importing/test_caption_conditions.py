"""Auto-generated captions: a condition on a caption line of its own goes on with its
consequence on the next, so that neither is proposed without the other, and the date in
the condition is read as the condition's."""

import datetime

import pytest

from claims.choices import ClaimKind
from claims.importing.services import ImportOptions, SourceChoice, import_plan
from claims.importing.unpunctuated import Fragment, statements


def _read(lines):
    return [words for _, words, _ in statements([Fragment(t, i) for i, t in enumerate(lines)])]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["so if rates stay high through 2026", "housing starts will drop a lot"],
         ["so if rates stay high through 2026 housing starts will drop a lot"]),
        (["unless the ecb cuts by june", "italy could face a real crisis"],
         ["unless the ecb cuts by june italy could face a real crisis"]),
        (["and as long as oil stays above eighty", "the budget balances next year"],
         ["and as long as oil stays above eighty the budget balances next year"]),
        # A whole conditional on one line, or "if not", stays as it is.
        (["if rates stay high starts will drop", "prices are flat this year"],
         ["if rates stay high starts will drop", "prices are flat this year"]),
        (["prices will fall by 2030 if not sooner", "wages are flat"],
         ["prices will fall by 2030 if not sooner", "wages are flat"]),
    ],
)  # fmt: skip
def test_a_condition_line_goes_on_with_its_consequence(lines, expected):
    assert _read(lines) == expected


@pytest.mark.django_db
def test_a_captioned_condition_dates_no_consequence():
    captions = (
        "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nso if rates stay high through 2026\n\n"
        "00:00:03.000 --> 00:00:05.000\nhousing starts will drop a lot\n\n"
        "00:00:05.000 --> 00:00:08.000\nif rates stay high housing starts will drop by 2027\n"
    )
    source = SourceChoice(title="Pod", published_on=datetime.date(2025, 8, 6), precision="day")
    plan = import_plan(
        data=captions.encode(),
        file_name="auto.vtt",
        options=ImportOptions(source=source, speakers={"": "Dana Lee"}),
    )
    first, second = plan.candidates
    assert (first.kind, first.deadline) == (ClaimKind.PREDICTION, None)
    assert any("conditional (“if rates stay high through 2026”)" in r for r in first.remarks)
    assert (second.kind, second.deadline) == (ClaimKind.PREDICTION, datetime.date(2027, 12, 31))
