"""Table tests: a Stack Exchange question page copied from the browser: each post is the
author its card names below it, each comment its writer's named after the dash; the page's
chrome, tags, votes and cards are nobody's. Near misses: notes quoting an answer, a page
with one post only."""

import pytest

from claims.importing import stack_exchange

PAGE = """Stack Exchange Network
Economics
Will a flat heat-pump rebate end up in installers' pockets?
Asked 3 days ago Modified today Viewed 412 times
7
Since then, installers' quotes have gone up by roughly 900–1,400 crowns.
subsidies
tax-incidence
Share
Improve this question
Follow
asked Oct 3, 2026 at 9:14
Ines Okafor-Lund
1,234 ● 5 ● 12
2
Do you have a source for the 14,000 figure? – Halvard Steen Oct 3 at 11:15
Add a comment
3 Answers
Sorted by:
Highest score (default)
12
✓ Accepted
What happens next
I expect prices to still be 8% above their pre-rebate level by the end of Q1 2027.
Share
Improve this answer
Follow
edited Oct 5, 2026 at 7:11
answered Oct 4, 2026 at 8:02
Margit Hollender
3,412 ● 2 ● 19
I'd bet margins are back to pre-rebate levels by mid-2027. – Halvard Steen Oct 4 at 14:20
@gridwonk fair point, edited. – Margit Hollender Oct 5 at 7:12
Add a comment
Hot Network Questions
Why do rebates raise prices?
"""


def _at(shaped, words: str) -> str:
    return shaped.lines[next(i for i, t in enumerate(PAGE.splitlines()) if words in t)]


def test_each_post_is_its_cards_author_and_each_comment_its_writers():
    shaped = stack_exchange.reshape(PAGE.splitlines())
    assert shaped is not None
    assert _at(shaped, "installers' quotes").startswith("Ines Okafor-Lund: Since then")
    assert _at(shaped, "8% above").startswith("Margit Hollender: I expect prices")
    assert _at(shaped, "back to pre-rebate").startswith("Halvard Steen: I'd bet margins")
    # A comment's leading "@name" addresses someone: no part of the words.
    assert _at(shaped, "fair point") == "Margit Hollender: fair point, edited."
    for words in (
        "Stack Exchange Network",
        "Will a flat heat-pump",
        "Asked 3 days ago",
        "subsidies",
        "asked Oct 3",
        "1,234 ● 5",
        "✓ Accepted",
        "What happens next",
        "Why do rebates raise prices?",
    ):
        assert _at(shaped, words) == "", words


@pytest.mark.parametrize(
    "text",
    [
        "Notes\nMargit's answer said prices stay high.\nShare\nImprove this answer\n",
        # One post only: too little to tell the layout.
        "7\nPrices rise.\nShare\nImprove this question\nasked Oct 3, 2026 at 9:14\nIna\n1 ● 1\n",
    ],
)
def test_documents_that_are_no_question_page(text):
    assert stack_exchange.reshape(text.splitlines()) is None
