"""Table tests: a meeting's minutes — a board's, a committee's, a council's.

Their front matter ("Date: …", "Venue: …", "Minutes taken by: Sam Patel (SP)", "Held on …")
is no claim and needs no speaker; "Present: Joanna Brandt (JB, chair), …" declares people
and the initials the minutes then use, so "TRC reported that …", "GA relayed that …", "JB
thinks …" are that member's words, as "Cllr Keller said …" is Tomasz Keller's; numbered
agenda items' titles, procedure ("moved GA, seconded WL, carried."), an empty item ("None.")
and housekeeping ("GA noted the coffee urn is broken again.") are no claims. A file whose
every claim names its member imports without a default speaker.
"""

import datetime

import pytest

from claims.importing.minutes import (
    agenda_title,
    front_matter,
    housekeeping,
    listed_people,
    procedure,
)
from claims.importing.services import ImportOptions, SourceChoice, import_plan
from tests.importing import attributed

BOARD = """# Northwind Solar Cooperative — Board Meeting Minutes
Date: 18 November 2026, 6:00 pm, Millbrook Community Hall
Present: Joanna Brandt (JB, chair), Tomás Ruiz-Castillo (TRC, treasurer), Wei Lin (WL, operations lead), Grace Adeyemi (GA, member representative)
Minutes taken by: Sam Patel (SP)

1. Approval of previous minutes — moved GA, seconded WL, carried.

2. Treasurer's report
- (Note: the co-op's fiscal year runs 1 October – 30 September.)
- TRC reported that member revenue for FY2026 was up 12% on FY2025.
- TRC expects the co-op to break even in FY2027.
- GA said the member dividend is far too low given those numbers.

3. Operations
- WL confirmed the co-op will commission the Site 4 battery in Q2 2027.
- WL recalled that in 2024 she had predicted panel prices would fall below 10 cents a watt by 2025; they did not.
- JB said the co-op will connect its 10,000th member household by June 30.
- GA relayed that the state energy office expects net-metering rules to be rewritten by the end of 2027.
- JB thinks the interconnection backlog will clear eventually, "just not on our watch."

4. Any other business
- SP to check whether the hall is free in January.
- GA noted the coffee urn is broken again.

Action items
- TRC: circulate draft FY2027 budget by 4 December.
- WL: get two quotes for Site 5 fencing.

Next meeting: 16 December 2026. Meeting closed 7:48 pm.
"""  # noqa: E501

# The same kind, written as other bodies keep them: a semicolon-separated list, a
# "Minute-taker:" line, "Proposed by …, seconded by …", an "Actions" list.
TENANTS = """Riverside Tenants' Association — Committee Meeting
Date: Tuesday 3 March 2026, 7:30 pm
Venue: St Anne's Church Hall, Room 2
Attendees: Priya Okonjo (PO, chair); Daniel Hartmann (DH, secretary); Mei Tanaka (MT)
Minute-taker: Daniel Hartmann (DH)
Apologies: Liam Byrne

1. Minutes of the last meeting
- Proposed by MT, seconded by PO. Agreed.

2. Rent review
- PO reported that the landlord will raise rents by 4% in April.
- MT thinks the repairs backlog will be cleared by the summer.
- DH confirmed the association will publish its survey results by 30 April.
- MT mentioned the kettle in the hall is leaking again.

Actions
- DH: send the survey link to all members.

The meeting closed at 9:05 pm.
"""

# A council's: members named "Cllr", a "Held on …" line, an empty item, a vote's tally.
COUNCIL = """Minutes of the Meeting of Harbourside Town Council
Held on Monday 9 February 2026 at 7.00 pm in the Council Chamber
Present: Cllr Ruth Adebayo (Mayor), Cllr Tomasz Keller, Cllr Aisha Mirza, Cllr Bernard Quayle
In attendance: Jo Fenwick (Town Clerk)

1. Declarations of interest
- None.

2. Budget 2026/27
- Cllr Keller said the council will freeze its share of council tax in 2026/27.
- Cllr Mirza warned that the leisure centre will close by 2028 without new funding.
- Resolved to approve the budget. Proposed Cllr Adebayo, seconded Cllr Quayle. Carried 8–2.

3. Public forum
- Cllr Quayle noted the car park lights are still out.
- Councillor Adebayo expects the harbour wall repairs to finish by October.
"""


@pytest.mark.parametrize(
    ("document", "words", "who"),
    [
        # Initials the "Present:" list gives in brackets name the sayer of reported words.
        (BOARD, "TRC reported that member revenue", "Tomás Ruiz-Castillo"),
        (BOARD, "TRC expects the co-op to break even", "Tomás Ruiz-Castillo"),
        (BOARD, "GA said the member dividend", "Grace Adeyemi"),
        (BOARD, "WL confirmed the co-op will commission", "Wei Lin"),
        (BOARD, "WL recalled that in 2024", "Wei Lin"),
        (BOARD, "JB said the co-op will connect", "Joanna Brandt"),
        # The sayer's report of another's forecast is the sayer's statement.
        (BOARD, "GA relayed that the state energy office", "Grace Adeyemi"),
        (BOARD, "JB thinks the interconnection backlog", "Joanna Brandt"),
        # Front matter, the list, procedure, agenda titles, to-dos, housekeeping: nobody's.
        (BOARD, "18 November 2026", "-"),
        (BOARD, "Joanna Brandt (JB", "-"),
        (BOARD, "Sam Patel", "-"),
        (BOARD, "moved GA", "-"),
        (BOARD, "Treasurer's report", "-"),
        (BOARD, "Operations", "-"),
        (BOARD, "fiscal year runs", "-"),
        (BOARD, "hall is free", "-"),
        (BOARD, "coffee urn", "-"),
        (BOARD, "circulate draft", "-"),
        (BOARD, "Site 5 fencing", "-"),
        (BOARD, "16 December 2026", "-"),
        (TENANTS, "PO reported that the landlord", "Priya Okonjo"),
        (TENANTS, "MT thinks the repairs backlog", "Mei Tanaka"),
        (TENANTS, "DH confirmed the association", "Daniel Hartmann"),
        (TENANTS, "Riverside Tenants", "-"),  # a body's minutes: no speaker's heading
        (TENANTS, "St Anne's", "-"),
        (TENANTS, "Tuesday 3 March", "-"),
        (TENANTS, "Daniel Hartmann (DH)", "-"),
        (TENANTS, "seconded by PO", "-"),
        (TENANTS, "Minutes of the last meeting", "-"),
        (TENANTS, "Rent review", "-"),
        (TENANTS, "kettle", "-"),
        (TENANTS, "survey link", "-"),
        (TENANTS, "meeting closed", "-"),
        (COUNCIL, "Cllr Keller said the council will freeze", "Tomasz Keller"),
        (COUNCIL, "Cllr Mirza warned", "Aisha Mirza"),
        (COUNCIL, "Councillor Adebayo expects", "Ruth Adebayo"),
        (COUNCIL, "Held on Monday", "-"),
        (COUNCIL, "Jo Fenwick", "-"),
        (COUNCIL, "None.", "-"),
        (COUNCIL, "Budget 2026/27", "-"),
        (COUNCIL, "Carried 8–2", "-"),
        (COUNCIL, "car park lights", "-"),
        (COUNCIL, "Declarations of interest", "-"),
    ],
)
def test_who_said_what_in_minutes(document, words, who):
    assert attributed.who(document, words) == who


@pytest.mark.parametrize(
    ("document", "published"),
    [
        (BOARD, datetime.date(2026, 11, 18)),
        (TENANTS, datetime.date(2026, 3, 3)),
        (COUNCIL, datetime.date(2026, 2, 9)),
    ],
)
@pytest.mark.django_db
def test_minutes_whose_claims_name_their_members_need_no_default_speaker(document, published):
    source = SourceChoice(title="Minutes", published_on=published, precision="day")
    plan = import_plan(
        data=document.encode(), file_name="minutes.md", options=ImportOptions(source=source)
    )

    assert plan.candidates
    assert all(c.speaker.name for c in plan.candidates)
    # Each proposed line names its member in its first words.
    for candidate in plan.candidates:
        first = candidate.statement.text.split()[0].strip(".")
        if first in ("Cllr", "Councillor"):
            first = candidate.statement.text.split()[1]
        assert first in candidate.speaker.name or first == "".join(
            w[0] for w in candidate.speaker.name.replace("-", " ").split()
        ), (first, candidate.speaker.name)


@pytest.mark.django_db
def test_a_members_own_forecast_told_by_initials_is_not_anothers():
    source = SourceChoice(title="Minutes", published_on=datetime.date(2026, 11, 18))
    plan = import_plan(
        data=BOARD.encode(), file_name="minutes.md", options=ImportOptions(source=source)
    )

    (candidate,) = [c for c in plan.candidates if "break even" in c.statement.text]
    assert candidate.speaker.name == "Tomás Ruiz-Castillo"
    assert not any("another's forecast" in r for r in candidate.remarks), candidate.remarks


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("Date: 18 November 2026, 6:00 pm, Millbrook Community Hall", "when"),
        ("Time: 6:00–7:48 pm", "when"),
        ("Date and time: 3 March 2026, 19:30", "when"),
        ("Held on Monday 9 February 2026 at 7.00 pm in the Council Chamber", "when"),
        ("Location: Millbrook Community Hall", "where"),
        ("Venue: St Anne's Church Hall, Room 2", "where"),
        ("Minutes taken by: Sam Patel (SP)", "who"),
        ("Minute-taker: Daniel Hartmann (DH)", "who"),
        ("Chair: Joanna Brandt", "who"),
        ("Secretary: Jo Fenwick", "who"),
        # Near misses: a label before a clause, a date label naming no date.
        ("Time: rates will fall by 2027", None),
        ("Date: the launch will slip to 2027", None),
        ("Location: we expect demand to double", None),
        ("Date: tbc", None),
        ("Chair: we should wind down the fund", None),
        ("Timeline: first units ship in 2027", None),
        ("Held prices will rise", None),
    ],
)
def test_minutes_front_matter(line, found):
    assert (front_matter(line) or (None,))[0] == found


@pytest.mark.parametrize(
    ("listed", "people"),
    [
        (
            "Joanna Brandt (JB, chair), Tomás Ruiz-Castillo (TRC, treasurer), Wei Lin (WL)",
            [("Joanna Brandt", "JB"), ("Tomás Ruiz-Castillo", "TRC"), ("Wei Lin", "WL")],
        ),
        (
            "Priya Okonjo (PO, chair); Daniel Hartmann (DH, secretary); Mei Tanaka",
            [("Priya Okonjo", "PO"), ("Daniel Hartmann", "DH"), ("Mei Tanaka", "")],
        ),
        ("Sam Patel (SP)", [("Sam Patel", "SP")]),
        ("Ada Quist (chair) and Ben Okafor", [("Ada Quist", ""), ("Ben Okafor", "")]),
        ("the whole board", []),
    ],
)
def test_a_list_of_people_gives_their_initials(listed, people):
    assert listed_people(listed) == people


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Approval of previous minutes — moved GA, seconded WL, carried.", True),
        ("Proposed by MT, seconded by PO. Agreed.", True),
        ("Resolved to approve the budget. Proposed Cllr Adebayo, seconded Cllr Quayle.", True),
        ("Motion carried unanimously.", True),
        ("Minutes approved.", True),
        ("Meeting closed 7:48 pm.", True),
        ("The meeting closed at 9:05 pm.", True),
        ("There being no further business, the chair closed the meeting.", True),
        ("None.", True),
        ("No declarations of interest.", True),
        ("No apologies received.", True),
        # Near misses: a forecast of a vote, a statement that mentions a meeting.
        ("The motion to cut rates will pass by March.", False),
        ("The board agreed that prices will rise in 2027.", False),
        ("Nobody expects the merger to be approved before 2027.", False),
        ("None of the banks will cut rates in 2026.", False),
        ("The Fed meeting in March will cut rates.", False),
    ],
)
def test_procedure_is_no_claim(line, expected):
    assert procedure(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("GA noted the coffee urn is broken again.", True),
        ("MT mentioned the kettle in the hall is leaking again.", True),
        ("Cllr Quayle noted the car park lights are still out.", True),
        ("The projector needs a new bulb.", True),
        ("Our wi-fi still isn't working.", True),
        # Near misses: a forecast about coffee, an industry, the hall's future as a venue.
        ("Coffee prices will double by 2027.", False),
        ("The tea industry is shrinking fast.", False),
        ("GA said the heating bills will fall 20% next winter.", False),
        ("WL noted that parking revenue will cover the loan by 2028.", False),
    ],
)
def test_housekeeping_is_no_claim(line, expected):
    assert housekeeping(line) is expected


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("2. Treasurer's report", "Treasurer's report"),
        ("3. Operations", "Operations"),
        ("4. Any other business", "Any other business"),
        ("2. Budget 2026/27", "Budget 2026/27"),
        ("Item 5: Site 4 battery", "Site 4 battery"),
        # Near misses: items that are claims.
        ("3. Rates will fall by 2027", ""),
        ("1. Oil at $100 by 2027", ""),
        ("2. Solar cheapest by 2030", ""),
        ("4. We expect two cuts", ""),
        ("5. prices fall", ""),
    ],
)
def test_an_agenda_items_title(line, title):
    assert agenda_title(line) == title


NUMBERED_FORECASTS = """Ten calls for 2027, 3 January 2027

Ada Quist: my list.
1. Rates will fall by 2027
2. Oil at $100 by 2027
3. Solar cheapest by 2030
"""


@pytest.mark.parametrize(
    "words", ["Rates will fall by 2027", "Oil at $100 by 2027", "Solar cheapest by 2030"]
)
def test_a_numbered_list_of_forecasts_stays_claims(words):
    assert attributed.who(NUMBERED_FORECASTS, words) == "Ada Quist"


# Outside minutes, a numbered point with bullets under it is the speaker's.
NUMBERED_POINTS = """Ada Quist — Summit, Lisbon, 9 May 2025

1. Rates fall faster than expected
   - the Fed blinks first
2. Solar wins
   - cheapest power everywhere
"""


@pytest.mark.parametrize("words", ["Rates fall faster than expected", "Solar wins"])
def test_a_numbered_point_outside_minutes_is_no_agenda_title(words):
    assert attributed.who(NUMBERED_POINTS, words) == "Ada Quist"


@pytest.mark.parametrize(
    "line",
    [
        "Nvidia reported record revenue for the quarter.",
        "Apple confirmed the launch will slip to 2027.",
    ],
)
def test_a_verb_of_the_minutes_names_no_one_who_is_not_a_participant(line):
    document = f"Ada Quist — Summit, Lisbon, 9 May 2025\n\n{line}\n"
    assert attributed.said(document) == [("Ada Quist", line)]
