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
    host_names,
    strip_markers,
)
from claims.importing.headings import (
    date_line,
    impossible_date,
    read_heading,
    trailing_date,
    undated_appearance,
)
from claims.importing.names import (
    names_same_person,
    person_key,
    reads_as_name,
    without_affiliation,
)

# A line listing who takes part: "Participants: …", "Attendees: …", "On the call: …".
_PARTICIPANTS = re.compile(
    r"^(?:(?:call|company|corporate|conference)\s+)?(?:participants|attendees|present|"
    r"speakers|on the call|in the room|panel|panelists|panellists)\s*:\s*(?P<names>.+)$",
    re.IGNORECASE,
)


class SectionHeadings:
    """Headings, section cues, hosts and date lines of notes (a part of the notes reader)."""

    def _structure(self, number: int, text: str) -> bool:
        """Headings and section cues: true when the line was one."""
        heading = MD_HEADING.match(text)
        if heading:
            text = heading.group("text").strip()
        # "- Guest: Dario Amodei", "[00:00] Hosts: Kevin Roose", "* Recorded 12 June 2024" say
        # the same behind a bullet or a time; a bulleted "- Summary" is no heading, though.
        words = strip_markers(text)[0]
        return (
            self._section_cue(number, words)
            or self._hosts_line(words)
            or self._participants_line(words)
            or self._date_line(words)
            or self._dated_heading(number, text, marked=heading is not None)
            or self._plain_heading(number, text, marked=heading is not None)
        )

    def _section_cue(self, number: int, text: str) -> bool:
        match = SECTION_CUE.match(text)
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
        match = _PARTICIPANTS.match(text)
        if not match:
            return False
        listed = match.group("names")
        parts = re.split(r";|\band\b|&", listed) if ";" in listed else host_names(listed)
        names = [without_affiliation(part.strip(" *_."))[0] for part in parts if part.strip()]
        if not names or not all(reads_as_name(name) for name in names):
            return False
        for name in names:
            self._declare(name)
            self.listed.add(person_key(name))
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
            problem = f"({as_written(found.published_on, found.precision)}) is after today"
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
            speaker=self._full_name(found.speaker),
            heading=text,
            title=found.title,
            published_on=found.published_on,
            precision=found.precision,
            kind=found.kind,
            panel=found.panel,
        )
        return True

    def _full_name(self, name: str) -> str:
        """A heading's short name as the one person the document named in full before
        ("Kessler's follow-up post" after "Aaron Kessler posted:"), else as written."""
        if not name or " " in name:
            return name
        full = {
            person_key(p): p
            for p in self.declared.values()
            if " " in p and names_same_person(name, p)
        }
        return next(iter(full.values())) if len(full) == 1 else name

    def _plain_heading(self, number: int, text: str, *, marked: bool) -> bool:
        # "## Carla Mendes — Lisbon Fintech Forum": hers, its date asked for. Unmarked,
        # only in notes laid out by appearance headings, and never a sentence.
        by_appearance = any(section.published_on for section in self.sections)
        plain = not text.endswith((".", "!", "?", ":")) and len(text.split()) <= 12
        first = plain and self._title_line(text)  # "Interview — Hanne Vik, CEO …" names her
        named = marked or first or (by_appearance and plain)
        appearance = undated_appearance(text) if named else None
        if appearance:
            speaker, title = appearance
            self.start_section(number, speaker=speaker, heading=text, title=title)
            return True
        if marked or text.lower().rstrip(":") in HEADING_WORDS or self._title_line(text):
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
        if len(words) > MAX_TITLE_WORDS or "?" in text or text.endswith((".", "!", "”", '"')):
            return False
        if text.endswith(":"):  # "JANE DOE:" alone: a cue of the lines below, not a title
            return False
        if self._first_cue(text) or looks_like_prediction(text):
            return False
        capitalised = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
        return bool(TITLE_MARK.search(text)) or capitalised * 2 > len(words)
