"""Another's forecast told without "will" ("The vendor, Tallyware, says firmware 4.2 lands
next month"), a rumour the speaker heard, and the speaker's side's aim ("we're aiming to
submit …") read as what they are; "the largest project we have ever committed to" is no
commitment."""

import pytest

from claims.choices import ClaimKind
from claims.importing.classify import classify
from claims.importing.others_forecasts import HEARSAY, anothers_forecast


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The vendor says firmware 4.2 lands next month.", "The vendor"),
        ("The vendor, Tallyware, says firmware 4.2 lands next month.", "The vendor"),
        ("The council, to its credit, says the depot opens by the end of March.", "The council"),
        ("The operator says the line reopens within six weeks.", "The operator"),
        ("Because I heard the government's going to scrap that fund.", HEARSAY),
        ("I've heard that the plant will close by 2028.", HEARSAY),
        ("We were told the bridge will reopen in May.", HEARSAY),
        # Near misses: no time ahead, the speaker's own, a past told.
        ("The vendor says firmware 4.2 is stable.", ""),
        ("I heard the minister speak last week.", ""),
        ("We will ship firmware 4.2 next month.", ""),
    ],
)
def test_whose_forecast_is_told(text, who):
    assert anothers_forecast(text) == who


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("We're aiming to submit the planning application before the summer.", "commitment"),
        ("We are aiming to open the depot in 2027.", "commitment"),
        ("The council is intending to publish the list in May.", "commitment"),
        ("We are committed to publishing the figures every quarter.", "commitment"),
        # Near misses: a fact of the past, a judgement.
        ("Kilbride is the largest project we have ever committed to.", "factual"),
        ("It is the biggest sum the city has committed to, by far.", "factual"),
    ],
)
def test_an_aim_and_a_commitment(text, kind):
    dated = any(year in text for year in ("2027", "May", "summer"))
    assert classify(text, has_horizon=dated, timed=dated) == ClaimKind(kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I'll DM you the definitions we used by Friday.", "commitment"),
        ("I'll ping you the link by Friday.", "commitment"),
        ("I'll text you the numbers by Friday.", "commitment"),
        ("I'll Slack you the deck by Friday.", "commitment"),
        ("I'll message the group by Friday.", "commitment"),
        ("We'll forward it to the committee by May.", "commitment"),
        ("I'll get you a written answer by Friday.", "commitment"),
        ("I'll get back to you by Friday.", "commitment"),
        ("We'll get the tram back on track by Friday.", "prediction"),
        # Near miss: no one sent anything to; an outcome.
        ("I'll text when the results come in by Friday.", "prediction"),
    ],
)
def test_a_message_promised_is_a_commitment(text, kind):
    assert classify(text, has_horizon=True, timed=True) == ClaimKind(kind)
