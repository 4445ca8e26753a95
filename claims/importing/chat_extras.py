"""The lines of a chat export that are no one's new words: the reactions under a message, a
reply's echo of the message it answers, a bot's posts and the export's header block.

A chat app or an exporter writes, around its people's messages, lines that look like words
and carry names: who reacted with what ("Reactions: 🔥 Lena Fischer, 🔥 Me", "😡 Pat O., 😡
Dolores M.", "👍 3  😂 1", "👀 (4) 📌"), the message a reply quotes ("> Replying to Me: “…”",
"> the vote is on Thursday" repeating an earlier message), a bot's digest or welcome ("📊
Daily storage digest for Tuesday, November 3", "Please read #rules and pick your roles in
#roles.") and the export's header ("Signal Desktop — chat export", "Conversation: …",
"Type: Group (6 members)", "Exported: …"). None is a statement, and no name in them is a
speaker's cue: a reaction's names are who reacted, a quoted reply's words were said before
by someone else, a bot speaks for nobody.

How each is told:

- A reaction line: an optional "Reactions:" label, then items each opening with an emoji
  (or a ":shortcode:") and followed by a count ("2", "(4)", "×3") or by who reacted ("Pat
  O.", "Me"). Without the label the line must count (every item an emoji with or without a
  count, at least one count) or name at least two reacters, comma-separated.
- A reply's echo: a line that opens with ">" or stands wholly in quotes, whose words (three
  or more, an ellipsis at the end dropped) repeat an earlier line's; and a reply's head
  ("Replying to Me: “…”", ``export_lines.reply_quote``) after a ">".
- A bot's post: the message of a sender named or marked as a bot ("GridBot#4410",
  "grid-bot", "Gridwatch BOT", "dependabot[bot]", "Statuspage APP"), or whose first line is a
  bot's template (a daily or weekly digest "for" a day; a server's welcome to new members or
  its "read #rules" line): its author line and every line up to the next author line.
- The header block: the lines before the first message, when at least two are an export's
  labels ("Conversation:", "Type:", "Exported:", "Members:", "Channel:") or one names the
  export ("… chat export").

All of it is read only in a document with at least two chat author lines
(``chats.author_line``); notes, transcripts and articles keep their reading. Source: Signal
Desktop's, Telegram Desktop's and WhatsApp's exports and copies, DiscordChatExporter's text
export, Slack's and Discord's copies (the "BOT" and "APP" tags, the reply's head).

Pure functions, no state.
"""

import re
from collections.abc import Sequence

from claims.importing.chats import author_line, day_heading, message_times
from claims.importing.export_lines import reply_quote
from claims.importing.forums import byline

# ---- Reactions.

_EMOJI = (
    r"(?:[\U0001F000-\U0001FAFF\u2300-\u23FF\u2600-\u27BF\u2B00-\u2BFF]"
    r"[\uFE0F\u200D\U0001F3FB-\U0001F3FF\U0001F000-\U0001FAFF\u2600-\u27BF]*|:[\w+-]{1,30}:)"
)
_COUNT = r"(?:\(\d{1,5}\)|[×x]\s?\d{1,5}|\d{1,3}(?!\d))"
_REACTER = r"(?:Me|You|[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,3}|@?[a-z0-9_][\w.-]{1,31})"
_ITEM = rf"(?:{_EMOJI})+(?:\s*{_COUNT}|\s+{_REACTER})?"
_ITEM_RE = re.compile(rf"(?:{_EMOJI})+(?:\s*(?P<count>{_COUNT})|\s+(?P<name>{_REACTER}))?")
_REACTION_LINE = re.compile(
    r"^(?P<label>(?:Reactions?|Reacted|Reacts)\s*:?\s*)?"
    rf"{_ITEM}(?:(?:\s*[,·•|]\s*|\s+){_ITEM})*\s*$"
)
_MIN_NAMED = 2


def reaction_line(text: str) -> bool:
    """Whether a line only tells the reactions to a message: "Reactions: 🔥 Lena Fischer, 🔥
    Me, 💪 Kwame", "😡 Pat O., 😡 Dolores M.", "👍 3  😂 1", "Reactions: 👍 2", "👀 (4) 📌",
    ":+1: 2". "🔥 Great quarter" and "🚀 Launch is Friday" are someone's words. Source:
    Signal Desktop's and Slack's copies, Discord's and Mattermost's reaction counts."""
    if not text or (text.isascii() and not text.startswith((":", "Reaction", "React"))):
        return False
    match = _REACTION_LINE.match(text)
    if match is None:
        return False
    if match["label"]:
        return True
    counts = names = 0
    for item in _ITEM_RE.finditer(text):
        counts += bool(item["count"])
        names += bool(item["name"])
    if names == 0:
        return counts > 0
    return names >= _MIN_NAMED and "," in text and counts == 0


# ---- A reply's echo of the message it answers.

_QUOTES = "\"'“”‘’«»"
_NOT_WORD = re.compile(r"[^\w\s]+")
_MIN_ECHO_WORDS = 3


def _plain(text: str) -> str:
    return " ".join(_NOT_WORD.sub(" ", text.lower().replace("’", "'")).split())


def _echo(text: str, earlier: str) -> bool:
    """Whether ``text``, a line opening with ">" or standing in quotes, repeats words of
    ``earlier`` (the lines above, plain)."""
    quoted = text.startswith(">")
    inner = text.lstrip(">").strip()
    if reply_quote(inner):
        return quoted  # "> Replying to Me: “…”"; bare, ``export_lines`` reads it
    if not quoted and not (inner[:1] in _QUOTES and inner.rstrip(".…")[-1:] in _QUOTES + "…"):
        return False
    words = _plain(inner.rstrip(".…").rstrip().rstrip(".…"))
    return words.count(" ") + 1 >= _MIN_ECHO_WORDS and f" {words}" in earlier


# ---- A bot's posts.

# A sender named or tagged as a bot: "GridBot", "grid-bot", "grid_bot", "Gridwatch BOT",
# "dependabot[bot]", "Statuspage APP". "Talbot" and "Abbott" are people.
_BOT_NAME = re.compile(
    r"(?:[a-z0-9]Bot|(?:^|[\s_.-])[Bb]ot|\[bot\]|\sBOT|\sAPP|\s\(bot\))(?:#\d{4})?$"
)
# A bot's template opening a message: "📊 Daily storage digest for Tuesday, November 3",
# "👋 Welcome to our new members! Please read #rules …", "Please read #rules and pick your
# roles in #roles.".
_BOT_POST = re.compile(
    r"^(?:\W{1,4}\s*)?(?:"
    r"(?:daily|weekly|monthly|nightly|hourly|morning|evening)\s+(?:[\w&-]+\s+){0,3}"
    r"(?:digest|round-?up|recap|briefing|report|summary)\s+(?:for|of)\s+\S"
    r"|welcome\s+to\s+(?:all\s+)?(?:our\s+)?(?:the\s+)?new\s+members\b"
    r"|welcome\s+to\s+the\s+server\b"
    r"|please\s+read\s+#[\w-]+(?:\s+and\s+(?:pick|grab|choose|select)\s+your\s+roles?\b)?"
    r")",
    re.IGNORECASE,
)


def bot_sender(name: str) -> bool:
    """Whether a chat's sender is a bot or an app, by its name or tag: "GridBot", "grid-bot",
    "Gridwatch BOT", "dependabot[bot]", "Statuspage APP"; not "Talbot", "Abbott". Source:
    Discord's and Slack's "BOT" and "APP" tags, GitHub's "[bot]", bots' usual names."""
    return _BOT_NAME.search(name.strip()) is not None


def bot_post(text: str) -> bool:
    """Whether a message's first line is a bot's template: a daily or weekly digest "for" a
    day ("📊 Daily storage digest for Tuesday, November 3"), a server's welcome to new
    members, "Please read #rules …". "Daily sales will double by June" is someone's claim."""
    return _BOT_POST.match(text) is not None


# ---- The export's header block.

_HEADER_LABEL = re.compile(
    r"^(?:Conversation|Chat(?:\s+name)?|Group(?:\s+name)?|Channel|Server|Guild|Type|Members"
    r"|Participants|Exported(?:\s+(?:on|at|by))?|Export\s+date|Date\s+range|Messages|Topic"
    r"|After|Before|Account)\s*:\s*\S"
)
_EXPORT_TITLE = re.compile(
    r"\b(?:chat|conversation|message|group)s?\s+(?:export|history|backup)\b"
    r"|^Exported\s+(?:from|by|with)\b",
    re.IGNORECASE,
)
_RULE = re.compile(r"^[=\-─—_*]{3,}$")
_MIN_LABELS = 2


def _header(texts: Sequence[tuple[int, str]], first: int) -> set[int]:
    """The header block's lines: those before line ``first`` (the first message's), all of
    them an export's labels, its title or rules, at least two labels or the title."""
    block = [(n, t) for n, t in texts if n < first]
    if not block or not all(
        _HEADER_LABEL.match(t) or _EXPORT_TITLE.search(t) or _RULE.match(t) for _, t in block
    ):
        return set()
    labels = sum(bool(_HEADER_LABEL.match(t)) for _, t in block)
    titled = any(_EXPORT_TITLE.search(t) for _, t in block)
    return {n for n, _ in block} if labels >= _MIN_LABELS or titled else set()


# ---- The document read whole.

_MIN_AUTHOR_LINES = 2


def _forum_byline(text: str) -> bool:
    """Whether a line is a thread's byline that no chat author line reads ("Dr_Obi_Nwankwo ·
    5 hr. ago"): a bot's post above it ends there."""
    found = byline(text, thread=True)
    return found is not None and not found.bot


def chat_extras(lines: Sequence[str]) -> frozenset[int]:
    """The numbers (from 1) of ``lines`` that are a chat's extras, nobody's words: reaction
    lines, replies' echoes, bots' posts (author line and message) and the export's header
    block. Empty for a document with fewer than two chat author lines."""
    texts = [(n, line.strip()) for n, line in enumerate(lines, start=1) if line.strip()]
    clock = message_times(lines)
    authors = {}
    for number, text in texts:
        found = author_line(text, clock=clock, export=True)
        if found is not None:
            authors[number] = found
    named = [n for n, found in authors.items() if not found.notice]
    if len(named) < _MIN_AUTHOR_LINES:
        return frozenset()
    days = [n for n, t in texts if n < min(authors) and day_heading(t) is not None]
    extras = _header(texts, min([*days, *authors]))
    earlier = " "  # the lines above, plain, each between spaces
    bot = first_line = False
    author = 0
    for number, text in texts:
        found = authors.get(number)
        if found is not None:
            author, first_line = number, not found.words
            bot = not found.notice and (bot_sender(found.name) or bot_post(found.words))
            if bot:
                extras.add(number)
            earlier += _plain(found.words) + " | "
            continue
        if bot and _forum_byline(text):  # "Dr_Obi_Nwankwo · 5 hr. ago": the bot's post ends
            bot = False
            continue
        if first_line and author and bot_post(text):  # "📊 Daily storage digest for …"
            bot = True
            extras.add(author)
        first_line = False
        bots = bot and day_heading(text) is None  # a day's divider dates the next messages
        if bots or reaction_line(text) or (text[:1] in ">" + _QUOTES and _echo(text, earlier)):
            extras.add(number)
        earlier += _plain(text) + " | "
    return frozenset(extras)
