"""Table tests: a speech's signpost ("Here is what my administration will do.") and the
objection it answers next ("Some will say we can't afford this.") claim nothing; the claim
is what follows. A forecast stood by at length ("That is my prediction and I would be happy
to be wrong.") is one statement with the forecast before it. Near misses keep their reading:
a signpost with its content on the line, a sentence that goes on after the objection's
frame with its own claim."""

import datetime

import pytest

from claims.choices import ClaimKind
from claims.importing.classify import classify, is_candidate
from claims.importing.parsing import split_sentences
from claims.importing.services import ImportOptions, SourceChoice, import_plan
from claims.importing.talk_about_talk import asked_frame_dropped
from claims.importing.unclaimed_talk import signpost_or_foil


@pytest.mark.parametrize(
    "text",
    [
        "Here is what my administration will do.",
        "Here's what we're going to do:",
        "So here is how we'll pay for it.",
        "Let me tell you what we'll do.",
        "Here's how the council is going to fix this.",
        "Some will say we can't afford this.",
        "Critics will tell you it's too expensive.",
        "Now, my opponent will say the depot can't be saved.",
        "Some of you will say the timetable is too slow.",
        "And people will argue that the tax is unfair.",
    ],
)
def test_a_signpost_or_a_foil_is_no_claim(text):
    assert signpost_or_foil(text)
    assert not is_candidate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Here is what we will do: build 2,000 homes by 2028.",
        "Some analysts will cut their forecasts by June.",
        "People will pay more for power by 2027.",
        "Here is the plan: the depot reopens in May.",
    ],
)
def test_near_misses_stay_claims(text):
    assert not signpost_or_foil(text)
    assert is_candidate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Europe will import lithium for another twenty years. That is my prediction and I"
        " would be happy to be wrong.",
        "The ferry line closes by 2030. That's my call, and I'd love to be proven wrong.",
    ],
)
def test_a_forecast_stood_by_at_length_is_one_statement(text):
    assert [sentence for _, sentence in split_sentences(text)] == [text]


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("Since it came up in the Q&A: we're planning 6 new openings next year.",
         "we're planning 6 new openings next year."),
        ("Our base case, since a few of you asked: inflation cools to 3% by December.",
         "Our base case: inflation cools to 3% by December."),
        ("As someone asked, we will reopen the depot by June.",
         "we will reopen the depot by June."),
        # Near misses: a forecast recalled keeps its past; nothing left, the text itself.
        ("Last year we said: rates will fall by 2024.",
         "Last year we said: rates will fall by 2024."),
        ("Since you asked:", "Since you asked:"),
        # The speaker's forecast said to hold still: the frame's past is the keeping's.
        ("My own call hasn't changed: Eastline carries paying passengers before Labor Day 2027.",
         "Eastline carries paying passengers before Labor Day 2027."),
        ("Our view is unchanged: rates fall to 3% by June.", "rates fall to 3% by June."),
        ("My call stands — the bridge reopens by May.", "the bridge reopens by May."),
        ("My forecast hasn't changed since January: rates fall by June.", "rates fall by June."),
        ("My forecast hasn't changed.", "My forecast hasn't changed."),
    ],
)  # fmt: skip
def test_the_frame_telling_why_it_is_said_now_is_dropped(text, left):
    assert asked_frame_dropped(text) == left


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Since it came up in the Q&A: we're planning 6 new openings next year, all suburban.",
         ClaimKind.PREDICTION),
        ("Since it came up: we opened 6 sites last year.", ClaimKind.FACTUAL),
    ],
)  # fmt: skip
def test_a_claim_after_the_frame_is_read_for_itself(text, kind):
    assert classify(text, has_horizon=kind == ClaimKind.PREDICTION) == kind


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("line", "deadline"),
    [
        # The frame's past ("asked") made "by December" read as a month gone: no deadline.
        ("Nadia Oyelaran-Fisk: Our base case, since a few of you asked: menu price inflation"
         " cools to about 3% y/y by December. It's 4.6% right now.", datetime.date(2026, 12, 31)),
        ("Nadia Oyelaran-Fisk: Since it came up in the Q&A: inflation cools to 2% by March.",
         datetime.date(2027, 3, 31)),
        ("Nadia Oyelaran-Fisk: As someone asked earlier, rates fall by the autumn.",
         datetime.date(2026, 11, 30)),
        ("Nadia Oyelaran-Fisk: My own call hasn't changed: the line carries paying passengers"
         " before Christmas.", datetime.date(2026, 12, 24)),
    ],
)  # fmt: skip
def test_a_forecast_after_the_frame_keeps_its_deadline(line, deadline):
    plan = import_plan(
        data=line.encode(),
        file_name="notes.txt",
        options=ImportOptions(
            source=SourceChoice(title="Webinar", published_on=datetime.date(2026, 5, 12))
        ),
    )
    first = plan.candidates[0]
    assert (first.kind, first.deadline) == (ClaimKind.PREDICTION, deadline)
