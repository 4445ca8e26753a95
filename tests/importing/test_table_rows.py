"""Table tests: a plain-text table's rows (columns set apart by runs of spaces, with
figures) and its header are no one's claims, in any document."""

import datetime

import pytest

from claims.importing.services import ImportOptions, SourceChoice, import_plan
from claims.importing.table_rows import table_lines, table_row


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("2. To approve the Remuneration Report      80.45%      19.55%      61,302", True),
        ("Revenue    412.6    381.0    +8%", True),
        ("North region\t£12.4m\t£11.0m", True),
        ("Q1 2027    (1,204)    3.5", True),
        # Near misses: two columns, no figure column, or a sentence.
        ("Revenue will grow  by 8% in 2027.", False),
        ("We think  rates  will fall.", False),
        ("Name    Role    Team", False),
        ("Prices will rise by 5% in 2027 and 6% in 2028.", False),
    ],
)
def test_table_row(text, row):
    assert table_row(text) is row


def test_table_lines_take_the_header_above_the_first_row():
    lines = [
        "Results of the poll:",
        "Region       Sales      Growth",
        "North        1,204      3.1%",
        "South        998        -0.4%",
        "Sales will rise by 4% in 2027.",
    ]
    assert table_lines(lines) == frozenset({2, 3, 4})


@pytest.mark.django_db
def test_table_rows_are_not_proposed_in_notes():
    notes = (
        "Priya Raman: Sales will rise by 4% in 2027.\n"
        "Region       Sales      Growth\n"
        "North        1,204      3.1%\n"
        "South        998        -0.4%\n"
    )
    source = SourceChoice(title="Notes", published_on=datetime.date(2026, 5, 1), precision="day")
    plan = import_plan(
        data=notes.encode(), file_name="notes.txt", options=ImportOptions(source=source)
    )
    assert [c.statement.line for c in plan.candidates] == [1]
