"""Table tests: court, deposition, council and call-in transcripts.

A transcript's front matter (a court's caption, a hearing's title page, a station's line, a
note on how the transcript was made) is the document's own and dates it; the witness counsel
calls answers every "A." line; rulings, procedure and the witness's position for the record
are no claims; a call-in show's guest is the one the host introduced, and each caller is a
speaker of their own, "Dave (caller, Hillsboro)".
"""

import datetime

import pytest

from claims.importing.call_ins import (
    called_to_speak,
    caller_cue,
    caller_on_air,
    introduced_guest,
    told_before_asking,
)
from claims.importing.front_matter import (
    BROADCAST,
    COURT,
    HEARING,
    NOTE,
    deponent,
    front_date,
    front_line,
)
from claims.importing.hearings import (
    called_witness,
    for_the_record,
    printed_cue,
    procedure,
    ruling,
    statement_of,
)
from claims.importing.introduced_names import introduced_full_name
from claims.importing.parsing import split_sentences
from claims.importing.services import ImportOptions, SourceChoice, import_plan
from tests.importing import attributed

# ---- Front matter


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("UNITED STATES DISTRICT COURT", COURT),
        ("FOR THE DISTRICT OF OREGON", COURT),
        ("CASCADE WATER ALLIANCE v. NORTHLINE POWER CO., Case No. 3:26-cv-01184-SI", COURT),
        ("TRANSCRIPT OF BENCH TRIAL, DAY 3 — Thursday, November 12, 2026", COURT),
        ("IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS", COURT),
        ("SUPERIOR COURT OF THE STATE OF CALIFORNIA", COURT),
        ("IN AND FOR THE COUNTY OF ALAMEDA", COURT),
        ("NORTHERN DISTRICT OF ILLINOIS", COURT),
        ("EASTERN DIVISION", COURT),
        ("RIVERBEND HOMEOWNERS ASSOCIATION, Plaintiff,", COURT),
        ("v.", COURT),
        ("Defendants.", COURT),
        ("Case No. RG26-114502", COURT),
        ("In re Northline Power Co.", COURT),
        ("REPORTER'S TRANSCRIPT OF PROCEEDINGS — JURY TRIAL, DAY 2", COURT),
        ("VIDEOTAPED DEPOSITION OF TOMASZ WRONA", COURT),
        ("Before the Honorable Ruth Kaminski, District Judge", COURT),
        ("APPEARANCES:", COURT),
        ("Court Reporter: Dana Mills, RMR", COURT),
        ("HEARING BEFORE THE SUBCOMMITTEE ON ENERGY", HEARING),
        ("COMMITTEE ON ENERGY AND COMMERCE", HEARING),
        ("HOUSE OF REPRESENTATIVES", HEARING),
        ("ONE HUNDRED NINETEENTH CONGRESS", HEARING),
        ("FIRST SESSION", HEARING),
        ("Serial No. 119-42", HEARING),
        ("CITY OF RIVERTON — CITY COUNCIL REGULAR MEETING", HEARING),
        (
            'KXRC 90.7 FM — "City Desk Call-In" — Thursday, November 5, 2026, 9:00 a.m. hour',
            BROADCAST,
        ),
        ('WDRV 88.1 FM | "Open Line" | Monday, October 19, 2026', BROADCAST),
        ("Transcript prepared by station staff; lightly edited for clarity.", NOTE),
        ("This transcript has been edited for length and clarity.", NOTE),
        ("This is a rush transcript.", NOTE),
        ("Transcript of public comment, edited for clarity.", NOTE),
        # Near-misses: words of a speaker, a forecast, a cue, a title of another kind.
        ("THE COURT: Please be seated.", ""),
        ("Cascade v. Northline will settle by 2027.", ""),
        ("The court will rule on remedies by the end of the summer.", ""),
        ("The transcript of the hearing shows the board approved it.", ""),
        ("KXRC will double its audience by 2028.", ""),
        ("The Grid Report, episode 48", ""),
        ("Supreme Court rulings will reshape tech regulation by 2030.", ""),
        ("Why rate cuts are coming", ""),
        ("Mobile World Congress", ""),
        ("Notes from the Supreme Court", ""),
        ("Bloomberg TV — Surveillance — 3 May 2024", ""),
        ("Ben Ortiz on WSJ Live, 3 May 2024", ""),
        ("United States District Court for the District of Oregon", COURT),
    ],
)
def test_a_transcripts_front_matter_lines(line, kind):
    assert front_line(line) == kind


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("TRANSCRIPT OF BENCH TRIAL, DAY 3 — Thursday, November 12, 2026", "2026-11-12"),
        ('KXRC 90.7 FM — "City Desk" — Thursday, November 5, 2026, 9:00 a.m. hour', "2026-11-05"),
        ("Taken on Tuesday, September 15, 2026", "2026-09-15"),
        ("Case No. 3:26-cv-01184-SI", None),
        ("UNITED STATES DISTRICT COURT", None),
    ],
)
def test_a_front_matter_line_dates_the_document(line, day):
    found = front_date(line)
    assert (found[0].isoformat() if found else None) == day


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("VIDEOTAPED DEPOSITION OF TOMASZ WRONA", "TOMASZ WRONA"),
        ("DEPOSITION OF DR. ANA RUIZ, taken on behalf of the Plaintiffs", "DR. ANA RUIZ"),
        ("Remote Deposition of Lena Marsh, Volume II", "Lena Marsh"),
        ("The deposition was postponed.", ""),
    ],
)
def test_a_depositions_title_names_the_witness(line, name):
    assert deponent(line) == name


# ---- A hearing's turns


@pytest.mark.parametrize(
    ("sentence", "witness"),
    [
        ("Plaintiffs call Dr. Helen Marchetti.", "Helen Marchetti"),
        ("The defense calls Mark Tran.", "Mark Tran"),
        ("Your Honor, the government calls Special Agent Rosa Diaz.", "Rosa Diaz"),
        ("We call Ana Ruiz to the stand.", "Ana Ruiz"),
        ("The State calls its next witness, Officer Dana Kim.", "Dana Kim"),
        ("The United States calls Dr. Elena Voss.", "Elena Voss"),
        # Near-misses: "call" as another verb.
        ("Analysts call Tesla a bubble.", ""),
        ("We call it the Tillman Dam.", ""),
        ("I'll call you back.", ""),
    ],
)
def test_the_witness_counsel_calls(sentence, witness):
    assert called_witness(sentence) == witness


@pytest.mark.parametrize(
    ("sentence", "is_ruling"),
    [
        ("Overruled.", True),
        ("Sustained.", True),
        ("The objection is overruled.", True),
        ("I'll allow it.", True),
        ("The court will strike the answer.", True),
        ("Overruled. It goes to notice.", True),
        ("It goes to notice, not to the truth of it.", False),
        ("Northline will be allowed to raise the dam by 2028.", False),
    ],
)
def test_a_courts_ruling(sentence, is_ruling):
    assert ruling(sentence) is is_ruling


@pytest.mark.parametrize(
    ("question", "asks_who"),
    [
        ("Please state your position for the record.", True),
        ("Please state your name for the record.", True),
        ("And what is your occupation?", True),
        ("Where do you work?", True),
        ("By whom are you employed?", True),
        ("What is your position?", True),
        ("Has the sediment behind the dam changed?", False),
        ("What is your projection now?", False),
        ("Will the work at the plant resume?", False),
    ],
)
def test_counsel_asking_the_witness_who_they_are(question, asks_who):
    assert for_the_record(question) is asks_who


@pytest.mark.parametrize(
    ("sentence", "is_procedure"),
    [
        ("Let's take the morning recess.", True),
        ("We'll stand in recess until 1:30.", True),
        ("Nothing further, Your Honor.", True),
        ("No further questions.", True),
        ("Pass the witness.", True),
        ("You may step down.", True),
        ("Ms. Delgado, your next witness.", True),
        ("Let's go off the record.", True),
        ("Proceed.", True),
        ("The defense rests.", True),
        ("We will take the plant off the grid by 2027.", False),
        ("Nothing further will be built on the site.", False),
    ],
)
def test_more_of_a_hearings_procedure(sentence, is_procedure):
    assert procedure(sentence) is is_procedure


COURT_TRANSCRIPT = """UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF OREGON
CASCADE WATER ALLIANCE v. NORTHLINE POWER CO., Case No. 3:26-cv-01184-SI
TRANSCRIPT OF BENCH TRIAL, DAY 3 — Thursday, November 12, 2026

THE COURT: Please be seated. We're back on the record. Mr. Okafor, call your next witness.
MR. OKAFOR: Thank you, Your Honor. Plaintiffs call Dr. Helen Marchetti.
(Witness sworn.)
DIRECT EXAMINATION BY MR. OKAFOR:
Q. Please state your position for the record.
A. I'm chief hydrologist at the Willamette Basin Institute.
Q. Has the sediment behind the Tillman Dam changed since the dam was raised?
A. Yes. Sediment deposition behind the dam has roughly doubled since 2019.
Q. What is your projection now?
A. At current deposition rates, the lower intake will be completely blocked by the end of 2029.
MS. FERREIRA: Objection. Hearsay.
THE COURT: Overruled. It goes to notice, not to the truth of it. Proceed.
Q. Suppose Northline starts seasonal flushing flows next spring. What then?
A. Then the intake would not be blocked before 2032, in my estimate.
THE COURT: Let's take the morning recess. Fifteen minutes.
(Recess taken from 10:42 a.m. to 10:58 a.m.)
CROSS-EXAMINATION BY MS. FERREIRA:
Q. Doctor, dredging the reservoir would solve this, wouldn't it?
A. Dredging is a stopgap. In my view it's a waste of ratepayers' money.
MS. FERREIRA: Nothing further, Your Honor.
"""


def test_a_court_transcripts_caption_is_front_matter_and_the_called_witness_answers():
    said = attributed.said(COURT_TRANSCRIPT)
    assert [(who, words) for who, words in said if who != "THE COURT" or "Fifteen" in words] == [
        ("MR. OKAFOR", "Thank you, Your Honor."),
        ("Helen Marchetti", "Yes."),
        ("Helen Marchetti", "Sediment deposition behind the dam has roughly doubled since 2019."),
        (
            "Helen Marchetti",
            "At current deposition rates, the lower intake will be completely blocked by the "
            "end of 2029.",
        ),
        ("Helen Marchetti", "Then the intake would not be blocked before 2032, in my estimate."),
        ("THE COURT", "Fifteen minutes."),
        ("Helen Marchetti", "Dredging is a stopgap."),
        ("Helen Marchetti", "In my view it's a waste of ratepayers' money."),
    ]
    # The ruling and its reasons, and the recess, are nobody's claim.
    assert not any(who == "THE COURT" and "notice" in words for who, words in said)


@pytest.mark.django_db
def test_a_court_transcripts_caption_dates_it_and_needs_no_default_speaker():
    plan = import_plan(
        data=COURT_TRANSCRIPT.encode(),
        file_name="hearing.txt",
        options=ImportOptions(source=SourceChoice()),
    )
    assert {c.statement.line for c in plan.candidates} == {13, 15, 19, 24}
    assert all(c.speaker.name == "Helen Marchetti" for c in plan.candidates)
    assert {s.said_on for s in plan.sources} == {datetime.date(2026, 11, 12)}


DEPOSITION = """SUPERIOR COURT OF THE STATE OF CALIFORNIA
IN AND FOR THE COUNTY OF ALAMEDA
RIVERBEND HOMEOWNERS ASSOCIATION, Plaintiff,
v.
HALVERSON CONSTRUCTION, INC., Defendant.
Case No. RG26-114502
VIDEOTAPED DEPOSITION OF TOMASZ WRONA
Taken on Tuesday, September 15, 2026

EXAMINATION
BY MS. ABERNATHY:
Q: Please state your name for the record.
A: Tomasz Wrona.
Q: And what is your occupation?
A: I'm a structural engineer with Pacific Span Engineering.
Q: Did you inspect the retaining wall on Ridge Road?
A: Yes. The wall has shifted about four inches since the spring.
Q: Will it hold?
A: Without drainage work, the wall will fail within two winters.
MR. GALLO: Objection. Calls for speculation.
BY MS. ABERNATHY:
Q: You can answer.
A: I stand by it. Halverson will have to rebuild the lower section.
MS. ABERNATHY: Let's go off the record.
(Off the record at 11:02 a.m.)
"""


def test_a_depositions_answers_are_the_deponents_its_title_names():
    assert attributed.said(DEPOSITION) == [
        ("Tomasz Wrona", "Yes."),
        ("Tomasz Wrona", "The wall has shifted about four inches since the spring."),
        ("Tomasz Wrona", "Without drainage work, the wall will fail within two winters."),
        ("Tomasz Wrona", "I stand by it."),
        ("Tomasz Wrona", "Halverson will have to rebuild the lower section."),
    ]


REDIRECT = """IN THE UNITED STATES DISTRICT COURT
FOR THE NORTHERN DISTRICT OF ILLINOIS
EASTERN DIVISION
UNITED STATES OF AMERICA v. MERIDIAN GRAIN LLC, No. 1:26-cr-00412
REPORTER'S TRANSCRIPT OF PROCEEDINGS — JURY TRIAL, DAY 2
Before the Honorable Ruth Kaminski, District Judge
October 20, 2026

THE COURT: Ms. Delgado, your next witness.
MS. DELGADO: The United States calls Special Agent Owen Pryce.
(Witness sworn.)
DIRECT EXAMINATION
BY MS. DELGADO:
Q. Where do you work?
A. I'm a special agent with the Department of Agriculture's Office of Inspector General.
Q. What did the audit find?
A. Meridian overstated its storage capacity by 40 percent in 2024.
CROSS-EXAMINATION
BY MR. HOLLIS:
Q. You never visited the Joliet elevator, did you?
A. No, I did not.
MR. HOLLIS: Nothing further.
REDIRECT EXAMINATION
BY MS. DELGADO:
Q. Did you need to?
A. The scale records alone show the overstatement.
THE COURT: You may step down. Call your next witness.
MS. DELGADO: The government calls Lena Marsh.
Q. What is your position?
A. I was Meridian's controller until March.
Q. What will happen to the elevator?
A. Meridian will close the Joliet elevator by the end of next year.
THE WITNESS: And the company will lay off its whole grain desk.
THE COURT: We'll stand in recess until 1:30.
"""


def test_each_witness_called_answers_until_the_next_is_called():
    assert attributed.said(REDIRECT) == [
        ("Owen Pryce", "Meridian overstated its storage capacity by 40 percent in 2024."),
        ("Owen Pryce", "No, I did not."),
        ("Owen Pryce", "The scale records alone show the overstatement."),
        ("Lena Marsh", "Meridian will close the Joliet elevator by the end of next year."),
        ("Lena Marsh", "And the company will lay off its whole grain desk."),
    ]


def test_a_heading_names_the_witness_as_the_heading_writes_the_name():
    notes = (
        "## Dr. Elena Voss — remedies hearing, 12 March 2026\n\n"
        "MR. SMITH: The United States calls Dr. Elena Voss.\n"
        "Q. And without the remedy?\n"
        "A. Nimbus will still have more than 85 percent of the market in 2030.\n"
    )
    assert attributed.said(notes) == [
        ("Dr. Elena Voss", "Nimbus will still have more than 85 percent of the market in 2030.")
    ]


def test_a_q_and_a_with_no_witness_called_keeps_the_sections_speaker():
    notes = (
        "## Mark Tran — deposition, 3 February 2026\n\n"
        "Q. Do you expect the plant to reopen?\n"
        "A. It will reopen before the end of 2027.\n"
    )
    assert attributed.said(notes) == [("Mark Tran", "It will reopen before the end of 2027.")]


COUNCIL = """CITY OF RIVERTON — CITY COUNCIL REGULAR MEETING
Tuesday, October 6, 2026
Transcript of public comment, edited for clarity.

CHAIR: We'll now open public comment. Each speaker has three minutes. First, Ruth Adeyemi.
MS. ADEYEMI: Thank you. The new bus lane will push traffic onto Alder Street by next summer.
CHAIR: Thank you. Next speaker is Tom Walsh.
MR. WALSH: Ridership on Route 9 has doubled since the pilot started.
CHAIR: Thank you, Mr. Walsh. Public comment is closed.
"""


def test_a_councils_public_comment_gives_each_commenter_the_name_the_chair_called():
    said = [(who, words) for who, words in attributed.said(COUNCIL) if who != "CHAIR"]
    assert said == [
        ("Ruth Adeyemi", "Thank you."),
        (
            "Ruth Adeyemi",
            "The new bus lane will push traffic onto Alder Street by next summer.",
        ),
        ("Tom Walsh", "Ridership on Route 9 has doubled since the pilot started."),
    ]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("First, Ruth Adeyemi.", ["Ruth Adeyemi"]),
        ("Next speaker is Tom Walsh.", ["Tom Walsh"]),
        ("Our next speaker is Ana Ruiz, followed by Tom Walsh.", ["Ana Ruiz", "Tom Walsh"]),
        ("Next up, Dr. Ana Ruiz.", ["Ana Ruiz"]),
        ("First, the minutes.", []),
        ("Next year Route 9 doubles.", []),
    ],
)
def test_the_chair_calling_the_next_speaker(sentence, names):
    assert called_to_speak(sentence) == names


# ---- Call-in shows


@pytest.mark.parametrize(
    ("label", "caller"),
    [
        ("CALLER (DAVE, HILLSBORO)", "Dave (caller, Hillsboro)"),
        ("Caller (Dave in Hillsboro)", "Dave (caller, Hillsboro)"),
        ("CALLER (PRIYA, BEAVERTON)", "Priya (caller, Beaverton)"),
        ("CALLER (DAVE)", "Dave (caller)"),
        ("DAVE (CALLER)", "Dave (caller)"),
        ("Dave from Hillsboro (caller)", "Dave (caller, Hillsboro)"),
        ("CALLER", ""),
        ("Caller 2", ""),
        ("CALLER (ANONYMOUS)", ""),
        ("Dr. Ana Ruiz", ""),
    ],
)
def test_a_callers_cue(label, caller):
    assert caller_cue(label) == caller


@pytest.mark.parametrize(
    ("sentence", "caller"),
    [
        ("First up, Dave in Hillsboro.", "Dave (caller, Hillsboro)"),
        ("Priya in Beaverton, you're on the air.", "Priya (caller, Beaverton)"),
        ("Luis in Milwaukie, about thirty seconds.", "Luis (caller, Milwaukie)"),
        ("Let's go to Tom in Salem.", "Tom (caller, Salem)"),
        ("Next up, Dana from Ellensburg.", "Dana (caller, Ellensburg)"),
        ("Prices in Europe, by contrast, fell.", ""),
        ("Demand in Texas rose.", ""),
        ("Growth in China will slow by 2027.", ""),
    ],
)
def test_the_host_putting_a_caller_on_the_air(sentence, caller):
    assert caller_on_air(sentence) == caller


@pytest.mark.parametrize(
    ("sentence", "guest"),
    [
        (
            "My guest this hour is Marisol Etxeberria, general manager of capital projects at "
            "Rose City Transit.",
            "Marisol Etxeberria",
        ),
        ("Joining me in the studio is Dr. Ines Okonkwo, state climatologist.", "Ines Okonkwo"),
        ("I'm joined by Tom Hale of NordGrid.", "Tom Hale"),
        ("Our guest today is Ana Ruiz.", "Ana Ruiz"),
        ("With me now is the mayor.", ""),
        ("My guest list for the party is long.", ""),
    ],
)
def test_the_host_introducing_the_guest(sentence, guest):
    assert introduced_guest(sentence) == guest


RADIO = "\n".join(
    [
        'KXRC 90.7 FM — "City Desk Call-In" — Thursday, November 5, 2026, 9:00 a.m. hour',
        "Transcript prepared by station staff; lightly edited for clarity.",
        "",
        "HOST: Good morning, you're listening to City Desk. My guest this hour is Marisol "
        "Etxeberria, general manager of capital projects at Rose City Transit. Welcome.",
        "ETXEBERRIA: Thanks for having me, it's good to be back.",
        "HOST: Let's start with the Blue Line extension. Everyone wants to know when it opens.",
        "ETXEBERRIA: We will open the Blue Line extension to Gresham Station by the end of March.",
        "HOST: Phone lines are open at 503-555-0191. First up, Dave in Hillsboro. Go ahead, Dave.",
        "CALLER (DAVE, HILLSBORO): Hi. My bus, the 57, has been twenty minutes late every "
        "morning this month.",
        "ETXEBERRIA: The board approved a 25-cent fare increase last week.",
        "HOST: We're back. Priya in Beaverton, you're on the air.",
        "CALLER (PRIYA, BEAVERTON): Self-driving buses will replace most drivers by 2030, so "
        "why is the agency still hiring?",
        "HOST: That's City Desk for this week. I'm your host, and this is KXRC.",
    ]
)


def test_a_call_in_shows_guest_and_callers():
    said = [(who, words) for who, words in attributed.said(RADIO) if who != "HOST"]
    assert said == [
        ("Marisol Etxeberria", "Thanks for having me, it's good to be back."),
        (
            "Marisol Etxeberria",
            "We will open the Blue Line extension to Gresham Station by the end of March.",
        ),
        ("Dave (caller, Hillsboro)", "Hi."),
        (
            "Dave (caller, Hillsboro)",
            "My bus, the 57, has been twenty minutes late every morning this month.",
        ),
        ("Marisol Etxeberria", "The board approved a 25-cent fare increase last week."),
        ("Priya (caller, Beaverton)", "Self-driving buses will replace most drivers by 2030"),
        ("Priya (caller, Beaverton)", "so why is the agency still hiring?"),
    ]


CALL_IN_ROLES = """WDRV 88.1 FM | "Open Line" | Monday, October 19, 2026
This transcript has been edited for length and clarity.

HOST: Welcome to Open Line. Joining me in the studio is Dr. Ines Okonkwo, state climatologist.
GUEST: Thanks for having me.
HOST: Let's go to the phones. Carl in Yakima, you're on the air.
CALLER: We've had no measurable rain since July, and the wells on our road are dropping.
GUEST: Carl, this has been the driest summer on record for the Yakima basin.
HOST: Next up, Dana from Ellensburg. Go ahead.
CALLER: The reservoirs will be empty by next August, so why aren't we rationing now?
GUEST: The reservoirs will stay above 30 percent through next summer.
"""


def test_guest_and_caller_cues_are_the_people_the_host_named():
    said = [(who, words) for who, words in attributed.said(CALL_IN_ROLES) if who != "HOST"]
    assert said == [
        ("Ines Okonkwo", "Thanks for having me."),
        (
            "Carl (caller, Yakima)",
            "We've had no measurable rain since July, and the wells on our road are dropping.",
        ),
        ("Ines Okonkwo", "Carl, this has been the driest summer on record for the Yakima basin."),
        ("Dana (caller, Ellensburg)", "The reservoirs will be empty by next August"),
        ("Dana (caller, Ellensburg)", "so why aren't we rationing now?"),
        ("Ines Okonkwo", "The reservoirs will stay above 30 percent through next summer."),
    ]


def test_a_guest_line_still_opens_a_section_in_notes_without_transcript_cues():
    notes = "Guest: Ana Ruiz\n\nRates will fall by 2027.\n"
    assert attributed.said(notes) == [("Ana Ruiz", "Rates will fall by 2027.")]


# ---- A forecast stated, then a question on it


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "Self-driving buses will replace most drivers by 2030, so why is the agency still "
            "hiring?",
            [
                "Self-driving buses will replace most drivers by 2030",
                "so why is the agency still hiring?",
            ],
        ),
        (
            "Prices will double by 2030, but is that bad?",
            ["Prices will double by 2030", "but is that bad?"],
        ),
        # Near-misses: a condition, what the one asked said, no forecast, a plain question.
        ("If rates fall by 2027, so what will you do?", None),
        ("You said rates would fall by 2027, so why haven't they?", None),
        ("Rates are high, so why wait?", None),
        ("Will rates fall by 2027, do you think?", None),
    ],
)
def test_a_forecast_stated_before_a_question_is_a_sentence_of_its_own(text, parts):
    assert [s for _, s in split_sentences(text)] == (parts or [text])


@pytest.mark.parametrize(
    ("lines", "full"),
    [
        (
            [
                "HOST: Now on the line, Marisol Etxeberria, general manager of capital projects.",
                "ETXEBERRIA: Thanks.",
                "ETXEBERRIA: We will open the extension by March.",
            ],
            "Marisol Etxeberria",
        ),
        (
            [
                "MODERATOR: With us are Ana Lund, of NordGrid, and Erik Lund, of Statkraft.",
                "LUND: Thanks.",
                "LUND: Prices will fall.",
            ],
            "",
        ),
        (["Demand in EUROPE, they say.", "EUROPE: demand falls"], ""),
    ],
)
def test_a_surname_cue_in_capitals_is_the_person_the_narration_named_in_full(lines, full):
    surname = lines[-1].split(":")[0]
    assert introduced_full_name(surname, lines) == full


@pytest.mark.parametrize(
    ("sentence", "lead_in"),
    [
        (
            "Marisol, the state auditor said last month the agency will run out of capital "
            "reserves by 2028.",
            True,
        ),
        ("Critics say fares will double by 2030.", True),
        ("You said in March the line would open this year.", True),
        ("The mayor told reporters the bridge will close in 2027.", True),
        ("I said last week that rates would fall.", False),
        ("We expect the grant in Q2 2027.", False),
        ("Fares will double by 2030.", False),
    ],
)
def test_a_hosts_lead_in_telling_anothers_words(sentence, lead_in):
    assert told_before_asking(sentence) is lead_in


NAMED_HOST = "\n".join(
    [
        "HOST (JANE PARK): Good morning. My guest this hour is Marisol Etxeberria, general "
        "manager of capital projects at Rose City Transit.",
        "ETXEBERRIA: Thanks for having me.",
        "HOST (JANE PARK): Marisol, the state auditor said last month the agency will run out "
        "of capital reserves by 2028. Is that right?",
        "ETXEBERRIA: That report assumed zero federal money.",
        "HOST (JANE PARK): Fares rose 8 percent this year. What comes next?",
        "ETXEBERRIA: Fares will stay flat through 2027.",
    ]
)


def test_a_named_hosts_handover_and_quoted_forecast_are_no_claims():
    assert attributed.said(NAMED_HOST) == [
        ("JANE PARK", "Good morning."),
        ("Marisol Etxeberria", "Thanks for having me."),
        ("JANE PARK", "Is that right?"),
        ("Marisol Etxeberria", "That report assumed zero federal money."),
        # The host's own statement before a question stays the host's.
        ("JANE PARK", "Fares rose 8 percent this year."),
        ("JANE PARK", "What comes next?"),
        ("Marisol Etxeberria", "Fares will stay flat through 2027."),
    ]


def test_the_q_lines_are_the_examining_counsels():
    document = attributed.parsed(REDIRECT)
    askers = [s.speaker for s in document.statements if s.host]
    assert (
        askers == ["MS. DELGADO", "MS. DELGADO", "MR. HOLLIS", "MS. DELGADO"] + ["MS. DELGADO"] * 2
    )
    assert all(s.narration for s in document.statements if s.host)


# ---- A printed congressional hearing

PRINTED_HEARING = """SEDIMENT AND AGING DAMS IN THE PACIFIC NORTHWEST
HEARING BEFORE THE SUBCOMMITTEE ON WATER RESOURCES AND ENVIRONMENT
OF THE
COMMITTEE ON TRANSPORTATION AND INFRASTRUCTURE
HOUSE OF REPRESENTATIVES
ONE HUNDRED NINETEENTH CONGRESS
FIRST SESSION
Serial No. 119-42

STATEMENT OF HELEN MARCHETTI, CHIEF HYDROLOGIST, WILLAMETTE BASIN INSTITUTE

The Chairman. The subcommittee will come to order. Dr. Marchetti, you are recognized.
Dr. Marchetti. Thank you, Mr. Chairman. Sediment behind the Tillman Dam has doubled since 2019.
Mr. Graves. Will the lower intake fail?
Dr. Marchetti. At current rates, the lower intake will be blocked by the end of 2029.
The Chairman. The gentleman's time has expired.
"""


def test_a_printed_hearings_cues_end_with_a_full_stop():
    assert attributed.said(PRINTED_HEARING) == [
        ("Helen Marchetti", "Thank you, Mr. Chairman."),
        ("Helen Marchetti", "Sediment behind the Tillman Dam has doubled since 2019."),
        ("Mr. Graves", "Will the lower intake fail?"),
        (
            "Helen Marchetti",
            "At current rates, the lower intake will be blocked by the end of 2029.",
        ),
    ]


@pytest.mark.parametrize(
    ("line", "cue"),
    [
        ("Mr. Graves. Will the intake fail?", "Mr. Graves: Will the intake fail?"),
        ("Dr. MARCHETTI. Thank you.", "Dr. MARCHETTI: Thank you."),
        (
            "The Chairman. The committee will come to order.",
            "The Chairman: The committee will come to order.",
        ),
        ("Senator Ruiz. I have one question.", "Senator Ruiz: I have one question."),
        ("Mr. Graves said the intake will fail.", ""),
        ("Dr. Marchetti expects a failure. The board disagrees.", ""),
    ],
)
def test_a_printed_hearings_cue(line, cue):
    assert printed_cue(line) == cue


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (
            "STATEMENT OF HELEN MARCHETTI, CHIEF HYDROLOGIST, WILLAMETTE BASIN INSTITUTE",
            "HELEN MARCHETTI",
        ),
        ("TESTIMONY OF DR. ANA RUIZ", "ANA RUIZ"),
        ("STATEMENT OF THE HONORABLE TOM HALE, SECRETARY OF ENERGY", "TOM HALE"),
        ("Statement of work for the dam", ""),
    ],
)
def test_a_printed_hearings_witness_heading(line, name):
    assert statement_of(line) == name
