"""Table tests: a "Word:" label that names a firm, an institution, a group, a market or a role
is never a speaker in notes.

Analysts' weekly notes, show notes and call write-ups put whose forecast it is before it
("Goldman: oil at $100 by Q3 2027", "Consensus: two cuts in 2027", "Wall Street: recession
by 2027"). Such a line is the forecast of someone the notes tell about: read as another's
forecast (factual, no deadline, a remark naming whose), given to whoever tells it (the cue's
or the section's speaker, or the curator's default), as ``attribution`` reads "Goldman
expects …". An institution that forecasts and acts ("The Fed:", "ECB:") or a role with no
name ("Management:") leaves the line as it is read, with a remark asking whose it is. A
participant the document or the curator names keeps their cue, whatever their name.
"""

import datetime

import pytest

from claims.choices import ClaimKind
from claims.importing.forecasters import ACTOR, FORECASTER, ROLE, firm_and_person, no_person
from claims.importing.parsing import parse_document
from claims.importing.reading import read_document
from claims.importing.services import ImportOptions, SourceChoice, import_plan

D = datetime.date
SAID_ON = D(2025, 3, 3)
TODAY = D(2025, 6, 1)
DEFAULT = "Nadia Brandt"
REPORTS = "reports another's forecast (“{who}”)"
ACTOR_NOTE = "“{who}:” names an institution that forecasts and acts"
ROLE_NOTE = "“{who}:” names a role, not a person"


def _plan(text: str):
    return import_plan(
        data=text.encode(),
        file_name="notes.md",
        options=ImportOptions(
            source=SourceChoice(title="Weekly notes", published_on=SAID_ON, precision="day"),
            speakers={"": DEFAULT},
        ),
    )


def _said(text: str, known: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    data = f"Weekly notes\n\n{text}\n".encode()
    parsed = parse_document(read_document(data, name="notes.md"), today=TODAY, known_people=known)
    return [(s.speaker, s.text) for s in parsed.statements]


def _speaker(candidate) -> str:
    plan = candidate.speaker
    return plan.speaker.name if plan.speaker is not None else plan.name


# ---- What a label names: a forecaster, an institution that acts, a role, or nothing of these.

NO_PERSON = [
    *[
        (label, FORECASTER)
        for label in (
            *("Goldman", "Goldman Sachs", "GOLDMAN", "Goldman's", "Morgan Stanley", "JPMorgan"),
            *("BofA", "Bank of America", "Deutsche Bank", "Barclays", "UBS", "Nomura", "Citi"),
            *("Bernstein", "Jefferies", "Capital Economics", "Oxford Economics", "BNEF", "IMF"),
            *("OECD", "World Bank", "IEA", "CBO", "Consensus", "Street", "The Street"),
            *("Wall Street", "Analysts", "Sell-side", "Sell side", "Buy-side", "Economists"),
            *("Strategists", "Futures", "Fed funds futures", "The market", "Polymarket"),
            *("Kalshi", "Polls", "Bookies", "Raymond James", "Hightower Advisors", "Moody's"),
            *("Piper Sandler & Co.", "Eurasia Group", "Wood Mackenzie", "Consensus (Bloomberg)"),
            *("Street (FactSet)", "Goldman's view", "Street estimate", "Consensus forecast"),
            *("Per Goldman", "According to the IMF", "JPM's base case", "Morgan Stanley target"),
        )
    ],
    *[
        (label, ACTOR)
        for label in (
            *("The Fed", "Fed", "FOMC", "Federal Reserve", "ECB", "Bank of England", "BoJ"),
            *("OPEC", "OPEC+", "The government", "Treasury", "The White House", "Beijing"),
            *("Central Bank",),
        )
    ],
    *[(label, ROLE) for label in ("Management", "Mgmt", "The board", "The company", "IR")],
    # Topics, frame words and people: none of these.
    *[
        (label, "")
        for label in (
            *("Energy", "Markets", "Rates", "Oil", "China", "AI", "Housing", "Bottom line"),
            *("Big picture", "Venture Capital", "AI Research", "Risk Management", "Ada"),
            *("Maya Chen", "Jan Hatzius", "Tom Reyes", "Update (March)", "Europe", "Tesla"),
            *("Emerging Markets", "Investment Bank", "Piper", "Chase", "Wells"),
        )
    ],
]


@pytest.mark.parametrize(("label", "kind"), NO_PERSON, ids=[r[0] for r in NO_PERSON])
def test_what_a_label_names_when_it_names_no_person(label, kind):
    assert no_person(label) == kind


# ---- A forecaster's label: another's forecast, told by whoever the line is given to.

# (notes, the forecast's words, who tells it, whose forecast the remark names)
FORECASTS = [
    ("- Goldman: oil at $100 by Q3 2027", "oil at $100 by Q3 2027", DEFAULT, "Goldman"),
    ("Goldman Sachs: Brent will average $95 in 2027", "Brent", DEFAULT, "Goldman Sachs"),
    ("- Morgan Stanley: the S&P 500 will end 2027 at 7,000", "S&P", DEFAULT, "Morgan Stanley"),
    ("- JPMorgan: default rates will peak in 2027", "default rates", DEFAULT, "JPMorgan"),
    ("- Consensus: two rate cuts in 2027", "two rate cuts", DEFAULT, "Consensus"),
    ("- Street: EPS will reach $5.10 next year", "EPS", DEFAULT, "Street"),
    ("Wall Street: recession by 2027", "recession by 2027", DEFAULT, "Wall Street"),
    ("- Analysts: the stock will double by 2028", "the stock", DEFAULT, "Analysts"),
    ("- Sell-side: rates at 3% by the end of 2027", "rates at 3%", DEFAULT, "Sell-side"),
    ("* IMF: global growth will slow to 2.8% in 2027", "global growth", DEFAULT, "IMF"),
    (
        "- Capital Economics: house prices fall 5% by 2027",
        "house prices",
        DEFAULT,
        "Capital Economics",
    ),
    ("- BofA: gold will hit $3,000 by mid-2027", "gold", DEFAULT, "BofA"),
    ("- Deutsche Bank: the euro will reach parity by 2027", "the euro", DEFAULT, "Deutsche Bank"),
    ("- Bernstein: iPhone units will grow 5% in 2027", "iPhone", DEFAULT, "Bernstein"),
    ("- Consensus (Bloomberg): CPI at 2.4% in 2027", "CPI", DEFAULT, "Consensus"),
    ("- Goldman's view: oil at $100 by Q3 2027", "oil at $100", DEFAULT, "Goldman"),
    ("- Street estimate: EPS of $5.10 in 2027", "EPS", DEFAULT, "Street"),
    ("- Per Goldman: Brent will average $95 in 2027", "Brent", DEFAULT, "Goldman"),
    (
        "- Futures: the policy rate will be 3.25% by December 2027",
        "policy rate",
        DEFAULT,
        "Futures",
    ),
    # A dash instead of a colon, once read as a heading naming "Morgan Stanley".
    (
        "Morgan Stanley — the S&P 500 will reach 7,500 by end-2028",
        "7,500",
        DEFAULT,
        "Morgan Stanley",
    ),
    # In a guest's notes: the guest tells the firm's forecast.
    (
        "Guest: Ada Quist\n\n- Goldman: oil at $100 by Q3 2027",
        "oil at $100",
        "Ada Quist",
        "Goldman",
    ),
    (
        "Guest: Ada Quist\n\n- Consensus: two rate cuts in 2027",
        "two rate cuts",
        "Ada Quist",
        "Consensus",
    ),
    # "Street:" after "Wall Street:" once went to a speaker "Wall Street".
    (
        "Wall Street: recession by 2027\nStreet: EPS will fall 10% in 2027",
        "EPS",
        DEFAULT,
        "Street",
    ),
    # A label alone: the bullets below are the firm's forecasts.
    (
        "Goldman:\n- Brent will average $90 in 2027\n- oil at $120 by 2028",
        "oil at $120",
        DEFAULT,
        "Goldman",
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("notes", "words", "teller", "whose"), FORECASTS)
def test_a_forecasters_label_makes_the_line_its_forecast_told(notes, words, teller, whose):
    heading = "Weekly notes, 3 March 2025\n\n"
    (candidate,) = [c for c in _plan(heading + notes).candidates if words in c.quote]
    assert (_speaker(candidate), candidate.kind, candidate.deadline) == (
        teller,
        ClaimKind.FACTUAL,
        None,
    )
    assert "names a firm, a body or a group, not a person" in candidate.statement.note
    if candidate.reading.phrase:  # read as a forecast first: whose it is, named
        assert REPORTS.format(who=whose) in candidate.statement.note


# ---- An institution that acts, or a role: no speaker, and a remark asks whose it is.

# (notes, the forecast's words, the remark's label, the remark)
ASKED = [
    ("- The Fed: two more hikes by December 2026", "two more hikes", "The Fed", ACTOR_NOTE),
    ("- ECB: the deposit rate will be 2% by mid-2026", "deposit rate", "ECB", ACTOR_NOTE),
    (
        "- OPEC: output will rise by 400,000 barrels a day in 2026",
        "output",
        "OPEC",
        ACTOR_NOTE,
    ),
    (
        "- The government: the deficit will be below 3% by 2027",
        "deficit",
        "The government",
        ACTOR_NOTE,
    ),
    ("- Management: margins will recover by 2028", "margins", "Management", ROLE_NOTE),
    ("- The board: the dividend will be restored in 2027", "dividend", "The board", ROLE_NOTE),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("notes", "words", "label", "remark"), ASKED)
def test_an_institution_or_a_role_is_no_speaker_and_the_curator_is_asked(
    notes, words, label, remark
):
    heading = "Weekly notes, 3 March 2025\n\n"
    (candidate,) = [c for c in _plan(heading + notes).candidates if words in c.quote]
    assert _speaker(candidate) == DEFAULT
    assert remark.format(who=label) in candidate.statement.note


# ---- Who a line goes to: a participant keeps their cue; a firm or a crowd never gets one.

WHO = [
    pytest.param("Wall Street: recession by 2027", set(), "", id="wall-street"),
    pytest.param("Morgan Stanley: S&P at 7000 by 2027", set(), "", id="morgan-stanley"),
    pytest.param("Goldman Sachs: oil at $100 by 2027", set(), "", id="goldman-sachs"),
    pytest.param("Raymond James: the stock doubles by 2028", set(), "", id="firm-named-a-person"),
    pytest.param("KEVIN: Hi all.\nUBS: the franc rises by 2027", set(), "", id="caps-document"),
    pytest.param("Goldman — oil at $100 by 2027", set(), "", id="dash"),
    pytest.param(
        "Hosts: Jan Goldman\n\nGoldman: oil at $100 by 2027", set(), "Jan Goldman", id="declared"
    ),
    pytest.param("Maya Chen: rates at 3% by 2027", set(), "Maya Chen", id="a-person"),
    pytest.param(
        "Morgan Housel: stocks double by 2030", {"morgan housel"}, "Morgan Housel", id="known"
    ),
    pytest.param("Energy: solar is cheapest by 2027", set(), "", id="a-topic"),
]


@pytest.mark.parametrize(("notes", "known", "speaker"), WHO)
def test_a_label_naming_no_person_never_becomes_a_speaker(notes, known, speaker):
    said = _said(notes, frozenset(known))
    assert said[-1][0] == speaker


def test_a_firms_dated_heading_opens_a_section_with_no_speaker():
    parsed = parse_document(
        read_document(
            b"## Goldman Sachs \xe2\x80\x94 Global Macro Conference, 12 May 2024\n\n"
            b"- Brent will average $90 in 2027\n",
            name="notes.md",
        ),
        today=TODAY,
    )
    (statement,) = parsed.statements
    assert (statement.speaker, parsed.sections[statement.section].speaker) == ("", "")


# ---- A firm's label with a person's name: that person's line, the firm their affiliation.

# (label, the person, the firm); ("", "") when the label names no person at the firm.
FIRM_AND_PERSON = [
    ("Morgan Stanley (Lisa Shalett)", "Lisa Shalett", "Morgan Stanley"),
    ("Goldman (Jan Hatzius)", "Jan Hatzius", "Goldman"),
    ("Goldman Sachs (Jan Hatzius, chief economist)", "Jan Hatzius", "Goldman Sachs"),
    ("JPMorgan — Jamie Dimon", "Jamie Dimon", "JPMorgan"),
    ("JPMorgan – Jamie Dimon", "Jamie Dimon", "JPMorgan"),
    ("JPMorgan - Jamie Dimon", "Jamie Dimon", "JPMorgan"),
    ("BlackRock, Larry Fink", "Larry Fink", "BlackRock"),
    ("IMF (Gita Gopinath)", "Gita Gopinath", "IMF"),
    ("ECB (Christine Lagarde)", "Christine Lagarde", "ECB"),
    ("Goldman's Jan Hatzius", "Jan Hatzius", "Goldman"),
    ("Morgan Stanley’s Mike Wilson", "Mike Wilson", "Morgan Stanley"),
    ("Capital Economics (Neil Shearing)", "Neil Shearing", "Capital Economics"),
    ("BofA (Dr. Savita Subramanian)", "Dr. Savita Subramanian", "BofA"),
    ("Deutsche Bank (Jim Reid)", "Jim Reid", "Deutsche Bank"),
    ("Management (Tim Cook)", "Tim Cook", "Management"),
    ("MORGAN STANLEY (LISA SHALETT)", "LISA SHALETT", "MORGAN STANLEY"),
    # A source, a desk, a case, a date or one word in brackets: the firm's view, as now.
    ("Consensus (Bloomberg)", "", ""),
    ("Street (FactSet)", "", ""),
    ("Goldman (base case)", "", ""),
    ("Goldman (Global Investment Research)", "", ""),
    ("UBS (Wealth Management)", "", ""),
    ("Citi (Bull Case)", "", ""),
    ("Goldman (March)", "", ""),
    ("Goldman (March 2026)", "", ""),
    ("Goldman (Hatzius)", "", ""),
    ("Goldman (GS)", "", ""),
    ("Bloomberg (Consensus)", "", ""),
    ("Goldman, Morgan Stanley", "", ""),
    ("Goldman's view", "", ""),
    # A person first is no firm's label: ``names.without_affiliation`` reads it.
    ("Lisa Shalett (Morgan Stanley)", "", ""),
    ("Christine Lagarde (ECB)", "", ""),
    ("Energy (Maya Chen)", "", ""),
]


@pytest.mark.parametrize(
    ("label", "person", "firm"), FIRM_AND_PERSON, ids=[r[0] for r in FIRM_AND_PERSON]
)
def test_a_firms_label_with_a_persons_name_names_the_person(label, person, firm):
    assert firm_and_person(label) == (person, firm)
    if person:  # the label names a person: no firm's view
        assert no_person(label) == ""


# (notes, the forecast's words, whose line it is, the firm in the remark, its kind)
PERSON_AT_FIRM = [
    (
        "Morgan Stanley (Lisa Shalett): Earnings growth will slow to 5% next year.",
        "Earnings growth",
        "Lisa Shalett",
        "Morgan Stanley",
    ),
    (
        "- Morgan Stanley (Lisa Shalett): Earnings growth will slow to 5% next year.",
        "Earnings growth",
        "Lisa Shalett",
        "Morgan Stanley",
    ),
    (
        "Goldman (Jan Hatzius): The Fed will cut twice by June 2026.",
        "cut twice",
        "Jan Hatzius",
        "Goldman",
    ),
    (
        "JPMorgan — Jamie Dimon: A recession will hit by the end of 2026.",
        "recession",
        "Jamie Dimon",
        "JPMorgan",
    ),
    (
        "- BlackRock, Larry Fink: Bitcoin will reach $700,000 by 2030.",
        "Bitcoin",
        "Larry Fink",
        "BlackRock",
    ),
    (
        "IMF (Gita Gopinath): Global growth will slow to 2.8% in 2026.",
        "Global growth",
        "Gita Gopinath",
        "IMF",
    ),
    (
        "Capital Economics (Neil Shearing): House prices will fall 5% by 2027.",
        "House prices",
        "Neil Shearing",
        "Capital Economics",
    ),
    (
        "Goldman Sachs (Jan Hatzius, chief economist): Unemployment will peak at 4.8% in 2026.",
        "Unemployment",
        "Jan Hatzius",
        "Goldman Sachs",
    ),
    # The label alone: the bullets below are the person's.
    (
        "Morgan Stanley (Lisa Shalett):\n- Earnings growth will slow to 5% in 2026",
        "Earnings growth",
        "Lisa Shalett",
        "Morgan Stanley",
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("notes", "words", "speaker", "firm"), PERSON_AT_FIRM)
def test_a_person_named_in_a_firms_label_makes_the_line_their_forecast(notes, words, speaker, firm):
    heading = "Weekly notes, 3 March 2025\n\n"
    (candidate,) = [c for c in _plan(heading + notes).candidates if words in c.quote]
    assert (_speaker(candidate), candidate.kind) == (speaker, ClaimKind.PREDICTION)
    assert candidate.deadline is not None
    assert f"the cue gives “{speaker}” as of “{firm}”: check the speaker" in (
        candidate.statement.note
    )
    assert "names a firm, a body or a group" not in candidate.statement.note


# (notes, the forecast's words, the firm whose view it stays, a remark asking about a name)
FIRM_STAYS = [
    ("- Consensus (Bloomberg): CPI at 2.4% in 2027", "CPI", "Consensus", ""),
    ("- Goldman (base case): oil at $100 by Q3 2027", "oil", "Goldman", ""),
    ("- UBS (Wealth Management): gold at $3,000 by 2027", "gold", "UBS", ""),
    ("- Goldman (Hatzius): two rate cuts in 2027", "rate cuts", "Goldman", "Hatzius"),
    ("- Goldman (Research): two rate cuts in 2027", "rate cuts", "Goldman", ""),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("notes", "words", "whose", "surname"), FIRM_STAYS)
def test_a_source_or_a_desk_in_a_firms_brackets_keeps_the_firms_view(notes, words, whose, surname):
    heading = "Weekly notes, 3 March 2025\n\n"
    (candidate,) = [c for c in _plan(heading + notes).candidates if words in c.quote]
    assert (_speaker(candidate), candidate.kind) == (DEFAULT, ClaimKind.FACTUAL)
    assert REPORTS.format(who=whose) in candidate.statement.note
    asked = f"“{surname}” may be a person at it: check the speaker"
    assert (asked in candidate.statement.note) == bool(surname)
