"""The lines of a meeting's minutes that are no one's claim, and how they name people.

Minutes open with front matter ("Date: 18 November 2026, 6:00 pm", "Venue: Millbrook
Community Hall", "Minutes taken by: Sam Patel (SP)"), list who was there with the
initials the minutes then use ("Present: Joanna Brandt (JB, chair), Tomás Ruiz-Castillo
(TRC, treasurer)"), number their agenda items ("2. Treasurer's report"), record procedure
("Approval of previous minutes — moved GA, seconded WL, carried.", "Meeting closed 7:48
pm.") and housekeeping ("GA noted the coffee urn is broken again."), and tell what each
member said in the minute-taker's words ("TRC reported that …", "WL confirmed …").

Patterns only: the notes reader (``notes``, ``notes_sections``, ``notes_quotes``) acts on
them. Source of the rules: the minutes of boards, committees and councils
(tests/importing/test_minutes_front_matter.py).
"""

import re

from claims.importing.names import TITLES, initials_like, reads_as_name

# Front matter: a label of the meeting's own, then when, where or who took the minutes.
_WHEN = (
    r"date|time|times|date and time|date & time|start time|finish time|meeting date|"
    r"held(?=\s+(?:on|at)\s)|meeting held(?=\s+(?:on|at)\s)"
)
_WHERE = r"location|venue|place|room|held at|meeting place|where held"
_WHO = (
    r"minutes(?:\s+taken|\s+recorded)?\s+by|minute[- ]?taker|minutes|note[- ]?taker|"
    r"recorder|recording secretary|secretary|clerk|scribe|taken by|recorded by|"
    r"chair|chaired by|chairperson|chairman|chairwoman|facilitator|facilitated by|"
    r"called by|meeting called by|convened by|quorum"
)
_FRONT_MATTER = re.compile(
    rf"^(?:(?P<when>{_WHEN})|(?P<where>{_WHERE})|(?P<who>{_WHO}))\s*(?::|\s(?:on|at)\s)\s*"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)
_FRONT_CHEAP = frozenset(
    (
        *("date", "time", "times", "start", "finish", "meeting", "location", "venue"),
        *("place", "room", "held", "where", "minutes", "minute-taker", "minute", "note-taker"),
        *("note", "recorder", "recording", "secretary", "clerk", "scribe", "taken"),
        *("recorded", "chair", "chaired", "chairperson", "chairman", "chairwoman"),
        *("facilitator", "facilitated", "called", "convened", "quorum", "minutetaker"),
        *("notetaker",),
    )
)
# Words of a clause: a label before them opens a sentence ("Time: rates will fall by
# 2027"), no front matter.
_CLAUSE = re.compile(
    r"\b(?:will|would|won't|is|are|was|were|be|been|expects?|thinks?|should|could|must|"
    r"might|may|can|i|we|they|our)\b",
    re.IGNORECASE,
)


def front_matter(text: str) -> tuple[str, str] | None:
    """``(kind, rest)`` of a minutes' front-matter line, kind "when", "where" or "who":
    "Date: 18 November 2026, 6:00 pm, Millbrook Community Hall" → ("when", "18 November
    2026, …"); "Minutes taken by: Sam Patel (SP)" → ("who", "Sam Patel (SP)"). None for
    any other line, and for a label before a clause ("Time: rates will fall by 2027").
    A "when" line holds a digit; a "who" line names people (``listed_people``)."""
    head = text.split(":", 1)[0].strip().lower()  # "held on …" has no colon: its first word
    if not head or head.split()[0] not in _FRONT_CHEAP:
        return None
    match = _FRONT_MATTER.match(text.strip())
    if match is None:
        return None
    rest = match.group("rest").strip()
    if match.group("when"):
        fits = any(c.isdigit() for c in rest) and not _CLAUSE.search(rest)
    elif match.group("where"):
        fits = 0 < len(rest.split()) <= MAX_PLACE_WORDS and not _CLAUSE.search(rest)
    elif head == "quorum":
        rest, fits = "", True  # "Quorum: yes", "Quorum: 5 of 7 present"
    else:
        fits = bool(listed_people(rest))
    kind = "when" if match.group("when") else "where" if match.group("where") else "who"
    return (kind, rest) if fits else None


MAX_PLACE_WORDS = 12


# Where a list of people may part: brackets, and a comma, a semicolon, "&" or "and".
_LIST_MARKS = re.compile(r"[()\[\]]|[,;&]|\band\b")


def list_parts(listed: str) -> list[str]:
    """The parts of a participants list, split at commas, semicolons, "&" and "and" outside
    brackets: "Joanna Brandt (JB, chair), Wei Lin (WL)" → ["Joanna Brandt (JB, chair)",
    "Wei Lin (WL)"]. Parts are stripped of spaces, "*", "_" and a final full stop."""
    parts, depth, start = [], 0, 0
    for mark in _LIST_MARKS.finditer(listed):
        char = mark.group()
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            parts.append(listed[start : mark.start()])
            start = mark.end()
    parts.append(listed[start:])
    return [p.strip(" *_.") for p in parts if p.strip(" *_.")]


_BRACKETS = re.compile(r"\(([^()]*)\)")


def bracket_initials(part: str) -> str:
    """The initials a list gives a person in brackets: "Joanna Brandt (JB, chair)" → "JB",
    "Sam Patel (SP)" → "SP"; "" when none ("Ada Quist (chair)", "Dev Rao (IT lead)")."""
    for inside in _BRACKETS.findall(part):
        for piece in re.split(r"[,;/]\s*|\s+-\s+", inside):
            word = piece.strip()
            if 2 <= len(word.replace(".", "")) <= 4 and word.isupper() and initials_like(word):
                return word
    return ""


def bracket_chair(part: str) -> bool:
    """Whether a listed person's brackets say they chair: "(JB, chair)", "(Chair)"."""
    return any(
        re.search(r"\bchair(?:man|woman|person)?\b", inside, re.IGNORECASE)
        and not re.search(r"\bvice[- ]chair", inside, re.IGNORECASE)
        for inside in _BRACKETS.findall(part)
    )


def bare_name(part: str) -> str:
    """A listed person's name without what is in brackets: "Sam Patel (SP)" → "Sam Patel"."""
    return " ".join(_BRACKETS.sub(" ", part).split()).strip(" ,;")


def listed_people(listed: str) -> list[tuple[str, str]]:
    """``(name, initials)`` of each person a list names ("Sam Patel (SP)", "Joanna Brandt
    (JB, chair), Wei Lin"), initials "" when the list gives none; [] when a part reads as
    no person's name."""
    people = []
    for part in list_parts(listed):
        name = bare_name(part)
        if not reads_as_name(name):
            return []
        people.append((name, bracket_initials(part)))
    return people


# Procedure: a motion moved, seconded, carried; the meeting opened, closed or adjourned.
_MOTION = re.compile(
    r"\b(?:moved|proposed)(?:\s+by)?\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*[,;]?\s*"
    r"(?:and\s+)?seconded\b|"
    r"\bseconded(?:\s+by)?\s+[A-Z][\w.'’-]*|"
    r"\b(?:motion|resolution|amendment|minutes)\s+(?:was\s+|were\s+)?(?:carried|passed|"
    r"approved|adopted|defeated|lost|withdrawn|accepted)\b|"
    r"(?:^|[,;—–-]\s*)(?:carried|agreed|approved|passed)(?:\s+unanimously|\s+nem\.?\s*con\.?|"
    r"\s+\d+\s*[-–]\s*\d+)?\s*\.?$|"
    r"^(?:the\s+)?(?:meeting|session)\s+(?:was\s+)?(?:opened|closed|adjourned|ended|started|"
    r"began|declared\s+(?:open|closed)|quorate)\b|"
    r"^there\s+being\s+no\s+(?:further|other)\s+business\b|"
    r"^(?:quorum|a quorum)\s+(?:was\s+)?(?:confirmed|present|reached|established)\b",
    re.IGNORECASE,
)
# The words ``_MOTION`` cannot match without, found in one pass before it is tried.
_MOTION_CUE = re.compile(
    r"second|carried|motion|resolution|minutes|meeting|session|agreed|approved|passed|quorum|"
    r"business|amendment",
    re.IGNORECASE,
)
# Nothing under an item: "None.", "None declared.", "No matters arising."
_NOTHING = re.compile(
    r"^(?:none|nil|n/a|none\s+(?:declared|received|noted|reported)|nothing\s+to\s+report|"
    r"no\s+(?:declarations(?:\s+of\s+interest)?|apologies|matters\s+arising|other\s+business|"
    r"questions|updates?|conflicts(?:\s+of\s+interest)?)(?:\s+(?:were\s+)?"
    r"(?:declared|received|made|raised|noted))?)\s*\.?$",
    re.IGNORECASE,
)
MAX_NOTHING = 50


def procedure(text: str) -> bool:
    """Whether a line of minutes records procedure, no one's claim: "Approval of previous
    minutes — moved GA, seconded WL, carried.", "Proposed by Cllr Amir Khan, seconded by
    Cllr Rosa Lind.", "Motion carried unanimously.", "Meeting closed 7:48 pm.", "There
    being no further business, the chair closed the meeting."; not "The motion to cut
    rates will pass by March." (a forecast of a vote)."""
    if len(text) <= MAX_NOTHING and text[:1] in "Nn" and _NOTHING.match(text.strip()):
        return True
    if _MOTION_CUE.search(text) is None:
        return False
    return _MOTION.search(text.strip()) is not None and " will " not in f" {text.lower()} "


# Housekeeping: the room, the refreshments and the kit, as the subject of a sentence.
_FACILITY = (
    r"(?:(?:coffee|tea|hot water)\s+urn|urn|kettle|coffee\s+machine|coffee|tea|biscuits|"
    r"sandwiches|refreshments|catering|projector|microphones?|mics?|sound system|wi-?fi|"
    r"car\s+park|parking|heating|air[- ]?con(?:ditioning)?|toilets?|lift|photocopier|printer|"
    r"fridge|dishwasher|kitchen|keys?|blinds|zoom link|dial-in|hearing loop|lights)"
)
_SAYER = r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})"
_HOUSEKEEPING = re.compile(
    rf"^(?:{_SAYER}\s+(?:(?:also|again)\s+)?(?:noted|said|mentioned|reported|observed|"
    r"complained|joked|remarked|reminded\s+(?:everyone|members|all|the\s+board|the\s+meeting))"
    r"\s+(?:that\s+)?)?"
    rf"(?:the|our|a)\s+(?:[\w-]+\s+){{0,2}}{_FACILITY}\s+(?:(?:in|on|at|by)\s+the\s+[\w-]+\s+)?"
    r"(?:is|are|was|were|has|have|had|needs?|"
    r"keeps?|still|isn['’]t|aren['’]t|wasn['’]t|doesn['’]t|don['’]t|will\s+need|won['’]t)\b",
    re.IGNORECASE,
)
# The words ``_FACILITY`` cannot match without, found in one pass before it is tried.
_FACILITY_CUE = re.compile(
    r"urn|kettle|coffee|tea|biscuit|sandwich|refreshment|catering|projector|mic|sound|wi-?fi|"
    r"park|heating|air|toilet|lift|photocopier|printer|fridge|dishwasher|kitchen|key|blinds|"
    r"zoom|dial-in|loop|lights",
    re.IGNORECASE,
)


def housekeeping(text: str) -> bool:
    """Whether a line of minutes is housekeeping, no one's claim: the room, refreshments
    or kit as the subject ("GA noted the coffee urn is broken again.", "The projector
    needs a new bulb.", "Our Wi-Fi still isn't working."); not "Coffee prices will double
    by 2027." (no facility's state) nor "The tea industry is shrinking." (no facility)."""
    if _FACILITY_CUE.search(text) is None:
        return False
    return _HOUSEKEEPING.match(text.strip()) is not None


# An agenda item's number and its title: "2. Treasurer's report", "Item 4: AOB".
_AGENDA = re.compile(
    r"^\s*(?:#+\s*)?(?:(?:agenda\s+)?item\s+)?\d{1,2}(?:\.\d{1,2})*[.):]?\s+(?P<title>\S.*)$",
    re.IGNORECASE,
)
MAX_AGENDA_WORDS = 8


# A figure or a year: "Oil at $100 by 2027" is a forecast's words, no item's title.
_FIGURE = re.compile(
    r"[$€£%]|^\d|\b(?:by|before|until|in|from|to|at|after)\s+(?:the\s+end\s+of\s+)?"
    r"(?:(?:19|20)\d\d|q[1-4])\b",
    re.IGNORECASE,
)


def agenda_title(raw: str) -> str:
    """The title of a numbered agenda item alone on its line ("2. Treasurer's report" →
    "Treasurer's report", "Item 4: Any other business"); "" for another line, and for an
    item that reads as a sentence ("3. Rates will fall by 2027", "1. We expect …"). The
    caller checks that items of a list, not a title, follow it."""
    match = _AGENDA.match(raw)
    if match is None:
        return ""
    title = match.group("title").strip(" *_")
    words = title.split()
    if not words or len(words) > MAX_AGENDA_WORDS or title.endswith((".", "!", "?", ":", ";")):
        return ""
    if _CLAUSE.search(title) or _FIGURE.search(title):
        return ""
    return title if title[:1].isupper() else ""


# A key to the initials notes use: "DH = Deirdre Halloran, chief exec.", "TB - Theo Brandt
# (ops director)", "JK: Jana Kowalczyk" never (a cue), so only "=" and a dash after capitals.
_LEGEND_PAIR = re.compile(
    r"(?:^|(?<=[.;,]\s)|(?<=\s\|\s))(?P<initials>[A-Z]{2,4})\s*(?:=|—|–)\s*"
    r"(?P<name>(?:(?:dr|prof|mr|mrs|ms)\.?\s+)?[A-Z][\w'’-]+(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w'’-]+){1,3})"
)


def initials_legend(text: str) -> list[tuple[str, str]]:
    """The (initials, name) pairs of a line that keys the initials of notes, opening with
    one: "DH = Deirdre Halloran, chief exec. TB = Theo Brandt, her ops director" →
    [("DH", "Deirdre Halloran"), ("TB", "Theo Brandt")]; [] for any other line ("GDP =
    output", "The EU — Ursula said …"). Each initial must be the name's, in order
    ("DH" of Deirdre Halloran; "JvdB" of Jan van der Berg is left out). Source of the
    shape: reporters' interview notes, which key initials once at the top."""
    if "=" not in text and "—" not in text and "–" not in text:
        return []
    pairs = []
    for match in _LEGEND_PAIR.finditer(text.strip()):
        initials, name = match.group("initials"), match.group("name")
        capitals = [
            w[0] for w in name.split() if w[:1].isupper() and w.rstrip(".").lower() not in TITLES
        ]
        if "".join(capitals) == initials:
            pairs.append((initials, name))
    if not pairs or not text.strip().startswith(pairs[0][0]):
        return []
    return pairs
