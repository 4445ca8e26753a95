"""Table tests: an Australian committee Hansard as ParlInfo shows it, and an earnings call's
transcript as a financial site publishes it. Each imports without a default speaker; a cue
("Senator OKAFOR:", "Ms Lindqvist:") is the full name the header or the officers' list
gives, and a speaker's line above the words ("Hana Sorensen -- Chief Financial Officer") is
theirs; the header, headings, the chair's procedure, times, suspensions, interjections,
questions taken on notice, the operator, hand-overs and sign-offs are no claims. Near misses
(a document that is no ParlInfo page, a hand-over that is a commitment) read as before."""

import datetime

import pytest

from claims.choices import DatePrecision
from claims.importing import estimates_hansard
from claims.importing.calls import passes_the_call_on
from claims.importing.services import ImportOptions, SourceChoice, import_plan
from claims.importing.wording import _bare

ESTIMATES = """ParlInfo - Economics Legislation Committee : 18/02/2026 : Estimates : TREASURY PORTFOLIO : Australian Housing Finance Office
Database: Senate Committees
Date: Wednesday, 18 February 2026
Source: Senate
Page: 58
Proof: Yes
Questioner: Okafor, Sen Adaeze; Brannigan, Sen Luke
Speaker: Whitlock, Sen Marguerite (CHAIR)
Responder: Lindqvist, Ms Sigrid; Haddad, Dr Omar
ECONOMICS LEGISLATION COMMITTEE
Estimates
TREASURY PORTFOLIO
Australian Housing Finance Office
Ms Sigrid Lindqvist, Chief Executive
Dr Omar Haddad, Chief Economist
[14:05]
CHAIR: Welcome back. I understand Ms Lindqvist has a short opening statement.
Ms Lindqvist: Thank you, Chair. The office approved 4,200 guarantees in the December quarter.
We will publish the first evaluation of the scheme by 30 June 2026.
CHAIR: Senator Okafor.
Senator OKAFOR: Frankly, the guarantee scheme has been a failure for renters. Why should anyone believe the June date?
Ms Lindqvist: Because the evaluation is already with the minister's office.
Senator BRANNIGAN: Chair, on a point of—
CHAIR: Senator Okafor has the call.
Senator OKAFOR: Dr Haddad, what happens to approvals if rates rise again?
Dr Haddad: I'd expect approvals to fall by about a tenth over the following year. I'll take the detail on notice.
Senator Brannigan interjecting—
Ms Lindqvist: We'll take that on notice.
CHAIR: Order. We'll now suspend for afternoon tea.
Proceedings suspended from 15:30 to 15:45
"""  # noqa: E501

# The header's fields tab-separated, a minister at the table cued in title case, a
# surname two listed people share, and an officer the list does not name.
ESTIMATES_TABS = """Database\tSenate Committees
Date\tTuesday, 3 March 2026
Source\tSenate
Responder\tPell, Mr Andrew; Pell, Ms Joanna
Questioner\tMacAulay, Sen Fergus
RURAL AND REGIONAL AFFAIRS AND TRANSPORT LEGISLATION COMMITTEE
Mr Andrew Pell, Deputy Secretary
Ms Joanna Pell, General Manager, Rail
ACTING CHAIR: We'll begin with the rail division.
Senator MacAULAY: The inland line is three years late.
Senator Yeoh: The government will fund the northern section in the May budget.
Mr Pell: Construction of the northern section will start in 2028.
Ms Corrigan: Freight volumes on the line rose 12 per cent last year.
"""

# The transcript copied from its own cover: no ParlInfo header; a senator nobody lists.
COVER = """PROOF COMMITTEE HANSARD
SENATE
COMMUNITY AFFAIRS LEGISLATION COMMITTEE
Estimates
TUESDAY, 20 OCTOBER 2026
CANBERRA
BY AUTHORITY OF THE SENATE
HEALTH AND AGED CARE PORTFOLIO
Mr Rupert Vance, Chief Medical Adviser
[09:00]
CHAIR: I declare open this hearing of the committee.
Mr Vance: Hospital admissions for influenza fell 18 per cent this winter.
Senator TAMBLING: The waiting lists will keep growing.
"""

CALL = """Tessaro Foods (TSF) Q2 2026 Earnings Call Transcript
By Quarry Street Transcribing – Jul 23, 2026 at 6:05PM
TSF earnings call for the period ending June 30, 2026.
Tessaro Foods (NASDAQ: TSF)
Q2 2026 Earnings Call
Jul 23, 2026, 4:30 p.m. ET
Contents:
Prepared Remarks
Questions and Answers
Call Participants
Prepared Remarks:
Operator
Good day, and welcome to the Tessaro Foods second-quarter earnings call. I would now like to hand the conference over to Priyanka Dorsey. Please go ahead.
Priyanka Dorsey -- Head of Investor Relations
Thank you. Some of our remarks today are forward-looking statements, and actual results may differ materially. I'll now turn the call over to our CEO, Matthias Lund.
Matthias Lund -- President and Chief Executive Officer
Thanks, Priyanka. Net sales for the quarter were $640 million, up 6% from a year ago.
We will close the Dayton bakery by the end of 2028.
I'll hand it over to Hana for the financial review.
Hana Sorensen -- Chief Financial Officer
Thank you, Matthias. Gross margin was 31.2% in the quarter.
We expect free cash flow of about $90 million for the full year.
Operator?
Questions & Answers:
Operator
Our first question comes from Caleb Osei with Grantham Securities.
Caleb Osei -- Grantham Securities -- Analyst
Thanks. Is the Dayton closure on schedule?
Matthias Lund -- President and Chief Executive Officer
It is. I think cocoa prices will ease by the spring.
Operator
This concludes our question-and-answer session. I'd like to turn the call back to Matthias Lund.
Matthias Lund -- President and Chief Executive Officer
Thanks, everyone. Have a great evening.
Operator
[Operator signoff]
Duration: 0 minutes
Call participants:
Priyanka Dorsey -- Head of Investor Relations
Matthias Lund -- President and Chief Executive Officer
Hana Sorensen -- Chief Financial Officer
Caleb Osei -- Grantham Securities -- Analyst
"""  # noqa: E501


def _plan(text: str, name: str, published: datetime.date):
    source = SourceChoice(title=name, published_on=published, precision=DatePrecision.DAY)
    return import_plan(data=text.encode(), file_name=name, options=ImportOptions(source=source))


def _by_line(text: str, name: str, published: datetime.date) -> dict[int, list[tuple[str, str]]]:
    """Line → (speaker, quote) of every candidate: the document imports without a default
    speaker."""
    found: dict[int, list[tuple[str, str]]] = {}
    for candidate in _plan(text, name, published).candidates:
        found.setdefault(candidate.statement.line, []).append(
            (candidate.speaker.name, candidate.quote)
        )
    return found


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "name", "published", "expected"),
    [
        (
            ESTIMATES,
            "estimates.txt",
            datetime.date(2026, 2, 18),
            {
                # An officer's cue: the full name of the officers' list; a line with no
                # cue stays hers.
                18: "Sigrid Lindqvist",
                19: "Sigrid Lindqvist",
                # A senator's cue in capitals: the full name of the header's questioners.
                21: "Adaeze Okafor",
                22: "Sigrid Lindqvist",
                # The forecast is his; the detail taken on notice is none.
                26: "Omar Haddad",
                # Header, headings, officers' list, time, the chair's turns, a call sought
                # and broken off (23), a question (25), an interjection (27), a question
                # taken on notice (28) and the suspension (30): none.
            },
        ),
        (
            ESTIMATES_TABS,
            "estimates_tabs.txt",
            datetime.date(2026, 3, 3),
            {
                # "MacAULAY" keeps its case and is the questioner the header names.
                10: "Fergus MacAulay",
                # A minister no list names keeps the cue's surname.
                11: "Yeoh",
                # Two listed people are Pell: the surname as written, never a guess.
                12: "Pell",
                13: "Corrigan",
            },
        ),
        (
            COVER,
            "estimates_cover.txt",
            datetime.date(2026, 10, 20),
            # The cover, headings and the officers' list are none.
            {12: "Rupert Vance", 13: "Tambling"},
        ),
        (
            CALL,
            "tsf_q2_2026_call.txt",
            datetime.date(2026, 7, 23),
            {
                # The speaker's line above the words names them; the hand-over (19), the
                # call for the operator (23), the byline, the boilerplate, the operator's
                # lines, the analyst's question, the sign-off and the participants' list
                # are none.
                17: "Matthias Lund",
                18: "Matthias Lund",
                21: "Hana Sorensen",
                22: "Hana Sorensen",
                30: "Matthias Lund",
            },
        ),
    ],
)
def test_claims_go_to_the_full_names_the_page_gives(text, name, published, expected):
    found = _by_line(text, name, published)
    assert set(found) == set(expected), found
    for line, who in expected.items():
        assert all(speaker == who for speaker, _ in found[line]), (line, found[line])


@pytest.mark.django_db
def test_a_forecast_beside_a_question_taken_on_notice_is_kept_alone():
    found = _by_line(ESTIMATES, "estimates.txt", datetime.date(2026, 2, 18))
    (quote,) = [quote for _, quote in found[26]]
    assert "notice" not in quote
    assert "fall by about a tenth" in quote


@pytest.mark.parametrize(
    ("sentence", "runs"),
    [
        ("With that, I'll hand it to our CEO, Dana Whitcombe.", True),
        ("Let me pass it to Rui for the numbers.", True),
        ("I'll now turn the call back over to the operator.", True),
        ("And with that, I will turn it over to Joanne for closing remarks.", True),
        ("Operator?", True),
        ("Have a great weekend, everyone.", True),
        ("Thanks again and have a good rest of your day.", True),
        # Whoever runs the queue, and a caller's count of questions.
        ("Our first question comes from Dominic Farrow at Kellerman Securities.", True),
        ("Next question is from Yuki Tanabe at Northgate Research.", True),
        ("Next we have Priyanka Sethi at Aldgate Partners.", True),
        ("Dominic, please go ahead.", True),
        ("We have time for one last question, from Dominic Farrow again.", True),
        ("Back to Jess for Q&A.", True),
        ("Two from me.", True),
        ("Next we have a busy year with three openings.", False),
        ("It will go ahead in 2027.", False),
        ("Our next question comes from the regulator, which expects rates to rise.", False),
        # Near misses: commitments and claims.
        ("We will hand the depot to the council by 2027.", False),
        ("We will pass it to customers next year.", False),
        ("I'll turn to our guidance for 2027.", False),
        ("Operators of the new line will be hired in March.", False),
        ("We had a good quarter in every region.", False),
    ],
)
def test_passing_a_call_on(sentence, runs):
    assert passes_the_call_on(_bare(sentence)) is runs


@pytest.mark.parametrize(
    "text",
    [
        # Notes from a hearing, cued with colons, but no ParlInfo header.
        "Estimates notes\nCHAIR: Welcome.\nSenator OKAFOR: Rents will rise 8 per cent.\n",
        # A header whose database is no parliament's.
        "Database: Customer Records\nSpeaker: Lee, Mr Sam\nMr Lee: Sales will double.\n",
        # A ParlInfo-like header without any cued turn.
        "Database: Senate Hansard\nSpeaker: Okafor, Sen Adaeze\nRents will rise.\n",
        # A cover line but no cued turn.
        "Committee Hansard\nThe minister said rents will rise 8 per cent.\n",
        # A UK Hansard page: the UK reader's shape.
        "Volume 790: debated on Monday 1 March 2027\nHouse of Commons | Housing\n"
        "Jane Roe (Eastfield) (Lab)\nRents will rise.\n",
    ],
)
def test_documents_of_other_shapes_are_not_read_as_a_parlinfo_page(text):
    assert estimates_hansard.reshape(text.splitlines()) is None
