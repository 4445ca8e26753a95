"""A passage a writer quotes from a named person, set off after a lead-in that ends with a
colon, is that person's (``quoted_passages``); a Bluesky post embedded in an article, dated
"March 12, 2026 at 9:03 AM", is its poster's. Near misses: a lead-in naming two people or
none, a writer's comment after the passage, a colon that introduces no one's words."""

import pytest

from claims.importing import article_comments
from claims.importing.forums import detail_date_line
from claims.importing.quoted_passages import quoted_passages

WRITER = "Marguerite Ostrander"


@pytest.mark.parametrize(
    ("lines", "quoted"),
    [
        # The paragraph after the lead-in, and the next while it speaks as "we".
        (
            [
                "On Tuesday, ECB Executive Board member Ilse Vandermeer gave this year's"
                " Hollenbeck Lecture. I think the important passage was this one:",
                "Headline inflation has fallen faster than we projected in December.",
                "Some of you will ask whether a June cut is a done deal. We take our decisions"
                " meeting by meeting.",
                "Read that first paragraph again.",
            ],
            {1: "Ilse Vandermeer", 2: "Ilse Vandermeer"},
        ),
        (
            [
                "Here is how the chief executive, Tobias Renwick, put it to analysts:",
                "We will have the Hull plant running at full capacity by the end of 2027.",
                "I'm not so sure.",
            ],
            {1: "Tobias Renwick"},
        ),
        (
            [
                "Transport Secretary Amara Lindqvist said this in the Commons on Monday:",
                "The line will open to passengers in December 2027, and our budget holds.",
                "We have the contractors, we have the money, and we have the will.",
                "My own view: it slips to 2028.",
            ],
            {1: "Amara Lindqvist", 2: "Amara Lindqvist"},
        ),
        # Two people, a firm or nobody in the lead-in: nothing changes.
        (
            [
                "Governor Ruth Baines and her deputy Karl Ostby both said much the same:",
                "Inflation will be back at target in 2027.",
            ],
            {},
        ),
        (
            [
                "Halvorsen Bank put it this way in a note to clients:",
                "We expect two cuts by the end of the year.",
            ],
            {},
        ),
        (
            ["Three things this week:", "The ECB, the Bund auction and my scorecard."],
            {},
        ),
        # A lead-in with a colon, followed by a heading: no passage.
        (
            ["Board member Ilse Vandermeer said this on Tuesday:", "The Bund auction"],
            {},
        ),
        # The writer named in the lead-in is not quoted.
        (
            ["As I, Marguerite Ostrander, wrote in December:", "The ECB will hold in Q1."],
            {},
        ),
    ],
)
def test_a_passage_quoted_after_a_lead_in_is_the_named_persons(lines, quoted):
    found = quoted_passages(lines, 0, len(lines), WRITER)
    assert {index: person for index, (person, _) in found.items()} == quoted


def test_a_quoted_passage_carries_a_remark_naming_its_lead_in():
    lines = ["Minister Amara Lindqvist said this on Monday:", "We will open it in 2027."]
    ((person, remark),) = quoted_passages(lines, 0, 2, WRITER).values()
    assert person == "Amara Lindqvist"
    assert "quoted after “Minister Amara Lindqvist said this on Monday:”" in remark


@pytest.mark.parametrize(
    ("line", "dated"),
    [
        ("March 12, 2026 at 9:03 AM", True),  # Bluesky
        ("Mar 12, 2026 at 11:47 PM", True),
        ("May 19, 2026, 08:12 · 🌐 · Web", True),  # Mastodon
        ("March 12, 2026", False),
        ("We meet on March 12, 2026 at 9:03 AM", False),
    ],
)
def test_a_posts_detail_date_line(line, dated):
    assert detail_date_line(line) is dated


SUBSTACK = """Crosswind Macro
Subscribe
Why I'm still betting on a June cut
Marguerite Ostrander
Follow
Mar 15, 2026

On Tuesday, ECB Executive Board member Ilse Vandermeer gave this year's lecture. \
I think the important passage was this one:

Headline inflation has fallen faster than we projected. We now expect it to settle \
at our 2% target in the second half of 2026.

Read that again. I think the Governing Council cuts in June.

Not everyone agrees. This one did the rounds on Bluesky:

Harlan Okafor
@harlanokafor.bsky.social
Unpopular take: the ECB will still find a reason to wait until July.
March 12, 2026 at 9:03 AM

Discussion about this post
Comments
Restacks

Pieter Aldous
Mar 15
Good piece, but rates stay higher for longer.
Like (3)
Reply
Share
"""


def test_a_newsletters_quoted_passage_and_embedded_bluesky_post():
    shaped = article_comments.reshape(SUBSTACK.splitlines())
    assert shaped is not None
    texts = SUBSTACK.splitlines()

    def at(words: str) -> str:
        return shaped.lines[next(i for i, t in enumerate(texts) if words in t)]

    assert at("Headline inflation").startswith("Ilse Vandermeer: Headline inflation")
    assert at("Read that again").startswith("Marguerite Ostrander: Read that again")
    assert at("Unpopular take").startswith("Harlan Okafor: Unpopular take")
    for words in ("@harlanokafor", "March 12, 2026 at 9:03 AM"):
        assert at(words) == "", words
    assert at("Good piece").startswith("Pieter Aldous: Good piece")
