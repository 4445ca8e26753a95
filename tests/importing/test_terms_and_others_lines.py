"""Others' words told, and the speaker's own, by kind: a caller's neighbour's forecast, a
contract's term, a scheme's closing date and a board's line are the speaker's report (factual);
the speaker's view after them ("Personally I think October is more realistic") and their
hunch ("My gut says …") are their forecast; a verdict ("The grant is the whole story", "I find
that optimistic"), whatever frame of candour or date it has, is an opinion."""

import datetime

import pytest

from claims.choices import ClaimKind
from claims.importing.classify import classify
from claims.importing.judgements import candour_frame_dropped
from claims.importing.likelier_times import likelier_time
from claims.importing.terms import states_terms
from claims.importing.wording import normalise
from tests.importing.attributed import spoken

F, P, OP, C = ClaimKind.FACTUAL, ClaimKind.PREDICTION, ClaimKind.OPINION, ClaimKind.COMMITMENT
SAID_ON = datetime.date(2026, 9, 1)
D = datetime.date


@pytest.mark.parametrize(
    ("text", "kind", "deadline", "reason"),
    [
        # Another party's forecast or line, told: the speaker's report.
        (
            "And my brother-in-law works at the depot and he says they'll be closing it by spring.",
            F,
            None,
            "a caller's kin, named first after 'And', forecasts: 'he' is the kin",
        ),
        (
            "But my neighbour works for the water company and she reckons bills will double.",
            F,
            None,
            "'But' before the kin is no one else",
        ),
        (
            "Officially, the trust board's line is that the new wing opens by the end of March.",
            F,
            None,
            "the board's line, told: theirs, not the speaker's date",
        ),
        (
            "Repeated the minister's line from the conference that rents will fall next year.",
            F,
            None,
            "a line from a conference, in notes: the minister's",
        ),
        (
            "The official line is that the depot reopens in May.",
            F,
            None,
            "the official line: someone else's",
        ),
        (
            "The council says March; I say it'll be later.",
            P,
            None,
            "the speaker's own after the council's, 'I say'",
        ),
        (
            "My cousin says the mill will shut, and I think she's right.",
            P,
            None,
            "adopted: the speaker sides with the cousin, one claim of their own",
        ),
        (
            "My cousin reckons the mill will shut by June, and I agree.",
            P,
            D(2027, 6, 30),
            "adopted, with its date",
        ),
        # Terms of a contract, a law or a scheme: facts about them.
        (
            "Sarah, the county's contract with the bus firm requires an evening service until"
            " 2030.",
            F,
            None,
            "a contract's term, not a forecast",
        ),
        (
            "The licence obliges the operator to run a ferry every hour until 2028.",
            F,
            None,
            "a licence's term",
        ),
        ("The heat pump grant ends in April.", F, None, "a scheme's end, as its terms set it"),
        ("The consultation is open until 14 December.", F, None, "how long a scheme stays open"),
        ("The planning consultation closes on 3 October.", F, None, "a scheme's closing day"),
        ("The lease expires in 2031.", F, None, "a lease's term"),
        # Near misses: the same in the future, or an act's end, is a forecast.
        ("The heat pump grant will end in April.", P, D(2027, 4, 30), "'will': a forecast"),
        ("The smelter closes in April.", P, D(2027, 4, 30), "a plant's closing is an act"),
        (
            "The new law will require every landlord to register by 2028.",
            P,
            D(2028, 12, 31),
            "a law's term to come, forecast",
        ),
        (
            "The grant ends in April and prices will jump after that.",
            P,
            D(2027, 4, 30),
            "a forecast in the same sentence: read as the line reads",
        ),
        # The speaker's own time, beside another's.
        ("Personally I think October is more realistic.", P, D(2026, 10, 31), "their date"),
        ("I reckon late 2027 is more likely.", P, D(2027, 12, 31), "a time judged likelier"),
        ("October is a busy month for us.", F, None, "a time judged in itself: no forecast"),
        ("I think the September date is unrealistic.", OP, None, "a verdict on another's date"),
        # The speaker's hunch is their forecast.
        (
            "My gut says we finish nearer 41 percent on November 3rd.",
            P,
            D(2026, 11, 3),
            "their hunch, of that day",
        ),
        (
            "My hunch is that the vote slips to spring.",
            P,
            datetime.date(2027, 5, 31),
            "their hunch",
        ),
        # Opinions: verdicts, whatever frame or date they have.
        ("I'll be honest, I think the 300 target is a fantasy.", OP, None, "a frame, a verdict"),
        ("Let me be blunt: the plan is a waste of money.", OP, None, "a frame, a verdict"),
        (
            "I'll say it plainly: a school without a nurse in 2026 is working with one hand tied"
            " behind its back.",
            OP,
            None,
            "an idiom of handicap; the year names what is judged",
        ),
        ("The subsidy is the whole story.", OP, None, "what matters, said as a verdict"),
        ("The nurse number is the real story here.", OP, None, "what matters"),
        ("Speaking personally, I find that optimistic.", OP, None, "the speaker's verdict"),
        ("We found the figures hard to believe.", OP, None, "the speaker's verdict"),
        # Near misses that keep their reading.
        ("I'll be honest, rates will fall by 2027.", P, D(2027, 12, 31), "a forecast after"),
        ("I'll be clear: we will deliver the depot by 2027.", C, D(2027, 12, 31), "a promise"),
        ("I think prices will fall by 2027.", P, D(2027, 12, 31), "the speaker's forecast"),
        ("The plant is the biggest in Europe.", F, None, "a measured superlative"),
        ("We found the report in the drawer.", F, None, "found a thing: no verdict"),
        ("The story is on the front page.", F, None, "a story, not a verdict"),
    ],
)
@pytest.mark.django_db
def test_whose_words_and_their_kind(text, kind, deadline, reason):
    candidate = spoken(text, SAID_ON)[0]
    assert (candidate.kind, candidate.deadline) == (kind, deadline), reason


@pytest.mark.parametrize(
    ("text", "remark"),
    [
        ("And my neighbour drives for the bus firm and he says they'll cut it.", "my neighbour"),
        ("Officially, the trust board's line is that the wing opens in March.", "the trust board"),
    ],
)
@pytest.mark.django_db
def test_the_other_is_named_in_the_remark(text, remark):
    candidate = spoken(text, SAID_ON)[0]
    assert candidate.kind == F
    assert f"reports another's forecast (“{remark}”)" in candidate.statement.note


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("the county's contract with the bus firm requires a sunday service until 2030", True),
        ("the consultation is open until 30 november", True),
        ("the plug-in grant ends in march", True),
        ("the offer only runs until friday", True),
        ("the grant will end in march", False),  # a forecast
        ("the plant closes in march", False),  # an act
        ("the deal closes by june", False),  # an outcome's deadline
        ("the deal closes in the third quarter", False),  # a transaction's completion
        ("the merger closes on 30 september", False),
        ("the offer closes on friday", True),
        ("the deal ends on sunday", True),  # a promotion's term
        ("the grant ends in march and the car won't qualify", False),  # a forecast beside
        ("we require a deposit", False),  # no contract or scheme
        # money or protection in place to a date
        ("the music program is funded by the parcel tax through 2028, so it's protected", True),
        ("the post is paid for until march", True),
        ("the budget is ring-fenced to 2027", True),
        ("the clinic is fully funded until the end of 2027", True),
        ("the program will be funded through 2028", False),  # a forecast
        ("the program is funded through donations", False),  # a means, no time
        ("the roof is covered to a depth of 2 metres", False),
    ],
)
def test_states_terms(text, terms):
    assert states_terms(normalise(text)) is terms


@pytest.mark.parametrize(
    "text",
    [
        "The music program is funded by the parcel tax through 2028, so it's protected.",
        "The clinic is fully funded until the end of 2027.",
    ],
)
def test_a_term_with_a_span_is_told_not_forecast(text):
    assert classify(text, has_horizon=True) == F


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("I'll be honest, I think it's a fantasy.", "I think it's a fantasy."),
        ("I'll say it plainly: it's broken.", "it's broken."),
        ("Let me be clear with you — it's broken.", "it's broken."),
        ("I'll be honest with you.", "I'll be honest with you."),  # nothing would be left
        ("I'll be there at six, honest.", "I'll be there at six, honest."),  # no frame
    ],
)
def test_plain_speaking_frame_dropped(text, left):
    assert candour_frame_dropped(text) == left


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("Personally I think October is more realistic", D(2026, 10, 31)),
        ("I'd say Q1 2027 is far more likely", D(2027, 3, 31)),
        ("2028 looks more realistic to me", D(2028, 12, 31)),
        ("The board thinks October is more likely", None),  # another's, not at the start
        ("October is realistic for the fit-out", None),  # no comparison
    ],
)
def test_likelier_time(text, deadline):
    reading = likelier_time(text, SAID_ON)
    assert (reading.deadline if reading else None) == deadline
