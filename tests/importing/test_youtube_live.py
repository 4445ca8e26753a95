"""Table tests: a YouTube live stream's page copied with its transcript and its live chat
replay, and the words a stream's host says running it.

The page's chrome is nobody's; a transcript turn (">>" marks a new voice) goes to who speaks
only when its own words introduce them as the project reads introductions, else to one
placeholder a turn, asked; a chat message is its chatter's "@handle", asked. The "Streamed
live on …" day dates the lines. Near misses (a talk page, a transcript without the page's
header, notes that mention a live stream) read as before."""

import datetime

import pytest

from claims.choices import DatePrecision
from claims.importing import youtube_live
from claims.importing.classify import classify
from claims.importing.services import ImportOptions, SourceChoice, import_plan
from claims.importing.stream_host import hosts_procedure

STREAM = """Millbrook Library Board LIVE: Budget Town Hall
Millbrook Public Library · 812 subscribers
436 views  Streamed live on March 3, 2026

Transcript
0:00 [Music]
0:04 hi everyone and welcome to the millbrook library board's budget town hall
0:09 i'm tomasz wieczorek i run outreach here at the library
0:13 >> thanks tomasz happy to be here
0:16 >> so let's start with the big one when do the sunday hours come back
0:20 >> the sunday hours come back on april 4th
0:24 and we will repaint the children's room by the end of june
── Live chat replay ──
Agnes Pirelli  the east branch was closed three saturdays in a row last month
Millbrook Public Library 🔧  Great question Agnes, we'll get to it soon!
Ravi Anand  ok thanks that's a relief
0:40 >> okay so we've got a lot of questions coming in about parking
0:44 >> the new lot opens in may
0:48 >> all right that's all the time we have thank you everyone for joining
0:52 [Music]
"""

CAPITALISED = """Riverside Council Streams
Riverside Council · 2.1K subscribers
90 views  Streamed live on 14 June 2026

Show transcript
0:03 Good evening. I'm Nadia Rahman, and this is Council Live.
0:08 Tonight the ferry timetable is on the table.
0:12 >> The ferry will run every 20 minutes from September.
"""

TIME_ALONE = """Harbour Talks
1,020 views  Streamed live on May 2, 2026
Transcript
0:05
hi everyone
0:09
the harbour wall will be finished by october
0:13
13 seconds
>> the dredging starts next spring
Top chat replay
@reed.warbler the dredging was promised for 2024 too
"""

NOT_LIVE = """Notes from the budget meeting
We watched the board's live stream; the board said the lot opens in May.
Transcript
0:04 the sunday hours come back on april 4th
0:08 the lot opens in may
0:12 the repaint is done by june
"""

NO_HEADER = """Transcript
0:04 the sunday hours come back on april 4th
0:08 >> the lot opens in may
0:12 >> the repaint is done by june
"""


def _plan(text: str, published: datetime.date | None = None):
    source = SourceChoice(title="stream", published_on=published, precision=DatePrecision.DAY)
    options = ImportOptions(source=source)
    return import_plan(data=text.encode(), file_name="stream.txt", options=options)


def _by_line(text: str) -> dict[int, set[str]]:
    """Line → the speakers of its candidates, imported without a default speaker."""
    found: dict[int, set[str]] = {}
    for candidate in _plan(text).candidates:
        found.setdefault(candidate.statement.line, set()).add(candidate.speaker.key)
    return found


@pytest.mark.django_db
def test_a_streams_turns_are_asked_and_its_chat_is_each_handles():
    found = _by_line(STREAM)
    # Each ">>" turn nobody introduces goes to its own placeholder, asked; a chatter is their
    # handle, never read as a name.
    assert found == {11: {"Speaker 2"}, 12: {"Speaker 2"}, 14: {"Agnes Pirelli"}, 18: {"Speaker 3"}}
    plan = _plan(STREAM)
    assert all(candidate.speaker.unsure for candidate in plan.candidates)
    chat = next(c for c in plan.candidates if c.statement.line == 14)
    assert "“@Agnes Pirelli” is an account's name in a chat" in chat.speaker.unsure_remark
    dates = {c.statement.line: c.deadline for c in plan.candidates}
    assert dates[12] == datetime.date(2026, 6, 30)  # "by the end of june" after the stream


def test_a_streams_turns_one_question_each():
    shaped = youtube_live.reshape(STREAM.splitlines())
    assert shaped.lines[8] == "Speaker 1: thanks tomasz happy to be here"
    assert shaped.lines[10] == "Speaker 2: the sunday hours come back on april 4th"
    assert shaped.lines[11].startswith("Speaker 2: and we will repaint")  # the same turn
    assert "0:20" in shaped.notes[12]
    assert shaped.lines[13].startswith("@Agnes Pirelli: the east branch")
    assert "account's handle" in shaped.notes[14]
    assert shaped.days[11] == datetime.date(2026, 3, 3)


def test_a_streams_page_chrome_and_the_hosts_procedure_are_nobodys():
    shaped = youtube_live.reshape(STREAM.splitlines())
    blank = [number for number, line in enumerate(shaped.lines, start=1) if not line]
    # The page (1-5, but for its day), sound tags (6, 20), the welcome (7), the host naming
    # themselves (8), a question without its mark (10), the chat's heading (13), the
    # moderator's housekeeping (15), a reaction (16), relaying the chat (17) and the closing.
    assert blank == [1, 2, 4, 5, 6, 7, 8, 10, 13, 15, 16, 17, 19, 20]
    assert shaped.lines[2] == "March 3, 2026"


def test_a_turn_that_introduces_its_speaker_is_theirs():
    shaped = youtube_live.reshape(CAPITALISED.splitlines())
    assert shaped.lines[5] == ""  # the introduction itself
    assert shaped.lines[6] == "Nadia Rahman: Tonight the ferry timetable is on the table."
    # The next voice is not hers: asked.
    assert shaped.lines[7] == "Speaker 1: The ferry will run every 20 minutes from September."
    assert "own introduction" in shaped.notes[7]
    assert set(shaped.days.values()) == {datetime.date(2026, 6, 14)}


def test_a_time_alone_on_its_line_times_the_words_below():
    shaped = youtube_live.reshape(TIME_ALONE.splitlines())
    assert shaped.lines[4] == ""
    assert shaped.lines[6] == "Speaker 1: the harbour wall will be finished by october"
    assert shaped.lines[8] == ""  # the time as the panel speaks it
    assert shaped.lines[9] == "Speaker 2: the dredging starts next spring"
    assert "0:13" in shaped.notes[10]
    assert shaped.lines[11] == "@reed.warbler: the dredging was promised for 2024 too"


@pytest.mark.parametrize("text", [NOT_LIVE, NO_HEADER])
def test_documents_without_a_streams_page_are_not_read_as_one(text):
    assert youtube_live.reshape(text.splitlines()) is None


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("Agnes Pirelli  the branch was closed", ("Agnes Pirelli", "the branch was closed", False)),
        ("Millbrook Library 🔧  Great question!", ("Millbrook Library", "Great question!", True)),
        ("1:02 @ravi.anand  the lot is full again", ("ravi.anand", "the lot is full again", False)),
        ("0:26 the new network launches on sunday", None),
        ("0:26 >> the new  network launches", None),
        ("@reed.warbler the lot is full", ("reed.warbler", "the lot is full", False)),
        ("the board met on tuesday", None),
    ],
)
def test_a_chat_replays_message(line, message):
    assert youtube_live.chat_message(line) == message


def test_the_streamed_day():
    assert youtube_live.streamed_on(["x", "1,204 views  Streamed live on May 20, 2026"]) == (
        1,
        datetime.date(2026, 5, 20),
    )
    assert youtube_live.streamed_on(["Streamed live 3 hours ago"]) == (0, None)
    assert youtube_live.streamed_on(["We streamed it live on Tuesday"]) is None


@pytest.mark.parametrize(
    ("text", "procedure"),
    [
        ("hi everyone and welcome to the harbour council's live q&a", True),
        ("i'm tomasz wieczorek i run outreach here at the library", True),
        ("so let's start with the big one when do the sunday hours come back", True),
        ("and what about parking what are you expecting", True),
        ("okay so we've got a lot of questions coming in about parking", True),
        ("priya's asking about paper schedules", True),
        ("all right that's all the time we have thank you everyone for joining", True),
        # Claims, and captions with their capitals, stay.
        ("welcome to a year where fares will fall", False),
        ("i'm pretty sure fares will fall", False),
        ("i'm very optimistic", False),
        ("when does it open we think by 2027", False),
        ("the sunday hours come back on april 4th", False),
        ("So when does the tram open?", False),
    ],
)
def test_a_stream_hosts_procedure(text, procedure):
    assert hosts_procedure(text) is procedure


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("honestly this redesign feels like a downgrade for the east side", "opinion"),
        ("It looks like a step backwards for riders.", "opinion"),
        ("frequency over coverage every time, good call BRT", "opinion"),
        ("It feels like a bus lane now.", "factual"),
    ],
)
def test_impressions_and_a_chats_verdict_are_opinions(text, kind):
    assert classify(text) == kind


# A panel's auto-generated transcript copied from a video page's transcript panel: the time
# alone above caption lines that wrap, ">>" at each new voice, names heard only in lower case,
# and the people the description credits in full.
PANEL = """Lightning Panel: Heat After Gas | Nordvale Energy Week 2026
1,962 views  Streamed live on Mar 19, 2026
Moderator: Gideon Achterberg. Panelists: Priya Dasgupta-Wren (CEO, Halvern Heat) and Tomas Eberhardt (founder, Eberhardt Thermal).
Transcript
00:00
[music]
00:07
>> okay are we live? i'm gideon achterberg i'll be moderating
00:47
i think the heat tariff cap passes before
the regional election on september thirteenth
01:00
okay priya the dockside plant where are we
01:04
>> thanks gideon so the dockside plant is the big one for us
we got the final permit in january
and we'll have the first unit running by december
01:46
>> the harbour wall is tomas's favourite
01:49
>> no no I'm not disagreeing with any of that
Related videos
Heat pumps explained
"""  # noqa: E501


def test_a_panels_turns_go_to_who_introduces_themself_or_is_asked_by_first_name():
    shaped = youtube_live.reshape(PANEL.splitlines())
    said = {line.split(": ", 1)[1]: line.split(": ", 1)[0] for line in shaped.lines if ": " in line}
    assert said["i think the heat tariff cap passes before"] == "Gideon Achterberg"
    # A caption line that goes on from one ending no sentence, under the same time.
    assert said["the regional election on september thirteenth"] == "Gideon Achterberg"
    assert said["and we'll have the first unit running by december"] == "Priya Dasgupta-Wren"
    assert "asked by first name" in shaped.notes[16]
    # Near misses: a first name inside a sentence ("is tomas's favourite"), and a turn after a
    # turn that asked nobody, stay asked about.
    assert said["the harbour wall is tomas's favourite"].startswith("Speaker")
    assert said["no no I'm not disagreeing with any of that"].startswith("Speaker")
    # The page below the transcript is nobody's.
    assert "Heat pumps explained" not in said


def test_a_sound_tag_under_two_times_is_no_telegram_channel():
    from claims.importing import telegram

    assert telegram.reshape(PANEL.replace("01:49", "00:00\n[music]").splitlines()) is None
