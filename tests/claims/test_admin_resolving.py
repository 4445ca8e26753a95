"""The curator's resolving flow in the admin: from the claim's page, its row, or the bulk action."""

import html
import re

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from claims import services
from claims.models import Claim, Resolution
from tests.factories import EVIDENCE_SEEN, ClaimFactory, UserFactory

pytestmark = pytest.mark.django_db
CHANGELIST = reverse("admin:claims_claim_changelist")


def resolve_url(claim: Claim) -> str:
    return reverse("admin:claims_claim_resolve", args=[claim.pk])


def _resolved(claim: Claim, verdict: str = "true") -> Claim:
    services.claim_resolve(claim=claim, verdict=verdict, rationale="Yes.", evidence=EVIDENCE_SEEN)
    return Claim.objects.get(pk=claim.pk)


def _post(**fields) -> dict:
    """A resolve page's form as a browser posts it: two evidence rows, the second blank."""
    data = {
        "apply": "1",
        "rationale": "The report says so.",
        "evidence-TOTAL_FORMS": "2",
        "evidence-INITIAL_FORMS": "0",
        "evidence-0-url": "https://example.org/report",
        "evidence-0-observed_on": "2026-01-05",
        "evidence-1-url": "",
        "evidence-1-observed_on": "",
    }
    data.update(fields)
    return {key: value for key, value in data.items() if value is not None}


def test_the_resolve_page_has_its_own_address_breadcrumbs_and_the_admins_layout(curator_client):
    claim = ClaimFactory(statement="Phones run image models by 2024.")
    text = curator_client.get(resolve_url(claim)).text
    assert f"/admin/claims/claim/{claim.pk}/resolve/" == resolve_url(claim)
    crumbs = re.sub(r"\s+", " ", re.search(r'<div class="breadcrumbs">(.*?)</div>', text, re.S)[1])
    # Home › the app (the record) › the list › the claim › this page
    text_crumbs = html.unescape(re.sub(r"<[^>]+>", "", crumbs)).strip()
    assert text_crumbs == f"Home › The record › Claims › {claim} › Resolve"
    assert 'class="module aligned ' in text
    assert 'class="submit-row"' in text
    assert '<input type="submit" class="default" value="Resolve">' in text
    assert "errornote" not in text


def test_no_verdict_is_chosen_in_advance_and_none_chosen_says_so(curator_client):
    claim = ClaimFactory()
    page = curator_client.get(resolve_url(claim)).text
    radios = re.findall(r'<input type="radio" name="verdict"[^>]*>', page)
    assert len(radios) == 5
    assert not [radio for radio in radios if "checked" in radio]
    assert "autofocus" in radios[0]
    assert sum("autofocus" in radio for radio in radios) == 1

    response = curator_client.post(resolve_url(claim), _post())
    assert response.status_code == 200
    assert "Choose a verdict." in response.text
    assert 'class="errornote"' in response.text
    assert not Resolution.objects.exists()


def test_the_reason_field_is_there_only_when_a_verdict_is_revised(curator_client):
    fresh = ClaimFactory()
    assert 'name="reason"' not in curator_client.get(resolve_url(fresh)).text
    resolved = _resolved(ClaimFactory())
    page = curator_client.get(resolve_url(resolved)).text
    assert 'name="reason"' in page
    assert "Reason for revising" in page
    assert 'value="Revise verdict"' in page
    response = curator_client.post(resolve_url(resolved), _post(verdict="false"))
    assert "This claim already has a verdict; say why it is being revised." in response.text
    assert resolved.resolutions.count() == 1


def test_the_evidence_date_says_up_front_that_a_url_needs_it(curator_client):
    page = curator_client.get(resolve_url(ClaimFactory())).text
    assert "Seen on (required with a URL)" in page
    assert 'class="vDateField"' in page  # the admin's date input, in the admin's format
    response = curator_client.post(
        resolve_url(ClaimFactory()), _post(verdict="true", **{"evidence-0-observed_on": ""})
    )
    assert "Say when the page was seen: required with a URL." in response.text
    assert not Resolution.objects.exists()


# An evidence row filled in part: (its fields, the one message, on which field)
PART_ROWS = [
    ({"excerpt": "Sales rose 40%."}, "Give the URL the excerpt is from, or clear the row.", "url"),
    (
        {"archive_url": "https://archive.org/x"},
        "Give the URL of the page this archived copy keeps, or clear the row.",
        "url",
    ),
    ({"observed_on": "2026-01-05"}, "Give the URL this date belongs to, or clear the row.", "url"),
    (
        {"url": "https://example.org/r"},
        "Say when the page was seen: required with a URL.",
        "observed_on",
    ),
    (
        {"url": "https://example.org/r", "excerpt": "Sales rose."},
        "Say when the page was seen: required with a URL.",
        "observed_on",
    ),
]


@pytest.mark.parametrize(("row", "message", "field"), PART_ROWS)
def test_an_evidence_row_filled_in_part_gets_one_message_about_what_it_lacks(
    curator_client, row, message, field
):
    data = _post(verdict="true", **{"evidence-0-url": "", "evidence-0-observed_on": ""})
    data.update({f"evidence-0-{key}": value for key, value in row.items()})
    response = curator_client.post(resolve_url(ClaimFactory()), data)
    form = response.context["evidence"].forms[0]
    assert form.errors == {field: [message]}
    assert not Resolution.objects.exists()


# (verdict, rationale, evidence row, what the page says, or None when it is resolved)
RULES = [
    ("true", "Shipped.", False, "needs at least one piece of evidence", None),
    ("false", "Did not.", False, "needs at least one piece of evidence", None),
    ("partly_true", "Half.", False, "needs at least one piece of evidence", None),
    ("unresolvable", "", False, "Say why", None),
    ("withdrawn", "", False, "Say why", None),
    ("true", "Shipped.", True, None, "true"),
    ("unresolvable", "Nobody can tell.", False, None, "unresolvable"),
    ("withdrawn", "Taken back on air.", False, None, "withdrawn"),
]


@pytest.mark.parametrize("case", RULES, ids=lambda case: f"{case[0]}-{bool(case[2])}")
def test_the_page_applies_the_services_rules_for_evidence_and_rationale(curator_client, case):
    verdict, rationale, with_evidence, refusal, stored = case
    claim = ClaimFactory()
    fields = {"verdict": verdict, "rationale": rationale}
    if not with_evidence:
        fields |= {"evidence-0-url": "", "evidence-0-observed_on": ""}
    response = curator_client.post(resolve_url(claim), _post(**fields))
    if refusal:
        assert response.status_code == 200
        assert refusal in response.text
        assert not Resolution.objects.exists()
    else:
        assert response.status_code == 302
        assert response.url == reverse("admin:claims_claim_change", args=[claim.pk])
        assert Claim.objects.get(pk=claim.pk).verdict == stored


def test_the_setting_lets_a_rationale_alone_do(curator_client, settings):
    settings.RESOLUTION_EVIDENCE_REQUIRED = False
    claim = ClaimFactory()
    page = curator_client.get(resolve_url(claim)).text
    assert "need at least one piece of evidence" not in page
    fields = {"verdict": "true", "evidence-0-url": "", "evidence-0-observed_on": ""}
    assert curator_client.post(resolve_url(claim), _post(**fields)).status_code == 302
    assert Claim.objects.get(pk=claim.pk).verdict == "true"


def test_the_claim_page_offers_resolve_revise_and_reopen(curator_client):
    claim = ClaimFactory()
    change = reverse("admin:claims_claim_change", args=[claim.pk])
    tools = re.search(r'<ul class="object-tools">(.*?)</ul>', curator_client.get(change).text, re.S)
    assert f'<a href="{resolve_url(claim)}">Resolve</a>' in tools[1]
    assert "Reopen" not in tools[1]
    _resolved(claim)
    tools = re.search(r'<ul class="object-tools">(.*?)</ul>', curator_client.get(change).text, re.S)
    assert f'<a href="{resolve_url(claim)}">Revise verdict</a>' in tools[1]
    reopen = reverse("admin:claims_claim_reopen", args=[claim.pk])
    assert f'<a href="{reopen}">Reopen</a>' in tools[1]


def test_each_row_of_the_claims_list_links_to_its_resolve_page(curator_client):
    fresh = ClaimFactory(statement="Fresh claim.")
    resolved = _resolved(ClaimFactory(statement="Resolved claim."))
    draft = ClaimFactory(statement="Draft claim.", review_state="draft")
    text = curator_client.get(CHANGELIST).text
    assert (
        f'<a class="button resolve-link" href="{resolve_url(fresh)}?_changelist_filters=" '
        'aria-label="Resolve: Fresh claim.">Resolve</a>'
    ) in text
    assert (
        f'<a class="button resolve-link" href="{resolve_url(resolved)}?_changelist_filters=" '
        'aria-label="Revise: Resolved claim.">Revise</a>'
    ) in text
    assert resolve_url(draft) not in text
    # the admin's own keyboard flow stays: the action select and every row's checkbox
    assert '<select name="action"' in text
    assert text.count('class="action-select"') == 3


def test_resolving_from_a_filtered_list_returns_to_that_list(curator_client):
    claim = ClaimFactory(statement="Fresh claim.", kind="prediction")
    ClaimFactory(statement="Another claim.", kind="opinion")
    query = "kind__exact=prediction&o=2"
    text = curator_client.get(f"{CHANGELIST}?{query}").text
    link = html.unescape(re.search(r'class="button resolve-link" href="([^"]+)"', text)[1])
    assert link.startswith(resolve_url(claim) + "?_changelist_filters=")
    page = curator_client.post(
        link,
        {
            "verdict": "unresolvable",
            "rationale": "Nobody reported a figure.",
            "evidence-TOTAL_FORMS": "0",
            "evidence-INITIAL_FORMS": "0",
            "apply": "1",
        },
    )
    assert page.status_code == 302
    assert page.url == f"{CHANGELIST}?{query}"
    claim.refresh_from_db()
    assert claim.verdict == "unresolvable"


def test_resolving_from_the_claims_page_returns_to_it(curator_client):
    claim = ClaimFactory()
    page = curator_client.post(
        resolve_url(claim),
        {
            "verdict": "unresolvable",
            "rationale": "Nobody reported a figure.",
            "evidence-TOTAL_FORMS": "0",
            "evidence-INITIAL_FORMS": "0",
            "apply": "1",
        },
    )
    assert page.url == reverse("admin:claims_claim_change", args=[claim.pk])


def test_a_user_who_cannot_change_claims_is_refused_not_failed(client):
    viewer = UserFactory(is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_claim"))
    client.force_login(viewer)
    claim = ClaimFactory()
    for url in (resolve_url(claim), reverse("admin:claims_claim_reopen", args=[claim.pk])):
        assert client.get(url).status_code == 403
        assert client.post(url, _post(verdict="true")).status_code == 403
    assert not Resolution.objects.exists()
    # a claim that does not exist: Django's own "doesn't exist" (back to the list, with a message)
    assert client.get(reverse("admin:claims_claim_resolve", args=[999999])).status_code == 302


def test_a_reminder_link_signed_out_lands_on_the_resolve_page_after_signing_in(client, curator):
    claim = ClaimFactory()
    response = client.get(resolve_url(claim))
    login = f"{reverse('admin:login')}?next={resolve_url(claim)}"
    assert response.status_code == 302
    assert response.url == login
    signed_in = client.post(
        login,
        {
            "username": curator.username,
            "password": "correct horse battery",
            "next": resolve_url(claim),
        },
    )
    assert signed_in.status_code == 302
    assert signed_in.url == resolve_url(claim)
    assert client.get(signed_in.url).status_code == 200


def test_the_digest_link_lists_exactly_the_claims_it_names(curator_client):
    named = [ClaimFactory(), ClaimFactory(), ClaimFactory()]
    ClaimFactory()  # not named
    ids = ",".join(str(claim.pk) for claim in named)
    response = curator_client.get(f"{CHANGELIST}?id__in={ids}")
    assert response.status_code == 200
    listed = [claim.pk for claim in response.context["cl"].result_list]
    assert sorted(listed) == sorted(claim.pk for claim in named)
    bad = curator_client.get(f"{CHANGELIST}?id__in=1,two")
    assert bad.status_code == 302
    assert bad.url.endswith("?e=1")


# --- the bulk action -------------------------------------------------------------------------
def _bulk(claims, **fields) -> dict:
    return {"action": "resolve_selected", "_selected_action": [c.pk for c in claims], **fields}


def test_the_bulk_action_says_its_evidence_goes_on_every_claim_and_needs_it(curator_client):
    claims = [ClaimFactory(), ClaimFactory()]
    page = curator_client.post(CHANGELIST, _bulk(claims)).text
    assert "attached to every selected claim" in page
    assert "True, false, partly true need at least one piece of evidence" in page
    refused = curator_client.post(
        CHANGELIST,
        _bulk(
            claims, **_post(verdict="false", **{"evidence-0-url": "", "evidence-0-observed_on": ""})
        ),
    )
    assert "needs at least one piece of evidence" in refused.text
    assert not Resolution.objects.exists()
    done = curator_client.post(CHANGELIST, _bulk(claims, **_post(verdict="false")))
    assert done.status_code == 302
    for claim in claims:
        resolution = Resolution.objects.get(claim=claim)
        assert list(resolution.evidence.values_list("url", flat=True)) == [
            "https://example.org/report"
        ]


def test_withdrawing_several_claims_at_once_needs_only_a_rationale(curator_client):
    claims = [ClaimFactory(), ClaimFactory()]
    fields = {"verdict": "withdrawn", "evidence-0-url": "", "evidence-0-observed_on": ""}
    assert curator_client.post(CHANGELIST, _bulk(claims, **_post(**fields))).status_code == 302
    assert set(Claim.objects.values_list("verdict", flat=True)) == {"withdrawn"}


# --- reopening and the counts in messages -----------------------------------------------------
NO_VERDICT = "This claim has no verdict to reopen."


def _messages(response) -> list[str]:
    return [str(message) for message in response.context["messages"]]


def test_reopening_a_claim_without_a_verdict_says_so_and_offers_no_form(curator_client):
    claim = ClaimFactory()
    url = reverse("admin:claims_claim_reopen", args=[claim.pk])
    for response in (
        curator_client.get(url),
        curator_client.post(url, {"apply": "1", "reason": "x"}),
    ):
        assert response.status_code == 200
        assert list(response.context["adminform"].form.non_field_errors()) == [NO_VERDICT]
        assert 'value="Reopen"' not in response.text
        assert "Reopened" not in response.text
    assert Claim.history.filter(id=claim.pk).count() == 1


@pytest.mark.parametrize(
    ("resolved", "unresolved", "success", "warning"),
    [
        (1, 0, "Reopened 1 claim.", None),
        (2, 0, "Reopened 2 claims.", None),
        (1, 1, "Reopened 1 claim.", "1 claim has no verdict to reopen: "),
        (2, 2, "Reopened 2 claims.", "2 claims have no verdict to reopen: "),
    ],
)
def test_the_bulk_reopen_counts_only_what_it_reopened(
    curator_client, resolved, unresolved, success, warning
):
    done = [_resolved(ClaimFactory()) for _ in range(resolved)]
    left = [ClaimFactory() for _ in range(unresolved)]
    data = {
        "action": "reopen_selected",
        "_selected_action": [c.pk for c in done + left],
        "apply": "1",
        "reason": "Read too quickly.",
    }
    response = curator_client.post(CHANGELIST, data, follow=True)
    said = _messages(response)
    assert said[0] == success
    if warning is None:
        assert len(said) == 1
    else:
        assert said[1].startswith(warning)
        for claim in left:
            assert f"#{claim.pk} " in said[1]
    assert not Claim.objects.filter(verdict__gt="").exists()


def test_a_bulk_reopen_of_claims_without_verdicts_reopens_nothing_and_says_why(curator_client):
    claims = [ClaimFactory(), ClaimFactory()]
    data = {"action": "reopen_selected", "_selected_action": [c.pk for c in claims]}
    response = curator_client.post(CHANGELIST, {**data, "apply": "1", "reason": "x"})
    assert response.status_code == 200
    [error] = response.context["adminform"].form.non_field_errors()
    assert error.startswith("2 claims have no verdict to reopen: ")
    assert 'value="Reopen"' not in response.text


@pytest.mark.parametrize(
    ("count", "message", "title"),
    [(1, "Resolved 1 claim.", "Resolve: 1 claim"), (2, "Resolved 2 claims.", "Resolve: 2 claims")],
)
def test_resolve_messages_and_titles_read_singular_for_one(curator_client, count, message, title):
    claims = [ClaimFactory() for _ in range(count)]
    page = curator_client.post(CHANGELIST, _bulk(claims))
    assert page.context["title"] == title
    done = curator_client.post(CHANGELIST, _bulk(claims, **_post(verdict="false")), follow=True)
    assert _messages(done) == [message]


# --- query counts ----------------------------------------------------------------------------
def test_the_resolve_page_reads_a_fixed_number_of_queries(
    curator_client, django_assert_num_queries
):
    claim = _resolved(ClaimFactory())
    curator_client.get(resolve_url(claim))  # the session and permissions, once
    # session, user, permissions (user's, group's), the claim, the claims shown, the check
    with django_assert_num_queries(7):
        assert curator_client.get(resolve_url(claim)).status_code == 200


def test_the_claim_page_reads_a_fixed_number_of_queries(curator_client, django_assert_num_queries):
    claim = _resolved(ClaimFactory())
    services.claim_resolve(
        claim=claim, verdict="false", rationale="No.", evidence=EVIDENCE_SEEN, reason="Recount."
    )
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    curator_client.get(url)
    # One of them lists the active staff a claim can be assigned to.
    with django_assert_num_queries(13):
        assert curator_client.get(url).status_code == 200


def test_the_reopen_page_focuses_the_reason_and_says_why_it_is_needed(curator_client):
    claim = _resolved(ClaimFactory())
    url = reverse("admin:claims_claim_reopen", args=[claim.pk])
    page = curator_client.get(url).text
    assert re.search(r'<textarea name="reason"[^>]*autofocus', page)
    response = curator_client.post(url, {"apply": "1", "reason": ""})
    assert response.context["form"].errors["reason"] == [
        "Say why the verdict is taken back: the reason stays on record with it."
    ]
    claim.refresh_from_db()
    assert claim.verdict
