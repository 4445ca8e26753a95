"""Odds as forecasts, and others' forecasts told by the speaker as the speaker's report."""

import pytest

from claims.choices import ClaimKind
from claims.importing.classify import classify


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
    ("text", "kind"),
    [
        (
            "The Bank's own November Monetary Policy Report only has inflation back at the 2%"
            " target in Q2 2028.",
            ClaimKind.FACTUAL,
        ),
        (
            "Our CTO, Tariq Bell, told the team in September that he expects the laser link to"
            " close in Q3 2027.",
            ClaimKind.FACTUAL,
        ),
        (
            "The IPCC's likely range for a high-emissions world is roughly 0.6 to 1.0 m by 2100.",
            ClaimKind.FACTUAL,
        ),
        (
            "She adds that the IEA expects European cell demand to triple by 2030.",
            ClaimKind.FACTUAL,
        ),
        (
            "GA relayed that the state energy office expects prices to rise in 2027.",
            ClaimKind.FACTUAL,
        ),
        (
            "The chairman told me on Monday there will be money to spend in January.",
            ClaimKind.FACTUAL,
        ),
        (
            "Network Rail's own engineers have said that the Summit tunnel will need work by 2029.",
            ClaimKind.FACTUAL,
        ),
        ("Analysts expect two cuts in 2027.", ClaimKind.FACTUAL),
        # The speaker's own, and words the notes give to whom they name, stay forecasts.
        ("I expect the MPC to cut in December.", ClaimKind.PREDICTION),
        ("We expect margins to recover by 2027.", ClaimKind.PREDICTION),
        ("My own expectation is that rates fall in 2027.", ClaimKind.PREDICTION),
        ("The company expects revenue of $2bn in 2027.", ClaimKind.PREDICTION),
        ("The IEA expects demand to triple, and I think it will be more.", ClaimKind.PREDICTION),
        ("TRC expects the co-op to break even in FY2027.", ClaimKind.PREDICTION),
        ("He expects rates to fall in 2027.", ClaimKind.PREDICTION),
        ("We told the regulator we will file by March.", ClaimKind.COMMITMENT),
        ("WL confirmed the co-op will commission the battery in Q2 2027.", ClaimKind.COMMITMENT),
    ],
)
def test_anothers_forecast_is_the_speakers_report(text, kind):
    assert classify(text, has_horizon=True) == kind
