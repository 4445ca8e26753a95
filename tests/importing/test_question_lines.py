"""Table tests: a "Q:" line is the interviewer asking, never a claim of the guest, nor one
proposed under the interviewer; the words after it are the guest's answer."""

import pytest

from claims.importing.classify import is_candidate
from claims.importing.parsing import parse_document
from claims.importing.reading import read_document

HEADING = "Cathie Wood — Odd Lots (podcast), 5 March 2024\n"


def _proposed(text: str) -> list[tuple[str, str]]:
    """(speaker, words) of what would be proposed: not narration, not a question."""
    statements = parse_document(read_document(text.encode())).statements
    return [(s.speaker, s.text) for s in statements if not s.narration and is_candidate(s.text)]


@pytest.mark.parametrize(
    ("lines", "proposed"),
    [
        # An opinion on a Q: line, with or without a declared host.
        ("Q: I think rates are too high.\n", []),
        ("Hosts: Joe Weisenthal\nQ: I think rates are too high.\n", []),
        ("Q: Rates will fall by 2026, surely. Do you agree?\n", []),
        ("Question: The Fed is behind the curve, isn't it.\n", []),
        ("- Q: Inflation will be back at 2% next year.\n", []),
        ("Q. Rates are far too high today.\n", []),
        # The bullets after it are the guest's answer.
        (
            "Q: I think rates are too high.\n- Rates will fall by 2026.\n",
            [("Cathie Wood", "Rates will fall by 2026.")],
        ),
        # So is the next plain line.
        (
            "Q: I think rates are too high.\nThey will fall by 2026.\n",
            [("Cathie Wood", "They will fall by 2026.")],
        ),
        # A named host's own statement stays the host's.
        (
            "Hosts: Joe Weisenthal\nJoe: I think the dollar will weaken next year.\n",
            [("Joe Weisenthal", "I think the dollar will weaken next year.")],
        ),
    ],
)
def test_a_q_line_in_notes_is_never_proposed(lines, proposed):
    assert _proposed(HEADING + lines) == proposed


SRT = "{n}\n00:00:0{n},000 --> 00:00:0{m},000\n{text}\n\n"


def _srt(*texts: str) -> str:
    return "".join(SRT.format(n=n, m=n + 1, text=t) for n, t in enumerate(texts, 1))


@pytest.mark.parametrize(
    ("texts", "proposed"),
    [
        # "Q:" in a caption file: not the guest's, though the guest spoke before.
        (
            ["CATHIE WOOD: Rates will fall by 2026.", "Q: I think rates are too high."],
            [("CATHIE WOOD", "Rates will fall by 2026.")],
        ),
        # The untagged cue after it is the answer: nobody named, for the curator to say.
        (
            ["CATHIE WOOD: Rates will fall by 2026.", "Q: Rates are too high.", "They fall."],
            [("CATHIE WOOD", "Rates will fall by 2026.")],
        ),
        (
            ["CATHIE WOOD: Rates will fall.", "Q: I think so too.", "Inflation will ease."],
            [("CATHIE WOOD", "Rates will fall."), ("", "Inflation will ease.")],
        ),
        # "A:" answers: after a question nobody named, never with "A:" in the quote.
        (
            ["Q: I think rates are too high.", "A: Inflation will fall next year."],
            [("", "Inflation will fall next year.")],
        ),
        (
            ["CATHIE WOOD: Rates will fall.", "A: Inflation will fall next year."],
            [
                ("CATHIE WOOD", "Rates will fall."),
                ("CATHIE WOOD", "Inflation will fall next year."),
            ],
        ),
    ],
)
def test_a_q_line_in_captions_is_never_proposed(texts, proposed):
    assert _proposed(_srt(*texts)) == proposed


def test_the_answer_after_a_q_line_carries_a_remark():
    statements = parse_document(
        read_document(_srt("Q: Rates are too high.", "Inflation will fall next year.").encode())
    ).statements
    answer = statements[-1]
    assert (answer.speaker, answer.narration) == ("", False)
    assert "Taken as the answer to a host's question" in answer.note
