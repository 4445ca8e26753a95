"""Table tests: a work tracker's issue page (Jira) copied with its activity: each comment is
its author's, dated its day; the description is the reporter's; fields, field changes, work
logs and the page's sections are nobody's. Near misses: notes that mention a ticket, a page
with one comment only."""

import datetime

import pytest

from claims.importing import issue_trackers

ISSUE = """Jira
Depot Electrification Programme / DEP-1842
Grid connection for Depot 4
Details
Type: Task
Status: IN PROGRESS (View Workflow)
Assignee: Tom Hallgren
Reporter: Priya Venkataraman
Created: 02/Oct/26 10:38 AM
Due: 31/Mar/27
Description
Depot 4 needs a new 11kV connection to support 38 overnight chargers.
Attachments
D4_single_line_diagram_revC.pdf
Activity
All
Comments
Priya Venkataraman added a comment - 05/Oct/26 11:20 AM
Realistically I think we get energised by the end of Q1 2027, not February.

Tom Hallgren changed the Status to In Progress - 06/Oct/26 8:02 AM

Tom Hallgren added a comment - 06/Oct/26 8:05 AM
@Priya Venkataraman trenching should be done by 20 November if the ground behaves.
Marcus Oyelaran edited a comment - 12/Oct/26 9:40 AM

Tom Hallgren logged work - 23/Oct/26 4:55 PM
Time Spent: 4 hours
Site supervision, trench section A
"""


def _line_of(words: str) -> int:
    return next(i for i, t in enumerate(ISSUE.splitlines(), start=1) if words in t)


def test_an_issues_comments_and_description():
    shaped = issue_trackers.reshape(ISSUE.splitlines())
    assert shaped is not None

    def at(words: str) -> str:
        return shaped.lines[_line_of(words) - 1]

    assert at("we get energised").startswith("Priya Venkataraman: Realistically I think")
    assert shaped.days[_line_of("we get energised")] == datetime.date(2026, 10, 5)
    # The "@Name" a comment opens with addresses someone: no part of the words.
    assert at("trenching should be done") == (
        "Tom Hallgren: trenching should be done by 20 November if the ground behaves."
    )
    # The description is the reporter's, dated the day the issue was created.
    assert at("needs a new 11kV connection").startswith("Priya Venkataraman: Depot 4 needs")
    assert "reporter" in shaped.notes[_line_of("needs a new 11kV connection")]
    assert shaped.days[_line_of("needs a new 11kV connection")] == datetime.date(2026, 10, 2)
    for words in (
        "Type: Task",
        "changed the Status",
        "edited a comment",
        "logged work",
        "Time Spent",
        "Site supervision",
        "D4_single_line",
        "added a comment - 05/Oct",
    ):
        assert at(words) == "", words


@pytest.mark.parametrize(
    "text",
    [
        "Notes\nWe talked about DEP-1842 today.\nTom thinks it slips.\n",
        # One comment only: too little to tell the layout.
        "DEP-1842\nTom Hallgren added a comment - 06/Oct/26 8:05 AM\nIt slips.\n",
    ],
)
def test_documents_that_are_no_issue_page(text):
    assert issue_trackers.reshape(text.splitlines()) is None
