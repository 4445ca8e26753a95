"""Table tests: a chat app's notices are nobody's words and their subject never a speaker;
a chat export's times without AM or PM ("[21:04:33] Name: …", "9:04 Name: …") are its
messages' times, its names the authors, while a transcript's lines that open with a
recording's time ("00:04:12 Speaker: …", "[00:04:12] …") stay as they were."""

import pytest

from claims.importing.chats import author_line, chat_notice, message_times
from tests.importing import attributed


@pytest.mark.parametrize(
    "text",
    [
        # Bots' and apps' acts, with or without the colon a text export puts after the name.
        "kestrel_ops: pinned a message.",
        "kestrel_ops pinned a message.",
        "pinned a message to this channel.",
        "Farid Nassar joined the channel.",
        "Farid Nassar left the chat",
        "Lena left",
        "Tom Becker added Priya Shah",
        "Tom Becker added Priya and Lena Ortiz",
        "You added Tom",
        "Tom removed you",
        "Priya was added to #macro-desk by Tom.",
        'Tom changed the group name to "Desk 2027"',
        "Tom changed the subject from “Desk” to “Desk 2027”",
        "Tom changed their phone number to a new number. Tap to message or add the new number.",
        "Messages and calls are end-to-end encrypted. No one outside of this chat can read them.",
        "<Media omitted>",
        "This message was deleted",
        "Priya Shah started a call",
        "Priya Shah ended the meeting",
        "Recording started",
        "Transcription has stopped.",
        "Mark Osei started transcription",
        "Mark Osei stopped recording",
        'Priya Shah reacted 👍 to "Oil will be below $60 by June 2027."',
        "Priya reacted with :thumbsup: to your message",
        "Missed voice call",
    ],
)
def test_an_apps_notice_is_nobodys_words(text):
    assert chat_notice(text)


@pytest.mark.parametrize(
    "text",
    [
        # People's words with the notices' verbs: statements, never notices.
        "Oil prices added 3% today.",
        "The Fed left rates unchanged.",
        "Farid left the meeting early because rates rose.",
        "We started a call with the board.",
        "Copper started a rally in 2025.",
        "The ECB changed the subject to inflation.",
        "I reacted badly to the news.",
        "Tom added that rates will fall.",
        "Nvidia added Arm to its portfolio",
        "The call ended badly for bulls.",
        "Recording revenue will double by 2027.",
        "The group joined forces with the ECB.",
    ],
)
def test_a_statement_with_a_notices_verb_is_no_notice(text):
    assert not chat_notice(text)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A notice under a time stamp or after the bot's name: nobody's, no author.
        ("[21:06:02] kestrel_ops: pinned a message.", ("", "", True)),
        ("[23-Nov-26 08:31] Farid Nassar joined the channel.", ("", "", True)),
        ("[9:06 AM] Tom Becker: Tom Becker added Priya Shah", ("", "", True)),
        ("[12/03/2025, 09:10] Priya Shah: This message was deleted", ("", "", True)),
        ("12/03/2025, 09:12 - Tom Becker started a call", ("", "", True)),
        ('[12/03/2025, 09:13:02] Tom Becker reacted 👍 to "Oil falls"', ("", "", True)),
        ("[12/03/2025, 09:14] Recording started", ("", "", True)),
        # A person's message is theirs.
        (
            "[21:04:33] Farid Nassar: Copper tops $12,000 in 2027.",
            ("Farid Nassar", "Copper", False),
        ),
        ("9:04 Farid Nassar: Copper tops $12,000 in 2027.", ("Farid Nassar", "Copper", False)),
        ("21:04 - lena_o: Rates fall in 2027.", ("lena_o", "Rates", False)),
    ],
)
def test_a_chat_exports_lines_with_24_hour_times(line, expected):
    found = author_line(line, clock=True)
    assert (found.name, found.words[:6].strip(), found.notice) == expected


@pytest.mark.parametrize(
    "line",
    [
        # Outside a chat export, a time without AM or PM is a recording's (read elsewhere).
        "[21:04:33] Farid Nassar: Copper tops $12,000 in 2027.",
        "9:04 Farid Nassar: Copper tops $12,000 in 2027.",
        "[00:04:12] Maya Chen: Rates fall in 2027.",
    ],
)
def test_outside_a_chat_export_a_bare_time_opens_no_message(line):
    assert author_line(line) is None


def _lines(*lines: str) -> list[str]:
    return ["#ops-desk — exported 2026-11-23", "", *lines]


@pytest.mark.parametrize(
    ("lines", "chat"),
    [
        (
            _lines(
                "[21:04:33] Farid Nassar: Up.", "[21:05:10] Lena Ortiz: No.", "[21:07] Tom: Hm."
            ),
            1,
        ),
        (_lines("9:04 Farid Nassar: Up.", "9:05 Lena Ortiz: No.", "9:06 Farid Nassar: Yes."), 1),
        (_lines("23:58 Farid: Up.", "23:59 Lena: No.", "0:01 Farid: Yes.", "0:02 Lena: Hm."), 1),
        (_lines("[08:31] a_b: x", "[08:32] Ann Lee: y", "[08:33] a_b: z", "Ann Lee joined."), 1),
        # A transcript: its times start at the recording's start.
        (_lines("00:04:12 Maya Chen: Up.", "00:05:10 Leo Park: No.", "00:06:00 Maya Chen: Hm."), 0),
        (_lines("[00:00] Dana Lee: Hi.", "[01:12] Arjun Rao: Up.", "[12:15] Arjun Rao: Hm."), 0),
        (_lines("0:03 Maya Chen: Up.", "9:04 Leo Park: No.", "12:40 Maya Chen: Hm."), 0),
        # Minutes past 23: a recording's.
        (_lines("12:01 Maya Chen: Up.", "31:10 Leo Park: No.", "48:00 Maya Chen: Hm."), 0),
        # Two such lines only, or most lines of another shape: no chat export.
        (_lines("[21:04:33] Farid Nassar: Up.", "[21:05:10] Lena Ortiz: No."), 0),
        (
            _lines("09:14 Ramirez: Up.", "Then a break.", "More notes.", "09:30 Ramirez: No.", "x"),
            0,
        ),
    ],
)
def test_a_document_of_timed_messages_is_read_as_a_chat_export(lines, chat):
    assert message_times(lines) is bool(chat)


CHAT = """#ops-desk — exported 2026-11-23

[21:04:33] Farid Nassar: Copper will be above $12,000 a tonne by the end of 2027.
[21:05:10] Lena Ortiz: No chance, it stays under $10,000 through 2027.
[21:06:02] kestrel_ops: pinned a message.
[23-Nov-26 08:31] Tom Becker joined the channel.
[21:07:45] lena ortiz: Rates will fall twice in 2027.
"""


def test_a_chat_exports_messages_are_their_authors_and_located_by_line():
    statements = [s for s in attributed.parsed(CHAT).statements if s.text]
    assert [(s.speaker, s.text[:12], s.timestamp, s.line) for s in statements] == [
        ("Farid Nassar", "Copper will ", "", 3),
        ("Lena Ortiz", "No chance, i", "", 4),
        ("Lena Ortiz", "Rates will f", "", 7),
    ]


TRANSCRIPT = """Ledger Lines, episode 41 — transcript

[00:04:12] Maya Chen: Copper will be above $12,000 a tonne by the end of 2027.
[00:05:10] Leo Park: No chance, it stays under $10,000 through 2027.
[00:06:02] Maya Chen: Rates will fall twice in 2027.
"""


def test_a_transcripts_recording_times_stay_its_locators():
    statements = [s for s in attributed.parsed(TRANSCRIPT).statements if s.text]
    assert [(s.speaker, s.timestamp) for s in statements] == [
        ("Maya Chen", "00:04:12"),
        ("Leo Park", "00:05:10"),
        ("Maya Chen", "00:06:02"),
    ]
