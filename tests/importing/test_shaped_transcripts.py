"""Table tests: transcripts whose layout puts who speaks on a line of its own or in a
shape of its own: a Hansard report (a member's line with constituency and party, an office
then its holder, the name alone later; the chair's procedure, tabled questions and
interjections no claims), a Descript, Riverside or Otter export (a cue line with its time
above the words; "Speaker 2" read as the one guest the host introduces, with a remark, or
asked about when the host introduces several) and an ASAP Sports press conference (a header
block whose place is no speaker, "Q." questions the press's, lines with no cue the last
speaker's). Near-misses keep reading as notes."""

import pytest

from claims.importing import descript, hansard, press_conferences
from claims.importing.shaped import reshape
from tests.importing import attributed

COMMONS = """Calder Valley Line: Rail Services
Volume 781: debated on Wednesday 21 October 2026
House of Commons | Oral Answers to Questions: Transport

11:34 am
Claire Dunmore (Halton Vale) (Lab)
1. What recent assessment the Secretary of State has made of rail services on the line. [904512]
The Minister of State, Department for Transport (Rhys Talbot)
Punctuality on the line was 71% in the last rail period, against a national average of 84%.
I can confirm that the new timetable will be introduced in May.
Claire Dunmore
My constituents were told in 2019 that the line would be fully electrified by 2024.
Will the Minister now give the House a date?
Rhys Talbot
The hon. Lady is right to press me. We will complete electrification by December 2028.
Tom Harlow (Ouseburn) (Con)
I predict we will hear a fourth date before the next general election.
Hon. Members: Hear, hear.
[Interruption.]
12:02 pm
Dr Nadia Farooq (Leeds Kirkgate) (LD)
If we were in government, we would have it open by 2030.
Mr Speaker
Order. Questions and answers need to be a little briefer.
Rhys Talbot
I will meet the hon. Member before the end of the year.
"""

LORDS = """Bus Services: Rural Areas
Volume 839: debated on Thursday 12 November 2026
House of Lords | Question

3.07 pm
Baroness Pelling of Wyke (LD)
To ask His Majesty's Government what assessment they have made of rural bus services.
The Parliamentary Under-Secretary of State, Department for Transport (Lord Ashdown of Fenby) (Lab)
My Lords, rural bus mileage fell by 4% last year.
We will publish the rural bus strategy before Easter.
Baroness Pelling of Wyke
Three villages in my county lost their only bus this autumn.
Lord Ashdown of Fenby
I expect the new funding to restore most of those routes within two years.
The Lord Speaker
We now come to the second Oral Question.
Lord Kerrigan (Con)
rose—
"""


def test_a_commons_report_gives_each_turn_to_the_member_who_speaks():
    assert attributed.said(COMMONS) == [
        (
            "Rhys Talbot",
            "Punctuality on the line was 71% in the last rail period, against a national "
            "average of 84%.",
        ),
        ("Rhys Talbot", "I can confirm that the new timetable will be introduced in May."),
        (
            "Claire Dunmore",
            "My constituents were told in 2019 that the line would be fully electrified by 2024.",
        ),
        ("Claire Dunmore", "Will the Minister now give the House a date?"),
        ("Rhys Talbot", "The hon. Lady is right to press me."),
        ("Rhys Talbot", "We will complete electrification by December 2028."),
        ("Tom Harlow", "I predict we will hear a fourth date before the next general election."),
        ("Nadia Farooq", "If we were in government, we would have it open by 2030."),
        ("Rhys Talbot", "I will meet the hon. Member before the end of the year."),
    ]


def test_a_lords_report_gives_each_turn_to_the_peer_who_speaks():
    assert attributed.said(LORDS) == [
        (
            "Baroness Pelling of Wyke",
            "To ask His Majesty's Government what assessment they have made of rural bus services.",
        ),
        ("Lord Ashdown of Fenby", "My Lords, rural bus mileage fell by 4% last year."),
        ("Lord Ashdown of Fenby", "We will publish the rural bus strategy before Easter."),
        (
            "Baroness Pelling of Wyke",
            "Three villages in my county lost their only bus this autumn.",
        ),
        (
            "Lord Ashdown of Fenby",
            "I expect the new funding to restore most of those routes within two years.",
        ),
    ]


HOLYROOD = """Ferry Services
Scottish Parliament | Official Report | Meeting of the Parliament, 4 November 2026

14:20
Ross Lindsay (Argyll and Bute) (SNP): To ask when the new ferry will enter service.
The Cabinet Secretary for Transport (Morag Baillie): The vessel will enter service in spring 2027.
Ross Lindsay: Islanders have heard that before.
The Presiding Officer (Anne Colquhoun): Order. We must move on.
"""


def test_a_holyrood_report_with_the_words_after_the_speaker():
    assert attributed.said(HOLYROOD) == [
        (
            "Ross Lindsay",
            "To ask when the new ferry will enter service.",
        ),
        ("Morag Baillie", "The vessel will enter service in spring 2027."),
        ("Ross Lindsay", "Islanders have heard that before."),
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Claire Dunmore (Halton Vale) (Lab)", ("Claire Dunmore", False)),
        ("Dr Nadia Farooq (Leeds Kirkgate) (LD)", ("Nadia Farooq", False)),
        ("Baroness Pelling of Wyke (LD)", ("Baroness Pelling of Wyke", False)),
        ("Sir Alan Whitby (Morley South) (Con)", ("Sir Alan Whitby", False)),
        ("The Prime Minister (Keir Lomax)", ("Keir Lomax", False)),
        ("The Minister of State, Department for Transport (Rhys Talbot)", ("Rhys Talbot", False)),
        ("Mr Speaker", ("Mr Speaker", True)),
        ("Madam Deputy Speaker", ("Madam Deputy Speaker", True)),
        ("The Presiding Officer", ("The Presiding Officer", True)),
        ("The Ceann Comhairle", ("The Ceann Comhairle", True)),
        # Near-misses: words, not who speaks.
        ("Punctuality on the line was 71% (down from 80%).", None),
        ("The line (which opened in 1841) is busy", None),
        ("Leeds (West Yorkshire)", ("Leeds", False)),
        ("Order.", None),
        ("Claire Dunmore", None),
    ],
)
def test_hansard_speaker_lines(line, expected):
    assert hansard.speaker_line(line, {}) == expected


DESCRIPT = """The Waiting Room, Episode 142: "Will the backlog ever clear?"
Published 5 November 2026 | Transcript generated by Descript, lightly edited.
Tom Adeyemi (00:00:04):
Hi everyone. I'm Tom, and today I'm joined by Dr Helen Osei, who runs elective recovery.
Speaker 2 (00:00:15):
Across our trust it's just over 84,000 people.
Tom Adeyemi (00:00:45):
Quick break. This episode is supported by Kindred Sleep: use code WAITING for 20% off.
Tom Adeyemi (00:01:41):
So what are you actually going to do about it?
Speaker 2 (00:01:50):
We will open the new surgical hub at Fellgate by the end of March.
Tom Adeyemi (00:02:25):
Helen Osei, thank you so much. See you next week.
"""

PANEL = """Night Desk, Episode 9
Riley Okafor  (00:00:02)
Welcome to Night Desk. My guests today are Ana Ruiz and Sam Lee.
Speaker 2  (00:00:09)
Hydrogen buses will be cheaper than diesel by 2030.
Speaker 3  (00:00:20)
I doubt it. Battery buses have already won.
"""

OTTER = """Speaker 1  00:03
Welcome back. With me today is Priya Raman, the council's transport lead.
Speaker 2  00:10
The tram extension will open in September 2027.
"""


def test_a_descript_export_reads_speaker_2_as_the_introduced_guest_with_a_remark():
    document = attributed.parsed(DESCRIPT)
    said = [(s.speaker, s.text, s.note) for s in document.statements if not s.narration]
    remark = "“Speaker 2” is read as Helen Osei, whom Tom Adeyemi introduces: check who speaks"
    assert [(who, text) for who, text, _ in said] == [
        ("Helen Osei", "Across our trust it's just over 84,000 people."),
        ("Tom Adeyemi", "So what are you actually going to do about it?"),
        ("Helen Osei", "We will open the new surgical hub at Fellgate by the end of March."),
    ]
    assert all(remark in note for who, _, note in said if who == "Helen Osei")


def test_two_introduced_guests_leave_the_generic_labels_asked_about():
    document = attributed.parsed(PANEL)
    said = [(s.speaker, s.note) for s in document.statements if not s.narration]
    assert [who for who, _ in said] == ["Speaker 2", "Speaker 3", "Speaker 3"]
    assert all("Ana Ruiz or Sam Lee?" in note for _, note in said)


def test_an_otter_export_with_generic_labels_only():
    assert attributed.said(OTTER) == [
        ("Priya Raman", "The tram extension will open in September 2027."),
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("today I'm joined by Dr Helen Osei, who runs elective recovery", ["Helen Osei"]),
        ("My guests today are Ana Ruiz and Sam Lee.", ["Ana Ruiz", "Sam Lee"]),
        ("Joining me now is Professor Ken Abara.", ["Ken Abara"]),
        ("With me today is Priya Raman, the council's transport lead.", ["Priya Raman"]),
        # Near-misses: no one introduced.
        ("We were joined by the wider team in March.", []),
        ("Our guest list is long this year.", []),
    ],
)
def test_introduced_guests(text, names):
    assert descript.introduced(text) == names


PRE_MATCH = """November 20, 2026
Marta Ruiz
Harbour City, England
Harbour City FC
Pre-Match Press Conference

THE MODERATOR: Afternoon, everyone. Marta is here ahead of tomorrow's derby against Westmoor.
Q. Marta, any update on Dion Clarke?
MARTA RUIZ: Dion had a scan on Wednesday and it's a grade two hamstring tear.
He'll definitely miss Boxing Day.
Q. Where do you see this team at Christmas? MARTA RUIZ: In the top six.
THE MODERATOR: Thanks, everyone.
FastScripts Transcript by ASAP Sports
"""

POST_MATCH = """November 21, 2026
Westmoor, England
Harbour City FC
Post-Match Press Conference
Marta Ruiz
Dion Clarke

Q. Marta, how do you sum that up?
MARTA RUIZ: We were the better side for eighty minutes.
We will appeal the red card.
Q. Dion, how is the hamstring?
DION CLARKE: It feels good. I'll be back training on Monday.
Q. Marta, the fans are asking about January?
MARTA RUIZ: We will sign a centre-back in January.
FastScripts Transcript by ASAP Sports
"""


def test_a_pre_match_press_conference_gives_the_answers_to_the_interviewee():
    assert attributed.said(PRE_MATCH) == [
        ("Marta Ruiz", "Dion had a scan on Wednesday and it's a grade two hamstring tear."),
        ("Marta Ruiz", "He'll definitely miss Boxing Day."),
        ("Marta Ruiz", "In the top six."),
    ]


def test_a_post_match_press_conference_with_two_interviewees():
    assert attributed.said(POST_MATCH) == [
        ("Marta Ruiz", "We were the better side for eighty minutes."),
        ("Marta Ruiz", "We will appeal the red card."),
        ("Dion Clarke", "It feels good."),
        ("Dion Clarke", "I'll be back training on Monday."),
        ("Marta Ruiz", "We will sign a centre-back in January."),
    ]


# Notes that look a little like these shapes and are none of them.
NEAR_MISSES = [
    # Notes opening with a place name line.
    "Harbour City, England\nMet the club's chairman.\n- The stadium will be sold by 2028.\n",
    # A list of names.
    "Marta Ruiz\nDion Clarke\nHelen Osei\n\nAll three think the league will expand by 2028.\n",
    # Notes that mention the House of Commons without its front matter.
    "House of Commons visit\nRhys Talbot (Transport) said the line will reopen in 2027.\n",
    # One timed speaker line: an export needs two.
    "Tom Adeyemi (00:00:04):\nRates will fall by June.\n",
    # A press conference's notes without "Q." questions.
    "Pre-Match Press Conference\nMarta Ruiz: We will sign a centre-back in January.\n",
    # A press conference's notes with "Q." questions, answers cued as notes are.
    "Pre-Match Press Conference\nQ. January?\nMarta Ruiz: We will sign a centre-back.\n",
    # An agenda's items with their times.
    "Standup (09:30):\n- Ana: ship the beta by Friday.\nRetro (16:00):\n- went well\n",
    # A meeting at a time, and a ratio.
    "Meeting at 10:30\nPlan: revenue doubles by 2028.\nRatio  3:1\n",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_are_read_as_notes(text):
    lines = text.splitlines()
    assert reshape(lines) is None
    assert press_conferences.reshape(lines) is None


def test_a_press_conferences_answer_keeps_the_question_it_answers():
    document = attributed.parsed(PRE_MATCH)
    answer = next(s for s in document.statements if s.text == "In the top six.")
    assert answer.asked == "Where do you see this team at Christmas?"
    assert all(s.narration for s in document.statements if s.speaker == "Q")


THREE_SPEAKERS = """Market Hours, Episode 31
Published 3 December 2026 | Transcript generated by Descript.
Nia Brooks (00:00:02):
Welcome back to Market Hours. My guests today are Omar Haddad and Lena Fischer.
Omar Haddad (00:00:11):
Thanks for having me. Copper will hit a record before the end of 2027.
Lena Fischer (00:00:20):
I doubt it. Chinese demand fell 6% this year.
Nia Brooks (00:00:31):
Omar, what would change your mind?
Omar Haddad (00:00:35):
A recession in Europe. We will publish our full outlook in January.
Nia Brooks (00:00:50):
Omar Haddad, Lena Fischer, thank you both. See you next week.
"""


def test_a_descript_export_with_three_named_speakers():
    document = attributed.parsed(THREE_SPEAKERS)
    said = [(s.speaker, s.text, s.timestamp) for s in document.statements if not s.narration]
    assert said == [
        ("Omar Haddad", "Thanks for having me.", "00:00:11"),
        ("Omar Haddad", "Copper will hit a record before the end of 2027.", "00:00:11"),
        ("Lena Fischer", "I doubt it.", "00:00:20"),
        ("Lena Fischer", "Chinese demand fell 6% this year.", "00:00:20"),
        ("Nia Brooks", "Omar, what would change your mind?", "00:00:31"),
        ("Omar Haddad", "A recession in Europe.", "00:00:35"),
        ("Omar Haddad", "We will publish our full outlook in January.", "00:00:35"),
    ]
