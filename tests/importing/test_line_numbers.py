"""Table tests: line numbers in statements and messages are the ones an editor shows.

Editors and ``wc -l`` end a line at ``\\n``, ``\\r\\n`` or ``\\r`` only. A vertical tab (Word's
Shift+Enter) and a form feed (a page break) end no line, but still part the words around them.
"""

import pytest

from claims.importing.errors import ImportFileError
from claims.importing.parsing import parse_document
from claims.importing.reading import read_document


def _located(data: bytes) -> list[tuple[str, str, int]]:
    parsed = parse_document(read_document(data))
    return [(s.speaker, s.text, s.line) for s in parsed.statements]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        # A page break before the third line: still line 3, as in an editor.
        (
            b"Guest: Ada Quist\nSolar will win by 2030.\n\x0cWind will follow by 2032.\n",
            [
                ("Ada Quist", "Solar will win by 2030.", 2),
                ("Ada Quist", "Wind will follow by 2032.", 3),
            ],
        ),
        # Shift+Enter between two notes: one line of the file, two notes.
        (
            b"Guest: Ada Quist\nSolar will win by 2030.\x0bWind will follow by 2032.\n"
            b"Coal is done.\n",
            [
                ("Ada Quist", "Solar will win by 2030.", 2),
                ("Ada Quist", "Wind will follow by 2032.", 2),
                ("Ada Quist", "Coal is done.", 3),
            ],
        ),
        # A page break alone on a line is a blank line, not two.
        (
            b"Guest: Ada Quist\n\x0c\nSolar will win by 2030.\n",
            [("Ada Quist", "Solar will win by 2030.", 3)],
        ),
        # A cue and its bullet parted by Shift+Enter: the cue still names the speaker.
        (
            b"Guest: Ada Quist\nLeo Park:\x0b- Rates will fall by 2026.\nStocks will rise.\n",
            [("Leo Park", "Rates will fall by 2026.", 2), ("Ada Quist", "Stocks will rise.", 3)],
        ),
        # Old Mac line ends with a page break: the numbers still follow the line ends.
        (
            b"Guest: Ada Quist\r\x0c\rSolar will win by 2030.\rWind will follow by 2032.\r",
            [
                ("Ada Quist", "Solar will win by 2030.", 3),
                ("Ada Quist", "Wind will follow by 2032.", 4),
            ],
        ),
        # A vertical tab inside a sentence is a space.
        (
            b"Guest: Ada Quist\nSolar will win\x0b by 2030.\n",
            [("Ada Quist", "Solar will win", 2), ("Ada Quist", "by 2030.", 2)],
        ),
    ],
    ids=[
        "page-break",
        "shift-enter",
        "page-break-line",
        "cue-then-break",
        "old-mac",
        "mid-sentence",
    ],
)
def test_statements_are_located_at_the_line_an_editor_shows(data, expected):
    assert _located(data) == expected


def test_caption_lines_parted_by_a_vertical_tab_keep_their_line():
    data = (
        b"1\n00:00:01,000 --> 00:00:04,000\nLENA ORTIZ: Solar will win by 2030.\x0b"
        b"TOMAS REYES: Wind will follow by 2032.\n\n"
        b"2\n00:00:05,000 --> 00:00:08,000\n\x0cLENA ORTIZ: Coal is done.\n"
    )
    assert _located(data) == [
        ("LENA ORTIZ", "Solar will win by 2030.", 3),
        ("TOMAS REYES", "Wind will follow by 2032.", 3),
        ("LENA ORTIZ", "Coal is done.", 7),
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"one\x0btwo\nthree\x07\n", "Line 2: Unexpected control character"),
        (b"one\x0ctwo\x0cthree\nfour\nfive\x00\n", "Line 3: This is a binary file"),
        (b"one\rtwo\rcaf\xe9\r", "Line 3: The file is not UTF-8"),
        (b"one\r\ntwo\r\n\x0c\r\nfour\x1b\r\n", "Line 4: Unexpected control character"),
    ],
    ids=["vt", "ff", "old-mac", "windows"],
)
def test_refusals_name_the_line_an_editor_shows(data, message):
    with pytest.raises(ImportFileError, match="^" + message):
        read_document(data)


@pytest.mark.parametrize(
    ("data", "lines"),
    [
        (b"WEBVTT\n\nplain words\n", ["WEBVTT", "", "plain words"]),
        (b"a\r\nb\rc\n", ["a", "b", "c"]),
        ("caf\u00e9 au lait\n".encode(), ["caf\u00e9 au lait"]),
        ("zero\u200bwidth\u00adsoft\n".encode(), ["zerowidthsoft"]),
        ("\ufeffmark at the start\nword\u2060joined".encode(), ["mark at the start", "wordjoined"]),
        ("\u201ccurly\u201d quotes stay\n".encode(), ["\u201ccurly\u201d quotes stay"]),
        (b"no end of line", ["no end of line"]),
    ],
)
def test_lines_read_one_at_a_time_as_the_whole_text_reads(data, lines):
    """ASCII lines are read without looking for invisible marks; others are cleaned of them."""
    from claims.importing.reading import Lines

    read = Lines(data)
    assert len(read) == len(lines)
    assert [read[i] for i in range(len(read))] == lines
    assert list(read) == lines
    assert read[-1] == lines[-1]
    assert read[0 : len(lines)] == lines
    with pytest.raises(IndexError):
        read[len(lines)]
