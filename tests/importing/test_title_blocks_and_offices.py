"""Table tests: the title block above a transcript's first cue, speakers named by office,
by a questioner's part, by a key to initials, by a chat's display name, and meeting tools'
stand-ins for attendees they cannot name.

The examples come from the shapes curators are sent: a Teams meeting transcript ("Marcus
Ojukwu (Transit Ops)   0:19", "Mobile User 3   1:15"), a broadcaster's rush transcript
("MERIDIAN NEWS TONIGHT", "CLAIRE ABERNATHY, MERIDIAN NEWS ANCHOR:"), a company's record of
its AGM ("Board members present: … (Chief Executive Officer)", then "CEO:"; "Shareholder (Mr
Whelan):"), a select committee's oral evidence ("Q3 Kieran Moss:", "I: Dr Sunita Vale, …"),
a Slack channel pasted as text ("Ben C  10:44 AM" under "Members: … Ben Castellano") and a
reporter's notes keyed by initials ("DH = Deirdre Halloran, chief exec.").
"""

import datetime

import pytest

from claims.importing.front_matter import channel_members, title_line
from claims.importing.minutes import initials_legend
from claims.importing.names import is_placeholder, names_same_person
from claims.importing.offices import office_key, questioner
from claims.importing.services import ImportOptions, SourceChoice, import_plan

pytestmark = pytest.mark.django_db

SOURCE = SourceChoice(title="Transcript", published_on=datetime.date(2026, 10, 1))


def _said(text: str, name: str = "transcript.txt", **speakers: str) -> list[tuple[str, str]]:
    plan = import_plan(
        data=text.encode(),
        file_name=name,
        options=ImportOptions(source=SOURCE, speakers=speakers),
    )
    return [(c.speaker.name, c.quote) for c in plan.candidates]


def _who(said: list[tuple[str, str]], words: str) -> str:
    return next((who for who, quote in said if words in quote), "-")


# ---- 1. The title block: shaped as a title, above the first cue.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MERIDIAN NEWS TONIGHT", True),  # the example: a show's name in capitals
        ("Interview With State Housing Secretary Gwen Tallis; Sable Ridge Rebuild Costs", True),
        ("Riverton City Council – Transport & Mobility Committee", True),
        ("BRENNOCK FOODS PLC", True),
        ("Record of shareholder questions and answers", True),
        ("Oral evidence: Winter flood resilience, HC 1187", True),
        ("Aired October 7, 2026 - 21:00   ET", True),
        ("Transcript", True),
        ("Witnesses", True),
        ("#launch-planning", True),
        ("Noor Haddad created this channel on June 2nd. Members: Noor Haddad, Ben C", True),
        # Near misses: sentences, forecasts, cues and notes' headings are no title.
        ("Rents across the state rose 7.8 percent in the last twelve months.", False),
        ("Solar Will Be The Cheapest Power By 2027", False),
        ("We expect leverage to be below 1.5 times by March 2027", False),
        ("Maya Chen: Good morning", False),
        ("## Ben Ortiz on The Long Game", False),
        ("Is that realistic?", False),
        ("the backlog at the county level is clearing and the homes follow soon", False),
    ],
)
def test_a_title_lines_shape(text, expected):
    assert title_line(text) is expected


BROADCAST = (
    "MERIDIAN NEWS TONIGHT\n"
    "Interview With State Housing Secretary Gwen Tallis; Sable Ridge Rebuild Costs Climb\n"
    "Aired October 7, 2026 - 21:00   ET\n"
    "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.\n"
    "\n"
    "CLAIRE ABERNATHY, MERIDIAN NEWS ANCHOR: Good evening. Rents rose 7.8 percent this year.\n"
    "GWEN TALLIS, STATE HOUSING SECRETARY: Thanks for having me, Claire.\n"
    "ABERNATHY: Where are you on homes?\n"
    "TALLIS: I expect completions to double by the end of 2027.\n"
)


def test_a_broadcast_transcripts_title_block_is_no_ones_and_needs_no_default_speaker():
    said = _said(BROADCAST)
    assert not any("MERIDIAN" in quote or "Aired" in quote for _, quote in said)
    assert _who(said, "Rents rose") == "Claire Abernathy"
    assert _who(said, "completions to double") == "Gwen Tallis"


def test_a_title_shaped_note_without_a_cue_below_still_asks_for_a_speaker():
    # No cue follows: the line may be a claim, so the curator is asked who said it.
    from claims.importing.errors import ImportFileError

    with pytest.raises(ImportFileError, match="No speaker is named"):
        _said("Grid Storage Outlook\nStorage prices fall by half before 2030.\n", "notes.md")


# ---- 2. Speaker lines with a role in brackets, and attendees nobody named.


TEAMS = (
    "Riverton City Council – Transport & Mobility Committee\n"
    "Transcript\n"
    "12 March 2026, 6:02PM\n"
    "\n"
    "Dana Whitcombe   0:03\n"
    "Good evening everyone. First item is the tram extension.\n"
    "\n"
    "Marcus Ojukwu (Transit Ops)   0:19\n"
    "We will open Line 4 to passengers by the end of September.\n"
    "\n"
    "Mobile User 3   1:15\n"
    "Ridership on the 22 bus has dropped 14% since January.\n"
)


def test_a_teams_speaker_line_with_a_role_is_the_persons_and_a_stand_in_is_asked():
    said = _said(TEAMS)
    assert _who(said, "open Line 4") == "Marcus Ojukwu"
    assert not any("(Transit Ops)" in quote or "Mobile User" in quote for _, quote in said)
    assert _who(said, "Ridership") not in ("Marcus Ojukwu", "Dana Whitcombe", "-")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Mobile User 3", True),  # the example: Teams
        ("Call-in User_2", True),  # Zoom
        ("Guest User", True),
        ("Anonymous Attendee 4", True),
        ("Phone Caller 1", True),
        ("Speaker 1", True),
        # Near misses: names and words that only look like a tool's.
        ("Mobile World Congress", False),
        ("User Research", False),
        ("Guest Lecturer Ana Ruiz", False),
    ],
)
def test_a_meeting_tools_stand_in_for_an_attendee_names_nobody(name, expected):
    assert is_placeholder(name) is expected


# ---- 3. Offices and questioners a meeting's record cues by.


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("CEO", "ceo"),  # the example
        ("Chief Executive Officer", "ceo"),
        ("the Chief Executive", "ceo"),
        ("CFO", "cfo"),
        ("Finance Director", "cfo"),
        ("Chair", "chair"),
        ("The Chairman", "chair"),
        ("Company Secretary", "secretary"),
        ("C.O.O.", "coo"),
        # Near misses: people and asking parts.
        ("Maya Chen", ""),
        ("Analyst", ""),
        ("Executive", ""),
    ],
)
def test_an_office_has_one_key_in_every_spelling(label, expected):
    assert office_key(label) == expected


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Shareholder (Mr Whelan)", ("Mr Whelan", "")),  # the example
        (
            "Shareholder (Ms Anjali Rao, Brennock Employee Shareholders' Association)",
            ("Ms Anjali Rao", "Brennock Employee Shareholders' Association"),
        ),
        ("Resident (Ana Ruiz, Elm Street)", ("Ana Ruiz", "Elm Street")),
        ("Audience member (Tom Reyes)", ("Tom Reyes", "")),
        ("Member of the public (Dr Leila Haddad)", ("Dr Leila Haddad", "")),
        # Near misses: no name in the brackets, or no asking part before them.
        ("Resident (Elm Street)", None),
        ("Resident (2)", None),
        ("Maya Chen (host)", None),
        ("Shareholder", None),
    ],
)
def test_a_questioners_part_and_name(label, expected):
    assert questioner(label) == expected


AGM = (
    "BRENNOCK FOODS PLC\n"
    "Record of shareholder questions and answers\n"
    "\n"
    "Board members present: Helena Stroud (Chair), Alasdair Penhaligon (Chief Executive "
    "Officer), Ruth Achterberg (Chief Financial Officer). This record has been edited for "
    "length.\n"
    "\n"
    "Operator: Our first question is from Mr Desmond Whelan, a private shareholder.\n"
    "Shareholder (Mr Whelan): The final dividend was cut by 40% last year. When will it be "
    "restored?\n"
    "CFO: We expect leverage to be below 1.5 times by March 2027.\n"
    "Shareholder (Ms Anjali Rao, Brennock Employee Shareholders' Association): The Hull "
    "plant employs 320 people.\n"
    "CEO: The Hull lease expires in 2028 and no decision has been made.\n"
    "Chair: We will produce a shorter summary report from next year.\n"
)


def test_an_agms_answers_cued_by_office_are_the_office_holders():
    said = _said(AGM)
    assert _who(said, "leverage") == "Ruth Achterberg"
    assert _who(said, "Hull lease") == "Alasdair Penhaligon"
    assert _who(said, "shorter summary") == "Helena Stroud"
    assert _who(said, "employs 320") == "Anjali Rao"
    assert not any("Board members" in quote or "BRENNOCK" in quote for _, quote in said)


def test_an_office_two_people_hold_names_neither():
    text = (
        "Present: Ana Ruiz (Director), Leo Park (Director), Mia Holt (CFO)\n"
        "CFO: Margins will recover by 2027.\n"
        "Director: Costs will fall next year.\n"
    )
    said = _said(text, "notes.md", Director="Ana Ruiz")
    assert _who(said, "Margins") == "Mia Holt"
    assert _who(said, "Costs will fall") == "Ana Ruiz"  # as the curator mapped it


COMMITTEE = (
    "Environment and Rural Affairs Committee\n"
    "Oral evidence: Winter flood resilience, HC 1187\n"
    "Wednesday 14 January 2026\n"
    "\n"
    "Ordered by the House of Commons to be published on 14 January 2026.\n"
    "\n"
    "Members present: Dame Patricia Oyelaran (Chair); Lowri Beddoes; Kieran Moss.\n"
    "\n"
    "Questions 1 - 9\n"
    "\n"
    "Witnesses\n"
    "I: Dr Sunita Vale, Chief Executive, Floodwise Alliance; and Owen Prichard, Director of "
    "Operations, Severn Catchment Authority.\n"
    "\n"
    "Examination of witnesses\n"
    "\n"
    "Q1 Chair: Good morning. How many homes flooded this winter?\n"
    "Dr Vale: Our count is 6,400 homes across England and Wales.\n"
    "Q3 Kieran Moss: Mr Prichard, the pumping station failed on 3 December.\n"
    "Owen Prichard: All four pumps will be back in service by the end of September.\n"
    "Q4 Kieran Moss: Dr Vale, the Government's target is 10,000 homes protected by 2030. Is"
    " that still achievable?\n"
    "Dr Vale: It is, if the funding arrives this year.\n"
)


def test_a_committees_numbered_questions_and_its_witness_panel():
    said = _said(COMMITTEE)
    assert _who(said, "6,400 homes") == "Sunita Vale"
    assert _who(said, "pumping station") == "Kieran Moss"
    assert _who(said, "four pumps") == "Owen Prichard"
    # A numbered question that asks: its framing is the question's, not a claim.
    assert not any("Government's target" in quote for _, quote in said)
    assert not any(
        "Oral evidence" in quote or "Ordered by" in quote or "Questions 1" in quote
        for _, quote in said
    )


# ---- 4. Names a chat or a reporter's notes abbreviate.


@pytest.mark.parametrize(
    ("short", "full", "expected"),
    [
        ("Ben C", "Ben Castellano", True),  # the example: Slack's display name
        ("B. Castellano", "Ben Castellano", True),
        ("Samira O", "Samira Oduya", True),
        # Near misses: another initial, two initials, three-word names.
        ("Ben D", "Ben Castellano", False),
        ("B C", "Ben Castellano", False),
        ("Ben C", "Ben Castellano Ruiz", False),
        ("Ana C", "Ben Castellano", False),
    ],
)
def test_a_first_name_and_an_initial_name_the_full_name(short, full, expected):
    assert names_same_person(short, full) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the example
            "DH = Deirdre Halloran, chief exec. TB = Theo Brandt, her ops director",
            [("DH", "Deirdre Halloran"), ("TB", "Theo Brandt")],
        ),
        ("JK — Jana Kowalczyk (CEO)", [("JK", "Jana Kowalczyk")]),
        ("PS = Dr Priya Shah, chief economist", [("PS", "Dr Priya Shah")]),
        # Near misses: abbreviations, initials that are not the name's, prose.
        ("GDP = output", []),
        ("AB = Ana Ruiz", []),
        ("EU — Ursula von der Leyen said so", []),
        ("Rates = 4% by June", []),
    ],
)
def test_a_key_to_initials(text, expected):
    assert initials_legend(text) == expected


NOTES = (
    "HALLORAN intv — Ashby Valley Water Trust — notes\n"
    "DH = Deirdre Halloran, chief exec. TB = Theo Brandt, her ops director\n"
    "\n"
    "DH: hosepipe ban almost certain by end of July if no rain\n"
    "TB: at that rate we're done around 2033\n"
)


def test_notes_keyed_by_initials_give_each_line_to_the_person_keyed():
    said = _said(NOTES, "notes.txt", **{"": "Nadia Kerrigan"})
    assert _who(said, "hosepipe") == "Deirdre Halloran"
    assert _who(said, "2033") == "Theo Brandt"
    assert not any("=" in quote for _, quote in said)


def test_a_channels_member_list_names_its_display_names():
    assert channel_members(
        "Noor Haddad created this channel on June 2nd. Members: Noor Haddad, Ben Castellano"
    ) == ["Noor Haddad", "Ben Castellano"]
    assert channel_members("Members: Noor Haddad, Ben Castellano") == []  # no channel notice
    text = (
        "#launch-planning\n"
        "Noor Haddad created this channel on June 2nd. Members: Noor Haddad, Ben Castellano\n"
        "Tuesday, August 4th, 2026\n"
        "\n"
        "Ben C  10:44 AM\n"
        "TestFlight build 1.0.3 went out last night, 38 testers on it so far\n"
        "Noor Haddad  10:47 AM\n"
        "We launch on September 1st.\n"
    )
    said = _said(text, "slack.txt")
    assert _who(said, "TestFlight") == "Ben Castellano"
    assert _who(said, "We launch") == "Noor Haddad"


@pytest.mark.parametrize(
    ("line", "who"),
    [
        # The example: a reporter's "DH on the plan:" is DH's words on the plan.
        (
            "DH on the Fenwick desalination plan: won't deliver a drop before 2031",
            "Deirdre Halloran",
        ),
        ("TB on mains: we're done around 2033", "Theo Brandt"),
        # Near misses: a label that names no participant stays the note-taker's default.
        ("Energy on the rise: solar will be cheapest by 2027", "Nadia Kerrigan"),
        ("Rates on hold: cuts will come by June 2027", "Nadia Kerrigan"),
    ],
)
def test_initials_on_a_topic_are_the_persons_words_on_it(line, who):
    said = _said(NOTES + line + "\n", "notes.txt", **{"": "Nadia Kerrigan"})
    words = line.split(": ", 1)[1][:12]
    assert _who(said, words) == who
