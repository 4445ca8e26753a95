"""How well the importer reads the documents curators really get.

Each document in ``data/documents/`` has an expected table beside it
(``NAME.expected``: speaker | kind | deadline | quote), written by reading the
document as a curator would: every statement the importer should propose, who
said it, whether it is a prediction and its deadline. A row whose speaker is
"-" is a line that must never be proposed (a heading, a host's narration).

The scores, over all documents: predictions found (proposed as predictions, by
the right speaker) at least 95%; candidates marked prediction that are
predictions at least 80%; no candidate given to the wrong speaker; no heading
or narration proposed; every candidate in the table.
"""

import datetime
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from claims.choices import ClaimKind, DatePrecision
from claims.importing.services import ImportOptions, SourceChoice, import_plan
from tests.factories import SpeakerFactory

pytestmark = pytest.mark.django_db

DOCUMENTS = Path(__file__).parent / "data" / "documents"


def _source(title: str, year: int, month: int) -> SourceChoice:
    return SourceChoice(
        title=title, published_on=datetime.date(year, month, 1), precision=DatePrecision.MONTH
    )


# The curator's choices for each document, as they would give them.
CHOICES = {
    "week-notes.md": ImportOptions(
        source=SourceChoice(),
        speakers={"Quarterly investor call, 3 August 2023": "Carla Mendes"},
    ),
    "show-notes.txt": ImportOptions(source=_source("The Grid Report, episode 48", 2024, 6)),
    "energy-panel.vtt": ImportOptions(source=_source("Energy Outlook panel", 2024, 3)),
    "auto-captions.vtt": ImportOptions(
        source=_source("Electric trucks explained", 2024, 3), speakers={"": "Nadia Brandt"}
    ),
    "podcast-export.srt": ImportOptions(source=_source("Orbit Weekly 112", 2024, 4)),
    "subtitles-tags.srt": ImportOptions(source=_source("Malaria, the last mile", 2024, 5)),
    "essay-summary.md": ImportOptions(source=SourceChoice()),
    "topic-labels.txt": ImportOptions(source=_source("Northwind outlook", 2024, 1)),
    "rates-auto-captions.vtt": ImportOptions(
        source=_source("Rates this week", 2024, 3), speakers={"": "Nadia Brandt"}
    ),
    "rates-interview.srt": ImportOptions(source=_source("Orbit Weekly 113", 2024, 4)),
}
# Speakers the tracker already knows.
KNOWN = [("Maya Chen", "maya-chen"), ("Ifeoma Okafor", "ifeoma-okafor")]


@dataclass(frozen=True)
class Row:
    speaker: str
    kind: str
    deadline: str
    quote: str

    @property
    def forbidden(self) -> bool:
        return self.speaker == "-"


def _plain(text: str) -> str:
    text = text.lower().replace("’", "'").replace("“", '"').replace("”", '"')
    return " ".join(re.sub(r"[^\w$%'\" ]", " ", text).split())


def _rows(name: str) -> list[Row]:
    rows = []
    for line in (DOCUMENTS / f"{name}.expected").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(Row(*(cell.strip() for cell in line.split("|", 3))))
    return rows


def _match(quote: str, rows: list[Row]) -> Row | None:
    plain = _plain(quote)
    for row in rows:
        wanted = _plain(row.quote)
        if wanted and (wanted in plain or plain in wanted):
            return row
    return None


def _proposed_speaker(candidate) -> str:
    plan = candidate.speaker
    if plan.speaker is not None:
        return plan.speaker.name
    return plan.close_to.name if plan.unsure else plan.name


@dataclass
class Score:
    expected_predictions: int = 0
    found: int = 0
    marked: int = 0
    marked_right: int = 0
    deadlines_expected: int = 0
    deadlines_right: int = 0
    wrong_speaker: list = None
    forbidden: list = None
    unexpected: list = None
    missed: list = None


def _score(plans: dict) -> Score:
    score = Score(wrong_speaker=[], forbidden=[], unexpected=[], missed=[])
    for name, plan in plans.items():
        rows = _rows(name)
        found_rows = set()
        for candidate in plan.candidates:
            row = _match(candidate.quote, rows)
            where = f"{name}: {candidate.quote!r}"
            is_prediction = candidate.kind == ClaimKind.PREDICTION
            score.marked += is_prediction
            if row is None:
                score.unexpected.append(where)
                continue
            if row.forbidden:
                score.forbidden.append(where)
                continue
            if _proposed_speaker(candidate) != row.speaker:
                score.wrong_speaker.append(f"{where} to {_proposed_speaker(candidate)}")
                continue
            score.marked_right += is_prediction and row.kind == "prediction"
            if is_prediction and row.kind == "prediction":
                found_rows.add(row)
                if row.deadline:
                    score.deadlines_expected += 1
                    deadline = candidate.deadline.isoformat() if candidate.deadline else ""
                    score.deadlines_right += deadline == row.deadline
        predictions = [r for r in rows if r.kind == "prediction"]
        score.expected_predictions += len(predictions)
        score.found += len(found_rows)
        score.missed += [f"{name}: {r.quote}" for r in predictions if r not in found_rows]
    return score


@pytest.fixture(scope="module")
def score(django_db_setup, django_db_blocker):
    # Every date in the documents is in the past whatever the day: no clock to fix.
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


def test_there_are_ten_documents_with_their_expected_tables():
    assert len(CHOICES) >= 10
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


def test_no_heading_or_host_narration_is_proposed(score):
    assert score.forbidden == []


def test_every_candidate_is_in_the_expected_tables(score):
    assert score.unexpected == []


def test_found_predictions_mostly_get_the_deadline_a_curator_would_set(score):
    # The deadlines come from the horizon parser; the misses are its phrasings
    # ("its 2030 target", "the rest of the decade", "a quarter of the market").
    agreement = score.deadlines_right / score.deadlines_expected
    assert agreement >= 0.85, f"{score.deadlines_right}/{score.deadlines_expected} deadlines"
