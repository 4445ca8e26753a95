"""Table tests: a broadcast anchor who names themselves with the programme in capitals
("I'M BRADLEY HOLLOWAY, AND THIS IS THE RIVERTON DEBATE.") is the host, and their later
lines in capitals are theirs; a host's handover naming who speaks next ("MAYOR GRACE
OKONKWO, YOU'RE FIRST.", "Senator Alvarez, your response?") gives the next turn nobody
names to that person, with a remark. A turn nobody hands over still asks who said it."""

import datetime

import pytest

from claims.importing.chatter import is_filler
from claims.importing.introductions import caps_host_introduction, handover, is_handover
from claims.importing.parsing import parse_document
from claims.importing.reading import read_document


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("GOOD EVENING. I'M BRADLEY HOLLOWAY, AND THIS IS", "BRADLEY HOLLOWAY"),  # the example
        ("I'M PETE SULLIVAN, AND THIS IS THE EVENING REPORT.", "PETE SULLIVAN"),
        ("GOOD MORNING. I'M RHEA DESAI, AND WELCOME TO MARKET HOUR.", "RHEA DESAI"),
        ("AND I'M RHEA DESAI, AND YOU'RE WATCHING CHANNEL 4 NEWS", "RHEA DESAI"),
        ("I'M ANA LOPEZ AND THIS IS FACE THE VOTERS. SENATOR HILL, YOU'RE FIRST.", "ANA LOPEZ"),
        # Near misses: a statement after "AND THIS IS", no name, or not in capitals.
        ("I'M PETE SULLIVAN, AND THIS IS WHY RATES WILL FALL.", ""),
        ("I'M BULLISH, AND THIS IS WHY GOLD WILL HIT $3,000.", ""),
        ("I'M SURE, AND THIS IS KEY.", ""),
        ("I'm Pete Sullivan, and this is", ""),
        ("I'M PETE SULLIVAN.", ""),  # no programme: the other rule's introduction
    ],
)
def test_an_anchor_naming_themselves_with_the_programme_in_capitals(text, name):
    assert caps_host_introduction(text) == name


@pytest.mark.parametrize(
    ("text", "who", "whole"),  # whole: the sentence is all a handover, no claim
    [
        ("MAYOR GRACE OKONKWO, YOU'RE FIRST.", "MAYOR GRACE OKONKWO", True),  # the examples
        ("COUNCILMAN DALE FERREIRA, YOUR RESPONSE?", "COUNCILMAN DALE FERREIRA", True),
        ("COUNCILMAN, QUICKLY, TAXES?", "COUNCILMAN", True),
        ("Priya, over to you.", "Priya", True),
        ("Senator Alvarez, your response?", "Senator Alvarez", True),
        ("Dr. Lee, sixty seconds.", "Dr. Lee", True),
        ("Thanks. Governor Ruiz, your rebuttal.", "Governor Ruiz", False),
        ("THE RIVERTON DEBATE. MAYOR GRACE OKONKWO, YOU'RE FIRST.", "MAYOR GRACE OKONKWO", False),
        ("Ms. Tan, the floor is yours.", "Ms. Tan", True),
        # Near misses: thanks, a rebuttal addressed to the host, a statement after a name.
        ("Thank you, Senator.", "", False),
        ("Bradley, that is simply false.", "", False),
        ("Markets, quickly, will fall by 2027.", "Markets", False),
        ("Rates will fall by 2027, your response notwithstanding.", "", False),
        ("I will cut taxes by 2027.", "", False),
    ],
)
def test_a_handover_names_who_speaks_next(text, who, whole):
    assert handover(text) == who
    assert is_handover(text) is whole
    if whole or "2027" in text:
        assert is_filler(text) is whole


DEBATE = """1
00:00:01,000 --> 00:00:05,400
>> GOOD EVENING. I'M BRADLEY HOLLOWAY, AND THIS IS
THE RIVERTON DEBATE. MAYOR GRACE OKONKWO, YOU'RE FIRST.

2
00:00:05,700 --> 00:00:09,900
>> Thank you, Bradley. Violent crime fell 12 percent in 2025.

3
00:00:10,200 --> 00:00:14,800
I will open two new fire stations by the end of 2027.

4
00:00:15,100 --> 00:00:17,600
>> COUNCILMAN DALE FERREIRA, YOUR RESPONSE?

5
00:00:17,900 --> 00:00:23,200
>> Her budget will be in deficit by next summer.

6
00:00:28,200 --> 00:00:32,600
>> Bradley, that is simply false. The east side is in the report.

7
00:00:32,900 --> 00:00:38,100
>> COUNCILMAN, QUICKLY, TAXES?
>> In my first hundred days I will freeze property taxes.

8
00:00:38,500 --> 00:00:40,100
>> Priya, over to you.

9
00:00:40,500 --> 00:00:42,100
>> Unemployment will rise to 5% by 2027.
"""


def _said(text: str, name: str = "debate.srt") -> list[tuple[int, str, str, bool]]:
    document = read_document(text.encode(), name=name)
    said = parse_document(document, today=datetime.date(2026, 11, 30)).statements
    return [(s.line, s.speaker, s.text, "handover" in s.note) for s in said if s.text]


def test_a_debate_gives_each_turn_to_whom_the_anchor_handed_it():
    said = _said(DEBATE)
    by_line = {line: (speaker, remark) for line, speaker, _, remark in reversed(said)}
    assert by_line[3] == ("Bradley Holloway", False)
    assert by_line[4] == ("Bradley Holloway", False)
    assert by_line[8] == ("Grace Okonkwo", True)
    assert by_line[12] == ("Grace Okonkwo", True)
    assert by_line[16] == ("Bradley Holloway", False)  # the anchor's capitals are his
    assert by_line[20] == ("Dale Ferreira", True)
    assert by_line[24] == ("", False)  # nobody handed this turn over: the curator says who
    assert by_line[28] == ("Bradley Holloway", False)
    assert by_line[29] == ("Dale Ferreira", True)  # "COUNCILMAN": the councilman named before
    assert by_line[33] == ("", False)  # mixed case, nobody handed it over: asked
    assert by_line[37] == ("", False)  # nor is a handover of anyone but the host read


def test_an_all_capital_file_leaves_capitals_unread_as_the_anchors():
    text = "\n\n".join(DEBATE.split("\n\n")[:5]).upper().replace("BRADLEY.", "BRADLEY,")
    said = {line: speaker for line, speaker, _, _ in _said(text)}
    assert said[8] == "Grace Okonkwo"  # handed over
    assert said[16] == ""  # capitals tell nobody apart: asked, not taken as the anchor's
    assert said[20] == ""  # so no handover is read from it either


def test_a_guests_capitals_are_not_the_anchors_before_mixed_case_is_read():
    text = DEBATE.replace("YOU'RE FIRST.", "WELCOME.")
    text = text.replace("Thank you, Bradley. Violent crime fell 12 percent in 2025.",
                        "VIOLENT CRIME FELL 12 PERCENT IN 2025.")  # fmt: skip
    said = {line: speaker for line, speaker, _, _ in _said(text)}
    assert said[8] == ""  # no handover, no mixed case yet: asked, not the anchor's
