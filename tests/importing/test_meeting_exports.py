"""Saved meeting transcripts: Google Meet's attendees list and notices, Teams' and Otter's
notices; and a transcription tool's generic label named by the next speaker after its turn."""

import datetime

import pytest

from claims.importing.descript import _cue, _named_after
from claims.importing.meeting_exports import listing_heading, tool_notice
from claims.importing.plans import ImportOptions, SourceChoice
from claims.importing.services import import_plan

D = datetime.date

MEET = """\
# Ops weekly sync - 2026/06/03 09:58 EDT - Transcript

## Attendees

Grace Mbeki-Thornton, Hannah Kowalczyk, Luis Fernandes

## Transcript

This editable transcript was computer generated and might contain errors.

00:00:00

Grace Mbeki-Thornton: Morning all.
Luis Fernandes: We'll have acceptance testing finished on every unit by the end of July.
Hannah Kowalczyk: The mailer will be in every household by September 25th.

### Meeting ended after 00:31:47 👋
"""

MEET_PLAIN = MEET.replace("# ", "").replace("#", "")


@pytest.mark.django_db
@pytest.mark.parametrize("text", [MEET, MEET_PLAIN], ids=["markdown", "text"])
def test_a_meet_transcript_is_read_with_its_attendees_and_without_its_notices(text):
    plan = import_plan(
        data=text.encode(),
        file_name="meet.md" if text is MEET else "meet.txt",
        options=ImportOptions(source=SourceChoice(title="Ops sync", published_on=D(2026, 6, 3))),
    )
    got = [(c.statement.line, c.speaker.name, c.kind, c.deadline) for c in plan.candidates]
    assert got == [
        (14, "Luis Fernandes", "commitment", D(2026, 7, 31)),
        (15, "Hannah Kowalczyk", "prediction", D(2026, 9, 25)),
    ]


@pytest.mark.parametrize(
    "text",
    ["Attendees", "Attendees:", "Participants", "**Present**", "In attendance", "Invited"],
)
def test_a_heading_over_the_attendees(text):
    assert listing_heading(text)


@pytest.mark.parametrize(
    "text",
    ["Attendees: Ana Ruiz, Tom Lee", "Attendance figures", "Present value of the scheme"],
)
def test_no_heading_over_attendees(text):
    assert not listing_heading(text)


@pytest.mark.parametrize(
    "text",
    [
        "This editable transcript was computer generated and might contain errors. People can"
        " also change the text after it was created.",
        "Meeting ended after 00:31:47 👋",
        "Meeting ended after 1:02:03",
        "Ana Ruiz started transcription",
        "Ana Ruiz stopped transcription",
        "Transcribed by https://otter.ai",
        "Recording started.",
        "Transcription stopped by Tom Lee",
    ],
)
def test_a_meeting_tools_notice(text):
    assert tool_notice(text)


@pytest.mark.parametrize(
    "text",
    [
        "The meeting ended after two hours with no agreement.",
        "Recording studios will close by 2027.",
        "We started transcription of the archive last year.",
    ],
)
def test_no_meeting_tools_notice(text):
    assert not tool_notice(text)


REV = """\
Town Hall - 19 February 2026 (Audio).mp3
This transcript was exported on Feb 23, 2026 - view latest version here.

Helen Aberdare (00:00:04):
Good evening, everyone. The gentleman in the green jacket, yes, you.

Speaker 3 (00:02:52):
I think the 400 figure is a fantasy. You won't hit half of that before 2028.

Helen Aberdare (00:03:15):
For the record, that was Daniel Okafor from the Collier Tenants' Association.

Speaker 3 (00:03:40):
The Collier refurb was meant to be done last autumn.

Speaker 4 (00:03:58):
I heard the fund will be scrapped.

Helen Aberdare (00:04:49):
Thank you. Next question.
"""


@pytest.mark.django_db
def test_a_generic_label_named_after_its_turn_is_that_person_with_a_remark():
    plan = import_plan(
        data=REV.encode(),
        file_name="town-hall.txt",
        options=ImportOptions(
            source=SourceChoice(title="Town hall", published_on=D(2026, 2, 19)),
            speakers={"Speaker 4": "Ana Ruiz"},
        ),
    )
    by_line = {c.statement.line: c for c in plan.candidates}
    assert by_line[8].speaker.name == "Daniel Okafor"
    assert by_line[14].speaker.name == "Daniel Okafor"
    assert any("“Speaker 3” is read as Daniel Okafor" in r for r in by_line[8].remarks)
    assert by_line[17].speaker.name == "Ana Ruiz"  # the curator's mapping


def _labels(*turns: tuple[str, str]) -> dict[str, tuple[str, str]]:
    lines = []
    for label, words in turns:
        lines += [f"{label} (00:00:01):", words, ""]
    cues = {n: m for n, line in enumerate(lines, 1) if (m := _cue(line.strip()))}
    labels = {n: m.group("name").strip() for n, m in cues.items()}
    return _named_after(lines, cues, labels)


@pytest.mark.parametrize(
    ("turns", "named"),
    [
        (
            [("Speaker 2", "Rents are too high."), ("Chair", "For the record that's Priya Raman.")],
            {"Speaker 2": ("Priya Raman", "Chair")},
        ),
        (
            [("Speaker 1", "Hello."), ("Ana Lee", "Thanks. That was Tom Berg, from the union.")],
            {"Speaker 1": ("Tom Berg", "Ana Lee")},
        ),
        (
            [("Speaker 1", "Hi."), ("Ana Lee", "For the record, it was Dr Sam Okoro.")],
            {"Speaker 1": ("Sam Okoro", "Ana Lee")},
        ),
    ],
)
def test_the_next_speaker_names_a_generic_label(turns, named):
    assert _labels(*turns) == named


@pytest.mark.parametrize(
    "turns",
    [
        # Named two ways: asked, not guessed.
        [
            ("Speaker 2", "Hi."),
            ("Chair", "For the record, that was Tom Berg."),
            ("Speaker 2", "Again."),
            ("Chair", "For the record, that was Sam Okoro."),
        ],
        # Not the next speaker's words after the label's turn.
        [("Chair", "For the record, that was Tom Berg."), ("Speaker 2", "Hi.")],
        # "that was" telling of something, not someone.
        [("Speaker 2", "Hi."), ("Chair", "That was March, when rates rose.")],
        # The name is another label's.
        [("Speaker 2", "Hi."), ("Chair", "For the record, that was Ana Lee."), ("Ana Lee", "Hi.")],
    ],
)
def test_no_name_is_taken_where_the_naming_is_not_sure(turns):
    assert _labels(*turns) == {}


TEAMS = """\
Riverton Council – Transport Committee
Transcript
12 March 2026, 6:02PM

Dana Whitcombe   0:03
OK, I think we're recording now. First item is the Line 4 update.

Mobile User 3   1:34
Ridership on the 22 bus has dropped 14% since the fare change in January.

Dana Whitcombe   1:50
We can hear you, thanks Priya — for the record that's Priya Raman from the Cycle Forum.

Tom Asante   2:02
I'd just say the fare change was the right call.
"""


@pytest.mark.django_db
def test_a_meeting_tools_stand_in_named_after_its_turn_is_that_person():
    plan = import_plan(
        data=TEAMS.encode(),
        file_name="teams.txt",
        options=ImportOptions(source=SourceChoice(title="Committee", published_on=D(2026, 3, 12))),
    )
    by_line = {c.statement.line: c for c in plan.candidates}
    assert by_line[9].speaker.name == "Priya Raman"
    assert any("“Mobile User 3” is read as Priya Raman" in r for r in by_line[9].remarks)
    assert 12 not in by_line  # the chair's naming is procedure
    assert by_line[15].speaker.name == "Tom Asante"
    assert not any("is read as" in r for r in by_line[15].remarks)
