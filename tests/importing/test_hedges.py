"""Table tests: a hedged forecast, or one given with alternative horizons, is proposed with
a remark for the curator, never as a forecast with a firm deadline."""

import datetime

import pytest

from claims.importing.classify import doubt_remark
from claims.importing.parsing import parse_document
from claims.importing.reading import read_document

TODAY = datetime.date(2024, 9, 1)
HEADING = "Cathie Wood — Odd Lots (podcast), 5 March 2024\n"


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("I'm not sure rates will be cut this year or next.", "i'm not sure"),
        ("I am not convinced the Fed cuts before 2026.", "i am not convinced"),
        ("We don't know whether demand holds up next year.", "we don't know whether"),
        ("I can't say if prices fall by 2027.", "i can't say if"),
        ("It's unclear whether rates fall in 2025.", "it's unclear whether"),
        ("Who knows, maybe oil hits $100 next year.", "who knows"),
        ("Honestly it's a coin flip whether we get a recession in 2025.", "coin flip"),
        ("I doubt rates will be cut this year.", "i doubt"),
    ],
)
def test_a_doubt_is_marked(text, hedge):
    assert doubt_remark(text) == (
        f"hedged (“{hedge}”): is it a forecast, and of when? check the deadline"
    )


@pytest.mark.parametrize(
    "text",
    [
        "I'm sure rates will be cut next year.",
        "We know rates will fall by 2026.",
        "Nobody doubts that solar wins by 2030.",
        "Rates will be cut this year or next.",
    ],
)
def test_a_plain_forecast_is_not_marked_as_hedged(text):
    assert doubt_remark(text) == ""


@pytest.mark.parametrize(
    ("line", "remarks"),
    [
        (
            "I'm not sure rates will be cut this year or next.",
            [
                "hedged (“i'm not sure”)",
                "deadline unclear: “this year or next” gives alternatives",
            ],
        ),
        ("Rates will fall in 2026 or 2027.", ["deadline unclear: “in 2026 or 2027”"]),
        ("AGI by 2030, maybe 2035.", ["deadline unclear: “by 2030, maybe 2035”"]),
        ("Rates will fall by 2026.", []),
        ("Rates will fall in 2026 or so.", []),  # approximate: no date at all, said in its rule
    ],
)
def test_an_imported_statement_carries_the_remarks(line, remarks):
    document = read_document((HEADING + line + "\n").encode())
    (statement,) = parse_document(document, today=TODAY).statements
    notes = statement.note.split("; ") if statement.note else []
    assert len(notes) == len(remarks)
    for note, remark in zip(notes, remarks, strict=True):
        assert note.startswith(remark)
