"""The official minutes of a city council, a county commission or a school board, US style.

Such minutes open with a title block in capitals ("CITY OF MARLOW CREEK, OREGON",
"REGULAR MEETING OF THE CITY COUNCIL — MINUTES") and the meeting's date, time and place
("Tuesday, April 14, 2026 — 6:30 p.m. — Council Chambers, 210 Alder Street"), number their
agenda items in capitals ("1. CALL TO ORDER", "5. PUBLIC COMMENT (3 minutes per speaker)")
or by name ("7a. Resolution 2026-11, adopting …"), call the roll with each member's office
("Present: Mayor Solís; Councilors Glen Abernathy, Wei Chen-Whitaker. Absent: Councilor
Nikhil Patel (excused).", "Staff: City Manager Gerald Lindqvist; Public Works Director
Tamsin Hale"), record motions and votes ("Motion by Councilor Doyle, seconded by …. Motion
carried 4-0.") and tell what each person said in the third person ("City Manager Lindqvist
reported that …", "Walter Brigham, 88 Fennel Lane, stated that …").

Patterns only: the notes reader (``notes_meetings.MeetingLines``) acts on them. Source of
the rules: the published minutes of US city councils, county commissions and school boards
(tests/importing/test_council_minutes.py).
"""

import re
from collections.abc import Sequence

from claims.importing.names import TITLES, reads_as_name
from claims.importing.reported import NAME_WORDS, SAYS

MAX_TITLE_LINES = 6  # the title block is the document's first lines

# The words of an office a roll call or a sayer is given ("City Manager", "Council Member",
# "Public Works Director", "Superintendent"); plurals name several people after them.
_OFFICE_WORDS = frozenset(
    (
        *("mayor", "deputy", "vice", "pro", "tem", "council", "councilor", "councilors"),
        *("councillor", "councillors", "councilmember", "councilmembers", "member", "members"),
        *("commissioner", "commissioners", "trustee", "trustees", "director", "directors"),
        *("board", "chair", "chairman", "chairwoman", "chairperson", "president", "city"),
        *("county", "town", "village", "manager", "administrator", "attorney", "clerk"),
        *("recorder", "secretary", "treasurer", "engineer", "planner", "superintendent"),
        *("assistant", "associate", "chief", "police", "fire", "public", "works", "finance"),
        *("planning", "community", "development", "parks", "recreation", "library", "human"),
        *("resources", "utilities", "utility", "student", "representative", "alderman"),
        *("alderwoman", "alderperson", "supervisor", "supervisors", "legislator", "school"),
        *("senior", "interim", "acting", "executive", "officer", "economic", "budget"),
        *("services", "operations", "district", "general", "counsel", "selectman", "and"),
        *("selectboard", "staff"),
    )
)
# Words that may end an office but never start one ("and" joins "Parks and Recreation").
_NOT_OFFICE_START = frozenset(("and", "pro", "tem", "works", "resources", "staff"))


def office_and_name(words: str) -> tuple[str, str]:
    """The office before a name and the name: "City Manager Gerald Lindqvist" → ("City
    Manager", "Gerald Lindqvist"); "Public Works Director Hale" → ("Public Works Director",
    "Hale"); "Councilors Glen Abernathy" → ("Councilors", "Glen Abernathy"); "Walter
    Brigham" → ("", "Walter Brigham"). The name keeps at least one word."""
    parts = words.split()
    cut = 0
    while (
        cut < len(parts) - 1
        and parts[cut].lower().strip(".,") in _OFFICE_WORDS | TITLES
        and (cut or parts[cut].lower() not in _NOT_OFFICE_START)
    ):
        cut += 1
    return " ".join(parts[:cut]), " ".join(parts[cut:])


# The title block: a line in capitals naming the body or the meeting.
_TITLE_WORDS = re.compile(
    r"\b(?:MINUTES|MEETING|SESSION|COUNCIL|COMMISSION|BOARD|CITY|COUNTY|TOWN|VILLAGE|"
    r"BOROUGH|DISTRICT|TOWNSHIP|PARISH|AUTHORITY|COMMITTEE|TRUSTEES|SUPERVISORS)\b"
)
_MINUTES_TITLE = re.compile(
    r"\bminutes\b|\b(?:regular|special|adjourned|joint|annual|organizational)\s+"
    r"(?:meeting|session)\b|\bwork\s+session\b|\bstudy\s+session\b",
    re.IGNORECASE,
)


def title_line(text: str) -> bool:
    """Whether a line is a line of a council's title block, in capitals: "CITY OF MARLOW
    CREEK, OREGON", "REGULAR MEETING OF THE CITY COUNCIL — MINUTES", "BOARD OF EDUCATION";
    not "CITY WILL RAISE RATES" (a claim's words, with a verb) nor "Minutes" in lower case."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 4 or any(c.islower() for c in letters):
        return False
    if re.search(r"\b(?:WILL|IS|ARE|WAS|WERE|SHOULD|MUST|EXPECTS?)\b", text):
        return False
    return _TITLE_WORDS.search(text) is not None


MAX_TITLE_WORDS = 14


def title_block_line(text: str) -> bool:
    """Whether a line may be a line of the title block above a council's minutes: in
    capitals (``title_line``), or a title's words with no verb and no full stop ("Lakeview
    Unified School District", "Minutes of the Regular Meeting of the Board of Education");
    not "The district will close two schools" nor "Budget cuts are coming." (claims)."""
    text = text.strip(" *_#")
    if title_line(text):
        return True
    words = text.split()
    if not words or len(words) > MAX_TITLE_WORDS or text.endswith((".", "?", "!", ":")):
        return False
    if _VERB.search(text) or not text[:1].isupper():
        return False
    return all(w[:1].isupper() or w in _TITLE_SMALL for w in words)


_TITLE_SMALL = frozenset(("of", "the", "and", "for", "on", "in", "at", "—", "–", "-", "&"))


def council_minutes(lines: Sequence[str]) -> bool:
    """Whether a document is a council's minutes: a line of its first ``MAX_TITLE_LINES``
    with words says so ("REGULAR MEETING OF THE CITY COUNCIL — MINUTES", "Minutes of the
    Regular Meeting of the Board of Commissioners") and a later line calls the roll
    (``roll_call``)."""
    head = [line for line in lines if line.strip()][:MAX_TITLE_LINES]
    if not any(_MINUTES_TITLE.search(line) for line in head):
        return False
    return any(roll_call(line) for line in lines[:200])


_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_CLOCK = re.compile(r"\b\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)(?!\w)", re.IGNORECASE)
_DATE = re.compile(rf"\b{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}\b", re.IGNORECASE)
_VERB = re.compile(
    r"\b(?:will|would|is|are|was|were|be|been|said|stated|expects?|thinks?|should|could|"
    r"must|has|have|had)\b",
    re.IGNORECASE,
)


def meeting_when(text: str) -> str:
    """The date of a line that gives when and where the meeting was held, and nothing else:
    "Tuesday, April 14, 2026 — 6:30 p.m. — Council Chambers, 210 Alder Street" → "April
    14, 2026"; "" for any other line ("Rates will rise on April 14, 2026 at 9 a.m.")."""
    date = _DATE.search(text)
    if date is None or _CLOCK.search(text) is None or _VERB.search(text):
        return ""
    return date.group()


# A numbered agenda item: "1. CALL TO ORDER", "7a. Resolution 2026-11, …", "IV. NEW BUSINESS".
_AGENDA = re.compile(
    r"^\s*(?:item\s+)?(?:\d{1,2}[a-z]?|[IVX]{1,5}|[A-H])[.)]\s+(?P<title>\S.*)$", re.IGNORECASE
)
# What an agenda item by name opens with.
_ITEM_NOUNS = re.compile(
    r"^(?:(?:first|second|final)\s+reading\s+(?:of\s+)?)?(?:resolution|ordinance|award|"
    r"approval|consideration|public hearing|hearing|presentation|proclamation|discussion|"
    r"report|update|contract|request|appointment|authorization|adoption|amendment|"
    r"acceptance|review|recognition|bid|agreement|budget|variance|appeal|petition|"
    r"claim|minutes|consent|communications?|correspondence|recess|executive session)\b",
    re.IGNORECASE,
)
_ITEM_VERB = re.compile(
    r"\b(?:will|would|is|are|was|were|said|stated|reported|announced|expects?|has|have)\b",
    re.IGNORECASE,
)


def agenda_heading(text: str) -> bool:
    """Whether a line is a numbered agenda heading of a council's minutes, alone on its
    line: its title in capitals ("1. CALL TO ORDER", "5. PUBLIC COMMENT (non-agenda items;
    3 minutes per speaker)", "VI. NEW BUSINESS") or an item by name ("7a. Resolution
    2026-11, adopting the Downtown Parking Management Plan.", "7b. Award of contract for
    the Riverside Park restroom to Cascadia Modular LLC, $318,400."); not "3. Rates will
    fall by 2027." nor "2. The library will open in May." (a list's claims)."""
    match = _AGENDA.match(text)
    if match is None:
        return False
    title = match.group("title").strip(" *_")
    if _ITEM_VERB.search(title):
        return False
    outside = re.sub(r"\([^()]*\)", "", title)
    letters = [c for c in outside if c.isalpha()]
    if letters and not any(c.islower() for c in letters):
        return True
    return _ITEM_NOUNS.match(title) is not None


# A roll call's labels: "Present:", "Absent:", "Staff:", "Roll call:", "Also present:".
_ROLL_LABEL = re.compile(
    r"(?:^|(?<=[.;:]\s))(?P<label>(?:roll\s+call|(?:council(?:\s+members?)?|commissioners|"
    r"board\s+members|trustees|members|staff|others|also)\s+present|present|absent|excused|"
    r"staff(?:\s+in\s+attendance)?|in\s+attendance|also\s+attending|absent\s+and\s+excused))"
    r"\s*(?::|\s[—–-]\s)",
    re.IGNORECASE,
)


def roll_call(text: str) -> list[tuple[str, str]] | None:
    """The ``(office, name)`` of each person a roll call names, or None when the line is no
    roll call: "Present: Mayor Solís; Councilors Glen Abernathy, Wei Chen-Whitaker.
    Absent: Councilor Nikhil Patel (excused)." → [("Mayor", "Solís"), ("Councilors", "Glen
    Abernathy"), ("Councilors", "Wei Chen-Whitaker"), ("Councilor", "Nikhil Patel")]; "Staff:
    City Manager Gerald Lindqvist; Public Works Director Tamsin Hale" → [("City Manager",
    "Gerald Lindqvist"), …]. An office in the plural ("Councilors", "Commissioners") is the
    office of each name after it up to the next semicolon. A part that reads as no name
    ("Staff: the budget is late") makes it no roll call."""
    first = _ROLL_LABEL.match(text.strip())
    if first is None:
        return None
    people: list[tuple[str, str]] = []
    pieces = _ROLL_LABEL.split(text.strip())
    # split() gives [before, label, rest, label, rest, …]: the rests are the lists.
    for listed in pieces[2::2]:
        for group in re.split(r";", listed):
            office = ""
            for part in re.split(r",|\band\b|&", re.sub(r"\([^()]*\)", " ", group)):
                words = " ".join(part.split()).strip(" .*_")
                if not words or words.lower() in ("none", "n/a", "all present"):
                    continue
                if re.fullmatch(r"(?:present|absent|excused|yes|aye|no|nay)", words, re.I):
                    continue  # "Roll call: Doyle, present; …": an answer, no name
                held, name = office_and_name(words)
                office = held or office
                if not _listed_name(name):
                    return None
                people.append((held or office, name))
    return people or None


def _listed_name(name: str) -> bool:
    """A full name or one capitalised surname ("Solís", "Chen-Whitaker")."""
    if reads_as_name(name):
        return True
    return " " not in name and name[:1].isupper() and name[1:2].islower()


def full_name_in(surname: str, office: str, lines: Sequence[str]) -> str:
    """The one full name ``lines`` give ``surname`` ("Renata Solís" of "Mayor Renata Solís
    called the meeting to order" for the roll call's "Mayor Solís"), or "" when they give
    none or two (never guessed)."""
    word = r"[A-ZÀ-Þ][\w'’-]+"
    pattern = re.compile(rf"(?<![\w'’-])((?:{word}\s+){{1,2}}){re.escape(surname)}(?![\w'’-])")
    found: dict[str, str] = {}
    for line in lines:
        if surname not in line:
            continue
        for match in pattern.finditer(line):
            _, first = office_and_name(match.group(1) + surname)
            if first != surname and reads_as_name(first):
                found.setdefault(first.lower(), first)
    return next(iter(found.values())) if len(found) == 1 else ""


_SOMEONE = NAME_WORDS.replace("(?P<name>", "(?:")  # a name, in a pattern naming several
# Procedure of a council: the meeting called to order, motions, seconds and votes, the
# chair's rules of decorum, who prepared and approved the minutes, and their boilerplate.
_PROCEDURE = re.compile(
    r"^(?:(?:the\s+)?(?:meeting|session)\s+was\s+called\s+to\s+order\b|"
    rf"{_SOMEONE}\s+called\s+the\s+(?:meeting|session)\s+to\s+order\b|"
    r"(?:a\s+|the\s+)?motion\s+(?:by|from|to|was\s+made)\b|"
    r"(?:it\s+was\s+)?(?:moved|seconded)\s+by\b|"
    rf"{_SOMEONE}\s+(?:moved|made\s+a\s+motion|seconded)\b|"
    r"(?:the\s+)?(?:motion|amendment|resolution|ordinance|item|vote)\s+(?:carried|passed|"
    r"failed|was\s+approved|was\s+adopted|was\s+defeated|died)\b|"
    r"(?:ayes?|nays?|yes|no|voting\s+(?:yes|no|aye|nay))\s*:|"
    r"roll\s+call\s+vote\b|"
    rf"{_SOMEONE}\s+(?:reminded|asked)\s+(?:speakers|the\s+(?:public|audience|speakers)|"
    r"members\s+of\s+the\s+public|those\s+present|everyone|attendees)\b|"
    r"(?:the\s+)?(?:pledge\s+of\s+allegiance|invocation)\s+was\s+(?:led|given|recited)\b|"
    r"minutes\s+(?:prepared|recorded|taken|submitted|transcribed)\s+by\b|"
    r"(?:approved|adopted)\s+by\s+(?:the\s+)?(?:city\s+|town\s+|county\s+)?(?:council|board|"
    r"commission|trustees)\b|"
    r"(?:these|the)\s+minutes\s+(?:are|were|reflect|summari[sz]e|do\s+not)\b|"
    r"(?:an?\s+)?(?:audio|video|the\s+audio|the\s+video)(?:\s+(?:and\s+video\s+)?recording)?"
    r"\s+(?:of\s+the\s+meeting\s+)?(?:is|are)\s+available\b)",
    re.IGNORECASE,
)


def council_procedure(sentence: str) -> bool:
    """Whether a sentence of council minutes is procedure, no one's claim: "Mayor Renata
    Solís called the meeting to order at 6:31 p.m.", "Motion by Councilor Doyle, seconded
    by Councilor Abernathy, to approve the consent agenda.", "Councilor Okonkwo-Reyes moved
    to amend the plan …", "Seconded by Councilor Doyle.", "Amendment carried 3-1
    (Abernathy opposed).", "Mayor Solís reminded speakers that comments are to be
    addressed to the Council …", "Minutes prepared by Joy Fairbanks, City Recorder.",
    "Approved by Council April 28, 2026.", "These minutes are a summary …", "Audio is
    available at …"; not "Councilor Doyle stated that the motion will fail." (words)."""
    return _PROCEDURE.match(sentence.strip(" *_")) is not None


# A member of the public, named with their address or whom they speak for, then what they
# said: "Walter Brigham, 88 Fennel Lane, stated that …", "Deborah Anaya, representing the
# Marlow Creek Business Alliance, stated that …", "Jane Doe, 12 Elm St., spoke against …".
_MINUTE_VERBS = (
    r"(?:reported|announced|commented|expressed|asked|urged|spoke|requested|objected|"
    r"voiced|testified|shared|raised|complained|thanked|presented|described|questioned)"
)
PUBLIC_SPEAKER = re.compile(
    rf"^{NAME_WORDS},\s+(?:an?\s+|the\s+)?(?:\d+[^,]{{1,60}}|representing\s[^,]{{1,80}}|"
    r"(?:a\s+)?resident\s+of\s[^,]{1,60}|(?:speaking\s+)?on\s+behalf\s+of\s[^,]{1,80}|"
    r"of\s[^,]{1,60}|(?:owner|president|director|chair|member|executive\s+director|"
    r"spokesperson)\s+of\s[^,]{1,80}),\s+(?:also\s+)?"
    rf"(?:{SAYS}|{_MINUTE_VERBS})\b"
)


def public_speaker(sentence: str) -> str:
    """The name of the member of the public a sentence gives words to, named with their
    address or whom they represent: "Walter Brigham, 88 Fennel Lane, stated that …" →
    "Walter Brigham"; "Deborah Anaya, representing the Marlow Creek Business Alliance,
    stated that …" → "Deborah Anaya"; "" for any other sentence, and for a name that reads
    as nobody's ("Main Street, 88 …")."""
    match = PUBLIC_SPEAKER.match(sentence.strip())
    if match is None:
        return ""
    name = match.group("name").strip()
    return name if reads_as_name(name) else ""
