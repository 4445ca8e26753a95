"""How well the importer reads more shapes of documents curators really get.

The same scores as ``test_document_quality`` (its expected-table format and
its thresholds), over documents of other shapes: an Otter.ai export, a
broadcast caption file with ``>>`` turns, a reporter's raw interview notes, a
newsletter recap, a conference live blog, a TV debate's subtitles and one
speaker's appearances under bold dated headings.
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


# The curator's choices for each document, as they would give them after a
# first preview: the default speaker of a file that names nobody, the full
# names of speakers a file names by surname or role.
CHOICES = {
    "otter-export.txt": ImportOptions(source=_source("Ledger Lines 41", 2025, 3)),
    "panel-captions.vtt": ImportOptions(source=_source("Future of Cities panel", 2024, 10)),
    "interview-notes.txt": ImportOptions(
        source=_source("Interview with Hanne Vik", 2024, 11),
        speakers={"Interview — Hanne Vik, CEO Nordlys Batteries": "Hanne Vik"},
    ),
    "newsletter-recap.md": ImportOptions(
        source=_source("The Current, issue 87", 2024, 12), speakers={"": "Nina Alvarez"}
    ),
    "liveblog.md": ImportOptions(
        source=_source("Web Summit live blog", 2024, 11),
        speakers={
            "": "Paulo Serra",
            "Mehta": "Arjun Mehta",
            "Moreau": "Elise Moreau",
            "Grün": "Tobias Grün",
            "Kline": "Sarah Kline",
        },
    ),
    "debate.srt": ImportOptions(
        source=_source("Harbor City mayoral debate", 2025, 9),
        speakers={"REYES": "Carmen Reyes", "BAXTER": "Neil Baxter", "MODERATOR": "Ana Lucero"},
    ),
    "appearances-log.md": ImportOptions(
        source=_source("Jan Hatzius, winter 2024", 2024, 1),
        speakers={"": "Jan Hatzius", "Summers": "Larry Summers"},
    ),
}


@pytest.fixture(scope="module")
def score(django_db_setup, django_db_blocker):
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
    return _score(plans)


def test_each_document_has_its_expected_table():
    for name in CHOICES:
        assert (DOCUMENTS / name).exists()
        assert (DOCUMENTS / f"{name}.expected").exists()


def test_at_least_95_percent_of_predictions_are_found(score):
    recall = score.found / score.expected_predictions
    assert recall >= 0.95, f"found {score.found}/{score.expected_predictions}: {score.missed}"


def test_at_least_80_percent_of_candidates_marked_prediction_are_predictions(score):
    precision = score.marked_right / score.marked
    assert precision >= 0.8, f"{score.marked_right}/{score.marked} marked are predictions"


def test_no_line_goes_to_the_wrong_speaker(score):
    assert score.wrong_speaker == []


def test_no_heading_or_narration_is_proposed(score):
    assert score.forbidden == []


def test_every_candidate_is_in_the_expected_tables(score):
    assert score.unexpected == []


def test_found_predictions_mostly_get_the_deadline_a_curator_would_set(score):
    agreement = score.deadlines_right / score.deadlines_expected
    assert agreement >= 0.85, f"{score.deadlines_right}/{score.deadlines_expected} deadlines"
