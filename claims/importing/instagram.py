"""Instagram posts copied from the browser with their comments, read as notes (``shaped``).

A post's page on instagram.com, as its text is selected and copied::

    [saved from instagram.com, 4 Jun 2026]        a curator's copy note, at times
    fenwick.cycles                                 the account's handle
    •                                              (on the handle's line, at times:
    Follow                                          "fenwick.cycles • Follow")
    Dunmore Quay                                   the post's location, when tagged
    fenwick.cycles                                 the caption: the handle, then its words
    We open the repair hub on 1 July …              (or "fenwick.cycles We open …")
    #cycling #dunmore                              hashtags
    Edited · 3d                                    the post's age ("3d", "Edited")
    lena_rides                                     a comment: the commenter's handle
    Will you fix e-bikes too?                       and its words (or "lena_rides Will …")
    3d2 likesReply                                 its age, likes and Reply, run together
                                                    ("3d 2 likes Reply", "3dReply")
    — View replies (1)                             the replies' link, "Hide replies"
    fenwick.cycles                                 a reply: the owner's, here
    @lena_rides yes, from August.
    2d1 likeReply
    See translation / View all 40 comments / Liked by x and others / 310 likes
    June 1 / Add a comment… / Post / Log in to like or comment. / More posts from …

Each comment runs from its handle to its buttons' line ("3d2 likesReply"). A handle is an
account's handle, not a name: a commenter's words are "@handle"'s, asked about (as ``twitch_chat``
and ``notes_forums`` read handles). The account's own lines (its caption, its replies) are
left uncued: the document's speaker's, the person the curator names as its default (or asked
about, when none is given). The header, the location, the ages, counts, links, the composer,
hashtags and a reply's leading "@handle" are nobody's words; so is a comment whose first line
does not read as a handle (who wrote it is not known), and a caption's sign-off ("— Ines x").
A comment's age ("3d") counts back from the moment a curator's copy note says the page was
saved (``copy_notes``); without a note it is left undated.

A document is read so only when its first lines are an account's header ("handle", "•",
"Follow") and it shows a comment's buttons' line or the site's own lines ("Add a comment…",
"Log in to like or comment.", "N likes"): a Facebook post, a chat, or notes that say "Follow"
read as before. Source of the layout: instagram.com's post pages, copied.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

from claims.importing.copy_notes import copy_note, saved_moment
from claims.importing.hacker_news import written_on
from claims.importing.notes_forums import ACCOUNT_NOTE
from claims.importing.shaped import Reshaped, cued

# Instagram shows handles in lower case: "Such great news" is no handle and its words.
_HANDLE = r"[a-z0-9._]{1,30}"
_AGE = r"\d{1,3}\s?(?:s|m|h|d|w|y)"
_HANDLE_LINE = re.compile(rf"^(?P<handle>{_HANDLE})(?:\s*[•·]?\s*Verified)?\s*$")
# "maple.and.marrow Finally!!! Your …": a handle and the comment's words on one line.
_HANDLE_WORDS = re.compile(rf"^(?P<handle>{_HANDLE})(?:\s*[•·]?\s*Verified)?\s+(?P<words>\S.*)$")
# The account's header: "handle", "handle • Follow", "handle Verified • Follow".
_HEADER = re.compile(
    rf"^(?P<handle>{_HANDLE})(?:\s*[•·]?\s*Verified)?(?:\s*[•·]\s*(?:Follow|Following))?\s*$"
)
_FOLLOW = re.compile(r"^(?:[•·]\s*)?(?:follow|following)$", re.IGNORECASE)
# A comment's buttons: "4w14 likesReply", "4w 14 likes Reply", "2dReply", "4w · 1 like · Reply".
_BUTTONS = re.compile(
    rf"^(?P<age>{_AGE})\s*[•·]?\s*(?:[\d.,]+[KkMm]?\s?likes?\s*[•·]?\s*)?Reply"
    r"(?:\s*[•·]?\s*(?:See translation|Edited|Hide))*\s*$",
    re.IGNORECASE,
)
_MONTHS = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"  # "March 3", "3 March"
)
_CHROME = re.compile(
    rf"^(?:[•·]|follow|following|verified|edited|(?:edited\s*[•·]\s*)?{_AGE}|reply|post|more"
    r"|see translation|translate|see more|(?:…|\.\.\.)\s*more|original audio|view insights"
    r"|boost post|hide replies|(?:—|-|–)?\s*view (?:all\s+)?(?:\d[\d,.]*\s+)?(?:more\s+)?"
    r"(?:comments?|repl(?:y|ies))(?:\s*\(\d[\d,.]*\))?|load more comments"
    r"|\d{1,3}\s+(?:second|minute|hour|day|week)s?\s+ago|liked by \S.{0,80}"
    r"|[\d.,]+[KkMm]?\s+(?:likes?|views?|comments?)"
    rf"|{_MONTHS}\s+\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}\s+{_MONTHS}(?:\s+\d{{4}})?"
    r"|add a comment\s*(?:…|\.\.\.)?|log in(?: to like or comment\.?)?|sign up"
    r"|more posts from\s+\S.{0,40}|suggested for you|no comments yet\.?"
    r"|start the conversation\.?)\s*$",
    re.IGNORECASE,
)
_HASHTAGS = re.compile(r"^(?:#\w+\s*)+$")
# A reply's addressee before its words: "@lena_rides yes, from August."
_MENTION = re.compile(r"^(?:@[A-Za-z0-9._]{1,30}[,:]?(?:\s+|$))+")
# A caption's sign-off after its words: "… queued in the rain. — Ines x", "! – Fenwick crew".
# Only after a sentence's end or an emoji: "opens in July — Dock Road site" keeps its words.
_SIGN_OFF = re.compile(
    r"(?<=[^\w\s,;:])\s+[—–]\s*[A-Z][\w'’]*(?:\s+[\w'’]+){0,2}\s*(?:x+|xo)?\s*[^\w\s]{0,4}$"
)
# A post's thanks, a sentence of it alone: "Thank you to every one of you who came out!",
# "Huge thanks to all who voted 🙏". "Thanks to the grant, we will open in May." says more.
_THANKS = re.compile(
    r"^(?:(?:a\s+)?(?:huge|big|massive|special|heartfelt)\s+)?(?:thanks|thank\s+you)"
    r"(?:\s+(?:so|very)\s+much)?\s+(?:to|for)\s+(?:(?:all|each|every|everyone|everybody)\b"
    r"[^.!?,;]*|(?:you|your)\b[^.!?,;]*)[.!]*\s*[^\w\s]{0,6}\s*$",
    re.IGNORECASE,
)
_SITE_LINE = re.compile(r"(?i)(?:add a comment|log in to like|liked by |[\d.,]+[KkMm]?\s+likes?$)")
_OPENING = 4  # the header's lines stand among the first lines with words
_HEAD_LINES = 40  # of the document's lines, where those first lines are looked for
_LOCATION = 2  # lines between the header and the caption's handle: a location, "Original audio"
_COMMENT_SPAN = 12  # a comment's handle is at most these many lines above its buttons


def chrome(text: str) -> bool:
    """Whether a line of a copied Instagram page is the site's own: "•", "Follow", "Edited
    · 4w", an age ("2d"), "View replies (3)", "— View all 12 replies", "Hide replies", "See
    translation", "Liked by x and others", "1,204 likes", "March 3", "Add a comment…",
    "Log in to like or comment.", "More posts from handle", or a comment's buttons."""
    text = text.strip()
    return bool(text) and (_CHROME.match(text) is not None or buttons(text) is not None)


def buttons(text: str) -> str | None:
    """The age a comment's buttons' line gives ("4w14 likesReply" → "4w", "2d 1 like Reply"
    → "2d"), or None when the line is no such line ("Reply to this" → None)."""
    found = _BUTTONS.match(text.strip())
    return found.group("age").replace(" ", "") if found else None


def header(lines: Sequence[str]) -> tuple[str, int] | None:
    """The account's handle and the index of the header's last line ("Follow"), when the
    first lines with words (after a copy note) are a post's header: ("fenwick.cycles", 2)
    for "fenwick.cycles", "•", "Follow"; else None."""
    head = enumerate(lines[:_HEAD_LINES])
    filled = [i for i, line in head if line.strip() and not copy_note(line)]
    for place, index in enumerate(filled[:_OPENING]):
        found = _HEADER.match(lines[index].strip())
        if found is None:
            continue
        if re.search(r"(?i)\bfollow(?:ing)?\s*$", lines[index]):
            return found.group("handle"), index
        for after in filled[place + 1 : place + 4]:
            text = lines[after].strip()
            if _FOLLOW.match(text):
                return found.group("handle"), after
            if text not in ("•", "·", "Verified"):  # "handle", "Verified", "•", "Follow"
                break
        return None
    return None


def _instagram_page(lines: Sequence[str]) -> tuple[str, int] | None:
    """The header (``header``) when the document is a copied post's page: a header on top
    and a comment's buttons' line or the site's composer, login line or like count."""
    found = header(lines)
    if found is None:
        return None
    marked = any(
        buttons(line) is not None
        or re.match(
            r"(?i)(?:add a comment|log in to like|liked by |[\d.,]+[KkMm]?\s+likes?$)", line
        )
        for line in (line.strip() for line in lines[found[1] :])
    )
    return found if marked else None


def _handle_and_words(text: str) -> tuple[str, str] | None:
    """A comment's first line as (handle, its words on the line, "" when none), or None when
    the line reads as no handle."""
    found = _HANDLE_LINE.match(text)
    if found is not None:
        return found.group("handle"), ""
    found = _HANDLE_WORDS.match(text)
    return (found.group("handle"), found.group("words")) if found else None


def addressed_off(text: str) -> str:
    """A reply's line without the "@handle"s it opens with, whom it answers: "@lena_rides
    yes, from August." → "yes, from August."; "@lena_rides" → ""."""
    return _MENTION.sub("", text.strip()).strip()


def _words(text: str, *, caption: bool = False) -> str:
    """A line's words without a reply's leading "@handle" and a caption's sign-off."""
    text = addressed_off(text)
    return _SIGN_OFF.sub("", text) if caption else text


def _nobodys(text: str) -> bool:
    return not text or chrome(text) or _HASHTAGS.match(text) is not None


def thanks(text: str) -> bool:
    """Whether a post's or a comment's line only thanks its readers ("Thank you to every
    single one of you who queued!", "Huge thanks to all who voted 🙏"): no claim. "Thanks to
    the grant, we will open in May." is none."""
    return _THANKS.match(text.strip()) is not None


class _Reader:
    """The page read line by line: whose each line is, and the day it was written."""

    def __init__(self, lines: Sequence[str], owner: str, header_end: int) -> None:
        self.lines = [line.strip() for line in lines]
        self.owner = owner.lower()
        self.start = header_end + 1
        self.out = [""] * len(lines)
        self.notes: dict[int, str] = {}
        self.days: dict[int, datetime.date] = {}
        self.people: set[str] = set()
        self.said = 0  # lines given to anybody
        self.saved = saved_moment(lines)

    def read(self) -> None:
        index = self._caption(self.start)
        while index < len(self.lines):
            index = self._comment(index)

    def _caption(self, index: int) -> int:
        """The caption below the header: from the owner's handle (a location line or two
        above it is nobody's) to the post's age; the index after it."""
        opening = self._caption_start(index)
        if opening is None:
            return index
        begin, words = opening
        end = self._caption_end(begin)
        day = self._day(self.lines[end]) if end < len(self.lines) else None
        if words:
            self._say(begin, "", words, day, caption=True)
        for line in range(begin + 1, end):
            if not _nobodys(self.lines[line]):
                self._say(line, "", self.lines[line], day, caption=True)
        return end

    def _caption_start(self, index: int) -> tuple[int, str] | None:
        """The caption's first line's index and the words on it after the owner's handle."""
        filled = [i for i in range(index, len(self.lines)) if self.lines[i]][: _LOCATION + 1]
        for line in filled:
            found = _handle_and_words(self.lines[line])
            words = found[1].lstrip("•· ") if found else ""
            if found and found[0].lower() == self.owner and not (words and chrome(words)):
                return line, words  # not "fenwick.cycles · Original audio" above a reel's
        return None

    def _caption_end(self, index: int) -> int:
        """The index of the first site line below the caption opening at ``index``."""
        line = index + 1
        while line < len(self.lines) and not chrome(self.lines[line]):
            line += 1
        return line

    def _comment(self, index: int) -> int:
        """The comment whose handle may stand at ``index``; the index after it."""
        text = self.lines[index]
        found = None if _nobodys(text) else _handle_and_words(text)
        end = self._buttons_after(index) if found else None
        if found is None or end is None:
            return index + 1
        handle, words = found
        day = self._day(self.lines[end])
        speaker = "" if handle.lower() == self.owner else f"@{handle}"
        if words:
            self._say(index, speaker, words, day)
        for line in range(index + 1, end):
            if not _nobodys(self.lines[line]):
                self._say(line, speaker, self.lines[line], day)
        return end + 1

    def _buttons_after(self, index: int) -> int | None:
        """The index of the buttons' line closing the comment at ``index``: within a few
        lines, with no other site line between."""
        for line in range(index + 1, min(index + _COMMENT_SPAN, len(self.lines))):
            if buttons(self.lines[line]) is not None:
                return line
            if chrome(self.lines[line]):
                return None
        return None

    def _day(self, text: str) -> datetime.date | None:
        age = buttons(text) or re.sub(r"(?i)^edited\s*[•·]?\s*", "", text.strip())
        return written_on(age, self.saved) if self.saved and re.fullmatch(_AGE, age) else None

    def _say(
        self, index: int, speaker: str, text: str, day: datetime.date | None, *, caption=False
    ) -> None:
        words = _words(text, caption=caption)
        if not words or thanks(words):
            return
        self.said += 1
        if speaker:
            self.out[index] = cued(speaker, words)
            self.notes[index + 1] = ACCOUNT_NOTE.format(handle=speaker)
            self.people.add(speaker)
        else:
            self.out[index] = words
        if day is not None:
            self.days[index + 1] = day


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """An Instagram post's page as notes (``shaped``), or None when the document is none.

    Shape: as many lines as given; each line of a commenter's words "@handle: words" (with
    a remark asking who the handle is), the account's own caption and replies uncued (the
    document's speaker's), dated the day a comment's age says (``Reshaped.days``); the
    site's lines, handles, ages and buttons blank. Source of the layout: instagram.com's
    post pages, copied from the browser."""
    found = _instagram_page(lines)
    if found is None:
        return None
    reader = _Reader(lines, *found)
    reader.read()
    if not reader.said:  # nobody's words found: the page reads as before
        return None
    return Reshaped.of(reader.out, reader.people, reader.notes, reader.days)
