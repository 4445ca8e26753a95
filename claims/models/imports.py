"""What an import leaves besides the draft claims: the batch and one record per candidate.

The records make imports repeatable: a statement already proposed for a source
(same speaker label, same words) is never proposed again, whatever became of
the draft, because ``ImportedCandidate`` holds its fingerprint under a unique
constraint.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q

from claims.models.claim import Claim
from claims.models.sources import Source


class ImportFormat(models.TextChoices):
    NOTES = "notes", "notes (plain text or Markdown)"
    WEBVTT = "webvtt", "WebVTT transcript"
    SRT = "srt", "SRT transcript"
    SSA = "ssa", "SubStation Alpha subtitles (.ass, .ssa)"


class ImportBatch(models.Model):
    """One document imported into one source, and what it added."""

    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="import_batches")
    file_name = models.CharField(max_length=255, blank=True)
    file_sha256 = models.CharField(max_length=64)
    file_format = models.CharField(max_length=10, choices=ImportFormat.choices)
    line_count = models.PositiveIntegerField(default=0)
    statement_count = models.PositiveIntegerField(default=0)
    created_count = models.PositiveIntegerField(default=0, help_text="Draft claims added.")
    duplicate_count = models.PositiveIntegerField(
        default=0, help_text="Drafts flagged as a likely duplicate of an existing claim."
    )
    skipped_count = models.PositiveIntegerField(
        default=0, help_text="Statements proposed by an earlier import of this source."
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="import_batches",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        app_label = "claims"
        ordering = ["-created_at", "-pk"]
        verbose_name = "import"
        verbose_name_plural = "imports"
        constraints = [
            models.CheckConstraint(
                condition=Q(file_format__in=ImportFormat.values), name="import_format_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.file_name or 'document'} → {self.source.title}"


class ImportedCandidate(models.Model):
    """A draft claim proposed by an import, remembered by the words it was proposed from."""

    batch = models.ForeignKey(ImportBatch, on_delete=models.CASCADE, related_name="candidates")
    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="+")
    claim = models.OneToOneField(Claim, on_delete=models.CASCADE, related_name="import_record")
    fingerprint = models.CharField(max_length=64)
    speaker_label = models.CharField(
        max_length=200, blank=True, help_text="The speaker as named in the document."
    )

    class Meta:
        app_label = "claims"
        constraints = [
            # Re-importing a document, or an edited copy of it, adds only what is new.
            models.UniqueConstraint(
                fields=["source", "fingerprint"], name="imported_candidate_once_per_source"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.claim_id} from {self.batch_id}"


class DraftClaim(Claim):
    """The review queue's view of claims: drafts waiting for a curator."""

    class Meta:
        app_label = "claims"
        proxy = True
        verbose_name = "draft claim (review queue)"
        verbose_name_plural = "review queue"
