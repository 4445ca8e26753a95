"""Write screenshots of the curator's admin pages at 1400×900, for review."""

import os
from importlib import import_module
from pathlib import Path

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse
from django.utils import timezone

from claims.models import Claim
from tracker.site.screenshots import chromium_path, serving

# A curator's laptop screen: what one screen shows is what the screenshots show.
WIDTH, HEIGHT = 1400, 900


def admin_pages() -> list[tuple[str, str]]:
    """(name, path) of the curator's pages: the dashboard, the claims list, the most
    overdue published claim (else any published claim) and its resolve page, and the
    review queue. Without a published claim the claim and resolve pages are left out."""
    pages = [
        ("dashboard", reverse("admin:index")),
        ("claims", reverse("admin:claims_claim_changelist")),
    ]
    today = timezone.localdate()
    published = Claim.objects.public()
    claim = (
        published.due(today).order_by("deadline", "pk").first() or published.order_by("pk").first()
    )
    if claim is not None:
        pages += [
            ("claim", reverse("admin:claims_claim_change", args=[claim.pk])),
            ("resolve", reverse("admin:claims_claim_resolve", args=[claim.pk])),
        ]
    pages.append(("review-queue", reverse("admin:claims_draftclaim_changelist")))
    return pages


def session_cookie(username: str, base_url: str) -> dict:
    """A signed-in session for ``username`` in this database, as a browser cookie.

    Raises ``CommandError`` when there is no such active staff user.
    """
    user = get_user_model().objects.filter(username=username, is_active=True, is_staff=True).first()
    if user is None:
        raise CommandError(f"--user: there is no active staff user {username!r}.")
    store = import_module(settings.SESSION_ENGINE).SessionStore()
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store.save()
    return {"name": settings.SESSION_COOKIE_NAME, "value": store.session_key, "url": base_url}


def take_admin_screenshots(base_url: str, out_dir: Path, cookie: dict) -> list[Path]:
    """One PNG per page of ``admin_pages()``, at ``WIDTH``×``HEIGHT``: ``<page>.png``."""
    from playwright.sync_api import sync_playwright

    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path())
        try:
            context = browser.new_context(
                viewport={"width": WIDTH, "height": HEIGHT}, device_scale_factor=1
            )
            context.add_cookies([cookie])
            page = context.new_page()
            for name, path in admin_pages():
                page.goto(f"{base_url}{path}", wait_until="networkidle")
                if "/login/" in page.url:
                    raise CommandError(f"{path}: the session was refused (is it this database?)")
                target = out_dir / f"{name}.png"
                page.screenshot(path=str(target))
                written.append(target)
            context.close()
        finally:
            browser.close()
    return written


class Command(BaseCommand):
    help = (
        "Screenshot the curator's dashboard, claims list, a claim, its resolve page and the "
        "review queue at 1400×900 with the system Chromium (PNG files), signed in as --user."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("out", type=Path, help="Folder for the PNG files.")
        parser.add_argument(
            "--user",
            default=os.environ.get("TRACKER_ADMIN_USER", "admin"),
            help="The staff user to sign in as (default: TRACKER_ADMIN_USER, else admin).",
        )
        parser.add_argument(
            "--base-url",
            default="",
            help="Screenshot a site already running there on this database instead of "
            "serving this one.",
        )

    def handle(self, *args, out: Path, user: str, base_url: str, **options) -> None:
        try:
            import playwright  # noqa: F401
        except ImportError:
            raise CommandError(
                "Playwright is not installed: it comes with the development extra "
                '(pip install -e ".[dev]").'
            ) from None
        try:
            if base_url:
                address = base_url.rstrip("/")
                written = take_admin_screenshots(address, out, session_cookie(user, address))
            else:
                with serving() as address:
                    written = take_admin_screenshots(address, out, session_cookie(user, address))
        except ImproperlyConfigured as error:
            raise CommandError(str(error)) from None
        for path in written:
            self.stdout.write(str(path))
        self.stdout.write(self.style.SUCCESS(f"{len(written)} screenshots in {out}"))
