"""Named days of the year, "tomorrow" in a forecast, and long spans asked about."""

import datetime

import pytest

from claims.horizons import parse_horizon

SAID = datetime.date(2026, 11, 20)


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("He'll definitely miss Boxing Day.", datetime.date(2026, 12, 26)),
        ("In the top six at Christmas. I really believe that.", datetime.date(2026, 12, 25)),
        ("We will be top at Christmas 2027.", datetime.date(2027, 12, 25)),
        ("Top six by Christmas.", datetime.date(2026, 12, 25)),
        ("We will open on New Year's Eve.", datetime.date(2026, 12, 31)),
        ("We play them on Boxing Day next year and we'll win", datetime.date(2027, 12, 26)),
        ("I think we win tomorrow, and I think we win well.", datetime.date(2026, 11, 21)),
        ("He will start tomorrow.", datetime.date(2026, 11, 21)),
        # Near-misses: no day ahead.
        ("The Christmas market will be busy.", None),
        ("We were poor at Christmas.", None),
        ("We lost on Boxing Day.", None),
        ("No talks yet. My focus is tomorrow.", None),
        ("Catch you all tomorrow.", None),
    ],
)
def test_days_ahead(text, deadline):
    assert parse_horizon(text, said_on=SAID).deadline == deadline


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Thwaites is going to collapse within 20 years.", True),
        ("Fusion will be commercial within ten years.", False),
        ("We will be there in 15 years.", True),
        ("Prices will double within a decade.", True),
        ("Prices will fall within two years.", False),
        ("We ship in 18 months.", False),
    ],
)
def test_long_spans_are_asked_about(text, asked):
    reading = parse_horizon(text, said_on=SAID)
    assert reading.deadline is not None
    assert ("round figure" in reading.remark) is asked


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("I'd still put a December cut at 60/40.", datetime.date(2026, 12, 31)),
        ("The March meeting will decide it.", datetime.date(2027, 3, 31)),
        ("We think the June launch slips.", datetime.date(2027, 6, 30)),
        ("December cut", datetime.date(2026, 12, 31)),  # the stored phrase, read again
        ("tomorrow", datetime.date(2026, 11, 21)),
        ("Boxing Day", datetime.date(2026, 12, 26)),
        # Near-misses: the past, and "may" the verb.
        ("We had a December cut last year.", None),
        ("The December cut was a mistake.", None),
        ("I may cut it.", None),
    ],
)
def test_a_month_named_as_an_events_time(text, deadline):
    assert parse_horizon(text, said_on=SAID).deadline == deadline
