"""A thread on new Reddit (the "shreddit" page) as it copies out of a browser, read as notes
(``shaped``).

The layout::

    r/HomeEnergyStorage                                   the subreddit's header and menus
    r/HomeEnergyStorage • 6h ago                          the post's meta line
    VoltaicHarbor_Tessa                                   the original poster's username
    AMA                                                   the post's flair
    I'm Tessa Lindqvist, CEO of Voltaic Harbor. AMA …     the title
    Hi r/HomeEnergyStorage! I'm Tessa, …                  the post's body
    Upvote                                                the post's votes and buttons
    3.1K
    Sort by: Best

    gridtiedgrandpa • 5h ago                              a comment's byline (``forums``)
    Off-grid since 2019                                   the commenter's flair
    What's the realistic timeline?                        the comment
    Upvote 1.4K Downvote Reply Award Share                its buttons, closing it

    VoltaicHarbor_Tessa OP • 5h ago                       the original poster answering
    > isn't sodium-ion just a worse lithium battery?      a quote of another's words
    It's heavier, yes.
    Upvote 640 Downvote Reply Award Share
    3 more replies

The post's body is its poster's words, named by the username under the meta line; a
comment's lines are its byline's user's, "OP" marking the poster. The line right under a
byline, short and ending no sentence, is the user's flair ("Installer, 12 yrs", "CEO,
Voltaic Harbor"), no words of the comment. A quoted line ("> …") is the words of whoever
wrote them higher in the thread, when they stand there as written, else nobody's known
words. No claims: the header and menus, the meta line, the flair, the title (the poster's
introduction), the buttons and counts, "N more replies", a deleted account's comment, and
the sidebar and footer after the last comment. Usernames are kept as written, for the
curator to map to a person.

A document is read so only when its opening has the meta line ("r/Name • 6h ago") over a
username alone, and a comment's byline follows. Source of the layout: new Reddit's post
pages (2024 and later), copied from the browser.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from claims.importing.forums import byline, page_chrome
from claims.importing.shaped import Reshaped, cued

_OPENING = 24
_META = re.compile(r"^r/\w{2,30}\s*[•·]\s*\d+\s*(?:s|m|min|h|hr|d|w|mo|y|yr)s?\.?(?:\s+ago)?$")
_USER = re.compile(r"^[\w-]{3,30}$")
# A comment's buttons, closing it: "Upvote 1.4K Downvote Reply Award Share", "Reply Share".
_ACTIONS = re.compile(
    r"^(?:Upvote|Vote)\b(?:\s+[\d.,]+[KkMm]?)?(?:\s+(?:Downvote|Reply|Award|Share|More"
    r"|[\d.,]+[KkMm]?))*$"
)
_MORE = re.compile(r"^(?:\d+\s+more\s+repl(?:y|ies)|View\s+more\s+comments|More\s+replies)$", re.I)
_MAX_FLAIR_WORDS = 5


@dataclass
class _Thread:
    """Who writes the lines being read, and what has been written."""

    poster: str
    writer: str = ""
    flair_next: bool = False
    people: set[str] = field(default_factory=set)
    said: list[tuple[str, str]] = field(default_factory=list)


def _post(lines: Sequence[str]) -> tuple[int, str] | None:
    """The index of the post's meta line and its poster's username, or None."""
    opening = [i for i, line in enumerate(lines) if line.strip()][:_OPENING]
    for at, index in enumerate(opening[:-1]):
        user = lines[opening[at + 1]].strip()
        if _META.match(lines[index].strip()) and _USER.match(user):
            return index, user
    return None


def flair(text: str) -> bool:
    """Whether a line under a byline reads as the user's flair: a few words, no sentence's
    end ("Installer, 12 yrs", "EE / grid engineer"; not "Fair." nor a question)."""
    return len(text.split()) <= _MAX_FLAIR_WORDS and text[-1:] not in '.?!:;"”)'


def _quoted(thread: _Thread, text: str) -> str:
    """Who wrote the words a quote (``text`` after its ">") gives, higher in the thread."""
    words = " ".join(text.split())
    found = {writer for writer, said in thread.said if words and words in said}
    return found.pop() if len(found) == 1 else ""


def _comment_line(thread: _Thread, text: str) -> str:
    """A line inside the post or a comment, as notes."""
    if thread.flair_next:
        thread.flair_next = False
        if flair(text):
            return ""
    if _ACTIONS.match(text) or _MORE.match(text):
        thread.writer = ""
        return ""
    if not thread.writer or page_chrome(text, thread=True):
        return ""
    if text.startswith(">"):
        quoted = _quoted(thread, text[1:].strip())
        return cued(quoted, text[1:]) if quoted else ""
    thread.said.append((thread.writer, " ".join(text.split())))
    thread.people.add(thread.writer)
    return cued(thread.writer, text)


def _read(thread: _Thread, text: str) -> str:
    """A line after the post's title, as notes."""
    found = byline(text, thread=True) if text else None
    if found is not None and not found.post:
        thread.writer = "" if found.gone or found.bot else found.handle
        thread.writer = thread.poster if found.op and thread.writer else thread.writer
        thread.flair_next = True
        return ""
    return _comment_line(thread, text) if text else ""


def _title(lines: Sequence[str], user: int) -> int:
    """The index of the post's title: the first line with words under the username and
    any flair."""
    index = user + 1
    while index < len(lines) and (not lines[index].strip() or flair(lines[index].strip())):
        index += 1
    return index


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """A new Reddit thread's lines as notes (``shaped``), or None when the document is none.

    Shape: as many lines as given; the post's body "Poster: words", each comment's lines
    "user: words", a quote its writer's when the thread shows them; the header, meta line,
    title, flair, buttons and counts, and the sidebar blank. Source of the layout: new
    Reddit's post pages."""
    found = _post(lines)
    if found is None:
        return None
    meta, poster = found
    user = next(i for i in range(meta + 1, len(lines)) if lines[i].strip())
    title = _title(lines, user)
    thread = _Thread(poster, writer=poster)
    body = [_read(thread, raw.strip()) for raw in lines[title + 1 :]]
    if thread.people == {poster} or not thread.people:
        return None
    return Reshaped.of([""] * (title + 1) + body, thread.people)
