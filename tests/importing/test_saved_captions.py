"""Table tests: a video call's live captions saved as text, each speaker's name alone on a
line above their caption chunks: each chunk is its speaker's, a rolled chunk is read once,
"You" is who saved them, a marked name ("Leo (Presenting)") is the participant of that first
name. Near misses: notes with a participants line but no speaker lines; a name line the
header does not list, without a mark."""

import pytest

from claims.importing import saved_captions

CAPTIONS = """Google Meet captions
Halyard pilot: weekly sync
Meeting code: wvd-qmrk-pza
Saved by: Anjali Mercer
Participants (4): Anjali Mercer, Dana Ortiz, Leo Farrant, Bogdan

You
10:01
okay captions are on

Dana Ortiz
10:03
so honestly I think we'll have
so honestly I think we'll have all four depots live by the end of Q1 2027

Leo (Presenting)
I'd expect us to be under five per thousand
[inaudible]

Bogdan
the union will push back hard at Saltcote
"""


def _at(shaped, words: str) -> str:
    index = next(i for i, t in enumerate(CAPTIONS.splitlines()) if words in t)
    return shaped.lines[index]


def test_each_chunk_is_its_speakers_and_a_rolled_chunk_is_read_once():
    shaped = saved_captions.reshape(CAPTIONS.splitlines())
    assert shaped is not None
    assert _at(shaped, "captions are on") == "Anjali Mercer: okay captions are on"
    # "so honestly I think we'll have" is repeated by the next chunk: read once, there.
    lines = CAPTIONS.splitlines()
    rolled = lines.index("so honestly I think we'll have")
    assert shaped.lines[rolled] == ""
    assert shaped.lines[rolled + 1] == (
        "Dana Ortiz: so honestly I think we'll have all four depots live by the end of Q1 2027"
    )
    assert _at(shaped, "under five per thousand") == (
        "Leo Farrant: I'd expect us to be under five per thousand"
    )
    assert _at(shaped, "push back hard") == "Bogdan: the union will push back hard at Saltcote"
    for words in ("Meeting code", "Participants", "10:03", "[inaudible]", "Leo (Presenting)"):
        assert _at(shaped, words) == "", words


def test_you_unnamed_by_the_header_is_asked_about():
    text = CAPTIONS.replace("Saved by: Anjali Mercer\n", "")
    shaped = saved_captions.reshape(text.splitlines())
    index = next(i for i, t in enumerate(text.splitlines()) if "captions are on" in t)
    assert shaped.lines[index] == "You: okay captions are on"
    assert "saved the captions" in shaped.notes[index + 1]


@pytest.mark.parametrize(
    "text",
    [
        "Participants: Ana Ruiz, Ben Ode\nWe met on Tuesday.\nAna Ruiz said rates fall.\n",
        # Speaker lines the header lists only twice.
        "Participants: Ana Ruiz, Ben Ode\n\nAna Ruiz\nhello\n\nBen Ode\nhi\n",
    ],
)
def test_documents_that_are_no_saved_captions(text):
    assert saved_captions.reshape(text.splitlines()) is None
