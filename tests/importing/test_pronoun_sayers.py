"""Forecasts a speaker tells as someone else's, said with a pronoun, a time set off by a comma,
a body named by what it does, or a named person's promise told: in a turn of speech "she"
is never the speaker, who would say "I"; in notes "she" is the appearance's speaker,
summarised. Each with near misses that stay the speaker's own."""

import datetime

import pytest

from claims.choices import ClaimKind
from claims.importing.attribution import reported_sayer, told_forecast
from claims.importing.services import ImportOptions, SourceChoice, import_plan

SAID_ON = datetime.date(2026, 1, 15)

# (line, whose in a turn of speech, whose in notes about the speaker)
TOLD = [
    (
        "In that speech, she said she expects global growth to slow to 2.9 percent this year.",
        "she",
        None,
    ),
    ("And she told me she expects them to sign by the end of March.", "she", None),
    ("She has us reaching cash-flow positive in Q1 2027.", "She", None),
    ("He thinks it will ship by June.", "He", None),
    ("So he reckons rates will be cut twice before the summer.", "he", None),
    ("She also pointed out that fares will rise again in January.", "She", None),
    ("At the hearing, he warned that the dam will not be finished before 2029.", "he", None),
    (
        "Last week, the fuel poverty advisory panel, which is chaired by Professor Ailsa "
        "Drummond, forecast that a further 60,000 households will fall into fuel poverty by "
        "the end of 2026.",
        "the fuel poverty advisory panel",
        "the fuel poverty advisory panel",
    ),
    (
        "Yesterday, the independent fiscal commission projected a deficit of 4% in 2027.",
        "the independent fiscal commission",
        "the independent fiscal commission",
    ),
    (
        "On Monday, Dana Whitfield said the bridge will reopen by March.",
        "Dana Whitfield",
        "Dana Whitfield",
    ),
    # Near misses: the speaker's own, however it opens.
    ("She will be back by June.", None, None),
    ("In March, prices will fall by 10%.", None, None),
    ("On balance, I expect prices to fall by 2027.", None, None),
    ("Last week, I said the bridge will reopen by March, and I stand by it.", None, None),
    ("He said it, and I agree: the bridge reopens by March.", None, None),
    ("The committee expects to report by June.", None, None),
]


@pytest.mark.parametrize(("text", "in_speech", "in_notes"), TOLD)
def test_whose_forecast_a_line_tells_in_speech_and_in_notes(text, in_speech, in_notes):
    spoken = told_forecast(text, said_on=SAID_ON, speaker="Ingrid Korvald", speech=True)
    noted = told_forecast(text, said_on=SAID_ON, speaker="Ingrid Korvald")
    assert (spoken.who if spoken else None) == in_speech
    assert (noted.who if noted else None) == in_notes


SAYERS = [
    ("Gareth Pomfrey said we'll have the Fernhill hub open by October 2026.", "Gareth Pomfrey"),
    ("The city council said it will open the library by June.", "The city council"),
    ("Gareth said we'll ship by June, and I agree.", ""),
    ("We'll have the Fernhill hub open by October 2026.", ""),
    ("Our chief executive said we'll open the hub by October 2026.", ""),
    # The speaker named is the speaker: notes about Marta Yusupova.
    ("Yusupova said the hub opens by October 2026.", ""),
]


@pytest.mark.parametrize(("text", "who"), SAYERS)
def test_who_a_line_reports_as_having_said_it(text, who):
    assert reported_sayer(text, speaker="Marta Yusupova") == who


BRIEFING = """\
MS. KORVALD: Good morning. Let me start with the Managing Director's speech in Geneva.
MS. KORVALD: In that speech, she said she expects global growth to slow to 2.9 percent this year.
MS. KORVALD: She also pointed out that disinflation will continue across most markets in 2026.
MS. KORVALD: We will publish the full outlook by April 2026.
MR. ABEYSEKERA: Town hall notes: Gareth Pomfrey said we'll open the Fernhill hub by October 2026.
MR. ABEYSEKERA: I expect the programme to be approved by June 2026.
"""

NOTES = """\
## Helena Voss-Marbury — Geneva speech, 12 January 2026

- She said she expects global growth to slow to 2.9 percent this year.
- She has us reaching cash-flow positive in Q1 2027.
"""


def _plan(text: str, name: str):
    return import_plan(
        data=text.encode(),
        file_name=name,
        options=ImportOptions(source=SourceChoice(title="Briefing", published_on=SAID_ON)),
    )


def _find(plan, words: str):
    return next(c for c in plan.candidates if words in c.quote)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("words", "who", "kind", "remark"),
    [
        ("she said she expects", "Korvald", ClaimKind.FACTUAL, "another's forecast"),
        ("She also pointed out", "Korvald", ClaimKind.FACTUAL, "“She”"),
        ("We will publish", "Korvald", ClaimKind.COMMITMENT, ""),
        ("Gareth Pomfrey said", "Abeysekera", ClaimKind.FACTUAL, "another's commitment"),
        ("I expect the programme", "Abeysekera", ClaimKind.PREDICTION, ""),
    ],
)
def test_a_turn_tells_anothers_forecast_said_with_a_pronoun(words, who, kind, remark):
    found = _find(_plan(BRIEFING, "briefing.txt"), words)
    assert who in found.speaker.name
    assert found.kind == kind
    assert found.deadline is None or kind != ClaimKind.FACTUAL
    assert remark in " ".join(found.remarks)


@pytest.mark.django_db
@pytest.mark.parametrize("words", ["She said she expects", "She has us reaching"])
def test_in_notes_she_is_the_appearances_speaker(words):
    found = _find(_plan(NOTES, "notes.md"), words)
    assert found.speaker.name == "Helena Voss-Marbury"
    assert found.kind == ClaimKind.PREDICTION
    assert found.deadline is not None
