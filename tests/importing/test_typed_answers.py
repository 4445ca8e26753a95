"""Table tests: answers typed into a live Q&A tool ("Answered by Priya Raman: …"), each going
on over the lines below it, are the panelist's; the page around them, the askers and their
questions are nobody's. Near misses: one answer only, a name that is no person's."""

import pytest

from claims.importing import typed_answers

QA = """Storage at the Edge
Priya Raman
Head of Product, Voltaic Commons
Session Q&A powered by Slido

Anonymous
👍 41
2:07 PM
Are home batteries going to make money?
Answered by Priya Raman: Not hype, but it's uneven.
I think enrollment passes 500,000 homes
by the end of 2027, and retailers start competing.
Answered

Marcus Feld
👍 33
2:11 PM
Where do pack prices bottom out?
Answered by Tomasz Wierzbicki: Joking aside, I'd put LFP under $60/kWh before 2030.
Mark as answered
"""


def _line_of(words: str) -> int:
    return next(i for i, t in enumerate(QA.splitlines(), start=1) if words in t)


def test_a_typed_answer_is_its_panelists_over_its_lines():
    shaped = typed_answers.reshape(QA.splitlines())
    assert shaped is not None

    def at(words: str) -> str:
        return shaped.lines[_line_of(words) - 1]

    assert at("Not hype") == "Priya Raman: Not hype, but it's uneven."
    assert at("enrollment passes") == "Priya Raman: I think enrollment passes 500,000 homes"
    assert at("by the end of 2027").startswith("Priya Raman: by the end of 2027")
    assert at("LFP under").startswith("Tomasz Wierzbicki: Joking aside")
    assert "typed this answer" in shaped.notes[_line_of("enrollment passes")]
    for words in ("Anonymous", "👍 41", "2:07 PM", "make money?", "Head of Product"):
        assert at(words) == "", words
    status = QA.splitlines().index("Answered")
    assert shaped.lines[status] == ""


@pytest.mark.parametrize(
    "text",
    [
        "Q: Will prices fall?\nAnswered by Priya Raman: Yes, by 2027.\n",
        "Answered by Support Team: closed.\nAnswered by The Organisers: see the FAQ.\n",
    ],
)
def test_pages_that_hold_no_typed_answers(text):
    assert typed_answers.reshape(text.splitlines()) is None
