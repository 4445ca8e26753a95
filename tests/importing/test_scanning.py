"""Document-wide patterns run only around the words they need (``claims.horizons.scanning``)."""

from pathlib import Path

import pytest

from claims.horizons import declared
from claims.horizons.scanning import finditer_near, word_windows
from claims.importing import acts, office_holders

DOCUMENTS = sorted((Path(__file__).parent / "data" / "documents").glob("*"))
DOCUMENTS = [p for p in DOCUMENTS if p.suffix != ".expected"]

PATTERNS = [
    ("office then name", office_holders._OFFICE_THEN_NAME, office_holders._OFFICE_WORDS),
    ("name then office", office_holders._NAME_THEN_OFFICE, office_holders._OFFICE_WORDS),
    ("lead role", acts._LEAD_ROLE, acts._LEAD_WORDS),
    ("declared event", declared._DECLARATION, declared._DECLARED_WORDS),
]

TEXT = "one\ntwo head\nthree\nfour\nfive\nsix chair\nseven"


@pytest.mark.parametrize(
    ("text", "words", "spans"),
    [
        (TEXT, ("head",), [(0, 18)]),  # the line before, its own, the line after
        (TEXT, ("chair",), [(24, 44)]),  # the last line: to the end
        (TEXT, ("head", "chair"), [(0, 18), (24, 44)]),
        (TEXT, ("head", "three", "four"), [(0, 28)]),  # spans that meet are joined
        (TEXT, ("one",), [(0, 12)]),  # the first line: from the start
        (TEXT, ("HEAD", "nine"), []),  # words are given in lower case; none found
        ("Two Heads", ("head",), [(0, 9)]),  # found in any case
        ("İstanbul head", ("head",), [(0, 13)]),  # lower-casing lengthens: the whole text
        ("", ("head",), []),
    ],
)
def test_word_windows(text, words, spans):
    assert word_windows(text, words) == spans


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A name on the line before the office, "our" then a line break.
        ("Raj Chandrasekar, our\nhead of housing delivery, said", ["Raj Chandrasekar"]),
        # An office run on across a line break.
        ("as Public Works Chief\nExecutive Tamsin Hale put it", ["Tamsin Hale"]),
        ("Marcus Oyelaran -- Chief Financial Officer", ["Marcus Oyelaran"]),
        (
            "Mayor Tom Achterberg\n\n" + "filler line\n" * 50 + "Director Ana Brook",
            ["Tom Achterberg", "Ana Brook"],
        ),
        ("nothing here but words\n" * 20, []),
    ],
)
def test_office_holders_found_across_lines(text, found):
    names = [
        m["name"]
        for pattern in (office_holders._OFFICE_THEN_NAME, office_holders._NAME_THEN_OFFICE)
        for m in finditer_near(pattern, text, office_holders._OFFICE_WORDS)
    ]
    assert sorted(set(names)) == sorted(found)


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
@pytest.mark.parametrize(("name", "pattern", "words"), PATTERNS, ids=[p[0] for p in PATTERNS])
def test_same_matches_as_a_whole_scan(path, name, pattern, words):
    text = path.read_text(encoding="utf-8", errors="replace")
    whole = [(m.span(), m.group()) for m in pattern.finditer(text)]
    near = [(m.span(), m.group()) for m in finditer_near(pattern, text, words)]
    assert near == whole


@pytest.mark.parametrize(("name", "pattern", "words"), PATTERNS, ids=[p[0] for p in PATTERNS])
def test_every_alternative_holds_a_word(name, pattern, words):
    """Each top-level word of the pattern's alternation, written out, is found near."""
    samples = {
        "office then name": "Director Ana Brook; CEO Li Wei; Convener Euan Moffat; Clerk Jo Ray",
        "name then office": "Ana Brook, director; Li Wei (CEO); Jo Ray -- Treasurer",
        "lead role": "the co-founder of Lumen; managing director at Orro; envoy of Tarn",
        "declared event": "Polling day is 5 May. The go-live is 3 March. Results day: 9 June",
    }
    text = samples[name]
    whole = [m.group() for m in pattern.finditer(text)]
    assert whole
    assert [m.group() for m in finditer_near(pattern, text, words)] == whole


def test_holders_in_reads_only_near_office_words():
    text = "Chief Executive Officer Dana Vale opened.\n" + "\n".join(["plain talk"] * 100)
    assert office_holders.holders_in(text) == frozenset({"vale"})
