"""Threads posts copied from the browser with their replies, read as notes (``shaped``).

A post's page on threads.net (threads.com), as its text is selected and copied::

    [saved from threads.net, 27 Mar 2026]          a curator's copy note, at times
    Ines Calloway (@ines.calloway) on Threads       the page's title: display name, handle
    https://www.threads.net/@ines.calloway/post/…   the page's address
    ines.calloway                                   a post: its author's handle
    03/20/26                                        when (mm/dd/yy, or an age: "2d", "1w")
    The ferry timetable changes on 1 May.           its words
    Translate                                       the site's link
    1.2K                                            its counts a line each: likes, replies,
    214                                             reposts, shares
    oskar.beck                                      a reply, the same way
    2d
    @ines.calloway will the night boat stay?
    12
    ines.calloway · Author                          the author's reply, marked so
    1d
    Yes, it stays.
    Log in to see more replies.                     the page's end
    Threads Terms · Privacy Policy · Cookies Policy · Report a problem

Each post runs from its handle and date lines to its first site line ("Translate", a count)
or the next post. The title names the author's handle: the author's posts and replies are the
display name's, with a remark saying so (as a forum post's title introduces its author,
``notes_forums``); with no title, they are left uncued, the document's speaker's. Another
handle is an account's handle, not a name: its words are "@handle"'s, asked about (as on an
Instagram page, ``instagram``). A reply's leading "@handle" is whom it answers, not who speaks.
The title, the address, handles, "Author" marks, dates, "Translate", counts, "Log in to see
more replies." and the footer are nobody's words.

When: a date line dates its post, read month first as the site shows it ("03/24/26"); an age
("2d", "1w") counts back from the moment a curator's copy note says the page was saved
(``copy_notes``); without a note it dates nothing.

A document is read so only when its first lines are the page's title ("… (@handle) on
Threads") or its threads.net address, and a post's handle stands above a date line: an
Instagram or a Facebook post, or notes that mention Threads, read as before. Source of the
layout: threads.net's post pages, copied from the browser.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

from claims.importing import facebook, instagram
from claims.importing.copy_notes import copy_note, saved_moment
from claims.importing.hacker_news import written_on
from claims.importing.notes_forums import ACCOUNT_NOTE, OP_NOTE
from claims.importing.shaped import Reshaped, cued

_HANDLE = r"[a-z0-9._]{1,30}"
# "Ines Calloway (@ines.calloway) on Threads", "… on Threads.net", "… • Threads".
_TITLE = re.compile(
    rf"^(?P<name>\S.{{0,60}}?)\s+\(@(?P<handle>{_HANDLE})\)\s+(?:on|[•·|-])\s+Threads"
    r"(?:\.net|\.com)?\s*$",
    re.IGNORECASE,
)
_ADDRESS = re.compile(rf"(?i)\bthreads\.(?:net|com)/@(?P<handle>{_HANDLE})\b")
# "ines.calloway", "ines.calloway · Author", "ines.calloway Verified", "ines.callowayAuthor"
# (the badge run into the handle, as some copies give it).
_HANDLE_LINE = re.compile(
    rf"^(?P<handle>{_HANDLE})(?:\s*[•·]?\s*Verified)?(?:\s*[•·]?\s*Author)?\s*$"
)
_AGE = r"\d{1,3}\s?(?:s|m|h|d|w|y)"
# "03/24/26", "3/24/2026", "2d", "1w".
_DATE = re.compile(
    rf"^(?:(?P<month>\d{{1,2}})/(?P<day>\d{{1,2}})/(?P<year>\d{{2}}|\d{{4}})|{_AGE})$"
)
# The site's own lines the Instagram and Facebook pages do not share.
_SITE = re.compile(
    r"^(?:author|log in(?: or sign up)?(?: to see more (?:replies|posts))?\.?"
    r"|(?:view|see) (?:more|all) (?:\d[\d,.]*\s+)?(?:replies|activity)|view activity"
    r"|related threads|more from \S.{0,40}|threads\s+terms\b.*|©\s*\d{4}.*"
    r"|https?://(?:www\.)?threads\.(?:net|com)/\S*)\s*$",
    re.IGNORECASE,
)
_MARKS = frozenset(("author", "verified", "·", "•"))
_OPENING = 4  # the title or the address stands among the first lines with words
_HEAD_LINES = 40


def site_line(text: str) -> bool:
    """Whether a line of a copied Threads page is the site's own: "Translate", a bare count
    ("1.2K", "214"), "Author", "Log in to see more replies.", the footer ("Threads Terms ·
    Privacy Policy · …") or the page's address. Counts and the shared links are read as a
    Facebook's and an Instagram's page reads them (``facebook.chrome``, ``instagram.chrome``)."""
    text = text.strip()
    return bool(text) and (
        _SITE.match(text) is not None or facebook.chrome(text) or instagram.chrome(text)
    )


def _post_end(text: str) -> bool:
    """Whether a line ends a post's words: "Translate", a count, the page's end."""
    text = text.strip()
    return bool(text) and (
        _SITE.match(text) is not None
        or text.lower() in ("translate", "see translation")
        or (re.search(r"\d", text) is not None and facebook.chrome(text))
    )


def post_day(text: str, saved) -> datetime.date | None:
    """The day a post's date line says: "03/24/26" → 24 Mar 2026 (month first, as the site
    shows it), "2d" → two days before ``saved`` (the copy's moment), None without one or when
    the line is no date."""
    found = _DATE.match(text.strip())
    if found is None:
        return None
    if found.group("month") is None:
        return written_on(text.strip(), saved) if saved else None
    year = int(found.group("year"))
    try:
        return datetime.date(
            year + 2000 if year < 100 else year, int(found.group("month")), int(found.group("day"))
        )
    except ValueError:
        return None


def page_author(lines: Sequence[str]) -> tuple[str, str, int] | None:
    """The author the page's head names: (handle, display name, the title's line number),
    the name "" and line 0 when only the address names the handle; None when the first
    lines with words (after a copy note) are neither the title nor the address."""
    head = [i for i, line in enumerate(lines[:_HEAD_LINES]) if line.strip()]
    head = [i for i in head if not copy_note(lines[i])][:_OPENING]
    for index in head:
        found = _TITLE.match(lines[index].strip())
        if found is not None:
            return found.group("handle").lower(), found.group("name").strip(), index + 1
    for index in head:
        found = _ADDRESS.search(lines[index])
        if found is not None:
            return found.group("handle").lower(), "", 0
    return None


def _next_filled(lines: Sequence[str], index: int) -> int | None:
    return next((i for i in range(index + 1, len(lines)) if lines[i].strip()), None)


def _headers(lines: Sequence[str]) -> dict[int, tuple[str, int]]:
    """Each post's head: its handle's index → (handle, its date line's index)."""
    found = {}
    for index, line in enumerate(lines):
        handle = _HANDLE_LINE.match(line.strip()) if line.strip() else None
        following = _next_filled(lines, index) if handle else None
        if following is not None and lines[following].strip().lower() in _MARKS:
            following = _next_filled(lines, following)  # "handle", "Author", "03/24/26"
        if handle and following is not None and _DATE.match(lines[following].strip()):
            found[index] = (handle.group("handle"), following)
    return found


class _Reader:
    """The page read post by post: whose each line is, and the day it was written."""

    def __init__(self, lines: Sequence[str], author: tuple[str, str, int]) -> None:
        self.lines = [line.strip() for line in lines]
        self.handle, self.name, self.title_line = author
        self.out = [""] * len(lines)
        self.notes: dict[int, str] = {}
        self.days: dict[int, datetime.date] = {}
        self.people: set[str] = set()
        self.said = 0
        self.saved = saved_moment(lines)
        self.headers = _headers(self.lines)

    def read(self) -> None:
        for handle, date_at in self.headers.values():
            self._post(handle, date_at)

    def _speaker(self, handle: str) -> tuple[str, str]:
        """Who a handle's words are and the remark on them."""
        if handle.lower() != self.handle:
            return f"@{handle}", ACCOUNT_NOTE.format(handle=f"@{handle}")
        if not self.name:
            return "", ""
        return self.name, OP_NOTE.format(handle=f"@{handle}", name=self.name, line=self.title_line)

    def _post(self, handle: str, date_at: int) -> None:
        """The words below a post's date line, to its first site line or the next post."""
        day = post_day(self.lines[date_at], self.saved)
        speaker, note = self._speaker(handle)
        for index in range(date_at + 1, len(self.lines)):
            text = self.lines[index]
            if index in self.headers or _post_end(text):
                return
            if site_line(text):  # "Reply", a line of emoji alone: no words, the post goes on
                continue
            words = instagram.addressed_off(text)
            if not words or instagram.thanks(words):
                continue
            self.said += 1
            self.out[index] = cued(speaker, words) if speaker else words
            if note:
                self.notes[index + 1] = note
            if speaker:
                self.people.add(speaker)
            if day is not None:
                self.days[index + 1] = day


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """A Threads post's page as notes (``shaped``), or None when the document is none.

    Shape: as many lines as given; each line of a post's words "Name: words" for the author
    the title names (uncued when only the address names the handle), "@handle: words" for
    anyone else (with a remark asking who the handle is), dated the day its date line says
    (``Reshaped.days``); the title, address, handles, dates, counts and the site's lines
    blank. Source of the layout: threads.net's post pages, copied from the browser."""
    author = page_author(lines)
    if author is None:
        return None
    reader = _Reader(lines, author)
    if not reader.headers:
        return None
    reader.read()
    if not reader.said:  # nobody's words found: the page reads as before
        return None
    return Reshaped.of(reader.out, reader.people, reader.notes, reader.days)
