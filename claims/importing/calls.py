"""Call transcripts (earnings calls, conference calls, a Q&A run by an operator): who speaks.

In a call, "Operator:" is a participant, not a topic label: the operator's lines
(welcome, instructions, "Our next question comes from Dana Lee with Northfield
Capital.") are never anyone's claim, least of all the executives'. A caller the
operator introduces is the speaker of the lines that follow, up to the next cue; in a
call every cue's turn lasts so, as transcripts write a turn's paragraphs without
repeating the cue. A document is a call when an "Operator:" cue meets words that say
so ("earnings call", "conference call", "Q&A") or recurs.

Pure functions, no state: the notes reader (``notes``) keeps the turns.
"""

import re
from collections.abc import Iterable

from claims.importing.names import is_placeholder, person_key, reads_as_name

# What the importer says of an operator's line: why it is not proposed.
OPERATOR = "the call's operator"

_OPERATOR_WORDS = frozenset(("operator", "conference operator", "call operator"))
_OPERATOR_LINE = re.compile(
    r"^\W{0,3}(?:conference\s+|call\s+)?operator\s*(?:[:—–]|\s-\s|\[\d{1,3}\]\s*$|$)",
    re.IGNORECASE,
)
_CALL_WORDS = re.compile(
    r"\b(?:(?:earnings|conference|investor|analyst|analysts'?|results|quarterly)\s+call|"
    r"q\s?&\s?a|question[- ]and[- ]answer|questions?\s+and\s+answers?)\b",
    re.IGNORECASE,
)
# The operator handing the line to a caller: "Our next question comes from Dana Lee with
# Northfield Capital.", "The first question is from Marcus Webb of Halden.", "Next we have
# Priya Nair from Osprey Research.", "We'll take our next question from Ana Ruiz, Acme."
_NAME = r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:van|de|von|der|da|di|le|la|bin|al)?\s*[A-Z][\w'’-]*){1,3})"
_INTRODUCED = [
    re.compile(
        r"\b(?:question|questions|line|call)\s+(?:today\s+)?(?:comes|come|is|will come|"
        r"is coming)\s+from\s+(?:the\s+line\s+of\s+)?" + _NAME
    ),
    re.compile(r"\b(?:take|have)\s+(?:our|the|a)\s+\w+\s+question\s+from\s+" + _NAME),
    re.compile(r"\b(?:next|first|last|now)\s*,?\s+we\s+have\s+" + _NAME),
    re.compile(r"\b(?:we|I)\s+have\s+" + _NAME + r"\s+(?:on the line|with|of|from)\b"),
    re.compile(r"\bgo(?:ing)?\s+(?:over\s+)?to\s+" + _NAME + r"\s+(?:with|of|from|at)\b"),
]


def operator_cue(label: str) -> bool:
    """ "Operator", "OPERATOR", "Conference Operator": the cue of a call's operator."""
    return person_key(label) in _OPERATOR_WORDS


def call_document(lines: Iterable[str]) -> bool:
    """Whether notes are a call's transcript: an "Operator:" cue, and words that say it is a
    call ("earnings call", "conference call", "Q&A") or a second "Operator:" cue."""
    operators, called = 0, False
    for line in lines:
        if _OPERATOR_LINE.match(line.strip()):
            operators += 1
        elif not called and _CALL_WORDS.search(line):
            called = True
        if operators and (called or operators > 1):
            return True
    return False


# A call transcript's own header lines: "Q2 2026 Earnings Call", "HLVD earnings call for the
# period ending June 30, 2026.", "Prepared Remarks:", "Duration: 0 minutes". Its title ("…
# Q2 2026 Earnings Call Transcript") is its heading, read as one.
_CALL_HEADER = re.compile(
    r"^(?:[\w&.,'’()-]+ ){0,6}?(?:(?:Q[1-4]|[1-4]Q|H[12]|FY|first|second|third|fourth|full"
    r"|half)[- ]?(?:quarter |year |half )?(?:20\d\d |fiscal (?:20\d\d )?)?)?"
    r"(?:earnings|results|conference|analyst|investor) call"
    r"(?: for the (?:period|quarter|year) end(?:ing|ed) [\w ,]{4,30})?\.?"
    r"|(?:prepared remarks|questions (?:&|and) answers|call participants):?"
    # The company with its listing: "Halvard Logistics (NASDAQ: HLVD)".
    r"|[\w&.,'’ -]{1,60} \((?:nasdaq|nyse|nyse american|nysearca|lse|tsx|asx|otc|xetra)"
    r"\s*:\s*[a-z.]{1,6}\)"
    r"|duration: \d+ minutes?",
    re.IGNORECASE,
)


def call_header(text: str) -> bool:
    """Whether ``text`` is one of a call transcript's header lines (``_CALL_HEADER``): no
    one's words, whatever date it names. Only the whole line: "On the earnings call, the CFO
    said margins will recover" is a claim."""
    return len(text) <= 120 and _CALL_HEADER.fullmatch(text.strip()) is not None


def introduced_caller(text: str) -> str:
    """The caller an operator's line hands the line to ("Our next question comes from Dana
    Lee with Northfield Capital." → "Dana Lee"), or "" when it introduces nobody by name."""
    for pattern in _INTRODUCED:
        match = pattern.search(text)
        if match and reads_as_name(match.group("name")):
            return match.group("name")
    return ""


# A transcript's speaker line without a colon, alone on its line, the person's paragraphs
# below it: "Carla Mendes -- Chief Executive Officer", "Carla Mendes - CEO", "Carla Mendes,
# CEO", "Dana Lee -- Northfield Capital -- Analyst", "Tom Reyes (CFO)", "CARLA MENDES".
_SPEAKER_LINE = re.compile(
    r"^(?P<name>[^,()—–|:]{3,60}?)(?:\s+-{1,2}\s+|\s+[—–|]\s+|\s*,\s+|\s*\()"
    r"(?P<role>[^:!?]{2,100}?)\)?$"
)
_ROLE_WORD = re.compile(
    r"\b(?:chief|officer|ceo|cfo|coo|cto|cio|cmo|cro|president|vp|evp|svp|chair|chairman|"
    r"chairwoman|chairperson|director|head|treasurer|controller|founder|co-founder|partner|"
    r"analyst|investor relations|ir|secretary|counsel|manager|economist|strategist|"
    r"governor|minister|executive|moderator|host|board member)\b",
    re.IGNORECASE,
)
_SENTENCE_IN_ROLE = re.compile(
    r"\b(?:i|we|you|he|she|they|it|is|are|was|were|will|would|said|says|thinks|think)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
MAX_SPEAKER_LINE = 120
_LEADING_TIME = re.compile(r"^[\[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}[\])]?\s+(?=[A-Z])")


# A turn's number after its speaker line in an edited call transcript: "Operator  [1]",
# "Dana Whitlock,  Corvane Energy Inc. - CEO  [3]" (LSEG StreetEvents).
_TURN_INDEX = re.compile(r"\s+\[\d{1,3}\]$")


def speaker_line(text: str, *, call: bool, timed: bool = False) -> tuple[str, str] | None:
    """(name, role) of a transcript's speaker line that has no colon, or None.

    "Carla Mendes -- Chief Executive Officer" → ("Carla Mendes", "Chief Executive
    Officer"); "Carla Mendes, CEO", "Tom Reyes (CFO)", "CARLA MENDES" (a full name in
    capitals, role ""); "Operator" → ("Operator", "") in a ``call``. A role must name one
    (CEO, analyst, director...) unless the document is a ``call``, where a caller's firm
    stands in for it ("Dana Lee, Northfield Capital"), and a name alone is a speaker
    line too, as it is after a time (``timed``: "[10:04] Ana Ruiz", "[00:00:43] Speaker
    3", a placeholder the curator maps). Source of the
    rule: the earnings-call and meeting transcripts services publish (one speaker line,
    then the paragraphs of the turn)."""
    text = _TURN_INDEX.sub("", text.strip(" *_"))  # "Operator  [1]" (StreetEvents' turns)
    if (
        len(text) > MAX_SPEAKER_LINE
        or not text[:1].isupper()
        or text.endswith((".", "?", "!"))
        or ":" in text
    ):
        return None
    if call and operator_cue(text):
        return "Operator", ""
    if " " in text and text.isupper() and reads_as_name(text):
        return text, ""  # "CARLA MENDES"
    match = _SPEAKER_LINE.match(text)
    if match is None:
        # After a time, a transcription tool's placeholder is a speaker line too ("[00:00:43]
        # Speaker 3"): whose voice it is, the curator says (``speakers.PlaceholderPlan``).
        named = reads_as_name(text) or (timed and is_placeholder(text))
        return (text, "") if (call or timed) and named else None
    name, role = match.group("name").strip(), match.group("role").strip(" -—–")
    return (name, role) if _name_and_role(name, role, call=call) else None


def _name_and_role(name: str, role: str, *, call: bool) -> bool:
    if not reads_as_name(name) or not role[:1].isupper() or len(role.split()) > 12:
        return False
    if _YEAR.search(role):
        return False  # "Ada Quist — CEO summit keynote, 9 May 2023": an appearance's heading
    return not _SENTENCE_IN_ROLE.search(role) and (call or _ROLE_WORD.search(role) is not None)


def names_a_role(role: str) -> bool:
    """Whether a speaker line's second part names a role ("CEO", "Analyst"), not a firm."""
    return _ROLE_WORD.search(role) is not None


# Words of a role's name besides its role words: "Chief Financial Officer", "Head of
# Investor Relations", "Senior Vice President, Sales".
_ROLE_MODIFIERS = frozenset(
    (
        *("financial", "operating", "technology", "technical", "information", "investment"),
        *("marketing", "revenue", "risk", "people", "product", "strategy", "commercial"),
        *("legal", "general", "senior", "deputy", "vice", "global", "group", "interim"),
        *("acting", "managing", "independent", "non-executive", "research", "sales"),
        *("operations", "communications", "relations", "of", "and", "the", "&", "for"),
    )
)


def only_a_role(text: str) -> bool:
    """Whether a cue's words after the name are a role alone ("CEO", "Chief Financial
    Officer", "Head of Investor Relations"), which tells no two people apart; "Coinbase
    CEO" and "Jefferies" name a firm."""
    if not names_a_role(text):
        return False
    rest = _ROLE_WORD.sub(" ", text).replace(",", " ").split()
    return all(word.lower() in _ROLE_MODIFIERS for word in rest)


def speaker_lines(lines: Iterable[str], *, call: bool) -> bool:
    """Whether a document's turns open with speaker lines that have no colon: two of them
    at least, each alone on its line (``speaker_line``)."""
    found = 0
    for line in lines:
        text = line.strip()
        time = _LEADING_TIME.match(text)
        if time:
            text = text[time.end() :]
        # Cheap first: a short line with no colon and no end mark.
        if not text or len(text) > MAX_SPEAKER_LINE or ":" in text or text[-1] in ".?!":
            continue
        if speaker_line(text, call=call, timed=time is not None) is not None:
            found += 1
            if found > 1:
                return True
    return False


# Words a name never is, where the queue's lines name a caller.
_NOT_A_NAME = (
    r"(?!(?:[\w'-]+ )?(?:will|would|to|not|can|could|should|may|might|won't|must|shall|we"
    r"|they|it|i)\b)(?!(?:a|an|the|some|our|their|another|more|lots|plenty|several|two|three"
    r"|no|any)\b)"
)
_QUEUE = (
    r"(?:(?:so|okay|ok|and|great|right|thanks|thank you) )*(?:"
    r"(?:our |the |your )?(?:first|next|last|final|following) question(?: today)? (?:comes|is"
    r"|will come|is coming|will be) from (?:the line of )?[\w' &.-]{2,80}"
    rf"|(?:next|first|now|and now) we have {_NOT_A_NAME}[a-z'-]+(?: [a-z'-]+){{0,2}}"
    r"(?: (?:at|from|with|of|on the line)(?: [\w' &.-]{2,60})?)?"
    r"|we have time for (?:just )?(?:one|a|two|three) (?:more |last |final |further )?"
    r"questions?(?: from [\w' &.-]{2,60})?"
    rf"|{_NOT_A_NAME}[a-z'-]+(?: [a-z'-]+)? (?:please )?go ahead(?: please)?"
    r"|(?:back|over|handing back|i'll hand back) to [a-z'-]+(?: [a-z'-]+)? for (?:the )?(?:q&a"
    r"|q and a|questions)"
    r"|(?:just )?(?:one|two|three|a couple|a few)(?: quick)?(?: questions?)? from me"
    r")(?<!\bwill)(?<!\bwould)"
)
# An executive passing the call on (bare, ``wording._bare``): "With that, I'll hand it to
# our CEO, Dana Lee.", "Let me pass it to Rui for the numbers.", "I'll now turn the call
# back over to the operator.", "Operator?"; and the sign-off: "Have a good evening.".
_PASSED_ON = re.compile(
    r"^(?:(?:so|okay|ok|and|now|all right|alright|with that|and with that|thanks|thank you)"
    r" )*(?:(?:i'll|i will|i'd like to|i would like to|let me|i'm going to|i am going to"
    r"|i want to|we'll|we will|i now|we now) (?:now )?)?(?:hand|pass|turn)(?: it| the call"
    r"| things| the floor| the line| back| over)+ to (?:[\w.'-]+ ){0,6}?[\w.'-]+"
    r"(?: for (?:the |a |some |our |his |her |their |closing )?(?:numbers|financials|details"
    r"|remarks|(?:financial )?(?:review|overview|update|results)|q ?a|questions"
    r"|more (?:colou?r|detail))(?: [\w'-]+){0,3})?$"
    r"|(?:the )?(?:conference |call )?operator$"
    r"|(?:thanks|thank you)?(?: again)?(?: everyone| everybody| all)?(?: and)? ?(?:have a"
    r"|enjoy the|enjoy your) (?:great|good|nice|lovely|wonderful) (?:day|evening|night"
    r"|weekend|afternoon|morning|rest of (?:the|your) (?:day|week|evening))"
    r"(?: everyone| everybody| all)?$"
    # Whoever runs the queue, the operator or the head of investor relations: "Our first
    # question comes from Dominic Farrow at Kellerman Securities.", "Next we have Priyanka
    # Sethi at Aldgate Partners.", "Dominic, please go ahead.", "We have time for one last
    # question, from Dominic Farrow again.", "Back to Jess for Q&A."; and a caller's "Two
    # from me."
    rf"|{_QUEUE}$"
)
# The object of a hand-over that may be a commitment of its own: "We will hand the depot
# to the council", "We'll pass it to customers." (a body or the market, not a turn).
_HANDED_THINGS = re.compile(
    r"\b(?:regulator|council|board|court|auditors?|government|customers|consumers|clients"
    r"|shareholders|buyers|tenants|users)\b"
)


def passes_the_call_on(bare: str) -> bool:
    """Whether ``bare`` (a sentence bare, ``wording._bare``) only runs the call: an
    executive handing the turn to a colleague or the operator, calling the operator, or
    signing off. "With that, I'll hand it to our CEO, Dana Lee." → True; "We will hand
    the depot to the council by 2027." → False."""
    if len(bare.split()) > 20 or _HANDED_THINGS.search(bare):
        return False
    return _PASSED_ON.match(bare) is not None
