"""A council meeting's captions: the clerk's roll call, the chair's procedure, and the chair
recognising who speaks next.

Municipal video portals export a meeting's auto-captions as SRT: all capitals, ">>" at each
change of speaker and never a name. The clerk calls the roll ("COUNCIL MEMBER OKAFOR?"
">> HERE."), the chair opens the meeting, calls for order, puts motions and counts votes
("ALL IN FAVOR?" ">> AYE." ">> MOTION CARRIES FIVE TO TWO."): procedure, nobody's claim
(``council_procedure``). The chair gives the floor ("THE CHAIR RECOGNIZES COUNCIL MEMBER
ABERNATHY.", "MAYOR OYELARAN, YOU HAVE THE FLOOR.", an office and a name alone): the next
turn is the person so named (``recognised``), which the caption reader gives them with a
remark for the curator. The caption reader is ``claims.importing.transcripts``.
"""

from __future__ import annotations

import re

from claims.importing.introductions import handover_title

# An office a council's clerk or chair names a member or an official by.
_OFFICE = (
    r"(?:council\s*member|councilman|councilwoman|councillor|councilor|alderman|alderwoman|"
    r"alderperson|(?:deputy\s+|vice\s+)?mayor(?:\s+pro\s+tem(?:pore)?)?|commissioner|trustee|"
    r"supervisor|selectman|selectwoman|selectperson)"
)
# A word of a name: not a verb that makes the line a statement ("MAYOR WILL DECIDE.").
_NAME_WORD = (
    r"(?!(?:will|would|is|are|was|were|has|have|had|should|can|could|says|said|did|does|do"
    r"|expects?|thinks?|wants?|and|or|to|of|the)\b)[A-Za-z][\w'’.-]*"
)
_NAMED = rf"{_OFFICE}\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}"
# Procedure, nobody's claim: roll call and its answers, quorum, order, the opening welcome,
# motions, seconds, votes and their result, the floor given.
_PROCEDURE = re.compile(
    rf"^(?:{_NAMED}\?"
    r"|(?:here|present|aye|ayes|nay|nays|no|yes|abstain|abstaining|opposed|second(?:ed)?"
    r"|so moved|i(?:'ll| will)? second(?: (?:it|that|the motion))?)"
    r"|(?:(?:madam|madame|mister|mr\.?)\s+(?:city\s+)?clerk,?\s+)?(?:will\s+the\s+clerk\s+)?"
    r"(?:please\s+)?call\s+the\s+roll(?:,?\s+please)?"
    r"|(?:we\s+(?:have|do\s+have|don't\s+have|do\s+not\s+have)\s+a\s+quorum|(?:a\s+)?quorum\s+is"
    r"\s+present)(?:\s+\w+){0,3}"
    r"|(?:order|quiet),?\s+please|(?:order(?:\s+in\s+the\s+chamber)?)"
    r"|(?:i\s+(?:now\s+)?call\s+(?:this|the)\s+meeting\s+to\s+order|(?:the\s+)?meeting\s+(?:will"
    r"\s+(?:now\s+)?come\s+to\s+order|is\s+(?:now\s+)?(?:called\s+to\s+order|adjourned))"
    r"|we\s+are\s+(?:now\s+)?adjourned|(?:the\s+)?meeting\s+(?:is\s+)?adjourned)(?:\s+at\s+.{1,20})?"
    r"|(?:good\s+(?:morning|afternoon|evening),?\s+(?:and\s+)?)?welcome\s+to\s+the\s+"
    r"(?:\w+\s+){0,3}(?:meeting|session)\s+of\s+.{1,120}"
    r"|(?:all|those)(?:\s+those)?\s+in\s+favou?r(?:,?\s+(?:please\s+)?(?:say|signify)\s+.{1,20})?"
    r"|(?:all\s+|those\s+|any\s+)?(?:opposed|against|abstentions?)(?:,?\s+(?:same\s+sign|nay))?"
    r"|is\s+there\s+a\s+(?:second|motion)(?:\s+\w+){0,3}"
    r"|(?:the\s+)?(?:motion|item|amendment|resolution|ordinance)\s+(?:carries|passes|fails"
    r"|is\s+(?:approved|adopted|defeated|carried))(?:\s+.{1,40})?"
    r"|the\s+(?:ayes|nays|noes)\s+have\s+it"
    r"|i\s+(?:move|make\s+a\s+motion)\s+(?:to|that)\s+(?:approve|adopt|accept|table|continue"
    r"|adjourn)\b.{0,80}"
    r"|the\s+chair\s+(?:now\s+)?recogni[sz]es\s+.{1,80}"
    rf"|{_NAMED}(?:,\s+you\s+have\s+the\s+floor)?"
    r")[.!?]*$",
    re.IGNORECASE,
)
# The chair giving the floor: "THE CHAIR RECOGNIZES PUBLIC WORKS DIRECTOR ANA RUIZ FOR THE
# UPDATE.", "MAYOR OYELARAN, YOU HAVE THE FLOOR.", "COUNCIL MEMBER ABERNATHY." (alone).
_RECOGNIZES = re.compile(
    r"^(?:(?:thank\s+you|thanks)[^.!?]{0,30}[.!,]\s+)?the\s+chair\s+(?:now\s+)?recogni[sz]es"
    r"\s+(?P<who>.+?)(?:,|\s+(?:for|to|who|on|from|with)\b.*)?[.!]$",
    re.IGNORECASE,
)
_FLOOR = re.compile(rf"^(?P<who>{_NAMED}),\s+you\s+have\s+the\s+floor[.!]?$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]\s+")
_BARE = re.compile(rf"^(?P<who>{_NAMED})[.!]$", re.IGNORECASE)
# Words of an office or a post a name follows: "PUBLIC WORKS DIRECTOR", "CITY MANAGER".
_ROLE_WORDS = frozenset(
    (
        *("director", "manager", "clerk", "attorney", "chief", "engineer", "officer"),
        *("planner", "administrator", "treasurer", "auditor", "superintendent", "secretary"),
        *("member", "councilmember", "councilman", "councilwoman", "councillor", "councilor"),
        *("alderman", "alderwoman", "alderperson", "mayor", "commissioner", "trustee"),
        *("supervisor", "president", "chair", "chairman", "chairwoman", "chairperson"),
        *("selectman", "selectwoman", "selectperson", "tem", "pro", "tempore", "deputy"),
        *("dr", "dr.", "mr", "mr.", "ms", "ms.", "mrs", "mrs."),
    )
)


def council_procedure(sentence: str) -> bool:
    """Whether a sentence of a council meeting's captions is procedure, nobody's claim: the
    clerk's roll call ("COUNCIL MEMBER OKAFOR?") and its answers ("HERE.", "PRESENT.",
    "AYE."), the quorum, the chair's "ORDER, PLEASE." and opening welcome ("GOOD EVENING AND
    WELCOME TO THE REGULAR MEETING OF THE … CITY COUNCIL …"), "MADAM CLERK, PLEASE CALL THE
    ROLL.", motions and seconds, votes and their result ("ALL IN FAVOR?", "MOTION CARRIES
    FIVE TO TWO."), and the floor given (``recognised``); not "THE MOTION WILL FAIL IN
    MAY." (a forecast). Source: council meetings' captions from municipal video portals."""
    text = sentence.strip().lstrip(">").strip()
    return bool(text) and _PROCEDURE.match(text) is not None


# An office and a full name said in a turn: "… A VERY HAPPY BIRTHDAY TO COUNCILMEMBER ROSALIND
# HALE.", "OUR FINANCE CHAIR, COUNCILMEMBER ADAEZE OKAFOR, AND HER COMMITTEE".
_IN_FULL = re.compile(
    rf"\b{_OFFICE}\s+(?P<name>{_NAME_WORD}\s+{_NAME_WORD}(?:\s+{_NAME_WORD})?)"
    r"(?=\s*(?:[,.;:!?]|$))",
    re.IGNORECASE,
)


# Several named in full after their office in the plural, or a chair: "CHAIRMAN WALT
# PRZYBYLSKI, COMMISSIONERS MARISOL DELGADO, LEON TWOMBLY, DEB HARTSHORN, AND GARY
# FENSTERMACHER."
_FULL_NAME = rf"{_NAME_WORD}\s+{_NAME_WORD}(?:\s+{_NAME_WORD})?"
_LISTED = re.compile(
    r"\b(?:council\s*members|councilmembers|commissioners|trustees|supervisors|aldermen"
    r"|alderpersons|selectmen|selectpersons|chairman|chairwoman|chairperson|chair)\s+"
    rf"(?P<names>{_FULL_NAME}(?:\s*,\s*(?:and\s+)?{_FULL_NAME})*(?:,?\s+and\s+{_FULL_NAME})?)"
    r"(?=\s*(?:[,.;:!?]|$))",
    re.IGNORECASE,
)
_LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)


def members_in_full(text: str) -> list[str]:
    """The people a turn names in full after their office ("COUNCILMEMBER ADAEZE OKAFOR" →
    "ADAEZE OKAFOR"; "COMMISSIONERS MARISOL DELGADO, LEON TWOMBLY, AND GARY FENSTERMACHER"
    → the three), so that the chair's "COUNCILMEMBER OKAFOR." later is that person."""
    found = [found.group("name").rstrip(".") for found in _IN_FULL.finditer(text)]
    for listed in _LISTED.finditer(text):
        for part in _LIST_SPLIT.split(listed.group("names")):
            words = part.strip().rstrip(".").split()
            while words and (
                words[0].lower() in _ROLE_WORDS or words[0].lower()[:-1] in _ROLE_WORDS
            ):
                words = words[1:]  # "COMMISSIONERS MARISOL DELGADO": the next office's
            name = " ".join(words)
            if len(words) >= 2 and name not in found:
                found.append(name)
    return found


# A speaker naming themselves as their turn opens: "GOOD EVENING, MY NAME IS TERESA VOLK,
# I LIVE ON …", "GOOD EVENING, MAYOR, MEMBERS OF THE COUNCIL. GREG NAKASHIMA, BUDGET
# DIRECTOR."
_MY_NAME = re.compile(
    rf"^(?:[^.?!]{{0,80}}[,.]\s+)?MY\s+NAME\s+IS\s+(?P<name>{_NAME_WORD}\s+{_NAME_WORD}"
    rf"(?:\s+{_NAME_WORD})?)(?=\s*(?:[,.;]|$|\s+AND\b))",
    re.IGNORECASE,
)
# The greeting may be short ("HI.", "HELLO, COUNCIL."); the post may hold a number or be a
# clause about the speaker (a post has no verb, but "I OWN …" does): "DWAYNE OSTROWSKI,
# PRESIDENT OF FIREFIGHTERS LOCAL 1180.", "MARGUERITE TOLLIVER, I OWN TOLLIVER AND DAUGHTERS
# ON FRONT STREET."
_NAME_AND_POST = re.compile(
    r"^(?:GOOD\s+(?:MORNING|AFTERNOON|EVENING)|HI|HELLO|HEY)\b[^.?!]{0,80}[.!]\s+"
    rf"(?P<name>{_NAME_WORD}\s+{_NAME_WORD}(?:\s+{_NAME_WORD})?),\s+"
    r"(?:I\s+|(?![^.]*\b(?i:is|are|was|were|went|will|would|has|have|had|did|does|do|can|could"
    r"|should)\b))[A-Za-z][A-Za-z0-9 ,&'’-]{2,60}\."
)


def self_named(text: str) -> str:
    """The name a turn opens with, as its speaker gives it ("MY NAME IS TERESA VOLK" →
    "TERESA VOLK"; "GOOD EVENING, MAYOR. GREG NAKASHIMA, BUDGET DIRECTOR." → "GREG
    NAKASHIMA"), or "". Source: public comment and staff reports in council captions."""
    text = text.strip().lstrip(">").strip()
    found = _MY_NAME.match(text) or _NAME_AND_POST.match(text)
    return found.group("name").rstrip(".") if found else ""


def recognised(text: str) -> str:
    """The person a chair's words give the floor to, offices and posts left out but for an
    office alone before a surname: "THE CHAIR RECOGNIZES PUBLIC WORKS DIRECTOR ANA RUIZ FOR
    THE UPDATE." → "ANA RUIZ"; "COUNCIL MEMBER ABERNATHY." → "COUNCILMEMBER ABERNATHY";
    "MAYOR OYELARAN, YOU HAVE THE FLOOR." → "MAYOR OYELARAN", at the end of the chair's turn
    too ("ORDER, PLEASE. THE CHAIR RECOGNIZES …"); "" for words that give the floor
    to nobody named ("THE CHAIR RECOGNIZES THE PUBLIC.", "COUNCIL MEMBER OKAFOR?", a roll
    call). The caller (``transcripts``) gives the next turn nobody names to that person, with
    a remark. Source: council meetings' captions from municipal video portals."""
    text = text.strip().lstrip(">").strip()
    found = _BARE.match(text)  # an office and a name alone: only as the whole turn
    if found is None and ("RECOGNI" in text.upper() or "FLOOR" in text.upper()):
        # The floor given at the end of the chair's turn: "ORDER, PLEASE. THE CHAIR …".
        starts = [0, *(m.end() for m in _SENTENCE_END.finditer(text))]
        found = next(
            (f for i in starts if (f := _RECOGNIZES.match(text[i:]) or _FLOOR.match(text[i:]))),
            None,
        )
    if found is None:
        return ""
    who = re.sub(r"(?i)\bcouncil\s+member\b", "COUNCILMEMBER", found.group("who"))
    words = who.split()
    last_role = max((i for i, w in enumerate(words) if w.lower() in _ROLE_WORDS), default=-1)
    name = words[last_role + 1 :]
    if not name or len(name) > 4 or name[0].lower() in ("the", "our", "a", "all", "any"):
        return ""
    if len(name) == 1:  # a surname alone: with its office, as a handover names it
        office = words[last_role] if last_role >= 0 else ""
        if not office or not handover_title(office)[0]:
            return ""
        return f"{office} {name[0]}"
    return " ".join(name)


# A sentence of a turn opening with who it is said to: "MR. NAKASHIMA, LAST JUNE …", "GREG,
# THE HOTEL TAX.", "DIRECTOR RUIZ, …"; not with a word a sentence opens with ("THANK YOU, …",
# "SO, …", "MAYOR, …": the chair, whom the file does not name).
_ADDRESSED = re.compile(
    r"(?:^|[.?!]\s+)(?:(?:MR|MS|MRS|DR|CHIEF|DIRECTOR)\.?\s+)?"
    r"(?!(?i:thank|thanks|yes|no|well|okay|ok|so|now|but|look|sir|madam|ma'am|mayor|folks"
    r"|again|first|second|also|frankly|honestly|sorry|please|hi|hello)\b)"
    rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD})?),\s"
)


def addressed_question(turn: str) -> str:
    """The name a turn that ends in a question says it to, at the opening of one of its
    sentences: "MR. NAKASHIMA, LAST JUNE WE WERE TOLD 5 PERCENT. SO WHAT HAPPENS IF IT COMES
    IN LOW?" → "NAKASHIMA"; "GREG, THE HOTEL TAX. WHAT ARE WE ASSUMING?" → "GREG"; the last
    one when several; "" for a turn that ends otherwise or names nobody so. The caller
    (``transcripts``) gives the next turn nobody names to that name only when it is a
    participant the file named before, with a remark. Source: council members questioning
    staff in meetings' captions."""
    turn = turn.strip().lstrip(">").strip()
    if not turn.endswith("?"):
        return _addressed_last(turn)
    names = [found.group("name") for found in _ADDRESSED.finditer(turn)]
    return names[-1].rstrip(".") if names else ""


# A host's last sentence said to the next speaker, a cue to answer though no question:
# "COMMISSIONER TWOMBLY, COUNTY ROAD 14 IS IN YOUR DISTRICT.", "COMMISSIONER HARTSHORN, YOU
# CHAIR THE COUNTY'S BROADBAND AUTHORITY."
_THANKS = re.compile(r"\b(?:thank\s+you|thanks\s+to\s+you|bless\s+you|see\s+you)\b", re.I)
_SECOND_PERSON = re.compile(r"\b(?:you|your|you're|you've|you'll)\b", re.IGNORECASE)


def _addressed_last(turn: str) -> str:
    """The name the last sentence of ``turn`` is said to, when it speaks to them ("…
    COMMISSIONER TWOMBLY, COUNTY ROAD 14 IS IN YOUR DISTRICT." → "COMMISSIONER TWOMBLY"),
    else ""."""
    starts = [0, *(m.end() for m in _SENTENCE_END.finditer(turn))]
    last = turn[starts[-1] :]
    if len(starts) > 1 and not last.strip(" .!"):
        last = turn[starts[-2] :]
    found = _ADDRESSED.match(last)
    if found is None or not _SECOND_PERSON.search(_THANKS.sub(" ", last[found.end() :])):
        return ""  # "MR. NAKASHIMA, THANK YOU FOR THE REPORT.": thanks, no handover
    return found.group("name").rstrip(".")
