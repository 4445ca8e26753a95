"""Table tests: an article copied with its page and its readers' comments (an investing
site's analyst piece, a WordPress post, a Substack post, a news site's op-ed). The article's
lines are its author's; each comment is its writer's, never the author's, a handle asked
about unless the curator maps it; the page's lines (the bar, the byline, counters, the
disclosures, the author's box, the comments' controls and buttons, the footer) are no one's.
Pages and notes that only look like it read as before."""

import datetime

import pytest

from claims.choices import ClaimKind
from claims.importing import article_comments
from claims.importing.classify import classify
from claims.importing.services import ImportOptions, SourceChoice, import_plan
from claims.importing.shaped import reshape

PUBLISHED = datetime.date(2026, 3, 4)

INVESTING = """Tradewinds Research
Markets
Ideas
Search tickers, authors
Log In
Harbor Freight Lines: Upgrading To Buy As Volumes Bottom
Mar. 4, 2026 6:30 AM ET | Harbor Freight Lines Inc. (HFL) Stock
Nadia Kowal
3,210 Followers
Follow
Summary
Harbor Freight Lines booked its weakest quarter since 2019.
I expect volumes to recover by the end of the third quarter of 2026.
Listen
Comments (11)
Harbor Freight Lines has been dead money for a year, and I have been bearish on it since 2024.
Outlook
Harbor Freight Lines reported revenue of $1.2 billion in the December quarter.
I think the shares reach $60 within twelve months.
Disclosure: I/we have a beneficial long position in the shares of HFL through stock ownership.
Tradewinds Research's Disclosure: Past performance is no guarantee of future results.
About the author
Nadia Kowal
Former freight broker (11 years). Covers trucking and rail with a focus on the cycle.
Follow
Recommended For You
Comments (11)
Sort by
Top
railfan_88
4 Mar. 2026
Rates bottom out by June, mark my words.
Like (14)
Reply
Report
Oskar Lind · 4 Mar. 2026
The port strike will end before May.
12 Likes
Reply
Nadia Kowal
Author
4 Mar. 2026
@railfan_88 I'd guess the turn comes in the autumn instead.
Like (2)
Reply
Show more comments (8)
About Tradewinds
Terms Of Use
Privacy
© 2026 Tradewinds Research, Inc.
"""

WORDPRESS = """The Long Haul Blog
Home  About  Archive
Why Freight Rates Turn In 2027
Posted on March 4, 2026 by Nadia Kowal
Trucking capacity has been leaving the market for eighteen months.
I expect spot rates to rise 15% by the end of 2027.
Share this:
3 thoughts on “Why Freight Rates Turn In 2027”
Greg T. says:
March 4, 2026 at 9:14 pm
The port strike ends before June, you heard it here first.
Reply
Leave a Reply
"""

SUBSTACK = """The Freight Letter
Why rates turn
The cycle has a shape, and we are near its floor
Nadia Kowal
Mar 04, 2026
∙ Paid
Trucking capacity has been leaving the market for eighteen months.
I expect diesel to fall below $3.50 by the end of 2026.
Discussion about this post
Comments
Restacks
Ines Varga
Mar 04, 2026
Diesel will not go below $3.80 this year.
Like (3)
Reply
Share
"""

# Substack's comments copied under the post's header alone: its tabs ("Top", "Latest",
# "Discussion"), badges around the writer's day ("Author", "Paid subscriber", "@kitwren",
# "Pinned", "Liked by …"), heart counts, "Reply", "Share", "Collapse", "N replies by …".
SUBSTACK_COMMENTS = """Volts & Margins
The fast-charging shakeout is coming
Half of today's networks won't survive the decade.
Petra Lindgaard
Dec 02, 2025
∙ Paid
214
Discussion about this post
Comments
Restacks
Write a comment...
Top
Latest
Discussion
Petra Lindgaard
Author
Dec 2
Pinned
At least two of the five biggest networks will be sold before the end of 2026.
63
Reply
Share
12 replies by Petra Lindgaard and others
Jonas Feld
Paid subscriber
Dec 2
Liked by Petra Lindgaard
I'd go further: Voltaro will be acquired by Q3 next year.
41
Reply
Share
Kit Wrenfield
@kitwren
Dec 2
Average public DC prices will be above 60c/kWh by the end of 2026.
27
Reply
Share
Collapse
"""

OPED = """The Daily Meridian
Opinion
The toll road will pay for itself, eventually
By Nadia Kowal, Contributor
The toll road opened in 2024 and carried 40,000 cars a day last year.
I expect traffic to double by 2030.
Comments (2)
Greg T. | 2 hours ago
Tolls will rise again before 2028.
Like · Reply · Report
"""


def _plan(text: str, **speakers: str):
    return import_plan(
        data=text.encode(),
        file_name="article.txt",
        options=ImportOptions(
            source=SourceChoice(title="Article", published_on=PUBLISHED), speakers=speakers
        ),
    )


def _find(plan, words: str):
    return next((c for c in plan.candidates if words in c.quote), None)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("page", "words", "who", "kind"),
    [
        (INVESTING, "I expect volumes to recover", "Nadia Kowal", ClaimKind.PREDICTION),
        (INVESTING, "weakest quarter since 2019", "Nadia Kowal", None),
        (INVESTING, "reported revenue of $1.2 billion", "Nadia Kowal", None),
        (INVESTING, "I think the shares reach $60", "Nadia Kowal", ClaimKind.PREDICTION),
        (INVESTING, "Rates bottom out by June", "railfan_88", ClaimKind.PREDICTION),
        (INVESTING, "The port strike will end before May", "Oskar Lind", ClaimKind.PREDICTION),
        (INVESTING, "the turn comes in the autumn", "Nadia Kowal", ClaimKind.PREDICTION),
        (WORDPRESS, "spot rates to rise 15%", "Nadia Kowal", ClaimKind.PREDICTION),
        (WORDPRESS, "The port strike ends before June", "Greg T", ClaimKind.PREDICTION),
        (SUBSTACK, "diesel to fall below $3.50", "Nadia Kowal", ClaimKind.PREDICTION),
        (SUBSTACK, "Diesel will not go below $3.80", "Ines Varga", ClaimKind.PREDICTION),
        (SUBSTACK_COMMENTS, "At least two of the five", "Petra Lindgaard", ClaimKind.PREDICTION),
        (SUBSTACK_COMMENTS, "Voltaro will be acquired", "Jonas Feld", ClaimKind.PREDICTION),
        (SUBSTACK_COMMENTS, "Average public DC prices", "Kit Wrenfield", ClaimKind.PREDICTION),
        (OPED, "I expect traffic to double", "Nadia Kowal", ClaimKind.PREDICTION),
        (OPED, "Tolls will rise again", "Greg T", ClaimKind.PREDICTION),
    ],
)
def test_the_article_is_its_authors_and_each_comment_its_writers(page, words, who, kind):
    found = _find(_plan(page), words)
    assert found is not None, words
    assert found.speaker.display.startswith(who), found.speaker.display
    if kind is not None:
        assert found.kind == kind


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("page", "words"),
    [
        (INVESTING, "Tradewinds Research"),
        (INVESTING, "Upgrading To Buy"),
        (INVESTING, "3,210 Followers"),
        (INVESTING, "Comments (11)"),
        (INVESTING, "Past performance is no guarantee"),
        (INVESTING, "beneficial long position"),
        (INVESTING, "Former freight broker"),
        (INVESTING, "Recommended For You"),
        (INVESTING, "Like (14)"),
        (INVESTING, "Show more comments"),
        (INVESTING, "Terms Of Use"),
        (INVESTING, "Outlook"),
        (WORDPRESS, "Posted on March 4"),
        (WORDPRESS, "thoughts on"),
        (WORDPRESS, "Leave a Reply"),
        (SUBSTACK, "Discussion about this post"),
        (OPED, "2 hours ago"),
    ],
)
def test_the_page_around_the_article_is_no_claim(page, words):
    assert _find(_plan(page), words) is None, words


@pytest.mark.django_db
def test_a_commenters_handle_is_asked_about_unless_the_curator_maps_it():
    asked = _find(_plan(INVESTING), "Rates bottom out by June")
    assert "commenter's handle" in asked.statement.note
    mapped = _find(_plan(INVESTING, railfan_88="Tomas Berg"), "Rates bottom out by June")
    assert mapped.speaker.display.startswith("Tomas Berg")


@pytest.mark.django_db
def test_a_company_in_the_headline_is_no_speaker():
    plan = _plan(INVESTING)
    assert not any(c.speaker.display.startswith("Harbor Freight") for c in plan.candidates)


def test_a_comment_is_dated_its_day():
    reshaped = article_comments.reshape(INVESTING.splitlines())
    assert reshaped is not None
    line = INVESTING.splitlines().index("Rates bottom out by June, mark my words.") + 1
    assert reshaped.days[line] == datetime.date(2026, 3, 4)
    assert reshaped.lines[line - 1].startswith("railfan_88: ")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("28 Oct. 2026", datetime.date(2026, 10, 28)),
        ("Oct. 28, 2026", datetime.date(2026, 10, 28)),
        ("March 4, 2026 at 9:14 pm", datetime.date(2026, 3, 4)),
        ("Mar 04, 2026", datetime.date(2026, 3, 4)),
        ("2 hours ago", None),
        ("3d", None),
        ("Yesterday", None),
        ("Oct 28", None),
        ("Solid piece.", False),
        ("Reply", False),
        ("31 Feb 2026", False),
    ],
)
def test_a_comments_day(text, day):
    assert article_comments._day(text) == day


@pytest.mark.parametrize(
    ("text", "writer"),
    [
        ("chipwatcher", True),
        ("hbarrow_cfa", True),
        ("Dana R.", True),
        ("Greg Tomasz", True),
        ("Like (14)", False),
        ("12 Likes", False),
        ("Sort by", False),
        ("Author", False),
        ("Holding all 400 shares.", False),
    ],
)
def test_a_commenters_line(text, writer):
    assert article_comments._writer(text) is writer


NO_COMMENTS = """Tradewinds Research
Harbor Freight Lines: Upgrading To Buy
Nadia Kowal
3,210 Followers
Follow
I expect volumes to recover by the end of 2026.
Comments (0)
"""

THREAD_NOTES = """Call notes, 4 March
Comments (3)
Maya Chen
4 Mar. 2026
We will hire 40 people by 2027.
Reply
"""

MEDIUM_INTERVIEW = """The Harbour Ledger
Tidewell's Pump Bet
Priya Lindqvist-Amen
Follow
6 min read · Apr 9, 2026
Tidewell, which they started in 2022, now sells 900 pumps a month.
Ola: Because the old ones break every spring.
Ola Brennan runs the workshop.
Responses (1)
Dana Whitcombe
Apr 10, 2026
Ours broke in the first frost.
Reply
"""


@pytest.mark.parametrize("text", [NO_COMMENTS, THREAD_NOTES])
def test_near_misses_are_not_read_as_articles_with_comments(text):
    assert article_comments.reshape(text.splitlines()) is None
    assert reshape(text.splitlines()) is None


def test_an_interview_post_with_responses_stays_the_interview_readers():
    shaped = reshape(MEDIUM_INTERVIEW.splitlines())
    assert shaped is not None
    assert shaped.lines[6].startswith("Ola Brennan: ")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Harbor gets acquired before 2028, mark my words.", ClaimKind.PREDICTION),
        ("The bridge gets finished by 2029.", ClaimKind.PREDICTION),
        ("The deal got approved in 2025.", ClaimKind.FACTUAL),
        ("The strike ends before June, you heard it here first.", ClaimKind.PREDICTION),
        ("The strike ended in June, you heard it here first.", ClaimKind.FACTUAL),
    ],
)
def test_a_get_passive_or_a_stake_with_a_date_ahead_is_a_forecast(text, kind):
    assert classify(text, has_horizon=kind == ClaimKind.PREDICTION, timed=True) == kind
