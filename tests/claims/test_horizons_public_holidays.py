"""US and Canadian public holidays said by name ("before the Fourth of July", "by Memorial
Day", "by Thanksgiving") are due on their day, fixed by rule; "before" one, the day before.
Thanksgiving without its country (the fourth Thursday of November in the US, the second Monday
of October in Canada) and "Labour Day" so spelt take the later day with a remark asking."""

import datetime

import pytest

from claims.horizons import HorizonKind, parse_horizon
from claims.horizons.holidays import holiday_day

D = datetime.date
SAID = D(2026, 3, 10)


@pytest.mark.parametrize(
    ("text", "deadline", "asked"),
    [
        ("The pool will reopen before the Fourth of July.", D(2026, 7, 3), False),
        ("THE BRIDGE WILL BE REPAINTED BY THE FOURTH OF JULY.", D(2026, 7, 4), False),
        ("We will have the permits by Independence Day.", D(2026, 7, 4), False),
        ("The trail will be open by July 4th.", D(2026, 7, 4), False),
        ("The lanes will be striped by July Fourth.", D(2026, 7, 4), False),
        ("The fence will be up before 4th of July.", D(2026, 7, 3), False),
        ("We'll finish the beach cleanup by Memorial Day.", D(2026, 5, 25), False),
        ("Crews will be done by Labor Day.", D(2026, 9, 7), False),
        ("The new wing opens before Canada Day.", D(2026, 6, 30), False),
        ("The patio will be built by Victoria Day.", D(2026, 5, 18), False),
        ("Le pont sera fini by Bastille Day.", D(2026, 7, 14), False),
        ("We will ship it by Canadian Thanksgiving.", D(2026, 10, 12), False),
        ("We will ship it by American Thanksgiving.", D(2026, 11, 26), False),
        ("We will ship it by Thanksgiving.", D(2026, 11, 26), True),
        ("We will ship it by Thanksgiving 2027.", D(2027, 11, 25), True),
        ("The rink will be flooded by Labour Day.", D(2026, 9, 7), True),
        ("The monument will be restored by Veterans Day.", D(2026, 11, 11), False),
        ("The hearing will be held before Juneteenth.", D(2026, 6, 18), False),
        ("The bill will be signed by next Memorial Day.", D(2026, 5, 25), False),
    ],
)
def test_a_holiday_is_its_day(text, deadline, asked):
    result = parse_horizon(text, said_on=SAID)
    assert result.kind == HorizonKind.DATED
    assert result.deadline == deadline
    assert bool(result.remark) == asked
    if asked:
        assert "which country is meant?" in result.remark


def test_a_holiday_already_past_this_year_is_next_years():
    result = parse_horizon("We'll have it fixed by Memorial Day.", said_on=D(2026, 6, 1))
    assert result.deadline == D(2027, 5, 31)


@pytest.mark.parametrize(
    "text",
    [
        "The Fourth of July parade was loud.",  # no preposition: a name, no time
        "We celebrated Thanksgiving with the team.",
        "Memorial Day sales were strong.",
        "Sales fell by Labor Day last year, they said.",  # the past
        "The Independence Day speech drew a crowd.",
        "The Canadian Independence Day party is a myth.",  # a holiday that country lacks
    ],
)
def test_near_misses_read_no_holiday(text):
    result = parse_horizon(text, said_on=SAID)
    assert result.deadline is None


@pytest.mark.parametrize(
    ("key", "year", "day"),
    [
        ("memorial", 2027, D(2027, 5, 31)),
        ("victoria", 2027, D(2027, 5, 24)),  # 24 May a Monday: that day
        ("victoria", 2028, D(2028, 5, 22)),
        ("labor", 2027, D(2027, 9, 6)),
        ("us_thanksgiving", 2028, D(2028, 11, 23)),
        ("ca_thanksgiving", 2028, D(2028, 10, 9)),
        ("mlk", 2027, D(2027, 1, 18)),
        ("presidents", 2027, D(2027, 2, 15)),
        ("columbus", 2027, D(2027, 10, 11)),
    ],
)
def test_holidays_on_a_weekday_by_rule(key, year, day):
    assert holiday_day(key, year)[0] == day
