"""Table tests: a shared document exported with its comments. The comments block at the end
(a rule of underscores, "[a]Name: …", replies, "_Marked as resolved_"), the suggested edits
and the sharing line are the collaborators' talk, never proposed; a comment's marker after
the words it is on ("…availability.[a]") is no part of the claim."""

import datetime

import pytest

from claims.choices import DatePrecision
from claims.importing.doc_comments import comment_lines, has_comments, without_markers
from claims.importing.services import ImportOptions, SourceChoice, import_plan

pytestmark = pytest.mark.django_db

SAID_ON = datetime.date(2026, 6, 30)

NOTES = """Energy desk — background call notes: Helios Tidal
Shared with energy-desk@ (commenters) · Last edited by Marta Lindgren on 2 Jul 2026

Headline numbers
- Orkney array delivered 41 GWh in 2025, at 93% availability.[a]
- Expects levelised cost to fall below £100/MWh within five years.[b]

Suggested edits (Dev Rao): "w/c 13 July" → "w/c 20 July"

________________
[a]Dev Rao: 93% seems very high for tidal — can we see the source?
Marta Lindgren: Asked him for it, waiting to hear back.
[b]Priyanka Shah: Checked the register. The cost will fall faster, I think.
_Marked as resolved_
"""

WORD = """Board call notes
- Revenue will double by 2028.[DR1]
- We shipped 4,000 units in May.

________________
Comment [DR1]: Is this on the record? Revenue will never double.
"""


def _quotes(text: str) -> list[str]:
    source = SourceChoice(title="Notes", published_on=SAID_ON, precision=DatePrecision.DAY)
    options = ImportOptions(source=source, speakers={"": "Femi Adeyemi-Cole"})
    plan = import_plan(data=text.encode(), file_name="notes.txt", options=options)
    return [c.quote for c in plan.candidates]


def test_the_comments_and_the_sharing_line_are_not_proposed_and_markers_are_dropped():
    assert _quotes(NOTES) == [
        "Orkney array delivered 41 GWh in 2025, at 93% availability.",
        "Expects levelised cost to fall below £100/MWh within five years.",
    ]


# Google Docs' plain-text export without a rule: each comment's marker and writer alone on
# a line after the document, their words below, replies by name alone, the thread's status.
MEMO = """Tollbeck Coffee: 2026 Operating Plan
Author: Daniel Reyes-Holm, Chief Operating Officer

We will open 12 new cafés in 2026.[b]
Kessford opens in the autumn.[c]

[b]Marcus Feld
31 is fine as an ambition. I'd bet we end 2026 on 29 sites, not 31.
Daniel Reyes-Holm
Noted. Let's argue it out on the 29th.
[c]Suki Nandakumar
The agencies are telling everyone barista pay goes up 7% next year.
_Marked as resolved_
"""


def test_comments_after_a_document_without_a_rule_are_not_the_authors():
    assert _quotes(MEMO) == ["We will open 12 new cafés in 2026.", "Kessford opens in the autumn."]


def test_words_exported_comments_too():
    assert _quotes(WORD) == ["Revenue will double by 2028.", "We shipped 4,000 units in May."]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("at 93% availability.[a]", "at 93% availability."),
        ("within five years[b], he said.", "within five years, he said."),
        ("Revenue will double by 2028.[DR1]", "Revenue will double by 2028."),
        ("Option [a] is cheaper.", "Option [a] is cheaper."),  # a list's letter, spaced
        ("See note [3].", "See note [3]."),  # a footnote's number stays
    ],
)
def test_without_markers(line, expected):
    assert without_markers(line) == expected


@pytest.mark.parametrize(
    "lines",
    [
        ["Notes", "- A claim.", "________________", "Some text: not a comment"],
        ["Notes", "- A claim.[a]"],  # a marker with no comments block
        ["Signed: ________________", "[a]Dev Rao: hello"],
    ],
)
def test_no_comments_block(lines):
    assert not has_comments(lines)
    assert comment_lines(lines) == frozenset()


@pytest.mark.parametrize(
    "line",
    [
        "Shared with energy-desk@ (commenters) · Last edited by Marta Lindgren on 2 Jul 2026",
        "Last edited by Marta Lindgren on 2 Jul 2026",
        'Suggested edits (Dev Rao): "w/c 13 July" → "w/c 20 July"',
        "Suggestions by Dev Rao: cut the second paragraph",
    ],
)
def test_the_sharing_and_suggestion_lines(line):
    assert comment_lines(["Notes", line]) == frozenset({2})


@pytest.mark.parametrize(
    "line",
    [
        "Shared with the board: revenue will double by 2028.",
        "Last edited in May, the plan will pass by June.",
        "Suggested that rates will fall by 2027.",
    ],
)
def test_a_claim_with_the_same_words_is_no_sharing_line(line):
    assert comment_lines(["Notes", line]) == frozenset()
