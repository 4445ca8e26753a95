"""Threads copied from a forum or a social site, read in notes (a part of the notes reader,
``notes``): bylines open their author's comment, the post's header names the original
poster, the page's chrome and a bot's notices are nobody's words, and what a thread's
writers say to ask, disclaim or sign off is no claim (the shapes: ``forums``).

The original poster is the person the post's title introduces ("Science AMA Series: I'm Ana
Lindqvist, a glaciologist …"), with a remark saying so on their lines; without one, the
section's speaker, or the handle itself, asked about. Other users are speakers by their
handle ("u/dry_creek_88"), asked about, or by the name the document gives the handle
("Priya Raman (@priyaraman)", the same map the quoted posts of ``replies`` fill), or by the
display name beside it on X or Mastodon ("Ana Lindqvist @GlacierLab · 3h").

``ForumLines`` holds the thread's state as class defaults; ``self`` is a
``notes._NotesReader``.
"""

from dataclasses import replace

from claims.importing.forums import (
    Byline,
    age_line,
    byline,
    display_line,
    handle_line,
    page_chrome,
    self_introduction,
    thread_chatter,
    title_introduction,
    without_tone_tag,
)
from claims.importing.headings import self_introduction as introduced_name
from claims.importing.names import person_key, reads_as_name
from claims.importing.narration import THREAD_LINE
from claims.importing.notes_speaker_lines import HANDLE_NOTE

ACCOUNT_NOTE = "“{handle}” is an account's handle, not a name: map it to who it is, or keep it"
OP_NOTE = "“{handle}” is taken as {name}: the post's title (line {line}) introduces its author so"
OP_HANDLE_NOTE = "; it is the post's author"
_LOOK_AHEAD = 3  # blank lines between a title or a display name and the line under it


class ForumLines:
    """Bylines, post headers, titles, chrome and chatter of a copied thread."""

    thread = False  # a byline or a post's header was read: the document is a thread
    forum_bot = False  # a bot's byline opened the lines below: nobody's
    forum_body = False  # the post's body: its author's lines before the first comment
    forum_title = False  # the post's header was read: its title is the next line
    op_name = ""  # the person the post's title introduces
    op_title_line = 0
    op_label = ""  # the original poster's handle as the post's header writes it
    handle_taken = 0  # the line of a handle read with the display name above it

    def _forum_line(self, number: int, text: str) -> bool:
        """A thread's byline, post header, title, page chrome or bot notice: read, no claim.
        True when read."""
        if text.startswith("#"):
            self.forum_title = self.forum_bot = False
            return False
        # Chrome before bylines ("Replying to @x"); a bot's notice; a handle read above.
        if number == self.handle_taken or page_chrome(text, thread=self.thread):
            self._document_line(number)
            return True
        found = byline(text, thread=self.thread) or self._display_above_handle(number, text)
        if found is not None:
            self._open_byline(number, found)
        elif self.forum_bot:
            self._document_line(number)
        elif self.forum_title or self._title_above_header(number, text):
            self._post_title(number, text)
        else:
            return False
        return True

    def _open_byline(self, number: int, found: Byline) -> None:
        self.thread = True
        self._end_cue()
        self.forum_title = self.forum_bot = False
        self._document_line(number)
        if found.post:  # "Posted by u/GlacierLab_AMA · 6h": the title comes next
            self.op_handle, self.op_label = found.handle.lower(), found.label
            self.forum_title = not found.title_above
            self.forum_body = True
            if found.title_above:
                self._open_turn(found)
            return
        self.forum_body = False
        if found.bot:  # "AutoModerator · 6h": a notice follows
            self.forum_bot = True
            return
        self._open_turn(found)

    def _open_turn(self, found: Byline) -> None:
        speaker, note = self._thread_author(found)
        self.authors.setdefault(person_key(speaker), speaker)  # whom a "Her reply:" answers
        self.cue_speaker, self.cue_host = speaker, person_key(speaker) in self.hosts
        self.cue_note = note
        self.name_turn = self.chat_turn = True

    def _thread_author(self, found: Byline) -> tuple[str, str]:
        """Who a byline's comment is by, and the remark on its lines."""
        op = found.op or found.handle.lower() == self.op_handle
        if op:
            own = self.op_name or self.section.speaker or self.section.inherited_speaker
            if own:
                note = OP_NOTE.format(handle=found.label, name=own, line=self.op_title_line)
                return own, note if self.op_name else ""
        name = self._handle_owner(found.handle)  # "Priya Raman (@priyaraman)" earlier
        if name:
            return name, ""
        if found.display and reads_as_name(found.display):
            self.handles.setdefault(found.handle.lower(), found.display)
            speaker = self._participant(found.display) or found.display
            self._declare(speaker)
            return speaker, ""
        self._declare(found.label)
        note = ACCOUNT_NOTE if found.label.startswith("@") else HANDLE_NOTE
        note = note.format(handle=found.label) + (OP_HANDLE_NOTE if op else "")
        return self.declared[person_key(found.label)], note

    def _next_line(self, number: int, first: str = "") -> tuple[int, str]:
        """The next line with words after line ``number``, and its number; (0, "") when none
        is near, or when it does not start with one of ``first`` (a cheap look first)."""
        for following in range(number, min(number + _LOOK_AHEAD, len(self.lines))):
            text = self.lines[following].lstrip()
            if not text:
                continue
            if first and text[:1] not in first:
                return 0, ""
            return following + 1, text.rstrip().replace("**", "")
        return 0, ""

    def _display_above_handle(self, number: int, text: str) -> Byline | None:
        """ "Ana Lindqvist" above "@GlacierLab" (X and Mastodon copied): a byline."""
        if len(text) > 60:
            return None
        following, below = self._next_line(number, "@")
        if below[:1] != "@" or not display_line(text):
            return None
        handle = handle_line(below)
        if not handle:
            return None
        # Outside a thread, "Follow us" above "@acme" is no byline: a post's has its age below.
        if not (self.thread or age_line(self._next_line(following)[1]) or "·" in below):
            return None
        self.handle_taken = following
        return byline(f"{text} @{handle}", thread=True)

    def _title_above_header(self, number: int, text: str) -> bool:
        """Whether the line is a post's title above its header ("submitted 6 hours ago by
        …", "123 points by …")."""
        if len(text) > 300:
            return False
        below = self._next_line(number, "0123456789s")[1]
        if not below[:1].isdigit() and not below.startswith("submitted "):
            return False
        found = byline(below)
        return found is not None and found.title_above

    def _post_title(self, number: int, text: str) -> None:
        """The post's title: no claim; a self-introduction in it names the original poster."""
        self.forum_title = False
        self._document_line(number)
        name = introduced_name(title_introduction(text))
        if name:
            self.op_name, self.op_title_line = name, number
            self._declare(name)
            if not self.section.speaker:
                self.section.speaker = name
        if self.forum_body and self.op_handle:  # the body below the title is the author's
            self._open_turn(Byline(self.op_handle, self.op_label, op=True))

    def _thread_statements(self, start: int) -> None:
        """The statements of a thread's line from ``start``: a tone tag ("(half joking)")
        dropped, and what asks, disclaims, wishes, signs off or introduces the post's author
        marked as no claim."""
        if not self.thread:
            return
        for index in range(start, len(self.statements)):
            statement = self.statements[index]
            if statement.narration:
                continue
            words = without_tone_tag(statement.text)
            if thread_chatter(words) or (self.forum_body and self_introduction(words)):
                statement = replace(statement, narration=True, note=THREAD_LINE)
            elif words != statement.text:
                statement = replace(statement, text=words)
            self.statements[index] = statement
