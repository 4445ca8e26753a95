"""Reminders, deliveries, preferences and the "overdue for resolution" view in the admin.

Reminders and deliveries are read-only records; the one write is re-sending
dead deliveries, which goes through ``tracker.services``. The claim page gains
its reminder history and a speaker's page its track record by extending the
record's admins (``claims.admin.extend``).
"""

import datetime

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Exists, OuterRef, Prefetch
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join

from claims.admin import extend
from claims.admin.claims import ClaimAdmin as RecordClaimAdmin
from claims.admin.forms import ReadOnlyMixin
from claims.admin.listing import AssignedFilter, titled
from claims.admin.speakers import SpeakerAdmin as RecordSpeakerAdmin
from claims.models import Claim, Speaker
from tracker import services, tasks
from tracker.models import (
    Delivery,
    DeliveryState,
    OverdueClaim,
    Reminder,
    ReminderPreference,
    ReminderState,
)
from tracker.reminders.rounds import ESCALATION, RoundPlan
from tracker.track_records import track_records


def _claim_link(claim: Claim) -> str:
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    text = claim.statement if len(claim.statement) <= 70 else claim.statement[:69] + "…"
    return format_html('<a href="{}">{}</a>', url, text)


def _short(text: str) -> str:
    return text if len(text) <= 120 else text[:119] + "…"


class ReminderInline(ReadOnlyMixin, admin.TabularInline):
    """The claim's reminder history, shown on the claim's page."""

    model = Reminder
    fk_name = "claim"
    extra = 0
    can_delete = False
    fields = ["round", "recipient", "channel", "state", "due_on", "sent_at", "error"]
    readonly_fields = fields
    ordering = ["due_on", "pk"]
    verbose_name_plural = "reminder history"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("recipient", "delivery")

    @admin.display(description="error")
    def error(self, reminder: Reminder) -> str:
        return _short(reminder.delivery.last_error) if reminder.delivery else ""


RESENDABLE = [DeliveryState.DEAD, DeliveryState.UNKNOWN]


def _resend(modeladmin, request, deliveries) -> None:
    ids = services.deliveries_resend(deliveries=deliveries)
    tasks.deliveries_enqueue(ids)
    count = f"{len(ids)} delivery" if len(ids) == 1 else f"{len(ids)} deliveries"
    modeladmin.message_user(
        request,
        f"{count} queued to be sent again, with the same Message-ID."
        if ids
        else "Nothing to re-send: only dead deliveries, and those whose outcome is unknown, "
        "can be re-sent.",
        messages.SUCCESS if ids else messages.WARNING,
    )


@admin.register(Reminder)
class ReminderAdmin(ReadOnlyMixin, admin.ModelAdmin):
    list_display = [
        "claim_column",
        "recipient",
        "round",
        "channel",
        "state",
        "due_on",
        "attempts",
        "error",
        "sent_at",
    ]
    list_filter = [
        ("state", titled("reminder state", admin.ChoicesFieldListFilter)),
        "round",
        "channel",
        ("recipient", admin.RelatedOnlyFieldListFilter),
        ("delivery__state", titled("delivery state", admin.ChoicesFieldListFilter)),
    ]
    search_fields = ["claim__statement", "recipient__username", "recipient__email"]
    list_select_related = ["claim", "recipient", "delivery"]
    date_hierarchy = "due_on"
    actions = ["resend_selected"]

    @admin.display(description="claim", ordering="claim__statement")
    def claim_column(self, reminder: Reminder) -> str:
        return _claim_link(reminder.claim)

    @admin.display(description="attempts")
    def attempts(self, reminder: Reminder) -> str:
        return str(reminder.delivery.attempts) if reminder.delivery else ""

    @admin.display(description="error")
    def error(self, reminder: Reminder) -> str:
        return _short(reminder.delivery.last_error) if reminder.delivery else ""

    @admin.action(
        description="Re-send the selected dead reminders, or those whose outcome is unknown",
        permissions=["resend"],
    )
    def resend_selected(self, request, queryset):
        resendable = queryset.filter(state__in=[ReminderState.DEAD, ReminderState.UNKNOWN])
        _resend(self, request, Delivery.objects.filter(pk__in=resendable.values("delivery_id")))

    def has_resend_permission(self, request) -> bool:
        return request.user.has_perm("tracker.change_delivery")


class DeliveryReminderInline(ReminderInline):
    fk_name = "delivery"
    fields = ["claim", "round", "state", "due_on", "sent_at"]
    readonly_fields = fields
    verbose_name_plural = "reminders in this message"


CLAIMS_SHOWN = 3


@admin.register(Delivery)
class DeliveryAdmin(ReadOnlyMixin, admin.ModelAdmin):
    """Each message to a curator, what it was about and how its sending went.

    A dead delivery, or one whose outcome is unknown, is re-sent from the list
    (an action) or from its own page (a button), through ``tracker.services``.
    """

    list_display = [
        "pk",
        "recipient",
        "claims_column",
        "channel",
        "mode",
        "state",
        "attempts",
        "next_attempt_at",
        "sent_at",
        "error",
    ]
    list_filter = [
        ("state", titled("delivery state", admin.ChoicesFieldListFilter)),
        "channel",
        "mode",
        ("recipient", admin.RelatedOnlyFieldListFilter),
    ]
    search_fields = ["recipient__username", "recipient__email", "last_error"]
    list_select_related = ["recipient"]
    readonly_fields = ["message_id"]
    inlines = [DeliveryReminderInline]
    actions = ["resend_selected"]
    change_form_template = "admin/tracker/delivery/change_form.html"

    class Media:
        css = {"all": ["claims/admin.css"]}

    def get_queryset(self, request):
        # The first few claims of each delivery, read in one query for the whole page
        # (a digest may carry hundreds).
        first = Reminder.objects.select_related("claim").order_by("pk")[:CLAIMS_SHOWN]
        return (
            super()
            .get_queryset(request)
            .annotate(size=Count("reminders"))
            .prefetch_related(Prefetch("reminders", queryset=first, to_attr="first_reminders"))
        )

    @admin.display(description="claims", ordering="size")
    def claims_column(self, delivery: Delivery) -> str:
        links = format_html_join(
            "", "<div>{}</div>", ((_claim_link(r.claim),) for r in delivery.first_reminders)
        )
        more = delivery.size - len(delivery.first_reminders)
        if more <= 0:
            return links
        url = f"{reverse('admin:tracker_reminder_changelist')}?delivery__id__exact={delivery.pk}"
        return format_html('{}<div><a href="{}">and {} more</a></div>', links, url, more)

    @admin.display(description="last error")
    def error(self, delivery: Delivery) -> str:
        return _short(delivery.last_error)

    @admin.action(
        description="Re-send the selected dead deliveries, or those whose outcome is unknown",
        permissions=["resend"],
    )
    def resend_selected(self, request, queryset):
        _resend(self, request, queryset.filter(state__in=RESENDABLE))

    def has_resend_permission(self, request) -> bool:
        return request.user.has_perm("tracker.change_delivery")

    def get_urls(self):
        return [
            path(
                "<path:object_id>/resend/",
                self.admin_site.admin_view(self.resend_view),
                name="tracker_delivery_resend",
            ),
            *super().get_urls(),
        ]

    def resend_view(self, request, object_id):
        """Re-send one delivery from its page (POST only), then show the page again."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not self.has_resend_permission(request):
            raise PermissionDenied
        delivery = self.get_object(request, unquote(object_id))
        if delivery is None:
            raise Http404("No such delivery.")
        _resend(self, request, [delivery])
        return HttpResponseRedirect(reverse("admin:tracker_delivery_change", args=[delivery.pk]))

    def change_view(self, request, object_id, form_url="", extra_context=None):
        delivery = self.get_object(request, unquote(object_id))
        can_resend = (
            delivery is not None
            and delivery.state in RESENDABLE
            and self.has_resend_permission(request)
        )
        extra_context = {**(extra_context or {}), "can_resend": can_resend}
        return super().change_view(request, object_id, form_url, extra_context)


@admin.register(ReminderPreference)
class ReminderPreferenceAdmin(admin.ModelAdmin):
    """Everyone edits their own preference; those who may change others' see all of them."""

    list_display = ["user", "enabled", "channel", "mode", "updated_at"]
    list_filter = ["enabled", "channel", "mode"]
    search_fields = ["user__username", "user__email"]
    list_select_related = ["user"]
    autocomplete_fields = ["user"]

    def _manages_others(self, request) -> bool:
        return request.user.is_superuser

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        return queryset if self._manages_others(request) else queryset.filter(user=request.user)

    def get_exclude(self, request, obj=None):
        return None if self._manages_others(request) else ["user"]

    def has_add_permission(self, request):
        if self._manages_others(request):
            return super().has_add_permission(request)
        mine = ReminderPreference.objects.filter(user=request.user).exists()
        return super().has_add_permission(request) and not mine

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        if self._manages_others(request):
            return form
        user = request.user

        class OwnPreferenceForm(form):
            """The preference is the curator's own: validated with their account."""

            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                self.instance.user = user

        return OwnPreferenceForm

    def save_model(self, request, obj, form, change):
        if not self._manages_others(request):
            obj.user = request.user
        super().save_model(request, obj, form, change)


@admin.register(OverdueClaim)
class OverdueClaimAdmin(ReadOnlyMixin, admin.ModelAdmin):
    """Claims still unresolved after their last follow-up, longest overdue first."""

    list_display = [
        "claim_column",
        "speaker",
        "deadline",
        "days_overdue_column",
        "assigned_curator",
        "escalated",
    ]
    list_select_related = ["speaker", "assigned_curator"]
    list_filter = [AssignedFilter, ("speaker", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["statement", "quote", "speaker__name"]
    ordering = ["deadline", "pk"]

    def get_queryset(self, request):
        today = timezone.localdate()
        cutoff = today - datetime.timedelta(days=RoundPlan.from_settings().escalation_day)
        escalations = Reminder.objects.filter(
            claim=OuterRef("pk"), round=ESCALATION, state=ReminderState.SENT
        )
        return (
            OverdueClaim.objects.public()
            .due(today)
            .filter(deadline__lte=cutoff)
            .annotate(is_escalated=Exists(escalations))
        )

    @admin.display(description="claim", ordering="statement")
    def claim_column(self, claim: OverdueClaim) -> str:
        return _claim_link(claim)

    @admin.display(description="days overdue", ordering="deadline")
    def days_overdue_column(self, claim: OverdueClaim) -> int | None:
        return claim.days_overdue(timezone.localdate())

    @admin.display(description="escalation sent", boolean=True, ordering="is_escalated")
    def escalated(self, claim: OverdueClaim) -> bool:
        return claim.is_escalated


class ClaimAdmin(RecordClaimAdmin):
    """The claims admin, with each claim's reminder history below its resolutions."""

    inlines = [*RecordClaimAdmin.inlines, ReminderInline]


# The admin's index opens with what needs the signed-in curator today.
admin.site.index_template = "admin/tracker/index.html"

extend(Claim, ClaimAdmin)


class SpeakerAdmin(RecordSpeakerAdmin):
    """The speakers admin, with each speaker's track record on their page."""

    def summary_context(self, speaker_id: int) -> dict:
        context = super().summary_context(speaker_id)
        record = track_records([speaker_id], timezone.localdate())[speaker_id]
        return {**context, "track_record": record}


extend(Speaker, SpeakerAdmin)
