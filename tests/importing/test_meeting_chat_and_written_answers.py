"""Table tests: a Zoom meeting's transcript with its saved chat appended, as clerks publish
a board's, a council's or a committee's meeting; and a UK Parliament written question with
its answer, as copied from the Parliament site. Each imports without a default speaker. A
meeting's turn is its bracketed or stamped speaker's, without the office before the name;
a chat message is its sender's; the meeting's particulars, the cues, the chat's heading,
Zoom's notices, direct messages and the chair's procedure are no claims. A written answer's
lines are the answering Minister's; the question asks and the page's particulars are no
claims. Near misses (a saved chat alone, a stamped transcript without a chat, notes with one
bracketed line, a Lords question with no written answer, a help desk's "Asked by" page) read
as before."""

import datetime

import pytest

from claims.choices import DatePrecision
from claims.importing import shaped, written_answers, zoom_meetings
from claims.importing.services import ImportOptions, SourceChoice, import_plan

LIBRARY_BOARD = """Lakeshore County Library Board — Special Meeting
Zoom cloud recording — transcript and chat
Meeting ID: 901 3321 4410   Date: Thursday, April 9, 2026

[Chair Rosalind Ferreira] 00:00:03
Good evening, I call this meeting to order at 7:02. We have a quorum.

[Library Director Tomasz Wieczorek (Host)] 00:00:41
Circulation rose 9% in 2025.

We will open the Eastgate branch on Saturdays starting June 6.

[iPad (2)] 00:03:00
The levy will fail in November.

[Chair Rosalind Ferreira] 00:04:12
Thank you. We'll move to public comment. Mr. Abara, you have two minutes.

Meeting chat
19:05:12 From  Jun Hasegawa  to  Everyone:
\tAgenda: https://lakeshore.example/agenda.pdf
19:06:40 From  Jun Hasegawa  to  Everyone:
\tThe Eastgate roof was replaced in 2024.
19:07:02 From  Rosalind Ferreira  to  Jun Hasegawa(Direct Message):
\tThe budget will be cut by 10% next year.
19:07:30 From  Mara Lindqvist  to  Everyone:
\tReacted to "The Eastgate roof wa..." with 👍
19:08:01 From  Mara Lindqvist  to  Everyone:
\tReplying to "The Eastgate roof wa..."
\tIt leaked again last winter though.
19:09:15 From  Mara Lindqvist  to  Everyone:
\tsorry, you're on mute
"""

HARBOUR_COUNCIL = """Harbour Town Council — Planning Committee (Zoom)
00:00:05 Councillor Bea Santos: Welcome everyone. We have a quorum.
00:01:10 Councillor Bea Santos: The ferry terminal will reopen in August 2026.
00:02:44 Idris Kamara (resident): Parking fees doubled this year.

Chat
18:02:11 From Lena Fox to Everyone:
\tThe harbour wall will not survive another winter.
18:03:40 From Lena Fox to Everyone:
\t👍
"""

WATER_BOARD = """Valley Water District — Board Workshop
[Board Vice Chair Emeka Obi] 00:00:10
Rates rose 6% in 2025.
[Trustee Sofia Marchetti] 00:01:02
I expect the reservoir to be full by March 2027.
---- Saved chat (meeting_saved_chat.txt) ----
20:11:09\t From  Wen Li : Groundwater fell two feet last summer.
20:12:30\t From  Wen Li : hard to hear the trustee
"""


def _by_line(text: str) -> dict[int, list[tuple[str, str]]]:
    """Line → (speaker, quote) of every candidate, imported without a default speaker."""
    source = SourceChoice(
        title="meeting.txt", published_on=datetime.date(2026, 4, 9), precision=DatePrecision.DAY
    )
    plan = import_plan(
        data=text.encode(), file_name="meeting.txt", options=ImportOptions(source=source)
    )
    found: dict[int, list[tuple[str, str]]] = {}
    for candidate in plan.candidates:
        found.setdefault(candidate.statement.line, []).append(
            (candidate.speaker.name, candidate.quote)
        )
    return found


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            LIBRARY_BOARD,
            {
                9: "Tomasz Wieczorek",  # the office before the name and "(Host)" dropped
                11: "Tomasz Wieczorek",  # a paragraph of the same turn
                23: "Jun Hasegawa",  # a chat message is its sender's
                30: "Mara Lindqvist",  # the reply below Zoom's "Replying to" line
            },
            id="bracketed-cues-and-saved-chat",
        ),
        pytest.param(
            HARBOUR_COUNCIL,
            {3: "Bea Santos", 4: "Idris Kamara", 8: "Lena Fox"},
            id="stamped-cues-and-saved-chat",
        ),
        pytest.param(
            WATER_BOARD,
            {3: "Emeka Obi", 5: "Sofia Marchetti", 7: "Wen Li"},
            id="older-chat-layout",
        ),
    ],
)
def test_turns_and_chat_messages_are_their_speakers(text, expected):
    found = _by_line(text)
    for line, speaker in expected.items():
        assert line in found, line
        assert {name for name, _ in found[line]} == {speaker}, line


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "quiet"),
    [
        # The title, the particulars, the cues, the chair's procedure, the chat's heading,
        # a labelled link, a direct message, a reaction, a reply's notice, sound trouble.
        pytest.param(
            LIBRARY_BOARD,
            {1, 2, 3, 5, 6, 8, 16, 17, 19, 20, 21, 24, 25, 26, 27, 28, 29, 31, 32},
            id="library",
        ),
        pytest.param(HARBOUR_COUNCIL, {1, 2, 6, 7, 9, 10}, id="harbour"),
        pytest.param(WATER_BOARD, {1, 2, 4, 6, 8}, id="water"),
    ],
)
def test_particulars_cues_notices_and_procedure_are_no_claims(text, quiet):
    found = _by_line(text)
    assert not quiet & set(found), sorted(quiet & set(found))


@pytest.mark.django_db
def test_a_sender_shown_by_a_device_is_never_named():
    found = _by_line(LIBRARY_BOARD)
    assert all(name != "iPad (2)" for name, _ in found.get(14, []))
    assert zoom_meetings.speaker_name("iPad (2)") == zoom_meetings.UNNAMED


@pytest.mark.parametrize(
    ("shown", "name"),
    [
        ("Board President Linda Marsh", "Linda Marsh"),
        ("Student Board Member Ava Lin", "Ava Lin"),
        ("Ana Ruiz (she/her)", "Ana Ruiz"),
        ("Trustee Ruiz", "Trustee Ruiz"),  # a surname alone keeps its office
        ("Paul Mayer", "Paul Mayer"),
        ("+1 415 555 0100", zoom_meetings.UNNAMED),
    ],
)
def test_speaker_name_drops_the_office_not_the_name(shown, name):
    assert zoom_meetings.speaker_name(shown) == name


@pytest.mark.parametrize(
    ("sentence", "runs"),
    [
        ("Call to order at 6:31.", True),
        ("We'll move to public comment.", True),
        ("Ms. Abara, you have three minutes.", True),
        ("We are adjourned.", True),
        ("can you turn up the mic for the chair?", True),
        ("Minutes: https://example.org/minutes.pdf", True),
        ("We'll move the bus depot by 2027.", False),
        ("The library will be adjourned to a new site in 2027.", False),
        ("Turnout at the hearing was low.", False),
    ],
)
def test_sentences_that_only_run_the_meeting(sentence, runs):
    assert zoom_meetings.running(sentence) is runs


SAVED_CHAT_ALONE = """18:01:47 From Dan Whitfield to Everyone:
\tThe bypass will open in May.
18:02:10 From Priya Shah to Everyone:
\tRents rose 8% last year.
18:03:15 From Dan Whitfield to Everyone:
\tThanks all
"""

STAMPED_WITHOUT_CHAT = """Budget call
00:12:31 Tomas Berg: The library will close on Sundays from March.
00:13:02 Ana Ruiz: Footfall rose 12% last year.
"""

ONE_BRACKETED_LINE = """[Ana Ruiz] 10:02
Ana said the market will turn by June.
Then we talked about hiring.
"""

ITINERARY = """Trip plan
09:15 From King's Cross to Edinburgh:
11:40 Arrive Waverley: taxi to the hotel.
14:00 Meeting with the board: budget review.
"""


@pytest.mark.parametrize(
    "text", [SAVED_CHAT_ALONE, STAMPED_WITHOUT_CHAT, ONE_BRACKETED_LINE, ITINERARY]
)
def test_near_misses_are_no_zoom_meeting(text):
    lines = text.splitlines()
    assert zoom_meetings.reshape(lines) is None
    assert shaped.reshape(lines) is None


BUS_ROUTES = """Written questions, answers and statements
Home > Written questions and answers > UIN 20417

Bus Services: Rural Areas
Question for Department for Transport
UIN 20417, tabled on 4 March 2026

Asked by Marta Kowalska
(Labour - Eastbrook and Fenwick)

To ask the Secretary of State for Transport, how many rural bus routes were withdrawn in 2025; and if she will make a statement.

Answered on
12 March 2026

Answered by Owen Pritchard
Parliamentary Under-Secretary of State (Department for Transport)

The number of rural bus routes fell by 4% in 2025.

We will publish a rural connectivity plan by the end of 2026.

This question was answered on 12 March 2026
Grouped questions: UIN 20418
Related documents
Rural bus statistics 2025 (PDF, 300 KB)
"""  # noqa: E501

LISTING = """Written questions and answers
Showing 1-2 out of 2
Q
Asked by Lord Hale
Asked on: 02 June 2026
Department for Education
Teachers: Recruitment
Lords
To ask His Majesty's Government how many trainee teachers began courses in 2025.
A
Answered by: Baroness Lind
Answered on: 16 June 2026

Recruitment to initial teacher training rose 7% in 2025.
I expect the target for secondary trainees to be met next year.

Q
Asked by Priya Dale
(Northmoor)
Asked on: 03 June 2026
Department for Education
Schools: Heating
Commons
To ask the Secretary of State for Education, what estimate she has made of the cost of replacing school boilers.
A
Answered by: Tom Ashworth
Answered on: 17 June 2026

Replacing all school boilers would cost around £1.2 billion.
"""  # noqa: E501


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "expected", "quiet"),
    [
        pytest.param(
            BUS_ROUTES,
            {19: "Owen Pritchard", 21: "Owen Pritchard"},
            # The chrome, heading, department, UIN, Members, question, dates, office, footer.
            set(range(1, 19)) | set(range(22, 28)),
            id="question-page",
        ),
        pytest.param(
            LISTING,
            {14: "Baroness Lind", 15: "Baroness Lind", 29: "Tom Ashworth"},
            set(range(1, 14)) | set(range(16, 29)),
            id="older-listing-of-two",
        ),
    ],
)
def test_the_answer_is_the_ministers_and_the_rest_no_claim(text, expected, quiet):
    found = _by_line(text)
    for line, speaker in expected.items():
        assert line in found, line
        assert {name for name, _ in found[line]} == {speaker}, line
    assert not quiet & set(found), sorted(quiet & set(found))


def test_the_question_is_read_as_a_question():
    lines = written_answers.reshape(BUS_ROUTES.splitlines()).lines
    assert lines[10].startswith("Q: To ask the Secretary of State for Transport")
    assert lines[7] == lines[16] == ""  # the asking Member, the answering Minister's office


LORDS_ORAL_QUESTION = """House of Lords
Rail Fares
Question
Asked by Lord Hale
To ask His Majesty's Government what plans they have to cap rail fares in 2027.
Baroness Lind: My Lords, fares will be frozen until March 2027.
"""

HELP_DESK = """Ticket 4471: printer offline
Asked by: Sam Reid
Asked on: 3 May 2026
Answered by: Dana Ko
The printer on floor 2 was replaced last week.
"""


@pytest.mark.parametrize("text", [LORDS_ORAL_QUESTION, HELP_DESK])
def test_pages_that_are_no_written_answer_read_as_before(text):
    lines = text.splitlines()
    assert written_answers.reshape(lines) is None
    assert shaped.reshape(lines) is None
