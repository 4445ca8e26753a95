"""Table tests: a UK council committee's minutes, as a PDF's text gives them.

Who attended is listed under "PRESENT:", "ALSO PRESENT:" and "OFFICERS:", several to a line;
officers and members speak in the third person, by role ("The Director of Finance advised
that …"), by title and surname ("Mr Prescott advised that …"), by a role that names its
holder between commas, or as "He"/"She" after someone named; the numbered minutes' headings,
"RESOLVED: That …", narrated questions and each page's furniture are nobody's, and a
sentence runs on across a page break (``agm_minutes``).
"""

import datetime

import pytest

from claims.choices import ClaimKind
from claims.importing import agm_minutes
from claims.importing.services import ImportOptions, SourceChoice, import_plan

MINUTES = """\
KESTERTON BOROUGH COUNCIL
PLACE SCRUTINY COMMITTEE
MINUTES of a meeting of the Place Scrutiny Committee held at the Town Hall, Kesterton on Wednesday, 14 January 2026 at 6.30 pm

PRESENT:      Councillor Imogen Farrant (Chair)
Councillor Bashir Qureshi (Vice-Chair)
Councillors Delia Marsh, Peter Oyelaran and Sian Whitlock
ALSO PRESENT: Councillor Tomasz Wrobel (Cabinet Member for Transport and Highways)
OFFICERS:     Harriet Lumb (Director of Place), Callum Reid (Head of Highways and Parking) and Nadia Pryce (Democratic Services Officer)

12/26   APOLOGIES
Apologies were received from Councillor Vera Stott.

13/26   BUS STATION REDEVELOPMENT
The Committee considered report PL/26/004 of the Director of Place.
The Director of Place advised that the new bus station would open to passengers by the end of October 2026.
Ms Lumb reminded Members that the funding bid had been approved in 2024. She advised that

Page 1 of 3
Chair's initials ……………

Kesterton Borough Council                         Place Scrutiny Committee – 14 January 2026

the temporary stops on Mill Street would be removed by 30 November 2026.
Councillor Marsh asked whether the cycle hub would be kept.
In response, the Head of Highways and Parking advised that the cycle hub would reopen in March 2027.
The Cabinet Member for Transport and Highways, Councillor Wrobel, stated that the council would publish the parking strategy by 31 May 2026.
He added that fares would not be affected.
Councillor Whitlock said that the scheme was two years late.
The Chair said that she hoped the station would one day win a design award.
RESOLVED: That
(1) the report be noted; and
(2) a further update be brought to the Committee in July 2026.

Page 2 of 3
Chair's initials ……………

Kesterton Borough Council                         Place Scrutiny Committee – 14 January 2026

14/26   DATE OF NEXT MEETING
The next meeting of the Committee will be held on Wednesday, 11 March 2026 at 6.30 pm.
"""  # noqa: E501  (a PDF's lines are as long as its page is wide)


def _lines():
    shaped = agm_minutes.reshape(MINUTES.splitlines())
    assert shaped is not None
    return shaped


def _line(words: str) -> int:
    (number,) = [n for n, line in enumerate(MINUTES.splitlines(), start=1) if words in line]
    return number


@pytest.mark.parametrize(
    ("words", "speaker"),
    [
        # A role the officers' list gives.
        ("The Director of Place advised", "Harriet Lumb"),
        # Title and surname; the sentence runs on across the page break.
        ("Ms Lumb reminded Members", "Harriet Lumb"),
        ("the temporary stops on Mill Street", "Harriet Lumb"),
        # A role with "and" in it, after "In response,".
        ("the cycle hub would reopen", "Callum Reid"),
        # A role that names its holder between commas, then "He".
        ("would publish the parking strategy", "Tomasz Wrobel"),
        ("He added that fares", "Tomasz Wrobel"),
        # A member listed several to a line; the chair by her role.
        ("Councillor Whitlock said", "Sian Whitlock"),
        ("The Chair said", "Imogen Farrant"),
    ],
)
def test_who_speaks_in_a_committees_minutes(words, speaker):
    line = _lines().lines[_line(words) - 1]
    assert line.startswith(f"{speaker}: "), line


@pytest.mark.parametrize(
    "words",
    [
        "KESTERTON BOROUGH COUNCIL",
        "PRESENT:",
        "Councillors Delia Marsh",
        "OFFICERS:",
        "12/26   APOLOGIES",
        "The Committee considered report",
        "Page 1 of 3",
        "Councillor Marsh asked whether",
        "RESOLVED: That",
        "(2) a further update",
        "The next meeting of the Committee",
    ],
)
def test_records_questions_and_page_furniture_are_nobodys(words):
    for number, line in enumerate(MINUTES.splitlines(), start=1):
        if words in line:
            assert _lines().lines[number - 1] == "", line


def test_a_pronoun_sayer_carries_a_remark():
    notes = _lines().notes
    assert "Tomasz Wrobel" in notes[_line("He added that fares")]


@pytest.mark.parametrize(
    "document",
    [
        # A US council's minutes: no minute numbers, no RESOLVED (the notes reader's).
        "MINUTES OF THE REGULAR MEETING OF THE CITY COUNCIL\nPresent: Mayor Ana Solis\n"
        "City Manager Gerald Lindqvist reported that the pool will open in 2027.\n",
        # A news story about a committee meeting.
        "Councillors clashed at a meeting of the Place Scrutiny Committee on Wednesday.\n"
        "The Director of Place advised that the station would open in October.\n",
    ],
)
def test_other_documents_are_not_read_as_committee_minutes(document):
    assert agm_minutes.reshape(document.splitlines()) is None


@pytest.mark.django_db
def test_committee_minutes_import():
    source = SourceChoice(
        title="Place Scrutiny Committee", published_on=datetime.date(2026, 1, 14), precision="day"
    )
    plan = import_plan(
        data=MINUTES.encode(), file_name="minutes.txt", options=ImportOptions(source=source)
    )
    by_words = {c.quote[:30]: c for c in plan.candidates}
    found = {(c.speaker.name, c.kind, str(c.deadline)) for c in plan.candidates}
    assert ("Harriet Lumb", ClaimKind.PREDICTION, "2026-10-31") in found
    assert ("Callum Reid", ClaimKind.PREDICTION, "2027-03-31") in found
    assert ("Tomasz Wrobel", ClaimKind.COMMITMENT, "2026-05-31") in found
    assert not any(c.speaker.name in ("Present", "Officers", "Resolved") for c in plan.candidates)
    assert all("RESOLVED" not in words for words in by_words)
