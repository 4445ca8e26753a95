"""Table tests: a document's or a part's title (a recap, a summary, a digest, minutes, notes
of a call), dated or not, marked with "#" or not, is structure, never a claim."""

import pytest

from claims.importing.cues import document_title
from tests.importing import attributed

CLAIM = "Devon Price: rates will fall by March 2026.\n"


@pytest.mark.parametrize(
    "title",
    [
        # The example: a thread's title with its date, at the top of the notes.
        "Thread recap: rate cuts and housing, 20 October 2025",
        "Thread recap: rate cuts and housing",
        "Thread recap: rate cuts and housing, 20 October 2025 (via @devprice)",
        "# Thread recap: rate cuts and housing",
        "**Weekly digest: AI and chips**",
        "Summary of the Q3 planning meeting",
        "Minutes of the board meeting",
        "Board meeting minutes",
        "Notes of the call with Dana Lee",
        "Notes from the housing panel",
        "Meeting notes — 3 March",
        "Recap — episode 42",
        "Key takeaways from the Fed panel",
        "Call summary — Northwind, Q3",
        "My notes from the Fed panel",
        "Highlights from episode 42",
        "Podcast summary: The Rates Show",
    ],
)
def test_a_title_is_no_claim(title):
    said = attributed.said(f"{title}\n\n{CLAIM}")
    assert said == [("Devon Price", "rates will fall by March 2026.")]


@pytest.mark.parametrize(
    "title",
    [
        "Summary of the Q3 planning meeting",
        "Minutes of the board meeting",
        "Key takeaways from the Fed panel",
        "## Recap — episode 42",
    ],
)
def test_a_title_within_the_notes_is_no_claim(title):
    said = attributed.said(f"{CLAIM}\n{title}\n\nAna Ruiz: oil will hit $100 by 2027.\n")
    assert [words for _, words in said] == [
        "rates will fall by March 2026.",
        "oil will hit $100 by 2027.",
    ]


@pytest.mark.parametrize(
    ("line", "first", "title"),
    [
        ("Thread recap: rate cuts and housing", False, True),
        ("Weekly digest: AI and chips", False, True),
        # A bare title word before a colon is a label, unless the line opens the document.
        ("Summary: strong quarter for chips", False, False),
        ("Summary: strong quarter for chips", True, True),
        # Sentences with a title word in them are words, not titles.
        ("Summary: rates will fall by 2026.", True, False),
        ("We will publish the summary of the call by Friday.", False, False),
        ("Our notes on the call show demand is slowing", False, False),
        ("Recap: will the Fed cut by December?", True, False),
        ("- Board meeting minutes", False, False),
        ("The digest of the week says prices will fall", False, False),
    ],
)
def test_document_title(line, first, title):
    assert document_title(line, first=first) is title


def test_a_sentence_with_a_title_word_is_still_proposed():
    text = "Hosts: Maya Chen\n\nOur notes on the call show demand is slowing\n"
    assert attributed.said(text) == [("", "Our notes on the call show demand is slowing")]
