"""A company's press release: its label, headline, "About …" heading, disclaimer, contacts
and the wire's lines are nobody's claims; the dateline is no part of the first sentence;
the company's acts told in its own name are its commitments."""

import datetime

import pytest

from claims.choices import ClaimKind
from claims.importing.acts import speakers_own_act
from claims.importing.plans import ImportOptions, SourceChoice
from claims.importing.press_releases import (
    is_release,
    release_chrome,
    without_wire_dateline,
)
from claims.importing.services import import_plan

D = datetime.date

RELEASE = """\
NEWS RELEASE

Harbour Wind to build 400 MW Tarn Head array
Company commits £300 million; first power scheduled for 2028

LEEDS, England, March 3, 2026 /PRNewswire/ -- Harbour Wind ("Harbour") today announced a decision.

Harbour will hire around 120 technicians for the project.

"We expect Tarn Head to lead the north by 2029," said Nia Rhodes, chief executive of Harbour.

Harbour will hold a public meeting in Tarn Head on 20 March 2026.

About Harbour Wind
Harbour Wind builds and operates offshore wind farms. It has 900 MW in operation.

Forward-Looking Statements
This press release contains forward-looking statements. Actual results may differ materially.

Media contacts
Tom Ellery, Head of Communications, Harbour Wind
+44 (0)113 555 0100 | press@harbourwind.example

SOURCE Harbour Wind
"""


@pytest.mark.django_db
def test_a_release_gives_the_body_to_the_company_and_its_quotes_to_their_sayers():
    plan = import_plan(
        data=RELEASE.encode(),
        file_name="release.txt",
        options=ImportOptions(
            source=SourceChoice(title="Release", published_on=D(2026, 3, 3)),
            speakers={"": "Harbour Wind"},
        ),
    )
    got = {(c.statement.line, c.speaker.name, c.kind, c.deadline) for c in plan.candidates}
    assert got == {
        (6, "Harbour Wind", ClaimKind.FACTUAL, None),
        (8, "Harbour Wind", ClaimKind.COMMITMENT, None),
        (10, "Nia Rhodes", ClaimKind.PREDICTION, D(2029, 12, 31)),
        (12, "Harbour Wind", ClaimKind.COMMITMENT, D(2026, 3, 20)),
        (15, "Harbour Wind", ClaimKind.FACTUAL, None),
    }
    first = next(c for c in plan.candidates if c.statement.line == 6)
    assert first.quote.startswith("Harbour Wind (")


def test_the_releases_own_lines():
    lines = RELEASE.splitlines()
    assert release_chrome(lines) == {1, 3, 4, 14, 17, 18, 20, 21, 22, 24}


@pytest.mark.parametrize(
    "first",
    [
        "SAN FRANCISCO, Jan. 5, 2026 /PRNewswire/ -- Acme today announced a new plant.",
        "BERLIN--(BUSINESS WIRE)--Acme today announced a new plant.",
        "TORONTO, Feb. 2, 2026 (GLOBE NEWSWIRE) -- Acme today announced a new plant.",
        "LONDON, UK, 4 May 2026 /PRNewswire-UK/ -- Acme today announced a new plant.",
    ],
)
def test_a_wires_dateline(first):
    assert without_wire_dateline(first) == "Acme today announced a new plant."
    assert is_release(["Acme opens plant", "", first])


@pytest.mark.parametrize(
    "lines",
    [
        # An article, a memo and notes: no wire's tag, no release's label with its end.
        ["Acme opens plant", "", "By Ana Ruiz", "", "LONDON (Reuters) - Acme said on Tuesday …"],
        ["Press release drafts", "", "- check the quote with Nia", "- SOURCE?"],
        ["NEWS RELEASE", "", "Acme opens plant.", "", "It will hire 100 people."],
    ],
)
def test_no_release(lines):
    assert not is_release(lines)
    assert release_chrome(lines) == frozenset()


@pytest.mark.parametrize(
    ("text", "speaker", "own"),
    [
        ("Northwind will recruit around 250 construction workers.", "Northwind Grid Storage", True),
        ("Northwind will hold a community open day on 9 May.", "Northwind Grid Storage", True),
        ("The Northwind team will publish the results in May.", "Northwind", False),
        ("Solenza will publish its first report in March.", "Solenza Energía", True),
        # Another's act, or no act.
        ("Voltbank will publish its climate report in March.", "Northwind Grid Storage", False),
        ("Northwind will miss its target.", "Northwind Grid Storage", False),
        ("Northwind will recruit 250 workers.", "", False),
    ],
)
def test_the_speakers_own_act_in_its_own_name(text, speaker, own):
    assert speakers_own_act(text, speaker) is own


QUOTES = """\
LEEDS, England, March 3, 2026 /PRNewswire/ -- Acme today announced a plant.

"We will have the substation energised by 2027," said Tomasz Wierzbicki, director of networks at Caledonia. "The regulator expects Britain to need 25 gigawatts by 2035. Frankly, the planning system is too slow for that."

"We will hire 100 people by 2027," said Ana Ruiz of Acme. "Rents will fall by 2028."

Acme will open the plant in 2028.
"""  # noqa: E501


@pytest.mark.django_db
def test_a_quotation_of_several_sentences_after_its_tag_is_the_sayers():
    plan = import_plan(
        data=QUOTES.encode(),
        file_name="release.txt",
        options=ImportOptions(
            source=SourceChoice(title="Release", published_on=D(2026, 3, 3)),
            speakers={"": "Acme"},
        ),
    )
    said = [(c.statement.line, c.speaker.name) for c in plan.candidates]
    assert said == [
        (1, "Acme"),
        (3, "Tomasz Wierzbicki"),
        (3, "Tomasz Wierzbicki"),
        (3, "Tomasz Wierzbicki"),
        (5, "Ana Ruiz"),
        (5, "Ana Ruiz"),
        (7, "Acme"),  # the quotation closed: the release's own words again
    ]
