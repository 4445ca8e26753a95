"""Auto-generated captions: where a clause goes on across a caption line, and where a new
forecast starts after a conjunction and its horizon."""

import pytest

from claims.importing.unpunctuated import Fragment, statements


def _read(lines):
    return [words for _, words, _ in statements([Fragment(t, i) for i, t in enumerate(lines)])]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # A horizon leading into the next line, after an earlier horizon in the clause.
        (
            [
                "next year i think prices will",
                "fall by about ten percent in most",
                "of the sun belt and then by 2027",
                "mortgage rates will be back",
                "under five percent probably",
            ],
            [
                "next year i think prices will fall by about ten percent in most of the sun belt",
                "and then by 2027 mortgage rates will be back under five percent probably",
            ],
        ),
        (
            [
                "rents will rise next year in the suburbs and by 2028",
                "vacancies will double in most cities",
            ],
            [
                "rents will rise next year in the suburbs",
                "and by 2028 vacancies will double in most cities",
            ],
        ),
        (
            [
                "wages grow slowly next year but within five years",
                "robots will do most warehouse work",
            ],
            [
                "wages grow slowly next year",
                "but within five years robots will do most warehouse work",
            ],
        ),
        # A noun phrase left open at the end of a line goes on in the next.
        (
            [
                "cutting prices and within two years",
                "we'll see the first real",
                "correction since 2008 in my view",
            ],
            [
                "cutting prices and within two years we'll see the first real correction"
                " since 2008 in my view"
            ],
        ),
        (
            [
                "so the builders are cutting prices and within two years",
                "we'll see the first real",
                "correction since 2008 in my view",
            ],
            [
                "so the builders are cutting prices",
                "and within two years we'll see the first real correction since 2008 in my view",
            ],
        ),
        (
            ["i think by 2030 we'll have the biggest", "housing shortage on record"],
            ["i think by 2030 we'll have the biggest housing shortage on record"],
        ),
        # An amount going on from the line before.
        (
            ["oil will be back", "above eighty dollars by march"],
            ["oil will be back above eighty dollars by march"],
        ),
        # Near misses: a new clause of its own on the next line stays apart.
        (
            ["we'll see the first real", "and then they will raise rates"],
            ["we'll see the first real", "and then they will raise rates"],
        ),
        (
            ["commercial real estate is the problem", "office vacancies will hit a record"],
            ["commercial real estate is the problem", "office vacancies will hit a record"],
        ),
    ],
)
def test_caption_clauses(lines, expected):
    assert _read(lines) == expected
