"""Table tests: the speaker's own act is a commitment, an outcome a forecast.

"I will write to her with the detailed programme by the end of November" was read as a
prediction, "If we were in government, we would have it open by 2030" as a fact: the first
person's future (or a side's conditional out of office) with an act the speaker's side
performs is a commitment, whatever verb says the act ("write", "meet", "hold", "have X
finished", "get X installed", "have screens at all 97 stations", "do so"). So is an act told
without its doer that the speaker vouches for ("I can confirm that …"), makes hang on what
the side needs ("Subject to the government grant, …") or that puts the meeting's papers up.
An outcome ("We'll win this by 200 votes", "we will see prices fall") and a hedged forecast
("I think we'll …", "We now expect …") stay predictions. A plan told as published before is
a fact; the second part of a split sentence with no verb of its own takes the first part's
kind.
"""

import datetime

import pytest

from claims.choices import ClaimKind
from claims.importing.acts import ACT_TOLD, organisations_of
from claims.importing.agency import DOERLESS, DOERLESS_ACT, OWN_ACT, PLACED, PLACED_ACT, own_act
from claims.importing.classify import classify
from claims.importing.compounds import continued_kind, continues_note, has_own_verb
from claims.importing.services import ImportOptions, SourceChoice, import_plan
from claims.importing.wording import normalise

C, P, F = ClaimKind.COMMITMENT, ClaimKind.PREDICTION, ClaimKind.FACTUAL
OP = ClaimKind.OPINION

# (line, kind): read with a dated horizon, as the importer reads a line naming a later date.
KINDS = [
    # A minister in the House.
    (
        "I can confirm that the new timetable will be introduced in May, with two extra trains"
        " an hour between Halifax and Leeds.",
        C,
    ),
    ("I will write to her with the detailed programme by the end of November.", C),
    ("I am always happy to meet the hon. Member, and I will do so before the end of the year.", C),
    ("I will meet the hon. Lady and the station's operators before Christmas.", C),
    ("I'll write to every Member affected by the end of the month.", C),
    ("I am pleased to announce that the new ticket office will be opened in March.", C),
    ("We can confirm today that the scheme will be rolled out to every county by 2028.", C),
    ("We will lay the regulations before the House before the summer recess.", C),
    # An opposition MP, a side out of office.
    ("If we were in government, we would have it open by 2030.", C),
    ("We would reopen the line within two years if we were in power.", C),
    ("If elected, we would scrap the fare rise in our first budget.", C),
    # A councillor and a council officer.
    (
        "Subject to the government grant, the first 120 council homes at Millbrook Yard will"
        " start on site next year.",
        C,
    ),
    ("Subject to planning, the new library will be built by the end of 2027.", C),
    ("We will have the whole scheme finished in the next three to four years.", C),
    ("We'll have the new play park open before the summer holidays.", C),
    ("The recording and slides will be on the consultation page by Friday.", C),
    ("The minutes will be online by the end of next week.", C),
    ("We're going to hold drop-in sessions at the library every Tuesday from January.", C),
    ("We will be publishing the full list of sites in the new year.", C),
    # Candidates and volunteers in chats.
    ("And I will get the Elm St crossing installed within my first year.", C),
    ("If I'm elected, I will hold an open advice surgery in the ward every single month.", C),
    ("I'll get the rest to the town hall by Friday", C),
    ("I'll send round the canvassing sheets tonight", C),
    ("we'll get the leaflets to every house on Park Rd by Sunday", C),
    ("I'll get the potholes on Mill Lane fixed before winter, you have my word", C),
    ("I'll post the rota in here by tomorrow morning", C),
    # A transit official, a chief executive, a health chief.
    (
        "And one more thing: we will have real-time arrival screens at all 97 light-rail"
        " stations next year.",
        C,
    ),
    ("We'll have 40 new electric buses on the 12 and the 15 routes by next autumn.", C),
    ("We will have chargers at every depot by the end of 2027.", C),
    (
        "We will launch the first 12 satellites of our operational constellation in Q2 2027,"
        " and the remaining 36 by the end of 2028.",
        C,
    ),
    ("We will have two more theatres running at Fellgate by next September.", C),
    ("I'll get the full figures over to the committee by the end of the week.", C),
    # Podcast guests and campaigners.
    ("I'm going to put the whole dataset online next month.", C),
    ("We'll have the transcript up on the website by Monday.", C),
    ("I'll drop off the spare clipboards at the office tomorrow.", C),
    ("We're going to deliver the petition to Downing Street on Thursday.", C),
    ("Leave it with me, I'll chase Highways about the crossing on Monday.", C),
    ("I'll see to it that the bins on Elm St are emptied before the weekend.", C),
    ("I'll try and get the full figures to you by Thursday.", C),
    ("We're gonna have the new pitch open by the spring.", C),
    ("I'm going to knock on every door on Elm St before polling day.", C),
    ("We'll be putting the slides online after the meeting.", C),
    # The speaker's side named as a body: "my team", "the council" (asked about).
    ("My team will publish the full list of sites in May.", C),
    ("The council will publish the shortlist in January.", C),
    # A past act reported is a fact, a plan published among them.
    ("The Liberal Democrats have published a costed plan to reopen the Kirkgate chord.", F),
    ("Last spring the council unveiled a ten-year plan to clear the waiting list.", F),
    ("We have published our plan to electrify the line.", F),
    # Near-misses: outcomes, hedges and others' acts stay forecasts.
    ("We'll win this by 200 votes, calling it now", P),
    ("We now expect to reach positive operating cash flow in the second half of 2027", P),
    ("We will not be cash-flow positive by the end of 2026.", P),
    ("My guess is the list stops growing next year", P),
    ("I think we'll get back to pre-pandemic waits eventually", P),
    ("Rates will be cut before the summer", P),
    ("We will see prices fall by the end of next year.", P),
    ("Driverless buses won't be carrying passengers before 2030", P),
    ("I think we'll have the scheme finished by 2029.", P),
    ("We'll have it open by 2030, I hope.", P),
    ("We will have a recession by the end of next year.", P),
    ("We'll run out of money before March.", P),
    ("We'll get there by 2028.", P),
    ("We'll start seeing the benefits next year.", P),
    ("We will meet our 2030 target.", P),
    ("I can confirm that prices will fall next year.", P),
    ("I can tell you that Apple will launch a car next year.", P),
    ("I can report that the stadium will open in 2028.", P),
    ("Subject to the weather, turnout will be high on Thursday.", P),
    ("The government will be forced to act next year.", P),
    ("Probably we'll hold the seat in May.", P),
    ("If I were you, I'd write to your MP before the summer.", F),
    ("If I were Chancellor, I would cut VAT next year.", F),
    ("If we win control of the council in May, we'd freeze parking charges for two years.", C),
    ("I expect we'll finish the scheme by 2029.", P),
    ("I think we will publish the audit by 2026, but don't hold me to it.", P),
    ("We'll get inflation back to the 2% target by 2027.", P),
    ("I'll be honest, I think we'll see a correction next year.", P),
    ("We will see waiting lists fall by the end of the parliament.", P),
    ("I'll give you an example from next year's budget.", P),
    ("We'll smash the target this year.", P),
    ("Hopefully we'll have the new pitch open by the spring.", P),
    ("The company will publish results on 3 March.", P),
    ("I'll see how the numbers look in the new year.", P),
    # Plant and sites the speaker's side puts to work: "have X energised", "X running".
    ("We will have the Kilbride Moss substation energised by the summer of 2027.", C),
    (
        "We will have all 38 of our U.S. cross-dock facilities running on the new routing "
        "system by the end of next quarter.",
        C,
    ),
    ("We'll have both new pens stocked with smolt by March.", C),
    ("We will have the second line commissioned before the end of 2027.", C),
    ("We'll have the depot connected to the grid by June.", C),
    # Notes' shorthand without its subject: the speaker's own act.
    ("Will have the Pentland 2 array (30 MW) generating before the end of 2027.", C),
    ("Will publish the availability data by Friday.", C),
    ("Will have the scheme finished by June.", C),
    # Near misses: a question, a hedge, weather, an outcome, the future perfect.
    ("Will it publish the report by June?", P),
    ("Will probably publish the report by June.", P),
    ("Will rain all week.", P),
    ("We will have more heat pumps than gas boilers by 2030.", P),
    ("We will have lost two million jobs by 2030.", P),
    ("I think we will have the plant connected by June.", P),
    # Disbelief in an idiom: an opinion, its "will" no future.
    ("I'll believe it when I see it.", OP),
    (
        "The vendor says firmware 4.2 lands next month, and honestly I'll believe it when I "
        "see it.",
        OP,
    ),
    ("Sure, and pigs might fly.", OP),
    ("Cheaper fares by June? I'd believe that when I see it.", OP),
    ("I believe it will ship by June.", P),
    ("I'll believe the numbers when the audit is published in March.", P),
]


@pytest.mark.parametrize(("line", "kind"), KINDS, ids=[row[0][:60] for row in KINDS])
def test_the_speakers_own_act_is_a_commitment(line, kind):
    assert classify(line, has_horizon=True, timed=True) == kind


# (line, how): how the act is the speaker's side's.
HOW = [
    ("I will write to her with the detailed programme by the end of November.", OWN_ACT),
    ("If we were in government, we would have it open by 2030.", OWN_ACT),
    ("I can confirm that the new timetable will be introduced in May.", OWN_ACT),
    (
        "Subject to the government grant, the first 120 homes will start on site next year.",
        DOERLESS_ACT,
    ),
    ("The recording and slides will be on the consultation page by Friday.", DOERLESS_ACT),
    ("We will have real-time arrival screens at all 97 stations next year.", PLACED_ACT),
    ("We'll have 200 more officers on the streets by 2028.", PLACED_ACT),
    ("I'll have a defibrillator in every village hall by the summer.", OWN_ACT),
    # "we" as everyone says it too: asked about, not decided.
    ("We will have driverless buses on the road by 2030.", PLACED_ACT),
    # Near-misses: a view with no condition, a hedge, an outcome.
    ("We'll have fewer homes on the market by the spring.", ""),
    ("We would build more homes.", ""),
    ("I'd say we'll open the line by 2030.", ""),
    ("We will win the seat in May.", ""),
    ("The report will be long.", ""),
]


@pytest.mark.parametrize(("line", "how"), HOW, ids=[row[0][:60] for row in HOW])
def test_how_the_act_is_the_speakers(line, how):
    assert own_act(normalise(line)) == how


# A conditional promise of an organisation whose head the document names.
LED = [
    (
        "de la Fuente says Solenza would double Zaragoza's capacity if the regional government"
        " approves the permit.",
        C,
    ),
    ("Solenza would build a second plant once the EU fund is approved.", C),
    # Near-miss: "would" with no condition is a view.
    ("Solenza would double its capacity in a better market.", ClaimKind.OPINION),
]


@pytest.mark.parametrize(("line", "kind"), LED, ids=[row[0][:60] for row in LED])
def test_a_company_heads_conditional_promise_is_a_commitment(line, kind):
    with organisations_of(b"Ana Maria de la Fuente, chief executive of Solenza Energia"):
        assert classify(line) == kind


# (second part, has a verb of its own)
PARTS = [
    ("and the remaining 36 by the end of 2028.", False),
    ("and 3% by the end of next year.", False),
    ("and another 200 homes the year after.", False),
    ("and cuts in February.", True),
    ("and we will open our Toulouse office in January.", True),
    ("and inflation falls to 2% by 2027.", True),
    ("and they'll follow in 2028.", True),
]


@pytest.mark.parametrize(("part", "own"), PARTS, ids=[row[0] for row in PARTS])
def test_a_second_part_with_no_verb_of_its_own(part, own):
    assert has_own_verb(part) is own


def test_the_first_parts_kind_is_in_the_note_of_a_verbless_second():
    note = continues_note("We will launch the first 12 satellites in Q2 2027", "and 36 in 2028.")
    assert continued_kind(note) == C
    assert (
        continued_kind(
            continues_note("I now think the MPC holds in December", "and cuts in February.")
        )
        == ""
    )
    assert continued_kind("") == ""


@pytest.mark.django_db
def test_both_promises_of_one_sentence_are_commitments_with_their_deadlines():
    text = (
        "We will launch the first 12 satellites of our operational constellation in Q2 2027,"
        " and the remaining 36 by the end of 2028.\n"
        "My bet is Bank Rate at 3.25% by the end of Q1 and 3% by the end of next year.\n"
    )
    plan = import_plan(
        data=text.encode(),
        file_name="letter.txt",
        options=ImportOptions(
            source=SourceChoice(title="Letter", published_on=datetime.date(2026, 11, 9)),
            speakers={"": "Ingrid Solberg"},
        ),
    )
    got = [(c.quote[:24], c.kind, c.deadline) for c in plan.candidates]
    assert got == [
        ("We will launch the first", C, datetime.date(2027, 6, 30)),
        ("and the remaining 36 by ", C, datetime.date(2028, 12, 31)),
        ("My bet is Bank Rate at 3", P, datetime.date(2027, 3, 31)),
        ("and 3% by the end of nex", P, datetime.date(2027, 12, 31)),
    ]


@pytest.mark.django_db
def test_an_act_told_without_its_doer_is_asked_about():
    text = (
        "Subject to the government grant, the first 120 council homes at Millbrook Yard will"
        " start on site next year.\n"
        "I will write to her with the detailed programme by the end of November.\n"
    )
    plan = import_plan(
        data=text.encode(),
        file_name="chat.txt",
        options=ImportOptions(
            source=SourceChoice(title="Q&A", published_on=datetime.date(2026, 10, 12)),
            speakers={"": "Priya Natarajan"},
        ),
    )
    first, second = plan.candidates
    assert (first.kind, first.deadline) == (C, datetime.date(2027, 12, 31))
    assert DOERLESS.split("(")[0] in first.statement.note
    assert (second.kind, second.deadline) == (C, datetime.date(2026, 11, 30))
    assert DOERLESS.split("(")[0] not in second.statement.note


@pytest.mark.django_db
def test_an_act_vouched_for_of_a_named_organisation_is_asked_about():
    text = "I can confirm that Northern will introduce the new timetable in May.\n"
    plan = import_plan(
        data=text.encode(),
        file_name="answer.txt",
        options=ImportOptions(
            source=SourceChoice(title="Answers", published_on=datetime.date(2026, 10, 21)),
            speakers={"": "Rail Minister"},
        ),
    )
    (only,) = plan.candidates
    assert (only.kind, only.deadline) == (C, datetime.date(2027, 5, 31))
    assert ACT_TOLD.format(who="Northern") in only.statement.note


@pytest.mark.django_db
def test_things_we_will_have_in_place_are_a_commitment_asked_about():
    text = (
        "And one more thing: we will have real-time arrival screens at all 97 light-rail"
        " stations next year.\n"
    )
    plan = import_plan(
        data=text.encode(),
        file_name="phonein.txt",
        options=ImportOptions(
            source=SourceChoice(title="Phone-in", published_on=datetime.date(2026, 10, 18)),
            speakers={"": "Transit Director"},
        ),
    )
    (only,) = plan.candidates
    assert (only.kind, only.deadline) == (C, datetime.date(2027, 12, 31))
    assert PLACED in only.statement.note
