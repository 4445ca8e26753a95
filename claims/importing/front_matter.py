"""The front matter of a transcript: the lines above its first speaker's cue that say what
the document is, never anybody's claim.

A court reporter's transcript opens with its caption: the court ("UNITED STATES DISTRICT
COURT", "FOR THE DISTRICT OF OREGON", "SUPERIOR COURT OF THE STATE OF CALIFORNIA"), the case
("CASCADE WATER ALLIANCE v. NORTHLINE POWER CO., Case No. 3:26-cv-01184-SI", "Plaintiffs,",
"Defendant."), what the transcript is and when ("TRANSCRIPT OF BENCH TRIAL, DAY 3 — Thursday,
November 12, 2026", "VIDEOTAPED DEPOSITION OF MARK TRAN", "BEFORE THE HONORABLE ANA RUIZ,
UNITED STATES DISTRICT JUDGE", "APPEARANCES:"). A congressional hearing's printed transcript
opens with the committee's ("HEARING BEFORE THE SUBCOMMITTEE ON ENERGY", "ONE HUNDRED
NINETEENTH CONGRESS", "FIRST SESSION", "Serial No. 119-42"). A broadcaster's transcript
opens with the station, the show and the air date ("KXRC 90.7 FM — "City Desk Call-In" —
Thursday, November 5, 2026, 9:00 a.m. hour") and a note on how it was made ("Transcript
prepared by station staff; lightly edited for clarity.").

Such a line is the document's own; a date in it dates the document (``front_date``). A
transcript's note on its making is the document's own wherever it stands.

Sources of the shapes: United States federal and state court reporters' transcripts and
deposition transcripts (caption, appearances, examination headings); the Government
Publishing Office's printed congressional hearings; public radio and television stations'
published transcripts; reporters' interview notes as typed on a laptop or a phone.

A Markdown file kept in a repository or a static site opens with YAML front matter ("---",
"title: …", "date: 2026-05-07", "tags: [meeting-notes]", "---"): the file's own fields
(``yaml_front_matter``), never anybody's words.

A reporter's notes file opens with its own header, and it is a note on the notes
(``notes_header``): who was interviewed, for what, by whom ("HALLORAN intv — Ashby Valley
Water Trust — notes: Nadia Kerrigan"), when and how ("Thu 2 Jul 2026, phone, ~40 min.
recorded w/ consent (file AVWT_0702.m4a)", "call w/ J. Okafor, 14:10–14:45, zoom"), on what
terms ("background / on record unless marked", "ON BACKGROUND") and from what ("sources:
county filings").
"""

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import islice

from claims.importing.headings import date_line, meeting_people, trailing_date
from claims.importing.names import reads_as_name

# Kinds of front-matter line: a court's or a deposition's, a legislature's hearing's, a
# broadcaster's, a transcript's note.
COURT = "court"
HEARING = "hearing"
BROADCAST = "broadcast"
NOTE = "note"
NOTES = "notes"  # a reporter's notes header: its date is the interview's, not the source's

_MAX_WORDS = 24
_NOT_A_CLAUSE = re.compile(
    r"\b(?:will|would|won't|should|could|expects?|predicts?|thinks?|believes?|I|we)\b",
    re.IGNORECASE,
)
# The court: "UNITED STATES DISTRICT COURT", "IN THE CIRCUIT COURT OF COOK COUNTY",
# "SUPERIOR COURT OF THE STATE OF CALIFORNIA", "COURT OF APPEALS FOR THE NINTH CIRCUIT".
_COURT_NAME = re.compile(
    r"^(?:in\s+the\s+)?(?:[\w.'’&-]+\s+){0,6}(?:court|tribunal)(?:\s+(?:of|for|in)\s+[^:;!?]+)?$"
    r"|^(?:in\s+the\s+)?court\s+of\s+[^:;!?]+$",
    re.IGNORECASE,
)
# Where: "FOR THE DISTRICT OF OREGON", "NORTHERN DISTRICT OF CALIFORNIA", "PORTLAND
# DIVISION", "IN AND FOR THE COUNTY OF KING", "STATE OF NEW YORK", "COUNTY OF COOK".
_COURT_PLACE = re.compile(
    r"^(?:(?:in\s+and\s+)?for\s+the\s+|in\s+the\s+)?(?:[\w.'’-]+\s+){0,3}"
    r"(?:district|division|circuit|county|state|commonwealth|parish|borough)"
    r"(?:\s+(?:of|for)\s+[\w.'’ -]+)?$",
    re.IGNORECASE,
)
# The case: "CASCADE WATER ALLIANCE v. NORTHLINE POWER CO., Case No. 3:26-cv-01184-SI",
# "United States v. Nimbus Search LLC", "In re Northline Power Co.", "Case No. 3:26-cv-01184".
_CASE_STYLE = re.compile(r"\s(?:v|vs)\.?\s+[A-Z0-9“\"]|^in\s+re:?\s+[A-Z]", re.IGNORECASE)
_CASE_NUMBER = re.compile(
    r"\b(?:case|civil action|civil|criminal|docket|index|cause|matter|file|claim)\s+"
    r"(?:no|number|nos)\.?\s*[:#]?\s*\S*\d",
    re.IGNORECASE,
)
_PARTY = re.compile(
    r"^(?:(?:plaintiffs?|defendants?|petitioners?|respondents?|appellants?|appellees?|"
    r"debtors?|claimants?|counter-?defendants?|intervenors?)(?:\s+and\s+\w+)?[.,;]?|v\.?|vs\.?"
    r"|\)|x)$"
    # A party and its part: "RIVERBEND HOMEOWNERS ASSOCIATION, Plaintiff,".
    r"|^(?-i:[A-Z0-9][\w.,'’&-]*(?:\s+[\w.,'’&-]+){0,10}),\s*(?:plaintiffs?|defendants?|"
    r"petitioners?|respondents?|appellants?|appellees?|debtors?)(?:\s+and\s+\w+)?[.,;]?$",
    re.IGNORECASE,
)
# What the transcript is: "TRANSCRIPT OF BENCH TRIAL, DAY 3 — …", "REPORTER'S TRANSCRIPT OF
# PROCEEDINGS", "VIDEOTAPED DEPOSITION OF MARK TRAN", "BEFORE THE HONORABLE ANA RUIZ", "JURY
# TRIAL — DAY 2", "APPEARANCES:", "Court Reporter: Dana Mills, RMR", "Taken on …".
_COURT_TITLE = re.compile(
    r"^(?:(?:official|reporter'?s|reporter’s|certified|partial|excerpted|rough|draft|"
    r"unofficial|daily|verbatim)\s+)*(?:transcript|record)\s+of\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,4}?(?:proceedings|trial|hearing|deposition|sentencing|arraignment|"
    r"conference|argument|arguments|motions?|plea|examination|testimony|session)\b"
    r"|^(?:(?:videotaped|video|videoconference|remote|oral|continued|30\s*\(b\)\s*\(6\))\s+)*"
    r"deposition\s+of\s+"
    r"|^before\s+the\s+honou?rable\b"
    r"|^(?:(?:jury|bench|court)\s+trial|(?:motion|evidentiary|status|sentencing|remedies)"
    r"\s+hearing)\b"
    r"|^(?:appearances|appearing|present|also present|index|exhibits|witnesses)\s*:?\s*$"
    r"|^(?:court\s+reporter|reported\s+by|official\s+court\s+reporter|transcribed\s+by|"
    r"taken\s+(?:on|at|before)|proceedings\s+recorded\s+by)\b",
    re.IGNORECASE,
)
# The witness a deposition's title names: "VIDEOTAPED DEPOSITION OF MARK TRAN, taken on …".
_DEPONENT = re.compile(
    r"\bdeposition\s+of\s+(?P<name>(?:(?:dr|mr|ms|mrs)\.?\s+)?[A-Za-z][\w'’.-]*"
    r"(?:\s+[A-Za-z][\w'’.-]*){1,3}?)\s*(?:,|$|\s+(?:taken|held|on|volume|vol\.|day)\b)",
    re.IGNORECASE,
)
# A legislature's hearing: "HEARING BEFORE THE SUBCOMMITTEE ON ENERGY", "COMMITTEE ON
# ENERGY AND COMMERCE", "HOUSE OF REPRESENTATIVES", "ONE HUNDRED NINETEENTH CONGRESS", "FIRST
# SESSION", "Serial No. 119-42", "Printed for the use of the Committee on …".
_HEARING_TITLE = re.compile(
    r"^(?:(?:joint|field|oversight|legislative|confirmation|public)\s+)?hearings?\s+before\s+"
    r"|^(?:the\s+)?(?:select\s+|special\s+|joint\s+|standing\s+)?(?:sub)?committee\s+on\s+"
    r"|^serial\s+no\.?\s+[\w-]+$"
    r"|^printed\s+for\s+the\s+use\s+of\b"
    r"|^ordered\s+by\s+the\s+house\s+of\s+(?:commons|lords|representatives)\b"
    # A council's or a board's sitting: "CITY OF RIVERTON — CITY COUNCIL REGULAR MEETING".
    r"|^(?:(?:city|town|county|village|borough)\s+of\s+[\w .'’-]{2,40}?\s*[—–|,-]\s*)?"
    r"(?:(?:city|town|county|village|borough|district)\s+)?(?:council|commission|board(?:\s+of"
    r"\s+\w+)?|assembly)\s+(?:(?:regular|special|public|joint|budget|adjourned)\s+)*"
    r"(?:meeting|session|hearing|sitting)$",
    re.IGNORECASE,
)
# A title page's lines in capitals: "HOUSE OF REPRESENTATIVES", "ONE HUNDRED NINETEENTH
# CONGRESS", "FIRST SESSION" (in any other case, a title such as "Mobile World Congress").
_HEARING_CAPS = re.compile(
    r"^(?:U\.\s?S\.\s+|UNITED\s+STATES\s+)?(?:HOUSE\s+OF\s+(?:REPRESENTATIVES|COMMONS|LORDS)"
    r"|SENATE)$|^(?:[A-Z-]+\s+){1,3}CONGRESS$|^(?:FIRST|SECOND|THIRD)\s+SESSION$"
    # The words that join a title page's lines: "OF THE", "BEFORE THE", "AND".
    r"|^(?:OF|OF THE|BEFORE|BEFORE THE|AND|TO|FOR|FOR THE|ON)$"
)
# A court's name in any case: "United States District Court for the District of Oregon";
# other court names only in a caption's capitals ("SUPERIOR COURT OF …", not "Notes from the
# Supreme Court").
_COURT_IN_ANY_CASE = re.compile(
    r"^(?:in\s+the\s+)?(?:united\s+states|u\.\s?s\.)\s+(?:district|bankruptcy|circuit)\b",
    re.IGNORECASE,
)
# A broadcaster: a frequency ("90.7 FM") or a call sign with its band ("WNYC-FM").
_BROADCASTER = re.compile(
    r"(?<![\w-])(?:[KW][A-Z]{2,3}-(?:FM|AM|TV|DT)|\d{2,4}(?:\.\d)?\s?(?:FM|AM))(?![\w-])"
)
# A transcript's note on its making: "Transcript prepared by station staff; lightly edited
# for clarity.", "This transcript has been edited for length and clarity.", "This is a rush
# transcript. Copy may not be in its final form.", "Transcript by Rev.com".
_TRANSCRIPT_NOTE = re.compile(
    r"^[\[(]?(?:this\s+(?:is\s+an?\s+)?|the\s+following\s+(?:is\s+an?\s+)?)?"
    r"(?:(?:rush|unofficial|automated|machine-generated|computer-generated|uncorrected|"
    r"partial|full|edited|official)\s+)*"
    r"transcript(?:ion)?\s*(?:has\s+been\s+|was\s+|is\s+|,\s*)?"
    r"(?:prepared|produced|provided|edited|lightly\s+edited|condensed|abridged|generated|"
    r"transcribed|created|by\b|may\s+contain|not\s+(?:final|verified)|subject\s+to)"
    r"|^[\[(]?(?:lightly\s+)?(?:edited|condensed)\s+for\s+(?:length|clarity|brevity)"
    # "Transcript of public comment, edited for clarity."
    r"|^(?:(?:verbatim|full|partial|edited)\s+)?transcript\s+of\s+[^.;!?]{1,60}[,;]\s*"
    r"(?:lightly\s+)?(?:edited|condensed|abridged)\b"
    r"|^[\[(]?copy\s+may\s+not\s+be\s+in\s+its\s+final\s+form"
    r"|^[\[(]?this\s+is\s+an?\s+(?:rush|unofficial|uncorrected|automated|machine-generated|"
    r"computer-generated|edited|partial)\s+transcript\b",
    re.IGNORECASE,
)
_NOTE_WORDS = ("transcript", "edited", "condensed", "copy may")


def transcript_note(text: str) -> bool:
    """Whether a line is a transcript's note on its making ("Transcript prepared by station
    staff; lightly edited for clarity.", "This is a rush transcript.", "Edited for length
    and clarity."): short, and about the transcript, never a claim."""
    lowered = text.lower()
    if not any(word in lowered for word in _NOTE_WORDS) or len(text.split()) > _MAX_WORDS:
        return False
    return _TRANSCRIPT_NOTE.match(text.strip(" *_")) is not None


# A notes header's parts: "HALLORAN intv — Ashby Valley Water Trust — notes: Nadia Kerrigan".
_HEADER_PARTS = re.compile(r"\s[—–|·-]\s|,\s|;\s|\.\s|\s/\s|\s\(|\)")
_HEADER_PART_WORDS = 6
# What makes a notes header of a line: how the talk went (a phone, a video call, how long,
# when), its recording, who took the notes. An interview's word alone makes none: "Interview
# — Hanne Vik, CEO Nordlys Batteries" is a heading, and may name the section's speaker.
_SESSION = re.compile(
    r"\b(?:phone|phoner|tel|zoom|teams|skype|signal|whatsapp|facetime|video ?call|in[ -]person"
    r"|f2f|voice ?note|recorded|rec'?d|taped|recording|unrecorded|consent|transcribed)\b"
    r"|\bnotes\s*:|\bnotes?\s+by\s|\bw/|~\s?\d|\b\d+\s?(?:min|mins|minutes|hrs?|hours?)\b"
    r"|\b\d{1,2}[:.]\d\d\s?[–-]\s?\d{1,2}[:.]\d\d\b",
    re.IGNORECASE,
)
# The terms the notes were taken on: "ON BACKGROUND", "background / on record unless marked".
_GROUND_RULES = re.compile(
    r"^(?:(?:all|everything|interview|call|this|this is|mostly|strictly)\s+)?(?:on\s+(?:the\s+)?"
    r"record|off\s+(?:the\s+)?record|(?:on\s+|deep\s+)?background|not\s+for\s+attribution"
    r"|embargoed?)(?:\s*(?:/|,|;|unless|except|until|but|—|–|-|\()\s*[^:]*)?$",
    re.IGNORECASE,
)
# A notes header's label: "sources: county filings", "notes: Nadia Kerrigan".
_HEADER_LABEL = re.compile(
    r"^(?:sources?|notes|reporter|interviewer|interviewee|re|topic|file|audio"
    r"|recording|contact|tags|slug|desk|story|assignment)\s*:\s*\S"
    r"|^notes?\s+(?:taken\s+)?by\s+\S",
    re.IGNORECASE,
)
_HEADER_CLAUSE = re.compile(
    r"\b(?:will|would|won't|shall|should|could|can|expects?|predicts?|thinks?|believes?"
    r"|says|said|told|plans?|is|are|was|were|has|have|had)\b|'ll\b",
    re.IGNORECASE,
)
_MAX_HEADER_WORDS = 20
# How long a talk took: "~40 min", "14:10–14:45". A meeting's heading gives no such thing.
_TIMED = re.compile(
    r"~\s?\d|\b\d+\s?(?:min|mins|minutes|hrs?|hours?)\b|\b\d{1,2}[:.]\d\d\s?[–-]\s?\d{1,2}[:.]\d\d\b",
    re.IGNORECASE,
)


def notes_header(text: str) -> bool:
    """Whether ``text`` is a line of a reporter's notes header (see the module's docstring):
    whom, when, how and on what terms, in short parts with no clause ("call w/ J. Okafor,
    14:10–14:45, zoom", "ON BACKGROUND", "sources: county filings"). "Phone call: rates
    will rise 4% next year." and "Background: the trust has lost money three years running"
    are notes, not their header. Only above the first note is a line read so
    (``front_line``'s callers)."""
    # A Markdown heading is a section of the notes, perhaps dated; "DH = Deirdre Halloran,
    # chief exec. …" the notes' key to initials; "Published November 9, 2026 · 58 min" a date
    # line, which dates its section.
    if text.lstrip().startswith("#") or " = " in text or date_line(text, bare=True):
        return False
    text = text.strip(" *_>")
    words = text.split()
    if not words or len(words) > _MAX_HEADER_WORDS or text.endswith(("?", "!")):
        return False
    # "Lunch w/ Greta Holm, 3 Feb 2026" is a heading naming the speaker.
    if _HEADER_CLAUSE.search(text) or (meeting_people(text) and not _TIMED.search(text)):
        return False
    if _GROUND_RULES.match(text) or _HEADER_LABEL.match(text):
        return True
    parts = [p for p in _HEADER_PARTS.split(text.rstrip(".")) if p.strip()]
    if len(parts) < 2 or any(len(p.split()) > _HEADER_PART_WORDS for p in parts):
        return False
    return _SESSION.search(text) is not None


def front_line(text: str) -> str:
    """The kind of front-matter line ``text`` is (``COURT``, ``HEARING``, ``BROADCAST``,
    ``NOTE`` or ``NOTES``), or "" when it is none: a line of a court's caption, of a legislature's
    hearing's title page, a broadcaster's station, show and date, or a transcript's note.
    Only above a transcript's first cue is a line read so (the notes reader's rule): a
    sentence with a forecast's or a speaker's words ("Cascade v. Northline will settle by
    2027.") is never one. Source of the shapes: see the module's docstring."""
    text = text.strip(" *_#")
    words = text.split()
    if not words or len(words) > _MAX_WORDS:
        return ""
    if transcript_note(text):
        return NOTE
    if notes_header(text):
        return NOTES
    if _PARTY.match(text):
        return COURT
    return _titled_line(text)


def _titled_line(text: str) -> str:
    """The kind of a caption's, a title page's or a station's line that is no party's."""
    if text.endswith(("!", "?")) or (":" in text and not _COLON_ALLOWED.search(text)):
        return ""
    if _NOT_A_CLAUSE.search(text) and not _CASE_NUMBER.search(text):
        return ""
    if _court_line(text):
        return COURT
    if _HEARING_TITLE.match(text) or (text.isupper() and _HEARING_CAPS.match(text)):
        return HEARING
    broadcast = _BROADCASTER.search(text) and _PARTS.search(text) and front_date(text)
    return BROADCAST if broadcast else ""


# What sets a broadcaster's line's parts apart: "KXRC 90.7 FM — "City Desk" — Thursday, …".
_PARTS = re.compile(r"\s[—–|-]\s|\s·\s")
_COLON_ALLOWED = re.compile(
    r"\d:\d|:\s*$|\bno\.?\s*:|^(?:official\s+)?(?:court\s+reporter|reported\s+by|transcribed\s+by"
    r"|date|time|place|location|taken|before|judge|presiding)\s*:",
    re.IGNORECASE,
)


def _court_line(text: str) -> bool:
    lowered = text.lower()
    named = "court" in lowered or "tribunal" in lowered
    named = named and (text.isupper() or _COURT_IN_ANY_CASE.match(text) is not None)
    if named and _COURT_NAME.match(text.rstrip(".,")):
        return True
    if _COURT_TITLE.match(text):
        return True
    if (" v" in lowered or lowered.startswith("in re")) and _CASE_STYLE.search(text):
        return _capitalised(text.split(",", maxsplit=1)[0])
    if "no" in lowered and _CASE_NUMBER.search(text):
        return True
    return _COURT_PLACE.match(text.rstrip(".,")) is not None and text.isupper()


def _capitalised(text: str) -> bool:
    """Most of the words capitalised, as a caption's line writes them."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if len(w) > 3]
    return not words or sum(w[0].isupper() for w in words) * 3 >= len(words) * 2


# A title block's line: a channel's name ("#launch-planning"), a chat app's notice of the
# channel ("Noor Haddad created this channel on June 2nd. Members: …").
_CHANNEL_LINE = re.compile(
    r"^#[\w-]{2,60}$|\bcreated\s+this\s+(?:channel|group|conversation)\b"
    r"|\bjoined\s+#[\w-]+|\bhas\s+joined\s+the\s+(?:channel|conversation)\b",
    re.IGNORECASE,
)
_TITLE_WORDS = 16
_SHORT_TITLE = 6
_LABEL_WORDS = 3
_LABEL_COLON = re.compile(r"(?<!\d):(?!\d)")


def title_line(text: str) -> bool:
    """Whether ``text`` is shaped as a line of a document's title block: a title in
    capitals ("MERIDIAN NEWS TONIGHT", "BRENNOCK FOODS PLC") or in title case ("Interview
    With State Housing Secretary Gwen Tallis; Sable Ridge Rebuild Costs Climb", "Riverton
    City Council – Transport & Mobility Committee"), a short one in sentence case ("Record
    of shareholder questions and answers"), a label and its title ("Oral evidence: Winter
    flood resilience, HC 1187"), a word alone ("Transcript", "Witnesses"), a channel's name
    or notice; never a sentence (no end mark, no forecast's or speaker's words) and never a
    Markdown heading (a notes file's section). Only the lines above a transcript's first
    cue are read so (``TranscriptTurns._title_block``)."""
    stripped = text.strip(" *_")
    if _CHANNEL_LINE.search(stripped):
        return True
    if not stripped or stripped.startswith("#") or _NOT_A_CLAUSE.search(stripped):
        return False
    label = _LABEL_COLON.search(stripped)  # not a time's ("21:00")
    if label:  # "Oral evidence: Winter flood resilience, HC 1187"
        head, stripped = stripped[: label.start()], stripped[label.end() :].strip()
        if len(head.split()) > _LABEL_WORDS or reads_as_name(head) or ":" in stripped:
            return False
    return _titled(stripped)


def _titled(text: str) -> bool:
    """A title's words: capitals, title case, a short phrase or a capitalised word alone."""
    words = text.split()
    if not words or len(words) > _TITLE_WORDS or text.endswith((".", "!", "?", ":")):
        return False
    if len(words) == 1:
        return text[:1].isupper() and text.isalpha()
    letters = [c for c in text if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return True
    return len(words) <= _SHORT_TITLE or _capitalised(text)


_MEMBERS = re.compile(r"\bmembers\s*:\s*(?P<names>[^.;]+)", re.IGNORECASE)


def channel_members(text: str) -> list[str]:
    """The people a chat channel's notice lists as its members ("Noor Haddad created this
    channel on June 2nd. Members: Noor Haddad, Ben Castellano, Samira Oduya" → the three
    names), each read as a person's name; [] when the line lists none."""
    if not _CHANNEL_LINE.search(text):
        return []
    found = _MEMBERS.search(text)
    if found is None:
        return []
    names = [n.strip() for n in re.split(r",|\band\b|&", found.group("names"))]
    return [n for n in names if n and reads_as_name(n)]


def front_date(text: str) -> tuple[datetime.date, str] | None:
    """The date a front-matter line gives, anywhere in it, and its precision: "TRANSCRIPT OF
    BENCH TRIAL, DAY 3 — Thursday, November 12, 2026" → (2026-11-12, "day"); "KXRC 90.7 FM
    — … — Thursday, November 5, 2026, 9:00 a.m. hour" → (2026-11-05, "day"); None when it
    gives none."""
    for year in _YEAR.finditer(text):
        found = trailing_date(text[: year.end()])
        if found is not None:
            return found[1], found[2]
    return None


_YEAR = re.compile(r"(?<![\d:/-])(?:19|20)\d\d(?![\d:/-])")


def deponent(text: str) -> str:
    """The witness a deposition's title names ("VIDEOTAPED DEPOSITION OF MARK TRAN, taken on
    behalf of the Plaintiffs" → "MARK TRAN"), or ""."""
    if "deposition" not in text.lower():
        return ""
    match = _DEPONENT.search(text)
    return match.group("name").strip() if match else ""


_FRONT_KEY = re.compile(r"^(?P<key>[A-Za-z][\w-]*)\s*:\s*(?P<value>.*)$")
_FRONT_LINES = 40


@dataclass
class YamlFrontMatter:
    """A Markdown file's YAML front matter: the number of its closing line ("---"; 0 when
    the file has none) and its fields (lower-cased key → value, quotes taken off)."""

    end: int = 0
    fields: dict[str, str] = field(default_factory=dict)


def yaml_front_matter(lines: Sequence[str]) -> YamlFrontMatter:
    """The YAML front matter ``lines`` open with: "---", "key: value" lines (a list's "- "
    items and indented lines under them), "---" or "..."; empty when the file opens with no
    such block, or the block holds no field. Reads the first 40 lines at most. Source: the
    front matter of Jekyll, Hugo and GitHub-rendered Markdown (YAML 1.2 documents)."""
    head = list(islice(lines, _FRONT_LINES))
    if not head or head[0].strip() != "---":
        return YamlFrontMatter()
    fields: dict[str, str] = {}
    for index, line in enumerate(head[1:], start=2):
        if line.strip() in ("---", "..."):
            return YamlFrontMatter(index, fields) if fields else YamlFrontMatter()
        match = _FRONT_KEY.match(line.strip())
        if match:
            fields.setdefault(match.group("key").lower(), match.group("value").strip(" \"'"))
        elif line.strip() and not line[:1].isspace() and not line.lstrip().startswith("-"):
            return YamlFrontMatter()
    return YamlFrontMatter()
