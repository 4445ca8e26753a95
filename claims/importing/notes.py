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
from claims.importing.headings import read_heading, trailing_date, undated_appearance
from claims.importing.names import (
    LABEL_WORDS,
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

_COLON_CUE = re.compile(r"^(?P<name>[^:]{1,60}?)\s*:\s*(?P<rest>.*)$")
_DASH_CUE = re.compile(r"^(?P<name>[^—–:]{1,60}?)\s+(?P<dash>—|–|--|-)\s+(?P<rest>.+)$")
_SECTION_CUE = re.compile(
    r"^(?:guest|speaker|author|interviewee|with)\s*[:—–]\s*(?P<name>.+)$", re.IGNORECASE
)
_HOST_CUE = re.compile(r"^(?:hosts?|interviewers?|moderators?)\s*:\s*(?P<names>.+)$", re.IGNORECASE)
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
        self.declared: dict[str, str] = {}  # person key → the name as first written
        self.unnamed_host = ""  # the role word of a host cue naming nobody ("Moderator")
        self.hosts: dict[str, str] = {}  # person key → name, of every declared host
        self.timestamp = ""
        # First names and surnames of the known people ("elon", "musk" of "elon musk").
        self.known_parts = {
            part
            for key in known_people
            if len(key.split()) > 1
            for part in (key.split()[0], key.split()[-1])
        }
        self.caps_cues = 0  # cues written as one all-caps word ("KEVIN:", "DARIO:")

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

    def _declare(self, name: str) -> None:
        self.declared.setdefault(person_key(name), name)

    def emit(self, text: str, speaker: str, line: int, **marks) -> None:
        for part in split_inline_bullets(text):
            for _, sentence in split_sentences(part):
                quote = tidy_quote(sentence)
                if quote:
                    self.statements.append(
                        Statement(speaker, quote, line, self.section.index, self.timestamp, **marks)
                    )
                    self.last_section = self.section.index

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

    def _dated_heading(self, number: int, text: str, *, marked: bool) -> bool:
        found = read_heading(text, marked=marked)
        if found is None or found.published_on > self.today:
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
        if looks_like_prediction(text):
            return False
        capitalised = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
        return bool(_TITLE_MARK.search(text)) or capitalised * 2 > len(words)

    # ---- Content: cues, labels, host lines.

    def _content(self, number: int, text: str) -> None:
        stamp = _TIME_PREFIX.match(text)
        self.timestamp = ""
        if stamp:
            text = text[stamp.end() :]
            self.timestamp = _hms(stamp.group("time"))
            if all(w in _CHAPTER_WORDS for w in text.lower().rstrip(".:").split()):
                self._end_cue()
                return
        bullet = _BULLET.match(text) is not None
        body = _BULLET.sub("", text) if bullet else text
        cue = _COLON_CUE.match(body) or _DASH_CUE.match(body)
        if cue and self._cue(number, cue.group("name").strip(), cue.group("rest").strip(), cue):
            return
        if not bullet:
            self._end_cue()
        if self.cue_speaker or self.cue_host:
            self._emit_host_or_cue(body, number)
            return
        self._emit_own(body, number, topic=self.cue_topic if bullet else "")

    def _cue(self, number: int, label: str, rest: str, match) -> bool:
        """Act on "Label: rest"; false when the line is no cue at all (a plain note)."""
        name, affiliation = without_affiliation(label, one_word=True)
        if affiliation and (reads_as_name(name) or self._participant(name)):
            label = name  # "Christine Lagarde (ECB)", "Jamie Dimon, JPMorgan": the person
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
            if _one_caps_word(label):
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
        self.cue_speaker, self.cue_host, self.cue_topic = name, True, ""
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
        self.emit(text, self.section.speaker, number, **marks)

    def _emit_host_or_cue(self, text: str, number: int) -> None:
        if not self.cue_host:
            self.emit(text, self.cue_speaker, number)
            return
        narration = _NARRATION.match(text) is not None
        speaker = self.cue_speaker or self.unnamed_host
        self.emit(text, speaker, number, host=True, narration=narration)
        # The lines after "asked about rates" or "what about Europe?" are the answers.
        if narration or text.rstrip(' ”"’)').endswith("?"):
            self._end_cue()


def _one_caps_word(label: str) -> bool:
    """ "KEVIN", "DARIO": a cue in the all-caps style of transcripts (never a label word)."""
    lowered = label.lower()
    return (
        label.isalpha()
        and label.isupper()
        and len(label) > 1
        and lowered not in LABEL_WORDS | _FRAME_LABELS | _NOT_LABELS
    )


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
        reader.read(number, raw)
        if reader.statements:
            yield from reader.statements
            reader.statements.clear()
