"""Table tests: tracking files, show notes and panels' notes.

The bullets under a "## To do" ("## Follow-ups", "Action items:") heading are the
note-taker's errands; an event's heading naming "X with Y" names both as participants, so
"Strömberg (Volta Ventures):" is Karl Strömberg's cue, not a topic.
"""

import datetime

import pytest

from claims.importing.headings import meeting_people
from claims.importing.names import names_same_person
from claims.importing.narration import pick_label
from claims.importing.services import SourceChoice
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


SHOW = """# Grid Talk — Episode 31: "Batteries everywhere"

{declared}

## Timestamps

- 00:00 — Maya introduces Tomasz and asks how he got into storage
- {line}
- 52:10 — Maya's pick of the week: the audiobook of "Sand and Light"
"""


@pytest.mark.parametrize(
    "declared",
    [
        "Host: Maya Lindqvist. Guest: Dr. Tomasz Wren, storage analyst at Ampera Research.",
        "Host: Maya Lindqvist; Guest: Tomasz Wren (Ampera Research)",
        "Hosts: Maya Lindqvist. Guest: Prof. Tomasz Wren.",
        "Moderator: Maya Lindqvist. With: Tomasz Wren, Ampera Research.",
    ],
)
@pytest.mark.parametrize(
    ("line", "who"),
    [
        ("03:12 — Tomasz: grid batteries grew 40% in 2025", "Tomasz Wren"),
        ("09:45 — Tomasz predicts battery prices will fall by a third by mid-2027", "Tomasz Wren"),
        ('17:30 — "We will see a gigawatt battery in Poland by 2028" — Tomasz', "Tomasz Wren"),
        ('24:40 — Tomasz: "It\'s a bubble in valuations, not in demand."', "Tomasz Wren"),
        # Near misses: the host's question and narration are never the guest's.
        ("24:05 — Maya: is the storage boom a bubble?", "Maya Lindqvist"),
        ("00:30 — Maya asks whether prices can fall further", "-"),
    ],
)
def test_show_notes_declare_host_and_guest_on_one_line(declared, line, who):
    text = SHOW.format(declared=declared, line=line)
    words = line.split(" — ", 1)[1].split(": ")[-1].strip('"')[:12]
    found = attributed.who(text, words)
    assert found == who or names_same_person(found, who)
    assert attributed.who(text, "Maya introduces") == "-"
    assert attributed.who(text, "the audiobook") == "-"
    assert attributed.who(text, "Host:") == "-"


@pytest.mark.parametrize(
    ("label", "pick"),
    [
        ("Leah's pick of the week", True),
        ("Maya Lindqvist's pick", True),
        ("Staff picks", True),
        ("Our recommendation", True),
        ("Plug", True),
        ("Guest's book pick", True),
        # Near misses: a forecaster's picks or take is theirs.
        ("Leah's picks for 2027", False),
        ("Samir's take", False),
        ("Top picks in semis", False),
    ],
)
def test_a_shows_pick_is_no_claim(label, pick):
    assert pick_label(label) is pick


EPISODE = SourceChoice(
    title="Grid Talk 31", published_on=datetime.date(2026, 5, 4), precision="day"
)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "declared",
    [
        "Host: Maya Lindqvist. Guest: Dr. Tomasz Wren, storage analyst at Ampera Research.",
        "Host: Maya Lindqvist; Guest: Tomasz Wren (Ampera Research)",
    ],
)
def test_show_notes_naming_every_speaker_need_no_default_speaker(declared):
    line = "24:05 — Maya: is the storage boom a bubble?\n- 45:00 — Listener question: will it last?"
    plan = attributed.plan(SHOW.format(declared=declared, line=line), EPISODE)
    assert plan.candidates == []
    line = "09:45 — Tomasz predicts battery prices will fall by a third by mid-2027"
    plan = attributed.plan(SHOW.format(declared=declared, line=line), EPISODE)
    assert [(c.speaker.name, c.quote[:12]) for c in plan.candidates] == [
        (plan.candidates[0].speaker.name, "Tomasz predi")
    ]
    assert names_same_person(plan.candidates[0].speaker.name, "Tomasz Wren")
