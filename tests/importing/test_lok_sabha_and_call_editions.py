"""Table tests: a Lok Sabha debate copied from its PDF (members cued with their seat in
brackets, titled "SHRI" and "SHRIMATI", a translated speech starred, the clock "12.14 hrs",
"HON. SPEAKER" presiding, a minister cued by office with the holder in brackets); an edited
call transcript in LSEG StreetEvents' layout (turn headers numbered "[3]" between rules,
participant lists under their headings).

A member's seat is no speaker, a rule between turns is no page's chrome, and the
participants listed are no turns."""

import datetime

import pytest

from claims.choices import DatePrecision
from claims.importing.calls import call_document, speaker_line
from claims.importing.hansard import presiding_officer
from claims.importing.meeting_exports import listing_heading, tool_notice
from claims.importing.names import names_same_person, without_affiliation
from claims.importing.services import ImportOptions, SourceChoice, import_plan


def _plan(text: str, on: datetime.date):
    source = SourceChoice(title="doc", published_on=on, precision=DatePrecision.DAY)
    return import_plan(
        data=text.encode(), file_name="doc.txt", options=ImportOptions(source=source)
    )


def _find(plan, words: str):
    return next(c for c in plan.candidates if words in c.quote)


DEBATE = """LOK SABHA DEBATES
Thursday, December 11, 2025 / Agrahayana 20, 1947 (Saka)

11.12.2025                                                                       41
12.03 hrs
DISCUSSION UNDER RULE 193

HON. SPEAKER: Now, the House will take up item no. 17, discussion under Rule 193.
Shri Rajesh Verma to initiate the discussion.

*SHRI RAJESH VERMA (KANPUR): Sir, I thank you for permitting me to raise this subject.
Domestic electricity tariffs in my State will rise by at least 15 per cent by the
end of 2027, because this Government is pushing the cost of storage onto the
distribution companies.
...(Interruptions)
HON. SPEAKER: Please address the Chair.
* Translation of speech originally delivered in Hindi.

12.14 hrs
SHRIMATI MEENA IYER (CHENNAI SOUTH): Thank you, Sir. I will be brief.
Sir, the problem is not only generation; it is distribution. The rooftop scheme will
miss its target of one crore homes by March 2027, and by a wide margin.

11.12.2025                                                                       42
THE MINISTER OF POWER (SHRI ARVIND KHANNA): Sir, I thank the hon. Members. We will
commission 50 gigawatt-hours of battery storage by the end of 2027.
"""


@pytest.mark.django_db
def test_a_lok_sabha_debates_members_are_named_not_their_seats():
    plan = _plan(DEBATE, datetime.date(2025, 12, 11))
    cases = {
        "tariffs in my State will rise": "Rajesh Verma",
        "miss its target of one crore homes": "Meena Iyer",
        "50 gigawatt-hours": "Arvind Khanna",
    }
    for words, speaker in cases.items():
        found = _find(plan, words)
        assert names_same_person(found.speaker.name, speaker), (words, found.speaker.name)
    names = {c.speaker.name for c in plan.candidates}
    assert not names & {"Kanpur", "Chennai South", "Speaker", "Hon. Speaker"}
    quotes = " | ".join(c.quote for c in plan.candidates)
    assert "Please address the Chair" not in quotes
    assert "Translation of speech" not in quotes
    assert "12.14 hrs" not in quotes


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("SHRIMATI MEENA IYER (CHENNAI SOUTH)", ("SHRIMATI MEENA IYER", "CHENNAI SOUTH")),
        ("SHRI RAJESH VERMA (KANPUR)", ("SHRI RAJESH VERMA", "KANPUR")),
        ("Morgan Stanley (Lisa Shalett)", ("Lisa Shalett", "Morgan Stanley")),
    ],
)
def test_a_titled_member_with_a_seat(label, expected):
    assert without_affiliation(label, one_word=True) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12.14 hrs", True),
        ("* Translation of speech originally delivered in Hindi.", True),
        ("* Not recorded.", True),
        ("Tariffs will rise 15 per cent by 2027.", False),
    ],
)
def test_a_chambers_marks(text, expected):
    assert tool_notice(text) is expected


@pytest.mark.parametrize(
    ("label", "expected"),
    [("HON. SPEAKER", True), ("Hon. Chairperson", True), ("HON. MEMBERS", False)],
)
def test_the_lok_sabhas_chair(label, expected):
    assert presiding_officer(label) is expected


CALL = """EDITED TRANSCRIPT
Q4 2025 Corvane Energy Inc Earnings Call

================================================================================
CORPORATE PARTICIPANTS
================================================================================
   * Dana Whitlock
     Corvane Energy Inc - CEO
================================================================================
CONFERENCE CALL PARTICIPANTS
================================================================================
   * Celeste Moreau
     Bramwell Partners - Analyst

================================================================================
PRESENTATION
--------------------------------------------------------------------------------
Operator  [1]
--------------------------------------------------------------------------------
 Good day, and welcome to the call. I would now like to turn the conference over to Dana.

--------------------------------------------------------------------------------
Dana Whitlock,  Corvane Energy Inc. - CEO  [2]
--------------------------------------------------------------------------------
 Thanks, and good morning, everyone.

 Data center load in our service territory will double by the end of 2028.

================================================================================
QUESTIONS AND ANSWERS
--------------------------------------------------------------------------------
Celeste Moreau,  Bramwell Partners - Analyst  [3]
--------------------------------------------------------------------------------
 Dana, will the Harlan Ridge delay slip past the third quarter?
"""


@pytest.mark.django_db
def test_an_edited_call_transcripts_numbered_turns():
    plan = _plan(CALL, datetime.date(2026, 2, 19))
    assert _find(plan, "will double by the end of 2028").speaker.name == "Dana Whitlock"
    names = {c.speaker.name for c in plan.candidates}
    assert not names & {"Bramwell Partners", "Corporate Participants"}
    quotes = " | ".join(c.quote for c in plan.candidates)
    assert "turn the conference over" not in quotes  # the operator's


def test_an_edited_call_transcripts_shapes():
    assert speaker_line("Operator  [1]", call=True) == ("Operator", "")
    assert speaker_line("Dana Whitlock,  Corvane Energy Inc. - CEO  [2]", call=True) is not None
    assert call_document(CALL.splitlines())
    assert listing_heading("CORPORATE PARTICIPANTS")
    assert listing_heading("Conference Call Participants")
    assert not listing_heading("Participants in the market")
