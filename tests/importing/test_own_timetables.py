"""Table tests: a side's own timetable, told by that side, is its commitment.

An officer, a spokesperson, a company's release or a councillor telling their own side's
timetable commits it, in whatever words: the present of a timetable ("The Leeds depot opens
in March 2027", "resurfacing is scheduled for July and August"), an act told without its
doer ("Construction will begin in June 2027"), a thing put back into service ("All six lifts
will be back in service by the end of May"), a line the speaker vouches for ("What I can
tell you is the bid goes in by the 30th of April"), a promise tagged after it ("The tram
opens in May 2028, as promised.", "… by the end of June. I'll stake my job on that."), a
vote the speaker will cast, and a leaflet delivered to every home. An outsider forecasting
someone else's timetable, a hedged timetable, an outcome nobody schedules (prices, markets,
weather) and a bet on a forecast keep their reading.
"""

import datetime

import pytest

from claims.choices import ClaimKind
from claims.importing.agency import DOERLESS, told_timetable
from claims.importing.classify import classify
from claims.importing.office_holders import holders_in
from claims.importing.parsing import split_sentences
from claims.importing.services import ImportOptions, SourceChoice, import_plan
from claims.importing.wording import normalise

C, P, F = ClaimKind.COMMITMENT, ClaimKind.PREDICTION, ClaimKind.FACTUAL

# (line, kind, why): read with a dated horizon, as the importer reads a line naming a later date.
KINDS = [
    (
        "Both southbound lanes will be reopened by the end of June. I'll stake my job on that.",
        C,
        "an office staked on the sentence before makes it a pledge",
    ),
    (
        "The new bridge will carry traffic by 2028. I'd stake my reputation on it.",
        P,
        "a reputation staked is a bet on a forecast",
    ),
    ("THE TRAM EXTENSION OPENS IN MAY 2028, AS PROMISED.", C, "'as promised' tags a pledge"),
    ("As we promised, the new depot opens in October.", C, "'as we promised' before it"),
    ("Rates will fall by 2027, as promised.", P, "no act of anyone's: an outcome"),
    ("Sales grew 4% last year, as promised.", F, "looks back"),
    (
        "What I can tell you is the Harbour Road bid goes in by the 30th of April",
        C,
        "the speaker vouches for the side's timetable",
    ),
    ("I can assure you the new clinic opens in September.", C, "vouched"),
    ("What I can tell you is prices will fall by March", P, "vouched, but no act"),
    ("I can tell you the market will open higher tomorrow.", P, "a market's move, no act"),
    ("I can tell you that Tesla will open a plant in Spain next year.", P, "another's act"),
    (
        "and I'll be voting against any cut to school transport.",
        C,
        "a vote the speaker will cast",
    ),
    ("We'll be voting for the amendment on Tuesday.", C, "the side's vote"),
    ("I'll be watching the vote closely on Tuesday.", P, "watching is no act promised"),
    (
        "and we'll have it in every household by October 3rd.",
        C,
        "a leaflet delivered to every home",
    ),
    ("We hope to open by March, but honestly it could slip.", P, "hedged"),
    ("Tesla will open the Berlin plant in 2027.", P, "another's act, told"),
    ("I reckon the council will have it open by March.", P, "an outsider's guess"),
    ("Prices will fall by 2027.", P, "an outcome"),
    ("By 2030 we will have seen the market double.", P, "the future perfect of an outcome"),
]


@pytest.mark.parametrize(("line", "kind", "why"), KINDS, ids=[row[0][:60] for row in KINDS])
def test_a_sides_own_timetable_is_a_commitment(line, kind, why):
    assert classify(line, has_horizon=True, timed=True) == kind, why


# (turn, sentences, why): a pledge tag is joined to what it pledges, and is no claim alone.
SPLITS = [
    (
        "Both southbound lanes will be reopened by the end of June. I'll stake my job on that.",
        1,
        "the tag pledges the sentence before",
    ),
    ("The depot opens in May. You have my word.", 1, "the word given is the sentence before's"),
    ("The depot opens in May. We publish the fares on Monday.", 2, "a claim of its own"),
]


@pytest.mark.parametrize(("turn", "count", "why"), SPLITS, ids=[row[0][:50] for row in SPLITS])
def test_a_pledge_tag_is_joined_to_the_sentence_before(turn, count, why):
    assert len(list(split_sentences(turn))) == count, why


# (line, told, why): a timetable told without its doer, the side's when an officer tells it.
TIMETABLES = [
    ("Monterrey opens in January 2027, assuming the pilot is approved.", True, "present"),
    (
        "Director Hale stated that resurfacing of Mill Road is scheduled for July and August.",
        True,
        "scheduled",
    ),
    ("Construction will begin in June 2027.", True, "work begins"),
    ("All six lifts will be back in service by the end of May.", True, "back in service"),
    ("The first 200 megawatts will enter commercial operation in 2028.", True, "into service"),
    ("The downturn will start in the third quarter.", False, "starting, but no work"),
    ("I think the depot opens in March 2027.", False, "hedged"),
    ("They open the new store in March.", False, "another's, named by a pronoun"),
    ("Prices go up in January.", False, "a price's move"),
    ("The market opens higher on Monday.", False, "a market's move"),
    (
        "According to Marsh, the ring road will be finished by 2029.",
        False,
        "relayed by a reporter, not vouched",
    ),
    ("The new rules come in 2031 and nobody will be ready.", False, "nobody's act"),
    ("The grid connection will be ready in the second half of 2027.", False, "a state"),
]


@pytest.mark.parametrize(
    ("line", "told", "why"), TIMETABLES, ids=[row[0][:60] for row in TIMETABLES]
)
def test_a_timetable_told_without_its_doer(line, told, why):
    assert told_timetable(normalise(line)) is told, why


# (text, surnames, why): who the document gives an office.
HOLDERS = [
    ("Staff: City Manager Paul Ostrander; Parks Director Nia Oduya.", {"ostrander", "oduya"}, ""),
    ("Priya Salgado -- Chief Executive Officer", {"salgado"}, "a call's speaker line"),
    ("Tom Becker -- Northgate Securities -- Analyst", set(), "an analyst holds no office"),
    ("the city's housing convener, Councillor Ruth Imrie. Morning.", {"imrie"}, "introduced"),
    ("I'm joined by Sam Okafor, our head of repairs, and", {"okafor"}, "introduced after"),
    ("WITH ME, MAYOR ANA VOSS AND COUNCILLOR LEE PARK.", {"voss"}, "captions; a councillor's not"),
    ("Councillor Lee Park asked about the depot.", set(), "a councillor holds no office"),
]


@pytest.mark.parametrize(("text", "surnames", "why"), HOLDERS, ids=[row[0][:50] for row in HOLDERS])
def test_who_holds_an_office(text, surnames, why):
    found = holders_in(text)
    assert surnames <= found, why
    assert not ({"park", "becker"} & found), why


CALL = """Acme Freight (ACMF) Q3 2026 Earnings Call Transcript
ACMF earnings call for the period ending September 30, 2026.

Prepared Remarks:
Operator
Good afternoon, and welcome to the Acme Freight third-quarter earnings call.
Priya Salgado -- Chief Executive Officer
The Leeds depot opens in March 2027, provided planning consent is granted.
Freight rates will fall by the end of 2027.
I think the Bristol depot opens in June 2027.
Tom Becker -- Northgate Securities -- Analyst
Construction will begin at Cardiff in June 2027.
Priya Salgado -- Chief Executive Officer
We will see.
"""


@pytest.mark.django_db
def test_an_officers_timetable_is_a_commitment_asked_about_and_an_analysts_stays_a_forecast():
    plan = import_plan(
        data=CALL.encode(),
        file_name="call.txt",
        options=ImportOptions(
            source=SourceChoice(title="Call", published_on=datetime.date(2026, 11, 5))
        ),
    )
    got = {c.quote: c for c in plan.candidates}
    leeds = got["The Leeds depot opens in March 2027, provided planning consent is granted."]
    assert leeds.kind == C
    assert DOERLESS.split("(")[0] in leeds.statement.note  # the curator is asked
    assert got["Freight rates will fall by the end of 2027."].kind == P  # an outcome
    assert got["I think the Bristol depot opens in June 2027."].kind == P  # hedged
    assert got["Construction will begin at Cardiff in June 2027."].kind == P  # an analyst's
