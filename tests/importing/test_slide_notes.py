"""Table tests: a presenter's speaker notes exported from a deck (PowerPoint's Notes Pages as
text, Keynote's presenter notes, a Google Slides deck with its "Speaker notes"). Each imports
without a default speaker; a slide's notes are the presenter its heading or a line declares,
until the next slide; the slide's own text, headings, footers, comments and the directions
to the presenter are no claims; a slide no presenter is declared for is asked about. A
company named as a notes file's heading is no speaker. Near misses read as before."""

import datetime

import pytest

from claims.choices import DatePrecision
from claims.importing import slide_notes
from claims.importing.errors import ImportFileError
from claims.importing.services import ImportOptions, SourceChoice, import_plan

ASKED = "?"  # a line of a section nobody is named for: asked about in a deck, else left out

KEYNOTE = """Northwind Grid Summit 2026 — Opening Keynote (Houston, April 14, 2026)
Presenter notes — exported from Keynote

Slide 1: Where the grid stands
Presenter: Amara Okoye, Chief Executive
On slide:
- Grid storage will triple by 2030
Notes:
(pause)
Our storage fleet reached 4 gigawatts in March.
We will open two more battery sites in Texas by the end of 2027.

Slide 2: The numbers
Presenter: Tomas Lindgren, CFO
Speaker notes: Revenue grew 18 percent last year. Keep it short.
[click]
I think margins have bottomed out. (Legal cleared this wording 4/2)

Slide 3 of 4
(Tomas presents)
Likely Q: "Will you cut the dividend?" → No; we will hold the dividend through 2027.
DO NOT SAY: we are in talks with a buyer.
[Comment — Ines Vaz (IR), 4/9: fine as is]

Slide 4: Close
Notes: Thanks for coming, everyone.
Page 4 of 4    Northwind Grid — Internal
"""

GOOGLE_SLIDES = """Harbourview Transit Plan — Board deck
--- Slide 1 ---
Ridership will beat 2019 levels by 2027.
Speaker notes
(Dana Whitcombe presents)
Weekday ridership is back to 92 percent of 2019 levels.
Say "about", not "exactly".
--- Slide 2 ---
Fare capping
Speaker notes
We expect fare capping to start in January 2027.
"""

POWERPOINT = """Slide 1 — Welcome   [Presenter: Yusuf Adeyemi, COO]
• Good morning, and thank you all for joining us.
• Our plants ran at 94 percent utilisation in 2025 — cite on slide footer.
• Talk track: we will close the Leeds site by June 2027. Say "plan to", NOT "will".

Slide 2 — Outlook   [Yusuf leads, Priya on numbers]
Notes: [Priya Nair] Capital spending will fall to £40 million next year.
Notes: Backup slide
"""

QUESTIONS = """--- Slide 1 ---
Presenter: Hana Kobayashi, CEO
Narration: Net revenue retention was 118 percent in 2025.
--- Slide 2 ---
Speaker: Marek Novak, CFO
Notes: (Applause) Gross margin will pass 70 percent in 2027.
--- Slide 3 ---
[Hana leads Q&A]
Likely Q: "How long is your runway?" → (Marek) Cash lasts into 2029.
Likely Q: "Will you expand to Japan?" → We will open a Tokyo office next year.
"""

COMPANY_DECK = """Verdant Robotics — Investor Day (Oslo, March 3, 2026)
--- Slide 1 ---
Speaker notes:
We will double output by 2028.
--- Slide 2 ---
[Presenter: Solveig Berg, CFO]
Speaker notes:
Margins will reach 30 percent in 2027.
"""

ONE_PRESENTER = """Library futures talk — speaker notes
Presenter: Ines Duarte

Slide 1: Why now
Notes: Loans of e-books doubled between 2022 and 2025.
Slide 2 (Rui presents)
Notes: We will close two branches by 2028.
Slide 3: What next
Notes: I expect the new catalogue to launch in spring 2027.
Speakers: Rui Costa (COO) and Ines Duarte
"""

NO_PRESENTER = """Riverside Library Expansion
--- Slide 1 ---
Speaker notes:
We expect the new wing to open by September 2027.
--- Slide 2 ---
Speaker notes:
Visitor numbers rose 12 percent last year.
"""


def _plan(text: str):
    source = SourceChoice(
        title="deck.txt", published_on=datetime.date(2026, 5, 1), precision=DatePrecision.DAY
    )
    return import_plan(
        data=text.encode(), file_name="deck.txt", options=ImportOptions(source=source)
    )


def _by_line(text: str) -> dict[int, set[str]]:
    """Line → the speakers of its candidates ("?" for a section asked about)."""
    found: dict[int, set[str]] = {}
    for candidate in _plan(text).candidates:
        key = candidate.speaker.key
        who = ASKED if key.startswith("Unnamed speaker at line") else candidate.speaker.name
        found.setdefault(candidate.statement.line, set()).add(who)
    return found


def _withheld(text: str) -> str:
    """The plan's note on the lines nobody is named for, or ""."""
    return next((n for n in _plan(text).notes if "nobody is named for" in n), "")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two presenters, "Presenter:" lines; the slide's text under "On slide:", the
        # pause, "Keep it short.", the click and Legal's note are none; a prepared answer
        # is the presenter's ("Tomas" is the deck's one Tomas), its question none; what not
        # to say, a reviewer's comment, the thanks and the footer are none.
        (
            KEYNOTE,
            {
                10: {"Amara Okoye"},
                11: {"Amara Okoye"},
                15: {"Tomas Lindgren"},
                17: {"Tomas Lindgren"},
                21: {"Tomas Lindgren"},
            },
        ),
        # Google Slides' "Speaker notes" shape: the slide's text above the label is not
        # said; "(Name presents)"; a slide nobody presents is asked about, never given to
        # the last presenter.
        (GOOGLE_SLIDES, {6: {"Dana Whitcombe"}, 11: {ASKED}}),
        # PowerPoint's bracketed presenter, bullets, a tag naming who speaks one note, and
        # "[First name leads, …]" naming the deck's one presenter of that first name.
        (POWERPOINT, {3: {"Yusuf Adeyemi"}, 4: {"Yusuf Adeyemi"}, 7: {"Priya Nair"}}),
        # A Q&A slide's prepared answers are its lead's, or the presenter an answer's own
        # tag names; "(Applause)" names nobody; a "Narration:" label is the notes.
        (
            QUESTIONS,
            {3: {"Hana Kobayashi"}, 6: {"Marek Novak"}, 9: {"Marek Novak"}, 10: {"Hana Kobayashi"}},
        ),
        # A company's name as the deck's title takes no line: a slide nobody presents is
        # asked about.
        (COMPANY_DECK, {4: {ASKED}, 8: {"Solveig Berg"}}),
        # A presenter declared above the first slide presents every slide no other is
        # declared for; "(Rui presents)" right after the slide's number names Rui, the one
        # Rui a list of the speakers names in full (with a remark); the list declares none.
        (ONE_PRESENTER, {5: {"Ines Duarte"}, 7: {"Rui Costa"}, 9: {"Ines Duarte"}}),
    ],
    ids=["keynote", "google-slides", "powerpoint", "questions", "company-title", "one-presenter"],
)
def test_a_decks_notes_go_to_their_presenters(text, expected):
    assert _by_line(text) == expected


@pytest.mark.django_db
def test_a_deck_that_declares_no_presenter_asks_who_speaks():
    with pytest.raises(ImportFileError, match="Slide 1"):
        _plan(NO_PRESENTER)


@pytest.mark.django_db
def test_a_short_name_is_taken_as_the_presenter_with_a_remark():
    notes = {c.statement.line: c.statement.note for c in _plan(KEYNOTE).candidates}
    assert "only “Tomas”: taken as Tomas Lindgren" in notes[21]
    assert "only" not in notes[15]


@pytest.mark.parametrize(
    ("note", "said"),
    [
        ("We ended the year debt-free. (pause)", "We ended the year debt-free."),
        ("[click] Orders rose 8 percent.", "Orders rose 8 percent."),
        ('Sales could top $2 billion. Say "could", NOT "will".', "Sales could top $2 billion."),
        ("Keep it short.", ""),
        ("Safe harbor — read verbatim; Legal sending final wording.", ""),
        ("We will hire 200 engineers. (Counsel approved 3/4)", "We will hire 200 engineers."),
        ('Likely Q: "Why now?" → Because rates have peaked.', "Because rates have peaked."),
        ('Likely Q: "Why now?"', ""),
        ("Good morning and welcome, thank you for joining us.", ""),
        # Near misses: thanks with a claim, and a sentence that opens like a direction.
        (
            "Thank you for the question; we will open two plants.",
            "Thank you for the question; we will open two plants.",
        ),
        ("Sayers Ltd will buy the site in 2027.", "Sayers Ltd will buy the site in 2027."),
    ],
)
def test_the_directions_to_the_presenter_are_no_claims(note, said):
    assert slide_notes._said(note) == said


@pytest.mark.parametrize(
    "text",
    [
        # One slide mentioned in meeting notes: no deck.
        "Board call\nAna Ruiz: Slide 3 shows revenue will double by 2028.\n",
        # Slide headings, but no presenter and no notes label: a plain outline.
        "Slide 1: Intro\nWe grew fast.\nSlide 2: Plans\nWe will hire.\n",
        # A speaker line without slides: a panel's notes.
        "Panel notes\nSpeaker: Ana Ruiz\nRates will fall by 2027.\n",
        # "Slide 2 of the deck" in a sentence.
        "Notes: the CFO said slide 2 of the deck was wrong.\nSlide 4 shows growth.\n",
    ],
)
def test_documents_of_other_shapes_are_not_read_as_speaker_notes(text):
    assert slide_notes.reshape(text.splitlines()) is None


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        # A company's event: the company speaks no line; the line is not proposed, and the
        # plan's notes say so.
        ("Halvorsen Robotics — Capital Markets Day (Oslo, March 3, 2026)", ASKED),
        ("Quillfield Therapeutics — R&D Day, 12 February 2026", ASKED),
        ("Nordlicht Energy — Investor Update, 9 January 2026", ASKED),
        # Near misses: a person's heading stays theirs, a body's as before.
        ("Carla Mendes — Lisbon Fintech Forum (Lisbon, March 3, 2026)", "Carla Mendes"),
        ("Tom Banks — Investor Day, 9 January 2026", "Tom Banks"),
    ],
)
def test_a_company_heading_names_no_speaker(heading, expected):
    text = f"{heading}\nIngrid Dahl: We will ship 10,000 units by 2027.\nMargins will rise.\n"
    if expected == ASKED:
        assert _by_line(text) == {2: {"Ingrid Dahl"}}
        assert "1 line(s) nobody is named for were not proposed" in _withheld(text)
    else:
        assert _by_line(text) == {2: {"Ingrid Dahl"}, 3: {expected}}


# Presenters declared at handovers only: each "Presenter:" line opens that person's slides.
HANDOVERS = """Harrowgate Holdings plc – Investor Day 2025 – speaker notes
Slide 1
Strategy 2028
Notes:
Presenter: Mireille Castellan, CEO
The one number I want you to leave with today is thirty.
Slide 2
Software and services
Notes:
I expect software and services to be more than 40 percent of revenue by 2027.
[BUILD] Most industry analysts expect grid capex to double by 2030.
Slide 3
Operations
Notes:
Presenter: Ayesha Khatri-Lund, COO
We'll have the second production line running within 18 months.
Slide 4
Capacity
Notes:
I'd bet the GX-4 outsells our legacy line next year.
"""


@pytest.mark.django_db
def test_presenters_declared_at_handovers_present_the_slides_after_with_a_remark():
    plan = _plan(HANDOVERS)
    found = {c.statement.line: c for c in plan.candidates}
    assert found[10].speaker.name == "Mireille Castellan"
    assert any("no presenter is declared for slide 2" in r for r in found[10].remarks)
    assert found[20].speaker.name == "Ayesha Khatri-Lund"
    # "[BUILD]" is a direction, never a presenter's tag.
    assert found[11].speaker.name == "Mireille Castellan"
    assert not any("BUILD" in r for r in found[11].remarks)
