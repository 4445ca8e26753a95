"""Table tests: what a speaker declines, looks back on or promises, read as such.

- Declining to forecast is no forecast, whatever "going to" or "will" it holds: "Look, I'm
  not going to give you a date." is not proposed; with more said around it, what is left is
  read on its own.
- Looking back is no dated forecast: "Fusion has been 30 years away for 60 years." has no
  deadline; a horizon told as said in the past ("We used to say 'by the end of the
  century'.") gives none; a forecast retold ("I remember people in 2019 predicting …") is
  factual.
- A deliberate act of the speaker's organisation is a commitment (docs/importing.md, kind):
  "we are committing today to …", "Nimbus commits to …", "We will not pre-commit to …",
  "We are going to enter the US market next year", and a promise declared in the next
  sentence ("… by autumn next year. That is a promise.") makes one commitment of both.
- The hedges and jargon of the same lines: "My best guess is that …" is a hedge; "the three
  key ECB interest rates" is a name, not a judgement.
"""

import datetime

import pytest

from claims.choices import ClaimKind
from claims.importing.classify import classify, doubt_remark, is_candidate, refuses_to_forecast
from claims.importing.parsing import split_sentences
from claims.importing.services import ImportOptions, SourceChoice, import_plan

P, F, OP, C = ClaimKind.PREDICTION, ClaimKind.FACTUAL, ClaimKind.OPINION, ClaimKind.COMMITMENT

pytestmark = pytest.mark.django_db

SAID_ON = datetime.date(2025, 10, 30)


def _plan(line: str, said_on: datetime.date = SAID_ON):
    source = SourceChoice(title="Briefing", published_on=said_on, precision="day")
    return import_plan(
        data=f"Briefing with Ruth Adeyemi\n\n{line}\n".encode(),
        file_name="notes.txt",
        options=ImportOptions(source=source, speakers={"": "Ruth Adeyemi"}),
    )


# ---- Refusals to forecast.

REFUSALS = [
    "Look, I'm not going to give you a date.",
    "I don't make house price forecasts, Nadia.",
    "Ha, I won't take that bet.",
    "I'm not going to speculate on the timing.",
    "We're not going to put a number on it.",
    "I won't give you a timeline, Tom.",
    "Honestly, I'm not gonna guess.",
    "I'd rather not speculate.",
    "We won't be drawn on dates.",
    "I'm not in the business of making predictions.",
    "I'm not going to commit to a date.",
    "We don't give guidance on that.",
    # On a TV panel after a forecast that failed: a date on the talks, the old mistake.
    "I'm not going to put a date on a negotiation.",
    "I'm not going to make the same mistake twice.",
    "We won't put a number on any deal, Marisol.",
    "I won't make that mistake again.",
]


@pytest.mark.parametrize("text", REFUSALS)
def test_a_refusal_to_forecast_is_not_proposed(text):
    assert refuses_to_forecast(text)
    assert not is_candidate(text)
    assert classify(text) == F
    assert not _plan(text).candidates


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # What is said besides the refusal is read on its own.
        ("I won't give you a date, but rates will fall.", P),
        ("I'm not going to speculate, but we will open two plants by 2028.", C),
        # No refusal: a forecast with "won't", "not going to", "bet".
        ("Rates won't fall before June.", P),
        ("The Fed is not going to cut this year.", P),
        ("I'll bet you rates are lower by Christmas.", P),
        ("We won't give up on the Texas plant.", C),
        ("I'm not going to put a date on it, but the deal will close by June.", P),
        # Not pretending is no forecast: what follows is the speaker's view of it.
        ("I'm not going to pretend this year was easy.", OP),
    ],
)
def test_what_is_left_of_a_refusal_is_read_on_its_own(text, kind):
    assert not refuses_to_forecast(text)
    assert classify(text) == kind


# ---- Looking back.


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Fusion has been 30 years away for 60 years.", F),
        ("Quantum computing has always been ten years away.", F),
        ("Self-driving cars were always five years away.", F),
        ("We used to say 'by the end of the century'.", F),
        ("People used to think by 2030 at the latest.", F),
        (
            "I remember people at this very show in 2019 predicting a million-euro-per-GWh"
            " price by 2023.",
            F,
        ),
        ("I remember analysts saying rates would be zero by 2027.", F),
        ("Everyone was predicting a recession by the end of 2026.", F),
        ("Back then analysts predicted oil at $150 by 2030.", F),
        # Looking ahead still is a forecast.
        ("Fusion is 30 years away.", P),
        ("I remember that meeting, and prices will halve by 2027.", P),
    ],
)
def test_looking_back_is_no_dated_forecast(text, kind):
    (candidate,) = _plan(text).candidates
    assert candidate.kind == kind
    if kind == F:
        assert candidate.deadline is None


def test_a_time_said_in_the_past_asks_and_gives_no_deadline():
    (candidate,) = _plan("We used to say 'by the end of the century'.").candidates
    assert candidate.deadline is None
    assert "said before (“by the end of the century”)" in candidate.statement.note


# ---- Commitments.


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        (
            "We are committing today to make every Orbit app work offline by the end of next"
            " year.",
            datetime.date(2026, 12, 31),
        ),
        (
            "Your Honor, Nimbus commits to license its index to qualified competitors within"
            " eighteen months of final judgment.",
            None,
        ),
        ("We will not pre-commit to any particular rate path.", None),
        ("We are going to enter the US market next year, starting with Texas.",
         datetime.date(2026, 12, 31)),
        ("We commit to net zero across our fleet by 2035.", datetime.date(2035, 12, 31)),
        ("The company commits itself to publishing the audit in 2026.",
         datetime.date(2026, 12, 31)),
        ("We'll acquire a European distributor next year.", datetime.date(2026, 12, 31)),
        ("We won't raise prices before 2027.", None),
        ("Keys in the door at Tempsford by autumn next year. That is a promise.",
         datetime.date(2026, 11, 30)),
        ("The new line opens in March 2027. You have my word.", datetime.date(2027, 3, 31)),
        ("Two new plants by 2028. That's our commitment.", datetime.date(2028, 12, 31)),
    ],
)  # fmt: skip
def test_a_deliberate_act_of_the_speakers_organisation_is_a_commitment(text, deadline):
    (candidate,) = _plan(text).candidates
    assert candidate.kind == C
    if deadline is not None:
        assert candidate.deadline == deadline


@pytest.mark.parametrize(
    "text",
    [
        "Keys in the door at Tempsford by autumn next year. That is a promise.",
        "We'll have the bridge reopened by June. I promise.",
        "The refund goes out this week. You have my word, Dana.",
    ],
)
def test_a_promise_declared_next_is_one_statement_with_what_it_declares(text):
    assert [sentence for _, sentence in split_sentences(text)] == [text]
    assert classify(text) == C


@pytest.mark.parametrize(
    "text",
    [
        # Not a declaration of the sentence before: two statements.
        "We will fix it by June. I promise you that it works.",
        "Will you fix it? I promise.",
    ],
)
def test_what_is_no_bare_declaration_stays_apart(text):
    assert len(list(split_sentences(text))) == 2


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Outcomes, not acts, stay predictions.
        ("We'll hit full capacity by Q3 2026.", P),
        ("Our competitors will enter the US market next year.", P),
        # Looking back at a commitment made is no promise now, but a record of one.
        ("The commission is committed to the 2030 target.", C),
    ],
)
def test_outcomes_are_no_commitments(text, kind):
    assert classify(text) == kind


# ---- Hedges and jargon.


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        (
            "My best guess is that tariffs will take around 0.3 percentage points off growth"
            " over the next two years.",
            "my best guess is",
        ),
        ("My guess would be that rates fall twice next year.", "my guess would be"),
        ("My base case is that the ECB cuts once more in 2026.", "my base case is"),
        ("Chances are we will see a deal by March.", "chances are"),
        ("If I had to guess, prices will rise 3% next year.", "if i had to guess"),
    ],
)
def test_a_hedged_forecast_gets_the_hedge_remark(text, hedge):
    assert f"hedged (“{hedge}”)" in doubt_remark(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The Governing Council today decided to keep the three key ECB interest rates"
            " unchanged.",
            F,
        ),
        ("The key rate is 2 percent.", F),
        ("Key staff left in March.", F),
        # "key" as a judgement stays an opinion.
        ("Patience is key.", OP),
        ("Trust is the key to the whole thing.", OP),
        ("The key question is whether wages follow.", OP),
    ],
)
def test_key_as_a_name_is_no_judgement(text, kind):
    assert classify(text) == kind


# ---- Horizons and their remarks, end to end.


@pytest.mark.parametrize(
    ("text", "said_on", "kind", "deadline", "remark"),
    [
        ("The 10-year ends the year around 4.25%, give or take.", datetime.date(2025, 10, 14),
         P, datetime.date(2025, 12, 31), ""),
        ("Oil below $60 by Q1 if OPEC keeps adding barrels.", datetime.date(2025, 10, 14),
         P, datetime.date(2026, 3, 31), "conditional (“if OPEC keeps adding barrels”)"),
        ("Oil below $60 by Q1 if OPEC keeps adding barrels. (edited)",
         datetime.date(2025, 10, 14), P, datetime.date(2026, 3, 31), "conditional"),
        ("Gold above $3,000 by June unless the dollar rallies.", datetime.date(2025, 1, 10),
         P, datetime.date(2025, 6, 30), "conditional (“unless the dollar rallies”)"),
        ("No recession in 2026, but a mild one in 2027 is my base case.",
         datetime.date(2025, 10, 14), P, datetime.date(2026, 12, 31),
         "“in 2026” and “in 2027” are times of two clauses"),
        ("We're going to double the team to 400 people by next summer.",
         datetime.date(2025, 5, 20), C, datetime.date(2025, 8, 31),
         "or is meteorological summer 2026 meant?"),
        ("AGI is five to ten years away.", datetime.date(2025, 9, 12), P,
         datetime.date(2035, 9, 12), "“five to ten years away” gives a range"),
        ("Fusion has been 30 years away for 60 years.", datetime.date(2025, 5, 20), F, None, ""),
    ],
)  # fmt: skip
def test_horizons_and_their_remarks_in_the_preview(text, said_on, kind, deadline, remark):
    (candidate,) = _plan(text, said_on).candidates
    assert (candidate.kind, candidate.deadline) == (kind, deadline)
    assert remark in candidate.statement.note
