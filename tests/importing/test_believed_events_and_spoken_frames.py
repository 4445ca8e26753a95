"""Table tests: a future event told in the present after a belief ("I think most of those
schemes collapse") is a prediction, and so is a forecast framed in speech with no colon
("here's my prediction and you can hold me to it the line will …"). Near misses: a
belief about the present or the past, a habit, a question, a frame with nothing after it."""

import pytest

from claims.choices import ClaimKind
from claims.importing.classify import classify
from claims.importing.forecast_frames import believed_event, framed_forecast
from claims.importing.wording import normalise

PREDICTION = ClaimKind.PREDICTION


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("I think they get two.", True),
        ("honestly I think most of those schemes collapse", True),
        ("I don't think the Ferrow Bay tidal lagoon ever gets built.", True),
        ("My bet is the line opens late.", True),
        ("I reckon the club goes bust.", True),
        ("I suspect the merger gets approved.", True),
        ("I think the mayor gets re-elected.", True),
        ("Looking ahead, I'm pretty confident we hit 1,000 paying workspaces", True),
        ("I'm fairly sure the team lands the contract.", True),
        # Another believer, named or by their relation; the belief said after the event.
        ("My co-founder, Declan Furlong, reckons we hit profitability in H2 2026.", True),
        ("Priya thinks the merger gets approved by March.", True),
        ("We hit profitability in H2 2026, I reckon.", True),
        (
            "Spoke to Marcus Lindqvist this morning, he reckons the cap falls about 7% in July.",
            True,
        ),
        ("The club goes bust before Christmas, I'd say.", True),
        # Holding rates: a meeting's outcome.
        ("I reckon the MPC holds at 3.75% on the 19th.", True),
        ("I think the Fed stays on hold in June.", True),
        # The present or the past believed, a habit, a question: no event ahead.
        ("I think the plan is wrong.", False),
        ("I think she lives in Leeds.", False),
        ("I think it works.", False),
        ("I think he usually wins.", False),
        ("I think they won last year.", False),
        ("Do you think it closes?", False),
        ("I think the council got it wrong.", False),
        ("Priya thinks the plan is wrong.", False),
        ("We met at the depot, he thinks it works.", False),
        ("She holds a PhD, I think.", False),
        ("I think she holds the record.", False),
        ("We won that contract, I reckon.", False),
    ],
)
def test_a_future_event_told_in_the_present_after_a_belief(text, event):
    assert believed_event(normalise(text)) is event


@pytest.mark.parametrize(
    "text",
    [
        "I think they get two.",
        "I don't think the Ferrow Bay tidal lagoon ever gets built.",
        "honestly I think most of those schemes collapse the economics just don't work",
        "so here's my prediction and you can hold me to it the hard wick line will be running "
        "battery trains in passenger service by 2028",
        "here's my bet the council will fold by 2027",
    ],
)
def test_believed_events_and_spoken_frames_are_predictions(text):
    assert classify(text) == PREDICTION


@pytest.mark.parametrize(
    ("text", "framed"),
    [
        ("so here's my prediction and you can hold me to it the line will open by 2028", True),
        ("here's my call the index will close above 5,000", True),
        ("Here's my prediction: the line will be running by 2028.", True),
        # A frame with nothing after it, or a question after it.
        ("here's my prediction and you can hold me to it", False),
        ("Here's my call, will you take it?", False),
        ("Here's my problem with the forecast.", False),
    ],
)
def test_a_forecast_framed_in_speech(text, framed):
    assert framed_forecast(normalise(text)) is framed


@pytest.mark.parametrize(
    ("text", "ahead", "kind"),
    [
        # A date ahead makes the event believed a forecast, whatever its verb's tense reads.
        ("I'm pretty confident we hit 1,000 paying workspaces by the end of Q3.", True, PREDICTION),
        # The past believed stays a fact of the past.
        ("I'm confident we hit 1,000 last quarter.", False, ClaimKind.FACTUAL),
    ],
)
def test_a_believed_event_with_a_date_ahead(text, ahead, kind):
    assert classify(text, has_horizon=ahead) == kind


@pytest.mark.parametrize(
    ("line", "reported"),
    [
        ("Ansel keeps telling the board we'll be cash-flow positive in 2027.", True),
        ("Marco on the sales team thinks we'll land three enterprise logos by June.", True),
        ("Everyone I talk to in DC says the rule is gone by 2027.", True),
        # The speaker's own, told again.
        ("I keep telling the board we'll be cash-flow positive in 2027.", False),
        ("We keep saying prices will fall by 2027.", False),
    ],
)
@pytest.mark.django_db
def test_a_forecast_someone_else_keeps_telling(line, reported):
    import datetime

    from claims.importing.services import ImportOptions, SourceChoice, import_plan

    source = SourceChoice(title="call", published_on=datetime.date(2026, 4, 2))
    plan = import_plan(
        data=f"Jonah Park: {line}\n".encode(),
        file_name="notes.txt",
        options=ImportOptions(source=source),
    )
    (candidate,) = plan.candidates
    assert (candidate.kind != PREDICTION) is reported
    assert any("reports another's forecast" in r for r in candidate.remarks) is reported


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # A target of the speaker's side is its plan, a commitment.
        ("Also, we're targeting 40 trucks in the Texas fleet by July.", ClaimKind.COMMITMENT),
        ("Our target is 50 stores by 2027.", ClaimKind.COMMITMENT),
        # A view on targets, others' targets: no commitment of the speaker's side.
        ("I think we're targeting too many markets.", ClaimKind.OPINION),
        ("Analysts are targeting 5% growth by 2027.", PREDICTION),
    ],
)
def test_a_target_of_the_speakers_side(text, kind):
    assert classify(text, has_horizon="2027" in text or "July" in text) == kind
