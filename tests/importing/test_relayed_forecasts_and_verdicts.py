"""Another's forecast relayed by the speaker is their report, factual, with a remark naming
the forecaster; the speaker's own side's forecast stays theirs. Judgements said aloud (a
call judged right, a non-answer, "far too long", "in hindsight", "my honest take") and
advice in the imperative are opinions; facts with dates beside them stay factual."""

import datetime

import pytest

from claims.choices import ClaimKind
from claims.importing.judgements import verdict_aside_dropped
from claims.importing.others_forecasts import anothers_forecast, self_told
from claims.importing.plans import ImportOptions, SourceChoice
from claims.importing.services import import_plan
from tests.importing import attributed

F, P, OP = ClaimKind.FACTUAL, ClaimKind.PREDICTION, ClaimKind.OPINION
SAID_ON = datetime.date(2026, 10, 18)


def _spoken(text: str):
    return attributed.spoken(text, SAID_ON)


RELAYED = [
    # From council officers, founders, anchors, witnesses, reviewers and reporters' notes.
    (
        "The contractor, Halvorsen Rail, tells us they expect testing to take eight to ten weeks.",
        "Halvorsen Rail",
    ),
    (
        "Dara's told the other investors she expects us to hit 10k paying users before the"
        " Series A closes.",
        "Dara",
    ),
    (
        "Gubernatorial challenger Rhys Calloway says rents will keep rising at this pace for"
        " at least two more years.",
        "Rhys Calloway",
    ),
    (
        "The national weather service's seasonal team has told us they expect a"
        " wetter-than-average February.",
        "seasonal team",
    ),
    ("Kestrel says right-hand drive versions won't come before 2028.", "Kestrel"),
    (
        "Cllr Marsh (Ashby DC) told her he expects the county to declare drought in August.",
        "Cllr Marsh",
    ),
    (
        "Also a lot of you are asking about the UK: Kestrel says right-hand drive versions"
        " won't come before 2028.",
        "Kestrel",
    ),
    # Of the same kind.
    ("Quick update: the IEA expects demand to triple by 2030.", "the IEA"),
    ("The builder, Corrin Homes, tells us they expect to finish by March.", "Corrin Homes"),
    ("Priya's told the board she expects the deal to close in Q2 2027.", "Priya"),
    ("The county's drainage team has told us they will start work in 2027.", "drainage team"),
    ("Dr Okafor (Leeds) told me she thinks the trial will report by June.", "Dr Okafor"),
    ("Opposition MPs say the budget will be in deficit by 2028.", "Opposition MPs"),
    ("The industry tells us that wholesale prices will ease by 2027.", "The industry"),
    ("The sector expects demand to double by 2030.", "The sector"),
    ("Network Rail's planners told me they expect to reopen the line in May 2027.", "planners"),
    # The consensus and the market's pricing, told on a TV panel or in a thread.
    (
        "Most forecasters on Wall Street now expect growth to slow by the end of 2027.",
        "Most forecasters on Wall Street",
    ),
    ("Consensus has the national median up 3.5% by the end of 2027.", "Consensus"),
    (
        "The consensus among the large banks is that Brent settles around $70 in 2027.",
        "The consensus among the large banks",
    ),
    ("And the bond market is pricing in two cuts by June 2027.", "the bond market"),
]


@pytest.mark.parametrize(("text", "who"), RELAYED)
@pytest.mark.django_db
def test_a_relayed_forecast_is_factual_and_names_its_forecaster(text, who):
    (candidate,) = _spoken(text)
    assert candidate.kind == F
    assert candidate.deadline is None
    assert any("another's forecast" in r and who in r for r in candidate.remarks)


@pytest.mark.django_db
def test_the_speakers_verdict_on_a_relayed_forecast_leaves_it_a_report():
    text = (
        "Kestrel's own engineers told me they're targeting \"low-volume production by late"
        " 2027\", which I'd treat as a best case."
    )
    (candidate,) = _spoken(text)
    assert (candidate.kind, candidate.deadline) == (F, None)
    assert any("Kestrel's own engineers" in r for r in candidate.remarks)
    assert anothers_forecast(text) == "Kestrel's own engineers"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Network Rail's planners told me they're aiming for a reopening in May 2027.", "planners"),
        ("The builder told us they're targeting handover by spring 2027.", "The builder"),
    ],
)
@pytest.mark.django_db
def test_an_aim_told_to_the_speaker_is_a_report_with_its_forecaster(text, who):
    (candidate,) = _spoken(text)
    assert candidate.kind == F
    assert any("another's forecast" in r and who in r for r in candidate.remarks)


@pytest.mark.django_db
def test_an_aim_the_teller_tells_under_their_own_name_names_no_other():
    plan = import_plan(
        data=b"Sam Okafor: Sam told us he's targeting a launch in May 2027.\n",
        file_name="transcript.txt",
        options=ImportOptions(source=SourceChoice(title="Call", published_on=SAID_ON)),
    )
    assert not any("another's forecast" in r for c in plan.candidates for r in c.remarks)


OWN = [
    # The speaker's side's own model, the speaker's own say, the speaker's side's expectation.
    ("Our modelling says it'll hit 90% occupancy by Q3 next year.", datetime.date(2027, 9, 30)),
    ("My numbers say we'll be cash positive by June.", datetime.date(2027, 6, 30)),
    ("Our internal model says demand will double by 2028.", datetime.date(2028, 12, 31)),
    ("I say rents will fall by 2027.", datetime.date(2027, 12, 31)),
    ("We expect leverage to be below 1.5 times by March 2027.", datetime.date(2027, 3, 31)),
    # After a lead-in: the speaker's own, or another's the speaker agrees with.
    ("Bottom line: rates will fall by June 2027.", datetime.date(2027, 6, 30)),
    (
        "My view: Goldman says rates will fall by June 2027, and I agree.",
        datetime.date(2027, 6, 30),
    ),
    # The speaker's own team telling of "we", believed: the speaker's forecast.
    ("My team tells me we'll be done by June, and I believe them.", datetime.date(2027, 6, 30)),
    ("My team tells me we'll be done by June.", datetime.date(2027, 6, 30)),
    # "is that" and "has … at" after no forecaster: the speaker's own.
    ("The problem is that rates will rise by June 2027.", datetime.date(2027, 6, 30)),
    ("Our plan has the plant up and running by June 2027.", datetime.date(2027, 6, 30)),
]


@pytest.mark.parametrize(("text", "deadline"), OWN)
@pytest.mark.django_db
def test_the_speakers_own_sides_forecast_stays_a_prediction(text, deadline):
    (candidate,) = _spoken(text)
    assert (candidate.kind, candidate.deadline) == (P, deadline)


@pytest.mark.parametrize(
    ("text", "teller"),
    [
        (
            "The contractor, Halvorsen Rail, tells us they expect it",
            "The contractor, Halvorsen Rail",
        ),
        ("Cllr Marsh (Ashby DC) told her he expects drought", "Cllr Marsh"),
        # A pronoun, the speaker or their side: no other teller.
        ("She told me they expect it to slip.", ""),
        ("We told them we will file by March.", ""),
        ("My team tells me they expect it done by June.", ""),
        ("The company told investors it will pay a dividend.", ""),
        ("Sam told the team about the launch.", ""),
    ],
)
def test_who_tells_of_their_own_forecast(text, teller):
    assert self_told(text) == teller


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("They're targeting 2027, which I'd treat as a best case.", "They're targeting 2027"),
        ("It says 2028, which I take with a pinch of salt.", "It says 2028"),
        ("The road, which we use daily, will reopen in May.", None),
        ("It will open in 2027, which would be a relief.", None),
    ],
)
def test_the_speakers_verdict_aside(text, left):
    assert verdict_aside_dropped(text) == (left if left is not None else text)


VERDICTS = [
    # From committee evidence, an AGM, a phone-in and a review.
    "I'd just say the fare change was the right call.",
    "She's usually right about cost curves, so I take that seriously.",
    "With respect, that's not an answer.",
    "Mrs Ellery, I agree with you, it's far too long.",
    "In hindsight that was badly timed, and I accept that.",
    "It is the cheapest flood defence there is.",
    "My honest take: solid-state is real, but the hype is about three years ahead of reality.",
    "Honestly I think the category is at the bottom of its cycle.",
    "It's just not right for working families.",
    # Advice in the imperative, in an answer.
    "Double the flood maintenance budget, straight away.",
    # Of the same kinds.
    "Closing the depot was the wrong decision.",
    "Frankly it was a brave call by the board.",
    "He's almost always wrong about rates, so I don't take it seriously.",
    "Minister, this is not a plan.",
    "I completely agree with the member, the wait is far too long.",
    "The rollout was poorly communicated.",
    "It's the best value scheme there is.",
    "My personal take is that the market has got ahead of itself.",
    "Fund the councils properly and the potholes go away.",
    "Raise the threshold, it's the simplest fix.",
    "That's unfair on tenants.",
]


@pytest.mark.parametrize("text", VERDICTS)
@pytest.mark.django_db
def test_a_judgement_or_advice_said_aloud_is_an_opinion(text):
    assert [c.kind for c in _spoken(text)] == [OP]


FACTS = [
    # Dates and amounts of what is so: no judgement.
    "The Hull lease expires in 2028 and no decision has been made.",
    "Two insurers stopped writing new policies in October.",
    "Net debt fell to £212 million at the year end.",
    # Near-misses of the new verdicts.
    "The decision was taken in March.",
    "We take the minutes at every meeting.",
    "The answer was published on Tuesday.",
    "There is one plan on the table and it was agreed in May.",
    "The call was held at 9am.",
    "Increases in fares took effect in January.",
    "Double-digit growth returned in the third quarter.",
    "It's right here in the report, published in May.",
]


@pytest.mark.parametrize("text", FACTS)
@pytest.mark.django_db
def test_what_is_so_stays_factual(text):
    assert [c.kind for c in _spoken(text)] == [F]


@pytest.mark.django_db
def test_a_forecast_beside_a_verdict_stays_a_prediction():
    """A dated forecast wins over the judgement said with it."""
    kinds = [c.kind for c in _spoken("I agree with you, rates will fall by June 2027.")]
    assert kinds == [P]
