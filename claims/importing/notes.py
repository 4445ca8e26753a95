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
claim; so is narration of what anyone did in the conversation ("He then asked
about Europe."), in anyone's turn. The marks before a line's words (bullets,
numbers, ">", timestamps) are read past first, in any order. A cue that only
asks hands the turn over: the lines after it are the answer, not the asker's.
Words the narration introduces in prose ("As Keiko Mori put it: …", "— Name",
"Moreau disagrees. "…"", "Ravi Menon said that …") go to who is introduced, or carry
a remark asking who (``notes_quotes``); each "Name:" on a line opens a turn. Some cues
are nobody's claim: the note-taker's ("Me:", "Q (me):"), a call's operator (``calls``),
a show's own title ("Hard Fork:"). A cue of initials ("JA:") is the one participant
whose initials they are, or asks who. A label naming a firm, a body or a group
("Goldman:", "Consensus:") is nobody's cue: the line is its forecast, told (``forecasters``).
Headings are read in ``notes_sections``, line shapes in ``cues``, who a label names in
``notes_participants``, speaker lines without a colon in ``notes_speaker_lines``, dash
interviews' host turns and bullets carried on from a cue in ``notes_turns``.
"""

import datetime
import re
from collections.abc import Iterable, Iterator, Sequence

from claims.importing.ai_summaries import summary_lines
from claims.importing.answered_times import AnswerTimes
from claims.importing.asides import (
    OWN,
    Asides,
    Screened,
    byline,
    byline_of,
    remarked,
    withheld_statements,
    without_banner,
)
from claims.importing.attribution import person_told, reported_sayer
from claims.importing.author_lists import AuthorList, author_list
from claims.importing.bluesky import bluesky_page
from claims.importing.broken_sentences import BrokenPosts, punctuated
from claims.importing.callouts import callout_lines
from claims.importing.calls import (
    call_document,
    call_header,
    only_a_role,
    operator_cue,
    speaker_lines,
)
from claims.importing.chat_exports import (
    added_numbers,
    chat_export,
    day_first,
    introduced_senders,
)
from claims.importing.chat_extras import chat_extras
from claims.importing.chats import chat_messages, chat_notice, message_times, without_edit_mark
from claims.importing.compounds import with_note
from claims.importing.copy_notes import saved_moment
from claims.importing.cues import (
    A_DOT,
    BLOCK_CUE,
    COLON_CUE,
    DASH_CUE,
    Q_DOT,
    QUESTION_NUMBER,
    block_cue,
    caps_name,
    chapter_title,
    frame_label,
    greeted,
    hms,
    lone_first_name,
    repeated_caps_cues,
    reply_label,
    salutation,
    strip_markers,
    transcript_cue,
)
from claims.importing.doc_comments import comment_lines, has_comments, without_markers
from claims.importing.emails import mail_layout
from claims.importing.export_lines import export_lines
from claims.importing.forecasters import label_marks, no_person
from claims.importing.hansard import presiding_officer
from claims.importing.headings import meeting_people
from claims.importing.hearings import (
    appearance,
    caps_printed,
    examination_line,
    term_date_remark,
)
from claims.importing.introductions import (
    conversation_act,
    introduced_panel,
    reaction,
)
from claims.importing.live_blogs import reading as live_blog_reading
from claims.importing.meeting_exports import tool_notice, tool_promotion
from claims.importing.minutes import housekeeping
from claims.importing.minutes import procedure as minutes_procedure
from claims.importing.named_after import block_turns, named_after
from claims.importing.named_bylines import bylined
from claims.importing.names import (
    HANDLE,
    LABEL_WORDS,
    TITLES,
    affiliation_remark,
    asks_only,
    is_placeholder,
    names_same_person,
    note_taker,
    person_key,
    reads_as_name,
    role_cue,
    without_affiliation,
)
from claims.importing.narration import (
    DOCUMENT_LINE,
    PICK_LINE,
    SHOW_LINE,
    SUMMARY_LINE,
    pick_label,
)
from claims.importing.news_pages import article_chrome, split_quoted_compounds
from claims.importing.notes_forums import ForumLines
from claims.importing.notes_meetings import MeetingLines
from claims.importing.notes_participants import Participants
from claims.importing.notes_quotes import IntroducedWords
from claims.importing.notes_sections import SectionHeadings, task_line
from claims.importing.notes_speaker_lines import SpeakerLines, dated_statements
from claims.importing.notes_thread_pages import ThreadPageLines
from claims.importing.notes_turns import NoteTurns, hedged_answers
from claims.importing.offices import OFFICE_HOLDER_CUE, held_office, office_words, questioner
from claims.importing.page_chrome import chrome_lines
from claims.importing.parsing import (
    Section,
    Statement,
    asks,
    last_question,
    only_asks,
    prompts_after_question,
    split_inline_bullets,
    split_sentences,
    tidy_quote,
)
from claims.importing.press_releases import release_chrome
from claims.importing.pull_quotes import pull_quotes
from claims.importing.quoted_speech import headline, joined_quotes, saying, with_additions
from claims.importing.reading import line_parts, without_links
from claims.importing.replies import handles_in
from claims.importing.reported import (
    CONVERSATION_VERB,
    MAX_SUBJECT_WORDS,
    NARRATION,
    NOT_SOMEONE,
    REPORTED,
    REPORTING_VERB,
    ROLE_SUBJECT,
    TOLD_SUBJECT,
)
from claims.importing.running_turns import alone_cues, running_turns
from claims.importing.show_notes import ShowPage, host_asides, laughing_concession, show_page
from claims.importing.stacked_cues import stacked_cues
from claims.importing.table_rows import table_lines
from claims.importing.thread_pages import thread_page
from claims.importing.timed_cues import tidied_cue
from claims.importing.transcript_turns import TranscriptTurns
from claims.importing.wrapped_prose import opens_turn
from claims.importing.written_qa import (
    bold_askers,
    cued_askers,
    editing_note,
    emphasis,
    interview_byline,
    lead_prompts,
    prompt_lines,
)

# A web page's footnote mark glued to the word or the stop before it: "the tail[1] was ugly",
# "through the first quarter.[2] That one landed", "[citation needed]". A footnote's own line
# opens with its mark and keeps it.
_FOOTNOTE_MARK = re.compile(r"(?<=[^\s\[])\[(?:\d{1,3}|[a-z]|citation needed|note \d{1,3})\]")


def _tidied(raw: str) -> str:
    """A line's words without the marks around them: Markdown bold ("**Guest:** Name") and a
    footnote's mark glued to a word or a stop ("first quarter.[2]")."""
    text = raw.strip().replace("**", "")
    return _FOOTNOTE_MARK.sub("", text) if "[" in text else text


class _NotesReader(
    SectionHeadings,
    MeetingLines,
    IntroducedWords,
    NoteTurns,
    Participants,
    SpeakerLines,
    ForumLines,
    ThreadPageLines,
    TranscriptTurns,
):
    """Reads notes line by line, tracking the section and the current speaker cue."""

    # A written interview's prompts, by line (``written_qa``), and whether its first prompt
    # is still to come: the paragraphs before it are the interviewer's introduction.
    prompts: frozenset[int] = frozenset()
    chrome: frozenset[int] = frozenset()  # lines of a page's chrome (``page_chrome``)
    ai_summary: frozenset[int] = frozenset()  # a meeting tool's AI notes (``ai_summaries``)
    qa_intro = False
    # Person key → name of a written interview's interviewer ("Interview by Tom Whitfield"):
    # their cued lines ask, whatever they say, and are never proposed.
    interviewers: dict[str, str] = {}
    askers: frozenset[str] = frozenset()  # a written interview's bold cues that ask
    author = ""  # the one person an article's byline names ("By Annika Sørensen")
    author_list: AuthorList | None = None  # a report's list of authors (``author_lists``)
    headline = ""  # an article's headline, the title of a source its byline dates
    said_on: datetime.date | None = None  # the curator's source's date (``notes_statements``)
    show = False  # the document is a podcast episode's page (``show_notes``)
    show_header = 0  # the page's publication line, which dates it
    wrapped = False  # prose wrapped at a page's width (``wrapped_prose``): turns last to a cue
    running = False  # a transcript's turns run over lines (``running_turns``) until a blank
    # Turns open with a cue alone on its line ("Deputy Niamh Farrelly:", ``alone_cues``): a
    # turn runs to the next cue, and the lines after an interjection go back to it.
    alone = False
    cue_alone = False  # the open cue was alone on its line: the lines right under are its
    # The cue state of the last turn opened by a cue alone, which an interjection interrupts.
    alone_turn: tuple = ()

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
        self.cue_marks: dict[str, str] = {}  # the marks of a label alone ("Goldman:") on its list
        # The indent of the bullet the cue opened with its words ("- Ada: …"), or None
        # (``NoteTurns._carried_note``).
        self.cue_bullet: int | None = None
        self.indent = 0  # the current line's indent
        self.line_bullet = False  # the current line opens with a bullet
        self.last_asker = ""  # the host who asked last, by name
        self.cue_asking = False  # the cue names only an asking role ("Q:", "Interviewer:")
        self.cue_note = ""  # a remark on the cue's lines ("the cue gives … as of “ECB”")
        self.declared: dict[str, str] = {}  # person key → the name as first written
        # Person keys of the people a "Participants:" or "Hosts:" line lists: their initials
        # are theirs even when the letters are an abbreviation too ("HR", "PR", "EU").
        self.listed: set[str] = set()
        self.unnamed_host = ""  # the role word of a host cue naming nobody ("Moderator")
        self.hosts: dict[str, str] = {}  # person key → name, of every declared host
        self.timestamp = ""
        # The start of the current speaker line's words ("Tom Keene  0:03"): until the next
        # such line, every line is theirs.
        self.block_time = ""
        # A call's transcript (``calls``): a cue's turn lasts until the next cue.
        self.call = False
        # Turns open with speaker lines that have no colon ("Carla Mendes -- CEO", ``calls``):
        # a turn lasts until the next one, and the operator's paragraphs are the operator's.
        self.name_lines = False
        self.name_turn = False
        self.operator_turn = False
        self.handles: dict[str, str] = {}  # @handle → the name given with it
        self.op_handle = ""  # the handle of a thread's original poster ("Posted by u/…")
        # A hearing's transcript (``hearings``): its procedure is nobody's claim.
        self.hearing = False
        self.chat_turn = False  # the turn is a chat message's (``chats``)
        self.lines: Sequence[str] = ()  # the document's lines, to find who a surname is
        self.surnames: dict[str, str] = {}  # a surname cue → the full name the notes give it
        self.q_dot = False  # the document asks with "Q." lines: "A." lines answer
        # Person key → the remark on a heading's short name ("## Ana's take"): who in full
        # the notes never say (``SectionHeadings._full_name``).
        self.short_names: dict[str, str] = {}
        self.authors: dict[str, str] = {}  # person key → name, of the section's posts' authors
        self.doubts: dict[str, str] = {}  # person key of a cue → why who it is is unsure
        # The caller the operator last introduced; the member a participants line marked
        # "(Chair)", whom "The Chair:" names; office key → the one person a participants
        # line gave that office ("CEO:" cues them); an office cued with its holder ("The
        # First Minister (Morag Kincaid):") → the holder, whom a later cue of the office
        # alone names ("The First Minister:").
        self.caller, self.chair, self.offices, self.held = "", "", {}, {}
        # First names and surnames of the known people ("elon", "musk" of "elon musk").
        self.known_parts = {
            part
            for key in known_people
            if len(key.split()) > 1
            for part in (key.split()[0], key.split()[-1])
        }
        self.caps_cues = 0  # cues written as one all-caps word ("KEVIN:", "DARIO:")
        self.narrators: dict[str, str] = {}  # person key → name, of hosts named by a host cue
        # One-word capitalised cues the document uses more than once ("MAYA:"): speakers from
        # their first use (``repeated_caps_cues``).
        self.repeated_caps: frozenset[str] = frozenset()
        self.chapters = False  # the last line was a timestamped chapter title
        self.block_cues = 0  # speaker lines read ("Maya Chen  0:03")
        # A remark on the lines taken as the answer to a question when who answers is unknown.
        self.answer_note = ""
        self.asides = Asides()
        # Who the lines below a lead-in ("She also said:") are said by, and the remark they
        # carry; None when no lead-in is open.
        self.quoted: tuple[str, str] | None = None
        self.quoted_fresh = False  # the lead-in was the line before: the next line is theirs
        self.last_quoted = ""  # the last person the narration gave words to ("She", "Her")
        self.named_before = ""  # the one name of the narrator's last line, for a pull quote
        # A question another may answer next, and its asker; what an answer's "by then"
        # points back to.
        self.asked, self.answer_times = ("", ""), AnswerTimes()

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
        # A letter's signer writes its lines as an article's author does (``letters``).
        author = source.pop("author", "") or self.author
        self.sections.append(Section(index, line, speaker, heading, **source, author=author))
        self.authors = {}
        # "He thinks …" never reaches back across a heading to the last section's speakers.
        self.last_quoted = self.named_before = ""
        if speaker:
            self._declare(speaker)
        for name in meeting_people(heading):  # "Dinner with Jane Andersson and Jonas Akerlund"
            self._declare(name)
        self._end_cue()
        self.alone_turn = ()

    def _end_cue(self) -> None:
        self.cue_speaker, self.cue_host, self.cue_topic = "", False, ""
        self.cue_asking, self.cue_note = False, ""
        self.cue_marks = {}
        self.cue_bullet = None
        self.block_time = ""
        self.answer_note = ""
        self.quoted = None
        self.name_turn = self.operator_turn = self.chat_turn = False
        self.cue_alone = False

    def _declare(self, name: str) -> None:
        self.declared.setdefault(person_key(name), name)

    def emit(self, text: str, speaker: str, line: int, *, own: bool = False, **marks) -> None:
        """Add the sentences of ``text``; ``own`` ones (the section speaker's, uncued) that tell
        someone else's words are marked so ("reported: said by Jensen Huang?")."""
        pending = self.asked  # a question of the line before, not yet answered
        for part in split_inline_bullets(text):
            sentences = joined_quotes([s for _, s in split_sentences(part)])
            said_on = (
                self.section.published_on
                or self.said_on
                or (None if self.today == datetime.date.max else self.today)
            )
            # Two claims in one sentence; an elliptical forecast after a dated one.
            sentences, continued = split_quoted_compounds(sentences, said_on=said_on)
            for sentence in hedged_answers(with_additions(sentences)):
                quote = tidy_quote(sentence)
                if quote:
                    # "Objection, Your Honor.", "Overruled.", a transcript's procedure
                    said = with_note(marks, continued.get(sentence, ""))
                    transcript = self._transcript_marks(quote, line, said, text)
                    sentence_marks = transcript or said
                    told = not marks.get("narration") and self._told(quote)
                    if transcript is None and told and not saying(quote):
                        # "He then asked about Europe.": what someone did, in anyone's turn
                        # ("Maya Chen, asked about hydrogen, said …" is her words, not that).
                        sentence_marks = {**marks, "narration": True}
                    owner = speaker or self.section.inherited_speaker
                    quote, said_by, reported, forecaster = self._said_by_whom(
                        quote, sentence, line, owner, own=own
                    )
                    if forecaster is not None:
                        sentence_marks = {**sentence_marks, "forecaster": forecaster}
                    who = said_by or owner or self.section.speaker
                    short = "" if reported else self.short_names.get(person_key(who))
                    short = "; ".join(n for n in (short, term_date_remark(quote)) if n)
                    if reported or short:
                        note = "; ".join(n for n in (marks.get("note", ""), reported, short) if n)
                        sentence_marks = {**sentence_marks, "note": note}
                    # The question this opens the answer to, if another asked it.
                    asked, self.asked = self.asked, ("", "")
                    answerer = said_by or speaker
                    sentence_marks = self._answer_time(quote, answerer, said_on, sentence_marks)
                    if not asked[0] or asked[1] == answerer or sentence_marks.get("narration"):
                        asked = ("", "")
                    self.statements.append(
                        Statement(
                            said_by or speaker,
                            quote,
                            line,
                            self.section.index,
                            self.timestamp,
                            **sentence_marks,
                            asked=asked[0],
                        )
                    )
                    self.last_section = self.section.index
        question = last_question(text)
        if question and pending[0] and pending[1] == speaker and not self.asked[0]:
            # "Where will prices be in 2028?" then "Roughly?": the answer is to both.
            question = f"{pending[0]} {question}"
        self.asked = (question, speaker) if question else self.asked
        if question:
            self.answer_times.asked(text, speaker)

    def _said_by_whom(
        self, quote: str, sentence: str, line: int, owner: str, *, own: bool
    ) -> tuple[str, str, str, str | None]:
        """``(quote, said_by, remark, forecaster)`` of a sentence of the section's speaker
        (``own``) that may tell another's words: a quotation (``_quotation_of``, its
        forecaster), reported speech (``_reported``) or a council's report going on; else
        the sentence as it is, nobody's but ``owner``'s (forecaster None: not a quotation)."""
        if not own:
            return quote, "", "", None
        article = self._quotation_of(quote, sentence, line, owner)
        if article:  # "…," said Pieter de Vries (``quoted_speech``)
            return article
        said_by, reported = self._reported(quote, owner)
        if not said_by:  # a council's minutes: the report goes on
            said_by, reported = self._report_goes_on(line, reported)
        if not said_by:
            self._told_of(quote, owner)
        return quote, said_by, reported, None

    def _told_of(self, quote: str, owner: str) -> None:
        """Remember the person a sentence of ``owner``'s tells the words of ("Mirren's
        predecessor, Gerrit Falk, told this newsletter in 2023 that …"): whom "he" or "she"
        in the next sentence that reports words means, not someone quoted before."""
        told = reported_sayer(quote, speaker=owner, speech=True)
        person = person_told(told, quote) if told else ""
        if person:
            self.last_quoted = person

    def _quotation_of(self, quote: str, sentence: str, line: int, owner: str):
        """``_said_in_article`` of an uncued sentence (``quote`` as tidied, ``sentence`` as
        written): a quotation going on from the sayer's words before on the line ("…," said
        Tomasz Wierzbicki. "The regulator expects …), a quotation told with its sayer, or a
        second quote of the sayer before."""
        going_on = sentence.lstrip()[:1] in '"“' or self.open_quote_line == line
        article = self._quote_goes_on(quote, line, sentence) if going_on else None
        if article is None:
            article = self._said_in_article(quote, owner)
        if article is None and not going_on:
            article = self._quote_goes_on(quote, line)
        if article is not None and article[1] and article[1] == self.last_quoted:
            self.quoted_at = line  # a quoted paragraph after it may run on (``_quote_goes_on``)
        return article

    def _answer_time(self, quote: str, answerer: str, said_on, marks: dict) -> dict:
        """``marks`` with the remark of a forecast whose time is taken from before it ("… by
        then.", none in answer to a dated question: ``answered_times``)."""
        borrowed = self.answer_times.note(quote, answerer, said_on)
        self.answer_times.heard(quote, answerer, said_on)
        return with_note(marks, borrowed) if not marks.get("narration") else marks

    def _told(self, quote: str) -> bool:
        """Whether ``quote`` tells what someone did in the conversation ("Keene pressed her
        on margins.", "He then asked about Europe.", "Chen pushed back on the timeline."):
        a participant, a pronoun or a role as subject, then a verb of the conversation."""
        quote = quote.lstrip('(“"‘ ')
        if conversation_act(quote) or reaction(quote):
            return True
        verb = CONVERSATION_VERB.search(quote)
        if verb is None:
            return False
        # "Kim Park (u/kimpark) asked for a source.": the person, without the handle.
        subject = _HANDLE_AFTER.sub("", quote[: verb.start()])
        if TOLD_SUBJECT.fullmatch(subject):
            return True
        words = subject.split()
        if not 1 <= len(words) <= MAX_SUBJECT_WORDS or not subject[:1].isupper():
            return False
        people = (
            *self.declared.values(),
            self.section.speaker,
            self.section.inherited_speaker,
            self.cue_speaker,
        )
        known = person_key(subject) in self.known_people
        if known or any(p and names_same_person(subject, p) for p in people):
            return True
        # "Tracy pushed back on the housing call.": whoever the person is, what they did is
        # narration, a name declared or not.
        return reads_as_name(subject.strip()) or (len(words) == 1 and lone_first_name(words[0]))

    def _host_narration(self, text: str) -> str | None:
        """The host a line tells about ("Tom Keene pushed back…", "Priya asked about ETFs",
        "The host pressed him on costs": "" when unnamed), or None when it is no narration."""
        role = ROLE_SUBJECT.match(text)
        if role:
            if not REPORTING_VERB.match(text, role.end()):
                return None
            return self.section.hosts[0] if len(self.section.hosts) == 1 else ""
        hosts = [*self.section.hosts, *self.hosts.values(), *self.narrators.values()]
        words = text.split()
        for size in (3, 2, 1):
            subject = " ".join(words[:size])
            if len(words) <= size or not subject[:1].isupper() or not subject[-1].isalpha():
                continue  # "Omar: asked about rates" is a cue, read as one
            host = next((h for h in hosts if names_same_person(subject, h)), None)
            if host is not None and REPORTING_VERB.match(" " + " ".join(words[size:])):
                return host
        return None

    def read(self, number: int, raw: str) -> None:
        text = _tidied(raw)
        self.indent = len(raw) - len(raw.lstrip())
        if (
            number == self.show_header  # an episode's "Published March 11, 2026 · 58 min · …"
            or not text
            or not strip_markers(text)[0]
            or self._interview_byline(strip_markers(text)[0])
            or self._thread_post(number)  # "jpark commented on Sep 4, 2025" (``thread_pages``)
        ):
            return  # "Interview by Tom Whitfield | Ledger & Line | 24 November 2026"
        self._authors_listed(number)
        if number in self.chrome or (self.call and call_header(text)):
            # "184,392 views  Premiered Sep 9, 2026", "0:00 Intro", "Q2 2026 Earnings Call"
            self._document_line(
                number, SUMMARY_LINE if number in self.ai_summary else DOCUMENT_LINE
            )
            return
        for name in introduced_panel(text):  # "(Moderator X introduced the panelists: …)"
            self._declare(name)
        if text[:3] in ("By ", "(By", "*By", "_By"):
            self._byline(text)
        screened = self.asides.screen(text)  # the note-taker's own lines (``asides``)
        self.statements += withheld_statements(screened, number, self.section.index)
        text, start = self._council_text(number, screened.text), len(self.statements)
        if not text:  # nothing left, or a council's minutes' procedure
            return
        if task_line(strip_markers(text)[0]):  # "Need to confirm the date": an errand
            own = Screened("", OWN)
            self.statements += withheld_statements(own, number, self.section.index)
            return
        for handle, name in handles_in(text).items():  # "Priya Raman (@priyaraman)"
            self.handles.setdefault(handle, name)
        # A court's caption, a station's line; a thread's byline, chrome or title
        # (``forums``), a chat's author line; an article's headline.
        if (
            self._front_matter(number, text)
            or self._forum_line(number, text)
            or self._author_line(number, text)
            or self._headline(number)
            or self._minutes_line(number, text)  # "moved GA, seconded WL, carried."
        ):
            return
        text = self._reply_words(text)  # a reply's "@ines great thread." (``forums``)
        if self._layout_line(number, text):
            return
        if number in self.breaks and number != self.section.line:
            self.start_section(number, speaker=self.breaks[number])
        self._content(number, text)
        self.statements[start:] = remarked(self.statements[start:], screened)
        self._thread_statements(start)

    def _layout_line(self, number: int, text: str) -> bool:
        """A speaker line without a colon, a heading or section cue, or a line of the title
        block above a transcript's first cue ("Interview With …" above "ABERNATHY: …"):
        true when the line was one of them."""
        if self.sky and self.chat_turn:  # a Bluesky post's line is its author's (``bluesky``)
            return False
        if (self.name_lines or self.block_cues) and self._name_line(text):
            return True
        return self._structure(number, text) or self._title_block_line(number, text)

    def read_line(self, number: int, raw: str, leads: dict[int, tuple[str, str]]) -> None:
        """Reads line ``number`` whole: a written interview's prompt (``prompt_lines``), a
        prompt leading its answer (``lead_prompts``), else each part of the line."""
        if number in self.prompts:  # "**Three years in. What has changed?**"
            self.prompt(number, emphasis(raw)[1])
        elif number in leads:  # "**What has changed?** Revenue has tripled …"
            self.prompt(number, leads[number][0])
            self.read(number, without_links(leads[number][1]))
        else:
            for part in line_parts(raw):  # a word processor's line break within the line
                self.read(number, without_links(part))

    def prompt(self, number: int, words: str) -> None:
        """A written interview's prompt (``written_qa``): the interviewer's, never proposed,
        whatever it says; the paragraphs after it are the answer."""
        self._end_cue()
        self.qa_intro = False
        hosts = self.section.hosts or list(self.hosts.values())
        asker = hosts[0] if len(hosts) == 1 else ""
        self.emit(words, asker or "Interviewer", number, host=True, narration=True)
        self._answer_after(asker)

    def _minutes_line(self, number: int, text: str) -> bool:
        """A line of minutes that is no one's claim (``minutes``): an agenda item's title
        with its list below ("2. Treasurer's report"), procedure ("moved GA, seconded WL,
        carried.") or housekeeping ("GA noted the coffee urn is broken again.")."""
        if self._agenda_item(number, text):
            return True
        body = strip_markers(text)[0]
        # "The interview has been edited for length and clarity." too: the editor's.
        if not (minutes_procedure(body) or housekeeping(body) or editing_note(body)):
            return False
        self._end_cue()
        self._document_line(number)
        return True

    # ---- Content: cues, labels, host lines.

    def _content(self, number: int, text: str) -> None:
        block = block_cue(text)
        if block and self._block_cue(block):
            return
        body, time, bullet = strip_markers(text)
        self.timestamp = hms(time) if time else self.block_time
        body = without_edit_mark(body)  # a chat app's "(edited)"
        if not body or self._operator_turn(number, body) or self._own_line(number, body):
            return
        listed = self.chapters
        self.chapters = False
        if time and chapter_title(body, listed=listed):
            self.chapters = True
            self._end_cue()
            return
        pull = text.startswith(">")
        if self._narration(body, number) or self._introduction(body, number, bullet, pull):
            return
        body = self._printed_cue(self._asked_or_answered(body))  # "Mr. Graves. …" in print
        self.line_bullet = bullet
        if self._line_cue(number, body) or self._dash_host_turn(text, body, number):
            return  # "Ada: …"; "— And at what capacity?", a dash interview's host turn
        answer = self.answer_note
        self._listed_under_cue(bullet=bullet)
        kept = self._turn_goes_on(number, body)
        if not bullet and not self.block_time and not self.call and not self.name_turn and not kept:
            self._end_cue()
            self.answer_note = ""  # the plain line after a question is its answer, no more
            self._resume_turn()
        if self.cue_speaker or self.cue_host:
            self._cue_line(body, number, bullet=bullet)
            return
        note = CHAPTER_LIST_NOTE if time and listed else ""
        note = "; ".join(n for n in (answer, note) if n)
        body, later = self._mid_line_cue(body)
        if body and self.qa_intro and not bullet and not later:
            # The introduction before a written interview's first prompt: the interviewer's.
            self.emit(body, "", number, narration=True, note=DOCUMENT_LINE)
        elif body:
            marks = {"topic": self.cue_topic, **self.cue_marks} if bullet else {}
            note = "; ".join(n for n in (note, marks.pop("note", "")) if n)
            self._emit_own(body, number, **{"topic": "", **marks}, note=note)
        if later:
            self._cue(number, later.group("name").strip(), later.group("rest").strip(), later)

    def _listed_under_cue(self, *, bullet: bool) -> None:
        """In notes, a cue alone over bullets heads a list: the plain line after the list is
        not its (in a record of cues alone, ``alone_cues``, the turn runs on)."""
        if bullet and not self.alone:
            self.cue_alone = False

    def _turn_goes_on(self, number: int, body: str) -> bool:
        """Whether a plain line goes on with the open turn, where notes would end it."""
        # A wrapped page's turn goes on over its paragraphs; a cue it could not read ends it.
        if self.wrapped and not opens_turn(body) and not body.isupper():  # "CERTIFICATE"
            return True
        above = number > 1 and bool(self.lines[number - 2].strip())
        # A typed-up transcript's turn goes on over the lines right under it (``running_turns``).
        if self.running and above:
            return True
        # "Deputy Niamh Farrelly:" alone: the lines right under it are hers (``alone_cues``).
        if self.cue_alone and (self.alone or above):
            return True
        # A written interview's answer ("RC: … ?" then "OM: Because …" and more paragraphs):
        # the answerer's turn runs on to the next cue, as the question left who answers open.
        if self._answer_goes_on() and _answer_paragraph(body):
            return True
        return self.caps_printed  # "CHAIR VANTERPOOL. …": a turn runs to the next cue

    def _answer_goes_on(self) -> bool:
        """Whether the open turn answers a question whose answerer the notes did not know
        (``ANSWER_UNKNOWN``) and is not the asker's: its plain paragraphs are that answer's."""
        if not self.answer_note or not self.cue_speaker or self.cue_host:
            return False
        return not (self.last_asker and names_same_person(self.cue_speaker, self.last_asker))

    def _line_cue(self, number: int, body: str) -> bool:
        """Act on the cue a line opens with ("Ada: …", "Sarah — …"); false when none. A
        greeting ("Dear Senator Halversen: …") is none: the words after it are read alone."""
        after = greeted(body)
        if after is not None:
            if after:
                self._content(number, after)
            else:
                self._document_line(number)
            return True
        cue = COLON_CUE.match(body) or DASH_CUE.match(body)
        if cue is None and "(" in body:  # "Minister for Housing, … (Deputy Conal Brady):"
            cue = OFFICE_HOLDER_CUE.match(body)
        if (
            cue
            and cue.re is COLON_CUE
            and re.search(r"\d$", cue.group("name"))
            and cue.group("rest")[:1].isdigit()
        ):
            return False  # a time or a ratio ("at 10:30", "3:1"), not "Label: words"
        if not cue:
            return False
        # "Q3 Kieran Moss:": a committee's numbered question, asked by Kieran Moss; "*SHRI
        # RAJESH VERMA (KANPUR):", the record's mark of a translated speech.
        name = cue.group("name").strip().lstrip("*").strip()
        label = QUESTION_NUMBER.sub("", name) or name
        return self._cue(number, label, cue.group("rest").strip(), cue, asking=label != name)

    def _mid_line_cue(self, body: str) -> tuple[str, re.Match | None]:
        """A narrator's line up to a participant's cue in it, and that cue: "A student asked
        whether bears survive. Brennan: "Only in zoos by 2060."" gives the narration and
        "Brennan: …", which opens her turn."""
        if ":" not in body:
            return body, None
        for start, _ in split_sentences(body):
            cue = COLON_CUE.match(body[start:]) if start else None
            if cue and self._known_participant(cue.group("name").strip()):
                return body[:start].strip(), cue
        return body, None

    def _own_line(self, number: int, body: str) -> bool:
        """A line of the document's own, no one's words: a chat app's notice ("joined
        #macro-desk along with 2 others"), a hearing's "DIRECT EXAMINATION BY MR. SMITH:"."""
        if chat_notice(body) or tool_notice(body):  # "Meeting ended after 00:31:47"
            self._document_line(number)
            return True
        if body[:1].isupper() and examination_line(body):
            self.hearing = True
            self._end_cue()
            self._document_line(number)
            return True
        return False

    def _headline(self, number: int) -> bool:
        """An article's headline above its byline (``quoted_speech.headline``): the
        document's own line, counted, no claim."""
        if not headline(self.lines, number, _article_byline):
            return False
        self.headline = without_banner(self.lines[number - 1].strip().lstrip("#").strip())
        self._document_line(number)
        return True

    def _authors_listed(self, number: int) -> None:
        """At a report's list of authors (``author_lists``), its lead author tells the
        lines from there on, in a section of its own: the title page above is no one's."""
        listed = self.author_list
        if listed is None or number != listed.first or not listed.lead or self.section.speaker:
            return
        self.author = listed.lead
        self.start_section(number, author=listed.lead)

    def _byline(self, text: str) -> None:
        """An article's byline (``asides.byline_of``): its one author tells the document's
        own lines when the curator names no default speaker (``Section.author``), from its
        section on; its date ("| Last updated 19 November 2026, 16:05 CET") dates the section
        as a date line would, titled by the headline (not when it has no title)."""
        found = byline_of(text)
        if found is None:
            return
        if found.author and not self.section.speaker:
            self.author = self.section.author = found.author
        section = self.section
        if found.dated and (section.title or section.heading or self.headline):
            # Without a title the source would have none: the curator's source stays.
            section.title = section.title or self.headline
            self._date_line(found.dated, bare=True)

    def _asked_or_answered(self, body: str) -> str:
        """Interview transcripts' "Q. …" as "Q: …", and after it their "A. …" as "A: …"."""
        if Q_DOT.match(body):
            self.q_dot = True
            return Q_DOT.sub("Q: ", body, count=1)
        if self.q_dot and A_DOT.match(body):
            return A_DOT.sub("A: ", body, count=1)
        return body

    def _cue_line(self, body: str, number: int, *, bullet: bool) -> None:
        """A line of a cue's turn; in a cue's list, "- Devon replied that …" under "Tracy
        Nolan:" reports Devon's words: his when the notes name him, else asked about; so does
        a chat message ("Goldman's Hatzius thinks …" under "Lena Ortiz  9:31 AM")."""
        listed = bullet or self.chat_turn  # a chat message tells others' words as a list does
        if self.cue_speaker and not self.cue_host and listed and self._told_of_another(body):
            self.emit(body, self.cue_speaker, number, own=True, note=self.cue_note)
            return
        carried = self._carried_note(body, bullet=bullet)  # "- Tom: …" then "- costs fall …"
        note = "; ".join(n for n in (self.cue_note, carried) if n)
        self._emit_host_or_cue(body, number, note=note)

    def _told_of_another(self, body: str) -> bool:
        """Whether a line of a cue's list reports another person's words ("Devon replied
        that …" under "Tracy Nolan:"), not the cue's speaker's."""
        for pattern in REPORTED:
            match = pattern.match(body)
            if match is not None:
                name = match.group("name").strip()
                mine = names_same_person(name, self.cue_speaker)
                return not mine and name.split()[0].lower().strip(".'’") not in NOT_SOMEONE
        return False

    def _first_cue(self, text: str) -> bool:
        """A first line that is a speaker's cue, not a title: an export's speaker line ("Maya
        Chen  0:03") or a transcript's cue ("HOST: Welcome back", "MAYA: Hi all")."""
        block = block_cue(text)
        if block and self._speaker_line(block.group("name").strip()):
            return True
        cue = COLON_CUE.match(text)
        return bool(cue) and transcript_cue(cue.group("name").strip())

    def _cue(self, number: int, label: str, rest: str, match, *, asking: bool = False) -> bool:
        """Act on "Label: rest"; false when the line is no cue at all (a plain note).
        ``asking``: the cue numbers a committee's question ("Q5 Nadia Qureshi:"), so a turn
        that asks is the member's question, its framing included ("Dr Jones, the
        Government's target is clean power by 2030. Is that still achievable?"): asked, not
        claimed; one that only states ("Mr Prichard, the pumping station failed on 3
        December.") is the member's claim."""
        self.qa_intro = False  # a written interview's introduction ends at its first turn
        label = self.held.get(office_words(label), label)  # "The First Minister:", cued before
        if self._no_claimant(number, label, rest):
            return True
        # "Fair. So: if the tests fail …": the speaker's sentence; "Hi Tom: …" greets Tom.
        # A commenter's own label: "Kessling Strait Bridge: the only structure …".
        if reply_label(label) or salutation(label) or self._commenters_label(label):
            return False
        caller = self._caller(label)  # "CALLER (DAVE, HILLSBORO):"
        read = (caller, "") if caller else self._cue_label(label, rest, match)
        if read is None:
            return False
        label, note = read
        label = self._chair(label)  # "The Chair:" of "Sarah Collins MP (Chair)"
        said = _SAID_CUE.match(label)
        if said and self._known_participant(said.group("name")):
            label = said.group("name")  # "Devon interrupted: …": Devon's words
        if self.call and self.caller and asks_only(label):
            label = self.caller  # "Analyst:" after the operator named who asks
        role = None if caller else role_cue(label)
        if role is not None:
            self._start_role_cue(role.name, host=role.host, label=label)
            if label.isupper() and len(label) > 1:  # "HOST:": the document's cues are in capitals
                self.caps_cues += 1
        else:
            speaker = caller or self._participant(label)
            if speaker is None:
                self._label(number, label, rest)
                return True
            self._open_cue(self._counsel(label, rest) or speaker, label, rest, note, asking=asking)
        self._alone_turn(rest)
        rest, later = self._next_cue(rest, label)
        if rest and not (self._lead_in_line(rest) and self._introduced_in_line(rest, number)):
            # "Ana: Jonas Pfeilmann went further: he sees …": Pfeilmann's words, told by Ana.
            self._emit_host_or_cue(rest, number)
        if later:
            self._cue(number, later.group("name").strip(), later.group("rest").strip(), later)
        return True

    def _alone_turn(self, rest: str) -> None:
        """A cue alone on its line (no ``rest``) opened a turn: the lines right under it are
        the turn's; in a record of such turns (``alone_cues``), every line up to the next cue
        is, and the turn is kept to go back to after an interjection."""
        if rest or not (self.cue_speaker or self.cue_host):
            return
        self.cue_alone = True
        if self.alone:
            self.alone_turn = (
                *(self.cue_speaker, self.cue_host, self.cue_asking, self.cue_note),
                self.unnamed_host,
            )

    def _resume_turn(self) -> None:
        """In a record of turns opened by cues alone, a plain line after an interjection
        ("Deputy Eoin Walsh: Rubbish.", "An Ceann Comhairle: Deputies, please.") goes back to
        the turn it interrupted."""
        if not self.alone_turn:
            return
        speaker, host, asking, note, unnamed = self.alone_turn
        self.cue_speaker, self.cue_host, self.cue_asking = speaker, host, asking
        self.cue_note, self.unnamed_host = note, unnamed
        self.cue_alone = True

    def _commenters_label(self, label: str) -> bool:
        """Whether a name-like label inside a forum thread's comment, under its byline, is the
        commenter's own ("Kessling Strait Bridge: the only structure …"), not a new speaker:
        a cue there names someone the thread knows, or a role."""
        return bool(
            self.thread
            and self.forum_handle
            and self.cue_speaker
            and role_cue(label) is None
            and reads_as_name(label)
            and not self._known_participant(label)
        )

    def _open_cue(
        self, speaker: str, label: str, rest: str, note: str, *, asking: bool = False
    ) -> None:
        """Open the turn of a person's cue: a host's, a caller's question turn (``_analyst``),
        a committee member's numbered question (``asking``) or a speaker's."""
        host = person_key(speaker) in self.hosts
        self.cue_speaker, self.cue_host, self.cue_topic = speaker, host, ""
        if (asking or self._analyst(speaker)) and asks(rest):  # a question turn, no claim
            self.cue_host = self.cue_asking = True
        if person_key(speaker) in self.interviewers:  # "Whitfield: …" under "Interview by …"
            self.cue_host = self.cue_asking = True
        if self._page_asks(speaker, label):  # "**Tomas:** …" under "[Tomas Ferreira](…)"
            self.cue_host = self.cue_asking = True
        self.cue_note = note or self.doubts.get(person_key(label), "")
        self.cue_bullet = self.indent if rest and self.line_bullet else None
        if caps_name(label):  # "KEVIN:", "JANE DOE:": the document's cues are in capitals
            self.caps_cues += 1

    def _page_asks(self, speaker: str, label: str) -> bool:
        """Whether a bold cue is a written interview's interviewer, named by the post's
        byline (``written_qa.bold_askers``): their turns ask and are never proposed."""
        return bool(self.askers and {person_key(label), person_key(speaker)} & self.askers)

    def _analyst(self, speaker: str) -> bool:
        """Whether a call's cue is the caller the operator introduced ("Our first question
        comes from Priya Sandhu with Barlow Securities." then "Priya Sandhu - Barlow
        Securities: Thanks. Dana, Leeds was supposed to open last year. When …?"): an
        analyst's turn. When it asks, what it says before its question leads in to it; a
        turn without a question ("I expect the dividend to be cut in 2026.") is theirs."""
        return self.call and bool(self.caller) and names_same_person(speaker, self.caller)

    def _counsel(self, label: str, rest: str) -> str:
        """The full name a titled surname's cue gives itself in its appearance ("MR. SMITH:
        Good morning, Your Honor. Daniel Smith for the United States." → "Daniel Smith"),
        which its later cues are too; "" when it gives none. A court's cue ("THE COURT:")
        marks the document a hearing's (``hearings``)."""
        if not self.hearing and label[:4].upper() == "THE " and is_placeholder(label):
            self.hearing = True  # "THE COURT:": a hearing's transcript
        words = label.split()
        if len(words) != 2 or words[0].lower().rstrip(".") not in TITLES:
            return ""
        if " for " not in rest and " behalf " not in rest and "representing" not in rest:
            return ""
        for _, sentence in split_sentences(rest):
            full, surname = appearance(sentence)
            if full and person_key(surname) == person_key(label):
                self.declared[person_key(label)] = full
                self._declare(full)
                self.hearing = True
                return full
        return ""

    def _cue_label(self, label: str, rest: str, match) -> tuple[str, str] | None:
        """The name of a cue and the remark on its affiliation ("Christine Lagarde (ECB)"),
        or None when "Label: rest" is no cue (prose with a hyphen, a sentence's colon)."""
        lead = _LEAD_CLAUSE.match(label)
        if lead and (reads_as_name(lead["name"]) or self._participant(lead["name"])):
            return lead["name"], ""  # "Ramirez, asked about solid-state: …": Ramirez's words
        asker = questioner(label)
        if asker:  # "Shareholder (Mr Whelan):", "Resident (Ana Ruiz, Elm St):": the person
            if held := held_office(label):
                self.held[held[0]] = held[1]
            return asker
        name, affiliation = without_affiliation(label, one_word=True)
        if affiliation and _QUANTITY.match(affiliation):
            return None  # "Pell Creek (400 MW): groundbreaking in Q2": a thing's size, no one
        note = ""
        if affiliation and (reads_as_name(name) or self._participant(name)):
            label = name  # "Christine Lagarde (ECB)", "Jamie Dimon, JPMorgan": the person
            # "Hiroshi Tanabe - CEO", "Martina Kovač, CFO": a role, which tells no one apart.
            note = "" if only_a_role(affiliation) else affiliation_remark(name, affiliation)
        if match.re is DASH_CUE and match.group("dash") == "-" and rest[:1].islower():
            # "Silicon Valley - startups will…": a hyphen before lower case is prose, unless
            # the name is someone the document or the curator already knows.
            key = person_key(label)
            if key not in self.declared and key not in self.known_people:
                return None
        if not self._could_be_label(label, dash=match.re is DASH_CUE):
            return None
        return label, note

    def _no_claimant(self, number: int, label: str, rest: str) -> bool:
        """A cue whose lines are nobody's claim: the note-taker's ("Me:", "Myself:", "Q
        (me):"), or a call's operator ("Operator:", ``calls``). True when it was one."""
        if note_taker(label) and person_key(label) not in self.known_people:
            # "Me:" is the note-taker, unless the curator says who "Me" is.
            self._end_cue()
            rest, later = self._next_cue(rest, label)
            if rest:  # the note-taker's own words, as ``asides`` withholds them
                self.emit(rest, "", number, narration=True, note=OWN)
                if asks(rest):
                    self._answer_after("")  # "Me: Will you IPO?": the answer is the speaker's
            if later:
                self._cue(number, later.group("name").strip(), later.group("rest").strip(), later)
            return True
        if self.call and operator_cue(label):
            self._operator(number, rest)
            return True
        return self._document_cue(number, label, rest)

    def _document_cue(self, number: int, label: str, rest: str) -> bool:
        """A cue whose words are the record's or the show's own: a chamber's presiding
        officer's, a show's pick, the show's title. True when it was one."""
        if presiding_officer(label):  # "An Ceann Comhairle: Deputies, please.": procedure
            self._end_cue()
            if rest:
                self.emit(rest, "", number, narration=True, note=DOCUMENT_LINE)
            return True
        if pick_label(label):  # "Leah's pick of the week: …": the show's recommendation
            self._end_cue()
            if rest:
                self.emit(rest, "", number, narration=True, note=PICK_LINE)
            return True
        if self._show_title(label):
            # "Hard Fork: This week, AI agents.": the show's own line, and no speaker's
            self._end_cue()
            if rest:
                self.emit(rest, "", number, narration=True, note=SHOW_LINE)
            return True
        return False

    def _start_role_cue(self, name: str, *, host: bool, label: str) -> None:
        # "A:" the curator maps ("A=Ruth Adeyemi-Carr"): the label, which the mapping names.
        mapped = label if person_key(label) in self.known_people else ""
        if not host:  # "Guest:", "A:": the witness or guest named, else the section's speaker
            self._end_cue()
            self.cue_speaker = mapped or self._answer_voice(label)
            if not self.cue_speaker and name:
                # "Lena Ortiz (Guest)": the guest the cue names is the one who speaks.
                self.cue_speaker = self._participant(name) or name
                self._declare(self.cue_speaker)
            return
        name = mapped or name or self._asker_voice(label)  # "Q." under "EXAMINATION BY …"
        hosts = self.section.hosts or list(self.hosts.values())
        if not name and len(hosts) == 1:
            name = hosts[0]
        if name:
            name = self._participant(name) or name
            self._declare(name)
            self.narrators[person_key(name)] = name
        self.cue_speaker, self.cue_host, self.cue_topic = name, True, ""
        # "Interviewer:" in a written interview ("Interview by …"): its prompts, never claims.
        self.cue_asking = asks_only(label) or person_key(name) in self.interviewers
        self.unnamed_host = label

    def _label(self, number: int, label: str, rest: str) -> None:
        """'Energy: solar will...' stays with the section's speaker; 'Energy' is a topic, and
        'Update (March)', 'Part 2' or 'Q&A' are no topics (``frame_label``)."""
        lowered = " ".join(label.lower().split())
        frame = frame_label(label)
        topic = "" if frame else label
        note = ""
        words = label.split()
        whose = no_person(label)
        if whose:  # "Goldman:", "Consensus:", "The Fed:": whose view, never a speaker
            self._whose_label(number, label, rest, whose)
            return
        if (
            len(words) == 1
            and label[:1].isupper()
            and label.replace("-", "").isalpha()
            and not frame
            and lowered not in LABEL_WORDS
        ):
            note = f"“{label}:” was read as a label, not a speaker; map it to one if it is one"
        if self.name_turn and self.cue_speaker and not self.cue_host:
            # "Also: we should stop…" under "Raj Patel  9:24 AM": a label in the author's
            # message, which stays theirs.
            note = "" if lowered in LABEL_WORDS else note
            rest, later = self._next_cue(rest, label) if rest else ("", None)
            if rest:
                self.emit(rest, self.cue_speaker, number, topic=topic, note=self.cue_note)
            if later:
                self._cue(number, later.group("name").strip(), later.group("rest").strip(), later)
            return
        self._end_cue()
        if not rest:  # "Energy:" alone: the bullets below are about energy
            self.cue_topic = topic
        rest, later = self._next_cue(rest, label) if rest else ("", None)
        if rest:
            self._emit_own(rest, number, topic=topic, note=note)
        if later:
            self._cue(number, later.group("name").strip(), later.group("rest").strip(), later)

    def _whose_label(self, number: int, label: str, rest: str, kind: str) -> None:
        """ "Goldman: oil at $100 by Q3 2027": a label naming no person (``forecasters``)
        gives the line, and the bullets below it when alone, the marks of whose view it is;
        the line stays with the cue's or the section's speaker, who tells it."""
        marks = label_marks(label, kind)
        if self.name_turn and self.cue_speaker and not self.cue_host:
            if rest:  # a chat message's "Goldman: …": its author tells Goldman's forecast
                self.emit(rest, self.cue_speaker, number, own=True, **marks)
            return
        self._end_cue()
        if not rest:
            self.cue_marks = marks
            return
        self._emit_own(rest, number, **marks)

    def _emit_own(self, text: str, number: int, **marks) -> None:
        self.emit(text, self.section.speaker, number, own=True, **marks)

    def _narration(self, body: str, number: int) -> bool:
        """A line telling what a host did ("Lex asked about Twitter's finances"): the host's
        narration, nobody's claim; the lines after it are the answer."""
        host = self._host_narration(body)
        if not host and not (
            ROLE_SUBJECT.match(body) and REPORTING_VERB.match(body, ROLE_SUBJECT.match(body).end())
        ):
            return False
        self._end_cue()
        self.emit(body, host or self.unnamed_host or "Host", number, host=True, narration=True)
        return True

    def _emit_host_or_cue(self, text: str, number: int, *, note: str | None = None) -> None:
        if self.name_turn and not self.cue_host and self._analyst(self.cue_speaker) and asks(text):
            # "Rafael Quintero -- Brightwater Securities -- Analyst", then a paragraph that
            # asks: the caller's question turn, as when the cue's own line asks.
            self.cue_host = self.cue_asking = True
        if not self.cue_host:
            # "(laughs) Some of them are Volvos, yes.": an episode's banter, no claim.
            banter = self.show and laughing_concession(text)
            note = self.cue_note if note is None else note
            self.emit(text, self.cue_speaker, number, note=note, narration=banter)
            if self.cue_speaker and not self.call:
                self.last_quoted = self.cue_speaker  # "Ramirez: …", then "She added that …"
            if only_asks(text) and not self.thread:
                # "KEVIN ROOSE: Will AI take jobs?": an interviewer's turn, whoever the cue
                # names; the lines after it are the answer, not the asker's. A thread's
                # post runs to the next post's header, its question and all.
                self._answer_after(self.cue_speaker)
            return
        # "Q: I think rates are too high." leads in to a question: the interviewer's, never
        # proposed, as what a host asked is not.
        narration = self.cue_asking or NARRATION.match(text) is not None
        speaker = self.cue_speaker or self.unnamed_host
        said, prompts = _handover(text)
        # "That's a lot of Volvos.", a gloss after the question: an episode's host's asides.
        said, aside = host_asides(said) if self.show else (said, "")
        prompts = " ".join(p for p in (aside, prompts) if p)
        if said:
            self.emit(said, speaker, number, host=True, narration=narration)
        if prompts:  # "Take your time." after the question: no claim, the host's narration
            self.emit(prompts, speaker, number, host=True, narration=True)
        # The lines after "asked about rates" or "what about Europe? Take your time." are the
        # answers.
        if narration or asks(text):
            self._answer_after(speaker)

    def _answer_after(self, asker: str) -> None:
        """End the asker's cue: the lines after a question are the answer. They go to the
        section's speaker; when it has none, or it is the asker, who answers is unknown and
        each line says so."""
        self._end_cue()
        named = asker if asker and role_cue(asker) is None else ""  # not "Q" or "HOST"
        if named:
            self.narrators.setdefault(person_key(named), named)
            self.last_asker = named
        answerer = self.section.speaker or self.section.inherited_speaker
        if not answerer or (named and names_same_person(named, answerer)):
            self.answer_note = ANSWER_UNKNOWN.format(asker=named or "the host")


# Words that name a part of the document, not a subject: "Update (March)", "Part 2", "Q&A",
# "Follow-up (June 2024)", "Recap".


def _answer_paragraph(body: str) -> bool:
    """Whether a plain line reads as a paragraph of an answer: prose that ends its sentence,
    not a heading in capitals ("ACKNOWLEDGMENTS"), a page's running head with its columns
    ("NCMS 2026, Halifax, NS      L. Ferreira-Doyle et al.") or a word broken at the line's
    end."""
    return (
        not body.isupper() and "   " not in body and body[-1:] in '.!?"”’…)' and body[:1].isalpha()
    )


ANSWER_UNKNOWN = (
    "Taken as the answer to {asker}'s question, so not {asker}'s: the notes do not say who "
    "answered; check the speaker."
)
CHAPTER_LIST_NOTE = "in a list of chapter titles: a chapter title, not a claim?"


# A participant's name and how they came in, before a colon: "Devon interrupted", "Ana
# added", "Maya then countered".
_SAID_CUE = re.compile(
    r"^(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?:then\s+|also\s+|again\s+)?"
    r"(?:interrupted|interjected|cut in|chimed in|added|countered|disagreed|agreed|objected|"
    r"pushed back|shot back|fired back|weighed in|jumped in|piped up)$"
)


# A name, then a clause of what they were asked or where they spoke, before the colon that
# opens their words: "Ramirez, asked about solid-state:", "Jensen Huang, meanwhile, on the
# Nvidia Q2 call:", "Lund, when pressed on prices:".
_LEAD_CLAUSE = re.compile(
    r"^(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?:,\s+(?:when\s+)?(?:asked|pressed|"
    r"questioned|speaking|writing|meanwhile|later|again|responding|replying|answering|"
    r"challenged|quizzed|on|at|in)\b"
    # A reporter's notes: "DH on the Fenwick desalination plan: thinks it's a vanity project".
    r"|\s+on\s+(?=\S))[^:]*$"
)


_HANDLE_AFTER = re.compile(rf"\s*\({HANDLE}\)$", re.IGNORECASE)


# A quantity in a label's brackets: "(400 MW)", "(2.1 GW)", "($40m)", "(30%)".
_QUANTITY = re.compile(r"^[~≈<>]?\s*[$€£]?\s*\d[\d.,]*\s*[A-Za-z%]{0,6}$")


def _article_byline(line: str) -> bool:
    """An article's byline under its headline (``asides.byline``), not an interview's
    ("Interview by Lena Ortiz | …"), whose title names the interviewee and opens her section."""
    return byline(line) and not interview_byline(line)[0]


def _handover(text: str) -> tuple[str, str]:
    """A host's line cut where the prompts after its last question start: ("Will rates
    fall next year?", "Take your time.")."""
    starts = [(start, sentence) for start, sentence in split_sentences(text)]
    cut = prompts_after_question([sentence for _, sentence in starts])
    if cut == len(starts):
        return text, ""
    return text[: starts[cut][0]].strip(), text[starts[cut][0] :].strip()


def _show_people(reader: _NotesReader, page: ShowPage) -> None:
    """The hosts and guests an episode's page names, declared (their cues are theirs, a
    host's questions a host's), and the opening section dated by its publication line."""
    section = reader.section
    reader.show, reader.show_header = True, page.header
    for host in page.hosts:
        section.hosts.append(host)
        reader.hosts[person_key(host)] = host
        reader._declare(host)
    for guest in page.guests:
        reader._declare(guest)
    if page.published_on is not None and page.published_on <= reader.today:
        section.published_on, section.precision = page.published_on, page.precision
        section.title = section.title or page.title


def _line_of(statement: Statement) -> int:
    return statement.line


def notes_statements(
    lines: Iterable[str],
    sections: list[Section],
    *,
    breaks: dict[int, str] | None = None,
    known_people: frozenset[str] = frozenset(),
    today: datetime.date | None = None,
    said_on: datetime.date | None = None,
    wrapped: bool = False,
) -> Iterator[Statement]:
    """Notes' statements, line by line; ``sections`` (empty when given) fills as they are read.
    ``said_on``: the curator's source's date, when a section has none (else ``today``).
    ``wrapped``: the lines are prose wrapped at a page's width, made whole
    (``wrapped_prose``): a cue's turn lasts until the next line that opens one. In a typed-up
    transcript whose turns run over lines (``running_turns``), a plain line right under a
    turn's line is that turn's.

    Headings and "Guest: Name" lines open sections; "Name:" lines are cues. A
    "Name: text" line, and the bullet lines right after it, are said by Name;
    the next plain line goes back to the section's speaker. A section is final
    once a statement of the next one has been yielded.
    """
    reader = _NotesReader(breaks or {}, known_people, today or datetime.date.max)
    reader.wrapped = wrapped
    # A post that goes on with its author's last post's sentence (``broken_sentences``).
    if not isinstance(lines, Sequence):
        lines = list(lines)
    reader.running = running_turns(lines)
    reader.alone = alone_cues(lines)
    reader.caps_printed = caps_printed(lines)  # "CHAIR VANTERPOOL. Good afternoon."
    # A talk's transcript writes sentences: most of its lines end as one does; notes and chats
    # do not, and their lines are not joined.
    spoken = punctuated(lines)
    posts = BrokenPosts(
        lambda: reader.thread,
        talk=lambda: spoken and not (reader.chat_export or reader.chat_clock),
        running=lambda: reader.running,
    )
    yield from posts.joined(_read_notes(reader, lines, sections, said_on))


def _listed_authors(reader: _NotesReader, lines: Sequence[str]) -> frozenset[int]:
    """The lines of a report's list of authors under its heading (``author_lists``), no
    one's words; its lead author, kept by ``reader``, tells the report's own lines, as a
    byline's does."""
    reader.author_list = author_list(lines)
    return reader.author_list.lines if reader.author_list else frozenset()


def _read_notes(
    reader: _NotesReader, lines: Sequence[str], sections: list[Section], said_on
) -> Iterator[Statement]:
    """``notes_statements``' reading, by ``reader``."""
    reader.sections = sections
    reader.said_on = said_on
    if has_comments(lines):  # "…availability.[a]": a comment's marker is no word
        lines = [without_markers(line) for line in lines]
    # "0:03" then "Harriet Osei" alone: a side panel's turn header (``stacked_cues``); "KAT
    # (41:36): …": a cue with its time before the colon (``timed_cues``).
    lines = bylined(stacked_cues([tidied_cue(line) for line in lines]))  # (``named_bylines``)
    lines = callout_lines(lines)  # "> [!quote] Mayor Tobias Renwick, 12 Feb 2026" (``callouts``)
    reader.lines = lines
    reader.saved_at = saved_moment(lines)  # "[saved from … on 2026-09-22, 18:40 BST]"
    reader.repeated_caps = repeated_caps_cues(lines)
    reader.call = call_document(lines)
    reader.chat_clock = message_times(lines)
    reader.chat_export = chat_export(lines)
    if reader.chat_export:  # "+44 7700 900481: Hi all it's Kofi Mensah": whose messages
        reader.chat_senders = introduced_senders(
            chat_messages(lines, clock=reader.chat_clock), added_numbers(lines)
        )
    reader.chat_day_first = day_first(lines)  # "03/12/2025": which is the day (``chats``)
    reader.name_lines = speaker_lines(lines, call=reader.call)
    # "Mobile User 3   1:15", then "for the record that's Priya Raman" (``named_after``)
    reader.stand_ins = named_after(block_turns(lines, BLOCK_CUE), is_placeholder)
    exported = export_lines(lines)  # an exporter's header, a forward (``export_lines``)
    # A release's own lines, a shared document's comments (``doc_comments``), and "“The
    # demand is not the problem.”" printed again, a pull quote (``pull_quotes``).
    chrome = chrome_lines(lines) | exported.chrome | release_chrome(lines) | pull_quotes(lines)
    chrome |= tool_promotion(lines)  # "Automatically convert your audio files … with Sonix."
    # A news site's page around its article (``news_pages``), a plain-text table's rows and
    # header (``table_rows``), a meeting tool's AI notes above a transcript (``ai_summaries``).
    chrome |= (
        comment_lines(lines)
        | article_chrome(lines)
        | table_lines(lines)
        | (ai_notes := summary_lines(lines))
        | _listed_authors(reader, lines)
    )
    # An issue page, a forum topic; a chat's reactions, replies' echoes, bots, header.
    chrome |= reader._thread_page(thread_page(lines)) | chat_extras(lines)
    reader.chrome, reader.export_marks, reader.ai_summary = chrome, exported.marks, ai_notes
    # "**Tomas:** …?" under "By Tomas Ferreira", "FATHOM: …?" above "Sundqvist: …": the
    # interviewer's cues (``written_qa``); the paragraphs before the first introduce it.
    reader.prompts, reader.askers = prompt_lines(lines), bold_askers(lines) | cued_askers(lines)
    leads = lead_prompts(lines)
    reader.qa_intro = bool(reader.prompts or leads or reader.askers)
    sections.append(Section(index=0, line=1, speaker=reader.breaks.get(1, "")))
    reader.sky_page(bluesky_page(lines))  # a Bluesky thread: its app's lines (``bluesky``)
    page = show_page(lines)  # a podcast episode's page: its chrome, hosts and guests
    if page is not None:
        reader.chrome |= page.chrome
        _show_people(reader, page)
    # An email's messages and a letter are their senders' and signer's (``emails``).
    layout = mail_layout(lines, reader.today)
    # A live blog's entries in the order they were written (``live_blogs``); what is read
    # out of the file's order waits, and is given back in the file's order.
    blog = layout is None and not (reader.chat_clock or reader.name_lines or reader.call)
    held: list[Statement] = []
    for number, line, release in live_blog_reading(
        lines, breaks=frozenset(reader.breaks), blog=blog
    ):
        if layout is not None:
            opening = layout.opens.get(number)
            if opening is not None and number not in reader.breaks:
                reader.start_section(number, **opening)
        reader.read_line(number, line if layout is None else layout.text(number, line), leads)
        if reader.statements:
            # "17/10/2026, 08:05 - …": the message's day; "dry_creek 5 hours ago": the comment's
            day = reader.chat_day or reader.forum_day
            if day is not None:
                reader.statements[:] = dated_statements(reader.statements, day)
            held += reader.statements
            reader.statements.clear()
        if held and release:
            yield from sorted(held, key=_line_of) if len(held) > 1 else held
            held = []
