"""Table tests: a to-do line is the note-taker's own, under any heading or none: never a
speaker's claim, counted among the lines left out."""

import pytest

from claims.importing.asides import OWN
from claims.importing.notes_sections import task_line
from tests.importing import attributed

HEAD = "Call with Ada Quist, 9 May 2025\n\nHosts: Maya Chen\n\n"
CLAIM = "Ada Quist: Rates will fall by 2027.\n"


@pytest.mark.parametrize(
    "line",
    [
        # The examples.
        "Follow up with Ben re: pricing deck",
        "TODO check the 2027 figure",
        "[ ] send Ada the transcript",
        "- ask Maya for the slides by Friday",
        "Need to confirm the date with the press office",
        # Of the same kind.
        "need to chase Ben for the 2026 numbers",
        "Must check whether the 2027 target is real",
        "Remember to send the deck to Ana by Friday",
        "Don't forget to ask Tom about the buyback",
        "Still need to verify the March figure",
        "To do: book a call with Dana",
        "Book a follow-up call with Dana for next week",
        "Schedule a call with Ana in January",
        "Waiting on Ben for the 2027 guidance",
        "Dana to send the deck by Friday",
        "AI (Tom): circulate the minutes by Monday",
        "- [x] emailed the press office",
    ],
)
def test_a_to_do_is_the_note_takers_own(line):
    document = attributed.parsed(f"{HEAD}{CLAIM}{line}\n")
    words = line.lstrip("-[] x")
    assert all(words not in s.text for s in document.statements)
    assert any(s.note == OWN and s.narration for s in document.statements)
    assert attributed.said(f"{HEAD}{CLAIM}{line}\n") == [("Ada Quist", "Rates will fall by 2027.")]


@pytest.mark.parametrize(
    "line",
    [
        "We need to cut costs by 2027.",
        "Need for chips will double by 2027.",
        "Investors must check their leverage before 2026.",
        "Apple to ship glasses by 2027.",
        "Remembering the 2008 crash, rates will stay high.",
    ],
)
def test_a_claim_is_no_to_do(line):
    assert not task_line(line)
    assert attributed.who(f"{HEAD}{line}\n", line) != "-"
