"""Write screenshots of each public page at desktop and phone widths, for review."""

from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from tracker.site.screenshots import sample_pages, serving, take_screenshots


class Command(BaseCommand):
    help = (
        "Screenshot the home, claims, search, claim, speaker, source and topic pages at "
        "desktop and phone widths with the system Chromium (PNG files)."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--out",
            type=Path,
            default=Path(settings.VAR_DIR) / "screenshots",
            help="Folder for the PNG files (default: var/screenshots/).",
        )
        parser.add_argument(
            "--base-url",
            default="",
            help="Screenshot a site already running there instead of serving this one.",
        )

    def handle(self, *args, out: Path, base_url: str, **options) -> None:
        try:
            import playwright  # noqa: F401
        except ImportError:
            raise CommandError(
                "Playwright is not installed: it comes with the development extra "
                '(pip install -e ".[dev]").'
            ) from None
        pages = sample_pages()
        try:
            if base_url:
                written = take_screenshots(base_url.rstrip("/"), out, pages)
            else:
                with serving() as address:
                    written = take_screenshots(address, out, pages)
        except ImproperlyConfigured as error:
            raise CommandError(str(error)) from None
        for path in written:
            self.stdout.write(str(path))
        self.stdout.write(self.style.SUCCESS(f"{len(written)} screenshots in {out}"))
