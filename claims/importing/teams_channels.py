"""A Microsoft Teams channel's conversation copied from the browser, read as notes (``shaped``).

The layout (Teams on the web or the desktop app, a channel's Posts tab selected and copied)::

    Northgate Water                                 the organisation (tenant)
    Meter Upgrade                                   the team
    General                                         the channel
    Posts                                           the channel's tabs
    Files
    +
    April 7, 2026                                   a day line
    Marta Kowalczyk                                 the author of a post
    4/7 9:02 AM                                     its time: month/day in en-US ("7/4 09:02" en-GB)
    Edited                                          the app's mark
    The new meters go in on Monday.                 the post
    👍 4  ❤️ 1                                       reaction counts
    2 replies from Oskar and Ines                   the thread's count
    Oskar Lindgren                                  a reply: its author
    4/7 9:10 AM                                     and time
    I'll send the rota by Friday.
    Reply                                           the reply box
    Marta Kowalczyk                                 a people card: the name,
    Available                                       the presence,
    Operations Lead                                 the job title,
    Northgate Water · Depot North                   the organisation,
    Send message                                    the card's action
    Planner                                         an app's post
    4/7 9:30 AM
    Task "Order meter seals" assigned to Ines Duarte. Due 4/14.
    Marta Kowalczyk added Leo Brandt to the team.   the app's notice
    New conversation                                the composer
    Type a new message

Each post and reply runs from its author's and time's lines to the next author; its lines
are the author's when the author line reads as a person's name (a directory's "Kowalczyk,
Marta" or a guest's "Ines Barros (External)" read by ``directory_names``), left uncued
(asked about) when it does not or when it stands right under another author's header (a
quoted message and the reply run together), and nobody's when an app posted it (Planner,
Forms, Approvals, Workflows and the like; ``chat_copies``' bot names). Nobody's claims
either: the header and tabs above the first post, day lines, author and time lines,
"Edited", reaction counts, reply counts ("2 replies from Oskar and Ines"), "Reply", "See
more", the app's notices ("… added … to the team."), people cards (a name over a presence
such as "Available", then the job title, the organisation and the card's actions), "Today",
"Last read" and the composer. A card's name is never an author: the card ends at its actions
or at the next author, and one copied without its presence is known by its "Send message". A
time line alone goes on with the author above, as Teams groups an author's messages.

The time line dates its post: "4/7" is read month first or day first as the copy shows,
by a number past 12 in either place, or by a day line ("April 7, 2026") over a stamp that
fits only one order (the same rule as ``chat_days.day_first``); when nothing tells, the
stamps date nothing and the day lines date the posts. A stamp without its year takes the day
line's year above it, else the source's (``Reshaped.month_days``).

A document is read so only when two author lines are followed by a Teams time line and it
shows Teams' composer ("Type a new message", "New conversation", "Start a post"), or stamps
with the day ("4/7 9:02 AM") and Teams' reply lines ("Reply", a reply count); a Mattermost
or Zulip copy with its reply counts is left to ``chat_copies``. Source of the layout:
Microsoft Teams' channel conversations, copied.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from claims.importing.chat_copies import BOT_NAME, day_line, reactions
from claims.importing.chats import chat_notice
from claims.importing.directory_names import directory_name
from claims.importing.names import reads_as_name
from claims.importing.shaped import Reshaped, cued

_LINES_LOOKED_AT = 400
_MIN_POSTS = 2
_MAX_NAME = 60
_MONTHS = 12
_CARD_LINES = 5
_MAX_TIME = 30
# "4/7 9:02 AM", "07/04 09:02", "11/30/2025 4:05 PM", "9:02 AM", "Yesterday 9:02 AM",
# "Monday 9:02 AM"; "Edited" may follow on the same line.
_TIME = re.compile(
    r"^(?:(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/(?P<y>\d{2}|\d{4}))?,?\s+"
    r"|(?:Today|Yesterday|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+)?"
    r"\d{1,2}:\d{2}(?P<ampm>\s?[AaPp]\.?[Mm]\.?)?(?:\s+Edited)?$"
)
# The app's own lines inside a conversation: nobody's words.
_CHROME = frozenset(
    [
        *("Edited", "Reply", "See more", "See less", "Collapse all", "Expand all"),
        *("New conversation", "Type a new message", "Start a post", "Start a new conversation"),
        *("Send message", "Chat", "Email", "Call", "Video call", "Schedule a meeting"),
        *("Open profile", "View profile", "Contact", "Organization", "Add to favorites"),
        *("Posts", "Files", "Notes", "Wiki", "+", "Meet", "Announcement", "Important!"),
        *("Last read", "Today", "Yesterday"),
    ]
)
_CARD_ACTIONS = frozenset(["Send message", "Chat", "Email", "Call", "Video call", "Open profile"])
# A people card's presence, under the name.
_PRESENCE = frozenset(
    [
        *("Available", "Busy", "Away", "Be right back", "Do not disturb", "Offline"),
        *("Appear away", "Appear offline", "In a meeting", "In a call", "Presenting"),
        *("Out of office", "Focusing", "Off work", "Status unknown"),
    ]
)
# "2 replies from Oskar and Ines", "1 reply from Oskar", "12 replies from Oskar, Ines, and others".
_REPLIES = re.compile(r"^\d{1,4}\s+repl(?:y|ies)(?:\s+from\s+.{1,120})?$")
_COMPOSER = frozenset(
    ["Type a new message", "New conversation", "Start a post", "Start a new conversation"]
)
# The apps that post in a channel: their cards are nobody's words.
_APPS = frozenset(
    [
        *("Planner", "Tasks by Planner and To Do", "Forms", "Approvals", "Workflows"),
        *("Power Automate", "Flow", "Praise", "Polly", "Incoming Webhook", "Shifts", "Updates"),
        *("Jira Cloud", "GitHub", "Azure DevOps", "Azure Boards", "ServiceNow", "Trello"),
    ]
)


@dataclass
class _Post:
    """A post or a reply: its author ("" when nobody by name), whether an app posted it, its
    stamp's (year or None, first, second) numbers, the day line above it, and its lines."""

    author: str
    app: bool
    stamp: tuple[int | None, int, int] | None
    day: tuple[int | None, int, int, int | None] | None
    body: list[int] = field(default_factory=list)


def teams_time(text: str) -> re.Match | None:
    """A Teams post's time line ("4/7 9:02 AM", "07/04 09:02", "11/30/2025 4:05 PM", "9:02
    AM", "Yesterday 9:02 AM"), or None. Source: Microsoft Teams' channel posts, copied."""
    if len(text) > _MAX_TIME or not any(char.isdigit() for char in text):
        return None
    return _TIME.match(text)


def _author(text: str) -> bool:
    """Whether a line could be an author's: short, no sentence, no time, day or chrome."""
    return (
        0 < len(text) <= _MAX_NAME
        and text[-1:] not in ".!?:;,"
        and text[:1].isalpha()
        and text not in _CHROME
        and text not in _PRESENCE
        and teams_time(text) is None
        and day_line(text) is None
    )


def _app(text: str) -> bool:
    return text in _APPS or bool(BOT_NAME.search(text))


def _person(shown: str) -> str:
    """The person an author line names ("Marta Kowalczyk"; a directory's "Kowalczyk, Marta"
    or "Marta Kowalczyk (External)", ``directory_names``), or "" when it names nobody."""
    listed = directory_name(shown)
    if listed is not None:
        return listed[0]
    return shown if reads_as_name(shown) else ""


def _card_above(lines: Sequence[str], body: list[int]) -> None:
    """Drop from ``body`` a people card copied without its presence, which ends at the card's
    action ("Send message"): its name line and the short lines under it."""
    tail = body[-_CARD_LINES:]
    for at, index in enumerate(tail):
        text = lines[index].strip()
        rest = [lines[i].strip() for i in tail[at + 1 :]]
        if reads_as_name(text) and all(line[-1:] not in ".!?" for line in rest):
            del body[len(body) - len(tail) + at :]
            return


def _card_at(lines: Sequence[str], index: int) -> int:
    """How many lines a people card at ``index`` takes (its name over a presence, then its
    job title, organisation and actions), or 0 when none opens there."""
    if not reads_as_name(lines[index].strip()):
        return 0
    ahead = [line.strip() for line in lines[index + 1 : index + 3]]
    if not any(line in _PRESENCE for line in ahead):
        return 0
    taken = 1
    for line in lines[index + 1 : index + 1 + _CARD_LINES]:
        text = line.strip()
        if teams_time(text) or (text and text[-1:] in ".!?" and text not in _CHROME):
            break
        taken += 1
        if text in _CARD_ACTIONS:
            break
    if index + taken < len(lines) and teams_time(lines[index + taken].strip()):
        taken -= 1  # the next author's line, not the card's
    return taken


def _stamp(match: re.Match) -> tuple[int | None, int, int] | None:
    if match["a"] is None:
        return None
    year = int(match["y"]) if match["y"] else None
    if year is not None and year < 100:
        year += 2000
    return year, int(match["a"]), int(match["b"])


def _opened(
    text: str, time: re.Match, day: tuple[int | None, int, int, int | None] | None, posts: list
) -> _Post:
    """The post an author line and its time open. Right under another author's header with
    nothing between, it may be a message quoted in that reply, the quote's words and the
    reply's run together: its lines are left uncued, asked about."""
    app = _app(text)
    author = "" if app else _person(text)
    if posts and not posts[-1].body and not posts[-1].app and posts[-1].author != author:
        author = ""
    return _Post(author, app, _stamp(time), day)


def _posts(lines: Sequence[str]) -> tuple[list[_Post], int] | None:
    """The posts and replies, and how many author lines name someone or an app; None when
    no post opens. Lines above the first post and outside any post are nobody's."""
    posts: list[_Post] = []
    day, index, named = None, 0, 0
    while index < len(lines):
        text = lines[index].strip()
        following = lines[index + 1].strip() if index + 1 < len(lines) else ""
        if (found := day_line(text)) is not None or text in {"Today", "Yesterday"}:
            day, index = found, index + 1  # "Today": a day the copy does not date
            continue
        time = teams_time(following) if _author(text) else None
        if time is not None:
            posts.append(_opened(text, time, day, posts))
            named += bool(posts[-1].author or posts[-1].app)
            index += 2
            continue
        if posts and (again := teams_time(text)) is not None:  # the author above, again
            posts.append(_Post(posts[-1].author, posts[-1].app, _stamp(again), day))
            index += 1
            continue
        if posts and (card := _card_at(lines, index)):
            posts[-1].body.append(-1)  # a card ends the post above it
            index += card
            continue
        if posts and text in _CARD_ACTIONS and posts[-1].body[-1:] != [-1]:
            _card_above(lines, posts[-1].body)
            posts[-1].body.append(-1)
        elif posts and posts[-1].body[-1:] != [-1]:
            posts[-1].body.append(index)
        index += 1
    return (posts, named) if posts else None


def _teams_signs(lines: Sequence[str]) -> bool:
    """Whether the copy is Teams': its composer ("Type a new message", "New conversation",
    "Start a post"), or two stamps with the day ("4/7 9:02 AM") and Teams' reply lines
    ("Reply", "2 replies from Oskar and Ines"). A reply count or times alone are every
    chat app's (Mattermost's "1 reply" under "9:02 AM") and leave the copy to
    ``chat_copies``."""
    dated, replies = 0, False
    for raw in lines:
        text = raw.strip()
        if text in _COMPOSER:
            return True
        time = teams_time(text)
        dated += bool(time and time["a"])
        replies = replies or text == "Reply" or bool(_REPLIES.match(text))
    return dated >= _MIN_POSTS and replies


def _nobodys(text: str) -> bool:
    """Whether a line inside a post is the app's, nobody's words."""
    return bool(
        text in _CHROME
        or _REPLIES.match(text)
        or reactions(text)
        or chat_notice(text)
        or day_line(text)
    )


def _day_first(posts: Sequence[_Post]) -> bool | None:
    """Whether the posts' stamps ("4/7", "07/04") put the day first: a number past 12 in
    either place tells, else a day line above a stamp that fits only one order; None when
    nothing tells (the stamps then date nothing). Source: Teams writes the stamp as the
    user's region has it (en-US month first, en-GB day first)."""
    for post in posts:
        if post.stamp is None:
            continue
        _, first, second = post.stamp
        if first > _MONTHS:
            return True
        if second > _MONTHS:
            return False
    for post in posts:
        if post.stamp is None or post.day is None:
            continue
        _, month, number, _ = post.day
        _, first, second = post.stamp
        if (first, second) == (month, number) and first != second:
            return False
        if (second, first) == (month, number) and first != second:
            return True
    return None


def _date(post: _Post, order: bool | None) -> tuple[int | None, int, int] | None:
    """The (year or None, month, day) a post's stamp or day line gives."""
    if post.stamp is not None and order is not None:
        year, first, second = post.stamp
        month, number = (second, first) if order else (first, second)
        if year is None and post.day is not None and post.day[0] is not None:
            year = post.day[0]
        return year, month, number
    if post.day is not None:
        return post.day[:3]
    return None


def _write(lines: Sequence[str], post: _Post, out: list[str]) -> list[int]:
    """Write a post's words into ``out``, cued by its author when named; the indexes."""
    written = []
    for index in post.body:
        if index < 0:
            break
        text = lines[index].strip()
        if not text or post.app or _nobodys(text):
            continue
        out[index] = cued(post.author, text) if post.author else text
        written.append(index)
    return written


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """A Teams channel's conversation copied from the browser, as notes (``shaped``), or
    None when the document is none.

    Shape: as many lines as given; each line of a named author's post or reply "Author:
    words", of an unnamed author's its words uncued, of an app's blank; the header, tabs,
    day lines, author and time lines, reactions, reply counts, notices, people cards and the
    composer blank; each post's lines dated by its stamp or the day line above it
    (``Reshaped.days``, or ``Reshaped.month_days`` when no year is shown). Source of the
    layout: Microsoft Teams' channel conversations, copied from the browser."""
    head = [line.strip() for line in lines[:_LINES_LOOKED_AT]]
    if sum(1 for line in head if teams_time(line)) < _MIN_POSTS or not _teams_signs(head):
        return None
    found = _posts(lines)
    if found is None or found[1] < _MIN_POSTS:
        return None
    posts, _ = found
    order = _day_first(posts)
    out = [""] * len(lines)
    days: dict[int, datetime.date] = {}
    month_days: dict[int, tuple[int, int, int | None]] = {}
    for post in posts:
        when = _date(post, order)
        for index in _write(lines, post, out):
            if when is None:
                continue
            year, month, number = when
            if year is None:
                month_days[index + 1] = (month, number, None)
            elif (day := _valid(year, month, number)) is not None:
                days[index + 1] = day
    people = {post.author for post in posts} - {""}
    return Reshaped.of(out, people, days=days, month_days=month_days)


def _valid(year: int, month: int, number: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, number)
    except ValueError:
        return None
