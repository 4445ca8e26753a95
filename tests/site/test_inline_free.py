"""No page the site serves needs inline styles or scripts: ``style-src 'self'`` everywhere.

The public pages, every page of the admin (each registered model's list, add,
change, history, delete and resolve pages), the browsable API as readers and
curators see it, the API's documentation and the health pages: each is
fetched, its Content-Security-Policy must allow no inline code, and its HTML
must carry none (no ``style`` attribute, no ``<style>``, no script without a
``src`` other than a data block, no event-handler attribute, no
``javascript:`` address).
"""

import re

import pytest
from bs4 import BeautifulSoup
from django.contrib import admin
from django.urls import NoReverseMatch, reverse

from claims.admin.listing import status_badge
from claims.choices import ReviewState, Status
from claims.models import Claim, DraftClaim
from tests.factories import AdminFactory, ClaimFactory

pytestmark = pytest.mark.django_db

# Pages the admin does not show (deleting what may not be deleted, a record the
# page's list does not hold): they render nothing of their own.
NOT_SHOWN = {302, 403}
# Script elements that hold data, which browsers never run.
DATA_SCRIPT_TYPES = {"application/json", "application/ld+json"}


def inline_code(html: str, nonce: str | None = None) -> list[str]:
    """What in ``html`` a policy without 'unsafe-inline' would block, described.

    ``<style>`` and ``<script>`` elements carrying ``nonce`` (the page's) pass.
    """
    soup = BeautifulSoup(html, "html.parser")
    found = [f"style attribute on <{tag.name}>" for tag in soup.find_all(style=True)]
    found += [
        f"<style>: {tag.text[:60]!r}"
        for tag in soup.find_all("style")
        if not nonce or tag.get("nonce") != nonce
    ]
    found += [
        f"inline <script>: {tag.text[:60]!r}"
        for tag in soup.find_all("script")
        if not tag.get("src")
        and tag.get("type") not in DATA_SCRIPT_TYPES
        and (not nonce or tag.get("nonce") != nonce)
    ]
    for tag in soup.find_all(True):
        found += [f"{name} on <{tag.name}>" for name in tag.attrs if name.startswith("on")]
        found += [
            f"javascript: address on <{tag.name}>"
            for name in ("href", "src", "action")
            if str(tag.get(name, "")).strip().lower().startswith("javascript:")
        ]
    return found


def policy_of(response) -> dict[str, str]:
    header = response["Content-Security-Policy"]
    return dict(part.strip().split(" ", 1) for part in header.split(";") if part.strip())


def problems_of(client, url: str) -> list[str]:
    """What keeps the page at ``url`` from running under the site's strict policy."""
    response = client.get(url)
    if response.status_code in NOT_SHOWN:
        return []
    if response.status_code != 200:
        return [f"status {response.status_code}"]
    policy = policy_of(response)
    found = inline_code(response.content.decode())
    if "'unsafe-inline'" in response["Content-Security-Policy"]:
        found.append("the policy allows 'unsafe-inline'")
    found += [
        f"{directive} is {policy[directive]}"
        for directive in ("style-src", "script-src")
        if policy[directive] != "'self'"
    ]
    return found


def assert_inline_free(client, urls: list[str]) -> None:
    problems = {url: problems_of(client, url) for url in urls}
    assert {url: found for url, found in problems.items() if found} == {}


def model_admin_pages(objects: dict[type, object]) -> list[str]:
    """Every page of every registered model's admin that takes no argument or one object."""
    urls = []
    for model, model_admin in admin.site._registry.items():
        obj = objects.get(model) or model._default_manager.order_by("pk").first()
        for pattern in model_admin.get_urls():
            regex = pattern.pattern.regex
            if not pattern.name or pattern.name.endswith("autocomplete"):
                continue
            if not regex.groups:
                urls.append(reverse(f"admin:{pattern.name}"))
            elif set(regex.groupindex) == {"object_id"} and regex.groups == 1 and obj:
                urls.append(reverse(f"admin:{pattern.name}", kwargs={"object_id": obj.pk}))
    return urls


@pytest.fixture
def admin_client_(client):
    client.force_login(AdminFactory(username="editor"))
    return client


def test_the_inline_code_finder_finds_each_kind():
    html = (
        '<p style="color: red">x</p><style>p {}</style><script>go()</script>'
        '<script type="application/json">{}</script><script src="/s.js"></script>'
        '<a href="javascript:go()" onclick="go()">x</a>'
    )
    assert inline_code(html) == [
        "style attribute on <p>",
        "<style>: 'p {}'",
        "inline <script>: 'go()'",
        "onclick on <a>",
        "javascript: address on <a>",
    ]


def test_every_admin_page_runs_without_inline_code(admin_client_, record):
    claim = record.resolved
    draft = ClaimFactory(review_state=ReviewState.DRAFT)
    pages = [
        "/admin/",
        "/admin/password_change/",
        *model_admin_pages({Claim: claim, DraftClaim: DraftClaim.objects.get(pk=draft.pk)}),
    ]
    pages += [f"/admin/{app}/" for app in {model._meta.app_label for model in admin.site._registry}]
    history = claim.history.order_by("history_id").first()
    try:
        pages.append(
            reverse("admin:claims_claim_simple_history", args=[claim.pk, history.history_id])
        )
    except NoReverseMatch:
        pytest.fail("the claim's history entries have their own admin page")
    curated = [
        reverse("admin:claims_claim_change", args=[claim.pk]),
        reverse("admin:claims_claim_history", args=[claim.pk]),
        reverse("admin:claims_claim_resolve", args=[claim.pk]),
        reverse("admin:claims_draftclaim_change", args=[draft.pk]),
    ]
    for url in curated:
        assert url in pages
        assert admin_client_.get(url).status_code == 200, url
    assert_inline_free(admin_client_, pages)


def test_the_resolve_page_for_selected_claims_runs_without_inline_code(admin_client_, record):
    response = admin_client_.post(
        reverse("admin:claims_claim_changelist"),
        {"action": "resolve_selected", "_selected_action": [record.open.pk, record.due.pk]},
    )
    assert response.status_code == 200
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert inline_code(response.content.decode()) == []


def api_pages(record) -> list[str]:
    claim = record.resolved
    return [
        "/api/v1/",
        "/api/v1/claims/",
        "/api/v1/claims/?status=true&ordering=-said_on",
        f"/api/v1/claims/{claim.pk}/",
        "/api/v1/speakers/",
        "/api/v1/speakers/emma-stratton/",
        "/api/v1/speakers/emma-stratton/claims/",
        f"/api/v1/sources/{record.source.pk}/",
        "/api/v1/sources/",
        "/api/v1/topics/",
        "/api/v1/topics/generative-video/",
    ]


def test_the_browsable_api_runs_without_inline_code_for_readers(client, record):
    assert_inline_free(client, api_pages(record))


def test_the_browsable_api_and_its_forms_run_without_inline_code_for_curators(
    admin_client_, record
):
    for url in [*api_pages(record), f"/api/v1/claims/{record.open.pk}/resolve/"]:
        response = admin_client_.get(url, HTTP_ACCEPT="text/html")
        assert response.status_code in (200, 405), url
        assert "'unsafe-inline'" not in response["Content-Security-Policy"], url
        assert inline_code(response.content.decode()) == [], url


@pytest.mark.parametrize("url", ["/api/docs/", "/health/", "/health/ready/", "/health/live/"])
def test_the_api_documentation_and_health_pages_run_without_inline_code(client, url, record):
    response = client.get(url, HTTP_ACCEPT="text/html")
    assert response.status_code in (200, 503), url
    assert "'unsafe-inline'" not in response["Content-Security-Policy"], url
    assert policy_of(response)["style-src"] == "'self'"
    assert inline_code(response.content.decode()) == [], url


def test_redoc_may_add_styles_by_the_pages_nonce_only(client):
    response = client.get("/api/redoc/")
    assert response.status_code == 200
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    style_src = policy_of(response)["style-src"].split()
    assert style_src[0] == "'self'"
    assert len(style_src) == 2
    assert style_src[1].startswith("'nonce-")
    nonce = style_src[1].removeprefix("'nonce-").removesuffix("'")
    assert inline_code(response.content.decode(), nonce) == []
    again = policy_of(client.get("/api/redoc/"))["style-src"].split()[1]
    assert again != style_src[1], "a new nonce for every page"


@pytest.mark.parametrize("status", Status.values)
def test_every_status_badge_has_its_colour_in_the_stylesheet(status):
    from django.contrib.staticfiles import finders

    css = open(finders.find("claims/admin.css"), encoding="utf-8").read()  # noqa: SIM115
    badge = status_badge(status)
    assert badge.startswith(f'<span class="status-badge status-{status}">')
    assert re.search(rf"\.status-badge\.status-{status} \{{ background: #[0-9a-f]{{6}}; \}}", css)


def test_a_status_the_admin_does_not_know_is_shown_as_it_is_in_grey():
    assert status_badge("postponed") == '<span class="status-badge">postponed</span>'
