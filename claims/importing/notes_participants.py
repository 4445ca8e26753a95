"""Who a "Label:" in notes names (a part of the notes reader, ``notes``): a participant the
document declares (a section's speaker, a host, an earlier cue, a listed name, initials), one
the curator mapped or the tracker knows, a name the narration introduced in full, a name in
the document's cue style; or nobody, when it is a label ("Energy:"), a firm, a body or a
group (``forecasters``), or the show's own title. Also where a second cue starts on a line.

``Participants`` holds no state of its own: ``self`` is a ``notes._NotesReader``.
"""

import re

from claims.importing.cues import (
    COLON_CUE,
    FRAME_LABELS,
    MAX_LABEL_WORDS,
    NOT_LABELS,
    SENTENCE_WORDS,
    lone_first_name,
    one_caps_word,
    transcript_cue,
)
from claims.importing.forecasters import no_person
from claims.importing.introduced_names import MAX_LINES_SEARCHED, introduced_full_name
from claims.importing.introductions import names_in
from claims.importing.names import (
    LABEL_WORDS,
    initials_like,
    initials_of,
    is_placeholder,
    names_same_person,
    person_key,
    reads_as_name,
    role_cue,
    untitled,
)
from claims.importing.parsing import split_sentences

_OPENING_LINES = 40  # a written interview's headline, standfirst and introduction

# What follows a show's title in a heading: a dash, a colon, a comma, an episode's number.
_SHOW_TITLE_END = re.compile(r"^(?:\s*[—–|:,(]|\s+-{1,2}\s|\s+(?:episode|ep\.?|#)\s*\d)")
_SHOW_WORDS = re.compile(r"\b(?:episode|ep\.?\s*\d|podcast|show|#\s?\d)", re.IGNORECASE)


_OPENING = re.compile(r"[^\s—–|:,(]*")


def _opening(text: str) -> str:
    """What ``text`` opens with, up to a space or a mark ``_SHOW_TITLE_END`` allows after a
    title: a heading that opens with a label has the label's opening."""
    return _OPENING.match(text).group()


def _titles(section) -> set[str]:
    return {" ".join(t.lower().split()) for t in (section.heading, section.title)}


_DOUBLE_SURNAME = re.compile(r"^[A-ZÀ-Þ][\w'’-]+\s+[A-ZÀ-Þ][\w'’-]+$")


class Participants:
    """Who a label names, or that it names nobody; where a line's second cue starts."""

    def _known_participant(self, name: str) -> str | None:
        """The participant ``name`` names: declared in the document (a section's speaker, a
        cue, a host) or one the curator mapped or the tracker knows; None otherwise."""
        key = person_key(name)
        if not key:
            return None
        if key in self.declared:
            return self.declared[key]
        for declared in self.declared.values():
            if names_same_person(name, declared):
                return declared
        if key in self.known_people:
            self._declare(name)
            return name
        if name.isupper() and initials_like(name):
            # "TRC reported that …" of "Tomás Ruiz-Castillo (TRC, treasurer)" listed present
            return self._initials(name)
        return None

    def _participant(self, label: str) -> str | None:
        """The person a label names, as the document or the curator declares them, or None."""
        key = person_key(label)
        found = self._initials(label) or self.declared.get(key)
        found = found or next(
            (n for n in self.declared.values() if names_same_person(label, n)), ""
        )
        if found or (key not in self.known_people and no_person(label)):
            return found or None  # "Goldman:", "Wall Street:", "Management:": nobody's voice
        found = self._introduced_surname(label) or self._self_named(label)
        if found:
            return found
        if key in self.known_people or reads_as_name(label) or is_placeholder(label):
            self._declare(label)
            return label
        if label in self.repeated_caps:
            # "MAYA:" as the first cue, used again later: a cue from the first use.
            self._declare(label)
            return label
        if self._names_known_person(label) or (self.caps_cues and one_caps_word(label)):
            # "Musk:" of a known Elon Musk, "CASEY:" among "KEVIN:" and "DARIO:" cues: a
            # speaker cue; who it is, the curator confirms (``speakers.SpeakerResolver``).
            self._declare(label)
            return label
        return None

    def _introduced_surname(self, label: str) -> str:
        """The one full name the document gives a surname cue ("Ramirez:" after "First up
        is Sofia Ramirez, chief technology officer at Voltera", "analyst Priya Natarajan
        (BNEF)"), declared so its later cues are theirs; "" when it gives none or several
        ("Ana Lund" and "Erik Lund"). Looked for once per cue word."""
        word = untitled(label)  # "CLLR MOFFAT:", "Dr Hale:": the surname after a title
        surname = lone_first_name(word) or one_caps_word(word)  # "Ramirez", "ETXEBERRIA"
        # A double surname after a title: "MINISTER ALMONTE REYES:", "Dr García Márquez:".
        double = word != label and _DOUBLE_SURNAME.match(word) is not None
        if (" " in word and not double) or not (surname or double):
            return ""
        if word.lower() in LABEL_WORDS:
            return ""
        if label not in self.surnames:
            self.surnames[label] = introduced_full_name(word, self.lines, cue=label)
        full = self.surnames[label]
        if full:
            self._declare(full)
            self.declared[person_key(label)] = full
        return full

    def _self_named(self, label: str) -> str:
        """The full name a first-name cue gives itself in its own words ("ARTHUR: Gary, it's
        Arthur Pennock, you know me" makes every "ARTHUR:" Arthur Pennock), declared so; ""
        when its lines give none or several. Looked for once per cue word."""
        word = untitled(label)
        first = lone_first_name(word) or one_caps_word(word)
        if " " in word or not first or word.lower() in LABEL_WORDS:
            return ""
        key = f"\0self {label}"
        if key not in self.surnames:
            named = re.compile(
                rf"^\s*{re.escape(label)}\s*:.*?\b(?:it's|it is|i'm|i am|this is|my name is"
                rf"|name's)\s+(?P<name>(?i:{re.escape(word)})\s+[A-Z][\w'’-]+)",
                re.IGNORECASE,
            )
            found = {
                person_key(m["name"]): m["name"]
                for line in self.lines[:MAX_LINES_SEARCHED]
                if label in line and (m := named.match(line)) and m["name"].split()[1][:1].isupper()
            }
            full = next(iter(found.values())) if len(found) == 1 else ""
            self.surnames[key] = full if reads_as_name(full) else ""
        full = self.surnames[key]
        if full:
            self._declare(full)
            self.declared[person_key(label)] = full
        return full

    def _initials(self, label: str) -> str | None:
        """The one participant whose initials ``label`` is ("JA:" under "Phone call, Jonas
        Akerlund (SEB analyst)": the section's speaker, a host, anyone declared), or None
        when nobody's. When several people's, the cue is kept as written and its lines ask
        the curator who it is (``doubts``): never one of them by a guess."""
        if not initials_like(label):  # no name's initials: none of them need be tried
            return None
        own = (self.section.speaker, self.section.inherited_speaker)
        people = {
            person_key(name): name
            for name in (*own, *self.section.hosts, *self.declared.values())
            if name
            and initials_of(
                label,
                name,
                abbreviations=name in own
                or name in self.section.hosts
                or person_key(name) in self.listed,
            )
        }
        if not people:  # "OM:" in a written interview: the name its headline and intro give
            people = self._opening_initials(label)
        if len(people) == 1:
            return next(iter(people.values()))
        if len(people) > 1:
            names = sorted(people.values())
            self._declare(label)
            self.doubts[person_key(label)] = (
                f"“{label}:” are the initials of {', '.join(names[:-1])} and {names[-1]}: "
                "check the speaker"
            )
            return self.declared[person_key(label)]
        return None

    def _opening_initials(self, label: str) -> dict[str, str]:
        """The people named in full above the document's first cue (a written interview's
        headline, standfirst and introduction: "… Orla Madden on grid queues …") whose
        initials ``label`` is, by ``person_key``; read once per label."""
        if label not in self.surnames:
            found: dict[str, str] = {}
            for line in self.lines[:_OPENING_LINES]:
                cue = COLON_CUE.match(line.strip())
                if cue and initials_like(cue.group("name").strip()):
                    break  # the first cue: the interview begins
                for name in names_in(line):
                    if reads_as_name(name) and " " in name and initials_of(label, name):
                        found.setdefault(person_key(name), name)
            # Two people with those initials: none of them is taken.
            self.surnames[label] = next(iter(found.values())) if len(found) == 1 else ""
        full = self.surnames[label]
        return {person_key(full): full} if full else {}

    def _names_known_person(self, label: str) -> bool:
        """ "Elon" or "Musk" when Elon Musk is a known speaker (never a label word)."""
        word = label.strip()
        lowered = word.lower()
        return (
            " " not in word
            and word[:1].isupper()
            and lowered not in LABEL_WORDS | FRAME_LABELS
            and person_key(word) in self.known_parts
        )

    def _could_be_label(self, label: str, *, dash: bool) -> bool:
        words = label.split()
        if not words or len(words) > MAX_LABEL_WORDS or label[:1].isdigit():
            return False
        if label.lower().strip(".") in NOT_LABELS or "//" in label:
            return False
        if dash:  # "Sarah — ..." is a cue; prose with a dash is not a label
            known = role_cue(label) is not None or self._participant(label) is not None
            return known or bool(no_person(label))  # "Goldman — oil at $100 by 2027"
        if label.isupper() and self._initials(label):
            return True  # "IT:" of Ivan Tomic, listed as a participant: no word "it"
        # "The key point is this: ..." is a sentence with a colon, kept whole.
        return not any(w.lower() in SENTENCE_WORDS for w in words)

    def _second_cue(self, name: str, first: str) -> bool:
        if not name[:1].isupper() or len(name.split()) > MAX_LABEL_WORDS:
            return False
        if self._known_participant(name) or reads_as_name(name) or role_cue(name):
            return True
        return " " not in first and (lone_first_name(name) or one_caps_word(name))

    def _next_cue(self, rest: str, label: str) -> tuple[str, re.Match | None]:
        """A cue's words up to a second cue on the same line, and that cue: "Mehta: the
        hyperscalers. Moreau: the users." gives ("the hyperscalers.", "Moreau: the users.").
        Each cue opens its own turn. A second cue is a participant, a name, a role, or one
        capitalised word after a first cue of one word ("Mehta: … Moreau: …")."""
        for start, _ in split_sentences(rest):
            cue = COLON_CUE.match(rest[start:]) if start else None
            if cue and self._second_cue(cue.group("name").strip(), label):
                return rest[:start].strip(), cue
        return rest, None

    def _show_title(self, label: str) -> bool:
        """Whether a cue is the show's or the document's title ("Hard Fork:" under "Hard Fork
        — episode 80, 5 April 2024", "Odd Lots:" under "Odd Lots: Jigar Shah on the grid"):
        a heading opens with it, set off by a dash, a colon or an episode's number, and it
        names nobody the document declares, but would be read as a person's name ("Energy
        Outlook:" is a label, whatever the heading). One word is a show's title only under
        a heading that says it is a show's."""
        if not (reads_as_name(label) or transcript_cue(label)):
            return False
        if self._known_participant(label) or person_key(label) in self.known_people:
            return False
        lowered = " ".join(label.lower().split())
        return any(
            title.startswith(lowered)
            and _SHOW_TITLE_END.match(title[len(lowered) :])
            and (" " in lowered or _SHOW_WORDS.search(title))
            for title in self._titles_opening(_opening(lowered))
        )

    # The finished sections' headings and titles (lower case, single spaces), by
    # ``_opening``; made as the sections end, so that a cue is not compared with every one.
    _title_index: dict[str, set[str]] | None = None
    _titles_done = 0  # how many sections are in the index

    def _titles_opening(self, opening: str) -> list[str]:
        """The headings and titles of the sections read so far that open with ``opening``
        (``_opening``), lower case with single spaces. Finished sections are indexed once;
        the current one's are read again, as its title may still be set."""
        if self._title_index is None:
            self._title_index = {}
        done = len(self.sections) - 1
        for section in self.sections[self._titles_done : done]:
            for title in _titles(section):
                self._title_index.setdefault(_opening(title), set()).add(title)
        self._titles_done = max(self._titles_done, done)
        current = [t for t in _titles(self.sections[-1]) if _opening(t) == opening]
        return [*self._title_index.get(opening, ()), *current]
