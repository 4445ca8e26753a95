"""Table tests: a Canadian House of Commons committee's Evidence as ourcommons.ca shows it.
Each imports without a default speaker; a cue ("Ms. Ingrid Solberg (Chief Executive
Officer, Tidewater Ports Authority):", later "Ms. Ingrid Solberg:" or "Ms. Solberg:") is the
full name the cues, the witnesses' list or the chair's introduction give; the header, the
chair's procedure, time stamps, language marks, members' interjections, narration and
courtesies are no claims. Near misses (documents of other shapes) read as before."""

import datetime

import pytest

from claims.choices import DatePrecision
from claims.importing import committee_evidence
from claims.importing.services import ImportOptions, SourceChoice, import_plan

EVIDENCE = """Standing Committee on Transport, Infrastructure and Communities
NUMBER 042 │ 1st SESSION │ 45th PARLIAMENT
EVIDENCE
Tuesday, March 10, 2026

[Recorded by Electronic Apparatus]

(1100)
[English]
The Chair (Mrs. Helen Marchetti (Brackenridge—Eastvale, Lib.)): I call this meeting to order.
From Tidewater Ports Authority, we have Ms. Ingrid Solberg, chief executive officer. From the Department of Transport, we have Mr. Anand Dorsey, assistant deputy minister.
Ms. Solberg, the floor is yours.
Ms. Ingrid Solberg (Chief Executive Officer, Tidewater Ports Authority): Thank you, Madam Chair, and thank you to the members for the invitation.
Container traffic at our terminals rose 9% last year.
We will open the second berth by September 30, 2027.
Thank you. I look forward to your questions.
The Chair: Thank you. Mr. Okafor, you have six minutes.
[Translation]
Mr. Paul Okafor (Rivière-Basse, BQ): Thank you, Madam Chair.
I think the port has been badly served by Ottawa.
[English]
Mr. Dorsey: The department will publish the new dredging rules by June 30, 2026.
(1110)
Some hon. members: Hear, hear!
Ms. Solberg: I expect tonnage to fall in 2027 if the strike goes ahead.
The Chair: Order. We'll suspend for a few minutes.
The meeting is suspended.
(Motion agreed to)
"""  # noqa: E501

# The header on three lines with its chair, a witnesses' list above the first cue, a
# surname two witnesses share, a surname nobody gives and the clerk's turn.
LISTED = """Standing Committee on Natural Resources
EVIDENCE
NUMBER 015
2nd SESSION
45th PARLIAMENT
Monday, May 4, 2026
Chair: Mr. Tom Reyes
Witnesses
Lakehead Hydro
Marguerite Caron, Vice-President, Operations
Department of Natural Resources
Luc Caron, Director General, Electricity
Samir Haddad, Senior Analyst
(1530)
The Chair (Mr. Tom Reyes (Northfield, CPC)): Welcome, everyone.
Mr. Haddad: Hydro exports to the United States fell 14% this winter.
Mr. Caron: Transmission costs will double by 2030.
Ms. Whitfield: The new interties will be finished by 2029.
The Clerk of the Committee (Ms. Dana Kirk): The committee will have a quorum by 2027.
Mr. Reyes: As a member, I think the interties are badly overdue.
"""


def _by_line(text: str, published: datetime.date) -> dict[int, list[str]]:
    """Line → speakers of its candidates: the document imports without a default speaker."""
    source = SourceChoice(title="evidence", published_on=published, precision=DatePrecision.DAY)
    plan = import_plan(
        data=text.encode(), file_name="evidence.txt", options=ImportOptions(source=source)
    )
    found: dict[int, list[str]] = {}
    for candidate in plan.candidates:
        found.setdefault(candidate.statement.line, []).append(candidate.speaker.name)
    return found


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            EVIDENCE,
            datetime.date(2026, 3, 10),
            {
                # The witness's cue gives her full name; lines with no cue stay hers.
                14: "Ingrid Solberg",
                15: "Ingrid Solberg",
                # A member's cue with his riding.
                20: "Paul Okafor",
                # A surname alone: the full name of the chair's introduction.
                22: "Anand Dorsey",
                # A surname alone: the full name of her earlier cue.
                25: "Ingrid Solberg",
                # Header, stamps, language marks, the chair's turns (introductions and
                # procedure), the courtesies (13, 16, 19), "Some hon. members" (24), the
                # suspension and the narration: none.
            },
        ),
        (
            LISTED,
            datetime.date(2026, 5, 4),
            {
                # A surname alone: the one listed witness of that name.
                16: "Samir Haddad",
                # Two listed witnesses are Caron: the cue's surname, never a guess.
                17: "Caron",
                # A surname nobody gives keeps the cue's.
                18: "Whitfield",
                # The chair speaking from his cue's surname: the chair's cue names him.
                20: "Tom Reyes",
                # The header's chair (7) and the clerk's turn (19): none.
            },
        ),
    ],
)
def test_claims_go_to_the_full_names_the_evidence_gives(text, published, expected):
    found = _by_line(text, published)
    assert set(found) == set(expected), found
    for line, who in expected.items():
        assert all(speaker == who for speaker in found[line]), (line, found[line])


def test_a_surname_two_witnesses_share_is_asked_about():
    shaped = committee_evidence.reshape(LISTED.splitlines())
    assert shaped is not None
    assert "Luc Caron or Marguerite Caron" in shaped.notes[17]
    assert 16 not in shaped.notes


def test_the_meeting_day_is_kept_and_the_rest_of_the_header_is_blank():
    shaped = committee_evidence.reshape(EVIDENCE.splitlines())
    assert shaped is not None
    assert shaped.lines[:6] == ("", "", "", "Tuesday, March 10, 2026", "", "")
    assert len(shaped.lines) == len(EVIDENCE.splitlines())


@pytest.mark.parametrize(
    ("sentence", "courtesy"),
    [
        ("Thank you, Mr. Chair.", True),
        ("Thank you, Madam Chair, and thank you to the members for the invitation.", True),
        ("Good afternoon, Mr. Chair and members of the committee.", True),
        ("I look forward to your questions.", True),
        ("I'd be happy to answer any questions.", True),
        ("Thank you.", True),
        ("Thank you for the invitation to appear before the committee.", True),
        # Near misses: claims after a courtesy's words.
        ("Thank you, Mr. Chair; we will close the plant in 2027.", False),
        ("Thank you for the question; we will open three plants by 2028.", False),
        ("Thank you for the invitation, and the port will double its traffic by 2030.", False),
        ("I look forward to the new rules taking effect in 2027.", False),
        ("The committee will be disappointed by the numbers.", False),
    ],
)
def test_courtesies_of_a_witness_statement(sentence, courtesy):
    assert committee_evidence.courtesy(sentence) is courtesy


@pytest.mark.parametrize(
    "text",
    [
        # A UK select committee's oral evidence: the notes reader's "Q1 Chair:" cues.
        "Transport Committee\nOral evidence: Port capacity, HC 412\nTuesday 10 March 2026\n"
        "Q1 Chair: Welcome.\nQ2 Ingrid Solberg: Traffic will rise 9%.\n",
        # A UK Hansard page: its own reader's shape.
        "Volume 790: debated on Monday 1 March 2027\nHouse of Commons | Housing\n"
        "Jane Roe (Eastfield) (Lab)\nRents will rise.\n",
        # Notes titled "Evidence" with colon cues, but no sitting's number or recording note.
        "Evidence\nThe Chair: Welcome.\nMr. Dorsey: The rules will be out by June.\n",
        # The header with its chair's name, but no turn (an article about the meeting).
        "Standing Committee on Transport\nEVIDENCE\nNUMBER 042\nChair: Mr. Tom Reyes\n"
        "Mr. Reyes said the port will open a second berth.\n",
        # The header but no chair's cue (an article about the meeting).
        "Standing Committee on Transport\nNUMBER 042 │ 1st SESSION │ 45th PARLIAMENT\n"
        "EVIDENCE\nThe minister said the port will open a second berth.\n",
    ],
)
def test_documents_of_other_shapes_are_not_read_as_committee_evidence(text):
    assert committee_evidence.reshape(text.splitlines()) is None


# A cue of a title this layout does not give ("Senator …"), after a witness's turn.
OTHER_CUE = """Standing Committee on Transport
NUMBER 042 │ 1st SESSION │ 45th PARLIAMENT
EVIDENCE
(1100)
The Chair (Mr. Tom Reyes (Northfield, CPC)): Welcome.
Ms. Ingrid Solberg (Chief Executive Officer, Tidewater Ports Authority): Traffic rose 9% last year.
Senator Jane Moss: Traffic will fall by 2028.
It will fall again in 2029.
Ms. Solberg: We will open the second berth by 2027.
"""


@pytest.mark.django_db
def test_a_cue_the_layout_does_not_give_ends_the_witness_turn():
    found = _by_line(OTHER_CUE, datetime.date(2026, 3, 10))
    assert found[6] == ["Ingrid Solberg"]
    assert found[9] == ["Ingrid Solberg"]
    # Read as the notes reader reads "Name: words", never the witness's.
    assert found[7] == ["Jane Moss"]
    assert all("Solberg" not in who for who in found.get(8, [])), found
