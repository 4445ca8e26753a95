"""manage.py import_notes: options, the dry-run table, progress and clear errors."""

import io
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from claims.choices import DatePrecision
from claims.models import Claim, ImportBatch, Source
from tests.factories import CuratorFactory, SourceFactory, SpeakerFactory

pytestmark = pytest.mark.django_db

DATA = Path(__file__).parent / "data"
SRT = str(DATA / "interview.srt")


def _run(*args: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("import_notes", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_dry_run_prints_the_candidates_as_a_table_and_writes_nothing():
    out, _ = _run(SRT, "--source-title", "Launch talk", "--published-on", "2024-05", "--dry-run")
    lines = out.splitlines()
    assert lines[0].split() == ["#", "where", "speaker", "kind", "deadline", "status", "quote"]
    assert lines[1].split(None, 6) == [
        "1",
        "00:00:03",
        "Maya",
        "Chen",
        "(new)",
        "prediction",
        "2027-05-31  new     Reusable rockets will cut launch costs by half within three years.",
    ]
    assert "00:01:15  Leo Park (new)" in out
    assert out.strip().endswith(
        "4 candidates from 8 statements: 4 new (0 likely duplicates), 0 imported before. "
        "Dry run: nothing was written."
    )
    assert Claim.objects.count() == Source.objects.count() == 0


def test_import_with_a_new_source_and_a_speaker_mapping():
    maya = SpeakerFactory(name="Maya Chen", slug="maya-chen")
    curator = CuratorFactory()
    out, err = _run(
        SRT,
        "--source-title",
        "Launch talk",
        "--published-on",
        "2024-05",
        "--publisher",
        "Space Show",
        "--speaker",
        "MAYA CHEN=maya-chen",
        "--user",
        curator.username,
    )
    # "We are sure of it." says only how sure: no claim of its own.
    assert "Added 4 draft claims to “Launch talk” (0 flagged as likely duplicates" in out
    assert err == ""
    source = Source.objects.get()
    assert (source.published_on.isoformat(), source.published_precision) == ("2024-05-01", "month")
    assert set(Claim.objects.values_list("speaker__name", flat=True)) == {"Maya Chen", "Leo Park"}
    assert Claim.objects.filter(speaker=maya).count() == 3
    assert ImportBatch.objects.get().created_by == curator
    again, _ = _run(SRT, "--source-title", "Launch talk", "--published-on", "2024-05")
    assert again.strip() == "Nothing new: all 4 candidates were imported before."
    assert Claim.objects.count() == 4


def test_an_existing_source_kinds_and_a_progress_bar():
    source = SourceFactory(published_precision=DatePrecision.YEAR)
    _, err = _run(SRT, "--source-id", str(source.pk), "--kind", "prediction", "--progress")
    assert Claim.objects.filter(source=source).count() == 3
    # The file is read and written a chunk at a time: the bar counts its lines.
    lines = len(Path(SRT).read_text().splitlines())
    assert err.endswith(f"importing [##############################] {lines}/{lines} lines\n")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "The file is empty."),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "Line 3: This is a binary file"),
        (b"ok\n\xff\xfe bad\n", "Line 2: The file is not UTF-8 text"),
        (b"WEBVTT\n\n00:00:01.000 -> 00:00:02.000\nhi\n", "Line 3: Expected a cue timing line"),
    ],
)
def test_bad_files_get_a_clear_error_naming_the_line(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(CommandError) as error:
        _run(str(path), "--source-title", "T", "--published-on", "2023", "--speaker", "x")
    assert str(error.value).startswith(f"{path}: {message}")
    assert str(error.value).endswith("Nothing was imported.")
    assert Claim.objects.count() == Source.objects.count() == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--published-on", "2023"], "Name the source: pick an existing one"),
        (["--source-title", "T", "--published-on", "last year"], "is not a date"),
        (["--source-title", "T", "--published-on", "2023-02-30"], "is not a date"),
        (
            ["--source-title", "T", "--published-on", "2023", "--lines", "9-2"],
            "--lines: '9-2' should look like 2-38",
        ),
        (
            ["--source-title", "T", "--published-on", "2023", "--section", "x=y"],
            "--section: 'x=y' should look like 95=Speaker Name",
        ),
        (
            ["--source-title", "T", "--published-on", "2023", "--speaker", "Dana="],
            "--speaker: 'Dana=' names no speaker after '='",
        ),
        (
            ["--source-title", "T", "--published-on", "2023", "--section", "9999=Ada Quist"],
            "No section can start at line 9999: the file has",
        ),
        (
            ["--source-title", "T", "--published-on", "2023", "--section", "5=Ada Quist"],
            "No section can start at line 5: sections start on a line of notes",
        ),
        (
            ["--source-title", "T", "--published-on", "2023", "--speaker", "Carla Mendez=carla"],
            "“Carla Mendez” is not named in the file \\(the names in it are ",
        ),
        (
            ["--source-title", "T", "--published-on", "soon", "--lines", "9-2"],
            "--published-on: 'soon' is not a date.*--lines: '9-2' should",
        ),
        (["--source-title", "T", "--published-on", "2023", "--user", "nobody"], "no user"),
        # A precision finer than the date written would invent its day.
        (
            ["--source-title", "T", "--published-on", "2024", "--precision", "day"],
            "--precision: 2024 gives only the year: a precision of a day needs the date to "
            "the day \\(such as 2024-03-05\\)",
        ),
        (
            ["--source-title", "T", "--published-on", "2024-06", "--precision", "day"],
            "--precision: 2024-06 gives only the month",
        ),
        # Choices that do not fit the file: lines past its end, notes for captions.
        (
            ["--source-title", "T", "--published-on", "2023", "--lines", "500-600"],
            "There are no lines 500-600: the file has 2[0-9] lines",
        ),
        (
            ["--source-title", "T", "--published-on", "2023", "--format", "notes"],
            "This is an SRT caption file, not notes: import it as srt",
        ),
    ],
)
def test_bad_options_get_a_clear_error(args, message):
    with pytest.raises(CommandError, match=message):
        _run(SRT, *args)
    assert Claim.objects.count() == 0


def test_a_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="Cannot read the file: No such file or directory"):
        _run(str(tmp_path / "nope.vtt"), "--source-title", "T", "--published-on", "2023")


def test_a_document_without_claims_says_so(tmp_path):
    path = tmp_path / "questions.md"
    path.write_text("# Q&A\nWhat next?\nWhy now?\n")
    out, _ = _run(str(path), "--source-title", "T", "--published-on", "2023", "--speaker", "x")
    assert out.strip() == "No candidate claims were found in the document; nothing was imported."
    assert Source.objects.count() == 0


def test_words_said_again_in_the_file_are_counted_as_such_not_as_imported_before(tmp_path):
    notes = tmp_path / "notes.md"
    notes.write_text(
        "Guest: Ada Quist\n"
        "- Solar will be the cheapest power everywhere by 2027\n"
        "- Grids will need twice the storage by 2030\n"
        "- Solar will be the cheapest power everywhere by 2027\n"
    )
    common = [str(notes), "--source-title", "Energy talk", "--published-on", "2024-05"]
    dry, _ = _run(*common, "--dry-run")
    assert "2 new (0 likely duplicates), 0 imported before, 1 said again in the file." in dry
    out, _ = _run(*common)
    assert "(0 flagged as likely duplicates, 0 imported before, 1 said again in the file)" in out
    assert Claim.objects.count() == 2
    again, _ = _run(*common)
    assert again.strip() == (
        "Nothing new: all 3 candidates were imported before (1 of them said again in the file)."
    )


def test_importing_again_with_another_speaker_says_the_drafts_keep_their_speaker(tmp_path):
    SpeakerFactory(name="Amin Nasser", slug="amin-nasser")
    notes = tmp_path / "weekly.md"
    notes.write_text(
        "Guest: Fatih Birol\n- Oil demand will peak before 2030\n"
        "- Coal use in Europe will halve by 2027\n"
    )
    common = [str(notes), "--source-title", "Oil week", "--published-on", "2024-05"]
    _run(*common)
    corrected = [*common, "--speaker", "Fatih Birol=amin-nasser"]
    dry, _ = _run(*corrected, "--dry-run")
    assert "imported before as Fatih Birol's" in dry
    out, _ = _run(*corrected)
    assert (
        "2 statement(s) were imported before as Fatih Birol's; importing again does not give "
        "them to another speaker: change the speaker of those drafts in the review queue."
    ) in out
    assert "Nothing new" in out
    assert set(Claim.objects.values_list("speaker__name", flat=True)) == {"Fatih Birol"}


def test_a_single_undated_heading_without_a_source_is_named_with_its_line(tmp_path):
    notes = tmp_path / "forum.md"
    notes.write_text("## Carla Mendes — Lisbon Fintech Forum\n- Cash will be gone by 2030\n")
    with pytest.raises(CommandError) as error:
        _run(str(notes))
    assert str(error.value).startswith(
        f"{notes}: Line 1: The section “Carla Mendes — Lisbon Fintech Forum” has no date, "
        "so its source is unknown. Give it one with --section-date '1=2023-05'"
    )


def test_the_note_names_each_speaker_the_words_were_imported_as(tmp_path):
    SpeakerFactory(name="Carla Mendes", slug="carla-mendes")
    notes = tmp_path / "panel.md"
    notes.write_text(
        "Ada Quist: Solar will be the cheapest power by 2030.\n"
        "Ben Ortiz: Wind will double by 2031.\n"
    )
    common = [str(notes), "--source-title", "Panel", "--published-on", "2024-05"]
    _run(*common)
    mapped = ["--speaker", "Ada Quist=carla-mendes", "--speaker", "Ben Ortiz=carla-mendes"]
    out, _ = _run(*common, *mapped)
    assert "2 statement(s) were imported before as Ada Quist's or Ben Ortiz's;" in out


@pytest.mark.parametrize("width", [200, 60])
def test_the_dry_run_table_shows_every_remark_in_full(tmp_path, width, monkeypatch):
    from claims.importing import cli

    path = tmp_path / "notes.md"
    path.write_text(
        "# Rhea Kapoor on Grid Hour (podcast), 2024-02-01\n\n"
        "- I'm not sure rates will be cut this year or next, though the committee has "
        "said many times that it watches wages, rents and energy prices closely.\n",
        encoding="utf-8",
    )
    real = cli.print_table
    monkeypatch.setattr(cli, "print_table", lambda plan, out: real(plan, out, width=width))
    out, _ = _run(str(path), "--dry-run")
    table = out.split("\n\n")[0] if "\n\n" in out else out
    words = " ".join(line.strip() for line in table.splitlines())
    assert "watches wages, rents and energy prices closely." in words
    assert "…" not in table
    assert "hedged" in words  # the remark, after the quote, whole
    assert max(len(line) for line in table.splitlines()) <= max(width, 100)
