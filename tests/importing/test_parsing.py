"""Reading documents and splitting them into sections, speakers and statements."""

from pathlib import Path

import pytest

from claims.choices import ClaimKind
from claims.importing.classify import classify, is_candidate
from claims.importing.errors import ImportFileError
from claims.importing.parsing import parse_document, split_sentences
from claims.importing.reading import NOTES, SRT, WEBVTT, Lines, read_document

DATA = Path(__file__).parent / "data"


def _parse(text: str, **kwargs):
    return parse_document(read_document(text.encode()), **kwargs)


def _said(parsed) -> list[tuple]:
    return [(s.speaker, s.text, s.locator) for s in parsed.statements]


def test_notes_sections_and_cues_give_each_line_its_speaker():
    # The curator's mapping (or the known speakers) declares the first-name cues.
    parsed = _parse(
        "“The opening quote. It will be quoted.”\n"
        "Guest: Ada Example, founder of Example Labs\n"
        "Electric planes will fly short routes by 2030\n"
        "Sarah — markets like this reward patience\n"
        "Back to the guest here\n"
        "Intro\n"
        "-Founded a company\n"
        "Aarthi: ideas for founders\n"
        "-Image tools are coming\n"
        "–\n"
        "Sriram:\n"
        "-Will be a big debate\n"
        "The guest speaks again\n",
        known_people=frozenset({"sarah", "aarthi", "sriram"}),
    )
    assert [(s.speaker, s.heading, s.line) for s in parsed.sections] == [
        ("", "", 1),
        ("Ada Example", "Guest: Ada Example, founder of Example Labs", 2),
        ("", "Intro", 6),
    ]
    assert _said(parsed) == [
        ("", "The opening quote.", "line 1"),
        ("", "It will be quoted.", "line 1"),
        ("Ada Example", "Electric planes will fly short routes by 2030", "line 3"),
        ("Sarah", "markets like this reward patience", "line 4"),
        ("Ada Example", "Back to the guest here", "line 5"),
        ("", "Founded a company", "line 7"),
        ("Aarthi", "ideas for founders", "line 8"),
        ("Aarthi", "Image tools are coming", "line 9"),
        ("Sriram", "Will be a big debate", "line 12"),
        ("", "The guest speaks again", "line 13"),
    ]


def test_markdown_headings_and_hosts_open_sections():
    parsed = _parse(
        "# Episode 12\n\n## Guest: Ada Example\nHosts: Dana Host and Lee Host\n"
        "* Cheap batteries will change grids\n"
    )
    assert parsed.sections[-1].speaker == "Ada Example"
    assert parsed.sections[-1].hosts == ["Dana Host", "Lee Host"]
    assert _said(parsed) == [("Ada Example", "Cheap batteries will change grids", "line 5")]


def test_markdown_bold_cues_are_cues():
    parsed = _parse(
        "**Guest:** Ada Example\nHosts: Dana Host\n**Dana:** Storage will get cheap\n"
        "She agrees here\n"
    )
    assert _said(parsed) == [
        ("Dana Host", "Storage will get cheap", "line 3"),
        ("Ada Example", "She agrees here", "line 4"),
    ]


def test_a_section_can_be_opened_at_a_line_named_by_the_curator():
    parsed = _parse("first part\nsecond part here\n", breaks={2: "Emad Mostaque"})
    assert [s.speaker for s in parsed.statements] == ["", "Emad Mostaque"]


def test_inline_bullets_split_a_line_but_a_question_keeps_its_answer():
    parsed = _parse("Which industries first? -Call centers\nSlides, charts -Artists won’t mind\n")
    assert [s.text for s in parsed.statements] == [
        "Which industries first? -Call centers",
        "Slides, charts",
        "Artists won’t mind",
    ]


def test_sentences_do_not_end_at_abbreviations():
    text = "Mr. Smith said so. It will rain e.g. Tomorrow. Yes!"
    assert [s for _, s in split_sentences(text)] == [
        "Mr. Smith said so.",
        "It will rain e.g. Tomorrow.",
        "Yes!",
    ]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "And before the Oct. 5 election, the government will drop it. Watch for it.",
            ["And before the Oct. 5 election, the government will drop it.", "Watch for it."],
        ),
        ("It opens in Sept. 2027. Then we see.", ["It opens in Sept. 2027.", "Then we see."]),
        ("The vote is on Feb. 11 at noon.", ["The vote is on Feb. 11 at noon."]),
        # Near misses: a month abbreviated at a sentence's end, before no day nor year.
        ("We met in Oct. Nobody came.", ["We met in Oct.", "Nobody came."]),
        ("Sales fell in Jan. 300 stores closed.", ["Sales fell in Jan.", "300 stores closed."]),
    ],
)
def test_a_month_abbreviated_before_a_day_or_a_year_ends_no_sentence(text, sentences):
    assert [s for _, s in split_sentences(text)] == sentences


def test_webvtt_voices_carry_over_cues_and_sentences_keep_their_timestamp():
    parsed = parse_document(read_document((DATA / "panel.vtt").read_bytes()))
    assert parsed.format == WEBVTT
    assert _said(parsed) == [
        ("Dana Host", "Our show began ten years ago.", "00:00:01"),
        ("Dana Host", "Today we talk about batteries.", "00:00:01"),
        ("Priya Raman", "I have worked on batteries for years.", "00:00:04"),
        (
            "Priya Raman",
            "Solid-state batteries will be in most new cars within five years.",
            "00:00:04",
        ),
        ("Priya Raman", "I think prices are going to halve by 2030.", "00:00:09"),
        ("Dana Host", "Is that realistic?", "00:00:12"),
        ("Tom Okafor", "It is.", "00:00:15"),
        ("Tom Okafor", "Our company plans to open a plant in Ohio next year.", "00:00:15"),
        ("Tom Okafor", "Grid storage doubled last year, according to our figures.", "00:01:02"),
        (
            "Priya Raman",
            "Honestly, hydrogen cars will never catch up with electric ones.",
            "00:12:31",
        ),
    ]


def test_srt_name_cues_and_bracketed_names():
    parsed = parse_document(read_document((DATA / "interview.srt").read_bytes()))
    assert parsed.format == SRT
    assert _said(parsed) == [
        ("HOST", "Welcome.", "00:00:01"),
        ("HOST", "What comes next for launch costs?", "00:00:01"),
        (
            "MAYA CHEN",
            "Reusable rockets will cut launch costs by half within three years.",
            "00:00:03",
        ),
        ("MAYA CHEN", "We are sure of it.", "00:00:07"),
        ("MAYA CHEN", "Orbital refuelling is going to be routine by 2030.", "00:00:07"),
        ("HOST", "And on the Moon?", "00:00:10"),
        ("Leo Park", "Nobody will live on the Moon before 2040, in my view.", "00:01:15"),
        ("MAYA CHEN", "Our company launched forty missions last year.", "00:02:00"),
    ]
    assert parsed.statements[4].line == 11


def test_format_is_detected_from_the_content():
    assert read_document(b"WEBVTT\n\n00:01.000 --> 00:02.000\nhi\n").format == WEBVTT
    assert read_document(b"1\n00:00:01,000 --> 00:00:02,000\nhi\n").format == SRT
    assert read_document(b"# Notes\nsomething\n").format == NOTES


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "The file is empty."),
        (b"  \n\n  ", "The file is empty."),
        (b"notes\nmore\x00\x01binary", "Line 2: This is a binary file"),
        (b"fine\ncaf\xe9 au lait\n", "Line 2: The file is not UTF-8"),
        (b"one\ntwo\x07\n", "Line 2: Unexpected control character"),
        # UTF-16, as Windows tools save "Unicode" text: with a byte-order mark or without.
        ("Guest: Ada Quist\nSolar will win.\n".encode("utf-16"), "Line 1: The file is UTF-16"),
        ("Guest: Ada Quist\n".encode("utf-16-be"), "Line 1: The file is UTF-16"),
        (
            "WEBVTT\n\n00:01.000 --> 00:02.000\nhi\n".encode("utf-16-le"),
            "Line 1: The file is UTF-16",
        ),
    ],
)
def test_unreadable_files_are_refused_naming_the_line(data, message):
    with pytest.raises(ImportFileError, match="^" + message.replace("(", r"\(")):
        read_document(data)


# Past the first block of 64 KiB the file is checked in: errors still name their line.
LONG = "caf\u00e9 " * 9000 + "\n"  # 90,000 bytes a line, two-byte characters across blocks


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ((LONG * 2).encode() + b"caf\xe9\n", "Line 3: The file is not UTF-8"),
        ((LONG * 3).encode() + b"ok\x1b[0m\n", "Line 4: Unexpected control character"),
        (("ok\n" * 30000).encode() + b"\xff", "Line 30001: The file is not UTF-8"),
        (("é" * 32767).encode() + b"\xc3", "Line 1: The file is not UTF-8"),  # cut at the end
    ],
    ids=["bad-byte", "escape", "late-line", "cut-character"],
)
def test_long_files_are_checked_a_block_at_a_time_and_errors_name_the_line(data, message):
    with pytest.raises(ImportFileError, match="^" + message):
        read_document(data)


def test_a_word_processor_s_line_and_page_breaks_part_words_but_end_no_line():
    lines = Lines(b"Guest: Ada Quist\x0bSolar will win by 2030.\x0cPage two\n")
    assert list(lines) == ["Guest: Ada Quist\x0bSolar will win by 2030.\x0cPage two"]
    parsed = _parse("Guest: Ada Quist\x0b- Solar will be cheapest by 2030\x0b- Wind too\n")
    assert [(s.speaker, s.text, s.line) for s in parsed.statements] == [
        ("Ada Quist", "Solar will be cheapest by 2030", 1),
        ("Ada Quist", "Wind too", 1),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "one\ntwo\n",
        "one\ntwo",
        "one\r\ntwo\r\n",
        "old mac\rline ends\r",
        "mixed\r\nends\rand\nmore",
        "blank lines\n\n\nbetween\n\n",
        "\ufeffbyte-order mark\nfirst",
        "\ufeff",
        "\n",
        LONG * 2 + "and a last line without its end",
    ],
)
def test_lines_read_from_the_bytes_are_the_lines_of_the_text(text):
    expected = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if expected and not expected[-1]:
        expected.pop()  # the end of the last line starts no other
    lines = Lines(text.encode())
    assert list(lines) == expected
    assert len(lines) == len(expected)
    assert [lines[i] for i in range(-len(lines), len(lines))] == expected * 2
    assert lines[1:] == expected[1:]


def test_a_malformed_cue_timing_names_its_line():
    text = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v A>Fine.\n\n2\n00:00:03 -> 00:04\nBroken\n"
    with pytest.raises(ImportFileError, match=r"^Line 7: Expected a cue timing line"):
        _parse(text)


@pytest.mark.parametrize(
    "broken",
    [
        "00:09:57.000 -> 00:10:00.000",
        "00:09:57.000 — 00:10:00.000",
        "00:09:57,000 - 00:10:00,000",
        "09:57.000 => 10:00.000 align:start",
        "00:09:57.000 → 00:10:00.000",
    ],
)
@pytest.mark.parametrize("srt", [False, True], ids=["webvtt", "srt"])
def test_a_timing_line_gone_wrong_right_after_a_cue_is_refused_not_quoted(broken, srt):
    """With no blank line before it, it was taken as the last cue's words."""
    if srt:
        broken = broken.replace(".", ",")
        text = f"1\n00:09:54,000 --> 00:09:57,000\nMeta will ship it next year.\n{broken}\nMore.\n"
        line = 4
    else:
        text = f"WEBVTT\n\n00:09:54.000 --> 00:09:57.000\nMeta will ship it next year.\n{broken}\n"
        line = 5
    with pytest.raises(ImportFileError, match=rf"^Line {line}: Expected a cue timing line"):
        _parse(text)


@pytest.mark.parametrize(
    ("timing", "srt"),
    [
        ("00:09:57.000 --> 00:09:50.000", False),
        ("01:00:00.000 --> 00:59:59.999", False),
        ("00:09:57,000 --> 00:09:56,500", True),
        # Times of two shapes, which compare one way as text and the other as times.
        ("10:00.000 --> 9:59.500", False),
        ("01:02:03.5 --> 1:02:03.40", False),
        ("1:00:00.000 --> 59:59.999", False),
        ("00:10:00,5 --> 00:09:59,999", True),
    ],
)
def test_a_cue_that_ends_before_it_starts_is_refused_naming_its_line(timing, srt):
    if srt:
        text = f"1\n00:00:01,000 --> 00:00:02,000\nFine.\n\n2\n{timing}\nBackwards.\n"
        line = 6
    else:
        text = f"WEBVTT\n\n00:01.000 --> 00:02.000\nFine.\n\n{timing}\nBackwards.\n"
        line = 6
    with pytest.raises(ImportFileError, match=rf"^Line {line}: This cue ends \("):
        _parse(text)


def test_a_cue_that_ends_when_it_starts_is_accepted():
    parsed = _parse("WEBVTT\n\n00:01.000 --> 00:01.000\nSolar will win by 2030.\n")
    assert [s.text for s in parsed.statements] == ["Solar will win by 2030."]


@pytest.mark.parametrize(
    ("timing", "timestamp"),
    [
        ("00:12:31.500 --> 00:12:35.000", "00:12:31"),
        ("00:12:31,500 --> 00:12:35,000", "00:12:31"),
        ("12:31.500 --> 12:35.000", "00:12:31"),
        ("9:59.500 --> 10:00.000", "00:09:59"),
        ("1:02:03.40 --> 01:02:03.5", "01:02:03"),
        ("59:59.999 --> 1:00:00.000", "00:59:59"),
        ("123:04:05.000 --> 123:04:06.000", "123:04:05"),
    ],
)
def test_a_cue_that_ends_after_it_starts_keeps_its_start_whatever_the_times_shapes(
    timing, timestamp
):
    parsed = _parse(f"WEBVTT\n\n{timing}\nSolar will win by 2030.\n")
    assert [s.timestamp for s in parsed.statements] == [timestamp]


@pytest.mark.parametrize(
    "mark",
    ["\u200b", "\u2060", "\ufeff", "\u00ad"],
    ids=["zero-width-space", "word-joiner", "inner-bom", "soft-hyphen"],
)
def test_invisible_marks_pasted_with_the_words_are_dropped(mark):
    parsed = _parse(f"Guest: Ada Quist\n- Carbon{mark} prices will rise by 2030\n")
    assert [s.text for s in parsed.statements] == ["Carbon prices will rise by 2030"]


def test_times_in_a_cue_s_words_are_words():
    parsed = _parse("WEBVTT\n\n00:01.000 --> 00:04.000\n10:30 - 11:00 we meet the board.\n")
    assert [s.text for s in parsed.statements] == ["10:30 - 11:00 we meet the board."]


def test_webvtt_without_its_header_is_refused():
    with pytest.raises(ImportFileError, match=r"^Line 1: A WebVTT file must start"):
        parse_document(read_document(b"00:01.000 --> 00:02.000\nhi\n", file_format=WEBVTT))


def test_srt_missing_its_timing_names_the_line():
    with pytest.raises(ImportFileError, match=r"^Line 6: Expected a cue timing line"):
        _parse("1\n00:00:01,000 --> 00:00:02,000\nfine\n\n2\nno timing here\n")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Run Stable Diffusion on your iPhone by next year", ClaimKind.PREDICTION),
        ("Samantha from Her is coming", ClaimKind.PREDICTION),
        ("$100B into this sector in next 5 years", ClaimKind.PREDICTION),
        ("Bad guys have AI – they’ll create deep fakes", ClaimKind.PREDICTION),
        ("Lot more an art than a science – can’t predict very well", ClaimKind.FACTUAL),
        ("Google LAMDA tech & team – eventually decided to leave", ClaimKind.FACTUAL),
        ("Plan to spin SD into different Foundations", ClaimKind.COMMITMENT),
        ("Moving forward, only release safe for work models", ClaimKind.COMMITMENT),
        ("Licensing discussions should be more open", ClaimKind.OPINION),
        ("Did investment round in August", ClaimKind.FACTUAL),
        # A date looked back at is no forecast; "the best bet" is a judgement.
        ("By 2020 we had already shipped a million units.", ClaimKind.FACTUAL),
        ("By mid-2021 sales doubled in Spain.", ClaimKind.FACTUAL),
        ("Within two years the fleet was electric.", ClaimKind.FACTUAL),
        ("By next year half of all cars sold are electric.", ClaimKind.PREDICTION),
        ("Next year prices fall by a third.", ClaimKind.PREDICTION),
        ("Nuclear is the best bet for baseload.", ClaimKind.OPINION),
        ("Solar is the safest bet for new capacity.", ClaimKind.OPINION),
        ("I bet rates fall before the summer.", ClaimKind.PREDICTION),
        # A negated forecast bounded by a time is a forecast, even without "will"...
        ("No rate cuts until 2026, in my view.", ClaimKind.PREDICTION),
        ("Nothing changes till next spring.", ClaimKind.PREDICTION),
        ("Not before the summer, I'd say.", ClaimKind.PREDICTION),
        ("No meaningful revenue until the second half of next year.", ClaimKind.PREDICTION),
        ("Rates won't be cut before the summer.", ClaimKind.PREDICTION),
        # ...but not when it tells of the past.
        ("Rates were not cut until 2020.", ClaimKind.FACTUAL),
        ("We didn't ship until 2020.", ClaimKind.FACTUAL),
        ("Nobody believed it until 2020.", ClaimKind.FACTUAL),
        ("We didn't ship within two years.", ClaimKind.FACTUAL),
    ],
)
def test_statements_are_classified_by_their_words(text, kind):
    assert classify(text) == kind


def test_questions_and_fragments_are_not_candidates():
    assert not is_candidate("How far from short-form videos?")
    assert not is_candidate("From Chile")
    assert is_candidate("Within 2 years at high resolution quality")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("By 2030 half of all cars sold are electric.", ClaimKind.PREDICTION),
        ("Half of all cars sold will be electric by 2030.", ClaimKind.PREDICTION),
        ("By 2030 we had already shipped a million units.", ClaimKind.FACTUAL),
        ("Ten years ago we set a target for 2030.", ClaimKind.FACTUAL),
    ],
)
def test_a_dated_horizon_makes_a_prediction_unless_the_words_look_back(text, kind):
    """``has_horizon``: the horizon parser found a deadline after the day it was said."""
    assert classify(text, has_horizon=True) == kind
