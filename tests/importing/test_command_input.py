"""manage.py import_notes refuses hostile files and options before it reads or writes anything."""

import io
import os
import tracemalloc
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from claims.importing import cli
from claims.importing.errors import ImportFileError
from claims.importing.reading import MAX_BYTES
from claims.models import Claim, Source

pytestmark = pytest.mark.django_db

SRT = str(Path(__file__).parent / "data" / "interview.srt")
NEW_SOURCE = ["--source-title", "Launch talk", "--published-on", "2024-05"]


def _run(*args: str) -> str:
    out = io.StringIO()
    call_command("import_notes", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def _refused(*args: str) -> str:
    with pytest.raises(CommandError) as error:
        _run(*args)
    assert Claim.objects.count() == Source.objects.count() == 0
    return str(error.value)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (
            ["--kind", "bogus"],
            "--kind: Select a valid choice. bogus is not one of the available choices.",
        ),
        (["--kind", "prediction", "--kind", "Prediction"], "--kind: Select a valid choice."),
        (
            ["--source-title", "Launch\x07 talk", "--published-on", "2024-05"],
            "--source-title: Remove the control character '\\x07' at position 7.",
        ),
        (
            ["--source-title", "Launch talk\x1b[2J", "--published-on", "2024-05"],
            "--source-title: Remove the control character '\\x1b' at position 12.",
        ),
        (["--source-title", "T" * 301, "--published-on", "2024"], "--source-title: Ensure this"),
        (["--publisher", "The\x00Show", *NEW_SOURCE], "--publisher: Null characters"),
        (["--url", "not a url", *NEW_SOURCE], "--url: Enter a valid URL."),
        (["--speaker", "MAYA CHEN=maya\x08", *NEW_SOURCE], "--speaker: Remove the control"),
        (["--section", "3=Le\x1fo", *NEW_SOURCE], "--section: Remove the control character"),
        (["--source-id", "999999"], "--source-id: There is no source with that id."),
    ],
    ids=[
        "unknown kind",
        "kind in capitals",
        "bell in title",
        "escape in title",
        "long title",
        "NUL in publisher",
        "bad url",
        "backspace in speaker",
        "unit separator in section",
        "missing source",
    ],
)
def test_options_are_checked_like_the_admin_form_and_named_when_wrong(options, message):
    assert message in _refused(SRT, *options)


@pytest.mark.parametrize("path", ["/dev/zero", "/dev/null", "/dev/urandom"])
def test_devices_are_refused_without_being_read(path):
    message = _refused(path, *NEW_SOURCE)
    assert message == (
        f"{path}: This is not a regular file (a device, pipe, socket or directory); give the "
        "path of a text document. Nothing was imported."
    )


def test_a_directory_or_a_pipe_is_refused_without_waiting_for_it(tmp_path):
    assert "not a regular file" in _refused(str(tmp_path), *NEW_SOURCE)
    fifo = tmp_path / "notes.fifo"
    os.mkfifo(fifo)  # nobody writes to it: a blocking open would hang
    assert "not a regular file" in _refused(str(fifo), *NEW_SOURCE)


def test_an_oversized_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as file:  # sparse: no disk space, but 50 MB long
        file.truncate(50 * 1024 * 1024)
    tracemalloc.start()
    try:
        message = _refused(str(path), *NEW_SOURCE)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert message == f"{path}: The file is larger than 20 MB. Nothing was imported."
    assert peak < 2 * 1024 * 1024


def test_a_file_read_in_chunks_stops_at_the_limit(tmp_path, monkeypatch):
    path = tmp_path / "notes.txt"
    path.write_bytes(b"x" * 100)
    monkeypatch.setattr(cli, "READ_CHUNK", 16)
    assert cli.read_file(str(path), max_bytes=100) == b"x" * 100
    with pytest.raises(ImportFileError, match="larger than"):
        cli._read_chunks(path.open("rb"), 50)
    assert MAX_BYTES == 20 * 1024 * 1024


@pytest.mark.parametrize("dry_run", [False, True], ids=["import", "dry-run"])
@pytest.mark.parametrize(
    "content",
    [
        # One sentence that never ends, in notes.
        "Intro line.\nDana: " + "We will have fusion power on the grid within ten years, " * 100,
        # An unpunctuated caption line of a whole talk.
        "WEBVTT\n\n00:01.000 --> 59:00.000\n<v Dana>" + "and fusion will come soon " * 300,
    ],
    ids=["notes", "caption"],
)
def test_a_quote_longer_than_the_record_allows_is_refused_naming_its_line(
    tmp_path, content, dry_run
):
    """Refused when planned: a dry run must not say an import would pass that would not."""
    path = tmp_path / "notes.txt"
    path.write_text(content + "\n")
    args = [str(path), *NEW_SOURCE, "--speaker", "Dana=dana"] + ["--dry-run"] * dry_run
    message = _refused(*args)
    line = 2 if content.startswith("Intro") else 4
    assert message.startswith(f"{path}: Line {line}: This statement is ")
    assert "a claim's quote may have 5,000. Split it" in message
