"""Table tests: a Telegram channel's posts, copied or exported as text (a transit operator's
channel with its export header, a school board's channel with two-digit years, forwards
marked the ways the app writes them). A post's words are its signature's author's, a
forward's origin's, else nobody's by name (the curator's default speaker or a question):
the channel's name is never a speaker. Headers, counts, stand-ins, signatures and the app's
lines are nobody's; a post's "by Friday" counts from its own day. Documents that only look
like a channel (a group chat copied from Telegram, one sender's messages with no channel
marks, notes that mention views) read as before."""

import datetime

import pytest

from claims.importing import telegram
from claims.importing.services import ImportOptions, SourceChoice, import_plan
from tests.importing import attributed

TRANSIT = """Exported from Telegram
Harbour Transit — News
Channel · 3 410 subscribers
Exported 12.05.2026 18:00 · 6 messages

Harbour Transit — News, [04.05.2026 08:15]
[ Photo ]
Line 4 trams are diverted past the depot loop until further notice.
👁 2.1K · 👍 8 · 😡 40

Harbour Transit — News, [05.05.2026 17:40]
Update: the points at Mill Bridge were replaced overnight. We will reopen the depot loop by Friday.
— Tilde Marken, service planning
👁 3.0K · 👍 210

Harbour Transit — News, [06.05.2026 07:05]
[Forwarded from City Works Department]
Resurfacing on Quay Street is expected to finish next week.
👁 1.1K

Harbour Transit — News, [07.05.2026 12:30]
Pinned message
Q: Will the night trams come back this summer?
A: Night trams return on 1 July, funded by the city until 2027. (edited)
/Tilde
👍 77 · ❤️ 9

12 May 2026

Harbour Transit — News, [12.05.2026 09:00]
Reminder: the depot loop now closes at 23:00 on weekdays. Good night, all!
👁 640
"""

SCHOOL_BOARD = """Westfold School Board, [14.05.26 19:10]
Forwarded from Westfold Teachers Union
Staff will hold a one-day strike on 2 June unless the pay offer improves.
👁 5.4K

Westfold School Board, [15.05.26 08:00]
Quick update on the strike:
The board will meet union representatives on Monday.
I am confident we can reach a fair settlement.
– Ruth Adeyemi-Clarke, chair
👁 6.2K · 👍 301 · 👎 12

Westfold School Board, [16.05.26 10:45]
Forwarded message
From: Westfold Parents Forum
Parents plan to keep children home on strike day.
1.9K views
"""

# A group chat copied from Telegram: senders change, no channel's marks.
GROUP_CHAT = """Marta Sienkiewicz, [03.05.2026 10:02]
I think the allotment fees will double next year.

Jonah Petrakis, [03.05.2026 10:05]
I'll bring the new padlock by Saturday.

Marta Sienkiewicz, [03.05.2026 10:09]
— Marta
"""

# One sender's messages copied, with no channel's marks: a chat, read as before.
ONE_SENDER = """Lukas Verhoeven, [03.05.2026 10:02]
The clubhouse roof will be fixed by June.

Lukas Verhoeven, [04.05.2026 11:30]
I think the league will add a second division.
"""

NOTES_WITH_VIEWS = """Channel review, 3 May

Our channel got 👁 1.2K views per post last month.
Harbour Transit will publish a new timetable by June.
"""


@pytest.mark.parametrize(
    ("text", "words", "who"),
    [
        # The export's header and each post's header are nobody's.
        (TRANSIT, "Exported from Telegram", "-"),
        (TRANSIT, "Channel · 3 410", "-"),
        (TRANSIT, "6 messages", "-"),
        (TRANSIT, "[04.05.2026 08:15]", "-"),
        (TRANSIT, "[ Photo ]", "-"),
        # Unsigned: the channel's name is an organisation, never the speaker.
        (TRANSIT, "trams are diverted", ""),
        (TRANSIT, "👁 2.1K", "-"),
        # Signed "— Name, role": the signer's words; the signature itself is nobody's.
        (TRANSIT, "points at Mill Bridge", "Tilde Marken"),
        (TRANSIT, "reopen the depot loop by Friday", "Tilde Marken"),
        (TRANSIT, "service planning", "-"),
        # A forward: the origin's words, its mark nobody's.
        (TRANSIT, "Forwarded from", "-"),
        (TRANSIT, "Resurfacing on Quay Street", "City Works Department"),
        (TRANSIT, "Pinned message", "-"),
        # A question is asked, never proposed; the answer is the signer's ("/Tilde", the
        # first name of the author signed in full above).
        (TRANSIT, "Will the night trams", "-"),
        (TRANSIT, "Night trams return on 1 July", "Tilde Marken"),
        (TRANSIT, "/Tilde", "-"),
        (TRANSIT, "12 May 2026", "-"),
        # After a signed post, an unsigned one is nobody's by name, not the last signer's.
        (TRANSIT, "depot loop now closes", ""),
        (TRANSIT, "Good night", "-"),
        # "Forwarded from X" as the HTML export copies it; "Forwarded message / From: X".
        (SCHOOL_BOARD, "one-day strike", "Westfold Teachers Union"),
        (SCHOOL_BOARD, "Quick update on the strike", "-"),
        (SCHOOL_BOARD, "meet union representatives", "Ruth Adeyemi-Clarke"),
        (SCHOOL_BOARD, "I am confident", "Ruth Adeyemi-Clarke"),
        (SCHOOL_BOARD, "From: Westfold", "-"),
        (SCHOOL_BOARD, "keep children home", "Westfold Parents Forum"),
        (SCHOOL_BOARD, "1.9K views", "-"),
    ],
)
def test_who_says_what_in_a_channels_posts(text, words, who):
    assert attributed.who(text, words) == who


def test_lines_keep_their_numbers():
    shaped = telegram.reshape(TRANSIT.splitlines())
    assert shaped is not None
    assert len(shaped.lines) == len(TRANSIT.splitlines())
    assert shaped.lines[11] == (
        "Tilde Marken: the points at Mill Bridge were replaced overnight. "
        "We will reopen the depot loop by Friday."
    )
    assert shaped.lines[30] == "the depot loop now closes at 23:00 on weekdays."


@pytest.mark.parametrize(
    ("text", "words", "day"),
    [
        (TRANSIT, "trams are diverted", datetime.date(2026, 5, 4)),
        (TRANSIT, "depot loop by Friday", datetime.date(2026, 5, 5)),
        (TRANSIT, "Night trams return", datetime.date(2026, 5, 7)),
        # "[14.05.26 19:10]": day first, a two-digit year.
        (SCHOOL_BOARD, "one-day strike", datetime.date(2026, 5, 14)),
        (SCHOOL_BOARD, "meet union representatives", datetime.date(2026, 5, 15)),
    ],
)
def test_a_post_is_dated_by_its_header(text, words, day):
    statement = next(s for s in attributed.parsed(text).statements if words in s.text)
    assert statement.said_on == day


@pytest.mark.django_db
def test_by_friday_counts_from_the_posts_day():
    plan = import_plan(
        data=TRANSIT.encode(),
        file_name="harbour.txt",
        options=ImportOptions(
            source=SourceChoice(title="Harbour Transit", published_on=datetime.date(2026, 5, 12)),
            speakers={"": "Harbour Transit"},
        ),
    )
    promise = next(c for c in plan.candidates if "by Friday" in c.quote)
    assert promise.speaker.display.startswith("Tilde Marken")
    # Posted on Tuesday 5 May 2026: Friday is 8 May, not the Friday after the export.
    assert promise.deadline == datetime.date(2026, 5, 8)
    unsigned = next(c for c in plan.candidates if "trams are diverted" in c.quote)
    assert unsigned.speaker.display.startswith("Harbour Transit")


LIST_POST = """Ferry Notices, [08.05.2026 06:30]
Forwarded from the harbour office: the pier stays shut.
Sailings cancelled this morning:
- Quay Street
- North Pier
👁 900

Ferry Notices, [08.05.2026 07:00]
— Anneke Voss
The North Pier service will resume at noon.
👁 1.0K
"""


def test_a_signature_is_a_posts_last_line_and_no_lists_item():
    shaped = telegram.reshape(LIST_POST.splitlines())
    assert shaped is not None
    # "- North Pier" closes a list of such lines: no signature, the post stays unsigned.
    assert shaped.lines[2:5] == (
        "Sailings cancelled this morning:",
        "- Quay Street",
        "- North Pier",
    )
    # "Forwarded from" opening a sentence is the post's own words, no forward's mark.
    assert shaped.lines[1] == "Forwarded from the harbour office: the pier stays shut."
    # A name above the words signs nothing: the post is unsigned, its name line kept.
    assert shaped.lines[9] == "The North Pier service will resume at noon."
    assert shaped.people == frozenset()


@pytest.mark.parametrize(
    ("line", "is_counts"),
    [
        ("👁 1.4K · 👍 12 · 😢 31", True),
        ("👁 980", True),
        ("👍 96 · ❤️ 21 · 🎉 18", True),
        ("1.9K views", True),
        ("👁 2.3K edited 09:41", True),
        ("Fares rise 12% 👍", False),
        ("We sold 1.2K tickets", False),
        ("👍", False),
    ],
)
def test_a_line_of_views_and_reactions(line, is_counts):
    assert telegram.counts(line) is is_counts


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("— Oskar Lunde", "Oskar Lunde"),
        ("– Ines Haraldsen, chair", "Ines Haraldsen"),
        ("-- Piet", "Piet"),
        ("/Piet", "Piet"),
        ("~ Amara Oyelaran (editor)", "Amara Oyelaran"),
        ("— and that is final.", ""),
        ("- the 07:15 is cancelled", ""),
        ("/start", ""),
        ("Oskar Lunde", ""),
    ],
)
def test_a_signature_names_the_author(line, name):
    assert telegram.signer(line) == name


@pytest.mark.parametrize(
    "text",
    [GROUP_CHAT, ONE_SENDER, NOTES_WITH_VIEWS],
    ids=["group-chat", "one-sender", "notes-with-views"],
)
def test_documents_that_are_no_channel_read_as_before(text):
    assert telegram.reshape(text.splitlines()) is None


@pytest.mark.parametrize(
    ("text", "words", "who"),
    [
        (GROUP_CHAT, "allotment fees will double", "Marta Sienkiewicz"),
        (GROUP_CHAT, "new padlock", "Jonah Petrakis"),
        (ONE_SENDER, "clubhouse roof", "Lukas Verhoeven"),
    ],
)
def test_a_chat_copied_from_telegram_keeps_its_senders(text, words, who):
    assert attributed.who(text, words) == who
