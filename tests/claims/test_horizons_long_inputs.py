"""Long inputs to the horizon parser (claims/horizons/): a statement of many thousand
characters that repeats a phrase hundreds of times is read without error, and its horizon is
the first phrase's, however many follow. No database."""

from datetime import date

import pytest

from claims.horizons import HorizonKind, parse_horizon
from tests.claims.test_horizons import CASES
from tests.claims.test_horizons_spoken import SPOKEN

SAID_ON = date(2026, 11, 24)
# Longer than a claim's quote may be (5,000), as a pasted document without stops is.
LENGTH = 6_000
# Ways a phrase is strung to the next: a second date ("and", "or"), a contrasted clause
# ("but", "whereas"), a second date read with the first's preposition (a capital after "and").
JOINS = (" and ", " or ", ", but ", ", whereas ", "; ", " and Oil will hit 100 dollars ", ", and ")


def _text(row) -> str:
    values = getattr(row, "values", row)  # a row, or a pytest.param of one
    return values[0]


def _long(phrase: str, join: str) -> str:
    unit = phrase.rstrip(".") + join
    return (unit * (LENGTH // len(unit) + 1))[:LENGTH]


PHRASES = sorted({_text(row) for row in (*CASES, *SPOKEN)})


@pytest.mark.parametrize("join", JOINS)
def test_every_phrase_repeated_past_any_quote_length_is_read(join):
    for phrase in PHRASES[JOINS.index(join) :: len(JOINS)]:  # each phrase once, a join each
        text = _long(phrase, join)
        result = parse_horizon(text, said_on=SAID_ON)  # no RecursionError, whatever the text
        assert result.kind in set(HorizonKind), phrase
        if result.kind is HorizonKind.DATED:
            assert result.deadline is not None


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        # The stranger's pasted line: "by 2027" hundreds of times, each a sentence's.
        ("Oil will hit 100 dollars by 2027 and " * 3000, date(2027, 12, 31)),
        ("Rates fall in 2027, but rise in 2028" + ", but rise in 2028" * 2000, date(2027, 12, 31)),
        ("in December and March" + " and March" * 4000, date(2027, 3, 31)),
        ("We ship by June and Revenue doubles by 2028 and " * 2000, date(2027, 6, 30)),
    ],
)
def test_a_long_statement_has_its_first_horizon(text, deadline):
    result = parse_horizon(text, said_on=SAID_ON)

    assert result.kind is HorizonKind.DATED
    assert result.deadline == deadline
