"""Headings that open an appearance: who, where, and when, at the precision written.

Curators keep one notes file per week or per topic, a heading per appearance:

    Ada Quist — Future of Work Summit, Lisbon, 9 May 2023
    ## Ben Ortiz on The Long Game (podcast), 2024-02-01
    Panel: Energy Outlook 2030 — Oslo, March 2022
    Quarterly investor call, 3 August 2023

``read_heading`` turns such a line into a ``Heading``: the title of its source,
the date and its precision (day, month or year, as written), the main speaker
when the heading names one, and the kind of source when it says so. A heading
is structure, never a claim. Pure functions, no database.
"""

import datetime
import re
from dataclasses import dataclass

from claims.choices import DatePrecision, SourceKind
from claims.horizons.periods import MONTH_WORDS
from claims.importing.classify import PAST_TENSE, looks_like_prediction
from claims.importing.forecasters import no_person
from claims.importing.names import TITLES, reads_as_name
from claims.importing.outlets import OUTLET_WORDS

_MONTHS = MONTH_WORDS
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DATE_FORMS = [
    re.compile(rf"(?P<iso>{_YEAR}-(?P<m>[01]?\d)(?:-(?P<d>[0-3]?\d))?)$"),
    re.compile(rf"{_DAY}\s+{_MONTH},?\s+{_YEAR}$", re.IGNORECASE),
    re.compile(rf"{_MONTH}\s+{_DAY},?\s+{_YEAR}$", re.IGNORECASE),
    re.compile(rf"{_MONTH},?\s+{_YEAR}$", re.IGNORECASE),
    re.compile(rf"{_YEAR}$"),
]
# What separates the date from the rest of a heading.
_BEFORE_DATE = re.compile(r"(?:\s*[,|(—–]\s*|\s+-\s+|\s+)$")
_TRAILING = re.compile(r"[\s)\].:*_#]+$")
# A date that opens a heading: "2024-02-01 — Ben Ortiz, The Long Game",
# "Wed 3 May 2023: Tom Hale at Wind Week".
_WEEKDAY = (
    r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
    r"(?:day|nesday|rsday|urday|sday)?\.?,?\s+)?"
)
_LEADING_DATE_FORMS = [
    re.compile(rf"^{_WEEKDAY}(?P<iso>{_YEAR}-(?P<m>[01]?\d)(?:-(?P<d>[0-3]?\d))?)", re.IGNORECASE),
    re.compile(rf"^{_WEEKDAY}{_DAY}\s+{_MONTH},?\s+{_YEAR}", re.IGNORECASE),
    re.compile(rf"^{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}", re.IGNORECASE),
    re.compile(rf"^{_MONTH},?\s+{_YEAR}", re.IGNORECASE),
]
_AFTER_LEADING_DATE = re.compile(r"^\s*(?:[:—–|,·•]|-{1,2})\s*")
_SPEAKER_DASH = re.compile(r"^(?P<name>[^—–:]+?)\s+(?:—|–|-{1,2})\s+(?P<rest>.+)$")
_SPEAKER_ON = re.compile(r"^(?P<name>.+?)\s+(?:on|at|in conversation with)\s+(?P<rest>.+)$")
_WITH_SPEAKER = re.compile(
    r"^(?P<rest>.*?\b(?:interview|conversation|chat|fireside chat|q&a))\s+with\s+(?P<name>.+)$",
    re.IGNORECASE,
)
# "Interview with Jensen Huang, Computex Taipei", "Interview — Hanne Vik, CEO Nordlys
# Batteries": what follows the name is the title.
_WITH_SPEAKER_THEN_TITLE = re.compile(
    r"^(?:an?\s+)?(?:interview|conversation|chat|fireside chat|q&a)"
    r"\s*(?:with\s|—|–|:|\s-{1,2}\s)\s*"
    r"(?P<name>[^,—–|]+?)\s*(?:,|—|–|\||\s-{1,2})\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
# A meeting with someone, as a reporter or an analyst heads their notes of it: "Phone call,
# Jonas Akerlund (SEB analyst)", "Lunch w/ Greta Holm", "Coffee with Ana Ruiz (Acme CFO)",
# "Zoom — Hanne Vik". The person met is the speaker; the heading is the title.
_MEETING = re.compile(
    r"^(?:(?:phone|video|zoom|teams|quick|short|working|intro|follow-up|breakfast|lunch|dinner|coffee)\s+)?"
    r"(?:call|meeting|lunch|dinner|coffee|breakfast|drinks|catch-up|catch up|1:1|"
    r"one-on-one|visit|zoom|chat)"
    r"\s*(?:,|with\b|w/|—|–|:|\s-{1,2}\s)\s*"
    r"(?P<name>[^,—–|()/]+?)\s*(?:\([^()]*\))?\s*(?:(?:,|—|–|\||\s-{1,2}\s)\s*(?P<more>.*))?$",
    re.IGNORECASE,
)
_MEETING_WITH = re.compile(
    r"^(?:#+\s*)?(?:(?:phone|video|zoom|teams|quick|short|working|intro|follow-up|breakfast|lunch|dinner|coffee)\s+)?"
    r"(?:call|meeting|lunch|dinner|coffee|breakfast|drinks|catch-up|catch up|1:1|"
    r"one-on-one|visit|zoom|chat)s?\s*(?:,|with\b|w/|—|–|:|\s-{1,2}\s)\s*(?P<names>.+)$",
    re.IGNORECASE,
)


def meeting_people(text: str) -> list[str]:
    """Everyone a meeting's heading names: "Dinner with Jane Andersson and Jonas Akerlund,
    9 March 2026" gives both (neither is the heading's one speaker); "Lunch w/ Greta Holm"
    gives her; "In conversation: Tobias Fenn and Ana Ruiz — Lisbon" both of the pair. []
    when the heading is no meeting's."""
    pair = _event_pair(text.strip())
    if pair:
        return pair
    match = _MEETING_WITH.match(text.strip())
    if match is None:
        return []
    found = trailing_date(match.group("names"))
    names = found[0] if found else match.group("names")
    names = re.sub(r"\([^()]*\)", " ", names)
    parts = re.split(r",|&|\band\b|\s[—–|]\s", names)
    return [part.strip() for part in parts if _person(part.strip())]


def _event_pair(head: str) -> list[str]:
    """The two people an event's heading names after its kind ("In conversation: Tobias
    Fenn and Ana Ruiz — Lisbon", "Fireside: Ana Ruiz & Jo Hartley, Web Summit", "Fireside
    chat: Rosalind Achebe-Lowe with Karl Strömberg — Stockholm"); [] when it names no pair
    of people. Neither is the section's one speaker: their cues are."""
    if " and " not in head and "&" not in head and " with " not in head:
        return []
    event = _EVENT_THEN_SPEAKER.match(head)
    if event is None:
        return []
    parts = [p.strip() for p in re.split(r"\s+(?:and|&|with)\s+", event.group("name"))]
    # "Goldman Sachs and Morgan Stanley" read as names, but are firms (``forecasters``).
    people = all(_person(p) and not no_person(p) for p in parts)
    return parts if len(parts) == 2 and people else []


# "Mohamed El-Erian interview — Bloomberg Surveillance".
_SPEAKER_INTERVIEW = re.compile(
    r"^(?P<name>[^,—–|]+?)\s+(?:interview|keynote|talk|fireside chat|q&a)\s*"
    r"(?:—|–|-{1,2}|,|:|\||\bon\b|\bat\b|\bwith\b)\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
# "Lex Fridman Podcast #400 — Elon Musk": a show, then its guest.
_SHOW_DASH_SPEAKER = re.compile(
    r"^(?P<rest>[^—–]*?(?:\bpodcast\b|\bshow\b|\bepisode\b|\bep\.|#\s?\d+)[^—–]*?)\s+"
    r"(?:—|–|-{1,2}|\|)\s+(?:(?:guest|guests|with|feat\.?|featuring)\s*:?\s+)?"
    r"(?P<name>[^—–|,]+)$",
    re.IGNORECASE,
)
# Words of an episode's title, not of a guest's name ("Odd Lots — Year Ahead Special").
_EPISODE_WORDS = frozenset(
    (
        *("ahead", "edition", "finale", "special", "week", "recap", "preview", "review"),
        *("roundup", "mailbag", "bonus", "update", "episode", "live", "summit", "conference"),
        *("forum", "day", "night", "hour", "daily", "weekly", "outlook", "show", "news"),
    )
)
# "Hard Fork, 5 April 2024 — guest Dario Amodei": the guest after the date.
_GUEST_TAIL = re.compile(
    r"\s+(?:—|–|-{1,2}|\|)\s+(?:guest|guests|with|feat\.?|featuring)\s*:?\s+"
    r"(?P<name>[^—–|,]+?)\s*$",
    re.IGNORECASE,
)
# "(with Larry Summers)" after a heading: who else took part, not the heading's speaker.
_WITH_TAIL = re.compile(
    r"\s*\((?:with|w/|alongside|and|panel(?:ists)? with)\s+(?P<names>[^()]+)\)\s*$",
    re.IGNORECASE,
)
_LIST_ITEM = re.compile(r"^(?:[-*•·+]|\d{1,3}[.)])\s+")
_BY_SPEAKER = re.compile(r"^(?P<rest>.+?)\s+by\s+(?P<name>[^,]+)$")
# "Rhea Kapoor (Grid Hour podcast, ep. 12" (its date and closing bracket read off).
_SPEAKER_PAREN = re.compile(r"^(?P<name>[^(),]+?)\s*\((?P<rest>[^()]+)\)?$")
# "Ben Ortiz, The Long Game podcast".
_SPEAKER_COMMA = re.compile(r"^(?P<name>[^(),]+?),\s+(?P<rest>.+)$")
_PANEL = re.compile(r"^(?:panel|roundtable|debate)\s*[:—–-]\s*(?P<rest>.+)$", re.IGNORECASE)
# "Book talk: Kate Brennan, “The Long Thaw” — Daunt Books": the kind of event, then its
# speaker.
_EVENT_THEN_SPEAKER = re.compile(
    r"^(?:[\w-]+\s+){0,2}(?:talk|lecture|keynote|reading|signing|interview|conversation|"
    r"fireside(?: chat)?|webinar|seminar|masterclass|address|speech|briefing|presentation|"
    r"q&a|ama)\s*(?::|—|–|-{1,2})\s*(?P<name>[^,:()—–“\"]+?)\s*(?:,|:|—|–|\s-{1,2}\s|\s+on\s|\s+at\s)"
    r"\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
_EVENT_THEN_NAME_ALONE = re.compile(
    r"^(?:[\w-]+\s+){0,2}(?:talk|lecture|keynote|interview|conversation|fireside(?: chat)?|"
    r"webinar|masterclass|address|speech|briefing|presentation|q&a|ama)"
    r"\s*(?::|—|–|-{1,2})\s*(?P<name>[^,:()—–“\"]+?)\s*$",
    re.IGNORECASE,
)
# "Slide 8 — Financial framework (Ana Ruiz, CFO)", "Outlook (presented by Ana Ruiz)": the
# part's presenter, in brackets at its end.
_PRESENTER_IN_BRACKETS = re.compile(
    r"^(?P<rest>.+?)\s*\((?:(?:presented|presenter|speaker|led|read)(?:\s+by)?:?\s+)?"
    r"(?P<name>[^(),:]+?)(?:,\s*(?P<role>[^()]{1,60}))?\)?$",
    re.IGNORECASE,
)
_KIND_WORDS = [
    (re.compile(r"\b(?:podcast|episode|ep\.)", re.IGNORECASE), SourceKind.PODCAST),
    (
        re.compile(
            r"\b(?:talk|keynote|fireside|summit|conference|panel|lecture|forum|roundtable)\b",
            re.IGNORECASE,
        ),
        SourceKind.TALK,
    ),
    (re.compile(r"\bessay\b", re.IGNORECASE), SourceKind.ESSAY),
    (re.compile(r"\b(?:blog|post|newsletter|thread)\b", re.IGNORECASE), SourceKind.POST),
    (re.compile(r"\b(?:article|op-ed|column)\b", re.IGNORECASE), SourceKind.ARTICLE),
    (re.compile(r"\b(?:video|youtube|livestream)\b", re.IGNORECASE), SourceKind.VIDEO),
    (
        re.compile(
            r"\b(?:call|hearing|testimony|memo|meeting|lunch|dinner|coffee|breakfast)\b",
            re.IGNORECASE,
        ),
        SourceKind.OTHER,
    ),
]
_KIND_IN_PARENS = re.compile(r"\s*\((?P<word>[^()]{2,20})\)\s*")
MAX_HEADING_WORDS = 16


@dataclass(frozen=True)
class Heading:
    """An appearance as its heading describes it."""

    title: str
    published_on: datetime.date
    precision: str
    speaker: str = ""
    kind: str = ""
    panel: bool = False


def _date(match: re.Match) -> tuple[datetime.date, str] | None:
    groups = match.groupdict()
    if groups.get("iso"):
        year, month, day = int(groups["year"]), int(groups["m"]), int(groups["d"] or 1)
        precision = DatePrecision.DAY if groups["d"] else DatePrecision.MONTH
    else:
        year = int(groups["year"])
        month = _MONTHS[groups["month"].lower()] if groups.get("month") else 1
        day = int(groups["day"]) if groups.get("day") else 1
        precision = (
            DatePrecision.DAY
            if groups.get("day")
            else DatePrecision.MONTH
            if groups.get("month")
            else DatePrecision.YEAR
        )
    try:
        return datetime.date(year, month, day), precision
    except ValueError:
        return None


def trailing_date(text: str) -> tuple[str, datetime.date, str] | None:
    """The text before a date that ends ``text``, the date and its precision.

    "Summit, Lisbon, 9 May 2023" → ("Summit, Lisbon", 2023-05-09, day). A bare
    year counts only after a comma, a dash or a bracket ("Essay, 2021").
    """
    body = _TRAILING.sub("", text)
    for form in _DATE_FORMS:
        match = form.search(body)
        if match is None or (match.start() and body[match.start() - 1].isalnum()):
            continue
        before = body[: match.start()]
        separator = _BEFORE_DATE.search(before)
        bare_year = match.groupdict().get("iso") is None and not match.groupdict().get("month")
        if before and (separator is None or (bare_year and not separator.group().strip())):
            continue
        found = _date(match)
        if found is None:
            return None
        head = before[: separator.start()] if separator else before
        return head.strip(" ,;|—–-("), found[0], found[1]
    return None


def impossible_date(text: str) -> tuple[str, str] | None:
    """A date ending ``text`` that is no real date ("30 February 2024"), and ``text`` with
    a real one in its place (to read the rest of the heading), or None."""
    body = _TRAILING.sub("", text)
    for form in _DATE_FORMS[:3]:
        match = form.search(body)
        if match and _date(match) is None:
            placeholder = "2000-01-01" if match.groupdict().get("iso") else "1 January 2000"
            return match.group(), body[: match.start()] + placeholder
    return None


def date_line(text: str, *, bare: bool = False) -> tuple[datetime.date, str] | None:
    """The date a show note's "Recorded 12 June 2024" or "Air date: 2024-06-12" line gives,
    with its precision, or None when the line is no such line. With ``bare``, a line that
    is a date alone ("November 12, 2026" under a call transcript's title) is one too."""
    text = text.strip().strip("*_").strip()
    if bare and text[-1:].isdigit() and len(text) <= _MAX_BARE_DATE:
        found = trailing_date(text)
        if found is not None and not found[0]:
            return found[1], found[2]
    if (
        bare
        and len(text) <= _MAX_FRONT_MATTER
        and _FRONT_MATTER_LOOK.match(text)
        and _YEAR_LOOK.search(text)
    ):
        found = _front_matter_date(text)
        if found is not None:
            return found
    match = _DATE_LINE.match(text) or _MASTHEAD.match(text)
    dateline = _DATELINE.match(text)
    if dateline and not _kind(dateline.group("place"))[0]:
        match = dateline
    if match is None:
        return None
    found = trailing_date(match.group("date"))
    if found is None or found[0]:
        return None
    return found[1], found[2]


_MAX_BARE_DATE = 40
_MAX_FRONT_MATTER = 160


def _front_matter_date(text: str) -> tuple[datetime.date, str] | None:
    """The date of a line that dates or describes the document under its title: "Transcript,
    November 4, 2026, 9:00 a.m. GMT", "Wednesday 11 November 2026, Committee Room 14",
    "Exported Nov 24, 2026", "Published November 9, 2026 · 58 min", "Transcript excerpt,
    14 November 2026. Edited for length and clarity.", "Compiled by the claims desk, last
    updated 2026-11-27". What comes before the date is one of the document's words, what
    comes after it a time, a running time, a room or place, or a note on the editing."""
    body = _FRONT_MATTER_TAIL.sub("", text)
    found = trailing_date(body)
    if found is None or (found[0] and not _FRONT_MATTER_LEAD.fullmatch(found[0])):
        return None
    return found[1], found[2]


_YEAR_LOOK = re.compile(r"(?:19|20)\d\d")
# Cheap look first: the line opens with a document's word, a weekday, a month or a digit.
_FRONT_MATTER_LOOK = re.compile(
    r"(?:full|partial|transcript|excerpt|export|published|posted|recorded|compiled|updated|last"
    r"|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d)",
    re.IGNORECASE,
)
_FRONT_MATTER_LEAD = re.compile(
    r"(?:(?:full\s+|partial\s+)?transcript(?:\s+excerpt)?|excerpt|export(?:ed)?(?:\s+on)?"
    r"|published|posted|(?:last\s+)?updated|recorded(?:\s+live)?(?:\s+(?:at|in)\s+[^.!?]{1,80})?"
    r"|compiled\s+by\s+[^.!?,]{1,60},?\s+(?:last\s+)?updated(?:\s+on)?"
    r"|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\.?)\s*:?",
    re.IGNORECASE,
)
# What may follow the date: "· 58 min", ", 9:00 a.m. GMT", ", Committee Room 14", ". Edited
# for length and clarity."
_FRONT_MATTER_TAIL = re.compile(
    r"(?:\s*[·•|]\s*[^·•|]{1,40}"
    r"|,?\s+(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?\s*m\.?)?(?:\s+[A-Z]{2,5})?"
    r"|,\s*(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*|\d{1,4})){0,4}"
    r"|\.\s+(?:lightly\s+)?(?:edited|condensed|abridged)\b[^.!?]{0,60}"
    r")*[.\s]*$",
    re.IGNORECASE,
)
_DATE_LINE = re.compile(
    r"^(?:recorded|taped|filmed|aired|air date|airdate|published|released|broadcast|"
    r"first aired|date recorded|recording date)(?:\s+on)?\s*[:—–-]?\s*(?P<date>.+)$",
    re.IGNORECASE,
)


# A masthead or byline that ends with its date: "Your weekly digest, by Nina Alvarez.
# Published 6 December 2024."
_MASTHEAD = re.compile(
    r"^(?:[^.!?]{0,160}[.!?]\s+)?(?:published|posted|sent|issued|updated|last updated)"
    r"(?:\s+on)?\s*:?\s*(?P<date>[^.!?]+?)[.\s]*$",
    re.IGNORECASE,
)
# A dateline under a title: "Lisbon, 13 November 2024", "NEW YORK, March 3, 2024".
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?)\s*,\s*(?P<date>[^,]+?,?\s*(?:19|20)\d\d)$"
)


def _kind(text: str) -> tuple[str, str]:
    """The kind of source a heading names, and the heading without "(podcast)"."""
    kind = ""
    parens = _KIND_IN_PARENS.search(text)
    for pattern, value in _KIND_WORDS:
        if pattern.search(text):
            kind = value
            break
    if parens and any(p.search(parens.group("word")) for p, _ in _KIND_WORDS):
        text = (text[: parens.start()] + " " + text[parens.end() :]).strip()
    return kind, text


# Words of a broadcaster's or a publication's name, never of a person's ("Bloomberg TV"): the
# one list of outlets (``outlets``).
_OUTLET_WORDS = OUTLET_WORDS


_EVENT_WORDS = frozenset(("expo", "festival", "stage", "congress", "meetup", "hackathon", "fair"))


# A meeting's own name, never a person's: "All-Hands – FY27 Planning", "Town Hall – Q3".
_MEETING_WORDS = frozenset(("all-hands", "allhands", "townhall", "standup", "offsite"))
# A recording's file name: "Q4 All-Hands – FY27 Planning.mp4", "Board call 2026-03-02.m4a".
MEDIA_FILE = re.compile(
    r"\.(?:mp4|m4a|m4v|mov|wav|webm|mp3|mkv|avi|aac|ogg|flac|wmv)\s*$", re.IGNORECASE
)


def _person(name: str) -> bool:
    """Whether a heading's name is a person's: "Ben Ortiz", not "Bloomberg TV", "Web Summit
    Lisbon", a meeting's name ("All-Hands") or a label with digits ("Q4 All-Hands", "FY27":
    no person's name has them)."""
    words = {w.lower().strip(".,'’\"") for w in name.split()}
    return (
        reads_as_name(name)
        and not any(c.isdigit() for c in name)
        and not words & (_OUTLET_WORDS | _EPISODE_WORDS | _EVENT_WORDS | _MEETING_WORDS)
    )


# A heading naming whose words follow by a possessive: "Kessler's follow-up post", "Priya's
# reply", "Ada Quist's keynote".
_POSSESSIVE = re.compile(
    r"^(?P<name>[A-Z][\w’'-]*?(?:\s+[A-Z][\w’'-]*?){0,2})['’]s\s+(?:[\w-]+\s+){0,2}"
    r"(?:post|posts|reply|replies|tweet|tweets|thread|answer|response|rebuttal|follow-up|"
    r"talk|keynote|speech|remarks|interview|testimony|letter|essay|column|op-ed|comments|"
    r"statement|memo|update|take|pitch|newsletter|blog post|toot|skeet)\b[^,]*$"
)
# Capitalised words before "'s" that name no one ("Today's post", "Monday's thread").
_NOT_POSSESSORS = frozenset(
    (
        *("today", "yesterday", "tomorrow", "tonight", "this", "last", "next", "the", "our"),
        *("my", "your", "their", "his", "her", "its", "everyone", "someone", "nobody", "team"),
        *("company", "editor", "reader", "readers", "listener", "week", "month", "year"),
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("january", "february", "march", "april", "may", "june", "july", "august"),
        *("september", "october", "november", "december", "weekend", "morning", "evening"),
    )
)


def _possessor(head: str) -> str:
    """Whose words a heading names by a possessive ("Kessler's follow-up post" → "Kessler"),
    or ""."""
    match = _POSSESSIVE.match(head)
    if match is None:
        return ""
    name = match.group("name").strip()
    words = name.split()
    if words[0].lower() in _NOT_POSSESSORS or any(w.lower() in _OUTLET_WORDS for w in words):
        return ""
    return name if len(words) == 1 or _person(name) else ""


# A heading in the speaker's own words: "I'm Dr. Anika Rao, chief scientist at Tokafusion.
# AMA!", "Hi Reddit, I am Tom Hale and I run a wind farm", "We are Ana Ruiz and Ben Ortiz".
_SELF_INTRODUCTION = re.compile(
    r"^(?:(?:hi|hello|hey)(?:\s+(?:all|everyone|reddit|r/\w+|there))?[,!.]?\s+)?"
    r"(?:I['’]m|I am|my name is|this is)\s+(?P<name>[^,;:!?()—–]+)",
    re.IGNORECASE,
)
_NAME_END = frozenset(("and", "here", "from", "of", "at", "the", "a", "an", "-"))
MAX_NAME_WORDS = 5


def self_introduction(head: str) -> str:
    """The person a heading in their own words names, without a title: "I'm Dr. Anika Rao,
    chief scientist at Tokafusion. AMA!" → "Anika Rao"; "" when it names nobody ("I'm
    back", "This is the year of the grid"). Source: the opening lines of question-and-answer
    threads and talks ("I'm NAME, ROLE. Ask me anything")."""
    match = _SELF_INTRODUCTION.match(head.strip())
    if match is None:
        return ""
    words: list[str] = []
    for word in match.group("name").split()[:MAX_NAME_WORDS]:
        if word.lower() in _NAME_END:
            break
        low = word.lower().rstrip(".")
        if words and low not in TITLES and len(low) > 1 and word.endswith("."):
            words.append(word.rstrip("."))  # "I'm Tom Hale. Ask me anything": the sentence ends
            break
        words.append(word)
    while len(words) > 2 and words[0].lower().rstrip(".") in TITLES:
        words = words[1:]
    name = " ".join(words)
    return name if reads_as_name(name) else ""


def _event_speaker(head: str) -> tuple[str, str, bool] | None:
    """(speaker, title, False) of a heading naming its speaker after the kind of event
    ("Fireside: Tobias Fenn — Lisbon"), ("", title, True) of one naming a pair ("In
    conversation: Tobias Fenn and Ana Ruiz — Lisbon"): a panel, whose cues say who speaks."""
    event = _EVENT_THEN_SPEAKER.match(head)
    if event is None:
        alone = _EVENT_THEN_NAME_ALONE.match(head)  # "Fireside: Tobias Fenn", no more
        name = alone.group("name").strip() if alone else ""
        return (name, head, False) if name and _person(name) else None
    title = event.group("rest").strip(" ,—–-")
    if _person(event.group("name").strip()):
        return event.group("name").strip(), title, False
    return ("", title, True) if _event_pair(head) else None


def _presenter(head: str) -> tuple[str, str, bool] | None:
    """(speaker, title, False) of a heading naming its speaker in their own words ("I'm Dr.
    Anika Rao, chief scientist at Tokafusion. AMA!"), after the kind of event ("Book talk:
    Kate Brennan, “The Long Thaw”") or as its part's presenter in brackets ("Slide 8 —
    Financial framework (Ana Ruiz, CFO)"); None otherwise."""
    introduced = self_introduction(head)
    if introduced:
        return introduced, head, False
    event = _event_speaker(head)
    if event:
        return event
    if "(" not in head:
        return None
    bracket = _PRESENTER_IN_BRACKETS.match(head)
    name = bracket.group("name").strip() if bracket else ""
    if not _person(name) or _ROLE_NAME.search(name):
        return None  # "Coffee with Ana Ruiz (Acme CFO)": a role in brackets names nobody
    role = bracket.group("role") or ""
    if role and not _ROLE_NAME.search(role):
        return None  # "Ben Ortiz (Grid Hour podcast, ep. 12)" is read as the speaker's
    return name, bracket.group("rest").strip(" ,—–-"), False


# A role after a presenter's name: "CFO", "Chief Financial Officer", "head of research".
_ROLE_NAME = re.compile(
    r"\b(?:chief|officer|ceo|cfo|coo|cto|cio|cmo|cro|president|vp|evp|svp|chair\w*|director|"
    r"head|founder|co-founder|partner|analyst|economist|strategist|lead|manager|professor|"
    r"researcher|scientist|engineer|minister|governor|secretary|treasurer|counsel|md)\b",
    re.IGNORECASE,
)


def _speaker_and_title(head: str) -> tuple[str, str, bool]:
    """Split "Ada Quist — Summit" or "Ben Ortiz on The Long Game" into speaker and title;
    a possessive names the speaker too ("Kessler's follow-up post": Kessler's). A recording's
    file name ("Q4 All-Hands – FY27 Planning.mp4") names no speaker: its title is the file's."""
    if MEDIA_FILE.search(head):
        return "", MEDIA_FILE.sub("", head).strip(), False
    return _named_speaker_and_title(head)


def _named_speaker_and_title(head: str) -> tuple[str, str, bool]:
    panel = _PANEL.match(head)
    if panel:
        return "", panel.group("rest").strip(), True
    named = _presenter(head)
    if named:
        return named
    possessor = _possessor(head)
    if possessor:
        return possessor, head, False
    meeting = _MEETING.match(head)
    if meeting and _person(meeting.group("name").strip()):
        return meeting.group("name").strip(), head, False
    patterns = (
        _WITH_SPEAKER_THEN_TITLE,
        _SHOW_DASH_SPEAKER,
        _SPEAKER_INTERVIEW,
        _SPEAKER_DASH,
        _SPEAKER_ON,
        _WITH_SPEAKER,
        _BY_SPEAKER,
        _SPEAKER_PAREN,
    )
    for pattern in (*patterns, _SPEAKER_COMMA):
        match = pattern.match(head)
        if match is None or not _person(match.group("name").strip()):
            continue
        words = {w.lower().strip(".,") for w in match.group("name").split()}
        guest_named = re.search(r"\b(?:guest|with|feat|featuring)\b", head, re.IGNORECASE)
        if pattern is _SHOW_DASH_SPEAKER and words & _EPISODE_WORDS and not guest_named:
            continue  # "Odd Lots episode 12 — Year Ahead Special" names no guest
        title = match.group("rest").strip(" ,—–-").strip("“”\"'")
        if _EPISODE_ONLY.match(title):
            continue  # "Hard Fork — episode 80": the show's title, then its number
        return match.group("name").strip(), title, False
    return "", head, False


# A title that is only an episode's number: "episode 80", "ep. 12", "#41", "S3E4".
_EPISODE_ONLY = re.compile(
    r"^(?:(?:episode|ep\.?|no\.?|part|season|vol\.?|issue)\s*\d+|#\s?\d+|s\d+\s?e\d+)"
    r"(?:\s*(?:show notes|notes|transcript|recap))?$",
    re.IGNORECASE,
)
_DATE_AT_END = re.compile(r"(?:\b(?:19|20)\d\d|\d)$")
# "ep. 12", "Episode 3", "#41", "part 2": a number that belongs to the title.
_NUMBERED = re.compile(r"(?:\bep\.?|\bepisode|\bno\.?|#|\bpart|\bvol\.?)\s*\d+$", re.IGNORECASE)
_HORIZON_END = re.compile(r"\b(?:by|before|until|till|from|since|in|on|after|of)$", re.IGNORECASE)


def _reads_as_heading(head: str, precision: str, *, named: bool, speaker: str = "") -> bool:
    """An unmarked line is a heading, not a note that ends with a date.

    "Experimented with models in 2015, 2016" and "Prices fall by March 2027" are
    notes; a bare year makes a heading only when the heading names a speaker
    or a kind of source ("Essay, 2021").
    """
    if _HORIZON_END.search(head) or (_DATE_AT_END.search(head) and not _NUMBERED.search(head)):
        return False
    if precision == DatePrecision.YEAR and not named:
        return False
    words = head.replace(speaker, " ") if speaker else head  # "Mohamed" is no past tense
    return not (looks_like_prediction(words) or PAST_TENSE.search(words.lower()))


def leading_date(text: str) -> tuple[str, datetime.date, str] | None:
    """The rest of a heading that opens with a date, the date and its precision.

    "2024-02-01 — Ben Ortiz, The Long Game" → ("Ben Ortiz, The Long Game",
    2024-02-01, day); "Wed 3 May 2023: Tom Hale at Wind Week" likewise. The date
    must be set off from the rest by a dash, a colon, a bar or a comma.
    """
    for form in _LEADING_DATE_FORMS:
        match = form.match(text)
        if match is None:
            continue
        separator = _AFTER_LEADING_DATE.match(text[match.end() :])
        found = _date(match)
        if separator is None or found is None:
            return None
        rest = text[match.end() + separator.end() :].strip()
        return (_TRAILING.sub("", rest), found[0], found[1]) if rest else None
    return None


_ROLE = re.compile(
    r"^(?:the\s+)?(?:co-?founder|founder|ceo|cfo|cto|coo|chief|head|director|president|"
    r"chair|chairman|chairwoman|partner|analyst|economist|minister|governor|professor|"
    r"managing director|vp|vice president|senior|lead|principal)\b",
    re.IGNORECASE,
)


# "Interview: Jonas Berg, Dagens Avis, 14 October 2026": a name and, after a comma, no role.
# A credit line names the interviewer so; a heading names the one interviewed so.
_INTERVIEW_NAME_COMMA = re.compile(
    r"^(?:#+\s*)?(?:an?\s+)?interview\s*(?::|—|–|\s-{1,2}\s)\s*"
    r"(?P<name>[^,—–|()]+?)\s*,\s*(?P<rest>[^,—–|]+)",
    re.IGNORECASE,
)


def interviewer_or_guest(text: str) -> str:
    """The name of an "Interview: Name, Outlet" heading that may credit the interviewer
    rather than name the one interviewed, or "".

    "Interview: Jonas Berg, Dagens Avis, 14 October 2026" gives "Jonas Berg" (a byline or
    the guest: the curator checks); "Interview: Hanne Vik, CEO Nordlys Batteries" (a role
    after the name), "Interview with Hanne Vik, Oslo" and "Interview: Hanne Vik — Oslo" give
    "".
    """
    match = _INTERVIEW_NAME_COMMA.match(text.strip())
    if match is None:
        return ""
    rest = match.group("rest").strip()
    if _ROLE.match(rest) or _ROLE_NAME.search(rest) or not _person(match.group("name").strip()):
        return ""
    return match.group("name").strip()


def undated_appearance(text: str) -> tuple[str, str] | None:
    """(speaker, title) of a Markdown heading naming someone's appearance without a date.

    "## Carla Mendes — Lisbon Fintech Forum" opens Carla Mendes' appearance, whose
    date the curator gives; "## The argument" names nobody (None).
    """
    _, head = _kind(_TRAILING.sub("", text.strip()))
    speaker, title, panel = _speaker_and_title(head)
    if not speaker or panel or not title or looks_like_prediction(head):
        return None
    # "Interview — Hanne Vik, CEO Nordlys Batteries": her role is no source's title.
    return speaker, (head if _ROLE.match(title) else title)


def _with_guest(found: Heading | None, guest: str) -> Heading | None:
    """ "Hard Fork, 5 April 2024 — guest Dario Amodei": the show's heading, spoken by its guest."""
    if found is None or found.speaker:
        return found
    return Heading(
        title=found.title,
        published_on=found.published_on,
        precision=found.precision,
        speaker=guest.strip(),
        kind=found.kind,
    )


# A date a term or a schedule gives, named by what happens then: a question's or a market's
# "Closes Sep 30, 2027", "Resolves: Jan 1, 2028", a ticket's "Due date: …", "Deadline –
# 1 March 2027", "Opens 12 May 2027", "Go-live: …". No appearance is dated so.
_TERM_DATE = re.compile(
    r"^\W*(?:(?:scheduled\s+|expected\s+|planned\s+|target\s+|estimated\s+)?"
    r"(?:closes?|closing(?:\s+date)?|close\s+date|resolves?|resolution(?:\s+date)?"
    r"|resolved\s+by|due(?:\s+date)?|deadline|expires?|expiry(?:\s+date)?|ends?|ending"
    r"|opens?|opening(?:\s+date)?|starts?|start\s+date|launch(?:es|\s+date)?|go-?live"
    r"|eta|until|by|before|after|valid\s+(?:until|through)|completion(?:\s+date)?"
    r"|delivery(?:\s+date)?|release(?:\s+date)?))\s*[:–—-]?\s*$",
    re.IGNORECASE,
)


def read_heading(text: str, *, marked: bool) -> Heading | None:
    """The appearance a heading line opens, or None when the line is no dated heading.

    ``marked`` says the line is a Markdown heading; an unmarked line counts only
    when it is short, ends with a date set off by a comma, dash or bracket, and
    does not end like a sentence.
    """
    text = text.strip()
    if not marked and (
        len(text.split()) > MAX_HEADING_WORDS
        or text.rstrip(")").endswith((".", "!", "?"))
        or _LIST_ITEM.match(text)  # "- Odd Lots with Jigar Shah, 21 November 2024": an item
    ):
        return None
    others = _WITH_TAIL.search(text)
    if others and reads_as_name(others.group("names").split(",")[0].split(" and ")[0]):
        text = text[: others.start()]  # "Panel, Davos, 18 January 2024 (with Larry Summers)"
    guest = _GUEST_TAIL.search(text)
    if guest and reads_as_name(guest.group("name")):
        return _with_guest(read_heading(text[: guest.start()], marked=marked), guest["name"])
    found = trailing_date(text)
    leading = found is None
    if leading:
        found = leading_date(text)
    if found is None:
        return None
    head, published_on, precision = found
    if not head or _TERM_DATE.match(head):  # "Closes Sep 30, 2027": a term's date, no event's
        return None
    kind, head_without_kind = _kind(head)
    speaker, title, panel = _speaker_and_title(head_without_kind)
    # A speaker and a kind of source, or a date set off at the start, make a heading
    # even when the show's title reads like a forecast ("Tom Hale on Power by 2030
    # (podcast), 2024-02-01").
    sure = bool(speaker) and (bool(kind) or leading)
    if (
        not marked
        and not sure
        and not _reads_as_heading(head, precision, named=bool(speaker or kind), speaker=speaker)
    ):
        return None
    head = head_without_kind
    return Heading(
        title=title or head,
        published_on=published_on,
        precision=precision,
        speaker=speaker,
        kind=kind,
        panel=panel,
    )
