"""Table tests: a Teams transcript's turns shown by a phone number (a caller dialled in) or
an e-mail address (an account shown by its address), and who such a turn, or a "Guest"'s,
is: the person the chair addresses by a first name next to it, who names themselves in it,
or whose name the address is made of, when the meeting names exactly one such person in
full; otherwise the label is asked about, never guessed."""

import pytest

from claims.importing import teams_transcripts
from claims.importing.named_after import addressed_stand_ins, contact_label, phone_number
from claims.importing.names import is_placeholder


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("+44 20 7946 0321   0:25", "+44 20 7946 0321"),  # a caller dialled in
        ("+1 (206) 555-0143\t12:04", "+1 (206) 555-0143"),
        ("+1 206-***-**43   1:02:45", "+1 206-***-**43"),  # Teams masks part of a number
        ("020 7946 0321   3:10", "020 7946 0321"),  # a national number, its trunk "0"
        ("r.achterberg@calderbrookpartners.co.uk   3:15", "r.achterberg@calderbrookpartners.co.uk"),
        ("k.asante@brightline.io (External)   5:14", "k.asante@brightline.io"),
        ("2026 2027   10:30", ""),  # years in a table: too few digits to be a number
        ("555-0143   9:30", ""),  # no area code: a reference, not a caller
        ("Email sales@calderbrook.co.uk   10:30", ""),  # prose naming an address
        ("Total 1,000,000   12:30", ""),
    ],
)
def test_a_phone_number_or_an_address_opens_a_turn(line, expected):
    assert teams_transcripts.speaker(line) == expected


def _stand_in(label):
    return is_placeholder(label) or contact_label(label)


PHONE = "+44 20 7946 0321"
MAIL = "r.achterberg@calderbrookpartners.co.uk"
INTRO = (
    "Maja Lindqvist",
    "We've got Rosa Achterberg from Calderbrook, and Graham Pike runs the Leeds depot.",
)


@pytest.mark.parametrize(
    ("turns", "label", "expected"),
    [
        # The chair hands the floor to the caller by a first name in the turn after.
        (
            [INTRO, (PHONE, "Can I jump in on Leeds?"), ("Maja Lindqvist", "Go for it, Graham.")],
            PHONE,
            "Graham Pike",
        ),
        # ... or in the turn before, as the last thing said.
        (
            [
                INTRO,
                ("Maja Lindqvist", "Great. Graham, do you want to do Leeds?"),
                (PHONE, "Sure. We're nine drivers short."),
            ],
            PHONE,
            "Graham Pike",
        ),
        (
            [INTRO, (PHONE, "Leeds is fine."), ("Deepa Natarajan", "Thanks Graham. On finance...")],
            PHONE,
            "Graham Pike",
        ),
        # The caller names themselves.
        (
            [INTRO, (PHONE, "Sorry, you cut out there. Graham again. Did that go through?")],
            PHONE,
            "Graham Pike",
        ),
        ([INTRO, ("Guest", "Hi all, this is Graham from Leeds.")], "Guest", "Graham Pike"),
        # An address made of a name the meeting gives in full.
        ([INTRO, (MAIL, "On our numbers, costs fall 8%.")], MAIL, "Rosa Achterberg"),
        (
            [INTRO, ("rosa.achterberg@calderbrook.com", "Costs fall.")],
            "rosa.achterberg@calderbrook.com",
            "Rosa Achterberg",
        ),
        (
            [INTRO, ("rachterberg@calderbrook.com", "Costs fall.")],
            "rachterberg@calderbrook.com",
            "Rosa Achterberg",
        ),
        # Near misses. Two people of the first name are named:
        (
            [
                ("Maja Lindqvist", "Graham Pike and Graham Holt both dialled in."),
                (PHONE, "Can I jump in?"),
                ("Maja Lindqvist", "Go for it, Graham."),
            ],
            PHONE,
            None,
        ),
        # a first name nobody is named by in full:
        (
            [
                ("Maja Lindqvist", "Morning."),
                (PHONE, "Can I jump in?"),
                ("Maja Lindqvist", "Go for it, Graham."),
            ],
            PHONE,
            None,
        ),
        # another speaker's name: the chair thanks the speaker before, not the caller:
        (
            [
                INTRO,
                ("Deepa Natarajan", "Costs are flat."),
                (PHONE, "Hello?"),
                ("Maja Lindqvist", "Thanks, Deepa."),
            ],
            PHONE,
            None,
        ),
        # two readings that disagree:
        (
            [
                INTRO,
                ("Maja Lindqvist", "Rosa, your view?"),
                (PHONE, "Leeds is fine."),
                ("Maja Lindqvist", "Thanks, Graham."),
            ],
            PHONE,
            None,
        ),
        # an address further into the next turn is to whoever speaks next:
        (
            [INTRO, (PHONE, "Hi, on the train."), ("Maja Lindqvist", "No worries. Graham, Leeds?")],
            PHONE,
            None,
        ),
        # a name in full said before the turn, not to its speaker:
        (
            [
                ("Maja Lindqvist", "Kofi Asante from Brightline is joining as a guest."),
                ("Guest", "Morning."),
            ],
            "Guest",
            None,
        ),
        # an address matching two people, or none:
        (
            [
                ("Maja Lindqvist", "Rosa Achterberg and Ruth Achterberg are on."),
                (MAIL, "Costs fall."),
            ],
            MAIL,
            None,
        ),
        ([INTRO, ("ops-desk@calderbrook.com", "Costs fall.")], "ops-desk@calderbrook.com", None),
        # another stand-in addressing it says nothing:
        ([INTRO, (PHONE, "Hello?"), ("Guest", "Thanks, Graham.")], PHONE, None),
        # a name the caller says of someone else, or of a thing:
        ([INTRO, (PHONE, "Sorry, did Graham say June?")], PHONE, None),
        ([INTRO, (PHONE, "It's Graham's depot, so it's his call.")], PHONE, None),
    ],
)
def test_a_stand_in_is_the_one_person_the_meeting_shows_it_is(turns, label, expected):
    found = addressed_stand_ins(turns, _stand_in)
    assert found.get(label, (None, ""))[0] == expected
    if expected:
        assert label in found[label][1]
        assert "check who speaks" in found[label][1]


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("+44 7700 900123", True),
        ("+12065550143", True),
        ("Mobile User 3", False),
        ("1:02:45", False),
        ("Rosa Achterberg", False),
    ],
)
def test_a_phone_number_is_seven_to_fifteen_digits(label, expected):
    assert phone_number(label) is expected


MEETING = """Northline Freight - Planning Sync
March 4, 2026, 10:02AM
47m 18s
Maja Lindqvist started transcription

Maja Lindqvist   0:09
We've got Rosa Achterberg from Calderbrook, and Graham Pike runs the Leeds depot.

Ferris, Callum (Ops)   0:20
Routing is live in Bristol.

+44 20 7946 0321   0:25
Can I jump in on Leeds?

Maja Lindqvist   0:30
Go for it, Graham.

+44 20 7946 0321   0:32
We'll be back to full driver staffing at Leeds by the 1st of June.

r.achterberg@calderbrookpartners.co.uk   3:15
Fuel cost per drop will be down 8% by the end of Q4.

+1 (206) 555-0143   4:00
The sensors ship in March.

Guest   4:20
Over the air, yes.

Maja Lindqvist stopped transcription
"""


def test_a_meetings_dial_ins_are_read_as_turns_and_named_or_asked_about():
    shaped = teams_transcripts.reshape(MEETING.splitlines())
    assert shaped is not None
    lines = [line for line in shaped.lines if line]
    assert lines == [
        "Maja Lindqvist: We've got Rosa Achterberg from Calderbrook, and Graham Pike runs the"
        " Leeds depot.",
        "Callum Ferris: Routing is live in Bristol.",
        "Graham Pike: Can I jump in on Leeds?",
        "Maja Lindqvist: Go for it, Graham.",
        "Graham Pike: We'll be back to full driver staffing at Leeds by the 1st of June.",
        "Rosa Achterberg: Fuel cost per drop will be down 8% by the end of Q4.",
        "Dial-in caller 1: The sensors ship in March.",  # nobody addresses this caller
        "Guest user: Over the air, yes.",  # "Guest:" alone would read as an interview's
    ]
    assert "“+44 20 7946 0321” is read as Graham Pike" in shaped.notes[19]
    assert "“r.achterberg@calderbrookpartners.co.uk” is read as Rosa" in shaped.notes[22]
    assert "asked about as “Dial-in caller 1”" in shaped.notes[25]
    assert not any(shaped.lines[:5])
    assert not shaped.lines[-1]


def test_plain_names_with_a_dial_in_are_a_teams_transcript():
    text = MEETING.replace("Ferris, Callum (Ops)", "Callum Ferris")
    shaped = teams_transcripts.reshape(text.splitlines())
    assert shaped is not None
    assert (
        shaped.lines[18] == "Graham Pike: We'll be back to full driver staffing at Leeds by"
        " the 1st of June."
    )
