"""Table tests: a month or a season straight after a verb of saying (and its audience or
medium) is when the words were said, not a deadline; the forecast's own time is read
instead (``tense.said_at``). Source: reported speech in news copy and Hansard.
"""

import datetime

import pytest

from claims.horizons import HorizonKind, parse_horizon

SAID_ON = datetime.date(2026, 3, 4)


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("The chief executive, Mr Daniel Kerr, said in December that he expects renewables to"
         " supply 60 per cent of demand by the end of 2028.", "2028-12-31"),
        ("She told the Senate economics committee in January that inflation will be below 3 per"
         " cent by 2027.", "2027-12-31"),
        ("He told MPs in a letter in November that the bridge would open by June 2027.",
         "2027-06-30"),
        ("The minister said in the autumn that fares will rise by 2027.", "2027-12-31"),
        ("Ilse Marchetti wrote in a note in February that copper would average $11,200 in 2027.",
         "2027-12-31"),
        # Told to the team, the staff, the press: an audience, not the forecast's time.
        ("Our CTO, Tariq Bell, told the team in September that he expects the laser crosslinks"
         " to be flight-qualified by next summer.", "2026-08-31"),
        ("She told staff in January that the depot will close by the end of 2027.",
         "2027-12-31"),
        ("He told the press in February that prices would fall by 2028.", "2028-12-31"),
        # A deed told in the past, the time, then "and said".
        ("Harriet Vance stood up at our industry dinner in June and said the new connection"
         " rules would be in force by April 2026.", "2026-04-30"),
        # The time opening the clause, then who spoke and the saying.
        ("This week he said the plant will reopen by June.", "2026-06-30"),
        ("On Tuesday the minister told MPs that the bridge would open in 2028.", "2028-12-31"),
        ("At the summit in February, Ines Okafor said prices would fall by 2027.",
         "2027-12-31"),
        # A day or a month opening the sentence, its sayer after it (estimates hearings).
        ("On 12 May the Minister for Regional Infrastructure, Mr Tobias Rendell-Moss, said in a"
         " media release that all 14 projects will be under contract by 2028.", "2028-12-31"),
        ("In June the minister told the committee the line would open by 2029.", "2029-12-31"),
        ("On 3 February the chief executive wrote to staff that the depot will close by"
         " September 2027.", "2027-09-30"),
        # Near misses: the month is the forecast's own.
        ("By June he said the plant will reopen.", "2026-06-30"),
        ("Prices will fall by June, he said.", "2026-06-30"),
        ("We will open in March, she said.", "2026-03-31"),
        ("He said the plant will open in December.", "2026-12-31"),
        ("We will open in December.", "2026-12-31"),
        ("She said prices would fall in the autumn.", "2026-11-30"),
        ("We will open in June and then expand the site.", "2026-06-30"),
        ("On 12 May the vote will be held, she said.", "2026-05-12"),
        ("In June the line will open, the minister said.", "2026-06-30"),
    ],
)  # fmt: skip
def test_the_time_of_a_saying_is_no_deadline(text, deadline):
    reading = parse_horizon(text, said_on=SAID_ON)
    assert reading.kind == HorizonKind.DATED
    assert reading.deadline.isoformat() == deadline


@pytest.mark.parametrize(
    "text",
    [
        "She wrote in a note in March that copper would go higher.",
        "Kestrel said in December it expected to list its shares.",
        "She told staff in March that the plant will close.",
        "He told our board in May that prices would fall.",
        'On a podcast this week he said they are now coming "soon."',
        "On Tuesday the minister told MPs the plant will reopen.",
        "On 12 May the Minister said the projects will be under contract soon.",
    ],
)
def test_a_saying_with_no_time_of_its_own_has_no_deadline(text):
    assert parse_horizon(text, said_on=SAID_ON).kind != HorizonKind.DATED
