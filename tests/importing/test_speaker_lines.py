"""Table tests: call and meeting transcripts whose speaker lines carry no colon ("Carla Mendes
-- Chief Executive Officer", "Carla Mendes, CEO", "CARLA MENDES", "Operator" alone on a
line): the paragraphs below each are that person's until the next one; the operator's are
nobody's claim."""

import pytest

from claims.importing.calls import speaker_line
from tests.importing import attributed

CALL = """Q3 2025 Earnings Call, Northwind Corp, 28 October 2025

Operator
Good day and welcome to the Northwind third quarter call.

All lines are muted until the question-and-answer session.

{ceo}
Thank you. We expect revenue to double by 2027.

Margins will reach 30% next year.

{cfo}
We will buy back $2 billion of stock by the end of 2026.

Operator
Our next question comes from Dana Lee with Northfield Capital.

{analyst}
Will margins hold?

{ceo_again}
Yes, margins will stay above 25% through 2026.
"""


@pytest.mark.parametrize(
    ("ceo", "cfo", "analyst", "ceo_again"),
    [
        # The example's shapes: a dash and a role, the name in capitals.
        (
            "Carla Mendes -- Chief Executive Officer",
            "Tom Reyes - CFO",
            "Dana Lee, Northfield Capital",
            "CARLA MENDES",
        ),
        ("Carla Mendes, CEO", "Tom Reyes, CFO", "Dana Lee", "Carla Mendes"),
        (
            "Carla Mendes — CEO",
            "Tom Reyes (CFO)",
            "Dana Lee -- Northfield Capital -- Analyst",
            "Carla Mendes -- Chief Executive Officer",
        ),
        ("CARLA MENDES", "TOM REYES", "DANA LEE", "CARLA MENDES"),
    ],
)
def test_a_calls_speaker_lines_without_colons(ceo, cfo, analyst, ceo_again):
    text = CALL.format(ceo=ceo, cfo=cfo, analyst=analyst, ceo_again=ceo_again)
    said = [(person.title(), words) for person, words in attributed.said(text)]
    assert said == [
        ("Carla Mendes", "Thank you."),
        ("Carla Mendes", "We expect revenue to double by 2027."),
        ("Carla Mendes", "Margins will reach 30% next year."),
        ("Tom Reyes", "We will buy back $2 billion of stock by the end of 2026."),
        # The analyst's turn asks: a question turn, never proposed.
        ("Carla Mendes", "Yes, margins will stay above 25% through 2026."),
    ]


MEETING = """Board strategy meeting, 4 March 2025

Participants: Carla Mendes, Tom Reyes, Ana Ruiz

Carla Mendes
We will open two new plants by 2027.

I think demand stays strong.

Tom Reyes, CFO
Costs will fall 10% by the end of 2026.

ANA RUIZ
Our churn will halve by 2026.
"""


def test_a_meetings_speaker_lines_without_colons():
    said = [(person.title(), words) for person, words in attributed.said(MEETING)]
    assert said == [
        ("Carla Mendes", "We will open two new plants by 2027."),
        ("Carla Mendes", "I think demand stays strong."),
        ("Tom Reyes", "Costs will fall 10% by the end of 2026."),
        ("Ana Ruiz", "Our churn will halve by 2026."),
    ]


@pytest.mark.parametrize(
    ("line", "call", "found"),
    [
        (
            "Carla Mendes -- Chief Executive Officer",
            False,
            ("Carla Mendes", "Chief Executive Officer"),
        ),
        ("Carla Mendes - CEO", False, ("Carla Mendes", "CEO")),
        ("Carla Mendes, CEO", False, ("Carla Mendes", "CEO")),
        ("CARLA MENDES", False, ("CARLA MENDES", "")),
        ("Operator", True, ("Operator", "")),
        ("Dana Lee, Northfield Capital", True, ("Dana Lee", "Northfield Capital")),
        ("Dana Lee", True, ("Dana Lee", "")),
        # An outlet or an event is no role outside a call; sentences are never speaker lines.
        ("Dana Lee, Northfield Capital", False, None),
        ("Ada Quist — Future of Work Summit, Lisbon", False, None),
        ("Dana Lee", False, None),
        ("Carla Mendes - she said margins will hold", False, None),
        ("Revenue grew 12%.", True, None),
        ("Operator", False, None),
        ("Ada Quist — CEO summit keynote, 9 May 2023", False, None),
    ],
)
def test_speaker_line(line, call, found):
    assert speaker_line(line, call=call) == found


def test_one_speaker_line_alone_opens_no_turns():
    text = (
        "Hosts: Maya Chen\n\nMaya Chen: Welcome.\n\nTom Reyes, CFO\nCosts will fall by 2026.\n\n"
        "Rates will fall by 2027.\n"
    )
    assert attributed.who(text, "Rates will fall") == ""


def test_headings_in_capitals_are_no_speaker_lines():
    text = (
        "Hosts: Maya Chen\n\nMaya Chen: Welcome.\n\nBREAKING NEWS\nRates will fall by 2026.\n\n"
        "KEY POINTS\nHousing will recover by 2027.\n"
    )
    assert attributed.who(text, "Rates will fall") == ""
    assert attributed.who(text, "Housing will recover") == ""


def test_a_meeting_tools_speaker_lines():
    text = (
        "Weekly sync transcript, 3 March 2025\n\n"
        "Carla Mendes   10:02 AM\nWe will ship the new app by June 2025.\n\n"
        "Our users asked for it.\n\n"
        "Tom Reyes   10:03 AM\nRevenue will be up 20% by Q4.\n\n"
        "[10:04] Ana Ruiz\nChurn will drop below 3% by 2026.\n"
    )
    assert attributed.said(text) == [
        ("Carla Mendes", "We will ship the new app by June 2025."),
        ("Carla Mendes", "Our users asked for it."),
        ("Tom Reyes", "Revenue will be up 20% by Q4."),
        ("Ana Ruiz", "Churn will drop below 3% by 2026."),
    ]
