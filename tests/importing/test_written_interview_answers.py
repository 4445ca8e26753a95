"""A written interview's answer runs over several paragraphs: after "RC: … ?" and "OM:
Because …", the plain paragraphs up to the next cue are the answerer's, not the byline's
nor asked about; a heading, a page's running head or a broken-off line ends it
(``notes._answer_paragraph``). A forecast a trade's bodies make ("The network operators
say …") is theirs, told (``attribution``).
"""

import datetime

import pytest

from claims.choices import ClaimKind, DatePrecision
from claims.importing.services import ImportOptions, SourceChoice, import_plan

INTERVIEW = """\
‘The batteries are the easy bit’: Ada Quist on grid queues and cash burn
By Rhiannon Cole
20 November 2025

Ada Quist runs Tarn Storage, which operates 240 megawatts of batteries.

RC: Everyone says batteries are the answer. Why is it still so hard to build them?

AQ: Because the batteries are the easy bit. What you can't order is a grid connection.

Some of our projects were offered connection dates in 2036.

The network operators say the queue will be cleared by 2030. I'll believe it when I see it.

RC: So will you put a date on Greyholme?

AQ: That one I do control.

Greyholme will be energised by the end of March 2026.

By 2028 we'll have a gigawatt of storage operating.

RC: Thank you.
"""

PANEL_END = """\
Q (audience): Will any of this be affordable for riders by 2030?
Osei: It is the right question.
Tanaka: Our low-income plan covers thirty percent of riders already.

NCMS 2026, Halifax, NS                                   L. Ferreira et al.

ACKNOWLEDGMENTS
The panel was supported by the Atlantic Mobility Institute. The rapporteur thanks Jordan Mac-
Isaac for transcription assistance.
"""


def _plan(text: str):
    source = SourceChoice(
        title="Interview", published_on=datetime.date(2025, 11, 20), precision=DatePrecision.DAY
    )
    return import_plan(
        data=text.encode(), file_name="interview.txt", options=ImportOptions(source=source)
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("words", "speaker", "kind", "deadline"),
    [
        ("Because the batteries", "Ada Quist", ClaimKind.FACTUAL, None),
        ("offered connection dates in 2036", "Ada Quist", ClaimKind.FACTUAL, None),
        # Told of the operators: theirs, not a forecast of hers.
        ("The network operators say", "Ada Quist", ClaimKind.FACTUAL, None),
        ("Greyholme will be energised", "Ada Quist", ClaimKind.PREDICTION, "2026-03-31"),
        ("a gigawatt of storage", "Ada Quist", ClaimKind.COMMITMENT, "2028-12-31"),
    ],
)
def test_an_answer_runs_over_its_paragraphs(words, speaker, kind, deadline):
    (candidate,) = (c for c in _plan(INTERVIEW).candidates if words in c.quote)
    assert candidate.speaker.name == speaker
    assert "Taken as the answer" not in candidate.statement.note
    assert candidate.kind == kind
    assert (candidate.deadline.isoformat() if candidate.deadline else None) == deadline


@pytest.mark.django_db
def test_a_page_head_and_a_heading_end_the_answer():
    plan = _plan(PANEL_END)
    for words in ("NCMS 2026", "supported by the Atlantic", "transcription assistance"):
        given = [c.speaker.name for c in plan.candidates if words in c.quote]
        assert "Tanaka" not in given, words


@pytest.mark.django_db
def test_initials_two_people_of_the_opening_share_are_not_guessed():
    text = (
        "Ada Quist and Alan Quinn on storage\nBy Rhiannon Cole\n\n"
        "RC: Why is it hard?\n\nAQ: Because of the grid.\n"
    )
    (candidate,) = (c for c in _plan(text).candidates if "Because" in c.quote)
    assert candidate.speaker.name not in ("Ada Quist", "Alan Quinn")
