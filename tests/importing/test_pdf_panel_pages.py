"""Table tests: a conference panel's transcript exported from a PDF. The pages' chrome
(running headers and footers, page numbers, form feeds) is nobody's words and a sentence
broken across a page's end is one sentence; a word hyphenated at a line's end is whole
again, a word's own hyphen kept; the "Moderator:" / "Panellists:" declaration makes the
surname cues those people and the moderator's turns procedure; wrapped lines stay with the
cue above them. Near-misses keep reading as notes."""

import pytest

from claims.importing.pdf_panels import joined_lines, pdf_chrome, reshape
from tests.importing import attributed

PROCEEDINGS = """NORDIC FISHERIES SUMMIT 2026 — PROCEEDINGS                                  14
Panel 2: Feed and Fjords — Tromsø, 3 June 2026

Moderator: Dr. Ingrid Solberg (University of Tromsø)
Panellists: Magnus Aune (CEO, Aune Feed AS); Orla Brennan (Marine
Institute, Galway); Per-Ola Vik (Fishers' Union)

SOLBERG: Welcome, everyone. The Wi-Fi pass-
word is on your badge. Magnus, you first.
AUNE: Thank you. Our new feed plant has been running since March, and waste is un-
der two per cent.
AUNE: We will open a second plant in Alta before the end of
2027. The site is already bought.
SOLBERG: Orla?
BRENNAN: Our semi-
submersible trial has been running for two years.

© Nordic Fisheries Summit 2026. Transcript edited for length and clarity.
NORDIC FISHERIES SUMMIT 2026 — PROCEEDINGS                                  15

VIK: Half of the jobs on the quays will be gone by 2035, in my view, because automation
is moving fast.
[Applause]

© Nordic Fisheries Summit 2026. Transcript edited for length and clarity.
"""

# "Page 3 of 12" footers, form feeds between pages, a header naming the event and its date.
PAGE_OF = """Baltic Energy Forum · Riga · 9 September 2026
Panel: Grid Storage

Chair: Prof. Liga Ozola
Speakers: Janis Berzins (Latvenergo Storage); Tove Lund (Nordic Grid Agency)

OZOLA: Good morning. Let us begin.
BERZINS: Our battery park at Daugava has stored power since
January. We will double its capacity by the end of 2028, once the second
Page 1 of 2
\fBaltic Energy Forum · Riga · 9 September 2026
grid link is built.
LUND: I expect prices to fall by a third within five years.
Page 2 of 2
"""

# "— 7 —" page numbers alone, a bracketed name in an audience member's cue.
DASHED = """— 7 —
SESSION 4: PORTS — ROTTERDAM, 12 MAY 2026
Moderator: Eva de Wit
Panelists: Sander Bos and Mira Jansen

DE WIT: We have five minutes.
BOS: Automated cranes will handle every container at our terminal by
2030.
AUDIENCE MEMBER (Tom Visser, Port News): The port authority said last
week that the new quay opens in 2029.
JANSEN: That schedule is realistic.
END OF SESSION
— 8 —
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            PROCEEDINGS,
            [
                ("Magnus Aune", "Thank you."),
                (
                    "Magnus Aune",
                    "Our new feed plant has been running since March, and waste is under two"
                    " per cent.",
                ),
                ("Magnus Aune", "We will open a second plant in Alta before the end of 2027."),
                ("Magnus Aune", "The site is already bought."),
                ("Orla Brennan", "Our semi-submersible trial has been running for two years."),
                (
                    "Per-Ola Vik",
                    "Half of the jobs on the quays will be gone by 2035, in my view, because"
                    " automation is moving fast.",
                ),
            ],
        ),
        (
            PAGE_OF,
            [
                ("Janis Berzins", "Our battery park at Daugava has stored power since January."),
                (
                    "Janis Berzins",
                    "We will double its capacity by the end of 2028, once the second grid link"
                    " is built.",
                ),
                ("Tove Lund", "I expect prices to fall by a third within five years."),
            ],
        ),
        (
            DASHED,
            [
                (
                    "Sander Bos",
                    "Automated cranes will handle every container at our terminal by 2030.",
                ),
                (
                    "Tom Visser",
                    "The port authority said last week that the new quay opens in 2029.",
                ),
                ("Mira Jansen", "That schedule is realistic."),
            ],
        ),
    ],
)
def test_a_pdf_panel_gives_whole_sentences_to_the_declared_people(text, expected):
    said = [(who, words) for who, words in attributed.said(text) if who]
    assert said == expected


@pytest.mark.parametrize(
    ("text", "chrome"),
    [
        (PROCEEDINGS, {1, 18, 19, 25}),
        (PAGE_OF, {1, 10, 12, 15}),  # the form feed is a line's end
        (DASHED, {1, 13}),
        # A running footer with the page's number after a wide gap, on each page.
        ("ACME AGM 2026      3\nLINDE: Sales rose.\nACME AGM 2026      4\nLINDE: Fine.\n", {1, 3}),
        # A speaker saying the same words twice, away from a page's end: no chrome.
        ("HEADER\nA: Thank you.\nB: We will grow.\nA: Thank you.\nB: By 2030.\n", set()),
        # A year alone inside a turn is no page's number when it reads as prose.
        ("X: We open in\n2027 or so.\n", set()),
    ],
)
def test_pdf_page_chrome(text, chrome):
    assert pdf_chrome(text.splitlines()) == frozenset(chrome)


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("the Wi-Fi pass-", "word is on the badge.", "the Wi-Fi password is on the badge."),
        ("mortality is un-", "der three per cent.", "mortality is under three per cent."),
        ("our first semi-", "submersible pen", "our first semi-submersible pen"),
        ("said Lars-", "Erik Dahl", "said Lars-Erik Dahl"),
        ("a self-", "funded plan", "a self-funded plan"),
        ("six ammonia-", "fuelled ships", "six ammonia-fuelled ships"),
        ("widely avail-", "able by 2032.", "widely available by 2032."),
        ("farm tech-", "nician jobs", "farm technician jobs"),
        ("prices before the", "end of 2027.", "prices before the end of 2027."),
        ("a choice -", "not a technical one", "a choice - not a technical one"),
        ("the post-", "2020 rules", "the post-2020 rules"),
    ],
)
def test_words_hyphenated_across_lines(first, second, expected):
    assert joined_lines(first, second) == expected


def test_a_hyphenated_word_the_document_writes_elsewhere_keeps_its_hyphen():
    document = "The long-term plan.\nour long-\nterm plan"
    assert joined_lines("our long-", "term plan", document=document) == "our long-term plan"
    document = "A cold-\nwater fish."
    assert joined_lines("A cold-", "water fish.", document=document) == "A coldwater fish."


NEAR_MISSES = [
    # Notes with a moderator named and cues in title case: the notes reader's own.
    "Moderator: Maya Chen\nMaya Chen: Welcome.\nRavi Menon: We will ship by 2027.\n",
    # A transcript in capitals with no page's chrome and no declared panel.
    "MAYA CHEN: Welcome.\nRAVI MENON: We will ship by 2027.\n",
    # A panel declared, but its people cued by their full names.
    "Panellists: Ana Ruiz; Tom Lee\n\nAna Ruiz: Rates fall in 2027.\nTom Lee: No.\n",
    # A chair's turn in capitals is no declaration of who chairs.
    "TITLE\n\nCHAIR: First, Ruth Adeyemi.\nMS. ADEYEMI: Buses will be late by 2027.\n",
    # Page numbers, but no cue in capitals.
    "Page 1 of 2\nWe will ship by 2027.\nPage 2 of 2\n",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_are_read_as_notes(text):
    assert reshape(text.splitlines()) is None
