"""Table tests: records whose turns open with a cue alone on its line (a parliament's debates
page), a minister cued by the office with the holder in brackets, the presiding officer's
procedure; a central bank's press conference printed "CHAIR NAME. words"; a transcription
tool's timed placeholder turns; a questioner's self-introduction; a wiki's talk page signed
at each comment's end; a prediction market's comment cards.

Each is read by who speaks as the layout says it; nothing is given to the last named speaker
by default, and a placeholder or a username is asked about, never guessed."""

import datetime

import pytest

from claims.choices import ClaimKind, DatePrecision
from claims.importing import wiki_talk
from claims.importing.calls import speaker_line
from claims.importing.hansard import presiding_officer
from claims.importing.hearings import caps_printed, caps_printed_cue
from claims.importing.named_after import names_the_speaker
from claims.importing.names import names_same_person
from claims.importing.offices import OFFICE_HOLDER_CUE
from claims.importing.procedure_talk import procedure
from claims.importing.running_turns import alone_cue, alone_cues
from claims.importing.services import ImportOptions, SourceChoice, import_plan


def _plan(text: str, speakers: dict[str, str] | None = None, *, on=datetime.date(2026, 3, 4)):
    source = SourceChoice(title="doc", published_on=on, precision=DatePrecision.DAY)
    options = ImportOptions(source=source, speakers=speakers or {})
    return import_plan(data=text.encode(), file_name="doc.txt", options=options)


def _by_quote(plan) -> dict[str, object]:
    return {c.quote: c for c in plan.candidates}


def _find(plan, words: str):
    return next(c for c in plan.candidates if words in c.quote)


DEBATE = """Dáil Éireann debate - Wednesday, 4 Mar 2026

Housing Provision
Deputy Niamh Farrelly:
Last year the Government promised 40,000 completions and the country got 33,800.
The Minister will miss that target, and he will miss it by at least 6,000 homes.
Minister for Housing, Local Government and Heritage (Deputy Conal Brady):
I thank the Deputy for raising this matter.
The Vacant Property (Amendment) Bill will be published before the end of May.
Deputy Eoin Walsh: Rubbish.
An Ceann Comhairle: Deputies, please. The Minister has the floor.
Commencement notices rose by 24% in the second half of the year.
Deputy Niamh Farrelly:
Average rents in Kilbrennan will pass €2,400 a month before the end of next year.

Questions on Promised Legislation
An Leas-Cheann Comhairle: There are 22 Deputies offering. I ask Members to keep to one minute.
Deputy Siobhán Keane:
We will have an amber system alert on the grid before the end of this year. Mark my words.
Tánaiste and Minister for Enterprise, Trade and Employment (Deputy Fionnuala Harte):
The Large Energy Users Bill will be published before the end of April.
I will ask the Minister for Transport to revert to the Deputy directly with a date.
The Dáil adjourned at 11.02 p.m. until 9.10 a.m. on Thursday, 5 March 2026.
"""


@pytest.mark.django_db
def test_a_debates_turns_open_with_a_cue_alone_and_run_to_the_next():
    plan = _plan(DEBATE)
    cases = {
        "he will miss it by at least 6,000 homes": ("Niamh Farrelly", ClaimKind.PREDICTION),
        "published before the end of May": ("Conal Brady", ClaimKind.PREDICTION),
        # After "Deputy Eoin Walsh: Rubbish." and the chair, the Minister goes on.
        "Commencement notices rose by 24%": ("Conal Brady", ClaimKind.FACTUAL),
        "will pass €2,400 a month": ("Niamh Farrelly", ClaimKind.PREDICTION),
        "amber system alert": ("Siobhán Keane", ClaimKind.PREDICTION),
        "Large Energy Users Bill": ("Fionnuala Harte", ClaimKind.PREDICTION),
    }
    for words, (speaker, kind) in cases.items():
        found = _find(plan, words)
        assert names_same_person(found.speaker.name, speaker), (words, found.speaker.name)
        assert found.kind == kind, words


@pytest.mark.django_db
def test_a_debates_chair_and_procedure_are_never_proposed():
    quotes = " | ".join(c.quote for c in _plan(DEBATE).candidates)
    for words in (
        "Deputies, please",
        "The Minister has the floor",
        "22 Deputies offering",
        "keep to one minute",
        "raising this matter",
        "revert to the Deputy",
        "The Dáil adjourned",
        "Minister for Housing, Local Government and Heritage",
    ):
        assert words not in quotes, words


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Deputy Niamh Farrelly:", True),
        ("MR. SMITH:", True),
        ("Minister for Housing, Local Government and Heritage (Deputy Conal Brady):", True),
        ("Deputy Eoin Walsh: Rubbish.", False),  # an interjection on its own line
        ("Energy: solar wins", False),
        ("the plan was simple:", False),  # a sentence's colon, in lower case
        ("", False),
    ],
)
def test_a_cue_alone_on_its_line(line, expected):
    assert alone_cue(line) is expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            [
                "Deputy A Byrne:",
                "Prices will rise again this year.",
                "Deputy C Dunne:",
                "They will not, and the Deputy knows it.",
            ],
            True,
        ),
        # One such cue is no record of them.
        (["Tom Reyes:", "Costs fall by 2027.", "My own view: no."], False),
        # Labels over bullets, or over another label, are notes.
        (["Energy:", "- solar wins", "Transport:", "- trams"], False),
        (["Energy:", "Transport:", "Housing:", "Water:"], False),
        # A record's front matter: a list under its label, dot leaders, no turn.
        (
            ["President:", "Mr. Farah . . . . (Somalia)", "Members:", "Bahrain . . . . Mr. Geng"],
            False,
        ),
    ],
)
def test_a_record_of_cues_alone(lines, expected):
    assert alone_cues(lines) is expected


@pytest.mark.django_db
def test_a_cue_alone_in_notes_takes_only_the_lines_right_under_it():
    notes = "Tom Reyes:\nBattery packs fall below $80/kWh by 2028.\n\nMy own view: unlikely.\n"
    plan = _plan(notes, {"": "Curator Desk"})
    assert _find(plan, "$80/kWh").speaker.name == "Tom Reyes"
    assert all(
        "My own view" not in c.quote or c.speaker.name != "Tom Reyes" for c in plan.candidates
    )


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("An Ceann Comhairle", True),
        ("An Leas-Cheann Comhairle", True),
        ("The SPEAKER", True),
        ("Madam Deputy Speaker", True),
        ("The Presiding Officer (Alison Johnstone)", True),
        ("An Cathaoirleach", True),
        ("The Chair", False),  # a committee's chair asks and tells
        ("Speaker 2", False),
        ("Deputy Niamh Farrelly", False),
    ],
)
def test_a_chambers_presiding_officer(label, expected):
    assert presiding_officer(label) is expected


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Minister for Housing, Local Government and Heritage (Deputy Conal Brady):", "Conal"),
        ("Tánaiste and Minister for Enterprise (Deputy Fionnuala Harte): Yes.", "Fionnuala"),
        ("The Secretary of State for Energy Security and Net Zero (Ed Miliband):", "Ed"),
        ("The Taoiseach (Deputy Micheál Martin):", "Micheál"),
        ("Residents of Elm Street (Lower End):", None),
        ("The plan (as agreed):", None),
    ],
)
def test_an_office_holders_cue(line, name):
    match = OFFICE_HOLDER_CUE.match(line)
    assert (match is not None) is (name is not None)
    if name:
        assert name in match.group("name")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I thank the Deputy for raising this matter.", True),
        ("I thank the Senator for raising this important issue.", True),
        ("I am taking this question on behalf of the Minister.", True),
        ("Questions Nos. 3 to 9, inclusive, answered with Written Answers.", True),
        ("Written Answers are published on the Oireachtas website.", True),
        ("I will ask the Minister for Transport to revert to the Deputy directly.", True),
        ("The Dáil adjourned at 11.02 p.m. until 9.10 a.m. on Thursday, 5 March 2026.", True),
        ("The sitting was suspended at 1.15 p.m. and resumed at 2.15 p.m.", True),
        # Procedure that goes on to claim is a claim.
        ("I thank the Deputy for raising this, but the plant will close in May.", False),
        ("I will write to the member, but the plant will close in May.", False),
        ("The House will rise early next year.", False),
    ],
)
def test_a_chambers_procedure(text, expected):
    assert procedure(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Priya Raman", ("Priya Raman", "")),
        ("Speaker 3", ("Speaker 3", "")),  # a placeholder after a time, for the curator to map
        ("Unknown Speaker", ("Unknown Speaker", "")),
        ("Welcome back everybody", None),
    ],
)
def test_a_timed_speaker_line(text, expected):
    assert speaker_line(text, call=False, timed=True) == expected


SONIX = """ep112_final.mp3
Transcribed by Sonix

[00:00:14] Priya Raman
Welcome to the show. With me are Tomasz Hallerud and Dr. Amara Ekwueme.

[00:00:43] Speaker 3
Thanks for having me back.

[00:00:51] Speaker 3
Honestly, the numbers got worse. Housing starts will come in below 20,000 this year.

[00:01:42] Tomasz Hallerud
We'll have two gigawatt-hours operating on the grid by the end of next year.
"""


@pytest.mark.django_db
def test_a_timed_placeholders_turns_are_asked_not_given_to_the_last_speaker():
    plan = _plan(SONIX, on=datetime.date(2026, 4, 7))
    starts = _find(plan, "below 20,000")
    assert starts.speaker.name != "Priya Raman"
    assert any("placeholder" in remark for remark in starts.remarks)
    mapped = _plan(SONIX, {"Speaker 3": "Amara Ekwueme"}, on=datetime.date(2026, 4, 7))
    assert _find(mapped, "below 20,000").speaker.name == "Amara Ekwueme"
    assert _find(mapped, "two gigawatt-hours").speaker.name == "Tomasz Hallerud"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("CHAIR VANTERPOOL. Good afternoon.", "CHAIR VANTERPOOL: Good afternoon."),
        ("MICHELLE ADEYEMI. Thank you, Chair.", "MICHELLE ADEYEMI: Thank you, Chair."),
        ("ROHAN J. PATEL. Thank you.", "ROHAN J. PATEL: Thank you."),
        ("U.S. GDP grew.", ""),
        ("Chair Vanterpool. Good afternoon.", ""),  # not in capitals
        ("INFLATION. It fell.", ""),  # one word: a heading's
    ],
)
def test_a_cue_in_capitals_closed_by_a_full_stop(line, expected):
    assert caps_printed_cue(line) == expected


PRESSER = """Transcript of the Press Conference of Chair Marguerite Vanterpool
June 17, 2026

CHAIR VANTERPOOL. Good afternoon. Today the Committee decided to hold the policy rate.
I expect shelter inflation to fall below 3 percent by the end of this year.
MICHELLE ADEYEMI. Thank you, Chair. We'll start with Rohan.
ROHAN PATEL. Thank you. Rohan Patel, Financial Courier. Will you cut in September?
CHAIR VANTERPOOL. I'm not going to rule meetings in or out.
MICHELLE ADEYEMI. Nadia.
NADIA OKORO. Hi, Nadia Okoro, Daily Ledger. What about rents?
CHAIR VANTERPOOL. Market rents on new leases have been roughly flat for about a year.
"""


def test_a_document_printed_with_capital_cues():
    assert caps_printed(PRESSER.splitlines())
    # A heading in capitals over a sentence, twice, is no record of turns.
    assert not caps_printed(["SUMMARY. It grew.", "OUTLOOK. It falls.", "SUMMARY. Again."])


@pytest.mark.django_db
def test_a_press_conference_printed_in_capitals():
    plan = _plan(PRESSER, on=datetime.date(2026, 6, 17))
    shelter = _find(plan, "shelter inflation")
    assert shelter.speaker.name == "Marguerite Vanterpool"  # the title block's full name
    assert shelter.kind == ClaimKind.PREDICTION
    assert shelter.deadline == datetime.date(2026, 12, 31)
    quotes = " | ".join(c.quote for c in plan.candidates)
    assert "Financial Courier" not in quotes
    assert "Daily Ledger" not in quotes
    assert _find(plan, "Market rents").speaker.name == "Marguerite Vanterpool"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rohan Patel, Financial Courier.", True),
        ("Kwame Asante-Boyd, The Observer-Standard.", True),
        ("Bram de Kok, Energy Wire.", True),
        ("Hi, Nadia Okoro, Daily Ledger.", True),
        ("Thanks, Lena Ortiz with Harbor Capital.", True),
        ("Tom Reyes, CEO of Acme, will resign next year.", False),
        ("Prices in Lisbon, Porto and Faro.", False),
        ("We can hear you, thanks Priya — for the record that's Priya Raman.", True),
    ],
)
def test_a_questioners_self_introduction(text, expected):
    assert names_the_speaker(text) is expected


TALK = "\n".join(
    [
        "Talk:Dunmarrow Tidal Barrage",
        "From Wikipedia, the free encyclopedia",
        "Latest comment: 2 days ago by Tessaly in topic Cost overrun figures",
        "This is the talk page for discussing improvements to the Dunmarrow Tidal Barrage article.",
        "",
        "Projected completion date",
        "Latest comment: 2 months ago3 comments2 people in discussion",
        "The infobox still gives 2027 as the completion date, which is out of date.",
        "I'd switch to 2029 and attribute it. — Fenwick42 (talk) 09:12, 3 March 2026 (UTC)Reply",
        "Agree. My own forecast: the array won't be complete before 2031. — Tessaly (talk) "
        "22:07, 4 March 2026 (UTC)Reply",
        "An unsigned aside about the turbines.",
        "",
        "Cost overrun figures",
        "Latest comment: 2 days ago2 comments2 people in discussion",
        "I'll go on record: the final outturn will be above £2.4 billion. — Tessaly (talk) "
        "21:55, 10 March 2026 (UTC)Reply",
        "Please keep it to sources. — Marisol.K (talk · contribs) 08:01, 11 March 2026 (UTC)",
        "Privacy policy",
        "About Wikipedia",
        "",
    ]
)


def test_a_talk_pages_comments_are_their_signers():
    shaped = wiki_talk.reshape(TALK.splitlines())
    assert shaped is not None
    lines = shaped.lines
    assert (
        lines[7]
        == "Fenwick42: The infobox still gives 2027 as the completion date, which is out of date."
    )
    assert lines[8] == "Fenwick42: I'd switch to 2029 and attribute it."
    assert lines[9].startswith("Tessaly: Agree.")
    assert "(talk)" not in lines[9]
    assert lines[10] == ""  # unsigned: never given to a neighbour
    assert lines[4] == lines[6] == lines[12] == ""  # banners, headings, counts
    assert lines[-1] == lines[-2] == ""  # the footer
    assert shaped.days[10] == datetime.date(2026, 3, 4)
    assert lines[15].startswith("Marisol.K: Please keep it")


def test_a_page_signed_once_is_no_talk_page():
    assert wiki_talk.reshape(["Hello.", "Thanks — Ana (talk) 09:12, 3 March 2026 (UTC)"]) is None


@pytest.mark.django_db
def test_a_talk_pages_forecast_is_its_signers_and_dated_by_the_signature():
    plan = _plan(TALK, on=datetime.date(2026, 5, 14))
    outturn = _find(plan, "above £2.4 billion")
    assert outturn.speaker.name == "Tessaly"
    assert outturn.kind == ClaimKind.PREDICTION
    quotes = " | ".join(c.quote for c in plan.candidates)
    assert "unsigned aside" not in quotes
    assert "Privacy policy" not in quotes


MARKET = """Comments (248)
Sort by: Newest

kwh_kestrel avatar
kwh_kestrel
Before Jul 1, 2026 · No 18.2k shares
2d ago
My call: no retail Arden with a solid-state pack gets handed to a customer before July 1.
47
Reply
Marguerite Osei (mosei)
Before Jul 1, 2026 · Yes 9.7k shares
2d ago
Veltric hands over the first retail solid-state Arden before June 30.
31
Reply

nadia.builds avatar
nadia.builds
11h ago
Question for the Yes side: does a fleet sale count?
"""


@pytest.mark.django_db
def test_a_markets_comment_cards_are_their_commenters():
    plan = _plan(MARKET, on=datetime.date(2026, 3, 16))
    call = _find(plan, "My call")
    assert call.speaker.name.lstrip("@") == "kwh_kestrel"
    assert any("handle" in remark for remark in call.remarks)  # an account: asked about
    assert _find(plan, "hands over the first retail").speaker.name == "Marguerite Osei"
    quotes = " | ".join(c.quote for c in plan.candidates)
    for chrome in ("avatar", "shares", "2d ago", "Reply"):
        assert chrome not in quotes, chrome


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Deputy Niamh Farrelly", "Niamh Farrelly", True),
        ("Deputy Conal Brady", "Conal Brady", True),
        ("Deputy Conal Brady", "Conor Brady", False),
        ("Coach Dani Ferreira", "Dani Ferreira", True),
    ],
)
def test_a_deputys_title_is_no_part_of_the_name(a, b, same):
    assert names_same_person(a, b) is same
