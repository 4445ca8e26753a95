"""A Telegram channel's HTML export (messages.html) as its text reads: the posts' headers,
the media's stand-ins and the polls (``telegram``).

The layout (Telegram Desktop's "Export chat history" as HTML, its page's text)::

    Harbour Transit                                   the page's title: the channel
    13 February 2026                                  a day's separator
    08:12                                             a post's time
    Harbour Transit                                   the channel's name, over each post
    Photo                                             the media's kind
    Not included, change data exporting settings to download.
    1280x905, 187.3 KB                                the media's size
    Line 4 trams return to the depot loop on Monday.  the post's words
    — Tilde Marken                                    the author's signature
    👁 1.2K · edited                                  views, the edit mark

    14:20
    Harbour Transit
    Will the strike end before 1 March?               a poll's question
    Anonymous poll                                    its kind
    - Yes 46 %                                        its options, with their shares
    2317 votes                                        its total

A post opens with its time alone on a line ("08:12", "08:12:40") and, below it, the
sender's name; a post the export joins to the one before it (same sender, minutes apart)
has its time alone. Its day is the last separator's above it ("13 February 2026"). The
media's kind, the export's note that the media was left out and the media's size are the
app's lines; so are a poll's question, kind, options and total, asked of the readers and
nobody's claim. Source of the layout: Telegram Desktop's HTML export of a channel.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Sequence

from claims.importing.chats import day_heading

_MIN_POSTS = 2
_TIME = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")
# "Photo", "Video file", "Voice message", "Sticker", "Not included, change data exporting
# settings to download.", "1280x905, 187.3 KB", "00:42, 1.2 MB", "report.pdf, 88.0 KB".
_MEDIA = re.compile(
    r"^(?:Photo|Video(?:\s+file)?|Voice\s+message|Video\s+message|Audio\s+file|Sticker|"
    r"Animation|GIF|File|Contact|Location|Live\s+location)$"
    r"|^Not\s+included,\s+change\s+data\s+exporting\s+settings\s+to\s+download\.?$"
    r"|^(?:\d{2,5}x\d{2,5}|\d{1,2}:\d{2}(?::\d{2})?|[\w .()-]{1,80}\.\w{2,5}),\s+"
    r"\d+(?:[.,]\d+)?\s*(?:B|KB|MB|GB)$",
    re.IGNORECASE,
)
_POLL = re.compile(r"^(?:Anonymous\s+)?(?:poll|quiz)$", re.IGNORECASE)
# "- Yes, deal by end of February 46 %", "Yes 46%", "votes" totals: "2317 votes", "1 vote".
_OPTION = re.compile(r"^(?:[-•*]\s*)?\S.{0,120}?\s\d{1,3}(?:[.,]\d)?\s?%$")
_TOTAL = re.compile(r"^[\d\s,.\u00a0\u202f]+\s+(?:votes?|voters?|answers?)$", re.IGNORECASE)
# A post's header: (its time's index, the index of its first line, its day).
Header = tuple[int, int, datetime.date | None]


def media(text: str) -> bool:
    """Whether a line is the export's account of a post's media ("Photo", "Not included,
    change data exporting settings to download.", "1280x905, 187.3 KB")."""
    return len(text) <= 120 and _MEDIA.match(text) is not None


def poll_lines(texts: dict[int, str], body: Sequence[int]) -> set[int]:
    """The indexes of a post's poll: the question above the poll's kind ("Anonymous poll"),
    the kind, the options with their shares and the total of votes."""
    found: set[int] = set()
    said = [index for index in body if texts[index]]
    for at, index in enumerate(said):
        if not _POLL.match(texts[index]):
            continue
        found.update(said[max(at - 1, 0) : at + 1])
        for later in said[at + 1 :]:
            if not (_OPTION.match(texts[later]) or _TOTAL.match(texts[later])):
                break
            found.add(later)
    return found


def _channel(lines: Sequence[str], times: list[int]) -> str:
    """The name most posts' times stand over, when at least two do and at least half the
    times do; else "". A sound tag or caption words under a transcript's times ("[music]"
    twice among a video's captions) are no channel's name."""
    below = Counter(_next_words(lines, index)[1] for index in times)
    below.pop("", None)
    if not below:
        return ""
    name, seen = below.most_common(1)[0]
    named = name[:1] not in "[(<>" and not name.islower()
    enough = seen >= _MIN_POSTS and seen * 2 >= len(times)
    return name if named and enough and not _TIME.match(name) else ""


def _next_words(lines: Sequence[str], index: int) -> tuple[int, str]:
    """The index and text of the first line with words after ``index`` (len, "" at the end)."""
    for later in range(index + 1, len(lines)):
        if text := lines[later].strip():
            return later, text
    return len(lines), ""


def headers(lines: Sequence[str]) -> tuple[str, list[Header]] | None:
    """The channel's name and each post's header, or None when the document shows no
    export's posts: at least two times alone on a line over the same name."""
    times = [index for index, line in enumerate(lines) if _TIME.match(line.strip())]
    if len(times) < _MIN_POSTS:
        return None
    channel = _channel(lines, times)
    if not channel:
        return None
    found: list[Header] = []
    day: datetime.date | None = None
    timed = set(times)
    for index, raw in enumerate(lines):
        day = day_heading(raw.strip(), day) or day
        if index in timed:
            named, text = _next_words(lines, index)
            found.append((index, named + 1 if text == channel else index + 1, day))
    return channel, found
