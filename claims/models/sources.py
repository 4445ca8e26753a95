"""Sources (appearances) and who took part in them."""

from django.core.exceptions import ValidationError
from django.db import models
from simple_history.models import HistoricalRecords

from claims.choices import (
    DatePrecision,
    ParticipantRole,
    SourceKind,
)
from claims.history import HistoryPathModel
from claims.models.common import (
    LINE,
    _choice_check,
    _text,
    format_partial_date,
    period_bounds,
    period_start,
)
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

    def clean(self) -> None:
        """Refuse a date that would leave some of the source's claims said outside it.

        A claim is said on its source's date, to the source's precision (see
        ``claims.services.claim_check_said_on_source``); a source's new date must
        keep every claim recorded from it, drafts and rejected ones included,
        within its period. Raises ``ValidationError`` keyed by ``published_on``
        naming how many claims, and the first of them.
        """
        super().clean()
        if (
            self.pk is None
            or self.published_on is None
            or self.published_precision not in DatePrecision.values
        ):
            return
        start, end = period_bounds(self.published_on, self.published_precision)
        # A claim's period ends before ``start`` when the period of ``start`` at the
        # claim's precision begins after the claim's (stored as its first day).
        before = models.Q()
        for precision in DatePrecision.values:
            before |= models.Q(
                said_on_precision=precision, said_on__lt=period_start(start, precision)
            )
        outside = self.claims.filter(models.Q(said_on__gt=end) | before).order_by("said_on", "pk")
        first = outside.first()
        if first is None:
            return
        count = outside.count()
        said = format_partial_date(first.said_on, first.said_on_precision)
        dated = format_partial_date(self.published_on, self.published_precision)
        raise ValidationError(
            {
                "published_on": f"{count} claim{'s' if count != 1 else ''} of this source "
                f"{'were' if count != 1 else 'was'} said outside {dated} (the first: claim "
                f"{first.pk}, said {'on' if first.said_on_precision == DatePrecision.DAY else 'in'}"
                f" {said}). A claim is said on its source's date: correct the claims' said-on "
                "dates first, or keep the source's date."
            }
        )


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
