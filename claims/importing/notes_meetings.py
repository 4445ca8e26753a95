"""Reading a meeting's minutes and a written interview's byline (a part of the notes reader,
``notes._NotesReader``): front matter, the initials a list of people gives, agenda items'
titles (``minutes``), and "Interview by NAME | Outlet | DATE" (``written_qa``).

``MeetingLines`` holds no state of its own but ``meeting``: ``self`` is the notes reader.
"""

import re

from claims.importing.cues import as_written
from claims.importing.minutes import (
    agenda_title,
    bare_name,
    bracket_initials,
    front_matter,
    initials_legend,
    list_parts,
    listed_people,
)
from claims.importing.names import person_key
from claims.importing.notes_sections import listed_name
from claims.importing.written_qa import asking_lines, interview_byline

# A numbered item of a list: "3. Rates will fall by 2027", "2) …".
_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s")


class MeetingLines:
    """Minutes' front matter and agenda titles, an interview's byline."""

    # The notes are a meeting's minutes: front matter or a list of who was absent was read.
    meeting = False

    def _declare_initials(self, parts: list[str]) -> None:
        """The initials a list gives its people in brackets ("Tomás Ruiz-Castillo (TRC,
        treasurer)"): "TRC" names them from here on, as a cue ("TRC: …") and as the sayer
        of reported words ("TRC reported that …")."""
        for part in parts:
            initials = bracket_initials(part) if "(" in part else ""
            if initials:
                name = listed_name(part)
                self.declared.setdefault(person_key(initials), name)
                self.listed.add(person_key(name))

    def _legend_line(self, number: int, text: str) -> bool:
        """A note-taker's key to the initials the notes use ("DH = Deirdre Halloran, chief
        exec. TB = Theo Brandt, her ops director", ``minutes.initials_legend``): each
        initial names that person from here on, as a cue ("DH: …") and as a sayer ("DH
        said …"); the line is no claim. True when it was one."""
        pairs = initials_legend(text)
        if not pairs:
            return False
        for initials, name in pairs:
            self.declared[person_key(initials)] = name
            self._declare(name)
            self.listed.add(person_key(name))
        self._document_line(number)
        return True

    def _minutes_front_matter(self, text: str) -> bool:
        """A minutes' front matter ("Date: 18 November 2026, 6:00 pm", "Venue: …",
        "Minutes taken by: Sam Patel (SP)", ``minutes.front_matter``): no claim; a date dates
        the section as a date line does, a minute-taker or a chair is declared with the
        initials given in brackets."""
        found = front_matter(text)
        if found is None:
            return False
        self.meeting = True
        kind, rest = found
        if kind == "when":
            # "Monday 9 February 2026 at 7.00 pm in the Council Chamber": its date first.
            pieces = re.split(r",\s+|\s+(?:at|from)\s+", rest)
            any(self._date_line(", ".join(pieces[:n]), bare=True) for n in (len(pieces), 1))
        elif kind == "who" and rest:
            parts = list_parts(rest)
            for name, _ in listed_people(rest):
                self._declare(name)
                self.listed.add(person_key(name))
            self._declare_initials(parts)
            if text.lower().startswith("chair") and len(parts) == 1:
                self.chair = bare_name(parts[0])
        return True

    def _interview_byline(self, text: str) -> bool:
        """ "*Interview by Tom Whitfield | Ledger & Line | 24 November 2026*": the interviewer
        declared a host of the section, its date the section's when it has none; no claim."""
        interviewer, when, precision = interview_byline(text)
        if not interviewer:
            return False
        self.section.hosts.append(interviewer)
        self._declare(interviewer)
        self.hosts[person_key(interviewer)] = interviewer
        self.interviewers = {**self.interviewers, person_key(interviewer): interviewer}
        section = self.section
        said_nothing = self.last_section != section.index
        if said_nothing and asking_lines(self.lines, interviewer):
            self.qa_intro = True  # the paragraphs before the first question introduce it
        if when and said_nothing and section.published_on is None and not section.date_problem:
            if when > self.today:
                section.date_problem = f"({as_written(when, precision)}) is after today"
            else:
                section.published_on, section.precision = when, precision
                section.title = section.title or section.heading
        return True

    def _agenda_item(self, number: int, raw: str) -> bool:
        """A numbered agenda item's title ("2. Treasurer's report") with a list under it: a
        part of the minutes, no claim and no new section; the turn before it ends."""
        if not self.meeting and not self.listed:  # not a meeting's minutes: a list's item
            return False
        title = agenda_title(raw)
        if not title or not self._list_follows(number):
            return False
        self._end_cue()
        return True

    def _list_follows(self, number: int) -> bool:
        """Whether the next line with words after line ``number`` is a bulleted item."""
        for line in self.lines[number : number + 3]:
            if line.strip():
                return agenda_title(line) == "" and _NUMBERED.match(line) is None
        return False
