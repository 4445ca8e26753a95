"""Every write path leaves a history entry saying who, when and through which path."""

import datetime

import pytest
from django.urls import reverse

from claims import services
from claims.history import write_path
from claims.models import Claim, Resolution
from tests.factories import EVIDENCE_SEEN, ClaimFactory, SourceFactory, SpeakerFactory

pytestmark = pytest.mark.django_db


def _latest(claim: Claim):
    return claim.history.order_by("-history_id").first()


def test_the_service_path_records_user_and_reason(curator):
    claim = services.claim_create(
        speaker=SpeakerFactory(),
        source=SourceFactory(published_on=datetime.date(2023, 1, 1), published_precision="day"),
        quote="It will happen within 2 years.",
        statement="It happens.",
        said_on=datetime.date(2023, 1, 1),
        actor=curator,
    )
    entry = _latest(claim)
    assert entry.history_type == "+"
    assert entry.history_user == curator
    assert entry.history_path == "code"
    assert entry.history_change_reason == "created"


def test_a_labelled_path_is_recorded(curator):
    claim = ClaimFactory()
    with write_path("command"):
        services.claim_update(
            claim=claim, expected_version=1, changes={"statement": "New."}, actor=curator
        )
    entry = _latest(claim)
    assert (entry.history_path, entry.history_user, entry.statement) == ("command", curator, "New.")


def test_resolving_and_reopening_leave_entries_on_claim_and_resolution(curator):
    claim = ClaimFactory()
    with write_path("task"):
        services.claim_resolve(
            evidence=EVIDENCE_SEEN, claim=claim, verdict="false", rationale="No.", actor=curator
        )
        services.claim_reopen(claim=claim, reason="Wrong claim.", actor=curator)
    reasons = list(
        claim.history.order_by("history_id").values_list("history_change_reason", flat=True)
    )
    assert reasons[-2:] == ["resolved as false", "reopened: Wrong claim."]
    resolution = Resolution.objects.get(claim=claim)
    kinds = list(
        resolution.history.order_by("history_id").values_list("history_type", "history_path")
    )
    assert kinds == [("+", "task"), ("~", "task")]


def test_the_bulk_path_leaves_one_entry_per_claim(curator):
    claims = ClaimFactory.create_batch(3)
    services.claims_assign(claims=claims, curator=curator, actor=curator)
    for claim in claims:
        entry = _latest(claim)
        assert entry.assigned_curator_id == curator.pk
        assert entry.history_user == curator
        assert entry.history_change_reason == "assigned"


def test_the_admin_form_path_is_labelled_admin(curator_client, curator):
    claim = ClaimFactory()
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    page = curator_client.get(url)
    data = _form_data(page)
    data["statement"] = "Edited in the admin."
    response = curator_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    entry = _latest(claim)
    assert (entry.history_path, entry.history_user, entry.statement) == (
        "admin",
        curator,
        "Edited in the admin.",
    )


def test_the_admin_action_path_is_labelled_admin(curator_client, curator):
    claim = ClaimFactory()
    curator_client.post(
        reverse("admin:claims_claim_changelist"),
        {"action": "assign_to_me", "_selected_action": [claim.pk]},
    )
    entry = _latest(claim)
    assert (entry.history_path, entry.history_user) == ("admin", curator)


def test_history_is_readable_in_the_admin(curator_client, curator):
    claim = ClaimFactory()
    services.claim_update(
        claim=claim, expected_version=1, changes={"statement": "X"}, actor=curator
    )
    response = curator_client.get(reverse("admin:claims_claim_history", args=[claim.pk]))
    assert response.status_code == 200
    assert curator.username in response.text


def _form_data(page) -> dict:
    """The POST data a browser would send for an admin change page as it was served."""
    data = _fields_of(page.context["adminform"].form)
    for inline in page.context["inline_admin_formsets"]:
        formset = inline.formset
        data.update(_fields_of(formset.management_form))
        data[f"{formset.prefix}-TOTAL_FORMS"] = str(len(formset.initial_forms))
        for form in formset.initial_forms:
            data.update(_fields_of(form))
    return data


def _fields_of(form) -> dict:
    data = {}
    for name in form.fields:
        bound = form[name]
        value = bound.value()
        if value is None:
            continue
        if isinstance(value, (list, tuple)):
            data[bound.html_name] = [str(v) for v in value]
        else:
            data[bound.html_name] = bound.field.widget.format_value(value)
    return {key: value for key, value in data.items() if value is not None}
