"""A chat channel's log as an IRC client, a bouncer or a Matrix bridge saves it.

The layout (irssi, HexChat, ZNC, WeeChat exports; a MeetBot meeting's raw log)::

    --- Log opened Wed Apr 22 13:58:41 2026
    [13:58] * Topic for #ferngrid-meeting is: … | kvasquez = Karla Vasquez (lead), …
    [13:59] * tobiasr (~tobias@fg/core/tobiasr) has joined #ferngrid-meeting
    [14:01] <kvasquez> #startmeeting ferngrid-weekly
    [14:04] <kvasquez> I expect we tag v2.0 by the end of June.
    [14:07] <tobiasr> #info decomposition branch: the benchmark went from 71 min to 24 min
    [14:16] * kvasquez is now known as kvasquez|away
    2026-04-22 14:19:02 <@grid_gremlin> calling it now: …

A message ("[time] <nick> words", the nick perhaps marked as an operator "@" or voiced "+")
is cued by the name the log gives the nick: in the channel's topic or anywhere as "nick =
Full Name", or in a MeetBot's list of who was there ("* Karla Vasquez (kvasquez)"); a nick
changed for a while ("kvasquez|away", "kvasquez_") is the same person. A nick the log names
nobody for is cued as written, a handle the curator is asked about. The client's and the
server's lines (joins, parts, quits, modes, topics, nick changes, "/me" actions), a bot's
messages, the meeting bot's commands ("#startmeeting", "#topic", "#action", "#link") and
the meeting's decisions ("#agreed", the meeting's, not the typist's) and the minutes a
meeting bot prints after the meeting ends are left blank; "#info" keeps its words, said by
whoever typed them. A document is read so only when
three lines or more are messages, of two nicks or more. Source of the layout: the log
formats of irssi, HexChat, ZNC and WeeChat, and MeetBot (the Debian, OpenStack and Ubuntu
meeting bots).
"""

import re
from collections.abc import Sequence

from claims.importing.names import reads_as_name
from claims.importing.shaped import Reshaped, cued

_TIME = r"(?:\[?(?:\d{4}-\d\d-\d\d[ T])?\d{1,2}:\d\d(?::\d\d)?\]?\s+)"
_NICK = r"[A-Za-z_\[\]\\`^{}|][\w\[\]\\`^{}|-]{0,31}"
_MESSAGE = re.compile(rf"^\s*{_TIME}?<\s*[@+%~&]?(?P<nick>{_NICK})\s*>\s?(?P<words>\S.*)$")
# The client's and the server's own lines.
_CLIENT = re.compile(
    rf"^\s*(?:{_TIME}?(?:\*{{1,3}}|-!-|<--|-->|--|—)\s|---\s+(?:Log|Day)\b|{_TIME}?\*\s*$)"
)
_GIVEN = re.compile(
    rf"(?<![\w@])(?P<nick>{_NICK})\s*(?:=|:=|→|->)\s*"
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+(?:de|van|von|der|da|di|le|la)?\s*[A-ZÀ-Þ][\w'’-]+){1,3})"
)
_PRESENT = re.compile(
    rf"^\s*[*-]\s+(?P<name>[A-ZÀ-Þ][^()\n]{{2,60}}?)\s+\((?P<nick>{_NICK})\)(?:\s*\(\d+\))?\s*$"
)
_BOT = re.compile(r"(?i)bot\b|bot$|serv$|^(?:meetbot|zodbot|openstack|supybot|limnoria)")
_SILENT_COMMANDS = re.compile(
    r"^#(?:startmeeting|endmeeting|topic|action|link|chair|unchair|help|idea|undo|nick|agreed|agree"
    r"|meetingname|accepted|rejected|save|lurk|unlurk)\b",
    re.IGNORECASE,
)
_SAID_COMMANDS = re.compile(r"^#info\b\s*", re.IGNORECASE)
# Where a meeting bot's minutes begin, after the meeting.
_MINUTES = re.compile(
    r"^\s*(?:Meeting (?:ended|summary)\b|Minutes:|Minutes \(text\)|Action items, by person"
    r"|People present)",
    re.IGNORECASE,
)
_AWAY = re.compile(r"(?:\|\w*|[-_](?:away|afk|brb|lunch|zzz|mobile|phone|work)|[_^`]+)$", re.I)
_STAMP = re.compile(r"^\s*\[?(?:\d{4}-\d\d-\d\d[ T])?(?P<time>\d{1,2}:\d\d)(?::\d\d)?\]?\s")
_MIN_MESSAGES = 3
_MIN_NICKS = 2
UNNAMED = "the log names nobody for the nick “{nick}”: who is it?"


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """A channel's log as notes (``shaped``), or None when it is none.

    Shape: as many lines as given; each message cued by its nick's name (the module's
    docstring), the client's and bots' lines and the meeting bot's commands and minutes
    blank."""
    messages = {index: m for index, line in enumerate(lines) if (m := _MESSAGE.match(line))}
    if len(messages) < _MIN_MESSAGES:
        return None
    nicks = {_base(m["nick"]) for m in messages.values()}
    if len(nicks) < _MIN_NICKS:
        return None
    names = _names(lines)
    out = list(lines)
    notes: dict[int, str] = {}
    speakers: set[str] = set()
    first = min(messages)
    # The meeting bot's minutes, from where they begin after the meeting to the end.
    minutes = next(
        (i for i in range(first + 1, len(lines)) if _MINUTES.match(lines[i])), len(lines)
    )
    for index, line in enumerate(lines):
        if index >= minutes or _CLIENT.match(line):
            out[index] = ""
            continue
        message = messages.get(index)
        if message is None:
            continue
        nick, words = message["nick"], message["words"].strip()
        if _BOT.search(nick) or _SILENT_COMMANDS.match(words):
            out[index] = ""
            continue
        words = _SAID_COMMANDS.sub("", words)
        name = names.get(_base(nick), "")
        if not name:
            notes[index + 1] = UNNAMED.format(nick=_base(nick))
        stamp = _STAMP.match(line)
        # Each message its own turn, at its time, as a chat's lines are read.
        out[index] = f"{stamp['time']} " * bool(stamp) + cued(
            name or _base(nick), _named(words, names)
        )
        speakers.add(name or _base(nick))
    return Reshaped.of(out, speakers, notes=notes)


def _base(nick: str) -> str:
    """A nick without what marks it changed for a while: "kvasquez" of "kvasquez|away",
    "kvasquez_", "kvasquez^", "kvasquez-afk"."""
    base = _AWAY.sub("", nick)
    return (base if len(base) > 1 else nick).lower()


def _names(lines: Sequence[str]) -> dict[str, str]:
    """Nick (``_base``) → the full name the log gives it ("kvasquez = Karla Vasquez",
    "* Karla Vasquez (kvasquez)"); a nick named two ways is named neither."""
    found: dict[str, set[str]] = {}
    for line in lines:
        for match in _GIVEN.finditer(line):
            if reads_as_name(match["name"]):
                found.setdefault(_base(match["nick"]), set()).add(match["name"].strip())
        present = _PRESENT.match(line)
        if present and reads_as_name(present["name"].strip()):
            found.setdefault(_base(present["nick"]), set()).add(present["name"].strip())
    return {nick: next(iter(names)) for nick, names in found.items() if len(names) == 1}


def _named(words: str, names: dict[str, str]) -> str:
    """``words`` with a nick addressed at their start ("tobiasr: …") as its name."""
    found = re.match(rf"^(?P<nick>{_NICK})[:,]\s+", words)
    if found and _base(found["nick"]) in names:
        return f"{names[_base(found['nick'])]}, {words[found.end() :]}"
    return words
