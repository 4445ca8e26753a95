"""Table tests: a congressional hearing as the Government Publishing Office prints it ("S.
Hrg." text), and a government press briefing copied from a newsroom page. Each imports without
a default speaker; a printed cue ("Senator DREYER.", "The CHAIR.", "MS. KESSLING:") is the full
name the title page, the presiding line, a heading or the page's title gives; the title page,
headings, bracketed narration, the chair's procedure and courtesies, the press's questions,
handovers and the page's chrome are no claims. Near misses (a claim that opens like a
courtesy, a sentence naming a senator, a document that is no hearing) read as before."""

import datetime

import pytest

from claims.choices import DatePrecision
from claims.importing import gpo_hearings, press_briefings
from claims.importing.services import ImportOptions, SourceChoice, import_plan

SENATE = """                                                        S. Hrg. 119-88
              RESTORING THE COLORADO RIVER: DROUGHT AND THE WESTERN GRID
                                 HEARING
                                BEFORE THE
            SUBCOMMITTEE ON WATER AND POWER
                                OF THE
            COMMITTEE ON ENERGY AND NATURAL RESOURCES
                           UNITED STATES SENATE
                     ONE HUNDRED NINETEENTH CONGRESS
                              FIRST SESSION
                               __________
                        TUESDAY, OCTOBER 7, 2025
    The Subcommittee met, pursuant to notice, at 2:30 p.m., in room SD-366, Dirksen Senate Office Building, Hon. Dana Whitfield, Chairwoman of the Subcommittee, presiding.
    Present: Senators Whitfield [presiding], Alvarez, Pruitt, and Kaplan.
             OPENING STATEMENT OF HON. DANA WHITFIELD, U.S. SENATOR FROM NEVADA
    The CHAIRWOMAN. The Subcommittee will come to order. Good afternoon, and thank you to our witnesses for being here.
    Lake Mead stood at 1,055 feet last month, its lowest October level since 2022.
    I will file a bill to extend the conservation payments through 2028.
    Senator Alvarez.
                STATEMENT OF HON. LUIS ALVAREZ, U.S. SENATOR FROM NEW MEXICO
    Senator ALVAREZ. Thank you, Madam Chair. The compact talks will collapse before the 2026 deadline.
             STATEMENT OF DR. PRIYA RAMANATHAN, DIRECTOR, WESTERN WATER
                   INSTITUTE, UNIVERSITY OF ARIZONA, TUCSON, ARIZONA
    Dr. RAMANATHAN. Thank you, Chairwoman Whitfield, Ranking Member Alvarez, members of the Subcommittee.
    Hydropower output at Glen Canyon fell 30 percent between 2021 and 2024.
    [The prepared statement of Dr. Ramanathan follows:]
                 PREPARED STATEMENT OF DR. PRIYA RAMANATHAN
    Our institute expects the reservoir to drop below minimum power pool by 2027.
             STATEMENT OF PAUL KAPLAN, GENERAL MANAGER, MESA VALLEY
                           IRRIGATION DISTRICT
    Mr. KAPLAN. Thank you for the question; our district will cut deliveries 15 percent next year.
    Senator PRUITT. Senator Alvarez is wrong about the compact.
    Mr. O'NEILL. The Corps will finish the spillway study by March 2026.
    [Laughter.]
    The CHAIRWOMAN. Without objection, the record will remain open for 2 weeks. The Subcommittee stands adjourned.
    [Whereupon, at 4:05 p.m., the hearing was adjourned.]
"""  # noqa: E501

HOUSE = """          HARDENING THE GRID AGAINST WILDFIRE
                               HEARING
                              BEFORE THE
                     SUBCOMMITTEE ON ENERGY
                                OF THE
                   COMMITTEE ON ENERGY AND COMMERCE
                       HOUSE OF REPRESENTATIVES
                   ONE HUNDRED NINETEENTH CONGRESS
                            SECOND SESSION
                              __________
                        THURSDAY, MARCH 12, 2026
                          Serial No. 119-61
  The subcommittee met, pursuant to call, at 10:00 a.m., in Room 2123, Rayburn House Office Building, Hon. Gary Lindqvist [chairman of the subcommittee] presiding.
  Members present: Representatives Lindqvist, Moreau, and Smith of Texas.
  STATEMENT OF ANGELA BRIGHTWATER, CHIEF OPERATING OFFICER, SIERRA PACIFIC ELECTRIC
  The Chairman. The chair now recognizes Ms. Brightwater for 5 minutes.
  Ms. BRIGHTWATER. We have buried 400 miles of distribution line since 2023.
  We will bury another 1,000 miles by the end of 2028.
  Mr. SMITH of Texas. Ms. Brightwater, will rates go up?
  Ms. BRIGHTWATER. Yes. Rates will rise about 6 percent next year.
  Ms. MOREAU. Utilities always underestimate what undergrounding costs.
  Mr. LINDQVIST. I expect Congress to pass a wildfire liability bill before the end of 2026.
  Ms. Brightwater, you're recognized for one more minute.
  The Chairman. Wildfires cost California utilities $9 billion last year.
"""  # noqa: E501

# As govinfo.gov serves it: its own header line, the committee's roster in two columns, and
# a Present line that only gives surnames.
GOVINFO = """[Senate Hearing 119-301]
[From the U.S. Government Publishing Office]

                                                        S. Hrg. 119-301
                  THE FUTURE OF RURAL BROADBAND
                                 HEARING
                                BEFORE THE
          COMMITTEE ON COMMERCE, SCIENCE, AND TRANSPORTATION
                           UNITED STATES SENATE
                     ONE HUNDRED NINETEENTH CONGRESS
                              SECOND SESSION
                               __________
                          MAY 20, 2026
       COMMITTEE ON COMMERCE, SCIENCE, AND TRANSPORTATION
HENRY CALLOWAY, Montana, Chairman    JOAN FERREIRA, Oregon, Ranking Member
TESSA McGRATH, Alaska                DAVID OYELARAN, Georgia
    Present: Senators Calloway [presiding], Ferreira, McGrath, and Oyelaran.
    The CHAIRMAN. The committee will come to order.
    Senator McGRATH. Half of Alaska's villages still lack 25-megabit service.
    Senator OYELARAN. Fiber will reach every Georgia county by 2029.
    Chairman CALLOWAY. I think the subsidy program has been a failure.
"""

DOE = """Home / Newsroom / Press Briefings
Press Briefing by Department of the Interior Press Secretary Nadia Okonkwo
February 3, 2026
Main Interior Building, Washington, D.C.

11:02 A.M. EST

MS. OKONKWO: Good morning, everyone. I have three announcements at the top and then I'll take your questions.

First, the Bureau of Land Management leased 42,000 acres for solar in January.

With that, Priya.

Q: Thanks, Nadia. The Audubon Society says the leases will wipe out sage grouse habitat by 2030. Is that right?

MS. OKONKWO: We disagree. The Department will publish the habitat survey by April 30.

Q: Follow-up --

MS. OKONKWO: Let me go to Dan. Dan.

Q: Will more lease sales follow?

MS. OKONKWO: I expect at least two more lease sales before the end of the year.
We'll see you Thursday.

END 11:37 A.M. EST

###
Print  |  Share  |  Sign up for Newsroom email alerts
"""  # noqa: E501

WHITE_HOUSE = """Briefing Room / Press Briefings
Press Briefing by Press Secretary Marcus Bell-Ortiz and National Economic Council Director Janet Huang
September 10, 2026
James S. Brady Press Briefing Room

1:32 P.M. EDT

MR. BELL-ORTIZ:  Good afternoon.  I'm happy to take a few questions.

DIRECTOR HUANG:  Thanks, Marcus.  Core inflation fell to 2.4 percent in August.

We expect it to reach 2 percent by the middle of next year.

Q    Director, the Fed chair said rates will stay high through 2027.  Do you agree?
How worried are you?

DIRECTOR HUANG:  I think the Fed will cut twice before Christmas.

MR. BELL-ORTIZ:  Go ahead, Jacqui.

Q    Will the President sign the tariff bill?

MR. BELL-ORTIZ:  The President will sign it on Friday.

END           2:14 P.M. EDT
"""  # noqa: E501

GAGGLE = """Briefings & Statements
Press Gaggle by Principal Deputy Press Secretary Owen Marsh
Aboard Air Force One
En route to Phoenix, Arizona

PRESS SECRETARY MARSH:  Hi, everybody.  The President will sign the water bill in Phoenix today.

Q  Will he meet the governors?

PRESS SECRETARY MARSH:  He will meet all four of them before Friday.

Q  Thank you.

END 3:02 P.M. MST
"""


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
            SENATE,
            "senate_hearing.txt",
            datetime.date(2025, 10, 7),
            {
                # The chair: the member the presiding line names; the gavel and the thanks
                # on line 16, and the recognition of line 19, are none.
                17: "Dana Whitfield",
                18: "Dana Whitfield",
                # A senator's cue: the full name of their heading.
                21: "Luis Alvarez",
                # A witness: the full name of the STATEMENT OF heading, resolved by surname.
                25: "Priya Ramanathan",
                # The prepared statement that follows is the witness's.
                28: "Priya Ramanathan",
                # "Thank you for the question; …" is a claim, not a courtesy: kept (under the
                # cue as written: the surname is a member's too).
                31: "Kaplan",
                # A member no line names in full keeps the surname the cue gives.
                32: "Pruitt",
                # So does a cue no heading resolves; its apostrophe keeps its case.
                33: "O'Neill",
            },
        ),
        (
            HOUSE,
            "house_hearing.txt",
            datetime.date(2026, 3, 12),
            {
                # The chair's recognition (line 16) and a member's question (19) are none.
                17: "Angela Brightwater",
                18: "Angela Brightwater",
                20: "Angela Brightwater",
                21: "Moreau",
                # "Mr. LINDQVIST." is the member presiding, as "The Chairman." (older print) is;
                # his closing recognition is none.
                22: "Gary Lindqvist",
                24: "Gary Lindqvist",
            },
        ),
        (
            GOVINFO,
            "govinfo_hearing.txt",
            datetime.date(2026, 5, 20),
            # The roster on the title page gives the full names; the [presiding] mark the
            # chair's.
            {19: "Tessa McGrath", 20: "David Oyelaran", 21: "Henry Calloway"},
        ),
    ],
)
def test_a_printed_hearings_claims_go_to_full_names(text, name, published, expected):
    found = _by_line(text, name, published)
    assert set(found) == set(expected), found
    for line, who in expected.items():
        assert all(speaker == who for speaker, _ in found[line]), (line, found[line])


@pytest.mark.django_db
def test_a_printed_hearings_shared_surname_asks_the_curator():
    """Senator Kaplan sits on the subcommittee and Paul Kaplan testifies: "Mr. KAPLAN." may
    be either, so the cue stays as written and a remark asks."""
    plan = _plan(SENATE, "senate_hearing.txt", datetime.date(2025, 10, 7))
    (kaplan,) = [c for c in plan.candidates if c.statement.line == 31]
    assert kaplan.speaker.name == "Kaplan"
    assert "Paul Kaplan or the member Kaplan" in kaplan.statement.note


@pytest.mark.django_db
def test_a_printed_hearings_unnamed_chair_asks_the_curator():
    text = SENATE.replace("Hon. Dana Whitfield, Chairwoman of the Subcommittee, presiding.", "")
    text = text.replace("[presiding]", "").replace("OPENING STATEMENT OF HON. DANA WHITFIELD", "")
    plan = _plan(text, "senate_hearing.txt", datetime.date(2025, 10, 7))
    chair = [c for c in plan.candidates if c.statement.line in (17, 18)]
    assert chair
    assert all(gpo_hearings.CHAIR_UNNAMED in c.statement.note for c in chair)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "name", "published", "expected"),
    [
        (
            DOE,
            "doi_briefing.txt",
            datetime.date(2026, 2, 3),
            # The breadcrumbs, title, date, place, time, the opening items line, handovers,
            # the questions (one relaying the Audubon Society's forecast), the sign-off, END
            # and the share chrome are none; the briefer's claims are hers, in full.
            {10: "Nadia Okonkwo", 16: "Nadia Okonkwo", 24: "Nadia Okonkwo"},
        ),
        (
            WHITE_HOUSE,
            "wh_briefing.txt",
            datetime.date(2026, 9, 10),
            # Two briefers named in the title; a question goes on a line without its "Q".
            {
                10: "Janet Huang",
                12: "Janet Huang",
                17: "Janet Huang",
                23: "Marcus Bell-Ortiz",
            },
        ),
        # A gaggle: the cue's title is an office ("PRESS SECRETARY MARSH:").
        (GAGGLE, "gaggle.txt", datetime.date(2026, 4, 2), {6: "Owen Marsh", 10: "Owen Marsh"}),
    ],
)
def test_a_press_briefings_claims_go_to_the_briefers(text, name, published, expected):
    found = _by_line(text, name, published)
    assert set(found) == set(expected), found
    for line, who in expected.items():
        assert all(speaker == who for speaker, _ in found[line]), (line, found[line])


@pytest.mark.parametrize(
    ("sentence", "runs"),
    [
        ("Good afternoon, and thank you to our witnesses for being here.", True),
        ("Thank you, Chair Holloway, Ranking Member Dreyer, members of the Committee.", True),
        ("Thank you, Madam Chair.", True),
        ("Senator Dreyer.", True),
        ("Senator Dreyer, you're recognized for five minutes.", True),
        ("Dr. Okafor, please proceed.", True),
        ("Ms. Brightwater, you're recognized for one more minute.", True),
        ("Without objection, the record will remain open for 10 days.", True),
        ("Without objection, her letter will be entered into the record.", True),
        ("The Committee stands adjourned.", True),
        # Near misses: claims.
        ("Thank you for the question; we will open three plants by 2027.", False),
        ("Thanks to the new law, jobs rose 5 percent.", False),
        ("Senator Dreyer is right about the apprenticeships.", False),
        ("Without objection from the unions, we will close the Reno plant.", False),
    ],
)
def test_a_hearings_running_sentences(sentence, runs):
    assert gpo_hearings.running(sentence) is runs


@pytest.mark.parametrize(
    ("line", "handover"),
    [
        ("With that, Zeke.", True),
        ("Let me go to Andrea. Andrea.", True),
        ("Go ahead, Peter.", True),
        ("Yes, Jacqui, go ahead.", True),
        # Near misses: claims, or an answer.
        ("With that, the Department will close the Moab office by June.", False),
        ("Andrea Lopez will lead the review.", False),
        ("All seven.", False),
    ],
)
def test_a_briefers_handover(line, handover):
    assert press_briefings.handover(line) is handover


@pytest.mark.parametrize(
    "text",
    [
        # A notes file about a hearing, cued with colons: no title page.
        "Senate hearing notes\nSenator Dreyer: Automation will cut 1 million jobs by 2030.\n",
        # The title page, but printed cues in title case: the notes reader's own shape.
        "ONE HUNDRED NINETEENTH CONGRESS\nFIRST SESSION\nMr. Graves. Will the intake fail?\n",
        "ONE HUNDRED NINETEENTH CONGRESS\nFIRST SESSION\nThe Chairman. The intake will fail.\n",
        # A press conference without a briefing's title or END line.
        "Pre-Match Press Conference\nQ. How is the squad?\nMARTA RUIZ: Fit and ready.\n",
    ],
)
def test_documents_of_other_shapes_are_not_read_as_these_layouts(text):
    lines = text.splitlines()
    assert gpo_hearings.reshape(lines) is None
    assert press_briefings.reshape(lines) is None
