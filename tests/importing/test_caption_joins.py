"""Auto-generated captions: a clause split inside an amount, inside an open noun phrase,
between a verb and its object, or before a prepositional phrase is read whole; a line that
has a clause of its own stays apart."""

import pytest

from claims.importing.unpunctuated import Fragment, statements


def _read(lines):
    return [words for _, words, _ in statements([Fragment(t, i) for i, t in enumerate(lines)])]


JOINED = [
    # Inside an amount.
    pytest.param(
        ["today we have sold more than two", "million units"],
        ["today we have sold more than two million units"],
        id="amount-million",
    ),
    pytest.param(
        ["we expect about forty", "percent of new cars to be electric by 2030"],
        ["we expect about forty percent of new cars to be electric by 2030"],
        id="amount-percent",
    ),
    pytest.param(
        ["the fund will grow to 12", "billion dollars by 2028"],
        ["the fund will grow to 12 billion dollars by 2028"],
        id="amount-digits",
    ),
    # Inside an open noun phrase.
    pytest.param(
        [
            "our chips team tells me the next",
            "generation silicon will be three times faster by 2027 i think",
        ],
        [
            "our chips team tells me the next generation silicon will be three times faster by"
            " 2027 i think"
        ],
        id="the-next-generation",
    ),
    pytest.param(
        ["and honestly i think the new", "model will be cheaper to run next year"],
        ["and honestly i think the new model will be cheaper to run next year"],
        id="the-new-model",
    ),
    # Between a verb and its object.
    pytest.param(
        [
            "so last year we told you we would ship",
            "the orbit one headset and we did we shipped it in march",
        ],
        [
            "so last year we told you we would ship the orbit one headset and we did we shipped"
            " it in march"
        ],
        id="would-ship-the-headset",
    ),
    pytest.param(
        ["next year we will launch", "our own payments app in europe"],
        ["next year we will launch our own payments app in europe"],
        id="will-launch-our-app",
    ),
    pytest.param(
        ["we are going to hire", "two thousand engineers by 2027"],
        ["we are going to hire two thousand engineers by 2027"],
        id="to-hire-engineers",
    ),
    # Before a prepositional continuation.
    pytest.param(
        ["developers you should start building", "for spatial now"],
        ["developers you should start building for spatial now"],
        id="for-spatial-now",
    ),
    pytest.param(
        ["orbit two will ship in the first half of next year", "at half the price"],
        ["orbit two will ship in the first half of next year at half the price"],
        id="at-half-the-price",
    ),
    pytest.param(
        ["we will open a second factory", "in northern sweden"],
        ["we will open a second factory in northern sweden"],
        id="in-northern-sweden",
    ),
]


@pytest.mark.parametrize(("lines", "said"), JOINED)
def test_a_clause_split_across_caption_lines_is_read_whole(lines, said):
    assert _read(lines) == said


APART = [
    pytest.param(
        ["prices will fall", "the economy will slow down next year"],
        ["prices will fall", "the economy will slow down next year"],
        id="a-new-clause-after-a-verb",
    ),
    pytest.param(
        ["we will ship", "the price will stay the same"],
        ["we will ship", "the price will stay the same"],
        id="determiner-with-its-own-verb",
    ),
    pytest.param(
        ["the merger will close by the end of", "june at the latest", "um so that's the deal"],
        ["the merger will close by the end of june at the latest", "um so that's the deal"],
        id="at-the-latest-ends-it",
    ),
    pytest.param(
        ["we sold two", "and then prices fell"],
        ["we sold two", "and then prices fell"],
        id="a-number-then-a-new-clause",
    ),
    pytest.param(
        ["rates will come down", "in my view it will take until 2027"],
        ["rates will come down", "in my view it will take until 2027"],
        id="a-preposition-opening-its-own-clause",
    ),
]


@pytest.mark.parametrize(("lines", "said"), APART)
def test_lines_with_a_clause_of_their_own_stay_apart(lines, said):
    assert _read(lines) == said
