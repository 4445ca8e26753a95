"""manage.py import_notes FILE: propose the claims in notes or a transcript as drafts."""

import dataclasses
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from claims.admin.errors import error_text
from claims.choices import DatePrecision, SourceKind
from claims.importing import cli
from claims.importing.errors import ImportFileError, render
from claims.importing.forms import ImportForm
from claims.importing.reading import FORMATS, MAX_BYTES
from claims.importing.services import (
    ImportOptions,
    import_document,
    import_plan,
    unsure_speakers_message,
)

# The admin's upload form checks the options (the same rules on both paths);
# its errors are reported under the command line's names.
OPTION_NAMES = {
    "source": "--source-id",
    "source_title": "--source-title",
    "published_on": "--published-on",
    "precision": "--precision",
    "source_kind": "--source-kind",
    "publisher": "--publisher",
    "url": "--url",
    "default_speaker": "--speaker",
    "speakers": "--speaker",
    "sections": "--section",
    "lines": "--lines",
    "kinds": "--kind",
    "file_format": "--format",
}


class Command(BaseCommand):
    help = (
        "Read notes (plain text or Markdown) or a WebVTT/SRT transcript and add the claims "
        "in it as drafts for review. All or nothing; importing again adds only what is new."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="The document to import.")
        source = parser.add_argument_group("source (an existing one, or one to find or create)")
        source.add_argument("--source-id", type=int, help="An existing source's id.")
        source.add_argument("--source-title", default="", help="The source's title.")
        source.add_argument(
            "--published-on", default="", help="2023-02-15, 2022-10 or 2023 (sets the precision)."
        )
        source.add_argument("--precision", choices=DatePrecision.values, help="Override it.")
        source.add_argument("--source-kind", choices=SourceKind.values, default=SourceKind.PODCAST)
        source.add_argument("--publisher", default="")
        source.add_argument("--url", default="")
        parser.add_argument(
            "--speaker",
            action="append",
            default=[],
            metavar="[NAME=]SPEAKER",
            help="Map a name or section heading in the file to a speaker (slug or name; "
            "created when unknown). Without NAME=, the default for unnamed sections.",
        )
        parser.add_argument(
            "--section",
            action="append",
            default=[],
            metavar="LINE=NAME",
            help="Start a new section at LINE, spoken by NAME.",
        )
        parser.add_argument(
            "--section-date",
            action="append",
            default=[],
            metavar="LINE=DATE[=TITLE]",
            help="The date (2023-05-09, 2023-05 or 2023) of the section whose heading is on "
            "LINE: it gets a source of its own, titled by its heading unless TITLE is given.",
        )
        parser.add_argument(
            "--section-source",
            action="append",
            default=[],
            metavar="LINE=SOURCE_ID",
            help="File the section whose heading is on LINE under an existing source.",
        )
        parser.add_argument("--lines", help="Import only the statements on lines A-B.")
        parser.add_argument("--kind", action="append", default=[], help="Keep only these kinds.")
        parser.add_argument("--format", choices=FORMATS, default="", help="Default: detected.")
        parser.add_argument("--user", help="The curator to record as the author of the drafts.")
        parser.add_argument("--dry-run", action="store_true", help="Print the candidates only.")
        parser.add_argument("--progress", action="store_true", help="Show a progress bar.")

    def handle(self, *args, **options):
        import_options = self._options(options)
        try:
            data = self._read(options["file"])
            name = Path(options["file"]).name
            if options["dry_run"]:
                self._print_plan(import_plan(data=data, file_name=name, options=import_options))
                return
            progress = None
            if options["progress"] or self.stderr.isatty():
                progress = cli.ProgressBar(self.stderr._out, unit="lines")
            # Read and written a chunk at a time: a long transcript is never all in memory.
            result = import_document(
                data=data,
                file_name=name,
                options=import_options,
                actor=self._actor(options["user"]),
                progress=progress,
            )
        except (ImportFileError, ValidationError) as error:
            message = str(error) if isinstance(error, ImportFileError) else error_text(error)
            raise CommandError(
                f"{options['file']}: {message.rstrip('.')}. Nothing was imported."
            ) from None
        self._report(result)

    def _read(self, path: str) -> bytes:
        return cli.read_file(path, max_bytes=MAX_BYTES)

    def _options(self, options) -> ImportOptions:
        """The options checked by the admin's upload form; an error names the option.

        The per-section dates and sources are the command line's own options."""
        form = ImportForm(data=_form_data(options))
        if not form.is_valid():
            raise CommandError(
                "Nothing was imported: "
                + "; ".join(
                    f"{OPTION_NAMES[field]}: {message}" if field in OPTION_NAMES else message
                    for field, messages in form.errors.items()
                    for message in messages
                )
            )
        try:
            section_sources = {
                **cli.parse_section_dates(options["section_date"]),
                **cli.parse_section_sources(options["section_source"]),
            }
        except ImportFileError as error:
            raise CommandError(f"Nothing was imported: {error}") from None
        return dataclasses.replace(form.cleaned_data["options"], section_sources=section_sources)

    def _actor(self, username: str | None):
        if not username:
            return None
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise ImportFileError(f"There is no user {username!r}.")
        return user

    def _print_plan(self, plan) -> None:
        if len(plan.sources) > 1:
            self.stdout.write(
                "Sources:\n" + "".join(f"  {s}\n" for s in cli.describe_sources(plan))
            )
        cli.print_table(plan, self.stdout)
        for note in plan.notes:
            self.stdout.write(note)
        refusal = render(unsure_speakers_message(plan))
        if refusal:
            self.stdout.write(self.style.WARNING(f"Importing it would be refused: {refusal}."))
        new = plan.new_candidates
        self.stdout.write(
            f"\n{len(plan.candidates)} candidates from {len(plan.document.statements)} "
            f"statements: {len(new)} new ({sum(c.is_duplicate for c in new)} likely "
            f"duplicates), {cli.not_added(len(plan.skipped), len(plan.repeated))}. "
            "Dry run: nothing was written."
        )

    def _report(self, result) -> None:
        for note in result.notes:
            self.stdout.write(note)
        if result.batch is None:
            self.stdout.write(cli.nothing_added(result.skipped, result.repeated))
            return
        where = f"“{result.source.title}”"
        if len(result.sources) > 1:
            titles = ", ".join(s.title for s in result.sources)
            where = f"{len(result.sources)} sources ({titles})"
        self.stdout.write(
            self.style.SUCCESS(
                f"Added {result.batch.created_count} draft claims to {where} "
                f"({result.duplicates} flagged as likely duplicates, "
                f"{cli.not_added(result.skipped, result.repeated)}). "
                "Review them in the admin's review queue "
                f"(import {result.batch.pk})."
            )
        )


def _form_data(options: dict) -> dict:
    """The command line's options as the upload form's fields."""
    data = {
        "source": options["source_id"] if options["source_id"] is not None else "",
        "source_title": options["source_title"],
        "published_on": options["published_on"],
        "precision": options["precision"] or "",
        "source_kind": options["source_kind"],
        "publisher": options["publisher"],
        "url": options["url"],
        "speakers": "\n".join(options["speaker"]),
        "sections": "\n".join(options["section"]),
        "lines": options["lines"] or "",
        "file_format": options["format"],
    }
    return {**data, "kinds": list(options["kind"])}
