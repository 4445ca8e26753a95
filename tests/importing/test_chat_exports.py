"""Table tests: chat exports and forum threads name each message's author on an author line
(Slack, Teams, Discord, WhatsApp, Reddit): the messages below it, up to the next one, are the
author's, never the default speaker's; the apps' notices and "(edited)" are nobody's words;
a thread's other users are never its original poster."""

import pytest

from claims.importing.chats import author_line, chat_notice, without_edit_mark
from tests.importing import attributed

CHANNEL = """#macro-desk, 14 October 2025

{priya}
morning all. CPI tomorrow, any calls?

{tom}
The Fed cuts in October and December, then pauses until mid-2026.
Also: we should stop treating the dot plot as a forecast.

{lena}
Oil will fall below $60 by March 2026. (edited)
Prediction: the 10-year ends 2025 around 4.25%.
"""


@pytest.mark.parametrize(
    ("priya", "tom", "lena"),
    [
        # Slack: the name, two spaces, the time of day.
        ("Priya Shah  9:02 AM", "Tom Becker  9:05 AM", "Lena Ortiz  9:11 AM"),
        # Microsoft Teams: the time in brackets, then the name.
        ("[9:02 AM] Priya Shah", "[9:05 AM] Tom Becker", "[Yesterday 11:40 PM] Lena Ortiz"),
        ("[14/10/2025 09:02] Priya Shah", "[14/10/2025 09:05] Tom Becker", "[9:11 am] Lena Ortiz"),
        # Discord: the name, a dash, the day and the time.
        (
            "Priya Shah — Today at 9:02 AM",
            "Tom Becker — Today at 9:05 AM",
            "Lena Ortiz — Yesterday at 11:40 PM",
        ),
        (
            "Priya Shah — 14/10/2025 09:02",
            "tom_b — 14/10/2025 09:05",
            "Lena Ortiz — 10/14/2025 9:11 AM",
        ),
    ],
)
def test_a_chats_author_lines_give_each_message_its_author(priya, tom, lena):
    tom_name = "tom_b" if tom.startswith("tom_b") else "Tom Becker"
    assert attributed.said(CHANNEL.format(priya=priya, tom=tom, lena=lena)) == [
        ("Priya Shah", "morning all."),
        ("Priya Shah", "CPI tomorrow, any calls?"),
        (tom_name, "The Fed cuts in October and December, then pauses until mid-2026."),
        (tom_name, "we should stop treating the dot plot as a forecast."),
        ("Lena Ortiz", "Oil will fall below $60 by March 2026."),
        ("Lena Ortiz", "the 10-year ends 2025 around 4.25%."),
    ]


WHATSAPP = """Family group chat, 12 March 2025

[12/03/2025, 09:10:00] Messages and calls are end-to-end encrypted. No one outside \
of this chat, not even WhatsApp, can read or listen to them.
12/03/2025, 09:12 - Tom Becker joined using this group's invite link
[12/03/2025, 09:14:22] Priya Shah: Rates will be cut twice this year.
[12/03/2025, 09:15:01] Tom Becker: No way. One cut at most.
I'd bet on September.
12/03/2025, 09:16 - Lena Ortiz: Oil will fall below $60 by March 2026.
[12/03/2025, 09:17:40] Tom Becker: <Media omitted>
"""


def test_whatsapps_author_and_message_on_one_line():
    assert attributed.said(WHATSAPP) == [
        ("Priya Shah", "Rates will be cut twice this year."),
        ("Tom Becker", "No way."),
        ("Tom Becker", "One cut at most."),
        ("Tom Becker", "I'd bet on September."),
        ("Lena Ortiz", "Oil will fall below $60 by March 2026."),
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("[9:02 AM] Priya Shah", ("Priya Shah", "", False)),
        ("[Yesterday 11:40 PM] Lena Ortiz", ("Lena Ortiz", "", False)),
        ("Priya Shah — Today at 9:02 AM", ("Priya Shah", "", False)),
        ("[12/03/2025, 09:14:22] Priya Shah: message", ("Priya Shah", "message", False)),
        ("12/03/2025, 09:14 - Priya Shah: message", ("Priya Shah", "message", False)),
        (
            "[12/03/2025, 09:15] Tom Becker: the index gains 500 points by 2027",
            ("Tom Becker", "the index gains 500 points by 2027", False),
        ),
        ("u/quantum_goose · 2.1k points", ("quantum_goose", "", False)),
        ("u/DrAnikaRao_Tokafusion (OP) · 3.4k points", ("DrAnikaRao_Tokafusion", "", True)),
        ("level 1 gridwonk · 512 points", ("gridwonk", "", False)),
        # Prose that only looks like one: no author line.
        ("[9:02 AM] the Fed will cut.", None),
        ("Rates will fall — Today at 9:02 AM", None),
        ("The market will gain 2,000 points by 2027.", None),
        ("Fusion has been 30 years away.", None),
        ("At 9:02 AM the Fed cut rates.", None),
    ],
)
def test_author_line_shapes(line, expected):
    found = author_line(line)
    got = None if found is None else (found.name, found.words, found.op)
    assert got == expected


@pytest.mark.parametrize(
    ("text", "notice"),
    [
        ("joined #macro-desk along with 2 others", True),
        ("joined #macro-desk", True),
        ("left #macro-desk", True),
        ("replied to a thread: CPI tomorrow, any calls?", True),
        ("This message was deleted", True),
        ("<Media omitted>", True),
        ("3 replies Last reply 2 hours ago", True),
        ("Rates will fall.", False),
        ("Tom joined the Fed in 2019.", False),
    ],
)
def test_a_chat_apps_notices_are_nobodys_words(text, notice):
    assert chat_notice(text) is notice


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Oil below $60 by Q1. (edited)", "Oil below $60 by Q1."),
        ("Oil below $60 by Q1 (edited)", "Oil below $60 by Q1"),
        ("Oil below $60 by Q1 (OPEC permitting)", "Oil below $60 by Q1 (OPEC permitting)"),
    ],
)
def test_a_chat_apps_edit_mark_is_left_out(text, kept):
    assert without_edit_mark(text) == kept


THREAD = """r/Futurology · Posted by u/DrAnikaRao_Tokafusion · 20 May 2025

# {heading}

**u/quantum_goose** · 2.1k points
When do we get fusion power on the grid?

**u/DrAnikaRao_Tokafusion** (OP) · 3.4k points
Our pilot plant puts first electricity on the grid in 2031.

**u/skeptic_sam** · 1.8k points
They say power by 2028.
Prediction: ITER won't start D-T operations before 2040.

u/DrAnikaRao_Tokafusion · 150 points
We will demonstrate net energy gain before the end of 2027.
"""


@pytest.mark.parametrize(
    "heading",
    [
        "I'm Dr. Anika Rao, chief scientist at Tokafusion, building a compact tokamak. AMA!",
        "Hi Reddit, I'm Anika Rao from Tokafusion. Ask me anything about fusion",
        "I am Anika Rao and I build tokamaks. AMA",
        "My name is Prof. Anika Rao. AMA about fusion!",
    ],
)
def test_a_threads_users_are_never_its_original_poster(heading):
    assert attributed.said(THREAD.format(heading=heading)) == [
        ("u/quantum_goose", "When do we get fusion power on the grid?"),
        ("Anika Rao", "Our pilot plant puts first electricity on the grid in 2031."),
        ("u/skeptic_sam", "They say power by 2028."),
        ("u/skeptic_sam", "ITER won't start D-T operations before 2040."),
        # The original poster's handle, without "(OP)": still the post's author.
        ("Anika Rao", "We will demonstrate net energy gain before the end of 2027."),
    ]


@pytest.mark.parametrize(
    ("author", "line", "remark"),
    [
        (
            "Lena Ortiz  9:31 AM",
            "Goldman's Hatzius thinks the S&P gets to 7,000 by the end of next year.",
            "reported: said by Hatzius? not Lena Ortiz's own words",
        ),
        (
            "[9:31 AM] Lena Ortiz",
            "Jamie Dimon said rates will stay higher for longer.",
            "reported: said by Jamie Dimon? not Lena Ortiz's own words",
        ),
    ],
)
def test_a_message_telling_anothers_forecast_is_asked_about(author, line, remark):
    text = f"#macro-desk, 14 October 2025\n\n{author}\n{line}\n"
    (statement,) = [s for s in attributed.parsed(text).statements if not s.narration]
    assert statement.speaker == "Lena Ortiz"
    assert remark in statement.note


def test_a_forum_users_lines_ask_who_the_handle_is():
    text = THREAD.format(heading="I'm Dr. Anika Rao, chief scientist at Tokafusion. AMA!")
    notes = {s.speaker: s.note for s in attributed.parsed(text).statements if s.text and s.speaker}
    assert notes["u/skeptic_sam"].startswith(  # then the remark on "won't … before 2040"
        "“u/skeptic_sam” is a forum user's handle, not a name: map it to who it is, or keep "
        "the handle"
    )
    assert "handle" not in notes["Anika Rao"]
