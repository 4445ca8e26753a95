"""Add the seed record's missing rows; never change a row that exists."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.core.serializers.base import DeserializationError
from django.db import IntegrityError

from claims.seeding import seed_load


class Command(BaseCommand):
    help = (
        "Add the rows of the seed fixture that are missing (by primary key). Rows that "
        "exist are left as they are, so curators' edits to seed claims are never reverted."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--fixture",
            default=str(Path(settings.BASE_DIR) / "fixtures" / "seed.json"),
            help="The fixture file (default: fixtures/seed.json).",
        )

    def handle(self, *args, fixture: str, **options):
        path = Path(fixture)
        if not path.is_file():
            raise CommandError(f"--fixture: there is no file at {path}.")
        try:
            result = seed_load(path=path)
        except (DeserializationError, IntegrityError) as error:
            raise CommandError(f"--fixture: {path} is not a valid fixture: {error}") from None
        added = sum(result.added.values())
        kept = sum(result.kept.values())
        if added:
            self.stdout.write(
                f"Seed: added {added} rows; {kept} already there were left as they are."
            )
        else:
            self.stdout.write(
                f"Seed: nothing to add ({kept} rows already there, left as they are)."
            )
