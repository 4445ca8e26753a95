"""Table tests: a Twitch chat log as TwitchDownloader's text export writes it, and a Word
document copied or exported with its tracked changes and comments.

A chat message is its sender's: a viewer by their "@handle", asked about; the channel's own
account by its owner's name only when the lines above the log name them. Bots, commands,
subscription notices and emote-only messages are no claims. In a Word document a deletion is
not said, an insertion is, and a margin comment is its writer's words, never the author's;
the window's lines and the status bar are no claims. Near misses (a timestamped transcript,
a WhatsApp export, a Google Docs comments block, a Markdown strikethrough) read as before."""

import datetime

import pytest

from claims.choices import DatePrecision
from claims.importing import twitch_chat, word_revisions
from claims.importing.services import ImportOptions, SourceChoice, import_plan

RELATIVE = """TwitchDownloader v1.54 — Chat Text Export
Channel: lenaforcouncil    Title: "ward 6 town hall, ask me anything"
Broadcaster: Lena Ortiz, candidate for Ward 6
Timestamps: relative to stream start

[0:02:10] StreamElements: pinedrift just subscribed at Tier 1!
[0:02:44] pinedrift: lena what about the bike lanes on Ferris Ave
[0:03:05] lenaforcouncil: the Ferris Ave bike lanes are funded and the city council approved them in March
[0:03:31] pinedrift: PogChamp PogChamp
[0:03:40] copperkettle77: the ward 6 library closed two days a week since January
[0:04:02] lenaforcouncil: I will reopen the library on Mondays within six months of taking office
[0:04:20] Nightbot: Follow the campaign at the link in the panels!
[0:04:33] copperkettle77: !discord
[0:05:12] lenaforcouncil: ok brb grabbing water
"""  # noqa: E501

UTC_NO_OWNER = """[2026-04-18 20:15:02 UTC] Fossabot: Welcome to the stream! Be kind.
[2026-04-18 20:15:40 UTC] [Moderator] harbor_lights: the port expansion added 400 jobs last year
[2026-04-18 20:16:05 UTC] gustavforcounty: the county will finish the seawall repairs by October
[2026-04-18 20:16:30 UTC] mossbyte: cheer100 go gus
[2026-04-18 20:16:52 UTC] mossbyte: KEKW
"""


BADGED = """Twitch chat — VOD 2233445566
Streamer: Gustav Lind

[1:02:03] [Broadcaster] gus_on_air: the county finished the seawall repairs in September
[1:02:30] (subscriber/6) reedwarbler: the seawall cost 3 million, it says on the county site
[1:03:01] [Moderator] gus_mod: the county finished the seawall ahead of schedule
"""


def _plan(text: str, name: str, published: datetime.date):
    source = SourceChoice(title=name, published_on=published, precision=DatePrecision.DAY)
    return import_plan(data=text.encode(), file_name=name, options=ImportOptions(source=source))


def _by_line(text: str, name: str, published: datetime.date) -> dict[int, set[str]]:
    """Line → the speakers of its candidates, imported without a default speaker."""
    found: dict[int, set[str]] = {}
    for candidate in _plan(text, name, published).candidates:
        found.setdefault(candidate.statement.line, set()).add(candidate.speaker.name)
    return found


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            RELATIVE,
            {
                # The channel's account, named by the "Broadcaster:" line above the log.
                8: {"Lena Ortiz"},
                # A viewer: their handle, never a guessed name.
                10: {"@copperkettle77"},
                11: {"Lena Ortiz"},
                # The header (1-4), the bot's sub notice (6), a question without its mark
                # (7), emotes (9), a bot (12), a command (13) and "brb" (14): none.
            },
        ),
        (
            UTC_NO_OWNER,
            {
                # Nothing names the channel's owner: the streamer's handle stays a handle.
                2: {"@harbor_lights"},
                3: {"@gustavforcounty"},
            },
        ),
        (
            BADGED,
            {
                # No "Channel:" line: the "[Broadcaster]" badge marks the owner's account.
                4: {"Gustav Lind"},
                5: {"@reedwarbler"},
                # A moderator is a viewer like any other.
                6: {"@gus_mod"},
            },
        ),
    ],
)
def test_a_twitch_chats_messages_go_to_their_senders(text, expected):
    found = _by_line(text, "chat.txt", datetime.date(2026, 4, 18))
    assert found == expected


def test_a_viewers_handle_carries_a_remark_asking_who_it_is():
    shaped = twitch_chat.reshape(RELATIVE.splitlines())
    assert shaped is not None
    assert shaped.lines[9] == (
        "@copperkettle77: the ward 6 library closed two days a week since January"
    )
    assert "account's handle" in shaped.notes[10]
    assert "Lena Ortiz" in shaped.notes[8]
    assert "line 3" in shaped.notes[8]
    assert shaped.lines[:5] == ("", "", "", "", "")


@pytest.mark.parametrize(
    ("message", "empty"),
    [
        ("PogChamp", True),
        ("KEKW KEKW 🎉", True),
        ("!uptime", True),
        ("cheer500 great stream", True),
        ("river_otter just subscribed with Prime!", True),
        ("will it pass the senate tho", True),
        ("dana what about the bus depot", True),
        ("brb in 5", True),
        ("clip that chat", True),
        ("wow. holding u to it", True),
        # Near misses: words, a question-shaped claim with more after it, a sentence.
        ("Will Harmon voted against the levy in 2024.", False),
        ("the levy passed 5-2", False),
        ("based on the audit the levy raised 2 million", False),
        ("wow the levy passed", False),
        ("Kappa is an emote but this sentence says the budget grew 4%", False),
    ],
)
def test_a_messages_words(message, empty):
    assert twitch_chat.no_words(message) is empty


@pytest.mark.parametrize(
    "text",
    [
        # A timestamped meeting transcript: stamps and names, but no sign of Twitch.
        "[0:01:02] Priya Raman: Welcome everyone.\n[0:01:30] Tom Beck: Sales rose 4%.\n"
        "[0:02:00] Priya Raman: We will ship in May.\n",
        # A WhatsApp export.
        "[12/03/2025, 09:10:00] Kofi: We will sign on Friday.\n"
        "[12/03/2025, 09:11:00] Ama: Great.\n[12/03/2025, 09:12:00] Kofi: Done.\n",
        # Notes about a stream, with no log.
        "Twitch stream notes\nLena said the bike lanes are funded.\n",
        # The layout without stamps: notes' own "Name: words".
        "Channel: lenaforcouncil\nlenaforcouncil: hi\npinedrift: hi\nNightbot: rules\n",
    ],
)
def test_documents_of_other_shapes_are_not_read_as_a_twitch_log(text):
    assert twitch_chat.reshape(text.splitlines()) is None


MEMO = """Harlan_schools_oped_v2.docx — Microsoft Word
Track Changes: ON    Display for Review: All Markup

Why Harlan needs a new middle school
By Rosa Delgado, Superintendent of Harlan Unified

Enrollment at Harlan Middle grew 18% since 2022[Deleted - Owen Park: , the most in the county].
[Comment [OP1] Owen Park 1/12/2026: The county report puts enrollment growth at 15%. Check this.]
[Deleted - Owen Park: I promise no school will close while I am superintendent.]
We will open the new campus by August 2028{--2027--}.
{++The state grant covers 40% of the cost.++}
[Comment [RD2] Rosa Delgado 1/13/2026: Fine, go with 2028.]
Portables now hold 600 students.[Comment [OP3] Owen Park 1/12/2026: source?]
[Comment [ZZ4]: Looks good.]

Page 1 of 1    512 words    English (United States)
"""


@pytest.mark.django_db
def test_a_word_documents_revisions_and_comments():
    found = _by_line(MEMO, "memo.txt", datetime.date(2026, 1, 14))
    assert found == {
        # The revised text is the author's (the byline's).
        7: {"Rosa Delgado"},
        # The margin comment's claim is its writer's.
        8: {"Owen Park"},
        # "2027" deleted: the deadline is the one kept.
        10: {"Rosa Delgado"},
        # The insertion is said.
        11: {"Rosa Delgado"},
        # A comment within a line is taken out of it; the line stays the author's.
        13: {"Rosa Delgado"},
        # Deleted (9), the author's approving comment (12), an unnamed comment (14) and the
        # window's lines and status bar (1-2, 16): none.
    }


def test_newer_words_commented_balloon_with_a_time():
    lines = [
        "The depot will close in 2027.",
        "[Commented [MK1] Mina Kovac 3/2/2026 9:14 AM: The depot lease runs to 2029.]",
    ]
    shaped = word_revisions.reshape(lines)
    assert shaped is not None
    assert shaped.lines == (
        "The depot will close in 2027.",
        "Mina Kovac: The depot lease runs to 2029.",
    )
    assert shaped.people == frozenset({"mina kovac"})


def test_a_comment_or_a_deletion_over_several_lines():
    lines = [
        "Ridership rose 11% in 2025.",
        "[Comment [JA1] June Abara 4/2/2026: Two things.",
        "The transit board's figure is 9%.",
        "Fix before Friday.]",
        "Fares will stay flat next year.[Deleted - June Abara: We will also",
        "add night buses by 2027.] Service starts at 5 a.m.",
        "Stations are cleaned nightly.",
    ]
    shaped = word_revisions.reshape(lines)
    assert shaped is not None
    assert shaped.lines == (
        "Ridership rose 11% in 2025.",
        "June Abara: Two things.",
        "June Abara: The transit board's figure is 9%.",
        "",
        "Fares will stay flat next year.",
        "Service starts at 5 a.m.",
        "Stations are cleaned nightly.",
    )
    assert set(shaped.notes) == {2, 3}


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("[Editor's note: the figures are from the 2025 audit.]", False),
        ("Note to desk: hold for Sunday.", False),
        ("Page 2 of 3    1,204 words    English (UK)", False),
        ("Words: 812", False),
        ("Last saved by Owen Park, 1/12/2026 4:02 PM", False),
        # Near misses: prose that mentions a page or a note.
        ("Page 2 of the audit shows a 4% rise.", True),
        ("A note to editors everywhere: fund local news.", True),
    ],
)
def test_a_word_documents_window_and_notes(line, kept):
    shaped = word_revisions.reshape(["Rates rose 5%[Inserted: , though slowly].", line])
    assert shaped is not None
    assert (shaped.lines[1] == line) is kept


def test_a_comment_never_closed_runs_on_to_no_line():
    lines = [
        "[Comment [JA1] June Abara 4/2/2026: The board's figure is 9%.",
        "Ridership rose 11% in 2025.",
        "",
        "Fares will stay flat [until 2027].",
    ]
    shaped = word_revisions.reshape(lines)
    assert shaped is not None
    assert shaped.lines[1] == "Ridership rose 11% in 2025."


def test_a_word_documents_lines_as_revised():
    shaped = word_revisions.reshape(MEMO.splitlines())
    assert shaped is not None
    assert shaped.lines[6] == "Enrollment at Harlan Middle grew 18% since 2022."
    assert shaped.lines[7] == "Owen Park: The county report puts enrollment growth at 15%."
    assert shaped.lines[8] == ""
    assert shaped.lines[9] == "We will open the new campus by August 2028."
    assert shaped.lines[10] == "The state grant covers 40% of the cost."
    assert shaped.lines[11] == ""
    assert shaped.lines[12] == "Portables now hold 600 students."
    assert shaped.lines[13] == ""
    assert shaped.lines[15] == ""
    assert "Owen Park" in shaped.notes[8]
    assert len(shaped.lines) == len(MEMO.splitlines())


@pytest.mark.parametrize(
    ("line", "revised"),
    [
        ("Rates rose 5%[Inserted: , though slowly].", "Rates rose 5%, though slowly."),
        ("Rates rose ~~9%~~ 5%.", "Rates rose 5%."),
        ("Rates rose {~~9%~>5%~~}.", "Rates rose 5%."),
        ("Rates rose 5%{>>is this right?<<}.", "Rates rose 5%."),
        ("Rates rose 5% in 2025[OP1].", "Rates rose 5% in 2025."),
        ("We expect it to pass comfortably[I", "We expect it to pass comfortably"),
        # A line without markup is kept as it is.
        ("Bracketed [sic] words stay  as written .", "Bracketed [sic] words stay  as written ."),
    ],
)
def test_a_lines_revisions(line, revised):
    assert word_revisions.revised(line) == revised


@pytest.mark.parametrize(
    "text",
    [
        # Google Docs' comments block (``doc_comments``): not Word's inline markup.
        "Plan\nWe ship in May.[a]\n________________\n[a]Dev Rao: source?\n",
        # Word's exported comments after the text, without the inline bracket.
        "Plan\nWe ship in May.\nComment [DR1]: source?\n",
        # A Markdown strikethrough alone, and a forum's deleted account.
        "Plan\nWe ship in ~~April~~ May.\n",
        "[deleted] · 7h\nThe levy will fail.\n",
    ],
)
def test_documents_of_other_shapes_are_not_read_as_word_revisions(text):
    assert word_revisions.reshape(text.splitlines()) is None
