"""Table tests: one list of news outlets serves the heading reader and the dateline reader.

A heading's name with an outlet's word in it is no person's ("Bloomberg TV", "Sky News"); a
news agency's dateline ("LONDON, March 3 (Reuters) - ") is dropped before a story. Both read
``claims.importing.outlets``: an agency added there is known to both.
"""

import pytest

from claims.importing import headings
from claims.importing.asides import without_dateline
from claims.importing.outlets import AGENCIES, BROADCASTERS, OUTLET_WORDS


@pytest.mark.parametrize("agency", AGENCIES)
def test_every_agency_signs_a_dateline(agency):
    assert without_dateline(f"LONDON, March 3 ({agency}) - Rates will fall.") == "Rates will fall."
    assert without_dateline(f"Paris ({agency}) — Prices rose.") == "Prices rose."


@pytest.mark.parametrize(
    "name",
    [
        *(f"{name} Live" for name in (*AGENCIES, *BROADCASTERS) if " " not in name),
        "Bloomberg TV",
        "Sky News",
        "The Daily Herald",
        "Reuters Breakingviews",
    ],
)
def test_a_name_with_an_outlets_word_is_no_persons(name):
    assert not headings._person(name)


@pytest.mark.parametrize("name", ["Maya Chen", "Alex Jones", "Tom Pressman", "Ana Fox-Ruiz"])
def test_a_persons_name_is_one(name):
    assert headings._person(name)


def test_the_heading_reader_uses_the_one_list():
    assert headings._OUTLET_WORDS is OUTLET_WORDS
    assert {"reuters", "bloomberg", "cnbc", "tv", "news"} <= OUTLET_WORDS
    assert "jones" not in OUTLET_WORDS  # "Dow Jones": a word of a longer name may be a person's
