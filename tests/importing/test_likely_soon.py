"""Table tests: "may well", "might well", "could well" said of a time ahead forecast it ("we
may well be doing this again tonight"); said of the present or the past they do not."""

import pytest

from claims.choices import ClaimKind
from claims.importing.classify import classify
from claims.importing.likely_soon import likely_ahead
from claims.importing.wording import normalise


@pytest.mark.parametrize(
    ("text", "ahead"),
    [
        ("So we may well be doing this again tonight.", True),
        ("The feeder could well trip again tomorrow.", True),
        ("We might well see another band later today.", True),
        ("Crews may very well be out this weekend.", True),
        # Near misses: the present, the past, an idiom, a time before the hedge.
        ("That may well be true.", False),
        ("It may well have tripped overnight.", False),
        ("You may well ask.", False),
        ("Tomorrow's shift may well agree.", False),
    ],
)
def test_a_likelihood_of_a_time_ahead(text, ahead):
    assert likely_ahead(normalise(text)) == ahead


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("So we may well be doing this again tonight.", ClaimKind.PREDICTION),
        ("That may well be true.", ClaimKind.FACTUAL),
    ],
)
def test_its_kind(text, kind):
    assert classify(text) == kind
