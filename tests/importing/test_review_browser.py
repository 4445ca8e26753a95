"""The draft's page in a real browser: picking a duplicate offers the merge at once."""

import os

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect, sync_playwright

from claims.choices import ReviewState
from tests.factories import AdminFactory, ClaimFactory
from tracker.site.screenshots import chromium_path

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _curator_group(transactional_db):
    # A migration makes it; tests that run in transactions flush it between tests.
    Group.objects.get_or_create(name="Curator")


@pytest.fixture
def tab(live_server):
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium_path())
            page = browser.new_page()
            page.errors = []
            page.on("console", lambda m: m.type == "error" and page.errors.append(m.text))
            yield page
            browser.close()
    finally:
        del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


def test_picking_a_duplicate_shows_the_merge_button(tab, live_server):
    AdminFactory(username="ada", password="correct horse battery")
    original = ClaimFactory(statement="Grid storage doubles by 2030.")
    draft = ClaimFactory(review_state=ReviewState.DRAFT, speaker=original.speaker)
    tab.goto(f"{live_server.url}/admin/login/")
    tab.fill("#id_username", "ada")
    tab.fill("#id_password", "correct horse battery")
    tab.click("input[type=submit]")
    tab.goto(f"{live_server.url}/admin/claims/draftclaim/{draft.pk}/change/")

    merge = tab.locator("#merge-button")
    expect(merge).to_be_hidden()
    tab.click(".field-duplicate_of .select2-selection")
    tab.fill(".select2-search__field", "Grid storage")
    tab.click(".select2-results__option >> text=Grid storage doubles by 2030.")

    expect(merge).to_be_visible()
    expect(tab.locator("#merge-hint")).to_be_hidden()
    assert tab.errors == []
