"""A moderated debate's captions where only the first cue names its speaker: the moderator
who welcomes the audience hosts it, the guests the moderator names ("WITH ME, MAYOR TOM
ACHTERBERG AND …") are participants, a question opened with an office and a name, or a
name called out at the end of a line, hands the next turn to that person, and a turn that
only hands over is the moderator's, each with a remark. A cue label that names no one
("MY PREDICTION:") is no speaker. A plan kept ("as promised") is no look back."""

import datetime

import pytest

from claims.importing.classify import classify
from claims.importing.introductions import handover, hosts_guests, is_handover
from claims.importing.parsing import parse_document
from claims.importing.reading import read_document

DEBATE = """1
00:00:02,100 --> 00:00:06,900
SARAH LINDQVIST: GOOD EVENING, AND WELCOME
TO THE CALDERBROOK MAYORAL DEBATE.

2
00:00:07,000 --> 00:00:10,300
WITH ME, MAYOR TOM ACHTERBERG AND COUNCILLOR NADIA QURESHI.

3
00:00:12,500 --> 00:00:16,800
MAYOR ACHTERBERG, THE TRAM EXTENSION. WILL IT OPEN ON TIME?

4
00:00:17,000 --> 00:00:22,400
>> IT WILL. THE AIRPORT LINE OPENS IN DECEMBER 2027, AS PROMISED.

5
00:00:22,500 --> 00:00:27,900
>> THAT'S SIMPLY NOT TRUE. THE COUNCIL'S OWN REPORT SAYS FORTY PERCENT.

6
00:00:31,200 --> 00:00:36,500
>> LET HER FINISH, MAYOR. COUNCILLOR QURESHI.

7
00:00:36,600 --> 00:00:42,800
>> MY PREDICTION: THAT LINE WON'T CARRY A SINGLE PASSENGER BEFORE 2029.
"""


def _said(text: str) -> dict[int, list[tuple[str, str]]]:
    document = read_document(text.encode(), name="debate.srt")
    said = parse_document(document, today=datetime.date(2026, 11, 30)).statements
    out: dict[int, list[tuple[str, str]]] = {}
    for s in said:
        if s.text:
            out.setdefault(s.line, []).append((s.speaker, s.note))
    return out


def test_a_moderated_debate_gives_the_turns_to_whom_the_moderator_named():
    said = _said(DEBATE)
    assert {s for s, _ in said[16]} == {"Tom Achterberg"}
    assert all("handover" in note for _, note in said[16])
    assert {s for s, _ in said[20]} == {""}  # nobody handed this turn over: asked
    assert {s for s, _ in said[24]} == {"SARAH LINDQVIST"}  # handing over is the host's
    assert all("read as the host's, Sarah Lindqvist" in note for _, note in said[24])
    # "MY PREDICTION:" names no one: the words are the councillor's, handed to her.
    assert {s for s, _ in said[28]} == {"Nadia Qureshi"}


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("LET HER FINISH, MAYOR. COUNCILLOR QURESHI.", "COUNCILLOR QURESHI"),
        ("MAYOR ACHTERBERG, THE TRAM EXTENSION. WILL IT OPEN ON TIME?", "MAYOR ACHTERBERG"),
        ("Thank you. Senator Alvarez?", "Senator Alvarez"),
        ("Governor Ruiz, on housing: will rents fall?", "Governor Ruiz"),
        # Near misses: no office, no question, a statement.
        ("Mayor Achterberg opened the line in 2024.", ""),
        ("We met the Mayor. Tom Achterberg.", ""),
        ("New York, will it grow?", ""),
        ("THE AIRPORT LINE OPENS IN DECEMBER 2027.", ""),
    ],
)
def test_an_office_and_a_name_hand_the_turn_over(text, who):
    assert handover(text) == who


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("LET HER FINISH, MAYOR.", True),
        ("Let him answer, please.", True),
        ("MAYOR ACHTERBERG, THE TRAM EXTENSION.", True),
        ("Senator Alvarez, on housing.", True),
        ("WITH ME, MAYOR TOM ACHTERBERG AND COUNCILLOR NADIA QURESHI.", True),
        ("Joining me tonight are Ana Ruiz and Dr Sam Okoro.", True),
        # Near misses: claims of their own.
        ("Mayor Achterberg, the tram will open late.", False),
        ("Let them eat cake by 2027.", False),
        ("Mr Prichard, the pumping station at Alvecote Meadows failed on 3 December.", False),
        ("Mayor Achterberg, the depot flooded.", False),
        ("With me in charge, rents will fall by 2028.", False),
    ],
)
def test_a_turn_that_only_hands_over_is_no_claim(text, whole):
    assert is_handover(text) is whole


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "WITH ME, MAYOR TOM ACHTERBERG AND COUNCILLOR NADIA QURESHI.",
            ["TOM ACHTERBERG", "NADIA QURESHI"],
        ),
        ("Joining me tonight are Ana Ruiz and Dr Sam Okoro.", ["Ana Ruiz", "Sam Okoro"]),
        (
            "My guests are Priya Nair, Tom Berg and Lena Ortiz.",
            ["Priya Nair", "Tom Berg", "Lena Ortiz"],
        ),
        ("I agree with me mum.", []),
        ("With me, as always, the team.", []),
    ],
)
def test_the_guests_a_host_names(text, names):
    assert hosts_guests(text) == names


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # A timetable told as promised is a pledge kept: a commitment (``agency``).
        ("THE AIRPORT LINE OPENS IN DECEMBER 2027, AS PROMISED.", "commitment"),
        ("As we promised, the line will open in 2027.", "commitment"),
        ("The depot opens in March 2027, as planned.", "prediction"),
        # Near misses: the past.
        ("The line opened in 2024, as promised.", "factual"),
        ("We delivered it as we had promised.", "factual"),
    ],
)
def test_a_plan_kept_is_no_look_back(text, kind):
    dated = "2027" in text
    assert classify(text, has_horizon=dated, timed=dated) == kind
