"""Table tests: team chats copied from the browser with each sender on a line of their own
and the time on the next (a Zulip topic of a water utility's leak, a Mattermost channel with
user names, a bot and the app's notices, a Rocket.Chat room with the user name under the
name). A message's lines are its sender's; the header, day lines, time lines, reactions,
notices, quotes and bots are nobody's; a mention is never the speaker; a day line dates the
messages below it, in the source's year when it gives none. Documents that only look close
(an agenda with times under its items, a transcript with recording times, Slack's name and
time on one line) read as before."""

import datetime

import pytest

from claims.importing import chat_copies
from claims.importing.services import ImportOptions, SourceChoice, import_plan
from tests.importing import attributed

ZULIP = """#leak-response > Main break – Alder Street
Tue, Mar 3

Ines Haldane
8:12 AM
The 300 mm main on Alder Street split at 7:55, about 400 homes have low pressure.
@**Rui Costa** can you send the valve crew?

Rui Costa
8:20 AM (edited)
On it. The valve crew is leaving the depot now.
👍 2  🎉 1

Ines Haldane
8:31 AM
We will post the boil-water notice on the website by Friday.
```quote
The valve crew is leaving the depot now.
```
8:35 AM
Bottled water is at the community hall.

Notification Bot
8:40 AM
This topic was moved here from #general > alder st by @**Ines Haldane**.
"""

MATTERMOST = """~water-ops
Wed, Mar 4, 2026

marta.k
9:02 AM
The pump at Fenwick station is back up.

Oskar Lindgren
9:05 AM
I'll send the repair report to the board by Friday.

incident-bot
BOT
9:06 AM
Incident INC-204 will be closed automatically in 24 hours.

System
9:10 AM
Tom Becker joined the channel.
"""

ROCKET = """#depot-north
March 5, 2026

Hana Sato
@hana.sato
2:14 PM
The north depot roof will be finished by June.

Leo Brandt
@leo.b
2:20 PM
Good, the contractor says the scaffolding comes down in May.
"""


@pytest.mark.parametrize(
    ("text", "words", "who"),
    [
        # Zulip: the header, the day line, sender and time lines are nobody's.
        (ZULIP, "#leak-response", "-"),
        (ZULIP, "Tue, Mar 3", "-"),
        (ZULIP, "300 mm main", "Ines Haldane"),
        # A mention is whom the message addresses, never its speaker.
        (ZULIP, "send the valve crew", "Ines Haldane"),
        (ZULIP, "valve crew is leaving", "Rui Costa"),
        (ZULIP, "👍 2", "-"),
        (ZULIP, "boil-water notice", "Ines Haldane"),
        # A time line alone goes on with the sender above.
        (ZULIP, "Bottled water", "Ines Haldane"),
        (ZULIP, "topic was moved", "-"),
        # Mattermost: a user name names nobody (asked about); a bot and the app's notices are
        # nobody's claims.
        (MATTERMOST, "pump at Fenwick", ""),
        (MATTERMOST, "repair report", "Oskar Lindgren"),
        (MATTERMOST, "closed automatically", "-"),
        (MATTERMOST, "joined the channel", "-"),
        # Rocket.Chat: the name, then the user name, then the time.
        (ROCKET, "north depot roof", "Hana Sato"),
        (ROCKET, "scaffolding comes down", "Leo Brandt"),
        (ROCKET, "@hana.sato", "-"),
    ],
)
def test_who_says_what_in_a_copied_team_chat(text, words, who):
    assert attributed.who(text, words) == who


def test_lines_keep_their_numbers_and_lose_the_apps_marks():
    shaped = chat_copies.reshape(ZULIP.splitlines())
    assert shaped is not None
    assert len(shaped.lines) == len(ZULIP.splitlines())
    assert shaped.lines[6] == "Ines Haldane: @Rui Costa can you send the valve crew?"
    assert shaped.lines[10] == "Rui Costa: On it. The valve crew is leaving the depot now."
    # The quoted message is nobody's claim, its sender's or the quoter's.
    assert shaped.lines[17] == ""


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Wed, Jan 14", (None, 1, 14, 2)),
        ("Wednesday, January 14, 2026", (2026, 1, 14, 2)),
        ("Jan 14, 2025", (2025, 1, 14, None)),
        ("14 Jan", (None, 1, 14, None)),
        ("March 5, 2026", (2026, 3, 5, None)),
        # Not day lines: a sentence, a time, a month alone.
        ("Wed, Jan 14 was the worst day", None),
        ("6:42 AM", None),
        ("January", None),
    ],
)
def test_a_day_line(line, day):
    assert chat_copies.day_line(line) == day


@pytest.mark.parametrize(
    ("day", "said_on", "dated"),
    [
        # The year is the source's ...
        ((None, 3, 3, 1), datetime.date(2026, 3, 10), datetime.date(2026, 3, 3)),
        # ... or the year before, when the day would come after the source's date.
        ((None, 12, 30, None), datetime.date(2026, 1, 2), datetime.date(2025, 12, 30)),
        # A weekday that does not fit: no guess.
        ((None, 3, 3, 2), datetime.date(2026, 3, 10), None),
        ((None, 3, 3, None), None, None),
        ((2026, 2, 30, None), None, None),
        ((2026, 3, 4, 2), None, datetime.date(2026, 3, 4)),
    ],
)
def test_a_day_line_is_dated(day, said_on, dated):
    assert chat_copies.dated(day, said_on) == dated


@pytest.mark.parametrize(
    ("line", "is_time"),
    [("6:42 AM", True), ("7:41 AM (edited)", True), ("18:07", True), ("6:42", True)],
)
def test_a_time_line(line, is_time):
    assert bool(chat_copies.time_line(line)) == is_time


@pytest.mark.django_db
def test_by_friday_counts_from_the_day_line_in_the_sources_year():
    plan = import_plan(
        data=ZULIP.encode(),
        file_name="leak.txt",
        options=ImportOptions(
            source=SourceChoice(title="Leak topic", published_on=datetime.date(2026, 3, 9))
        ),
    )
    promise = next(c for c in plan.candidates if "boil-water notice" in c.quote)
    assert promise.speaker.display.startswith("Ines Haldane")
    # Sent on Tuesday 3 March 2026: Friday is 6 March, not the Friday after the source's date.
    assert promise.deadline == datetime.date(2026, 3, 6)


def test_a_dated_day_line_dates_its_messages():
    statement = next(
        s for s in attributed.parsed(MATTERMOST).statements if "repair report" in s.text
    )
    assert statement.said_on == datetime.date(2026, 3, 4)


def test_today_ends_the_day_above_and_dates_nothing():
    text = (
        MATTERMOST
        + "Today\n\nOskar Lindgren\n8:02 AM\nI'll send the audit to the board by Friday.\n"
    )
    statement = next(s for s in attributed.parsed(text).statements if "audit" in s.text)
    assert statement.said_on is None


AGENDA = """Community day programme

Welcome and coffee
9:00 AM
Doors open at the hall.

Library talk
10:00 AM
The new library will open by June.
"""

RECORDING = """Ana Ruiz
00:04
The harbour wall will be rebuilt by 2028.

Ben Okafor
01:12
I think it will take longer.
"""

SLACK = """Priya Shah  9:02 AM
The new rota starts on Monday.
Tom Becker  9:05 AM
I'll send the list by Friday.
"""

ONE_NAME = """Call notes

Dana Lee
10:30 AM
She expects rents to fall next year.
"""


@pytest.mark.parametrize(
    "text",
    [AGENDA, RECORDING, SLACK, ONE_NAME],
    ids=["agenda", "recording-times", "slack-one-line", "one-name"],
)
def test_documents_that_are_no_such_chat_read_as_before(text):
    assert chat_copies.reshape(text.splitlines()) is None


def test_slacks_name_and_time_on_one_line_keeps_its_senders():
    assert attributed.who(SLACK, "list by Friday") == "Tom Becker"
