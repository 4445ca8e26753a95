"""The site in a real browser: the system's Chromium driven by Playwright.

A reader's journey (home → search → claim → speaker → source), the keyboard,
axe-core's accessibility rules, and proof that no request leaves the site.
"""

import os
import struct
import threading
from urllib.parse import urlsplit

import pytest
import time_machine
from axe_playwright_python.sync_playwright import Axe
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connections
from playwright.sync_api import sync_playwright

from tests.factories import AdminFactory
from tests.site.conftest import NOW
from tracker.site.screenshots import VIEWPORTS, chromium_path

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture(autouse=True)
def _fixed_clock():
    # The server runs in another thread and the browser needs a running clock
    # for its timeouts: time starts at NOW and moves on.
    with time_machine.travel(NOW, tick=True):
        yield


@pytest.fixture(autouse=True)
def _curator_group(transactional_db):
    # A migration makes it; tests that run in transactions flush it between tests.
    Group.objects.get_or_create(name="Curator")


@pytest.fixture(scope="module")
def browser():
    # Playwright's synchronous API runs an event loop in this thread; the
    # test's own database calls are synchronous all the same.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            launched = playwright.chromium.launch(executable_path=chromium_path())
            yield launched
            launched.close()
    finally:
        del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


def record_console_error(tab, message) -> None:
    # The site has no favicon of its own (yet): the browser's own request for
    # one is not the page's doing.
    if message.type == "error" and not message.location.get("url", "").endswith("/favicon.ico"):
        tab.errors.append(f"{message.text} ({message.location.get('url')})")


@pytest.fixture
def page(browser, live_server):
    """A fresh page that records every request it makes and every console error."""
    context = browser.new_context()
    tab = context.new_page()
    tab.requests = []
    tab.errors = []
    tab.failed = []
    tab.on("request", lambda request: tab.requests.append(request.url))
    tab.on("console", lambda message: record_console_error(tab, message))
    tab.on("response", lambda response: response.status >= 400 and tab.failed.append(response.url))
    yield tab
    context.close()


def hosts_other_than(server: str, urls: list[str]) -> set[str]:
    own = urlsplit(server).netloc
    return {
        urlsplit(url).netloc
        for url in urls
        if urlsplit(url).scheme not in ("data", "blob", "about") and urlsplit(url).netloc != own
    }


def test_a_reader_goes_from_home_to_search_to_claim_to_speaker_to_source(page, live_server, record):
    page.goto(live_server.url)
    assert page.locator("h1").inner_text() == "What they said would happen, and what did"
    page.get_by_label("Search claims").fill("video")
    page.keyboard.press("Enter")
    page.wait_for_url("**/claims/?q=video")
    assert page.locator("h1").inner_text() == "Claims matching “video”"
    page.get_by_role("link", name=record.resolved.statement).click()
    assert page.locator("h1").inner_text() == record.resolved.statement
    assert "came true" in page.locator(".claim-meta").first.inner_text()
    page.locator("dd").get_by_role("link", name="Emma Stratton").click()
    assert page.locator("h1").inner_text() == "Emma Stratton"
    assert page.get_by_role(
        "img", name="Calibration of Emma Stratton’s stated confidences"
    ).is_visible()
    page.get_by_label("Status", exact=True).select_option("due")
    page.get_by_role("button", name="Show claims").click()
    assert page.locator(".claim-title").all_inner_texts() == [record.due.statement]
    page.get_by_role("link", name="The Future of Video, episode 12").first.click()
    assert page.locator("h1").inner_text() == "The Future of Video, episode 12"
    assert page.locator(".claim-title").all_inner_texts() == [
        record.open.statement,
        record.resolved.statement,
        record.due.statement,
    ]
    assert hosts_other_than(live_server.url, page.requests) == set()
    assert page.failed == []
    assert page.errors == [], "\n".join(page.errors)


def test_the_site_works_from_the_keyboard(page, live_server, record):
    page.goto(live_server.url)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to the content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "content"
    page.goto(live_server.url)
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "site-search-q":
            break
    page.keyboard.type("studio")
    page.keyboard.press("Enter")
    page.wait_for_url("**/claims/?q=studio")
    assert page.locator(".claim-title").all_inner_texts() == [record.open.statement]


def every_page(record) -> list[str]:
    return [
        "/",
        "/claims/",
        "/claims/?q=video&status=true",
        f"/claims/{record.resolved.pk}/",
        "/speakers/",
        "/speakers/emma-stratton/",
        f"/sources/{record.source.pk}/",
        "/topics/generative-video/",
    ]


def test_axe_finds_no_accessibility_violations_on_any_page(page, live_server, record):
    axe = Axe()
    for path in every_page(record):
        page.goto(f"{live_server.url}{path}")
        results = axe.run(page)
        violations = results.response["violations"]
        assert violations == [], (path, results.generate_report())


@pytest.mark.parametrize("path", ["pages", "/api/redoc/", "/api/docs/"])
def test_no_request_leaves_the_site_and_the_policy_blocks_nothing(page, live_server, record, path):
    paths = every_page(record) if path == "pages" else [path]
    for each in paths:
        page.goto(f"{live_server.url}{each}", wait_until="networkidle")
    if path != "pages":
        page.wait_for_selector("text=Claims tracker API")
    assert hosts_other_than(live_server.url, page.requests) == set()
    assert [error for error in page.errors if "Content Security Policy" in error] == []


def test_the_curators_admin_and_the_browsable_api_work_under_the_policy(page, live_server, record):
    """No inline style or script anywhere: the browser reports no blocked one."""
    AdminFactory(username="editor")
    claim = record.resolved
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "correct horse battery")
    page.click("input[type=submit]")
    history_id = claim.history.order_by("history_id").first().history_id
    paths = [
        "/admin/",
        "/admin/claims/claim/",
        "/admin/claims/claim/?status=due",
        f"/admin/claims/claim/{claim.pk}/change/",
        f"/admin/claims/claim/{claim.pk}/history/",
        f"/admin/claims/claim/{claim.pk}/history/{history_id}/",
        f"/admin/claims/claim/{claim.pk}/resolve/",
        f"/admin/claims/claim/{claim.pk}/reopen/",
        "/admin/claims/claim/add/",
        f"/admin/claims/speaker/{record.speaker.pk}/change/",
        "/admin/claims/draftclaim/",
        "/admin/django_celery_beat/periodictask/add/",
        "/admin/django_celery_beat/periodictask/",
        "/api/v1/",
        "/api/v1/claims/",
        f"/api/v1/claims/{claim.pk}/",
        "/api/v1/speakers/emma-stratton/",
        "/health/",
    ]
    for path in paths:
        page.goto(f"{live_server.url}{path}", wait_until="networkidle")
    assert hosts_other_than(live_server.url, page.requests) == set()
    assert [error for error in page.errors if "Content Security Policy" in error] == []
    # The pages drew what they style: the claims list's status badges have their colours.
    page.goto(f"{live_server.url}/admin/claims/claim/", wait_until="networkidle")
    badge = page.locator(".status-badge.status-true").first
    assert badge.evaluate("element => getComputedStyle(element).backgroundColor") == (
        "rgb(46, 125, 50)"
    )
    # The browsable API's filter button keeps its place, styled from the stylesheet.
    page.goto(f"{live_server.url}/api/v1/claims/", wait_until="networkidle")
    filters = page.get_by_role("button", name="Filters")
    assert filters.evaluate("element => getComputedStyle(element).float") == "right"


def png_size(path) -> tuple[int, int]:
    with open(path, "rb") as file:
        header = file.read(24)
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", header[16:24])


def test_the_screenshot_command_writes_every_page_at_desktop_and_phone_widths(
    browser, live_server, record, tmp_path
):
    # Playwright's synchronous API cannot be started twice in one thread (the
    # module's browser holds it here): the command runs in a thread of its own.
    failures = []

    def run() -> None:
        try:
            call_command("site_screenshots", "--base-url", live_server.url, "--out", str(tmp_path))
        except Exception as error:  # reported below, in the test's thread
            failures.append(error)
        finally:
            connections.close_all()

    worker = threading.Thread(target=run)
    worker.start()
    worker.join(timeout=300)
    assert failures == []
    names = {path.name for path in tmp_path.iterdir()}
    for page_name in ("home", "claims", "search", "claim", "speaker", "source", "topic"):
        for viewport in VIEWPORTS:
            name = f"{page_name}-{viewport.name}.png"
            assert name in names
            assert png_size(tmp_path / name)[0] == viewport.width
