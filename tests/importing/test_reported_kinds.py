"""Table tests: the kind of a clause of reported speech whose frame is dropped ("the Board
would publish …"), of a bare "could" + outcome, of a guessed answer and of a side's refusal
of a risk; with near misses that read as before."""

import datetime

import pytest

from claims.choices import ClaimKind
from claims.importing.classify import classify, doubt_remark
from claims.importing.parsing import parse_document
from claims.importing.reading import read_document
from claims.importing.reported_kinds import (
    DOERLESS_SERVICE,
    GUESSED_ANSWER,
    HELD_BACK,
    answers_forecast,
    relays_question,
)

C, P, V, F = ClaimKind.COMMITMENT, ClaimKind.PREDICTION, ClaimKind.OPINION, ClaimKind.FACTUAL


@pytest.mark.parametrize(
    ("text", "kind", "why"),
    [
        # "would" + the sayer's organisation's own act, its frame dropped: a commitment
        ("the Company would publish its first water report by June 2027.", C, "own act"),
        ("the Board would review the pay policy before the next meeting.", C, "own act"),
        ("the Council would write to all affected residents by Friday.", C, "own act"),
        (
            "if approved, the interim dividend of 3.1p per share would be paid on 9 May 2026.",
            C,
            "a payout told without its doer, on the approval the minutes wait for",
        ),
        (
            "the Trust would continue to fund the shuttle bus until the works end.",
            C,
            "own act",
        ),
        # near misses: an outcome, a hedge, a condition, a verb of no act
        ("the Company would probably return to profit within two years.", P, "outcome"),
        ("the Company would struggle without the new contract.", V, "a hypothetical"),
        ("if rates rose, the Company would delay the new plant.", V, "a condition"),
        ("the Board would possibly publish a report next year.", P, "hedged"),
        ("the weather would have made the works impossible.", V, "a past hypothetical"),
    ],
)
def test_a_reported_would(text, kind, why):
    assert classify(text) == kind, why


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("in his view, the proposed bonus scheme was too generous.", V),
        ("in her opinion, the new depot had been badly sited.", V),
        ("that, in their view, the audit fee was reasonable.", V),
        ("he considered that the tariff increase was unfair.", V),
        # near misses: a view named but no frame opening the clause
        ("the view from the new offices was of the harbour.", F),
        ("in the report, the revenue figure was restated.", F),
    ],
)
def test_a_view_told_in_the_third_person_is_an_opinion(text, kind):
    assert classify(text) == kind


HEDGED = "hedged (“{}”): is it a forecast, and of when? check the deadline"


@pytest.mark.parametrize(
    ("text", "kind", "hedge"),
    [
        ("Some of those cells could produce large hail.", P, "could"),
        ("A few of the showers may bring localised flooding.", P, "may"),
        ("The outage might disrupt deliveries across the region.", P, "might"),
        ("Housing starts may finally recover.", P, "may"),
        # near misses: a condition, a permission, a past, a state
        ("If the front stalls, some of those could produce hail.", V, ""),
        ("You may bring a guest to the dinner.", F, ""),
        ("The storm could have caused far more damage.", F, ""),
        ("The bridge may be closed.", F, ""),
    ],
)
def test_a_bare_modal_outcome_is_a_hedged_forecast(text, kind, hedge):
    assert classify(text) == kind
    assert doubt_remark(text) == (HEDGED.format(hedge) if hedge else "")


@pytest.mark.parametrize(
    ("text", "kind", "hedge"),
    [
        ("I'd guess another five percent, maybe less.", P, "i'd guess"),
        ("Longer answer, not as fast — I'd guess about half that.", P, "i'd guess"),
        ("Maybe it doesn't.", P, "maybe"),
        ("Or perhaps they won't.", P, "perhaps"),
        # near misses: a guess at no amount, a past
        ("I'd guess you've heard this one before from other guests.", F, ""),
        ("Maybe it did, in the end, at least for a while.", F, ""),
    ],
)
def test_a_guessed_answer_is_a_hedged_forecast(text, kind, hedge):
    assert classify(text) == kind
    assert doubt_remark(text) == (HEDGED.format(hedge) if hedge else "")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("We are not going to take any chances with this dam.", C),
        ("WE'RE NOT GOING TO TAKE ANY RISKS WITH PASSENGERS' SAFETY.", C),
        ("We won't take unnecessary risks with the old viaduct.", C),
        ("The 07:45 will run as normal.", C),
        # near misses: someone else's caution, a forecast of others
        ("They are not going to take any chances with this structure.", P),
        ("Investors are not going to take chances with the bond.", P),
    ],
)
def test_a_sides_refusal_of_a_risk_is_its_commitment(text, kind):
    assert classify(text) == kind


TODAY = datetime.date(2026, 3, 2)
HEADING = "Harbour Ferries — morning update (radio), 2 March 2026\n"


@pytest.mark.parametrize(
    ("line", "remark"),
    [
        ("The 07:45 will run as normal.", DOERLESS_SERVICE),
        ("The Northbank ferry will still sail at noon.", DOERLESS_SERVICE),
        ("We are not going to take any chances with the old pier.", HELD_BACK),
        ("Some of those gusts could bring down power lines.", HEDGED.format("could")),
        # near misses: a forecast of a service, an act with its doer
        ("The ferry will leave late because of the fog, I expect.", None),
        ("We will run the 07:45 as normal.", None),
    ],
)
def test_an_imported_statement_carries_the_remark(line, remark):
    document = read_document((HEADING + line + "\n").encode())
    (statement,) = parse_document(document, today=TODAY).statements
    notes = statement.note.split("; ") if statement.note else []
    if remark is None:
        assert DOERLESS_SERVICE not in notes
        assert HELD_BACK not in notes
    else:
        assert remark in notes


@pytest.mark.parametrize(
    ("sentence", "relays"),
    [
        ("We've got a question from the chat, she's asking whether heat pumps get cheaper.", True),
        ("Ana wants to know if the new line opens this year.", True),
        ("Someone is asking how soon the tariffs come down.", True),
        # near misses: a question told in the past (notes' narration), a plain statement
        ("She asked whether heat pumps would get cheaper.", False),
        ("We are asking the council for more funding.", False),
        ("Everyone wants to know the answer, and so do I.", False),
    ],
)
def test_a_question_relayed_in_the_present_is_asked(sentence, relays):
    assert relays_question(sentence) is relays


@pytest.mark.parametrize(
    ("text", "asked", "answers"),
    [
        ("Short answer, yes.", "She's asking whether pump prices will keep falling.", True),
        ("Probably not.", "Will the line open before the summer?", True),
        ("I doubt it.", "Is the merger going to close this year?", True),
        # near misses: a question of the past, no question, an answer with a claim of its own
        ("Short answer, yes.", "Did prices fall last year?", False),
        ("Short answer, yes.", "", False),
        ("Yes, and we sold out twice.", "Will prices keep falling?", False),
    ],
)
def test_a_short_answer_to_a_question_about_the_future(text, asked, answers):
    assert answers_forecast(text, asked) is answers


def test_a_short_answer_to_a_relayed_question_is_read_with_it():
    document = read_document(
        b"Grid storage panel (livestream), 2 March 2026\n"
        b"Mara Lind: We've got a question from the chat, she's asking whether heat pump"
        b" prices will keep falling this year.\n"
        b"Tomas Reyes: Short answer, yes.\n"
    )
    answer = parse_document(document, today=TODAY).statements[-1]
    assert answer.text == "Short answer, yes."
    assert "heat pump prices" in answer.asked
    assert GUESSED_ANSWER in answer.note.split("; ")
