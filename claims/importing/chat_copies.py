"""Team chats copied from the browser with each sender on a line of their own and the time on
the next, read as notes (``shaped``).

The layout (Zulip's stream and topic, Mattermost's and Rocket.Chat's channel, selected and
copied from the web app)::

    #grid-ops > Substation 4 relay fault                    Zulip's stream and topic
    Tue, Mar 3                                              a day line (the year may be left out)

    Ines Haldane                                            the sender
    8:12 AM                                                 the time ("8:12 AM (edited)", "08:12")
    Relay 4B tripped at 8:02. @**Rui Costa** can you look?  the message, a mention in it
    👍 2  🎉 1                                              reaction counts

    rui.costa                                               a user name (Mattermost)
    8:20 AM
    On it, I'll be there by 9.

    Ines Haldane                                            Rocket.Chat: the name, then
    @ines.h                                                 the user name,
    8:31 AM                                                 then the time

Each message runs from its sender's and time's lines to the next sender line; a time line
alone goes on with the sender above (the apps group a sender's messages under one name). A
message's statements are the sender's when the sender line reads as a person's name; a user
name ("rui.costa") or a bot ("Notification Bot", "incident-bot" with its "BOT" tag, "System")
names nobody: a bot's lines are nobody's claims and a user name's are left uncued, asked
about. The header ("#stream > topic"), day lines, time lines and their "(edited)", reaction
counts, the apps' notices ("Ana joined the channel.") and quoted lines are nobody's claims. A
mention ("@**Rui Costa**", "@_**Rui Costa**", "@rui.costa") is whom the message addresses,
never its speaker. A day line dates the messages below it; one without its year ("Tue, Mar
3") is dated by the source's date (``Reshaped.month_days``): the year is the source's, or
the year before when that day falls after the source's date, and a weekday that does not fit
that year leaves the messages undated.

A document is read so only when at least two sender lines are followed by a time line and the
document shows a chat's marks (times with AM or PM, a day line, a "#stream > topic" header,
reaction counts, "(edited)" or a mention); notes whose names and times stand on the same line
("Priya Shah  9:02 AM", Slack) read as before (``chats``). Source of the layout: the web apps
of Zulip, Mattermost and Rocket.Chat, copied from the browser.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from claims.importing.chat_extras import reaction_line
from claims.importing.chats import chat_notice, without_edit_mark
from claims.importing.names import reads_as_name
from claims.importing.page_chrome import chrome_line
from claims.importing.shaped import Reshaped, cued
from claims.importing.telegram import counts

_MIN_HEADERS = 2
_MAX_NAME = 60
# "6:42 AM", "7:41 AM (edited)", "18:07", "6:42 PM EDITED", "Today at 6:42 AM".
_TIME = re.compile(
    r"^(?:(?:Today|Yesterday)\s+at\s+)?(?P<h>\d{1,2}):\d{2}(?P<ampm>\s?[AaPp]\.?[Mm]\.?)?"
    r"(?P<edited>\s*[\[(]?(?:edited|EDITED|Edited)[\])]?)?$"
)
_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
    )
}
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# "Wed, Jan 14", "Wednesday, January 14, 2026", "Jan 14, 2025", "January 14, 2026", "14 Jan".
_DAY = re.compile(
    r"^(?:(?P<wd>(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}),?\s+)?"
    r"(?:(?P<m>[A-Z][a-z]{2,8})\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?"
    r"|(?P<d2>\d{1,2})\s+(?P<m2>[A-Z][a-z]{2,8})\.?)(?:,?\s+(?P<y>\d{4}))?$"
)
_RELATIVE_DAY = re.compile(r"^(?:Today|Yesterday)$")
# Zulip's "#stream > topic" as the browser copies it; Mattermost's and Rocket.Chat's "#channel".
_STREAM = re.compile(r"^#[\w][\w .&'’-]{0,60}(?:\s+[>›»]\s+.{1,120})?$")
# A user name: "rui.costa", "@ines.h", "jdoe_42"; lower case with a dot, an underscore or a digit.
_HANDLE = re.compile(r"^@?(?=[a-z0-9._-]*[._\d])[a-z0-9][a-z0-9._-]{1,31}$")
_AT_HANDLE = re.compile(r"^@[\w.-]{2,32}$")
# A bot's sender line or the tag beside it: "Notification Bot", "incident-bot", "BOT", "APP".
_BOT_TAG = re.compile(r"^(?:BOT|Bot|APP|App|Webhook|System)$")
BOT_NAME = re.compile(r"(?:^|[\s_-])(?:bot|Bot|BOT)$|\[bot\]$|^System$|^rocket\.cat$")
# Zulip's mentions: "@**Rui Costa**", "@_**Rui Costa|12**" (silent), "@*oncall*" (a group).
_MENTION = re.compile(r"@_?\*\*(?P<name>[^*|]+)(?:\|\d+)?\*\*|@\*(?P<group>[^*]+)\*")
_QUOTE_FENCE = re.compile(r"^(?:```|~~~)\s*(?:quote|spoiler.*)?\s*$")


@dataclass
class _Message:
    """A message: its sender ("" when nobody by name), whether a bot sent it, its day, and
    the indexes of its lines."""

    sender: str
    bot: bool
    day: tuple[int | None, int, int, int | None] | None
    body: list[int] = field(default_factory=list)


def time_line(text: str) -> re.Match | None:
    """A message's time line ("6:42 AM", "7:41 AM (edited)", "18:07"), or None. Source:
    Zulip's, Mattermost's and Rocket.Chat's web apps, copied."""
    if not text[:1].isdigit() and not text.startswith(("Today", "Yesterday")):
        return None
    return _TIME.match(text)


def day_line(text: str) -> tuple[int | None, int, int, int | None] | None:
    """The (year or None, month, day, weekday or None) a chat's day line names ("Wed, Jan
    14" → (None, 1, 14, 2); "January 14, 2026" → (2026, 1, 14, None)), or None. Source: the
    day separators of Zulip, Mattermost and Rocket.Chat."""
    if len(text) > 40 or not any(char.isdigit() for char in text):
        return None
    match = _DAY.match(text)
    if match is None:
        return None
    month = _MONTHS.get((match["m"] or match["m2"])[:3].lower())
    if month is None:
        return None
    weekday = _WEEKDAYS.index(match["wd"][:3].lower()) if match["wd"] else None
    year = int(match["y"]) if match["y"] else None
    return year, month, int(match["d"] or match["d2"]), weekday


def dated(
    day: tuple[int | None, int, int, int | None],
    said_on: datetime.date | None,
    *,
    after: bool = False,
) -> datetime.date | None:
    """The date of a day line's (year, month, day, weekday): its own year, else the source's
    (``said_on``), or the year before when the day would fall after the source's date (with
    ``after``, the year after when it would fall before it: a comment under a post dated
    ``said_on``); None when no year is known, the day does not exist or the weekday does not
    fit."""
    year, month, number, weekday = day
    try:
        if year is None:
            if said_on is None:
                return None
            found = datetime.date(said_on.year, month, number)
            if found > said_on and not after:
                found = datetime.date(said_on.year - 1, month, number)
            elif found < said_on and after:
                found = datetime.date(said_on.year + 1, month, number)
        else:
            found = datetime.date(year, month, number)
    except ValueError:
        return None
    if weekday is not None and found.weekday() != weekday:
        return None
    return found


def _sender(text: str) -> bool:
    """Whether a line could be a sender's: short, no sentence, no time or day."""
    return (
        0 < len(text) <= _MAX_NAME
        and text[-1:] not in ".!?:;,"
        and (text[:1].isalpha() or text[:1] in "@_")
        and time_line(text) is None
        and day_line(text) is None
        and not _STREAM.match(text)
        and not counts(text)
    )


def _header_at(lines: Sequence[str], index: int) -> tuple[int, str, bool, bool] | None:
    """When a sender line opens a message at ``index``: how many lines the header takes
    (the name, a user name or a bot tag, the time), the sender ("" when it names nobody),
    whether it is a bot and whether the line plainly is a sender's (a name, a user name or
    a bot, not an agenda's item such as "Welcome and coffee")."""
    text = lines[index].strip()
    if not _sender(text):
        return None
    bot = bool(BOT_NAME.search(text))
    at = index + 1
    for _ in range(2):  # Rocket.Chat's "@user.name", Mattermost's "BOT" tag
        following = lines[at].strip() if at < len(lines) else ""
        if _BOT_TAG.match(following):
            bot, at = True, at + 1
        elif _AT_HANDLE.match(following) or (_HANDLE.match(following) and following != text):
            at += 1
        else:
            break
    if at >= len(lines) or time_line(lines[at].strip()) is None:
        return None
    name = text if reads_as_name(text) and not bot else ""
    return at - index + 1, name, bot, bool(name or bot or _HANDLE.match(text))


def _messages(lines: Sequence[str]) -> tuple[list[_Message], set[int]] | None:
    """The messages, and the indexes of the header lines (nobody's words); None when fewer
    than two lines that plainly are senders' open messages."""
    messages: list[_Message] = []
    headers: set[int] = set()
    day = None
    index, count = 0, 0
    while index < len(lines):
        text = lines[index].strip()
        if (found := day_line(text)) is not None or _RELATIVE_DAY.match(text):
            # "Today", "Yesterday": a day the copy does not date; the one above is over
            day, index = found, index + 1
            headers.add(index - 1)
            continue
        header = _header_at(lines, index)
        if header is not None:
            taken, name, bot, plain = header
            messages.append(_Message(name, bot, day))
            headers.update(range(index, index + taken))
            index, count = index + taken, count + plain
            continue
        if messages and time_line(text) is not None:  # the same sender's next message
            messages.append(_Message(messages[-1].sender, messages[-1].bot, day))
            headers.add(index)
        elif messages:
            messages[-1].body.append(index)
        index += 1
    return (messages, headers) if count >= _MIN_HEADERS else None


def _chat_signs(lines: Sequence[str]) -> bool:
    """Whether the document shows a chat's marks: a time with AM or PM or "(edited)", a day
    line, a stream's header, reaction counts or a mention."""
    for raw in lines:
        text = raw.strip()
        if not text:
            continue
        time = time_line(text)
        if time is not None and (time["ampm"] or time["edited"]):
            return True
        if day_line(text) or _STREAM.match(text) or "@**" in text or reactions(text):
            return True
    return False


def reactions(text: str) -> bool:
    """Whether a line only counts reactions: "👍 2", "👍 3  💯 1", ":+1: 2", or names who
    reacted ("Reactions: 👍 Ana", "🔥 Ana Ruiz, 🔥 Tom", ``chat_extras.reaction_line``); not a
    time ("18:07") nor a number alone."""
    if text[:1] == ":":
        return chrome_line(text) or reaction_line(text)
    return (not text.isascii() and counts(text)) or reaction_line(text)


def _words(text: str) -> str:
    """A message's line without mentions' markup and the edit mark."""
    text = _MENTION.sub(lambda m: "@" + (m["name"] or m["group"]).strip(), text)
    return without_edit_mark(text).strip()


def _nobodys(text: str) -> bool:
    """Whether a line inside a message is the app's, nobody's words."""
    return bool(
        reactions(text)
        or chat_notice(text)
        or _RELATIVE_DAY.match(text)
        or text.startswith(">")
        or (text.startswith("@") and "said" in text and text.endswith(":"))
    )


def _write(lines: Sequence[str], message: _Message, out: list[str]) -> list[int]:
    """Write a message's words into ``out``, cued by its sender when named; the indexes
    written."""
    written, quoted = [], False
    for index in message.body:
        text = lines[index].strip()
        if _QUOTE_FENCE.match(text):  # a quote or a code block: nobody's claims here
            quoted = not quoted
            continue
        if quoted or not text or message.bot or _nobodys(text):
            continue
        words = _words(text)
        out[index] = cued(message.sender, words) if message.sender else words
        written.append(index)
    return written


def _stream_line(lines: Sequence[str]) -> bool:
    """Whether the chat opens with its stream's or channel's header."""
    first = next((line.strip() for line in lines if line.strip()), "")
    return bool(_STREAM.match(first))


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """A team chat copied with senders and times on lines of their own, as notes
    (``shaped``), or None when the document is none.

    Shape: as many lines as given; each line of a named sender's message "Sender: words", of
    a user name's message its words uncued, of a bot's blank; the header, day lines, sender
    and time lines, reactions and notices blank; each message's lines dated by the day line
    above them (``Reshaped.days``), or by its month and day when it gives no year
    (``Reshaped.month_days``, dated by the source's date). Source of the layout: Zulip's,
    Mattermost's and Rocket.Chat's web apps, copied from the browser."""
    if sum(1 for line in lines[:400] if time_line(line.strip())) < _MIN_HEADERS:
        return None
    found = _messages(lines)
    if found is None or not (_chat_signs(lines) or _stream_line(lines)):
        return None
    messages, _ = found
    out = [""] * len(lines)
    days: dict[int, datetime.date] = {}
    month_days: dict[int, tuple[int, int, int | None]] = {}
    for message in messages:
        for index in _write(lines, message, out):
            if message.day is None:
                continue
            year, month, number, weekday = message.day
            if year is not None:
                if (day := dated(message.day, None)) is not None:
                    days[index + 1] = day
            else:
                month_days[index + 1] = (month, number, weekday)
    people = {message.sender for message in messages} - {""}
    return Reshaped.of(out, people, days=days, month_days=month_days)
