"""Table tests: caption files are what their format and the docs say, and errors about
them speak of cues and lines."""

import datetime
import io

import pytest
from django.core.management import CommandError, call_command

from claims.importing.errors import ImportFileError
from claims.importing.parsing import parse_document
from claims.importing.reading import read_document
from claims.importing.services import ImportOptions, SourceChoice, import_plan

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2024, 9, 1)
SOURCE = SourceChoice(title="Episode", published_on=datetime.date(2024, 6, 1))


def _statements(text: str, name: str = ""):
    return parse_document(read_document(text.encode(), name=name), today=TODAY).statements


def _plan(text: str, name: str = "notes.md", **speakers: str):
    return import_plan(
        data=text.encode(),
        file_name=name,
        options=ImportOptions(source=SOURCE, speakers=speakers),
    )


# ---- 9. A WebVTT file without its header is refused, as the docs say.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("00:00:01.000 --> 00:00:04.000\nRates will fall.\n", "talk.vtt"),  # the example
        ("1\n00:00:01.000 --> 00:00:04.000\nRates will fall.\n", "talk.vtt"),
        ("\n00:00:01.000 --> 00:00:04.000\nRates will fall.\n", "TALK.VTT"),
        ("Kind: captions\n\n00:00:01.000 --> 00:00:04.000\nRates will fall.\n", "a.webvtt"),
    ],
)
def test_a_vtt_file_without_its_header_is_refused_naming_line_1(text, name):
    with pytest.raises(ImportFileError, match=r"^Line 1: A WebVTT file must start with"):
        _statements(text, name)
    with pytest.raises(ImportFileError, match=r"^Line 1: A WebVTT file must start with"):
        _plan(text, name)


@pytest.mark.parametrize(
    ("text", "name", "line"),
    [
        # An SRT file whose first cue is malformed is refused at that line, not read as notes.
        ("1\n00:00:01,000 -> 00:00:04,000\nRates will fall.\n", "talk.srt", 2),
        ("Rates will fall.\n\n1\n00:00:01,000 --> 00:00:04,000\nThey will.\n", "a.srt", 1),
    ],
)
def test_an_srt_file_with_a_malformed_opening_is_refused_naming_the_line(text, name, line):
    with pytest.raises(ImportFileError, match=rf"^Line {line}: Expected a cue timing line"):
        _statements(text, name)


def test_an_srt_file_holding_webvtt_is_read_as_webvtt():
    text = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nMAYA CHEN: Rates will fall by 2026.\n"
    assert [s.speaker for s in _statements(text, "talk.srt")] == ["MAYA CHEN"]


_VTT = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nRates will fall by 2026.\n"
_SRT = "1\n00:00:01,000 --> 00:00:04,000\nRates will fall by 2026.\n"
_SSA = (
    "[Script Info]\nTitle: Budget debate\n\n[Events]\n"
    "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n"
    "Dialogue: 0,0:00:01.00,0:00:04.00,Default,Holt,0,0,0,,Borrowing will rise by 2027.\n"
)
# SubStation Alpha events pasted without the file's header: still no SRT.
_SSA_EVENTS = "Dialogue: 0,0:00:01.00,0:00:04.00,Default,Holt,0,0,0,,Borrowing will rise by 2027.\n"


@pytest.mark.parametrize(
    ("text", "given", "looks", "advice"),
    [
        (_SSA, "srt", "a SubStation Alpha", "ssa"),  # the example
        (_SSA, "webvtt", "a SubStation Alpha", "ssa"),
        (_SSA_EVENTS, "srt", "a SubStation Alpha", "ssa"),
        ("\ufeff" + _SSA.replace("[Script Info]", "[script info]"), "srt", "a SubStation", "ssa"),
        (_VTT, "srt", "a WebVTT", "webvtt"),
        (_VTT, "ssa", "a WebVTT", "webvtt"),
        (_SRT, "webvtt", "an SRT", "srt"),
        (_SRT, "ssa", "an SRT", "srt"),
        (_SRT.removeprefix("1\n"), "ssa", "an SRT", "srt"),  # SRT without cue numbers
    ],
)
def test_a_caption_file_given_as_another_format_is_refused_saying_what_it_looks_like(
    text, given, looks, advice
):
    with pytest.raises(ImportFileError, match=rf"^Line 1: This looks like {looks}") as error:
        read_document(text.encode(), file_format=given)
    assert f"import it as {advice}," in str(error.value)


@pytest.mark.parametrize(
    ("text", "given"),
    [
        (_SSA, "ssa"),
        (_VTT, "webvtt"),
        (_SRT, "srt"),
        # Notes that merely speak of a dialogue are no SubStation Alpha: the format given holds.
        ("Rates will fall by 2026.\nDialogue: it was tense.\n", "notes"),
        ("Dialogue: it was tense.\n\n1\n00:00:01,000 --> 00:00:04,000\nRates fall.\n", "srt"),
    ],
)
def test_a_caption_file_given_as_its_own_format_is_read_so(text, given):
    assert read_document(text.encode(), file_format=given).format == given


def test_a_headerless_file_without_a_caption_name_is_still_detected_as_srt():
    text = "00:00:01,000 --> 00:00:04,000\nMAYA CHEN: Rates will fall by 2026.\n"
    assert read_document(text.encode(), name="export.txt").format == "srt"


# ---- 11. An error about a caption file speaks of cues and lines, not sections.


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "WEBVTT\n\n00:00:05.000 --> 00:00:08.000\nRates will fall by 2026.\n",
            "talk.vtt",
            r"^Line 4: No speaker is named for the cue at 00:00:05 \(“Rates will fall by 2026.”\)",
        ),
        (
            "1\n00:01:02,000 --> 00:01:05,000\n>> Rates will fall by 2026.\n",
            "talk.srt",
            r"^Line 3: No speaker is named for the cue at 00:01:02 .*A new speaker starts here",
        ),
        (
            "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nHOST: Will rates fall?\n\n"
            "00:00:05.000 --> 00:00:08.000\nRates will fall by 2026.\n",
            "talk.vtt",
            r"^Line 7: No speaker is named for the cue at 00:00:05 .*answer to a host's question",
        ),
    ],
)
def test_a_caption_files_unnamed_cue_is_named_by_its_cue(text, name, expected):
    with pytest.raises(ImportFileError, match=expected) as error:
        _plan(text, name)
    assert "section" not in str(error.value)


def test_notes_still_name_the_opening_section():
    with pytest.raises(ImportFileError, match="No speaker is named in the opening section"):
        _plan("Rates will fall by 2026.\n")


def test_a_caption_file_without_its_header_is_refused_by_the_command(tmp_path):
    path = tmp_path / "talk.vtt"
    path.write_text("00:00:01.000 --> 00:00:04.000\nMAYA CHEN: Rates will fall by 2026.\n")
    with pytest.raises(CommandError, match="Line 1: A WebVTT file must start with"):
        call_command(
            "import_notes",
            str(path),
            "--source-title",
            "Talk",
            "--published-on",
            "2024-05",
            "--dry-run",
            stdout=io.StringIO(),
            stderr=io.StringIO(),
        )
