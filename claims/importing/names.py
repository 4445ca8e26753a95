"""People's names as documents write them: who a label names, and when two names are one person.

Pure functions, no database. ``person_key`` reduces a name to what identifies a
person ("DR. MAYA CHEN", "Maya  Chen" and "maya chén" are one key);
``reads_as_name`` tells "Maya Chen:" (a speaker cue) from "Big picture:" or
"Energy:" (labels); ``role_cue`` reads host cues such as "Interviewer (Maya
Chen)", "Maya Chen (host)" or "Moderator".
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from claims.importing.forecasters import firm_and_person

# The capital letters a name may open with, for a regular expression's character class:
# English's and those of Europe's Latin alphabets ("Étienne", "Łukasz", "Ørsted", "Şahin").
CAPITALS = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"

# Honorifics and titles that do not change who someone is.

TITLES = frozenset(
    [
        "dr",
        "doctor",
        "prof",
        "professor",
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "sir",
        "dame",
        "lord",
        "lady",
        "sen",
        "senator",
        "rep",
        "gov",
        "governor",
        "pres",
        "president",
        "rev",
        "judge",
        "justice",
        "gen",
        "general",
        "capt",
        "captain",
        # Offices and positions written before a surname ("Chairman Powell", "Fed Chair
        # Powell", "Prime Minister Sunak", "CEO Dimon").
        "chair",
        "chairman",
        "chairwoman",
        "chairperson",
        "fed",
        "vice",
        "vp",
        "ceo",
        "cfo",
        "cto",
        "coo",
        "founder",
        "cofounder",
        "minister",
        "prime",
        "pm",
        "secretary",
        "chancellor",
        "premier",
        "mayor",
        # Local councils' members: "Cllr Asha Mistry", "Councillor Mistry", "Alderman Ruiz".
        "cllr",
        "councillor",
        "councilor",
        "alderman",
        "alderwoman",
        # The US councils' "Councilmember Ruiz", "Councilwoman Ada Quist".
        "councilmember",
        "councilwoman",
        "councilman",
        "coach",
        # India's parliamentary honorifics: "SHRI RAJESH VERMA", "SHRIMATI MEENA IYER".
        "shri",
        "shrimati",
        "smt",
        "sushri",
        "kumari",
        # A member of Dáil Éireann, addressed and cued by the title ("Deputy Niamh Farrelly").
        "deputy",
        "ambassador",
        "commissioner",
        "representative",
        "congressman",
        "congresswoman",
        # A council's members in its minutes ("Cllr Keller", "Councillor Mirza").
        "cllr",
        "councillor",
        "councilor",
        "alderman",
        "hon",
        "honorable",
        "rt",
        "lt",
        "col",
        "colonel",
        "adm",
        "admiral",
        "sgt",
    ]
)
# Words that describe a role in a conversation, not a person.
HOST_ROLES = frozenset(
    [
        "host",
        "co-host",
        "cohost",
        "interviewer",
        "moderator",
        "presenter",
        "anchor",
        "chair",
        "q",
        "question",
        # Who asks from the floor or the line: an analyst on a call, a questioner at a talk.
        "analyst",
        "questioner",
    ]
)
GUEST_ROLES = frozenset(
    [
        *("guest", "interviewee", "panelist", "panellist", "a", "answer"),
        # A hearing's witness ("THE WITNESS:"): the one examined, the section's speaker.
        *("the witness", "witness", "the deponent", "deponent"),
    ]
)
# Roles that only ask: a line cued by one ("Q: I think rates are too high.") is the
# interviewer's lead-in to a question, not a claim the curator tracks.
ASKING_ROLES = frozenset(["q", "question", "analyst", "questioner"])


# The note-taker's own cue: "Me:", "Myself:", "Q (me):", "Me (interviewer):". Their lines
# are never a claim of the person they talk to.
_NOTE_TAKER = frozenset(
    (
        *("me", "myself", "i", "self", "note-taker", "notetaker", "note taker", "my q"),
        *("q me", "me q", "my question", "interviewer me", "me interviewer", "me host"),
        *("host me", "question me", "me question", "my note", "my notes", "my take"),
    )
)


def note_taker(label: str) -> bool:
    """Whether a cue is the note-taker's: "Me", "ME", "Myself", "Q (me)", "Me (Q)"."""
    return person_key(label.replace("-", " ").replace("(", " ")) in _NOTE_TAKER


def asks_only(label: str) -> bool:
    """ "Q", "Question", "Analyst": a cue naming the asking of a question (not "Interviewer"
    or "Host", whose own statements are theirs)."""
    return label.strip().rstrip(".:").lower() in ASKING_ROLES


_PARTICLES = frozenset(
    [
        "de",
        "da",
        "del",
        "della",
        "der",
        "van",
        "von",
        "den",
        "di",
        "du",
        "la",
        "le",
        "bin",
        "ibn",
        "al",
        "el",
        "st",
    ]
)
# Capitalised words that open labels and headings in notes ("Big Picture:",
# "Key Takeaway:", "Energy:"), never a part of a person's name.
LABEL_WORDS = frozenset(
    [
        # A newsletter's sections: "QUICK HITS", "MOST CLICKED LAST WEEK", "COMING UP".
        "quick",
        "hits",
        "clicked",
        "coming",
        "mailbag",
        "roundup",
        "headlines",
        "digest",
        "picks",
        "sponsored",
        "presented",
        "upcoming",
        "latest",
        "weekly",
        "numbers",
        "charts",
        "quotes",
        "elsewhere",
        "stories",
        "most",
        "popular",
        "trending",
        "tldr",
        "housekeeping",
        "announcements",
        "reminders",
        "updates",
        "news",
        "action",
        "agenda",
        "answer",
        "aside",
        "background",
        "big",
        "bonus",
        "bottom",
        "bull",
        "bear",
        "case",
        "caveat",
        "challenge",
        "claim",
        "climate",
        "comment",
        "conclusion",
        "context",
        "correction",
        "data",
        "deal",
        "debate",
        "demand",
        "detail",
        "economy",
        "edit",
        "energy",
        "example",
        "fact",
        "finance",
        "focus",
        "follow",
        "forecast",
        "future",
        "goal",
        "growth",
        "guess",
        "headline",
        "highlight",
        "history",
        "idea",
        "impact",
        "insight",
        "intro",
        "introduction",
        "issue",
        "key",
        "lesson",
        "line",
        "main",
        "market",
        "markets",
        "mission",
        "money",
        "more",
        "next",
        "note",
        "notes",
        "number",
        "opinion",
        "outlook",
        "overview",
        "picture",
        "plan",
        "point",
        "policy",
        "politics",
        "prediction",
        "prices",
        "question",
        "quote",
        "rates",
        "reason",
        "recap",
        "regulation",
        "risk",
        "risks",
        "science",
        "security",
        "side",
        "solar",
        "source",
        "strategy",
        "summary",
        "supply",
        "takeaway",
        "takeaways",
        "tech",
        "technology",
        "theme",
        "thesis",
        "thought",
        "thoughts",
        "timeline",
        "tip",
        "todo",
        "topic",
        "topics",
        "suggested",
        "related",
        "categories",
        "category",
        "keywords",
        "trend",
        "trends",
        "update",
        "verdict",
        "view",
        "warning",
        "why",
        "wind",
        "wildcard",
        "work",
        # A page's or an export's own parts: "Document Tags", "Non-Agenda Items", "After
        # Call", "Attachments", "Chapters".
        "attachments",
        "call",
        "captions",
        "chapters",
        "comments",
        "contents",
        "details",
        "document",
        "documents",
        "highlights",
        "index",
        "item",
        "items",
        # A record's front matter: "MEMBERS PRESENT:", "ALSO PRESENT:", "Absent:",
        # "APPEARANCES:", "ORAL ARGUMENT OF:", "REBUTTAL ARGUMENT OF:".
        "appearances",
        "argument",
        "rebuttal",
        "present",
        "absent",
        "apologies",
        "links",
        "metadata",
        "minutes",
        "tag",
        "tags",
        "transcript",
    ]
)
# Function words: "The Grid Report" or "Our Team" is no one's name.
_FUNCTION_WORDS = frozenset(
    (
        "the",
        "a",
        "an",
        "of",
        "and",
        "or",
        "for",
        "on",
        "in",
        "to",
        "with",
        "by",
        "at",
        "from",
        "our",
        "my",
        "your",
        "their",
        "his",
        "her",
        "its",
        "this",
        "that",
        "these",
        "those",
        "we",
        "you",
        "they",
        "it",
        "is",
        "are",
        "was",
        "be",
        "new",
        "show",
        "episode",
        "part",
        "chapter",
    )
)
_NAME_TOKEN = re.compile(rf"^(?:[{CAPITALS}][\w'’\-]*\.?|[{CAPITALS}]\.)$")
_SPACES = re.compile(r"\s+")
# A contraction or a possessive ends the word: "I'm", "I'd", "Don't", "Goldman's" are no
# part of a name, as "O'Brien" and "D'Angelo" are.
_CONTRACTION = re.compile(r"(?:['’](?:s|m|d|ll|re|ve|t)|n['’]t)$", re.IGNORECASE)
_NOT_KEY = re.compile(r"[^\w\s'-]")


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=4096)
def person_key(name: str) -> str:
    """What identifies a person in a name: no case, accents, titles or extra spaces.

    "DR. OKAFOR", "Dr Okafor" and "okafor" give "okafor"; "José  Núñez" gives
    "jose nunez".
    """
    plain = _strip_accents(name).casefold().replace("’", "'")
    words = _NOT_KEY.sub(" ", plain.replace(".", " ")).split()
    while len(words) > 1 and words[0] in TITLES:
        words = words[1:]
    return " ".join(words)


def untitled(name: str) -> str:
    """``name`` without the titles before it, as written: "CLLR MOFFAT" → "MOFFAT", "Fed
    Chair Powell" → "Powell"; a title alone stays ("Mayor")."""
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLES:
        words = words[1:]
    return " ".join(words)


def display_name(name: str) -> str:
    """A name as a speaker record shows it: "MAYA CHEN" → "Maya Chen", spaces tidied, titles
    dropped ("Sen. Warren" → "Warren", "Fed Chair Powell" → "Powell")."""
    name = untitled(_SPACES.sub(" ", name).strip(" *_"))
    if name.isupper():
        name = " ".join(w if len(w) <= 1 else w.capitalize() for w in name.split(" "))
        name = re.sub(r"\b(Mc|Mac|O')([a-z])", lambda m: m.group(1) + m.group(2).upper(), name)
    return name


def reads_as_name(label: str) -> bool:
    """Whether a label reads as a person's name: "Maya Chen", "Dr. Okafor", "MAYA CHEN".

    Two to four capitalised words (particles such as "van" or "de" allowed, and not
    counted: "Ana María de la Fuente"), or a title and a surname; never a label word
    ("Big Picture", "Bottom Line"). A single word alone ("Energy", "Sriram") cannot be told
    from a label.
    """
    words = _SPACES.sub(" ", label.strip()).split(" ")
    lowered = [w.lower().rstrip(".") for w in words]
    particles = sum(
        1 for w, low in zip(words, lowered, strict=True) if w.islower() and low in _PARTICLES
    )
    if not 1 <= len(words) - particles <= 4 or len(words) > 6:
        return False
    titled = lowered[0] in TITLES and len(words) >= 2
    if len(words) < 2 or any(w in LABEL_WORDS or w in _FUNCTION_WORDS for w in lowered):
        return False
    # A sentence ends inside: "Nina Alvarez. Published" (a title or an initial may end in ".").
    if any(
        w.endswith(".") and len(low) > 1 and low not in TITLES
        for w, low in zip(words[:-1], lowered[:-1], strict=True)
    ):
        return False
    for word, low in zip(words, lowered, strict=True):
        if low in _PARTICLES and word.islower():
            continue
        if not _NAME_TOKEN.match(word) or _CONTRACTION.search(word):
            return False
    return titled or sum(1 for w in lowered if w not in _PARTICLES) >= 2


def contraction(word: str) -> bool:
    """Whether a word is a contraction or a possessive, never a name on its own: "I'd",
    "Don't", "We'll", "Goldman's" (not "O'Brien", "D'Angelo")."""
    return _CONTRACTION.search(word.strip(".,;:")) is not None


# Words after an organisation's possessive that describe someone, never name them:
# "Maersk's CEO", "Goldman's chief economist", "Apple's boss".
_DESCRIPTION_WORDS = frozenset(
    (
        *("ceo", "cfo", "coo", "cto", "boss", "chief", "head", "founder", "chair", "chairman"),
        *("chairwoman", "president", "economist", "economists", "analyst", "analysts"),
        *("strategist", "strategists", "team", "management", "board", "spokesperson"),
        *("spokesman", "spokeswoman", "people", "leadership", "executives", "staff", "desk"),
        *("research", "researchers", "engineers", "lawyers", "director", "governor"),
    )
)


def possessed(name: str) -> tuple[str, str]:
    """A name written after an organisation's possessive: ("Hatzius", "") for "Goldman's
    Hatzius" (that person, asked about), ("", "Maersk's CEO") for a description, which names
    nobody; ("", "") when ``name`` holds no possessive."""
    words = name.split()
    at = next((i for i, w in enumerate(words[:-1]) if w.endswith(("'s", "’s"))), None)
    if at is None:
        return "", ""
    rest = words[at + 1 :]
    if any(w.lower().strip(".") in _DESCRIPTION_WORDS for w in rest):
        return "", name
    return " ".join(rest), ""


@dataclass(frozen=True)
class RoleCue:
    """A cue that names a role: who (when the cue names them) and whether a host."""

    name: str
    host: bool


_ROLE_THEN_NAME = re.compile(r"^(?P<role>[A-Za-z-]+)\s*\((?P<name>[^()]+)\)$")
_NAME_THEN_ROLE = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<role>[A-Za-z-]+)\)$")
# A host's role before their surname or name, as a broadcaster's transcript cues it:
# "MODERATOR OKAFOR", "Presenter Lindqvist", "HOST MAYA CHEN".
_ROLE_AND_NAME = re.compile(
    r"^(?P<role>(?i:host|co-host|cohost|moderator|presenter|anchor|interviewer))\s+"
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,2})$"
)


def role_cue(label: str) -> RoleCue | None:
    """ "Interviewer (Maya Chen)", "Maya Chen (host)", "MODERATOR OKAFOR", "Moderator", "Q":
    a role cue, or None."""
    label = label.strip()
    for pattern in (_ROLE_THEN_NAME, _NAME_THEN_ROLE, _ROLE_AND_NAME):
        match = pattern.match(label)
        if match:
            role = match.group("role").lower()
            if role in HOST_ROLES or role in GUEST_ROLES:
                return RoleCue(match.group("name").strip(), role in HOST_ROLES)
    lowered = label.lower()
    if lowered in HOST_ROLES or lowered in GUEST_ROLES:
        return RoleCue("", lowered in HOST_ROLES)
    return None


# Words that open a surname of several words: "de Vries", "van der Berg", "bin Salman".
SURNAME_PARTICLES = frozenset(
    [
        "van",
        "von",
        "de",
        "der",
        "den",
        "da",
        "di",
        "du",
        "del",
        "della",
        "le",
        "la",
        "bin",
        "ibn",
        "al",
        "el",
        "ten",
        "ter",
        "dos",
        "das",
    ]
)


def names_same_person(short: str, full: str) -> bool:
    """A first name, a surname or a titled surname naming a declared full name.

    "Sarah" or "Guo" or "Dr. Guo" name "Sarah Guo"; "Sara" does not. A surname of several
    words is the end of the full name: "de Vries" names "Pieter de Vries", "Van der Berg"
    "Anna van der Berg", "García Márquez" "Gabriel García Márquez"; several first names are
    its start ("Mary Ann" names "Mary Ann Evans"), never ending on a particle ("Anna van").
    A chat's display name of a first name and an initial ("Ben C") names the one full name
    it abbreviates ("Ben Castellano"), as an initial and a surname ("B. Castellano") does.
    Case, accents and titles do not count (``person_key``).
    """
    short_key, full_key = person_key(short), person_key(full)
    if not short_key or not full_key:
        return False
    if short_key == full_key:
        return True
    full_words = full_key.split()
    if len(full_words) < 2:
        return False
    short_words = short_key.split()
    if len(short_words) == 1:
        return short_key in (full_words[0], full_words[-1])
    if len(short_words) == 2 and len(full_words) == 2 and _initialled(short_words, full_words):
        return True  # "Ben C" (a chat's display name), "B. Castellano": "Ben Castellano"
    return len(short_words) < len(full_words) and (
        full_words[-len(short_words) :] == short_words
        or (
            full_words[: len(short_words)] == short_words
            and short_words[-1] not in SURNAME_PARTICLES
        )
    )


def _initialled(short: list[str], full: list[str]) -> bool:
    """A first name and a surname's initial, or a first name's initial and the surname, of
    a two-word name: ["ben", "c"] or ["b", "castellano"] of ["ben", "castellano"]."""
    first, last = short
    if len(last) == 1 and len(first) > 1:
        return first == full[0] and full[1].startswith(last)
    if len(first) == 1 and len(last) > 1:
        return last == full[1] and full[0].startswith(first)
    return False


# What transcription tools write for someone they cannot name: "Speaker 1", "SPEAKER_00",
# "Unknown Speaker", "Voice 3", "Participant 2", "Guest 1", "Speaker A".
_PLACEHOLDER = re.compile(
    r"^(?:(?:unknown|unidentified|unnamed)(?:[\s_-]+(?:speaker|voice|participant|person|shareholder|"
    r"man|woman|male|female|caller)(?:[\s_-]*\d{1,3})?)?"
    # A meeting tool's stand-in for a dialled-in or unsigned attendee: "Mobile User 3" (Teams),
    # "Call-in User_2" (Zoom), "Guest User", "Anonymous Attendee 4".
    r"|(?:mobile|phone|call-in|dial-in|guest|external|anonymous|unknown)[\s_-]+"
    r"(?:user|caller|participant|attendee)(?:[\s_-]*\d{1,3})?"
    # Alone, only words no topic is named by ("Voice:" or "Person:" may be a topic). "Them" is
    # a meeting notes app's label (Granola) for everyone but the note-taker ("Me").
    r"|speaker|guest|caller|audience(?:\s+member)?|them"
    # A hearing's officers, named by their role: the judge ("THE COURT"), the clerk.
    r"|the\s+(?:court|judge|clerk|deputy clerk|bailiff|marshal|court officer|interpreter|"
    r"reporter|court reporter|chair|chairman|chairwoman|presiding judge|presiding officer|"
    r"hearing officer|arbitrator|magistrate|magistrate judge|special master|coroner)"
    r"|(?:speaker|voice|participant|person|guest|caller|spk|audience(?:\s+member)?)"
    # "Speaker A", "SPEAKER_00", "Voice3"; never a plural ("Speakers:", "Participants:").
    r"(?:[\s_-]*\d{1,3}|[\s_-]+[a-z]))$",
    re.IGNORECASE,
)


# The cue a reader writes for words whose sayer the document does not name (a placeholder).
UNKNOWN_SPEAKER = "Unknown speaker"


def is_placeholder(name: str) -> bool:
    """Whether a cue names nobody in particular: "Speaker 1", "SPEAKER_00", "Unknown",
    "Unknown Speaker", "Voice 3", "Participant 2", "Guest 1", "Guest", "Mobile User 3". Such
    a cue is a participant the file does not name, never a speaker's name."""
    return _PLACEHOLDER.match(_SPACES.sub(" ", name.strip(" *_[]"))) is not None


_AFFILIATION_IN_BRACKETS = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<affiliation>[^()]+)\)$")


# A social handle, alone in brackets after a name: "@devprice", "@devprice on X",
# "@dev.price.bsky.social", "@devprice@mastodon.social", "u/devprice", "/u/devprice".
HANDLE = (
    r"(?:@[A-Za-z0-9_][\w.-]{1,60}(?:@[\w.-]{2,60})?|/?u/[\w-]{2,30})"
    r"(?:\s+(?:on|via|at)\s+[\w. ]{1,25}|\s*[,;]\s*(?:on\s+)?(?:x|twitter|bluesky|threads|"
    r"mastodon|reddit|linkedin|instagram|tiktok|youtube|substack)(?:\.com)?)?"
)
_HANDLE_ONLY = re.compile(rf"^\s*{HANDLE}\s*$", re.IGNORECASE)


def social_handle(text: str) -> bool:
    """Whether ``text`` (what brackets after a name hold) is only a social handle:
    "@devprice", "@devprice on X", "@dev.price.bsky.social", "u/devprice". A handle names
    the account, not an employer or a role."""
    cheap = "@" in text or "u/" in text.lower()
    return cheap and _HANDLE_ONLY.match(text) is not None


def affiliation_remark(name: str, affiliation: str) -> str:
    """What the curator is told of an affiliation a cue gave with the name: kept, as it may
    tell two people of one name apart, or be the speaker's at the time only. Nothing for a
    social handle ("Devon Price (@devprice)"): the handle is the account, no affiliation."""
    if social_handle(affiliation):
        return ""
    return f"the cue gives “{name}” as of “{affiliation}”: check the speaker"


def without_affiliation(label: str, *, one_word: bool = False) -> tuple[str, str]:
    """A cue's name and the affiliation written with it: "Christine Lagarde (ECB)" and
    "Jamie Dimon, JPMorgan" give the name and "ECB" or "JPMorgan"; a role in brackets
    ("Maya Chen (host)") is not an affiliation (``role_cue`` reads it). ``(label, "")`` when
    the label has none or its name part is no person's name; "Hiroshi Tanabe - CEO" (a call
    transcript's title after a dash) gives "CEO". With ``one_word``, one
    capitalised word before brackets ("Lagarde (ECB)", but "Update (March)" too) is taken
    as a name: the caller checks it names a participant."""
    label = label.strip()
    person, firm = firm_and_person(label)
    # "Morgan Stanley (Lisa Shalett)": hers, as of the firm; not "SHRIMATI MEENA IYER
    # (CHENNAI SOUTH)", a titled person with her seat.
    titled = firm.split()[0].lower().rstrip(".") in TITLES if firm else False
    if person and reads_as_name(person) and not titled:
        return person, firm
    handled = _HANDLE_THEN_AFFILIATION.match(label)
    if (
        handled
        and reads_as_name(handled.group("name"))
        and handled.group("affiliation")[:1].isupper()
    ):
        # "Sanjay Rao (@sanjayrao), Salesforce": the handle is the person's, the rest theirs.
        return handled.group("name").strip(), handled.group("affiliation").strip()
    bracketed = _AFFILIATION_IN_BRACKETS.match(label)
    if bracketed and role_cue(label) is None:
        name = bracketed.group("name").strip()
        one = one_word and " " not in name and _NAME_TOKEN.match(name) is not None
        if one or reads_as_name(name):
            return name, bracketed.group("affiliation").strip()
    if "," in label:
        name, affiliation = (part.strip() for part in label.split(",", 1))
        if reads_as_name(name) and affiliation and affiliation[:1].isupper():
            return name, affiliation
    if " - " in label or " – " in label or " — " in label:
        # "Hiroshi Tanabe - CEO", "Priya Raman – Jefferies": a call transcript's cue.
        name, affiliation = (part.strip() for part in _TITLE_DASH.split(label, maxsplit=1))
        if reads_as_name(name) and affiliation[:1].isupper() and len(affiliation.split()) <= 6:
            return name, affiliation
    return label, ""


_TITLE_DASH = re.compile(r"\s+[-–—]\s+")


# A name, its @handle in brackets, then a comma and an affiliation.
_HANDLE_THEN_AFFILIATION = re.compile(
    rf"^(?P<name>[^(),@]{{2,50}}?)\s*\(\s*{HANDLE}\s*\)\s*,\s*(?P<affiliation>[^,()]{{2,60}})$",
    re.IGNORECASE,
)
_INITIALS = re.compile(r"^(?:[A-Z]\.?\s?){2,3}$")


def initials_like(label: str) -> bool:
    """Whether ``label`` is written as initials ("JA", "J.A.", "G. H."): what
    ``initials_of`` asks first, to ask it of nobody's name otherwise."""
    return _INITIALS.match(label.strip()) is not None


def initials_of(label: str, name: str, *, abbreviations: bool = False) -> bool:
    """Whether a cue of initials ("JA", "J.A.", "GH") is a person's: the first letters of
    their name's words ("Jonas Akerlund", "Ana de la Ruiz" → "AR" or "ADLR"), of their
    first name and surname only, or of all three of three words. Titles and particles
    count for nothing; a name of one word has no initials. Capitals that are mostly an
    abbreviation ("AI", "EU", "AR") are initials only with ``abbreviations``."""
    if not initials_like(label):
        return False
    if person_key(label) in _NOT_INITIALS and not abbreviations:
        return False
    letters = label.replace(".", "").replace(" ", "").lower()
    words = [w for w in person_key(name).replace("-", " ").split() if w not in _PARTICLES]
    if len(words) < 2:
        return False
    every = "".join(w[0] for w in words)
    return letters in (every, words[0][0] + words[-1][0])


# Capitals that are abbreviations, never someone's initials ("AI:", "EU:", "US:").
_NOT_INITIALS = frozenset(
    (
        *("ai", "agi", "ml", "ev", "evs", "us", "uk", "eu", "un", "gdp", "cpi", "ecb", "boe"),
        *("boj", "imf", "ipo", "ceo", "cfo", "cto", "vc", "pe", "esg", "etf", "ar", "vr", "tv"),
        *("it", "hr", "pr", "faq", "fyi", "imo", "eta", "kpi", "roi", "qa", "ama", "tbd", "nb"),
        *("ps", "re", "sec", "ftc", "doj", "fda", "gpu", "cpu", "q", "a", "fed", "usa", "opec"),
    )
)
