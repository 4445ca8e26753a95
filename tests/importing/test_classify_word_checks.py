"""Table tests: the cheap word checks before the classifier's patterns never skip a match.

Each pattern below is tried only when one of its words is in the text (``_has_any``): every
row is a way people say the thing the pattern is for, and the pattern must both match it and
be let through by its words. The joined patterns that test the word boundary once
(``_at_word_boundary``) must find what the plain join finds.
"""

import re

import pytest

from claims.choices import ClaimKind
from claims.importing import advice as advice_rules
from claims.importing import classify as c
from claims.importing import forecast_refusals, forecasts, told_past
from claims.importing.classify import (
    advice,
    classify,
    doubt_remark,
    looks_like_prediction,
    normalise,
)
from claims.importing.wording import _alternatives, _at_word_boundary, _has_any

P, F, OP, CO = (
    ClaimKind.PREDICTION,
    ClaimKind.FACTUAL,
    ClaimKind.OPINION,
    ClaimKind.COMMITMENT,
)

# (pattern, the words it cannot match without, texts it matches: each a reason to keep a word)
CHECKED = [
    (
        forecast_refusals._REFUSAL,
        forecast_refusals._REFUSAL_WORDS,
        [
            "I'm not going to give you a date.",
            "We won't put a number on it.",
            "I don't make house price forecasts, Nadia.",
            "I never speculate on the timing.",
            "I refuse to speculate about the future.",
            "We decline to give guidance.",
            "I'd rather not guess.",
            "We cannot commit to a date.",
            "I shan't be drawn on that.",
            "I\u2019m not gonna speculate.",  # a curly apostrophe, made plain by ``normalise``
        ],
    ),
    (
        forecasts._PAST_COMPARISON,
        forecasts._COMPARISON_WORDS,
        [
            "Inflation came in lower than the OBR expected.",
            "Sales grew 4%, as analysts had forecast.",
            "Earnings beat analysts' estimates.",
            "Margins were in line with guidance.",
            "Prices rose faster than feared.",
            "Growth was better than hoped.",
            "Revenue came in above consensus.",
            "Output was higher than economists had pencilled in.",
            "Results exceeded projections.",
            "Profit was lower than anticipated.",
            "Costs were above what was estimated, as we had predicted.",
            "Orders beat the company's guided range, better than guided.",
        ],
    ),
    (
        forecasts._NO_FORECAST,
        ("forecast", "predict"),
        [
            "We don't predict the future.",
            "Nobody can forecast the oil price.",
            "We never make predictions about the stock.",
        ],
    ),
    (
        forecasts._UNKNOWN_WHEN,
        forecasts._UNKNOWN_WORDS,
        [
            "Nobody knows when AGI will arrive.",
            "No one can say whether rates fall.",
            "no-one can tell how soon it ships",
            "I don't know if it happens this year.",
            "We cannot say when the deal closes.",
            "I do not know whether prices peak.",
        ],
    ),
    (
        forecasts._NEGATED_BOUND,
        forecasts._BOUND_WORDS,
        [
            "No rate cuts until 2026.",
            "Nobody lands on Mars before 2030.",
            "It won't ship till next year.",
            "Not prior to the summer.",
            "We never break even before Q3.",
        ],
    ),
    (
        told_past._PAST_FORECAST,
        told_past._PAST_FORECAST_WORDS,
        [
            "In 2019 I predicted rates would be zero by 2020.",
            "Back in 2015 we forecasted oil at $20.",
            "I remember people at this very show predicting a crash.",
            "Everyone was predicting a recession.",
            "Analysts were betting on three cuts.",
            "Some guessed it would be 2025.",
            "We wagered it would ship in May.",
            "Economists projected a slowdown.",
            "I recall everyone saying it would never work.",
        ],
    ),
    (
        advice_rules._RECOMMENDS,
        advice_rules._RECOMMENDS_WORDS,
        [
            "The report recommends that the Treasury publish a plan.",
            "We urge the Fed to hold.",
            "The IMF advises governments to save.",
            "We would suggest waiting until the spring.",
            "I propose a freeze on fares.",
            "Policymakers would be wise to cut.",
            "Investors would do well to wait.",
            "You had better sell now.",
            "It's high time for the ECB to act.",
            "I'd wait until 2026.",
            "I would refinance now.",
            "Honestly, I would stay out of bonds.",
            # The speaker's advice however said: "we", "'d", an adverb between.
            "We would suggest waiting for the next model.",
            "We'd suggest buying the 2027 model instead.",
            "I'd recommend waiting until next year.",
            "We'd strongly recommend a fixed rate.",
            "I would personally advise against it.",
            "We'd urge the council to wait.",
            "We'd hold off until 2027.",
            "My advice would be to wait for the next generation.",
            "Our recommendation is to hold off.",
            "My honest advice is to rent.",
            "My tip would be to lock in now.",
        ],
    ),
    (
        advice_rules._RECOMMENDS,
        advice_rules._ADVICE_WORDS,
        [
            "We would suggest waiting for the next model.",
            "We'd suggest buying the 2027 model instead.",
            "We'd hold off until 2027.",
            "My advice would be to wait for the next generation.",
            "Our recommendation is to hold off.",
            "I propose a freeze on fares.",
        ],
    ),
    (
        advice_rules._DEONTIC,
        advice_rules._ADVICE_WORDS,
        [
            "MAS should publish its stress-test results.",
            "Regulators must act before the end of the year.",
            "The Fed needs to cut.",
            "Governments ought to save.",
            "The city has to build more homes.",
            "Lenders have to disclose fees.",
        ],
    ),
    (
        c._GUESS_ASIDE,
        ("had to",),
        ["If I had to guess, rates fall by 2026.", "if i had to put a number on it, 2030"],
    ),
]
# Each commitment pattern, with its own words.
CHECKED += [
    (pattern, words, texts)
    for pattern, words, texts in zip(
        forecasts._COMMITMENTS,
        forecasts._COMMITMENT_WORDS,
        [
            ["We plan to open two plants by 2028.", "They aim to list next year.", "It intends to"
             " buy back shares.", "We promised to cut fares.", "He pledged to build a wall."],
            ["Moving forward, we ship monthly.", "Going forward we will report quarterly."],
            ["We are committed to net zero by 2040."],
            ["We are committing today to make every app work offline.", "Nimbus commits to"
             " license its index.", "We will not pre-commit to any rate path.", "We make a firm"
             " pledge to voters.", "Keys in the door by autumn. That is a promise.", "This is"
             " our cast-iron guarantee.", "They make this commitment today."],
            ["The company is applying for a licence."],
            ["We're launching a new fund in March.", "We are releasing it in May.", "We're"
             " shipping the update soon.", "We are building three plants."],
            ["Our mission is to connect everyone."],
            ["I promise we will open two plants by 2028.", "We pledge support.", "I vow to fix"
             " it.", "We guarantee delivery.", "I swear we'll finish the bridge.", "You have my"
             " word.", "Mark my words, we win this."],
            ["We'll build 20,000 new homes by 2029.", "We will hire 500 nurses.", "We won't"
             " raise taxes.", "We are going to cut fares.", "We're gonna open a plant."],
            ["I will publish the full study next spring.", "I'll release the code next month.",
             "I won't resign before 2027.", "I'm going to launch the fund in 2027."],
            ["If I'm mayor, the Blue Line opens by the end of 2027.", "If elected, I'll freeze"
             " rents.", "Once I'm in office, we build.", "And if we win, we cut fares."],
            ["We undertake to publish the audit by 2026.", "The company undertook to the court"
             " to delete the data.", "The bank has undertaken to the FCA to pay.", "We have"
             " given an undertaking to the regulator.", "Voltera gave an undertaking to the High"
             " Court that it would not sell.", "We signed a legally binding undertaking.",
             "We offered undertakings to the CMA."],
            ["The defendant agreed to pay by 30 June 2027.", "We have agreed to sell the unit.",
             "Both parties consented to exchange documents.", "They are agreeing to fully"
             " repay."],
        ],
        strict=True,
    )
]  # fmt: skip


@pytest.mark.parametrize(
    ("pattern", "words", "text"),
    [(pattern, words, text) for pattern, words, texts in CHECKED for text in texts],
)
def test_a_pattern_is_tried_whenever_it_could_match(pattern, words, text):
    lowered = normalise(text)
    assert pattern.search(lowered), "the row must be one the pattern is for"
    assert _has_any(lowered, words), "its words must let it through"


# Speech and captions space words as they come: two spaces, a line break, a tab, a no-break
# space. Each is one space to the patterns (``normalise``).
LOOSE_SPACES = ["  ", "\n", " \n ", "\t", "\u00a0", "   "]


@pytest.mark.parametrize("space", LOOSE_SPACES)
@pytest.mark.parametrize(
    ("pattern", "words", "text"),
    [(pattern, words, text) for pattern, words, texts in CHECKED for text in texts],
)
def test_a_pattern_and_its_words_read_words_however_spaced(pattern, words, text, space):
    lowered = normalise(text.replace(" ", space))
    assert pattern.search(lowered), "the pattern must match the words however spaced"
    assert _has_any(lowered, words), "its words must let it through however spaced"


# Joined with the word boundary tested once: the same first match as the plain join.
JOINED = [
    (forecasts.PREDICTION_PATTERNS, forecasts._PREDICTION),
    (forecasts.OPINION_PATTERNS, forecasts._OPINION),
]


@pytest.mark.parametrize(
    "text",
    [
        "I think rates will fall within two years.",
        "They'll be gone soon, eventually, one day.",
        "Soon is doing a lot of work there.",
        "The safest bet is cash; I can't bet on it; we expect cuts.",
        "We're guiding to 33% for the full year.",
        "Our outlook for 2027 is flat margins.",
        "We think they recover by the summer.",
        "The key is patience, and key rates are 2 percent.",
        "It could come as early as 2026.",
        "when it arrives we will know",
        "It is the way; it is a spectrum.",
        "Prices should fall; you must act; we need to hire.",
        "nothing here at all",
    ],
)
def test_a_joined_pattern_finds_what_the_plain_join_finds(text):
    lowered = normalise(text)
    for patterns, joined in JOINED:
        plain = re.compile("|".join(patterns)).search(lowered)
        found = joined.search(lowered)
        assert (found and found.span()) == (plain and plain.span())


@pytest.mark.parametrize(
    ("patterns", "alternatives"),
    [
        ([r"\bwill\b"], [r"\bwill\b"]),
        ([r"\ba|\bb(?:c|d)", r"[|]\b"], [r"\ba", r"\bb(?:c|d)", r"[|]\b"]),
        ([r"\b[^]|]x|\by"], [r"\b[^]|]x", r"\by"]),
        ([r"\b\|x|\by"], [r"\b\|x", r"\by"]),
    ],
)
def test_alternatives_split_at_the_top_level_only(patterns, alternatives):
    assert [a for p in patterns for a in _alternatives(p)] == alternatives


@pytest.mark.parametrize(
    "pattern",
    [r"'ll\b", r"\bwill\b|'ll\b", r"(?:\bwill)", r"x\bwill"],
)
def test_a_pattern_not_opening_with_a_word_boundary_is_refused(pattern):
    with pytest.raises(ValueError, match="word boundary"):
        _at_word_boundary([pattern])


# Whole statements whose kind or remark turns on a checked pattern.
@pytest.mark.parametrize(
    ("text", "has_horizon", "kind"),
    [
        ("Our company plans to double the fleet next year.", True, CO),
        ("If I'm mayor, the Blue Line opens by the end of 2027.", True, CO),
        ("Inflation came in lower than the OBR expected in 2025.", True, F),
        ("I won't give you a date, but rates will fall.", False, P),
        ("In 2019 I predicted rates would be zero by 2020.", True, F),
        ("Sales grew 4% last year.", True, F),
        ("Revenue will grow 4% by 2027.", True, P),
        ("I would suggest waiting until the spring.", False, OP),
        ("A US recession next year would hit exporters hard.", True, OP),
        ("If rates stay high through 2026, housing starts will drop.", True, P),
        ("No rate cuts until 2026.", False, P),
    ],
)
def test_the_kind_of_a_statement_a_checked_pattern_decides(text, has_horizon, kind):
    assert classify(text, has_horizon=has_horizon, timed=has_horizon) == kind


@pytest.mark.parametrize("space", LOOSE_SPACES)
@pytest.mark.parametrize(
    ("text", "has_horizon", "kind"),
    [
        ("I would suggest waiting until the spring.", False, OP),
        ("We would suggest waiting for the next model.", False, OP),
        ("I would recommend holding off until 2027.", True, OP),
        ("We'd suggest buying the 2027 model instead.", True, OP),
        ("I'd recommend waiting until next year.", True, OP),
        ("My advice would be to wait for the next generation.", False, OP),
        ("Our company plans to double the fleet next year.", True, CO),
        ("We will hire 500 nurses by 2027.", True, CO),
        ("Revenue will grow 4% by 2027.", True, P),
        ("Sales grew 4% last year.", True, F),
        ("In 2019 I predicted rates would be zero by 2020.", True, F),
        ("I won't give you a date, but rates will fall.", False, P),
        ("A US recession next year would hit exporters hard.", True, OP),
        ("If rates stay high through 2026, housing starts will drop.", True, P),
    ],
)
def test_the_kind_of_a_statement_is_the_same_however_its_words_are_spaced(
    text, has_horizon, kind, space
):
    loose = text.replace(" ", space)
    assert classify(loose, has_horizon=has_horizon, timed=has_horizon) == kind


def test_checked_patterns_still_say_the_same_of_advice_doubt_and_forecasts():
    assert advice("We urge the Fed to hold.").group() == "we urge"
    assert doubt_remark("Who knows whether rates fall by 2027.").startswith("hedged (“who knows")
    assert doubt_remark("It's a coin flip if they cut by June.").startswith("hedged (“coin flip")
    assert looks_like_prediction("Nobody lands on Mars before 2030.")
    assert not looks_like_prediction("Nobody knows when AGI will arrive.")
