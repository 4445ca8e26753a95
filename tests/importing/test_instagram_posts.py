"""Table tests: Instagram posts copied from the browser with their comments (a repair
shop's post with a reply from its account, a councillor's post copied with each handle and
its words on one line, a reel's page). The account's caption and replies are the document's
speaker's (uncued); a commenter's words are "@handle"'s, asked about; the header, the
location, ages, buttons ("3d2 likesReply"), links, counts, the composer and hashtags are
nobody's; a comment's age counts back from the curator's copy note. Documents that only look
like such a page (a Facebook post, an X post, notes that say "Follow") read as before."""

import datetime

import pytest

from claims.importing import instagram
from claims.importing.notes_forums import ACCOUNT_NOTE
from claims.importing.services import ImportOptions, SourceChoice, import_plan
from tests.importing import attributed

REPAIR_SHOP = """saved from instagram.com, Thu 4 Jun 2026 18:20 - MO
fenwick.cycles
•
Follow
Dunmore Quay
fenwick.cycles
We open the repair hub on Dock Road on 1 July, with two mechanics on every weekday.
The old workshop closes for good at the end of June. — Fenwick crew
#cycling #dunmore #bikerepair
Edited · 3d
lena_rides
Will you fix e-bikes too?
3d2 likesReply
— View replies (1)
fenwick.cycles
@lena_rides yes, we will service e-bikes from August.
2d1 likeReply
quay_commuter
Dock Road floods every spring, the hub will be under water by March
1d 7 likes Reply
See translation
View all 40 comments
Liked by lena_rides and others
310 likes
June 1
Add a comment…
Post
"""

# Each handle and its words on one line; the header on one line; "Verified"; a question.
COUNCILLOR = """wardfour.tamsin Verified • Follow
Old Mill Library
wardfour.tamsin Verified The library roof repair starts on Monday, the reading room opens in May.
I think the old mill is the best building in the ward.
Huge thanks to all who came to the open day 🙏
#wardfour #libraries
5w
arlo.pemberton Roof was patched in 2019 too and it leaked within a year
5w3 likesReply
mill_street_mum Congrats!! 🎉
4wReply
wardfour.tamsin @arlo.pemberton this time the whole roof is replaced, not patched.
4w12 likesReply
Hide replies
Log in to like or comment.
More posts from wardfour.tamsin
"""

# A comment whose first line reads as no handle: who wrote it is not known.
NO_HANDLE = """harbourlight.choir
•
Follow
harbourlight.choir
The spring concert moves to the Corn Exchange this year.
2w
Such great news for the town
The hall will sell out in a day
2w4 likesReply
1,020 likes
Add a comment…
"""

# A reel's page: "handle · Original audio" above the caption; the date as "3 days ago".
REEL = """tidewater.farmshop
•
Follow
tidewater.farmshop · Original audio
tidewater.farmshop
Our veg boxes go to fortnightly delivery from September – Ashby and Corran villages first.
3 days ago
olu.grows
Prices will double with the new fuel levy, you watch
3d5 likesReply
214 likes
3 days ago
Add a comment…
"""


@pytest.mark.parametrize(
    ("text", "words", "who"),
    [
        # The account's caption and its reply: uncued, the document's speaker's.
        (REPAIR_SHOP, "saved from instagram.com", "-"),
        (REPAIR_SHOP, "Dunmore Quay", "-"),  # the location
        (REPAIR_SHOP, "repair hub on Dock Road", ""),
        (REPAIR_SHOP, "closes for good", ""),
        (REPAIR_SHOP, "#cycling", "-"),
        (REPAIR_SHOP, "Edited", "-"),
        (REPAIR_SHOP, "Will you fix e-bikes", "@lena_rides"),
        (REPAIR_SHOP, "3d2 likesReply", "-"),
        (REPAIR_SHOP, "View replies", "-"),
        (REPAIR_SHOP, "service e-bikes from August", ""),
        (REPAIR_SHOP, "under water by March", "@quay_commuter"),
        (REPAIR_SHOP, "See translation", "-"),
        (REPAIR_SHOP, "View all 40 comments", "-"),
        (REPAIR_SHOP, "Liked by", "-"),
        (REPAIR_SHOP, "310 likes", "-"),
        (REPAIR_SHOP, "June 1", "-"),
        (REPAIR_SHOP, "Add a comment", "-"),
        # Handles and words on one line.
        (COUNCILLOR, "Old Mill Library", "-"),
        (COUNCILLOR, "roof repair starts on Monday", ""),
        (COUNCILLOR, "best building in the ward", ""),
        (COUNCILLOR, "Huge thanks", "-"),  # thanks alone: no claim
        (COUNCILLOR, "leaked within a year", "@arlo.pemberton"),
        (COUNCILLOR, "whole roof is replaced", ""),
        (COUNCILLOR, "Hide replies", "-"),
        (COUNCILLOR, "Log in to like", "-"),
        (COUNCILLOR, "More posts from", "-"),
        # A reel: its audio line is nobody's; a dash inside a sentence is no sign-off.
        (REEL, "Original audio", "-"),
        (REEL, "fortnightly delivery from September – Ashby and Corran", ""),
        (REEL, "3 days ago", "-"),
        (REEL, "Prices will double", "@olu.grows"),
        # No handle above the comment: nobody's, never the account's nor the last commenter's.
        (NO_HANDLE, "Corn Exchange", ""),
        (NO_HANDLE, "Such great news", "-"),
        (NO_HANDLE, "sell out in a day", "-"),
    ],
)
def test_who_says_what_on_a_copied_instagram_post(text, words, who):
    assert attributed.who(text, words) == who


def test_lines_keep_their_numbers_and_handles_are_asked_about():
    for text in (REPAIR_SHOP, COUNCILLOR, NO_HANDLE, REEL):
        lines = text.split("\n")
        shaped = instagram.reshape(lines)
        assert shaped is not None
        assert len(shaped.lines) == len(lines)
    shaped = instagram.reshape(REPAIR_SHOP.split("\n"))
    line = next(n for n, text in enumerate(shaped.lines, 1) if "e-bikes too" in text)
    assert shaped.lines[line - 1] == "@lena_rides: Will you fix e-bikes too?"
    assert shaped.notes[line] == ACCOUNT_NOTE.format(handle="@lena_rides")
    reply = next(text for text in shaped.lines if "from August" in text)
    assert reply == "yes, we will service e-bikes from August."  # its addressee left out


def _said_on(text: str, words: str) -> datetime.date | None:
    statement = next(s for s in attributed.parsed(text).statements if words in s.text)
    return statement.said_on


@pytest.mark.parametrize(
    ("text", "words", "day"),
    [
        # The copy note says 4 June 2026: "3d", "2d" and "1d" count back from it.
        (REPAIR_SHOP, "repair hub on Dock Road", datetime.date(2026, 6, 1)),
        (REPAIR_SHOP, "Will you fix e-bikes", datetime.date(2026, 6, 1)),
        (REPAIR_SHOP, "service e-bikes from August", datetime.date(2026, 6, 2)),
        (REPAIR_SHOP, "under water by March", datetime.date(2026, 6, 3)),
        # No copy note: ages date nothing.
        (COUNCILLOR, "leaked within a year", None),
    ],
)
def test_when_a_post_or_a_comment_was_written(text, words, day):
    assert _said_on(text, words) == day


def _plan(text: str, **speakers: str):
    return import_plan(
        data=text.encode(),
        file_name="post.txt",
        options=ImportOptions(
            source=SourceChoice(title="Post", published_on=datetime.date(2026, 6, 1)),
            speakers=speakers,
        ),
    )


@pytest.mark.django_db
def test_the_curators_speaker_is_the_accounts_owner():
    plan = _plan(REPAIR_SHOP, **{"": "Marta Oyelaran"})
    by_quote = {candidate.quote: candidate for candidate in plan.candidates}
    hub = next(c for q, c in by_quote.items() if "repair hub" in q)
    reply = next(c for q, c in by_quote.items() if "from August" in q)
    flood = next(c for q, c in by_quote.items() if "under water" in q)
    assert hub.speaker.display.startswith("Marta Oyelaran")
    assert reply.speaker.display.startswith("Marta Oyelaran")
    assert flood.speaker.display.startswith("@quay_commuter")
    quotes = " ".join(by_quote)
    for chrome in ("Follow", "Dunmore Quay", "likes", "Reply", "#cycling", "Add a comment"):
        assert chrome not in quotes


@pytest.mark.django_db
def test_without_a_speaker_the_owners_words_are_asked_about():
    plan = _plan(REPAIR_SHOP)
    hub = next(c for c in plan.candidates if "repair hub" in c.quote)
    assert hub.speaker.unsure
    assert "fenwick" not in hub.speaker.display
    assert "lena" not in hub.speaker.display


@pytest.mark.parametrize(
    ("line", "age"),
    [
        ("4w14 likesReply", "4w"),
        ("4w 14 likes Reply", "4w"),
        ("2dReply", "2d"),
        ("3w1 likeReplySee translation", "3w"),
        ("5h · 2 likes · Reply", "5h"),
        ("Reply to this by Friday", None),
        ("4 weeks ago we replied", None),
        ("Like · Reply · 2d", None),  # Facebook's
    ],
)
def test_a_comments_buttons_and_age(line, age):
    assert instagram.buttons(line) == age


@pytest.mark.parametrize(
    ("line", "is_chrome"),
    [
        ("•", True),
        ("Follow", True),
        ("Edited · 4w", True),
        ("2d", True),
        ("— View all 12 replies", True),
        ("View replies (3)", True),
        ("Hide replies", True),
        ("Liked by corra.finch and others", True),
        ("1,204 likes", True),
        ("March 3", True),
        ("12 March 2026", True),
        ("Add a comment…", True),
        ("Log in to like or comment.", True),
        ("More posts from fenwick.cycles", True),
        ("The market moves on March 3.", False),
        ("Follow the money, the council will not.", False),
        ("We replied to 40 comments in a day", False),
    ],
)
def test_the_sites_own_lines(line, is_chrome):
    assert instagram.chrome(line) is is_chrome


@pytest.mark.parametrize(
    ("line", "thanks"),
    [
        ("Thank you to every single one of you who voted!", True),
        ("Huge thanks to all who came out 🙏", True),
        ("Thanks for your patience.", True),
        ("Thanks to the grant, we will open in May.", False),
        ("Thank you, the shop opens in May.", False),
    ],
)
def test_a_line_that_only_thanks(line, thanks):
    assert instagram.thanks(line) is thanks


@pytest.mark.parametrize(
    ("lines", "found"),
    [
        (["fenwick.cycles", "•", "Follow"], ("fenwick.cycles", 2)),
        (["fenwick.cycles • Follow"], ("fenwick.cycles", 0)),
        (["fenwick.cycles", "Verified", "•", "Follow"], ("fenwick.cycles", 3)),
        (["copied from instagram, 2 Jun 2026", "fenwick.cycles", "Follow"], ("fenwick.cycles", 2)),
        (["Fenwick Cycles", "@fenwick", "·", "Follow"], None),  # an X post's header
        (["Follow up", "items for Monday"], None),
    ],
)
def test_a_posts_header(lines, found):
    assert instagram.header(lines) == found


# ---- Near misses: documents that are no Instagram page read as before.

FACEBOOK = """Facebook
Rosalind Achebe
Yesterday at 9:14 PM · 👥
The crosswalk paint arrives on Monday.
Tomas Reyes
I will bring the rollers.
Like · Reply · 20h
Write a comment…
"""

X_POST = """Odile Brannigan
@odilebrannigan
·
Follow
The ferry fare freeze will last until 2028.
2:14 PM · May 3, 2026
"""

FOLLOW_NOTES = """standup
Follow
Priya Shah: We will ship the export fix by Friday.
2d Reply
"""


@pytest.mark.parametrize("text", [FACEBOOK, X_POST, FOLLOW_NOTES])
def test_a_document_that_is_no_instagram_page_is_not_reshaped(text):
    assert instagram.reshape(text.split("\n")) is None


@pytest.mark.parametrize(
    ("text", "words", "who"),
    [
        (FACEBOOK, "crosswalk paint arrives", "Rosalind Achebe"),
        (FACEBOOK, "bring the rollers", "Tomas Reyes"),
        (FOLLOW_NOTES, "export fix by Friday", "Priya Shah"),
    ],
)
def test_a_near_miss_reads_as_before(text, words, who):
    assert attributed.who(text, words) == who
