"""Table tests: advice, hypotheticals and present states are no dated forecasts.

- Advice and recommendations are opinions, dated or not: "MAS should publish its
  stress-test results", "Don't buy on a floodplain.". "Should" before a verb of change or
  arrival is a forecast: "Rates should fall by March".
- A consequence under a condition takes no deadline from the condition: "If rates stay
  high through 2026, housing starts will drop" is a prediction with no deadline and a
  remark; "A US recession next year would hit exporters hard" is a view of what would
  follow (opinion), with the same remark.
- A present state lasting until a date ("We are booked out until 2029") is checkable now:
  factual, no deadline, and a remark.
"""

import datetime

import pytest

from claims.choices import ClaimKind
from claims.importing.classify import advice, classify, hypothetical
from claims.importing.services import ImportOptions, SourceChoice, import_plan

P, F, OP, C = ClaimKind.PREDICTION, ClaimKind.FACTUAL, ClaimKind.OPINION, ClaimKind.COMMITMENT

# Said on 6 August 2025 (an earnings call in early August).
SOURCE = SourceChoice(title="Call", published_on=datetime.date(2025, 8, 6), precision="day")


def _plan(line: str):
    return import_plan(
        data=f"Call with Ruth Adeyemi\n\n{line}\n".encode(),
        file_name="notes.txt",
        options=ImportOptions(source=SOURCE, speakers={"": "Ruth Adeyemi"}),
    )


# ---- Advice: "should" of obligation, "must", "need to", the imperative.


@pytest.mark.parametrize(
    ("text", "has_horizon", "kind"),
    [
        # A recommendation to an institution, dated or not (think-tank summaries, op-eds).
        ("MAS should publish its stress-test results.", False, OP),
        ("MAS should publish its stress-test results by June.", True, OP),
        ("The government should publish the review next year.", True, OP),
        ("The Fed should cut rates by March.", True, OP),
        ("Regulators must act before the end of the year.", True, OP),
        ("Europe needs to build more grid by 2030.", True, OP),
        ("Councils ought to stop approving homes on floodplains.", False, OP),
        ("Ministers have to set out a plan before the summer.", True, OP),
        ("The ECB shouldn't wait until September to cut.", True, OP),
        # Advice in the imperative.
        ("Don't buy on a floodplain.", False, OP),
        ("Avoid long-duration bonds next year.", True, OP),
        ("Buy gold before 2027.", True, OP),
        ("- Never lend to a startup without collateral.", False, OP),
        ("Stay invested through the downturn.", False, OP),
        ("Lock in a fixed rate before the summer.", True, OP),
        # A think-tank's recommendations, listed.
        ("Fast-track permits for storage projects.", False, OP),
        ("- Phase out unabated coal by 2030.", True, OP),
        ("Introduce a carbon border levy next year.", True, OP),
        ("Introduced a carbon levy in 2020.", False, F),
        # A recommendation said as one (think-tank summaries, podcast advice).
        ("The report recommends that the Treasury publish a fiscal plan by March.", True, OP),
        ("We recommend the Fed hold rates through the first half of next year.", True, OP),
        ("Policymakers would be wise to cut rates before the summer.", True, OP),
        ("It's time for the Fed to cut.", False, OP),
        ("If you're a first-time buyer, wait until next spring.", True, OP),
        ("I'd wait until 2026 before buying.", True, OP),
        # "Calls for" in markets forecasts.
        ("Goldman calls for three cuts next year.", True, P),
        # "Should" of expectation: a verb of change, arrival or outcome.
        ("Rates should fall by March.", True, P),
        ("We should see margins improve in the fourth quarter.", True, P),
        ("It should be ready by 2027.", True, P),
        ("Inflation ought to ease by the summer.", True, P),
        ("Mortgage rates should come down next year.", True, P),
        ("Revenue should reach 4 billion in 2026.", True, P),
        ("Growth should pick up in the second half of 2026.", True, P),
        ("Prices should double by 2030.", True, P),
        # A forecast said as an imperative or with "will": still a forecast.
        ("Don't expect rate cuts before June.", True, P),
        ("The ECB will need to cut by June.", True, P),
        ("Expect three cuts next year.", True, P),
    ],
)
def test_advice_is_an_opinion_and_should_of_expectation_a_forecast(text, has_horizon, kind):
    assert classify(text, has_horizon=has_horizon, timed=has_horizon) == kind


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("line", "remark"),
    [
        ("MAS should publish its stress-test results by June.",
         "advice (“should publish”): read as a recommendation, not a forecast; “by June” is "
         "when it is advised for, not a deadline"),
        ("Don't buy on a floodplain.", "advice (“don't buy”)"),
        ("The Fed should cut rates by March.", "advice (“should cut”)"),
    ],
)  # fmt: skip
def test_advice_is_shown_as_advice(line, remark):
    (candidate,) = _plan(line).candidates
    assert candidate.kind == OP
    assert any(r.startswith(remark) for r in candidate.remarks), candidate.remarks


@pytest.mark.django_db
@pytest.mark.parametrize(
    "line", ["Rates should fall by March.", "We should see margins improve in Q4 2025."]
)
def test_should_of_expectation_has_no_advice_remark(line):
    (candidate,) = _plan(line).candidates
    assert candidate.kind == P
    assert advice(line) is None
    assert not any("advice" in r for r in candidate.remarks)


# ---- Conditions: the consequence takes no deadline from the condition.


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("line", "kind", "deadline", "condition"),
    [
        ("A US recession next year would hit exporters hard.", OP, None,
         "A US recession next year"),
        ("If rates stay high through 2026, housing starts will drop.", P, None,
         "If rates stay high through 2026"),
        ("Housing starts will drop if rates stay high through 2026.", P, None,
         "if rates stay high through 2026"),
        ("If rates stay high through 2026, housing starts would drop.", OP, None,
         "If rates stay high through 2026"),
        ("Unless the ECB cuts by June, Italy could face a crisis.", OP, None,
         "Unless the ECB cuts by June"),
        ("A rate cut in March would help housing.", OP, None, "A rate cut in March"),
        ("As long as oil stays above $80 through 2026, the budget will balance.", P, None,
         "As long as oil stays above $80 through 2026"),
        ("In the event of a no-deal exit next year, the pound would fall.", OP, None,
         "In the event of a no-deal exit next year"),
        ("Higher tariffs would hurt growth.", OP, None, "Higher tariffs"),
        ("A weaker dollar in 2026 could lift exporters.", OP, None, "A weaker dollar in 2026"),
        ("An election next year might change everything.", OP, None, "An election next year"),
        # A condition put first, inverted or with "absent", "without".
        ("Should rates fall by March, housing will recover.", P, None,
         "Should rates fall by March"),
        ("Were oil to spike above $120 next year, Europe would fall into recession.", OP, None,
         "Were oil to spike above $120 next year"),
        ("Absent a deal by June, tariffs will rise.", P, None, "Absent a deal by June"),
        ("Without new funding next year, the project will stall.", P, None,
         "Without new funding next year"),
        # The consequence's own date is its deadline; the condition is still remarked on.
        ("If rates stay high, housing starts will drop by 2027.", P,
         datetime.date(2027, 12, 31), "If rates stay high"),
        ("Prices should double by 2030, if demand holds.", P, datetime.date(2030, 12, 31),
         "if demand holds"),
        ("Prices will double by 2030 without subsidies.", P, datetime.date(2030, 12, 31), None),
    ],
)  # fmt: skip
def test_a_condition_dates_no_consequence(line, kind, deadline, condition):
    (candidate,) = _plan(line).candidates
    assert candidate.kind == kind
    assert candidate.deadline == deadline
    if condition:
        assert any(f"conditional (“{condition}”)" in r for r in candidate.remarks), (
            candidate.remarks
        )


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("line", "kind", "deadline"),
    [
        # Not conditions: an upper bound, a speaker's aside, a campaign promise, reported words.
        ("Rates will fall by 2030, if not sooner.", P, datetime.date(2030, 12, 31)),
        ("If you ask me, rates will be cut by March.", P, datetime.date(2026, 3, 31)),
        ("If I had to guess, rates fall by 2027.", P, datetime.date(2027, 12, 31)),
        ("If elected, I'll freeze rents by 2027.", C, datetime.date(2027, 12, 31)),
        ("By 2030, prices could double.", P, datetime.date(2030, 12, 31)),
        ("A deal could come by June.", P, datetime.date(2026, 6, 30)),
        ("Inflation next year could hit 3%.", P, datetime.date(2026, 12, 31)),
        ("I would expect rates to fall by March.", P, datetime.date(2026, 3, 31)),
    ],
)
def test_what_is_no_condition_keeps_its_date(line, kind, deadline):
    (candidate,) = _plan(line).candidates
    assert candidate.kind == kind
    assert candidate.deadline == deadline
    assert not any(r.startswith("conditional") for r in candidate.remarks)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A US recession next year would hit exporters hard.", True),
        ("Unless the ECB cuts, Italy could face a crisis.", True),
        ("If funding arrives, the probe might launch.", True),
        # The consequence said with its own time: a hedged forecast under its condition.
        ("If funding arrives, the probe might launch in 2028.", False),
        ("The digital euro could be ready in 2029, provided the law passes in 2026.", False),
        ("If rates stay high, housing starts will drop.", False),
        ("She said rates would fall by 2027.", False),
        ("That would be a mistake.", False),
        ("I'd say rates fall by 2027.", False),
    ],
)
def test_what_is_a_hypothetical(text, expected):
    assert hypothetical(text) is expected


# ---- A present state lasting until a date: checkable now.


@pytest.mark.django_db
@pytest.mark.parametrize(
    "line",
    [
        "We are booked out until 2029.",
        "Our order book is full until 2028.",
        "The plant is sold out through 2027.",
        "We're fully contracted until 2030.",
        "Prices are locked in until the end of 2027.",
        "The yard is booked solid till 2028.",
        "Capacity is already spoken for through 2029.",
        "- booked out until 2029",
        "Our backlog covers production through 2027.",
        "We have contracts in place until 2030.",
        "Offtake agreements run until 2032.",
        "Builders are sold out until the end of next year, honestly.",
    ],
)
def test_a_present_state_until_a_date_is_no_forecast(line):
    (candidate,) = _plan(line).candidates
    assert candidate.kind == F
    assert candidate.deadline is None
    assert any(r.startswith("present state") for r in candidate.remarks), candidate.remarks


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("line", "deadline"),
    [
        ("We will be sold out until 2029.", datetime.date(2029, 12, 31)),
        ("Rates will stay high until 2027.", datetime.date(2027, 12, 31)),
        ("The order book will be full by 2027.", datetime.date(2027, 12, 31)),
    ],
)
def test_a_state_said_in_the_future_is_a_forecast(line, deadline):
    (candidate,) = _plan(line).candidates
    assert candidate.kind == P
    assert candidate.deadline == deadline


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("line", "remark"),
    [
        ("You should never take a variable rate, in my view.", "advice (“should never take”)"),
        ("Permitting should take one year.", "how long it ought to take"),
    ],
)
def test_should_take_is_a_duration_only_before_a_span_of_time(line, remark):
    (candidate,) = _plan(line).candidates
    assert any(r.startswith(remark) for r in candidate.remarks), candidate.remarks
    assert len([r for r in candidate.remarks if "ought to take" in r]) == ("take one" in line)
