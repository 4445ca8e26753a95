"""Table tests: tracking files, show notes and panels' notes.

The bullets under a "## To do" ("## Follow-ups", "Action items:") heading are the
note-taker's errands; an event's heading naming "X with Y" names both as participants, so
"Strömberg (Volta Ventures):" is Karl Strömberg's cue, not a topic.
"""

import pytest

from claims.importing.headings import meeting_people
from tests.importing import attributed

ERRANDS = """## Keynote: Rosalind Achebe-Lowe — Lisbon, 4 March 2026

- Northwind will launch driverless service in Madrid by the end of 2027.

{heading}
- {line}
"""


@pytest.mark.parametrize(
    ("heading", "line", "who"),
    [
        ("## To do", "Cross-check the Frankfurt quote against the transcript", "-"),
        ("## TODO", "Ask comms for the Lisbon video link", "-"),
        ("## Follow-ups", "Compare the ride numbers with the Q3 filing", "-"),
        ("## Action items", "Madrid launch date vs. the regulator's calendar", "-"),
        ("### To-dos", "Transcript of the Q&A from the organisers", "-"),
        ("## To do list", "Madrid launch date vs. the regulator's calendar", "-"),
        ("Action points:", "Compare the ride numbers with the Q3 filing", "-"),
        ("To do:", "Cross-check the Frankfurt quote against the transcript", "-"),
        ("**Follow-ups**", "Compare the ride numbers with the Q3 filing", "-"),
        # Near misses: a heading of another kind, or the speaker's own list.
        ("## Outlook", "Robotaxis will be profitable in Europe by 2029.", "Rosalind Achebe-Lowe"),
        ("## Actions by the ECB", "Rates will be cut twice by 2027.", "Rosalind Achebe-Lowe"),
        ("Rivals:", "Most of them will be gone by 2029.", "Rosalind Achebe-Lowe"),
    ],
)
def test_lines_under_an_errands_heading_are_the_note_takers(heading, line, who):
    text = ERRANDS.format(heading=heading, line=line)
    assert attributed.who(text, line[:20]) == who
    assert attributed.who(text, "Northwind will launch") == "Rosalind Achebe-Lowe"


def test_an_errands_label_ends_with_its_list():
    text = """## Keynote: Rosalind Achebe-Lowe — Lisbon, 4 March 2026

Follow-ups:
- Compare the ride numbers with the Q3 filing

Our margins are the best in the sector.
"""
    assert attributed.who(text, "Compare the ride") == "-"
    assert attributed.who(text, "Our margins") == "Rosalind Achebe-Lowe"


@pytest.mark.parametrize(
    ("heading", "people"),
    [
        (
            "Fireside chat: Rosalind Achebe-Lowe with Karl Strömberg — Stockholm, 19 March 2026",
            ["Rosalind Achebe-Lowe", "Karl Strömberg"],
        ),
        (
            "Interview: Hanne Vik with Jonas Akerlund, Oslo, 2 February 2026",
            ["Hanne Vik", "Jonas Akerlund"],
        ),
        # Near miss: a firm in the pair names no participants.
        ("Fireside: Ana Ruiz with Goldman Sachs — London, 3 March 2026", []),
    ],
)
def test_an_events_heading_with_a_guest_names_both(heading, people):
    assert meeting_people(heading) == people


PAIR = """## Fireside chat: Rosalind Achebe-Lowe with Karl Strömberg — Stockholm, 19 March 2026

- {line}
"""


@pytest.mark.parametrize(
    ("line", "who"),
    [
        (
            "Strömberg (Volta Ventures): Volta has invested 140 million euros since 2021.",
            "Karl Strömberg",
        ),
        ("Stromberg (Volta): Volta has invested 140 million euros since 2021.", "Karl Strömberg"),
        ("Achebe-Lowe (Northwind): Our Stockholm pilot starts in 2027.", "Rosalind Achebe-Lowe"),
        ("Karl Stromberg: Volta has invested 140 million euros since 2021.", "Karl Strömberg"),
    ],
)
def test_a_surname_cue_with_an_affiliation_is_the_participants(line, who):
    words = line.split(": ", 1)[1][:20]
    assert attributed.who(PAIR.format(line=line), words) == who
