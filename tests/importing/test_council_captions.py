"""Table tests: a council meeting's auto-captions (SRT, all capitals, ">>" at each change
of speaker): the clerk's roll call, the chair's procedure, motions and votes are nobody's
claims; the ">>" turn right after the chair recognises someone is that person's, with a
remark; a ">>" mid-line starts a turn of its own; any other ">>" turn stays asked. Near
misses (a statement naming an office, a debate's unnamed turn) read as before."""

import datetime

import pytest

from claims.importing.council_captions import (
    addressed_question,
    council_procedure,
    members_in_full,
    recognised,
    self_named,
)
from claims.importing.parsing import parse_document
from claims.importing.reading import read_document
from claims.importing.transcripts import plain_captions


@pytest.mark.parametrize(
    ("text", "procedure", "who"),
    [
        ("COUNCIL MEMBER ABERNATHY?", True, ""),  # the roll call
        ("PRESENT.", True, ""),
        ("AYE.", True, ""),
        ("WE HAVE A QUORUM.", True, ""),
        ("MADAM CLERK, PLEASE CALL THE ROLL.", True, ""),
        ("ORDER, PLEASE.", True, ""),
        ("ALL IN FAVOR?", True, ""),
        ("MOTION CARRIES SIX TO ONE.", True, ""),
        ("THE MOTION PASSES UNANIMOUSLY.", True, ""),
        ("IS THERE A SECOND?", True, ""),
        (
            "GOOD EVENING AND WELCOME TO THE SPECIAL MEETING OF THE ORCHARD BAY CITY COUNCIL.",
            True,
            "",
        ),
        (
            "THE CHAIR RECOGNIZES PARKS DIRECTOR LENA VOSKUIJLEN FOR THE REPORT.",
            True,
            "LENA VOSKUIJLEN",
        ),
        ("THE CHAIR RECOGNIZES COUNCIL MEMBER TOBIAS ARNE.", True, "TOBIAS ARNE"),
        ("COUNCIL MEMBER ABERNATHY.", True, "COUNCILMEMBER ABERNATHY"),
        ("VICE MAYOR OYELARAN, YOU HAVE THE FLOOR.", True, "MAYOR OYELARAN"),
        ("ORDER, PLEASE. THE CHAIR RECOGNIZES DR. ANA WEISS.", False, "ANA WEISS"),
        ("THANK YOU. MAYOR OYELARAN, YOU HAVE THE FLOOR.", False, "MAYOR OYELARAN"),
        # Near misses: a statement about an office or a motion, the floor given to nobody.
        ("WE DISAGREE. COUNCIL MEMBER ABERNATHY.", False, ""),  # an office alone: whole turn
        ("MAYOR WILL DECIDE.", False, ""),
        ("THE MOTION WILL FAIL IN MAY.", False, ""),
        ("COUNCIL MEMBER ABERNATHY WILL VOTE NO.", False, ""),
        ("THE CHAIR RECOGNIZES THE PUBLIC.", True, ""),
        ("THE CHAIR RECOGNIZES", False, ""),  # the name is on the next line
        ("STAFF WILL BRING THE BUDGET BACK BY JUNE 3RD.", False, ""),
    ],
)
def test_a_council_chairs_procedure_and_the_floor_given(text, procedure, who):
    assert council_procedure(text) is procedure
    assert recognised(text) == who


MEETING = """1
00:00:01,500 --> 00:00:05,900
>> GOOD EVENING AND WELCOME TO THE REGULAR
MEETING OF THE ORCHARD BAY CITY COUNCIL.

2
00:00:06,100 --> 00:00:09,300
MADAM CLERK, PLEASE CALL THE ROLL.

3
00:00:09,500 --> 00:00:12,800
>> COUNCIL MEMBER ABERNATHY? >> PRESENT.
>> MAYOR OYELARAN? >> HERE.

4
00:00:13,000 --> 00:00:17,400
>> THE CHAIR RECOGNIZES PARKS
DIRECTOR LENA VOSKUIJLEN FOR THE REPORT.

5
00:00:17,600 --> 00:00:22,100
>> THANK YOU. THE SPLASH PAD AT RIVERSIDE
PARK WILL OPEN BY JUNE 1ST.

6
00:00:22,300 --> 00:00:26,000
VISITS ROSE 30 PERCENT LAST SUMMER.
>> COUNCIL MEMBER TOBIAS ARNEE.

7
00:00:26,200 --> 00:00:30,700
>> I PREDICT THE LEVY WILL FAIL IN NOVEMBER.
>> THE POOL WAS CLOSED ALL OF AUGUST.

8
00:00:31,000 --> 00:00:34,000
>> ALL IN FAVOR? >> AYE.
>> MOTION CARRIES SIX TO ONE.
"""


def _said(text: str, name: str = "council.srt") -> list[tuple[int, str, str, str]]:
    document = read_document(text.encode(), name=name)
    said = parse_document(document, today=datetime.date(2026, 5, 2)).statements
    return [(s.line, s.speaker, s.text, s.note) for s in said if s.text and not s.narration]


def test_a_council_meetings_captions_give_the_floor_and_leave_procedure_out():
    said = _said(MEETING)
    texts = [text for _, _, text, _ in said]
    assert not [t for t in texts if "ROLL" in t or "FAVOR" in t or "CARRIES" in t]
    assert not [t for t in texts if t in ("PRESENT.", "HERE.", "AYE.") or "WELCOME" in t]
    assert not [t for t in texts if "RECOGNIZES" in t or t.startswith("COUNCIL MEMBER")]
    by_text = {text: (speaker, note) for _, speaker, text, note in said}
    speaker, note = by_text["THE SPLASH PAD AT RIVERSIDE PARK WILL OPEN BY JUNE 1ST."]
    assert speaker == "Lena Voskuijlen"
    assert "gave the floor" in note
    assert by_text["VISITS ROSE 30 PERCENT LAST SUMMER."][0] == "Lena Voskuijlen"
    # The caption's spelling, as heard: the curator checks it, nothing is merged silently.
    speaker, note = by_text["I PREDICT THE LEVY WILL FAIL IN NOVEMBER."]
    assert speaker == "Tobias Arnee"
    assert "spelling" in note
    # A ">>" turn the chair gave nobody, mid-line or not: asked.
    assert by_text["THE POOL WAS CLOSED ALL OF AUGUST."][0] == ""


def test_a_mid_line_turn_marker_starts_a_turn_of_its_own():
    text = """1
00:00:01,000 --> 00:00:04,000
>> THE CHAIR RECOGNIZES COUNCIL MEMBER TOBIAS ARNE.

2
00:00:04,200 --> 00:00:08,000
>> RENTS ROSE 9 PERCENT. >> THAT IS NOT TRUE.
"""
    said = {text: speaker for _, speaker, text, _ in _said(text)}
    assert said == {"RENTS ROSE 9 PERCENT.": "Tobias Arne", "THAT IS NOT TRUE.": ""}


def test_captions_without_a_chair_read_as_before():
    # A near miss: broadcast captions whose unnamed turns name an office in a statement.
    text = """1
00:00:01,000 --> 00:00:04,000
>> COUNCIL MEMBER ABERNATHY WILL VOTE NO.

2
00:00:04,200 --> 00:00:08,000
>> RENTS WILL RISE BY 2027.
"""
    said = {text: speaker for _, speaker, text, _ in _said(text)}
    assert said == {"COUNCIL MEMBER ABERNATHY WILL VOTE NO.": "", "RENTS WILL RISE BY 2027.": ""}


@pytest.mark.django_db
def test_a_misheard_name_the_chair_recognised_is_proposed_as_close_to_the_known_one():
    from claims.importing.services import ImportOptions, SourceChoice, import_plan
    from tests.factories import SpeakerFactory

    known = SpeakerFactory(name="Tobias Arnlund")
    text = """1
00:00:01,000 --> 00:00:04,000
>> THE CHAIR RECOGNIZES COUNCIL MEMBER TOBIAS ARN LUND.

2
00:00:04,200 --> 00:00:08,000
>> I PREDICT THE LEVY WILL FAIL IN NOVEMBER 2026.
"""
    options = ImportOptions(
        source=SourceChoice(title="Council meeting", published_on=datetime.date(2026, 5, 2))
    )
    plan = import_plan(data=text.encode(), file_name="council.srt", options=options)
    (candidate,) = plan.candidates
    # Not merged silently: the caption's spelling, close to the known speaker, asked.
    assert candidate.speaker.name == "Tobias Arn Lund"
    assert candidate.speaker.unsure
    assert candidate.speaker.close_to == known


def test_the_floor_given_at_the_end_of_the_chairs_turn():
    text = """1
00:00:01,000 --> 00:00:04,000
>> ORDER, PLEASE. VICE MAYOR
OYELARAN, YOU HAVE THE FLOOR.

2
00:00:04,200 --> 00:00:08,000
>> THE TRANSIT LEVY WILL PASS IN NOVEMBER.
"""
    said = {text: speaker for _, speaker, text, _ in _said(text)}
    assert said == {"THE TRANSIT LEVY WILL PASS IN NOVEMBER.": "Oyelaran"}


# The same meeting as a video portal's "Captions" download: plain text, no cue numbers nor
# timings, the portal's title and date above the first turn, lines broken mid-sentence.
PLAIN = """City of Orchard Bay - City Council Regular Meeting
May 2, 2026
Captions
>> GOOD EVENING AND WELCOME TO THE REGULAR
MEETING OF THE ORCHARD BAY CITY COUNCIL.
MADAM CLERK, PLEASE CALL THE ROLL.
>> COUNCIL MEMBER ABERNATHY? >> PRESENT.
>> MAYOR OYELARAN? >> HERE.
>> THE CHAIR RECOGNIZES PARKS
DIRECTOR LENA VOSKUIJLEN FOR THE REPORT.
>> THANK YOU. THE SPLASH PAD AT RIVERSIDE
PARK WILL OPEN BY JUNE 1ST.
VISITS ROSE 30 PERCENT LAST SUMMER.
>> COUNCIL MEMBER TOBIAS ARNEE.
>> I PREDICT THE LEVY WILL FAIL IN NOVEMBER.
>> THE POOL WAS CLOSED ALL OF AUGUST.
>> ALL IN FAVOR? >> AYE.
>> MOTION CARRIES SIX TO ONE.
"""


def test_captions_saved_as_plain_text_read_as_the_captions():
    said = _said(PLAIN, name="captions.txt")
    by_text = {text: speaker for _, speaker, text, _ in said}
    assert not [t for t in by_text if "Captions" in t or "Orchard Bay - City" in t]
    assert not [t for t in by_text if "ROLL" in t or "FAVOR" in t or "CARRIES" in t]
    assert by_text["THE SPLASH PAD AT RIVERSIDE PARK WILL OPEN BY JUNE 1ST."] == "Lena Voskuijlen"
    assert by_text["I PREDICT THE LEVY WILL FAIL IN NOVEMBER."] == "Tobias Arnee"
    assert by_text["THE POOL WAS CLOSED ALL OF AUGUST."] == ""  # asked, never guessed


@pytest.mark.parametrize(
    ("text", "captions"),
    [
        (PLAIN, True),
        # Near misses: an email's quoted reply, a few ">>" lines in notes, captions with timings.
        ("Ana: see below\n" + "> > quoted line\n" * 10, False),
        ("## Notes\n\n>> a quote\nWords of the notes.\n" + "More words.\n" * 20, False),
        (MEETING, False),
    ],
)
def test_captions_saved_as_plain_text_are_known_by_their_turn_markers(text, captions):
    assert plain_captions(text.splitlines()) is captions


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("A VERY HAPPY BIRTHDAY TO COUNCILMEMBER ROSALIND HALE.", ["ROSALIND HALE"]),
        (
            "AND I WANT TO THANK OUR FINANCE CHAIR, COUNCILMEMBER ADAEZE OKAFOR, AND HER TEAM.",
            ["ADAEZE OKAFOR"],
        ),
        # Near misses: a surname alone, an office and a verb.
        ("COUNCILMEMBER HALE, YOU HAVE THE FLOOR.", []),
        ("COUNCILMEMBER HALE WILL VOTE NO.", []),
        # A list after a chair and a plural office (a town hall's opening).
        (
            "CHAIRMAN WALT PRZYBYLSKI, COMMISSIONERS MARISOL DELGADO, LEON TWOMBLY, AND GARY"
            " FENSTERMACHER.",
            ["WALT PRZYBYLSKI", "MARISOL DELGADO", "LEON TWOMBLY", "GARY FENSTERMACHER"],
        ),
        ("THANKS TO TRUSTEES ANA RUIZ AND TOM BAKER.", ["ANA RUIZ", "TOM BAKER"]),
        ("THE COMMISSIONERS WILL VOTE TONIGHT.", []),
    ],
)
def test_a_member_named_in_full_after_their_office(text, names):
    assert members_in_full(text) == names


def test_the_chair_giving_the_floor_by_surname_names_the_member_named_in_full_before():
    text = PLAIN.replace(
        ">> COUNCIL MEMBER ABERNATHY? >> PRESENT.",
        ">> HAPPY BIRTHDAY TO COUNCIL MEMBER TOBIAS ARNEE. >> COUNCIL MEMBER ABERNATHY?"
        " >> PRESENT.",
    ).replace(">> COUNCIL MEMBER TOBIAS ARNEE.", ">> COUNCIL MEMBER ARNEE.")
    by_text = {text: speaker for _, speaker, text, _ in _said(text, name="captions.txt")}
    assert by_text["I PREDICT THE LEVY WILL FAIL IN NOVEMBER."] == "Tobias Arnee"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (">> GOOD EVENING, MY NAME IS TERESA VOLK, I LIVE ON ALDER STREET.", "TERESA VOLK"),
        ("MY NAME IS DWAYNE OSTROWSKI AND I OWN THE HARDWARE STORE.", "DWAYNE OSTROWSKI"),
        (
            ">> GOOD EVENING, MAYOR, MEMBERS OF THE COUNCIL. GREG NAKASHIMA, BUDGET DIRECTOR.",
            "GREG NAKASHIMA",
        ),
        (
            ">> GOOD EVENING, COUNCIL. DWAYNE OSTROWSKI, PRESIDENT OF PORT ELLERY FIREFIGHTERS"
            " LOCAL 1180. ENGINE 4 IS 22 YEARS OLD.",
            "DWAYNE OSTROWSKI",
        ),
        (
            ">> HI. MARGUERITE TOLLIVER, I OWN TOLLIVER AND DAUGHTERS ON FRONT STREET.",
            "MARGUERITE TOLLIVER",
        ),
        (">> HELLO, EVERYONE! PRIYA NAIDU, EASTSIDE TENANTS UNION.", "PRIYA NAIDU"),
        # Near misses: another's name, a name said later in the turn, no name at all, thanks
        # to the chair (no greeting), a greeting followed by a sentence of the turn.
        (">> THANK YOU, MAYOR. MR. NAKASHIMA, LAST JUNE THIS COUNCIL WAS TOLD OTHERWISE.", ""),
        (">> HI. SALES TAX, PROPERTY TAX AND FEES ALL WENT UP.", ""),
        (">> I AGREE WITH WHAT MY NEIGHBOR TERESA VOLK SAID.", ""),
        (">> THE REPORT SAYS MY NAME IS ON THE LIST. IT IS NOT.", ""),
        (">> GOOD EVENING, MAYOR. THANK YOU FOR HAVING ME.", ""),
    ],
)
def test_a_speaker_naming_themselves_as_the_turn_opens(text, name):
    assert self_named(text) == name


def test_a_public_commenter_who_names_themselves_is_asked_about_by_that_name():
    text = PLAIN.replace(
        ">> ALL IN FAVOR? >> AYE.",
        ">> GOOD EVENING, MY NAME IS TERESA VOLK, I LIVE ON ALDER STREET.\n"
        "THE CUT-THROUGH TRAFFIC WILL DOUBLE BY 2028.\n>> ALL IN FAVOR? >> AYE.",
    )
    said = {text: (speaker, note) for _, speaker, text, note in _said(text, name="captions.txt")}
    speaker, note = said["THE CUT-THROUGH TRAFFIC WILL DOUBLE BY 2028."]
    assert speaker == "Teresa Volk"
    assert "names themselves" in note


@pytest.mark.parametrize(
    ("turn", "name"),
    [
        (
            ">> THANK YOU, MAYOR. MR. NAKASHIMA, LAST JUNE THIS COUNCIL WAS TOLD SALES TAX WOULD"
            " GROW 5 PERCENT. IT GREW 1.8. SO WHAT HAPPENS IF THE 41.2 COMES IN LOW?",
            "NAKASHIMA",
        ),
        (">> JUST A QUICK ONE. GREG, THE HOTEL TAX. WHAT ARE WE ASSUMING?", "GREG"),
        (">> DIRECTOR VOSKUIJLEN, WHEN DOES THE POOL REOPEN?", "VOSKUIJLEN"),
        (">> LENA VOSKUIJLEN, WHEN DOES THE POOL REOPEN?", "LENA VOSKUIJLEN"),
        # A last sentence said to someone, no question: the floor handed to them.
        (
            ">> LET'S TALK ROADS. COMMISSIONER TWOMBLY, COUNTY ROAD 14 IS IN YOUR DISTRICT.",
            "COMMISSIONER TWOMBLY",
        ),
        (">> COMMISSIONER HARTSHORN, YOU CHAIR THE BROADBAND AUTHORITY.", "COMMISSIONER HARTSHORN"),
        (">> LENA, YOU'VE BEEN WARNING ABOUT THE LANDFILL FOR YEARS.", "LENA"),
        # Near misses: a turn that does not end in a question, a question said to nobody
        # by name, thanks before the question (said to the chair, not asked of them).
        (">> MR. NAKASHIMA, THANK YOU FOR THE REPORT.", ""),
        (">> WHAT HAPPENS IF SALES TAX COMES IN LOW?", ""),
        (">> THANK YOU, GREG. QUESTIONS FROM COUNCIL?", ""),
        (">> LET'S TALK ROADS. COMMISSIONER TWOMBLY, THANK YOU FOR COMING.", ""),
        (">> COMMISSIONER TWOMBLY, THE ROADS ARE A MESS.", ""),  # said of, not to
    ],
)
def test_a_turn_asking_someone_by_name(turn, name):
    assert addressed_question(turn) == name


ASKED = PLAIN.replace(
    ">> ALL IN FAVOR? >> AYE.",
    ">> COUNCIL MEMBER TOBIAS ARNEE.\n"
    ">> THANK YOU, MAYOR. DIRECTOR VOSKUIJLEN, LAST YEAR WE WERE TOLD THE POOL\n"
    "WOULD REOPEN IN MAY. SO WHEN DOES IT REOPEN?\n"
    ">> THE POOL REOPENS BY JULY 4TH, AND THE SLIDE BY AUGUST.\n"
    ">> THAT IS GOOD TO HEAR. THE LEVY WILL STILL FAIL IN NOVEMBER.\n"
    ">> ALL IN FAVOR? >> AYE.",
)


def test_the_answer_to_a_question_asked_by_name_is_given_to_who_was_asked():
    said = {s[2]: (s[1], s[3]) for s in _said(ASKED, name="captions.txt")}
    speaker, note = said["THE POOL REOPENS BY JULY 4TH, AND THE SLIDE BY AUGUST."]
    assert speaker == "Lena Voskuijlen"
    assert "asked by name" in note
    # Once: the turn after the answer is nobody's the file can tell, asked.
    assert said["THE LEVY WILL STILL FAIL IN NOVEMBER."][0] == ""
    # Near miss: a question said by name to nobody the file named before.
    unknown = ASKED.replace("DIRECTOR VOSKUIJLEN,", "DIRECTOR OKORO,")
    said = {s[2]: s[1] for s in _said(unknown, name="captions.txt")}
    assert said["THE POOL REOPENS BY JULY 4TH, AND THE SLIDE BY AUGUST."] == ""


TOWN_HALL = """>> GOOD EVENING. I'M BRETT HOLLOWAY.
>> AND I'M ANIKA SORENSEN. ON STAGE
TONIGHT, ALL FIVE MEMBERS OF THE COUNTY COMMISSION:
CHAIRMAN WALT PRZYBYLSKI, COMMISSIONERS MARISOL DELGADO,
LEON TWOMBLY, DEB HARTSHORN, AND GARY FENSTERMACHER.
>> LET'S TALK ROADS, BECAUSE WE GOT MORE EMAILS ABOUT
POTHOLES THAN ANYTHING ELSE. COMMISSIONER TWOMBLY, COUNTY ROAD 14 IS IN YOUR DISTRICT.
>> IT IS, AND I DRIVE IT EVERY MORNING.
THE STRETCH OUT TO THE FAIRGROUNDS WILL BE REPAVED BY LABOR DAY.
>> A LOT OF YOU ASKED ABOUT INTERNET. COMMISSIONER HARTSHORN,
YOU CHAIR THE COUNTY'S BROADBAND AUTHORITY.
>> I DO, BRETT.
THE FIRST 2,000 HOMES NORTH OF THE RIVER WILL BE HOOKED UP BY THANKSGIVING.
>> THANK YOU, COMMISSIONER.
>> WE HAVE TO TAKE A QUICK BREAK.
"""


def test_a_town_halls_members_listed_over_lines_answer_when_spoken_to():
    said = {s[2]: s[1] for s in _said(TOWN_HALL, name="captions.txt")}

    assert said["THE STRETCH OUT TO THE FAIRGROUNDS WILL BE REPAVED BY LABOR DAY."] == (
        "Leon Twombly"
    )
    assert said["THE FIRST 2,000 HOMES NORTH OF THE RIVER WILL BE HOOKED UP BY THANKSGIVING."] == (
        "Deb Hartshorn"
    )
