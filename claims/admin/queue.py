"""What the review queue adds to a plain list: imports as groups, and bulk outcomes.

The queue lists drafts import by import, the newest import first, and within an
import in the order of the document. Each import's drafts are introduced by a
header row naming the file, its source, who imported it and how many of its
drafts are still waiting (``QueueChangeList``; the rows are laid out by the
template ``admin/claims/draftclaim/change_list_results.html``).
"""

from dataclasses import dataclass

from django.contrib import admin, messages
from django.contrib.admin.views.main import ORDER_VAR, ChangeList
from django.db.models import Count, F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html

from claims.admin.errors import error_text
from claims.choices import ReviewState
from claims.importing.services import DraftsOutcome
from claims.models import Claim, ImportBatch, ImportedCandidate

BATCH_PARAMETER = "import_record__batch__id__exact"
# Drafts are written in the order of their document, each with its import record
# (``claims.importing.writing``), so the record's id is the draft's place in the
# document: unlike the locator ("line 9", "line 10", "00:01:02"), which a curator
# may edit, it sorts as the document reads. Drafts entered by hand come last.
QUEUE_ORDERING = [
    F("import_record__batch__created_at").desc(nulls_last=True),
    F("import_record__batch_id").desc(nulls_last=True),
    F("import_record__id").asc(nulls_last=True),
    "-created_at",
    "-pk",
]
REFUSALS_LISTED = 5
_START = object()


def queue_url(batch: ImportBatch | int | None = None) -> str:
    """The review queue, or only one import's drafts."""
    url = reverse("admin:claims_draftclaim_changelist")
    batch_id = getattr(batch, "pk", batch)
    return f"{url}?{BATCH_PARAMETER}={batch_id}" if batch_id else url


class ImportBatchFilter(admin.SimpleListFilter):
    """The imports that still have drafts waiting, newest first (one query)."""

    title = "import"
    parameter_name = BATCH_PARAMETER

    def lookups(self, request, model_admin):
        batches = (
            ImportBatch.objects.filter(candidates__claim__review_state=ReviewState.DRAFT)
            .select_related("source")
            .distinct()
            .order_by("-created_at", "-pk")
        )
        return [(str(batch.pk), batch_label(batch)) for batch in batches]

    def queryset(self, request, queryset):
        value = self.value()
        if value is None:
            return queryset
        if not value.isdigit():
            return queryset.none()
        return queryset.filter(import_record__batch_id=int(value))


def next_draft(claim: Claim) -> Claim | None:
    """The draft after ``claim`` in its import's document still waiting, if any."""
    record = ImportedCandidate.objects.filter(claim_id=claim.pk).first()
    if record is None:
        return None
    return (
        Claim.objects.filter(
            review_state=ReviewState.DRAFT,
            import_record__batch_id=record.batch_id,
            import_record__id__gt=record.pk,
        )
        .order_by("import_record__id")
        .first()
    )


def batch_label(batch: ImportBatch) -> str:
    when = date_format(timezone.localtime(batch.created_at), "DATETIME_FORMAT")
    return f"{batch.file_name or 'document'} → {batch.source.title} ({when})"


@dataclass(frozen=True)
class BatchHeader:
    """The row above an import's drafts in the queue."""

    batch: ImportBatch | None
    waiting: int

    @property
    def html(self) -> str:
        if self.batch is None:
            return format_html("<strong>{}</strong>", "Drafts entered by hand")
        batch = self.batch
        by = f" by {batch.created_by}" if batch.created_by_id else ""
        return format_html(
            '<strong>Import of {}</strong> into <a href="{}">{}</a>, {}{} · '
            '{} of {} drafts waiting · <a href="{}">only this import</a>',
            batch.file_name or "a document",
            reverse("admin:claims_source_change", args=[batch.source_id]),
            batch.source.title,
            date_format(timezone.localtime(batch.created_at), "DATETIME_FORMAT"),
            by,
            self.waiting,
            batch.created_count,
            queue_url(batch),
        )


class QueueChangeList(ChangeList):
    """A changelist that knows the imports of the drafts on its page."""

    @property
    def grouped(self) -> bool:
        """Grouped by import while the curator has not sorted by a column."""
        return ORDER_VAR not in self.params

    def get_results(self, request) -> None:
        super().get_results(request)
        ids = {_batch_id(claim) for claim in self.result_list} - {None}
        self.waiting = dict(
            ImportBatch.objects.filter(pk__in=ids)
            .annotate(
                n=Count("candidates", filter=Q(candidates__claim__review_state=ReviewState.DRAFT))
            )
            .values_list("pk", "n")
        )

    def rows_with_headers(self, rows: list) -> list[tuple[BatchHeader | None, list]]:
        """Pair each rendered row with the header to put above it, if any."""
        paired, previous = [], _START
        for claim, row in zip(self.result_list, rows, strict=True):
            batch_id = _batch_id(claim)
            header = None
            if self.grouped and batch_id != previous:
                header = BatchHeader(_batch(claim), self.waiting.get(batch_id, 0))
            previous = batch_id
            paired.append((header, row))
        return paired


def _batch(claim: Claim) -> ImportBatch | None:
    record = getattr(claim, "import_record", None)
    return record.batch if record is not None else None


def _batch_id(claim: Claim) -> int | None:
    record = getattr(claim, "import_record", None)
    return record.batch_id if record is not None else None


def outcome_message(
    outcome: DraftsOutcome, *, did: str, verb: str, missing: int = 0
) -> tuple[str, int]:
    """One line saying what a bulk decision did and, for each draft it refused, why.

    ``did`` is the past tense ("Published"), ``verb`` the infinitive ("published");
    ``missing`` counts selected drafts that had left the queue meanwhile. Returns
    the message and its level.
    """
    done, refused = len(outcome.done), len(outcome.refused)
    text = f"{did} {done} draft{'s' if done != 1 else ''}"
    if refused:
        reasons = "; ".join(
            f"#{claim.pk} “{_short(claim.statement)}”: {error_text(error)}"
            for claim, error in outcome.refused[:REFUSALS_LISTED]
        )
        more = refused - REFUSALS_LISTED
        reasons += f"; and {more} more" if more > 0 else ""
        text += f"; {refused} could not be {verb}: {reasons}"
    if missing:
        text += f"; {missing} selected had already left the queue"
    level = messages.SUCCESS if not refused else messages.WARNING if done else messages.ERROR
    return text.rstrip(".") + ".", level


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
