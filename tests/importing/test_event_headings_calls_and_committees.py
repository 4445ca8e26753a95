"""Table tests: notes of events, calls and committee hearings.

A heading that names its speaker after a format label ("Fireside: Tobias Fenn — Lisbon, …",
"Keynote: …", "Q&A with …") opens a section of theirs, and a pair ("In conversation: X and
Y") names two participants and no one speaker; a reported "He" never reaches back across a
heading to another section's speaker. A call transcript's "Name - Title:" cue is the
person's, and a call whose lines all have cues needs no default speaker for its title and
date lines. A committee's "Members present:" and "Witnesses:" lines declare their people
(titles and letters after the name left out), so "Professor Achterberg:" is Henk
Achterberg and "The Chair:" the member marked (Chair). A moderator's opening and a note's
errand are no claims; a hedged fragment answer is the witness's forecast, read with the
question; a chair's undertaking by a term date asks the curator for its deadline.
"""

import datetime

import pytest

from claims.choices import ClaimKind
from claims.importing.asides import own_line
from claims.importing.calls import only_a_role
from claims.importing.headings import date_line, meeting_people, read_heading, undated_appearance
from claims.importing.hearings import term_date_remark
from claims.importing.introductions import conversation_act
from claims.importing.names import without_affiliation
from claims.importing.notes_turns import hedged_answers
from claims.importing.services import SourceChoice
from tests.importing import attributed


@pytest.mark.parametrize(
    ("heading", "speaker", "panel"),
    [
        ("Fireside: Tobias Fenn — Lisbon, 12 March 2026", "Tobias Fenn", False),
        ("Fireside chat: Ana Ruiz — Madrid, 1 April 2026", "Ana Ruiz", False),
        ("Keynote: Mira Okafor — Web Summit, 4 May 2025", "Mira Okafor", False),
        ("Interview: Hanne Vik — Oslo, 2 February 2026", "Hanne Vik", False),
        ("Q&A with Jonas Akerlund, Stockholm, 9 March 2026", "Jonas Akerlund", False),
        ("In conversation: Tobias Fenn and Ana Ruiz — Lisbon, 12 March 2026", "", True),
        ("Fireside: Greta Holm & Leo Park, Slush, 20 November 2025", "", True),
        # Near misses: a format label before a title names nobody.
        ("Fireside: The future of chips — Lisbon, 12 March 2026", "", False),
        ("Keynote: Why AI wins — Lisbon, 12 March 2026", "", False),
        ('Panel: "Will AI eat software?" — Lisbon, 10 March 2026', "", True),
        ("In conversation: Goldman Sachs and Morgan Stanley — London, 3 March 2026", "", False),
    ],
)
def test_a_heading_names_its_speaker_after_the_format_label(heading, speaker, panel):
    found = read_heading(heading, marked=True)
    assert (found.speaker, found.panel) == (speaker, panel)


@pytest.mark.parametrize(
    ("heading", "people"),
    [
        (
            "In conversation: Tobias Fenn and Ana Ruiz — Lisbon, 12 March 2026",
            ["Tobias Fenn", "Ana Ruiz"],
        ),
        ("Fireside: Greta Holm & Leo Park, Slush, 20 November 2025", ["Greta Holm", "Leo Park"]),
        ("Dinner with Jane Andersson and Jonas Akerlund, 9 March 2026", None),
        ("Fireside: Tobias Fenn — Lisbon, 12 March 2026", []),
        ("In conversation: Goldman Sachs and Morgan Stanley — London, 3 March 2026", []),
    ],
)
def test_an_events_pair_are_both_participants(heading, people):
    found = meeting_people(heading)
    if people is None:  # a meeting's heading: both, as before
        assert found == ["Jane Andersson", "Jonas Akerlund"]
    else:
        assert found == people


TWO_SECTIONS = """# Notes — Web Summit week

## Panel: "Will AI eat software?" — Lisbon, 10 March 2026

- **Dr. Ana Ruiz:** Most new code at large firms will be written by models by 2028.

## {heading}

- Seed valuations will fall 20% next year.
- {reported}
"""


@pytest.mark.parametrize(
    ("heading", "reported", "who"),
    [
        (
            "Fireside: Tobias Fenn — Lisbon, 12 March 2026",
            'He thinks OpenAI will go public "sometime in the next few years".',
            "Tobias Fenn",
        ),
        (
            "Keynote: Mira Okafor — Lisbon, 12 March 2026",
            "She expects chip prices to fall by 2027.",
            "Mira Okafor",
        ),
        (
            "Interview: Hanne Vik — Lisbon, 12 March 2026",
            "She thinks battery prices will halve by 2030.",
            "Hanne Vik",
        ),
        (
            "Q&A with Tobias Fenn, Lisbon, 12 March 2026",
            "He believes seed rounds will shrink by 2027.",
            "Tobias Fenn",
        ),
    ],
)
def test_a_reported_pronoun_never_reaches_back_across_a_heading(heading, reported, who):
    text = TWO_SECTIONS.format(heading=heading, reported=reported)
    assert attributed.who(text, reported[:20]) == who
    assert attributed.who(text, "Seed valuations") == who


def test_within_a_section_a_reported_pronoun_is_still_the_last_person_quoted():
    text = """## Panel: Grid futures — Lisbon, 10 March 2026

- **Dr. Ana Ruiz:** Most new code at large firms will be written by models by 2028.
- She thinks headcount will fall by 2027.
"""
    assert attributed.who(text, "headcount will fall") == "Dr. Ana Ruiz"


RETOLD = """## {heading}

- {line}
"""


@pytest.mark.parametrize(
    ("heading", "line", "who"),
    [
        # The section's speaker, told of in the third person: their own old call, retold.
        (
            "Fireside: Tobias Fenn — Lisbon, 12 March 2026",
            "Last year he predicted a downturn by mid-2025; he concedes it didn't happen.",
            "Tobias Fenn",
        ),
        (
            "Keynote: Mira Okafor — Lisbon, 12 March 2026",
            "Last year she predicted rates at 2% by now; she admits she was early.",
            "Mira Okafor",
        ),
        # Near misses: another person named, or a section naming nobody: narration.
        (
            "Fireside: Tobias Fenn — Lisbon, 12 March 2026",
            "Last year Powell predicted cuts by mid-2025.",
            "-",
        ),
        ("Panel: Outlook — Lisbon, 12 March 2026", "Last year he predicted a downturn.", "-"),
    ],
)
def test_a_speakers_own_retold_call_is_theirs(heading, line, who):
    assert attributed.who(RETOLD.format(heading=heading, line=line), line[:25]) == who


@pytest.mark.parametrize(
    ("label", "name", "affiliation"),
    [
        ("Hiroshi Tanabe - CEO", "Hiroshi Tanabe", "CEO"),
        ("Martina Kovač – CFO", "Martina Kovač", "CFO"),
        ("Martina Kovač — Chief Financial Officer", "Martina Kovač", "Chief Financial Officer"),
        ("Priya Raman - Jefferies", "Priya Raman", "Jefferies"),
        ("Martina Kovač, CFO", "Martina Kovač", "CFO"),
        # Near misses: no person's name before the dash.
        ("Capex - 2027", "Capex - 2027", ""),
        ("Europe - Outlook", "Europe - Outlook", ""),
    ],
)
def test_a_call_transcripts_title_after_a_dash(label, name, affiliation):
    assert without_affiliation(label) == (name, affiliation)


CALL = """Kestrel Semiconductor Q2 FY2027 Earnings Conference Call
March 12, 2026

Operator: Ladies and gentlemen, thank you for standing by.
{ceo}: We expect revenue to grow 12% next year.
Operator: Our first question comes from the line of Priya Raman with Jefferies.
Priya Raman - Jefferies: Could you talk about gross margin?
{cfo}: We are targeting gross margin above 50% by the end of 2027.
Martina Kovac - CFO: We will return half of free cash flow to shareholders through 2029.
Operator: This concludes today's conference call.
"""


@pytest.mark.parametrize(
    ("ceo", "cfo"),
    [
        ("Hiroshi Tanabe - CEO", "Martina Kovač - CFO"),
        ("Hiroshi Tanabe – Chief Executive Officer", "Martina Kovač – CFO"),
        ("Hiroshi Tanabe, CEO", "Martina Kovač, CFO"),
        ("Hiroshi Tanabe", "Martina Kovač"),
    ],
)
def test_a_calls_title_cues_give_each_line_its_speaker(ceo, cfo):
    assert attributed.said(CALL.format(ceo=ceo, cfo=cfo)) == [
        ("Hiroshi Tanabe", "We expect revenue to grow 12% next year."),
        # The caller the operator introduced asks: her turn is a question, no claim.
        ("Martina Kovač", "We are targeting gross margin above 50% by the end of 2027."),
        # "Kovac" is the "Kovač" met before: one person.
        ("Martina Kovač", "We will return half of free cash flow to shareholders through 2029."),
    ]


@pytest.mark.django_db
def test_a_call_with_every_line_cued_needs_no_default_speaker():
    text = CALL.format(ceo="Hiroshi Tanabe - CEO", cfo="Martina Kovač - CFO")
    plan = attributed.plan(text, SourceChoice())
    assert [(c.speaker.name, c.remarks) for c in plan.candidates] == [
        ("Hiroshi Tanabe", []),
        ("Martina Kovač", []),
        ("Martina Kovač", []),  # "Kovac" and "Kovač": one person
    ]
    assert plan.candidates[0].source.said_on == datetime.date(2026, 3, 12)


@pytest.mark.django_db
def test_an_analysts_firm_after_the_dash_is_asked_about_as_an_affiliation():
    text = CALL.format(ceo="Hiroshi Tanabe - CEO", cfo="Martina Kovač - Halden Securities")
    plan = attributed.plan(text, SourceChoice())
    remarks = next(c.remarks for c in plan.candidates if "gross margin" in c.quote)
    assert any("as of “Halden Securities”" in r for r in remarks), remarks


HEARING = """# Energy Security Committee — oral evidence, 18 March 2026

{members}
{witnesses}
Apologies: Tom Baines MP

{chair}: Welcome to our witnesses.
Dev Patel: Professor Achterberg, will gas prices fall before next winter?
Professor Achterberg: I expect the TTF price to fall below 30 euros by the end of 2027.
Helen Ward: Dr Osei, is the grid ready?
Dr Osei: Distribution networks will need twice today's investment by 2030.
{chair}: We will publish our report before the Easter recess.
"""
MEMBERS = "Members present: Sarah Collins MP (Chair); Dev Patel MP; Helen Ward MP"
WITNESSES = (
    "Witnesses: Professor Henk Achterberg, University of Leiden; Dr Amara Osei, Grid Futures"
    " Institute"
)


@pytest.mark.parametrize(
    ("members", "witnesses", "chair"),
    [
        (MEMBERS, WITNESSES, "The Chair"),
        (MEMBERS, WITNESSES, "Chair"),
        (MEMBERS.replace("Members present", "Present"), WITNESSES, "The Chair"),
        (MEMBERS.replace("Members present", "Attendees"), WITNESSES, "Chair"),
        (
            MEMBERS.replace("Members present", "Committee members"),
            WITNESSES.replace("Witnesses", "In attendance"),
            "The Chair",
        ),
        (MEMBERS.replace("(Chair)", "(chair)"), WITNESSES, "The Chair"),
    ],
)
def test_a_hearings_participants_name_its_cues(members, witnesses, chair):
    text = HEARING.format(members=members, witnesses=witnesses, chair=chair)
    assert attributed.said(text) == [
        ("Sarah Collins", "Welcome to our witnesses."),
        ("Dev Patel", "Professor Achterberg, will gas prices fall before next winter?"),
        ("Henk Achterberg", "I expect the TTF price to fall below 30 euros by the end of 2027."),
        ("Helen Ward", "Dr Osei, is the grid ready?"),
        ("Amara Osei", "Distribution networks will need twice today's investment by 2030."),
        ("Sarah Collins", "We will publish our report before the Easter recess."),
    ]


def test_without_a_member_marked_chair_the_chairs_cue_stays_as_written():
    members = "Members present: Sarah Collins MP; Dev Patel MP; Helen Ward MP"
    text = HEARING.format(members=members, witnesses=WITNESSES, chair="The Chair")
    assert attributed.who(text, "Welcome to our witnesses") == "The Chair"


@pytest.mark.parametrize(
    "line",
    [
        "Moderator (Jo Hartley) opened by asking the panel for bold calls.",
        "Host (Dana Lee) kicked off by polling the room.",
        "Chair (Sarah Collins) opened with a statement on winter supply.",
        "Moderator Jo Hartley opened by asking for calls.",
        "Jo Hartley asked whether that means fewer engineers.",
    ],
)
def test_a_moderators_opening_is_narration(line):
    assert conversation_act(line)


@pytest.mark.parametrize(
    "line",
    [
        "Nvidia opened by falling 3% on the news.",
        "Moderator (Jo Hartley) thinks rates will fall by 2027.",
        "Shares opened by 3% higher.",
    ],
)
def test_an_opening_that_is_no_conversations_act_stays(line):
    assert not conversation_act(line)


@pytest.mark.parametrize(
    ("line", "own"),
    [
        ("Note: check TTF figure with desk.", True),
        ("Note: confirm the date with the clerk.", True),
        ("NB: check the 2027 figure against the transcript.", True),
        ("N.B. verify the quote with the press office.", True),
        ("TK: confirm date", True),
        ("- Note: ask Ana for the slides.", True),
        # Near misses: a note's label before a statement is no errand.
        ("Note: margins will fall by 2027.", False),
        ("Notes show demand is slowing.", False),
        ("Memo: we will cut prices by June 2027.", False),
    ],
)
def test_a_notes_errand_is_the_note_takers(line, own):
    assert own_line(line) is own


@pytest.mark.parametrize(
    ("sentences", "joined"),
    [
        (["Possibly.", "By 2028."], ["Possibly. By 2028."]),
        (["Probably not.", "Before 2030."], ["Probably not. Before 2030."]),
        (["Maybe.", "Within two years."], ["Maybe. Within two years."]),
        (["Perhaps.", "By the end of 2027."], ["Perhaps. By the end of 2027."]),
        # Near misses: a clause of its own after the hedge, or no hedge.
        (
            ["Possibly.", "The interconnector will be late by a year."],
            ["Possibly.", "The interconnector will be late by a year."],
        ),
        (["Yes.", "By 2028."], ["Yes.", "By 2028."]),
        (["By 2028."], ["By 2028."]),
    ],
)
def test_a_hedge_and_the_fragment_after_it_are_one_answer(sentences, joined):
    assert hedged_answers(sentences) == joined


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("We will report back ahead of the conference recess.", "ahead of the conference recess"),
        ("We will decide before the February recess.", "before the February recess"),
        ("The committee will report before the recess.", "before the recess"),
        ("The bill will pass before the House rises for the summer.", "before the House rises"),
        # A season's or a holiday's break: the horizon asks for its day (``horizons.breaks``).
        ("We will publish our report before the Easter recess.", ""),
        ("The minister will write to us by the summer recess.", ""),
        ("We will answer over the Christmas recess.", ""),
        # Near misses.
        ("The recession will end by 2027.", ""),
        ("We'll take a fifteen-minute recess.", ""),
        ("Prices rise before the summer.", ""),
    ],
)
def test_a_term_date_asks_the_curator_for_the_deadline(sentence, phrase):
    remark = term_date_remark(sentence)
    assert (f"“{phrase}”" in remark) if phrase else remark == ""


@pytest.mark.django_db
def test_a_hearings_fragment_answer_and_chairs_undertaking_are_proposed():
    text = HEARING.format(members=MEMBERS, witnesses=WITNESSES, chair="The Chair").replace(
        "Helen Ward: Dr Osei, is the grid ready?",
        "Dev Patel: And will the new interconnector be running on time?\n"
        "Professor Achterberg: Possibly. By 2028.\n"
        "Note: check TTF figure with desk.\n"
        "Helen Ward: Dr Osei, is the grid ready?",
    )
    plan = attributed.plan(text, SourceChoice())
    answer = next(c for c in plan.candidates if c.quote == "Possibly. By 2028.")
    assert (answer.speaker.name, answer.kind) == ("Henk Achterberg", ClaimKind.PREDICTION)
    assert answer.deadline == datetime.date(2028, 12, 31)
    assert any("hedged" in r for r in answer.remarks), answer.remarks
    report = next(c for c in plan.candidates if "Easter recess" in c.quote)
    assert (report.speaker.name, report.kind) == ("Sarah Collins", ClaimKind.COMMITMENT)
    # the latest day the recess can begin (Easter Sunday), asked (``horizons.breaks``)
    assert report.deadline is not None
    assert report.deadline.weekday() == 6
    assert any("the break's first day is not said" in r for r in report.remarks), report.remarks
    assert any("“before the Easter recess”" in r for r in report.remarks), report.remarks
    assert not any("TTF figure" in c.quote for c in plan.candidates)


@pytest.mark.parametrize(
    ("line", "bare", "found"),
    [
        ("November 12, 2025", True, datetime.date(2025, 11, 12)),
        ("12 November 2025", True, datetime.date(2025, 11, 12)),
        ("2025-11-12", True, datetime.date(2025, 11, 12)),
        # Near misses: a heading's date (not bare), or a note with a date in it.
        ("November 12, 2025", False, None),
        ("Revenue rose 12% in 2025", True, None),
        ("Lisbon, 12 November 2025", False, datetime.date(2025, 11, 12)),
    ],
)
def test_a_date_alone_on_its_line_dates_the_section(line, bare, found):
    read = date_line(line, bare=bare)
    assert (read[0] if read else None) == found


@pytest.mark.parametrize(
    ("words", "role"),
    [
        ("CEO", True),
        ("Chief Financial Officer", True),
        ("Head of Investor Relations", True),
        ("Senior Vice President, Sales", True),
        # Near misses: a firm, with a role or alone, tells people apart: asked about.
        ("Coinbase CEO", False),
        ("Jefferies", False),
        ("Acme CFO", False),
    ],
)
def test_only_a_role_after_a_cues_name_asks_nothing(words, role):
    assert only_a_role(words) is role


@pytest.mark.parametrize(
    ("heading", "speaker"),
    [
        ("Fireside: Tobias Fenn", "Tobias Fenn"),
        ("Fireside chat: Ana Ruiz", "Ana Ruiz"),
        ("Interview: Hanne Vik", "Hanne Vik"),
        ("Keynote: Tobias Fenn — Web Summit", "Tobias Fenn"),
        # Near misses: a title after the format label.
        ("Fireside: The future of chips", None),
        ("Talk: Energy", None),
        ("Keynote — Why AI wins", None),
    ],
)
def test_an_undated_heading_names_its_speaker_after_the_format_label(heading, speaker):
    found = undated_appearance(heading)
    assert (found[0] if found else None) == speaker


def test_the_bullets_under_an_undated_fireside_heading_are_its_speakers():
    text = """## Panel: Grid futures — Lisbon, 10 March 2026

- **Dr. Ana Ruiz:** Most new code at large firms will be written by models by 2028.

## Fireside: Tobias Fenn

- Seed valuations will fall 20% next year.
- He thinks OpenAI will go public within five years.
"""
    assert attributed.who(text, "Seed valuations") == "Tobias Fenn"
    assert attributed.who(text, "OpenAI") == "Tobias Fenn"
