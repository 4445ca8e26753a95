"""The speakers and topics admins."""

from django.contrib import admin
from django.db.models import Count, Q
from django.utils import timezone

from claims import services
from claims import status as status_rules
from claims.admin.claim_lists import speaker_claims_panel
from claims.admin.errors import url_pk
from claims.admin.forms import (
    SpeakerAdminForm,
)
from claims.admin.history import ReadableHistoryAdmin
from claims.admin.listing import claims_link, drafts_link
from claims.choices import ReviewState
from claims.models import (
    Claim,
    Speaker,
    Topic,
)


@admin.register(Speaker)
class SpeakerAdmin(ReadableHistoryAdmin):
    class Media:
        css = {"all": ["claims/admin.css"]}  # long words wrap

    form = SpeakerAdminForm
    list_display = ["name", "slug", "affiliations", "claim_count", "due_count", "draft_count"]
    search_fields = ["name", "slug", "affiliations"]
    prepopulated_fields = {"slug": ["name"]}
    history_list_display = ["history_path"]

    def get_queryset(self, request):
        today = timezone.localdate()
        return (
            super()
            .get_queryset(request)
            .annotate(
                claim_total=Count(
                    "claims", filter=status_rules.published_q("claims__"), distinct=True
                ),
                due_total=Count(
                    "claims", filter=status_rules.due_q(today, prefix="claims__"), distinct=True
                ),
                draft_total=Count(
                    "claims", filter=Q(claims__review_state=ReviewState.DRAFT), distinct=True
                ),
            )
        )

    @admin.display(description="published claims", ordering="claim_total")
    def claim_count(self, speaker: Speaker) -> str:
        return claims_link(speaker.claim_total, f"speaker__id__exact={speaker.pk}")

    @admin.display(description="due", ordering="due_total")
    def due_count(self, speaker: Speaker) -> str:
        return claims_link(speaker.due_total, f"speaker__id__exact={speaker.pk}", status="due")

    @admin.display(description="drafts waiting", ordering="draft_total")
    def draft_count(self, speaker: Speaker) -> str:
        return drafts_link(speaker.draft_total, f"speaker__id__exact={speaker.pk}")

    def save_model(self, request, obj, form, change):
        services.speaker_save(speaker=obj, actor=request.user)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = dict(extra_context or {})
        speaker_id = url_pk(Speaker, object_id)
        if speaker_id is not None:
            extra_context.update(self.summary_context(speaker_id))
            extra_context["claims_panel"] = speaker_claims_panel(request, speaker_id)
        return super().change_view(request, object_id, form_url, extra_context)

    def summary_context(self, speaker_id: int) -> dict:
        """Published claims by status for the speaker page; tracker adds the track record."""
        today = timezone.localdate()
        claims = Claim.objects.public().filter(speaker_id=speaker_id).with_status(today)
        counts = dict(
            claims.order_by()
            .values_list("status")
            .annotate(n=Count("pk"))
            .values_list("status", "n")
        )
        return {
            "status_counts": [
                (s.label, counts.get(s.value, 0)) for s in status_rules.PUBLIC_STATUSES
            ]
        }

    change_form_template = "admin/claims/speaker/change_form.html"


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}

    def save_model(self, request, obj, form, change):
        services.topic_save(topic=obj)
