"""Who a stand-in label was, said by the next speaker after its turn.

A transcription or meeting tool that cannot tell who speaks writes a stand-in ("Speaker 3",
"Mobile User 3"); a chair often says who it was right after the turn: "For the record, that
was Daniel Okafor from the Collier Tenants' Association.", "We can hear you, thanks Priya —
for the record that's Priya Raman from the Riverton Cycle Forum." ``named_after`` reads such
namings over a document's turns; the stand-in is read as that person, with a remark
(``NAMED_AFTER``), only when every naming of it agrees and no other label has the name.
"""

import re
from collections.abc import Callable, Sequence
from itertools import pairwise

from claims.importing.names import person_key

_PERSON = (
    r"(?:(?:Dr|Professor|Prof|Mr|Mrs|Ms|Sir|Dame|Cllr|Councillor)\.?\s+)?"
    r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,3}"
)
_TITLE = re.compile(r"^(?:Dr|Professor|Prof|Mr|Mrs|Ms|Sir|Dame|Cllr|Councillor)\.?\s+")
# "For the record, that was Daniel Okafor …", "for the record that's Priya Raman", "That was
# Ana Ruiz, from Elm Street."
_NAMED = re.compile(
    r"(?:\b(?i:for the record)[,:]?\s+(?i:that\s+was|that's|that’s|that\s+is|it\s+was)?\s*"
    rf"|\b(?i:that\s+was)\s+)(?P<name>{_PERSON})(?=\s*(?:$|[,.;:!—–(-]|\s(?:from|of|with|at)\b))"
)

NAMED_AFTER = "“{label}” is read as {name}, whom {by} names after the turn: check who speaks"


def named_after(
    turns: Sequence[tuple[str, str]], stand_in: Callable[[str], bool]
) -> dict[str, tuple[str, str]]:
    """Stand-in label → (the name, who names it), over ``turns`` (label, words) in order: a
    label ``stand_in`` says is one, named by the next turn's speaker (another label, no
    stand-in) in words such as "For the record, that was Daniel Okafor". Only a label named
    one way every time, by a name no label of the document has."""
    found: dict[str, set[str]] = {}
    by: dict[str, str] = {}
    for (label, _), (next_label, words) in pairwise(turns):
        if not stand_in(label) or stand_in(next_label) or next_label == label:
            continue
        lowered = words.lower()
        if "record" not in lowered and "that was" not in lowered:
            continue
        for match in _NAMED.finditer(words):
            found.setdefault(label, set()).add(_TITLE.sub("", match.group("name")).strip())
            by[label] = next_label
    labels = {person_key(label) for label, _ in turns}
    return {
        label: (next(iter(names)), by[label])
        for label, names in found.items()
        if len(names) == 1 and person_key(next(iter(names))) not in labels
    }


def block_turns(lines: Sequence[str], cue: re.Pattern) -> list[tuple[str, str]]:
    """(label, words) of each turn opened by a speaker line ``cue`` matches ("Mobile User 3
    1:15", ``cues.BLOCK_CUE``), its words the lines up to the next; [] when no line of the
    document names anyone after a turn (a cheap look first)."""
    if not any("record" in line or "that was" in line.lower() for line in lines):
        return []
    turns: list[tuple[str, list[str]]] = []
    for line in lines:
        found = cue.match(line.strip())
        if found:
            label = re.sub(r"\s*\([^()]*\)\s*$", "", found.group("name")).strip()
            turns.append((label, []))
        elif turns:
            turns[-1][1].append(line.strip())
    return [(label, " ".join(words)) for label, words in turns]


_FOR_THE_RECORD = re.compile(
    rf"\b(?i:for the record)[,:]?\s+(?i:that\s+was|that's|that’s|that\s+is|it\s+was)\s+{_PERSON}"
)


# A questioner's introduction, their name and their outlet or firm and no more: "Rohan
# Patel, Financial Courier.", "Kwame Asante-Boyd, The Observer-Standard.", "Hi, Bram de Kok,
# Energy Wire." (press conferences, earnings calls, town halls).
_SELF_INTRODUCED = re.compile(
    r"^(?:(?i:hi|hello|yes|thanks|thank you)[,.!]?\s+)?(?P<name>[A-Z][\w'’.-]+(?:\s+(?:de|van"
    r"|von|der|da|di|la|le|[A-Z][\w'’.-]+)){1,3})(?:,\s+(?:(?:with|from|of)\s+)?|\s+(?:with"
    r"|from)\s+)(?:the\s+)?"
    r"(?:[A-Z&][\w'’.&-]*(?:\s+|$)|(?:and|of|for|on|&)\s+){1,6}[.!]?$"
)


def names_the_speaker(text: str) -> bool:
    """Whether ``text`` says for the record who just spoke ("We can hear you, thanks Priya —
    for the record that's Priya Raman from the Riverton Cycle Forum."), or is a questioner's
    introduction of themselves and their outlet ("Rohan Patel, Financial Courier."):
    procedure, no claim."""
    if len(text) < 90 and _SELF_INTRODUCED.match(text.strip()):
        return True
    return "record" in text and _FOR_THE_RECORD.search(text) is not None
