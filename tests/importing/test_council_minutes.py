"""Table tests: the official minutes of a US city council, county commission or school board.

Their title block ("CITY OF …", "REGULAR MEETING OF THE CITY COUNCIL — MINUTES", "Lakeview
Unified School District"), the meeting's date, time and place, numbered agenda headings
("1. CALL TO ORDER", "7a. Resolution 2026-11, adopting …"), the roll call, motions and
votes, the chair's rules of decorum and the minutes' own boilerplate are no claims. The roll
call names each member in full with their office, so "City Manager Lindqvist reported …",
"Ms. Hale added …", "Council Member Blake stated …" are theirs; a member of the public is
named with an address or whom they represent ("Walter Brigham, 88 Fennel Lane, stated that
…"), and "He said …" after it is theirs too. A surname the roll call gives alone is the one
full name the document gives it elsewhere, or asked about: never invented.
"""

import datetime

import pytest

from claims.importing.council_minutes import (
    agenda_heading,
    council_procedure,
    meeting_when,
    office_and_name,
    public_speaker,
    roll_call,
    title_block_line,
)
from claims.importing.services import ImportOptions, SourceChoice, import_plan
from tests.importing import attributed

CITY = """CITY OF ALDER BEND, OREGON
REGULAR MEETING OF THE CITY COUNCIL — MINUTES
Tuesday, April 14, 2026 — 6:30 p.m. — Council Chambers, 210 Alder Street

1. CALL TO ORDER
Mayor Renata Solano called the meeting to order at 6:31 p.m.
2. ROLL CALL
Present: Mayor Solano; Councilors Glen Aberly, Wei Chen-Whitfield, Martin Dowd. Absent: Councilor Nikhil Prasad (excused).
Staff: City Manager Gerald Lindgren; Public Works Director Tamsin Hallett; City Recorder Joy Fairweather.
3. PLEDGE OF ALLEGIANCE
4. CONSENT AGENDA
Motion by Councilor Dowd, seconded by Councilor Aberly, to approve the consent agenda. Motion carried 4-0.
5. PUBLIC COMMENT (non-agenda items; 3 minutes per speaker)
Mayor Solano reminded speakers that comments are to be addressed to the Council and that personal attacks will be ruled out of order.
Walter Brennick, 88 Fennel Lane, stated that the Fennel Lane culvert has flooded three times since January. He said the city has ignored the neighborhood for a decade.
Deborah Anders, representing the Alder Bend Business Alliance, stated that downtown storefront vacancy is at 19 percent. She predicted that four more storefronts will close before Christmas.
6. STAFF REPORTS
City Manager Lindgren reported that the water treatment plant upgrade is 62 percent complete. Staff will return to Council with a revised utility rate study by June 30, 2026.
Ms. Hallett added that the state's engineers expect another wet winter.
7. ACTION ITEMS
7a. Resolution 2026-11, adopting the Downtown Parking Management Plan.
Councilor Chen-Whitfield stated that free two-hour parking is the single best thing the city could do for Main Street.
Councilor Prasad moved to amend the plan to sunset paid parking on December 31, 2027 unless renewed. Seconded by Councilor Dowd. Amendment carried 3-1 (Aberly opposed).
Motion to adopt Resolution 2026-11 as amended. Motion carried 3-1 (Aberly opposed).
7b. Award of contract for the Riverside Park restroom to Cascadia Modular LLC, $318,400.
Mr. Lindgren noted that the vendor has committed to delivery within 120 days of award. Motion by Councilor Aberly, seconded by Councilor Dowd, to award. Motion carried 4-0.
8. COUNCIL COMMENTS
Mayor Solano announced that the city will open the new Alder Street library branch to the public on September 12.
Councilor Aberly stated that, in his view, the parking plan will be repealed within two years.
9. ADJOURNMENT
The meeting was adjourned at 8:47 p.m.

Minutes prepared by Joy Fairweather, City Recorder. Approved by Council April 28, 2026.
These minutes are a summary, not a verbatim transcript. Audio is available at alderbend.gov/meetings.
"""  # noqa: E501

# A county commission's: Roman numerals, a lettered item, "Public Comment:" before a
# resident with an address, "It was moved by …", a staff report that goes on.
COUNTY = """BOARD OF COUNTY COMMISSIONERS
PINE HOLLOW COUNTY, COLORADO
SPECIAL MEETING MINUTES
Monday, March 2, 2026 — 9:00 a.m. — Commissioners' Hearing Room

I. CALL TO ORDER
Chair Ines Ruiz called the meeting to order at 9:02 a.m.
Present: Commissioners Ines Ruiz, Dale Whitcomb, Harriet Osei. Staff: County Administrator Paul Brennan; Finance Director Lena Voss.
II. PUBLIC COMMENT
Public Comment: Jane Doe, 12 Elm St., spoke against the gravel pit expansion and said truck traffic on County Road 9 has doubled since 2024.
Marco Fell, a resident of Upper Creek, stated that the county road budget is too small.
III. NEW BUSINESS
A. Approval of the 2026 road maintenance contract.
Commissioner Whitcomb stated that the bridge on County Road 12 will fail within five years without repairs.
County Administrator Brennan reported that sales tax receipts are up 6 percent on last year. Staff will bring back a revised budget by May 15, 2026.
Ms. Voss noted that the contractor has committed to finishing the paving by October.
It was moved by Commissioner Osei and seconded by Commissioner Whitcomb to approve the contract. Motion passed 3-0.
IV. ADJOURNMENT
The meeting was adjourned at 10:14 a.m.
"""  # noqa: E501

# A school board's: a title in title case, "Roll call: Present — …; Absent — …".
SCHOOL = """Minutes of the Regular Meeting of the Board of Education
Lakeview Unified School District
January 20, 2026, 7:00 p.m., District Office Board Room

1. CALL TO ORDER AND ROLL CALL
Roll call: Present — President Alma Reyes, Trustees Victor Hsu and Dana Kowal; Absent — Trustee Omar Said.
Also present: Superintendent Grace Whitfield.
2. REPORTS
Superintendent Whitfield reported that enrollment fell by 140 students this year.
She said the district will open the new Eastside elementary school in August 2026.
Trustee Hsu stated that the budget deficit will grow next year.
3. ADJOURNMENT
Meeting adjourned at 8:30 p.m.
"""  # noqa: E501

# "Council Member" in two words, a mayor the roll call names by surname alone, and nowhere
# in full: asked about, not invented.
TOWN = """CITY OF BRANDT FALLS
CITY COUNCIL MEETING MINUTES
Tuesday, February 10, 2026 at 6:00 p.m. — City Hall

1. CALL TO ORDER
The meeting was called to order at 6:00 p.m. by Mayor Pro Tem Luis Ortega.
Present: Mayor Pro Tem Luis Ortega; Council Members Nora Blake, Sam Ito. Absent: Mayor Kim (excused).
Staff: City Attorney Rhea Mandel; Police Chief Owen Grady.
2. PUBLIC COMMENT
Tom Vance, 402 Birch Avenue, said the downtown speeding problem is getting worse.
3. COUNCIL REPORTS
Council Member Blake stated that the pool will reopen in June.
Police Chief Grady reported that burglaries fell 12 percent in 2025.
Mayor Kim said the city will finish the trail by 2027.
4. ADJOURNMENT
Motion by Council Member Ito to adjourn. Seconded by Council Member Blake. Motion carried unanimously.
"""  # noqa: E501


@pytest.mark.parametrize(
    ("document", "words", "who"),
    [
        # The roll call's full names, by office and surname, "Ms." and "Mr.".
        (CITY, "City Manager Lindgren reported", "Gerald Lindgren"),
        (CITY, "Staff will return to Council", "Gerald Lindgren"),
        (CITY, "Ms. Hallett added", "Tamsin Hallett"),
        (CITY, "Councilor Chen-Whitfield stated", "Wei Chen-Whitfield"),
        (CITY, "Mr. Lindgren noted that the vendor", "Gerald Lindgren"),
        (CITY, "Councilor Aberly stated", "Glen Aberly"),
        # "Mayor Solano" in the roll call; "Mayor Renata Solano" where the meeting opens.
        (CITY, "Mayor Solano announced", "Renata Solano"),
        # Members of the public, named with an address or whom they represent, and the
        # pronoun after them.
        (CITY, "Walter Brennick, 88 Fennel Lane", "Walter Brennick"),
        (CITY, "He said the city has ignored", "Walter Brennick"),
        (CITY, "Deborah Anders, representing", "Deborah Anders"),
        (CITY, "She predicted that four more", "Deborah Anders"),
        # Chrome and procedure: nobody's.
        (CITY, "CITY OF ALDER BEND", "-"),
        (CITY, "REGULAR MEETING OF THE CITY COUNCIL", "-"),
        (CITY, "Council Chambers, 210 Alder Street", "-"),
        (CITY, "CALL TO ORDER", "-"),
        (CITY, "called the meeting to order", "-"),
        (CITY, "Councilors Glen Aberly", "-"),
        (CITY, "City Recorder Joy Fairweather", "-"),
        (CITY, "PLEDGE OF ALLEGIANCE", "-"),
        (CITY, "approve the consent agenda", "-"),
        (CITY, "PUBLIC COMMENT", "-"),
        (CITY, "personal attacks", "-"),
        (CITY, "Resolution 2026-11, adopting", "-"),
        (CITY, "moved to amend", "-"),
        (CITY, "Motion to adopt", "-"),
        (CITY, "Award of contract", "-"),
        (CITY, "Motion by Councilor Aberly", "-"),
        (CITY, "adjourned at 8:47", "-"),
        (CITY, "Minutes prepared by", "-"),
        (CITY, "Approved by Council", "-"),
        (CITY, "These minutes are a summary", "-"),
        (CITY, "Audio is available", "-"),
        (COUNTY, "Jane Doe, 12 Elm St.", "Jane Doe"),
        (COUNTY, "Marco Fell, a resident", "Marco Fell"),
        (COUNTY, "Commissioner Whitcomb stated", "Dale Whitcomb"),
        (COUNTY, "County Administrator Brennan reported", "Paul Brennan"),
        (COUNTY, "Staff will bring back", "Paul Brennan"),
        (COUNTY, "Ms. Voss noted", "Lena Voss"),
        (COUNTY, "BOARD OF COUNTY COMMISSIONERS", "-"),
        (COUNTY, "Approval of the 2026 road", "-"),
        (COUNTY, "It was moved by", "-"),
        (COUNTY, "Commissioners' Hearing Room", "-"),
        (SCHOOL, "Superintendent Whitfield reported", "Grace Whitfield"),
        (SCHOOL, "She said the district", "Grace Whitfield"),
        (SCHOOL, "Trustee Hsu stated", "Victor Hsu"),
        (SCHOOL, "Lakeview Unified School District", "-"),
        (SCHOOL, "District Office Board Room", "-"),
        (SCHOOL, "Trustees Victor Hsu", "-"),
        (SCHOOL, "Superintendent Grace Whitfield", "-"),
        (TOWN, "Council Member Blake stated", "Nora Blake"),
        (TOWN, "Police Chief Grady reported", "Owen Grady"),
        (TOWN, "Tom Vance, 402 Birch Avenue", "Tom Vance"),
        (TOWN, "Motion by Council Member Ito", "-"),
    ],
)
def test_who_said_what_in_council_minutes(document, words, who):
    assert attributed.who(document, words) == who


def test_a_surname_the_document_never_gives_in_full_is_not_made_one():
    # "Mayor Kim": absent, and never named in full: kept as written, for the curator.
    assert attributed.who(TOWN, "Mayor Kim said") not in ("Luis Ortega", "Nora Blake", "-")
    assert " " not in attributed.who(TOWN, "Mayor Kim said").replace("Mayor ", "")


@pytest.mark.parametrize(
    ("document", "published"),
    [
        (CITY, datetime.date(2026, 4, 14)),
        (COUNTY, datetime.date(2026, 3, 2)),
        (SCHOOL, datetime.date(2026, 1, 20)),
    ],
)
@pytest.mark.django_db
def test_council_minutes_import_without_a_default_speaker(document, published):
    source = SourceChoice(title="Minutes", published_on=published, precision="day")
    plan = import_plan(
        data=document.encode(), file_name="minutes.txt", options=ImportOptions(source=source)
    )

    assert plan.candidates
    assert all(c.speaker.name for c in plan.candidates)
    assert not plan.unsure_speakers, [s.name for s in plan.unsure_speakers]


def _candidate(document: str, words: str, published: datetime.date):
    source = SourceChoice(title="Minutes", published_on=published, precision="day")
    plan = import_plan(
        data=document.encode(), file_name="minutes.txt", options=ImportOptions(source=source)
    )
    (found,) = [c for c in plan.candidates if words in c.statement.text]
    return found


@pytest.mark.parametrize(
    ("document", "words", "kind", "deadline"),
    [
        # The staff's own promise, in the City Manager's report: a commitment.
        (CITY, "Staff will return", "commitment", datetime.date(2026, 6, 30)),
        (COUNTY, "Staff will bring back", "commitment", datetime.date(2026, 5, 15)),
        # The mayor announcing the city's act: a commitment.
        (CITY, "the city will open the new", "commitment", datetime.date(2026, 9, 12)),
        # A third party's commitment, reported: a fact, with no deadline of the speaker's.
        (CITY, "the vendor has committed", "factual", None),
        (COUNTY, "the contractor has committed", "factual", None),
        # Others' forecast, told: a fact of the speaker's, not a forecast of theirs.
        (CITY, "the state's engineers expect", "factual", None),
        # "stated that, in his view, …": one forecast, not a frame and a claim.
        (CITY, "in his view, the parking plan", "prediction", datetime.date(2028, 4, 14)),
    ],
)
@pytest.mark.django_db
def test_kinds_in_council_minutes(document, words, kind, deadline):
    published = {CITY: datetime.date(2026, 4, 14), COUNTY: datetime.date(2026, 3, 2)}[document]
    candidate = _candidate(document, words, published)
    assert candidate.kind == kind
    if deadline is not None:
        assert candidate.deadline == deadline


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("1. CALL TO ORDER", True),
        ("5. PUBLIC COMMENT (non-agenda items; 3 minutes per speaker)", True),
        ("IV. NEW BUSINESS", True),
        ("7a. Resolution 2026-11, adopting the Downtown Parking Management Plan.", True),
        ("7b. Award of contract for the Riverside Park restroom to Cascadia Modular LLC.", True),
        ("A. Approval of the 2026 road maintenance contract.", True),
        # A numbered list's claims are no headings.
        ("3. Rates will fall by 2027.", False),
        ("2. The library will open in May.", False),
        ("1. Staff reported that the audit is done.", False),
    ],
)
def test_agenda_headings(line, heading):
    assert agenda_heading(line) is heading


@pytest.mark.parametrize(
    ("line", "people"),
    [
        (
            "Present: Mayor Solís; Councilors Glen Aberly, Wei Chen-Whitfield. Absent: "
            "Councilor Nikhil Prasad (excused).",
            [
                ("Mayor", "Solís"),
                ("Councilors", "Glen Aberly"),
                ("Councilors", "Wei Chen-Whitfield"),
                ("Councilor", "Nikhil Prasad"),
            ],
        ),
        (
            "Staff: City Manager Gerald Lindgren; Public Works Director Tamsin Hallett",
            [("City Manager", "Gerald Lindgren"), ("Public Works Director", "Tamsin Hallett")],
        ),
        (
            "Roll call: Present — President Alma Reyes, Trustees Victor Hsu and Dana Kowal; "
            "Absent — Trustee Omar Said.",
            [
                ("President", "Alma Reyes"),
                ("Trustees", "Victor Hsu"),
                ("Trustees", "Dana Kowal"),
                ("Trustee", "Omar Said"),
            ],
        ),
        (
            "Present: Council Members Nora Blake, Sam Ito",
            [("Council Members", "Nora Blake"), ("Council Members", "Sam Ito")],
        ),
        # A label before words is no roll call.
        ("Staff: the budget is late", None),
        ("Present: the council will vote in May", None),
        ("Presentation: new parking meters", None),
    ],
)
def test_roll_calls(line, people):
    assert roll_call(line) == people


@pytest.mark.parametrize(
    ("words", "split"),
    [
        ("City Manager Lindgren", ("City Manager", "Lindgren")),
        ("Public Works Director Hallett", ("Public Works Director", "Hallett")),
        ("Council Member Blake", ("Council Member", "Blake")),
        ("Mayor Pro Tem Luis Ortega", ("Mayor Pro Tem", "Luis Ortega")),
        ("Walter Brennick", ("", "Walter Brennick")),
        ("Mayor", ("", "Mayor")),  # the name keeps a word
    ],
)
def test_office_and_name(words, split):
    assert office_and_name(words) == split


@pytest.mark.parametrize(
    ("sentence", "procedure"),
    [
        ("Mayor Renata Solano called the meeting to order at 6:31 p.m.", True),
        ("The meeting was called to order at 6:00 p.m. by Mayor Pro Tem Luis Ortega.", True),
        ("Motion by Councilor Dowd, seconded by Councilor Aberly, to approve the agenda.", True),
        ("Councilor Prasad moved to amend the plan to sunset paid parking.", True),
        ("Seconded by Councilor Dowd.", True),
        ("Amendment carried 3-1 (Aberly opposed).", True),
        ("It was moved by Commissioner Osei and seconded by Commissioner Whitcomb.", True),
        ("Mayor Solano reminded speakers that comments are to be addressed to the Council.", True),
        ("Minutes prepared by Joy Fairweather, City Recorder.", True),
        ("Approved by Council April 28, 2026.", True),
        ("These minutes are a summary, not a verbatim transcript.", True),
        ("Audio is available at alderbend.gov/meetings.", True),
        # Words about a motion or a vote are someone's claim.
        ("Councilor Dowd stated that the motion will fail next month.", False),
        ("The city will approve the budget by June.", False),
        ("Mayor Solano announced that the library will open in September.", False),
    ],
)
def test_council_procedure(sentence, procedure):
    assert council_procedure(sentence) is procedure


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Walter Brennick, 88 Fennel Lane, stated that the culvert flooded.", "Walter Brennick"),
        (
            "Deborah Anders, representing the Alder Bend Business Alliance, stated that …",
            "Deborah Anders",
        ),
        ("Jane Doe, 12 Elm St., spoke against the gravel pit expansion.", "Jane Doe"),
        (
            "Marco Fell, a resident of Upper Creek, stated that the budget is too small.",
            "Marco Fell",
        ),
        # No address or side: not this shape (read as other reported words are).
        ("Walter Brennick stated that the culvert flooded.", ""),
        ("Main Street, 88 percent of it, said nothing.", ""),
    ],
)
def test_public_speakers(sentence, name):
    assert public_speaker(sentence) == name


@pytest.mark.parametrize(
    ("line", "date"),
    [
        (
            "Tuesday, April 14, 2026 — 6:30 p.m. — Council Chambers, 210 Alder Street",
            "April 14, 2026",
        ),
        ("January 20, 2026, 7:00 p.m., District Office Board Room", "January 20, 2026"),
        ("Rates will rise on April 14, 2026 at 9 a.m.", ""),
        ("April 14, 2026", ""),  # a date alone: read as the notes' date lines are
    ],
)
def test_meeting_when(line, date):
    assert meeting_when(line) == date


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("CITY OF ALDER BEND, OREGON", True),
        ("REGULAR MEETING OF THE CITY COUNCIL — MINUTES", True),
        ("Lakeview Unified School District", True),
        ("Minutes of the Regular Meeting of the Board of Education", True),
        ("CITY WILL RAISE RATES", False),
        ("The district will close two schools", False),
        ("Budget cuts are coming.", False),
    ],
)
def test_title_block_lines(line, title):
    assert title_block_line(line) is title
