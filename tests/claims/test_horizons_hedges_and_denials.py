"""Table tests: a speaker's hedge never changes a deadline, whatever the punctuation; one
meaning gives one reading whatever the word order ("Not before 2030 will it ship" is "it
won't ship before 2030"); a date denied ("not this year") is not the deadline."""

from datetime import date

import pytest

from claims.horizons import HorizonKind, parse_horizon

SAID = date(2024, 3, 5)
DATED, VAGUE = HorizonKind.DATED, HorizonKind.VAGUE
LOWER = "is a lower bound"
NEGATED = "negated: comes true if it has not happened by then"
HEDGES = ["Maybe", "Perhaps", "Possibly", "Probably", "I think", "I'd guess", "I'd say"]


@pytest.mark.parametrize("hedge", HEDGES)
@pytest.mark.parametrize(
    ("horizon", "deadline"),
    [
        ("by 2027", date(2027, 12, 31)),
        ("in two years", date(2026, 3, 5)),
        ("within 18 months", date(2025, 9, 5)),
        ("by the end of next year", date(2025, 12, 31)),
        ("sometime in Q3 2025", date(2025, 9, 30)),
        ("before the summer", date(2024, 5, 31)),
    ],
)
@pytest.mark.parametrize("comma", ["", ","])
def test_a_hedge_keeps_the_date_with_or_without_a_comma(hedge, horizon, deadline, comma):
    plain = parse_horizon(f"{horizon[0].upper()}{horizon[1:]}.", said_on=SAID)
    hedged = parse_horizon(f"{hedge}{comma} {horizon}.", said_on=SAID)
    assert (hedged.kind, hedged.deadline, hedged.precision) == (DATED, deadline, plain.precision)
    assert hedged.remark == ""  # a hedge gives no alternatives


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        # The hedge inside the phrase, or after it.
        ("in maybe five years", date(2029, 3, 5)),
        ("Rates fall by maybe 2027.", date(2027, 12, 31)),
        ("It ships in perhaps two years, I'd say.", date(2026, 3, 5)),
        ("By 2027 maybe.", date(2027, 12, 31)),
        ("By 2027, probably.", date(2027, 12, 31)),
        ("we get there by probably 2028", date(2028, 12, 31)),
        # Caption words: no punctuation at all.
        ("maybe by next year i think", date(2025, 12, 31)),
        ("probably within two years", date(2026, 3, 5)),
    ],
)
def test_a_hedge_anywhere_keeps_the_date(text, deadline):
    result = parse_horizon(text, said_on=SAID)
    assert (result.kind, result.deadline) == (DATED, deadline), result.rule
    assert result.remark == ""


@pytest.mark.parametrize(
    "text",
    [
        # An approximation is still no date: only the speaker's hedges keep it.
        "Around 2027.",
        "In about two years.",
        "Roughly by 2030.",
        "Some five years from now.",
        "By 2027 or so.",
        "Maybe around 2027.",
    ],
)
def test_an_approximation_is_still_vague(text):
    result = parse_horizon(text, said_on=SAID)
    assert result.kind is VAGUE
    assert "approximate" in result.rule


@pytest.mark.parametrize(
    "texts",
    [
        # A negated clause with "before", "sooner than", "earlier than", in any word order: a
        # lower bound, whose remark names the day a denial is judged on (the day before).
        [
            "It won't ship before 2030.",
            "Not before 2030 will it ship.",
            "No, not before 2030 will it ship.",
            "Not before 2030 does it ship, in my view.",
            "No sooner than 2030 will it ship.",
            "No earlier than 2030 will they ship it.",
            "It won't ship sooner than 2030.",
            "It won't ship any earlier than 2030.",
            "They will not ship it prior to 2030.",
        ],
        [
            "The Fed won't cut before the summer.",
            "Not before the summer will the Fed cut.",
            "The Fed won't cut sooner than the summer.",
        ],
    ],
    ids=["year", "season"],
)
def test_a_negated_before_reads_alike_in_every_word_order(texts):
    results = [parse_horizon(text, said_on=SAID) for text in texts]
    day = results[0].remark.split("judged on ")[1].split(",")[0]
    assert day in ("31 December 2029", "31 May 2024")
    for text, result in zip(texts, results, strict=True):
        assert (result.kind, result.deadline) == (VAGUE, None), text
        assert LOWER in result.rule, text
        assert result.remark.startswith("lower bound: "), text
        assert f"as a denial it is judged on {day}," in result.remark, text


@pytest.mark.parametrize(
    "text",
    [
        "Before 2030 it ships.",
        "Prior to 2030 it ships.",  # was read as the end of 2030
        "It will ship sooner than 2030.",
        "It ships earlier than 2030, I'd say.",
    ],
)
def test_prior_to_sooner_than_and_earlier_than_mean_before(text):
    result = parse_horizon(text, said_on=SAID)
    assert (result.kind, result.deadline) == (DATED, date(2029, 12, 31)), result.rule
    assert NEGATED not in result.rule


@pytest.mark.parametrize(
    "text",
    [
        # "Not until" in every word order.
        "Not until 2030 will it ship.",
        "It won't ship until 2030.",
        "Until 2030, it won't ship.",
        "Not until 2030.",
        # A bound of the time, the clause affirmative: "but not before X", "no sooner than",
        # "at the earliest", "only after", in every order.
        "It will ship, but not before 2030.",
        "It will ship no sooner than 2030.",
        "2030 at the earliest.",
        "It ships in 2030 at the earliest.",
        "At the earliest in 2030.",
        "At the earliest in 2030, I'd say.",
        "At the very earliest in 2030 it ships.",
        "Only after 2030 will it ship.",
        "It will ship only after 2030.",
        "Only after 2030.",
        "Rates will fall, but not this year.",
        # Caption words.
        "at the earliest in 2030 i'd say",
    ],
)
def test_an_earliest_time_is_a_lower_bound_in_every_word_order(text):
    result = parse_horizon(text, said_on=SAID)
    assert result.kind is VAGUE, result.rule
    assert LOWER in result.rule


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        # A date denied and another given: the other is the deadline.
        ("Not this year, next year.", date(2025, 12, 31)),
        ("No, not in 2025. In 2026.", date(2026, 12, 31)),
        ("Not by 2030, by 2035.", date(2035, 12, 31)),
        ("Not this year; early next year, I'd say.", date(2025, 4, 30)),
        ("not this year next year probably", date(2025, 12, 31)),
    ],
)
def test_a_date_denied_and_corrected_takes_the_correction(text, deadline):
    result = parse_horizon(text, said_on=SAID)
    assert (result.kind, result.deadline) == (DATED, deadline), result.rule
    assert NEGATED not in result.rule


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        # Denied alone: a negated forecast, as "it won't happen this year".
        ("Not this year.", date(2024, 12, 31)),
        ("Not this year, I think.", date(2024, 12, 31)),
        ("No. Not in 2025.", date(2025, 12, 31)),
        ("Definitely not by the summer.", date(2024, 8, 31)),
    ],
)
def test_a_date_denied_alone_is_a_negated_forecast(text, deadline):
    result = parse_horizon(text, said_on=SAID)
    assert (result.kind, result.deadline) == (DATED, deadline), result.rule
    assert NEGATED in result.rule


@pytest.mark.parametrize(
    "text",
    [
        # Denied, then words the parser does not read as a date: no deadline, and the rule
        # text says why.
        "Not this year, but next.",
        "Not this year, after the election.",
        "Not in 2025, once the plant is built.",
    ],
)
def test_a_date_denied_and_corrected_in_words_not_read_gets_no_deadline(text):
    result = parse_horizon(text, said_on=SAID)
    assert result.kind is VAGUE, result.rule
    assert result.deadline is None


# A fronted "not before X" as a sentence of its own, its clause elided (an answer, whose
# subject is the question's), is the negated clause, as "Not before 2030 will it ship" is: a
# lower bound, the day a denial is judged on named in the remark.
@pytest.mark.parametrize(
    "text",
    [
        "Not before 2030.",
        "Probably not before 2030, if you ask me.",
        "No sooner than 2030.",
        "No earlier than 2030.",
        "Not earlier than 2030.",
        "No, not before 2030.",
        "A: Not before 2030.",
        "Inflation at 2%? Not before 2030.",
        "Not before 2030, I'd say.",
        "not before 2030 i think",
        "Not before 2030 will it ship.",
    ],
)
def test_a_fronted_bound_whose_clause_is_elided_is_a_lower_bound(text):
    result = parse_horizon(text, said_on=SAID)
    assert (result.kind, result.deadline) == (VAGUE, None), result.rule
    assert LOWER in result.rule
    assert "as a denial it is judged on 31 December 2029," in result.remark
