"""Table tests: the lines chat exporters and apps' copies write around the messages.

DiscordChatExporter's plain text frames the messages with a header and a footer and writes
attachments, link previews and reactions between them; Telegram Desktop's copy marks a
forwarded message and stands in for media. None of it is anyone's words; a reply's quote is
the quoted person's, said before; a forwarded message is its origin's, never its
forwarder's; a one-line "*…" after the same sender's message corrects it. Each table has
near-misses that must stay as they are."""

import datetime

import pytest

from claims.importing.chat_days import day_first
from claims.importing.chats import author_day, author_line, chat_notice
from claims.importing.export_lines import (
    CORRECTED,
    correction,
    export_lines,
    forwarded_from,
    reply_quote,
    stand_in,
)
from claims.importing.services import ImportOptions, SourceChoice, import_plan
from tests.importing import attributed

# ---- Author lines: DiscordChatExporter's in the cultures it formats dates in, Telegram's.


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # DiscordChatExporter: "[" the date in the culture's short pattern "]" and the author.
        ("[03/11/2026 14:02] Marcus Ojukwu", "Marcus Ojukwu"),  # invariant culture
        ("[3/11/2026 2:02 PM] Marcus Ojukwu", "Marcus Ojukwu"),  # en-US
        ("[11/03/2026 14:02] Marcus Ojukwu", "Marcus Ojukwu"),  # en-GB, fr-FR
        ("[11.03.2026 14:02] tramfan88", "tramfan88"),  # de-DE, ru-RU
        ("[2026-03-11 14:02] tramfan88", "tramfan88"),  # sv-SE
        ("[2026/03/11 14:02] tramfan88", "tramfan88"),  # ja-JP
        ("[2026/3/11 14:02] tramfan88", "tramfan88"),  # zh-CN
        ("[25-Nov-26 09:04 PM] Priya Shah", "Priya Shah"),  # older versions
        # The user name with its discriminator, as older accounts have it; a pinned message.
        ("[03/11/2026 14:02] Tyrrrz#5447", "Tyrrrz"),
        ("[03/11/2026 14:02] Marcus Ojukwu (pinned)", "Marcus Ojukwu"),
        ("[03/11/2026 14:02] Tyrrrz#5447 (pinned)", "Tyrrrz"),
        # Telegram Desktop's copy, day first with dots or as an American locale writes it.
        ("Jonas Petrauskas, [14.09.26 09:15]", "Jonas Petrauskas"),
        ("Jonas Petrauskas, [9/14/26 9:15 AM]", "Jonas Petrauskas"),
        # Near-misses: the exporter's header and blocks, a forward's mark, a reply's quote.
        ("Guild: Eastbank Transit Watch", None),
        ("Channel: Projects / line-4-updates", None),
        ("Topic: Line 4 light rail construction news. Photos go in #gallery.", None),
        ("After: 03/01/2026 00:00", None),
        ("Originally sent: 03/11/2026 14:02", None),
        ("{Reactions}", None),
        ("Exported 42 message(s)", None),
        ("[Forwarded from Grid Watch EU]", None),
        ("[ Photo ]", None),
        ("In reply to Marcus Ojukwu: I reckon they'll have the wires energised by Friday", None),
        # A note's parenthesis after the author is no mark the exporter writes.
        ("[03/11/2026 14:02] Marcus Ojukwu (late)", None),
    ],
)
def test_a_chat_exports_author_lines(line, author):
    found = author_line(line)
    assert (found.name if found else None) == author


# ---- The exporter's and the app's lines in a message.


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("In reply to Marcus Ojukwu: I reckon they'll have the overhead wires energised", True),
        ("In reply to tramfan88: october 2036 more like", True),
        ("Replying to @marcus", True),
        ("Replying to Dana Whitcombe: Is the city still saying passengers this year?", True),
        ("[In reply to Kadri Tamm]", True),  # Telegram Desktop's copy
        ("In reply to this message", True),  # Telegram's HTML export
        # Near-misses: the sender's own words, opening with the same words.
        ("In reply to your question, the budget will rise next year.", False),
        ("In reply to everyone: the vote is on Thursday.", False),
        ("In reply to the council: we will publish the figures by May.", False),
        ("In reply, the council said it would publish the figures.", False),
        ("Replying to emails all morning, sorry", False),
    ],
)
def test_a_replys_quote_of_the_message_it_answers(text, quote):
    assert reply_quote(text) is quote


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("[Forwarded from Grid Watch EU]", "Grid Watch EU"),
        ("[Forwarded from Andrus Kivi]", "Andrus Kivi"),
        ("[Forwarded from Baltic Rail Watch via @gif]", "Baltic Rail Watch"),
        # Near-misses: the sender saying so in their own words; a note's bracket.
        ("Forwarded from Grid Watch EU: the auction opens on 30 September", ""),
        ("[Forwarded to the board]", ""),
        ("[forwarded from Grid Watch EU]", ""),
    ],
)
def test_a_forwarded_messages_origin(text, origin):
    assert forwarded_from(text) == origin


@pytest.mark.parametrize(
    ("text", "app"),
    [
        ("[ Photo ]", True),
        ("[ Voice message ]", True),
        ("[ Video message ]", True),
        ("[ Sticker ]", True),
        ("[ 👍 Sticker ]", True),
        ("[ File : x.pdf ]", True),
        ("[ File : Saare-1 auction terms (draft).pdf ]", True),
        ("[ Album ]", True),
        ("[ GIF ]", True),
        ("[ Poll : Who bids first? ]", True),
        # Near-misses: a checklist's box, a note's bracket, a transcript's sound.
        ("[ ] book the meeting room", False),
        ("[Photo]", False),
        ("[ Applause ]", False),
        ("[ Photo of the depot roof, taken Tuesday ]", False),
    ],
)
def test_an_apps_stand_in_for_media(text, app):
    assert stand_in(text) is app


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("*2030. Q4 2030. typing on the tram sorry", "*2030. Q4 2030."),
        ("*their", "*their"),
        ("*Q4 2030", "*Q4 2030"),
        ("*February, not January. Autocorrect!", "*February, not January."),
        ("*2030 sorry", "*2030 sorry"),  # the apology alone: the line is the correction
        # Near-misses: a bullet, emphasis, an action in stars, a long line.
        ("* Budget review on Friday", ""),
        ("*sigh*", ""),
        ("*Update:* the auction opens on 30 September", ""),
        ("**Decision:** we ship in May", ""),
        ("2030*", ""),
        ("*Reminder: the vote is on Thursday", ""),
        ("*the auction will open by 30 September with a cap of 78 euros", ""),
        ("*" + "this line goes on and on " * 6, ""),
    ],
)
def test_a_senders_correction_of_their_message(text, words):
    assert correction(text) == words


@pytest.mark.parametrize(
    ("text", "notice"),
    [
        # Discord's system messages, as DiscordChatExporter writes them under an author line.
        ("Pinned a message.", True),
        ("Joined the server.", True),
        ("Started a thread.", True),
        ("Changed the channel icon.", True),
        ("Changed the channel name: line-4-updates", True),
        ("Started a call that lasted 12 minutes.", True),
        # Near-misses: someone's words opening with the same verbs.
        ("Pinned a message about the budget: the council will cut it.", False),
        ("Started a thread about the vote, it passes on Thursday.", False),
        ("Changed the channel of funding to the regional board.", False),
        ("Joined the server team in March.", False),
    ],
)
def test_discords_system_messages_are_nobodys(text, notice):
    assert chat_notice(text) is notice


# ---- Whole exports: which lines are the exporter's, whose a message is.

DISCORD = """\
==============================================================
Guild: Millbrook Cyclists
Channel: Campaigns / bridge-path
Topic: The Millbrook river bridge cycle path. Be kind.
After: 05/01/2026 00:00
==============================================================

[05/14/2026 19:02] Ines Carvalho
The council confirmed the bridge path closes for resurfacing in June.
I'll send the consultation link to everyone by Friday.

{Attachments}
https://cdn.discordapp.com/attachments/1071/2216/closure_notice.pdf

{Embed}
Millbrook Council
https://millbrook.gov.example/news/bridge-path
Bridge path to close for resurfacing
The works will take six weeks, the council says.

{Reactions}
🚲 (4) 👍

[05/14/2026 19:10] spokes_and_sprockets
In reply to Ines Carvalho: The council confirmed the bridge path closes for resurfacing in June.
The resurfacing will overrun into August, it always does.

[05/15/2026 08:31] Tom Aldridge#0042
Joined the server.

[05/15/2026 08:40] Tom Aldridge#0042 (pinned)
In reply to your question, the ward forum will vote on the petition in July.

==============================================================
Exported 4 message(s)
==============================================================
"""

TELEGRAM = """\
Ruta Kalnina, [03.10.26 08:40]
[Forwarded from Baltic Rail Watch]
Riga's central station will open to trains in 2030, the project office says.

Ruta Kalnina, [03.10.26 08:41]
Morning all, thoughts?

Edgars Ozols, [03.10.26 08:47]
[In reply to Ruta Kalnina]
The station will open in 2032 at the earliest.

Edgars Ozols, [03.10.26 08:48]
*2033 at the earliest. autocorrect sorry

Ruta Kalnina, [03.10.26 09:02]
[ Photo ]
The new timetable will start on 14 December.

Edgars Ozols, [03.10.26 09:05]
[ Voice message ]

Edgars Ozols, [03.10.26 09:06]
[ File : station_budget.pdf ]

Ruta Kalnina, [03.10.26 09:12]
*sigh* the ministry will cut the budget again next year.
"""


def test_discordchatexporters_own_lines():
    # The header and the footer, the blocks of links, preview and reactions, a reply's quote;
    # the author lines are the reader's, the notice (line 29) is read as one there.
    header, footer = set(range(1, 7)), {34, 35, 36}
    blocks = {12, 13, 15, 16, 17, 18, 19, 21, 22}
    assert export_lines(DISCORD.splitlines()).chrome == header | blocks | {25} | footer


def test_telegrams_own_lines_a_forward_and_a_correction():
    found = export_lines(TELEGRAM.splitlines())
    # The forward's mark, the reply's mark, the correction, the stand-ins for media.
    assert found.chrome == {2, 9, 13, 16, 20, 23}
    assert set(found.marks) == {1, 8}
    assert found.marks[1].origin == "Baltic Rail Watch"
    assert found.marks[8].corrected == CORRECTED.format(line=13, words="*2033 at the earliest.")


@pytest.mark.parametrize(
    "text",
    [
        # A reply's quote alone is the sender's words: no reply is below it.
        "Edgars Ozols, [03.10.26 08:47]\nIn reply to Ruta Kalnina: the vote is on Friday.\n",
        # A star line after another sender's message corrects nothing of theirs.
        "Ruta Kalnina, [03.10.26 08:47]\nThe vote is in 2031.\n"
        "Edgars Ozols, [03.10.26 08:48]\n*2032\n",
        # No author lines: notes with a bullet and a bracket.
        "Budget notes\n* Depot roof by May\n[Photo]\n",
    ],
)
def test_near_misses_of_a_whole_export_stay_as_they_are(text):
    assert export_lines(text.splitlines()).chrome == frozenset()


# ---- The order of a stamp's day and month.


@pytest.mark.parametrize(
    ("lines", "first"),
    [
        # A day past 12 in a message's stamp tells.
        (["[03/14/2026 09:00] Dana Whitcombe", "[03/11/2026 14:02] Marcus Ojukwu"], False),
        (["[14/03/2026 09:00] Dana Whitcombe"], True),
        # DiscordChatExporter's header tells, before any message does.
        (["Guild: G", "Channel: C", "After: 02/20/2026 00:00", "[03/11/2026 14:02] M"], False),
        (["Guild: G", "Channel: C", "Before: 20/02/2026 00:00", "[03/11/2026 14:02] M"], True),
        # Telegram's copy in an American locale: the stamp after the name.
        (["Jonas Petrauskas, [9/14/26 9:15 AM]"], False),
        # The messages' order: month first, 11 December would come before 12 January.
        (["[12/11/2026 09:00] A", "[01/12/2026 10:00] B"], True),
        (["[11/12/2026 09:00] A", "[12/01/2026 10:00] B"], False),
        # Nothing tells: every stamp's numbers are 12 or less, in an order both readings keep.
        (["[03/11/2026 14:02] Marcus Ojukwu", "[03/11/2026 14:06] tramfan88"], None),
        (["[03/11/2026 14:02] A", "[04/11/2026 09:00] B"], None),
        # A header's other fields and notes' dates are no stamps.
        (["Topic: rail works from 03/14/2026 on", "[03/11/2026 14:02] A"], None),
    ],
)
def test_a_chat_exports_day_order(lines, first):
    assert day_first(lines) is first


def test_a_japanese_stamp_gives_its_day():
    assert author_day("[2026/3/11 14:02] Marcus Ojukwu") == datetime.date(2026, 3, 11)


# ---- End to end: the plan of an import of each export.


def _plan(text: str, name: str, published_on: datetime.date):
    source = SourceChoice(title="Chat", published_on=published_on, precision="day")
    return import_plan(data=text.encode(), file_name=name, options=ImportOptions(source=source))


@pytest.mark.django_db
def test_a_discordchatexporter_export_is_read_as_its_authors_messages():
    plan = _plan(DISCORD, "channel.txt", datetime.date(2026, 5, 20))
    got = [(c.statement.line, c.speaker.name, c.statement.text) for c in plan.candidates]
    assert got == [
        (
            9,
            "Ines Carvalho",
            "The council confirmed the bridge path closes for resurfacing in June.",
        ),
        (10, "Ines Carvalho", "I'll send the consultation link to everyone by Friday."),
        (26, "spokes_and_sprockets", "The resurfacing will overrun into August, it always does."),
        (
            32,
            "Tom Aldridge",
            "In reply to your question, the ward forum will vote on the petition in July.",
        ),
    ]
    # "by Friday" counts from the message's day, 14 May 2026 (read month first, as "05/14"
    # and the header say), not from the source's.
    friday = next(c for c in plan.candidates if c.statement.line == 10)
    assert friday.statement.said_on == datetime.date(2026, 5, 14)
    assert friday.deadline == datetime.date(2026, 5, 15)


@pytest.mark.django_db
def test_a_telegram_copy_gives_a_forward_to_its_origin_and_marks_a_correction():
    plan = _plan(TELEGRAM, "group.txt", datetime.date(2026, 10, 3))
    got = {(c.statement.line, c.speaker.name) for c in plan.candidates}
    assert got == {
        (3, "Baltic Rail Watch"),
        (10, "Edgars Ozols"),
        (17, "Ruta Kalnina"),
        (26, "Ruta Kalnina"),
    }
    notes = {c.statement.line: c.statement.note for c in plan.candidates}
    assert (
        "“Baltic Rail Watch”'s message, forwarded by Ruta Kalnina: the words are not Ruta Kalnina's"
    ) in notes[3]
    assert "corrected by the sender's next message (line 13): “*2033 at the earliest.”" in notes[10]
    assert not any(line in (2, 5, 6, 9, 13, 16, 20, 23) for line, _ in got)


def test_discordchatexporters_forwarded_message_and_stickers_are_its_own():
    # A message forwarded in Discord is written without its author's name: nobody's claim.
    text = """\
[03/11/2026 15:00] Dana Whitcombe
look what the depot crew posted

{Forwarded Message}
The depot roof will be finished by the end of April.
Originally sent: 03/10/2026 09:12

{Stickers}
https://media.discordapp.net/stickers/1093.png

[03/11/2026 15:02] Marcus Ojukwu
The depot roof will slip to June.
"""
    assert export_lines(text.splitlines()).chrome == {4, 5, 6, 8, 9}


def test_a_correction_on_a_whatsapp_line_marks_the_senders_message():
    text = """\
[12/03/2025, 09:14:22] Priya Shah: Oil hits $90 by 2029.
[12/03/2025, 09:14:40] Tom Becker: no chance
[12/03/2025, 09:15:01] Priya Shah: *2030
[12/03/2025, 09:16:01] Priya Shah: The ECB will cut rates in June.
"""
    statements = [s for s in attributed.parsed(text).statements if not s.narration]
    assert [(s.line, s.speaker, s.note) for s in statements] == [
        (1, "Priya Shah", CORRECTED.format(line=3, words="*2030")),
        (2, "Tom Becker", ""),
        (4, "Priya Shah", ""),
    ]


def test_telegrams_html_export_link_to_the_message_replied_to_is_its_own():
    # Copied from the HTML export: the link stands wherever the page puts it.
    text = "Kadri Tamm\n09:16\nIn reply to this message\nThe auction will be delayed.\n"
    assert export_lines(text.splitlines()).chrome == {3}
