"""Table tests: one meaning, one reading, whatever the word order or the hedging.

"Not until X" is a lower bound however it is said; the middle of a decade has no firm end;
a horizon given as alternatives takes the later end and says the deadline is unclear.
"""

from datetime import date

import pytest

from claims.horizons import HorizonKind, parse_horizon

SAID = date(2024, 3, 5)
DATED, VAGUE = HorizonKind.DATED, HorizonKind.VAGUE
LOWER = "is a lower bound"


@pytest.mark.parametrize(
    "text",
    [
        # The negation before "until", in the same clause.
        "It won't ship until late 2025.",
        "Not until late 2025 will it ship.",
        "There will be no cuts until 2026.",
        # ...with an aside between commas.
        "The product won't, realistically, ship until late 2025.",
        "The product will not, in my view, ship until late 2025.",
        # "Until X" first, the negation after it.
        "Until late 2025, it won't ship.",
        "Until late 2025 it won't ship.",
        "Until 2026, no rate cuts.",
        "Until 2030 nothing will change.",
        "Until next year, I don't see cuts.",
        "And until 2027, nobody will buy one.",
    ],
)
def test_a_negated_until_is_a_lower_bound_in_any_word_order(text):
    result = parse_horizon(text, said_on=SAID)
    assert result.kind is VAGUE, result.rule
    assert LOWER in result.rule


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        # "Until X" in a clause with no negation: how long something lasts, to the end of X.
        ("Rates will stay high until 2026.", date(2026, 12, 31)),
        ("Until 2026 rates will stay high.", date(2026, 12, 31)),
        # The negation is another clause's.
        ("I don't know, but rates will stay high until 2026.", date(2026, 12, 31)),
        ("Rates won't fall. Until 2026 they stay high.", date(2026, 12, 31)),
        ("Until 2026, rates stay high, and nothing changes after.", date(2026, 12, 31)),
        # An answer's "No," negates nothing in the clause.
        ("No, rates will stay high until 2026.", date(2026, 12, 31)),
    ],
)
def test_an_until_without_a_negation_of_its_own_keeps_its_date(text, deadline):
    result = parse_horizon(text, said_on=SAID)
    assert (result.kind, result.deadline) == (DATED, deadline)


@pytest.mark.parametrize(
    ("text", "decade"),
    [
        ("Inflation will be back at 2% by mid-decade.", "2020s: about 2024 to 2026"),
        ("by the middle of the decade", "2020s: about 2024 to 2026"),
        ("in the mid-2030s", "2030s: about 2034 to 2036"),
        ("by the mid 2030s", "2030s: about 2034 to 2036"),
        ("mid next decade", "2030s: about 2034 to 2036"),
        ("by the middle of next decade", "2030s: about 2034 to 2036"),
        ("before the mid-2030s", "2030s: about 2034 to 2036"),
    ],
)
def test_the_middle_of_a_decade_is_for_the_curator_to_date(text, decade):
    result = parse_horizon(text, said_on=SAID)
    assert result.kind is VAGUE
    assert f"names the middle of a decade ({decade})" in result.rule


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        # Its edges still have an end: the early and late parts, and "mid-to-late".
        ("the early 2030s", date(2033, 12, 31)),
        ("by the late 2030s", date(2039, 12, 31)),
        ("by mid-to-late 2030s", date(2039, 12, 31)),
        ("by mid-2026", date(2026, 6, 30)),  # the middle of a year is its June
    ],
)
def test_the_other_parts_of_a_decade_keep_their_dates(text, deadline):
    assert parse_horizon(text, said_on=SAID).deadline == deadline


@pytest.mark.parametrize(
    ("text", "deadline", "phrase"),
    [
        (
            "I'm not sure rates will be cut this year or next.",
            date(2025, 12, 31),
            "this year or next",
        ),
        ("Rates will fall in 2026 or 2027.", date(2027, 12, 31), "in 2026 or 2027"),
        ("AGI by 2030, maybe 2035.", date(2035, 12, 31), "by 2030, maybe 2035"),
        ("It ships in a year or two.", date(2026, 3, 5), "in a year or two"),
        ("By Q3 or Q4 2025 it will launch.", date(2025, 12, 31), "By Q3 or Q4 2025"),
        ("Cuts in 18 months, maybe two years.", date(2026, 3, 5), "in 18 months, maybe two years"),
    ],
)
def test_alternatives_take_the_later_end_and_say_the_deadline_is_unclear(text, deadline, phrase):
    result = parse_horizon(text, said_on=SAID)
    assert (result.kind, result.deadline, result.phrase) == (DATED, deadline, phrase)
    assert (
        result.remark == f"deadline unclear: “{phrase}” gives alternatives, the later end is taken"
    )
    assert result.rule.endswith("; alternatives: the later end is taken, check it")


@pytest.mark.parametrize(
    "text",
    [
        "within 2 years if not sooner",  # an upper bound, not an alternative
        "by 2030 at the latest",
        "by 2030",
        "next year or earlier",
    ],
)
def test_a_single_horizon_has_no_remark(text):
    result = parse_horizon(text, said_on=SAID)
    assert result.kind is DATED
    assert result.remark == ""
