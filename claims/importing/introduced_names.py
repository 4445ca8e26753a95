"""Who a surname cue is, from the full name the document's narration gives that person.

A live blog or a talk's notes introduce each speaker once by full name ("First up is Sofia
Ramirez, chief technology officer at Voltera", "Now on stage: Henrik Lund of NordGrid",
"with Ramirez, Lund and analyst Priya Natarajan (BNEF)") and then cue their words by
surname ("Ramirez: …"). The cue is that person when the document gives exactly one full
name ending in the surname.
"""

import re
from collections.abc import Sequence

from claims.importing.names import person_key, reads_as_name

MAX_LINES_SEARCHED = 5000
# What follows a person's full name where the narration introduces them: their role or
# firm ("Sofia Ramirez, CTO", "Priya Natarajan (BNEF)", "Henrik Lund of NordGrid"), or what
# they do next ("Sofia Ramirez takes the stage"). "Demand in Western Europe will fall" is
# no introduction of a "Europe".
_INTRODUCED_AFTER = (
    r"(?=\s*[,(—–]|\s+-\s|\s+(?:of|from|at|who|says|said|takes|took|joins|joined|is|was|"
    r"opens|opened|kicks|kicked|steps|stepped|walks|walked)\b|\.?\s*$|\.\s"
    # … or another person named after "and", by their office: "… Tomas Elgstrand and
    # Minister of Foreign Affairs … Beatriz Almonte Reyes".
    r"|\s+and\s+(?:Minister|President|Prime|Senator|Commissioner|Secretary|Governor|Mayor"
    r"|Chair|Chairman|Chairwoman|Dr|Mr|Mrs|Ms|Prof|Professor|Sir|Dame|Judge|Ambassador)\b)"
)
_WORD = r"[A-ZÀ-Þ][\w'’-]+"


def introduced_full_name(surname: str, lines: Sequence[str], *, cue: str = "") -> str:
    """The one full name ending in ``surname`` that ``lines`` give ("Sofia Ramirez" for
    "Ramirez", "Marisol Etxeberria" for a transcript's capitals "ETXEBERRIA"), or "" when
    they give none or several. A full name is one or two capitalised
    words before the surname that read as a person's name, followed by their role, their firm
    or what they do (``_INTRODUCED_AFTER``); the surname must be a cue ("Ramirez:") on two
    lines at least (``cue`` when the cue writes it with a title: "CLLR MOFFAT"). Only the
    first ``MAX_LINES_SEARCHED`` lines are searched: the narration introduces people early."""
    # A transcript's cue in capitals ("ETXEBERRIA:") is the surname the narration writes
    # "Marisol Etxeberria".
    written = f"(?i:{re.escape(surname)})" if surname.isupper() else re.escape(surname)
    pattern = re.compile(
        rf"(?<![\w'’-])((?:{_WORD}\s+){{1,2}})({written})(?![\w'’-]){_INTRODUCED_AFTER}"
    )
    # "09:14 Ramirez: …", "- Ramirez, asked about solid-state: …": a cue of the surname.
    # "CHAIR VANTERPOOL. Good afternoon.": a cue in capitals a full stop closes, in print.
    closed = r"|\.\s" if (cue or surname).isupper() else ""
    cue = re.compile(
        rf"^(?:[\s>*•–—-]|\[?\d{{1,2}}:\d{{2}}\]?|\d{{1,2}}\s)*{re.escape(cue or surname)}\b"
        rf"(?:[^:]{{0,60}}:{closed})"
    )
    found: dict[str, str] = {}  # person key → the name as first written
    # Every full name of that surname, introduced or not: another one makes the cue ambiguous.
    anywhere = re.compile(rf"(?<![\w'’-])((?:{_WORD}\s+){{1,2}})({written})(?![\w'’-])")
    named: set[str] = set()
    cues = 0
    capitals = surname.isupper()
    alone = person_key(surname)  # a double surname titled: "Minister Almonte Reyes"
    for line in lines[:MAX_LINES_SEARCHED]:
        if surname not in line and not (capitals and surname.lower() in line.lower()):
            continue
        cues += cue.match(line) is not None
        for match in pattern.finditer(line):
            name = _full_name(match.group(1).split(), match.group(2))
            if name and " " in person_key(name) and person_key(name) != alone:
                found.setdefault(person_key(name), name)  # not "CHAIR VANTERPOOL", a title
        for match in anywhere.finditer(line):  # "Euan Moffat and Iona Moffat": two people
            key = person_key(_full_name(match.group(1).split(), match.group(2)))
            if " " in key and key != alone:  # not "CLLR MOFFAT", the cue itself
                named.add(key)
    # A word used once before a colon may be a label ("Europe: demand falls"); a speaker's
    # surname is their cue more than once.
    return next(iter(found.values())) if len(found) == 1 == len(named) and cues > 1 else ""


def _full_name(before: list[str], surname: str) -> str:
    """The shortest name of ``before`` and ``surname`` that reads as a person's ("Sofia
    Ramirez" of "CTO Sofia" and "Ramirez": a role before the name is no part of it)."""
    for start in range(len(before) - 1, -1, -1):
        if before[start].lower().strip("'’") in _GREETINGS:
            break  # "Thanks Shona.", "Hiya Gary": a greeting, then a first name
        name = " ".join([*before[start:], surname])
        if reads_as_name(name):
            return name
    return ""


# Words said to someone before their first name, never a first name before a surname.
_GREETINGS = frozenset(
    (
        *("thanks", "thank", "cheers", "hi", "hiya", "hello", "hey", "morning", "evening"),
        *("afternoon", "night", "bye", "goodbye", "welcome", "sorry", "congratulations"),
        *("congrats", "well", "okay", "ok", "right", "yes", "no", "oh", "dear", "go", "over"),
        *("ta", "nice", "great", "lovely", "fair", "sure", "listen", "look", "now", "so", "and"),
    )
)
