"""Verdicts and maxims said in interviews and chats are opinions; measured facts are not."""

import pytest

from claims.choices import ClaimKind
from claims.importing.classify import classify


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Football is about what you do on the pitch, not what you say in the papers.",
            ClaimKind.OPINION,
        ),
        ("We were poor at Barnsley.", ClaimKind.OPINION),
        ("I know they're frustrated, and they're right to be.", ClaimKind.OPINION),
        ("that poll is rubbish tbh", ClaimKind.OPINION),
        ("Honestly this plan reads like a developer's wish list.", ClaimKind.OPINION),
        ("That is simply not good enough.", ClaimKind.OPINION),
        ("They were brilliant in the second half.", ClaimKind.OPINION),
        # Measured facts and near-misses stay facts.
        ("We were top of the league at Barnsley.", ClaimKind.FACTUAL),
        ("They are right-backs by trade.", ClaimKind.FACTUAL),
        ("The poll was taken in March.", ClaimKind.FACTUAL),
        ("Many families are poor in this ward.", ClaimKind.FACTUAL),
        ("The report is about housing, not transport.", ClaimKind.FACTUAL),
        ("We had enough players.", ClaimKind.FACTUAL),
        ("He was right to the end a gentleman.", ClaimKind.FACTUAL),
    ],
)
def test_verdicts(text, kind):
    assert classify(text) == kind
