"""Table tests: horizons looked back on, ranges, two clauses, a period's close, "next" seasons.

- A distance in time said in the perfect or the past ("has been 30 years away") and a time
  told as said before ("We used to say 'by the end of the century'", "I remember people in
  2019 predicting … by 2030") give no deadline; the second kind with a remark.
- A duration given as a range ("five to ten years away", "in 3-5 years") takes the later end
  with a remark, as alternatives do.
- Two clauses with a time each, set against each other ("No recession in 2026, but a mild
  one in 2027"): the first is taken, with a remark.
- A quantity that ends the period ("The 10-year ends the year around 4.25%") is due at the
  end of the period said in.
- "next summer" said just before summer: that summer is taken, with a remark asking whether
  the one a year later is meant.
"""

from datetime import date

import pytest

from claims.horizons import HorizonKind, parse_horizon

SAID = date(2025, 9, 12)


@pytest.mark.parametrize(
    "text",
    [
        "Fusion has been 30 years away for 60 years.",
        "Quantum computing has always been ten years away.",
        "It's been five years out since 2015.",
        "Self-driving cars were always five years away.",
        "Level 5 autonomy used to be two years away.",
    ],
)
def test_a_distance_said_in_the_perfect_or_past_is_no_horizon(text):
    assert parse_horizon(text, said_on=SAID).kind == HorizonKind.NONE


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("Fusion is 30 years away.", date(2055, 9, 12)),
        ("AGI is maybe five years away, and it has been a long road.", date(2030, 9, 12)),
    ],
)
def test_a_distance_said_now_keeps_its_date(text, deadline):
    assert parse_horizon(text, said_on=SAID).deadline == deadline


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("We used to say 'by the end of the century'.", "by the end of the century"),
        (
            "I remember people at this very show in 2019 predicting a price floor by 2030.",
            "by 2030",
        ),
        ("Everyone was saying cuts by December 2025.", "by December 2025"),
        ("Back then analysts predicted oil at $150 by 2030.", "by 2030"),
        ("People used to think we'd have flying cars by 2030.", "by 2030"),
        # The speaker's own forecast told back, backshifted, with no time of the saying.
        ("I also said Brent would be below $60 by February.", "by February."),
        (
            "We wrote that the ECB would hold rates through the first quarter.",
            "through the first quarter",
        ),
        ("I told clients the index would hit 6,000 by June.", "by June."),
    ],
)
def test_a_time_told_as_said_before_gives_no_deadline_and_asks(text, phrase):
    result = parse_horizon(text, said_on=SAID)
    assert result.kind == HorizonKind.NONE
    assert result.deadline is None
    assert f"said before (“{phrase}”)" in result.remark


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        # Held now, or said again now: a forecast's time.
        ("In 2019 I predicted rates will be zero by 2030.", date(2030, 12, 31)),
        ("We used to say 2040, but now we say by 2035.", date(2035, 12, 31)),
        ("I remember the launch; the next one comes by 2027.", date(2027, 12, 31)),
        ("I said rates would fall by June 2027 and I still think so.", date(2027, 6, 30)),
        ("I think rates would fall by June 2027 if the Fed moved.", date(2027, 6, 30)),
        ("I said the bridge would reopen by June 2027, and I stand by it.", date(2027, 6, 30)),
        (
            "We wrote that Brent would fall below $60 by June 2027, and we are sticking with that.",
            date(2027, 6, 30),
        ),
    ],
)
def test_a_time_said_now_after_a_look_back_keeps_its_date(text, deadline):
    result = parse_horizon(text, said_on=SAID)
    assert result.deadline == deadline
    assert "said before" not in result.remark


@pytest.mark.parametrize(
    ("text", "deadline", "phrase"),
    [
        ('He put AGI "five to ten years away".', date(2035, 9, 12), "five to ten years away"),
        ("Margins recover in 3-5 years.", date(2030, 9, 12), "in 3-5 years"),
        ("Payback within 12 to 18 months.", date(2027, 3, 12), "within 12 to 18 months"),
        ("Grid parity in 3–5 years.", date(2030, 9, 12), "in 3–5 years"),
        ("In two to three years we list.", date(2028, 9, 12), "In two to three years"),
    ],
)
def test_a_range_takes_the_later_end_and_asks(text, deadline, phrase):
    result = parse_horizon(text, said_on=SAID)
    assert (result.deadline, result.phrase) == (deadline, phrase)
    assert result.remark == (
        f"deadline unclear: “{phrase}” gives a range, the later end is taken: check it"
    )
    assert "a range: the later end is taken" in result.rule


@pytest.mark.parametrize(
    "text", ["Payback in 5 years.", "A 5-year plan, delivered in 2 years.", "Up 3-5% in 2 years."]
)
def test_no_range_no_range_remark(text):
    assert "range" not in parse_horizon(text, said_on=SAID).remark


@pytest.mark.parametrize(
    ("text", "deadline", "first", "other"),
    [
        ("No recession in 2026, but a mild one in 2027 is my base case.",
         date(2026, 12, 31), "in 2026", "in 2027"),
        ("By 2027 we ship, then by 2030 we scale.", date(2027, 12, 31), "By 2027", "by 2030"),
        ("Rates hold this year, whereas next year they fall.", date(2025, 12, 31),
         "this year", "next year"),
        ("Inflation stays above 3% through 2026, though by mid-2027 it is back at target.",
         date(2026, 12, 31), "through 2026", "by mid-2027"),
    ],
)  # fmt: skip
def test_two_clauses_with_a_time_each_keep_the_first_and_ask(text, deadline, first, other):
    result = parse_horizon(text, said_on=SAID)
    assert result.deadline == deadline
    assert result.remark.startswith(
        f"deadline unclear: “{first}” and “{other}” are times of two clauses"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Rates will fall in 2026 while inflation stays high.",
        "It will happen next year, though it could slip.",
        "By 2027, but not a day sooner.",
    ],
)
def test_one_time_and_a_contrast_without_one_ask_nothing(text):
    assert "two clauses" not in parse_horizon(text, said_on=SAID).remark


@pytest.mark.parametrize(
    ("text", "said_on", "deadline"),
    [
        ("The 10-year ends the year around 4.25%, give or take.", date(2025, 10, 14),
         date(2025, 12, 31)),
        ("Brent will close the quarter above $90.", date(2025, 8, 2), date(2025, 9, 30)),
        ("The S&P finishes the year at 6,500.", date(2026, 1, 5), date(2026, 12, 31)),
        ("We end this month with 40 stores open.", date(2025, 6, 3), date(2025, 6, 30)),
    ],
)  # fmt: skip
def test_a_quantity_ending_the_period_is_due_at_its_end(text, said_on, deadline):
    result = parse_horizon(text, said_on=said_on)
    assert (result.kind, result.deadline) == (HorizonKind.DATED, deadline)


@pytest.mark.parametrize(
    "text",
    [
        "At the end the year was a good one.",
        "In 2024 the index ended the year at 4%.",
        "We'll end the year's review on a high note.",
    ],
)
def test_no_period_close_where_none_is_said(text):
    assert parse_horizon(text, said_on=date(2025, 10, 14)).kind == HorizonKind.NONE


@pytest.mark.parametrize(
    ("text", "said_on", "deadline", "later"),
    [
        ("We're going to double the team to 400 people by next summer.", date(2025, 5, 20),
         date(2025, 8, 31), "meteorological summer 2026"),
        ("The bridge reopens next spring.", date(2026, 2, 10), date(2026, 5, 31),
         "meteorological spring 2027"),
        ("We launch next March.", date(2025, 2, 20), date(2025, 3, 31), "March 2026"),
    ],
)  # fmt: skip
def test_next_season_said_just_before_it_asks_which(text, said_on, deadline, later):
    result = parse_horizon(text, said_on=said_on)
    assert result.deadline == deadline
    assert result.remark.startswith("deadline unclear:")
    assert f"or is {later} meant?" in result.remark


@pytest.mark.parametrize(
    ("text", "said_on", "deadline"),
    [
        ("We're going to double the team by next summer.", date(2025, 1, 20), date(2025, 8, 31)),
        ("We launch next March.", date(2025, 10, 20), date(2026, 3, 31)),
        ("Keys in the door by autumn next year.", date(2026, 2, 10), date(2027, 11, 30)),
    ],
)
def test_next_season_said_well_before_it_asks_nothing(text, said_on, deadline):
    result = parse_horizon(text, said_on=said_on)
    assert (result.deadline, result.remark) == (deadline, "")


@pytest.mark.parametrize(
    ("text", "said_on", "deadline"),
    [
        # A chat export's "(edited)" mark is no past tense.
        ("Oil below $60 by Q1 if OPEC keeps adding barrels. (edited)", date(2025, 10, 14),
         date(2026, 3, 31)),
    ],
)  # fmt: skip
def test_an_edit_mark_does_not_make_the_sentence_past(text, said_on, deadline):
    assert parse_horizon(text, said_on=said_on).deadline == deadline
