"""Table tests: Bluesky threads copied from the browser (bsky.app). The app's navigation,
the post's date line, who may reply, the counts, the composer, "Translate", alt text and
"Reply to …" are no claims; the thread's post is its author's (display name above the
handle), each later post and reply its byline's; a thread's opener and a reply's tone tags
claim nothing; the date line dates the document, and a post's age ("· 2d") counts back
from the curator's copy note. Near misses (a post that opens like the app's words, a note
that mentions one handle) keep their reading."""

import datetime

import pytest

from claims.importing.bluesky import (
    app_line,
    bluesky_page,
    post_moment,
    thread_opener,
    tone_only,
)
from claims.importing.hacker_news import written_on
from claims.importing.services import ImportOptions, SourceChoice, import_plan
from tests.importing import attributed


def _moment(year: int, month: int, day: int, hour: int, minute: int) -> datetime.datetime:
    """A moment as a page shows it: its clock, no zone."""
    return datetime.datetime.combine(datetime.date(year, month, day), datetime.time(hour, minute))


# ---- The app's lines.


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        # The left navigation and the screen's heading.
        ("Home", True),
        ("Explore", True),
        ("Notifications", True),
        ("Chat", True),
        ("Feeds", True),
        ("Profile", True),
        ("Settings", True),
        ("New Post", True),
        ("Post", True),
        ("Sign in", True),
        ("Create account", True),
        # The post's details: its date, who may reply, its counts.
        ("February 6, 2026 at 8:41 AM", True),
        ("March 3, 2026 at 12:05 PM · Translate", True),
        ("Everybody can reply", True),
        ("Replies disabled", True),
        ("Some people can reply", True),
        ("41 reposts  9 quotes  212 likes", True),
        ("1 repost", True),
        ("212 likes", True),
        ("3 saves", True),
        # A post's buttons with their counts, with and without icons.
        ("💬 4  🔁 12  ♥ 97", True),
        ("💬 0  🔁 2  ♥ 31", True),
        ("4  12  97", True),
        # The composer, translation, an image's badge and alt text, reply and repost lines.
        ("Write your reply", True),
        ("Translate", True),
        ("ALT", True),
        ("Alt text: Chart of monthly heat pump installs since 2020", True),
        ("Reply to Lena Park", True),
        ("Reply to you", True),
        ("Reposted by Omar Haddad", True),
        ("Show more replies", True),
        ("+ Follow", True),
        ("Feedback · Privacy · Terms · Help", True),
        # Near misses: a post's words that open like the app's.
        ("Home heating will be mostly electric by 2035.", False),
        ("Everybody can reply to the consultation until June 30.", False),
        ("41 reposts later, I still think rates fall by 2027.", False),
        ("Reply to the minister: we will publish the data by Friday.", False),
        ("Reply to the minister and we will publish the data by Friday", False),
        ("Reposted by the council, the plan opens the port in 2028", False),
        ("Reply to @omarhaddad.bsky.social", True),
        ("Reposted by Glacier Watch 🧊", True),
        ("Translate that into jobs and it is 40,000 by 2030.", False),
        ("February 6, 2026 at the latest, the plant opens.", False),
        ("Settings matter: the grid needs 4 GW more by 2030.", False),
        ("The vote was 4 to 12.", False),
    ],
)
def test_app_lines(line, chrome):
    assert app_line(line) is chrome


@pytest.mark.parametrize(
    ("line", "moment"),
    [
        ("February 6, 2026 at 8:41 AM", _moment(2026, 2, 6, 8, 41)),
        ("April 13, 2026 at 7:02 PM · Everybody can reply", _moment(2026, 4, 13, 19, 2)),
        ("December 31, 2025 at 12:00 AM", _moment(2025, 12, 31, 0, 0)),
        # Near misses: no post's date line.
        ("February 30, 2026 at 8:41 AM", None),
        ("February 6, 2026", None),
        ("We meet February 6, 2026 at 8:41 AM.", None),
    ],
)
def test_the_post_date_line(line, moment):
    assert post_moment(line) == moment


# ---- What a thread's writers say that claims nothing.


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Thread on today's jobs report, since people keep asking. 🧵", True),
        ("A quick thread about the bond market 👇", True),
        ("Thread 🧵", True),
        ("🧵 on the heat pump numbers", True),
        ("Short thread on the lease vote, because I was asked.", True),
        ("Some notes on the heat pump numbers out this morning 🧵", True),
        ("A few thoughts on the lease vote 👇", True),
        # Near misses: what the thread will argue, or a claim about a thread.
        ("Thread on why rates will fall by 2027 🧵", False),
        ("Thread count in the new fabric is 20% higher.", False),
        ("The thread of the argument is that prices fall.", False),
        ("Some notes on the budget will follow next week 🧵", False),
        ("Notes on the heat pump numbers: installs doubled.", False),
    ],
)
def test_thread_opener(sentence, expected):
    assert thread_opener(sentence) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Genuine question, not trolling", True),
        ("Serious question.", True),
        ("No shade.", True),
        ("Honest question / not trolling", True),
        ("Asking for a friend", True),
        # Near misses: a claim after the tag.
        ("Not trolling: rates fall by 2027.", False),
        ("Genuine question: will rates fall by 2027?", False),
        ("No hate, but the port will miss its 2028 target.", False),
    ],
)
def test_tone_only(sentence, expected):
    assert tone_only(sentence) is expected


# ---- When a post was written: its age counted back from the copy note.

SAVED = _moment(2026, 4, 14, 18, 30)


@pytest.mark.parametrize(
    ("age", "saved", "day"),
    [
        ("3h", SAVED, datetime.date(2026, 4, 14)),
        ("20h", SAVED, datetime.date(2026, 4, 13)),
        ("45m", SAVED, datetime.date(2026, 4, 14)),
        ("2d", SAVED, datetime.date(2026, 4, 12)),
        ("1w", SAVED, datetime.date(2026, 4, 7)),
        ("2mo", SAVED, datetime.date(2026, 2, 13)),
        ("Sep 17", SAVED, datetime.date(2025, 9, 17)),
        ("Apr 2", SAVED, datetime.date(2026, 4, 2)),
        ("Sep 17, 2025", None, datetime.date(2025, 9, 17)),
        ("3 weeks ago", datetime.date(2026, 4, 14), datetime.date(2026, 3, 24)),
        # Without a saved moment an age dates nothing: the document's date does.
        ("3h", None, None),
        ("2d", None, None),
        ("Sep 17", None, None),
    ],
)
def test_a_posts_age_counts_back_from_the_copy(age, saved, day):
    assert written_on(age, saved) == day


# ---- Whole threads.

HEAT_PUMPS = """Home
Explore
Notifications
Chat
Feeds
Lists
Profile
Settings
New Post
Post
Lena Park
@lenapark.bsky.social
Some notes on the heat pump numbers out this morning 🧵 (1/4)
March 3, 2026 at 9:15 AM
Everybody can reply
18 reposts  4 quotes  96 likes
Lena Park @lenapark.bsky.social · 2h
Heat pump installs rose 38% last year, the trade body says. (2/4)
💬 2  🔁 5  ♥ 40
Lena Park @lenapark.bsky.social · 2h
I expect heat pumps to outsell gas boilers in Britain by 2028. (3/4)
ALT
Alt text: Chart of monthly heat pump installs since 2020
💬 6  🔁 9  ♥ 71
Lena Park @lenapark.bsky.social · 2h
Housekeeping: I'll publish the full dataset by Friday. (4/4)
💬 1  🔁 2  ♥ 30
Omar Haddad @omarhaddad.bsky.social · 1h
Reply to Lena Park
Genuine question, not trolling
Everybody can reply to the consultation until June 30, and the grant will be cut in 2027.
Translate
💬 0  🔁 0  ♥ 3
Write your reply
"""

PORT_LEASE = """Copied from bsky.app, Tue 14 Apr 2026, 18:30
Sign in
Create account
Post
Marta Ruiz @martaruiz.com · 2d
The port board will approve the wind hub lease next month.
Joel Brandt
@joelbrandt.bsky.social
+ Follow
Home heating in the town will run on the hub's power by 2032.
April 13, 2026 at 7:02 PM · Everybody can reply
3 reposts  1 quote  21 likes
Write your reply
Priya Natarajan @priyan.bsky.social · 20h
Reposted by Marta Ruiz
We will file our objection with the board by April 30.
4  1  12
Feedback · Privacy · Terms · Help
"""


@pytest.mark.parametrize(
    ("text", "words", "who"),
    [
        # The thread's post by its display name above the handle; later posts by byline.
        (HEAT_PUMPS, "installs rose 38%", "Lena Park"),
        (HEAT_PUMPS, "outsell gas boilers", "Lena Park"),
        (HEAT_PUMPS, "publish the full dataset", "Lena Park"),  # "Housekeeping:" a label
        (HEAT_PUMPS, "grant will be cut in 2027", "Omar Haddad"),  # opens like the app's
        (PORT_LEASE, "approve the wind hub lease", "Marta Ruiz"),
        (PORT_LEASE, "run on the hub's power by 2032", "Joel Brandt"),  # opens "Home"
        (PORT_LEASE, "file our objection", "Priya Natarajan"),
        # The app's lines, the opener, tone tags and the thread's counters: nobody's.
        (HEAT_PUMPS, "Some notes on the heat pump", "-"),
        (HEAT_PUMPS, "Genuine question", "-"),
        (HEAT_PUMPS, "March 3, 2026", "-"),
        (HEAT_PUMPS, "Alt text", "-"),
        (HEAT_PUMPS, "reposts", "-"),
        (HEAT_PUMPS, "Reply to Lena", "-"),
        (HEAT_PUMPS, "New Post", "-"),
        (HEAT_PUMPS, "(3/4)", "-"),
        (PORT_LEASE, "Sign in", "-"),
        (PORT_LEASE, "Reposted by", "-"),
        (PORT_LEASE, "Feedback", "-"),
        (PORT_LEASE, "Copied from", "-"),
    ],
)
def test_who_said_what_in_a_bluesky_thread(text, words, who):
    assert attributed.who(text, words) == who


@pytest.mark.django_db
@pytest.mark.parametrize("text", [HEAT_PUMPS, PORT_LEASE])
def test_a_bluesky_thread_imports_without_a_default_speaker(text):
    plan = attributed.plan(text, SourceChoice(title="Thread"))
    speakers = {candidate.speaker.name for candidate in plan.candidates}
    assert plan.candidates
    assert "" not in speakers
    quotes = " ".join(candidate.quote for candidate in plan.candidates)
    for chrome in ("reposts", "Everybody can reply to this", "Write your reply", "ALT", "🧵"):
        assert chrome not in quotes


def _said_on(text: str, words: str) -> datetime.date | None:
    document = attributed.parsed(text)
    statement = next(s for s in document.statements if words in s.text)
    return statement.said_on or document.sections[statement.section].published_on


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "words", "day"),
    [
        # No copy note: the post's date line dates the thread, its replies too.
        (HEAT_PUMPS, "outsell gas boilers", datetime.date(2026, 3, 3)),
        (HEAT_PUMPS, "grant will be cut", datetime.date(2026, 3, 3)),
        # A copy note: each age counts back from it; the focused post by its date line.
        (PORT_LEASE, "approve the wind hub lease", datetime.date(2026, 4, 12)),
        (PORT_LEASE, "run on the hub's power", datetime.date(2026, 4, 13)),
        (PORT_LEASE, "file our objection", datetime.date(2026, 4, 13)),
    ],
)
def test_when_a_bluesky_post_was_written(text, words, day):
    assert _said_on(text, words) == day


@pytest.mark.django_db
def test_the_dataset_promise_counts_from_the_posts_day():
    plan = import_plan(
        data=HEAT_PUMPS.encode(),
        file_name="thread.txt",
        options=ImportOptions(source=SourceChoice(title="Thread")),
    )
    promise = next(c for c in plan.candidates if "full dataset" in c.quote)
    assert promise.speaker.name == "Lena Park"
    assert promise.deadline == datetime.date(2026, 3, 6)  # the Friday after 3 March 2026


OLD_REPLY = """Post
Lena Park
@lenapark.bsky.social
The grid operator will publish its winter outlook on Thursday.
March 3, 2026 at 9:15 AM
Everybody can reply
Omar Haddad @omarhaddad.bsky.social · 2d
We will send our response by Sunday.
Priya Natarajan @priyan.bsky.social · 3h
We will reply by Friday.
"""


@pytest.mark.parametrize(
    ("words", "remarked"),
    [
        ("send our response by Sunday", True),  # "2d", no copy note: which day, asked
        ("reply by Friday", False),  # "3h": the post's day
        ("winter outlook", False),  # the post: its date line
    ],
)
def test_a_reply_days_old_without_a_copy_note_is_remarked(words, remarked):
    statement = next(s for s in attributed.parsed(OLD_REPLY).statements if words in s.text)
    assert ("before the page was copied" in statement.note) is remarked
    assert statement.speaker in ("Lena Park", "Omar Haddad", "Priya Natarajan")


def test_a_reply_dated_by_the_copy_note_is_not_remarked():
    statement = next(
        s for s in attributed.parsed(PORT_LEASE).statements if "wind hub lease" in s.text
    )
    assert "before the page was copied" not in statement.note


# ---- Near misses: documents that are no Bluesky page read as before.

NOTES = """# Home
Ana Ruiz: Rates will fall by 2027.
Everybody can reply
Follow her at @anaruiz.bsky.social
"""


def test_one_mark_of_the_app_makes_no_bluesky_page():
    assert bluesky_page(NOTES.splitlines()) is None
    assert attributed.who(NOTES, "Rates will fall") == "Ana Ruiz"


def test_a_bluesky_page_needs_two_of_the_apps_marks():
    page = bluesky_page(HEAT_PUMPS.splitlines())
    assert page is not None
    assert page.posted == _moment(2026, 3, 3, 9, 15)
    assert {1, 9, 10, 14, 15, 16, 19, 22, 23, 29, 32, 34} <= page.chrome
    assert not {11, 12, 13, 17, 18, 21, 30, 31} & page.chrome
