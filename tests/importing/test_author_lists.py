"""Table tests: a report's list of authors under its heading is no one's words and never a
turn's cue; its one author, or the one it marks the lead, tells the report's own lines; with
several and none marked, the curator is asked (``author_lists``)."""

import datetime

import pytest

from claims.choices import ClaimKind
from claims.importing.author_lists import author_list
from claims.importing.errors import ImportFileError
from claims.importing.services import SourceChoice
from tests.importing import attributed

SOURCE = SourceChoice(title="2027 Outlook", published_on=datetime.date(2026, 11, 16))

OUTLOOK = """HALVORSEN INSTITUTE FOR ECONOMIC POLICY
2027 OUTLOOK

Authors
Dr Helena Strand-Moreau, Chief Economist, Halvorsen Institute (lead author)
Rafael Odundo, Senior Economist, Halvorsen Institute
Mirela Kostic, Research Fellow, Halvorsen Institute; Lecturer in Economics, University of Tarrow

Contents
1. Executive summary .......................................... 1
2. Our forecasts ............................................... 2

1. EXECUTIVE SUMMARY

We expect the Bank of Brevania to bring its policy rate down to 2.25% by the end of Q3 2027.
Unemployment will peak at 5.8% in the second half of 2027.
"""


@pytest.mark.parametrize(
    ("lines", "numbers", "lead"),
    [
        # The stranger's report: three authors, the first marked the lead.
        (OUTLOOK.splitlines(), {4, 5, 6, 7}, "Helena Strand-Moreau"),
        # One author: theirs, marked or not.
        (["Working Paper 26/03", "Author:", "Prof. Ana María de la Fuente, Universidad de Ledo",
          "", "Abstract"], {2, 3}, "Ana María de la Fuente"),
        (["## Written by", "", "- Tomasz Wierzbicki (Kestrel Research)", "", "Summary"], {1, 3},
         "Tomasz Wierzbicki"),
        # The corresponding author of several.
        (["Authors", "Li Wen — University of Harnford", "Okonkwo Adebayo — Harnford (corresponding"
          " author)", ""], {1, 2, 3}, "Okonkwo Adebayo"),
        # Several, none marked: nobody tells the report's lines.
        (["Contributors", "Maya Chen, economist", "Tom Park, analyst", "", "Body"], {1, 2, 3}, ""),
    ],
)  # fmt: skip
def test_a_list_of_authors_and_its_lead(lines, numbers, lead):
    found = author_list(lines)

    assert found is not None
    assert (set(found.lines), found.lead) == (numbers, lead)


@pytest.mark.parametrize(
    "lines",
    [
        ["Authors", "", "Energy, the outlook for 2027"],  # a heading, then no person
        ["Authors", "The authors thank the reviewers."],
        ["By 2027, rates will fall."],
    ],
)
def test_no_list_of_authors(lines):
    assert author_list(lines) is None


@pytest.mark.django_db
def test_the_reports_own_lines_are_its_lead_authors_and_the_list_is_no_ones():
    plan = attributed.plan(OUTLOOK, SOURCE)
    by_quote = {c.quote: c for c in plan.candidates}

    forecast = by_quote[
        "We expect the Bank of Brevania to bring its policy rate down to 2.25% by the end of Q3"
        " 2027."
    ]
    assert forecast.speaker.name == "Helena Strand-Moreau"
    assert forecast.kind == ClaimKind.PREDICTION
    assert not any("Odundo" in c.quote or "Kostic" in c.quote for c in plan.candidates)
    assert not any("...." in c.quote for c in plan.candidates)  # the contents
    assert {c.speaker.name for c in plan.candidates} == {"Helena Strand-Moreau"}


@pytest.mark.django_db
def test_with_several_authors_none_marked_the_curator_is_asked():
    text = OUTLOOK.replace(" (lead author)", "")
    with pytest.raises(ImportFileError, match="No speaker is named"):
        attributed.plan(text, SOURCE)

    plan = attributed.plan(text, SOURCE, **{"": "Rafael Odundo"})  # the curator's choice
    assert {c.speaker.name for c in plan.candidates} == {"Rafael Odundo"}
