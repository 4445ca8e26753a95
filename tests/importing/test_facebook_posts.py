"""Table tests: Facebook posts copied from the browser with their comments (a page's post by
a mayor, a group's post with nested replies, a profile's post). Each post's and comment's
lines are the name's above them; the site's bar, the group's size, the header's badges and
when, the counts, the buttons, "View … replies" and the composer are nobody's; a comment's
age counts back from the curator's copy note. Documents that only look like such a page (a
LinkedIn post, notes that say "Like" in a sentence) read as before."""

import datetime

import pytest

from claims.importing import facebook
from claims.importing.copy_notes import copied_at, copy_note
from claims.importing.horizon_readings import read_horizon
from claims.importing.services import ImportOptions, SourceChoice, import_plan
from tests.importing import attributed

MAYOR_PAGE = """Copied from facebook.com/cityofbrookvale, Sat 9 May 2026 10:30 - RK
Facebook
City of Brookvale
Mayor Priya Halvorsen
2d · 🌎
Good news for Elm Street riders.
The county signed the contract for the new bus shelter program this morning.
We will install the first twelve shelters by the end of June. …See more
#Brookvale #Transit

👍❤️ 356        64 comments   21 shares
Like   Comment   Share

Most relevant ▾

Top fan
Oskar Lindgren
Will the shelters have heating? The one on Ash Lane never did.
Like · Reply · 2d    👍 12

    Mayor Priya Halvorsen
    Author
    Oskar, no heating, but every shelter gets lighting and a bench.
    Like · Reply · 1d    👍 30

Wen Takahashi
The last program ran two years late. I doubt these arrive before winter.
Like · Reply · 5h

Friends of Brookvale Public Library Association
The library stop is on the list, we checked with the transit office.
Like · Reply · 3h

View all 3 replies
Write a comment…
"""

GROUP_POST = """Facebook    Search Facebook
Lakeshore Gardeners Exchange
Public group · 2.1K members

Dimitri Okafor
Top contributor · March 30 at 6:40 PM · 👥
The seed library opens in the old firehouse on April 18.
We expect about 400 packets in the first week.

👍 58        12 comments   3 shares
Like   Comment   Share

Newest

Hana Varga
Which varieties are you stocking?
Like · Reply · 1w

    Dimitri Okafor
    Tomatoes, beans and squash to start.
    We'll add herbs in May once the donations are sorted.
    Like Reply 6d Edited

        Hana Varga
        Great, I'll bring basil seeds on opening day.
        Like · Reply · 6d    ❤️ 4

Hana Varga replied · 2 replies
View 9 more comments
Write a public comment…
"""

PROFILE_POST = """Facebook
Search Facebook
Rosalind Achebe
Yesterday at 9:14 PM · 👥
Hi neighbors, quick update on the crosswalks! 🚸
Our block association will repaint the crosswalks on Harbor Road this summer.
👍 24
4 comments
Like   Comment   Share
Tomas Reyes
Count me in for the Saturday shift.
Like · Reply · 20h
Write a comment…
"""

# The newer page copies a comment's age and buttons a word a line, and the post's too.
WORD_A_LINE = """[Pasted by a reader 4/23/2026 — from facebook.com/groups/maplevalleyparents]
Maple Valley Parents
Private group · 960 members
Gareth Mwangi
Admin · April 20, 2026 at 7:45 PM · 👥
The pool reopens on June 1 after the roof repair.
Like
Comment
Share
Most relevant
Lucia Ferraro
Is the swim team moving back there?
3d
Like
Reply
Gareth Mwangi
Yes, practices restart the week after it opens.
2d
Like
Reply
Edited
👍
6
Ines Moreau
Thank you for chasing this.
1d
Like
Reply
Write a comment…
"""

# A private group's post: the badge on a line of its own between the name and the when, a
# moderator's badges on one line, replies that open with the name they answer.
PRIVATE_GROUP = """Harwell Valley Residents (Unofficial)
Private group · 9.2K members
Joined
Invite
Discussion
Featured
Members
Councillor Ines Whitcombe
Top contributor
March 3 at 6:15 PM ·
Friends, a few updates from Monday's council meeting. Long one, sorry!
1) LIBRARY: The roof repair is finished.
The library WILL reopen by the end of May. You can hold me to that.
See more
👍❤️ 88
41 comments 6 shares
Like
Comment
Share
Most relevant
Gwen Albright
Admin · Top contributor
Pinning this. Please keep it civil.
1d Like Reply
12
Omar Castellano
I'd bet my bike it doesn't reopen before the summer holidays.
1d Like Reply Edited
9
Ines Whitcombe
Author
Top contributor
Omar Castellano the contractor signed off on Friday.
1d Like Reply
15
Omar Castellano
Ines Whitcombe we'll see
1d Like Reply
3
Write a comment…
"""


@pytest.mark.parametrize(
    ("text", "words", "who"),
    [
        # A private group's post, its badge between the name and the when.
        (PRIVATE_GROUP, "Private group", "-"),
        (PRIVATE_GROUP, "March 3 at 6:15 PM", "-"),
        (PRIVATE_GROUP, "WILL reopen", "Councillor Ines Whitcombe"),
        (PRIVATE_GROUP, "Admin · Top contributor", "-"),
        (PRIVATE_GROUP, "keep it civil", "Gwen Albright"),
        (PRIVATE_GROUP, "bet my bike", "Omar Castellano"),
        (PRIVATE_GROUP, "signed off on Friday", "Councillor Ines Whitcombe"),  # the same person
        (PRIVATE_GROUP, "we'll see", "Omar Castellano"),
        # A page's post by a mayor: the post, and her reply marked "Author".
        (MAYOR_PAGE, "Copied from facebook.com", "-"),
        (MAYOR_PAGE, "City of Brookvale", "-"),
        (MAYOR_PAGE, "2d · 🌎", "-"),
        (MAYOR_PAGE, "signed the contract", "Mayor Priya Halvorsen"),
        (MAYOR_PAGE, "first twelve shelters", "Mayor Priya Halvorsen"),
        (MAYOR_PAGE, "See more", "-"),
        (MAYOR_PAGE, "#Brookvale", "-"),
        (MAYOR_PAGE, "64 comments", "-"),
        (MAYOR_PAGE, "Like   Comment", "-"),
        (MAYOR_PAGE, "Most relevant", "-"),
        (MAYOR_PAGE, "Top fan", "-"),
        (MAYOR_PAGE, "Ash Lane never did", "Oskar Lindgren"),
        (MAYOR_PAGE, "Like · Reply", "-"),
        (MAYOR_PAGE, "every shelter gets lighting", "Mayor Priya Halvorsen"),
        (MAYOR_PAGE, "Author", "-"),
        (MAYOR_PAGE, "I doubt these arrive", "Wen Takahashi"),
        # A page's name too long to read as a cue: its words are asked about, never guessed.
        (MAYOR_PAGE, "The library stop is on the list", ""),
        (MAYOR_PAGE, "View all 3 replies", "-"),
        (MAYOR_PAGE, "Write a comment", "-"),
        # A group's post with nested replies.
        (GROUP_POST, "Lakeshore Gardeners Exchange", "-"),
        (GROUP_POST, "Public group", "-"),
        (GROUP_POST, "Top contributor", "-"),
        (GROUP_POST, "opens in the old firehouse", "Dimitri Okafor"),
        (GROUP_POST, "400 packets", "Dimitri Okafor"),
        (GROUP_POST, "Which varieties", "Hana Varga"),
        (GROUP_POST, "We'll add herbs in May", "Dimitri Okafor"),
        (GROUP_POST, "Like Reply 6d Edited", "-"),
        (GROUP_POST, "I'll bring basil seeds", "Hana Varga"),
        (GROUP_POST, "replied · 2 replies", "-"),
        (GROUP_POST, "View 9 more comments", "-"),
        (GROUP_POST, "Write a public comment", "-"),
        # Ages and buttons a word a line.
        (WORD_A_LINE, "pool reopens", "Gareth Mwangi"),
        (WORD_A_LINE, "swim team moving", "Lucia Ferraro"),
        (WORD_A_LINE, "practices restart", "Gareth Mwangi"),
        (WORD_A_LINE, "chasing this", "Ines Moreau"),
        # A profile's post, its counts on lines of their own.
        (PROFILE_POST, "quick update on the crosswalks", "-"),  # only announces the post
        (PROFILE_POST, "repaint the crosswalks", "Rosalind Achebe"),
        (PROFILE_POST, "4 comments", "-"),
        (PROFILE_POST, "Saturday shift", "Tomas Reyes"),
    ],
)
def test_who_says_what_on_a_copied_facebook_post(text, words, who):
    assert attributed.who(text, words) == who


@pytest.mark.parametrize(
    ("words", "said"),
    [
        # A reply opens with the name of the writer it answers: not its words.
        ("signed off on Friday", "the contractor signed off on Friday."),
        ("we'll see", "we'll see"),
        # The writer's own name, or one word, is left as it is.
        ("bet my bike", "I'd bet my bike it doesn't reopen before the summer holidays."),
    ],
)
def test_a_reply_loses_the_name_it_answers(words, said):
    statement = next(s for s in attributed.parsed(PRIVATE_GROUP).statements if words in s.text)
    assert statement.text == said


def _said_on(text: str, words: str) -> datetime.date | None:
    statement = next(s for s in attributed.parsed(text).statements if words in s.text)
    return statement.said_on


@pytest.mark.parametrize(
    ("text", "words", "day"),
    [
        # The copy note says 9 May 2026 10:30: "2d", "1d" and "5h" count back from it.
        (MAYOR_PAGE, "signed the contract", datetime.date(2026, 5, 7)),
        (MAYOR_PAGE, "Ash Lane never did", datetime.date(2026, 5, 7)),
        (MAYOR_PAGE, "every shelter gets lighting", datetime.date(2026, 5, 8)),
        (MAYOR_PAGE, "I doubt these arrive", datetime.date(2026, 5, 9)),
        (WORD_A_LINE, "pool reopens", datetime.date(2026, 4, 20)),
        (WORD_A_LINE, "practices restart", datetime.date(2026, 4, 21)),
        # No copy note: the header's full date would date the post; ages date nothing.
        (GROUP_POST, "opens in the old firehouse", None),
        (GROUP_POST, "We'll add herbs in May", None),
        (PROFILE_POST, "Saturday shift", None),
    ],
)
def test_when_a_post_or_a_comment_was_written(text, words, day):
    assert _said_on(text, words) == day


@pytest.mark.django_db
def test_the_mayors_promise_counts_from_the_posts_day():
    plan = import_plan(
        data=MAYOR_PAGE.encode(),
        file_name="post.txt",
        options=ImportOptions(
            source=SourceChoice(title="Post", published_on=datetime.date(2026, 5, 9))
        ),
    )
    promise = next(c for c in plan.candidates if "first twelve shelters" in c.quote)
    assert promise.speaker.display.startswith("Priya Halvorsen")
    assert promise.deadline == datetime.date(2026, 6, 30)
    quotes = " ".join(candidate.quote for candidate in plan.candidates)
    for chrome in ("See more", "Like", "Reply", "comments", "Top fan", "#Brookvale"):
        assert chrome not in quotes


def test_a_dated_header_dates_the_post():
    page = GROUP_POST.replace("March 30 at 6:40 PM", "March 30, 2026 at 6:40 PM")
    assert _said_on(page, "opens in the old firehouse") == datetime.date(2026, 3, 30)


def test_lines_keep_their_numbers():
    for text in (MAYOR_PAGE, GROUP_POST, PROFILE_POST, WORD_A_LINE):
        lines = text.split("\n")
        shaped = facebook.reshape(lines)
        assert shaped is not None
        assert len(shaped.lines) == len(lines)


# A post whose words run straight into its first comment, no counts or buttons between.
NO_COUNTS = """Facebook
Rosalind Achebe
Yesterday at 9:14 PM · 👥
The crosswalk paint arrives on Monday.
Tomas Reyes
I will bring the rollers.
Like · Reply · 20h
Write a comment…
"""


@pytest.mark.parametrize(
    ("text", "words", "who"),
    [
        (NO_COUNTS, "crosswalk paint arrives", "Rosalind Achebe"),
        (NO_COUNTS, "bring the rollers", "Tomas Reyes"),
        # No name above the comment's words: where the post ends is not known, so nobody's
        # words are found and the page reads as before, its lines asked about.
        (NO_COUNTS.replace("Tomas Reyes\n", ""), "crosswalk paint arrives", ""),
        (NO_COUNTS.replace("Tomas Reyes\n", ""), "bring the rollers", ""),
    ],
)
def test_a_post_that_runs_into_its_first_comment(text, words, who):
    assert attributed.who(text, words) == who


# ---- The page's lines, one at a time.


@pytest.mark.parametrize(
    ("line", "announces"),
    [
        ("Folks, quick update from the capitol on the Mill Road bridge. 🚧", True),
        ("Quick reminder about Saturday's cleanup!", True),
        ("Important update regarding the pool:", True),
        ("Hi all, a quick note on parking.", True),
        # Near misses: the update itself, or a sentence about an update.
        ("Quick update: the pool will open in June.", False),
        ("Update on the bridge: it is closed until 2027.", False),
        ("The update on the bridge is bad news.", False),
        ("A quick update on why taxes will rise", False),
    ],
)
def test_a_line_that_only_announces_the_post(line, announces):
    assert facebook.announcement(line) is announces


@pytest.mark.parametrize(
    ("line", "is_chrome"),
    [
        ("Facebook    Search Facebook", True),
        ("Private group · 8.4K members", True),
        ("Public group", True),
        ("👍❤️😆 1.2K        310 comments   48 shares", True),
        ("Like   Comment   Share", True),
        ("Like Comment Send Share", True),
        ("Most relevant ▾", True),
        ("View all 12 replies", True),
        ("View 81 more comments", True),
        ("View previous comments", True),
        ("Nadia Brook replied · 3 replies", True),
        ("Write a public comment…", True),
        ("Write a comment...", True),
        ("Top fan", True),
        ("See more", True),
        ("Ana Ruiz and 41 others", True),
        # Near misses: words about the site, or with its buttons' words in them.
        ("I like the comment you shared", False),
        ("Facebook will change its feed in 2027.", False),
        ("The group has 8,400 members.", False),
        ("View the full budget at the library.", False),
    ],
)
def test_the_sites_own_lines(line, is_chrome):
    assert facebook.chrome(line) is is_chrome


@pytest.mark.parametrize(
    ("line", "age"),
    [
        ("Like · Reply · 2d    👍 31", "2d"),
        ("Like Reply 5h Edited", "5h"),
        ("Like · Reply · Share · 1w", "1w"),
        ("Like · Reply · See translation · 3d", "3d"),
        ("Like · Reply · Just now", "just now"),
        ("Like · Reply", ""),
        # Near misses: a sentence that says like and reply.
        ("I like your reply, 2d ago or not", None),
        ("Like I said, reply by Friday.", None),
        ("Please reply", None),
    ],
)
def test_a_comments_buttons_and_age(line, age):
    assert facebook.comment_buttons(line) == age


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("Admin · February 17, 2026 at 8:05 AM · 🌎", "February 17, 2026 at 8:05 AM"),
        ("2d · 🌎", "2d"),
        ("Top contributor · March 30 at 6:40 PM · 👥", "March 30 at 6:40 PM"),
        ("Yesterday at 9:14 PM · 👥", "Yesterday at 9:14 PM"),
        ("Author · 5h", "5h"),
        ("12 June 2026 at 14:05 · 🌍", "12 June 2026 at 14:05"),
        # Near misses: badges with no when, a sentence with a date.
        ("Top contributor · Follow", None),
        ("The vote is on March 30 at 6:40 PM.", None),
        ("Brick 30 at the wall", None),
    ],
)
def test_a_post_headers_when(line, when):
    assert facebook.header_when(line) == when


def test_buttons_a_word_a_line_end_with_their_counts():
    lines = WORD_A_LINE.split("\n")
    start = lines.index("Yes, practices restart the week after it opens.") + 1
    assert facebook.buttons_at(lines, start) == (start + 5, "2d")
    assert facebook.buttons_at(lines, start - 1) is None  # the comment's words


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Kim Osei", "Kim Osei"),
        ("Mayor Ana Ruiz", "Mayor Ana Ruiz"),
        ("Maple Valley Parents & Friends", "Maple Valley Parents & Friends"),
        ("Ana Ruiz · Author", "Ana Ruiz"),
        ("Great, thanks!", None),
        ("Same here", None),
        ("The bus was late again.", None),
    ],
)
def test_an_authors_name_line(line, name):
    assert facebook.name_line(line) == name


@pytest.mark.parametrize(
    ("line", "day"),
    [
        (
            "[Pasted by a reader 4/23/2026 — from facebook.com/groups/maplevalley]",
            datetime.date(2026, 4, 23),
        ),
        ("Copied by JT on 3 May 2026 from facebook.com/cityofbrookvale", datetime.date(2026, 5, 3)),
        ("Pasted by Dana Whitfield 23/4/2026 - from Facebook", datetime.date(2026, 4, 23)),
        ("Pasted by RK 3/5/2026 - from facebook.com", None),  # March or May: not said
    ],
)
def test_a_copy_note_that_says_who_pasted_it(line, day):
    assert copy_note(line)
    assert copied_at(line) == day


def test_a_sentence_with_by_and_from_is_no_copy_note():
    assert not copy_note("Copied by the council from the 2019 plan: rates rise by 2027.")


# ---- Near misses: documents that are no Facebook page read as before.

LINKEDIN = """copied from LinkedIn, Thu 14 May 2026 - JT
Ingrid Solberg
 • 2nd
Head of Fleet at Nordvik Ferries
2d • 🌐
Our second electric ferry enters service in September.
Like · Reply · 14 reactions · 3 replies
Like Comment Repost Send
"""

LIKE_NOTES = """Planning meeting, 4 May
Ana Ruiz: Like I said last week, we will publish the budget by June.
Tom Reyes: Reply to the residents by Friday, please.
Comment from the floor: the Facebook group wants a town hall.
"""


@pytest.mark.parametrize("text", [LINKEDIN, LIKE_NOTES])
def test_a_document_that_is_no_facebook_page_is_not_reshaped(text):
    assert facebook.reshape(text.split("\n")) is None


@pytest.mark.parametrize(
    ("text", "words", "who"),
    [
        (LINKEDIN, "second electric ferry", "Ingrid Solberg"),
        (LIKE_NOTES, "publish the budget", "Ana Ruiz"),
        (LIKE_NOTES, "Reply to the residents", "Tom Reyes"),
    ],
)
def test_a_near_miss_reads_as_before(text, words, who):
    assert attributed.who(text, words) == who


# ---- A day named as US posts name it: the weekday, then the month and the day.


@pytest.mark.parametrize(
    ("sentence", "deadline"),
    [
        ("We will open the pool on Monday, June 1 at 9am.", datetime.date(2026, 6, 1)),
        ("I will post the agenda by Friday, May 15.", datetime.date(2026, 5, 15)),
        ("The board votes on Tuesday May 19, 2026.", datetime.date(2026, 5, 19)),
        ("We will meet on Thursday.", datetime.date(2026, 5, 14)),
        # Near miss: a weekday the date does not fall on is no guess.
        ("I will post the agenda by Friday, May 14.", None),
    ],
)
def test_a_weekday_with_its_month_and_day(sentence, deadline):
    assert read_horizon(sentence, datetime.date(2026, 5, 9)).deadline == deadline
