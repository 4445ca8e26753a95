"""The database itself refuses bad data, whatever path it comes through."""

import datetime

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from claims.choices import DeadlineSource
from claims.models import Claim, Resolution, Speaker
from tests.factories import ClaimFactory, SpeakerFactory

pytestmark = pytest.mark.django_db


def _refused(**changes) -> None:
    claim = ClaimFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.filter(pk=claim.pk).update(**changes)


def test_deadline_before_said_on_is_refused():
    _refused(said_on=datetime.date(2024, 1, 2), deadline=datetime.date(2024, 1, 1))


@pytest.mark.parametrize("confidence", [-0.01, 1.01, 7])
def test_confidence_outside_zero_to_one_is_refused(confidence):
    _refused(confidence=confidence)


def test_confidence_at_the_bounds_is_accepted():
    claim = ClaimFactory()
    for value in (0.0, 1.0):
        Claim.objects.filter(pk=claim.pk).update(confidence=value)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("verdict", "maybe"),
        ("kind", "rumour"),
        ("said_on_precision", "week"),
        ("deadline_source", "guess"),
        ("review_state", "hidden"),
    ],
)
def test_values_outside_their_choices_are_refused(field, value):
    extra = {"resolved_at": timezone.now()} if field == "verdict" else {}
    _refused(**{field: value}, **extra)


def test_a_verdict_without_a_resolution_time_is_refused():
    _refused(verdict="true")


def test_a_deadline_without_its_source_is_refused():
    _refused(deadline_source=DeadlineSource.NONE)


def test_no_deadline_claiming_to_be_derived_is_refused():
    _refused(deadline=None, deadline_precision="", deadline_source=DeadlineSource.DERIVED)


def test_blank_quote_is_refused():
    _refused(quote="")


def test_speaker_slugs_are_unique():
    SpeakerFactory(slug="emad-mostaque")
    with pytest.raises(IntegrityError), transaction.atomic():
        Speaker.objects.create(name="Someone else", slug="emad-mostaque")


def test_only_one_current_resolution_per_claim():
    claim = ClaimFactory()
    Resolution.objects.create(claim=claim, verdict="true", rationale="It happened.")
    with pytest.raises(IntegrityError), transaction.atomic():
        Resolution.objects.create(claim=claim, verdict="false", rationale="It did not.")


def test_a_retracted_resolution_needs_a_reason():
    claim = ClaimFactory()
    resolution = Resolution.objects.create(claim=claim, verdict="true", rationale="It happened.")
    with pytest.raises(IntegrityError), transaction.atomic():
        Resolution.objects.filter(pk=resolution.pk).update(retracted_at=timezone.now())


def test_resolution_verdict_outside_the_set_is_refused():
    claim = ClaimFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Resolution.objects.create(claim=claim, verdict="kinda", rationale="Hmm.")
