"""Table tests: the word given makes a commitment, and a condition is no hedge.

- "And I give this House my word: the Commission will report every six months", "I give you
  my word", "… every Sunday until the election, promise", "You can hold me to that." (after
  the promise it vouches for: one statement with it) are commitments.
- "If the data read out the way we hope, we will file with the FDA by mid-2027": the hope
  is the condition's, the filing the speaker's act. A hedge outside the condition ("If it
  goes well, I think we'll file by 2027") keeps it a forecast.
- The acts an organisation announces ("We will announce an appointment before year-end",
  "we will not do a dilutive equity raise this year", "We will present a proposal before
  the summer break") are its commitments; an outcome reported ("We will report strong
  growth") is no act.
"""

import pytest

from claims.choices import ClaimKind
from claims.importing.classify import classify
from claims.importing.parsing import split_sentences
from claims.importing.pledges import pledged, without_condition

C, P = ClaimKind.COMMITMENT, ClaimKind.PREDICTION


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "And I give this House my word: the Commission will report to Parliament on"
            " progress every six months, starting in October.",
            C,
        ),
        ("I give you my word: the bridge reopens to lorries by May.", C),
        ("We give residents our guarantee that the pool stays open through 2027.", C),
        ("I'm also going to do one of these streams every Sunday until the election, promise", C),
        ("The depot will be rebuilt by 2028 — I promise!", C),
        ("I can promise you the library reopens in September.", C),
        ("If the data read out the way we hope, we will file with the FDA by mid-2027.", C),
        ("Once the permit comes through, we'll break ground in the spring.", C),
        ("We will announce an appointment before year-end.", C),
        ("We will not do a dilutive equity raise this year.", C),
        ("We will present a proposal before the summer break.", C),
        ("We will hold a town hall at the Grange on March 12.", C),
        ("We'll report back to the committee in June.", C),
        # Near misses: a hedge, an outcome, a promise refused.
        ("If it goes well, I think we'll file by 2027.", P),
        ("We will report strong growth next year.", P),
        ("I can't promise prices will fall by 2027.", P),
        ("Prices will fall by 2027, my economists swear by it.", P),
    ],
)
def test_the_word_given_and_conditions(text, kind):
    assert classify(text, has_horizon=True) == kind


@pytest.mark.parametrize(
    "text",
    [
        "The ferry runs again by Easter. You can hold me to that.",
        "The ferry runs again by Easter. My word on it.",
    ],
)
def test_a_pledge_after_its_promise_is_one_statement(text):
    assert [sentence for _, sentence in split_sentences(text)] == [text]
    assert classify(text, has_horizon=True) == C


@pytest.mark.parametrize(
    ("before", "left"),
    [
        ("if the data read out the way we hope, ", ""),
        ("if it goes well, i think ", "i think "),
        ("and once the permit comes through, ", ""),
        ("i hope ", "i hope "),  # no condition: the hedge stays
    ],
)
def test_without_condition(before, left):
    assert without_condition(before) == left


def test_pledged_reads_lower_cased_words():
    assert pledged("i give this house my word: the commission will report")
    assert not pledged("the word on the street is that prices will fall")
