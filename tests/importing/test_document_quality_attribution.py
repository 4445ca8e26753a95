"""How well the importer tells who said what in documents where that was got wrong.

The same scores as ``test_document_quality`` (its expected-table format and its
thresholds), over documents of shapes whose lines went to the wrong person: an
earnings call's transcript (the operator, the analysts it introduces), an analyst's
meetings log (meeting headings, initials cues, the note-taker's "Me:" lines), a
log of quoted posts and their replies, and a podcast's notes with the show's title as a
cue.
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


# The curator's choices, as given after a first preview: the dinner's "JA:" (two people
# there have those initials) is mapped to who it is.
CHOICES = {
    "attr-earnings-call.txt": ImportOptions(source=SourceChoice()),
    "attr-meetings.md": ImportOptions(source=SourceChoice(), speakers={"JA": "Jonas Akerlund"}),
    "attr-quoted-posts.md": ImportOptions(source=SourceChoice()),
    "attr-show-notes.md": ImportOptions(source=_source("Grid Talk, episode 112", 2025, 3)),
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


def test_every_document_has_its_expected_table():
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


def test_no_heading_or_narration_is_proposed(score):
    assert score.forbidden == []


def test_every_candidate_is_in_the_expected_tables(score):
    assert score.unexpected == []
