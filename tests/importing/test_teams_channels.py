"""Table tests: a Microsoft Teams channel conversation copied from the browser (a water
utility's meter upgrade channel in en-US, a depot's channel in en-GB). A post's and a reply's
lines are its author's; the header and tabs, day lines, author and time lines, "Edited",
reactions, reply counts, "Reply", people cards, an app's cards, the app's notices and the
composer are nobody's; the time line dates its post, month first or day first as the copy
shows. Documents that only look close (a Zulip topic, an agenda with dated times under its
items, notes with "Reply" but no posts) read as before."""

import datetime

import pytest

from claims.importing import chat_copies, teams_channels
from claims.importing.services import ImportOptions, SourceChoice, import_plan
from tests.importing import attributed

CHANNEL = """Northgate Water
Meter Upgrade
General
Posts
Files
+
April 7, 2026
Marta Kowalczyk
4/7 9:02 AM
Edited
The smart meters go in on the east side from Monday, crews start at 8.
👍 4  ❤️ 1
2 replies from Oskar and Ines
Oskar Lindgren
4/7 9:10 AM
I'll send the crew rota to everyone by Friday.
Ines Duarte
4/7 9:25 AM
Last month we replaced 212 meters in the west zone.
Reply
Marta Kowalczyk
Available
Operations Lead
Northgate Water · Depot North
Send message
Planner
4/7 9:30 AM
Task "Order meter seals" assigned to Ines Duarte. Due 4/14.
Ravi Menon
4/7 10:02 AM
Who signs off the road closures?
Reply
Marta Kowalczyk added Leo Brandt to the team.
Leo Brandt
4/7 10:15 AM
I expect the east side to be finished by the end of May.
Reply
New conversation
Type a new message
"""

# The same channel from a computer set to British English: day first, 24-hour times.
BRITISH = """Depot South
General
Posts
Ines Duarte
14/04 09:02
The depot gates will be replaced next week.
Oskar Lindgren
14/04 09:10
I will book the crane by Thursday.
Reply
Type a new message
"""

# Nothing tells whether "5/6" is 5 June or 6 May: the stamps date nothing.
UNSURE = """Depot West
General
Oskar Lindgren
5/6 9:02 AM
The pumps will be serviced by Friday.
Ines Duarte
5/6 9:10 AM
I will order the filters tomorrow.
Reply
Type a new message
"""


# A directory's "Surname, Given" and a guest's "(External)"; a card copied without its
# presence; "Today" over the last posts.
DIRECTORY = """Harbour Works
Dredging
General
Posts
Lindqvist, Tobias
5/4 2:05 PM
The east berth will be dredged by the end of June.
Ines Barros (External)
5/4 2:20 PM
We will deliver the survey report on Friday.
Tobias Lindqvist
Harbour Engineer
Harbour Works · Quay Office
Send message
Today
Lindqvist, Tobias
9:02 AM
I think the survey will show more silt than last year.
Reply
Type a new message
"""


# A reply quoting a post: the quote's author and time stand right under the replier's,
# the quoted words and the reply run together; then a time alone under the same author.
QUOTED = """Harbour Works
General
Tobias Lindqvist
5/4 2:05 PM
The east berth will be dredged by the end of June.
Ines Barros
5/4 2:20 PM
Tobias Lindqvist
5/4 2:05 PM
The east berth will be dredged by the end of June.
We will deliver the survey report on Friday.
Tobias Lindqvist
5/4 2:31 PM
Thanks Ines.
2:32 PM
I will book the survey boat by Thursday.
Reply
Type a new message
"""


@pytest.mark.parametrize(
    ("text", "words", "who"),
    [
        # The header, the tabs, the day line, author and time lines are nobody's.
        (CHANNEL, "Northgate Water", "-"),
        (CHANNEL, "Meter Upgrade", "-"),
        (CHANNEL, "April 7, 2026", "-"),
        (CHANNEL, "4/7 9:02 AM", "-"),
        (CHANNEL, "smart meters go in", "Marta Kowalczyk"),
        # Reactions, the reply count and replies' authors.
        (CHANNEL, "👍 4", "-"),
        (CHANNEL, "2 replies from", "-"),
        (CHANNEL, "crew rota", "Oskar Lindgren"),
        (CHANNEL, "replaced 212 meters", "Ines Duarte"),
        # A people card's lines are nobody's, and its name is no author.
        (CHANNEL, "Operations Lead", "-"),
        (CHANNEL, "Depot North", "-"),
        (CHANNEL, "Send message", "-"),
        # An app's card is nobody's claim, nor the person it names.
        (CHANNEL, "Order meter seals", "-"),
        (CHANNEL, "added Leo Brandt", "-"),
        (CHANNEL, "east side to be finished", "Leo Brandt"),
        (CHANNEL, "Type a new message", "-"),
        (BRITISH, "depot gates", "Ines Duarte"),
        # A directory's name is said in its order; "(External)" is no part of it.
        (DIRECTORY, "east berth", "Tobias Lindqvist"),
        (DIRECTORY, "survey report", "Ines Barros"),
        # A card without its presence still ends at its action, and is nobody's.
        (DIRECTORY, "Harbour Engineer", "-"),
        (DIRECTORY, "Quay Office", "-"),
        (DIRECTORY, "Today", "-"),
        (DIRECTORY, "more silt", "Tobias Lindqvist"),
        # A quote and a reply run together: who wrote which line is asked, never guessed.
        (QUOTED, "survey report", ""),
        # A time alone goes on with the author above.
        (QUOTED, "survey boat", "Tobias Lindqvist"),
        (QUOTED, "2:32 PM", "-"),
        (BRITISH, "book the crane", "Oskar Lindgren"),
    ],
)
def test_who_says_what_in_a_copied_teams_channel(text, words, who):
    assert attributed.who(text, words) == who


def test_lines_keep_their_numbers():
    lines = CHANNEL.splitlines()
    shaped = teams_channels.reshape(lines)
    assert shaped is not None
    assert len(shaped.lines) == len(lines)
    assert shaped.lines[15] == "Oskar Lindgren: I'll send the crew rota to everyone by Friday."
    assert shaped.lines[19:26] == ("",) * 7  # "Reply", the card, the app


@pytest.mark.parametrize(
    ("line", "is_time"),
    [
        ("4/7 9:02 AM", True),
        ("07/04 09:02", True),
        ("11/30/2025 4:05 PM", True),
        ("Yesterday 9:02 AM", True),
        ("9:02 AM", True),
        ("4/7 9:02 AM Edited", True),
        # Not a post's time: a sentence with a time, a date alone.
        ("Meet at 9:02 AM", False),
        ("4/7", False),
    ],
)
def test_a_teams_time_line(line, is_time):
    assert bool(teams_channels.teams_time(line)) == is_time


@pytest.mark.parametrize(
    ("text", "words", "day"),
    [
        (CHANNEL, "crew rota", datetime.date(2026, 4, 7)),
        # Day first: "14/04" is 14 April, in the source's year.
        (BRITISH, "book the crane", datetime.date(2026, 4, 14)),
        # Nothing tells the order: the stamp dates nothing.
        (UNSURE, "order the filters", None),
        # "Today" is a day the copy does not date.
        (DIRECTORY, "more silt", None),
    ],
)
def test_the_time_line_dates_its_post(text, words, day):
    shaped = teams_channels.reshape(text.splitlines())
    assert shaped is not None
    statements = shaped.remarked(
        attributed.parsed(text).statements, said_on=datetime.date(2026, 5, 20)
    )
    statement = next(s for s in statements if words in s.text)
    assert statement.said_on == day


@pytest.mark.django_db
def test_by_friday_counts_from_the_posts_day():
    plan = import_plan(
        data=CHANNEL.encode(),
        file_name="channel.txt",
        options=ImportOptions(
            source=SourceChoice(title="Meter channel", published_on=datetime.date(2026, 4, 20))
        ),
    )
    promise = next(c for c in plan.candidates if "crew rota" in c.quote)
    assert promise.speaker.display.startswith("Oskar Lindgren")
    # Posted on Tuesday 7 April 2026: Friday is 10 April.
    assert promise.deadline == datetime.date(2026, 4, 10)
    assert not any("meter seals" in c.quote for c in plan.candidates)


ZULIP = """#leak-response > Main break
Tue, Mar 3

Ines Haldane
8:12 AM
The main on Alder Street split at 7:55.

Rui Costa
8:20 AM
On it. Reply when the crew is there.
"""

AGENDA = """Site visits
Depot North
4/7 9:00 AM
Walk the east side with the crews.
Depot South
4/7 11:00 AM
Review the crane booking.
"""

REPLY_NOTES = """Call notes

Marta said the meters go in on Monday.
Reply
Oskar will send the rota by Friday.
"""


# Mattermost's reply count under times without the day, and a bot's tag: not Teams.
MATTERMOST = """~water-ops
Wed, Mar 4, 2026
Oskar Lindgren
9:05 AM
I'll send the repair report to the board by Friday.
1 reply
incident-bot
BOT
9:06 AM
Incident INC-204 will be closed automatically in 24 hours.
"""


@pytest.mark.parametrize(
    "text",
    [ZULIP, AGENDA, REPLY_NOTES, MATTERMOST],
    ids=["zulip", "agenda", "notes-with-reply", "mattermost-reply-count"],
)
def test_documents_that_are_no_teams_channel_read_as_before(text):
    assert teams_channels.reshape(text.splitlines()) is None


def test_a_zulip_topic_is_still_read_by_its_own_reader():
    assert chat_copies.reshape(ZULIP.splitlines()) is not None
    assert attributed.who(ZULIP, "Alder Street") == "Ines Haldane"


def test_a_mattermost_channel_with_a_reply_count_keeps_its_bot_nobodys():
    assert chat_copies.reshape(MATTERMOST.splitlines()) is not None
    assert attributed.who(MATTERMOST, "repair report") == "Oskar Lindgren"
    assert attributed.who(MATTERMOST, "closed automatically") == "-"
