"""Resolutions in the admin: read-only, revised or reopened only through the claim."""

from django.contrib import admin
from django.core.exceptions import PermissionDenied

from claims.admin.forms import ReadOnlyMixin
from claims.admin.history import ReadableHistoryAdmin
from claims.models import (
    Evidence,
    Resolution,
)


class EvidenceInline(ReadOnlyMixin, admin.TabularInline):
    """A resolution's evidence, read only: it is given with the verdict on the claim's
    resolve page, where the rules for evidence apply and the history records it."""

    model = Evidence
    extra = 0


@admin.register(Resolution)
class ResolutionAdmin(ReadableHistoryAdmin):
    """Verdicts are given through the claim's "Resolve" page; here they are only read."""

    list_display = ["claim", "verdict", "resolved_by", "resolved_at", "is_current"]
    list_filter = ["verdict", ("retracted_at", admin.EmptyFieldListFilter)]
    search_fields = ["claim__statement", "rationale"]
    list_select_related = ["claim", "resolved_by"]
    inlines = [EvidenceInline]
    history_list_display = ["history_path"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_readonly_fields(self, request, obj=None):
        return [field.name for field in Resolution._meta.fields]

    def revert_disabled(self, request, obj=None):
        # A verdict changes only by revising or reopening, which keep the earlier one.
        return True

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if request.method == "POST":
            raise PermissionDenied
        return super().history_form_view(request, object_id, version_id, extra_context)

    @admin.display(boolean=True, description="current")
    def is_current(self, resolution: Resolution) -> bool:
        return resolution.is_current
