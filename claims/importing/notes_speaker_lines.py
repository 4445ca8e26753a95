"""Speaker lines of notes that are no "Name: words" cue (a part of the notes reader,
``notes``): a chat's or a thread's author line ("[9:02 AM] Priya Shah", ``chats``), a
transcript tool's speaker line with the time ("Tom Keene  0:03"), a call transcript's name
alone on its line ("Carla Mendes -- Chief Executive Officer", ``calls``) and its operator.
Each opens a turn that lasts until the next one.

``SpeakerLines`` holds no state of its own: ``self`` is a ``notes._NotesReader``.
"""

import datetime
import re
from collections.abc import Mapping
from dataclasses import replace

from claims.importing.calls import (
    OPERATOR,
    introduced_caller,
    names_a_role,
    operator_cue,
    speaker_line,
)
from claims.importing.chat_exports import (
    HOUSEKEEPING,
    INTRODUCTION,
    POLL,
    PRIVATE,
    UNNAMED_SENDER,
    Introduced,
    housekeeping,
    message_parts,
    poll_start,
    sentences,
    unnamed_sender,
    without_introduction,
)
from claims.importing.chats import AuthorLine, author_day, author_line, day_heading
from claims.importing.cues import (
    FRAME_LABELS,
    MD_HEADING,
    STRUCTURE_WORDS,
    hms,
    lone_first_name,
    strip_markers,
)
from claims.importing.export_lines import MessageMark
from claims.importing.named_after import NAMED_AFTER
from claims.importing.names import (
    LABEL_WORDS,
    affiliation_remark,
    is_placeholder,
    person_key,
    reads_as_name,
    role_cue,
    without_affiliation,
)
from claims.importing.narration import DOCUMENT_LINE
from claims.importing.parsing import Statement

# An account's handle as a speaker line's name: "@gridwatcher  00:06:41".
_HANDLE_LABEL = re.compile(r"^@[A-Za-z0-9_.]{2,30}$")
HANDLE_NOTE = (
    "“{handle}” is a forum user's handle, not a name: map it to who it is, or keep the handle"
)


class SpeakerLines:
    """Author lines, transcript tools' speaker lines, call transcripts' names and operator."""

    chat_clock = False  # a chat export's times have no AM or PM (``chats.message_times``)
    chat_export = False  # a WhatsApp export or a Zoom saved chat (``chat_exports``)
    # Who each sender shown by a number or a device said they were (``chat_exports``).
    chat_senders: dict[str, Introduced] = {}  # replaced, never changed
    chat_withheld = ""  # why the lines of the message read are nobody's (a poll, a DM)
    chat_introduced: Introduced | None = None  # who the message's sender said they were
    chat_day_first: bool | None = None  # the export's days are day first (``day_first``)
    chat_day: datetime.date | None = None  # the day the message read was sent
    export_marks: Mapping[int, MessageMark] = {}  # by author line (``export_lines``), replaced
    # A stand-in speaker line's label → (the name, who named it) (``named_after``), replaced.
    stand_ins: Mapping[str, tuple[str, str]] = {}

    def _author_line(self, number: int, text: str) -> bool:
        """A chat's or a thread's author line ("[9:02 AM] Priya Shah", "u/gridwonk · 512
        points"): the messages below it, up to the next one, are the author's. True when read,
        or when the line is a message that is nobody's claim (a poll's, a direct message's)."""
        if self.chat_day is not None or self.chat_turn:  # "--- Tuesday 20 October ---"
            day = day_heading(text, self.chat_day)
            if day is not None:  # the day the messages below were sent
                self.chat_day = day
                self._end_cue()
                self._document_line(number)
                return True
        found = author_line(text, clock=self.chat_clock, export=self.chat_export)
        if found is None:
            return self._message_line(number, text)
        self.chat_withheld, self.chat_introduced = "", None
        # The day the message was sent, when its line stamps it: its horizon counts from it.
        self.chat_day = author_day(text, self.chat_day_first) or self.chat_day
        if found.notice:  # "[12/03/2025, 09:10:00] Messages and calls are end-to-end …"
            self._document_line(number)
            return True
        if found.to or poll_start(found.words):
            return self._withheld_message(number, found)
        if found.post:  # the post's header: its author is the thread's original poster
            self.op_handle = found.name.lower()
            self._document_line(number)
            return True
        speaker, note = self._sender(found)
        mark = self.export_marks.get(number)  # forwarded, or corrected later (``export_lines``)
        if mark is not None:
            origin = mark.origin and self._line_author(AuthorLine(mark.origin))
            speaker, note = origin or speaker, mark.note(speaker, note)
        self._end_cue()
        self.cue_speaker, self.cue_host = speaker, person_key(speaker) in self.hosts
        self.name_turn = self.chat_turn = True
        if speaker.startswith("u/"):
            self.cue_note = HANDLE_NOTE.format(handle=speaker)
        self.cue_note = note or self.cue_note
        self._document_line(number)
        if found.words:  # WhatsApp: the message on the author's line
            self._chat_words(number, found.words)
        return True

    def _message_line(self, number: int, text: str) -> bool:
        """A line of a chat export's message below its author line, when read here: a poll's
        question and options, a direct message's words (nobody's), a line of a message in a
        WhatsApp export or a Zoom chat (``_chat_words``). True when read."""
        if self.chat_withheld:
            self._document_line(number, self.chat_withheld)
            return True
        chat = self.chat_export and self.chat_turn and number not in self.breaks
        if chat or self._introducing(number):
            self._chat_words(number, text)
            return True
        return False

    def _introducing(self, number: int) -> bool:
        """Whether the line is where the message's sender says who they are."""
        return self.chat_introduced is not None and self.chat_introduced.line == number

    def _chat_words(self, number: int, words: str) -> None:
        """A chat message's words on a line: the sentence in which the sender says who they
        are is no claim, nor what leads to it (``chat_exports.without_introduction``); an
        emoji that ends a sentence parts it from the next (``chat_exports.message_parts``); in
        an export, a meeting's housekeeping is no claim (``chat_exports.housekeeping``)."""
        if self._introducing(number):
            said, words = without_introduction(words, self.chat_introduced.name)
            if said:
                self._document_line(number, INTRODUCTION)
        for part in message_parts(words):
            if not self.chat_export or not housekeeping(part):
                self._content(number, part)
                continue
            for sentence in sentences(part):  # "Welcome to the Q&A. The survey closes …"
                if housekeeping(sentence):
                    self._document_line(number, HOUSEKEEPING)
                else:
                    self._content(number, sentence)

    def _withheld_message(self, number: int, found: AuthorLine) -> bool:
        """A poll ("POLL:") or a direct message: the line and the message's lines below it,
        up to the next author line, are nobody's claim (``chat_exports.POLL``, ``PRIVATE``)."""
        self._end_cue()
        self.chat_withheld = PRIVATE.format(to=found.to) if found.to else POLL
        self._document_line(number, self.chat_withheld)
        return True

    def _sender(self, found: AuthorLine) -> tuple[str, str]:
        """Who wrote a chat's message and the remark on it: the person a sender shown by a
        number or a device said they were ("+44 7700 900481" → "Kofi Mensah", with the line
        they said it on), the sender as shown with a question when they never said, a name
        without the organisation Zoom shows with it ("Dan Whitfield (Riverside Council)")."""
        introduced = self.chat_senders.get(found.name)
        self.chat_introduced = introduced
        if introduced is not None:
            self._declare(introduced.name)
            return introduced.name, introduced.remark(found.name)
        if self.chat_export and unnamed_sender(found.name):
            self._declare(found.name)
            return found.name, UNNAMED_SENDER.format(sender=found.name)
        name, affiliation = without_affiliation(found.name)
        if affiliation and self.chat_export:
            speaker = self._line_author(AuthorLine(name))
            return speaker, affiliation_remark(speaker, affiliation)
        return self._line_author(found), ""

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

    def _document_line(self, number: int, note: str = DOCUMENT_LINE) -> None:
        """Count a line of the document's own (an author line, an app's notice): no claim."""
        self.statements.append(
            Statement("", "", number, self.section.index, narration=True, note=note)
        )

    def _unlisted_speaker(self, label: str) -> str | None:
        """A speaker line's name no one declared that is a speaker all the same, declared:
        "Leo  0:10" among the document's speaker lines (asked about as a first name alone,
        ``speakers.OneNamePlan``), "@gridwatcher  00:06:41" (an account's, asked about);
        else None."""
        if (self.block_cues and lone_first_name(label)) or _HANDLE_LABEL.match(label):
            self._declare(label)
            return label
        return None

    def _block_cue(self, match: re.Match) -> bool:
        """ "Tom Keene  0:03": the lines below, up to the next such line, are Tom Keene's.

        False when the name is no one's (a note that ends with a time)."""
        label = match.group("name").strip()
        role = role_cue(label)
        if role is not None:  # "Interviewer  0:03"; "Guest  0:05" is the section's speaker
            self._start_role_cue(role.name, host=role.host, label=label)
        else:
            bracketed = ""
            # "Marcus Ojukwu (Transit Ops)": the person, the rest a remark; a label the
            # curator maps as it is written stays whole.
            if "(" in label and person_key(label) not in self.known_people:
                name, affiliation = without_affiliation(label, one_word=True)
                if not affiliation:
                    return False
                if reads_as_name(name) or self._participant(name):
                    label = name
                elif self.block_cues and lone_first_name(name):
                    # "Sandeep (Yorkton)  0:42" among the document's speaker lines: a first
                    # name and where they call from, kept whole for the curator to map.
                    bracketed = label
                else:
                    return False
            speaker = self._participant(label)
            if speaker is None and bracketed:
                self._declare(bracketed)
                speaker = bracketed
            if speaker is None:
                speaker = self._unlisted_speaker(label)
            if speaker is None or label.lower() in LABEL_WORDS:
                return False
            named = self.stand_ins.get(label)
            if named:  # "Mobile User 3", then "for the record that's Priya Raman"
                speaker = named[0]
                self._declare(speaker)
            host = person_key(speaker) in self.hosts
            self.cue_speaker, self.cue_host, self.cue_topic = speaker, host, ""
            self.cue_bullet = None
            # A new turn: the remark of a stand-in's turn ends with it.
            self.cue_note = (
                NAMED_AFTER.format(label=label, name=named[0], by=named[1]) if named else ""
            )
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


_NOT_NAME_WORDS = LABEL_WORDS | FRAME_LABELS | STRUCTURE_WORDS | {"points", "notes", "participants"}


def dated_statements(statements: list[Statement], day: datetime.date) -> list[Statement]:
    """A chat message's statements dated the day it was sent (``Statement.said_on``)."""
    return [replace(s, said_on=day) if s.text else s for s in statements]
