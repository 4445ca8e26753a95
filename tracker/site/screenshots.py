"""Screenshots of every kind of public page, at desktop and phone widths, for review.

Drives the system's Chromium through Playwright (``manage.py site_screenshots``).
Playwright is a development dependency; Chromium comes from the system's
packages (Debian: ``apt-get install chromium``), found on the path or named by
``CHROMIUM``.
"""

import os
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.core.exceptions import ImproperlyConfigured
from django.core.servers.basehttp import (
    ThreadedWSGIServer,
    WSGIRequestHandler,
    get_internal_wsgi_application,
)
from django.db.models import Count

from claims.models import Claim
from tracker.site.presentation import claim_path

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")


@dataclass(frozen=True)
class Viewport:
    name: str
    width: int
    height: int
    mobile: bool = False


VIEWPORTS = (Viewport("desktop", 1280, 900), Viewport("phone", 390, 844, mobile=True))


def chromium_path() -> str:
    """The system Chromium: ``CHROMIUM`` if set, else the first of ``CHROMIUM_NAMES`` found."""
    named = os.environ.get("CHROMIUM")
    if named:
        return named
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    raise ImproperlyConfigured(
        "No Chromium found: install it (Debian: apt-get install chromium) or set CHROMIUM "
        "to its path."
    )


def sample_pages() -> list[tuple[str, str]]:
    """(name, path) of one page of each kind, chosen from the published record.

    The claim is a resolved one if there is any (it shows the verdict and the
    evidence); the speaker is the one with the most published claims.
    """
    pages = [("home", "/"), ("claims", "/claims/"), ("speakers", "/speakers/")]
    public = Claim.objects.public()
    claim = public.exclude(resolved_at=None).first() or public.first()
    if claim is None:
        return pages
    busiest = (
        public.values("speaker__slug").annotate(n=Count("id")).order_by("-n", "speaker__slug")
    )[0]
    word = claim.statement.split()[0]
    topic = claim.topics.first()
    pages += [
        ("search", f"/claims/?q={word}"),
        ("claim", claim_path(claim.pk, claim.statement)),
        ("speaker", f"/speakers/{busiest['speaker__slug']}/"),
        ("source", f"/sources/{claim.source_id}/"),
    ]
    if topic is not None:
        pages.append(("topic", f"/topics/{topic.slug}/"))
    pages.append(("api-docs", "/api/redoc/"))
    return pages


@contextmanager
def serving() -> Iterator[str]:
    """Serve the site (static files included) on a free local port; yield its address."""
    server = ThreadedWSGIServer(("127.0.0.1", 0), WSGIRequestHandler, allow_reuse_address=False)
    server.set_app(StaticFilesHandler(get_internal_wsgi_application()))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def take_screenshots(base_url: str, out_dir: Path, pages: list[tuple[str, str]]) -> list[Path]:
    """Full-page PNGs of ``pages`` at every viewport, named ``<page>-<viewport>.png``."""
    from playwright.sync_api import sync_playwright

    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path())
        try:
            for viewport in VIEWPORTS:
                context = browser.new_context(
                    viewport={"width": viewport.width, "height": viewport.height},
                    is_mobile=viewport.mobile,
                    device_scale_factor=1,
                )
                page = context.new_page()
                for name, path in pages:
                    page.goto(f"{base_url}{path}", wait_until="networkidle")
                    target = out_dir / f"{name}-{viewport.name}.png"
                    page.screenshot(path=str(target), full_page=True)
                    written.append(target)
                context.close()
        finally:
            browser.close()
    return written
