"""An interpreted press conference: the interpreter's lines are the words of the speaker
they render, the interpreter's remarks on their own work stay theirs, and marks of
interpretation or translation are no part of a cue (``interpreted``); a titled surname cue,
a double surname too, is the full name the page's title gives (``introduced_names``)."""

import datetime

import pytest

from claims.choices import ClaimKind
from claims.importing.interpreted import interpreted
from claims.importing.services import ImportOptions, SourceChoice, import_plan

SOURCE = SourceChoice(title="Joint press conference", published_on=datetime.date(2026, 9, 9))

PRESSER = """Transcript of the joint press conference by Minister for Foreign Affairs Tomas Elgstrand and Minister of Foreign Affairs of the Republic of Soravia Beatriz Almonte Reyes

MODERATOR (Liv Aune, Head of Press): Good afternoon and welcome.
MINISTER ELGSTRAND: I expect the agreement to be signed before the end of this year.
MINISTER ALMONTE REYES (through interpreter): Our parliament will ratify the agreement by the end of March 2027.
INTERPRETER: The minister continues. Soravia wants to double bilateral trade with Varnholm by 2030.
INTERPRETER: The interpreter did not hear the end of the question.
MINISTER ELGSTRAND [Translation]: I would be surprised if the talks did not resume within the next three months.
SECOND INTERPRETER: I think within 18 months you will see the first cargo of green hydrogen arriving in Harnsund.
MINISTER ELGSTRAND: And Varnholm will open an honorary consulate in Puerto Calder by June 2027.
"""  # noqa: E501


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # The stranger's shape: the interpreter renders the minister's words.
        (
            ["MINISTER REYES (through interpreter): Thank you.", "INTERPRETER: We will ratify it."],
            ["MINISTER REYES: Thank you.", "MINISTER REYES: We will ratify it."],
        ),
        (
            ["Mr. Tanaka (via an interpreter): Good morning.", "Interpreter: Rates stay low."],
            ["Mr. Tanaka: Good morning.", "Mr. Tanaka: Rates stay low."],
        ),
        (
            ["PRESIDENT OKAFOR [Interpretation]: Yes.", "Second interpreter: It opens in May."],
            ["PRESIDENT OKAFOR: Yes.", "PRESIDENT OKAFOR: It opens in May."],
        ),
        # The interpreter on their own work: theirs.
        (
            ["DR LIN (through interpreter): Yes.", "INTERPRETER: The microphone is off, sorry."],
            ["DR LIN: Yes.", "INTERPRETER: The microphone is off, sorry."],
        ),
        # No one speaks through an interpreter: an interpreter's line is theirs.
        (["INTERPRETER: Good morning."], ["INTERPRETER: Good morning."]),
        # A translated cue, no interpreter: the mark left out.
        (["MINISTER ELGSTRAND [Translation]: No."], ["MINISTER ELGSTRAND: No."]),
    ],
)
def test_the_interpreters_lines_are_the_interpreted_speakers(lines, expected):
    assert list(interpreted(lines)) == expected


@pytest.mark.django_db
def test_an_interpreted_press_conference_gives_each_forecast_to_its_minister():
    plan = import_plan(
        data=PRESSER.encode(), file_name="presser.txt", options=ImportOptions(source=SOURCE)
    )
    who = {c.quote: c.speaker.name for c in plan.candidates if c.kind == ClaimKind.PREDICTION}

    assert who["I expect the agreement to be signed before the end of this year."] == (
        "Tomas Elgstrand"
    )
    assert who["Our parliament will ratify the agreement by the end of March 2027."] == (
        "Beatriz Almonte Reyes"
    )
    assert who["Soravia wants to double bilateral trade with Varnholm by 2030."] == (
        "Beatriz Almonte Reyes"
    )
    hydrogen = next(q for q in who if "green hydrogen" in q)
    assert who[hydrogen] == "Beatriz Almonte Reyes"
    talks = next(q for q in who if "talks did not resume" in q)
    assert who[talks] == "Tomas Elgstrand"
    assert not any("Interpreter" in c.speaker.name for c in plan.candidates if c.quote in who)
