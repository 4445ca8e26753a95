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
        # The present or the past believed, a habit, a question: no event ahead.
        ("I think the plan is wrong.", False),
        ("I think she lives in Leeds.", False),
        ("I think it works.", False),
        ("I think he usually wins.", False),
        ("I think they won last year.", False),
        ("Do you think it closes?", False),
        ("I think the council got it wrong.", False),
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
