"""Sources (appearances) and who took part in them."""

from django.db import models
from simple_history.models import HistoricalRecords

from claims.choices import (
    DatePrecision,
    ParticipantRole,
    SourceKind,
)
from claims.history import HistoryPathModel
from claims.models.common import LINE, _choice_check, _text, format_partial_date
from claims.models.speakers import Speaker
from claims.validators import (
    NOTES_MAX,
    length_check,
)


class SourceQuerySet(models.QuerySet):
    def public(self) -> "SourceQuerySet":
        """Sources with a published claim (an import's source stays private until then)."""
        from claims.models.claim import Claim  # defined after sources (it points to them)

        return self.filter(
            models.Exists(Claim.objects.filter(source=models.OuterRef("pk")).public())
        )


class Source(models.Model):
    """Where claims were made: a podcast episode, an essay, a talk, a post."""

    kind = models.CharField(max_length=20, choices=SourceKind.choices, default=SourceKind.PODCAST)
    title = models.CharField(max_length=300, validators=LINE)
    publisher = models.CharField(
        max_length=200, blank=True, validators=LINE, help_text="The show, publication or event."
    )
    url = models.URLField(max_length=500, blank=True)
    published_on = models.DateField(
        help_text="The first day of the period when only the month or year is known."
    )
    published_precision = models.CharField(
        max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY
    )
    notes = _text(NOTES_MAX, blank=True, help_text="Internal notes; never public.")
    participants = models.ManyToManyField(
        Speaker, through="SourceParticipant", related_name="appearances", blank=True
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = SourceQuerySet.as_manager()
    history = HistoricalRecords(bases=[HistoryPathModel])

    class Meta:
        ordering = ["-published_on", "title"]
        constraints = [
            _choice_check("kind", SourceKind, "source_kind_valid"),
            _choice_check("published_precision", DatePrecision, "source_precision_valid"),
            length_check("notes", NOTES_MAX, "source_notes_length"),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.published_display})"

    @property
    def published_display(self) -> str:
        return format_partial_date(self.published_on, self.published_precision)


class SourceParticipant(models.Model):
    """A speaker's part in a source: host, guest, author."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="participations")
    speaker = models.ForeignKey(Speaker, on_delete=models.PROTECT, related_name="participations")
    role = models.CharField(max_length=10, choices=ParticipantRole.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["source", "speaker"], name="participant_once"),
            _choice_check("role", ParticipantRole, "participant_role_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.speaker} ({self.role})"
