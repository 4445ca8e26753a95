"""Resolutions (verdicts) of claims and the evidence behind them."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format
from simple_history.models import HistoricalRecords

from claims.choices import (
    Verdict,
)
from claims.history import HistoryPathModel
from claims.models.claim import Claim
from claims.models.common import RETRACTION_REASON_MAX, _choice_check, _text
from claims.validators import (
    EXCERPT_MAX,
    RATIONALE_MAX,
    REASON_MAX,
    length_check,
)


class Resolution(models.Model):
    """One verdict given on a claim. Revisions and reopenings keep the earlier ones.

    At most one resolution per claim is current (``retracted_at`` is null); a
    revision retracts the current one with the stated reason and adds a new one.
    """

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="resolutions")
    verdict = models.CharField(max_length=12, choices=Verdict.choices)
    rationale = _text(RATIONALE_MAX)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="resolutions",
    )
    resolved_at = models.DateTimeField(default=timezone.now)
    revision_reason = _text(
        REASON_MAX,
        blank=True,
        help_text="Why an earlier verdict was revised; required for a revision.",
    )
    retracted_at = models.DateTimeField(null=True, blank=True)
    retracted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    retraction_reason = _text(RETRACTION_REASON_MAX, blank=True)

    history = HistoricalRecords(bases=[HistoryPathModel])

    class Meta:
        ordering = ["-resolved_at", "-pk"]
        constraints = [
            _choice_check("verdict", Verdict, "resolution_verdict_valid"),
            models.UniqueConstraint(
                fields=["claim"],
                condition=Q(retracted_at__isnull=True),
                name="one_current_resolution_per_claim",
            ),
            models.CheckConstraint(
                condition=Q(retracted_at__isnull=True, retraction_reason="")
                | (Q(retracted_at__isnull=False) & ~Q(retraction_reason="")),
                name="resolution_retraction_has_reason",
            ),
            models.CheckConstraint(
                condition=~Q(rationale=""), name="resolution_rationale_not_blank"
            ),
            length_check("rationale", RATIONALE_MAX, "resolution_rationale_length"),
            length_check("revision_reason", REASON_MAX, "resolution_revision_reason_length"),
            length_check(
                "retraction_reason", RETRACTION_REASON_MAX, "resolution_retraction_reason_length"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_verdict_display()} ({date_format(timezone.localdate(self.resolved_at))})"

    @property
    def is_current(self) -> bool:
        return self.retracted_at is None


class Evidence(models.Model):
    """A piece of evidence behind a resolution."""

    resolution = models.ForeignKey(Resolution, on_delete=models.CASCADE, related_name="evidence")
    url = models.URLField(max_length=500)
    archive_url = models.URLField(max_length=500, blank=True)
    excerpt = _text(EXCERPT_MAX, blank=True, help_text="The part of the page that matters.")
    observed_on = models.DateField(help_text="When the evidence was seen.")

    history = HistoricalRecords(bases=[HistoryPathModel])

    class Meta:
        ordering = ["pk"]
        verbose_name_plural = "evidence"
        constraints = [
            models.CheckConstraint(condition=~Q(url=""), name="evidence_url_not_blank"),
            length_check("excerpt", EXCERPT_MAX, "evidence_excerpt_length"),
        ]

    def __str__(self) -> str:
        return self.url
