"""``wording.spaced``: every run of white space, of any kind, is one plain space; a text
with single plain spaces only is given back as it is (its quick path must miss none)."""

import sys

import pytest

from claims.importing.wording import spaced

WHITE = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace() and chr(c) != " "]


@pytest.mark.parametrize("white", WHITE, ids=[f"U+{ord(c):04X}" for c in WHITE])
def test_any_white_space_is_one_space(white):
    assert spaced(f"we would{white}suggest") == "we would suggest"
    assert spaced(f"we would {white} suggest") == "we would suggest"
    assert spaced(f"{white}waiting") == " waiting"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I would  recommend it.", "I would recommend it."),
        ("We’d   suggest waiting — by 2027.", "We’d suggest waiting — by 2027."),
        ("Prices fall by 2027.", "Prices fall by 2027."),
        ("Préisser fällt bis 2027 — “sicher”.", "Préisser fällt bis 2027 — “sicher”."),
        ("zero\u200bwidth is no space", "zero\u200bwidth is no space"),
        ("", ""),
    ],
)
def test_spacing(text, expected):
    assert spaced(text) == expected
