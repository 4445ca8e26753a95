"""A named person's forecast or promise told in another's turn of speech is proposed as
theirs, the teller named in a remark (``attribution.person_told``, ``TOLD_BY``); a firm,
a body, a surname alone or a pronoun is never made a speaker.

Each row is a line as transcripts, calls and chats carry it, with who it goes to.
"""

import datetime

import pytest

from claims.choices import ClaimKind, DatePrecision
from claims.importing.attribution import person_told
from claims.importing.forecasters import person_name
from claims.importing.introductions import names_in
from claims.importing.names import untitled
from claims.importing.services import ImportOptions, SourceChoice, import_plan

P, F, C = ClaimKind.PREDICTION, ClaimKind.FACTUAL, ClaimKind.COMMITMENT
SAID_ON = datetime.date(2026, 3, 4)
TELLER = "Marisol Quintero-Hale"

TOLD = [
    # A relation or a colleague before the name.
    ("My colleague Henrik Dahlgaard is convinced hydrogen will win for anything over 30 seats,"
     " and he thinks we'll see a hydrogen 50-seater in scheduled service by 2035.",
     "Henrik Dahlgaard", P, "2035-12-31"),
    ("My old boss Teodora Ilic reckons rates will be back under 3% by the end of 2027.",
     "Teodora Ilic", P, "2027-12-31"),
    # An office before the name.
    ("Finance Minister Teodor Balasz told parliament that unemployment will be below 4"
     " percent by the end of 2027.", "Teodor Balasz", P, "2027-12-31"),
    ("Professor Ailsa Drummond expects 60,000 more households in fuel poverty by 2027.",
     "Ailsa Drummond", P, "2027-12-31"),
    # A department after it.
    ("Fintan Roche in finance reckons the lease costs will come in 6% over budget by the end"
     " of the year.", "Fintan Roche", P, "2026-12-31"),
    # "who" or "she" after it.
    ("Helga Strand, who runs the regional grid operator, says data centre demand will double"
     " by 2030.", "Helga Strand", P, "2030-12-31"),
    # The quoted words first, then who said them, with what they do between commas.
    ('"The second line will be running by June 2027," Helga Strand, who runs the grid'
     " operator, told me.", "Helga Strand", P, "2027-06-30"),
    ('"Demand doubles by 2030," Professor Helga Strand told us.', "Helga Strand", P,
     "2030-12-31"),
    # Named between commas after their office, then "she" or "he" says it.
    ("The Governor, Dr Helen Marsh, told the Senate committee on Friday that she expects"
     " inflation to be below 3 per cent by the end of 2027.", "Helen Marsh", P, "2027-12-31"),
    ("The chief executive of the market operator, Mr Daniel Kerr, said in December that he"
     " expects renewables to supply 60 per cent of demand by the end of 2028.", "Daniel Kerr",
     P, "2028-12-31"),
    # Dated first without a comma, an honorific before the name, an audience informed
    # (estimates hearings, written answers).
    ("On 12 May the Minister for Regional Infrastructure, Mr Tobias Rendell-Moss, said in a"
     " media release that all 14 projects will be under contract by the end of 2027.",
     "Tobias Rendell-Moss", P, "2027-12-31"),
    ("The Chief Executive of the NTA, Ms Rosalind Teague, informed the Joint Committee on"
     " Transport on 30 September that all 140 buses will be in service by the end of 2027.",
     "Rosalind Teague", P, "2027-12-31"),
    ("The head of the port authority, Dr Anneli Kask, assured the council that the new quay"
     " will open by June 2027.", "Anneli Kask", P, "2027-06-30"),
    ("In February your former secretary, Mr Desmond Farrelly, told this committee that the"
     " dam would be finished by mid-2028.", "Desmond Farrelly", P, "2028-06-30"),
    # A person of a named firm (an outlook's "what others expect").
    ("Priya Hallorann of Coastline Asset Management expects unemployment to peak at 6.1% in"
     " the second half of 2027.", "Priya Hallorann", P, "2027-12-31"),
    ("Tomasz Wierzbicki of Kestrel Research expects the rate to be 3% by June 2027.",
     "Tomasz Wierzbicki", P, "2027-06-30"),
    # An office between commas after the name, and a deed told before the saying.
    ("Harriet Vance, the energy minister, said the new rules would be in force by April 2027.",
     "Harriet Vance", P, "2027-04-30"),
    ("Harriet Vance, the energy minister, stood up at our industry dinner in June and said the"
     " new rules would be in force by April 2027.", "Harriet Vance", P, "2027-04-30"),
    ("Oskar Lindqvist, our former chief economist, took questions afterwards and said rates"
     " would be back at 2% by the end of 2027.", "Oskar Lindqvist", P, "2027-12-31"),
    # A body's office holder named between commas, when it was said told first.
    ("Last week the chief executive of Nordmark Gas, Ingrid Solberg-Hauge, told our committee"
     " that the Baltic Link will be back in full operation by the end of June.",
     "Ingrid Solberg-Hauge", P, "2026-06-30"),
    ("My old boss at Northmoor, Harriet Lund, reckons Britain will have 20 GW of grid"
     " batteries connected by the end of 2028.", "Harriet Lund", P, "2028-12-31"),
    # An office before the name in lower case; an office between commas without its article;
    # where they work after the name; the speaker's side's office holder named.
    ("Opposition leader Ana Reyes says the budget will be in deficit by 2028.", "Ana Reyes", P,
     "2028-12-31"),
    ("Council leader Ambrose Keel tells the Ledger the Riverside bridge \"will reopen to all"
     " traffic by 30 June\".", "Ambrose Keel", P, "2026-06-30"),
    ("Cllr Nkechi Adeyemi, cabinet member for transport, says the consultation \"will launch by"
     " the end of September\".", "Nkechi Adeyemi", P, "2026-09-30"),
    ("Dev Kothari at the Civic office told me yesterday he expects turnout to pass 34% by the"
     " end of April.", "Dev Kothari", P, "2026-04-30"),
    ("Our chairman, Gunnar Thorvik, told the board last week he expects a deal by the end of"
     " the third quarter.", "Gunnar Thorvik", P, "2026-09-30"),
    # Two asides after the office; "he" after the clause that named him, on the same line.
    ("Her chair, Gillian Ostrowski, a former deputy chair of the energy regulator, told Northern"
     " Business last month that the company will be comfortably profitable by 2027.",
     "Gillian Ostrowski", P, "2027-12-31"),
    ("Spoke to Marcus Lindqvist at Pellow Energy this morning, he reckons the cap falls about 7%"
     " by July.", "Marcus Lindqvist", P, "2026-07-31"),
    # Names that open with a capital outside English's alphabet.
    ("The Governor of the Bank of Canada, Mr. Étienne Sauvageau, told the finance committee on"
     " Monday that inflation will be back at 2% by the middle of 2027.", "Étienne Sauvageau", P,
     "2027-06-30"),
    ("My colleague Łukasz Wróblewski reckons the Warsaw line opens by 2028.",
     "Łukasz Wróblewski", P, "2028-12-31"),
    # A relation between commas, and a present-tense event after "reckons".
    ("My co-founder, Declan Furlong, reckons we hit profitability in H2 2026.",
     "Declan Furlong", P, "2026-12-31"),
    ("My business partner Ines Varga thinks the shop breaks even by March 2027.",
     "Ines Varga", P, "2027-03-31"),
    # What they always said, told back.
    ("My old boss, Raymond Okoro, always said cash would be gone from high-street shops by"
     " 2030.", "Raymond Okoro", P, "2030-12-31"),
    # A promise told in its maker's words.
    ("Gareth Pomfrey said he'll have the Fernhill hub open by October 2026.", "Gareth Pomfrey",
     P, "2026-10-31"),
    ("My colleague Gareth Pomfrey said we'll have the Fernhill hub open by October 2026.",
     "Gareth Pomfrey", C, "2026-10-31"),
    ("Gareth Pomfrey, who runs the depot, said we'll open the Fernhill hub by October 2026.",
     "Gareth Pomfrey", C, "2026-10-31"),
    # The side's own people named between commas, told with "we'll" or sworn to.
    ("Our CEO, Bram Hoekstra, told the board last month we'll have megawatt charging live at"
     " all six terminals by mid-2027.", "Bram Hoekstra", C, "2027-06-30"),
    ("My chief engineer, Oddvar Lunde, swears we'll have a 1,500-cycle pack by April.",
     "Oddvar Lunde", P, "2026-04-30"),
    ("Our head of sales, Marisa Okonjo, said the order book would double by the end of 2027.",
     "Marisa Okonjo", P, "2027-12-31"),
    ("My finance director, Priya Nandakumar, told me we'd be cash positive by March 2027.",
     "Priya Nandakumar", P, "2027-03-31"),
    ("My site manager, Tolu Adebayo, swore the roof would be on by Christmas.", "Tolu Adebayo",
     P, "2026-12-25"),
    ("Our relationship manager at Falstead Mercantile, Oona Bright, has told me the facility"
     " will be approved by the end of February.", "Oona Bright", P, "2027-02-28"),
    # Passed on as advice received: "I am advised by …, that …".
    ("I am advised by the Partnership's chief engineer, Callum Ferriby, that the structure"
     " will be ready for test trains by the end of August.", "Callum Ferriby", P,
     "2026-08-31"),
    ("We have been told by Dr Ama Boateng that the ward will reopen by June 2027.",
     "Ama Boateng", P, "2027-06-30"),
    # How it came to be said, then the office with what it is of, then the name; written,
    # posted or told to a paper.
    ("Asked on Bloomberg TV on Tuesday whether the hatchback would ever make money, Foxley CEO"
     " Dana Mirren said the program will be cash-positive by the end of next year.",
     "Dana Mirren", P, "2027-12-31"),
    ("In a LinkedIn post on Monday, Ampora founder Teodor Vasquez-Lind wrote that the network"
     " will be live at 1,000 sites by the end of September.", "Teodor Vasquez-Lind", P,
     "2026-09-30"),
    ("Speaking at the Dortwell Mobility Summit, Hallstrom Energy chief strategist Ines"
     " Okonkwo-Berg predicted that average pack prices will fall below $80 per kWh in 2027.",
     "Ines Okonkwo-Berg", P, "2027-12-31"),
    ("On X, battery-materials analyst Sunniva Lachance posted that lithium carbonate will be"
     " back above $20,000 a tonne by August.", "Sunniva Lachance", P, "2026-08-31"),
    ("Regional transit commissioner Odile Marchand told the Fenbury Herald that the city will"
     " retire its last diesel bus by June 2028.", "Odile Marchand", C, "2028-06-30"),
    # An office and its portfolio before the name.
    ("Secretary of Energy Lydia Marchbank told the Cabinet on Tuesday that Corbin will be back"
     " at full capacity by the end of July.", "Lydia Marchbank", P, "2026-07-31"),
    ("Minister of Home Affairs Kwame Mensah said the new border posts will open by March 2027.",
     "Kwame Mensah", P, "2027-03-31"),
    ("The Secretary of State for Energy Security, Dame Hilary Ostrow, said the grid link will"
     " be finished by 2028.", "Hilary Ostrow", P, "2028-12-31"),
]  # fmt: skip

NOT_TOLD = [
    # Firms and bodies named like people, a surname alone, a pronoun: the teller's, asked.
    "The contractor, Halvorsen Rail, tells us they expect testing to finish by March 2027.",
    "Corrin Homes expects to finish the estate by March 2027.",
    "Corrin Homes of Leeds expects to finish the estate by March 2027.",  # a firm's place
    "The World Meteorological Organization expects longer droughts by 2030.",
    "Councilmember Ruiz told me she expects the vote to fail by June 2026.",
    "She told me she expects them to sign by the end of March 2026.",
    "Gareth Pomfrey said we'll have the Fernhill hub open by October 2026.",
    # "He" with nobody named before it on the line.
    "This morning, he reckons the cap falls about 7% by July.",
    # A body after an office's "of": the body, not a person.
    "The chief executive of Nordmark Gas expects the Baltic Link back by the end of June.",
    "Last week the head of Corrin Homes told us that the estate will be finished by March 2027.",
    # A firm with what it is between commas: no person's office.
    "Corrin Homes, the developer, said it would finish the estate by March 2027.",
    "Halvorsen Rail, the contractor, stood up at the inquiry and said testing would finish by"
    " March 2027.",
    # The side's own customer, a firm, between commas: another's, but no person.
    "Our biggest customer, Halden Energy, swears they'll take delivery by April 2027.",
    # Assured by a firm: another's, but no person.
    "We have been assured by Halden Energy that the plant will reopen by June 2027.",
    # A ministry, not its minister.
    "The Ministry of Home Affairs said the new border posts will open by March 2027.",
]


def _plan(line: str):
    source = SourceChoice(title="Call", published_on=SAID_ON, precision=DatePrecision.DAY)
    text = f"Owen Kettleby: Welcome back.\n{TELLER}: {line}\n"
    return import_plan(
        data=text.encode(), file_name="call.txt", options=ImportOptions(source=source)
    )


def _candidate(plan, line: str):
    (found,) = (c for c in plan.candidates if c.quote.split(",")[0][:30] in line)
    return found


@pytest.mark.django_db
@pytest.mark.parametrize(("line", "speaker", "kind", "deadline"), TOLD)
def test_a_named_persons_forecast_told_in_a_turn_is_theirs(line, speaker, kind, deadline):
    candidate = _candidate(_plan(line), line)
    assert candidate.speaker.name == speaker
    assert candidate.kind == kind
    assert (candidate.deadline.isoformat() if candidate.deadline else "") == deadline
    assert f"told by {TELLER}: {speaker}'s" in candidate.statement.note


@pytest.mark.django_db
@pytest.mark.parametrize("line", NOT_TOLD)
def test_a_firm_a_body_a_surname_or_a_pronoun_is_not_made_a_speaker(line):
    candidate = _candidate(_plan(line), line)
    assert candidate.speaker.name == TELLER
    assert candidate.kind == F
    assert "told by" not in candidate.statement.note


@pytest.mark.django_db
@pytest.mark.parametrize(
    "line",
    [
        # The speaker's side with no one named: the speaker's own forecast.
        "Our chairman thinks we close the deal by June 2026.",
        "Our analysts at the Leeds office think rates fall by 2027.",
        # The speaker telling others: theirs still.
        "I told the board last week the plant will open by March 2027.",
        "We told investors the new line would be running by 2027.",
        # A trade as the forecast's subject, not its forecaster.
        "The industry will shrink by a third by 2030.",
    ],
)
def test_the_speakers_side_unnamed_stays_the_speakers(line):
    candidate = _candidate(_plan(line), line)
    assert candidate.speaker.name == TELLER
    assert "told by" not in candidate.statement.note


@pytest.mark.parametrize(
    ("who", "text", "person"),
    [
        ("My colleague Henrik Dahlgaard", "", "Henrik Dahlgaard"),
        ("secretary Anwen Strade", "", "Anwen Strade"),
        ("Finance Minister Teodor Balasz", "", "Teodor Balasz"),
        ("Helga Strand", "Helga Strand, who runs the grid, says …", "Helga Strand"),
        ("Helga Strand", "Helga Strand says demand will double.", ""),
        ("Corrin Homes", "Corrin Homes tells us they expect it by March.", ""),
        ("Goldman Sachs", "", ""),
        ("Halden Energy", "", ""),
        ("Councilmember Ruiz", "", ""),
        ("she", "", ""),
        ("Ana Ruiz and Tomas Berg", "", ""),
        ("The Governor", "The Governor, Dr Helen Marsh, told us that she expects …", "Helen Marsh"),
        ("he", "The operator, Kestrel Grid, said that he expects …", ""),
        ("Secretary of Energy Lydia Marchbank", "", "Lydia Marchbank"),
        ("Minister for Home Affairs Pieter van Dijk", "", "Pieter van Dijk"),
        ("Secretary of State for Energy Mara Quist", "", "Mara Quist"),
        ("the Minister of Finance", "", ""),
    ],
)
def test_the_person_a_told_forecast_names(who, text, person):
    assert person_told(who, text) == person


def _turns(*lines: str):
    source = SourceChoice(title="Chat", published_on=SAID_ON, precision=DatePrecision.DAY)
    text = "Owen Kettleby: Morning.\n" + "".join(f"{TELLER}: {line}\n" for line in lines)
    return import_plan(
        data=text.encode(), file_name="call.txt", options=ImportOptions(source=source)
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("before", "line", "person", "deadline"),
    [
        ("Just off a call with Ashby's chief economist, Oliver Strand.",
         "He expects the first cut in June, not May.", "Oliver Strand", "2026-06-30"),
        ("Just off a call with Ashby's chief economist, Oliver Strand.",
         "He's at 3.5% by the end of the year.", "Oliver Strand", "2026-12-31"),
        ("Spoke to Marcus Lindqvist at Pellow Energy this morning.",
         "He also said he expects standing charges to rise again in October.",
         "Marcus Lindqvist", "2026-10-31"),
        ("I had lunch with my old boss Teodora Ilic.",
         "She thinks rates will be back under 3% by the end of 2027.", "Teodora Ilic",
         "2027-12-31"),
        # The office after the name, the body after the office: the person, not the body.
        ("Jonas Ekberg, the head of planning at Skarnes Transmission, was blunt.",
         "He told me the grid will be a net importer of power by 2028.", "Jonas Ekberg",
         "2028-12-31"),
        ("Ines Dufour, chief economist of Caldera Bank, called me.",
         "She expects the first cut in June.", "Ines Dufour", "2026-06-30"),
        # Named by whose office it is, and told of.
        ("Mirren's predecessor, Gerrit Falk, told me in 2023 that we would have cells by 2025.",
         "On a podcast today he said he expects them by the end of 2027.", "Gerrit Falk",
         "2027-12-31"),
    ],
)  # fmt: skip
def test_he_or_she_after_a_person_the_speaker_named_is_that_person(before, line, person, deadline):
    plan = _turns(before, line)
    (candidate,) = (c for c in plan.candidates if c.quote.rstrip(".") in line)
    assert candidate.speaker.name == person
    assert candidate.kind == P
    assert candidate.deadline.isoformat() == deadline
    assert f"is read as {person}, whom the speaker named just before" in candidate.statement.note


@pytest.mark.django_db
@pytest.mark.parametrize(
    "before",
    [
        # Nobody named as a person: a firm, nobody at all, another speaker's line between.
        "Just off a call with Pellow Energy.",
        "Busy morning here.",
        "Spoke to the head of planning at Skarnes Transmission.",
    ],
)
def test_he_or_she_with_nobody_named_before_is_asked_about(before):
    line = "He expects the first cut in June, not May."
    plan = _turns(before, line)
    (candidate,) = (c for c in plan.candidates if c.quote.rstrip(".") in line)
    assert candidate.speaker.name == TELLER
    assert candidate.kind == F


@pytest.mark.django_db
def test_a_person_named_by_another_speaker_is_not_whom_he_means():
    source = SourceChoice(title="Chat", published_on=SAID_ON, precision=DatePrecision.DAY)
    text = (
        f"{TELLER}: Just off a call with Ashby's chief economist, Oliver Strand.\n"
        "Owen Kettleby: Nice one.\n"
        f"{TELLER}: He expects the first cut in June, not May.\n"
    )
    plan = import_plan(data=text.encode(), file_name="c.txt", options=ImportOptions(source=source))
    (candidate,) = (c for c in plan.candidates if "first cut" in c.quote)
    assert candidate.speaker.name == TELLER


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Mr. Étienne Sauvageau told the committee", ["Étienne Sauvageau"]),
        ("We met Łukasz Wróblewski and Ørjan Dahl in Oslo", ["Łukasz Wróblewski", "Ørjan Dahl"]),
        ("Şahin Çelik runs the Izmir depot", ["Şahin Çelik"]),
        ("the étude was long", []),
    ],
)
def test_names_opening_with_a_capital_outside_englishs_alphabet(text, names):
    found = [untitled(n) for n in names_in(text) if " " in untitled(n) and person_name(untitled(n))]
    assert found == names


ANSWERED = """Written answers, Tuesday 20 October 2026

Zero-Emission Buses
Answered by Minister for Transport (Declan Foyle)
There are currently 318 battery-electric buses in the PSO fleet.
{line}
"""


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        # A written answer's lines are its minister's; a named person's forecast they tell is
        # that person's, as in a turn of speech.
        ("The Chief Executive of the NTA, Ms Rosalind Teague, informed the Joint Committee on"
         " Transport on 30 September that all 140 buses will be in service by the end of 2027.",
         "Rosalind Teague"),
        ("Professor Ailsa Drummond expects 60,000 more households in fuel poverty by 2027.",
         "Ailsa Drummond"),
        # No one named: the minister's.
        ("I expect all 140 buses to be in service by the end of 2027.", "Declan Foyle"),
        ("Corrin Homes expects to finish the estate by March 2027.", "Declan Foyle"),
    ],
)  # fmt: skip
def test_a_named_persons_forecast_told_in_a_sections_lines_is_theirs(line, speaker):
    source = SourceChoice(title="Written answers", published_on=SAID_ON)
    plan = import_plan(
        data=ANSWERED.format(line=line).encode(),
        file_name="answers.txt",
        options=ImportOptions(source=source),
    )
    assert _candidate(plan, line).speaker.name == speaker
