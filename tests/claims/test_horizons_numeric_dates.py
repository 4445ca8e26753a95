"""Days written in figures: a dot puts the day first; a slash is asked about when both
readings are days; a number is not a day (``claims.horizons.numeric_dates``)."""

import datetime

import pytest

from claims.horizons import parse_horizon

SAID = datetime.date(2026, 1, 20)
D = datetime.date


@pytest.mark.parametrize(
    ("text", "deadline", "asked"),
    [
        # A dot: day first, as DIN 5008 and the Nordic and Slavic usage write it.
        ("The new timetable starts on 16.02.", D(2026, 2, 16), False),
        ("We will finish the repairs by 16.02.", D(2026, 2, 16), False),
        ("Works on the bridge run until 28.2.", D(2026, 2, 28), False),
        ("The line reopens on 16.02.2026.", D(2026, 2, 16), False),
        ("The line reopens on 16.02.26.", D(2026, 2, 16), False),
        ("Invoices are due 03.04. at the latest.", D(2026, 4, 3), False),
        ("We will reply before 10.01.", D(2027, 1, 9), False),  # the next 10 January
        ("The quay stays closed (bis 16.02.) for works.", D(2026, 2, 16), False),
        # A slash: the one reading that is a day, else the later with a question.
        ("We will ship it by 16/03.", D(2026, 3, 16), False),
        ("The line reopens on 16/02/2026.", D(2026, 2, 16), False),
        ("The line reopens on 02/16/2026.", D(2026, 2, 16), False),
        ("Refunds will be paid by 3/4/27.", D(2027, 4, 3), True),
        ("The line reopens on 03/04/2026.", D(2026, 4, 3), True),
        ("We will ship it by 12/03.", D(2026, 12, 3), True),
        # An act due before an event dated with "on": the day before.
        ("We will publish it before the vote on 16.02.", D(2026, 2, 15), False),
        ("We will publish it before the Landtag vote on 9 September.", D(2026, 9, 8), False),
        ("We will report ahead of the board meeting on 12 October.", D(2026, 10, 11), False),
        ("We will decide before Friday's hearing on 3 July.", D(2026, 7, 2), False),
        ("We will publish it by the vote on 9 September.", D(2026, 9, 9), False),
        ("We will publish it on 9 September, before the vote.", D(2026, 9, 9), False),
        # A month's short name after or before its day.
        ("The line reopens by 16 Feb.", D(2026, 2, 16), False),
        ("The line reopens by Feb 16.", D(2026, 2, 16), False),
        ("The line reopens by Feb. 16.", D(2026, 2, 16), False),
        ("The line reopens by 16th Feb.", D(2026, 2, 16), False),
        # Near misses: numbers, times, days gone, days that do not exist.
        ("The result was 16.02 seconds.", None, False),
        ("Sales grew by 12.05 percent.", None, False),
        ("Prices rose by 10.12 last year.", None, False),
        ("We will decide by 2.5.", None, False),
        ("We offer support 24/7.", None, False),
        ("We will be on 24/7 standby.", None, False),
        ("A 3/4 majority passed it.", None, False),
        ("Turnout was up by 3/4 of a point.", None, False),
        ("The line reopened on 16.01.2026.", None, False),
        ("It reopens by 31.02.", None, False),
        ("The train leaves at 16.02.", None, False),
        ("Version 16.02 is the one to use.", None, False),
        ("The Feb update was late.", None, False),
    ],
)
def test_a_day_in_figures(text, deadline, asked):
    result = parse_horizon(text, said_on=SAID)
    assert result.deadline == deadline, result
    assert ("may be day/month or month/day" in result.remark) is asked, result.remark
