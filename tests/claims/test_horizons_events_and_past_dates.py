"""Table tests: dates that are not the forecast's, dates of a meeting named by its month, a
declared fiscal calendar, and a forecast's date already past when said. No database."""

from datetime import date

import pytest

from claims.horizons import HorizonKind, parse_horizon

DATED, VAGUE, NONE = HorizonKind.DATED, HorizonKind.VAGUE, HorizonKind.NONE
SAID = date(2026, 11, 24)


@pytest.mark.parametrize(
    "text",
    [
        "I'm told the reforms will survive whoever wins in 2027.",  # the stranger's line
        "Whichever party is elected in 2027 will cut taxes.",
        "No matter who wins next year, the deficit will grow.",
        "The deal will hold regardless of which party takes office in 2029.",
        "The winner of the 2028 race will raise the retirement age.",
        "The winner in 2027 will cut taxes.",
        "Whoever takes over in 2028 will inherit a deficit.",
    ],
)
def test_the_date_of_an_event_the_forecast_depends_on_is_no_deadline(text):
    result = parse_horizon(text, said_on=SAID)

    assert result.kind is not DATED  # never a confident deadline
    if result.kind is VAGUE:
        assert "dates an event the forecast depends on" in result.remark


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("Whoever wins, rates will fall by 2027.", date(2027, 12, 31)),  # the date is the claim's
        ("The reforms will survive until 2030.", date(2030, 12, 31)),
    ],
)
def test_a_date_outside_the_relative_clause_is_still_the_deadline(text, deadline):
    assert parse_horizon(text, said_on=SAID).deadline == deadline


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("The ECB will hold rates at its December meeting.", date(2026, 12, 31)),  # stranger's
        ("They will agree at the June summit.", date(2027, 6, 30)),
        ("The Fed will cut by the March policy meeting.", date(2027, 3, 31)),
        ("The board will approve it at their September meeting.", date(2027, 9, 30)),
        ("The ECB will cut at next month's meeting.", date(2026, 12, 31)),
        ("EU leaders will sign it at the December European Council summit.", date(2026, 12, 31)),
    ],
)
def test_a_meeting_named_by_its_month_is_due_by_the_end_of_that_month(text, deadline):
    result = parse_horizon(text, said_on=SAID)

    assert (result.kind, result.deadline) == (DATED, deadline)
    assert result.precision == "month"


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("I will hand the petition in at the December 3 meeting.", date(2026, 12, 3)),
        ("The board will decide by the January 12th hearing.", date(2027, 1, 12)),
        # "Before X" is the day before X begins, as "before 3 December" is.
        ("I will deliver it to council before the December 3 meeting.", date(2026, 12, 2)),
    ],
)
def test_a_meeting_named_by_its_day_is_due_that_day(text, deadline):
    result = parse_horizon(text, said_on=SAID)

    assert (result.kind, result.deadline) == (DATED, deadline)
    assert result.precision == "day"


@pytest.mark.parametrize(
    "text",
    [
        "We met at the June summit and it went well.",
        "Last year, at the March meeting, rates were held.",
    ],
)
def test_a_meeting_told_of_in_the_past_is_no_horizon(text):
    assert parse_horizon(text, said_on=SAID).kind is not DATED


@pytest.mark.parametrize(
    "text",
    [
        "Our fiscal year ends in June.",
        "As a reminder, our fiscal year ends in June.",
        "Our fiscal year ends in March.",
        "Our financial year runs April to March.",
        "We report on a fiscal year ending 30 September.",
        "FY ends in March.",
        "Our FY ends March 31.",
        "Our fiscal year is the calendar year.",
    ],
)
def test_a_declared_fiscal_calendar_is_no_horizon(text):
    assert parse_horizon(text, said_on=SAID).kind is NONE


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("FY27 (fiscal year ending June)", date(2027, 6, 30)),
        ("Margins will recover in FY27 (fiscal year ending June).", date(2027, 6, 30)),
        ("Our fiscal year ends in June, and FY27 revenue will double.", date(2027, 6, 30)),
        ("by FY29 (fiscal year ending March)", date(2029, 3, 31)),
        ("fiscal year (fiscal year ending September)", date(2027, 9, 30)),
        # A year after the month: one year's period, a horizon.
        ("Revenue will double in the fiscal year ending 30 September 2027.", date(2027, 9, 30)),
        # The declaration's month is no deadline; another time after it is.
        ("Our fiscal year ends in June; margins recover by March.", date(2027, 3, 31)),
    ],
)
def test_a_fiscal_year_end_given_in_the_text_dates_its_fiscal_horizons(text, deadline):
    assert parse_horizon(text, said_on=SAID).deadline == deadline


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("AI will be regulated in every G20 country by 2025.", "by 2025"),  # the stranger's
        ("Rates will be cut by March 2026.", "by March 2026"),
        ("The plant will close before 2024.", "before 2024"),
        ("Bitcoin will hit $200k in 2025, I am sure.", "in 2025"),
    ],
)
def test_a_forecasts_date_already_past_gets_no_deadline_and_a_remark_why(text, phrase):
    result = parse_horizon(text, said_on=SAID)

    assert (result.kind, result.deadline) == (NONE, None)
    assert f"“{phrase}” was already past when it was said (on 24 November 2026)" in result.remark


@pytest.mark.parametrize(
    "text",
    [
        "Sweden's housing market bottomed out in 2023.",
        "In 2025 we grew 5%, and we will grow again.",
        "We said prices would fall by 2025.",
    ],
)
def test_a_past_date_told_of_as_past_gets_no_remark(text):
    assert parse_horizon(text, said_on=SAID).remark == ""


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("60 paying customers by demo day (Dec 8)", date(2026, 12, 8)),  # board notes
        ("We will have 60 paying customers by demo day (December 8).", date(2026, 12, 8)),
        ("Rates will be cut at the next meeting (18 December).", date(2026, 12, 18)),
        ("We'll finish the audit before the board meeting (12 March).", date(2027, 3, 12)),
        ("Beta to every customer ahead of the trade show (Feb 3)", date(2027, 2, 3)),
        ("The plant restarts in time for the peak season (1 June).", date(2027, 6, 1)),
    ],
)
def test_an_event_dated_in_brackets_after_a_deadline_gives_its_day(text, deadline):
    result = parse_horizon(text, said_on=SAID)

    assert (result.kind, result.deadline) == (DATED, deadline)


@pytest.mark.parametrize(
    "text",
    [
        "Meeting notes (Dec 8)",  # a heading's date
        "I spoke to her (Dec 8) about the launch.",
        "The report was out by demo day (Nov 8).",  # told in the past
    ],
)
def test_a_bracketed_day_of_no_deadline_is_no_horizon(text):
    assert parse_horizon(text, said_on=SAID).kind is NONE


@pytest.mark.parametrize(
    "text",
    [
        "This is the first visit by a foreign minister in eleven years.",  # a press conference
        "Inflation is at its highest level in 15 years.",
        "Unemployment is the lowest in a decade.",
        "It was the first rate cut in four years.",
        "For the first time in 20 years, prices fell.",
        "The steepest drop in two years came in March.",
        "Home sales are at their most depressed level in a decade.",
    ],
)
def test_a_span_counted_back_after_a_superlative_is_no_horizon(text):
    assert parse_horizon(text, said_on=SAID).kind is NONE


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # "first" in a sentence of the future: either way, asked.
        ("We will open the first store in two years.", VAGUE),
        ("The bank will make its first rate cut in four years.", VAGUE),
        # The span is the forecast's own: a verb between, or no superlative.
        ("The first cargo will arrive in two years.", DATED),
        ("The best outcome is a deal in two years.", DATED),
        ("Rates will hit their highest level in 15 years by June.", DATED),
    ],
)
def test_a_span_after_first_in_a_sentence_of_the_future_is_asked(text, kind):
    result = parse_horizon(text, said_on=SAID)

    assert result.kind is kind
    if kind is VAGUE:
        assert f"“{result.phrase}” may count back from now" in result.remark
