"""Table tests: who a line is given to, and what is proposed, as notes, show notes and
caption exports are really written.

Each table grows from a fault found: its example first, then the other shapes of the same
kind. The parser is tested directly (``parse_document``) and through the plan the admin's
preview and the command show (``import_plan``).
"""

import datetime
import io

import pytest
from django.core.management import call_command

from claims.importing.errors import ImportFileError
from claims.importing.notes import frame_label, strip_markers
from claims.importing.parsing import asks, only_asks, parse_document
from claims.importing.reading import read_document
from claims.importing.services import (
    ImportOptions,
    SourceChoice,
    import_plan,
)

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2024, 9, 1)
HEADING = "Elon Musk — Tesla event, 3 March 2023\n"
SOURCE = SourceChoice(title="Episode", published_on=datetime.date(2024, 6, 1))


def _statements(text: str, name: str = ""):
    return parse_document(read_document(text.encode(), name=name), today=TODAY).statements


def _plan(text: str, name: str = "notes.md", **speakers: str):
    return import_plan(
        data=text.encode(),
        file_name=name,
        options=ImportOptions(source=SOURCE, speakers=speakers),
    )


def _proposed(text: str, name: str = "notes.md", **speakers: str) -> list[str]:
    return [c.quote for c in _plan(text, name, **speakers).candidates]


# ---- 1. Markers before a line's words, in any order, are stripped before it is read.


@pytest.mark.parametrize(
    ("line", "words", "time", "bullet"),
    [
        ("- [03:10] Tracy asked about Tesla", "Tracy asked about Tesla", "03:10", True),
        ("[03:10] - Tracy asked about Tesla", "Tracy asked about Tesla", "03:10", False),
        ("* 03:10 Tracy asked about Tesla", "Tracy asked about Tesla", "03:10", True),
        ("• (1:02:03) — Tracy asked", "Tracy asked", "1:02:03", True),
        ("1. 03:10 Tracy asked about Tesla", "Tracy asked about Tesla", "03:10", True),
        (">> - Rates will fall.", "Rates will fall.", "", True),
        ("03:10 | Rates will fall.", "Rates will fall.", "03:10", False),
        # Not markers: a figure, a year, a ratio.
        ("2.5% inflation will return.", "2.5% inflation will return.", "", False),
        ("2030: solar wins", "2030: solar wins", "", False),
    ],
)
def test_markers_in_any_order_are_stripped(line, words, time, bullet):
    assert strip_markers(line) == (words, time, bullet)


@pytest.mark.parametrize(
    "line",
    [
        "- [03:10] Tracy asked about Tesla",  # the example: a bullet before a timestamp
        "[03:10] Tracy asked about Tesla",
        "* 03:10 Tracy asked about Tesla",
        "1. [03:10] Tracy asked about Tesla",
        "• 03:10 — Tracy asked about Tesla",
        "- > Tracy asked about Tesla",
        "[03:10] - Alloway pressed him on margins",
    ],
)
def test_host_narration_behind_any_markers_is_not_proposed(line):
    text = HEADING + "Hosts: Tracy Alloway\n" + line + "\nMars will have a city by 2050.\n"
    statements = _statements(text)
    assert [(s.speaker, s.narration) for s in statements] == [
        ("Tracy Alloway", True),
        ("Elon Musk", False),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "- 02:15 Why rate cuts are coming",
        "1. [14:40] The Case for Cheap Oil",
        "* (00:00) Intro and sponsor",
    ],
)
def test_a_chapter_title_behind_a_bullet_is_a_heading(line):
    assert _proposed(HEADING + line + "\nRates will fall by 2026.\n") == [
        "Rates will fall by 2026."
    ]


def test_a_bullet_before_a_timestamp_keeps_the_cue(tmp_path):
    text = "Hard Fork, 5 April 2024\nMaya Chen: Rents will fall.\n- [03:10] Prices too by 2026.\n"
    statements = _statements(text)
    assert [(s.speaker, s.timestamp) for s in statements] == [
        ("Maya Chen", ""),
        ("Maya Chen", "00:03:10"),
    ]


# ---- 2. A transcript tool's first speaker line is a cue, not the document's title.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the example: Otter.ai, the name and the time, the words below
            "Maya Chen  0:03\nPrices will fall next year.\nLeo Park  0:10\nNo, they will rise.\n",
            [("Maya Chen", "Prices will fall next year."), ("Leo Park", "No, they will rise.")],
        ),
        (  # Rev: the time in brackets and a colon
            "Tom Keene (00:03):\nRates will be cut by June.\n",
            [("Tom Keene", "Rates will be cut by June.")],
        ),
        (  # a placeholder the curator maps
            "Speaker 1  0:00\nSolar will be the cheapest power by 2030.\n",
            [("Speaker 1", "Solar will be the cheapest power by 2030.")],
        ),
        (  # hours in the time
            "Dr. Amara Okafor  1:02:03\nMalaria will be eradicated by 2040.\n",
            [("Dr. Amara Okafor", "Malaria will be eradicated by 2040.")],
        ),
    ],
)
def test_an_exports_first_speaker_line_is_a_cue(text, expected):
    parsed = parse_document(read_document(text.encode()), today=TODAY)
    assert [(s.speaker, s.text) for s in parsed.statements] == expected
    assert parsed.sections[0].heading == ""


def test_a_first_line_that_is_a_title_stays_the_title():
    parsed = parse_document(read_document(b"The Grid Report 12:30\nSolar will win by 2030.\n"))
    assert parsed.sections[0].heading == "The Grid Report 12:30"


def test_an_otter_export_is_planned_with_its_first_speaker():
    text = "Maya Chen  0:03\nPrices will fall next year.\n\nLeo Park  0:10\nRents will rise.\n"
    plan = _plan(text, "otter.txt")
    assert [(c.speaker.name, c.quote) for c in plan.candidates] == [
        ("Maya Chen", "Prices will fall next year."),
        ("Leo Park", "Rents will rise."),
    ]


# ---- 3. Narration of what someone did in the conversation, in anyone's turn.


@pytest.mark.parametrize(
    "text",
    [
        # the examples, in a host's own turn
        "Tom Keene (host): What about margins?\n- Keene pressed her on margins.\n",
        "Tom Keene (host): Margins are thin. Keene pressed her on margins.\n",
        "Interviewer (Tom Keene): Let's go on.\n- He then asked about Europe.\n",
        "Tom Keene (host): Next topic.\n- Chen pushed back on the timeline.\n",
        # in the guest's turn and in the section's own lines
        "Maya Chen: Margins recover next year.\n- She pushed back on the timeline.\n",
        "Chen pushed back on the timeline.\n",
        "She then wondered whether Europe would follow.\n",
        "They turned to Europe.\n",
        "The guest countered that costs are falling.\n",
        "Maya Chen: He cut in to ask about costs.\n",
        "(Keene followed up on pricing.)\n",
    ],
)
def test_narration_is_never_proposed_whoever_s_turn(text):
    heading = "Maya Chen — Odd Lots, 3 March 2024\nHosts: Tom Keene\n"
    statements = _statements(heading + text)
    told = [s.text for s in statements if s.narration]
    assert told, statements
    assert not any(t in _proposed(heading + text) for t in told)


@pytest.mark.parametrize(
    "line",
    [
        "She raised prices by 10% last year.",  # raised, of the world
        "He noted that rates will fall by 2026.",  # reported words, not narration
        "They will ask for more by 2026.",
        "Chen's fund will double by 2027.",
    ],
)
def test_what_is_no_narration_stays_a_statement(line):
    heading = "Maya Chen — Odd Lots, 3 March 2024\nHosts: Tom Keene\n"
    (statement,) = _statements(heading + line + "\n")
    assert not statement.narration


# ---- 4. After a host's question, even with a prompt after it, the answer is the guest's.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Will rates fall next year? Take your time.", True),  # the example
        ("Will rates fall next year?", True),
        ("So, Maya. Will rates fall next year? Be honest.", True),
        ("Will rates fall? Quick one.", True),
        ("What about Europe? Go ahead.", True),
        ("Will rates fall? I think they will fall by 2025.", False),
        ("Rates will fall by 2025.", False),
        ("Will rates fall? Absolutely not.", False),
    ],
)
def test_a_turn_hands_over_with_a_question(text, expected):
    assert asks(text) is expected


@pytest.mark.parametrize(
    "cue",
    [
        "Tracy Alloway (host): Will rates fall next year? Take your time.",
        "Tracy Alloway (host): Will rates fall next year? Go ahead.",
        "Interviewer (Tracy Alloway): Will rates fall next year? Be honest.",
        "Tracy Alloway (host): Will rates fall next year?",
    ],
)
def test_notes_the_line_after_a_hosts_question_and_prompt_is_the_guests(cue):
    statements = _statements(HEADING + cue + "\nRates will fall by 2025.\n")
    assert (statements[-1].speaker, statements[-1].host) == ("Elon Musk", False)


@pytest.mark.parametrize(
    "cue",
    [
        "HOST: Will rates fall next year? Take your time.",
        "MAYA CHEN (HOST): Will rates fall next year? Go ahead.",
        "<v.host Maya Chen>Will rates fall next year? Be honest.",
        "INTERVIEWER: What about Europe? No rush.",
    ],
)
def test_captions_the_cue_after_a_hosts_question_and_prompt_is_the_answer(cue):
    text = f"WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n{cue}\n\n"
    text += "00:00:05.000 --> 00:00:08.000\nRates will fall by 2025.\n"
    answer = _statements(text, "talk.vtt")[-1]
    assert (answer.speaker, answer.host) == ("", False)
    assert answer.note.startswith("Taken as the answer to a host's question")


def test_captions_a_host_who_goes_on_after_a_question_keeps_the_turn():
    text = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nHOST: Will rates fall? I think they will.\n\n"
    text += "00:00:05.000 --> 00:00:08.000\nAnd gold will rise too.\n"
    assert _statements(text, "talk.vtt")[-1].speaker == "HOST"


# ---- 5. A cue that only asks is an interviewer's: the lines after it are the answer.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Will AI take jobs?", True),  # the example
        ("Kevin here. Will AI take jobs?", True),
        ("Will AI take jobs? Which ones?", True),
        ("Will AI take jobs? Absolutely not.", False),
        ("AI will take jobs. Which ones?", False),
    ],
)
def test_a_cue_only_asks(text, expected):
    assert only_asks(text) is expected


@pytest.mark.parametrize(
    ("text", "speaker", "remark"),
    [
        (  # the example: nobody named for the answer, said so
            "Hard Fork, 5 April 2024\nKEVIN ROOSE: Will AI take jobs?\n"
            "- Many jobs will go by 2030.\n- Others will appear.\n",
            "",
            True,
        ),
        (  # the plain line after the question too
            "Hard Fork, 5 April 2024\nKevin Roose: Will AI take jobs? Which ones?\n"
            "Many jobs will go by 2030.\n",
            "",
            True,
        ),
        (  # the section names its guest: the answer is his
            "Hard Fork, 5 April 2024 — guest Dario Amodei\nKevin Roose: Will AI take jobs?\n"
            "- Many jobs will go by 2030.\n",
            "Dario Amodei",
            False,
        ),
        (  # the asker's own section: the section's line, and who answered is asked
            "Kevin Roose — Hard Fork, 5 April 2024\nKevin Roose: Will AI take jobs?\n"
            "- Many jobs will go by 2030.\n",
            "Kevin Roose",
            True,
        ),
    ],
)
def test_notes_lines_after_a_cue_that_only_asks_are_not_the_askers(text, speaker, remark):
    statements = _statements(text)
    answer = statements[-1]
    assert answer.speaker == speaker
    assert answer.note.startswith("Taken as the answer to") is remark


def test_notes_the_asker_is_not_created_as_a_speaker():
    text = (
        "Hard Fork, 5 April 2024\nKEVIN ROOSE: Will AI take jobs?\n"
        "- Many jobs will go by 2030.\n- Others will appear.\n"
    )
    plan = _plan(text, **{"": "Dario Amodei"})
    assert {c.speaker.key for c in plan.candidates} == {""}
    assert "KEVIN ROOSE" not in plan.speakers
    assert all("KEVIN ROOSE's question" in " ".join(c.remarks) for c in plan.candidates)


@pytest.mark.parametrize(
    "cue",
    [
        "KEVIN ROOSE: Will AI take jobs?",
        "<v Kevin Roose>Will AI take jobs?",
        "[Kevin Roose] Will AI take jobs? Which ones?",
        ">> KEVIN ROOSE: Will AI take jobs?",
    ],
)
def test_captions_the_cue_after_a_cue_that_only_asks_is_the_answer(cue):
    text = f"WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n{cue}\n\n"
    text += "00:00:05.000 --> 00:00:08.000\nMany jobs will go by 2030.\n"
    answer = _statements(text, "talk.vtt")[-1]
    assert answer.speaker == ""
    assert "Roose's question" in answer.note or "ROOSE's question" in answer.note


def test_captions_a_speaker_who_asks_and_answers_keeps_the_turn():
    text = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nLEO PARK: Will AI take jobs? Yes.\n\n"
    text += "00:00:05.000 --> 00:00:08.000\nMany jobs will go by 2030.\n"
    assert _statements(text, "talk.vtt")[-1].speaker == "LEO PARK"


# ---- 6. A chapter list is headings, even when a title reads like a forecast.


@pytest.mark.parametrize(
    "line",
    [
        "02:15 Why rate cuts are coming",  # the examples
        "14:40 — The case for $200 oil by 2027",
        "[05:00] How AI will change search",
        "31:10 The Road to Net Zero by 2050",
        "(12:00) Will Rates Fall in 2025",
        "- 44:00 What comes after the Fed pivot",
        "08:30 Inside the coming battery glut",
    ],
)
def test_a_chapter_title_with_forecast_words_is_no_claim(line):
    text = "Odd Lots — episode 48 show notes\n00:00 Intro and sponsor\n" + line + "\n"
    text += "Rates will fall by 2026.\n"
    assert _proposed(text, **{"": "Tracy Alloway"}) == ["Rates will fall by 2026."]


@pytest.mark.parametrize(
    ("text", "note"),
    [
        # A timestamped note shaped like a sentence stays a claim.
        ("04:05 Battery storage will be cheap by 2027\n", ""),
        ("12:31 I think rates will fall by 2026\n", ""),
        # In a list of chapters, asked about.
        ("00:00 Intro\n04:05 rates will fall by 2027\n", "in a list of chapter titles"),
    ],
)
def test_a_timestamped_note_is_a_claim_and_asked_about_in_a_chapter_list(text, note):
    (statement,) = _statements(HEADING + text)
    assert statement.note.startswith(note)


# ---- 7. A topic is a subject, never a word of the document's structure.


@pytest.mark.parametrize(
    ("label", "frame"),
    [
        ("Update (March)", True),  # the examples
        ("Recap", True),
        ("Part 2", True),
        ("Q&A", True),
        ("Follow-up (June 2024)", True),
        ("Update 3", True),
        ("Day two", True),
        ("Part II", True),
        ("Update, March 2024", True),
        ("Final thoughts", True),
        ("Bottom line", True),
        # A research note's ratings: "BUY: We expect the stock's total return to …"
        ("BUY", True),
        ("Overweight", True),
        ("Price target", True),
        ("Energy", False),
        ("Oil (Brent)", False),
        ("Interest rates", False),
        ("AI", False),
        ("Chips (Nvidia)", False),
    ],
)
def test_frame_labels_are_no_topics(label, frame):
    assert frame_label(label) is frame


@pytest.mark.parametrize(
    "label",
    ["Update (March)", "Recap", "Part 2", "Q&A", "Follow-up (June 2024)", "Lightning round"],
)
def test_a_frame_label_gives_the_line_to_the_section_without_a_topic(label):
    plan = _plan(HEADING + f"{label}: Rates will fall by 2026.\n")
    (candidate,) = plan.candidates
    assert candidate.speaker.key == "Elon Musk"
    assert not candidate.statement.topic
    assert not any(r.startswith("topic") or "label" in r for r in candidate.remarks)


def test_a_subject_label_is_still_a_topic():
    (candidate,) = _plan(HEADING + "Energy: Solar will win by 2030.\n").candidates
    assert candidate.remarks == ["topic “Energy”?"]


# ---- 8. Reported-speech frames: "was clear that" like "said that".


@pytest.mark.parametrize(
    "line",
    [
        "Musk was clear that prices will fall.",  # the example
        "Musk was adamant that robotaxis arrive next year.",
        "Musk stressed that margins will recover.",
        "Musk insisted that Optimus ships in 2025.",
        "Musk conceded that the timeline will slip.",
        "Musk made it clear that costs will fall.",
        "Musk made clear that costs will fall.",
        "Musk is convinced that Mars will have a city by 2050.",
        "Musk was at pains to say demand will hold.",
        "Musk acknowledged that deliveries will dip.",
        "Elon Musk was very clear that FSD ships this year.",
    ],
)
def test_a_summary_frame_of_the_speakers_words_is_marked(line):
    (statement,) = _statements(HEADING + line + "\n")
    assert statement.note == "summary, not a quote: check the words are the speaker's"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Jensen Huang was clear that chips will be faster.", "Jensen Huang"),
        ("Cathie Wood was adamant that Tesla will double.", "Cathie Wood"),
        ("Powell stressed that rates will stay high.", "Powell"),
        ("Sam Altman conceded that GPT-5 will be late.", "Sam Altman"),
    ],
)
def test_someone_elses_words_in_a_frame_are_marked_as_reported(line, name):
    (statement,) = _statements(HEADING + line + "\n")
    assert statement.note == f"reported: said by {name}? not Elon Musk's own words"


@pytest.mark.parametrize(
    "line",
    [
        "It was clear that demand will fall.",
        "The market was clear that rates will fall.",
        "I was clear that prices will fall.",
    ],
)
def test_a_frame_without_a_person_is_not_marked(line):
    (statement,) = _statements(HEADING + line + "\n")
    assert statement.note == ""


# ---- 12. A one-word capitalised first cue is a cue when the word is one again later.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the example
            "MAYA: Prices will fall next year.\nLEO: No, they will not.\n"
            "MAYA: They will, by 2026.\n",
            ["MAYA", "LEO", "MAYA"],
        ),
        (  # the first cue's word used again after other lines
            "MAYA: Prices will fall next year.\nSome note about markets.\n"
            "MAYA: They will, by 2026.\n",
            ["MAYA", "", "MAYA"],
        ),
        (  # bulleted and timestamped cues
            "- [00:01] MAYA: Prices will fall next year.\n- [00:09] MAYA: By 2026 at least.\n",
            ["MAYA", "MAYA"],
        ),
        (  # numbered cues
            "1. KEVIN: Will AI take jobs?\n2. DARIO: Many jobs will go by 2030.\n"
            "3. KEVIN: And then what?\n4. DARIO: New ones will appear.\n",
            ["KEVIN", "DARIO", "KEVIN", "DARIO"],
        ),
        (  # after turn marks
            ">> MAYA: Prices will fall next year.\n>> MAYA: By 2026.\n",
            ["MAYA", "MAYA"],
        ),
        (  # a role cue first makes the document's capitalised cues cues
            "HOST: Welcome back to the show\nLEO: Rates will fall next year.\n",
            ["HOST", "LEO"],
        ),
        (  # declared by a Hosts: line
            "Hosts: Maya Chen\nMAYA: Prices will fall next year.\n",
            ["Maya Chen"],
        ),
    ],
)
def test_a_first_capitalised_cue_is_a_cue_like_later_ones(text, expected):
    assert [s.speaker for s in _statements(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "MAYA: Prices will fall next year.\nSome note about markets.\n",
        "ENERGY: Solar will win by 2030.\nENERGY: Wind too.\n",  # a label word, repeated
        "AI: Models will write most code by 2027.\nAI: Agents by 2026.\n",  # an abbreviation
        "GDP: Growth will slow next year.\nGDP: Recession by 2026.\n",
    ],
)
def test_a_capitalised_word_not_known_as_a_cue_stays_a_label(text):
    statements = _statements(text)
    assert statements[0].speaker == ""


def test_a_single_capitalised_cue_is_asked_about():
    (statement, _) = _statements("MAYA: Prices will fall next year.\nSome note about markets.\n")
    assert statement.note == (
        "“MAYA:” was read as a label, not a speaker; map it to one if it is one"
    )


@pytest.mark.parametrize(
    "line",
    ["HOST: Welcome back", "Host: Thanks everyone", "HOST: Good morning"],
)
def test_a_hosts_greeting_declares_no_host(line):
    statements = _statements(line + "\nLEO: Rates will fall next year.\nLEO: By 2026.\n")
    assert statements[0].speaker.upper() == "HOST"


# ---- Through the command: what a curator sees in a dry run.

SHOW_NOTES = """Hard Fork, 5 April 2024
Hosts: Kevin Roose
00:00 Intro and sponsor
02:15 Why rate cuts are coming
14:40 — The case for $200 oil by 2027
- [03:10] Kevin asked about chips
KEVIN ROOSE: Will AI take jobs? Take your time.
- Many jobs will go by 2030.
Update (March): Chips will be cheaper by 2026.
He then pressed him on margins.
Amodei was clear that models will keep improving.
"""


def test_a_dry_run_shows_only_the_guests_claims_with_the_remarks(tmp_path):
    path = tmp_path / "hard-fork.md"
    path.write_text(SHOW_NOTES)
    out = io.StringIO()
    call_command(
        "import_notes",
        str(path),
        "--speaker",
        "Dario Amodei",
        "--dry-run",
        stdout=out,
        stderr=io.StringIO(),
    )
    table = out.getvalue()
    quotes = [
        "Many jobs will go by 2030.",
        "Chips will be cheaper by 2026.",
        "Amodei was clear that models will keep improving.",
    ]
    assert all(q in table for q in quotes)
    for not_proposed in (
        "rate cuts",
        "$200 oil",
        "asked about chips",
        "Take your time",
        "pressed him",
        "Will AI",
    ):
        assert not_proposed not in table
    assert "answer to Kevin Roose's question" in table
    assert "topic" not in table
    assert "Kevin Roose (new)" not in table
    assert "3 candidates from" in table


@pytest.mark.parametrize(
    ("line", "hosts", "speaker", "published_on"),
    [
        ("- Hosts: Kevin Roose", ["Kevin Roose"], "", None),
        ("[00:00] Hosts: Kevin Roose and Casey Newton", ["Kevin Roose", "Casey Newton"], "", None),
        ("- Guest: Dario Amodei, CEO of Anthropic", [], "Dario Amodei", None),
        ("* Recorded 12 June 2024", [], "", datetime.date(2024, 6, 12)),
        ("1. Air date: 2024-06-12", [], "", datetime.date(2024, 6, 12)),
    ],
)
def test_structure_lines_behind_markers_are_read_as_structure(line, hosts, speaker, published_on):
    text = f"Hard Fork show notes\n{line}\nAI will write most code by 2027.\n"
    parsed = parse_document(read_document(text.encode()), today=TODAY)
    section = parsed.sections[-1]
    assert (section.hosts, section.speaker, section.published_on) == (
        hosts,
        speaker,
        published_on,
    )
    assert [s.text for s in parsed.statements] == ["AI will write most code by 2027."]


def test_a_bulleted_heading_word_opens_no_section():
    text = HEADING + "- Summary\n- Batteries will be cheap by 2030.\n"
    parsed = parse_document(read_document(text.encode()), today=TODAY)
    assert len(parsed.sections) == 1
    assert [s.speaker for s in parsed.statements] == ["Elon Musk", "Elon Musk"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # first names alone, each used again: cues from the first line
            "Maya  0:03\nPrices will fall next year.\nLeo  0:10\nNo, they will rise.\n"
            "Maya  0:15\nBy 2026 at the latest.\n",
            [
                ("Maya", "Prices will fall next year."),
                ("Leo", "No, they will rise."),
                ("Maya", "By 2026 at the latest."),
            ],
        ),
        (  # a first name alone among the document's speaker lines
            "Maya Chen  0:03\nPrices will fall next year.\nLeo  1:10\nThey will rise.\n",
            [("Maya Chen", "Prices will fall next year."), ("Leo", "They will rise.")],
        ),
        (  # a heading word with a time is no speaker line
            "Maya Chen  0:03\nPrices will fall next year.\nRecap  1:10\n",
            [("Maya Chen", "Prices will fall next year."), ("Maya Chen", "Recap 1:10")],
        ),
    ],
)
def test_an_exports_first_name_speaker_lines_are_cues(text, expected):
    parsed = parse_document(read_document(text.encode()), today=TODAY)
    assert [(s.speaker, " ".join(s.text.split())) for s in parsed.statements] == expected


@pytest.mark.parametrize(
    ("cue", "asker"),
    [
        ("Q: Will AI take jobs?", "the host"),
        ("HOST: Will AI take jobs? Take your time.", "the host"),
        ("Interviewer: Will AI take jobs?", "the host"),
        ("Maya Chen (host): Will AI take jobs?", "Maya Chen"),
    ],
)
def test_notes_an_answer_nobody_is_named_for_says_whose_question_it_answers(cue, asker):
    text = f"Panel: AI and work — Oslo, March 2024\n{cue}\n- Many jobs will go by 2030.\n"
    answer = _statements(text)[-1]
    assert (answer.speaker, answer.host) == ("", False)
    assert answer.note.startswith(f"Taken as the answer to {asker}'s question")


# ---- A short name the file reads as someone named in full can be mapped to that person.
NOTES_WITH_SURNAME_CUES = """# Jan Hatzius — appearances, winter 2024

## Bloomberg TV, 9 January 2024

- Hatzius: the first cut comes in March.
- Hatzius: growth will beat consensus by 2025.
"""


@pytest.mark.parametrize(
    ("mapping", "refused"),
    [
        ({"Hatzius": "Jan Hatzius"}, ""),
        ({"Hatzius": "jan-hatzius"}, ""),
        ({"Hatzius": "Larry Summers"}, "“Hatzius” is read as Jan Hatzius in the file: map"),
        ({"Summers": "Larry Summers"}, "“Summers” is not named in the file"),
    ],
)
def test_a_short_name_read_as_someone_named_in_full(mapping, refused):
    if refused:
        with pytest.raises(ImportFileError, match=refused):
            _plan(NOTES_WITH_SURNAME_CUES, **mapping)
        return
    plan = _plan(NOTES_WITH_SURNAME_CUES, **mapping)
    assert {c.speaker.name for c in plan.candidates} == {"Jan Hatzius"}
    assert len(plan.candidates) == 2


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("target", "refused"),
    [
        ("felix-baumann", "No speaker has the slug “felix-baumann”: .*“Felix Baumann”"),
        ("ada-quist", ""),  # a known speaker's slug
        ("Felix Baumann", ""),  # a name: a new speaker, as asked
    ],
)
def test_a_slug_no_speaker_has_is_refused_not_made_a_name(target, refused):
    from tests.factories import SpeakerFactory

    SpeakerFactory(name="Ada Quist", slug="ada-quist")
    text = "Notes\n\nGrid fees will double by 2030.\n"
    if refused:
        with pytest.raises(ImportFileError, match=refused):
            _plan(text, **{"": target})
        return
    plan = _plan(text, **{"": target})
    [candidate] = plan.candidates
    if target == "ada-quist":
        assert candidate.speaker.speaker.slug == "ada-quist"
    else:
        assert candidate.speaker.speaker is None
        assert candidate.speaker.name == "Felix Baumann"
