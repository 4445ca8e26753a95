"""What the record's lists share: status badges, list filters, links to filtered lists."""

from django.contrib import admin
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html

from claims.choices import Status


def status_badge(status: str) -> str:
    """A status as a coloured badge; the colours are classes in claims/admin.css."""
    if status not in Status.values:
        return format_html('<span class="status-badge">{}</span>', status)
    return format_html(
        '<span class="status-badge status-{}">{}</span>', status, Status(status).label
    )


class StatusFilter(admin.SimpleListFilter):
    title = "status"
    parameter_name = "status"

    def lookups(self, request, model_admin):
        return Status.choices

    def queryset(self, request, queryset):
        if self.value() in Status.values:
            return queryset.with_status_value(self.value(), timezone.localdate())
        return queryset


class DueFilter(admin.SimpleListFilter):
    title = "due"
    parameter_name = "due"

    def lookups(self, request, model_admin):
        return [
            ("overdue", "overdue"),
            ("week", "due within 7 days"),
            ("none", "no deadline"),
        ]

    def queryset(self, request, queryset):
        today = timezone.localdate()
        if self.value() == "overdue":
            return queryset.due(today)
        if self.value() == "week":
            return queryset.due_within(today, 7)
        if self.value() == "none":
            return queryset.filter(deadline__isnull=True)
        return queryset


class AssignedFilter(admin.SimpleListFilter):
    title = "assigned curator"
    parameter_name = "assigned"

    def lookups(self, request, model_admin):
        return [("me", "assigned to me"), ("nobody", "not assigned")]

    def queryset(self, request, queryset):
        if self.value() == "me":
            return queryset.filter(assigned_curator=request.user)
        if self.value() == "nobody":
            return queryset.filter(assigned_curator__isnull=True)
        return queryset


class NeedsDeadlineFilter(admin.SimpleListFilter):
    title = "needs a deadline"
    parameter_name = "needs_deadline"

    def lookups(self, request, model_admin):
        return [("yes", "vague horizon, no deadline yet")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(needs_deadline=True, deadline__isnull=True)
        return queryset


def claims_link(count: int, query: str, *, status: str = "") -> str:
    """``count`` linking to the claims list showing exactly the claims it counts."""
    state = f"&status={status}" if status else "&review_state__exact=published"
    url = f"{reverse('admin:claims_claim_changelist')}?{query}{state}"
    return format_html('<a href="{}">{}</a>', url, count)


def drafts_link(count: int, query: str) -> str:
    """``count`` linking to the review queue showing exactly the drafts it counts."""
    url = f"{reverse('admin:claims_draftclaim_changelist')}?{query}"
    return format_html('<a href="{}">{}</a>', url, count)


def titled(title: str, base: type[admin.FieldListFilter]) -> type[admin.FieldListFilter]:
    """``base`` under another title: two filters of one list never share a name.

    For ``list_filter`` entries ``("field", titled("delivery state", ChoicesFieldListFilter))``.
    """

    class Titled(base):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.title = title

    Titled.__name__ = Titled.__qualname__ = f"Titled{base.__name__}"
    return Titled
