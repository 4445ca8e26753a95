"""Reading a meeting's minutes and a written interview's byline (a part of the notes reader,
``notes._NotesReader``): front matter, the initials a list of people gives, agenda items'
titles (``minutes``), and "Interview by NAME | Outlet | DATE" (``written_qa``).

``MeetingLines`` holds no state of its own but ``meeting``: ``self`` is the notes reader.
"""

import re

from claims.importing.council_minutes import (
    agenda_heading,
    council_minutes,
    council_procedure,
    full_name_in,
    meeting_when,
    office_and_name,
    public_speaker,
    roll_call,
    title_block_line,
)
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
from claims.importing.parsing import split_sentences
from claims.importing.written_qa import asking_lines, interview_byline

# A numbered item of a list: "3. Rates will fall by 2027", "2) …".
_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s")


class MeetingLines:
    """Minutes' front matter and agenda titles, an interview's byline."""

    # The notes are a meeting's minutes: front matter or a list of who was absent was read.
    meeting = False
    # The notes are a US council's minutes (``council_minutes``); None until asked.
    council: bool | None = None
    title_end: int | None = None  # the last line of a council's minutes' title block

    def _council_text(self, number: int, text: str) -> str:
        """The words of a line of a council's minutes that may be claims: "" for its title
        block, the meeting's date and place, an agenda heading, a roll call (whose people
        are declared, ``_roll_call``) and procedure; a line of words and procedure ("Mr.
        Lindqvist noted that … . Motion by Councilor Abernathy, …. Motion carried 4-0.")
        keeps its words. Any other document's line is returned as it is."""
        if not text:
            return text
        if self.council is None:
            self.council = council_minutes(self.lines)
            self.meeting = self.meeting or self.council
        if not self.council:
            return text
        body = text.strip(" *_#")
        people = roll_call(body)
        if people is not None:
            self._roll_call(people)
            self._declare_initials(list_parts(body.split(":", 1)[-1]))  # "(JB, chair)"
        elif number <= self._title_end():
            pass
        elif meeting_when(body):
            self._date_line(meeting_when(body), bare=True)
        elif not agenda_heading(body):
            sentences = [s for _, s in split_sentences(body)]
            kept = [s for s in sentences if not council_procedure(s)]
            for sentence in kept:  # "Tom Vance, 402 Birch Avenue, said …": declared
                self._public_sayer(sentence)
            if len(kept) == len(sentences):
                return text
            if kept:
                return " ".join(kept)
        self._end_cue()
        self._document_line(number)
        return ""

    def _report_goes_on(self, line: int, remark: str) -> tuple[str, str]:
        """Who a council's minutes give a sentence naming no sayer to: the person whose
        reported words the same line gave just before ("City Manager Lindqvist reported
        that … . Staff will return to Council with …": the City Manager's report goes on),
        with a remark to check; ("", ``remark``) in other documents, or when the line gave
        no one's words before it."""
        last = self.statements[-1] if self.council and self.statements else None
        if last is None or last.line != line or last.narration or not self.last_quoted:
            return "", remark
        if last.speaker != self.last_quoted:
            return "", remark
        note = f"minutes: taken as {last.speaker}'s report, which the line gives before it"
        return last.speaker, "; ".join(n for n in (remark, note) if n)

    def _title_end(self) -> int:
        """The number of the last line of the title block: the first lines that read as a
        title (``title_block_line``), read once."""
        if self.title_end is None:
            self.title_end = 0
            for number, line in enumerate(self.lines, start=1):
                if line.strip() and not title_block_line(line):
                    break
                self.title_end = number
        return self.title_end

    def _roll_call(self, people: list[tuple[str, str]]) -> None:
        """Declare the people a roll call names in full, each also by office and surname
        ("City Manager Lindqvist", "Councilor Chen-Whitaker"), so that the minutes' reported
        words ("City Manager Lindqvist reported that …") are theirs. A surname alone ("Mayor
        Solís") is the one full name the document gives it elsewhere ("Mayor Renata Solís
        called the meeting to order"), or left as written, for the curator."""
        for office, name in people:
            full = name if " " in name else full_name_in(name, office, self.lines)
            if not full:
                continue
            self._declare(full)
            self.listed.add(person_key(full))
            surname = full.split()[-1]
            for held in {office, office.rstrip("s")} - {""}:
                self.declared.setdefault(person_key(f"{held} {surname}"), full)
                self.declared.setdefault(person_key(f"{held} {name}"), full)

    def _public_sayer(self, quote: str) -> str:
        """The member of the public a council's minutes give ``quote`` to, named with their
        address or whom they represent ("Walter Brigham, 88 Fennel Lane, stated that …",
        ``council_minutes.public_speaker``), declared; "" for any other sentence."""
        name = public_speaker(quote) if self.council else ""
        if name:
            self._declare(name)
        return name

    def _council_sayer(self, name: str) -> str:
        """The sayer a council's minutes name with an office ("Public Works Director Hale"):
        the person the roll call declared, or the name without the office ("Hale"), whom
        the curator is asked about; ``name`` itself in other documents."""
        if not self.council or person_key(name) in self.declared:
            return name
        office, bare = office_and_name(name)
        return bare if office else name

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
