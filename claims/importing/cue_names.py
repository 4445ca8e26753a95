"""A caption's speaker cue written otherwise than the file first named the speaker.

Meeting tools and hand-corrected captions write the same participant's cue in more than one
way: "Bea Lindqvist:" in one cue, "bea lindqvist:" in a later one; "Dr. Ana Ruiz:", then
"dr ana ruiz:", "ANA RUIZ:" or "Ana Ruíz:". Such a cue is that participant's: the name is
compared without case, accents or titles (``names.person_key``), against the participants the
file has named before it. A lower-case "word word:" that names nobody the file names ("note
to self: …", "fun fact: …", "bea lindqvist:" before any "Bea Lindqvist:") starts no new
speaker: its words stay with the speaker before, and where it reads as a name the curator is
asked who said them.

Source of the rule: Microsoft Teams and Zoom caption exports, where a name is typed by hand
or by the participant, and subtitle files corrected by hand.
"""

import re

from claims.importing.cues import FRAME_LABELS
from claims.importing.names import names_same_person, person_key, reads_as_name

# A cue in any case: "bea lindqvist: …", "[dr ana ruiz]: …". At most five words before the colon.
_ANY_CASE_CUE = re.compile(
    r"^\[?(?P<name>[^\W\d_][\w'’.\-]*(?:\s+[\w'’.\-]+){0,4}?)\]?\s*:\s+(?P<rest>\S.*)$"
)
_MAX_PARTICIPANTS = 512  # names kept per file: a file of ever-new names keeps memory flat
_MAX_NAME_WORDS = 3

UNKNOWN_LOWER_CASE_CUE = (
    "“{label}:” may be a speaker's cue written in lower case, but nobody of that name speaks "
    "earlier in this file: these words stay with the speaker before; check who said them."
)


class CueLabels:
    """The people a caption file has named in its cues so far, by ``person_key``, each with
    the label as first written ("Dr. Ana Ruiz")."""

    def __init__(self) -> None:
        self._labels: dict[str, str] = {}

    def named(self, label: str) -> str:
        """The label the file first named this person by ("Ana Ruíz" → "Dr. Ana Ruiz" when
        that came first), recording a new one. A label that reads as no name is kept as is."""
        key = person_key(label)
        first = self._labels.get(key)
        if first is not None:
            return first
        if len(self._labels) < _MAX_PARTICIPANTS and (" " in key or label[:1].isupper()):
            self._labels[key] = label
        return label

    def known(self, name: str) -> str:
        """The label of the participant ``name`` names ("Priya" or "PRIYA NAIR" after "Priya
        Nair"), "" when it names nobody the file has named."""
        first = self._labels.get(person_key(name))
        if first is not None:
            return first
        for label in self._labels.values():
            if names_same_person(name, label):
                return label
        return ""

    def cue(self, body: str) -> tuple[str, str, str]:
        """A line's cue that names a participant in another case ("bea lindqvist: Sodium-ion
        will…" after "Bea Lindqvist:"): (participant's label, words, ""). For a lower-case
        cue naming nobody known that reads as a name: ("", words as written, remark).
        Otherwise ("", "", "")."""
        if ":" not in body[:60]:
            return "", "", ""
        match = _ANY_CASE_CUE.match(body)
        if match is None:
            return "", "", ""
        name = match.group("name").strip()
        known = self._labels.get(person_key(name))
        if known is not None:
            return known, match.group("rest").strip(), ""
        if name.islower() and _reads_as_lower_case_name(name):
            return "", "", UNKNOWN_LOWER_CASE_CUE.format(label=name)
        return "", "", ""


def _reads_as_lower_case_name(name: str) -> bool:
    """ "bea lindqvist", "dr ana ruiz": two or three words that would read as a name
    capitalised; never a frame label ("note to self", "fun fact")."""
    words = name.split()
    if not 2 <= len(words) <= _MAX_NAME_WORDS or name in FRAME_LABELS:
        return False
    return reads_as_name(name.title())
