"""Table tests: a podcast's automatic transcript (title, "Show · date · length",
"Transcript", the tool's note, then "Speaker 1  00:00" turns) whose generic labels are read
as names only where an introduction makes it certain: a speaker naming themselves in their
own first turn, or one person introduced and answered at once by a new voice's thanks or
greeting. Near misses keep the label, asked about."""

import pytest

from claims.importing import descript
from claims.importing.introduced_labels import (
    greeting_only,
    introduced_labels,
    introduced_person,
    introduction_only,
    self_introduction,
)
from claims.importing.shaped import reshape
from tests.importing import attributed

FRONT = """Cold Storage Hour — Ep. 12: Peaches, Pallets and Power Bills
Cold Storage Hour · Mar 3, 2026 · 38 min
Transcript
This transcript was generated automatically. Its accuracy may vary.

"""

SHOW = (
    FRONT
    + """Speaker 1  00:00
Welcome back to Cold Storage Hour.
I'm Gus Whitacre, and as always I've got Marisol Penn across the table.

Speaker 2  00:07
Hey Gus. Hi everyone. Good to be back.

Speaker 1  00:11
And we have a guest today, Odile Farrant, operations lead at Kettle Creek Cold Store.

Speaker 3  00:18
Thanks for having me.
We will open a second blast freezer at the Kettle Creek site by June 30th.

Speaker 1  00:30
I think power bills double before the end of next year.

Speaker 2  00:36
We'll cover the pallet shortage next week, promise.
That's the show. Thanks everybody for listening.
"""
)


def _said(text: str) -> list[tuple[str, str, str]]:
    document = attributed.parsed(text)
    return [(s.speaker, s.text, s.note) for s in document.statements if not s.narration]


def test_labels_are_read_as_the_names_the_introductions_make_certain():
    said = _said(SHOW)
    assert [(who, text) for who, text, _ in said] == [
        (
            "Odile Farrant",
            "We will open a second blast freezer at the Kettle Creek site by June 30th.",
        ),
        ("Gus Whitacre", "I think power bills double before the end of next year."),
        ("Marisol Penn", "We'll cover the pallet shortage next week, promise."),
    ]
    remarks = [note for _, _, note in said]
    assert (
        "“Speaker 3” is read as Odile Farrant, whom Gus Whitacre (“Speaker 1”) introduces"
        in remarks[0]
    )
    assert "(“Thanks for having me.”)" in remarks[0]
    assert "“Speaker 1” is read as Gus Whitacre, who says so in that turn" in remarks[1]
    assert "“Speaker 2” is read as Marisol Penn" in remarks[2]


def test_the_chrome_the_introductions_and_the_greetings_are_not_proposed():
    shaped = reshape(SHOW.splitlines())
    assert shaped is not None
    kept = [line for line in shaped.lines if line.strip()]
    assert all("Transcript" not in line and "generated" not in line for line in kept)
    assert not any("Welcome back" in line or "Good to be back" in line for line in kept)
    assert not any("I'm Gus" in line or "we have a guest" in line for line in kept)
    assert not any("That's the show" in line for line in kept)


def _speakers(turns: str) -> list[str]:
    return [who for who, _, _ in _said(FRONT + turns)]


def _asked(turns: str) -> list[str]:
    return [note for _, _, note in _said(FRONT + turns)]


# Near misses: each leaves "Speaker 3" (or "Speaker 1") as it is, for the curator to map.
NEAR_MISSES = [
    # The host names someone who is not on the show.
    (
        """Speaker 1  00:00
I'm Gus Whitacre. I was talking to Odile Farrant last week about freezers.

Speaker 3  00:05
Thanks for having me. We will open a second freezer by June 30th.

Speaker 1  00:12
Good.
""",
        "Speaker 3",
    ),
    # A guest of a past show.
    (
        """Speaker 1  00:00
I'm Gus Whitacre. Last week we had a guest, Odile Farrant, on the show.

Speaker 3  00:05
Thanks, Gus. We will open a second freezer by June 30th.

Speaker 1  00:12
Good.
""",
        "Speaker 3",
    ),
    # Two new labels right after the introduction: which one is the guest?
    (
        """Speaker 1  00:00
I'm Gus Whitacre. And we have a guest today, Odile Farrant.

Speaker 3  00:05
Thanks for having me. We will open a second freezer by June 30th.

Speaker 4  00:12
Hi all, glad to be here.
""",
        "Speaker 3",
    ),
    # The introduction answered by a voice heard before.
    (
        """Speaker 3  00:00
Hello? Is this on?

Speaker 1  00:02
I'm Gus Whitacre. And we have a guest today, Odile Farrant.

Speaker 3  00:05
Thanks for having me. We will open a second freezer by June 30th.
""",
        "Speaker 3",
    ),
]


@pytest.mark.parametrize(("turns", "label"), NEAR_MISSES)
def test_an_uncertain_introduction_leaves_the_label_asked_about(turns, label):
    speakers = _speakers(turns)
    assert label in speakers
    assert "Odile Farrant" not in speakers
    assert not any(f"“{label}” is read as" in note for note in _asked(turns))


@pytest.mark.parametrize(
    "opening",
    [
        "I'm sure power bills double before the end of next year.",
        "I'm Gus's producer, and I think power bills double before the end of next year.",
        "I'm Gus, and I think power bills double before the end of next year.",
    ],
)
def test_words_after_im_that_are_no_full_name_leave_the_label(opening):
    turns = f"Speaker 1  00:00\n{opening}\n\nSpeaker 2  00:09\nMaybe.\n"
    speakers = _speakers(turns)
    assert "Speaker 1" in speakers
    assert set(speakers) <= {"Speaker 1", "Speaker 2"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Welcome back. I'm Gus Whitacre, and this is the show.", "Gus Whitacre"),
        ("Hi, I'm Odile Farrant.", "Odile Farrant"),
        ("And my name is Marisol Penn", "Marisol Penn"),
        # No full name: a state, a possessive, a first name alone, a name within a sentence.
        ("I'm sure it holds.", ""),
        ("I'm Gus's producer.", ""),
        ("I'm Gus, hi.", ""),
        ("Tell them I'm Gus Whitacre's cousin.", ""),
        ("I'm Gus Whitacre. No, I'm Marisol Penn.", ""),
    ],
)
def test_self_introduction(text, name):
    assert self_introduction(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("And we have a guest today, Odile Farrant, operations lead.", "Odile Farrant"),
        ("as always I've got Marisol Penn across the table", "Marisol Penn"),
        ("Joining us today is Odile Farrant.", "Odile Farrant"),
        ("My guest this week is Odile Farrant.", "Odile Farrant"),
        # No one introduced as on the show now.
        ("Last week we had a guest, Odile Farrant.", ""),
        ("I've got Odile Farrant's report here.", ""),
        ("I was talking to Odile Farrant on Monday.", ""),
        ("We have guests today, Odile Farrant and Ben Rusk.", ""),
        ("I've got Marisol Penn, Odile Farrant and Ben Rusk here.", ""),
    ],
)
def test_introduced_person(text, name):
    assert introduced_person(text) == name


@pytest.mark.parametrize(
    ("line", "only"),
    [
        ("I'm Gus Whitacre, and as always I've got Marisol Penn across the table.", True),
        ("And we have a guest today, Odile Farrant, operations lead.", True),
        ("I'm Odile Farrant, and we will open a freezer by June.", False),
        ("The freezer opens in June.", False),
    ],
)
def test_introduction_only(line, only):
    assert introduction_only(line) is only


def test_a_claim_on_the_introductions_line_is_still_proposed():
    turns = (
        "Speaker 1  00:00\nI'm Gus Whitacre, and I think power bills double by 2027.\n\n"
        "Speaker 2  00:09\nMaybe.\n"
    )
    said = _said(FRONT + turns)
    assert said[0][0] == "Gus Whitacre"
    assert "power bills double by 2027" in said[0][1]


@pytest.mark.parametrize(
    ("line", "greeting"),
    [
        ("Hey Gus. Hi everyone. Good to be back.", True),
        ("Thanks for having me.", True),
        ("Thanks for having me. We will open a freezer by June.", False),
        ("Hi, prices will fall by March.", False),
        ("Good to see the numbers.", False),
    ],
)
def test_greeting_only(line, greeting):
    assert greeting_only(line) is greeting


def test_a_name_read_for_two_labels_is_read_for_neither():
    turns = [
        ("Speaker 1", "I'm Gus Whitacre, welcome."),
        ("Speaker 2", "Hi, I'm Gus Whitacre."),
    ]
    assert introduced_labels(turns, lambda label: label.startswith("Speaker")) == {}


def test_a_front_matter_of_four_lines_without_a_tools_note_is_not_this_layout():
    lines = (
        "Cold Storage Hour\nEpisode 12\nMarch 2026\nRecorded live\n\n"
        "Speaker 1  00:00\nHello.\n\nSpeaker 2  00:05\nHi.\n"
    ).splitlines()
    assert descript.reshape(lines) is None
