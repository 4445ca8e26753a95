"""Table tests: a chat export's time of day ("[9:04 AM]", "9:04 PM -", "[11/25/26, 9:04:12
AM]") is the message's, never a place in a recording nor a topic: the name after it is the
message's author and the line, not the time, locates it. A time alone in brackets, 24-hour
("[09:04]", "[21:04:33]"), on a line of its own stays a recording's time, read by the notes
reader; in a chat export of such lines it is a message's (``test_chat_notices_and_times``)."""

import pytest

from claims.importing.chats import author_line
from claims.importing.errors import ImportFileError
from claims.importing.services import SourceChoice
from tests.importing import attributed

BUND = "Bund yields will be above 3% by the end of Q1 2027"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Slack and Teams text exports: the time of day in brackets, the author, the message.
        (f"[9:04 AM] Jonas Weber: {BUND}", ("Jonas Weber", BUND)),
        (
            "[9:04 PM] Keiko Sato: they'll be lower by March",
            ("Keiko Sato", "they'll be lower by March"),
        ),
        ("[9:04 a.m.] Keiko Sato: lower by March", ("Keiko Sato", "lower by March")),
        ("[Yesterday 9:04 PM] Marcus Lee: GDP shrinks", ("Marcus Lee", "GDP shrinks")),
        # The author typed in lower case is the author as well.
        ("[9:10 AM] jonas weber: fine, I'll buy coffee", ("jonas weber", "fine, I'll buy coffee")),
        # WhatsApp (United States): the day, a 12-hour time with seconds.
        (f"[11/25/26, 9:04:12 AM] Jonas Weber: {BUND}", ("Jonas Weber", BUND)),
        # A pasted time of day without brackets.
        (f"9:04 AM Jonas Weber: {BUND}", ("Jonas Weber", BUND)),
        ("9:05 PM - Keiko Sato: lower by March", ("Keiko Sato", "lower by March")),
        # A full date and 24-hour time, as exports and log tools stamp it.
        (f"[2026-11-23 09:11] Jonas Weber: {BUND}", ("Jonas Weber", BUND)),
        ("[2026-11-23 21:04:33] Keiko Sato: lower by March", ("Keiko Sato", "lower by March")),
        # A bot's notice under such a stamp is nobody's.
        ("[2026-11-23 09:02] Slackbot: Priyanka Das has joined the channel", ("", "")),
        ("[2026-11-23] Jonas Weber: lower by March", None),  # a date without a time
        ("[2026-11 09:04] Jonas Weber: lower by March", None),  # no whole date
        # DiscordChatExporter and Telegram: the author line above the message.
        ("[25-Nov-26 09:04 PM] Jonas Weber", ("Jonas Weber", "")),
        ("Jonas Weber, [25.11.2026 09:04]", ("Jonas Weber", "")),
        ("Keiko Sato, [25.11.26 9:05 PM]", ("Keiko Sato", "")),
        # A recording's time, 24-hour and alone: not a chat's author line (read elsewhere).
        (f"[09:04] Jonas Weber: {BUND}", None),
        (f"[21:04:33] Jonas Weber: {BUND}", None),
        # A first name or a user name as the app shows it.
        ("[9:04 AM] Jonas: rates up", ("Jonas", "rates up")),
        ("[9:04 AM] tom_b: rates up", ("tom_b", "rates up")),
        ("[12/03/2025, 09:14:22] Tom: rates up", ("Tom", "rates up")),
        # A programme's items and labels after a time of day: no author.
        ("9:30 AM Keynote: AI will be everywhere by 2030.", None),
        ("[10:15 AM] Closing panel: grid batteries will double by 2027.", None),
        ("[10:15 AM] Energy: oil will fall below $60 by 2027.", None),
        ("[10:15 AM] Update: the Fed will cut in June.", None),
        # Prose after a time of day names nobody.
        ("9:04 AM the Fed will cut.", None),
        ("At 9:04 AM Jonas Weber said yields will rise.", None),
        ("Yields, [in my view] will rise", None),
    ],
)
def test_a_time_of_day_opens_the_authors_message(line, expected):
    found = author_line(line)
    assert (None if found is None else (found.name, found.words)) == expected


SLACK = """#macro-desk — exported 2026-05-25

[9:02 AM] Jonas Weber: morning all
[9:04 AM] Jonas Weber: Bund yields will be above 3% by the end of Q1 2027, calling it now
[9:05 PM] Keiko Sato: ECB cut in June 2025 btw, people forget
{line}
"""


@pytest.mark.parametrize(
    ("line", "who", "words"),
    [
        ("[9:12 AM] Marcus Lee: German GDP will shrink again in 2027", "Marcus Lee", "German GDP"),
        ("9:12 PM Marcus Lee: German GDP will shrink again in 2027", "Marcus Lee", "German GDP"),
        ("[2026-05-25 09:12] Marcus Lee: German GDP will shrink in 2027", "Marcus Lee", "GDP"),
        ("[5/25/26, 9:12:03 PM] Marcus Lee: GDP will shrink in 2027", "Marcus Lee", "GDP will"),
        # Typed in lower case: the same author as written before.
        ("[9:13 AM] keiko sato: Gilts will outperform Bunds in 2027", "Keiko Sato", "Gilts"),
    ],
)
def test_every_message_of_a_channel_export_is_its_authors(line, who, words):
    text = SLACK.format(line=line)
    assert attributed.who(text, "Bund yields") == "Jonas Weber"
    assert attributed.who(text, "ECB cut") == "Keiko Sato"
    assert attributed.who(text, words) == who


@pytest.mark.parametrize("clock", ["9:04 AM", "9:04 PM", "11/25/26, 9:04:12 AM", "9:04 a.m."])
def test_a_time_of_day_is_no_place_in_a_recording(clock):
    text = f"#macro-desk, 25 May 2026\n\n[{clock}] Jonas Weber: {BUND}.\n"
    (statement,) = [s for s in attributed.parsed(text).statements if not s.narration]
    assert (statement.speaker, statement.timestamp, statement.topic) == ("Jonas Weber", "", "")


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (f"[9:04 Uhr] Jonas Weber: {BUND}.", "“Uhr] Jonas Weber” on this line was read as a topic"),
        (f"Energy: {BUND}.", "“Energy” on this line was read as a topic"),
    ],
)
@pytest.mark.django_db
def test_a_refusal_for_want_of_a_speaker_says_what_the_line_was_read_as(line, said):
    text = f"#macro-desk\n\n{line}\n"
    source = SourceChoice(title="Desk", published_on=attributed.TODAY)
    with pytest.raises(ImportFileError) as refused:
        attributed.plan(text, source)
    assert refused.value.line == 3
    assert said in str(refused.value)
