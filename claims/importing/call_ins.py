"""A call-in show's transcript: who its callers and its guest are.

A station's transcript names the host by role ("HOST:"), the guest by surname once the host
has introduced them ("My guest this hour is Marisol Etxeberria, general manager …", then
"ETXEBERRIA:"), and each caller by first name and town: in the cue ("CALLER (DAVE,
HILLSBORO):", "CALLER (Dave in Hillsboro):", "DAVE (CALLER):") or in the host's handover
before a bare "CALLER:" ("Priya in Beaverton, you're on the air."). A caller is a speaker of
their own, "Dave (caller, Hillsboro)": their claims are theirs, never the guest's.

Pure functions, no state: the notes reader keeps who is on the air.
Source of the shapes: public radio stations' published call-in transcripts.
"""

import re

from claims.importing.cues import lone_first_name
from claims.importing.names import reads_as_name

_PLACE = r"(?P<place>[A-Za-z][\w'’.-]*(?:\s+[A-Za-z][\w'’.-]*){0,2})"
_FIRST = r"(?P<name>[A-Za-z][\w'’-]*)"
# "CALLER (DAVE, HILLSBORO)", "Caller (Dave in Hillsboro)", "CALLER (DAVE)", "CALLER DAVE",
# "DAVE (CALLER)", "Dave from Hillsboro (caller)", "DAVE, CALLER FROM HILLSBORO".
_CALLER_CUES = [
    re.compile(
        rf"^caller\s*\(\s*{_FIRST}(?:\s*(?:,|\s(?:from|in|of|on)\s)\s*{_PLACE})?\s*\)$",
        re.IGNORECASE,
    ),
    re.compile(rf"^caller\s+{_FIRST}$", re.IGNORECASE),
    re.compile(
        rf"^{_FIRST}(?:\s+(?:from|in|of)\s+{_PLACE})?\s*\(\s*caller(?:\s*,\s*(?P<town>[^()]+))?\)$",
        re.IGNORECASE,
    ),
    re.compile(rf"^{_FIRST}\s*,\s*caller(?:\s+(?:from|in)\s+{_PLACE})?$", re.IGNORECASE),
]
BARE_CALLERS = frozenset(("caller", "the caller", "listener", "caller on the line"))
# Words in a caller's cue that name nobody: "CALLER (ANONYMOUS)", "CALLER (UNIDENTIFIED)".
_NOBODY = frozenset(("anonymous", "unknown", "unidentified", "unnamed", "withheld", "line"))


def _titled(words: str) -> str:
    words = " ".join(words.split())
    return words.title() if words.isupper() or words.islower() else words


def caller_name(first: str, place: str = "") -> str:
    """A caller as a speaker is named: "Dave (caller, Hillsboro)", "Dave (caller)"."""
    first, place = _titled(first), _titled(place.rstrip(".,"))
    return f"{first} (caller, {place})" if place else f"{first} (caller)"


def caller_cue(label: str) -> str:
    """The caller a cue names ("CALLER (DAVE, HILLSBORO)" → "Dave (caller, Hillsboro)",
    "DAVE (CALLER)" → "Dave (caller)"), or "" when it names no caller by name ("CALLER",
    "Caller 2", "Dr. Ana Ruiz")."""
    if "caller" not in label.lower():
        return ""
    for pattern in _CALLER_CUES:
        match = pattern.match(label.strip())
        if match is None:
            continue
        first = match.group("name")
        groups = match.groupdict()
        place = groups.get("place") or groups.get("town") or ""
        if first.lower() in BARE_CALLERS or first.lower() in _NOBODY:
            return ""
        if not lone_first_name(_titled(first)):
            return ""  # "CALLER (ANONYMOUS)", "Caller (Line 2)"
        return caller_name(first, place.strip())
    return ""


# The host putting a caller on the air: "First up, Dave in Hillsboro.", "Priya in Beaverton,
# you're on the air.", "Luis in Milwaukie, about thirty seconds.", "Let's go to Tom in
# Salem.", "Next caller is Ann from Gresham. Go ahead, Ann."
_ON_AIR = re.compile(
    r"^(?:(?:first|next|last)\s+up,?\s+|(?:let's|we'll|we)\s+go\s+to\s+|(?:now\s+)?(?:over\s+)?"
    r"to\s+|going\s+to\s+|here's\s+|(?:we\s+)?(?:now\s+)?have\s+|(?:our\s+)?(?:first|next|last)"
    r"\s+caller\s+is\s+|(?:and\s+)?now\s+)?"
    r"(?P<name>(?-i:[A-Z][a-z][\w'’-]*))\s+(?:in|from|on|out\s+in|calling\s+from)\s+"
    r"(?P<place>(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}))"
    r"(?:\s+on\s+line\s+\w+)?(?:[,.]\s*(?P<after>.*)|$)",
    re.IGNORECASE,
)
_HANDOVER_WORDS = re.compile(
    r"\b(?:on\s+the\s+air|you're\s+on|go\s+ahead|welcome|thanks\s+for\s+(?:calling|holding)"
    r"|seconds|minute|line\s+\w+|caller)\b",
    re.IGNORECASE,
)


def caller_on_air(sentence: str) -> str:
    """The caller a host's sentence puts on the air ("Priya in Beaverton, you're on the
    air." → "Priya (caller, Beaverton)"), or "". The sentence is a handover: it opens with
    one ("First up, …", "Let's go to …"), or says one after the name ("you're on the air",
    "go ahead"), or is only a first name and a town ("Dave in Hillsboro.")."""
    if " in " not in sentence and " from " not in sentence and " on " not in sentence:
        return ""
    match = _ON_AIR.match(sentence.strip())
    if match is None or not lone_first_name(match.group("name")):
        return ""
    opened = match.group(0)[: match.start("name")].strip()
    after = (match.group("after") or "").strip()
    if not opened and after and not _HANDOVER_WORDS.search(after):
        return ""  # "Prices in Europe, by contrast, fell."
    return caller_name(match.group("name"), match.group("place"))


# The host introducing the guest: "My guest this hour is Marisol Etxeberria, general manager
# …", "Joining me in the studio is Ana Ruiz.", "With me now is Dr. Tom Hale of …", "I'm
# joined by Ana Ruiz, …", "Our guest today is Ana Ruiz."
_NAME = r"(?P<name>(?-i:[A-Z][\w'’-]+(?:\s+(?:van|de|von|der|da|di|le|la)?\s*[A-Z][\w'’-]+){1,3}))"
_TITLE = r"(?:(?:dr|prof|professor|mr|ms|mrs)\.?\s+)?"
_WHEN = (
    r"(?:\s+(?:this\s+hour|today|tonight|this\s+(?:morning|afternoon|evening|week)|now|again"
    r"|here|in\s+the\s+studio|on\s+the\s+line|from\s+\w+))*"
)
_GUEST_INTRODUCED = re.compile(
    rf"\b(?:(?:my|our)\s+(?:first\s+|special\s+)?guest{_WHEN}\s+is|joining\s+(?:me|us){_WHEN}"
    rf"\s+is|with\s+(?:me|us){_WHEN}\s+is|(?:I'm|I\s+am|we're|we\s+are)\s+joined{_WHEN}\s+by)"
    rf"\s+{_TITLE}{_NAME}(?=\s*[,.;(—–]|\s+(?:of|from|at|who)\b|\s*$)",
    re.IGNORECASE,
)


def introduced_guest(sentence: str) -> str:
    """The guest a host's sentence introduces ("My guest this hour is Marisol Etxeberria,
    general manager of capital projects at Rose City Transit." → "Marisol Etxeberria"), or
    "". A "GUEST:" cue is that person, and so is their surname's cue ("ETXEBERRIA:")."""
    lowered = sentence.lower()
    if "guest" not in lowered and "join" not in lowered and "with " not in lowered:
        return ""
    match = _GUEST_INTRODUCED.search(sentence)
    if match is None or not reads_as_name(match.group("name")):
        return ""
    return match.group("name")


# The chair calling the next member of the public to speak: "First, Ruth Adeyemi.", "Next
# speaker is Tom Walsh.", "Our next speaker is Ana Ruiz, followed by Tom Walsh.", "Next up,
# Ana Ruiz."
_CALLED_TO_SPEAK = re.compile(
    r"^(?:and\s+)?(?:(?:our\s+|the\s+)?(?:first|next|last|final)(?:\s+(?:speaker|commenter|up))?"
    r"(?:\s+(?:is|will be))?|calling)\s*[,:]?\s+"
    + _TITLE
    + r"(?P<name>(?-i:[A-Z][\w'’-]+(?:\s+(?:van|de|von|der|da|di|le|la)?\s*[A-Z][\w'’-]+){1,3}))"
    r"(?:,\s+followed\s+by\s+"
    + _TITLE
    + r"(?P<next>(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})))?"
    r"\s*[.!]?$",
    re.IGNORECASE,
)


def called_to_speak(sentence: str) -> list[str]:
    """The people a chair's sentence calls to speak ("First, Ruth Adeyemi." → ["Ruth
    Adeyemi"], "Next speaker is Ana Ruiz, followed by Tom Walsh." → both): their cues
    ("MS. ADEYEMI:") are theirs. [] when it calls nobody by full name."""
    head = sentence[:12].lower()
    if not any(word in head for word in ("first", "next", "last", "final", "calling")):
        return []
    match = _CALLED_TO_SPEAK.match(sentence.strip())
    if match is None:
        return []
    names = [match.group("name"), match.group("next") or ""]
    return [name for name in names if name and reads_as_name(name)]


# A host's lead-in telling another's words before asking about them: "Marisol, the state
# auditor said last month the agency will run out of capital reserves by 2028.", "Critics
# say fares will double by 2030.", "You said in March the line would open this year."
_TOLD_BEFORE_ASKING = re.compile(
    r"^(?:(?-i:[A-Z][\w'’-]+),\s+)?(?:(?:but|and|now|so|well),?\s+)?"
    r"(?!(?:i|we)\b)(?:[\w'’.-]+\s+){0,6}?"
    r"(?:said|says|say|argued|argues|argue|claimed|claims|claim|predicted|predicts|predict|"
    r"forecast|forecasts|warned|warns|warn|wrote|writes|told|tells|projected|projects|"
    r"estimated|estimates|reported|reports|insisted|insists|suggested|suggests)\b",
    re.IGNORECASE,
)
_SELF_STARTS = ("i ", "i'", "we ", "we'", "my ", "our ")


def told_before_asking(sentence: str) -> bool:
    """Whether a host's sentence before their question tells another's words ("The state
    auditor said last month the agency will run out of reserves by 2028.", "Critics say
    fares will double by 2030."): the question's lead-in, nobody's claim, least of all the
    host's. "I said last week rates would fall." is the host's own."""
    lowered = sentence.lower()
    if lowered.startswith(_SELF_STARTS) or not any(
        verb in lowered
        for verb in (
            " sa",
            " argu",
            " claim",
            " predict",
            " forecast",
            " warn",
            " wr",
            " told",
            " tell",
            " project",
            " estimat",
            " report",
            " insist",
            " suggest",
        )
    ):
        return False
    return _TOLD_BEFORE_ASKING.match(sentence.strip()) is not None
