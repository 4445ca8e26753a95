"""The claims admin: list, page, resolve and reopen, CSV export."""

import csv

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import F
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join

from claims import reverting, services
from claims.admin.errors import (
    ServiceFormAdminMixin,
    ServiceRefusedError,
    error_text,
    url_pk,
)
from claims.admin.forms import (
    DEADLINE_FIELDSET,
    WHAT_WAS_SAID_FIELDSET,
    AssignableCuratorMixin,
    NotItsOwnDuplicateMixin,
    RevertForm,
)
from claims.admin.history import ReadableHistoryAdmin
from claims.admin.listing import (
    AssignedFilter,
    DueFilter,
    NeedsDeadlineFilter,
    StatusFilter,
    status_badge,
)
from claims.admin.resolving import (
    ClaimResolvingMixin,
    _claims_count,
    _claims_message,
    resolve_url,
)
from claims.choices import ReviewState
from claims.models import (
    Claim,
    Resolution,
)
from claims.status import most_overdue_ordering

# Lookups other pages link to: a source's claims, the claims a reminder digest names.
LINKED_LOOKUPS = frozenset({"source__id__exact", "id__in"})


class ResolutionInline(admin.TabularInline):
    """Every verdict the claim has had, the current one first, with its evidence."""

    model = Resolution
    extra = 0
    can_delete = False
    show_change_link = False
    fields = [
        "verdict",
        "rationale",
        "evidence_links",
        "resolved_by",
        "resolved_at",
        "revision_reason",
        "retracted_at",
        "retraction_reason",
    ]
    readonly_fields = fields
    ordering = [F("retracted_at").desc(nulls_first=True), "-resolved_at"]

    def has_add_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return (
            super().get_queryset(request).select_related("resolved_by").prefetch_related("evidence")
        )

    @admin.display(description="evidence")
    def evidence_links(self, resolution: Resolution) -> str:
        return format_html_join(
            "",
            '<div><a href="{}" rel="noopener noreferrer">{}</a> (seen {}){}</div>',
            (
                (
                    item.url,
                    item.url,
                    date_format(item.observed_on, "DATE_FORMAT"),
                    format_html(' · <a href="{}">archived</a>', item.archive_url)
                    if item.archive_url
                    else "",
                )
                for item in resolution.evidence.all()
            ),
        )


class ClaimAdminForm(forms.ModelForm):
    """Carries the version the curator started from, to refuse a concurrent overwrite."""

    expected_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Claim
        fields = "__all__"  # noqa: DJ007 - the admin lays out the fields in fieldsets

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "statement" in self.fields:
            self.fields["statement"].widget.attrs["class"] = "statement-input"
        if "said_on" in self.fields:
            self.fields["said_on"].help_text = (
                f"{self.fields['said_on'].help_text} It falls within the source's date: a "
                "claim is said in its source."
            ).strip()
        if self.instance.pk:
            self.fields["expected_version"].initial = self.instance.version

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk:
            expected = cleaned.get("expected_version")
            current = Claim.objects.filter(pk=self.instance.pk).values_list("version", flat=True)
            if expected is None or current.first() != expected:
                raise ValidationError(
                    "Someone else saved this claim after you opened it. Your changes were not "
                    "saved: reload the page to see the current version, then make them again."
                )
        return cleaned


@admin.register(Claim)
class ClaimAdmin(
    ClaimResolvingMixin,
    NotItsOwnDuplicateMixin,
    AssignableCuratorMixin,
    ServiceFormAdminMixin,
    ReadableHistoryAdmin,
):
    form = ClaimAdminForm
    list_display = [
        "statement_short",
        "status_column",
        "speaker",
        "kind",
        "deadline_column",
    ]
    list_display_links = ["statement_short"]
    list_filter = [
        StatusFilter,
        DueFilter,
        AssignedFilter,
        NeedsDeadlineFilter,
        "kind",
        ("speaker", admin.RelatedOnlyFieldListFilter),
        "topics",
        "review_state",
    ]
    search_fields = ["quote", "statement", "speaker__name"]
    date_hierarchy = "said_on"
    list_select_related = ["speaker", "source"]
    list_per_page = 50
    autocomplete_fields = ["speaker", "source", "topics", "duplicate_of"]
    readonly_fields = [
        "status_badge",
        "deadline_source",
        "deadline_rule",
        "needs_deadline",
        "verdict",
        "resolved_at",
        "version",
        "created_at",
        "updated_at",
    ]
    fieldsets = [
        (None, {"fields": ["speaker", "source", "locator", "kind", "status_badge"]}),
        WHAT_WAS_SAID_FIELDSET,
        DEADLINE_FIELDSET,
        (
            "Curation",
            {
                "fields": [
                    "confidence",
                    "topics",
                    "review_state",
                    "assigned_curator",
                    "duplicate_of",
                    "internal_notes",
                    "verdict",
                    "resolved_at",
                    "version",
                    "created_at",
                    "updated_at",
                    "expected_version",
                ]
            },
        ),
    ]
    inlines = [ResolutionInline]
    actions = [
        "resolve_selected",
        "reopen_selected",
        "publish_selected",
        "assign_to_me",
        "export_csv",
    ]
    history_list_display = ["version", "history_path", "verdict", "deadline", "review_state"]
    change_form_template = "admin/claims/claim/change_form.html"

    def get_queryset(self, request):
        return super().get_queryset(request).with_status(timezone.localdate())

    def lookup_allowed(self, lookup, value, request=None):
        # The sources list links here with its source's claims; a reminders digest
        # with exactly the claims it names (``?id__in=3,5,8``).
        return lookup in LINKED_LOOKUPS or super().lookup_allowed(lookup, value, request)

    def get_ordering(self, request):
        return most_overdue_ordering(timezone.localdate())

    @admin.display(description="statement", ordering="statement")
    def statement_short(self, claim: Claim) -> str:
        # Two lines at most (claims/admin.css); the whole statement on hover.
        return format_html(
            '<span class="claim-statement" title="{}">{}</span>', claim.statement, claim.statement
        )

    class Media:
        css = {"all": ["claims/admin.css"]}

    @admin.display(description="status")
    def status_badge(self, claim: Claim) -> str:
        status = getattr(claim, "status", None) or claim.status_on(timezone.localdate())
        return status_badge(status)

    @admin.display(description="status")
    def status_column(self, claim: Claim) -> str:
        # The status says draft or rejected for a claim that is not published, so the
        # list needs no review-state column: the statement gets the room.
        return format_html("{}{}", self.status_badge(claim), self.resolve_link(claim))

    def resolve_link(self, claim: Claim) -> str:
        """A row's way to its resolve page, under its status (drafts are published before
        they are resolved)."""
        if claim.review_state != ReviewState.PUBLISHED:
            return ""
        label = "Revise" if claim.verdict else "Resolve"
        return format_html(
            '<a class="button resolve-link" href="{}" aria-label="{}: {}">{}</a>',
            resolve_url(claim),
            label,
            claim.statement,
            label,
        )

    @admin.display(description="deadline", ordering="deadline")
    def deadline_column(self, claim: Claim) -> str:
        # How overdue, under the deadline: one column less keeps the list on one screen.
        days = claim.days_overdue(timezone.localdate())
        if not days:
            return claim.deadline_display or "—"
        return format_html(
            '{}<br><small class="days-overdue"><span>{}</span> day{} overdue</small>',
            claim.deadline_display,
            days,
            "" if days == 1 else "s",
        )

    @admin.display(description="days overdue")
    def days_overdue_column(self, claim: Claim) -> str:
        days = claim.days_overdue(timezone.localdate())
        return "" if days is None else str(days)

    # --- saving through the services -------------------------------------
    def save_model(self, request, obj, form, change):
        # The write-path middleware labels these history entries "admin".
        try:
            if change:
                self._update(request, obj, form)
            else:
                self._create(request, obj, form)
        except (ValidationError, services.ConflictError) as error:
            raise ServiceRefusedError(error) from None

    def _create(self, request, obj: Claim, form) -> None:
        data = {
            field: form.cleaned_data[field]
            for field in services.EDITABLE_CLAIM_FIELDS
            if field in form.cleaned_data and field != "duplicate_of"
        }
        created = services.claim_create(**data, actor=request.user)
        obj.pk = created.pk
        obj.refresh_from_db()
        self._report_deadline(request, obj)

    def _update(self, request, obj: Claim, form) -> None:
        changes = {
            field: form.cleaned_data[field]
            for field in form.changed_data
            if field in services.EDITABLE_CLAIM_FIELDS
        }
        services.claim_update(
            claim=obj,
            expected_version=form.cleaned_data["expected_version"],
            changes=changes,
            actor=request.user,
        )
        obj.refresh_from_db()
        if {"horizon", "deadline", "said_on", "said_on_precision", "kind"} & set(changes):
            self._report_deadline(request, obj)

    def _report_deadline(self, request, claim: Claim) -> None:
        if claim.deadline_rule:
            messages.info(request, f"Deadline: {claim.deadline_rule}")
        if claim.needs_deadline:
            messages.warning(request, "The horizon is too vague to date: set a deadline by hand.")

    # --- reverting to a version from the history ---------------------------
    def history_form_view(self, request, object_id, version_id, extra_context=None):
        """Revert through the service, as a new change, after showing what it changes."""
        pk = url_pk(Claim, object_id)
        claim = None if pk is None else Claim.objects.filter(pk=pk).first()
        if claim is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        if not self.has_change_permission(request, claim):
            raise PermissionDenied
        version_id = url_pk(claim.history.model, version_id)
        if version_id is None:
            raise Http404("This claim has no such version.")
        form = RevertForm(request.POST or None, initial={"expected_version": claim.version})
        if request.method == "POST" and form.is_valid():
            try:
                reverting.claim_revert(
                    claim=claim,
                    history_id=version_id,
                    expected_version=form.cleaned_data["expected_version"],
                    actor=request.user,
                )
            except reverting.AlreadyRevertedError as already:
                self.message_user(request, str(already), messages.INFO)
                return HttpResponseRedirect(reverse("admin:claims_claim_history", args=[claim.pk]))
            except services.ConflictError as error:
                form.add_error(None, str(error))
            except ValidationError as error:
                form.add_error(None, error.messages)
            else:
                self.message_user(request, "Reverted; the history shows the change.")
                return HttpResponseRedirect(reverse("admin:claims_claim_history", args=[claim.pk]))
            claim.refresh_from_db()
        return self._revert_page(request, claim, version_id, form)

    def _revert_page(self, request, claim: Claim, version_id, form) -> HttpResponse:
        record = claim.history.filter(history_id=version_id).first()
        if record is None:
            raise Http404("This claim has no such version.")
        try:
            changes = reverting.claim_revert_preview(claim=claim, history_id=version_id)
        except ValidationError as error:
            if not form.errors:
                form.add_error(None, error.messages)
            changes = []
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": f"Revert “{claim}”",
            "claim": claim,
            "record": record,
            "version_label": reverting.version_label(record),
            "form": form,
            "changes": changes,
        }
        return TemplateResponse(request, "admin/claims/claim/revert.html", context)

    @admin.action(description="Publish the selected drafts", permissions=["change"])
    def publish_selected(self, request, queryset):
        try:
            count = services.claims_publish(claims=queryset, actor=request.user)
        except (ValidationError, services.ConflictError) as error:
            self._refused(request, error)
            return
        self.message_user(request, _claims_message("Published", count), messages.SUCCESS)

    @admin.action(description="Assign the selected claims to me", permissions=["change"])
    def assign_to_me(self, request, queryset):
        try:
            count = services.claims_assign(
                claims=queryset, curator=request.user, actor=request.user
            )
        except (ValidationError, services.ConflictError) as error:
            self._refused(request, error)
            return
        self.message_user(request, f"Assigned {_claims_count(count)} to you.", messages.SUCCESS)

    def _refused(self, request, error) -> None:
        """A bulk action the services refused: all or nothing, so nothing was changed."""
        self.message_user(request, f"Nothing was changed: {error_text(error)}", messages.ERROR)

    @admin.action(description="Export the selected claims as CSV", permissions=["view"])
    def export_csv(self, request, queryset):
        today = timezone.localdate()
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="claims-{today}.csv"'
        writer = csv.writer(response)
        writer.writerow(CSV_COLUMNS)
        rows = queryset.select_related("speaker", "source").with_status(today).order_by("pk")
        for claim in rows.iterator(chunk_size=500):
            writer.writerow(_csv_row(claim))
        return response


CSV_COLUMNS = [
    "id",
    "speaker",
    "source",
    "locator",
    "kind",
    "quote",
    "statement",
    "said_on",
    "said_on_precision",
    "horizon",
    "deadline",
    "deadline_precision",
    "deadline_source",
    "status",
    "confidence",
    "review_state",
]


def _csv_row(claim: Claim) -> list:
    return [
        claim.pk,
        claim.speaker.name,
        claim.source.title,
        claim.locator,
        claim.kind,
        _csv_safe(claim.quote),
        _csv_safe(claim.statement),
        claim.said_on.isoformat(),
        claim.said_on_precision,
        _csv_safe(claim.horizon),
        claim.deadline.isoformat() if claim.deadline else "",
        claim.deadline_precision,
        claim.deadline_source,
        claim.status,
        "" if claim.confidence is None else claim.confidence,
        claim.review_state,
    ]


def _csv_safe(text: str) -> str:
    """Keep spreadsheet programs from running a cell as a formula."""
    return "'" + text if text[:1] in {"=", "+", "-", "@", "\t", "\r"} else text
