"""A text-message conversation exported by a phone or desktop tool, each message under its
moment and its sender, read as notes (``shaped``).

The layout (iMessage and SMS conversations saved as text by Mac and phone export tools)::

    Conversation with Jonah Park                  the header: whose conversation,
    Jonah Park: +1 (602) 555-0148                 the numbers, and "Me" named
    Me: Clara Whitfield (+1 (415) 555-0192)
    Tuesday, March 3, 2026                         a day separator

    Mar 3, 2026 10:58:40 AM                        the moment, with its day
    Jonah Park                                     the sender ("Me": the exporter)
    Hey. Yeah he said you might reach out.         the message, perhaps on several lines

    Mar 3, 2026 11:10:47 AM
    Me
    Emphasized “And it won't be the last round.”  a tapback: a reaction, quoting

Each message is its sender's and is dated by its own day; "Me" is the person the header names
for it ("Me: Clara Whitfield"), else it stays "Me" for the curator to map. No claims: the
header, day separators, the moments, tapbacks ("Loved “…”", "Emphasized “…”", "Liked “…”",
"Laughed at “…”"), attachments ("<IMG_2291.jpeg>"), links alone on their line and their
previews (the page's title, its site), the tool's notices ("You unsent a message. …", "End of
conversation") and "(edited)" marks. Source of the layout: iMessage and
SMS exports to text (iMazing, ChatVault and the like).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

from claims.importing.headings import trailing_date
from claims.importing.names import reads_as_name
from claims.importing.shaped import Reshaped, cued

# "Mar 3, 2026 10:42:13 AM", "March 3, 2026 at 10:42 AM", "2026-03-03 10:42:13".
_MOMENT = re.compile(
    r"^(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}|\d{4}-\d{2}-\d{2})"
    r"(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?)$"
)
_MIN_MESSAGES = 3
_MAX_SENDER = 40
# "Me: Clara Whitfield (+1 (415) 555-0192)": who "Me" is.
_ME = re.compile(r"^Me\s*:\s*(?P<name>[^()+\d]{3,60}?)\s*(?:\(.*\))?$")
_TAPBACK = re.compile(
    r"^(?:Loved|Liked|Disliked|Laughed\s+at|Emphasized|Emphasised|Questioned|Reacted\s+\S+\s+to)"
    r"\s+[“\"]",
)
_ATTACHMENT = re.compile(r"^<[^<>]{1,80}\.[A-Za-z0-9]{2,5}>$|^https?://\S+$")
_NOTICE = re.compile(
    r"^(?:You|[A-Z][\w'’ -]{1,40})\s+(?:unsent|edited)\s+a\s+message\b|^This\s+message\s+was"
    r"\s+(?:deleted|unsent)\b|^end\s+of\s+(?:conversation|chat|export)\W*$",
    re.IGNORECASE,
)
# A link's preview under it: the page's title, then its site ("haulingwire.com").
_SITE = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+$", re.IGNORECASE)
_PREVIEW_LINES = 2
_EDITED = re.compile(r"\s*\(edited\)\s*$", re.IGNORECASE)
ME_NOTE = "“Me” is the one who exported the conversation; map it to who it is"


def _day(found: re.Match[str]) -> datetime.date | None:
    """The day a moment line gives ("Mar 3, 2026 10:42:13 AM" → 2026-03-03), or None."""
    read = trailing_date(found.group("date"))
    return read[1] if read and not read[0] else None


def _sender(text: str) -> bool:
    return bool(text) and len(text) <= _MAX_SENDER and text[-1:] not in '.!?:;,"”'


def _headers(lines: Sequence[str]) -> list[int]:
    """The indexes of the moments that open messages: a moment line, then a sender line."""
    return [
        index
        for index in range(len(lines) - 1)
        if _MOMENT.match(lines[index].strip()) and _sender(lines[index + 1].strip())
    ]


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """A text-message export's lines as notes (``shaped``), or None when it is none.

    Shape: as many lines as given; each message's lines "Sender: words" ("Me" as the header
    names them), dated their moment's day; everything else blank. Source: iMessage and SMS
    exports to text."""
    headers = _headers(lines)
    if len(headers) < _MIN_MESSAGES:
        return None
    me = next((m.group("name") for m in map(_ME.match, lines[: headers[0]]) if m), "")
    me = me if me and reads_as_name(me) else ""
    out = [""] * len(lines)
    notes: dict[int, str] = {}
    days: dict[int, datetime.date] = {}
    people: set[str] = set()
    for position, start in enumerate(headers):
        end = headers[position + 1] if position + 1 < len(headers) else len(lines)
        sender = lines[start + 1].strip()
        speaker = me if sender == "Me" and me else sender
        day = _day(_MOMENT.match(lines[start].strip()))
        preview = 0  # lines left of a link's preview
        for index in range(start + 2, end):
            text = _EDITED.sub("", lines[index].strip())
            if _ATTACHMENT.match(text):
                preview = _PREVIEW_LINES if text.startswith("http") else 0
                continue
            if preview and text:  # the linked page's title and its site, not the sender's
                preview = 0 if _SITE.match(text) else preview - 1
                continue
            if not text or _TAPBACK.match(text) or _NOTICE.match(text):
                continue
            out[index] = cued(speaker, text)
            people.add(speaker)
            if day:
                days[index + 1] = day
            if speaker == "Me":
                notes[index + 1] = ME_NOTE
    return Reshaped.of(out, people, notes, days) if people else None
