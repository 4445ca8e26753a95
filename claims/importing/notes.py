"""Reading notes: sections (appearances), speaker cues, labels and host lines.

Notes are read line by line (a line is a note). Headings open sections: a dated
heading ("Ada Quist — Summit, Lisbon, 9 May 2023") opens an appearance with its
own source; "Guest: Name" opens one spoken by Name. Within a section a
"Name: text" line is said by Name when Name is a participant (the section's
speaker, a declared host, an earlier cue, a name the curator mapped or a known
speaker) or reads as a person's name; otherwise "Energy:" or "Big picture:"
is a label, the line stays with the section's speaker and the label is a topic
to suggest. Host cues ("Interviewer (Maya Chen):", "Moderator —") give the
line to the host, and a host's narration ("asked about pricing") is nobody's
claim.
"""

import datetime
import re
from collections.abc import Iterable, Iterator

from claims.importing.classify import looks_like_prediction
from claims.importing.headings import (
    date_line,
    impossible_date,
    read_heading,
    trailing_date,
    undated_appearance,
)
from claims.importing.names import (
    LABEL_WORDS,
    affiliation_remark,
    asks_only,
    is_placeholder,
    names_same_person,
    person_key,
    reads_as_name,
    role_cue,
    without_affiliation,
)
from claims.importing.parsing import (
    Section,
    Statement,
    split_inline_bullets,
    split_sentences,
    tidy_quote,
)
from claims.importing.reading import line_parts

_COLON_CUE = re.compile(r"^(?P<name>[^:]{1,60}?)\s*:\s*(?P<rest>.*)$")
_DASH_CUE = re.compile(r"^(?P<name>[^—–:]{1,60}?)\s+(?P<dash>—|–|--|-)\s+(?P<rest>.+)$")
_SECTION_CUE = re.compile(
    r"^(?:guest|speaker|author|interviewee|with)\s*[:—–]\s*(?P<name>.+)$", re.IGNORECASE
)
_HOST_CUE = re.compile(r"^(?:hosts?|interviewers?|moderators?)\s*:\s*(?P<names>.+)$", re.IGNORECASE)
_Q_DOT = re.compile(r"^Q\.\s+(?=\S)")
_MD_HEADING = re.compile(r"^#{1,6}\s+(?P<text>.+?)\s*#*$")
_BULLET = re.compile(r"^(?:[-–—*•·>]|\d+[.)])\s*")
_HEADING_WORDS = {"intro", "introduction", "outro", "summary", "notes", "q&a", "questions"}
# A timestamped line made of these words only is a chapter title ("00:00 Intro and sponsor").
_CHAPTER_WORDS = _HEADING_WORDS | {
    "sponsor",
    "sponsors",
    "ads",
    "ad",
    "break",
    "housekeeping",
    "wrap-up",
    "credits",
    "welcome",
    "and",
    "&",
    "the",
}
# A transcript tool's speaker line: a name and the time they start, alone on the line, their
# words below ("Tom Keene  0:03" from Otter, "Tom Keene (00:03):" from Rev, "[00:00:03]").
_BLOCK_CUE = re.compile(
    r"^(?P<name>[A-Za-z][\w'’.\- ]{0,60}?)\s*[\[(]?(?P<time>(?:\d{1,2}:)?\d{1,2}:\d{2})[\])]?:?$"
)
_TIME_PREFIX = re.compile(
    r"^[\[(]?(?P<time>(?:\d{1,2}:)?\d{1,2}:\d{2})[\])]?\s*(?:[-–—|]\s*)?(?=\S)"
)
_NOT_LABELS = {"http", "https", "e.g", "eg", "i.e", "ie", "nb", "ps", "note", "notes", "edit"}
# Frame words: they say what follows is a forecast or a summary, not what it is about.
_FRAME_LABELS = {
    "forecast",
    "prediction",
    "predictions",
    "bottom line",
    "big picture",
    "takeaway",
    "take-away",
    "take away",
    "key takeaway",
    "key take-away",
    "takeaways",
    "take-aways",
    "key point",
    "key points",
    "main point",
    "the point",
    "note to self",
    "summary",
    "quote",
    "claim",
    "verdict",
    "thesis",
    "tl;dr",
    "tldr",
    "update",
    "aside",
    "source",
    "link",
    "links",
    "example",
    "todo",
    "why",
    "how",
    "what",
    "context",
    "background",
}
_NARRATION = re.compile(
    r"^(?:\(?\s*)(?:(?:the\s+)?(?:host|interviewer|moderator|presenter)\s+)?"
    r"(?:asked|asks|asking|wondered|wonders|wanted to know|wants to know|pushed back|"
    r"pushes back|pressed|presses|questioned|raised|raises|brought up|brings up|"
    r"followed up|follows up|turned to|turns to|on)\b",
    re.IGNORECASE,
)
# What a host does in an interview, told by the notes ("Tom Keene pushed back on the timeline").
_REPORTING_VERB = re.compile(
    r"\s+(?:(?:then|also|again|later|briefly)\s+)?"
    r"(?:asked|asks|wondered|wonders|wanted to know|wants to know|pushed back|pushes back|"
    r"pressed|presses|questioned|questions|challenged|challenges|raised|raises|brought up|"
    r"brings up|interjected|interjects|noted that|notes that|followed up|follows up|"
    r"turned to|turns to|cut in|cuts in|jumped in|jumps in|introduced|introduces|"
    r"opened with|opens with|closed with|closes with)\b",
    re.IGNORECASE,
)
_ROLE_SUBJECT = re.compile(
    r"^(?:the\s+)?(?:host|hosts|interviewer|moderator|presenter|anchor)\b", re.IGNORECASE
)
# Words that tell someone else's words: "Jensen Huang said …", "According to Sam Altman, …".
_NAME_WORDS = (
    r"(?P<name>[A-Z][\w.'’-]*(?:\s+(?:van|de|von|der|da|di|le|la|bin|al)?\s*[A-Z][\w.'’-]*){0,3})"
)
_SAYS = (
    r"(?:said|says|say|saying|thinks|thought|believes|believed|predicted|predicts|predict|"
    r"expects|expected|argued|argues|argue|claimed|claims|claim|told|tells|warned|warns|warn|"
    r"reckons|reckoned|estimated|estimates|forecast|forecasts|wrote|writes|insisted|insists|"
    r"suggested|suggests|stated|states|stress|stressed|stresses|added|adds|pointed out|"
    r"points out|maintains|maintained|noted|notes|note|admitted|admits|conceded|concedes)"
)
_REPORTED = [
    re.compile(rf"^according to {_NAME_WORDS}\s*,", re.IGNORECASE),
    re.compile(
        rf"^{_NAME_WORDS}\s+(?:(?:also|then|later|once|has|had|have|has long|repeatedly|"
        rf"went on to|goes on to|(?:was|is) (?:careful|quick|keen|eager|right) to)\s+)*"
        rf"{_SAYS}\b"
    ),
    re.compile(
        rf"^{_NAME_WORDS}['’]s\s+(?:view|argument|position|point|claim|prediction|forecast|"
        rf"take|thesis|bet|case|expectation|guess|belief)\s+is\b"
    ),
]
# Capitalised words that start a sentence without naming anyone.
_NOT_SOMEONE = frozenset(
    [
        "i",
        "we",
        "you",
        "he",
        "she",
        "they",
        "it",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "people",
        "everyone",
        "everybody",
        "nobody",
        "someone",
        "somebody",
        "analysts",
        "critics",
        "experts",
        "most",
        "many",
        "some",
        "others",
        "the",
        "a",
        "an",
        "and",
        "but",
        "so",
        "then",
        "also",
        "my",
        "our",
        "his",
        "her",
        "their",
        "its",
        "if",
        "when",
        "what",
        "why",
        "how",
        "one",
        "no",
        "not",
        "investors",
        "economists",
        "markets",
        "everything",
        "nothing",
    ]
)
_MAX_LABEL_WORDS = 4
# Words that make a prefix before a colon a clause, not a label.
_SENTENCE_WORDS = frozenset(
    (
        "is",
        "are",
        "was",
        "were",
        "be",
        "will",
        "would",
        "this",
        "that",
        "it",
        "i",
        "we",
        "you",
        "they",
        "he",
        "she",
        "said",
        "says",
        "think",
        "thinks",
        "my",
        "our",
    )
)
_MAX_TITLE_WORDS = 10
_TITLE_MARK = re.compile(
    r"\s[—–|]\s|\b(?:notes|show notes|episode|transcript|summary|minutes)\b", re.IGNORECASE
)


def _hosts(names: str) -> list[str]:
    parts = re.split(r",|&|\band\b", names)
    return [p.strip(" *_") for p in parts if p.strip(" *_")]


class _NotesReader:
    """Reads notes line by line, tracking the section and the current speaker cue."""

    def __init__(
        self, breaks: dict[int, str], known_people: frozenset[str], today: datetime.date
    ) -> None:
        self.breaks = breaks
        self.known_people = known_people
        self.today = today
        self.sections = [Section(index=0, line=1, speaker=breaks.get(1, ""))]
        # Statements read but not yet taken (``notes_statements`` takes them line by line).
        self.statements: list[Statement] = []
        self.last_section: int | None = None  # the section of the last statement read
        self.cue_speaker = ""
        self.cue_host = False
        self.cue_topic = ""
        self.cue_asking = False  # the cue names only an asking role ("Q:", "Interviewer:")
        self.cue_note = ""  # a remark on the cue's lines ("the cue gives … as of “ECB”")
        self.declared: dict[str, str] = {}  # person key → the name as first written
        self.unnamed_host = ""  # the role word of a host cue naming nobody ("Moderator")
        self.hosts: dict[str, str] = {}  # person key → name, of every declared host
        self.timestamp = ""
        # The start of the current speaker line's words ("Tom Keene  0:03"): until the next
        # such line, every line is theirs.
        self.block_time = ""
        # First names and surnames of the known people ("elon", "musk" of "elon musk").
        self.known_parts = {
            part
            for key in known_people
            if len(key.split()) > 1
            for part in (key.split()[0], key.split()[-1])
        }
        self.caps_cues = 0  # cues written as one all-caps word ("KEVIN:", "DARIO:")
        self.narrators: dict[str, str] = {}  # person key → name, of hosts named by a host cue

    @property
    def section(self) -> Section:
        return self.sections[-1]

    def start_section(self, line: int, *, speaker: str = "", heading: str = "", **source) -> None:
        speaker = speaker or self.breaks.get(line, "")
        said_nothing = self.last_section != self.section.index
        index = len(self.sections)
        if said_nothing and not self.section.speaker and not self.section.heading:
            index = self.section.index  # an empty, unnamed opening section is replaced
            self.sections.pop()
        self.sections.append(Section(index, line, speaker, heading, **source))
        if speaker:
            self._declare(speaker)
        self._end_cue()

    def _end_cue(self) -> None:
        self.cue_speaker, self.cue_host, self.cue_topic = "", False, ""
        self.cue_asking, self.cue_note = False, ""
        self.block_time = ""

    def _declare(self, name: str) -> None:
        self.declared.setdefault(person_key(name), name)

    def emit(self, text: str, speaker: str, line: int, *, own: bool = False, **marks) -> None:
        """Add the sentences of ``text``; ``own`` ones (the section speaker's, uncued) that tell
        someone else's words are marked so ("reported: said by Jensen Huang?")."""
        for part in split_inline_bullets(text):
            for _, sentence in split_sentences(part):
                quote = tidy_quote(sentence)
                if quote:
                    sentence_marks = marks
                    owner = speaker or self.section.inherited_speaker
                    reported = self._reported(quote, owner) if own else ""
                    if reported:
                        note = "; ".join(n for n in (marks.get("note", ""), reported) if n)
                        sentence_marks = {**marks, "note": note}
                    self.statements.append(
                        Statement(
                            speaker,
                            quote,
                            line,
                            self.section.index,
                            self.timestamp,
                            **sentence_marks,
                        )
                    )
                    self.last_section = self.section.index

    def _reported(self, quote: str, speaker: str) -> str:
        """A remark when ``quote`` tells what someone named said, or "" when it does not.

        "Jensen Huang said chips will…" under another speaker's section is his words,
        reported; "Gates was careful to say…" under Bill Gates is a summary of hers or his.
        The importer cannot know who the curator files it under, so it says so.
        """
        for pattern in _REPORTED:
            match = pattern.match(quote)
            if match is None:
                continue
            name = match.group("name").strip()
            if name.split()[0].lower().strip(".'’") in _NOT_SOMEONE:
                return ""
            if speaker and names_same_person(name, speaker):
                return "summary, not a quote: check the words are the speaker's"
            if speaker:
                return f"reported: said by {name}? not {speaker}'s own words"
            return f"reported: said by {name}?"
        return ""

    def _host_narration(self, text: str) -> str | None:
        """The host a line tells about ("Tom Keene pushed back…", "Priya asked about ETFs",
        "The host pressed him on costs": "" when unnamed), or None when it is no narration."""
        role = _ROLE_SUBJECT.match(text)
        if role:
            if not _REPORTING_VERB.match(text, role.end()):
                return None
            return self.section.hosts[0] if len(self.section.hosts) == 1 else ""
        hosts = [*self.section.hosts, *self.hosts.values(), *self.narrators.values()]
        words = text.split()
        for size in (3, 2, 1):
            subject = " ".join(words[:size])
            if len(words) <= size or not subject[:1].isupper() or not subject[-1].isalpha():
                continue  # "Omar: asked about rates" is a cue, read as one
            host = next((h for h in hosts if names_same_person(subject, h)), None)
            if host is not None and _REPORTING_VERB.match(" " + " ".join(words[size:])):
                return host
        return None

    def read(self, number: int, raw: str) -> None:
        text = raw.strip().replace("**", "")  # Markdown bold, as in "**Guest:** Name"
        if not text or _BULLET.sub("", text) == "":
            return
        if self._structure(number, text):
            return
        if number in self.breaks and number != self.section.line:
            self.start_section(number, speaker=self.breaks[number])
        self._content(number, text)

    # ---- Structure: headings, section cues, hosts.

    def _structure(self, number: int, text: str) -> bool:
        """Headings and section cues: true when the line was one."""
        heading = _MD_HEADING.match(text)
        if heading:
            text = heading.group("text").strip()
        return (
            self._section_cue(number, text)
            or self._hosts_line(text)
            or self._date_line(text)
            or self._dated_heading(number, text, marked=heading is not None)
            or self._plain_heading(number, text, marked=heading is not None)
        )

    def _section_cue(self, number: int, text: str) -> bool:
        match = _SECTION_CUE.match(text)
        if not match:
            return False
        name = match.group("name").split(",")[0].strip(" *_")
        dated = trailing_date(match.group("name"))
        source = {}
        # Without a date of its own, its source's title is who it is ("Carla Mendes, CEO of
        # PayFlow"), not the cue word.
        source = {"title": match.group("name").strip(" *_")}
        if dated and dated[1] <= self.today and "," in match.group("name"):
            source = {"published_on": dated[1], "precision": dated[2], "title": text}
        self.start_section(number, speaker=name, heading=text, **source)
        return True

    def _hosts_line(self, text: str) -> bool:
        match = _HOST_CUE.match(text)
        if not match:
            return False
        names = _hosts(match.group("names"))
        if not all(len(n.split()) <= 4 and n[:1].isupper() for n in names) or "?" in text:
            return False  # "Moderator: what about Europe?" is a host's line, not a list
        self.section.hosts.extend(names)
        for name in names:
            self._declare(name)
            self.hosts[person_key(name)] = name
        return True

    def _date_line(self, text: str) -> bool:
        """ "Recorded 12 June 2024", "Air date: 2024-06-12": the section's date, no claim."""
        found = date_line(text)
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
            problem = f"({_as_written(found.published_on, found.precision)}) is after today"
        if problem:
            # An appearance, with its date asked for: never a claim, never filed under another
            # source. One naming nobody ("Summit keynote, 9 May 2031") too: a heading with a
            # wrong date or a note of an event to come, which only the curator can tell.
            self.start_section(
                number, speaker=found.speaker, heading=text, title=found.title, kind=found.kind
            )
            self.section.date_problem = problem
            return True
        if found is None or problem:
            return False
        self.start_section(
            number,
            speaker=found.speaker,
            heading=text,
            title=found.title,
            published_on=found.published_on,
            precision=found.precision,
            kind=found.kind,
            panel=found.panel,
        )
        return True

    def _plain_heading(self, number: int, text: str, *, marked: bool) -> bool:
        # "## Carla Mendes — Lisbon Fintech Forum": hers, its date asked for. Unmarked,
        # only in notes laid out by appearance headings, and never a sentence.
        by_appearance = any(section.published_on for section in self.sections)
        plain = not text.endswith((".", "!", "?", ":")) and len(text.split()) <= 12
        appearance = undated_appearance(text) if marked or (by_appearance and plain) else None
        if appearance:
            speaker, title = appearance
            self.start_section(number, speaker=speaker, heading=text, title=title)
            return True
        if marked or text.lower().rstrip(":") in _HEADING_WORDS or self._title_line(text):
            self.start_section(number, heading=text.rstrip(":"), **self._appearance())
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
        words = text.split()
        if len(words) > _MAX_TITLE_WORDS or "?" in text or text.endswith((".", "!", "”", '"')):
            return False
        if text.endswith(":"):  # "JANE DOE:" alone: a cue of the lines below, not a title
            return False
        if looks_like_prediction(text):
            return False
        capitalised = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
        return bool(_TITLE_MARK.search(text)) or capitalised * 2 > len(words)

    # ---- Content: cues, labels, host lines.

    def _content(self, number: int, text: str) -> None:
        block = _BLOCK_CUE.match(text)
        if block and self._block_cue(block):
            return
        stamp = _TIME_PREFIX.match(text)
        self.timestamp = self.block_time
        if stamp:
            text = text[stamp.end() :]
            self.timestamp = _hms(stamp.group("time"))
            if _chapter_title(text):
                self._end_cue()
                return
        bullet = _BULLET.match(text) is not None
        body = _BULLET.sub("", text) if bullet else text
        if self._narration(body, number):
            return
        body = _Q_DOT.sub("Q: ", body, count=1)  # interview transcripts' "Q. …" is "Q: …"
        cue = _COLON_CUE.match(body) or _DASH_CUE.match(body)
        if (
            cue
            and cue.re is _COLON_CUE
            and re.search(r"\d$", cue.group("name"))
            and cue.group("rest")[:1].isdigit()
        ):
            cue = None  # a time or a ratio ("at 10:30", "3:1"), not "Label: words"
        if cue and self._cue(number, cue.group("name").strip(), cue.group("rest").strip(), cue):
            return
        if not bullet and not self.block_time:
            self._end_cue()
        if self.cue_speaker or self.cue_host:
            self._emit_host_or_cue(body, number)
            return
        self._emit_own(body, number, topic=self.cue_topic if bullet else "")

    def _block_cue(self, match: re.Match) -> bool:
        """ "Tom Keene  0:03": the lines below, up to the next such line, are Tom Keene's.

        False when the name is no one's (a note that ends with a time)."""
        label = match.group("name").strip()
        role = role_cue(label)
        if role is not None:  # "Interviewer  0:03"; "Guest  0:05" is the section's speaker
            self._start_role_cue(role.name, host=role.host, label=label)
        else:
            speaker = self._participant(label)
            if speaker is None or label.lower() in LABEL_WORDS:
                return False
            host = person_key(speaker) in self.hosts
            self.cue_speaker, self.cue_host, self.cue_topic = speaker, host, ""
        self.block_time = _hms(match.group("time"))
        return True

    def _cue(self, number: int, label: str, rest: str, match) -> bool:
        """Act on "Label: rest"; false when the line is no cue at all (a plain note)."""
        name, affiliation = without_affiliation(label, one_word=True)
        note = ""
        if affiliation and (reads_as_name(name) or self._participant(name)):
            label = name  # "Christine Lagarde (ECB)", "Jamie Dimon, JPMorgan": the person
            note = affiliation_remark(name, affiliation)
        if match.re is _DASH_CUE and match.group("dash") == "-" and rest[:1].islower():
            # "Silicon Valley - startups will…": a hyphen before lower case is prose, unless
            # the name is someone the document or the curator already knows.
            key = person_key(label)
            if key not in self.declared and key not in self.known_people:
                return False
        if not self._could_be_label(label, dash=match.re is _DASH_CUE):
            return False
        role = role_cue(label)
        if role is not None:
            self._start_role_cue(role.name, host=role.host, label=label)
        else:
            speaker = self._participant(label)
            if speaker is None:
                self._label(number, label, rest)
                return True
            host = person_key(speaker) in self.hosts
            self.cue_speaker, self.cue_host, self.cue_topic = speaker, host, ""
            self.cue_note = note
            if _caps_name(label):  # "KEVIN:", "JANE DOE:": the document's cues are in capitals
                self.caps_cues += 1
        if rest:
            self._emit_host_or_cue(rest, number)
        return True

    def _could_be_label(self, label: str, *, dash: bool) -> bool:
        words = label.split()
        if not words or len(words) > _MAX_LABEL_WORDS or label[:1].isdigit():
            return False
        if label.lower().strip(".") in _NOT_LABELS or "//" in label:
            return False
        if dash:  # "Sarah — ..." is a cue; prose with a dash is not a label
            return role_cue(label) is not None or self._participant(label) is not None
        # "The key point is this: ..." is a sentence with a colon, kept whole.
        return not any(w.lower() in _SENTENCE_WORDS for w in words)

    def _participant(self, label: str) -> str | None:
        """The person a label names, as the document or the curator declares them, or None."""
        key = person_key(label)
        if key in self.declared:
            return self.declared[key]
        for name in self.declared.values():
            if names_same_person(label, name):
                return name
        if key in self.known_people or reads_as_name(label) or is_placeholder(label):
            self._declare(label)
            return label
        if self._names_known_person(label) or (self.caps_cues and _one_caps_word(label)):
            # "Musk:" of a known Elon Musk, "CASEY:" among "KEVIN:" and "DARIO:" cues: a
            # speaker cue; who it is, the curator confirms (``speakers.SpeakerResolver``).
            self._declare(label)
            return label
        return None

    def _names_known_person(self, label: str) -> bool:
        """ "Elon" or "Musk" when Elon Musk is a known speaker (never a label word)."""
        word = label.strip()
        lowered = word.lower()
        return (
            " " not in word
            and word[:1].isupper()
            and lowered not in LABEL_WORDS | _FRAME_LABELS
            and person_key(word) in self.known_parts
        )

    def _start_role_cue(self, name: str, *, host: bool, label: str) -> None:
        if not host:  # "Guest:", "A:": back to the section's speaker
            self._end_cue()
            return
        hosts = self.section.hosts or list(self.hosts.values())
        if not name and len(hosts) == 1:
            name = hosts[0]
        if name:
            name = self._participant(name) or name
            self._declare(name)
            self.narrators[person_key(name)] = name
        self.cue_speaker, self.cue_host, self.cue_topic = name, True, ""
        self.cue_asking = asks_only(label)
        self.unnamed_host = label

    def _label(self, number: int, label: str, rest: str) -> None:
        """'Energy: solar will...' stays with the section's speaker; 'Energy' is a topic."""
        lowered = " ".join(label.lower().split())
        topic = "" if lowered in _FRAME_LABELS else label
        note = ""
        words = label.split()
        if len(words) == 1 and label[:1].isupper() and lowered not in LABEL_WORDS | _FRAME_LABELS:
            note = f"“{label}:” was read as a label, not a speaker; map it to one if it is one"
        self._end_cue()
        if not rest:  # "Energy:" alone: the bullets below are about energy
            self.cue_topic = topic
        if rest:
            self._emit_own(rest, number, topic=topic, note=note)

    def _emit_own(self, text: str, number: int, **marks) -> None:
        self.emit(text, self.section.speaker, number, own=True, **marks)

    def _narration(self, body: str, number: int) -> bool:
        """A line telling what a host did ("Lex asked about Twitter's finances"): the host's
        narration, nobody's claim; the lines after it are the answer."""
        host = self._host_narration(body)
        if not host and not (
            _ROLE_SUBJECT.match(body)
            and _REPORTING_VERB.match(body, _ROLE_SUBJECT.match(body).end())
        ):
            return False
        self._end_cue()
        self.emit(body, host or self.unnamed_host or "Host", number, host=True, narration=True)
        return True

    def _emit_host_or_cue(self, text: str, number: int) -> None:
        if not self.cue_host:
            self.emit(text, self.cue_speaker, number, note=self.cue_note)
            return
        # "Q: I think rates are too high." leads in to a question: the interviewer's, never
        # proposed, as what a host asked is not.
        narration = self.cue_asking or _NARRATION.match(text) is not None
        speaker = self.cue_speaker or self.unnamed_host
        self.emit(text, speaker, number, host=True, narration=narration)
        # The lines after "asked about rates" or "what about Europe?" are the answers.
        if narration or text.rstrip(' ”"’)').endswith("?"):
            self._end_cue()


def _caps_name(label: str) -> bool:
    """ "KEVIN", "JANE DOE": a cue in capitals, as transcripts write them."""
    words = label.replace(".", " ").split()
    return bool(words) and all(_one_caps_word(word) or word in ("DR", "MR", "MS") for word in words)


def _one_caps_word(label: str) -> bool:
    """ "KEVIN", "DARIO": a cue in the all-caps style of transcripts (never a label word)."""
    lowered = label.lower()
    return (
        label.isalpha()
        and label.isupper()
        and len(label) > 1
        and lowered not in LABEL_WORDS | _FRAME_LABELS | _NOT_LABELS
    )


_CHAPTER_OPENERS = frozenset(
    (
        *("why", "how", "what", "when", "where", "who", "which", "on", "about", "intro"),
        *("chapter", "part", "inside", "behind", "listener", "listeners", "wrap-up", "recap"),
        "preview",
    )
)
_CHAPTER_EXTRA = frozenset(
    ("listener", "listeners", "questions", "mailbag", "news", "headlines", "recap")
)
_MAX_CHAPTER_WORDS = 10


def _chapter_title(text: str) -> bool:
    """A timestamped line that names a chapter ("00:00 Intro and sponsor", "02:15 Why
    innovation stocks sold off"): short, not a sentence, no forecast."""
    words = text.lower().rstrip(".:").split()
    if all(w in _CHAPTER_WORDS for w in words):
        return True
    if len(words) > _MAX_CHAPTER_WORDS or text.rstrip(' ”"’)').endswith((".", "!", "?", ";")):
        return False
    if looks_like_prediction(text):
        return False
    if all(w in _CHAPTER_WORDS | _CHAPTER_EXTRA for w in words):
        return True
    capitalised = sum(1 for w in text.split() if w[:1].isupper() or w[:1].isdigit())
    return words[0] in _CHAPTER_OPENERS or (len(words) > 2 and capitalised * 3 > len(words) * 2)


def _as_written(day: datetime.date, precision: str) -> str:
    """A heading's date at the precision it was written: "2031", "May 2031", "9 May 2031"."""
    if precision == "year":
        return f"{day:%Y}"
    if precision == "month":
        return f"{day:%B %Y}"
    return f"{day:%-d %B %Y}"


def _hms(value: str) -> str:
    parts = [int(p) for p in value.split(":")]
    hours, minutes, seconds = ([0] * (3 - len(parts)) + parts)[-3:]
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}"


def notes_statements(
    lines: Iterable[str],
    sections: list[Section],
    *,
    breaks: dict[int, str] | None = None,
    known_people: frozenset[str] = frozenset(),
    today: datetime.date | None = None,
) -> Iterator[Statement]:
    """Notes' statements, line by line; ``sections`` (empty when given) fills as they are read.

    Headings and "Guest: Name" lines open sections; "Name:" lines are cues. A
    "Name: text" line, and the bullet lines right after it, are said by Name;
    the next plain line goes back to the section's speaker. A section is final
    once a statement of the next one has been yielded.
    """
    reader = _NotesReader(breaks or {}, known_people, today or datetime.date.max)
    reader.sections = sections
    sections.append(Section(index=0, line=1, speaker=reader.breaks.get(1, "")))
    for number, raw in enumerate(lines, start=1):
        for part in line_parts(raw):  # a word processor's line break within the line
            reader.read(number, part)
        if reader.statements:
            yield from reader.statements
            reader.statements.clear()
