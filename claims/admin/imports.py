"""The import page and the review queue in the admin.

"Imports" lists what was imported; its add page is the upload form, with a
preview of the candidates before anything is written. The "review queue" shows
draft claims only: publish, edit then publish, reject, or merge a draft into an
existing claim. Every write goes through the importing services, which call
``claims.services``.
"""

import base64

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.templatetags.admin_urls import add_preserved_filters
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Count, Q
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html

from claims import services
from claims.admin.errors import (
    ServiceFormAdminMixin,
    ServiceRefusedError,
    add_service_errors,
)
from claims.admin.forms import (
    DEADLINE_FIELDSET,
    WHAT_WAS_SAID_FIELDSET,
    AssignableCuratorMixin,
    NotItsOwnDuplicateMixin,
)
from claims.admin.queue import (
    BATCH_PARAMETER,
    QUEUE_ORDERING,
    ImportBatchFilter,
    QueueChangeList,
    next_draft,
    outcome_message,
    queue_url,
)
from claims.choices import ReviewState
from claims.importing import cli
from claims.importing.errors import ImportFileError
from claims.importing.forms import SECTION_DATE, SECTION_SOURCE, ImportForm
from claims.importing.parsing import ParsedDocument, parse_document
from claims.importing.reading import MAX_BYTES, read_document
from claims.importing.services import (
    draft_merge,
    draft_publish,
    draft_reject,
    drafts_merge,
    drafts_publish,
    drafts_reject,
    import_apply,
    import_plan,
)
from claims.models import Claim, DraftClaim, ImportBatch, Source

SESSION_KEY = "claims_import_file"
SESSION_MAX_BYTES = 5 * 1024 * 1024


@admin.register(ImportBatch)
class ImportBatchAdmin(admin.ModelAdmin):
    """What was imported; adding one is uploading a document."""

    list_display = [
        "created_at",
        "file_name",
        "source",
        "file_format",
        "created_count",
        "duplicate_count",
        "skipped_count",
        "created_by",
        "review_link",
    ]
    list_select_related = ["source", "created_by"]
    readonly_fields = [f.name for f in ImportBatch._meta.fields]

    def get_queryset(self, request):
        waiting = Q(candidates__claim__review_state=ReviewState.DRAFT)
        return super().get_queryset(request).annotate(waiting=Count("candidates", filter=waiting))

    def has_add_permission(self, request):
        return request.user.has_perm("claims.add_claim")

    def has_view_permission(self, request, obj=None):
        return request.user.has_perm("claims.view_claim")

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description="drafts waiting", ordering="waiting")
    def review_link(self, batch: ImportBatch) -> str:
        return format_html('<a href="{}">{} to review</a>', queue_url(batch), batch.waiting)

    def add_view(self, request, form_url="", extra_context=None):
        if not self.has_add_permission(request):
            return self._denied(request)
        form = ImportForm(request.POST or None, request.FILES or None)
        if "file" in request.FILES:
            # A new file replaces the one kept from the preview, even one refused (empty).
            request.session.pop(SESSION_KEY, None)
        context = {"form": form, "stored_name": request.session.get(SESSION_KEY, {}).get("name")}
        if request.method == "POST" and form.is_valid():
            response = self._submit(request, form, context)
            if response is not None:
                return response
        return self._page(request, context)

    def _denied(self, request):
        raise PermissionDenied

    def _file(self, request, form) -> tuple[str, bytes]:
        """The uploaded file, or the one kept from the preview."""
        upload = form.cleaned_data.get("file")
        if upload is not None:
            # Django keeps a large upload in a temporary file: refuse it by its size
            # before reading it into memory.
            if upload.size > MAX_BYTES:
                raise ImportFileError(f"The file is larger than {MAX_BYTES // (1024 * 1024)} MB.")
            data = upload.read()
            request.session.pop(SESSION_KEY, None)
            if len(data) <= SESSION_MAX_BYTES:
                request.session[SESSION_KEY] = {
                    "name": upload.name,
                    "data": base64.b64encode(data).decode(),
                }
            return upload.name, data
        stored = request.session.get(SESSION_KEY)
        if not stored:
            raise ImportFileError("Choose a file to import.")
        return stored["name"], base64.b64decode(stored["data"])

    def _submit(self, request, form, context):
        data = None
        try:
            name, data = self._file(request, form)
            context["stored_name"] = name
            plan = import_plan(data=data, file_name=name, options=form.cleaned_data["options"])
            context["sections"] = section_rows(plan.document, plan, request.POST)
            if "_import" not in request.POST:
                context.update(plan=plan, headers=cli.HEADERS, rows=cli.plan_rows(plan))
                return None
            result = import_apply(plan=plan, actor=request.user)
        except ImportFileError as error:
            form.add_error(None, f"{error.on_page().rstrip('.')}. Nothing was imported.")
            if data is not None and "sections" not in context:
                context["sections"] = section_rows(parsed_sections(data), None, request.POST)
            return None
        except ValidationError as error:
            add_service_errors(form, error)
            form.add_error(None, "Nothing was imported.")
            return None
        request.session.pop(SESSION_KEY, None)
        for note in result.notes:
            self.message_user(request, note, messages.INFO)
        if result.batch is None:
            nothing = cli.nothing_added(result.skipped, result.repeated)
            self.message_user(request, nothing, messages.WARNING)
            return HttpResponseRedirect(queue_url())
        self.message_user(
            request,
            f"Added {result.batch.created_count} draft claims ({result.duplicates} likely "
            f"duplicates, {cli.not_added(result.skipped, result.repeated)}).",
            messages.SUCCESS,
        )
        return HttpResponseRedirect(queue_url(result.batch))

    def _page(self, request, context):
        return TemplateResponse(
            request,
            "admin/claims/importing/upload.html",
            {
                **self.admin_site.each_context(request),
                "opts": self.opts,
                "title": "Import notes or a transcript",
                "source_choices": Source.objects.order_by("-published_on", "title")[:500]
                if context.get("sections")
                else [],
                **context,
            },
        )


def parsed_sections(data: bytes) -> ParsedDocument | None:
    """The document's sections, to let the curator pick their sources after an error."""
    try:
        return parse_document(read_document(data))
    except ImportFileError:
        return None


def section_rows(document: ParsedDocument | None, plan, posted) -> list[dict]:
    """One row per section of notes: its heading, its planned source, the curator's picks."""
    if document is None or len(document.sections) < 2:
        return []
    planned = {}
    if plan is not None:
        for source in plan.sources:
            planned.update(dict.fromkeys(source.lines, source.display))
    # A section that says nothing (the document's title) needs no source.
    speaking = {statement.section for statement in document.statements}
    return [
        {
            "line": section.line,
            "heading": section.heading or "(before the first heading)",
            "planned": planned.get(section.line, ""),
            "source_field": f"{SECTION_SOURCE}{section.line}",
            "date_field": f"{SECTION_DATE}{section.line}",
            "source_value": posted.get(f"{SECTION_SOURCE}{section.line}", ""),
            "date_value": posted.get(f"{SECTION_DATE}{section.line}", ""),
        }
        for section in document.sections
        if section.index in speaking
    ]


class LikelyDuplicateFilter(admin.SimpleListFilter):
    title = "likely duplicate"
    parameter_name = "duplicate"

    def lookups(self, request, model_admin):
        return [("yes", "flagged"), ("no", "not flagged")]

    def queryset(self, request, queryset):
        if self.value() in ("yes", "no"):
            return queryset.filter(duplicate_of__isnull=self.value() == "no")
        return queryset


# What a curator edits on a draft: what ``claim_update`` accepts, and the topics;
# the review state changes by publishing, rejecting or merging.
DRAFT_FIELDS = sorted((services.EDITABLE_CLAIM_FIELDS - {"review_state"}) | {"topics"})


class DraftForm(forms.ModelForm):
    """A draft as a curator edits it, carrying the version they started from."""

    expected_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = DraftClaim
        fields = DRAFT_FIELDS

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["expected_version"].initial = self.instance.version


@admin.register(DraftClaim)
class DraftClaimAdmin(
    NotItsOwnDuplicateMixin, AssignableCuratorMixin, ServiceFormAdminMixin, admin.ModelAdmin
):
    """Drafts waiting for review, import by import (newest first) in document order."""

    form = DraftForm
    list_display = [
        "statement_short",
        "speaker",
        "kind",
        "locator",
        "deadline",
        "duplicate_link",
        "source",
    ]
    list_filter = [
        ImportBatchFilter,
        "kind",
        LikelyDuplicateFilter,
        ("source", admin.RelatedOnlyFieldListFilter),
        ("speaker", admin.RelatedOnlyFieldListFilter),
    ]
    search_fields = ["quote", "statement", "speaker__name"]
    list_select_related = [
        "speaker",
        "source",
        "duplicate_of",
        "import_record__batch__source",
        "import_record__batch__created_by",
    ]
    readonly_fields = ["imported_from", "deadline_source", "deadline_rule", "needs_deadline"]
    # Not the assigned curator: the users' autocomplete needs a permission curators lack.
    autocomplete_fields = ["speaker", "source", "topics", "duplicate_of"]
    fieldsets = [
        (None, {"fields": ["imported_from", "speaker", "source", "locator", "kind"]}),
        WHAT_WAS_SAID_FIELDSET,
        DEADLINE_FIELDSET,
        (
            "Curation",
            {
                "fields": [
                    "confidence",
                    "topics",
                    "assigned_curator",
                    "duplicate_of",
                    "internal_notes",
                    "expected_version",
                ]
            },
        ),
    ]
    actions = ["publish_drafts", "reject_drafts", "merge_flagged"]
    change_form_template = "admin/claims/importing/draft_change_form.html"

    class Media:
        css = {"all": ["claims/admin.css"]}
        js = ["admin/js/jquery.init.js", "claims/draft_review.js"]

    def get_queryset(self, request):
        return super().get_queryset(request).filter(review_state=ReviewState.DRAFT)

    def get_ordering(self, request):
        return QUEUE_ORDERING

    def get_changelist(self, request, **kwargs):
        return QueueChangeList

    def lookup_allowed(self, lookup, value, request=None):
        # The import filter, and the speaker and source pages' links to their drafts.
        allowed = {BATCH_PARAMETER, "source__id__exact", "speaker__id__exact"}
        return lookup in allowed or super().lookup_allowed(lookup, value, request)

    def has_view_permission(self, request, obj=None):
        return request.user.has_perm("claims.view_claim")

    def has_change_permission(self, request, obj=None):
        return request.user.has_perm("claims.change_claim")

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description="statement", ordering="statement")
    def statement_short(self, claim: Claim) -> str:
        return claim.statement if len(claim.statement) <= 90 else claim.statement[:87] + "…"

    @admin.display(description="likely duplicate of")
    def duplicate_link(self, claim: Claim) -> str:
        if claim.duplicate_of is None:
            return ""
        url = reverse("admin:claims_claim_change", args=[claim.duplicate_of_id])
        return format_html(
            '<a href="{}">#{} {}</a>', url, claim.duplicate_of_id, claim.duplicate_of
        )

    @admin.display(description="imported from")
    def imported_from(self, claim: Claim) -> str:
        record = getattr(claim, "import_record", None)
        if record is None:
            return "Entered by hand."
        batch = record.batch
        named = (
            f", the speaker named “{record.speaker_label}” there" if record.speaker_label else ""
        )
        return format_html(
            '<a href="{}">{}</a> ({}){} · <a href="{}">the other drafts of this import</a>',
            reverse("admin:claims_importbatch_change", args=[batch.pk]),
            batch.file_name or "a document",
            claim.locator or "no locator",
            named,
            queue_url(batch),
        )

    # --- saving and deciding through the services --------------------------
    def save_model(self, request, obj, form, change):
        changes = {f: form.cleaned_data[f] for f in form.changed_data if f in DRAFT_FIELDS}
        topics = changes.pop("topics", None)
        expected = form.cleaned_data.get("expected_version")
        try:
            with transaction.atomic():
                claim = Claim.objects.get(pk=obj.pk)
                if expected != claim.version:
                    raise services.ConflictError(claim, expected or 0)
                if changes or topics is not None:
                    claim = services.claim_update(
                        claim=claim,
                        expected_version=claim.version,
                        changes=changes,
                        topics=topics,
                        actor=request.user,
                    )
                self._decide(request, claim)
        except (ValidationError, services.ConflictError) as error:
            raise ServiceRefusedError(error) from None
        except IntegrityError as error:
            # A rule the services do not check yet: still the curator's error, not a 500.
            refusal = ValidationError(f"The database refused the change ({error}).")
            raise ServiceRefusedError(refusal) from None

    def save_related(self, request, form, formsets, change):
        # The topics were saved by ``claim_update`` with the rest, as one history entry.
        for formset in formsets:
            self.save_formset(request, form, formset, change=change)

    def _decide(self, request, claim: Claim) -> None:
        if "_publish" in request.POST:
            draft_publish(claim=claim, actor=request.user)
            messages.success(request, f"Published claim {claim.pk}.")
        elif "_reject" in request.POST:
            draft_reject(claim=claim, actor=request.user)
            messages.success(request, f"Rejected claim {claim.pk}.")
        elif "_merge" in request.POST:
            if claim.duplicate_of_id is None:
                raise ValidationError(
                    {"duplicate_of": "Pick the claim to merge into in “duplicate of”."}
                )
            into = Claim.objects.get(pk=claim.duplicate_of_id)
            draft_merge(claim=claim, into=into, actor=request.user)
            messages.success(request, f"Merged claim {claim.pk} into {into.pk}.")

    def response_change(self, request, obj):
        if {"_publish", "_reject", "_merge"} & set(request.POST):
            return HttpResponseRedirect(self._after_decision(request, obj))
        return super().response_change(request, obj)

    def _after_decision(self, request, obj) -> str:
        """The next draft of the same import, in document order; else the queue."""
        following = next_draft(obj)
        if following is None:
            url = reverse("admin:claims_draftclaim_changelist")
        else:
            url = reverse("admin:claims_draftclaim_change", args=[following.pk])
            messages.info(request, f"Next draft of this import: {following.locator or '#'}.")
        filters = self.get_preserved_filters(request)
        return add_preserved_filters({"preserved_filters": filters, "opts": self.opts}, url)

    # --- bulk decisions: each draft all or nothing, every refusal reported --
    def _report(self, request, outcome, *, did: str, verb: str) -> None:
        missing = 0
        if request.POST.get("select_across") != "1":
            selected = set(request.POST.getlist(admin.helpers.ACTION_CHECKBOX_NAME))
            missing = max(len(selected) - len(outcome.done) - len(outcome.refused), 0)
        text, level = outcome_message(outcome, did=did, verb=verb, missing=missing)
        self.message_user(request, text, level)

    @admin.action(description="Publish the selected drafts", permissions=["change"])
    def publish_drafts(self, request, queryset):
        outcome = drafts_publish(claims=list(queryset), actor=request.user)
        self._report(request, outcome, did="Published", verb="published")

    @admin.action(description="Reject the selected drafts", permissions=["change"])
    def reject_drafts(self, request, queryset):
        outcome = drafts_reject(claims=list(queryset), actor=request.user)
        self._report(request, outcome, did="Rejected", verb="rejected")

    @admin.action(
        description="Merge the selected drafts into the claims they duplicate",
        permissions=["change"],
    )
    def merge_flagged(self, request, queryset):
        outcome = drafts_merge(claims=list(queryset), actor=request.user)
        self._report(request, outcome, did="Merged", verb="merged")
