"""Threads copied from a forum or a social site, read in notes (a part of the notes reader,
``notes``): bylines open their author's comment, the post's header names the original
poster, the page's chrome, a bot's notices and a deleted account's comment are nobody's
words, and what a thread's writers say to ask, disclaim, praise, thank or sign off is no
claim (the shapes: ``forums``). A link post's title is its submitter's words; a quotation a
comment pastes with its sayer (""…," said Ingrid Solheim.") is the sayer's. A post copied
from LinkedIn opens each post's and comment's turn with its header (``linkedin``); a
curator's copy note above the page ("saved from old.reddit.com, …") is nobody's
(``copy_notes``).

The original poster is the person the post's title introduces ("Science AMA Series: I'm Ana
Lindqvist, a glaciologist …"), with a remark saying so on their lines; without one, the
section's speaker, or the handle itself, asked about. Other users are speakers by their
handle ("u/dry_creek_88"), asked about, or by the name the document gives the handle
("Priya Raman (@priyaraman)", the same map the quoted posts of ``replies`` fill), or by the
display name beside it on X or Mastodon ("Ana Lindqvist @GlacierLab · 3h"), or by the
name a comment of theirs introduces them by ("Disclosure: I'm Hollis Grant, …"), with a remark.
A Hacker News page's bar, footer, vote arrows, moderators' warnings and asides are nobody's,
and each comment is dated by its age counted back from the page's copy note (``hacker_news``).

``ForumLines`` holds the thread's state as class defaults; ``self`` is a
``notes._NotesReader``.
"""

import re
from dataclasses import replace

from claims.importing.bluesky import (
    OLD_REPLY_NOTE,
    BlueskyPage,
    days_old,
    thread_opener,
    tone_only,
)
from claims.importing.copy_notes import copy_note
from claims.importing.forums import (
    Byline,
    age_line,
    byline,
    detail_date_line,
    display_line,
    display_name,
    handle_line,
    page_chrome,
    self_introduction,
    thread_chatter,
    title_introduction,
    title_words,
    without_addressees,
    without_lead_in,
    without_tone_tag,
    x_time_line,
)
from claims.importing.hacker_news import (
    moderator_notice,
    site_chrome,
    thread_aside,
    without_vote_arrow,
    written_on,
)
from claims.importing.headings import self_introduction as introduced_name
from claims.importing.linkedin import (
    PostHeader,
    activity_line,
    post_chrome,
    post_header,
    without_see_more,
)
from claims.importing.names import person_key, reads_as_name
from claims.importing.narration import THREAD_LINE
from claims.importing.notes_speaker_lines import HANDLE_NOTE
from claims.importing.parsing import only_asks, split_sentences
from claims.importing.quoted_speech import saying

# A display name of emoji only: "🌊", "🚋🚋".
_EMOJI_NAME = re.compile(r"^[^\w\s]{1,8}$")
ACCOUNT_NOTE = "“{handle}” is an account's handle, not a name: map it to who it is, or keep it"
OP_NOTE = "“{handle}” is taken as {name}: the post's title (line {line}) introduces its author so"
# A forum's sidebar after the thread: "About Community", "Community Info", "r/IAmA Rules",
# "Moderators", "Related Communities": the page's own lines, up to the next byline.
_SIDEBAR = re.compile(
    r"^(?:about (?:community|this community|r/\w{2,21})|community (?:info|details|rules|bookmarks)"
    r"|(?:r/\w{2,21} )?rules|moderators|related communities|upcoming amas)$",
    re.I,
)
# Below a LinkedIn post's comments: an advert ("Promoted" alone, not in a post's header) and
# the side panels, the page's own up to the next post's header.
_FEED_SIDEBAR = re.compile(
    r"^(?:promoted|people also viewed|people you may know|more from this author"
    r"|more articles for you|add to your feed)$",
    re.I,
)
# A badge the site shows between a post's header and its title: "Verified", "OC", "AMA".
_BADGE = re.compile(r"^(?:verified(?:\s+(?:account|user|ama))?|oc|ama|mod|official)$", re.I)
OP_HANDLE_NOTE = "; it is the post's author"
INTRODUCED_NOTE = "“{handle}” is taken as {name}: their comment (line {line}) introduces them so"
MARKED_NOTE = "the site marks this comment [{mark}]: {handle}'s words, hidden from most readers"
# A comment card's name: a handle ("kwh_kestrel", "0xfennel", "nadia.builds"), or a display
# name with the handle in brackets ("Marguerite Osei (mosei)").
_CARD_NAME = re.compile(
    r"^(?:(?P<bare>[\w][\w.\-]{1,29})|(?P<display>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3})"
    r" \((?P<handle>[\w][\w.\-]{1,29})\))$"
)
# What makes one word a handle and not a page's word ("Date", "Creator"): a digit, "_", ".",
# "-", lower case first, or a capital inside ("ColdChainCapital").
_HANDLE_SHAPED = re.compile(r"[\d_.\-]|^[a-z]|^.+[A-Z]")
_CARD_BADGES = 2  # badge lines between a comment card's name and its age, at most
_DETAIL_LINES = 6  # a post's text above its detail's date line, at most
_LOOK_AHEAD = 3  # blank lines between a title or a display name and the line under it


# X's community note under a post, and its footer's last line.
_COMMUNITY_NOTE = re.compile(r"^Readers added context\b", re.IGNORECASE)
_COMMUNITY_NOTE_END = re.compile(
    r"^(?:Rate it|Do you find this helpful\?|Context is written by people who use X\b.*)$",
    re.IGNORECASE,
)


class ForumLines:
    """Bylines, post headers, titles, chrome and chatter of a copied thread."""

    thread = False  # a byline or a post's header was read: the document is a thread
    sky = False  # the document is a Bluesky thread's page (``bluesky``)
    forum_bot = False  # a bot's byline opened the lines below: nobody's
    forum_body = False  # the post's body: its author's lines before the first comment
    forum_title = False  # the post's header was read: its title is the next line
    op_name = ""  # the person the post's title introduces
    op_title_line = 0
    op_label = ""  # the original poster's handle as the post's header writes it
    handle_taken = 0  # the line of a handle read with the display name above it
    community_note = False  # inside X's "Readers added context" note, up to its footer
    card_lines: frozenset[int] = frozenset()  # a comment card's badge and age lines
    posts = False  # a post's header was read (``linkedin``): the document is a post's page
    post_author = ""  # who wrote the post the comments are under
    header_lines: frozenset[int] = frozenset()  # the lines of the last post header read
    saved_at = None  # when the curator's copy note says the page was saved (``copied_at``)
    forum_day = None  # the day the comment read was written (``hacker_news.written_on``)
    forum_handle = ""  # the handle whose comment is read, lower-cased
    # Handle (lower-cased) → (the name its comment introduced, that comment's line).
    introduced: dict[str, tuple[str, int]] = {}

    def _forum_line(self, number: int, text: str) -> bool:
        """A thread's byline, post header, title, page chrome or bot notice: read, no claim.
        True when read."""
        if text.startswith("#"):
            self.forum_title = self.forum_bot = False
            return False
        text = without_vote_arrow(text)  # "▲ dry_creek 5 hours ago | next [–]"
        # A curator's copy note; chrome before bylines ("Replying to @x"); a handle read above.
        if self._page_line(number, text):
            self._document_line(number)
            return True
        if (self.thread and _SIDEBAR.match(text)) or (self.posts and _FEED_SIDEBAR.match(text)):
            # "About Community", LinkedIn's "Promoted" advert: the page's to the end
            self._end_cue()
            self.forum_bot = True
            self._document_line(number)
            return True
        header = self._post_header(number, text)  # "Owen Prichard" above " • 3rd+"
        found = None if header else byline(text, thread=self.thread) or self._gone(number)
        found = found or (None if header else self._display_above_handle(number, text))
        found = found or (None if header else self._card_byline(number, text))
        if header is not None:
            self._open_post(number, header)
        elif found is not None:
            self._open_byline(number, found)
        elif self.forum_bot:  # a bot's notice, a deleted comment
            self._document_line(number)
        elif self.forum_title and (age_line(text) or _BADGE.match(text)):
            self._document_line(number)  # "7 hr. ago", "Verified" between header and title
        elif self.forum_title:
            self._post_title(number, text)
        else:
            above = self._title_above_header(number, text)
            if above is not None:
                self._post_title(number, text, above)
                return True
            return self._quoted_in_comment(number, text)
        return True

    def sky_page(self, page: BlueskyPage | None) -> None:
        """A Bluesky thread's page (``bluesky``): its app's lines are the document's, its
        lines are read as a thread's from the first, and its post's date line dates the
        document unless it is after the day it is read."""
        if page is None:
            return
        self.chrome |= page.chrome
        self.sky = self.thread = self.asides.thread = True  # "(2/6)", labels (``asides``)
        posted = page.posted.date() if page.posted else None
        if posted is not None and posted <= self.today and self.sections:
            self.sections[0].published_on, self.sections[0].precision = posted, "day"

    def _gone(self, number: int) -> Byline | None:
        """The byline of a deleted account ("[–][deleted] 31 points 7 hours ago"), read on
        the line as written: its "[deleted]" is no note-taker's aside."""
        raw = self.lines[number - 1] if number <= len(self.lines) else ""
        if not any(mark in raw for mark in ("[deleted]", "[removed]", "[flagged]", "[dead]")):
            return None
        found = byline(raw, thread=self.thread)
        return found if found is not None and found.gone else None

    def _page_line(self, number: int, text: str) -> bool:
        """A line of the page's own: a curator's copy note, a post header's line, chrome."""
        if number == self.handle_taken or number in self.header_lines or site_chrome(text):
            return True
        if self.thread and self._x_post_line(text):
            return True
        if number in self.card_lines or self._avatar_line(number, text):
            return True
        if copy_note(text):  # "saved from old.reddit.com, …"; when, read first (``saved_moment``)
            return True
        if page_chrome(text, thread=self.thread) or (self.posts and post_chrome(text)):
            return True
        # "Owen Prichard reposted this" above a post's header.
        return activity_line(text) and (self.posts or self._post_header_below(number))

    def _x_post_line(self, text: str) -> bool:
        """A line X shows around a post's words: its time line, which ends the post (what
        follows is the page's counts, up to the next post's name and handle), and a community
        note under it, no one's words, up to its footer."""
        if self.cue_speaker and x_time_line(text):
            self._end_cue()
            return True
        if self.community_note or _COMMUNITY_NOTE.match(text):
            self.community_note = not _COMMUNITY_NOTE_END.match(text)
            return True
        return False

    def _open_byline(self, number: int, found: Byline) -> None:
        self.community_note = False
        self.thread = True
        self._end_cue()
        self.forum_title = self.forum_bot = False
        self._document_line(number)
        self.front_over = True  # "dry_creek 5 hours ago" below is a byline, not a notes header
        self.forum_day = written_on(found.age, self.saved_at) if found.age else None
        self.forum_handle = found.handle.lower()
        if found.post:  # "Posted by u/GlacierLab_AMA · 6h": the title comes next
            self.op_handle, self.op_label = found.handle.lower(), found.label
            self.forum_title = not found.title_above
            self.forum_body = True
            if found.title_above:
                self._open_turn(found)
            return
        self.forum_body = False
        if found.bot or found.gone:  # "AutoModerator · 6h", "[deleted]": nobody's words follow
            self.forum_bot = True
            return
        self._open_turn(found)

    def _open_turn(self, found: Byline) -> None:
        self._take_turn(*self._thread_author(found))
        if self.sky and self.forum_day is None and days_old(found.age):  # "· 2d", no copy note
            old = OLD_REPLY_NOTE.format(age=found.age)
            self.cue_note = "; ".join(n for n in (self.cue_note, old) if n)

    def _take_turn(self, speaker: str, note: str) -> None:
        self.authors.setdefault(person_key(speaker), speaker)  # whom a "Her reply:" answers
        self.cue_speaker, self.cue_host = speaker, person_key(speaker) in self.hosts
        self.cue_note = note
        self.name_turn = self.chat_turn = True

    # ---- Posts and their comments (``linkedin``).

    def _post_header(self, number: int, text: str) -> PostHeader | None:
        """The post's or comment's header opening at this line ("Owen Prichard", " • 3rd+",
        its headline and age below), or None. A cheap look at the line first."""
        if len(text) > 80 or text[-1:] in ".,;:!?" or number > len(self.lines):
            return None
        return post_header(self.lines, number - 1, in_post=self.posts)

    def _post_header_below(self, number: int) -> bool:
        following = self._next_line(number)[0]
        return bool(following) and post_header(self.lines, following - 1) is not None

    def _open_post(self, number: int, header: PostHeader) -> None:
        """A post's or a comment's header: its lines are the page's, the words below are
        its author's. "Author" marks the post's author's own comment."""
        self.thread = self.posts = True
        self._end_cue()
        self.forum_title = self.forum_bot = self.forum_body = False
        self._document_line(number)
        self.header_lines = frozenset(index + 1 for index in header.lines[1:])
        if header.author and self.post_author:
            speaker = self.post_author
        else:
            speaker = self._participant(header.name) or header.name
            self._declare(speaker)
        self.post_author = self.post_author or speaker
        self._take_turn(speaker, "")

    def _quoted_in_comment(self, number: int, text: str) -> bool:
        """A comment's line that pastes another's words with their sayer (""We will start
        deliveries before the end of 2027," said Valdano CTO Ingrid Solheim."): the words
        are the sayer's, as a narrator's quotation is (``quoted_speech``, read as in a
        section with no speaker of its own); the commenter's own sentences on the line stay
        theirs. True when read."""
        if not (self.thread and self.chat_turn and self.cue_speaker) or not (
            '"' in text or "“" in text
        ):
            return False
        words = without_lead_in(text)
        if not any(_named_sayer(sentence) for _, sentence in split_sentences(words)):
            return False
        start = len(self.statements)
        self.emit(words, "", number, own=True)
        for index in range(start, len(self.statements)):
            statement = self.statements[index]
            if not statement.speaker:  # not another's: the commenter's own
                note = "; ".join(n for n in (self.cue_note, statement.note) if n)
                self.statements[index] = replace(statement, speaker=self.cue_speaker, note=note)
        self._thread_statements(start)
        return True

    def _thread_author(self, found: Byline) -> tuple[str, str]:
        """Who a byline's comment is by, and the remark on its lines."""
        speaker, note = self._comment_author(found)
        if found.marked:  # "dry_creek 2 hours ago [dead]"
            marked = MARKED_NOTE.format(mark=found.marked, handle=found.label)
            note = "; ".join(n for n in (note, marked) if n)
        return speaker, note

    def _comment_author(self, found: Byline) -> tuple[str, str]:
        op = found.op or found.handle.lower() == self.op_handle
        introduced = self.introduced.get(found.handle.lower())
        if introduced:  # "I'm Hollis Grant, I run product at …" in an earlier comment
            name, line = introduced
            return name, INTRODUCED_NOTE.format(handle=found.label, name=name, line=line)
        if op:
            own = self.op_name or self.section.speaker or self.section.inherited_speaker
            if own:
                note = OP_NOTE.format(handle=found.label, name=own, line=self.op_title_line)
                return own, note if self.op_name else ""
        name = self._handle_owner(found.handle)  # "Priya Raman (@priyaraman)" earlier
        if name and person_key(name) != person_key(found.label):  # not the handle met before
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
        if below[:1] != "@" or not (display_line(text) or _EMOJI_NAME.match(text.strip())):
            return None
        handle = handle_line(below)
        if not handle:
            return None
        # Outside a thread, "Follow us" above "@acme" is no byline: a post's has its age below,
        # or its detail view's date line under its text ("May 19, 2026, 08:12 · 🌐 · Web").
        if not (
            self.thread
            or age_line(self._next_line(following)[1])
            or "·" in below
            or self._detail_date_below(following)
            # X's post page: the author's "Subscribe" or "Follow" under the handle
            or self._next_line(following)[1] in ("Subscribe", "Follow")
        ):
            return None
        self.handle_taken = following
        # "poll wonk 📊" above "@pollwonk.bsky.social" above "· 1h": the age below makes a
        # byline of any display name, a person's name or not.
        age = self._next_line(following)[1].strip(" ·•")
        dated = f" · {age}" if age and age_line(age) else ""
        if not display_name(text):  # "🌊" above "@wave.bsky.social": the handle is all we have
            return byline(f"@{handle}{dated}", thread=True) if dated else None
        return byline(f"{text} @{handle}{dated}", thread=True)

    def _avatar_line(self, number: int, text: str) -> bool:
        """A commenter's picture's alt text above their name ("kwh_kestrel avatar" above
        "kwh_kestrel"): the page's own."""
        if not text.endswith("avatar") or len(text) > 70:
            return False
        name = text.removesuffix("avatar").rstrip(" ’'s")
        return bool(name) and self._next_line(number)[1].startswith(name)

    def _card_byline(self, number: int, text: str) -> Byline | None:
        """A comment card's name over its age, a badge or two between ("kwh_kestrel" /
        "Before Jul 1, 2026 · No 18.2k shares" / "2d ago"; "Marguerite Osei (mosei)" over the
        same): a byline (a prediction market's comments, a shop's reviews). The name is a
        handle, or a display name with the handle in brackets; the badges and the age are the
        page's own."""
        card = _CARD_NAME.match(text)
        if card is None or (card["bare"] and not _HANDLE_SHAPED.search(card["bare"])):
            return None  # "Date" over "10 Feb 2026", "Creator" over "3d": a page's words
        taken, following = [], number
        for _ in range(_CARD_BADGES + 1):
            following, below = self._next_line(following)
            if not following:
                return None
            taken.append(following)
            if age_line(below):
                break
            if len(below) > 60 or below[-1:] in ".?!":
                return None
        else:
            return None
        age = below.strip(" ·•")
        self.card_lines = frozenset(taken)
        handle, display = card["handle"] or card["bare"], card["display"]
        named = f"{display} @{handle}" if display else f"@{handle}"
        return byline(f"{named} · {age}", thread=True)

    def _detail_date_below(self, number: int) -> bool:
        """A post detail's date line within the few lines after line ``number`` (its text
        between), before any blank line."""
        for text in self.lines[number : number + _DETAIL_LINES]:
            if not text.strip():
                return False
            if detail_date_line(text):
                return True
        return False

    def _title_above_header(self, number: int, text: str) -> Byline | None:
        """The post's header below the line when the line is its title ("submitted 6 hours
        ago by …", "123 points by …"), else None."""
        if len(text) > 300:
            return None
        below = self._next_line(number, "0123456789s")[1]
        if not below[:1].isdigit() and not below.startswith("submitted "):
            return None
        found = byline(below)
        return found if found is not None and found.title_above else None

    def _post_title(self, number: int, text: str, header: Byline | None = None) -> None:
        """The post's title: a self-introduction in it names the original poster and is no
        claim; else it is the submitter's words ("Valdano says its hatchback goes on sale
        before the end of 2027 (electrive-news.example)"), unless it only asks. ``header``:
        the post's header below the title (old Reddit, Hacker News)."""
        self.forum_title = False
        name = introduced_name(title_introduction(text))
        if name:
            self.op_name, self.op_title_line = name, number
            self._declare(name)
            if not self.section.speaker:  # the post's author writes it: a turn of speech
                self.section.speaker = self.section.author = name
        if header is not None and not name:
            self._open_turn(header)
        elif self.forum_body and self.op_handle:  # the body below the title is the author's
            self._open_turn(Byline(self.op_handle, self.op_label, op=True))
        words = "" if name else title_words(text)
        if header is not None and header.site == "hn" and text.rstrip().endswith(")"):
            words = ""  # a link's title: the linked article's headline, as the site asks
        if not words or not self.cue_speaker or only_asks(words):
            self._document_line(number)
            return
        start = len(self.statements)
        self.emit(words, self.cue_speaker, number, note=self.cue_note)
        self._thread_statements(start, introductions=True)

    def _thread_statements(self, start: int, *, introductions: bool = False) -> None:
        """The statements of a thread's line from ``start``: a tone tag ("(half joking)")
        and a cut comment's "…see more" dropped, and what asks, disclaims, wishes, signs off
        or introduces the post's author (in its body, or ``introductions`` anywhere) marked
        as no claim."""
        if not self.thread:
            return
        introductions = introductions or self.forum_body
        for index in range(start, len(self.statements)):
            statement = self.statements[index]
            if statement.narration:
                continue
            words = without_tone_tag(statement.text)
            words = without_see_more(words) if self.posts else words
            if self._introduces_commenter(words, statement.line, index):
                statement = replace(self.statements[index], narration=True, note=THREAD_LINE)
            elif (
                thread_chatter(words)
                or thread_opener(words)  # "Thread on today's jobs report 🧵"
                or tone_only(words)  # "Genuine question, not trolling"
                or (introductions and self_introduction(words))
                or thread_aside(words)
                or moderator_notice(words)
            ):
                statement = replace(statement, narration=True, note=THREAD_LINE)
            elif words != statement.text:
                statement = replace(statement, text=words)
            self.statements[index] = statement

    def _reply_words(self, text: str) -> str:
        """A thread's line without the "@handle"s a reply opens with, whom it answers
        ("@ines great thread." → "great thread."; ``forums.without_addressees``); any other
        line as it is."""
        if not (self.thread and self.chat_turn) or text[:1] != "@":
            return text
        return without_addressees(text)

    def _introduces_commenter(self, words: str, line: int, index: int) -> bool:
        """Whether a comment's sentence introduces its author by name ("Disclosure: I'm
        Hollis Grant, I run product at Aerwyn Heat."): then the handle is that person, with a
        remark, for the rest of the comment (its statements from ``index`` on) and for the
        handle's later comments. The post's body is its title's (``_post_title``)."""
        handle = self.forum_handle
        if not (self.chat_turn and handle and not self.forum_body and not self.posts):
            return False
        name = introduced_name(words)
        if not name or handle in self.introduced:
            return False
        was, was_note = self.cue_speaker, self.cue_note
        self.introduced = {**self.introduced, handle: (name, line)}  # never the class's dict
        self._declare(name)
        note = INTRODUCED_NOTE.format(handle=was or handle, name=name, line=line)
        self.cue_speaker, self.cue_note = name, note
        for later in range(index + 1, len(self.statements)):
            statement = self.statements[later]
            if statement.speaker == was:
                rest = statement.note.replace(was_note, "", 1).strip("; ") if was_note else ""
                rest = rest if was_note else statement.note  # the handle's remark left out
                marks = "; ".join(n for n in (note, rest) if n)
                self.statements[later] = replace(statement, speaker=name, note=marks)
        return True


def _named_sayer(sentence: str) -> bool:
    """Whether a sentence quotes words and says whose: named (""…," said Ingrid Solheim.")
    or described (""…," the company said."); not a pronoun's ("he said"), whom a comment
    does not name."""
    if '"' not in sentence and "“" not in sentence:
        return False
    found = saying(sentence)
    if found is None or (found.name.lower() in _PRONOUNS and not found.who):
        return False
    return bool(found.who) or found.words != sentence.strip()  # the quotation taken out


_PRONOUNS = frozenset(("he", "she", "they", ""))
