"""Table tests: a text-message conversation exported to text, each message under its moment
and its sender: each message is its sender's and dated its day; "Me" is who the header
names; tapbacks, attachments, links and their previews and the tool's notices are nobody's.
Near misses: notes with a date and a name on lines of their own, a chat whose sender comes
before its time."""

import datetime

import pytest

from claims.importing import message_exports

EXPORT = """Messages Export
Conversation with Jonah Park
Jonah Park: +1 (602) 555-0148
Me: Clara Whitfield (+1 (415) 555-0192)

Tuesday, March 3, 2026

Mar 3, 2026 10:42:13 AM
Me
Start with the layoffs. We're hearing 60 people in ops last week?

Mar 3, 2026 11:10:02 AM
Jonah Park
And it won't be the last round.
There'll be another one, probably in May. (edited)

Mar 3, 2026 11:10:47 AM
Me
Emphasized “And it won't be the last round.”

Mar 4, 2026 7:58:12 AM
Jonah Park
https://www.haulingwire.com/2026/03/04/tessellate-freight-cuts
Tessellate Freight cuts 58 dispatch and yard jobs
haulingwire.com

Mar 4, 2026 8:33:11 AM
Jonah Park
<IMG_2291.jpeg>
I'd bet we close a down round before the end of the year.

Mar 5, 2026 9:00:00 AM
Me
You unsent a message. Jonah Park may still see the message.

End of conversation
"""


def _line_of(words: str) -> int:
    return next(i for i, t in enumerate(EXPORT.splitlines(), start=1) if words in t)


def test_each_message_is_its_senders_and_dated_its_day():
    shaped = message_exports.reshape(EXPORT.splitlines())
    assert shaped is not None

    def at(words: str) -> str:
        return shaped.lines[_line_of(words) - 1]

    assert at("Start with the layoffs").startswith("Clara Whitfield: Start with")
    assert at("another one, probably in May") == (
        "Jonah Park: There'll be another one, probably in May."
    )
    assert (
        at("down round") == "Jonah Park: I'd bet we close a down round before the end of the year."
    )
    assert shaped.days[_line_of("down round")] == datetime.date(2026, 3, 4)
    for words in (
        "Emphasized",
        "https://",
        "Tessellate Freight cuts",
        "haulingwire.com",
        "<IMG_2291",
        "You unsent",
        "End of conversation",
        "Mar 3, 2026 10:42:13 AM",
        "Tuesday, March 3",
    ):
        assert at(words) == "", words


def test_me_unnamed_in_the_header_is_asked_about():
    text = EXPORT.replace("Me: Clara Whitfield (+1 (415) 555-0192)\n", "")
    shaped = message_exports.reshape(text.splitlines())
    line = next(i for i, t in enumerate(text.splitlines(), start=1) if "Start with" in t)
    assert shaped.lines[line - 1].startswith("Me: Start with")
    assert "exported the conversation" in shaped.notes[line]


@pytest.mark.parametrize(
    "text",
    [
        # Notes with a date above a name now and then: fewer than three messages.
        "Mar 3, 2026 10:42 AM\nAna Ruiz\nRates will fall.\n",
        # A chat whose sender comes before its time: another reader's.
        "Ana Ruiz\n10:42 AM\nRates fall.\nBen Ode\n10:43 AM\nNo.\nAna Ruiz\n10:44 AM\nYes.\n",
    ],
)
def test_documents_that_are_no_message_export(text):
    assert message_exports.reshape(text.splitlines()) is None
