"""Table tests: a blog post interviewing two founders, copied from its page. Answers under a
first name and quotes given to a surname are their sayers'; a quote given to "one of them"
is asked; a pull quote said again later is read once; the author's facts are the author's,
scene-setting, questions and the page around the story are no one's; comments are their
writers'. Posts and notes that only look like it read as before."""

import datetime

import pytest

from claims.importing import blog_interviews
from claims.importing.classify import classify
from claims.importing.fragments import adds_to_before, waits_and_sees
from claims.importing.parsing import parse_document
from claims.importing.reading import read_document

TODAY = datetime.date(2026, 5, 1)

POST = """Open in app
Sign up  Sign in
The Harbour Ledger
Member-only story
“We Will Ship Before Winter”: Inside Tidewell’s Pump Bet
Priya Lindqvist-Amen
Follow
6 min read · Apr 9, 2026
210
9
Listen  Share
When I visit Ola Brennan and Tomas Reyes in their garage in Portmoor, they show me a pump.
Tidewell, which they started in 2022, now sells 900 pumps a month to dairy farms.
Why pumps?
Ola: Because the old ones break every spring. Nobody fixed that in twenty years.
“We will double the fleet by the end of 2027.” — Tomas Reyes
Tomas: We will double the fleet by the end of 2027.
Brennan smiles when I ask about the first prototype.
“We’ll hire ten engineers by September,” Reyes says.
“We’ll be profitable by the fourth quarter,” one of them says.
This interview has been edited for length and clarity.
Follow
Written by Priya Lindqvist-Amen
1.4K Followers · Editor for The Harbour Ledger
I write about small firms and the people who run them.
More from The Harbour Ledger
Why Dairy Tech Is Quietly Booming
Responses (2)
Dana Whitcombe
Apr 10, 2026
Ours broke in the first frost.
4
Reply
"""


def _rows(text: str) -> list[tuple[str, int, str]]:
    document = parse_document(read_document(text.encode(), name="post.txt"), today=TODAY)
    rows = []
    for statement in document.statements:
        if statement.narration:
            continue
        section = document.sections[statement.section]
        who = statement.speaker or section.speaker or section.inherited_speaker
        rows.append((who, statement.line, statement.text))
    return rows


def _at(text: str, line: int) -> list[tuple[str, str]]:
    return [(who, words) for who, number, words in _rows(text) if number == line]


@pytest.mark.parametrize(
    ("line", "why"),
    [
        (3, "the publication"),
        (5, "the headline"),
        (6, "the byline"),
        (8, "the reading time"),
        (12, "scene-setting"),
        (14, "the interviewer's question"),
        (16, "a pull quote said again below"),
        (18, "scene-setting"),
        (21, "the editor's note"),
        (24, "the author's box"),
        (25, "the author's bio"),
        (27, "another post's title"),
        (28, "the comments' count"),
        (30, "a comment's day"),
        (33, "Reply"),
    ],
)
def test_the_page_around_an_interview_is_nobodys_claim(line, why):
    assert _at(POST, line) == [], why


@pytest.mark.parametrize(
    ("line", "who", "starts"),
    [
        (13, "Priya Lindqvist-Amen", "Tidewell, which they started in 2022"),
        (15, "Ola Brennan", "Because the old ones break"),
        (17, "Tomas Reyes", "We will double the fleet"),
        (19, "Tomas Reyes", "We’ll hire ten engineers"),
        (31, "Dana Whitcombe", "Ours broke in the first frost"),
    ],
)
def test_answers_quotes_facts_and_comments_are_their_sayers(line, who, starts):
    said = _at(POST, line)
    assert said, line
    assert all(name == who for name, _ in said), said
    assert said[0][1].startswith(starts)


def test_a_quote_given_to_one_of_them_is_asked():
    reshaped = blog_interviews.reshape(POST.splitlines())
    assert reshaped is not None
    assert reshaped.lines[19].startswith(f"{blog_interviews.ASKED}: We’ll be profitable")
    assert "one of them" in reshaped.notes[20]


def test_a_comment_is_dated_its_day():
    reshaped = blog_interviews.reshape(POST.splitlines())
    assert reshaped.days[31] == datetime.date(2026, 4, 10)


def test_a_pull_quote_said_nowhere_else_is_its_sayers():
    lines = POST.replace("Tomas: We will double the fleet by the end of 2027.", "").splitlines()
    reshaped = blog_interviews.reshape(lines)
    assert reshaped.lines[15] == "Tomas Reyes: We will double the fleet by the end of 2027."


def test_an_answer_under_a_first_name_two_people_share_is_left_as_written():
    post = POST.replace("Tomas Reyes", "Ola Reyes").replace("Tomas:", "Ola:")
    reshaped = blog_interviews.reshape(post.splitlines())
    assert reshaped is not None
    assert reshaped.lines[14] == ""
    assert reshaped.lines[16] == ""


ESSAY = """The Harbour Ledger
Priya Lindqvist-Amen
Follow
4 min read · Apr 9, 2026
I think dairy tech will be the next big thing by 2028.
Most farms still run pumps bought in the nineties.
Follow
Written by Priya Lindqvist-Amen
"""

NEWS = """Tyneside Chronicle
Port chief says quay will be full by 2028
By Callum Reddy, Business Reporter
“We will be booked solid by 2028,” Ortiz says.
"""

NOTES = """Call with Tidewell
Ola: We will double the fleet by the end of 2027.
Tomas: We'll hire ten engineers by September.
"""


@pytest.mark.parametrize("text", [ESSAY, NEWS, NOTES])
def test_near_misses_are_not_read_as_interviews(text):
    assert blog_interviews.reshape(text.splitlines()) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("We will have 900 pumps on farms by the end of 2027. That's not a hope, that's the plan.",
         "commitment"),
        ("We will have 900 pumps on farms by the end of 2027. That's the plan.", "prediction"),
        ("Rates will fall by 2027. That's the plan, anyway.", "prediction"),
    ],
)  # fmt: skip
def test_a_forecast_declared_not_a_hope_but_the_plan_is_a_commitment(text, kind):
    assert classify(text, has_horizon=True, timed=True) == kind


def test_the_plan_declared_after_a_forecast_is_read_with_it():
    assert adds_to_before("That's not a hope, that's the plan.")
    assert adds_to_before("That's the plan.")
    assert not adds_to_before("That's the plan the council rejected in 2024.")


@pytest.mark.parametrize(
    ("text", "put_off"),
    [
        ("Ask me again in a year.", True),
        ("Ask me that next year.", True),
        ("Ask me again in six months.", True),
        ("Ask me again in a year whether we hit 2,000 units.", False),
    ],
)
def test_an_answer_put_off_is_no_claim(text, put_off):
    assert waits_and_sees(text) is put_off
