"""The lines a chat exporter or an app's copy writes around the messages, and what they tell
of a message: whose words it holds when it was forwarded, and that its sender corrected it.

An exporter frames the messages with its own lines (a header naming the server and the
channel, a footer counting the messages) and writes what a message carries besides its words
(its attachments' links, a link's preview, the reactions). An app copying messages marks a
forwarded one with where it came from and puts a stand-in for a photo or a voice message.
None of it is anyone's words. A reply's quote of the message it answers is the quoted
person's, said before: no claim of anyone now. A forwarded message is the words of whom it
was forwarded from, never of whoever forwarded it. A message of one line opening with "*"
after the same sender's ("*2030. Q4 2030. typing on the tram sorry") corrects that message:
no claim of its own; the message it corrects carries a remark, so the curator sees both.

Shapes read, as the tools write them, and how they are read:

- DiscordChatExporter's plain text: its header between rules of "=" ("Guild: …", "Channel:
  Category / name", "Topic: …", "After: …", "Before: …") and its footer ("Exported 42
  message(s)"); "{Attachments}", "{Embed}", "{Stickers}", "{Reactions}" and "{Forwarded
  Message}" with the lines below each up to a blank line (links, a link's preview, "🚋 (6)
  👀 (2)", a message forwarded without its author's name): the exporter's. Its author line
  ("[03/11/2026 14:02] Tyrrrz#5447 (pinned)") is ``chats.author_line``'s.
- A reply's quote opening a message, the reply below it: "In reply to Marcus Ojukwu: I
  reckon …", "Replying to @marcus" (Discord's and Slack's copies), "[In reply to Marcus
  Ojukwu]" (Telegram Desktop's copy), "In reply to this message" (Telegram's HTML export):
  nobody's claim.
- Telegram Desktop's copy: "[Forwarded from Grid Watch EU]" opening a message makes it Grid
  Watch EU's, with a remark naming who forwarded it; "[ Photo ]", "[ Voice message ]", "[ 👍
  Sticker ]", "[ File : x.pdf ]", "[ Album ]" are the app's stand-ins for media.
- Any chat: a message of one line opening with "*" after the same sender's corrects it.

Source: DiscordChatExporter's ``PlainTextMessageWriter`` (its preamble, its blocks and its
postamble); Telegram Desktop's ``history_item_text`` (``WrapAsForwarded``, ``WrapAsReply``)
and its media's ``clipboardText`` ("[ " and the media's name and " ]").

Pure functions, no state; a cheap look at a line's first characters comes before a pattern,
and a document none of whose lines opens like these marks is not read further.
"""

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from claims.importing.chats import author_line, message_times

FORWARDED = "“{origin}”'s message, forwarded by {sender}: the words are not {sender}'s"
CORRECTED = "corrected by the sender's next message (line {line}): “{words}”"


@dataclass(frozen=True)
class MessageMark:
    """What an export tells of a message besides its author line: whom it was forwarded
    from (``origin``, "" when it was not), and the remark of a later message correcting it
    (``corrected``, "" when none does)."""

    origin: str = ""
    corrected: str = ""

    def note(self, sender: str, note: str) -> str:
        """The remark on the message of ``sender``, whose author line's remark is ``note``:
        a forwarded message's says who forwarded it (``note``, of the forwarder, is left
        out); a corrected one's adds the correction."""
        remarks = [FORWARDED.format(origin=self.origin, sender=sender)] if self.origin else [note]
        return "; ".join(r for r in (*remarks, self.corrected) if r)


@dataclass(frozen=True)
class ExportLines:
    """A chat export's own lines, no one's words (``chrome``), and the marks of its messages
    by their author lines' numbers (``marks``)."""

    chrome: frozenset[int] = frozenset()
    marks: Mapping[int, MessageMark] = field(default_factory=lambda: MappingProxyType({}))


@dataclass
class _Message:
    """A message: its author line, its sender, and its lines below (number, text; "" for a
    blank line) up to the next author line."""

    line: int
    sender: str
    words: str  # the words on the author line (WhatsApp, Slack's text exports)
    body: list[tuple[int, str]] = field(default_factory=list)


# ---- The exporter's frame: DiscordChatExporter's header and footer.

_RULE = re.compile(r"^={20,}$")
_EXPORTED = re.compile(r"^Exported [\d,.'\s\u00a0\u202f]{1,15} message\(s\)$")
_MAX_HEADER = 30  # the header's lines: a channel's topic may run over several


def _frame(texts: list[tuple[int, str]]) -> set[int]:
    """The lines of DiscordChatExporter's header (a rule, "Guild: …", "Channel: …", the
    topic, a rule) and of its footer (a rule, "Exported 42 message(s)", a rule)."""
    chrome: set[int] = set()
    if len(texts) > 2 and _RULE.match(texts[0][1]) and texts[1][1].startswith("Guild: "):
        end = next(
            (i for i in range(2, min(len(texts), _MAX_HEADER)) if _RULE.match(texts[i][1])), 0
        )
        chrome.update(number for number, _ in texts[: end + 1] if end)  # none without its rule
    for i in range(1, len(texts) - 1):
        if not texts[i][1].startswith("Exported ") or not _EXPORTED.match(texts[i][1]):
            continue
        if _RULE.match(texts[i - 1][1]) and _RULE.match(texts[i + 1][1]):
            chrome.update(number for number, _ in texts[i - 1 : i + 2])
    return chrome


# ---- A message's head: a forward's origin, a reply's quote.

_FORWARDED = re.compile(r"^\[Forwarded from (?P<origin>[^\[\]]{1,80}?)(?:\s+via\s+@\w+)?\]$")
# Who a reply answers: a user name ("tramfan88", "@marcus") or a capitalised name.
_REPLIED_TO = r"(?P<name>@?[\w.-]+|[A-ZÀ-Þ][\w.'’-]*(?:\s+[A-ZÀ-Þ][\w.'’-]*){1,3})"
_REPLY = re.compile(
    r"^(?:\[In reply to [^\[\]]{1,80}\]|(?:In reply to|Replying to) this message"
    rf"|(?:In reply to|Replying to)\s+{_REPLIED_TO}(?::\s+.*)?)$"
)
# Telegram's HTML export, copied: the link to the message replied to, wherever it stands.
_REPLY_LINK = "In reply to this message"
# Words after "In reply to" that answer no one's message: "In reply to everyone: …".
_NOT_REPLIED_TO = frozenset(["everyone", "everybody", "all", "you", "your", "this", "that"])


def forwarded_from(text: str) -> str:
    """Whom a copied Telegram message was forwarded from, by the line opening it, or "":
    "[Forwarded from Grid Watch EU]" → "Grid Watch EU"; "[Forwarded from Andrus Kivi via
    @gif]" → "Andrus Kivi". Source: Telegram Desktop's copy of a forwarded message."""
    if not text.startswith("[Forwarded from "):
        return ""
    match = _FORWARDED.match(text)
    return match.group("origin").strip() if match else ""


def reply_quote(text: str) -> bool:
    """Whether a line opening a message quotes the message it replies to: "In reply to
    Marcus Ojukwu: I reckon they'll …", "Replying to @marcus", "[In reply to Marcus
    Ojukwu]" (Telegram's copy), "In reply to this message" (Telegram's HTML export). "In
    reply to your question, the budget will rise." is the sender's own words. Source:
    Discord's and Slack's copies, Telegram Desktop's copy and its HTML export."""
    if not text.startswith(("In reply to ", "Replying to ", "[In reply to ")):
        return False
    match = _REPLY.match(text)
    if match is None:
        return False
    name = match.groupdict().get("name") or ""
    return name.lower() not in _NOT_REPLIED_TO


# ---- What a message carries besides its words.

_BLOCK = frozenset(["{Attachments}", "{Embed}", "{Stickers}", "{Reactions}", "{Forwarded Message}"])
_STAND_IN = re.compile(
    r"^\[ (?:(?:\S{1,8} )?Sticker|Photo|Video|Voice message|Video message|Round video message"
    r"|GIF|File|Audio file|Music|Album|Contact|Location|Live location|Poll|Game|Invoice"
    r"|Story|Dice)(?: : [^\[\]]{1,200})? \]$"
)


def stand_in(text: str) -> bool:
    """Whether a line is Telegram's stand-in for a message's media, copied: "[ Photo ]",
    "[ Voice message ]", "[ 👍 Sticker ]", "[ File : budget.pdf ]", "[ Album ]". A caption
    below it is the sender's words. Source: Telegram Desktop's media ``clipboardText``."""
    return text[:2] == "[ " and text[-2:] == " ]" and _STAND_IN.match(text) is not None


# ---- A correction of the sender's message: "*2030. Q4 2030. typing on the tram sorry".

# One star, then the right words: no label ("*Reminder: …"), no closing star ("*sigh*").
_CORRECTION = re.compile(r"^\*(?![\w'’-]+:)[^\s*][^*]{0,119}$")
MAX_CORRECTION_WORDS = 8  # "*2030. Q4 2030.", "*February, not January.": a few words
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_APOLOGY = re.compile(
    r"\b(?:sorry|soz|typo|oops|autocorrect\w*|typing|fat[- ]?finger\w*|my bad|apologies)\b",
    re.IGNORECASE,
)
_LOOK_BACK = 3  # a correction follows its message closely: others may write in between


def correction(text: str) -> str:
    """The words of a message correcting the sender's last one, without the apology after
    them, or "": "*2030. Q4 2030. typing on the tram sorry" → "*2030. Q4 2030."; "*their"
    → "*their". A bullet ("* Budget"), emphasis ("*sigh*", "*Update:* …"), a label
    ("*Reminder: the vote is on Thursday") and more than a few words are no correction.
    Source: how people correct a typo in Telegram, WhatsApp, Slack and Discord, a star
    before the right word."""
    if text[:1] != "*" or _CORRECTION.match(text) is None:
        return ""
    kept: list[str] = []
    for sentence in _SENTENCE_END.split(text):
        if kept and _APOLOGY.search(sentence):
            break
        kept.append(sentence)
    words = " ".join(kept)
    return words if words.count(" ") < MAX_CORRECTION_WORDS else ""


# ---- The document read whole.

_FIRST = frozenset("{[*=IR")


def _worth_reading(texts: list[tuple[int, str]]) -> bool:
    """Whether any line opens like the marks read here: the rest of a document is not read."""
    return any(
        (text[:1] in _FIRST and _marked(text)) or ": *" in text  # "[…] Priya Shah: *2030"
        for _, text in texts
    )


def _marked(text: str) -> bool:
    return (
        text in _BLOCK
        or _RULE.match(text) is not None
        or bool(forwarded_from(text) or correction(text))
        or stand_in(text)
        or reply_quote(text)
    )


def _messages(lines: Sequence[str]) -> list[_Message]:
    """The document's messages, each from its author line (``chats.author_line``) to the next."""
    clock = message_times(lines)
    messages: list[_Message] = []
    for number, line in enumerate(lines, start=1):
        text = line.strip()
        found = author_line(text, clock=clock, export=True) if text else None
        if found is not None:
            sender = "" if found.notice else found.name
            messages.append(_Message(number, sender, found.words))
        elif messages:
            messages[-1].body.append((number, text))
    return messages


def _message_chrome(message: _Message) -> tuple[set[int], str]:
    """A message's lines that are no one's words, and whom it was forwarded from ("")."""
    chrome: set[int] = set()
    origin = ""
    texts = [(number, text) for number, text in message.body if text]
    for index, (number, text) in enumerate(texts):
        found = forwarded_from(text)
        quoted = not found and reply_quote(text) and index + 1 < len(texts)  # a reply below
        if not (found or quoted):
            break
        origin = origin or found
        chrome.add(number)
    block = False
    for number, text in message.body:
        block = bool(text) and (block or text in _BLOCK)
        if block or stand_in(text):
            chrome.add(number)
    return chrome, origin


def _corrected(messages: list[_Message], index: int, chrome: set[int]) -> tuple[int, int, str]:
    """(the author line of the message corrected, the line correcting it, the correction's
    words) when message ``index`` is one line correcting its sender's message, else (0, 0,
    "")."""
    message = messages[index]
    texts = [(n, t) for n, t in message.body if t and n not in chrome]
    if message.words:
        texts = [(message.line, message.words), *texts]
    if len(texts) != 1 or not message.sender:
        return 0, 0, ""
    words = correction(texts[0][1])
    for earlier in reversed(messages[max(0, index - _LOOK_BACK) : index]):
        if words and earlier.sender == message.sender:
            return earlier.line, texts[0][0], words
    return 0, 0, ""


def export_lines(lines: Sequence[str]) -> ExportLines:
    """A chat export's own lines and its messages' marks (``ExportLines``): for lines 1…n of
    ``lines``, the exporter's header and footer, a reply's quote, the blocks of links and
    reactions, an app's stand-in for media, a forward's mark and a correction are
    ``chrome``; a forwarded message's author line is marked with its origin, a corrected
    one's with the correction (``MessageMark``). An empty ``ExportLines`` for a document
    holding none of these shapes."""
    texts = [(number, line.strip()) for number, line in enumerate(lines, start=1)]
    texts = [(number, text) for number, text in texts if text]
    if not _worth_reading(texts):
        return ExportLines()
    chrome = _frame(texts) | {number for number, text in texts if text == _REPLY_LINK}
    messages = _messages(lines)
    forwarded: dict[int, str] = {}
    for message in messages:
        found, origin = _message_chrome(message)
        chrome |= found
        if origin:
            forwarded[message.line] = origin
    corrected: dict[int, str] = {}
    for index in range(len(messages)):
        line, at, words = _corrected(messages, index, chrome)
        if line:
            chrome.add(at)
            corrected[line] = CORRECTED.format(line=at, words=words)
    marks = {
        line: MessageMark(forwarded.get(line, ""), corrected.get(line, ""))
        for line in forwarded.keys() | corrected.keys()
    }
    return ExportLines(frozenset(chrome), MappingProxyType(marks))
