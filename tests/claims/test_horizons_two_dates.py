"""Table tests: two dates side by side are no confident deadline.

"Probably in December and March." names two dates: the earlier is not taken silently. As
with alternatives ("this year or next"), the later end is the deadline and the result's
``remark`` asks the curator which is meant. Two dates of two clauses ("AGI by 2027, ASI by
2030") keep the first, and "may" after "and" is a verb, not a month.
"""

from datetime import date

import pytest

from claims.horizons import HorizonKind, parse_horizon

SAID = date(2025, 6, 1)


@pytest.mark.parametrize(
    ("text", "deadline", "phrase"),
    [
        ("The cut comes probably in December and March.", date(2026, 3, 31),
         "in December and March"),
        ("The cut comes in December or March.", date(2026, 3, 31), "in December or March"),
        ("Deliveries start by September and October at the latest.", date(2025, 10, 31),
         "by September and October at the latest"),
        ("Rates fall by June, and by December they are 2%.", date(2026, 6, 30),
         "by June, and by December"),
    ],
)  # fmt: skip
def test_two_dates_take_the_later_end_and_ask(text, deadline, phrase):
    result = parse_horizon(text, said_on=SAID, precision="month")
    assert result.kind == HorizonKind.DATED
    assert result.deadline == deadline
    assert result.phrase == phrase
    assert "two dates" in result.remark
    assert "which is meant" in result.remark


def test_alternatives_already_read_as_one_horizon_keep_their_remark():
    result = parse_horizon("Listing in Q3 2026 or Q1 2027.", said_on=SAID, precision="month")
    assert result.deadline == date(2027, 3, 31)
    assert result.remark.startswith("deadline unclear")


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("AGI by 2027, ASI by 2030", date(2027, 12, 31)),
        ("We will ship in March and may slip.", date(2026, 3, 31)),
        ("Prices will fall by 2027, and wages rise.", date(2027, 12, 31)),
    ],
)
def test_one_date_is_read_as_before(text, deadline):
    result = parse_horizon(text, said_on=SAID, precision="month")
    assert result.deadline == deadline
    assert "two dates" not in result.remark


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        # A season or a month with no year says when in each year; the year after it is the
        # deadline.
        ("The Nordic grid will be a net importer of power in winter by 2028.", date(2028, 12, 31)),
        ("Prices will be higher in summer by 2027.", date(2027, 12, 31)),
        ("Output peaks in July before 2030.", date(2029, 12, 31)),
        ("Demand will peak in winter by the end of 2027.", date(2027, 12, 31)),
        # Near misses: no year after it, a comma between, the year the month's own.
        ("Rates will fall in March.", date(2026, 3, 31)),
        ("We will open in March, by 2027 at the latest.", date(2026, 3, 31)),
        ("Rates will fall in March 2027 by 50 basis points.", date(2027, 3, 31)),
    ],
)  # fmt: skip
def test_a_season_before_a_years_deadline_is_no_horizon(text, deadline):
    result = parse_horizon(text, said_on=SAID, precision="month")
    assert (result.kind, result.deadline) == (HorizonKind.DATED, deadline), result.rule
