"""A statement longer than a claim's quote may be is refused with its line number, and its
horizon is not read first (a page of "by 2027 and …" once overflowed the horizon parser's
stack before the refusal came)."""

import datetime
import io

import pytest
from django.core.management import CommandError, call_command

from claims.importing import parsing
from claims.importing.errors import ImportFileError
from claims.importing.services import ImportOptions, SourceChoice, import_plan
from claims.models import Claim
from claims.validators import QUOTE_MAX

pytestmark = pytest.mark.django_db

HEADING = "Ada Quist — Summit, 9 May 2025"
LONG_LINES = [
    "Oil will hit 100 dollars by 2027 and " * 3000,  # the stranger's pasted line
    "We will ship by June and Revenue doubles by 2028 or " * 2000,
    "Rates fall in 2027, but rise in 2028, whereas " * 2000,
    "If rates stay high through 2026, within my lifetime " * 2000,
]


@pytest.fixture
def horizons_read(monkeypatch):
    lengths: list[int] = []

    def spy(text, **kwargs):
        lengths.append(len(text))
        return original(text, **kwargs)

    original = parsing.read_horizon
    monkeypatch.setattr(parsing, "read_horizon", spy)
    return lengths


@pytest.mark.parametrize("line", LONG_LINES)
def test_import_plan_refuses_a_long_statement_with_its_line_without_reading_its_horizon(
    line, horizons_read
):
    data = f"{HEADING}\n{line}\n".encode()
    options = ImportOptions(
        source=SourceChoice(title="Summit", published_on=datetime.date(2025, 5, 9)),
        speakers={"": "Ada Quist"},
    )

    with pytest.raises(ImportFileError) as error:
        import_plan(data=data, file_name="notes.txt", options=options)

    assert error.value.line == 2
    assert f"a claim's quote may have {QUOTE_MAX:,}" in str(error.value)
    assert all(length <= QUOTE_MAX for length in horizons_read)


@pytest.mark.parametrize("dry_run", [False, True], ids=["import", "dry-run"])
def test_the_command_refuses_the_strangers_long_line_naming_it(tmp_path, dry_run):
    path = tmp_path / "longline.txt"
    path.write_text(f"{HEADING}\n{LONG_LINES[0]}\n")
    args = [str(path), "--source-title", "Summit", "--published-on", "2025-05-09"]
    args += ["--speaker", "Ada Quist"] + ["--dry-run"] * dry_run

    with pytest.raises(CommandError) as error:
        call_command("import_notes", *args, stdout=io.StringIO(), stderr=io.StringIO())

    message = str(error.value)
    assert message.startswith(f"{path}: Line 2: This statement is 110,999 characters long")
    assert "Split it" in message
    assert Claim.objects.count() == 0
