"""The horizon parser at the turn of a period, and on shorthand speakers use (no database).

"The end of the decade" said in a decade's last year, "the second half" without a year, "for
the rest of the year", a year by its last two digits ("by '27"), and "will fall next year"
(a verb, not the autumn). The rules are in
docs/horizons.md.
"""

from datetime import date

import pytest

from claims.choices import DatePrecision
from claims.horizons import HorizonKind, parse_horizon

DAY, MONTH, YEAR = DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR
DATED, VAGUE, NONE = HorizonKind.DATED, HorizonKind.VAGUE, HorizonKind.NONE
TURN = "was said in a decade's last year"
HALF = "names a half-year without its year"


@pytest.mark.parametrize(
    ("text", "said_on", "said", "kind", "deadline", "why"),
    [
        # The end of the decade, said in its last year: this decade or the next ten years.
        (
            "By the end of the decade, AI will run most factories.",
            date(2019, 12, 20),
            DAY,
            VAGUE,
            None,
            TURN,
        ),
        ("by the end of the decade", date(2029, 3, 1), DAY, VAGUE, None, TURN),
        ("by the end of the decade", date(2029, 1, 1), YEAR, VAGUE, None, TURN),
        ("before the decade is out", date(2019, 11, 5), DAY, VAGUE, None, TURN),
        ("by the decade's end", date(2029, 6, 1), MONTH, VAGUE, None, TURN),
        # Said earlier in the decade, or naming which decade: dated as before.
        ("by the end of the decade", date(2028, 12, 20), DAY, DATED, date(2029, 12, 31), ""),
        ("by the end of the decade", date(2020, 1, 2), DAY, DATED, date(2029, 12, 31), ""),
        ("by the end of this decade", date(2029, 12, 20), DAY, DATED, date(2029, 12, 31), ""),
        ("by the end of next decade", date(2029, 12, 20), DAY, DATED, date(2039, 12, 31), ""),
        ("by the next decade", date(2019, 12, 20), DAY, DATED, date(2029, 12, 31), ""),
        # The end of the year said in its last days is this year's.
        ("by the end of the year", date(2022, 12, 28), DAY, DATED, date(2022, 12, 31), ""),
        ("by year end", date(2022, 12, 30), DAY, DATED, date(2022, 12, 31), ""),
        # A half-year without its year.
        (
            "Rates will fall in the second half.",
            date(2024, 3, 2),
            DAY,
            DATED,
            date(2024, 12, 31),
            "",
        ),
        ("cuts come in the back half", date(2024, 6, 1), MONTH, DATED, date(2024, 12, 31), ""),
        ("in the second half of the year", date(2024, 1, 15), DAY, DATED, date(2024, 12, 31), ""),
        # Said in the second half: this year's (under way) until September, then next
        # year's; the first half said after June is next year's. Each with a remark.
        (
            "Rates will fall in the second half.",
            date(2024, 9, 2),
            DAY,
            DATED,
            date(2024, 12, 31),
            "",
        ),
        (
            "Rates will fall in the second half.",
            date(2024, 11, 4),
            DAY,
            DATED,
            date(2025, 12, 31),
            "",
        ),
        ("in the second half", date(2024, 1, 1), YEAR, VAGUE, None, HALF),
        ("demand recovers in the first half", date(2024, 9, 2), DAY, DATED, date(2025, 6, 30), ""),
        ("in the first half", date(2024, 2, 2), DAY, DATED, date(2024, 6, 30), ""),
        ("We scored in the second half of the game.", date(2024, 3, 2), DAY, NONE, None, ""),
        # The rest of the period.
        (
            "Rates will stay high for the rest of the year.",
            date(2024, 3, 2),
            DAY,
            DATED,
            date(2024, 12, 31),
            "",
        ),
        ("over the remainder of the year", date(2024, 3, 2), DAY, DATED, date(2024, 12, 31), ""),
        ("for the rest of this quarter", date(2024, 2, 2), DAY, DATED, date(2024, 3, 31), ""),
        ("through the rest of the month", date(2024, 2, 2), DAY, DATED, date(2024, 2, 29), ""),
        # A year by its last two digits: the nearest such year.
        ("Rates will fall by '27.", date(2024, 1, 2), DAY, DATED, date(2027, 12, 31), ""),
        ("in '26", date(2024, 1, 2), DAY, DATED, date(2026, 12, 31), ""),
        ("until ’30", date(2024, 1, 2), DAY, DATED, date(2030, 12, 31), ""),
        ("by '99 everyone had a modem", date(2024, 1, 2), DAY, NONE, None, ""),
        ("in the '90s", date(2024, 1, 2), DAY, NONE, None, ""),
        # "fall" and "spring" after a verb's helper are verbs: the year, not the season.
        ("Rates will fall next year.", date(2024, 3, 6), DAY, DATED, date(2025, 12, 31), ""),
        ("Rates could fall this year", date(2024, 3, 6), DAY, DATED, date(2024, 12, 31), ""),
        ("Prices won't fall next year", date(2024, 3, 6), DAY, DATED, date(2025, 12, 31), ""),
        ("Stocks will fall this fall.", date(2024, 3, 6), DAY, DATED, date(2024, 11, 30), ""),
        ("by fall next year", date(2024, 3, 6), DAY, DATED, date(2025, 11, 30), ""),
        ("Prices will fall next spring.", date(2024, 3, 6), DAY, DATED, date(2025, 5, 31), ""),
    ],
)
def test_turns_of_periods_and_shorthand(text, said_on, said, kind, deadline, why):  # noqa: PLR0917
    result = parse_horizon(text, said_on=said_on, precision=said)
    assert (result.kind, result.deadline) == (kind, deadline), result.rule
    assert why in result.rule
