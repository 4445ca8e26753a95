"""The discussion after a paper in a conference's proceedings: who speaks is in brackets after
the turn's kind.

The layout (a proceedings volume's "DISCUSSION" section, as a PDF viewer copies it)::

    Q (Henrietta Voss-Amundsen, Brevik Marine Consultants): Thank you for a very …
    A (Kallestad): Mostly the latter, we believe. …
    COMMENT (Pieter Sandelin, Nordhav Energy): Two remarks from the developer side. …
    Q (unidentified, from the floor): Did you see any evidence of fish bite …
    CHAIR (Tveit-Ramos): We have time for one more question, …

Each such line is rewritten as the cue of who speaks, their affiliation left out:
"Henrietta Voss-Amundsen: Thank you …"; a surname is the one full name the document gives
that ends so ("Kallestad" of the byline "by Arne Kallestad and Tove Brennhaug"), else it
stays a surname, which the curator is asked about; an unidentified voice from the floor is
"Unknown speaker", a placeholder the curator is asked about. The turn's kind ("Q", "A",
"COMMENT") is no one's name. A document is rewritten so only when two lines or more open
this way. Source of the layout: engineering and science conference proceedings that print
their discussions (discussers' questions, authors' replies, the chair's remarks).
"""

import re
from collections.abc import Sequence

from claims.importing.introductions import names_in
from claims.importing.names import UNKNOWN_SPEAKER, names_same_person, person_key, reads_as_name

_TURN = re.compile(
    r"^(?P<lead>\s*)(?P<kind>Q|A|QUESTION|ANSWER|COMMENTS?|REPLY|RESPONSE|CHAIR(?:MAN|PERSON)?"
    r"|DISCUSS(?:ER|ANT)|AUTHORS?|REMARKS?)\.?\s*\((?P<inside>[^()]{2,100})\)\s*:\s*(?P<rest>.*)$"
)
_NOBODY = re.compile(r"(?i)^(?:unidentified|unknown|anonymous|from the floor|floor|audience)")
_SURNAME = re.compile(r"^[A-ZÀ-Þ][\w'’-]+$")
_MIN_TURNS = 2


def discussion_cues(lines: Sequence[str]) -> tuple[Sequence[str], frozenset[str]]:
    """``lines`` with each discussion turn's opening ("Q (Name, Affiliation):", "A
    (Surname):") rewritten as its speaker's cue ("Name: …"), as many lines as before, and
    the ``person_key`` of every speaker so cued (each cue is a person's, a surname too); the
    lines as they are and no one when fewer than two lines open so (the module's
    docstring)."""
    if not any("):" in line for line in lines):
        return lines, frozenset()
    turns = {index: found for index, line in enumerate(lines) if (found := _turn(line))}
    if len(turns) < _MIN_TURNS:
        return lines, frozenset()
    full = _full_names(lines, turns)
    cues = {index: _speaker(found, full) for index, found in turns.items()}
    rewritten = [
        f"{turns[index]['lead']}{cues[index]}: {turns[index]['rest']}" if index in turns else line
        for index, line in enumerate(lines)
    ]
    return rewritten, frozenset(
        person_key(name) for name in cues.values() if name != UNKNOWN_SPEAKER
    )


def _turn(line: str) -> re.Match[str] | None:
    """The discussion turn ``line`` opens, or None."""
    found = _TURN.match(line) if "):" in line else None
    if found is None:
        return None
    name = _named(found)
    if _NOBODY.match(name) or reads_as_name(name) or _SURNAME.match(name):
        return found
    return None


def _named(found: re.Match[str]) -> str:
    return found["inside"].split(",", 1)[0].strip()


def _full_names(lines: Sequence[str], turns: dict[int, re.Match[str]]) -> list[str]:
    """Every full name the document gives, in its prose and its turns' brackets."""
    names = {_named(found) for found in turns.values()}
    for index, line in enumerate(lines):
        if index not in turns:
            names.update(names_in(line))
    return [name for name in names if len(name.split()) > 1 and reads_as_name(name)]


def _speaker(found: re.Match[str], full: list[str]) -> str:
    """Who a turn's brackets name: the one full name a surname is, else as written."""
    name = _named(found)
    if _NOBODY.match(name):
        return UNKNOWN_SPEAKER
    if len(name.split()) == 1:
        matching = {person_key(other): other for other in full if names_same_person(name, other)}
        if len(matching) == 1:
            return next(iter(matching.values()))
    return name
