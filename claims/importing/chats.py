"""The author lines and notices of chat exports and forum threads.

A chat app copied or exported writes who wrote each message on a line of its own, with the
time of day, or before the message on the same line; a forum thread writes its user's handle
and score above each comment. Those lines are no claims: they open the author's messages,
which run to the next author line. The app's own notices ("joined #macro-desk along with 2
others", "This message was deleted") and marks ("(edited)") are nobody's words.

Shapes read, as the apps copy them:

| app | author line |
| --- | --- |
| Slack | ``Priya Shah  9:02 AM`` (read as a speaker line in ``cues.BLOCK_CUE``) |
| Microsoft Teams | ``[9:02 AM] Priya Shah``, ``[Yesterday 9:02 AM] Priya Shah`` |
| Slack, Teams (text exports) | ``[9:02 AM] Priya Shah: message``, ``9:02 PM Priya Shah: message`` |
| Slack, log tools (text exports) | ``[2026-11-23 09:02] Priya Shah: message`` (the full date) |
| Discord | ``Priya Shah — Today at 9:02 AM``, ``Priya Shah — 03/12/2025 9:02 AM``, |
| | ``[25-Nov-26 09:04 PM] Priya Shah`` (DiscordChatExporter, older), ``[03/11/2026 14:02] |
| | Priya Shah`` (its date in the culture it runs in: ``[3/11/2026 2:02 PM]``, ``[11.03.2026 |
| | 14:02]``, ``[2026/3/11 14:02]``), ``[…] Tyrrrz#5447 (pinned)``; its header, blocks and |
| | footer are ``export_lines``' |
| WhatsApp | ``[12/03/2025, 09:14:22] Priya Shah: message``, ``12/03/2025, 09:14 - Priya Shah: …`` |
| | ``… - +44 7700 900481: …`` (an unsaved number: ``chat_exports.unnamed_sender``) |
| Telegram | ``Priya Shah, [25.11.2026 09:04]`` (the message below) |
| Zoom (saved chat) | ``18:01:47 From Greg H to Everyone:`` (the message below), |
| | ``18:01:47 From  Greg H : message`` (older, a tab after the time); read with ``chat_exports`` |

A time of day (with AM or PM, or with the day) is the message's, not a place in a recording:
the line, not the time, locates the statement. A time alone, 24-hour or without AM or PM
("[21:04:33] Priya Shah: …", "9:04 Priya Shah: …"), is a message's in a chat export, where
most lines have that shape and the times are no recording's from its start
(``message_times``); on a line of its own, or in a transcript whose times start at 0
("[00:04:12] Maya Chen: …"), it is a recording's and is read so elsewhere (``cues.MARKER``).
A name written in lower case ("[9:10 AM] jonas weber: …") is the author as well.

The apps' notices are nobody's words and their subject never a speaker: a bot's or a
person's act ("kestrel_ops: pinned a message.", "Farid Nassar joined the channel.", "Tom
added Priya", "Tom changed the group name to “Desk”", "Tom started a call", "Tom reacted 👍
to …", "Recording started") and the app's own lines ("<Media omitted>", "This message was
deleted", "Messages and calls are end-to-end encrypted…").

Forum threads' bylines ("u/quantum_goose · 2.1k points") are read in ``forums``.

The day a message was sent, when its author line stamps it in full ("17/10/2026, 08:05",
"[2026-11-23 09:02]", "[25-Nov-26 09:04 PM]", "[25.11.2026 09:04]", "03/12/2025 9:02 AM"), is
the day its horizon is counted from (``author_day``): "I'll get the rest to the town hall by
Friday" sent on Sunday 18 October 2026 is due on Friday 23 October, whatever day the
curator's source for the whole export is dated (one source per export; a remark says so
when the source's day would give another deadline: ``chat_exports.counted_from_message``).
A time alone ("[9:02 AM]", "Today at 9:02 AM") dates nothing: the source's day is taken.

Pure functions, no state; a cheap look at the line's first characters comes before any
pattern, so prose lines cost one or two string tests.
"""

import datetime
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from claims.importing.chat_exports import unnamed_sender, zoom_line, zoom_notice
from claims.importing.forums import byline
from claims.importing.names import LABEL_WORDS, reads_as_name
from claims.importing.wording import _has_any

_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?"
_AM_PM = r"\s*[AaPp]\.?\s?[Mm]\.?"
_DAY = (
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}-[A-Z][a-z]{2}-\d{2,4}|\d{4}-\d{2}-\d{2}"
    r"|\d{4}/\d{1,2}/\d{1,2})"
)
# Names as chat apps show them: a display name or a user name ("tom_b", "Priya Shah").
_NAME = r"(?P<name>[^\s\[\]():,·•|][^\[\]():·•|]{0,58}?)"

_TEAMS = re.compile(
    rf"^\[(?:(?P<day>Today|Yesterday|[A-Z][a-z]{{2,8}}|{_DAY}),?\s+)?{_CLOCK}(?P<ampm>{_AM_PM})?\]"
    # DiscordChatExporter's "#1234" after a user name and its "(pinned)" after a message's author.
    rf"\s+{_NAME}(?:\#\d{{4}})?(?:\s*\((?:Guest|External|Unverified|Unverified\s+Guest|pinned)\))?"
    # Signal's author line above a reply's quote ends with the colon: "[7:15 PM] Kwame:".
    r"\s*(?::(?:\s+(?P<words>.*))?)?$"
)
# A message after a time of day: "9:04 AM Priya Shah: …", "9:04 PM - Priya Shah: …".
_CLOCK_MESSAGE = re.compile(rf"^{_CLOCK}{_AM_PM}\s+(?:[-–]\s+)?{_NAME}:\s+(?P<words>.*)$")
# A message after a time without AM or PM, in a chat export only: "9:04 Priya Shah: …".
_BARE_CLOCK_MESSAGE = re.compile(rf"^{_CLOCK}\s+(?:[-–]\s+)?{_NAME}:\s+(?P<words>.*)$")
_TELEGRAM = re.compile(rf"^{_NAME},\s+\[{_DAY},?\s+{_CLOCK}(?:{_AM_PM})?\]\s*$")
_WHATSAPP = re.compile(
    rf"^(?:\[{_DAY},?\s+{_CLOCK}(?:{_AM_PM})?\]|{_DAY},?\s+{_CLOCK}(?:{_AM_PM})?\s+[-–])"
    rf"\s+{_NAME}:\s+(?P<words>.*)$"
)
# A sender WhatsApp shows by the number, brackets and all: "+1 (555) 010-2030: …".
_WHATSAPP_NUMBER = re.compile(
    rf"^(?:\[{_DAY},?\s+{_CLOCK}(?:{_AM_PM})?\]|{_DAY},?\s+{_CLOCK}(?:{_AM_PM})?\s+[-–])"
    r"\s+(?P<name>\+\d[\d\s\u00a0().-]{5,20}\d):\s+(?P<words>.*)$"
)
# A WhatsApp notice under the export's time stamp: "[12/03/2025, 09:10:00] Messages and
# calls are end-to-end encrypted. …", "12/03/2025, 09:12 - Tom Becker joined using this
# group's invite link".
_WHATSAPP_NOTICE = re.compile(
    rf"^(?:\[{_DAY},?\s+{_CLOCK}(?:{_AM_PM})?\]|{_DAY},?\s+{_CLOCK}(?:{_AM_PM})?\s+[-–])"
    r"\s+(?P<words>[^:]+)$"
)
# An app's notice under a time of day alone: "[7:04 PM] Disappearing message time was set to
# 4 weeks.", "[7:05 PM] Pat O. changed the group name from “Tenants” to “Tenants — organizers”"
# (Signal Desktop's and Slack's text exports); a name that long is no author's.
_TIMED_NOTICE = re.compile(
    rf"^\[(?:(?:Today|Yesterday|[A-Z][a-z]{{2,8}}|{_DAY}),?\s+)?{_CLOCK}(?:{_AM_PM})?\]"
    r"\s+(?P<words>\S.*)$"
)
_WHATSAPP_NOTICE_WORDS = re.compile(
    r"end-to-end encrypted|\b(?:joined using|created (?:the )?group|added|removed|left|"
    r"changed (?:the )?(?:subject|group|this group)|changed their phone number)\b"
)
_DISCORD = re.compile(
    rf"^{_NAME}\s+[—–-]\s+(?:(?:Today|Yesterday)\s+at\s+|{_DAY},?\s+){_CLOCK}(?:{_AM_PM})?$"
)
_NOTICE = re.compile(
    r"^(?:(?:has\s+)?(?:joined|left)\s+(?:#[\w-]+|the channel|the group|the server)"
    r"(?:\s+along with \d+ others?)?"
    # Discord's system messages as DiscordChatExporter writes them under their author line.
    r"|pinned a message(?: to this channel)?|started a thread|changed the channel (?:icon|name)"
    r"(?::\s.*)?|started a call that lasted [\d,.]+ minutes?"
    r"|was added to #[\w-]+.*|set the channel (?:topic|description): .*"
    r"|This message was deleted|You deleted this message|<Media omitted>|‎?image omitted"
    r"|Messages and calls are end-to-end encrypted\b.*"
    r"|replied to a thread: .*|\d+ repl(?:y|ies)(?: Last reply .*)?|View thread"
    # Signal's, WhatsApp's and Telegram's own lines: a timer set, a key changed, a call.
    r"|Disappearing message time (?:was )?set to .*|Disappearing messages (?:were|are) "
    r"(?:turned )?(?:on|off|disabled|enabled)"
    r"|(?:Your )?safety number with .{1,60} (?:has )?changed"
    r"|Your security code with .{1,60} changed(?:\. Tap to learn more)?"
    r"|(?:Group|Chat)\s*\(\d+ members?\)"
    r"|(?:Missed|Incoming|Outgoing|Declined) (?:voice |video |audio |group )?call(?: \(\d.*\))?"
    r"|(?:\[deleted\]|\[removed\])"
    r")\.?$",
    re.IGNORECASE,
)
# Who an app's notice is about: a display name, "You", or a user name ("kestrel_ops").
_SUBJECT = r"(?:You|you|[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,3}|@?[\w.-]*[_.\d@][\w.-]*)"
_SUBJECTS = rf"{_SUBJECT}(?:(?:,\s*|\s+and\s+){_SUBJECT})*"
# An act the app reports of someone, the whole line: "Farid Nassar joined the channel.",
# "kestrel_ops pinned a message.", "Tom added Priya and Lena", "Tom changed the group name
# to “Desk”", "Tom started a call", "Tom started transcription", "Tom reacted 👍 to …".
_NAMED_NOTICE = re.compile(
    rf"^(?:{_SUBJECTS}:?\s+)?(?:"
    r"(?:has\s+)?(?:joined|left)(?:\s+(?:#[\w-]+|the\s+(?:channel|group|chat|meeting|call"
    r"|conversation|team|server|party)))?(?:\s+along with \d+ others?)?"
    r"(?:\s+(?:using this group's invite link|via (?:an\s+)?invite link))?"
    r"|(?:was|were)\s+(?:added|removed)(?:\s+(?:to|from)\s+.+)?"
    rf"|(?:added|removed)\s+{_SUBJECTS}(?:\s+(?:to|from)\s+(?:#[\w-]+|the\s+\w+))?"
    r"|(?:changed|updated|removed)\s+(?:the\s+|this\s+)?(?:(?:group(?:'s)?\s+(?:name|subject"
    r"|description|icon|photo|avatar|picture)"
    r"|group|channel\s+(?:name|topic|description|purpose)|their phone number"
    r"|the\s+(?:meeting|chat)\s+(?:name|title))(?:\s+(?:to|from)\s+.*)?"
    r"|subject\s+(?:from\s+.+\s+)?to\s+[“\"'‘].*)"
    r"|(?:un)?pinned\s+(?:a|the|this)\s+message(?:\s+to\s+this\s+(?:channel|chat))?"
    r"(?:\.\s+See all pinned messages)?"
    r"|(?:un)?pinned\s+[«“\"].*"  # Telegram: "Ana pinned «The vote is on Thursday»"
    # Signal's and WhatsApp's timer: "Ana set the disappearing message time to 1 week".
    r"|(?:set|changed)\s+(?:the\s+)?disappearing\s+message(?:s)?\s+(?:time|timer)\s+to\s+.+"
    r"|turned\s+(?:on|off)\s+disappearing\s+messages(?:\s+.*)?"
    rf"|invited\s+{_SUBJECTS}(?:\s+to\s+the\s+(?:group|channel|chat))?"
    r"|(?:just\s+)?boosted\s+the\s+server(?:\s+\d+\s+times?)?"
    r"|(?:archived|unarchived)\s+the\s+(?:channel|group|chat)"
    r"|renamed\s+the\s+(?:channel|group|chat)\s+(?:from\s+.+\s+)?to\s+.+"
    r"|(?:just\s+)?(?:hopped|slid)\s+into\s+the\s+server"
    r"|started\s+(?:a\s+(?:call|meeting|video call|voice call|huddle)|recording|transcription)"
    r"|(?:stopped|ended)\s+(?:the\s+)?(?:call|meeting|recording|transcription|huddle)"
    r"|reacted\s+(?:with\s+)?(?:[^\w\s]\S{0,19}|:[\w+-]+:)\s+to\s+.*"
    r"|created\s+(?:the\s+)?group\b.*"
    r"|[Rr]ecording\s+(?:has\s+)?(?:started|stopped|ended)"
    r"|[Tt]ranscription\s+(?:has\s+)?(?:started|stopped|ended)"
    r"|[Mm]issed\s+(?:voice|video)\s+call|[Cc]all\s+ended|[Mm]eeting\s+ended(?::\s+.*)?"
    r")[.!]?$"
)
# The words of those acts: a cheap test before the pattern.
_NOTICE_VERBS = (
    "joined", "left", "added", "removed", "changed", "pinned", "started", "stopped", "ended",
    "reacted", "created", "call", "set", "turned", "invited", "boosted", "updated", "archived",
    "renamed", "hopped", "slid",
)  # fmt: skip
_USER_NAME = re.compile(r"^(?=.*[a-z0-9_])[\w.-]{2,32}$")
# The first characters of the notices: a cheap test before the pattern.
_NOTICE_FIRST = frozenset("iIjJlLhHwWsSTtYy<\u200emMrR0123456789vV[pPcCdDgGoO")
MAX_NOTICE = 200
# The apps' edit mark, in their languages, at the end of a message (trailing spaces too).
_EDITED = re.compile(
    r"\s*[\[(](?:edited|bearbeitet|modifié|modifie|editado|modificato|bewerkt|redigerad"
    r"|muokattu|編集済み)[\])]\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class AuthorLine:
    """An author line: who wrote the messages below it (``name``), the words of a message
    on the same line (``words``, WhatsApp), whether the author is the thread's original
    poster (``op``, Reddit's "(OP)"), whether ``name`` is a forum handle (``handle``) and
    whether the line is the post's header ("Posted by u/…", ``post``), which opens no
    messages, or the app's own notice under a time stamp (``notice``), nobody's; ``to``
    is whom a direct message went to (Zoom's "(Direct Message)"), "" when sent to all."""

    name: str
    words: str = ""
    op: bool = False
    handle: bool = False
    post: bool = False
    notice: bool = False
    to: str = ""


# A full date next to a message's time in its author line: "17/10/2026, 08:05", "[2026-11-23
# 09:02]", "[25-Nov-26 09:04 PM]", "25.11.2026 09:04", "03/12/2025 9:02 AM".
_STAMPED_DAY = re.compile(
    r"(?<![\d/.-])(?:(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})"
    r"|(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
    r"|(?P<dd>\d{1,2})-(?P<mon>[A-Z][a-z]{2})-(?P<yy>\d{4}|\d{2})"
    r"|(?P<jy>\d{4})/(?P<jm>\d{1,2})/(?P<jd>\d{1,2}))"
    r",?\s+(?:at\s+)?\d{1,2}:\d{2}"
)
_MONTH_ABBRS = {
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "May": 5, "Jun": 6,
    "Jul": 7, "Aug": 8, "Sep": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}  # fmt: skip
_MONTHS = 12


def author_day(text: str, day_first: bool | None = None) -> datetime.date | None:
    """The day an author line ``text`` stamps its message with, or None (a time alone, no
    such day, an order of day and month nothing tells). "17/10/2026, 08:05 - Gary Lund: …"
    → 17 October 2026; "[2026-11-23 09:02] Priya Shah: …" → 23 November 2026; "[25-Nov-26
    09:04 PM] Priya Shah" → 25 November 2026; "Priya Shah, [25.11.2026 09:04]" (Telegram,
    day first) → 25 November 2026; "Priya Shah — 03/12/2025 9:02 AM" → 3 December 2025 when
    ``day_first`` (the export's order, ``chat_exports.day_first``), 12 March when not; a day
    past 12 tells by itself. Only the stamp before the message's words is read."""
    head = text.split(": ", 1)[0]
    match = _STAMPED_DAY.search(head)
    if match is None:
        return None
    try:
        if match["iy"] or match["jy"]:  # "2026-11-23", "2026/3/11" (a Japanese or Chinese stamp)
            year, month = int(match["iy"] or match["jy"]), int(match["im"] or match["jm"])
            return datetime.date(year, month, int(match["id"] or match["jd"]))
        if match["mon"]:
            month = _MONTH_ABBRS.get(match["mon"])
            return month and datetime.date(_full_year(match["yy"]), month, int(match["dd"]))
        one, two = int(match["a"]), int(match["b"])
        first = True if match["sep"] == "." or one > _MONTHS else day_first
        if two > _MONTHS:
            first = False
        if first is None:
            return None
        day, month = (one, two) if first else (two, one)
        return datetime.date(_full_year(match["y"]), month, day)
    except ValueError:
        return None


_HEADING_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}  # fmt: skip
_HEADING_MONTH = (
    r"(?P<{g}>january|february|march|april|may|june|july|august|september|october|november"
    r"|december)"
)
# A chat's day divider, the whole line: "Sunday, October 18th, 2026", "--- 18 October 2026 ---",
# "── Tuesday 20 October ──", "2026-10-20".
_DAY_HEADING = re.compile(
    r"^[-=─—–*_#~\s]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:" + _HEADING_MONTH.format(g="m1") + r"\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?"
    r"|(?:the\s+)?(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
    + _HEADING_MONTH.format(g="m2")
    + r"|(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2}))"
    r"(?:,?\s+(?P<y>\d{4}))?[-=─—–*_#~\s]*$",
    re.IGNORECASE,
)
MAX_DAY_HEADING = 60


def day_heading(text: str, last: datetime.date | None = None) -> datetime.date | None:
    """The day a chat's day divider line names ("Sunday, October 18th, 2026", "--- 18 October
    2026 ---", "Tuesday 20 October" after a message of 18 October 2026), or None (no such
    line, no year given nor known from ``last``, the day before, no such day). The messages
    below it were sent that day. Source: Slack's and Teams' copied chats, and chat logs."""
    match = None
    if len(text) <= MAX_DAY_HEADING and any(c.isdigit() for c in text):
        match = _DAY_HEADING.match(text)
    if match is None:
        return None
    try:
        if match["iy"]:
            return datetime.date(int(match["iy"]), int(match["im"]), int(match["id"]))
        month = _HEADING_MONTHS[(match["m1"] or match["m2"]).lower()]
        day = int(match["d1"] or match["d2"])
        if match["y"]:
            return datetime.date(int(match["y"]), month, day)
        if last is None:
            return None
        found = datetime.date(last.year, month, day)
        return found if found >= last else datetime.date(last.year + 1, month, day)
    except ValueError:
        return None


def _full_year(year: str) -> int:
    return int(year) + 2000 if len(year) == 2 else int(year)


def author_line(text: str, *, clock: bool = False, export: bool = False) -> AuthorLine | None:
    """The author line ``text`` is, or None. ``clock``: the document is a chat export whose
    times have no AM or PM (``message_times``), so "[21:04:33] Priya Shah: …" and "9:04
    Priya Shah: …" are author lines too. ``export``: the document is a WhatsApp export or a
    Zoom saved chat (``chat_exports.chat_export``), where a sender is whatever the app shows
    ("Mum", "+44 7700 900481"); elsewhere a WhatsApp-like line must name someone.

    "[9:02 AM] Priya Shah" → AuthorLine("Priya Shah"); "[12/03/2025, 09:14:22] Priya Shah:
    Rates fall." → AuthorLine("Priya Shah", "Rates fall."); "u/gridwonk · 512 points" →
    AuthorLine("gridwonk", handle=True); "u/DrAnikaRao_Tokafusion (OP) · 3.4k points" →
    AuthorLine("DrAnikaRao_Tokafusion", op=True, handle=True); "r/Futurology · Posted by
    u/DrAnikaRao_Tokafusion · 20 May 2025" → the same with post=True; "[9:04 AM] Jonas Weber:
    Rates fall." → AuthorLine("Jonas Weber", "Rates fall."). Source: the copy and export
    formats of Slack, Microsoft Teams, Discord, WhatsApp, Telegram and Reddit (old and new)."""
    first = text[:1]
    match = None
    if first == "[":
        match = _TEAMS.match(text) or _whatsapp(text) or _app_notice(text) or _timed_notice(text)
    elif first.isdigit():
        zoom = _zoom_author(text)
        if zoom is not None:
            return zoom
        match = _whatsapp(text) or _app_notice(text) or _CLOCK_MESSAGE.match(text)
        if match is None and clock:
            match = _BARE_CLOCK_MESSAGE.match(text)
    elif text.endswith("]") and ", [" in text:
        match = _TELEGRAM.match(text)
    elif "u/" in text[:8] or "point" in text or " ago" in text or "by u/" in text:
        return _forum_author(text)
    elif (" at " in text or "/" in text) and text[-1:] in "MmPp0123456789":
        match = _DISCORD.match(text)
    found = None if match is None else _chat_author(match, clock=clock, export=export)
    if found is None and first == "[" and _timed_notice(text):  # a name too long, a colon
        return AuthorLine("", notice=True)
    return found


def _chat_author(
    match: re.Match, *, clock: bool = False, export: bool = False
) -> AuthorLine | None:
    if match.re in (_WHATSAPP_NOTICE, _TIMED_NOTICE):
        return AuthorLine("", notice=True)
    if match.re is _TEAMS and not (match.group("day") or match.group("ampm") or clock):
        return None  # "[10:04] Ana Ruiz": a recording's time, read as a speaker line elsewhere
    name = match.group("name").strip()
    words = match.groupdict().get("words") or ""
    if chat_notice(words) or (not words and chat_notice(name)):
        # "kestrel_ops: pinned a message.", "[23-Nov-26 08:31] Farid Nassar joined the channel."
        return AuthorLine("", notice=True)
    if match.re in (_WHATSAPP, _WHATSAPP_NUMBER):
        return _whatsapp_author(name, words, export=export)
    if not _author_name(name) or (words and not _message_author(match, name)):
        return None
    return AuthorLine(name, words.strip())


def _whatsapp_author(name: str, words: str, *, export: bool) -> AuthorLine | None:
    """A WhatsApp line's sender: in an export, whoever the app shows (a contact as saved,
    "Mum", or a number unsaved); in notes, only a name (``_notes_author``)."""
    if not (export or unnamed_sender(name) or _notes_author(name)):
        return None
    if not export and not unnamed_sender(name) and not _author_name(name):
        return None
    return AuthorLine(name, words.strip())


def _whatsapp(text: str) -> re.Match | None:
    """A WhatsApp export's message line, its sender a name or a number ("+1 (555) 010-2030")."""
    match = _WHATSAPP.match(text)
    if match is None and "+" in text[:30]:
        return _WHATSAPP_NUMBER.match(text)
    return match


# What notes write after a date and a time, where a chat export writes its sender.
_NOTES_LABELS = frozenset(
    [
        "budget",
        "minutes",
        "action",
        "actions",
        "decision",
        "decisions",
        "note",
        "notes",
        "summary",
        "todo",
        "to-do",
        "agenda",
        "meeting",
        "call",
        "reminder",
        "deadline",
        "plan",
        "status",
        "follow-up",
        "followup",
        "outcome",
        "result",
    ]
)


def _notes_author(name: str) -> bool:
    """Whether a name after a date, a time and a dash in a document that is no chat export
    names someone ("Gary Lund", "Tom", "tom_b"), not a label or an agenda's item ("Budget",
    "Update", "Board meeting", "Call with Gary Lund")."""
    if any(word in _SCHEDULE_WORDS or word in _NOTES_LABELS for word in name.lower().split()):
        return False
    if " " in name:
        return reads_as_name(name) or (name.islower() and reads_as_name(name.title()))
    return _first_name(name) or (_HANDLE.match(name) is not None and not name.istitle())


def _zoom_author(text: str) -> AuthorLine | None:
    """A Zoom saved chat's message line as an author line ("18:01:47 From Greg H to
    Everyone:"), its reaction under the sender ("Reacted to "…" with 👍") nobody's."""
    zoom = zoom_line(text)
    if zoom is None:
        return None
    if chat_notice(zoom.words):
        return AuthorLine("", notice=True)
    return AuthorLine(zoom.sender, zoom.words, to=zoom.to)


# A live blog's or a programme's items after a time of day: "9:30 AM Keynote: …", "[10:15 AM]
# Closing panel: …". No author's name holds these words.
_SCHEDULE_WORDS = frozenset(
    [
        "keynote",
        "panel",
        "session",
        "break",
        "lunch",
        "remarks",
        "opening",
        "closing",
        "welcome",
        "fireside",
        "talk",
        "workshop",
        "q&a",
        "agenda",
        "update",
        "recap",
    ]
)
_HANDLE = re.compile(r"^[a-z][a-z0-9_.-]{1,31}$|^[\w.-]*[_.\d][\w.-]*$")


def _message_author(match: re.Match, name: str) -> bool:
    """Whether ``name``, before a message's words on a chat's line, is its author: a person's
    name or a user name ("tom_b", "jonas"), never a programme's item ("Keynote", "Closing
    panel"). The WhatsApp export's shape is an author's whatever the name."""
    if match.re is _WHATSAPP or match.groupdict().get("day"):
        return True  # "[12/03/2025, 09:14] Tom: …", a contact's name as saved
    if any(word in _SCHEDULE_WORDS for word in name.lower().split()):
        return False
    return (
        _HANDLE.match(name) is not None or " " in name or reads_as_name(name) or _first_name(name)
    )


def _first_name(name: str) -> bool:
    """ "Jonas": one capitalised word that is no label's ("Update", "Energy", "Recap")."""
    return name.isalpha() and name.istitle() and name.lower() not in LABEL_WORDS


def _app_notice(text: str) -> re.Match | None:
    """A WhatsApp export's notice under its time stamp (nobody wrote it), or None."""
    match = _WHATSAPP_NOTICE.match(text)
    if match is None:
        return None
    words = match.group("words")
    if not (_WHATSAPP_NOTICE_WORDS.search(words) or chat_notice(words)):
        return None
    return match


def _timed_notice(text: str) -> re.Match | None:
    """An app's notice under a time of day ("[7:04 PM] Disappearing message time was set to 4
    weeks."), nobody's, or None."""
    match = _TIMED_NOTICE.match(text)
    return match if match is not None and chat_notice(match.group("words")) else None


def _author_name(name: str) -> bool:
    """A display name ("Priya Shah", "Dr. Lena Ortiz", "jonas weber" typed in lower case) or a
    user name ("tom_b", "lena.o")."""
    if reads_as_name(name) or _USER_NAME.match(name) is not None:
        return True
    return name.islower() and reads_as_name(name.title())


def _forum_author(text: str) -> AuthorLine | None:
    """A forum's byline or post header (``forums.byline``) as an author line."""
    found = byline(text)
    if found is None or found.display:
        return None
    return AuthorLine(found.handle, op=found.op, handle=True, post=found.post)


def chat_notice(text: str) -> bool:
    """Whether ``text`` is a chat app's own notice, nobody's words: "joined #macro-desk along
    with 2 others", "This message was deleted", "<Media omitted>", "replied to a thread: …",
    and the acts it reports of someone ("Farid Nassar joined the channel.", "pinned a
    message.", "Tom added Priya", "Tom changed the group name to “Desk”", "Tom started a
    call", "Recording started", "Tom reacted 👍 to “…”"). Source: Slack, Teams, WhatsApp,
    Discord and Telegram exports."""
    if len(text) > MAX_NOTICE:
        return False
    if text[:1] in _NOTICE_FIRST and _NOTICE.match(text) is not None:
        return True
    if zoom_notice(text):  # "Reacted to "Honestly this plan r..." with 👍"
        return True
    return _has_any(text, _NOTICE_VERBS) and _NAMED_NOTICE.match(text) is not None


def without_edit_mark(text: str) -> str:
    """A message without the app's "(edited)" at its end ("Oil below $60 by Q1. (edited)" →
    "Oil below $60 by Q1."), in the app's language ("(bearbeitet)", "(modifié)"). The one
    rule for the mark: the notes reader and the note-taker's asides (``asides``) both call
    it. Source: Slack, Teams, Discord and WhatsApp copies."""
    if not text.rstrip().endswith((")", "]")):
        return text
    return _EDITED.sub("", text)


# A chat's back-channel: a reply that only agrees, thanks, laughs, points at the message
# above or says the writer is on it ("lol", "+1", "same here", "this 👆", "agreed!!", "ok
# will do", "ty, will take a look", "running 5 min late"). Read bare: lower case, emoji and
# punctuation dropped but for "+" and "^". Each phrase below is set aside in turn, with the
# words of time an errand is put off by; a message is back-channel when nothing is left.
_ERRAND_TIME = (
    r"(?:\s+(?:later|tomorrow|today|tonight|asap|shortly|soon|now|in\s+a\s+bit|in\s+a\s+sec"
    r"|in\s+\d+\s*(?:min|mins|minutes)|after\s+lunch|this\s+(?:morning|afternoon|evening)"
    r"|(?:by\s+)?eod|first\s+thing(?:\s+tomorrow)?|when\s+i\s+can))*"
)
_BACK_CHANNEL_PHRASE = re.compile(
    # Longer phrases first: the first that fits is taken.
    r"(?:(?:this|that)(?:'s|\s+is)\s+(?:the\s+way|(?:so\s+)?(?:huge|big|great|wild|nuts|insane"
    r"|amazing|awesome|gold|good|funny|true|it))|this\s+aged\s+(?:well|badly|like\s+milk)"
    r"|\++\d*(?:\s+(?:to|for|on)\s+(?:this|that))?|let's\s+(?:do\s+it|go)|ship\s+it"
    r"|talk\s+(?:tomorrow|later|soon|then)|see\s+(?:you|ya)\s+(?:tomorrow|later|then|there)|ttyl"
    r"|lol+|lmf?ao+|rofl|ha(?:ha)+h?|he(?:he)+|omg|ngl|tbh|imo|imho|fwiw|ikr|smh|same(?:\s+here)?"
    r"|\^+|this|that|agreed|hard\s+agree|strong(?:ly)?\s+agree|(?:i\s+)?agree(?:\s+with"
    r"\s+(?:this|that|you|him|her))?|(?:i\s+)?couldn't\s+agree\s+more|100\s*%?|100\s+percent"
    r"|ok(?:ay)?|k+|cool|nice(?:\s+one)?|great|awesome|perfect|good\s+(?:call|point|catch|stuff)"
    r"|yes+|yeah|yep|yup|ya|yas+|please|pls|plz|thanks(?:\s+(?:all|everyone|team|for\s+sharing"
    r"|for\s+this|a\s+lot|so\s+much))?|thank\s+you(?:\s+(?:all|so\s+much))?|thx|ty|tysm|np"
    r"|no\s+worries|no\s+problem|sounds\s+good(?:\s+to\s+me)?|works\s+for\s+me|will\s+do"
    r"|on\s+it|done|noted|got\s+it|gotcha|exactly|true|so\s+true|facts|this\s+is\s+the\s+way"
    r"|big\s+if\s+true|congrats|congratulations|well\s+done|gm|gn|brb|bbl|omw|on\s+my\s+way"
    r"|wait\s+what|whoa|wow|oof|yikes|sorry|all|team|everyone|folks|guys|y'all"
    r"|you\s+(?:two|three|both|guys|all|lot)"
    # What the writer will do about the message, and nothing more: "will take a look".
    rf"|(?:(?:i'll|ill|i\s+will|will|let\s+me|lemme|gonna|i'm\s+gonna|going\s+to|i'm)\s+)?"
    r"(?:take\s+a\s+look|have\s+a\s+look|look\s+into\s+it|check(?:ing)?(?:\s+(?:it|that|this))?"
    r"(?:\s+out)?|look(?:ing)?(?:\s+at\s+(?:it|this|that))?|circle\s+back|follow\s+up"
    r"|get\s+back\s+to\s+you|ping\s+(?:you|them|him|her)|share\s+(?:it|the\s+\w+)"
    r"|send\s+(?:it|the\s+\w+)(?:\s+over)?|update\s+the\s+(?:doc|sheet|deck|ticket|notes)"
    r"|dig\s+in|be\s+(?:there|right\s+there|back))"
    rf"{_ERRAND_TIME}"
    r"|(?:i'm\s+|i\s+am\s+|i'll\s+be\s+|will\s+be\s+|gonna\s+be\s+)?(?:running\s+)?(?:\d+|a\s+few"
    r"|a\s+couple(?:\s+of)?)\s*(?:min|mins|minutes)\s+late"
    r"|(?:i\s+)?can't\s+make\s+it(?:\s+(?:today|tomorrow|tonight))?)"
    r"(?:\s+|$)"
)
# What a chat message is read as once bare: its emoji and punctuation dropped.
_NOT_CHAT_WORD = re.compile(r"[^\w\s'+^%]+")
MAX_BACK_CHANNEL_WORDS = 12


def back_channel(text: str) -> bool:
    """Whether a chat message only agrees, laughs, thanks, points at the message above or
    says its writer is on it: "lol", "+1", "same here", "this 👆", "agreed!!", "ok will do",
    "ty, will take a look", "running 5 min late", "this is the way". None of it is a claim,
    nor news of one. The shape is how people reply in Slack, Teams, Discord and WhatsApp
    channels and in forum threads."""
    if text.count(" ") >= MAX_BACK_CHANNEL_WORDS:  # most statements: no need to read further
        return False
    bare = " ".join(_NOT_CHAT_WORD.sub(" ", text.lower().replace("’", "'")).split())
    position = 0
    while position < len(bare):
        found = _BACK_CHANNEL_PHRASE.match(bare, position)
        if found is None or found.end() == position:
            return False
        position = found.end()
    return True


# A message after a time without AM or PM: "[21:04:33] Priya Shah: …", "9:04 Priya Shah: …".
_TIMED_MESSAGE = re.compile(
    rf"^(?P<open>\[)?(?P<time>{_CLOCK})(?(open)\])\s+(?:[-–]\s+)?{_NAME}:\s+\S"
)
_LINES_LOOKED_AT = 200
_MIN_TIMED_MESSAGES = 3  # "several lines of the same shape": one or two may be a recording's
_HOURS_IN_DAY = 24


def message_times(lines: Iterable[str]) -> bool:
    """Whether a document is a chat export whose messages carry a time without AM or PM
    ("[21:04:33] Priya Shah: …", "9:04 Priya Shah: …"): at least three of its first 200 lines
    with text, and half of them, have that shape, and the times read as times of day, not a
    recording's from its start: the first is not in the recording's first hour ("00:04:12",
    "0:04", "[00:00]") and none is past 23 hours ("48:10" is a recording's minutes). Then
    the name is the message's author and the line, not the time, locates it
    (``author_line(…, clock=True)``). Source: Slack, Teams, Discord and IRC logs exported
    with 24-hour times, against podcast transcripts that open each line with the time."""
    seen = timed = 0
    hours: list[int] = []
    for line in islice((line.strip() for line in lines if line.strip()), _LINES_LOOKED_AT):
        seen += 1
        if not line[:2].lstrip("[")[:1].isdigit():
            continue
        match = _TIMED_MESSAGE.match(line)
        if match is not None:
            timed += 1
            hours.append(int(match.group("time").split(":")[0]))
    if timed < _MIN_TIMED_MESSAGES or timed * 2 < seen:
        return False
    return hours[0] > 0 and max(hours) < _HOURS_IN_DAY


def chat_messages(lines: Iterable[str], *, clock: bool = False) -> Iterator[tuple[str, int, str]]:
    """A chat export's messages, each as (sender, line, words): the words on an author line
    and each line below it, up to the next author line. ``lines`` are numbered from 1; the
    app's notices and lines before the first author line are left out. For the look through
    a whole export before it is read (``chat_exports.introduced_senders``)."""
    sender = ""
    for number, line in enumerate(lines, start=1):
        text = line.strip()
        if not text:
            continue
        found = author_line(text, clock=clock, export=True)
        if found is None:
            if sender:
                yield sender, number, text
            continue
        sender = "" if found.notice or found.to else found.name
        if sender and found.words:
            yield sender, number, found.words
