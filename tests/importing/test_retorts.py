"""Table tests: a retort that throws the words before back ("cool, tell that to my
regulars.") is no claim; a sentence that tells someone something, or goes on to claim, is
read as before."""

import pytest

from claims.importing.classify import is_candidate
from claims.importing.retorts import retort


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cool, tell that to my Saturday regulars who drive in from Hollins Cross.", True),
        ("Try telling that to the people on the night bus!", True),
        ("Go tell it to the judge 🙄", True),
        ("Sure, tell that to the bus drivers.", True),
        ("Tell that to the council, they will vote no.", False),  # goes on to claim
        ("I will tell that to the board on Monday.", False),
        ("Tell the council that the depot closes in May.", False),
        ("They told that to the mayor in 2024.", False),
    ],
)
def test_a_retort(text, expected):
    assert retort(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sure, tell that to the traders on Mill Lane.", False),
        ("The market will close by 2028.", True),
        ("Tell that to the council, they will vote no.", True),
    ],
)
def test_a_retort_is_no_candidate(text, expected):
    assert is_candidate(text) is expected
