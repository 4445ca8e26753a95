"""Offices a cue may name instead of a person: "CEO:", "Chief Executive:", "The Chair:",
"Finance Director:".

A company's meeting record, an earnings call or a committee's transcript lists who is
there with their office ("Board members present: Helena Stroud (Chair), Alasdair
Penhaligon (Chief Executive Officer), Ruth Achterberg (Chief Financial Officer)") and then
cues the answers by office alone ("CFO: We expect leverage …"). ``office_key`` gives both
spellings one key, so that the notes reader can give the cue to the one person listed with
that office (``notes_sections.SectionHeadings._listed_offices``).

Source of the spellings: the officer titles of UK Companies House filings and US SEC
filings (Item 5.02 of Form 8-K), and the roles of local-government committees.
"""

import re

from claims.importing.names import TITLES, reads_as_name

# Each office's spellings, the abbreviation first: what a cue or a bracket may say.
_OFFICES = {
    "ceo": ("ceo", "chief executive officer", "chief executive", "group chief executive"),
    "cfo": ("cfo", "chief financial officer", "finance director", "group finance director"),
    "coo": ("coo", "chief operating officer", "operations director"),
    "cto": ("cto", "chief technology officer", "chief technical officer"),
    "chair": (
        *("chair", "chairman", "chairwoman", "chairperson", "chair of the board"),
        *("board chair", "non-executive chair", "non-executive chairman"),
    ),
    "president": ("president",),
    "treasurer": ("treasurer",),
    "secretary": ("secretary", "company secretary", "clerk"),
    "general counsel": ("general counsel", "chief legal officer", "clo"),
}
# An office a record names its holder by: a minister's, a head of government's.
_HOLDER = (
    r"(?:the\s+)?(?:tánaiste|taoiseach|an\s+taoiseach|(?:deputy\s+|first\s+)?prime\s+minister"
    r"|(?:deputy\s+)?first\s+minister|(?:parliamentary\s+)?(?:under-?\s*)?secretary\s+of\s+state"
    r"|cabinet\s+secretary|minister"
    r"|chancellor\s+of\s+the\s+exchequer|attorney[\s-]general|leader\s+of\s+the\s+house"
    r"|solicitor[\s-]general)\b[^():]{0,140}?"
)
_KEYS = {spelling: office for office, spellings in _OFFICES.items() for spelling in spellings}
_BRACKETED = re.compile(r"\(([^()]*)\)")


def office_key(label: str) -> str:
    """The office a cue or a participant's bracket names, as one key: "CEO", "Chief
    Executive Officer", "the Chief Executive" → "ceo"; "Chair", "The Chairman" → "chair";
    "" when the label names no office this module knows ("Maya Chen", "Analyst")."""
    words = " ".join(label.lower().replace(".", "").strip(" :*_").split())
    if words.startswith("the "):
        words = words[4:]
    return _KEYS.get(words, "")


def bracketed(part: str) -> str:
    """The words in a participant's last brackets, before any comma: "Ruth Achterberg
    (Chief Financial Officer)" → "Chief Financial Officer"; "Joanna Brandt (JB, chair)" →
    "JB" is initials, so the last item, "chair"; "" without brackets."""
    found = _BRACKETED.findall(part)
    if not found:
        return ""
    items = [item.strip() for item in found[-1].split(",") if item.strip()]
    for item in reversed(items):
        if office_key(item):
            return item
    return items[0] if items else ""


# Who asks at a public meeting, named in brackets after their part: "Shareholder (Mr
# Whelan)", "Resident (Ana Ruiz, Elm Street)", "Audience member (Tom Reyes)".
_QUESTIONER = re.compile(
    r"^(?P<part>(?:private\s+|institutional\s+)?shareholder|investor|resident|member of the "
    r"public|audience member|questioner|caller|analyst|reporter|journalist|tenant|member|"
    r"councillor|cllr|" + _HOLDER + r")\s*\((?P<who>[^()]+)\)$",
    re.IGNORECASE,
)
# A parliament's record cues a minister by the office, the holder's name in brackets:
# "Minister for Housing, Local Government and Heritage (Deputy Conal Brady):", "Tánaiste and
# Minister for Enterprise (Deputy Fionnuala Harte):", "The Secretary of State for Energy
# Security and Net Zero (Ed Miliband):". Source: the Houses of the Oireachtas' debates and
# the UK Parliament's Hansard.
OFFICE_HOLDER_CUE = re.compile(
    r"^(?P<name>(?:" + _HOLDER + r")\s*\([^():]{2,60}\))\s*:\s*(?P<rest>.*)$", re.IGNORECASE
)


_HOLDER_PART = re.compile(r"^" + _HOLDER + r"$", re.IGNORECASE)


def office_words(label: str) -> str:
    """An office as a cue names it, lower case, without "the", its spaces single: "The
    First Minister" → "first minister"; "" for a label with brackets or none."""
    words = " ".join(label.lower().replace("’", "'").strip(" :*_").split())
    words = words.removeprefix("the ")
    return "" if "(" in words else words


def held_office(label: str) -> tuple[str, str] | None:
    """(the office's ``office_words``, its holder) of a cue naming an office and its holder
    in brackets: "The First Minister (Morag Kincaid)" → ("first minister", "Morag Kincaid"),
    so that a later "The First Minister:" is hers (a record cues the holder in full once per
    sitting, as the Scottish Parliament's Official Report does). None for any other label."""
    found = questioner(label)
    if found is None:
        return None
    part = label.split("(", 1)[0].strip()
    if not _HOLDER_PART.match(part):
        return None
    return office_words(part), found[0]


def questioner(label: str) -> tuple[str, str] | None:
    """A cue naming who asks by their part and, in brackets, their name: "Shareholder (Mr
    Whelan)" → ("Mr Whelan", ""); "Shareholder (Ms Anjali Rao, Brennock Employee
    Shareholders' Association)" → ("Ms Anjali Rao", "Brennock Employee Shareholders'
    Association"); None for any other label, or when the bracket holds no name ("Resident
    (Elm Street)")."""
    if "(" not in label:
        return None
    match = _QUESTIONER.match(label.strip())
    if match is None:
        return None
    who, _, affiliation = match.group("who").partition(",")
    who = who.strip()
    if not who or not who[:1].isupper() or len(who.split()) > 5 or any(c.isdigit() for c in who):
        return None
    if not reads_as_name(who) and who.split()[0].lower().rstrip(".") not in TITLES:
        return None
    if who.split()[-1].lower().rstrip(".") in _PLACES:
        return None  # "Resident (Elm Street)": where they live, not who they are
    return who, affiliation.strip()


# The last words of a street's or a ward's name.
_PLACES = frozenset(
    (
        *("street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "ward", "estate"),
        *("drive", "terrace", "crescent", "gardens", "boulevard", "blvd", "heights"),
    )
)
