"""Table tests: the note-taker's narration of what a person did in the conversation (pushed
back, agreed, joked, interrupted, changed the subject) is narration, whoever the person is;
a person's own claim told in reported speech goes to that person, with a remark."""

import pytest

from tests.importing import attributed

HEAD = "Thread recap: rate cuts and housing, 20 October 2025\n\nHosts: Maya Chen\n\n"


@pytest.mark.parametrize(
    "line",
    [
        # The example: Tracy is no declared host, nor anyone the notes named before.
        "Tracy pushed back on the housing call.",
        "Ben Okafor agreed.",
        "Ben agreed with Maya.",
        "Dana joked about the slide deck.",
        "Raj interrupted to ask about Europe.",
        "Priya changed the subject to crypto.",
        "Tracy took issue with the forecast.",
        "Leo declined to comment on the merger.",
        "Omar Haddad disagreed.",
        "Omar Haddad pushed back on the timeline",
        "- Ines nodded.",
        "Tracy then pushed back hard.",
        "Kofi chimed in about mortgages.",
    ],
)
def test_what_a_person_did_is_narration(line):
    assert attributed.who(f"{HEAD}{line}\nRates will fall by 2027.\n", line.lstrip("- ")) == "-"


@pytest.mark.parametrize(
    "line",
    [
        # The world, not the conversation: a company's act, a market's, a promise.
        "Apple pushed back the launch to 2027.",
        "Markets shrugged off the data.",
        "Ben agreed to publish the figures by June 2026.",
    ],
)
def test_what_happened_in_the_world_is_still_proposed(line):
    assert attributed.who(f"{HEAD}{line}\n", line) != "-"


@pytest.mark.parametrize(
    ("line", "who", "note"),
    [
        # The example: her words, told by the notes.
        (
            "Tracy said prices will fall by 2027.",
            "Tracy",
            "reported: said by Tracy? named in the narration, not a cue",
        ),
        (
            "Ben agreed that rates will fall by March 2026.",
            "Ben",
            "reported: said by Ben? named in the narration, not a cue",
        ),
        (
            "Tracy Nolan said prices will fall by 2027.",
            "Tracy Nolan",
            "reported: said by Tracy Nolan? named in the narration, not a cue",
        ),
    ],
)
def test_reported_words_go_to_who_said_them_with_a_remark(line, who, note):
    document = attributed.parsed(f"{HEAD}{line}\n")
    statement = next(s for s in document.statements if s.text == line)
    assert (statement.speaker, statement.narration, statement.note) == (who, False, note)


def test_a_named_person_under_another_speaker_stays_asked_about():
    text = "## Ada Quist — Lisbon Summit, 9 May 2023\n\nTracy said prices will fall by 2027.\n"
    statement = attributed.parsed(text).statements[0]
    assert statement.speaker == "Ada Quist"
    assert statement.note == "reported: said by Tracy? not Ada Quist's own words"
