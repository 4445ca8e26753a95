"""Table tests: a likely duplicate points at the original, the root of a chain of
duplicates, when planned, written and merged."""

import datetime

import pytest

from claims.choices import ReviewState
from claims.importing.duplicates import duplicate_root_id
from claims.importing.services import (
    ImportOptions,
    SourceChoice,
    draft_merge,
    import_document,
    import_plan,
)
from claims.models import Claim, Speaker
from tests.factories import ClaimFactory, SpeakerFactory

pytestmark = pytest.mark.django_db

SOURCE = SourceChoice(title="Episode", published_on=datetime.date(2024, 6, 1))


def _plan(text: str, name: str):
    return import_plan(data=text.encode(), file_name=name, options=ImportOptions(source=SOURCE))


# ---- 10. A likely duplicate points at the original, the root of a chain of duplicates.

ORIGINAL = "Solid-state batteries are the key to cheap electric cars."
COPY = "Solid-state batteries are the key to cheap electric cars, I think."
COPY_OF_COPY = "Solid-state batteries are the key to cheap electric cars, I think so."


def _chain(*quotes: str, state=ReviewState.DRAFT) -> list[Claim]:
    """Claims of Maya Chen, each a duplicate of the one before (the first is the original)."""
    maya = Speaker.objects.filter(slug="maya-chen").first() or SpeakerFactory(
        name="Maya Chen", slug="maya-chen"
    )
    claims = [ClaimFactory(speaker=maya, quote=quotes[0], deadline=None)]
    for quote in quotes[1:]:
        claim = ClaimFactory(speaker=maya, quote=quote, deadline=None, review_state=state)
        Claim.objects.filter(pk=claim.pk).update(duplicate_of=claims[-1])
        claims.append(claim)
    return claims


def _caption(*lines: str) -> str:
    cues = [
        f"00:00:{2 * i + 1:02d}.000 --> 00:00:{2 * i + 2:02d}.000\nMAYA CHEN: {line}\n"
        for i, line in enumerate(lines)
    ]
    return "WEBVTT\n\n" + "\n".join(cues)


@pytest.mark.parametrize(
    ("quotes", "said"),
    [
        ((ORIGINAL, COPY), COPY_OF_COPY),  # the example: a draft that is a duplicate itself
        ((ORIGINAL, COPY, COPY_OF_COPY), COPY_OF_COPY + " Really."),  # a chain of three
        ((ORIGINAL, COPY_OF_COPY), COPY),
    ],
)
def test_a_candidate_like_a_duplicate_points_at_its_original(quotes, said):
    original, *_ = _chain(*quotes)
    (candidate,) = _plan(_caption(said), "talk.vtt").candidates
    assert candidate.duplicate_of == original
    assert candidate.duplicate_of_candidate is None


def test_a_candidate_like_an_earlier_duplicate_candidate_points_at_the_original_claim():
    (original,) = _chain(ORIGINAL)
    first, second = _plan(_caption(COPY, COPY_OF_COPY), "talk.vtt").candidates
    assert first.duplicate_of == original
    assert (second.duplicate_of, second.duplicate_of_candidate) == (original, None)


def test_a_chain_within_the_document_points_at_its_first_candidate():
    first, second, third = _plan(_caption(ORIGINAL, COPY, COPY_OF_COPY), "talk.vtt").candidates
    assert first.duplicate_of_candidate is None
    assert [second.duplicate_of_candidate, third.duplicate_of_candidate] == [0, 0]


def test_the_drafts_written_point_at_the_original():
    (original,) = _chain(ORIGINAL)
    import_document(
        data=_caption(COPY, COPY_OF_COPY).encode(),
        file_name="talk.vtt",
        options=ImportOptions(source=SOURCE),
    )
    drafts = Claim.objects.filter(review_state=ReviewState.DRAFT).order_by("pk")
    assert [d.duplicate_of_id for d in drafts] == [original.pk, original.pk]


def test_merging_into_a_duplicate_merges_into_its_original(curator):
    original, copy = _chain(ORIGINAL, COPY)
    draft = ClaimFactory(speaker=original.speaker, review_state=ReviewState.DRAFT)
    draft_merge(claim=draft, into=copy, actor=curator)
    draft.refresh_from_db()
    assert (draft.duplicate_of_id, draft.review_state) == (original.pk, ReviewState.REJECTED)


@pytest.mark.parametrize(
    ("links", "start", "root"),
    [
        ({3: 2, 2: 1, 1: None}, 3, 1),
        ({3: None}, 3, 3),
        ({3: 2, 2: 3}, 3, 2),  # a loop ends before it closes
        ({4: 3, 3: 2, 2: 1, 1: None}, 4, 1),
    ],
)
def test_the_root_of_a_chain_of_duplicates(links, start, root):
    assert duplicate_root_id(start, links) == root
