"""Reading the structure of notes: headings, section cues ("Guest: Name"), "Hosts:" lines
and date lines, each opening or dating a section (an appearance).

``SectionHeadings`` is a part of the notes reader (``notes._NotesReader``): it holds
the reading of those lines, the reader the state they change.
"""

import re

from claims.importing.classify import looks_like_prediction
from claims.importing.cues import (
    HEADING_WORDS,
    HOST_CUE,
    MAX_TITLE_WORDS,
    MD_HEADING,
    SECTION_CUE,
    TITLE_MARK,
    as_written,
    declares,
    document_title,
    host_names,
    reads_as_clause,
    strip_markers,
)
from claims.importing.forecasters import no_person
from claims.importing.headings import (
    date_line,
    impossible_date,
    interviewer_or_guest,
    read_heading,
    trailing_date,
    undated_appearance,
)
from claims.importing.meeting_exports import listing_heading
from claims.importing.minutes import bracket_chair, list_parts
from claims.importing.names import (
    TITLES,
    names_same_person,
    person_key,
    reads_as_name,
    role_cue,
    without_affiliation,
)
from claims.importing.offices import bracketed, office_key

# A line listing who takes part: "Participants: …", "Attendees: …", "On the call: …".
_PARTICIPANTS = re.compile(
    r"^(?:(?:call|company|corporate|conference)\s+)?(?:participants|attendees|present|"
    r"speakers|on the call|in the room|panel|panelists|panellists|guests|"
    # A committee's hearing or a meeting's minutes: "Members present: …", "Witnesses: …".
    # A company's meeting: "Board members present: …", "Directors present: …".
    r"(?:(?:committee|board|council)\s+)?members(?:\s+present)?|witnesses|in attendance"
    r"|also present|(?:directors|board|officers)\s+present"
    # A committee's panel of witnesses under "Witnesses": "I: Dr Sunita Vale, Chief
    # Executive, Floodwise Alliance; and Owen Prichard, …", "Panel 2: …".
    r"|(?-i:[IVX]{1,4})|panel\s+\d{1,2})"
    r"\s*:\s*(?P<names>.+)$",
    re.IGNORECASE,
)


def participants_line(text: str) -> bool:
    """Whether a line opens as a list of who takes part ("Members present: …", "Board
    members present: …", "Participants: …"), whatever the names."""
    return ":" in text and _PARTICIPANTS.match(text.strip(" *_")) is not None


_LIST_END = re.compile(r"(?<=\))\.\s+|(?<=[a-z]{4})\.\s+(?=[A-Z])")


# The note-taker's errands, wherever they stand (under an "Actions" heading or not):
# "Need to confirm the date with the press office", "Remember to send Ana the deck",
# "Waiting on Ben for the 2027 guidance", "Dana to send the deck by Friday", "To do: book a
# call". What follows the opening is an errand, never a forecast's verb ("We need to cut
# costs by 2027" has a subject and is a speaker's).
_ERRAND_VERB = (
    r"(?:confirm|check|double-?check|verify|chase|ask|send|e-?mail|call|ring|ping|book|"
    r"schedule|set up|arrange|follow up|find out|look up|look into|get|grab|fetch|pull|"
    r"circulate|share|forward|reply|respond|invite|clarify|transcribe|fact-?check|source|"
    r"cite|dig up|dig into|update|fix|draft|write up|add|link|tag|upload|file|review|read|"
    r"listen to|watch|contact|reach out|request|nudge|remind|loop in|circle back|sync)"
)
_TASK = re.compile(
    rf"^(?:(?:still\s+)?(?:need|needs|have|has|got)\s+to\s+(?:also\s+)?{_ERRAND_VERB}\b|"
    rf"(?:must|should)\s+(?:also\s+)?{_ERRAND_VERB}\b|"
    rf"(?:remember|don[’']?t\s+forget|do\s+not\s+forget|not\s+to\s+forget)\s+(?:to\s+)?"
    rf"{_ERRAND_VERB}\b|"
    r"to[\s-]?do\s*[:—–-]|"
    r"waiting\s+(?:on|for)\s+[A-Z][\w'’-]*\s+(?:for|to)\b|"
    rf"(?:book|schedule|set up|arrange)\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}"
    r"(?:call|meeting|chat|interview|follow-?up|catch-?up|sync)\b|"
    rf"(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+to\s+{_ERRAND_VERB}\b|"
    r"(?:ai|action)\s*\((?-i:[A-Z])[^()]{0,30}\)\s*:)",
    re.IGNORECASE,
)
_TASK_OPENERS = frozenset(
    (
        *("need", "needs", "still", "have", "has", "got", "must", "should", "remember"),
        *("don't", "don’t", "do", "not", "to", "to-do", "todo", "waiting", "book", "schedule"),
        *("set", "arrange", "ai", "action"),
    )
)


def task_line(text: str) -> bool:
    """Whether a line (its marks read past) is the note-taker's errand, not a speaker's
    words, under any heading: "Need to confirm the date with the press office", "Must check
    the 2027 figure", "Don't forget to ask Tom about the buyback", "To do: book a call",
    "Waiting on Ben for the guidance", "Dana to send the deck by Friday", "AI (Tom):
    circulate the minutes". Source of the rule: meeting notes' and reporters' to-do lines
    (tests/importing/test_task_lines.py)."""
    words = text.split(maxsplit=2)
    if not words:
        return False
    first = words[0].lower().rstrip(":")
    named = len(words) > 2 and words[0][:1].isupper() and words[1:2] == ["to"]
    opener = first.split("(")[0] in _TASK_OPENERS or first.startswith(("ai(", "action("))
    if not (opener or named or (len(words) > 2 and words[2].startswith("to "))):
        return False
    return _TASK.match(text) is not None


# What a show's or a meeting's notes call their parts, alone on a line ("In this episode",
# "Links", "Action items"): no claim, and no new appearance either.
PART_NAMES = frozenset(
    (
        *("in this episode", "on this episode", "in this issue", "this week", "links"),
        *("show links", "resources", "mentioned", "mentioned in this episode", "sponsors"),
        *("chapters", "timestamps", "action items", "actions", "next steps", "agenda"),
        *("attendees", "decisions", "discussion", "topics", "topics covered", "about the guest"),
        *("guest bio", "further reading", "references", "related", "episode summary"),
        *("key takeaways", "takeaways", "highlights", "transcript", "show notes", "credits"),
        *("aob", "any other business", "matters arising", "minutes", "replies", "comments"),
        *("top replies", "reactions", "responses", "the thread", "thread"),
    )
)


# Where a line declaring a host goes on to declare a guest: "Host: Leah Abernathy. Guest:
# Dr. Samir Haddad, analyst at Quillon"; "Moderator: Ana Ruiz; Panelists: …".
_DECLARED_TOGETHER = re.compile(
    r"(?<=[.;])\s+(?=(?:co-?)?(?:hosts?|guests?|moderators?|panell?ists?|speakers?|"
    r"interviewers?|with)\s*:)",
    re.IGNORECASE,
)


# A committee hearing's lists of its members and witnesses.
_COMMITTEE = re.compile(r"^(?:committee\s+)?(?:members(?:\s+present)?|witnesses)\s*:", re.I)


# Who was not there, in minutes: "Apologies: Leo Park", "Absent: …", "Regrets: …"; the
# next meeting's date ("Next meeting: 9 June 2025"); and a transcription tool's list of the
# recording's keywords or tags (Otter's "Keywords: fare capping, Line 4 extension").
# No claim, nobody declared.
_ABSENT = re.compile(
    r"^(?:apologies(?:\s+received)?|absent|regrets|not present|unable to attend|keywords|"
    r"(?:next|following) (?:meeting|call|session|catch-?up)|date of next meeting)\s*[:—–-]",
    re.IGNORECASE,
)


def _listed_names(parts: list[str]) -> list[str]:
    """The names of a participants line's parts, an affiliation after a name left out
    ("Ana Ruiz, Keystone" → "Ana Ruiz"); [] when a part is neither."""
    names: list[str] = []
    for part in parts:
        if reads_as_name(part):
            names.append(part)
        elif not names or len(part.split()) > MAX_AFFILIATION_WORDS or not part[:1].isupper():
            return []
    return names


MAX_AFFILIATION_WORDS = 4


def listed_name(part: str) -> str:
    """A listed participant's name: "Ada Quist (chair)" and "Ben Okafor, CFO" → the name;
    "Sarah Collins MP (Chair)" and "Professor Henk Achterberg, University of Leiden" → the
    name without its letters after it or its title before ("Sarah Collins", "Henk
    Achterberg"), which their cues ("Professor Achterberg:") name all the same."""
    role = role_cue(part)
    name = role.name if role and role.name else without_affiliation(part)[0]
    words = name.split()
    while len(words) > 2 and words[-1].strip(".,") in POSTNOMINALS:
        words.pop()
    while len(words) > 2 and words[0].lower().rstrip(".") in TITLES:
        words.pop(0)
    return " ".join(words)


# Letters after a name in a committee's or a board's list: "Sarah Collins MP".
POSTNOMINALS = frozenset(
    (
        *("MP", "MEP", "MSP", "MS", "AM", "MLA", "TD", "QC", "KC", "OBE", "CBE", "MBE"),
        *("KBE", "DBE", "PhD", "FRS", "FREng", "FBA", "JP", "Jr", "Sr"),
    )
)
# "Sarah Collins MP (Chair)": the member who chairs, whom a "The Chair:" cue names.
_CHAIR_MARK = re.compile(
    r"\((?:the\s+)?(?:chair|chairman|chairwoman|chairperson|chair\w*\s+of[^()]*)\)", re.I
)


def _person(name: str) -> str:
    """A heading's name when it is a person's: "Goldman Sachs — Global Macro Conference" or
    "Morgan Stanley — S&P at 7500" names a firm, no speaker (``forecasters``): ""."""
    if name and _ORGANISATION.search(name):
        return ""  # "Riverside Tenants' Association — Committee Meeting": a body's minutes
    return "" if name and no_person(name) else name


# A body that meets and keeps minutes, or a company ("Verdant Robotics — Capital Markets Day
# (Oslo, 3 March 2026)" is no speaker), named at the end of a heading's name.
_ORGANISATION = re.compile(
    r"\b(?:association|co-?operative|co-op|council|committee|society|club|trust|board|union|"
    r"league|federation|institute|foundation|partnership|group|ltd|limited|inc|llc|plc|"
    r"corporation|authority|agency|school|college|university|church|parish|residents|tenants|"
    r"network|alliance|chamber|commission|assembly|cabinet|panel"
    r"|therapeutics|pharmaceuticals|pharma|biosciences|biotech|technologies|systems|labs|"
    r"robotics|energy|motors|airlines|industries|holdings|capital|partners|financial|insurance|"
    r"bank|bancorp|corp|company|media|software|solutions|ventures|resources|mining|"
    r"semiconductors?|logistics|healthcare|brands|foods|enterprises|communications|telecom"
    # An event, not who speaks at it: "Annual General Meeting – Wednesday 24 June 2026".
    r"|meeting|agm|egm|conference|summit|hearing|session|forum|webinar|briefing)\.?$",
    re.IGNORECASE,
)


# A quoted title after a show's name and a colon or a dash: "Episode 212: “What comes …?”".
_QUOTED_TITLE = re.compile(r"(?<=[:—–-])\s*[“\"][^“”\"]{1,120}[”\"]\s*$")


CHAIR_CUES = frozenset(
    (
        *("chair", "the chair", "chairman", "the chairman", "chairwoman", "the chairwoman"),
        *("chairperson", "the chairperson", "madam chair", "mr chairman", "mr. chairman"),
    )
)


class SectionHeadings:
    """Headings, section cues, hosts and date lines of notes (a part of the notes reader)."""

    listing = False  # the line before was a heading over a list of attendees ("Attendees")

    def _structure(self, number: int, text: str) -> bool:
        """Headings and section cues: true when the line was one."""
        heading = MD_HEADING.match(text)
        if heading:
            text = heading.group("text").strip()
        # "- Guest: Dario Amodei", "[00:00] Hosts: Kevin Roose", "* Recorded 12 June 2024" say
        # the same behind a bullet or a time; a bulleted "- Summary" is no heading, though.
        words = strip_markers(text)[0]
        listed, self.listing = self.listing, listing_heading(words)
        if self.listing:  # "## Attendees", then the names on the line below
            return True
        if listed and self._participants_line(f"Attendees: {words}"):
            return True
        if words.count(":") > 1 and (". " in words or "; " in words):
            parts = _DECLARED_TOGETHER.split(words)
            if len(parts) > 1:  # "Host: Leah Abernathy. Guest: Dr. Samir Haddad, analyst …"
                return all(self._structure(number, p.strip(" .;")) for p in parts)
        return (
            self._section_cue(number, words)
            or self._hosts_line(words)
            or self._participants_line(words)
            or self._legend_line(number, words)
            or self._minutes_front_matter(words)
            or self._interview_byline(words)
            or self._date_line(words, bare=heading is None)
            or self._dated_heading(number, text, marked=heading is not None)
            or self._plain_heading(number, text, marked=heading is not None)
        )

    def _section_cue(self, number: int, text: str) -> bool:
        match = SECTION_CUE.match(text)
        if not match or (self.caps_cues and text.split(":", 1)[0].isupper()):
            return False  # "GUEST: Thanks for having me." among "HOST:" cues: the guest's words
        name = match.group("name").split(",")[0].strip(" *_")
        # "Guest: Priya Raman (@priyaraman on X)", "Guest: Carla Mendes (PayFlow)": the person.
        name = without_affiliation(name)[0]
        if self._names_heading_speaker(name):
            return True
        dated = trailing_date(match.group("name"))
        source = {}
        # Without a date of its own, its source's title is who it is ("Carla Mendes, CEO of
        # PayFlow"), not the cue word.
        source = {"title": match.group("name").strip(" *_")}
        if dated and dated[1] <= self.today and "," in match.group("name"):
            source = {"published_on": dated[1], "precision": dated[2], "title": text}
        self.start_section(number, speaker=name, heading=text, **source)
        return True

    def _names_heading_speaker(self, name: str) -> bool:
        """ "Guest: Arjun Mehta, partner at …" under a dated title that nobody has spoken under
        yet ("Episode 212 …" / "Published 3 November 2026"): the title's speaker, in its
        section and source, not an undated section of its own. True when so read."""
        section = self.section
        if section.speaker or not section.heading or section.published_on is None:
            return False
        if self.last_section == section.index or not name:
            return False
        section.speaker = name
        self._declare(name)
        return True

    def _hosts_line(self, text: str) -> bool:
        match = HOST_CUE.match(text)
        if not match:
            return False
        names = host_names(match.group("names"))
        if not all(declares(n) for n in names) or "?" in text:
            # "Moderator: what about Europe?", "HOST: Welcome back" are a host's lines
            return False
        self.section.hosts.extend(names)
        for name in names:
            self._declare(name)
            self.hosts[person_key(name)] = name
        return True

    def _participants_line(self, text: str) -> bool:
        """ "Participants: Carla Mendes (CEO), Tom Reyes (CFO)", "On the call: …": the people
        of the section, each a participant whose cue is theirs; no claim. Only when every
        name listed reads as a person's (an affiliation after it is left out)."""
        if _ABSENT.match(text):
            self.meeting = True
            return True  # "Apologies: Leo Park": who was not there says nothing
        match = _PARTICIPANTS.match(text)
        if not match:
            return False
        # "…, Ruth Achterberg (Chief Financial Officer). This record has been edited …": the
        # list ends with its sentence.
        listed = _LIST_END.split(match.group("names"), maxsplit=1)[0]
        if "(" in listed:  # "Joanna Brandt (JB, chair), …": no part ends inside brackets
            parts = list_parts(listed)
        else:
            parts = re.split(r";|\band\b|&", listed) if ";" in listed else host_names(listed)
        parts = [p.strip(" *_.") for p in parts if p.strip()]
        names = _listed_names([listed_name(p) for p in parts])
        if not names:
            return False
        for name in names:
            self._declare(name)
            self.listed.add(person_key(name))
        self._declare_initials(parts)
        if _COMMITTEE.match(text):  # "Members present:", "Witnesses:": a hearing's procedure
            self.hearing = True
        chairs = [
            listed_name(p)
            for p in parts
            if "(" in p and (_CHAIR_MARK.search(p) or bracket_chair(p))
        ]
        if len(chairs) == 1:
            self.chair = chairs[0]
        self._listed_offices(parts)
        return True

    def _listed_offices(self, parts: list[str]) -> None:
        """ "Alasdair Penhaligon (Chief Executive Officer)": the one person a participants
        line gives an office, whom a cue naming the office ("CEO:", "Chief Executive:")
        names (``offices.office_key``). An office two people hold names neither."""
        held: dict[str, list[str]] = {}
        for part in parts:
            office = office_key(bracketed(part)) if "(" in part else ""
            if office:
                held.setdefault(office, []).append(listed_name(part))
        for office, names in held.items():
            if len(names) == 1 and office not in self.offices:
                self.offices[office] = names[0]

    def _chair(self, label: str) -> str:
        """The member a participants line marked "(Chair)", for a "The Chair:" or "Chair:"
        cue; the label as written when none was marked."""
        if self.chair and " ".join(label.lower().split()) in CHAIR_CUES:
            return self.chair
        if self.offices:  # "CEO:" of "Alasdair Penhaligon (Chief Executive Officer)"
            return self.offices.get(office_key(label), label)
        return label

    def _date_line(self, text: str, *, bare: bool = False) -> bool:
        """ "Recorded 12 June 2024", "Air date: 2024-06-12", with ``bare`` a date alone on
        its line ("November 12, 2026"): the section's date, no claim."""
        found = date_line(text, bare=bare)
        if found is None:
            return False
        section = self.section
        said_nothing = self.last_section != section.index
        if said_nothing and section.published_on is None and not section.date_problem:
            if found[0] > self.today:
                section.date_problem = f"({text.strip()}) is after today"
            else:
                section.published_on, section.precision = found
                section.title = section.title or section.heading
        return True

    def _dated_heading(self, number: int, text: str, *, marked: bool) -> bool:
        found = read_heading(text, marked=marked)
        problem = ""
        if found is None:
            impossible = impossible_date(text)
            found = impossible and read_heading(impossible[1], marked=marked)
            problem = f"({impossible[0]}) is not a real date" if found else ""
        elif found.published_on > self.today:
            problem = f"({as_written(found.published_on, found.precision)}) is after today"
        if problem:
            # An appearance, with its date asked for: never a claim, never filed under another
            # source. One naming nobody ("Summit keynote, 9 May 2031") too: a heading with a
            # wrong date or a note of an event to come, which only the curator can tell.
            self.start_section(
                number,
                speaker=_person(found.speaker),
                heading=text,
                title=found.title,
                kind=found.kind,
            )
            self.section.date_problem = problem
            return True
        if found is None or problem:
            return False
        speaker = self._full_name(_person(found.speaker), text)
        self._ask_if_credit(text, speaker)
        self.start_section(
            number,
            speaker=speaker,
            heading=text,
            title=found.title,
            published_on=found.published_on,
            precision=found.precision,
            kind=found.kind,
            panel=found.panel,
        )
        return True

    def _ask_if_credit(self, heading: str, speaker: str) -> None:
        """Ask who speaks under "Interview: Jonas Berg, Dagens Avis, 14 October 2026": a name
        with no role may be the interviewer's byline as well as the guest
        (``headings.interviewer_or_guest``); the lines stay the name's, with a remark."""
        if speaker and interviewer_or_guest(heading):
            self.short_names.setdefault(
                person_key(speaker),
                f"“{heading.strip().lstrip('#').strip()}” names {speaker} with no role: the "
                "interviewer's credit or the one interviewed? check the speaker",
            )

    def _full_name(self, name: str, heading: str = "") -> str:
        """A heading's short name as the one person the document named in full before
        ("Kessler's follow-up post" after "Aaron Kessler posted:"), else as the one known
        speaker of that first name or surname ("## Ana's take" with a known Ana Ruiz), else
        as written. Unless the document named them in full, the lines it opens carry a
        remark (``short_names``): the notes never say who in full, the curator checks."""
        if not name or " " in name.strip():
            return name
        full = {
            person_key(p): p
            for p in self.declared.values()
            if " " in p and names_same_person(name, p)
        }
        if len(full) == 1:
            return next(iter(full.values()))
        lowered = person_key(name)
        known = sorted(
            k
            for k in self.known_people
            if len(k.split()) > 1 and lowered in (k.split()[0], k.split()[-1])
        )
        where = f"“{heading}” names" if heading else "The heading names"
        if len(known) == 1:
            found = " ".join(w.capitalize() for w in known[0].split())
            self.short_names[person_key(found)] = (
                f"{where} only “{name}”: taken as {found}, the one known speaker of that "
                "name; check the speaker"
            )
            return found
        maybe = ", ".join(" ".join(w.capitalize() for w in k.split()) for k in known)
        maybe = f" (known speakers of that name: {maybe})" if maybe else ""
        self.short_names[lowered] = (
            f"{where} only “{name}”, never the full name{maybe}: check who it is"
        )
        return name

    def _plain_heading(self, number: int, text: str, *, marked: bool) -> bool:
        # "## Carla Mendes — Lisbon Fintech Forum": hers, its date asked for. Unmarked,
        # only in notes laid out by appearance headings, and never a sentence.
        by_appearance = any(section.published_on for section in self.sections)
        plain = not text.endswith((".", "!", "?", ":")) and len(text.split()) <= 12
        first = plain and self._title_line(text)  # "Interview — Hanne Vik, CEO …" names her
        named = marked or first or (by_appearance and plain)
        appearance = undated_appearance(text) if named else None
        if appearance and not marked and not _person(appearance[0]):
            appearance = None  # "Morgan Stanley — S&P at 7500 by 2028": a firm's view, no heading
        if appearance:
            speaker, title = appearance
            speaker = self._full_name(_person(speaker), text)
            self._ask_if_credit(text, speaker)
            self.start_section(number, speaker=speaker, heading=text, title=title)
            return True
        if marked or text.lower().rstrip(":") in HEADING_WORDS or self._title_line(text):
            self.start_section(number, heading=text.rstrip(":"), **self._appearance())
            return True
        lowered = " ".join(strip_markers(text)[0].lower().rstrip(":").split())
        opening = self.last_section is None and len(self.sections) == 1
        opening = opening and not self.section.heading
        if lowered in PART_NAMES or document_title(text, first=opening):
            # "Thread recap: rate cuts and housing" opens the notes; "Minutes of the board
            # meeting" or "In this episode" further down names a part: no claim, and the
            # speaker of the lines around it stays.
            if opening and lowered not in PART_NAMES:
                self.start_section(number, heading=text.rstrip(":"))
            self._end_cue()  # the turn or the post before it ends here
            return True
        return False

    def _appearance(self) -> dict:
        """A heading with no date and no name ("## The argument") within a dated appearance
        is a part of it: same source, same speaker unless the curator maps the heading."""
        current = self.section
        if current.published_on is None:
            return {}
        return {
            "title": current.title,
            "published_on": current.published_on,
            "precision": current.precision,
            "kind": current.kind,
            "inherited_speaker": current.speaker or current.inherited_speaker,
        }

    def _title_line(self, text: str) -> bool:
        """The document's first line, when short and not a sentence, is its title."""
        if self.last_section is not None or len(self.sections) > 1 or self.section.heading:
            return False
        # An episode's quoted title ("Episode 212: “What comes after the AI boom?”") asks nothing.
        bare = _QUOTED_TITLE.sub("", text) if TITLE_MARK.search(text) else text
        words = bare.split()
        if len(words) > MAX_TITLE_WORDS or "?" in bare or bare.endswith((".", "!", "”", '"')):
            return False
        if text.endswith(":"):  # "JANE DOE:" alone: a cue of the lines below, not a title
            return False
        if self._first_cue(text) or looks_like_prediction(text):
            return False
        capitalised = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
        if capitalised * 2 <= len(words) and reads_as_clause(text):
            return False  # "Our notes on the call show demand is slowing": a sentence
        return bool(TITLE_MARK.search(text)) or capitalised * 2 > len(words)
