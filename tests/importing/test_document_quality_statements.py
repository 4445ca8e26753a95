"""How well the importer reads what is a claim, and when it is due, in documents shaped as
curators get them: a CFO call's notes (guidance, an off-record remark said mid-sentence,
to-dos and an action list, fiscal and back-referring horizons), a recap of a thread
(numbered posts, quote-tweets and replies), a recorded call's captions and a podcast's
subtitles (the show going live, technical chatter, a host retelling old forecasts).

The same expected-table format as ``test_document_quality``; here every prediction must be
found, at least 95% of candidates marked prediction must be predictions, and where the
importer cannot know (a fiscal year, "by then", two dates, a belief with no date) the
preview says so in a remark.
"""

import datetime

import pytest

from claims.choices import DatePrecision
from claims.importing.services import ImportOptions, SourceChoice, import_plan
from tests.factories import SpeakerFactory
from tests.importing.test_document_quality import DOCUMENTS, KNOWN, _score

pytestmark = pytest.mark.django_db


def _source(title: str, year: int, month: int) -> SourceChoice:
    return SourceChoice(
        title=title, published_on=datetime.date(year, month, 1), precision=DatePrecision.MONTH
    )


CHOICES = {
    "stmt-call-notes.md": ImportOptions(
        source=_source("Call with Ruth Adeyemi", 2025, 3), speakers={"": "Ruth Adeyemi"}
    ),
    "stmt-thread-recap.md": ImportOptions(
        source=_source("Lena Park's thread on grid batteries", 2025, 2),
        speakers={"": "Lena Park"},
    ),
    "stmt-recording.vtt": ImportOptions(source=_source("Rates and reactors, episode 9", 2025, 5)),
    "stmt-podcast.srt": ImportOptions(source=_source("Barrels, episode 31", 2025, 4)),
}


@pytest.fixture(scope="module")
def plans(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        from django.db import transaction

        with transaction.atomic():
            for name, slug in KNOWN:
                SpeakerFactory(name=name, slug=slug)
            plans = {
                name: import_plan(
                    data=(DOCUMENTS / name).read_bytes(), file_name=name, options=options
                )
                for name, options in CHOICES.items()
            }
            transaction.set_rollback(True)
    return plans


@pytest.fixture(scope="module")
def score(plans):
    return _score(plans)


def test_each_document_has_its_expected_table():
    for name in CHOICES:
        assert (DOCUMENTS / name).exists()
        assert (DOCUMENTS / f"{name}.expected").exists()


def test_every_prediction_is_found(score):
    assert score.found == score.expected_predictions, score.missed


def test_at_least_95_percent_of_candidates_marked_prediction_are_predictions(score):
    precision = score.marked_right / score.marked
    assert precision >= 0.95, f"{score.marked_right}/{score.marked} marked are predictions"


def test_no_line_goes_to_the_wrong_speaker(score):
    assert score.wrong_speaker == []


def test_no_heading_narration_task_or_chatter_is_proposed(score):
    assert score.forbidden == []


def test_every_candidate_is_in_the_expected_tables(score):
    assert score.unexpected == []


def test_every_expected_deadline_is_the_one_a_curator_would_set(score):
    assert score.deadlines_right == score.deadlines_expected


@pytest.mark.parametrize(
    ("name", "quote", "remark"),
    [
        ("stmt-call-notes.md", "by the end of the financial year", "fiscal calendar"),
        ("stmt-call-notes.md", "by the end of FY26", "fiscal calendar"),
        ("stmt-call-notes.md", "by the end of FY26", "check: forecast?"),
        ("stmt-call-notes.md", "Costs will be halved by then", "refers to a date in an earlier"),
        ("stmt-call-notes.md", "Probably in December and March", "names two dates"),
        ("stmt-call-notes.md", "Our outlook for 2027", "target, not forecast?"),
        ("stmt-call-notes.md", "We think spot rates recover", "give its deadline"),
        ("stmt-recording.vtt", "Probably in December and March", "names two dates"),
        ("stmt-thread-recap.md", "Home batteries", "check who said it"),
        ("stmt-podcast.srt", "by the end of FY2026", "fiscal calendar"),
    ],
)
def test_what_the_importer_cannot_know_is_asked_in_the_preview(plans, name, quote, remark):
    candidate = next(c for c in plans[name].candidates if quote in c.quote)
    assert any(remark in r for r in candidate.remarks), candidate.remarks


def test_left_out_lines_are_counted_in_the_notes(plans):
    notes = " ".join(plans["stmt-call-notes.md"].notes)
    assert "3 off-the-record line(s) were left out" in notes
    assert "200 jobs" not in notes
    assert "line(s) of the note-taker's own" in notes
