"""Speakers and the topics claims are grouped under."""

from django.db import models
from django.db.models import Q
from simple_history.models import HistoricalRecords

from claims.history import HistoryPathModel
from claims.models.common import LINE, _text
from claims.validators import (
    BIO_MAX,
    DESCRIPTION_MAX,
    length_check,
    validate_url_list,
)


class Topic(models.Model):
    """A subject claims are grouped under ("generative video", "AI funding")."""

    name = models.CharField(max_length=100, unique=True, validators=LINE)
    slug = models.SlugField(max_length=100, unique=True)
    description = _text(DESCRIPTION_MAX, blank=True)

    class Meta:
        ordering = ["name"]
        constraints = [length_check("description", DESCRIPTION_MAX, "topic_description_length")]

    def __str__(self) -> str:
        return self.name


class SpeakerQuerySet(models.QuerySet):
    def public(self) -> "SpeakerQuerySet":
        """Speakers with a published claim, or taking part in a source that has one.

        An import creates speakers before anyone reviewed what they said: they stay
        out of every public list until a curator publishes one of the claims.
        """
        # Claims and sources are defined after speakers (they point to them).
        from claims.models.claim import Claim
        from claims.models.sources import SourceParticipant

        claims = Claim.objects.filter(speaker=models.OuterRef("pk")).public()
        appearances = SourceParticipant.objects.filter(speaker=models.OuterRef("pk")).filter(
            models.Exists(Claim.objects.filter(source=models.OuterRef("source")).public())
        )
        return self.filter(models.Exists(claims) | models.Exists(appearances))


class Speaker(models.Model):
    """A person who makes claims."""

    name = models.CharField(max_length=200, validators=LINE)
    slug = models.SlugField(max_length=200, unique=True)
    bio = _text(BIO_MAX, blank=True)
    affiliations = models.CharField(
        max_length=300,
        blank=True,
        validators=LINE,
        help_text="Organisations and roles, comma-separated.",
    )
    links = models.JSONField(
        default=list,
        blank=True,
        validators=[validate_url_list],
        help_text="The speaker's own pages: http(s) URLs, one per line.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = SpeakerQuerySet.as_manager()
    history = HistoricalRecords(bases=[HistoryPathModel])

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(condition=~Q(slug=""), name="speaker_slug_not_blank"),
            length_check("bio", BIO_MAX, "speaker_bio_length"),
        ]

    def __str__(self) -> str:
        return self.name
