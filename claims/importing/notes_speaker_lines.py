"""Speaker lines of notes that are no "Name: words" cue (a part of the notes reader,
``notes``): a chat's or a thread's author line ("[9:02 AM] Priya Shah", ``chats``), a
transcript tool's speaker line with the time ("Tom Keene  0:03"), a call transcript's name
alone on its line ("Carla Mendes -- Chief Executive Officer", ``calls``) and its operator.
Each opens a turn that lasts until the next one.

``SpeakerLines`` holds no state of its own: ``self`` is a ``notes._NotesReader``.
"""

import re

from claims.importing.calls import (
    OPERATOR,
    introduced_caller,
    names_a_role,
    operator_cue,
    speaker_line,
)
from claims.importing.chats import AuthorLine, author_line
from claims.importing.cues import (
    FRAME_LABELS,
    MD_HEADING,
    STRUCTURE_WORDS,
    hms,
    lone_first_name,
    strip_markers,
)
from claims.importing.names import (
    LABEL_WORDS,
    affiliation_remark,
    is_placeholder,
    person_key,
    reads_as_name,
    role_cue,
)
from claims.importing.narration import DOCUMENT_LINE
from claims.importing.parsing import Statement

HANDLE_NOTE = (
    "“{handle}” is a forum user's handle, not a name: map it to who it is, or keep the handle"
)


class SpeakerLines:
    """Author lines, transcript tools' speaker lines, call transcripts' names and operator."""

    chat_clock = False  # a chat export's times have no AM or PM (``chats.message_times``)

    def _author_line(self, number: int, text: str) -> bool:
        """A chat's or a thread's author line ("[9:02 AM] Priya Shah", "u/gridwonk · 512
        points"): the messages below it, up to the next one, are the author's. True when read."""
        found = author_line(text, clock=self.chat_clock)
        if found is None:
            return False
        if found.notice:  # "[12/03/2025, 09:10:00] Messages and calls are end-to-end …"
            self._document_line(number)
            return True
        if found.post:  # the post's header: its author is the thread's original poster
            self.op_handle = found.name.lower()
            self._document_line(number)
            return True
        speaker = self._line_author(found)
        self._end_cue()
        self.cue_speaker, self.cue_host = speaker, person_key(speaker) in self.hosts
        self.name_turn = self.chat_turn = True
        if speaker.startswith("u/"):
            self.cue_note = HANDLE_NOTE.format(handle=speaker)
        self._document_line(number)
        if found.words:  # WhatsApp: the message on the author's line
            self._content(number, found.words)
        return True

    def _line_author(self, found: AuthorLine) -> str:
        """Who an author line names: the post's author for a thread's "(OP)", the person
        the document gave the handle to ("Priya Raman (@priyaraman)"), a participant, or
        the name as written (a forum user is never the post's author unless marked OP)."""
        if found.op or (found.handle and found.name.lower() == self.op_handle):
            own = self.section.speaker or self.section.inherited_speaker
            if own:
                return own
        name = self.handles.get(found.name.lower())
        if name:
            return name
        if found.handle:
            label = f"u/{found.name}"
            self._declare(label)
            return self.declared[person_key(label)]
        speaker = self._participant(found.name) or found.name
        self._declare(speaker)
        return speaker

    def _document_line(self, number: int) -> None:
        """Count a line of the document's own (an author line, an app's notice): no claim."""
        self.statements.append(
            Statement("", "", number, self.section.index, narration=True, note=DOCUMENT_LINE)
        )

    def _block_cue(self, match: re.Match) -> bool:
        """ "Tom Keene  0:03": the lines below, up to the next such line, are Tom Keene's.

        False when the name is no one's (a note that ends with a time)."""
        label = match.group("name").strip()
        role = role_cue(label)
        if role is not None:  # "Interviewer  0:03"; "Guest  0:05" is the section's speaker
            self._start_role_cue(role.name, host=role.host, label=label)
        else:
            speaker = self._participant(label)
            if speaker is None and self.block_cues and lone_first_name(label):
                # "Leo  0:10" among the document's speaker lines: one too, asked about as a
                # first name alone (``speakers.OneNamePlan``).
                self._declare(label)
                speaker = label
            if speaker is None or label.lower() in LABEL_WORDS:
                return False
            host = person_key(speaker) in self.hosts
            self.cue_speaker, self.cue_host, self.cue_topic = speaker, host, ""
            self.cue_bullet = None
        self.block_time = hms(match.group("time"))
        if match.group("clock"):  # "10:02 AM": the time of day, the turn lasts all the same
            self.block_time, self.name_turn, self.chat_turn = "", True, True
        self.block_cues += 1
        return True

    def _speaker_line(self, label: str) -> bool:
        """Whether a transcript tool's speaker line names someone ("Maya Chen", "Speaker 1",
        "Interviewer"), not a title that ends with a time."""
        return (
            role_cue(label) is not None
            or is_placeholder(label)
            or reads_as_name(label)
            or label in self.repeated_caps
            or person_key(label) in self.known_people
            or person_key(label) in self.declared
        )

    def _name_line(self, text: str) -> bool:
        """A speaker line without a colon ("Carla Mendes -- Chief Executive Officer",
        "CARLA MENDES", "Operator", ``calls.speaker_line``), alone on its line: the
        paragraphs below, up to the next one, are that person's. A name alone is one
        only in a call or when the document declared the person before. True when read."""
        if MD_HEADING.match(text):
            return False
        text, time, bullet = strip_markers(text)
        if bullet:
            return False
        found = speaker_line(text, call=self.call, timed=bool(time))
        if found is None and reads_as_name(text) and person_key(text) in self.declared:
            found = (text, "")  # "Carla Mendes" alone, listed as a participant
        if found is None or (not found[1] and _heading_words(found[0])):
            return False  # "BREAKING NEWS", "KEY POINTS": a heading in capitals
        name, role = found
        if self.call and operator_cue(name):
            self._operator(0, "")
            return True
        speaker = self._participant(name) or name
        self._declare(speaker)
        self._end_cue()
        self.cue_speaker, self.cue_host = speaker, person_key(speaker) in self.hosts
        self.block_time = hms(time) if time else ""  # "[10:04] Ana Ruiz": her turn's start
        if role and not names_a_role(role):  # "Dana Lee, Northfield Capital"
            self.cue_note = affiliation_remark(speaker, role)
        self.name_turn = True
        return True

    def _operator(self, number: int, rest: str) -> None:
        """A call operator's line: nobody's claim. The caller it introduces ("Our next
        question comes from Dana Lee with Northfield Capital.") speaks the lines after it;
        after an "Operator" line alone, the operator's paragraphs run to the next one."""
        turn = self.name_lines and (self.operator_turn or not rest)
        self._end_cue()
        if rest:
            self.emit(rest, "Operator", number, narration=True, note=OPERATOR)
        caller = introduced_caller(rest)
        if caller:
            self.cue_speaker = self._participant(caller) or caller
            self._declare(self.cue_speaker)
            self.caller = self.cue_speaker
            self.name_turn = self.name_lines
        else:
            self.operator_turn = turn

    def _operator_turn(self, number: int, body: str) -> bool:
        """A paragraph of the operator's turn, after an "Operator" line alone: theirs."""
        if not self.operator_turn:
            return False
        self._operator(number, body)
        return True


def _heading_words(name: str) -> bool:
    """Whether a name alone on its line holds a word no name has ("NEWS", "POINTS")."""
    return any(w.lower() in _NOT_NAME_WORDS for w in name.split())


_NOT_NAME_WORDS = LABEL_WORDS | FRAME_LABELS | STRUCTURE_WORDS | {"points", "notes"}
