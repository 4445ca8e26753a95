"""The month walk's query: a tsquery reduced to lexemes alone, then tagged with a month."""

import pytest

from claims.api import tsquery


def reduced(text: str) -> str | None:
    node = tsquery.necessary(tsquery.parse(text))
    return None if node is None else tsquery.render(node, "#202405")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("'quantum'", "'quantum#202405'"),
        ("'quantum' & !'comput'", "('quantum#202405' & !('comput#202405'))"),
        ("'solar' | 'fusion'", "('solar#202405' | 'fusion#202405')"),
        # a phrase needs both words; positions are checked on the row afterwards
        ("'open' <-> 'sourc'", "('open#202405' & 'sourc#202405')"),
        ("'a' <2> 'b'", "('a#202405' & 'b#202405')"),
        # "no a right before b" says nothing about a elsewhere
        ("!'a' <-> 'b'", "'b#202405'"),
        ("!( 'a' <-> 'b' ) & 'c'", "'c#202405'"),
        # priorities: ! over <-> over & over |
        (
            "'a' | 'b' & 'c' <-> 'd'",
            "('a#202405' | ('b#202405' & ('c#202405' & 'd#202405')))",
        ),
        ("( 'a' | 'b' ) & 'c'", "(('a#202405' | 'b#202405') & 'c#202405')"),
        # quotes and backslashes are doubled inside a lexeme, both ways
        ("'it''s' & 'a\\\\b'", "('it''s#202405' & 'a\\\\b#202405')"),
        ("", None),
        ("!'a' <-> !'b'", None),
    ],
)
def test_a_query_becomes_a_test_of_its_months_lexemes(text, expected):
    assert reduced(text) == expected


@pytest.mark.parametrize(
    ("text", "empty"),
    [
        ("!'model'", True),
        ("'video' & !'model'", False),
        ("'video' | !'model'", True),
        ("!( 'a' & 'b' )", True),
        ("'a'", False),
    ],
)
def test_queries_a_claim_without_their_words_matches_are_known(text, empty):
    assert tsquery.matches_empty(tsquery.necessary(tsquery.parse(text))) is empty


@pytest.mark.parametrize("text", ["'a':*", "'a':AB", "'a' &", "( 'a'", "'a' 'b'", "a"])
def test_anything_else_is_refused(text):
    with pytest.raises(ValueError):  # noqa: PT011
        tsquery.parse(text)
