"""Table tests: closed captions pasted as text, turns marked ">>" and named only now and then:
a ">>" turn is a new voice, asked about as a placeholder, never the last named speaker's nor
the page heading's. Near misses: captions with no named cue, prose quoting ">>"."""

import pytest

from claims.importing import marked_turns

CAPTIONS = """Regular City Council Meeting
Index
00:03:12 — Item 4: Public Comment (Non-Agenda Items)
Closed Captioning
MAYOR BRENNAN: GOOD EVENING, EVERYONE. I'LL CALL THIS
REGULAR MEETING TO ORDER.
>> THANK YOU, MAYOR. WE HAVE TWO SPEAKERS SIGNED UP.
>> GOOD EVENING. DELROY MATTHEWS, HARLOW STREET, 31 YEARS.
THAT BRIDGE WILL NOT BE REOPENED BEFORE THE END OF THIS YEAR.
[CROSSTALK]
MAYOR BRENNAN: THANK YOU. ITEM 5.
>> STAFF: THE SUBSTATION SLIPS PAST MID-2027.
"""


def _at(shaped, words: str) -> str:
    index = next(i for i, t in enumerate(CAPTIONS.splitlines()) if words in t)
    return shaped.lines[index]


def test_a_marked_turn_is_a_new_voice_asked_about():
    shaped = marked_turns.reshape(CAPTIONS.splitlines())
    assert shaped is not None
    assert _at(shaped, "I'LL CALL THIS").startswith("MAYOR BRENNAN: GOOD EVENING")
    assert _at(shaped, "REGULAR MEETING TO ORDER").startswith("MAYOR BRENNAN:")
    assert _at(shaped, "TWO SPEAKERS").startswith("Speaker 1:")
    assert _at(shaped, "DELROY MATTHEWS").startswith("Speaker 2:")
    # The turn runs over the line below it; it is never the mayor's.
    assert _at(shaped, "THAT BRIDGE WILL NOT").startswith("Speaker 2:")
    line = next(i for i, t in enumerate(CAPTIONS.splitlines(), 1) if "THAT BRIDGE" in t)
    assert "name nobody" in shaped.notes[line]
    # A cue after the mark names the turn.
    assert _at(shaped, "SUBSTATION SLIPS").startswith("STAFF: THE SUBSTATION")
    for words in ("Regular City Council", "Non-Agenda Items", "Closed Captioning", "[CROSSTALK]"):
        assert _at(shaped, words) == "", words


@pytest.mark.parametrize(
    "text",
    [
        # No turn named anywhere: the caption readers' and the notes reader's.
        ">> GOOD EVENING.\n>> HELLO.\n>> THE BRIDGE REOPENS IN MAY.\n",
        # Two marks only.
        "MAYOR: HELLO.\n>> HI.\n>> THE BRIDGE REOPENS IN MAY.\n",
    ],
)
def test_documents_that_are_no_marked_captions(text):
    assert marked_turns.reshape(text.splitlines()) is None


@pytest.mark.parametrize(
    ("label", "name"),
    [
        # A page's or an export's own parts never read as a person's name.
        ("Non-Agenda Items", False),
        ("Document Tags", False),
        ("After Call", False),
        ("Meeting Minutes", False),
        ("Video Chapters", False),
        # People still do.
        ("Colleen Brennan", True),
        ("Delroy Matthews", True),
    ],
)
def test_a_pages_own_parts_are_no_names(label, name):
    from claims.importing.names import reads_as_name

    assert reads_as_name(label) is name
