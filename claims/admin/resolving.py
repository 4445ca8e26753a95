"""Resolving and reopening claims in the admin: a page per claim, and the bulk actions.

The claim's page links to its resolve page (object tools), each row of the claims
list too, and the bulk actions lead to the same form for the selected claims.
Every path calls ``claims.services``, so the admin refuses what the API refuses.
"""

from contextvars import ContextVar
from urllib.parse import urlencode

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import ngettext

from claims import services
from claims.admin.errors import add_service_errors, url_pk
from claims.admin.forms import EvidenceFormSet, ReasonForm, ResolveForm
from claims.choices import Verdict
from claims.models import Claim

# The query string of the claims list while its rows are rendered: a row's resolve
# link carries it (as Django's own ``_changelist_filters``), so that resolving from
# the list goes back to the same list, filters and page included.
_LIST_QUERY: ContextVar[str | None] = ContextVar("claims_list_query", default=None)
LIST_FILTERS = "_changelist_filters"


def resolve_url(claim: Claim) -> str:
    """The claim's resolve page; from the claims list, one that returns to that list."""
    url = reverse("admin:claims_claim_resolve", args=[claim.pk])
    query = _LIST_QUERY.get()
    return url if query is None else f"{url}?{urlencode({LIST_FILTERS: query})}"


class ClaimResolvingMixin:
    """For the claims ``ModelAdmin``: the resolve and reopen pages and actions."""

    def changelist_view(self, request, extra_context=None):
        token = _LIST_QUERY.set(request.GET.urlencode())
        try:
            response = super().changelist_view(request, extra_context)
            # The rows (and their links) are rendered now, while the list's query is known.
            if isinstance(response, TemplateResponse):
                response.render()
        finally:
            _LIST_QUERY.reset(token)
        return response

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        return [
            path(
                "<path:object_id>/resolve/",
                self.admin_site.admin_view(self.resolve_view),
                name="{}_{}_resolve".format(*info),
            ),
            path(
                "<path:object_id>/reopen/",
                self.admin_site.admin_view(self.reopen_view),
                name="{}_{}_reopen".format(*info),
            ),
            *super().get_urls(),
        ]

    def resolve_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        return self._one_claim(request, object_id, self._resolve_page)

    def reopen_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        return self._one_claim(request, object_id, self._reopen_page)

    def _one_claim(self, request: HttpRequest, object_id: str, page) -> HttpResponse:
        """``page`` for the claim the URL names: a redirect when there is none, 403 without
        change permission."""
        claim = self._claim_or_none(request, object_id)
        if claim is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        if not self.has_change_permission(request, claim):
            raise PermissionDenied
        return page(request, Claim.objects.filter(pk=claim.pk), single=True)

    def _claim_or_none(self, request: HttpRequest, object_id: str) -> Claim | None:
        """The claim the URL names, or None when there is none or the id is not a key."""
        pk = url_pk(Claim, object_id)
        return None if pk is None else Claim.objects.filter(pk=pk).first()

    @admin.action(description="Resolve the selected claims…", permissions=["change"])
    def resolve_selected(self, request, queryset):
        return self._resolve_page(request, queryset, single=False)

    @admin.action(description="Reopen the selected claims…", permissions=["change"])
    def reopen_selected(self, request, queryset):
        return self._reopen_page(request, queryset, single=False)

    def _done(self, request, queryset, single: bool) -> HttpResponseRedirect:
        """Back where the curator came from: the list (as filtered), or the claim's page."""
        if LIST_FILTERS in request.GET:
            filters = request.GET[LIST_FILTERS]
            url = reverse("admin:claims_claim_changelist")
            return HttpResponseRedirect(f"{url}?{filters}" if filters else url)
        if single:
            return HttpResponseRedirect(reverse("admin:claims_claim_change", args=[queryset[0].pk]))
        return HttpResponseRedirect(request.get_full_path())

    def _resolve_page(self, request, queryset, *, single: bool):
        claims = list(queryset.select_related("speaker").order_by("pk"))
        is_submit = "apply" in request.POST
        data = request.POST if is_submit else None
        revising = any(claim.verdict for claim in claims)
        form = ResolveForm(data, revising=revising, bulk=not single)
        evidence = EvidenceFormSet(data, prefix="evidence")
        if is_submit and form.is_valid() and evidence.is_valid():
            try:
                services.claims_resolve(
                    claims=claims,
                    verdict=form.cleaned_data["verdict"],
                    rationale=form.cleaned_data["rationale"],
                    evidence=evidence.evidence_inputs(),
                    reason=form.cleaned_reason(),
                    actor=request.user,
                )
            except (ValidationError, services.ConflictError) as error:
                rest = evidence.take_service_errors(error)
                if rest is not None:
                    add_service_errors(form, rest)
            else:
                self.message_user(
                    request, _claims_message("Resolved", len(claims)), messages.SUCCESS
                )
                return self._done(request, claims, single)
        needing = [
            label for value, label in Verdict.choices if services.verdict_needs_evidence(value)
        ]
        return self._action_page(
            request,
            claims,
            "admin/claims/claim/resolve.html",
            form=form,
            formsets=[evidence],
            single=single,
            evidence=evidence,
            media=self.media + form.media + evidence.media,
            evidence_required=", ".join(str(label) for label in needing),
        )

    def _reopen_page(self, request, queryset, *, single: bool):
        claims = list(queryset.select_related("speaker").order_by("pk"))
        is_submit = "apply" in request.POST
        form = ReasonForm(request.POST if is_submit else None)
        unresolved = [claim for claim in claims if not claim.verdict]
        if unresolved and len(unresolved) == len(claims):
            # Nothing to reopen: say so, as the API does, rather than "Reopened 0".
            form = ReasonForm(request.POST or {})
            form.is_valid()
            form.errors.clear()
            form.add_error(None, _no_verdict_message(unresolved, single))
        elif is_submit and form.is_valid():
            try:
                count = services.claims_reopen(
                    claims=claims, reason=form.cleaned_data["reason"], actor=request.user
                )
            except (ValidationError, services.ConflictError) as error:
                add_service_errors(form, error)
            else:
                self.message_user(request, _claims_message("Reopened", count), messages.SUCCESS)
                if unresolved:
                    self.message_user(
                        request, _no_verdict_message(unresolved, single), messages.WARNING
                    )
                return self._done(request, claims, single)
        return self._action_page(
            request,
            claims,
            "admin/claims/claim/reopen.html",
            form=form,
            single=single,
            nothing_to_reopen=len(unresolved) == len(claims),
        )

    def _action_page(self, request, claims, template: str, *, form, single, formsets=(), **context):
        """The resolve or reopen page, laid out like the admin's own change form."""
        resolving = "resolve" in template
        claim = claims[0] if single else None
        step = (
            ("Revise verdict" if claim and claim.verdict else "Resolve") if resolving else "Reopen"
        )
        title = f"{step} “{claim}”" if claim else f"{step}: {_claims_count(len(claims))}"
        return TemplateResponse(
            request,
            template,
            {
                **self.admin_site.each_context(request),
                "opts": self.opts,
                "title": title,
                "title_step": step,
                "claim": claim,
                "claims": claims,
                "form": form,
                "adminform": admin.helpers.AdminForm(
                    form, [(None, {"fields": list(form.fields)})], {}
                ),
                "errors": admin.helpers.AdminErrorList(form, formsets) if form.is_bound else [],
                "today": timezone.localdate(),
                "action_name": request.POST.get("action", ""),
                "selected": [claim.pk for claim in claims],
                "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
                **context,
            },
        )


def _claims_count(count: int) -> str:
    """'1 claim', '2 claims'."""
    return ngettext("%(count)d claim", "%(count)d claims", count) % {"count": count}


def _claims_message(done: str, count: int) -> str:
    """'Resolved 1 claim.', 'Reopened 3 claims.'"""
    return f"{done} {_claims_count(count)}."


def _no_verdict_message(claims: list[Claim], single: bool) -> str:
    """Why these claims were not reopened: they have no verdict."""
    if single:
        return "This claim has no verdict to reopen."
    named = ", ".join(f"#{claim.pk} “{claim}”" for claim in claims)
    return ngettext(
        "%(count)d claim has no verdict to reopen: %(named)s.",
        "%(count)d claims have no verdict to reopen: %(named)s.",
        len(claims),
    ) % {"count": len(claims), "named": named}
