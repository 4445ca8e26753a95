"""The curator's day in a real browser: dashboard, resolving from the keyboard, the review queue.

Reuses the public site's Playwright set-up (the system Chromium, a live server on
the test database, a clock that starts at NOW and moves on).
"""

import re
import threading
from importlib import import_module

import pytest
import time_machine
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.db import connections

from claims.choices import ReviewState
from claims.models import Claim
from tests.factories import ClaimFactory, CuratorFactory
from tests.site.conftest import NOW
from tests.site.test_browser import browser, page, png_size  # noqa: F401 - shared fixtures

CURATOR_PERMISSIONS = import_module("claims.migrations.0002_curator_group").CURATOR_PERMISSIONS
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "correct horse battery"
SCREEN = {"width": 1400, "height": 900}


@pytest.fixture(autouse=True)
def _fixed_clock():
    # The live server runs in another thread and the browser needs a running clock.
    with time_machine.travel(NOW, tick=True):
        yield


@pytest.fixture(autouse=True)
def _curator_group(transactional_db):
    # A migration makes it; tests that run in transactions flush it between tests.
    group, _ = Group.objects.get_or_create(name="Curator")
    for app_label, models in CURATOR_PERMISSIONS.items():
        for model, actions in models.items():
            codenames = [f"{action}_{model}" for action in actions]
            group.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label=app_label, codename__in=codenames
                )
            )


@pytest.fixture
def curator_day(record):
    """A curator with one due claim of their own, and two drafts waiting for review."""
    curator = CuratorFactory(username="fact-checker")
    Claim.objects.filter(pk=record.due.pk).update(assigned_curator=curator)
    drafts = [
        ClaimFactory(
            speaker=record.speaker,
            source=record.source,
            review_state=ReviewState.DRAFT,
            statement=f"Draft claim {n} from the import.",
            deadline=NOW.date().replace(year=NOW.year + 3),
        )
        for n in (1, 2)
    ]
    return curator, drafts


def sign_in(tab, server: str, username: str) -> None:
    tab.goto(f"{server}/admin/login/")
    tab.fill("#id_username", username)
    tab.fill("#id_password", PASSWORD)
    tab.keyboard.press("Enter")
    tab.wait_for_url(f"{server}/admin/")


def dashboard_counts(tab) -> dict[str, int]:
    counts = {}
    for row in tab.locator(".curator-dashboard tbody tr").all():
        label = row.locator("th").inner_text().strip()
        counts[label] = int(row.locator("td").inner_text())
    return counts


def active(tab) -> dict:
    return tab.evaluate(
        "() => { const e = document.activeElement; return {tag: e.tagName, id: e.id, "
        "name: e.getAttribute('name'), value: e.value, text: e.textContent.trim(), "
        "checked: !!e.checked, cls: e.className}; }"
    )


def tab_until(tab, matches, limit: int = 150) -> dict:
    """Press Tab until the focused element ``matches``; fail if it is never reached."""
    for _ in range(limit):
        tab.keyboard.press("Tab")
        element = active(tab)
        if matches(element):
            return element
    raise AssertionError(f"not reached with Tab in {limit} presses")


def test_a_curator_resolves_from_the_keyboard_and_publishes_two_drafts(
    page,  # noqa: F811
    live_server,
    record,
    curator_day,
):
    curator, drafts = curator_day
    server = live_server.url
    sign_in(page, server, curator.username)
    before = dashboard_counts(page)
    assert before["Assigned to me and due"] == 1
    assert before["Drafts waiting for review"] == 2

    page.get_by_role("link", name="Assigned to me and due", exact=True).click()
    page.wait_for_url(re.compile(r"/admin/claims/claim/\?assigned=me&status=due$"))
    statements = page.locator("#result_list .claim-statement").all_inner_texts()
    assert statements == [record.due.statement]
    page.get_by_role("link", name=record.due.statement, exact=True).click()
    page.wait_for_url(re.compile(rf"/admin/claims/claim/{record.due.pk}/change/"))

    # From here on, the keyboard only.
    tab_until(page, lambda e: e["tag"] == "A" and e["text"] == "Resolve")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(rf"/admin/claims/claim/{record.due.pk}/resolve/"))
    focused = active(page)
    assert (focused["name"], focused["value"], focused["checked"]) == ("verdict", "true", False)
    page.keyboard.press("ArrowDown")  # moves to "false" and chooses it
    page.keyboard.press("ArrowDown")  # "partly true"
    page.keyboard.press("ArrowUp")  # back to "false"
    assert (active(page)["value"], active(page)["checked"]) == ("false", True)
    page.keyboard.press("Tab")
    assert active(page)["id"] == "id_rationale"
    page.keyboard.type("Lumen Labs kept its model closed through 2025.")
    page.keyboard.press("Tab")
    assert active(page)["id"] == "id_evidence-0-url"
    page.keyboard.type("https://news.example.org/lumen-closed")
    page.keyboard.press("Tab")
    assert active(page)["id"] == "id_evidence-0-archive_url"
    page.keyboard.press("Tab")
    assert active(page)["id"] == "id_evidence-0-excerpt"
    page.keyboard.type("The model remains available only through the paid API.")
    page.keyboard.press("Tab")
    assert active(page)["id"] == "id_evidence-0-observed_on"
    page.keyboard.type("2026-01-05")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(rf"/admin/claims/claim/{record.due.pk}/change/"))
    assert "Resolved 1 claim." in page.locator(".messagelist").inner_text()
    resolved = Claim.objects.get(pk=record.due.pk)
    assert resolved.verdict == "false"
    [evidence] = resolved.resolutions.get(retracted_at=None).evidence.all()
    assert (evidence.url, evidence.observed_on.isoformat()) == (
        "https://news.example.org/lumen-closed",
        "2026-01-05",
    )

    page.goto(f"{server}/admin/")
    page.get_by_role("link", name="Drafts waiting for review", exact=True).click()
    page.wait_for_url(re.compile(r"/admin/claims/draftclaim/$"))
    for draft in drafts:
        page.locator(f'input.action-select[value="{draft.pk}"]').check()
    page.select_option("select[name=action]", "publish_drafts")
    page.get_by_role("button", name="Go").click()
    assert "Published 2 drafts." in page.locator(".messagelist").inner_text()

    page.goto(f"{server}/admin/")
    after = dashboard_counts(page)
    assert after["Assigned to me and due"] == 0
    assert after["Drafts waiting for review"] == 0
    assert page.errors == [], "\n".join(page.errors)


def test_the_claims_list_shows_ten_claims_a_screen_each_on_two_lines_at_most(
    browser,  # noqa: F811
    live_server,
    record,
):
    long = (
        "Every major film studio will produce at least one feature-length film whose footage is "
        "generated end to end by a model, with no camera, no set and no actor, and it will be "
        "released in cinemas worldwide before the end of the decade."
    )
    for n in range(12):
        ClaimFactory(speaker=record.speaker, source=record.source, statement=f"{n}. {long}")
    CuratorFactory(username="fact-checker")
    context = browser.new_context(viewport=SCREEN)
    tab = context.new_page()
    sign_in(tab, live_server.url, "fact-checker")
    tab.goto(f"{live_server.url}/admin/claims/claim/")
    rows = tab.locator("#result_list tbody tr").all()
    assert len(rows) >= 12
    on_screen = [
        row for row in rows if row.bounding_box()["y"] + row.bounding_box()["height"] <= 900
    ]
    assert len(on_screen) >= 10, f"{len(on_screen)} claims on one 1400×900 screen"
    # every column is on the screen: the list does not scroll sideways
    results = tab.locator("#changelist-form .results")
    assert results.evaluate("e => e.scrollWidth <= e.clientWidth"), "the list scrolls sideways"
    for statement in tab.locator("#result_list .claim-statement").all():
        box = statement.bounding_box()
        line = float(statement.evaluate("e => parseFloat(getComputedStyle(e).lineHeight)"))
        assert box["height"] <= 2 * line + 1, statement.inner_text()

    # The admin's keyboard flow: the action select, then each row's checkbox.
    tab.goto(f"{live_server.url}/admin/claims/claim/")
    tab_until(tab, lambda e: e["name"] == "action" and e["tag"] == "SELECT")
    reached = tab_until(tab, lambda e: "action-select" in e["cls"])
    assert reached["tag"] == "INPUT"
    context.close()


def test_the_admin_screenshot_command_writes_each_page_at_1400_by_900(
    browser,  # noqa: F811
    live_server,
    record,
    curator_day,
    tmp_path,
):
    failures = []

    def run() -> None:
        try:
            call_command(
                "admin_screenshots",
                str(tmp_path),
                "--user",
                "fact-checker",
                "--base-url",
                live_server.url,
            )
        except Exception as error:  # reported below, in the test's thread
            failures.append(error)
        finally:
            connections.close_all()

    worker = threading.Thread(target=run)
    worker.start()
    worker.join(timeout=300)
    assert failures == []
    for name in ("dashboard", "claims", "claim", "resolve", "review-queue"):
        assert png_size(tmp_path / f"{name}.png") == (1400, 900)
