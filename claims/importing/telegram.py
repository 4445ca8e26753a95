"""A Telegram channel's posts, copied or exported as text, read as notes (``shaped``).

The layout (Telegram Desktop's copy of a channel's messages, or a curator's paste of them)::

    Exported from Telegram                                  the export's header, if any
    Harbour Transit — News                                  the channel's name
    Channel · 3 410 subscribers                             its size
    Exported 12.05.2026 18:00 · 40 messages                 when, how many

    Harbour Transit — News, [04.05.2026 08:15]              a post's header: channel, day, time
    [ Photo ]                                               a stand-in for its media
    Line 4 trams return to the depot loop on Monday.        the post's words
    Personally, I think the new loop is overdue. (edited)   the app's edit mark
    — Tilde Marken, service planning                        the author's signature
    👁 1.2K · 👍 12 · ❤️ 3                                    views and reactions

    Harbour Transit — News, [05.05.26 17:40]
    [Forwarded from City Works Department]                  a forward: the words are the origin's
    Roadworks on Quay Street will finish by Friday.

Each post runs from its header ("Name, [DD.MM.YYYY HH:MM]", "Name, [DD.MM.YY HH:MM]", day
first) to the next. A channel's name is an organisation, never a person: a post's words are
the author's its signature names ("— Tilde Marken", "– Tilde Marken, planning", "/Tilde"),
the origin's when it is forwarded ("[Forwarded from X]", "Forwarded from X", "Forwarded
message From: X"), else nobody's by name (left uncued, so the curator's default speaker or
a question decides). The export's header, posts' headers, forward and reply marks, media
stand-ins, signatures, view and reaction counts, "Pinned message", "Channel created", day
separators and a post's question line ("Q: …", asked, never proposed) are nobody's claims;
an answer's "A:" is dropped. A post's statements are dated the day its header says, so "by
Friday" counts from the post, not from the export.

A document is read so only when its headers all name one channel and it shows a channel's
marks (views "👁", "subscribers", a signature, "Exported from Telegram"): a group chat
copied from Telegram, where senders change, reads as before (``chats``). Source of the
layout: Telegram Desktop's copy of messages and its text and HTML exports.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass

from claims.importing.chats import day_heading, without_edit_mark
from claims.importing.export_lines import forwarded_from, reply_quote, stand_in
from claims.importing.facebook import announcement
from claims.importing.parsing import split_sentences
from claims.importing.shaped import Reshaped, cued
from claims.importing.telegram_exports import headers, media, poll_lines

_MIN_POSTS = 2
# "Harbour Transit — News, [04.05.2026 08:15]", "…, [04.05.26 8:15]", "…, [04.05.2026 08:15:02]".
_HEADER = re.compile(
    r"^(?P<name>[^\s\[\]][^\[\]]{0,80}?),\s+\[(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4}|\d{2})"
    r",?\s+\d{1,2}:\d{2}(?::\d{2})?\]\s*$"
)
# The app's own lines about the channel: "Exported from Telegram", "Channel · 2 184 subscribers",
# "Exported 20.02.2026 21:04 · 8 messages", "Pinned message", "Channel created", "Channel photo
# changed", "Harbour Transit pinned a message".
_CHROME = re.compile(
    r"^(?:Exported\s+from\s+Telegram|Exported\s+\d.*|(?:Public\s+|Private\s+)?Channel\s*[·•|,-]"
    r".*\b(?:subscribers?|members?|followers?)\b.*|[\d\s\u00a0\u202f.,KkMm]+\s+"
    r"(?:subscribers?|members?)|Pinned\s+message|Channel\s+created|Channel\s+(?:photo|name|title)"
    r"\s+(?:changed|updated|removed)(?:\s+to\s+.*)?|.{1,80}\s+pinned\s+(?:a\s+message|«.*»|\".*\")"
    r"|Channel\s+(?:«.*»|\".*\"|.{1,80})\s+created|Message\s+deleted)$",
    re.IGNORECASE,
)
_CHANNEL_SIGNS = re.compile(r"👁|\bsubscribers?\b|^Exported from Telegram$|\bviews?\b", re.I)
# Views and reactions: "👁 1.4K · 👍 12 · 😢 31", "👁 980", "1.2K views", "👍 96 · ❤️ 21".
_COUNT = re.compile(r"\d+(?:[.,]\d+)?\s?[KkMm]?")
_COUNT_REST = re.compile(r"[\s·•|,]+|\bviews?\b|\bedited\b|\d{1,2}:\d{2}", re.IGNORECASE)
# A signature: "— Oskar Brandvold", "– Freya Osterhagen, chair", "-- Tilde", "/Oskar", "~ Tilde".
_SIGNATURE = re.compile(
    r"^(?:[—–~]|--?)\s*(?P<a>[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){0,3})"
    r"(?:\s*[,(|·]\s*[^,()|·]{1,60}\)?)?$"
    r"|^/(?P<b>[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){0,2})$"
)
# "Forwarded from City Works" (the HTML export's copy), "Forwarded message From: City Works";
# a name, not a sentence ("Forwarded from the council: rents rise." is the post's words).
_FORWARD_LINE = re.compile(
    r"^(?:Forwarded\s+from|Forwarded\s+message\s*[-—:]?\s*From)\s*:?\s+"
    r"(?P<origin>[@A-ZÀ-Þ][^:.!?;]{0,79}?)"
    r"(?:\s+\d{1,2}\.\d{1,2}\.\d{2,4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)?\s*$"
)
_FORWARD_ALONE = re.compile(r"^Forwarded\s+message:?$", re.IGNORECASE)
_FROM_LINE = re.compile(r"^From:?\s+(?P<origin>.{1,80}?)\s*$")
# "[Photo]", "[Video]", "[ Photo ]" (Telegram Desktop's stand-in), "[Sticker 👍]".
_MEDIA = re.compile(
    r"^\[\s*(?:Photo|Video|GIF|Album|File|Voice message|Video message|Sticker|Poll|Location"
    r"|Contact|Audio|Music|Document)(?:\s*[:·]\s*[^\[\]]{0,200}|\s+\S{1,8})?\s*\]$",
    re.IGNORECASE,
)
_QUESTION = re.compile(r"^Q\s*[:.]\s+(?P<rest>.+)$")
_ANSWER = re.compile(r"^A\s*[:.]\s+(?P<rest>.+)$")
_LEAD_IN = re.compile(r"^(?P<label>[^:.!?]{1,40}):\s+(?=\S)")
# A post's closing courtesy: "Good night, all!", "Have a safe weekend, everyone.", "Thanks for
# your patience 🙏", "Stay dry!", "Sorry, folks."
_COURTESY = re.compile(
    r"^(?:good\s+(?:morning|afternoon|evening|night)|have\s+a\s+(?:good|great|nice|safe|lovely)"
    r"(?:\s+\w+)?|thanks?(?:\s+you)?(?:\s+for\s+(?:your\s+)?(?:patience|understanding|reading))?"
    r"|stay\s+(?:safe|dry|warm|tuned)|take\s+care|safe\s+travels|sorry|apologies)"
    r"(?:,?\s+(?:all|everyone|everybody|folks|friends|y'all))?\s*[.!]*\s*[^\w\s]{0,6}$",
    re.IGNORECASE,
)


@dataclass
class _Post:
    """A post: the index of its header, its day, and the indexes of its lines below."""

    header: int
    day: datetime.date | None
    body: list[int]


def _header(text: str) -> tuple[str, datetime.date | None] | None:
    """The channel and the day a post's header names, or None when ``text`` is none."""
    if not text.endswith("]") or ", [" not in text:
        return None
    match = _HEADER.match(text)
    if match is None:
        return None
    year = int(match["y"]) + (2000 if len(match["y"]) == 2 else 0)
    try:
        day = datetime.date(year, int(match["m"]), int(match["d"]))
    except ValueError:
        day = None
    return match["name"].strip(), day


def counts(text: str) -> bool:
    """Whether a line only counts a post's views and reactions: "👁 1.4K · 👍 12 · 😢 31",
    "👁 980", "1.2K views", "👍 96 · ❤️ 21 · 🎉 18"."""
    if not any(char.isdigit() for char in text):
        return False
    rest = _COUNT_REST.sub(" ", _COUNT.sub(" ", text))
    return not any(char.isalnum() for char in rest)


def signer(text: str) -> str:
    """The author a signature line names ("— Oskar Brandvold, operations" → "Oskar
    Brandvold", "/Oskar" → "Oskar"), or ""."""
    if text[:1] not in "—–~-/":
        return ""
    match = _SIGNATURE.match(text)
    return (match["a"] or match["b"] or "").strip() if match else ""


def _forward(lines: Sequence[str], index: int) -> tuple[str, int]:
    """The origin a forward mark at ``index`` names, and how many lines the mark takes
    (0 when the line is no forward mark)."""
    text = lines[index].strip()
    if origin := forwarded_from(text):
        return origin, 1
    if match := _FORWARD_LINE.match(text):
        return match["origin"].strip(" :"), 1
    following = lines[index + 1].strip() if index + 1 < len(lines) else ""
    if _FORWARD_ALONE.match(text) and (found := _FROM_LINE.match(following)):
        return found["origin"].strip(), 2
    return "", 0


def _chrome(text: str) -> bool:
    """Whether a line inside a post is the app's, nobody's words."""
    return bool(
        counts(text)
        or _CHROME.match(text)
        or stand_in(text)
        or _MEDIA.match(text)
        or reply_quote(text)
        or day_heading(text)
        or media(text)
    )


def _posts(lines: Sequence[str]) -> tuple[str, list[_Post]] | None:
    """The channel's name and its posts, or None when the headers are not one channel's."""
    posts: list[_Post] = []
    names: set[str] = set()
    for index, raw in enumerate(lines):
        found = _header(raw.strip())
        if found is not None:
            names.add(found[0])
            posts.append(_Post(index, found[1], []))
        elif posts:
            posts[-1].body.append(index)
    if len(posts) < _MIN_POSTS or len(names) != 1:
        return _exported(lines)
    return names.pop(), posts


def _exported(lines: Sequence[str]) -> tuple[str, list[_Post]] | None:
    """The channel's name and its posts as its HTML export's text gives them
    (``telegram_exports``), or None."""
    found = headers(lines)
    if found is None:
        return None
    channel, heads = found
    ends = [time for time, _, _ in heads[1:]] + [len(lines)]
    posts = [
        _Post(time, day, list(range(first, end)))
        for (time, first, day), end in zip(heads, ends, strict=True)
    ]
    return channel, posts


def _channel(lines: Sequence[str], posts: list[_Post]) -> bool:
    """Whether the document shows a channel's marks: views, subscribers, the export's
    header, or a post's signature."""
    stripped = [line.strip() for line in lines]
    if any(
        _CHANNEL_SIGNS.search(line) and (counts(line) or _CHROME.match(line)) for line in stripped
    ):
        return True
    return any(signer(stripped[index]) for post in posts for index in post.body)


def _post_lines(lines: Sequence[str], post: _Post, out: list[str]) -> set[str]:
    """Write a post's words into ``out`` cued by its author; the people named."""
    texts = {index: lines[index].strip() for index in post.body}
    poll = poll_lines(texts, post.body)
    said = [i for i in post.body if texts[i] and not _chrome(texts[i]) and i not in poll]
    speaker, skip = "", set()
    for index in said:
        if index in skip:
            continue
        origin, taken = _forward(lines, index)
        if taken:
            speaker = speaker or origin
            skip.update(range(index, index + taken))
    if signature := _signature(texts, [index for index in said if index not in skip]):
        speaker = signer(texts[signature])
        skip.add(signature)
    for index in said:
        if index not in skip:
            out[index] = _cued(speaker, without_edit_mark(texts[index]))
    return {speaker} - {""}


def _signature(texts: dict[int, str], said: list[int]) -> int | None:
    """The index of a post's signature: its last line of words, when that signs it. A line
    "- Quay Street" closing a list of such lines is the list's, no signature."""
    if not said or not signer(texts[said[-1]]):
        return None
    if texts[said[-1]][:1] == "-" and any(texts[index][:1] == "-" for index in said[:-1]):
        return None
    return said[-1]


def _cued(speaker: str, text: str) -> str:
    """A post's line as notes: cued by the author when known, without an answer's "A:", a
    lead-in label ("Reminder:", "Quick update:") or a closing courtesy ("Good night, all!");
    a question ("Q: …") or a line that only announces the post is blank."""
    if _QUESTION.match(text) or announcement(text):
        # A cued question would make the unsigned lines after it read as its answer.
        return ""
    if answer := _ANSWER.match(text):
        text = answer["rest"]
    if (lead := _LEAD_IN.match(text)) and announcement(lead["label"] + ":"):
        # An unsigned line's "Reminder:" would read as a note-taker's to-do, or as a cue.
        text = text[lead.end() :]
    text = " ".join(part for _, part in split_sentences(text) if not _COURTESY.match(part.strip()))
    return cued(speaker, text) if speaker else text.strip()


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """A Telegram channel's posts as notes (``shaped``), or None when the document is none.

    Shape: as many lines as given; each line of a signed post "Author: words", of a
    forwarded one "Origin: words", of an unsigned one its words uncued; the export's header,
    posts' headers and the app's lines blank; each post's lines dated its header's day
    (``Reshaped.days``, by line number). Source of the layout: Telegram Desktop's copy and
    text export of a channel's messages."""
    found = _posts(lines)
    if found is None:
        return None
    _, posts = found
    if not _channel(lines, posts):
        return None
    out = [""] * len(lines)
    people: set[str] = set()
    days: dict[int, datetime.date] = {}
    for post in posts:
        people |= _post_lines(lines, post, out)
        if post.day is not None:
            days.update({index + 1: post.day for index in post.body if out[index]})
    return Reshaped.of(out, people, days=days)
