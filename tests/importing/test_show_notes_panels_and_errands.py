"""Table tests: tracking files, show notes and panels' notes.

The bullets under a "## To do" ("## Follow-ups", "Action items:") heading are the
note-taker's errands; an event's heading naming "X with Y" names both as participants, so
"Strömberg (Volta Ventures):" is Karl Strömberg's cue, not a topic.
"""

import datetime

import pytest

from claims.importing.headings import meeting_people
from claims.importing.hearings import procedure
from claims.importing.introductions import introduced_panel
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


@pytest.mark.parametrize(
    ("line", "people"),
    [
        (
            "(Moderator Chloé Fontaine introduced the panelists: Deputy Mayor Andrés Ibáñez of "
            "Valdoria, transport economist Prof. Miriam Okafor-Lund, and Théo Marchand, founder "
            "of the bike-share firm Roulo.)",
            ["Chloé Fontaine", "Andrés Ibáñez", "Miriam Okafor-Lund", "Théo Marchand"],
        ),
        (
            "The host introduced her guests: Ana Ruiz of Keystone and Dr. Ben Okafor.",
            ["Ana Ruiz", "Ben Okafor"],
        ),
        (
            "Chair Sarah Collins welcomed the witnesses: Professor Henk Achterberg, University "
            "of Leiden; Dr Ama Osei, Gridlink.",
            ["Sarah Collins", "Henk Achterberg", "Ama Osei"],
        ),
        (
            "(Moderator Li Wei introduced the panel: Jo Hartley, founder of Roulo Bikes.)",
            ["Li Wei", "Jo Hartley"],
        ),
        # Near misses: no panel introduced.
        ("(Fontaine thanked the panel; the session closed at 16:05.)", []),
        ("Ana Ruiz introduced the new product: Gridlink Pro.", []),
    ],
)
def test_a_narration_introducing_the_panel_names_its_people(line, people):
    assert introduced_panel(line) == people


PANEL = """# Panel: "Can cities go car-free?" — Urban Futures Summit, Montréal, 14 March 2026

{introduced}

**{{cue}}:** {{words}}
""".format(
    introduced="(Moderator Chloé Fontaine introduced the panelists: Deputy Mayor Andrés Ibáñez"
    " of Valdoria, transport economist Prof. Miriam Okafor-Lund, and Théo Marchand, founder"
    " of the bike-share firm Roulo.)"
)


@pytest.mark.parametrize(
    ("cue", "who"),
    [
        ("Prof. Okafor-Lund", "Miriam Okafor-Lund"),
        ("Okafor-Lund", "Miriam Okafor-Lund"),
        ("Miriam Okafor-Lund", "Miriam Okafor-Lund"),
        ("Théo", "Théo Marchand"),
        ("Theo Marchand", "Théo Marchand"),
        ("Andres Ibanez", "Andrés Ibáñez"),
    ],
)
def test_a_panels_cues_are_the_people_its_narration_introduced(cue, who):
    text = PANEL.format(cue=cue, words="Congestion pricing does more good than closures.")
    found = attributed.who(text, "Congestion pricing")
    assert found == who or names_same_person(found, who), found
    assert attributed.who(text, "introduced the panelists") == "-"


ANALYST_CALL = """Harrowgate Logistics plc — Q1 Fiscal 2027 Earnings Call
Transcript, March 4, 2026

Operator: Good morning, and welcome to the results call.
Dana Whitcombe - Chief Executive Officer: We will open the Leeds hub before the end of 2027.
Operator: {introduction}
{cue}: {turn}
Dana Whitcombe - Chief Executive Officer: The building work is now 70 percent complete.
Operator: That concludes today's call.
"""


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("introduction", "cue", "turn"),
    [
        (
            "Our first question comes from Priya Sandhu with Barlow Securities.",
            "Priya Sandhu - Barlow Securities",
            "Thanks. Dana, Leeds was supposed to open last year. When will it open?",
        ),
        (
            "Our next question is from Tom Okafor of Linwood Capital. Please go ahead.",
            "Tom Okafor, Linwood Capital",
            "Margins fell for three quarters. Is the target still credible?",
        ),
        (
            "We'll take our next question from Ana Ruiz, Keystone.",
            "Ana Ruiz",
            "Congratulations on the quarter. Your rivals expect prices to fall by 2027. Do you?",
        ),
        (
            "Next we have Ben Ito from Osprey Research.",
            "Ben Ito - Osprey Research",
            "I think the market will consolidate by 2028. How do you see it?",
        ),
    ],
)
def test_an_analysts_turn_asks_and_claims_nothing(introduction, cue, turn):
    text = ANALYST_CALL.format(introduction=introduction, cue=cue, turn=turn)
    plan = attributed.plan(text, EPISODE)
    assert [c.speaker.name for c in plan.candidates] == ["Dana Whitcombe", "Dana Whitcombe"]


@pytest.mark.django_db
def test_an_analysts_turn_without_a_question_is_theirs():
    # Near miss: the caller states a forecast and asks nothing: their claim, as before.
    text = ANALYST_CALL.format(
        introduction="Our first question comes from Priya Sandhu with Barlow Securities.",
        cue="Priya Sandhu - Barlow Securities",
        turn="I expect the dividend to be cut in 2027.",
    )
    plan = attributed.plan(text, EPISODE)
    assert [c.speaker.name for c in plan.candidates] == [
        "Dana Whitcombe",
        "Priya Sandhu",
        "Dana Whitcombe",
    ]


@pytest.mark.django_db
def test_an_executives_turn_after_a_caller_is_still_theirs():
    # Near miss: the operator introduced a caller, but the executive's cue is not theirs.
    text = ANALYST_CALL.format(
        introduction="Our first question comes from Priya Sandhu with Barlow Securities.",
        cue="Rahul Menon - Chief Financial Officer",
        turn="Operating margin came in at 6.8 percent.",
    )
    plan = attributed.plan(text, EPISODE)
    assert [c.speaker.name for c in plan.candidates] == [
        "Dana Whitcombe",
        "Rahul Menon",
        "Dana Whitcombe",
    ]


@pytest.mark.parametrize(
    ("sentence", "is_procedure"),
    [
        ("We will take a short break there.", True),
        ("We'll take a brief recess here.", True),
        ("The session is closed.", True),
        ("Thank you both. The session is closed.", True),
        ("The sitting is suspended until 2 pm.", True),
        ("I declare the meeting closed.", True),
        # Near misses: a witness's undertaking or forecast is theirs.
        ("We will take a stake in the project by 2027.", False),
        ("The plant is closed until 2028.", False),
        ("The session closed with prices up 3%.", False),
    ],
)
def test_a_committee_chairs_procedure_is_no_claim(sentence, is_procedure):
    assert procedure(sentence) is is_procedure


HEARING = """# Select Committee on Energy — oral evidence, 11 March 2026

Members present: Sir Malcolm Tredwell (Chair); Fiona Achterberg; Nadia Qureshi
Witnesses: Professor Ifeoma Adeyemi, University of Ashcombe

Professor Adeyemi: Installed battery capacity passed 9 gigawatts this summer.
Fiona Achterberg: Do you believe the minister's promise that the queue will be cleared by 2027?
Professor Adeyemi: No. The queue has grown in every quarter since 2022.
The Chair: {chair}
"""


@pytest.mark.parametrize(
    ("chair", "who"),
    [
        ("We will take a short break there.", "-"),
        ("Thank you both. The session is closed.", "-"),
        # Near miss: the chair's own forecast is theirs.
        ("Prices will fall by 2028.", "Malcolm Tredwell"),
    ],
)
def test_a_committee_hearings_chair_closing_is_no_claim(chair, who):
    text = HEARING.format(chair=chair)
    assert attributed.who(text, chair.split(". ")[-1][:12]) == who
    assert attributed.who(text, "Installed battery") == "Ifeoma Adeyemi"
