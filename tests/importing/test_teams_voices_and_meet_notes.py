"""Teams caption voices written from a directory, and Google Meet's notes by Gemini.

Teams writes a voice as the speaker's directory name ("Surname, Given", "Name | Org",
"Name (External)"); Gemini's notes document puts its own summary above the meeting's
transcript. Each row gives the layout, what it must read as, and why.
"""

import datetime

import pytest

from claims.choices import DatePrecision
from claims.importing import meet_notes
from claims.importing.directory_names import directory_name, surname_first
from claims.importing.services import ImportOptions, SourceChoice, import_plan


def _plan(text: str, name: str, published: datetime.date):
    source = SourceChoice(title=name, published_on=published, precision=DatePrecision.DAY)
    return import_plan(data=text.encode(), file_name=name, options=ImportOptions(source=source))


def _by_line(text: str, name: str, published: datetime.date) -> dict[int, set[str]]:
    """Line → the speakers of its candidates (no default speaker)."""
    found: dict[int, set[str]] = {}
    for candidate in _plan(text, name, published).candidates:
        found.setdefault(candidate.statement.line, set()).add(candidate.speaker.name)
    return found


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        # A directory's "Surname, Given", as Teams shows an organisation's accounts.
        ("Okafor, Adaeze", ("Adaeze Okafor", "")),
        ("Nyström-Berg, Sigrid", ("Sigrid Nyström-Berg", "")),
        ("van der Meer, Joost", ("Joost van der Meer", "")),
        ("Quist, Hanne M.", ("Hanne M. Quist", "")),
        # The organisation after a bar, or in brackets after the reordered name.
        ("Hamid Rostami | Kestrel Freight", ("Hamid Rostami", "Kestrel Freight")),
        ("Rostami, Hamid | Kestrel Freight", ("Hamid Rostami", "Kestrel Freight")),
        ("Okafor, Adaeze (Northgate Trust)", ("Adaeze Okafor", "Northgate Trust")),
        # What Teams says about the account is neither name nor affiliation.
        ("Ines Barros (External)", ("Ines Barros", "")),
        ("Ines Barros (Unverified)", ("Ines Barros", "")),
        ("Barros, Ines (she/her)", ("Ines Barros", "")),
        # Near misses: a firm, a company's suffix, a room, a role or an acronym after the
        # comma, a name with its employer: not a directory's person.
        ("Hale, Jones & Partners", None),
        ("Brightwater, Inc.", None),
        ("Boardroom, Level 3", None),
        ("Osei, Chair", None),
        ("Osei, CFO", None),
        ("Kwame Osei, Brightwater", None),
        ("Kwame Osei (Brightwater)", None),
        ("Finance Team | Brightwater", None),
        ("Kwame Osei", None),
    ],
)
def test_a_directory_label_names_its_person(label, expected):
    assert directory_name(label) == expected


def test_a_comma_that_joins_more_than_a_surname_and_given_names_is_no_reordering():
    assert surname_first("Osei, Kwame, Brightwater") == ""
    assert surname_first("Hale Morrow, Ada") == ""
    assert surname_first("Osei, Kwame Ato Mensah") == ""


TEAMS = """WEBVTT

3b7e2c91-1f4d-4a8e-9c55-0d2e6f7a8b90/4-0
00:00:02.100 --> 00:00:06.400
<v Halvorsen, Ingrid>Thanks for joining. The harbour ferry will move to electric boats by 2028.</v>

3b7e2c91-1f4d-4a8e-9c55-0d2e6f7a8b90/7-0
00:00:07.000 --> 00:00:12.300
<v Kwame Osei | Brightwater>Our crossings rose by 9 per cent last year.</v>

3b7e2c91-1f4d-4a8e-9c55-0d2e6f7a8b90/9-0
00:00:12.900 --> 00:00:18.000
<v Lucía Ferrer (Guest)>We will publish the new timetable in May.</v>

3b7e2c91-1f4d-4a8e-9c55-0d2e6f7a8b90/12-0
00:00:18.500 --> 00:00:24.000
<v Halvorsen, Ingrid (External)>Ticket prices will rise next spring.</v>

3b7e2c91-1f4d-4a8e-9c55-0d2e6f7a8b90/15-0
00:00:24.500 --> 00:00:30.000
<v Ferrer, Lucía (Guest)>The new pier will open in 2027.</v>

3b7e2c91-1f4d-4a8e-9c55-0d2e6f7a8b90/18-0
00:00:30.500 --> 00:00:36.000
<v Hale, Jones & Partners>Our audit found the fleet costs rose by 4 per cent.</v>
"""


@pytest.mark.django_db
def test_teams_voices_are_the_people_their_directory_names_are():
    found = _by_line(TEAMS, "ferry_board.vtt", datetime.date(2026, 9, 14))
    assert found[5] == {"Ingrid Halvorsen"}  # "Halvorsen, Ingrid"
    assert found[9] == {"Kwame Osei"}  # "| Brightwater" is his organisation
    assert found[13] == {"Lucía Ferrer"}  # "(Guest)" is a role
    assert found[17] == {"Ingrid Halvorsen"}  # the same person, "(External)" or not
    assert found[21] == {"Lucía Ferrer"}  # "Ferrer, Lucía (Guest)"
    # A firm's label is no person's: kept as written, never reordered into a name.
    assert found[25] == {"Hale, Jones & Partners"}


@pytest.mark.django_db
def test_an_organisation_after_a_bar_is_a_remark_for_the_curator():
    plan = _plan(TEAMS, "ferry_board.vtt", datetime.date(2026, 9, 14))
    notes = [c.statement.note for c in plan.candidates if c.statement.line == 9]
    assert notes
    assert all("Brightwater" in note for note in notes)


GEMINI = """📝 Notes
Mar 4, 2026
Harbour trail works - 2026/03/04 15:00 CET - Notes by Gemini
Invited Olu Bakare Sigrid Nyström Tamsin Greaves
Attachments Harbour trail works
Meeting records Transcript Recording
Summary
Olu Bakare, Sigrid Nyström and Tamsin Greaves reviewed the trail works and agreed next steps.
Details
Surfacing: Olu Bakare said the surfacing will finish in April (00:03:10).
Closures: Tamsin Greaves expects the north path to close for two weeks in June (00:09:44).
Suggested next steps
[Sigrid Nyström] Ask the rangers about the closure dates.
Tamsin Greaves will send the contractor's schedule by Friday.
You should review Gemini's notes to make sure they're accurate. \
Get tips and learn how Gemini takes notes
Please provide feedback about using Gemini to take notes in a short survey.
📖 Transcript
Mar 4, 2026
Harbour trail works - Transcript
00:00:00
Sigrid Nyström: Hi both. Shall we start?
Olu Bakare: Sure.
00:03:10
Olu Bakare: The surfacing will finish in April.
Tamsin Greaves: The north path will close for two weeks in June.
Sigrid Nyström: I'll ask the rangers about the closure dates.
Meeting ended after 00:24:03 👋
This editable transcript was computer generated and might contain errors. \
People can also change the text after it was created.
"""


@pytest.mark.django_db
def test_gemini_notes_propose_only_the_transcripts_turns():
    found = _by_line(GEMINI, "trail_works.txt", datetime.date(2026, 3, 4))
    # The summary, the details and the suggested steps (lines 1-18) are Gemini's: none is
    # proposed, though they name who said what.
    assert all(line > 21 for line in found), found
    assert found[24] == {"Olu Bakare"}
    assert found[25] == {"Tamsin Greaves"}
    assert found[26] == {"Sigrid Nyström"}


def test_gemini_notes_keep_their_line_count_and_blank_the_tools_lines():
    lines = GEMINI.splitlines()
    shaped = meet_notes.reshape(lines)
    assert shaped is not None
    assert len(shaped.lines) == len(lines)
    assert not any(shaped.lines[:20])  # everything above the first time mark
    assert shaped.lines[20] == "Sigrid Nyström: Hi both. Shall we start?"
    assert shaped.lines[22] == ""  # a time mark
    assert shaped.lines[-2:] == ("", "")  # the tool's notices
    assert len(shaped.people) == 3


def test_gemini_notes_without_a_transcript_propose_nothing():
    notes = GEMINI.split("📖 Transcript", maxsplit=1)[0].splitlines()
    shaped = meet_notes.reshape(notes)
    assert shaped is not None
    assert not any(shaped.lines)


def test_gemini_notes_above_meets_older_transcript_keep_its_attendees():
    text = (
        "Budget sync - Notes by Gemini\n"
        "Summary\n"
        "Rui Costa expects the grant to be approved.\n"
        "Budget sync - 2026/05/12 10:00 BST - Transcript\n"
        "Attendees\n"
        "Rui Costa, Ines Duarte\n"
        "Transcript\n"
        "This editable transcript was computer generated and might contain errors.\n"
        "00:00:00\n"
        "Rui Costa: The grant will be approved in June.\n"
    )
    shaped = meet_notes.reshape(text.splitlines())
    assert shaped is not None
    assert shaped.lines[:4] == ("", "", "", "")
    assert shaped.lines[4:6] == ("Attendees", "Rui Costa, Ines Duarte")
    assert shaped.lines[9] == "Rui Costa: The grant will be approved in June."


@pytest.mark.parametrize(
    "text",
    [
        # Meet's own transcript, without Gemini's notes: read as before.
        "Budget sync - 2026/05/12 10:00 BST - Transcript\nAttendees\nRui Costa, Ines Duarte\n"
        "Transcript\n00:00:00\nRui Costa: The grant will be approved in June.\n",
        # Someone's own notes with the same headings, about Gemini, signed by nobody's tool.
        "Gemini rollout - notes by Ines\nSummary\nWe reviewed Gemini for the team.\n"
        "Suggested next steps\nInes Duarte: We will switch on Gemini in May.\n",
        # A transcript that quotes the disclaimer mid-line, not as the tool's line.
        "00:00:00\nRui Costa: Gemini says you should review Gemini's notes, ha.\n"
        "Ines Duarte: The grant will be approved in June.\n",
    ],
)
def test_documents_of_other_shapes_are_not_read_as_gemini_notes(text):
    assert meet_notes.reshape(text.splitlines()) is None
