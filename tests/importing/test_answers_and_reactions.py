"""Table tests, one per fault kind, of what a curator is shown for the short things people
say in conversation: a reaction or an echo question is no claim; a hedge keeps the deadline
and is remarked on, whatever the punctuation; a short answer that says when is a prediction
about the subject asked of, marked as a fragment; a question and its answer on one line are
one candidate; a forecast whose subject is a pronoun is marked for the curator to complete."""

import datetime

import pytest

from claims.choices import ClaimKind
from claims.importing.classify import (
    ANSWER,
    FRAGMENT,
    doubt_remark,
    fragment_remark,
    is_candidate,
    is_reaction,
)
from claims.importing.parsing import parse_document, split_sentences
from claims.importing.reading import read_document
from claims.importing.services import ImportOptions, SourceChoice, import_plan

D = datetime.date
SAID_ON = D(2025, 3, 10)
P = ClaimKind.PREDICTION
HEDGED = "hedged (“{}”): is it a forecast, and of when? check the deadline"
LOWER = "is a lower bound"


def _plan(text: str, name: str = "notes.md"):
    return import_plan(
        data=text.encode(),
        file_name=name,
        options=ImportOptions(
            source=SourceChoice(title="Rates and housing", published_on=SAID_ON),
            speakers={"": "Nadia Brandt"},
        ),
    )


def _vtt(*lines: str) -> str:
    """Unpunctuated auto-captions, one line a cue, as a caption export gives them."""
    cues = [
        f"00:00:{2 * i:02d}.000 --> 00:00:{2 * i + 2:02d}.000\n{line}\n"
        for i, line in enumerate(lines)
    ]
    return "WEBVTT\n\n" + "\n".join(cues)


# ---- 1. A reaction, back-channel or an echo question is no claim.


@pytest.mark.parametrize(
    "text",
    [
        # Auto-captions: no punctuation, a ">>" turn marker before the other speaker.
        "really that's soon",
        "wow okay by next year huh",
        "wow by 2027 huh",
        "by next year really",
        "2027 seriously",
        "no way by 2030",
        "whoa that soon",
        "uh-huh right",
        "mm-hmm okay that makes sense",
        "oh interesting",
        "okay wow",
        "wow rates will fall by next year huh",  # the guest's words said back, a question
        # Punctuated transcripts and notes say the same.
        "Wow, okay, by next year, huh.",
        "Really. That soon.",
        "Seriously, by 2027.",
        "Right, that's fast.",
        "Okay. Fair enough.",
    ],
)
def test_a_reaction_is_not_proposed(text):
    assert is_reaction(text)
    assert not is_candidate(text)


@pytest.mark.parametrize(
    "text",
    [
        # The speaker's own answer, with a horizon and no word of surprise.
        "yeah by 2027 i think",
        "so by 2030 i'd say",
        "Definitely by 2027.",
        "Absolutely, by 2030 at the latest.",
        # A claim that opens with a reaction word.
        "Really, rates will fall by 2027.",
        "Okay, by next year we'll have it.",
        "really by 2027 i think rates fall",
        "wow and prices will double by 2030",
        "Exactly, and rates will fall by 2026.",
        "Wow, solar will be the cheapest power everywhere by 2030, seriously.",
        "Wait until 2030 to buy one.",
        "No way rates fall by 2027.",
        "Right, by 2030 at the latest.",
    ],
)
def test_a_claim_that_opens_like_a_reaction_is_proposed(text):
    assert not is_reaction(text)
    assert is_candidate(text)


def test_reactions_in_captions_are_not_proposed_nor_joined_to_a_clause():
    text = _vtt(
        ">> rates are going to come down",
        "by next year i think",
        ">> really that's soon",
        ">> yeah by next year for sure",
        ">> wow okay by next year huh",
        ">> prices will fall",
        ">> wow by 2027 huh",
    )
    statements = parse_document(read_document(text.encode())).statements
    proposed = [s.text for s in statements if is_candidate(s.text)]
    assert proposed == [
        "rates are going to come down by next year i think",
        "yeah by next year for sure",
        "prices will fall",  # no horizon: the reaction's "by 2027" is not given to it
    ]


# ---- 2. A hedge is a hedge whatever the punctuation: the deadline stays, with a remark.

HEDGES = [
    ("Maybe", "maybe"),
    ("Perhaps", "perhaps"),
    ("Possibly", "possibly"),
    ("Probably", "probably"),
    ("I think", "i think"),
    ("I'd guess", "i'd guess"),
]


@pytest.mark.parametrize(("hedge", "said"), HEDGES)
@pytest.mark.parametrize("comma", ["", ","])
@pytest.mark.parametrize(
    ("horizon", "deadline"),
    [("by 2027", D(2027, 12, 31)), ("within two years", D(2027, 3, 10))],
)
@pytest.mark.django_db
def test_a_hedged_answer_keeps_its_deadline_and_says_it_is_hedged(
    hedge, said, comma, horizon, deadline
):
    text = f"Q: When do rates get cut?\n{hedge}{comma} {horizon}.\n"
    (candidate,) = _plan(text).candidates
    assert (candidate.kind, candidate.deadline) == (P, deadline)
    assert HEDGED.format(said) in candidate.statement.note.split("; ")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Maybe by 2027.", "maybe"),
        ("Maybe, by 2027.", "maybe"),
        ("Rates will fall, probably by 2027.", "probably"),
        ("Rates will probably fall by 2027.", "probably"),
        ("I think rates fall by 2027.", "i think"),
        ("I'd guess by the end of next year.", "i'd guess"),
        ("Perhaps in two years.", "perhaps"),
        ("Possibly within 18 months.", "possibly"),
        ("prices will fall by 2027 i think", "i think"),  # captions
        ("maybe by next year", "maybe"),
        ("Probably not before 2029.", "probably"),
    ],
)
def test_a_hedge_on_a_forecast_is_remarked(text, said):
    assert doubt_remark(text) == HEDGED.format(said)


@pytest.mark.parametrize(
    "text",
    [
        "AGI by 2030, maybe 2035.",  # alternatives: the horizon's own remark says so
        "I think remote work is better.",  # an opinion, no forecast of when
        "Maybe. I don't know.",
        "Rates will fall by 2027.",
    ],
)
def test_no_hedge_remark_without_a_hedged_forecast(text):
    assert doubt_remark(text) == ""


# ---- 3. A short answer that says when is a prediction about the subject asked of.


@pytest.mark.parametrize(
    ("answer", "deadline", "rule"),
    [
        ("Maybe by 2027.", D(2027, 12, 31), ""),
        ("No. 2035 at the earliest.", None, LOWER),
        ("Not this year, next year.", D(2026, 12, 31), ""),
        ("By 2030, easily.", D(2030, 12, 31), ""),
        # A fronted "not before" whose clause is the question's: a lower bound, asked about.
        ("Not before 2028, I'd say.", None, "is a lower bound"),
        ("Sometime after 2030.", None, LOWER),
        ("Around 2030, give or take.", None, "approximate"),
        ("Next year at the latest.", D(2026, 12, 31), ""),
        ("Within five years, tops.", D(2030, 3, 10), ""),
    ],
)
@pytest.mark.django_db
def test_a_short_answer_is_a_prediction_marked_as_a_fragment(answer, deadline, rule):
    (candidate,) = _plan(f"Q: When will rates be back at 2%?\n{answer}\n").candidates
    assert (candidate.kind, candidate.deadline) == (P, deadline)
    assert FRAGMENT in candidate.statement.note.split("; ")
    assert rule in candidate.reading.rule


@pytest.mark.django_db
def test_a_short_answer_in_the_past_is_no_prediction():
    (candidate,) = _plan("Q: When did rates peak?\nIn 2023, I think.\n").candidates
    assert candidate.kind != P
    assert candidate.deadline is None


# ---- 4. A question and its answer on one line are one candidate.


@pytest.mark.parametrize(
    ("line", "deadline", "rule"),
    [
        ("Inflation at 2%? Not before 2026.", None, "is a lower bound"),
        ("Rate cuts? Not until the autumn.", None, LOWER),
        ("When do cuts come? Yes. By 2027.", D(2027, 12, 31), ""),
        ("Will it ship? No, no. Not until 2030.", None, LOWER),
        ("Fusion on the grid? Maybe by 2040.", D(2040, 12, 31), ""),
        ("A recession? Not this year, next year.", D(2026, 12, 31), ""),
        ("Level 5 autonomy? 2035 at the earliest.", None, LOWER),
    ],
)
@pytest.mark.django_db
def test_a_question_and_its_answer_are_one_prediction(line, deadline, rule):
    (candidate,) = _plan(f"{line}\n").candidates
    assert candidate.statement.text == line
    assert (candidate.kind, candidate.deadline) == (P, deadline)
    assert ANSWER in candidate.statement.note.split("; ")
    assert rule in candidate.reading.rule


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # The answer names its own subject: two sentences, the question not proposed.
        (
            "Will rates fall? Rates will fall by 2026.",
            ["Will rates fall?", "Rates will fall by 2026."],
        ),
        ("Is it a bubble? I think so.", ["Is it a bubble?", "I think so."]),
        ("Which first? Call centers.", ["Which first?", "Call centers."]),
        # A long question is no short one asked for its answer.
        (
            "What happens when every one of the big central banks cuts at the same time and "
            "nobody is left holding the line? Not before 2026.",
            [
                "What happens when every one of the big central banks cuts at the same time "
                "and nobody is left holding the line?",
                "Not before 2026.",
            ],
        ),
    ],
)
def test_an_answer_with_a_subject_of_its_own_stays_apart(text, sentences):
    assert [s for _, s in split_sentences(text)] == sentences


# ---- 5. A forecast whose subject is a pronoun said for something before is marked.


@pytest.mark.parametrize(
    ("text", "remark"),
    [
        ("It'll happen within a year or two.", FRAGMENT),
        ("That's coming by 2028.", FRAGMENT),
        ("They'll get there by next summer.", FRAGMENT),
        ("He'll win it by 2028.", FRAGMENT),
        ("She's going to step down next year.", FRAGMENT),
        ("It's going to be cheaper than coal by 2030.", FRAGMENT),
        ("Yeah, I think it'll happen by 2027.", FRAGMENT),
        ("These will be everywhere in five years.", FRAGMENT),
        ("they're gonna cut by the summer", FRAGMENT),  # captions
        # "It" for what follows, a subject of its own, or no forecast: no remark.
        ("It will take five years to build a reactor.", ""),
        ("It will be clear by 2026 whether rates fall.", ""),
        ("It's likely that rates fall next year.", ""),
        ("They cut rates in 2019.", ""),
        ("They are overvalued.", ""),
        ("Rates will fall by 2026.", ""),
    ],
)
def test_a_pronoun_subject_is_marked_as_a_fragment(text, remark):
    assert fragment_remark(text) == remark


@pytest.mark.django_db
def test_a_pronoun_subject_forecast_is_proposed_with_the_fragment_remark():
    text = "Mortgage rates will fall.\nThey'll get there by next summer.\n"
    first, second = _plan(text).candidates
    assert FRAGMENT not in first.statement.note
    assert (second.kind, second.deadline) == (P, D(2025, 8, 31))
    assert FRAGMENT in second.statement.note.split("; ")


@pytest.mark.django_db
def test_a_hedge_on_a_caption_line_of_its_own_keeps_the_deadline():
    text = _vtt("prices will fall", "maybe by 2027", ">> and wages", "will rise perhaps by 2028")
    got = [(c.quote, c.deadline) for c in _plan(text, "captions.vtt").candidates]
    assert got == [
        ("prices will fall maybe by 2027", D(2027, 12, 31)),
        ("and wages will rise perhaps by 2028", D(2028, 12, 31)),
    ]
    notes = [c.statement.note for c in _plan(text, "captions.vtt").candidates]
    assert HEDGED.format("maybe") in notes[0]
    assert HEDGED.format("perhaps") in notes[1]


@pytest.mark.django_db
def test_a_question_and_its_answer_in_a_transcript_cue_are_one_candidate():
    text = (
        "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Cathie Wood>Rates will stay high for now."
        " Inflation at 2%? Not before 2026.\n"
    )
    got = [(c.quote, c.kind, c.deadline) for c in _plan(text, "talk.vtt").candidates]
    assert got == [
        ("Rates will stay high for now.", P, None),
        ("Inflation at 2%? Not before 2026.", P, None),
    ]
