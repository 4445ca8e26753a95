"""Chat exports read whole: whether a document is one, who a sender shown by a phone number
or a device's name is, and the messages that are nobody's claim (a poll, a private message).

A chat app names a sender as the phone saved them: a contact's name, or the number itself
("+44 7700 900481") when the exporter never saved it; a video call names the device someone
joined from ("iPad (2)", "Galaxy S21", "Zoom user"). Such a sender often says who they are
("Hi all it's Kofi Mensah", "this is Bernie Cole from Millbrook Residents"): their messages
are that person's, with a remark, never silently (``introduced_senders``). A sender who never
says stays as shown, with a remark asking who it is (``UNNAMED_SENDER``).

Shapes read, as the apps save them (the author lines themselves are ``chats.author_line``'s):

| app | message |
| --- | --- |
| WhatsApp | ``17/10/2026, 08:05 - Gary Lund: text``, ``10/17/26, 8:05 AM - Gary Lund: text``, |
| | ``[17/10/2026, 08:05:12] Gary Lund: text``; a "POLL:" with its question and "OPTION:" |
| | lines |
| Zoom (saved chat) | ``18:01:47 From Dan Whitfield to Everyone:`` and the message on the next |
| | lines, indented; ``18:01:47	 From  Dan Whitfield : text`` (older); a direct |
| | message ``… to Dan Whitfield(Direct Message):``, ``… to Me (Privately):`` |

A message's horizon is counted from the day its stamp gives ("17/10/2026, 08:05"), not from
the date of the export's one source: "I'll get the rest to the town hall by Friday" sent on
Sunday 18 October 2026 is due on Friday 23 October, with a remark (``counted_from_message``)
only when the source's day would give another deadline ("counted from the message of 18
October 2026"). The same holds in every chat whose author lines stamp the full date
(``chats.author_day``).

Pure functions, no state; a cheap look at a line's first characters comes before a pattern.
"""

import datetime
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice

from claims.horizons import HorizonKind
from claims.importing.chat_days import day_first  # noqa: F401 (read from here too)
from claims.importing.horizon_readings import read_horizon
from claims.importing.names import LABEL_WORDS, names_same_person, reads_as_name

# ---- Senders the app shows by a number or a device.

# "+44 7700 900481", "+1 (555) 010-2030", "07700 900481": a number as WhatsApp shows an
# unsaved contact.
_PHONE = re.compile(r"^\+?\d[\d\s\u00a0\u202f().-]{5,20}\d$")
# A device's or an app's own name for whoever joined from it: "iPad (2)", "iPhone", "Jen's
# iPhone", "Galaxy S21", "Zoom user", "DESKTOP-4KQ2M1B", "Call-in user_3", "Guest 12".
_DEVICE = re.compile(
    r"^(?:[\w’'-]+['’]s\s+)?(?:iPad|iPhone|iPod|Android|Galaxy|Samsung|Pixel|Huawei|Xiaomi"
    r"|Redmi|OnePlus|MacBook(?:\s+(?:Air|Pro))?|Chromebook|Zoom\s+user|Call-in\s+user"
    r"|Phone\s+user|Guest|Participant|User|DESKTOP-|LAPTOP-)(?![a-z])"
    r"[\w\s.-]{0,20}(?:\s*\(\d{1,2}\))?$",
    re.IGNORECASE,
)
_DEVICE_FIRST = frozenset("iIaAgGsSpPhHxXrRoOmMcCzZuUdDlL")


def unnamed_sender(name: str) -> bool:
    """Whether a chat's sender is shown by a phone number or a device's name, not a person's:
    "+44 7700 900481", "iPad (2)", "Jen's iPhone", "Zoom user", "DESKTOP-4KQ2M1B" are;
    "Gary Lund", "Jen", "Mum 💐" are not. Source: WhatsApp exports (an unsaved contact) and
    Zoom's and Teams' saved chats (a participant joined from a device)."""
    first = name[:1]
    if first == "+" or first.isdigit():
        return _PHONE.match(name) is not None
    if first not in _DEVICE_FIRST and "'" not in name and "’" not in name:
        return False
    return _DEVICE.match(name) is not None


# "it's Kofi Mensah", "this is Bernie Cole from …", "I'm Kofi", "my name is Kofi Mensah",
# "Kofi Mensah here": a sender saying who they are.
_NAME_WORDS = r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,2})"
_INTRODUCTION = re.compile(
    rf"(?:^|\b)(?:[Ii]t['’]s|[Ii]ts|[Tt]his\s+is|[Ii]['’]m|[Ii]\s+am|[Mm]y\s+name['’]?s"
    rf"|[Mm]y\s+name\s+is|[Nn]ame['’]s)\s+{_NAME_WORDS}"
)
_HERE = re.compile(
    rf"(?:^|[.!,]\s+|\b(?:[Hh]i|[Hh]ello|[Hh]ey)(?:\s+all)?,?\s+){_NAME_WORDS}\s+here\b"
)
_INTRODUCTION_WORDS = ("it", "It", "this", "This", "I'm", "I’m", "I am", "name", "Name", "here")
MAX_INTRODUCTION = 300


def self_introduction(words: str) -> str:
    """The name a message's writer gives as theirs, or "": "Hi all it's Kofi Mensah, Sophie
    added me" → "Kofi Mensah"; "sorry cant get my camera on. this is Bernie Cole from
    Millbrook Residents" → "Bernie Cole"; "Kofi here" → "Kofi"; "It's raining" → "". Only
    a person's name counts (``names.reads_as_name``, or a first name alone)."""
    if len(words) > MAX_INTRODUCTION or not any(w in words for w in _INTRODUCTION_WORDS):
        return ""
    for pattern in (_INTRODUCTION, _HERE):
        for match in pattern.finditer(words):
            name = _person(match.group("name"))
            if name:
                return name
    return ""


def _person(name: str) -> str:
    """The longest start of ``name`` that is a person's ("Bernie Cole From" → "Bernie Cole")."""
    words = name.split()
    for size in range(len(words), 0, -1):
        candidate = " ".join(words[:size])
        if (size > 1 and reads_as_name(candidate)) or (size == 1 and _first_name(candidate)):
            return candidate
    return ""


def _first_name(word: str) -> bool:
    """ "Kofi": one capitalised word that is no label's ("Update", "Energy")."""
    low = word.lower()
    return word.isalpha() and word.istitle() and low not in LABEL_WORDS and low not in _NOT_NAMES


# Capitalised words after "it's" or "I'm" that name no one: "it's Friday", "I'm Back".
_NOT_NAMES = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "christmas",
        "easter",
        "me",
        "not",
        "ok",
        "okay",
        "good",
        "great",
        "fine",
        "true",
        "back",
        "here",
        "there",
        "done",
        "sorry",
        "happy",
        "glad",
        "so",
        "just",
        "also",
        "still",
    ]
)


UNNAMED_SENDER = (
    "“{sender}” is a phone number or a device's name, not a person's: map it to who wrote"
)
INTRODUCED_SENDER = (
    "“{sender}” is taken as {name}, who said so on line {line} (“{words}”): map “{sender}”"
    " to someone else if not"
)


INTRODUCED_BY = (
    "“{sender}” is taken as {name}, whom {by} introduced on line {line} after adding the"
    " number (“{words}”): map “{sender}” to someone else if not"
)


@dataclass(frozen=True)
class Introduced:
    """Who an unnamed sender said they were (``name``), on which line, in which words; or,
    ``by`` someone else, who the member who added their number said they were."""

    name: str
    line: int
    words: str
    by: str = ""

    def remark(self, sender: str) -> str:
        words = self.words if len(self.words) <= 60 else self.words[:57] + "…"
        told = INTRODUCED_BY if self.by else INTRODUCED_SENDER
        return told.format(sender=sender, name=self.name, line=self.line, words=words, by=self.by)


# WhatsApp's notice of a number added to a group: "12/03/2026, 08:41 - Tom Achebe added +44
# 7700 900461".
_ADDED = re.compile(r"(?P<by>[^:]+?)\s+added\s+(?P<number>\+?\d[\d\s\u00a0\u202f().-]{5,20}\d)\s*$")
_INTRODUCING_LOOK = 3  # messages after the notice in which the adder says who it is


def added_numbers(lines: Iterable[str]) -> list[tuple[int, str, str]]:
    """The numbers a member added to a group, each ``(line, by, number)``, from the
    export's notices: "Tom Achebe added +44 7700 900461" → (12, "Tom Achebe", "+44 7700
    900461"). Lines are numbered from 1."""
    found = []
    for number, line in enumerate(lines, start=1):
        stamp = WHATSAPP_STAMP.match(line.strip()) if " added " in line else None
        if stamp and (notice := _ADDED.fullmatch(line.strip()[stamp.end() :])):
            found.append((number, notice["by"].strip(), notice["number"]))
    return found


def _introduced_by(
    messages: Sequence[tuple[str, int, str]], added: Sequence[tuple[int, str, str]]
) -> dict[str, Introduced]:
    """Who each added number is, as the member who added it says in one of the next
    messages ("Welcome Ines! Everyone, this is Ines Calder, she's on the Treasury side"):
    a full name another member's message introduces (``self_introduction`` of words that
    are not the writer's own name), the number's sender → ``Introduced`` with ``by``."""
    found: dict[str, Introduced] = {}
    for at, by, number in added:
        later = [m for m in messages if m[1] > at][:_INTRODUCING_LOOK]
        for sender, line, words in later:
            if sender != by:
                continue
            name = self_introduction(words)
            if " " in name and not names_same_person(name, sender):
                said = next((part for part in sentences(words) if name in part), words)
                found[number] = Introduced(name, line, said.strip(), by=by)
                break
    return found


def introduced_senders(
    messages: Iterable[tuple[str, int, str]], added: Sequence[tuple[int, str, str]] = ()
) -> dict[str, Introduced]:
    """Who each sender shown by a number or a device said they were: from ``messages``, each
    (sender, line, words), the first self-introduction of each unnamed sender
    (``self_introduction``) → {"+44 7700 900481": Introduced("Kofi Mensah", 7, "Hi all it's
    Kofi Mensah")}; failing that, who the member who added the number (``added``,
    ``added_numbers``) said it was. Senders who never say are left out."""
    messages = list(messages)
    found: dict[str, Introduced] = {}
    for sender, line, words in messages:
        if sender in found or not unnamed_sender(sender):
            continue
        name = self_introduction(words)
        if name:  # the remark quotes the sentence that says it
            said = next((part for part in sentences(words) if name in part), words)
            found[sender] = Introduced(name, line, said.strip())
    for number, introduced in _introduced_by(messages, added).items():
        found.setdefault(number, introduced)
    return found


# ---- Whether a document is a chat export: several lines of the apps' shapes.

_DAY = r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?(?:[\s\u202f]?[AaPp]\.?[Mm]\.?)?"
# "17/10/2026, 08:05 - ", "[17/10/2026, 08:05:12] ", "10/17/26, 8:05\u202fAM - ".
WHATSAPP_STAMP = re.compile(rf"^(?:\[{_DAY},?\s+{_CLOCK}\]\s|{_DAY},?\s+{_CLOCK}\s+[-–]\s)")
# "18:01:47 From Dan Whitfield to Everyone:", "18:01:47\t From  Dan Whitfield : text": the
# time with its seconds, as Zoom writes it (an itinerary's "09:15 From King's Cross to
# Edinburgh:" is none).
_ZOOM = re.compile(
    r"^(?P<time>\d{1,2}:\d{2}:\d{2}(?:[\s\u202f]?[AaPp]\.?[Mm]\.?)?)\s+From\s+(?P<sender>.+?)"
    r"(?:\s+to\s+(?P<to>.+?))?\s*:(?:\s+(?P<words>.*))?$"
)
_LINES_LOOKED_AT = 200
_MIN_MESSAGES = 3
_PUBLIC = re.compile(
    r"^(?:Everyone|All\s+(?:Panelists|Attendees|Panelists\s+and\s+Attendees)"
    r"|Hosts?\s+and\s+[Pp]anelists|Everyone\s+\(in\s+Waiting\s+Room\))$",
    re.IGNORECASE,
)
_PRIVATE_MARK = re.compile(r"\s*\((?:Direct\s+Message|Privately|Private)\)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class ZoomLine:
    """A Zoom saved chat's message line: its sender, its words on the line (the older form)
    and, for a direct message, who it went to (``to``, "" when sent to everyone)."""

    sender: str
    words: str = ""
    to: str = ""


def zoom_line(text: str) -> ZoomLine | None:
    """A Zoom saved chat's message line, or None: "18:01:47 From Dan Whitfield (Riverside
    Council) to Everyone:" → ZoomLine("Dan Whitfield (Riverside Council)"); "18:18:20 From
    Priya Shah to Dan Whitfield(Direct Message):" → ZoomLine("Priya Shah", to="Dan
    Whitfield"); "18:01:47\t From  Greg H : text" → ZoomLine("Greg H", "text"). Source: the
    chat files Zoom saves (meetings and webinars), new and older layouts."""
    if "From" not in text[:16] or not text[:1].isdigit():
        return None
    match = _ZOOM.match(text)
    if match is None:
        return None
    sender = " ".join(match.group("sender").split())
    to = " ".join((match.group("to") or "").split())
    words = (match.group("words") or "").strip()
    private = _PRIVATE_MARK.search(to) or words.startswith("(Privately)")
    to = _PRIVATE_MARK.sub("", to)
    words = words.removeprefix("(Privately)").strip()
    if sender == "Me" or private or (to and _PUBLIC.match(to) is None):
        return ZoomLine(sender, words, to=to or "Me")
    return ZoomLine(sender, words)


def chat_export(lines: Sequence[str]) -> bool:
    """Whether a document is a WhatsApp export or a Zoom saved chat: at least three of its
    first 200 lines with text, and a quarter of them, open with the app's stamp
    (``WHATSAPP_STAMP``, ``zoom_line``). A notes line that happens to open with a date and a
    dash ("17/10/2026, 08:05 - Call with Gary Lund: …") makes no export on its own."""
    seen = stamped = 0
    for line in islice((line for line in lines if line.strip()), _LINES_LOOKED_AT):
        seen += 1
        if line[:2].lstrip("[")[:1].isdigit() and _stamped(line.strip()):
            stamped += 1
    return stamped >= _MIN_MESSAGES and stamped * 4 >= seen


@lru_cache(maxsize=4096)
def _stamped(line: str) -> bool:
    return WHATSAPP_STAMP.match(line) is not None or zoom_line(line) is not None


# ---- Messages that are nobody's claim.

POLL = "a poll: its question and options are no one's claim"
PRIVATE = "a direct message to {to}, not said to everyone: no claim"
_POLL_LINE = re.compile(r"^(?:POLL|OPTION):", re.IGNORECASE)


def poll_start(words: str) -> bool:
    """Whether a WhatsApp message opens a poll ("POLL:"): the lines below it, its question
    and its "OPTION: Morning (4 votes)" lines, are the poll's, up to the next message."""
    return words[:5].upper() == "POLL:" and _POLL_LINE.match(words) is not None


# ---- A message's parts: an emoji ends a sentence; a self-introduction is no claim.

INTRODUCTION = "the sender says who they are: no claim"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def without_introduction(words: str, name: str) -> tuple[str, str]:
    """A message cut after the sentence in which its writer says who they are: (what leads to
    it and the sentence, the rest). "Hi all it's Kofi Mensah, Sophie added me. Can do
    mornings" with "Kofi Mensah" → ("Hi all it's Kofi Mensah, Sophie added me.", "Can do
    mornings"); the greeting or the apology before it is no claim either ("sorry cant get my
    camera on. this is Bernie Cole …"). ("", words) when the name is not in the words."""
    at = words.find(name)
    if at < 0:
        return "", words
    end = _SENTENCE_END.search(words, at + len(name))
    if end is None:
        return words, ""
    return words[: end.start()], words[end.end() :]


def _emoji(char: str) -> bool:
    return unicodedata.category(char) == "So" or char in "\ufe0f\u200d"


def message_parts(words: str) -> list[str]:
    """A chat message cut where an emoji ends a sentence and the next starts with a capital:
    "Don't jinx it 😂 Turnout at the last three by-elections was under 30%" → ["Don't jinx
    it 😂", "Turnout at the last three by-elections was under 30%"]. Emoji inside a sentence
    ("the new leaflets 👆 thoughts??", "Morning all! 👋") cut nothing. Source: how people
    write in WhatsApp, Zoom and Slack chats, an emoji in place of the full stop."""
    if words.isascii():
        return [words]
    parts, start, index = [], 0, 0
    while index < len(words):
        if not _emoji(words[index]):
            index += 1
            continue
        end = index
        while end < len(words) and (_emoji(words[end]) or unicodedata.category(words[end]) == "Sk"):
            end += 1
        rest = words[end:]
        if rest[:1] == " " and rest[1:2].isupper() and words[start:index].strip():
            parts.append(words[start:end].strip())
            start = end
        index = end
    parts.append(words[start:].strip())
    return [part for part in parts if part]


# Zoom's reactions and replies in its saved chat: "Reacted to "Honestly this plan r..." with
# 👍", "Removed a 👍 reaction from "…"", "Replying to "…"".
_ZOOM_NOTICE = re.compile(
    r"^(?:Reacted\s+to\s+[\"“'‘].*[\"”'’]\s+with\s+\S.{0,19}"
    r"|Removed\s+a\s+\S{1,12}\s+reaction\s+from\s+[\"“'‘].*"
    r"|Replying\s+to\s+[\"“'‘].*[\"”'’])$"
)


def zoom_notice(text: str) -> bool:
    """Whether a line is Zoom's notice of a reaction or a reply in its saved chat ("Reacted to
    "Honestly this plan r..." with 👍"): nobody's words."""
    return text[:1] == "R" and text[:3] in ("Rea", "Rem", "Rep") and bool(_ZOOM_NOTICE.match(text))


# ---- The day a message was sent: its horizon is counted from it, not from the export's date.

_STAMP_DAY = re.compile(r"^\[?(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4}),?\s+\d{1,2}:\d{2}")


def message_day(text: str, first: bool | None) -> datetime.date | None:
    """The day a WhatsApp message line was sent, read day first or month first (``day_first``),
    or None (no stamp, an order no stamp tells, no such day): "17/10/2026, 08:05 - …" → 17
    October 2026; "[10/17/26, 8:05 AM] …" month first → 17 October 2026."""
    if first is None or not text[:2].lstrip("[")[:1].isdigit():
        return None
    match = _STAMP_DAY.match(text)
    if match is None:
        return None
    one, two, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
    day, month = (one, two) if first else (two, one)
    try:
        return datetime.date(year + 2000 if year < 100 else year, month, day)
    except ValueError:
        return None


COUNTED_FROM_MESSAGE = (
    "“{phrase}” counted from the message of {sent}, not from the source's date ({said_on},"
    " which would give {other})"
)


def horizon_day(statement, said_on: datetime.date) -> datetime.date:  # (Statement, date)
    """The day a statement's horizon is counted from: the day its chat message was sent
    (``Statement.said_on``, read from the message's stamp) when it has one, else ``said_on``,
    its source's date. "I'll get the rest to the town hall by Friday" sent on Sunday 18
    October 2026 is due on Friday 23 October, whatever day the export's source is dated."""
    return statement.said_on or said_on


def counted_from_message(statement, reading, said_on: datetime.date):  # -> Statement
    """``statement`` (a chat message's, its horizon ``reading`` counted from its own day,
    ``horizon_day``) with ``COUNTED_FROM_MESSAGE`` among its remarks when that day is not its
    source's (``said_on``) and the deadline counted from the source's day would differ
    ("by Friday", not "in 2027"). Any other statement is returned as it is."""
    sent = statement.said_on
    if sent is None or sent == said_on or reading.kind != HorizonKind.DATED or not reading.phrase:
        return statement
    other = read_horizon(statement.text, said_on=said_on)
    if other.deadline == reading.deadline:
        return statement
    remark = COUNTED_FROM_MESSAGE.format(
        phrase=reading.phrase.strip(),
        sent=_day(sent),
        said_on=_day(said_on),
        other=_day(other.deadline) if other.deadline else "no deadline",
    )
    return replace(statement, note="; ".join(n for n in (statement.note, remark) if n))


def _day(day: datetime.date) -> str:
    return f"{day.day} {day:%B %Y}"


# ---- A meeting chat's housekeeping: a welcome, how to use the chat, a link with its label.

HOUSEKEEPING = "the meeting's housekeeping (a welcome, how to ask, a link): no claim"
_GREETING = (
    r"(?:(?:hi|hello|hey|good (?:morning|afternoon|evening))"
    r"(?: (?:all|everyone|everybody|folks))?,? (?:and )?)?"
)
_HOUSEKEEPING = re.compile(
    # "Good evening and welcome to the Riverside Housing Plan Q&A, Monday 12 October."
    rf"^{_GREETING}welcome(?: back)?(?:,? (?:everyone|everybody|all|folks),?)? to\b(?!.*\bwill\b)"
    r"[^:]{0,80}\b(?:meeting|q ?& ?a|call|session|webinar|forum|consultation|event|briefing"
    r"|hustings|drop-in|workshop|town hall|surgery|group|class|launch|evening|chat)\b"
    # "Please put questions in the Q&A box", "Drop your questions in the chat".
    r"|^(?:(?:please|kindly)\s+)?(?:put|post|type|drop|add|submit|send|leave|raise|use)\b"
    r".{0,60}\b(?:q ?& ?a|q and a|chat|chat box|questions? box|raise hand|hand up|reactions?)\b"
    # "chat is for comments", "Q&A is for questions".
    r"|^(?:the )?(?:chat|q ?& ?a)(?: box)? is (?:for|only for) "
    # "please mute", "can you unmute me", "sorry cant get my camera on", "can everyone hear me"
    r"|^(?:(?:please|pls)\s+)?(?:mute|unmute)\b|\b(?:unmute me|on mute|hear me ok|hear me\?"
    r"|can(?:'t|not|t)? get my (?:camera|video|mic|audio|sound)(?: to work| on| working)?)"
    # "Slides: riverside.gov.example/housingplan": a label and a link alone.
    r"|^(?:slides?|deck|link|links|agenda|recording|handouts?|survey|form|map|the link)s?\s*:"
    r"\s*\S+\.\S+$",
    re.IGNORECASE,
)
_HOUSEKEEPING_WORDS = (
    "elcome",
    "lease",
    "chat",
    "Chat",
    "&",
    "ute",
    "camera",
    "video",
    "mic",
    "hear",
    ":",
    "Drop",
    "drop",
    "Post",
    "post",
    "Put",
    "put",
    "Use",
    "use",
)


def housekeeping(sentence: str) -> bool:
    """Whether a sentence of a meeting chat's message only runs the meeting: a host's welcome
    ("Good evening and welcome to the Riverside Housing Plan Q&A, Monday 12 October."), how
    to use the chat ("Please put questions in the Q&A box", "chat is for comments."), a
    device's trouble ("sorry cant get my camera on.", "can you unmute me?") or a link with its
    label ("Slides: riverside.gov.example/plan"). What the host says will happen ("The
    recording will be on the page by Friday.") is no housekeeping. Source: Zoom, Teams and
    Google Meet meeting chats."""
    if not any(word in sentence for word in _HOUSEKEEPING_WORDS):
        return False
    return _HOUSEKEEPING.search(sentence.strip()) is not None


def sentences(words: str) -> list[str]:
    """A chat message's sentences, cut after a full stop, a question or an exclamation mark
    followed by a space: what ``housekeeping`` reads one at a time."""
    return [part for part in _SENTENCE_END.split(words) if part.strip()]
