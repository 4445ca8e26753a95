"""Table tests: WhatsApp exports and Zoom saved chats read whole. A sender shown by a phone
number or a device's name is the person they say they are, with a remark; a poll and a direct
message are nobody's claim, nor the sentence in which a sender says who they are; Zoom's
message lines and reactions are the app's own; an emoji may end a sentence. A notes line that
happens to open with a date, a time and a dash is no chat's."""

import datetime

import pytest

from claims.importing.chat_exports import (
    INTRODUCTION,
    POLL,
    chat_export,
    message_parts,
    self_introduction,
    unnamed_sender,
    zoom_line,
)
from claims.importing.chats import author_line, chat_notice
from claims.importing.services import SourceChoice
from tests.importing import attributed

NNBSP = "\u202f"  # the narrow no-break space WhatsApp writes before AM and PM

# A family group exported on an iPhone in the United States: the stamp in brackets, 12-hour
# times, an unsaved number who says who she is, a poll, an image and a deleted message.
FAMILY = f"""[10/3/26, 7:58:02{NNBSP}AM] Messages and calls are end-to-end encrypted. No one \
outside of this chat, not even WhatsApp, can read or listen to them.
[10/3/26, 7:58:10{NNBSP}AM] Mum created group “Okafor family 🏡”
[10/3/26, 8:01:44{NNBSP}AM] Mum: Morning! Grandad's 80th is on the 24th, everyone coming?
[10/3/26, 8:03:12{NNBSP}AM] Tunde: yes!! 🎉
[10/3/26, 8:05:40{NNBSP}AM] +1 (555) 010-2030: Hey it's Ngozi, new number. Save this one
[10/3/26, 8:06:02{NNBSP}AM] +1 (555) 010-2030: I'll bring the cake.
[10/3/26, 8:10:15{NNBSP}AM] Dad: \u200eimage omitted
[10/3/26, 8:11:00{NNBSP}AM] Dad: The boiler will pack in before Christmas 😤 We should book \
the engineer now
[10/3/26, 8:12:30{NNBSP}AM] Tunde: POLL:
Which restaurant?
OPTION: Mama's Kitchen (3 votes)
OPTION: The Grill (1 vote)

[10/3/26, 8:20:41{NNBSP}AM] Mum: This message was deleted
[10/3/26, 8:21:09{NNBSP}AM] Tunde left
"""


def test_a_family_groups_messages_and_its_unsaved_number():
    assert attributed.said(FAMILY) == [
        ("Mum", "Morning!"),
        ("Mum", "Grandad's 80th is on the 24th, everyone coming?"),
        ("Tunde", "yes!! 🎉"),
        ("Ngozi", "Save this one"),
        ("Ngozi", "I'll bring the cake."),
        ("Dad", "The boiler will pack in before Christmas 😤"),
        ("Dad", "We should book the engineer now"),
    ]


def test_the_unsaved_number_is_taken_as_who_she_said_with_a_remark():
    statements = [s for s in attributed.parsed(FAMILY).statements if s.speaker == "Ngozi"]
    assert statements
    for statement in statements:
        assert (
            "“+1 (555) 010-2030” is taken as Ngozi, who said so on line 5 (“Hey it's Ngozi, new"
            " number.”): map “+1 (555) 010-2030” to someone else if not"
        ) in statement.note


# An Android export: a member adds an unsaved number and says who it is.
ADDED = """12/03/2026, 08:41 - Tom Achebe added +44 7700 900461
12/03/2026, 08:42 - Tom Achebe: Welcome Ines! Everyone, this is Ines Calder, she's on the \
Treasury side for us this week
12/03/2026, 08:44 - +44 7700 900461: Hi all, thanks Tom
12/03/2026, 08:47 - +44 7700 900461: The OBR will mark growth down to 0.9% at the spring forecast
12/03/2026, 09:05 - Priya Anand added +44 7700 900999
12/03/2026, 09:06 - Priya Anand: Morning all
12/03/2026, 09:08 - +44 7700 900999: Rates will be cut in May
"""


def test_an_added_number_is_who_the_member_who_added_it_said():
    said = attributed.said(ADDED)
    assert ("Ines Calder", "The OBR will mark growth down to 0.9% at the spring forecast") in said
    statements = [s for s in attributed.parsed(ADDED).statements if s.speaker == "Ines Calder"]
    assert statements
    assert all(
        "is taken as Ines Calder, whom Tom Achebe introduced on line 2 after adding the number"
        in statement.note
        for statement in statements
    )
    # A number added with no word of who it is stays the number, asked about.
    assert ("+44 7700 900999", "Rates will be cut in May") in said


def test_a_poll_and_an_introduction_are_nobodys_with_the_reason():
    notes = {s.line: s.note for s in attributed.parsed(FAMILY).statements if s.narration}
    assert notes[9] == notes[10] == notes[11] == notes[12] == POLL
    assert INTRODUCTION in {s.note for s in attributed.parsed(FAMILY).statements if s.line == 5}


# A ward's canvassing group, exported on Android in the United Kingdom: "day, time - name".
WARD = """17/10/2026, 08:02 - Messages and calls are end-to-end encrypted. Only people in this \
chat can read, listen to, or share them. Learn more.
17/10/2026, 08:02 - Ana Sousa created group "Ward 3 Canvass 🌹"
17/10/2026, 08:03 - Ana Sousa added you
17/10/2026, 08:40 - +44 7700 900123: Hi all it's Ravi Patel, Ana added me. Can do mornings
17/10/2026, 09:02 - Ana Sousa: Welcome Ravi!
17/10/2026, 13:55 - +44 7700 900123: We'll win this seat by 200 votes.
17/10/2026, 14:10 - Ana Sousa: <Media omitted>
17/10/2026, 19:30 - Ana Sousa: Here's the leaflet text:
I will hold a surgery in the ward every month.
17/10/2026, 19:35 - +44 7700 900999: The library will close next year.
"""


@pytest.mark.django_db
def test_a_ward_groups_numbers_are_who_they_said_or_asked_about():
    plan = attributed.plan(
        WARD, SourceChoice(title="Ward 3 Canvass", published_on=datetime.date(2026, 10, 18))
    )
    got = {(c.statement.line, c.speaker.name, c.statement.text) for c in plan.candidates}
    assert (6, "Ravi Patel", "We'll win this seat by 200 votes.") in got
    assert (9, "Ana Sousa", "I will hold a surgery in the ward every month.") in got
    assert (10, "+44 7700 900999", "The library will close next year.") in got
    assert not any(line in (1, 2, 3, 4, 7) and "Ravi" in text for line, _, text in got)
    unnamed = next(c for c in plan.candidates if c.statement.line == 10)
    assert "“+44 7700 900999” is a phone number or a device's name" in unnamed.statement.note


# A Zoom meeting's saved chat: each message line above the message, indented by a tab.
ZOOM = """18:01:47 From Lena Ortiz (Hollins Parish Council) to Everyone:
\tThe survey closes on 30 November.
18:03:10 From Galaxy S21 to Everyone:
\tsorry, no camera. this is Ruth Adeyemi from the allotment society
18:04:05 From Galaxy S21 to Everyone:
\tThe park's drains will fail again this winter.
18:05:22 From Cllr Omar Haddad to Everyone:
\tWe will publish the drainage report by the end of January.
18:06:40 From Omar Haddad to Lena Ortiz(Direct Message):
\tcan you share the slides with me after? The budget will run out in March.
18:07:02 From Lena Ortiz to Everyone:
\tReacted to "The park's drains wi..." with 👍
18:08:30 From Lena Ortiz to Me (Privately):
\tThe vote will pass next month.
"""


def test_a_zoom_chats_messages_are_their_senders():
    assert attributed.said(ZOOM) == [
        ("Lena Ortiz", "The survey closes on 30 November."),
        ("Ruth Adeyemi", "The park's drains will fail again this winter."),
        ("Cllr Omar Haddad", "We will publish the drainage report by the end of January."),
    ]


# The older layout Zoom saved: the message on the message line, after a tab and a colon; a
# webinar's messages to all panelists and attendees.
ZOOM_OLDER = """19:00:12\t From  Webinar Host  to  All Panelists and Attendees : Welcome all.
19:02:40\t From  Zoom user : Hi, I'm Ruth Adeyemi from the allotment society
19:03:05\t From  Zoom user : The park's drains will fail again this winter.
19:04:11\t From  Dr. Imran Qureshi : Flood defences will be finished by 2028.
19:05:00\t From  Dr. Imran Qureshi  to  Zoom user(Direct Message) : The grant will be cut.
"""


def test_an_older_zoom_chat_and_a_webinars_messages():
    said = attributed.said(ZOOM_OLDER)
    assert ("Ruth Adeyemi", "The park's drains will fail again this winter.") in said
    assert ("Dr. Imran Qureshi", "Flood defences will be finished by 2028.") in said
    assert not any("grant" in words for _, words in said)
    assert not any("Ruth Adeyemi from" in words for _, words in said)


# A Teams meeting's chat copied: the time in brackets, the name; a guest marked so.
TEAMS = """Planning sync — chat

[10:02 AM] Priya Shah
The vendor will ship the patch by Friday.
[10:04 AM] Tom Becker (Guest)
Our churn will fall below 3% next quarter.
[10:05 AM] Priya Shah
Tom Becker added Lena Ortiz to the meeting.
"""


def test_a_teams_chats_guest_is_the_author_without_the_mark():
    assert attributed.said(TEAMS) == [
        ("Priya Shah", "The vendor will ship the patch by Friday."),
        ("Tom Becker", "Our churn will fall below 3% next quarter."),
    ]


# ---- Near-misses: notes that only look like a chat export.

NOTES = """Canvass notes, 17 October 2026

17/10/2026, 08:05 - Budget: we will cut the print run by half.
Gary Lund: we'll win the ward by 200 votes.
09:15 From King's Cross to Edinburgh: the train will be an hour late.
"""


def test_a_notes_line_opening_with_a_date_and_a_dash_is_no_chats():
    said = attributed.said(NOTES)
    assert ("Budget", "we will cut the print run by half.") not in said
    assert ("Gary Lund", "we'll win the ward by 200 votes.") in said
    assert not any(who == "King's Cross" for who, _ in said)


@pytest.mark.parametrize(
    ("lines", "export"),
    [
        (FAMILY.splitlines(), True),
        (WARD.splitlines(), True),
        (ZOOM.splitlines(), True),
        (ZOOM_OLDER.splitlines(), True),
        # A date and a dash on one line among notes: no export.
        (NOTES.splitlines(), False),
        (["Minutes", "17/10/2026, 08:05 - Budget: cut", "Then a discussion.", "x", "y"], False),
        # A transcript's times, no message lines.
        (["[00:04:12] Maya Chen: Up.", "[00:05:10] Leo Park: No.", "[00:06:00] Maya: Hm."], False),
    ],
)
def test_a_chat_export_is_told_by_several_stamped_lines(lines, export):
    assert chat_export(lines) is export


@pytest.mark.parametrize(
    ("name", "unnamed"),
    [
        ("+44 7700 900481", True),
        ("+1 (555) 010-2030", True),
        ("07700 900481", True),
        ("iPad (2)", True),
        ("iPhone", True),
        ("Jen's iPhone", True),
        ("Galaxy S21", True),
        ("Zoom user", True),
        ("DESKTOP-4KQ2M1B", True),
        ("Call-in user_3", True),
        # People, as saved or as shown.
        ("Gary Lund", False),
        ("Jen", False),
        ("Mum 💐", False),
        ("Userman", False),
        ("Cllr Asha Mistry", False),
        ("2026 planning", False),
    ],
)
def test_a_sender_shown_by_a_number_or_a_device(name, unnamed):
    assert unnamed_sender(name) is unnamed


@pytest.mark.parametrize(
    ("words", "name"),
    [
        ("Hi all it's Kofi Mensah, Sophie added me. Can do mornings", "Kofi Mensah"),
        (
            "sorry cant get my camera on. this is Bernie Cole from Millbrook Residents",
            "Bernie Cole",
        ),
        ("Hey it's Ngozi, new number", "Ngozi"),
        ("Hi, I'm Ruth Adeyemi from the allotment society", "Ruth Adeyemi"),
        ("my name is Tomasz Nowak, I live on Elm St", "Tomasz Nowak"),
        ("Kofi here, running late", "Kofi"),
        # No one's name.
        ("It's Friday!", ""),
        ("it's raining again", ""),
        ("I'm Not sure that's right", ""),
        ("This is the best turnout we've had", ""),
        ("The council will publish the list by January", ""),
    ],
)
def test_a_sender_saying_who_they_are(words, name):
    assert self_introduction(words) == name


@pytest.mark.parametrize(
    ("words", "parts"),
    [
        (
            "Don't jinx it 😂 Turnout at the last three by-elections was under 30%",
            ["Don't jinx it 😂", "Turnout at the last three by-elections was under 30%"],
        ),
        ("Wow 👍🏽 That was fast", ["Wow 👍🏽", "That was fast"]),
        # Emoji inside a sentence or at its end cut nothing.
        ("the new leaflets 👆 thoughts??", ["the new leaflets 👆 thoughts??"]),
        ("Good session 💪 212 doors knocked", ["Good session 💪 212 doors knocked"]),
        ("Morning all! 👋", ["Morning all! 👋"]),
        ("Rates will fall by June", ["Rates will fall by June"]),
    ],
)
def test_an_emoji_may_end_a_chat_messages_sentence(words, parts):
    assert message_parts(words) == parts


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "18:01:47 From Dan Whitfield (Riverside Council) to Everyone:",
            ("Dan Whitfield (Riverside Council)", "", ""),
        ),
        ("18:07:05 From iPad (2) to Everyone:", ("iPad (2)", "", "")),
        (
            "18:18:20 From Priya Shah to Dan Whitfield (Riverside Council)(Direct Message):",
            ("Priya Shah", "", "Dan Whitfield (Riverside Council)"),
        ),
        ("18:18:20 From Priya Shah to Me (Privately):", ("Priya Shah", "", "Me")),
        ("18:01:47\t From  Greg H : rents up", ("Greg H", "rents up", "")),
        ("19:00:12 From Host to All Panelists and Attendees:", ("Host", "", "")),
        ("07:01:47 PM From Greg H to Everyone:", ("Greg H", "", "")),
        # No seconds: an itinerary, a timetable, no Zoom chat.
        ("09:15 From King's Cross to Edinburgh: the train is late", None),
        ("The motion passed. From now to Friday: canvassing", None),
    ],
)
def test_zoom_message_lines(line, expected):
    found = zoom_line(line)
    assert (None if found is None else (found.sender, found.words, found.to)) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # WhatsApp, Android and iPhone, United Kingdom and United States.
        ("17/10/2026, 08:05 - Gary Lund: Morning all", ("Gary Lund", "Morning all")),
        (f"10/17/26, 8:05{NNBSP}AM - Gary Lund: Morning all", ("Gary Lund", "Morning all")),
        ("[17/10/2026, 08:05:12] Gary Lund: Morning all", ("Gary Lund", "Morning all")),
        ("17/10/2026, 08:40 - +44 7700 900481: Hi all", ("+44 7700 900481", "Hi all")),
        (f"[10/3/26, 8:05:40{NNBSP}AM] +1 (555) 010-2030: Hi", ("+1 (555) 010-2030", "Hi")),
        ("17/10/2026, 08:03 - Gary Lund added you", ("", "")),
        ('17/10/2026, 08:02 - Gary Lund created group "Ward 7 🌹"', ("", "")),
        ("17/10/2026, 14:10 - Sophie Grant: This message was deleted", ("", "")),
        ("17/10/2026, 08:11 - Jen: <Media omitted>", ("", "")),
        # Zoom: the message line; a reaction is the app's.
        ("18:09:31 From Greg H to Everyone:", ("Greg H", "")),
        ('18:09:58 From Marta K to Everyone: Reacted to "Honestly thi..." with 👍', ("", "")),
        # Teams' guest mark is no part of the name.
        ("[10:04 AM] Tom Becker (Guest)", ("Tom Becker", "")),
        ("[10:04 AM] Tom Becker (External): churn falls", ("Tom Becker", "churn falls")),
        # Notes after a date, a time and a dash: no sender.
        ("17/10/2026, 08:05 - Call with Gary Lund: rates fall", None),
        ("17/10/2026, 08:05 - Budget: we cut the print run", None),
        ("17/10/2026, 08:05 - Action: TW to send the leaflet", None),
    ],
)
def test_chat_export_message_lines(line, expected):
    found = author_line(line)
    assert (None if found is None else (found.name, found.words)) == expected


@pytest.mark.parametrize(
    ("text", "notice"),
    [
        ('Reacted to "Honestly this plan r..." with 👍', True),
        ("Reacted to “We will publish…” with ❤️", True),
        ('Removed a 👍 reaction from "Honestly this plan r..."', True),
        ('Replying to "The survey closes on 30 November."', True),
        # A person's words.
        ("Reacted badly to the news, the market fell 3%.", False),
        ("Residents reacted to the plan with anger.", False),
    ],
)
def test_zooms_reactions_are_nobodys(text, notice):
    assert chat_notice(text) is notice


# ---- The day each message was sent: a message's horizon is counted from it, whatever the
# source's date; a remark says so when the source's day would give another deadline.

CANVASS = """01/09/2026, 08:05 - Gary Lund: We will finish the leaflets by the end of next month.
01/09/2026, 08:06 - Jen: ok
15/10/2026, 09:00 - Gary Lund: The library will close next year.
15/10/2026, 09:01 - Jen: The count will be done within two weeks.
18/10/2026, 09:02 - Jen: The count will be done within two weeks.
"""


@pytest.mark.django_db
def test_a_messages_deadline_is_counted_from_the_day_it_was_sent():
    source = SourceChoice(title="Canvass group", published_on=datetime.date(2026, 10, 18))
    plan = attributed.plan(CANVASS, source, Jen="Jen Ward")
    got = {
        c.statement.line: (
            c.statement.said_on,
            c.deadline,
            "counted from the message" in c.statement.note,
        )
        for c in plan.candidates
    }
    assert got == {
        # Counted from the day it was sent, with a remark: the source's day gives another.
        1: (datetime.date(2026, 9, 1), datetime.date(2026, 10, 31), True),
        # "next year" ends the same day counted from either: no remark.
        3: (datetime.date(2026, 10, 15), datetime.date(2027, 12, 31), False),
        4: (datetime.date(2026, 10, 15), datetime.date(2026, 10, 29), True),
        # Sent on the source's day.
        5: (datetime.date(2026, 10, 18), datetime.date(2026, 11, 1), False),
    }
    assert len(plan.sources) == 1  # one source for the export
    first = next(c for c in plan.candidates if c.statement.line == 1)
    assert (
        "“by the end of next month” counted from the message of 1 September 2026, not from the"
        " source's date (18 October 2026, which would give 30 November 2026)"
    ) in first.statement.note


def test_a_zoom_chats_times_date_nothing():
    assert all(s.said_on is None for s in attributed.parsed(ZOOM).statements)


@pytest.mark.parametrize(
    ("lines", "first", "day"),
    [
        (["17/10/2026, 08:05 - Gary Lund: hi"], True, datetime.date(2026, 10, 17)),
        (["[17/10/2026, 08:05:12] Gary Lund: hi"], True, datetime.date(2026, 10, 17)),
        ([f"10/17/26, 8:05{NNBSP}AM - Gary Lund: hi"], False, datetime.date(2026, 10, 17)),
        # The first line alone cannot tell; a later one does.
        (
            ["05/11/2026, 08:05 - A: x", "14/11/2026, 09:00 - A: y"],
            True,
            datetime.date(2026, 11, 5),
        ),
        (
            ["11/05/26, 8:05 AM - A: x", "11/14/26, 9:00 AM - A: y"],
            False,
            datetime.date(2026, 11, 5),
        ),
        # No stamp tells the order: the day is not guessed.
        (["05/11/2026, 08:05 - A: x", "06/11/2026, 09:00 - A: y"], None, None),
        # No stamp at all.
        (["Canvass notes, 17 October", "Gary Lund: hi"], None, None),
    ],
)
def test_a_whatsapp_exports_day_order_and_a_messages_day(lines, first, day):
    from claims.importing.chat_exports import day_first, message_day

    assert day_first(lines) is first
    assert message_day(lines[0], first) == day


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # A host's welcome, how to use the chat, a device's trouble, a link with its label.
        ("Good evening and welcome to the Riverside Housing Plan Q&A, Monday 12 October.", False),
        ("Hi all, welcome to tonight's webinar!", False),
        ("Welcome, everyone, to the Hollins Park drainage meeting", False),
        ("Please put questions in the Q&A box, chat is for comments.", False),
        ("Drop your questions in the chat", False),
        ("sorry cant get my camera on.", False),
        ("hi, can you unmute me for the next section?", False),
        ("Slides: riverside.gov.example/housingplan", False),
        # Claims, whoever says them.
        ("The recording and slides will be on the consultation page by Friday.", True),
        ("The consultation is open until 30 November.", True),
        ("Welcome to the new normal: rates will stay high.", True),
        ("Welcome to the group, where inflation will be 5% by 2027", True),
        ("We will publish the full list of proposed sites by the end of January.", True),
        ("Welcome Kofi!", True),
    ],
)
def test_a_meeting_chats_housekeeping(sentence, kept):
    from claims.importing.chat_exports import housekeeping

    assert housekeeping(sentence) is not kept


WEBINAR = """19:00:12 From Host to All Panelists and Attendees:
\tGood evening and welcome to the Hollins Park drainage webinar. Please put questions in the \
Q&A box. The survey closes on 30 November.
19:01:40 From Host to All Panelists and Attendees:
\tSlides: hollins.example/drainage
19:02:02 From Guest 12 to All Panelists and Attendees:
\tcan everyone hear me?
"""


def test_a_webinar_hosts_housekeeping_is_no_claim_but_the_rest_is():
    assert attributed.said(WEBINAR) == [("Host", "The survey closes on 30 November.")]
