"""Twitch chat logs as TwitchDownloader's text export writes them, read as notes (``shaped``).

The layout (TwitchDownloader's "Chat Text" export, GUI or CLI): one message a line, the
sender's display name and a colon before it, stamped one of three ways or not at all:
"[0:14:07] pixel_owl: words" (relative to the stream's start, "[25:01:07]" past a day),
"[2026-03-04 19:02:11 UTC] pixel_owl: words" (UTC, ".fff" milliseconds in the full form),
or not at all ("pixel_owl: words", which is left to the notes reader: it cannot be told
from notes' own "Name: words"). A curator often keeps a few lines above the log ("TwitchDownloader
v1.55 — Chat Text Export", "Channel: …", "VOD: …", "Streamed: …") and a note below it ("—
End of export excerpt —"). Some copies put the sender's badges before the name
("[Moderator] tern_x:", "(subscriber/12) tern_x:"); a "[Broadcaster]" badge marks the
channel's own account.

A message is its sender's. A sender is an account's handle, not a name: it is written "@handle"
with a remark asking who it is (as an @handle on X or Mastodon is read, ``notes_forums``);
only the channel's own account is read as a person, and only when the lines above the log
say whose the channel is ("Channel: lenaforcouncil" and "Broadcaster: Lena Ortiz"), with a
remark saying so. No claims: the lines above and below the log, the bots' messages (Nightbot,
StreamElements, Streamlabs, Moobot, Fossabot, "…bot"), chat commands ("!schedule"), the
subscription and cheer notices, and messages of emotes alone ("PogChamp", "KEKW KEKW").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import islice

from claims.importing.names import reads_as_name
from claims.importing.notes_forums import ACCOUNT_NOTE
from claims.importing.shaped import Reshaped, cued

_OPENING = 8  # lines above the log a curator keeps
_MIN_MESSAGES = 3
_SHARE = 0.6  # of the non-blank lines below the header, how many must be messages
# Twitch display names: letters, digits and underscores (4-25, a few older ones shorter),
# or a localised name of word characters.
_SENDER = r"(?P<sender>\w{2,25})"
_BADGE = (
    r"(?:broadcaster|moderator|mod|vip|subscriber|sub|founder|verified|staff|partner|"
    r"turbo|prime|premium|artist|bits|sub-gifter|no_audio|no_video)(?:/\d+)?"
)
_BADGES = rf"(?:[\[(](?:{_BADGE})(?:\s*,\s*(?:{_BADGE}))*[\])]\s*)*"
_STAMP = r"\[(?:\d{1,3}:\d{2}:\d{2}|\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{3})? UTC)\]\s+"
_MESSAGE = re.compile(rf"^{_STAMP}(?P<badges>{_BADGES}){_SENDER}:\s(?P<words>.*)$", re.I)
# A sign the log is Twitch's: the exporter, the site, its metadata in the lines above.
_TWITCH = re.compile(
    r"\bTwitch(?:Downloader)?\b|twitch\.tv/|^(?:VOD|Channel|Broadcaster(?: display name)?|"
    r"Streamer)\s*:",
    re.IGNORECASE,
)
_CHANNEL = re.compile(r"(?:^|\s)Channel\s*:\s*(?:twitch\.tv/)?@?(?P<handle>\w{2,25})\b", re.I)
_OWNER = re.compile(
    r"^(?:Broadcaster|Streamer|Channel owner)(?:\s+(?:display\s+)?name)?\s*:\s*(?P<name>[^|,(—–]+)",
    re.IGNORECASE,
)
_BOTS = frozenset(
    ("nightbot", "streamelements", "streamlabs", "moobot", "fossabot", "wizebot", "botrix")
)
_BOT_NAME = re.compile(r"(?:_bot|bot_?\d*|Bot)$")
# Subscriptions, gifts, cheers and raids, as the bots and Twitch's notices word them.
_NOTICE = re.compile(
    r"\b(?:just\s+)?(?:re)?subscribed\b|\bsubscribed (?:at|with) (?:Tier|Prime)|"
    r"\bgift(?:ed|ing)\s+(?:a\s+|\d+\s+)?(?:Tier\s+\d\s+)?subs?\b|\bis raiding\b|"
    r"\braided the channel\b|^(?:cheer|bitboss|corgo|kappa)\d+\b",
    re.IGNORECASE,
)
# Emotes: Twitch's global and the common third-party ones; a camel-cased single word
# ("PogChamp", "monkaS", "FeelsBadMan") reads as one too.
_EMOTES = frozenset(
    [
        "kappa",
        "keepo",
        "lul",
        "kekw",
        "omegalul",
        "pog",
        "pogu",
        "poggers",
        "pogchamp",
        "kreygasm",
        "biblethump",
        "residentsleeper",
        "seemsgood",
        "notlikethis",
        "wutface",
        "heyguys",
        "4head",
        "jebaited",
        "sadge",
        "copium",
        "pepehands",
        "pepega",
        "monkas",
        "ez",
        "clap",
        "lulw",
        "kekl",
        "hypers",
        "catjam",
        "modcheck",
        "o7",
        "gg",
        "w",
        "l",
        "f",
        "lol",
        "lmao",
        "lmfao",
        "rofl",
        "xd",
    ]
)
# Chat's questions without their mark ("will it pass tho", "maya whats the deal with …"),
# a name or "@handle" before them allowed, and the streamer stepping away ("brb in 5").
_ASKED = re.compile(
    r"^(?:@?\w+,?\s+)?(?:(?:what(?:'?s)?|whats|how|why|when|who|where|which)\s+\w+"
    r"|(?:will|is|are|does|do|did|can|could|would|should)\s+"
    r"(?:it|he|she|they|you|u|we|this|that|the|there|ur|your)\b)[^.!?]*$",
    re.IGNORECASE,
)
_AWAY = re.compile(r"\b(?:brb|afk|be right back)\b", re.IGNORECASE)
# Chat's own chatter, a whole sentence of it: "clip it chat", "holding you to that",
# "hi chat", "bold", "based".
_CHATTER = re.compile(
    r"^(?:clip (?:it|that|this)|holding (?:you|u|her|him) to (?:it|that)|"
    r"(?:hi|hey|hello|yo|gn|bye|ok|okay) (?:chat|everyone|all|y'?all|mods)|"
    r"first|based|bold|ratio|true|real|facts|same|wow|nice|damn|yikes|oof|w|l|"
    r"(?:big|huge) (?:w|l)|w (?:take|streamer)|l take)(?: chat)?$",
    re.IGNORECASE,
)
_CHAT_SENTENCE = re.compile(r"[.!?,]+\s*")
_CAMEL = re.compile(r"^[A-Za-z]+[a-z][A-Z][A-Za-z]*$|^[a-z]+[A-Z]+$")
_NOT_WORD = re.compile(r"^[\W_]+$")


@dataclass
class _Log:
    """What the lines above the log say: the channel's handle and its owner's name."""

    channel: str = ""
    owner: str = ""
    owner_line: int = 0
    people: set[str] = field(default_factory=set)


def message(line: str) -> re.Match[str] | None:
    """A stamped TwitchDownloader message line ("[0:14:07] pixel_owl: words"), or None."""
    return _MESSAGE.match(line.strip()) if "]" in line else None


def _twitch_log(lines: Sequence[str]) -> bool:
    """Whether ``lines`` are a Twitch chat log: enough stamped messages, most of the lines
    below the first one, and a sign of Twitch (the exporter or the channel named above the
    log, or a Twitch bot among the senders)."""
    first = next((i for i, line in enumerate(lines) if message(line)), None)
    if first is None or first > _OPENING * 2:
        return False
    body = [line.strip() for line in lines[first:] if line.strip()]
    found = [m for m in (message(line) for line in body) if m]
    if len(found) < _MIN_MESSAGES or len(found) < _SHARE * len(body):
        return False
    above = [line.strip() for line in lines[:first] if line.strip()]
    return any(_TWITCH.search(line) for line in above) or any(
        m.group("sender").lower() in _BOTS for m in found
    )


def _header(lines: Sequence[str]) -> _Log:
    """The channel's handle and, when the lines above the log give it, its owner's name."""
    log = _Log()
    for number, raw in enumerate(islice(lines, _OPENING), start=1):
        line = raw.strip()
        if message(line):
            break
        channel = _CHANNEL.search(line)
        if channel and not log.channel:
            log.channel = channel.group("handle")
        owner = _OWNER.match(line)
        if owner and reads_as_name(owner.group("name").strip()):
            log.owner, log.owner_line = owner.group("name").strip(), number
    return log


def bot(sender: str) -> bool:
    """Whether a sender is a chat bot: Nightbot, StreamElements, "…_bot", "ModBot"."""
    return sender.lower() in _BOTS or _BOT_NAME.search(sender) is not None


def no_words(text: str) -> bool:
    """Whether a message says nothing a claim could be: a chat command ("!rules"), a
    subscription, gift, cheer or raid notice, a question without its mark ("will it pass
    tho"), the streamer stepping away ("brb in 5"), chat's chatter ("clip it chat", "bold.
    holding you to that"), or emotes and marks alone ("PogChamp",
    "KEKW KEKW", "🎉")."""
    text = text.strip()
    if not text or text.startswith("!") or _NOTICE.search(text) or _AWAY.search(text):
        return True
    if _ASKED.match(text):
        return True
    sentences = [part.strip() for part in _CHAT_SENTENCE.split(text) if part.strip()]
    if all(_CHATTER.match(sentence) for sentence in sentences):
        return True
    tokens = text.split()
    return all(
        token.lower() in _EMOTES or _CAMEL.match(token) or _NOT_WORD.match(token)
        for token in tokens
    )


def _speaker(found: re.Match[str], log: _Log, number: int, notes: dict[int, str]) -> str:
    """Who a message is by: the channel's owner for the channel's account (the "Channel:"
    line's handle, or the sender a "[Broadcaster]" badge marks) when the lines above the log
    name them, else the sender's "@handle", with a remark either way."""
    sender = found.group("sender")
    channel = log.channel.lower() == sender.lower() if log.channel else False
    badged = not log.channel and "broadcaster" in found.group("badges").lower()
    if log.owner and (channel or badged):
        notes[number] = (
            f"“{sender}” is taken as {log.owner}: the lines above the log (line "
            f"{log.owner_line}) name the channel's owner so"
        )
        log.people.add(log.owner)
        return log.owner
    handle = f"@{sender}"
    notes[number] = ACCOUNT_NOTE.format(handle=handle)
    log.people.add(handle)
    return handle


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """A Twitch chat log's lines as notes (``shaped``), or None when the document is none.

    Shape: as many lines as given; each person's message "@handle: words" (the channel's
    owner by name when the lines above the log give it); the lines above and below the
    log, bots' messages, commands, notices and emote-only messages blank. Source of the
    layout: TwitchDownloader's chat text export (relative or UTC timestamps)."""
    if not _twitch_log(lines):
        return None
    log = _header(lines)
    notes: dict[int, str] = {}
    out: list[str] = []
    for number, line in enumerate(lines, start=1):
        found = message(line)
        if found is None or bot(found.group("sender")) or no_words(found.group("words")):
            out.append("")
            continue
        speaker = _speaker(found, log, number, notes)
        out.append(cued(speaker, found.group("words")))
    return Reshaped.of(out, log.people, notes)
