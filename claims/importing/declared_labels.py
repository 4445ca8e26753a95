"""Who a transcript tool's placeholder is, as the document itself declares it: a meeting's
chat ("For the transcript: "Speaker 3" is Corinna Baptiste-Lowe (Ops Director, Tennick
Co-Pack)."), an editor's note ("Speaker 2 = Hamid Rostami"), a correction below the
transcript ("Note: Speaker 1 was Dana Whitcombe throughout.").

Webex, Teams, Zoom and the diarising tools label a voice they cannot name ("Speaker 3",
"SPEAKER_01", "Unknown Speaker"); the host often says who it is in the meeting's chat, which
the export appends after the transcript. A placeholder so declared, once and to one name, is
read as that person, with a remark that says where the file says so; declared twice to two
names, or not at all, it stays asked about (``speakers.PlaceholderPlan``). The curator's own
mapping always wins.
"""

import re
from collections.abc import Sequence

from claims.importing.names import CAPITALS, is_placeholder, person_key, reads_as_name

DECLARED = (
    "“{label}” taken as {name}: the file says so on line {line} (“{words}”); check who said them"
)

# "“Speaker 3” is Corinna Baptiste-Lowe", "Speaker 2 = Hamid Rostami", "SPEAKER_01 was
# Dana Whitcombe", "Speaker A is actually Priya Raman": the label, quoted or not, then the
# name. Not "Speaker 3 is on mute", "Speaker 2 was right".
_DECLARATION = re.compile(
    r"(?:^|[\s(:;,])[\"“‘']?(?P<label>(?i:speaker)[ _]?(?:\d{1,2}|[A-Z])\b|SPEAKER_\d{1,2}"
    r"|(?i:unknown speaker|participant \d{1,2}|guest \d{1,2}|voice \d{1,2}))[\"”’']?"
    r"\s*(?:=|(?:is|was|'s)\s+(?:actually\s+|in fact\s+|really\s+)?)\s*"
    rf"(?P<name>[{CAPITALS}][\w'’-]+(?:\s+(?:van|de|von|der|da|di|le|la)?\s*"
    rf"[{CAPITALS}][\w'’-]+){{1,3}})"
)
_CHEAP = re.compile(r"(?i)speaker|participant|guest|voice")
_WORDS_SHOWN = 80


def declared_labels(lines: Sequence[str]) -> dict[str, tuple[str, str]]:
    """The placeholders ``lines`` declare, by ``person_key`` of the label, each with the
    name and the remark (``DECLARED``): {"speaker 3": ("Corinna Baptiste-Lowe", "“Speaker
    3” taken as Corinna Baptiste-Lowe: the file says so on line 190 (“For the transcript:
    …”); check who said them")}. A label
    declared to two different names is left out (the curator is asked); so is a name that
    does not read as a person's ("Speaker 2 is Back Online")."""
    found: dict[str, set[str]] = {}
    remarks: dict[str, tuple[str, str]] = {}
    for number, line in enumerate(lines, start=1):
        if not _CHEAP.search(line):
            continue
        for match in _DECLARATION.finditer(line):
            label, name = match["label"], match["name"]
            if not is_placeholder(label) or not reads_as_name(name):
                continue
            key = person_key(label)
            found.setdefault(key, set()).add(person_key(name))
            words = line.strip()
            if len(words) > _WORDS_SHOWN:
                words = words[: _WORDS_SHOWN - 1].rstrip() + "…"
            if key not in remarks:
                remarks[key] = (
                    name,
                    DECLARED.format(label=label, name=name, line=number, words=words),
                )
    return {key: remarks[key] for key, names in found.items() if len(names) == 1}
