"""Odds as forecasts, and others' forecasts told by the speaker as the speaker's report."""

import datetime

import pytest

from claims.choices import ClaimKind
from claims.importing.classify import classify
from claims.importing.others_forecasts import anothers_forecast
from claims.importing.plans import ImportOptions, SourceChoice
from claims.importing.services import import_plan

F, P = ClaimKind.FACTUAL, ClaimKind.PREDICTION


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Odds given on what is to come are a forecast.
        ("I'd still put a December cut at 60/40.", ClaimKind.PREDICTION),
        ("I'd give it 70%.", ClaimKind.PREDICTION),
        ("A cut in March? Odds-on.", ClaimKind.PREDICTION),
        ("I'd put the chances at one in three.", ClaimKind.PREDICTION),
        ("I'd put the odds of a recession next year at 30%.", ClaimKind.PREDICTION),
        ("There is a 70% chance of a cut in March.", ClaimKind.PREDICTION),
        ("I'd put it at 30%, no more.", ClaimKind.PREDICTION),
        # Near-misses: shares, prices and past odds forecast nothing.
        ("We put the price at 60% of list.", ClaimKind.FACTUAL),
        ("Turnout was 60/40 in favour.", ClaimKind.FACTUAL),
        ("I gave it 70% of my effort.", ClaimKind.FACTUAL),
        ("The odds were against us.", ClaimKind.FACTUAL),
    ],
)
def test_odds(text, kind):
    assert classify(text) == kind


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "The Bank's own November Monetary Policy Report only has inflation back at the 2%"
            " target in Q2 2028.",
            "The Bank's own November Monetary Policy Report",
        ),
        (
            "Our CTO, Tariq Bell, told the team in September that he expects the laser link to"
            " close in Q3 2027.",
            "he",
        ),
        (
            "The IPCC's likely range for a high-emissions world is roughly 0.6 to 1.0 m by 2100.",
            "The IPCC's likely range",
        ),
        ("She adds that the IEA expects European cell demand to triple by 2030.", "the IEA"),
        (
            "GA relayed that the state energy office expects prices to rise in 2027.",
            "the state energy office",
        ),
        (
            "The chairman told me on Monday there will be money to spend in January.",
            "The chairman",
        ),
        (
            "Meanwhile, the think tank NHS Futures published a forecast last week saying waits"
            " will fall by 2029.",
            "think tank NHS Futures",
        ),
        ("Analysts expect two cuts in 2027.", "Analysts"),
        # The speaker's own, and words the notes give to whom they name, are no other's.
        ("I expect the MPC to cut in December.", ""),
        ("We expect margins to recover by 2027.", ""),
        ("My own expectation is that rates fall in 2027.", ""),
        ("The company expects revenue of $2bn in 2027.", ""),
        ("The IEA expects demand to triple, and I think it will be more.", ""),
        ("TRC expects the co-op to break even in FY2027.", ""),
        ("He expects rates to fall in 2027.", ""),
        ("We told the regulator we will file by March.", ""),
        ("WL confirmed the co-op will commission the battery in Q2 2027.", ""),
        ("JPMorgan's Jamie Dimon said the economy will slow in 2027.", ""),  # a name: theirs
        ("Most economists expect two cuts next year, and I agree.", ""),  # endorsed
        ("Rates will fall by June, as analysts expect.", ""),
    ],
)
def test_whose_forecast_is_told(text, who):
    assert anothers_forecast(text) == who


@pytest.mark.parametrize(
    ("text", "kind", "deadline"),
    [
        ("She adds that the IEA expects European cell demand to triple by 2030.", F, None),
        ("The chairman told me on Monday there will be money to spend in January.", F, None),
        ("I expect the MPC to cut in December.", P, datetime.date(2026, 12, 31)),
        ("My own expectation is that rates fall in 2027.", P, datetime.date(2027, 12, 31)),
        ("I'd still put a December cut at 60/40.", P, datetime.date(2026, 12, 31)),
    ],
)
@pytest.mark.django_db
def test_through_an_import(text, kind, deadline):
    plan = import_plan(
        data=text.encode(),
        file_name="notes.txt",
        options=ImportOptions(
            source=SourceChoice(title="Call", published_on=datetime.date(2026, 11, 26)),
            speakers={"": "Rachel Onyango"},
        ),
    )
    (candidate,) = plan.candidates
    assert (candidate.kind, candidate.deadline) == (kind, deadline)
    if kind == F:
        assert "reports another's forecast" in " ".join(candidate.remarks)
