"""Table tests: a reporting verb that is a plural noun too ("prices", "forecasts",
"projects", "estimates", "calls", "claims") is no report when it is the subject's noun.

"House prices in the north will fall 5% next year." was read as "House" pricing in a
forecast: another's forecast, told, with no deadline. After a word that modifies it (a
noun: "house", "oil", "jobless"; an adjective: "higher") and before the sentence's own
verb ("will fall", "are too high"), the word is a noun and the line is the speaker's own.
The verb's reading stays where the words after it are what is forecast ("Markets price in
two cuts by June", "Citi calls for two cuts", "Gartner forecasts PC shipments will fall").
Rule: English reported speech (``claims.importing.attribution``).
"""

import datetime

import pytest

from claims.choices import ClaimKind
from claims.importing.attribution import told_forecast
from claims.importing.services import ImportOptions, SourceChoice, import_plan

SAID_ON = datetime.date(2025, 3, 3)
END_2026, END_2027 = datetime.date(2026, 12, 31), datetime.date(2027, 12, 31)

# (line, whose forecast it tells, or "" for the speaker's own)
READINGS = [
    # The stranger's lines: a noun, then a place, then the sentence's verb.
    ("House prices in the north will fall 5% next year.", ""),
    ("Oil prices in the Gulf will fall below $60 by 2027.", ""),
    ("House prices in London fall by 2027.", ""),
    # The same kind: other nouns before "prices", other places, other verbs.
    ("Gold prices in 2027 will hit $3,000.", ""),
    ("Steel prices in Europe are going to rise by 2027.", ""),
    ("Higher prices in the shops will persist into 2027.", ""),
    ("Food prices at the supermarket will keep rising through 2027.", ""),
    ("Energy prices over the winter will double.", ""),
    ("Petrol prices across the country will top £2 a litre by 2027.", ""),
    ("Oil price in March will be below $70.", ""),
    # "forecasts", "estimates", "projects", "claims", "calls" as nouns.
    ("Energy forecasts for 2027 will be cut.", ""),
    ("Growth forecasts for 2027 are too high.", ""),
    ("Goldman forecasts for oil are too high.", ""),
    ("Analyst estimates for 2027 will come down.", ""),
    ("Earnings estimates will fall by the summer.", ""),
    ("Energy projects in the North Sea will be cancelled by 2027.", ""),
    ("Jobless claims will rise to 300,000 by March.", ""),
    ("Margin calls for hedge funds will spike by March.", ""),
    # Nouns that are no reporting verb here: never read as one.
    ("Government plans for 2027 will fail.", ""),
    ("Investor bets on a cut will unwind by June.", ""),
    ("Inflation fears will fade by the summer.", ""),
    ("Price targets for the stock will rise in 2027.", ""),
    # The verb's reading: what is forecast follows it, not the sentence's verb.
    ("Markets price in two cuts by June.", "Markets"),
    ("The market prices in two cuts by June.", "The market"),
    ("Bond markets price in a recession by 2027.", "Bond markets"),
    ("Futures price in cuts that will come by June.", "Futures"),
    ("Goldman prices in a recession by 2027.", "Goldman"),
    ("Gartner forecasts PC shipments will fall 5% in 2027.", "Gartner"),
    ("Gartner forecasts that PC shipments fall 5% in 2027.", "Gartner"),
    ("Goldman forecasts oil at $100 by 2027.", "Goldman"),
    ("The IEA projects solar will overtake coal by 2027.", "The IEA"),
    ("IDC estimates smartphone sales will grow 3% in 2027.", "IDC"),
    ("Citi calls for two cuts by June 2027.", "Citi"),
    ("Economists forecast two cuts in 2027.", "Economists"),
    ("Analysts estimate the deal closes by 2027.", "Analysts"),
]


@pytest.mark.parametrize(("line", "who"), READINGS, ids=[r[0] for r in READINGS])
def test_a_reporting_verb_that_is_a_noun_is_no_report(line, who):
    told = told_forecast(line, said_on=SAID_ON)
    assert (told.who if told else "") == who


# (line, its deadline): the speaker's own prediction, with the deadline it names.
OWN = [
    ("House prices in the north will fall 5% next year.", END_2026),
    ("Oil prices in the Gulf will fall below $60 by 2027.", END_2027),
    ("House prices in London fall by 2027.", END_2027),
    ("Growth forecasts will be cut by the end of 2026.", END_2026),
    ("Jobless claims will rise to 300,000 by the end of 2027.", END_2027),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("line", "deadline"), OWN, ids=[r[0] for r in OWN])
def test_a_line_whose_subject_is_such_a_noun_is_the_speakers_prediction(line, deadline):
    plan = import_plan(
        data=f"Ada Quist: {line}\n".encode(),
        file_name="episode.txt",
        options=ImportOptions(
            source=SourceChoice(title="Rates this week", published_on=SAID_ON, precision="day")
        ),
    )
    (candidate,) = plan.candidates
    assert (candidate.kind, candidate.deadline) == (ClaimKind.PREDICTION, deadline)
    assert "another's forecast" not in " ".join(candidate.remarks)
