"""Table tests: words the narration gives to someone in prose.

A surname cue ("Ramirez:") is the person the notes introduced by full name ("First up is
Sofia Ramirez, chief technology officer at Voltera"); a lead-in with a clause before its
colon ("Ramirez, asked about solid-state:") is that person's; "NAME, speaking on X, put …",
"In a long interview with X NAME said …" and "Asked about X, he said …" report the named
person's words (asked about); "She added that …" is the last person quoted, with a remark."""

import pytest

from claims.importing.introduced_names import introduced_full_name
from tests.importing import attributed

BLOG = """Battery Show Europe 2025 — live coverage, day two (Stuttgart, 4 June 2025)

09:10 {intro}
09:14 Ramirez: "Sodium-ion cells will be in a third of all storage sold in Europe by 2028."
09:18 She added that cell prices fell 20 percent last year.
09:21 Ramirez, asked about solid-state: "Honestly, not this decade."
"""


@pytest.mark.parametrize(
    "intro",
    [
        "First up is Sofia Ramirez, chief technology officer at Voltera.",
        "Now on stage: Sofia Ramirez of Voltera.",
        "Panel with CTO Sofia Ramirez (Voltera) and a moderator.",
        "Next, Voltera's Sofia Ramirez takes the stage.",
    ],
)
def test_a_surname_cue_is_the_person_the_narration_introduced(intro):
    said = [(who, words) for who, words in attributed.said(BLOG.format(intro=intro)) if who]
    assert said == [
        (
            "Sofia Ramirez",
            '"Sodium-ion cells will be in a third of all storage sold in Europe by 2028."',
        ),
        ("Sofia Ramirez", "She added that cell prices fell 20 percent last year."),
        ("Sofia Ramirez", '"Honestly, not this decade."'),
    ]


def test_a_pronoun_after_a_quote_is_asked_about():
    notes = BLOG.format(intro="First up is Sofia Ramirez, chief technology officer at Voltera.")
    statement = next(
        s for s in attributed.parsed(notes).statements if s.text.startswith("She added")
    )
    assert "“She” taken as Sofia Ramirez" in statement.note


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("First up is Sofia Ramirez, CTO at Voltera.", "Sofia Ramirez"),
        ("Panel with CTO Sofia Ramirez (Voltera).", "Sofia Ramirez"),
        ("Next, Sofia Ramirez takes the stage.", "Sofia Ramirez"),
        ("Now on stage: Sofia Ramirez of Voltera.", "Sofia Ramirez"),
        # Named in a page's title beside another, by office (a joint press conference).
        (
            "Joint press conference by Minister Sofia Ramirez and Minister Tomas Lund",
            "Sofia Ramirez",
        ),
        ("Remarks by Sofia Ramirez and Dr Tomas Lund at the summit", "Sofia Ramirez"),
        ("Sofia Ramirez and Asia were the themes.", ""),
        ("with Ramirez, Lund and analyst Priya Natarajan (BNEF).", ""),
        # Two people of that surname: nobody.
        ("Ana Ramirez, CTO, and Luis Ramirez, CFO, spoke.", ""),
        ("The Ramirez Group reported.", ""),
        # A place, not a person introduced.
        ("Demand in Costa Ramirez will fall.", ""),
    ],
)
def test_introduced_full_name(line, expected):
    cues = ['Ramirez: "Prices will halve."', 'Ramirez: "Costs will fall."']
    assert introduced_full_name("Ramirez", [line, *cues]) == expected


def test_a_surname_used_once_before_a_colon_may_be_a_label():
    lines = ["First up is Sofia Ramirez, CTO at Voltera.", "Ramirez: prices will halve."]
    assert introduced_full_name("Ramirez", lines) == ""


@pytest.mark.parametrize(
    "place",
    [
        "Demand in Western Europe will fall.",
        "Prices in Western Europe rose 3 percent.",
        "We opened offices across Western Europe and Asia.",
    ],
)
def test_a_place_is_no_introduced_person(place):
    lines = [place, "Europe: demand falls by 2027.", "Europe: prices rise next year."]
    assert introduced_full_name("Europe", lines) == ""


def test_a_surname_of_two_introduced_people_stays_a_label():
    notes = (
        "Live blog, 4 June 2025\n\n"
        "10:00 Ana Ramirez and Luis Ramirez share the stage.\n"
        '10:02 Ramirez: "Prices will halve by 2030."\n'
    )
    assert attributed.who(notes, "Prices will halve") == ""


DIGEST = """# The Compute Brief, 12 September 2025

{first}
{second}
"""


@pytest.mark.parametrize(
    ("first", "second", "who_first", "who_second"),
    [
        (
            "In a long interview with Stratechery Sam Altman said OpenAI will bring a gigawatt "
            "of compute online every week by 2030.",
            'He also conceded that GPT-5\'s launch "was bumpy".',
            "Sam Altman",
            "Sam Altman",
        ),
        (
            'Demis Hassabis, speaking on the Hard Fork podcast (10 Sept), put AGI "five to ten '
            'years away".',
            "Asked about drug discovery, he said Isomorphic's first drug will enter trials by "
            "the end of next year.",
            "Demis Hassabis",
            "Demis Hassabis",
        ),
        (
            "At the summit, Ursula von der Leyen said tariffs will be gone by 2027.",
            'She was careful to add that "nothing is agreed".',
            "Ursula von der Leyen",
            "Ursula von der Leyen",
        ),
        (
            'Jensen Huang, meanwhile, on the Nvidia Q2 call: "We expect revenue to grow '
            'through fiscal 2027."',
            "On Tuesday the Fed said rates will fall.",
            "Jensen Huang",
            "",
        ),
    ],
)
def test_prose_attribution_in_a_newsletter(first, second, who_first, who_second):
    notes = DIGEST.format(first=first, second=second)
    statements = [s for s in attributed.parsed(notes).statements if not s.narration]
    assert [s.speaker for s in statements] == [who_first, who_second]
    if who_second:
        assert "reported" in statements[1].note  # asked about, never silently


@pytest.mark.parametrize(
    ("line", "who", "remark"),
    [
        (
            "Arvind Narayanan's new essay argues AGI is not a milestone at all.",
            "Arvind Narayanan",
            "reported: said by Arvind Narayanan?",
        ),
        (
            "Lina Khan's latest op-ed says the merger wave will end by 2027.",
            "Lina Khan",
            "reported: said by Lina Khan?",
        ),
    ],
)
def test_a_persons_piece_reports_their_words(line, who, remark):
    statement = attributed.parsed(DIGEST.format(first=line, second="")).statements[0]
    assert statement.speaker == who
    assert remark in statement.note


def test_a_persons_piece_in_a_cues_list_is_asked_about():
    notes = (
        "# The Compute Brief, 12 September 2025\n\n## Quick hits\n\n"
        '- Yann LeCun, again: "LLMs will be largely obsolete in five years."\n'
        "- Arvind Narayanan's new essay argues AGI is not a milestone at all.\n"
    )
    statement = attributed.parsed(notes).statements[-1]
    assert "reported: said by Arvind Narayanan?" in statement.note


@pytest.mark.parametrize(
    ("line", "narration", "words"),
    [
        (
            'A student asked whether her generation will see a polar bear. Brennan: "Yes, but '
            'only in zoos by 2060, sadly."',
            "A student asked whether her generation will see a polar bear.",
            '"Yes, but only in zoos by 2060, sadly."',
        ),
        (
            "Someone asked about shipping. Kate Brennan: the Northern Sea Route opens by 2040.",
            "Someone asked about shipping.",
            "the Northern Sea Route opens by 2040.",
        ),
    ],
)
def test_a_participants_cue_inside_a_narrators_line_opens_their_turn(line, narration, words):
    notes = (
        '# Book talk: Kate Brennan, "The Long Thaw" — Daunt Books, 3 March 2026\n\n'
        f"Notes by R. Adeyemi.\n\n{line}\n"
    )
    said = attributed.said(notes)
    assert said[-1] == ("Kate Brennan", words)
    assert all(not text.startswith("Brennan:") for _, text in said)
    # The narration before the cue is not hers: it is left out or stays the narrator's.
    assert ("Kate Brennan", narration) not in said


@pytest.mark.parametrize(
    ("intro", "cue", "who"),
    [
        (
            "PRESENTER: With me in the studio is the transport convener, Councillor Euan "
            "Moffat. Morning, Euan.",
            "CLLR MOFFAT",
            "Euan Moffat",
        ),
        (
            "PRESENTER: With me is the transport convener, Councillor Euan Moffat. Morning.",
            "COUNCILLOR MOFFAT",
            "Euan Moffat",
        ),
        ("Host: Our guest today is Dr Tamsin Hale. Welcome.", "Dr Hale", "Tamsin Hale"),
        ("HOST: Senator Lena Ortiz joins us from Salem.", "SEN. ORTIZ", "Lena Ortiz"),
    ],
)
def test_a_titled_surname_cue_is_the_person_the_narration_introduced(intro, cue, who):
    notes = (
        f"{intro}\n{cue}: The bridge will reopen by the end of March.\n"
        f"{cue}: Resurfacing is seventy per cent done.\n"
    )
    said = [who_said for who_said, _ in attributed.said(notes)]
    assert said[-2:] == [who, who]


def test_a_titled_surname_cue_of_two_introduced_people_stays_asked():
    notes = (
        "HOST: With me are Councillor Euan Moffat and Councillor Iona Moffat.\n"
        "CLLR MOFFAT: The bridge will reopen by the end of March.\n"
        "CLLR MOFFAT: Resurfacing is seventy per cent done.\n"
    )
    assert {who for who, _ in attributed.said(notes)} - {"", "HOST"} == {"CLLR MOFFAT"}


PHONE_IN = """Millbrook Sound: The Gary Tolland Phone-In, 4 March 2026

GARY: Shona in Millbrook, you're on the air.
SHONA: Hiya Gary. The leisure centre's been shut since October.
SHONA: That leisure centre will not reopen this year.
GARY: Thanks Shona. Arthur in Wickham Fold, you're on Millbrook Sound.
ARTHUR: Gary, it's Arthur Pennock, you know me, I had the ironmonger's for forty years.
GARY: I do, Arthur. Morning.
ARTHUR: I give it eighteen months before the shops are all boarded up.
GARY: Morning Dave.
"""


@pytest.mark.parametrize(
    ("words", "speaker"),
    [
        # A greeting before a first-name cue is no first name of a full name.
        ("That leisure centre will not reopen this year.", "SHONA"),
        ("you're on the air", "GARY"),
        # A first-name cue that names itself in full in its own words is that person.
        ("I give it eighteen months", "Arthur Pennock"),
    ],
)
def test_a_phone_ins_first_name_cues(words, speaker):
    assert attributed.who(PHONE_IN, words) == speaker


@pytest.mark.parametrize(
    "line", ["Thanks Shona.", "Hiya Shona, welcome.", "Morning Shona, go ahead."]
)
def test_a_greeting_is_no_first_name(line):
    lines = [line, "SHONA: Prices will halve.", "SHONA: Costs will fall."]
    assert introduced_full_name("SHONA", lines) == ""
