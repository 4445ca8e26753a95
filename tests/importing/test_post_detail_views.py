"""Table tests: a Mastodon post copied from its detail view (the display name, the handle on
the line below, the post's text, then its date line "May 19, 2026, 08:12 · 🌐 · Web" and its
counts "214 boosts · 389 favourites"). The handle's line and the counts are the page's, the
post is the display name's, and so are the replies below it to their bylines; a thread's
opener ("Long thread on …, since I keep getting asked. 🧵") and a call to bookmark or boost
it claim nothing. Near misses (a display name and handle with no date line under the text,
a claim that opens like a call to share) read as before."""

import pytest

from claims.importing.forums import detail_date_line
from tests.importing.attributed import said, who

WETLANDS = """Tove Aasland 🌿
@tove@fjord.social
1/4 Long thread on the delta wetlands and what this year's floods mean for the birds, since a few of you asked. 🧵 #wetlands
June 2, 2026, 07:40 · 🌐 · Web
87 boosts · 203 favourites
Tove Aasland 🌿 @tove@fjord.social · Jun 2
2/4 The spring count found 1,240 breeding pairs of avocets, down from 1,900 in 2024.
Tove Aasland 🌿 @tove@fjord.social · Jun 2
3/4 I expect the avocet colony to fall below a thousand pairs by 2028 unless the sluices are rebuilt.
Tove Aasland 🌿 @tove@fjord.social · Jun 2
4/4 Bookmark this thread.
Mikkel Rand @mrand@mastodon.online · Jun 2
@tove The county will rebuild the north sluice before the end of next year.
"""  # noqa: E501

PLAIN_HANDLE = """Tove Aasland
@tove@fjord.social
The county will rebuild the north sluice before the end of next year.
"""


def test_a_detail_views_handle_and_counts_are_the_pages():
    lines = [text for _, text in said(WETLANDS)]
    assert not any(text.strip() == "@tove@fjord.social" for text in lines)
    assert not any("boosts" in text for text in lines)
    assert not any("Long thread" in text for text in lines)
    assert not any("Bookmark" in text for text in lines)


@pytest.mark.parametrize(
    ("words", "speaker"),
    [
        ("1,240 breeding pairs", "Tove Aasland"),
        ("fall below a thousand pairs", "Tove Aasland"),
        ("rebuild the north sluice", "Mikkel Rand"),
    ],
)
def test_posts_and_replies_go_to_their_authors(words, speaker):
    assert who(WETLANDS, words) == speaker


def test_a_name_and_handle_with_no_post_details_below_are_no_byline():
    # No date line under the text: the name above a handle may be anything (a card, a
    # signature); the document reads as before.
    assert who(PLAIN_HANDLE, "rebuild the north sluice") != "Tove Aasland"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("May 19, 2026, 08:12 · 🌐 · Web", True),
        ("June 2, 2026, 07:40 · 🔓 · Ivory for iOS", True),
        ("Jan 7, 2026, 9:05 PM", True),
        ("May 19, 2026 was a bad day for barges.", False),
        ("Since May 19, 2026, 08:12 the gauge has fallen.", False),
    ],
)
def test_the_detail_date_line(line, expected):
    assert detail_date_line(line) is expected


@pytest.mark.parametrize(
    ("sentence", "chatter"),
    [
        ("Bookmark this post.", True),
        ("Bookmark this thread!", True),
        ("Please boost.", True),
        ("Share this if you agree.", True),
        ("RT if you agree.", True),
        ("Save this for later.", True),
        ("Share this thread.", True),
        ("Save this one", False),  # a chat's request: read as before
        ("Save it.", False),
        (
            "Long thread on the river levels and the barge season, since I keep getting asked. 🧵",
            True,
        ),
        ("Share prices will double by 2027.", False),
        ("Save the wetlands fund and we will have 2,000 pairs by 2030.", False),
        ("Boosting the grid will take a decade.", False),
    ],
)
def test_calls_to_the_readers_are_chatter(sentence, chatter):
    post = f"Mikkel Rand @mrand@mastodon.online · Jun 2\n{sentence}\n"
    proposed = any(sentence[:20] in text for _, text in said(post))
    assert proposed is not chatter
