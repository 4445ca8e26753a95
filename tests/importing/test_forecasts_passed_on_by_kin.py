"""Table tests: a forecast someone the speaker knows makes, told as "My uncle works for a DNO
and he reckons …": the relative's or the acquaintance's, not the speaker's own. Near-misses
(a pronoun with nobody named before it, the speaker's own forecast after "and", someone named
mid-sentence) stay as they were."""

import pytest

from claims.importing.others_forecasts import anothers_forecast


@pytest.mark.parametrize(
    ("text", "whose"),
    [
        (
            "My uncle works for a DNO and he reckons the South East grid can't take another "
            "million heat pumps before 2035 without major reinforcement.",
            "My uncle",
        ),
        ("My boss is cautious and she expects rates to fall by 2027.", "My boss"),
        ("A friend at the council is well placed and she predicts a freeze by 2027.", "A friend"),
        (
            "Our neighbour installed one last year and he reckons bills will halve by 2028.",
            "Our neighbour",
        ),
        (
            "My brother-in-law sells EVs and he expects prices to fall next year.",
            "My brother-in-law",
        ),
        # Near-misses.
        ("I work for a DNO and he reckons the grid will fail by 2030.", ""),
        ("Prices are high and he expects them to fall by 2027.", ""),
        ("My uncle says hi and I expect prices to fall by 2027.", ""),
        ("Ana said my sister left and she expects prices to fall by 2027.", ""),
        ("My uncle thinks heat pumps are noisy.", ""),
    ],
)
def test_a_forecast_told_of_someone_the_speaker_knows(text, whose):
    assert anothers_forecast(text) == whose
