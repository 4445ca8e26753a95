"""Table tests: a heading that names its speaker by one name only ("## Ana's take") says it
could not tell the full name, and takes the one known speaker or the one person the notes
named in full before when either fits; the curator's speaker of that surname is theirs."""

import datetime

import pytest

from claims.importing.parsing import parse_document
from claims.importing.reading import read_document
from claims.importing.services import SourceChoice
from tests.importing import attributed

CLAIM = "Housing starts will double by 2028."


def _statement(text: str, known: frozenset[str] = frozenset()):
    document = parse_document(
        read_document(text.encode(), name="notes.md"), today=attributed.TODAY, known_people=known
    )
    statement = next(s for s in document.statements if s.text == CLAIM)
    section = document.sections[statement.section]
    return statement.speaker or section.speaker, statement.note


@pytest.mark.parametrize(
    ("heading", "known", "who", "note"),
    [
        # The example: nobody of that name is known.
        (
            "## Ana's take",
            frozenset(),
            "Ana",
            "“Ana's take” names only “Ana”, never the full name: check who it is",
        ),
        (
            "## Ana's take",
            frozenset({"ana ruiz", "tom hale"}),
            "Ana Ruiz",
            "“Ana's take” names only “Ana”: taken as Ana Ruiz, the one known speaker of that "
            "name; check the speaker",
        ),
        (
            "## Ana's take",
            frozenset({"ana ruiz", "ana lopez"}),
            "Ana",
            "“Ana's take” names only “Ana”, never the full name (known speakers of that name: "
            "Ana Lopez, Ana Ruiz): check who it is",
        ),
        (
            "## Kessler's reply",
            frozenset({"aaron kessler"}),
            "Aaron Kessler",
            "“Kessler's reply” names only “Kessler”: taken as Aaron Kessler, the one known "
            "speaker of that name; check the speaker",
        ),
        (
            "Priya's keynote, 3 May 2025",
            frozenset(),
            "Priya",
            "“Priya's keynote, 3 May 2025” names only “Priya”, never the full name: check who "
            "it is",
        ),
    ],
)
def test_a_heading_with_one_name_asks_who(heading, known, who, note):
    assert _statement(f"{heading}\n{CLAIM}\n", known) == (who, note)


def test_a_name_the_notes_gave_in_full_is_no_question():
    text = f"Ana Ruiz posted:\n> Rates will fall by 2027.\n\n## Ana's take\n{CLAIM}\n"
    assert _statement(text) == ("Ana Ruiz", "")


@pytest.mark.django_db
def test_a_surname_of_the_curators_speaker_is_theirs():
    text = f"Thread recap, 20 October 2025\n\nAmodei was clear that {CLAIM.lower()}\n"
    source = SourceChoice(title="Thread", published_on=datetime.date(2025, 10, 20))
    plan = attributed.plan(text, source, **{"": "Dario Amodei"})
    [candidate] = plan.candidates
    assert (candidate.speaker.name, candidate.speaker.unsure) == ("Dario Amodei", False)
