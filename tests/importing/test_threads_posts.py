"""Table tests: Threads posts copied from the browser with their replies (a ferry operator's
post under its page title with a copy note, a page copied from its address alone, the
author's badge on a line of its own). The author the title names speaks the author's posts;
other handles are "@handle"'s, asked about; a reply's leading "@handle" is whom it answers;
the title, address, handles, dates, "Translate", counts and the page's end are nobody's; a
date line dates its post month first, an age counts back from the copy note. Documents that
only look like such a page (notes that name a Threads account, an Instagram post, a title
without posts) read as before."""

import datetime

import pytest

from claims.importing import threads_posts
from claims.importing.notes_forums import ACCOUNT_NOTE
from claims.importing.services import ImportOptions, SourceChoice, import_plan
from tests.importing import attributed

FERRY = """saved from threads.net, Fri 27 Mar 2026 10:15 - KB
Ines Calloway (@ines.calloway) on Threads
https://www.threads.net/@ines.calloway/post/Qx81bTz

ines.calloway
03/20/26
From 1 May the night boat to Holm Island runs on Fridays only.
We will add a second crew by the summer.
Translate
2.4K
318
41
12

oskar.beck
2d
The night boat has been late every week since January.
27

ines.calloway · Author
1d
@oskar.beck fair, the new engine arrives in April.
8

harbour_watcher
1w
@ines.calloway @oskar.beck Ticket prices will go up again by autumn, you watch.
🙃
3

Log in to see more replies.
Threads Terms · Privacy Policy · Cookies Policy · Report a problem
"""

# No title: the address names the author; no copy note: ages date nothing.
ADDRESS_ONLY = """https://www.threads.com/@millbrook.library/post/C9kLm2
millbrook.library
04/02/26
We reopen the reading room on 12 May after the roof repair.
We will keep the late opening on Thursdays.
Translate
96
4

paige.ruddock
5h
The roof was patched in 2019 and it leaked within a year.
11
"""

# The author's badge on a line of its own; a date line that is no date (13/40/26).
BADGE_LINE = """Tomas Ferreira (@t.ferreira) on Threads
t.ferreira
11/03/25
The bakery on Quay Street closes at the end of the month.
5
rosa.lind
11/04/25
Sad news, it was the best bread in town.
2
t.ferreiraAuthor
11/05/25
The ovens go to the new school kitchen.
t.ferreira
Author
11/04/25
I will open a stall at the market by spring.
1
"""

# Notes that name a Threads account in their first line: no posts, read as before.
NOTES_NAMING = """Greta Holm (@greta.holm) on Threads
Notes from the council meeting, 3 March.
Greta Holm: The bus lane will open in June.
"""

# An Instagram post: its own reader's, never this one's.
INSTAGRAM = """fenwick.cycles
•
Follow
fenwick.cycles
We open the repair hub on 1 July.
3d
lena_rides
Will you fix e-bikes too?
3d2 likesReply
Add a comment…
"""

# A title and an address, but no post's handle over a date line.
NO_POSTS = """Ines Calloway (@ines.calloway) on Threads
https://www.threads.net/@ines.calloway/post/Qx81bTz
The night boat runs on Fridays only from May.
Log in to see more replies.
"""


@pytest.mark.parametrize(
    ("text", "words", "who"),
    [
        (FERRY, "saved from threads.net", "-"),
        (FERRY, "on Threads", "-"),
        (FERRY, "threads.net/@", "-"),
        (FERRY, "ines.calloway", "-"),
        (FERRY, "03/20/26", "-"),
        (FERRY, "night boat to Holm Island", "Ines Calloway"),
        (FERRY, "second crew by the summer", "Ines Calloway"),
        (FERRY, "Translate", "-"),
        (FERRY, "2.4K", "-"),
        (FERRY, "318", "-"),
        (FERRY, "late every week since January", "@oskar.beck"),
        (FERRY, "Author", "-"),
        (FERRY, "new engine arrives in April", "Ines Calloway"),  # the author's reply
        (FERRY, "Ticket prices will go up", "@harbour_watcher"),  # not the addressees'
        (FERRY, "🙃", "-"),
        (FERRY, "Log in to see more", "-"),
        (FERRY, "Threads Terms", "-"),
        # Only the address names the author: the author's lines are the document's speaker's.
        (ADDRESS_ONLY, "threads.com", "-"),
        (ADDRESS_ONLY, "reopen the reading room", ""),
        (ADDRESS_ONLY, "leaked within a year", "@paige.ruddock"),
        (ADDRESS_ONLY, "late opening on Thursdays", ""),
        (ADDRESS_ONLY, "96", "-"),
        (BADGE_LINE, "closes at the end of the month", "Tomas Ferreira"),
        (BADGE_LINE, "best bread in town", "@rosa.lind"),
        (BADGE_LINE, "stall at the market", "Tomas Ferreira"),
        (BADGE_LINE, "Author", "-"),
        (BADGE_LINE, "ovens go to the new school", "Tomas Ferreira"),  # "handleAuthor"
        # Near misses read as before.
        (INSTAGRAM, "repair hub", ""),
        (INSTAGRAM, "fix e-bikes", "@lena_rides"),
    ],
)
def test_who_says_what_on_a_copied_threads_post(text, words, who):
    assert attributed.who(text, words) == who


def test_lines_keep_their_numbers_and_handles_are_asked_about():
    for text in (FERRY, ADDRESS_ONLY, BADGE_LINE):
        lines = text.split("\n")
        shaped = threads_posts.reshape(lines)
        assert shaped is not None
        assert len(shaped.lines) == len(lines)
    shaped = threads_posts.reshape(FERRY.split("\n"))
    line = next(n for n, text in enumerate(shaped.lines, 1) if "every week" in text)
    assert shaped.notes[line] == ACCOUNT_NOTE.format(handle="@oskar.beck")
    reply = next(text for text in shaped.lines if "new engine" in text)
    assert reply == "Ines Calloway: fair, the new engine arrives in April."
    author = next(n for n, text in enumerate(shaped.lines, 1) if "night boat to" in text)
    assert "@ines.calloway" in shaped.notes[author]
    assert "line 2" in shaped.notes[author]


@pytest.mark.parametrize("text", [NOTES_NAMING, INSTAGRAM, NO_POSTS, "", "ines.calloway\n2d\n"])
def test_other_documents_are_not_threads_pages(text):
    assert threads_posts.reshape(text.split("\n")) is None


@pytest.mark.parametrize(
    ("line", "saved", "day"),
    [
        ("03/24/26", None, datetime.date(2026, 3, 24)),  # month first, as the site shows it
        ("3/4/2026", None, datetime.date(2026, 3, 4)),
        ("13/04/26", None, None),  # no such month
        ("2d", datetime.date(2026, 3, 27), datetime.date(2026, 3, 25)),
        ("1w", datetime.date(2026, 3, 27), datetime.date(2026, 3, 20)),
        ("2d", None, None),  # no copy note: an age dates nothing
        ("Translate", None, None),
    ],
)
def test_the_day_a_date_line_says(line, saved, day):
    assert threads_posts.post_day(line, saved) == day


def _said_on(text: str, words: str) -> datetime.date | None:
    statement = next(s for s in attributed.parsed(text).statements if words in s.text)
    return statement.said_on


@pytest.mark.parametrize(
    ("text", "words", "day"),
    [
        (FERRY, "night boat to Holm Island", datetime.date(2026, 3, 20)),
        (FERRY, "late every week", datetime.date(2026, 3, 25)),  # 2d before 27 March
        (FERRY, "new engine arrives", datetime.date(2026, 3, 26)),
        (FERRY, "Ticket prices", datetime.date(2026, 3, 20)),  # 1w
        (ADDRESS_ONLY, "reopen the reading room", datetime.date(2026, 4, 2)),
        (ADDRESS_ONLY, "leaked within a year", None),  # "5h", no copy note
        (BADGE_LINE, "stall at the market", datetime.date(2025, 11, 4)),
    ],
)
def test_when_a_post_or_a_reply_was_written(text, words, day):
    assert _said_on(text, words) == day


@pytest.mark.django_db
def test_the_import_proposes_only_what_was_said():
    plan = import_plan(
        data=FERRY.encode(),
        file_name="post.txt",
        options=ImportOptions(
            source=SourceChoice(title="Post", published_on=datetime.date(2026, 3, 20))
        ),
    )
    by_quote = {candidate.quote: candidate for candidate in plan.candidates}
    crew = next(c for q, c in by_quote.items() if "second crew" in q)
    prices = next(c for q, c in by_quote.items() if "Ticket prices" in q)
    assert crew.speaker.display.startswith("Ines Calloway")
    assert prices.speaker.display.startswith("@harbour_watcher")
    quotes = " ".join(by_quote)
    for chrome in ("Translate", "2.4K", "Log in", "Threads Terms", "Author", "@oskar.beck fair"):
        assert chrome not in quotes
