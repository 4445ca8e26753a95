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
| Discord | ``Priya Shah — Today at 9:02 AM``, ``Priya Shah — 03/12/2025 9:02 AM`` |
| WhatsApp | ``[12/03/2025, 09:14:22] Priya Shah: message``, ``12/03/2025, 09:14 - Priya Shah: …`` |
| Reddit | ``u/quantum_goose · 2.1k points``, ``u/DrAnikaRao_Tokafusion (OP) · 3.4k points`` |

Pure functions, no state; a cheap look at the line's first characters comes before any
pattern, so prose lines cost one or two string tests.
"""

import re
from dataclasses import dataclass

from claims.importing.names import reads_as_name

_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?"
_AM_PM = r"\s*[AaPp]\.?\s?[Mm]\.?"
_DAY = r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
# Names as chat apps show them: a display name or a user name ("tom_b", "Priya Shah").
_NAME = r"(?P<name>[^\s\[\]():,·•|][^\[\]():·•|]{0,58}?)"

_TEAMS = re.compile(
    rf"^\[(?:(?P<day>Today|Yesterday|[A-Z][a-z]{{2,8}}|{_DAY}),?\s+)?{_CLOCK}(?P<ampm>{_AM_PM})?\]"
    rf"\s+{_NAME}\s*$"
)
_WHATSAPP = re.compile(
    rf"^(?:\[{_DAY},?\s+{_CLOCK}(?:{_AM_PM})?\]|{_DAY},?\s+{_CLOCK}(?:{_AM_PM})?\s+[-–])"
    rf"\s+{_NAME}:\s+(?P<words>.*)$"
)
# A WhatsApp notice under the export's time stamp: "[12/03/2025, 09:10:00] Messages and
# calls are end-to-end encrypted. …", "12/03/2025, 09:12 - Tom Becker joined using this
# group's invite link".
_WHATSAPP_NOTICE = re.compile(
    rf"^(?:\[{_DAY},?\s+{_CLOCK}(?:{_AM_PM})?\]|{_DAY},?\s+{_CLOCK}(?:{_AM_PM})?\s+[-–])"
    r"\s+(?P<words>[^:]+)$"
)
_WHATSAPP_NOTICE_WORDS = re.compile(
    r"end-to-end encrypted|\b(?:joined using|created (?:the )?group|added|removed|left|"
    r"changed (?:the )?(?:subject|group|this group)|changed their phone number)\b"
)
_DISCORD = re.compile(
    rf"^{_NAME}\s+[—–-]\s+(?:(?:Today|Yesterday)\s+at\s+|{_DAY},?\s+){_CLOCK}(?:{_AM_PM})?$"
)
_FORUM = re.compile(
    r"^(?:level \d+\s+)?(?P<u>/?u/)?(?P<name>[\w-]{3,30})\s*(?P<op>\((?:OP|op)\))?\s*"
    r"(?:[·•|]\s*)?(?P<score>[\d.,]+k?\s+points?|score hidden|\d+\s*(?:h|hr|hrs|d|mo|y)\.?\s+ago)"
    r"\b.*$"
)
_POST_HEADER = re.compile(
    r"^(?:r/\w+\s*[·•|]?\s*)?(?:[·•|]\s*)?(?:Posted|Submitted)\s+by\s+/?u/(?P<name>[\w-]{3,30})\b"
)
_NOTICE = re.compile(
    r"^(?:(?:has\s+)?(?:joined|left)\s+(?:#[\w-]+|the channel|the group)"
    r"(?:\s+along with \d+ others?)?"
    r"|was added to #[\w-]+.*|set the channel (?:topic|description): .*"
    r"|This message was deleted|You deleted this message|<Media omitted>|‎?image omitted"
    r"|Messages and calls are end-to-end encrypted\b.*"
    r"|replied to a thread: .*|\d+ repl(?:y|ies)(?: Last reply .*)?|View thread"
    r"|(?:\[deleted\]|\[removed\])"
    r")\.?$",
    re.IGNORECASE,
)
_USER_NAME = re.compile(r"^(?=.*[a-z0-9_])[\w.-]{2,32}$")
# The first characters of the notices: a cheap test before the pattern.
_NOTICE_FIRST = frozenset("iIjJlLhHwWsSTtYy<\u200emMrR0123456789vV[")
MAX_NOTICE = 200
_EDITED = re.compile(r"\s*\((?:edited|bearbeitet|modifié)\)$", re.IGNORECASE)


@dataclass(frozen=True)
class AuthorLine:
    """An author line: who wrote the messages below it (``name``), the words of a message
    on the same line (``words``, WhatsApp), whether the author is the thread's original
    poster (``op``, Reddit's "(OP)"), whether ``name`` is a forum handle (``handle``) and
    whether the line is the post's header ("Posted by u/…", ``post``), which opens no
    messages, or the app's own notice under a time stamp (``notice``), nobody's."""

    name: str
    words: str = ""
    op: bool = False
    handle: bool = False
    post: bool = False
    notice: bool = False


def author_line(text: str) -> AuthorLine | None:
    """The author line ``text`` is, or None.

    "[9:02 AM] Priya Shah" → AuthorLine("Priya Shah"); "[12/03/2025, 09:14:22] Priya Shah:
    Rates fall." → AuthorLine("Priya Shah", "Rates fall."); "u/gridwonk · 512 points" →
    AuthorLine("gridwonk", handle=True); "u/DrAnikaRao_Tokafusion (OP) · 3.4k points" →
    AuthorLine("DrAnikaRao_Tokafusion", op=True, handle=True); "r/Futurology · Posted by
    u/DrAnikaRao_Tokafusion · 20 May 2025" → the same with post=True. Source: the copy and export
    formats of Microsoft Teams, Discord, WhatsApp and Reddit (old and new)."""
    first = text[:1]
    match = None
    if first == "[":
        match = _TEAMS.match(text) or _WHATSAPP.match(text) or _app_notice(text)
    elif first.isdigit():
        match = _WHATSAPP.match(text) or _app_notice(text)
    elif "u/" in text[:8] or "point" in text or " ago" in text or "by u/" in text:
        return _forum_author(text)
    elif (" at " in text or "/" in text) and text[-1:] in "MmPp0123456789":
        match = _DISCORD.match(text)
    return None if match is None else _chat_author(match)


def _chat_author(match: re.Match) -> AuthorLine | None:
    if match.re is _WHATSAPP_NOTICE:
        return AuthorLine("", notice=True)
    if match.re is _TEAMS and not (match.group("day") or match.group("ampm")):
        return None  # "[10:04] Ana Ruiz": a recording's time, read as a speaker line elsewhere
    name = match.group("name").strip()
    if not _author_name(name):
        return None
    words = match.groupdict().get("words") or ""
    return AuthorLine(name, words.strip())


def _app_notice(text: str) -> re.Match | None:
    """A WhatsApp export's notice under its time stamp (nobody wrote it), or None."""
    match = _WHATSAPP_NOTICE.match(text)
    if match is None or not _WHATSAPP_NOTICE_WORDS.search(match.group("words")):
        return None
    return match


def _author_name(name: str) -> bool:
    """A display name ("Priya Shah", "Dr. Lena Ortiz") or a user name ("tom_b", "lena.o")."""
    return reads_as_name(name) or _USER_NAME.match(name) is not None


def _forum_author(text: str) -> AuthorLine | None:
    post = _POST_HEADER.match(text)
    if post is not None:  # "r/Futurology · Posted by u/DrAnikaRao_Tokafusion · 20 May 2025"
        return AuthorLine(post.group("name"), op=True, handle=True, post=True)
    match = _FORUM.match(text)
    if match is None or not (match.group("u") or "point" in match.group("score")):
        return None
    return AuthorLine(match.group("name"), op=bool(match.group("op")), handle=True)


def chat_notice(text: str) -> bool:
    """Whether ``text`` is a chat app's own notice, nobody's words: "joined #macro-desk along
    with 2 others", "This message was deleted", "<Media omitted>", "replied to a thread: …"."""
    if len(text) > MAX_NOTICE or text[:1] not in _NOTICE_FIRST:
        return False
    return _NOTICE.match(text) is not None


def without_edit_mark(text: str) -> str:
    """A message without the app's "(edited)" at its end."""
    if not text.endswith(")"):
        return text
    return _EDITED.sub("", text)
