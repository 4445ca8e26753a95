"""Table tests: what is and is not a forecast of the speaker now."""

import pytest

from claims.choices import ClaimKind
from claims.importing.classify import classify

P, F, OP = ClaimKind.PREDICTION, ClaimKind.FACTUAL, ClaimKind.OPINION


@pytest.mark.parametrize(
    ("text", "has_horizon", "kind"),
    [
        # Saying one does not forecast is no forecast.
        ("We don't predict the future.", False, F),
        ("I can't predict where rates go.", False, F),
        ("Nobody can forecast the oil price.", False, F),
        ("We never make predictions about the stock.", False, F),
        ("Nobody knows when AGI will arrive.", False, F),
        ("Gates was careful to say nobody knows when AGI will arrive.", False, F),
        ("I don't know when, but AGI will arrive.", False, P),
        ("We predict rates will fall.", False, P),
        # A forecast made before and told now looks back.
        ("In 2019 I predicted rates would be zero by 2020.", False, F),
        ("In 2019 I predicted rates would be zero by 2020.", True, F),
        ("Back in 2015 we forecasted oil at $20.", False, F),
        ("I bet rates fall before the summer.", False, P),  # "bet", "forecast": present too
        ("She predicted the crash a year early.", False, F),
        ("I predicted in 2019 that rates will be zero by 2030.", True, P),
        ("I predicted it then and I still think rates go to zero.", False, P),
        # A promise or forecast told in reported speech ("would", "'d") is still ahead …
        ("Marisa Okonjo vowed we'd double the order book by the end of 2027.", True, P),
        ("He told the board the plant would reopen in May.", True, P),
        ("Tolu swore the roof would be on by Christmas.", True, P),
        # … but not one the speaker recalls making, one said before a past moment, one that
        # failed, or a belief looked back on.
        ("Last January I said the 30-yr fixed would be under 5.5% by December.", True, F),
        ("I said back in January that Coldbrook would renew for another two years.", True, F),
        ("The chief executive had told the meeting that it would double by 2027.", True, F),
        ("He said the plant would reopen by 2025, and it didn't.", False, F),
        ("We thought it would ship in May.", True, F),
        # An earliest date is still a forecast (its deadline is vague: a lower bound).
        ("I think it could come as early as 2026 or 2027.", False, P),
        ("It could arrive sooner than people think.", False, P),
        ("Self-driving could happen as early as next year.", False, P),
        # Unchanged: judgements stay opinions ("could" alone is no forecast).
        ("I think remote work is better.", False, OP),
        ("We could do better on costs.", False, OP),
    ],
)
def test_what_is_a_forecast_of_the_speaker_now(text, has_horizon, kind):
    assert classify(text, has_horizon=has_horizon) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # A target, then the progress noted so far: the target is still ahead.
        ("2 more eng hires by end of year, offer already out to one", P),  # board notes
        ("2 more eng hires by end of year, offer already out to one (backend, ex-Ovenly)", P),
        ("We'll hit 40 trucks by July, three already delivered.", P),
        ("Twelve new branches by March, four sites already leased", P),
        ("£3m of savings by the year end, half already identified.", P),
        # A target said to be met, or a past told, looks back.
        ("Sales hit $2M by June, target already met", F),
        ("Sales hit $2M by June, already met", F),
        ("By June, we had already shipped a million.", F),
    ],
)
def test_a_target_with_its_progress_so_far_is_still_ahead(text, kind):
    assert classify(text, has_horizon=True) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Inflation is at its highest level in 15 years.",
        "Unemployment is the lowest in a decade.",
        "It is the first visit by a foreign minister in 11 years.",
    ],
)
def test_a_record_over_a_span_counted_back_is_no_forecast(text):
    assert classify(text) == F


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # A participle counting a measure is an adjective: the forecast's verb is present.
        ("utility-scale batteries go under 180 EUR/kWh installed in the region before 2028", P),
        ("Offshore wind reaches 12 GW connected across the grid by 2030.", P),
        ("Prices fall to $90/kWh installed in the US by 2028.", P),
        # Near misses: a past of its own.
        ("We had 500 homes built in 2024 and 2025.", F),
        ("Prices fell to $90/kWh installed in the US by 2025.", F),
    ],
)
def test_a_participle_after_a_measure_is_no_past(text, kind):
    assert classify(text, has_horizon=kind == P) == kind
