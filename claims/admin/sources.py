"""The sources admin, with who took part in each appearance."""

from django.contrib import admin
from django.db.models import Count, Q

from claims import services
from claims import status as status_rules
from claims.admin.claim_lists import source_claims_panel
from claims.admin.errors import url_pk
from claims.admin.history import ReadableHistoryAdmin
from claims.admin.listing import claims_link, drafts_link
from claims.choices import ReviewState
from claims.models import (
    Source,
    SourceParticipant,
)


class SourceParticipantInline(admin.TabularInline):
    model = SourceParticipant
    extra = 1
    autocomplete_fields = ["speaker"]


@admin.register(Source)
class SourceAdmin(ReadableHistoryAdmin):
    class Media:
        css = {"all": ["claims/admin.css"]}  # long words wrap

    list_display = [
        "title",
        "publisher",
        "kind",
        "published_display",
        "claim_count",
        "draft_count",
    ]
    list_filter = ["kind", "publisher"]
    search_fields = ["title", "publisher", "url"]
    inlines = [SourceParticipantInline]
    date_hierarchy = "published_on"
    change_form_template = "admin/claims/source/change_form.html"

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                claim_total=Count("claims", filter=status_rules.published_q("claims__")),
                draft_total=Count("claims", filter=Q(claims__review_state=ReviewState.DRAFT)),
            )
        )

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = dict(extra_context or {})
        source_id = url_pk(Source, object_id)
        if source_id is not None:
            extra_context["claims_panel"] = source_claims_panel(request, source_id)
        return super().change_view(request, object_id, form_url, extra_context)

    def save_model(self, request, obj, form, change):
        services.source_save(source=obj, actor=request.user)

    @admin.display(description="published claims", ordering="claim_total")
    def claim_count(self, source: Source) -> str:
        return claims_link(source.claim_total, f"source__id__exact={source.pk}")

    @admin.display(description="drafts waiting", ordering="draft_total")
    def draft_count(self, source: Source) -> str:
        return drafts_link(source.draft_total, f"source__id__exact={source.pk}")

    @admin.display(description="published", ordering="published_on")
    def published_display(self, source: Source) -> str:
        return source.published_display
