"""Table tests: a forecast of someone the speaker knows ("My colleague Dr Teodor Lind thinks
…", "A friend of mine reckons …") or of those their side hires ("Our consultants, Fenwick
Marsh Associates, expect …") is that person's, told: the speaker's report, with a remark
naming whose forecast it is; never silently the speaker's own prediction. The side's own
people forecasting as the side ("Our analysts think …", "My colleagues and I will …") and
the hired acting for the side ("Our consultants will deliver the report by March") stay the
speaker's."""

import datetime

import pytest

from claims.importing.attribution import told_forecast
from claims.importing.others_forecasts import anothers_forecast

SAID_ON = datetime.date(2026, 4, 18)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "My colleague Dr Ines Halvorsen thinks the dunes will be gone by the mid-2030s.",
            "My colleague Dr Ines Halvorsen",
        ),
        ("My colleague Tom Baines expects a rate cut by June.", "My colleague Tom Baines"),
        ("A friend of mine reckons rents will fall by 2027.", "A friend of mine"),
        ("My neighbour thinks the pit will reopen next year.", "My neighbour"),
        (
            "Our consultants, Harrow Lane Partners, expect ridership to rise 20% by 2028.",
            "Our consultants, Harrow Lane Partners",
        ),
        ("Our external auditors expect a qualified opinion next year.", "Our external auditors"),
        ("Our advisers predict the bond will price by March.", "Our advisers"),
    ],
)
def test_a_known_persons_or_a_hired_firms_forecast_is_theirs(text, who):
    told = told_forecast(text, said_on=SAID_ON, speaker="Maren Solberg")
    assert told is not None
    assert told.who == who


@pytest.mark.parametrize(
    "text",
    [
        "Our analysts think rates will fall by 2027.",  # the side's own
        "My colleagues and I will publish the study by June.",
        "Our consultants will deliver the report by March.",  # no forecast of theirs told
        "My colleague Tom Baines expects a rate cut by June, and I agree.",  # endorsed
    ],
)
def test_the_sides_own_forecasts_stay_the_speakers(text):
    assert told_forecast(text, said_on=SAID_ON, speaker="Maren Solberg") is None


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "The Bureau's seasonal outlook indicates a drier than average summer for the basin.",
            True,
        ),
        ("The Met Office's long-range outlook points to a cold January.", True),
        ("Our outlook indicates a drier summer.", False),  # the side's own
        ("The outlook is bleak.", False),  # nobody's outlook told
    ],
)
def test_a_named_bodys_outlook_is_theirs_told(text, told):
    assert bool(anothers_forecast(text)) is told
