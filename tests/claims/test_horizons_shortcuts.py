"""The parser's cheap looks before its costly patterns never skip what the costly ones find.

Each shortcut (claims/horizons/) is checked against the pattern it stands in front of, on
sentences where that pattern finds something: a condition's cue words before ``_CONDITION``,
the gates on common words ("will", "it", "last", "year") before the rules they start, and
the past-tense check with its look back after "told". No database.
"""

import re
from datetime import date

import pytest

from claims.horizons import clauses, grammar, parse_horizon, parser, tense

CONDITIONS = [
    # (sentence, its date, the condition's first words)
    ("If rates stay high through 2026, housing starts will drop.", "through 2026", "if rates"),
    ("Even if the Fed cuts by June, growth stalls.", "by june", "even if"),
    ("Only if the deal closes by 2027 will margins recover.", "by 2027", "only if"),
    ("Unless the ECB cuts by June, Italy could face a crisis.", "by june", "unless"),
    ("As long as oil stays under $80 through 2026, airlines are fine.", "through 2026", "as long"),
    ("Provided that the plant is built by 2028, costs fall.", "by 2028", "provided"),
    ("Assuming supply holds until 2027, prices ease.", "until 2027", "assuming"),
    ("In the event of a recession next year, layoffs follow.", "next year", "in the event"),
    ("In case of a default by March 2026, bonds crash.", "by march 2026", "in case"),
    ("Absent a deal by June, tariffs go up.", "by june", "absent"),
    ("Barring a shock in 2026, rates fall.", "in 2026", "barring"),
    ("Without new funding next year, the lab closes.", "next year", "without"),
    ("Failing approval by Q3 2026, the launch slips.", "by q3 2026", "failing"),
    ("Short of a miracle by 2030, the target is missed.", "by 2030", "short of"),
    ("But for a recession in 2026, earnings grow.", "in 2026", "but for"),
    ("Should inflation persist into 2026, the Fed holds.", "into 2026", "should"),
    ("Were oil to spike in 2026, airlines suffer.", "in 2026", "were"),
    ("Had they acted in 2025, the plant runs today.", "in 2025", "had"),
    ("A US recession next year would hit exporters hard.", "next year", "a us recession"),
]


@pytest.mark.parametrize(("sentence", "date", "opening"), CONDITIONS)
def test_a_condition_is_found_whatever_word_opens_it(sentence, date, opening):
    folded = parser._fold(sentence)
    start = folded.index(date)

    span = clauses.condition_at(folded, start, start + len(date))

    assert span is not None, "the cue words must not skip this condition"
    assert folded[span[0] :].startswith(opening)


@pytest.mark.parametrize(("sentence", "_date", "_opening"), CONDITIONS)
def test_every_match_of_the_condition_pattern_holds_a_cue(sentence, _date, _opening):
    """The cue look is sound: wherever ``_CONDITION`` matches, a cue is inside the match."""
    folded = parser._fold(sentence)

    for found in clauses._CONDITION.finditer(folded):
        assert clauses.CONDITION_CUES.search(found.group()), found.group()


@pytest.mark.parametrize(
    "sentence",
    [
        "Rates will fall by 2026.",  # no cue at all: the condition pattern is not run
        "Different chips will ship by 2027.",  # "if" inside a word: looked at, no condition
        "The shoulder season ends by June.",
    ],
)
def test_a_sentence_without_a_condition_has_none(sentence):
    folded = parser._fold(sentence)
    date = re.search(r"by \w+", folded)

    assert clauses.condition_at(folded, date.start(), date.end()) is None


# What every rule finds at every word start, with no dispatch on the first word.
EVERY_RULE = re.compile(
    r"(?<!\w)(?:" + "|".join(f"(?:{grammar._ng(src)})" for _, src, *_ in grammar._RULES) + ")"
)


def every_rule(low):
    spans = []
    for m in EVERY_RULE.finditer(low):
        name = next(n for n, *_ in grammar._RULES if parser._COMPILED[n].match(low, m.start()))
        spans.append((name, m.span()))
    return spans


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("The 10-year yield will end 2025 around 4%.", "year"),
        ("The index will close 2026 higher.", "year"),
        ("Bitcoin will finish 2027 above $200k.", "year"),
        ("It won't be long before robots fold laundry.", "words"),
        ("In the last part of the decade fusion arrives.", "relative"),
        ("In the last part of the 2030s fusion arrives.", "decade"),
        ("Revenue doubles in the last quarter of 2026.", "quarter"),
        ("Last quarter of 2026 is when it ships.", "quarter"),
        ("The last stages of 2026 will tell.", "qual_year"),
        ("The last half of the decade belongs to robots.", "relative"),
        ("Year-end 2026 is the target.", "qual_year"),
        ("Year end 2026, at the latest.", "qual_year"),
        ("Rates will be cut by year's end.", "relative_end"),
        ("Year-end, we'll have shipped it.", "relative_end"),
        ("The year after next is when it lands.", "after_next"),
    ],
)
def test_a_gated_word_still_starts_its_rules(text, rule):
    folded = parser._fold(text)

    found = [(name, m.span()) for name, m in parser._scan(folded)]

    assert found == every_rule(folded)
    assert rule in [name for name, _ in found]


@pytest.mark.parametrize(
    "text",
    [
        "It will be hard, and it will take time.",
        "Last year was hard; this will be the year.",
        "The year was good, and the last one will be better.",
        "It is what it is, and it will happen in 2027.",
        "Will it end? It will, by 2030.",
    ],
)
def test_a_gated_word_before_other_words_finds_what_every_rule_finds(text):
    folded = parser._fold(text)

    assert [(name, m.span()) for name, m in parser._scan(folded)] == every_rule(folded)


@pytest.mark.parametrize(
    ("text", "past"),
    [
        ("he told me it ships by june", True),
        ("they told analysts in march", True),
        ("i'm told it ships by june", False),
        ("i am told it ships by june", False),
        ("we're told it ships by june", False),
        ("we are told it ships by june", False),
        ("we have been told it ships by june", False),
        ("we told them and they shipped", True),  # "shipped" is past anyway
        ("rates fell in 2024", True),
        ("rates will fall in 2025", False),
    ],
)
def test_the_past_tense_check_reads_told_as_before(text, past):
    tense._sounds_past.cache_clear()

    assert tense._sounds_past(text) is past
    assert tense._sounds_past(text) is past  # cached: the same answer


@pytest.mark.parametrize(
    ("text", "said_on", "deadline"),
    [
        ("within 2 years", date(2024, 2, 29), date(2026, 2, 28)),
        ("within 2 years", date(2024, 3, 14), date(2026, 3, 14)),
        ("within two years", date(2024, 2, 29), date(2026, 2, 28)),  # the same delta, kept
        ("in 18 months", date(2024, 8, 31), date(2026, 2, 28)),
        ("in a year and a half", date(2024, 8, 31), date(2026, 2, 28)),
        ("in 10 days", date(2024, 12, 25), date(2025, 1, 4)),
        ("in 1.5 weeks", date(2024, 12, 25), date(2025, 1, 5)),
    ],
)
def test_a_kept_duration_is_counted_from_each_said_on_date(text, said_on, deadline):
    """Durations and the periods they end are kept between parses (pure, bounded caches):
    each said-on date still gets its own deadline, and the rule text names it."""
    result = parse_horizon(text, said_on=said_on)

    assert result.deadline == deadline
    assert f"after {said_on.day} " in result.rule
