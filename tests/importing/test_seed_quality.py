"""How well the importer finds the predictions a curator found in the real seed notes.

The seed fixtures hold the claims a curator entered by hand from
``fixtures/seed-notes.txt``; a candidate matches a fixture claim when it contains
(nearly) all the words of the fixture's quote.
"""

import datetime
import re

import pytest
from django.conf import settings
from django.core.management import call_command

from claims.choices import ClaimKind, DatePrecision
from claims.importing.services import ImportOptions, SourceChoice, import_apply, import_plan
from claims.models import Claim

pytestmark = pytest.mark.django_db

SEED_NOTES = settings.BASE_DIR / "fixtures" / "seed-notes.txt"
MAPPING = {
    "": "ben-thompson",
    "Intro": "noam-shazeer",
    "Sarah": "sarah-guo",
    "Aarthi": "aarthi-ramamurthy",
    "Sriram": "sriram-krishnan",
    "Elad": "elad-gil",
}
EMAD_SECTION = {95: "emad-mostaque"}
_WORD = re.compile(r"\w+")


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower().replace("’", "'")))


def _matches(fixture_quote: str, candidate_quote: str) -> bool:
    wanted = _words(fixture_quote)
    return len(wanted & _words(candidate_quote)) >= 0.8 * len(wanted)


@pytest.fixture
def plan():
    assert SEED_NOTES.exists(), f"{SEED_NOTES} is missing"
    call_command("loaddata", "seed", verbosity=0)
    options = ImportOptions(
        source=SourceChoice(
            title="Seed notes",
            published_on=datetime.date(2022, 10, 1),
            precision=DatePrecision.MONTH,
        ),
        speakers=MAPPING,
        sections=EMAD_SECTION,
    )
    return import_plan(data=SEED_NOTES.read_bytes(), file_name="seed-notes.txt", options=options)


def test_candidates_include_nine_in_ten_seed_predictions_attributed_to_their_speaker(plan):
    predictions = list(Claim.objects.filter(kind=ClaimKind.PREDICTION).select_related("speaker"))
    assert len(predictions) >= 15
    found = [
        p
        for p in predictions
        if any(
            _matches(p.quote, c.quote) and c.speaker.speaker == p.speaker for c in plan.candidates
        )
    ]
    missed = [p.quote for p in predictions if p not in found]
    recall = len(found) / len(predictions)
    assert recall >= 0.9, f"recall {recall:.0%}; missed: {missed}"


def test_most_candidates_marked_as_predictions_are_predictions(plan):
    predictions = list(Claim.objects.filter(kind=ClaimKind.PREDICTION))
    marked = [c for c in plan.candidates if c.kind == ClaimKind.PREDICTION]
    right = [c for c in marked if any(_matches(p.quote, c.quote) for p in predictions)]
    precision = len(right) / len(marked)
    wrong = [c.quote for c in marked if c not in right]
    assert precision >= 0.6, f"precision {precision:.0%}; not predictions: {wrong}"


def test_seed_claims_found_again_are_flagged_as_duplicates_of_the_curators_claims(plan):
    seeded = list(Claim.objects.all())
    flagged = {c.duplicate_of.pk for c in plan.candidates if c.duplicate_of is not None}
    found_again = [
        claim
        for claim in seeded
        if any(
            _matches(claim.quote, c.quote) and c.speaker.speaker == claim.speaker
            for c in plan.candidates
        )
    ]
    assert len(flagged & {c.pk for c in found_again}) >= 0.8 * len(found_again)


def test_every_statement_of_the_runway_interview_is_its_guests_or_a_hosts(plan):
    # Lines 2-38 are the Runway interview: no line in it opens another appearance.
    keys = {c.speaker.key for c in plan.candidates if 2 <= c.statement.line <= 38}
    assert keys == {"Cristobal Valenzuela", "Sarah"}
    assert len(plan.sources) == 1


def test_the_seed_notes_import_in_one_go_as_drafts(plan):
    before = Claim.objects.count()
    result = import_apply(plan=plan)
    assert len(result.claims) == len(plan.candidates)
    assert Claim.objects.count() == before + len(plan.candidates)
    assert Claim.objects.public().count() == before
