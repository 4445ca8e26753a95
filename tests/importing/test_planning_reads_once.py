"""A statement's costly readings are made once per plan, whatever the document's length.

The checks' caches keep a bounded number of texts (``READINGS_KEPT``); a document has more
statements than that, and the planner reads them all (the preview) before it makes their
candidates. So the plan keeps what it read of each statement instead of asking the caches
again: whether it is wanted (``is_candidate``), and its horizon (``Statement.read_as``).
"""

import dataclasses
import datetime

import pytest

from claims.importing import services
from claims.importing.parsing import Statement
from claims.importing.services import ImportOptions, SourceChoice, import_plan

pytestmark = pytest.mark.django_db

SAID_ON = datetime.date(2024, 3, 5)
OPTIONS = ImportOptions(source=SourceChoice(title="Panel", published_on=SAID_ON))


def _transcript(cues: int) -> bytes:
    lines = ["WEBVTT", ""]
    for n in range(1, cues + 1):
        lines += [
            f"00:{n // 60:02d}:{n % 60:02d}.000 --> 00:{n // 60:02d}:{n % 60:02d}.900",
            f"<v Lena Ortiz>Plant number {n} will open in Kenya by {2027 + n % 9}.",
            "",
        ]
    return "\n".join(lines).encode()


def _counting(monkeypatch, module, name):
    calls = []
    real = getattr(module, name)

    def counted(*args, **kwargs):
        calls.append(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_each_statement_is_asked_whether_wanted_once(monkeypatch):
    asked = _counting(monkeypatch, services, "is_candidate")
    plan = import_plan(data=_transcript(40), file_name="panel.vtt", options=OPTIONS)
    assert len(plan.candidates) == 40
    assert sorted(asked) == sorted(s.text for s in plan.document.statements)


def test_the_horizon_read_when_marked_is_the_candidates(monkeypatch):
    read_again = _counting(monkeypatch, services, "read_horizon")
    plan = import_plan(data=_transcript(40), file_name="panel.vtt", options=OPTIONS)
    assert read_again == []
    deadlines = {c.statement.text: c.deadline for c in plan.candidates}
    assert deadlines["Plant number 1 will open in Kenya by 2028."] == datetime.date(2028, 12, 31)
    assert deadlines["Plant number 9 will open in Kenya by 2027."] == datetime.date(2027, 12, 31)


def _statement(text: str) -> Statement:
    from claims.importing.horizon_readings import read_horizon

    reading = read_horizon(text, said_on=SAID_ON)
    return Statement(
        speaker="Lena Ortiz",
        text=text,
        line=3,
        section=0,
        reading=(text, SAID_ON, "day", reading),
    )


@pytest.mark.parametrize(
    ("change", "said_on", "precision", "kept"),
    [
        ({}, SAID_ON, "day", True),
        ({}, SAID_ON + datetime.timedelta(days=1), "day", False),  # read as said another day
        ({}, SAID_ON, "month", False),  # at another precision
        ({"text": "It opens by 2031."}, SAID_ON, "day", False),  # its words changed since
        ({"note": "asked"}, SAID_ON, "day", True),  # a remark added: the same words
    ],
)
def test_read_as_only_for_the_same_words_day_and_precision(change, said_on, precision, kept):
    statement = dataclasses.replace(_statement("It opens by 2030."), **change)
    reading = statement.read_as(said_on, precision)
    assert (reading is not None) is kept
    if kept:
        assert reading.deadline == datetime.date(2030, 12, 31)


def test_the_reading_is_no_part_of_a_statements_equality():
    statement = _statement("It opens by 2030.")
    assert statement == dataclasses.replace(statement, reading=None)
    assert "reading" not in repr(statement)
