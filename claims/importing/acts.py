"""What an organisation will do, said in the third person: "Solenza will start production at
its Zaragoza gigafactory in Q3 2027", "the Netherlands will tender 2 GW of grid storage in the
first half of 2027", "the co-op will commission the Site 4 battery in Q2 2027", and in the
first person plural's possessive: "Our Stockholm pilot starts in Q2 2027."

A deliberate act of an organisation (publish, release, open, start production, tender, file,
ship, hire: what it decides) is its commitment when the speaker speaks for it, and a forecast
when the speaker only expects it of someone else ("Tesla will launch robotaxis next year",
said by an analyst). What is not an act it decides ("Tesla will miss its target", "prices
will fall") is a forecast whoever says it. The importer reads who speaks for whom from the
words only:

- "our …", "my …" ("Our Stockholm pilot starts in Q2 2027", "Our new plant opens in March",
  "My team will publish the list in May"): the speaker's side, a commitment (``OWN``);
- the organisation named with the speaker's role in it, in the same statement ("Ana María de
  la Fuente, chief executive of Solenza Energía, …: Solenza will start production …"): a
  commitment (``OWN``);
- an office that speaks for a government or a body ("Dutch climate minister … tells the hall
  the Netherlands will tender …"), a body the speaker belongs to by its name ("the co-op",
  "the council"), or a company confirming its own plans ("WL confirmed the co-op will …"): a
  commitment, with a remark asking whether it is the speaker's side (``ASKED``);
- "would" with a condition said ("de la Fuente says Solenza would double Zaragoza's capacity
  if the regional government approves the permit"): a conditional promise, read as above;
  without one ("Solenza would double its capacity") a view, no act;
- anyone else's act ("Voltbank will publish its first climate report in March 2027", with
  no word of who speaks): a forecast, with a remark asking (``UNKNOWN``).

Source of the rule: docs/importing.md (kind: a commitment is a promise of the speaker's
organisation); the project's "a confident wrong answer is the worst answer".
"""

import contextlib
import contextvars
import re
from collections.abc import Iterator
from functools import lru_cache

from claims.horizons.scanning import finditer_near

OWN, ASKED, UNKNOWN = "own", "asked", "unknown"

ACT_TOLD = (
    "a deliberate act of “{who}”: a commitment if the speaker speaks for {who}, a forecast"
    " otherwise; check the kind"
)

# What an organisation decides to do ("will publish", "will start production").
_ACT_VERB = (
    r"(?:publish|release|open|reopen|launch|ship|deliver|start(?:\s+(?:production|building"
    r"|construction|selling|shipping|operations|hiring))?|begin|tender|file(?:\s+for)?|hire"
    r"|build|commission|install|connect|introduce|unveil|debut|roll\s+out|list|issue|award"
    r"|invest|spend|pay|close|shut\s+down|phase\s+out|break\s+ground|complete|finish|submit"
    r"|sign|acquire|buy\s+back|cut\s+\d|raise\s+(?:its|their|the)|freeze|expand|double|triple"
    r"|test|pilot|trial|deploy|electrify|retire|decommission|relocate|move\s+(?:its|their)"
    r"|set\s+up|put\s+out|go\s+public|seek|apply\s+for|announce|present|table|appoint"
    r"|recruit|employ|host|train|hold\s+(?:a|an|its|their|the)\s"
    # A council's staff bringing a matter back: "Staff will return to Council with …".
    r"|return\s+to\s+(?:the\s+)?(?i:council|board|commission)|report\s+back|bring\s+back)"
)
_FUTURE = (
    r"(?:will|won't|will\s+not|shall|is\s+going\s+to|are\s+going\s+to|is\s+set\s+to"
    r"|is\s+due\s+to|plans\s+to|intends\s+to|aims\s+to|(?P<would>would))"
)
# "would" tells an act only on a condition said with it: "Solenza would double Zaragoza's
# capacity if the regional government approves the permit", a conditional promise.
_CONDITION = re.compile(r"\b(?i:if|once|provided|providing|as\s+soon\s+as|subject\s+to)\b")
_ADVERB = r"(?:(?:also|then|now|finally|formally|officially|still|definitely|soon)\s+)?"
# A name as written ("Solenza", "Rose City Transit", "the Netherlands"), or a body by what it
# is ("the co-op", "the company").
_PROPER = r"(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+(?:of\s+)?[A-Z][\w&.'’-]*){0,3}"
_BODY = (
    r"(?i:the|our|my)\s+(?P<body>co-?op|cooperative|club|association|society|union|party|council"
    r"|board|committee|company|government|bank|firm|group|city|state|agency|ministry"
    r"|department|administration|authority|utility|region|district|county|institute"
    r"|university|hospital|trust|fund|lab|team)"
)
_ACT = re.compile(
    rf"(?:^|(?<=[\s:;,—–]))(?P<who>{_PROPER}|{_BODY})\s+{_FUTURE}\s+{_ADVERB}{_ACT_VERB}\b"
)
# A body the speaker belongs to by its very name: "the co-op", "the council".
_MEMBERS = frozenset(
    (
        *("co-op", "coop", "cooperative", "club", "association", "society", "union", "party"),
        *("council", "board", "committee"),
    )
)
# Who never acts for the speaker as a name: words that open a sentence, pronouns.
_NOT_ORGANISATION = frozenset(
    (
        *("i", "we", "you", "he", "she", "it", "they", "this", "that", "there", "then"),
        *("if", "when", "and", "but", "so", "the", "a", "an", "our", "my", "prices", "rates"),
        # Work opening a sentence is no doer: "Construction will begin in June 2026".
        *("construction", "work", "works", "building", "delivery", "production", "phase"),
        *("installation", "demolition", "refurbishment", "recruitment", "testing", "stage"),
    )
)
# The speaker's side's own project, scheduled: "Our Stockholm pilot starts in Q2 2027".
_OUR_PROJECT = re.compile(
    r"\b(?i:our)\s+(?:[\w-]+\s+){0,3}?(?:pilot|plant|factory|gigafactory|store|shop|site|line"
    r"|trial|programme|program|service|office|campus|facility|launch|rollout|roll-out|product"
    r"|app|model|fund|mine|project|station|depot|route|extension|clinic|branch|data\s+cent(?:er"
    r"|re))\s+(?:(?:now\s+|officially\s+|finally\s+)?(?:starts|opens|launches|begins|ships"
    r"|goes\s+live|comes\s+online|breaks\s+ground|is\s+due|will\s+(?:start|open|launch|begin"
    r"|ship|go\s+live|come\s+online)))\b"
)
# The speaker's role in an organisation named in the statement: "chief executive of Solenza
# Energía", "Solenza's chief executive", "Solenza CEO".
_ROLE = (
    r"(?:chief\s+executive|ceo|founder|co-founder|chair(?:man|woman|person)?|president"
    r"|managing\s+director|general\s+manager|director|head|boss|cfo|coo|spokes(?:person|man"
    r"|woman)|owner|partner)"
)
_ROLE_OF = re.compile(
    rf"\b(?i:{_ROLE})(?:\s+[\w-]+){{0,4}}?\s+(?:of|at)\s+(?P<org>{_PROPER})"
    rf"|(?P<owner>{_PROPER})['’]s\s+(?:[\w-]+\s+)?(?i:{_ROLE})\b"
    rf"|(?P<titled>{_PROPER})\s+(?i:ceo|chief\s+executive|founder|chair|boss)\b"
)
# An office that speaks for a government or a public body; a company confirming its plans.
_OFFICE = re.compile(
    r"\b(?i:minister|secretary|mayor|governor|premier|chancellor|commissioner|president"
    r"|chair|spokes(?:person|man|woman)|chief\s+executive|ceo|lead|manager|director|head"
    r"|confirm(?:s|ed)|announc(?:es|ed)|pledg(?:es|ed)|commit(?:s|ted))\b"
)
# Words an act's statement cannot be one without: a cheap look first.
_CUE_WORDS = (
    *(" will ", " won't ", " shall ", " going to ", " set to ", " due to ", " to ", " would "),
)


def _first_word(name: str) -> str:
    words = [w for w in name.lower().split() if w != "the"]
    return words[0] if words else ""


def organisation_act(text: str) -> tuple[str, str] | None:
    """``(who, how sure)`` of an organisation's deliberate act ``text`` tells (module
    docstring): ``who`` as written ("Solenza", "the co-op", "Our Stockholm pilot"), how sure
    the importer is that the speaker speaks for it: ``OWN``, ``ASKED`` or ``UNKNOWN``. None
    when ``text`` tells no such act (an outcome, "Tesla will miss its target"; the speaker's
    own "we will …", read by ``forecasts.COMMITMENT_PATTERNS``). An organisation the document
    being read names someone's role in (``organisations_of``) is ``ASKED``, not ``UNKNOWN``:
    its chief executive may be the one speaking."""
    return _organisation_act(text, _LED.get())


@lru_cache(maxsize=4096)
def _organisation_act(text: str, led: frozenset[str]) -> tuple[str, str] | None:
    if " our " in f" {text.lower()} " and (project := _OUR_PROJECT.search(text)):
        return project.group().split(" starts")[0], OWN
    found = _ACT.search(text) if any(word in text for word in _CUE_WORDS) else None
    if found is None or (not found["body"] and _first_word(found["who"]) in _NOT_ORGANISATION):
        return None  # "We will …", "It will …": no organisation named
    if found["would"] and not _CONDITION.search(text):
        return None  # "Solenza would double its capacity": a view, with no condition
    sure = _how_sure(text[: found.start()], found["who"], found["body"])
    if sure == UNKNOWN and _first_word(found["who"]) in led:
        sure = ASKED
    return found["who"], sure


def _how_sure(before: str, who: str, body: str | None) -> str:
    """How sure the words ``before`` an act of ``who`` (a ``body`` by what it is, or a name)
    make the importer that the speaker speaks for it."""
    body = (body or "").lower()
    if who.lower().startswith(("our ", "my ")) or (not body and _speaks_for(before, who)):
        return OWN
    if body in _MEMBERS or who.lower().endswith("staff") or _OFFICE.search(before):
        return ASKED
    return UNKNOWN


# The organisations the document being read names someone's role in (their first words,
# lower case): "Priyanka Raghunathan, chief executive, Kestrel Robotics" gives "kestrel".
_LED: contextvars.ContextVar[frozenset[str]] = contextvars.ContextVar("led", default=frozenset())
_LEAD_ROLE = re.compile(
    r"\b(?i:chief\s+executive|ceo|founder|co-founder|chair(?:man|woman|person)?|president"
    r"|managing\s+director|general\s+manager|head|boss|cfo|coo|spokes(?:person|man|woman)"
    r"|minister|director|coordinator|representative|ambassador|envoy|delegate)\b"
)
# A word every role above holds (``scanning.finditer_near``).
_LEAD_WORDS = (
    "chief", "ceo", "founder", "chair", "president", "director", "manager", "head", "boss",
    "cfo", "coo", "spokes", "minister", "coordinator", "representative", "ambassador",
    "envoy", "delegate",
)  # fmt: skip
# Whom a cue speaks for, in brackets after the name: "Mr. Dufresne (France) (spoke in
# French): …", "Sen. Okafor (Lagos Central): …" (a verbatim record's, a hearing's).
_CUE_SIDE = re.compile(
    r"(?m)^[^\S\n]*(?:Mr|Ms|Mrs|Dr|Sen|Senator|Rep|Minister|Ambassador|Dame|Sir)\.?\s+"
    r"[^():\n]{1,40}?\s*\((?P<org>[A-Z][\w .'’-]{1,40})\)[^:\n]{0,40}:"
)
_ORG_AFTER_ROLE = re.compile(
    r"(?:\s+(?i:of)\s+[a-z][a-z\s-]{0,40}?)?(?:\s+(?i:of|at)\s+|,\s+)(?:the\s+)?"
    rf"(?P<org>{_PROPER})"
)
_ORG_BEFORE_ROLE = re.compile(rf"(?P<org>{_PROPER})(?:['’]s)?\s+$")


@contextlib.contextmanager
def organisations_of(data: bytes) -> Iterator[frozenset[str]]:
    """While the document ``data`` is read, the organisations it names someone's role in
    ("…, chief executive, Kestrel Robotics", "Rose City Transit's spokesperson", "Solenza
    CEO …") make an act of theirs asked about rather than read as a forecast
    (``organisation_act``); yields their first words."""
    text = data.decode("utf-8", "replace")
    led = set()
    for role in finditer_near(_LEAD_ROLE, text, _LEAD_WORDS):
        after = _ORG_AFTER_ROLE.match(text, role.end())
        before = _ORG_BEFORE_ROLE.search(text, max(0, role.start() - 60), role.start())
        for found in (after, before):
            if found and (first := _first_word(found["org"])) not in _NOT_ORGANISATION:
                led.add(first)
                # "Director of the Climate Security Mechanism", then "The Mechanism will …"
                led.add(found["org"].splitlines()[0].split()[-1].lower())
    for side in _CUE_SIDE.finditer(text):  # "Mr. Dufresne (France): France will …"
        if (first := _first_word(side["org"])) not in _NOT_ORGANISATION:
            led.add(first)
    token = _LED.set(frozenset(led))
    try:
        yield _LED.get()
    finally:
        _LED.reset(token)


def led_organisations() -> frozenset[str]:
    """The first words (lower case) of the organisations the document being read names
    someone's role in (``organisations_of``)."""
    return _LED.get()


def _speaks_for(before: str, who: str) -> bool:
    """Whether the words before the act name the speaker's role in ``who`` ("chief executive
    of Solenza Energía" for "Solenza")."""
    first = _first_word(who)
    for role in _ROLE_OF.finditer(before):
        org = role["org"] or role["owner"] or role["titled"]
        if first and _first_word(org) == first:
            return True
    return False


def speakers_own_act(text: str, speaker: str) -> bool:
    """Whether ``text`` tells a deliberate act (``organisation_act``) of the speaker itself,
    named in the third person: "Northwind will recruit around 250 workers" in a release whose
    speaker is Northwind Grid Storage, "Solenza will publish its report in May" said by
    Solenza; the name as written opens the speaker's (case and a leading "the" aside)."""
    if not speaker:
        return False
    act = organisation_act(text)
    if act is None:
        return False
    who = act[0].lower().removeprefix("the ").split()
    name = speaker.lower().removeprefix("the ").split()
    return bool(who) and name[: len(who)] == who
