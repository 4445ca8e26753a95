"""Table tests: links and web addresses in notes and captions are read as their words.

A Markdown link reads as its text and an address as its site: its colon opens no
label and names no speaker, its path gives no horizon, and no quote carries it.
"""

import datetime

import pytest

from claims.importing.reading import without_links
from claims.importing.services import SourceChoice
from tests.importing import attributed

pytestmark = pytest.mark.django_db

SOURCE = SourceChoice(title="Compute Brief", published_on=datetime.date(2025, 9, 12))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lisa Su told [CNBC](https://www.cnbc.com/amd-su-2025) that demand will double.",
            "Lisa Su told CNBC that demand will double.",
        ),
        (
            'Jensen Huang, on the [Nvidia Q2 call](https://investor.nvidia.com/q2-fy26): "Growth."',
            'Jensen Huang, on the Nvidia Q2 call: "Growth."',
        ),
        (
            "Suleyman ([interview](https://example.com/a_(b))) said so.",
            "Suleyman (interview) said so.",
        ),
        ('[the call](/q2 "Q2 call") went well', "the call went well"),
        ("![chart of rates](charts/rates-2027.png) Rates fall.", "chart of rates Rates fall."),
        ("Proof: https://imgur.com/a/x9.", "Proof: imgur.com."),
        ("See <https://x.com/a/2025/10/> now", "See x.com now"),
        ("www.ft.com/content/2027-outlook, read it", "ft.com, read it"),
        ("Slides at http://localhost:8000/deck.", "Slides at localhost."),
        ("HTTPS://WWW.EXAMPLE.ORG/Path?q=2030!", "EXAMPLE.ORG!"),
        # No link: the words stay as they are, brackets, colons and all.
        ("Rates: [maybe] 4% (by 2027).", "Rates: [maybe] 4% (by 2027)."),
        ("See footnote [2] (p. 3) below", "See footnote [2] (p. 3) below"),
    ],
)
def test_a_link_reads_as_its_text_and_an_address_as_its_site(text, expected):
    assert without_links(text) == expected


NEWSLETTER = """\
# Compute Brief, 12 September 2025

Lisa Su told [CNBC](https://www.cnbc.com/amd-su-2025) that the AI accelerator market will reach \
$500 billion by 2028.

Jensen Huang: "We expect [data-centre](https://nvda.com/dc-2031) revenue to grow every quarter."

Maya Chen ([Bloomberg](https://www.bloomberg.com/news/2030-01-01/x)): rates will be cut by March.

Read the whole thing: https://stratechery.com/2025/an-interview-2030/
"""


def test_links_in_notes_break_no_line_and_name_no_speaker():
    said = attributed.said(NEWSLETTER)
    quotes = [words for _, words in said]
    assert not any("http" in q or "](" in q or q.startswith("//") for q in quotes), quotes
    assert (
        "Maya Chen",
        "rates will be cut by March.",
    ) in said
    assert (
        "Jensen Huang",
        "We expect data-centre revenue to grow every quarter.",
    ) in [(who, words.strip('"')) for who, words in said]
    assert not any(s.topic and "http" in s.topic for s in attributed.parsed(NEWSLETTER).statements)


def test_an_address_gives_no_deadline_and_the_words_keep_theirs():
    plan = attributed.plan(NEWSLETTER, SOURCE, **{"": "Compute Brief Editor"})
    deadlines = {c.statement.text: c.deadline for c in plan.candidates}
    lisa = next(text for text in deadlines if text.startswith("Lisa Su told CNBC"))
    assert deadlines[lisa] == datetime.date(2028, 12, 31)
    jensen = next(text for text in deadlines if "data-centre revenue" in text)
    assert deadlines[jensen] is None  # "dc-2031" was the address's, not the words'
    assert not any(
        c.statement.text.startswith("Read the whole thing") and c.deadline for c in plan.candidates
    )
