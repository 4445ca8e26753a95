"""Who speaks in a hearing's or a call-in show's transcript, and which of its lines are
nobody's claim (a part of the notes reader).

- Front matter (``front_matter``): the lines above the first cue that say what the
  transcript is (a court's caption, a hearing's title page, a station's line) are the
  document's own; a date in them dates the document; a court's or a hearing's marks the
  transcript a hearing's.
- The witness: the person counsel calls ("Plaintiffs call Dr. Helen Marchetti."), or whom a
  deposition's title names, answers every "A." line and "THE WITNESS:" cue until another
  is called; no answer needs a question to say so.
- A hearing's procedure is no claim (``hearings.procedure``), nor is a ruling with the
  reasons the court gives for it on its line ("Overruled. It goes to notice, not to the
  truth of it."), nor the witness's answer to "Please state your position for the record."
- A call-in show (``call_ins``): the guest the host introduces is the "GUEST:" cue and
  their surname's; a caller named in the cue or put on the air by the host is a speaker of
  their own, "Dave (caller, Hillsboro)".
"""

from claims.importing.call_ins import (
    BARE_CALLERS,
    called_to_speak,
    caller_cue,
    caller_on_air,
    introduced_guest,
    told_before_asking,
)
from claims.importing.calls import operator_cue
from claims.importing.cues import BLOCK_CUE, COLON_CUE, QUESTION_NUMBER, caps_name, salutation
from claims.importing.front_matter import (
    BROADCAST,
    HEARING,
    NOTE,
    NOTES,
    channel_members,
    deponent,
    front_date,
    front_line,
    title_line,
)
from claims.importing.front_matter import transcript_note as _transcript_note
from claims.importing.hearings import (
    called_witness,
    caps_printed_cue,
    examination_line,
    examiner,
    for_the_record,
    printed_cue,
    procedure,
    ruling,
    statement_of,
)
from claims.importing.names import display_name, names_same_person, reads_as_name
from claims.importing.narration import DOCUMENT_LINE
from claims.importing.notes_sections import participants_line
from claims.importing.offices import office_key, questioner
from claims.importing.parsing import last_question

RULING = "the court's ruling"
HOST_HANDOVER = "the host introducing who speaks next"
QUESTION_LEAD_IN = "the lead-in of the host's question, telling another's words"
FOR_THE_RECORD = "the witness saying who they are, for the record"
_ANSWER_ROLES = frozenset(("a", "answer", "the witness", "witness", "the deponent", "deponent"))
_GUEST_ROLES = frozenset(("guest", "interviewee"))
# How far below a title block's line the first cue may stand.
_TITLE_BLOCK_LINES = 16
_NAME_WORDS = 4


class TranscriptTurns:
    """Front matter, witnesses, rulings, guests and callers of a transcript read as notes."""

    front_over = False  # an examination has begun: no line is front matter any more
    witness = ""  # the witness called last: whom "A." and "THE WITNESS:" are
    examiner = ""  # counsel examining the witness: whom "Q." is
    guest = ""  # the guest the host introduced: whom "GUEST:" is
    on_air = ""  # the caller the host put on the air last: whom "CALLER:" is
    printed = False  # a printed hearing's title page was read: "Mr. Graves. …" is a cue
    caps_printed = False  # turns printed "CHAIR VANTERPOOL. …" (``hearings.caps_printed``)
    record_asked = False  # counsel asked the witness who they are: the answer is no claim
    record_line = 0  # the line of that answer
    ruling_line = 0  # the line of the court's last ruling: its reasons are no claim

    def _front_matter(self, number: int, text: str) -> bool:
        """A line of the transcript's front matter, or its note on its making: the
        document's own, counted, no claim. True when it was one."""
        if examination_line(text.strip(" *_#")):  # "DIRECT EXAMINATION", "BY MS. LEE:"
            self.hearing = self.front_over = True
            self.examiner = examiner(text) or self.examiner
            self._end_cue()
            self._document_line(number)
            return True
        name = statement_of(text) if self.hearing else ""
        if name:  # "STATEMENT OF HELEN MARCHETTI, CHIEF HYDROLOGIST, …"
            self._called(name)
            self._document_line(number)
            return True
        # Front matter stands above the first words anyone says (a title may come first).
        kind = front_line(text) if not self.front_over and self.last_section is None else ""
        if not kind:
            if not _transcript_note(text):
                return False
            self._document_line(number)
            return True
        if kind == NOTES:  # a notes header: it dates the notes when no source is given
            if self.said_on is None:
                self._front_date(text)
            self._document_line(number)
            return True
        if kind not in (BROADCAST, NOTE):
            self.hearing = True
            self.printed = self.printed or kind == HEARING
        name = deponent(text)
        if name:
            self._called(name)
        self._front_date(text)
        self._document_line(number)
        return True

    def _title_block_line(self, number: int, text: str) -> bool:
        """A line of the title block above a transcript's first cue that no heading rule
        took (``_title_block``): the document's own, counted, its date the document's.
        True when it was one."""
        if not self._title_block(number, text):
            return False
        self._front_date(text)
        for name in channel_members(text):  # "… created this channel. Members: Ben Castellano"
            self._declare(name)
        self._document_line(number)
        return True

    def _title_block(self, number: int, text: str) -> bool:
        """Whether line ``number`` belongs to the title block above a transcript's first
        cue: shaped as a title (``front_matter.title_line``), not a heading the curator
        named a speaker for, with nothing but other title lines, dates and notes between it
        and a speaker's cue a few lines down ("Riverton City Council – Transport & Mobility
        Committee", "Transcript", "12 March 2026, 6:02PM", then "Dana Whitcombe   0:03")."""
        if self.front_over or self.last_section is not None or number in self.breaks:
            return False
        if not title_line(text) or self._first_cue(text) or _opening_cue(text):
            return False  # "HOST: Welcome back to the show" is a cue, if a title's shape
        for line in self.lines[number : number + _TITLE_BLOCK_LINES]:
            later = line.strip()
            if later and (self._first_cue(later) or _opening_cue(later)):
                return True
            if not later or title_line(later) or front_line(later) or front_date(later):
                continue
            if not participants_line(later):  # "Board members present: …" under the title
                return False
        return False

    def _front_date(self, text: str) -> None:
        found = front_date(text)
        section = self.section
        if found is None or section.published_on is not None or section.date_problem:
            return
        if found[0] > self.today:
            section.date_problem = f"({text.strip()}) is after today"
            return
        section.published_on, section.precision = found
        section.title = section.title or text.strip(" *_#")

    def _called(self, name: str) -> None:
        """Take ``name`` as the witness, as the section's speaker names them when the same
        person ("Dr. Elena Voss" of the heading, "Elena Voss" called)."""
        own = self.section.speaker or self.section.inherited_speaker
        self.witness = own if own and names_same_person(display_name(name), own) else ""
        self.witness = self.witness or display_name(name)
        self._declare(self.witness)

    def _answer_voice(self, label: str) -> str:
        """Who a guest's role cue is: the witness for "A:" or "THE WITNESS:" in a hearing,
        the introduced guest for "GUEST:"; "" for the section's speaker."""
        role = " ".join(label.lower().rstrip(".").split())
        if role in _ANSWER_ROLES and self.hearing:
            return self.witness
        if role in _GUEST_ROLES:
            return self.guest
        return ""

    def _printed_cue(self, body: str) -> str:
        """A printed hearing's "Mr. Graves. Will the intake fail?" as "Mr. Graves: Will the
        intake fail?"; any other line as it is."""
        if self.caps_printed:  # "CHAIR VANTERPOOL. Good afternoon." (``caps_printed``)
            return caps_printed_cue(body) or body
        return (printed_cue(body) or body) if self.printed else body

    def _asker_voice(self, label: str) -> str:
        """Who a hearing's "Q." is: the counsel the examination's line named ("DIRECT
        EXAMINATION BY MR. OKAFOR:"), as the transcript names them elsewhere; "" when none."""
        if (
            not self.hearing
            or not self.examiner
            or label.lower().rstrip(".") not in ("q", "question")
        ):
            return ""
        return self._participant(self.examiner) or self.examiner

    def _caller(self, label: str) -> str:
        """The caller a cue names ("CALLER (DAVE, HILLSBORO):") or, for a bare "CALLER:",
        the one the host last put on the air; "" otherwise."""
        if "aller" not in label and "ALLER" not in label:
            return ""
        named = caller_cue(label)
        if named:
            self._declare(named)
            return named
        if " ".join(label.lower().split()) in BARE_CALLERS:
            return self.on_air
        return ""

    def _transcript_marks(self, quote: str, number: int, marks: dict, text: str) -> dict | None:
        """The marks of a transcript's sentence (of a turn's ``text``) that is nobody's
        claim, or None: a host's handover or a guest's introduction (read for who speaks
        next), a host's lead-in telling another's words before asking about them, a
        hearing's procedure, a ruling and its reasons, the witness's position for the
        record."""
        note = self._host_note(quote, text) if marks.get("host") else ""
        note = note or self._hearing_note(quote, number, host=bool(marks.get("host")))
        if not note:
            return None
        if note == FOR_THE_RECORD and marks.get("narration"):
            return None
        return {**marks, "narration": True, "note": note}

    def _hearing_note(self, quote: str, number: int, *, host: bool) -> str:
        """Why a hearing's sentence is no claim, or "" when it may be one."""
        witness = called_witness(quote)
        # "The United States calls Dr. Elena Voss." says the transcript is a hearing's; "We
        # call Ana Ruiz." only in one.
        if witness and (self.hearing or not quote.lower().startswith(("we ", "i "))):
            self.hearing = True
            self._called(witness)
            return DOCUMENT_LINE
        if not self.hearing:
            return ""
        if ruling(quote) or self.ruling_line == number:
            self.ruling_line = number
            return RULING
        if procedure(quote):
            return DOCUMENT_LINE
        if host:
            return ""
        if self.record_asked:
            self.record_asked, self.record_line = False, number
        return FOR_THE_RECORD if self.record_line == number else ""

    def _host_note(self, quote: str, text: str) -> str:
        """Why a host's sentence is no claim, or "": it puts a caller on the air or
        introduces the guest, or it tells another's words before the turn's question."""
        if self._host_said(quote):
            return HOST_HANDOVER
        asked = "?" in text and not quote.endswith("?") and last_question(text)
        if asked and told_before_asking(quote):
            return QUESTION_LEAD_IN
        return ""

    def _host_said(self, quote: str) -> bool:
        """Read a host's or counsel's sentence for who speaks next; True when it puts a
        caller on the air or introduces the guest."""
        for name in called_to_speak(quote):  # "First, Ruth Adeyemi.": "MS. ADEYEMI:" is she
            self._declare(name)
        if self.hearing:
            self.record_asked = self.record_asked or for_the_record(quote)
            return False
        caller = caller_on_air(quote)
        if caller:
            self.on_air = caller
            self._declare(caller)
        guest = introduced_guest(quote)
        if guest:
            self.guest = guest
            self._declare(guest)
        return bool(caller or guest)


def _opening_cue(text: str) -> bool:
    """A first cue that ``_first_cue`` leaves to the reader: a broadcaster's, the name in
    capitals and the role after a comma ("CLAIRE ABERNATHY, MERIDIAN NEWS ANCHOR: Good
    evening."); a call's operator ("Operator: Thank you."); an office ("CFO:", "Chair:");
    a numbered question's ("Q1 Chair:", "Q3 Kieran Moss:"); a person named in full."""
    block = BLOCK_CUE.match(text)
    if block:  # "Noor Haddad  10:42 AM": a speaker line of capitalised words
        words = block.group("name").split()
        return 0 < len(words) <= _NAME_WORDS and all(w[:1].isupper() for w in words)
    cue = COLON_CUE.match(text)
    if cue is None:
        return False
    label = QUESTION_NUMBER.sub("", cue.group("name").strip())
    if salutation(label):  # "Dear colleagues: …" greets, it names no speaker
        return False
    name, _, role = label.partition(",")
    if role.strip() and label.isupper() and caps_name(name):
        return True
    return bool(
        operator_cue(label) or office_key(label) or questioner(label) or reads_as_name(label)
    )
