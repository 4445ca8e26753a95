"""Table tests: a Mastodon post copied from its detail view (the display name, the handle on
the line below, the post's text, then its date line "May 19, 2026, 08:12 · 🌐 · Web" and its
counts "214 boosts · 389 favourites"). The handle's line and the counts are the page's, the
post is the display name's, and so are the replies below it to their bylines; a thread's
opener ("Long thread on …, since I keep getting asked. 🧵") and a call to bookmark or boost
it claim nothing. Near misses (a display name and handle with no date line under the text,
a claim that opens like a call to share) read as before. A thread on X copied whole reads
the same way, its time line first ("9:14 AM · Mar 3, 2026")."""

import datetime

import pytest

from claims.importing.forums import detail_date_line, x_time_line
from claims.importing.services import ImportOptions, SourceChoice, import_plan
from tests.importing.attributed import said, who

SAID_ON = datetime.date(2026, 3, 3)

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


# A thread on X copied from the browser: its posts under "Post", each with the author's
# name over the handle, a "Subscribe" button, the text, the time line and the counts.
X_THREAD = """Post

Colette Marsh
@colettemarsh_econ
Subscribe
1/ My 2026 housing call, one year after I got 2025 badly wrong.
Last January I said the 30-yr fixed would be under 5.5% by December. It finished at 6.4%.
9:14 AM · Mar 3, 2026
1.2M Views
412
1.9K
Colette Marsh
@colettemarsh_econ
2/ Rates first.
My base case: it's below 6% by the end of June, and it stays there.
9:16 AM · Mar 3, 2026
384K Views
96
Desmond Achterberg
@desachterberg
·
4h
Respectfully, too bullish. The 30-yr stays above 6.25% through the end of the year.
"""


NOTED = X_THREAD.replace(
    "384K Views\n",
    "384K Views\nReaders added context\nThe survey's average was 6.13%, not 6.31%. Rates"
    " will be revised by Friday.\nlenders-survey.example/weekly\nContext is written by people"
    " who use X, and appears when rated helpful by others. Find out more.\nDo you find this"
    " helpful?\nRate it\n",
)


def test_xs_community_note_is_no_ones():
    assert who(NOTED, "revised by Friday") == "-"
    assert who(NOTED, "stays above 6.25%") == "Desmond Achterberg"


@pytest.mark.parametrize(
    ("words", "speaker"),
    [
        ("below 6% by the end of June", "Colette Marsh"),
        # The speaker's own forecast of last year, its time no part of a name.
        ("Last January I said", "Colette Marsh"),
        ("stays above 6.25%", "Desmond Achterberg"),
        ("1.2M Views", "-"),
        ("9:16 AM", "-"),
    ],
)
def test_an_x_thread_goes_to_its_authors(words, speaker):
    assert who(X_THREAD, words) == speaker


@pytest.mark.django_db
def test_the_speakers_own_past_forecast_on_x_is_no_one_elses():
    plan = import_plan(
        data=X_THREAD.encode(),
        file_name="thread.txt",
        options=ImportOptions(source=SourceChoice(title="Thread", published_on=SAID_ON)),
    )
    told = next(c for c in plan.candidates if "Last January" in c.quote)
    assert (told.speaker.name, told.kind, told.deadline) == ("Colette Marsh", "factual", None)


EMBEDDED_IN_A_BLOG = """## Politics live, 4 November 2025

Hannah Lowe: The Lib Dems' environment spokesperson, Phoebe Marsh, has posted this:
Phoebe Marsh MP
@PhoebeMarshMP
We will table an amendment on Thursday to put Northgate into public ownership.
4:11 PM · Nov 4, 2025
Read 212 replies
Hannah Lowe: The union told me it was relieved for the 4,100 staff.
"""


def test_a_post_embedded_in_a_live_blog_opens_no_thread():
    # No "Subscribe" or "Follow" under the handle: the blog's narration stays its writer's.
    assert who(EMBEDDED_IN_A_BLOG, "union told me") == "Hannah Lowe"


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
    ("line", "expected"),
    [
        ("9:14 AM · Mar 3, 2026", True),
        ("14:05 · 3 Mar 2026 · 1.2M Views", True),
        ("9:14 AM · the market opened lower", False),
        ("Mar 3, 2026 · 9:14 AM", False),
    ],
)
def test_xs_time_line(line, expected):
    assert x_time_line(line) is expected


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
