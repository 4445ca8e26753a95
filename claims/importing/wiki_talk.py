"""A wiki's talk page copied from the browser (Wikipedia and other MediaWiki sites), read as
notes (``shaped``).

The layout: the site's chrome (menus, the table of contents, "Article", "Talk", "Read",
"Edit", "View history"), the page's banners ("This is the talk page for discussing
improvements to …", "This article is rated C-class …", the WikiProjects), then a section per
topic: its heading, the tool's count below it ("Latest comment: 4 months ago3 comments2
people in discussion"), and the comments. Each comment is signed at its end, on its last line,
by the editor's signature and its time: "— Brannoch (talk) 19:20, 15 January 2026 (UTC)",
the reply tool's "Reply" glued after it. A comment's earlier lines carry no name: they are
the signer's too, up to the comment before it.

Each comment is its signer's: every line "Username: words", dated the day the signature
gives. No claims: the page's chrome and banners, the headings and their counts, lines no
signature closes (an unsigned post is left uncued, never given to a neighbour), and the
page's footer. What an editor quotes ("… is quoted in the same release: "We will deliver
…"") stays a report of the editor's, as the notes reader reads any quote. Source of the
layout: MediaWiki's default signature ("~~~~": the user link, the talk link, the time in
UTC) and the DiscussionTools extension's topic counts and "Reply" links, as Wikipedia
renders them.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

from claims.importing.headings import trailing_date
from claims.importing.notes_speaker_lines import HANDLE_NOTE
from claims.importing.shaped import Reshaped, cued

# "— Brannoch (talk) 19:20, 15 January 2026 (UTC)Reply", "Marisol.K (talk · contribs)
# 10:44, 16 January 2026 (UTC)": a signature closing its line.
_SIGNATURE = re.compile(
    r"(?:(?<=\s)|^)(?:(?:[—–]|--?)\s*)?(?P<user>[^\s()—–][^()—–]{0,60}?)\s*"
    r"\((?:talk|talk\s*[·|•]\s*contribs|t\s*[·|•]\s*c)\)\s*"
    r"(?P<time>\d{1,2}:\d{2}),?\s+(?P<day>\d{1,2})\s+(?P<month>[A-Z][a-z]+)\s+(?P<year>\d{4})"
    r"\s*\(UTC\)\s*(?:Reply)?\s*$"
)
# DiscussionTools' count under a topic's heading: "Latest comment: 4 months ago3 comments2
# people in discussion"; the page's own ("Latest comment: 2 days ago by Tessaly in topic …")
# heads no topic.
_TOPIC_COUNT = re.compile(r"^Latest comment:\s.*\bcomments?\b", re.IGNORECASE)
_PAGE_COUNT = re.compile(r"^Latest comment:\s", re.IGNORECASE)
_MIN_SIGNATURES = 2


def _signature(line: str) -> re.Match | None:
    if "(UTC)" not in line or "(t" not in line:
        return None
    return _SIGNATURE.search(line)


def _day(match: re.Match) -> datetime.date | None:
    """The day a signature gives ("19:20, 15 January 2026 (UTC)" → 2026-01-15), or None."""
    read = trailing_date(f"{match['day']} {match['month']} {match['year']}")
    return read[1] if read and not read[0] else None


def _first_topic(lines: Sequence[str]) -> int | None:
    """The index of the first topic's heading: the line above the first topic count."""
    for index, line in enumerate(lines[1:], start=1):
        if _TOPIC_COUNT.match(line.strip()):
            return index - 1
    return None


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """A talk page's lines as notes (``shaped``), or None when the document is none: at
    least ``_MIN_SIGNATURES`` lines closed by a signature.

    Shape: as many lines as given; each line of a signed comment "Username: words" with the
    signature taken off, dated the signature's day and remarked as a handle's (a username
    is an account's, asked about as a forum user's is); everything else blank."""
    signed = [index for index, line in enumerate(lines) if _signature(line)]
    if len(signed) < _MIN_SIGNATURES:
        return None
    start = _first_topic(lines)
    if start is None:  # no topic counts: the comments begin after the blank above the first
        start = signed[0]
        while start > 0 and lines[start - 1].strip():
            start -= 1
    out = [""] * len(lines)
    days: dict[int, datetime.date] = {}
    notes: dict[int, str] = {}  # an editor's username is a handle, asked about as one
    speakers: set[str] = set()
    pending: list[int] = []  # the lines of the comment being read, up to its signature
    for index in range(start, signed[-1] + 1):
        text = lines[index].strip()
        below = lines[index + 1].strip() if index + 1 < len(lines) else ""
        if not text or _PAGE_COUNT.match(text) or _TOPIC_COUNT.match(below):
            pending = [] if text else pending  # a heading or its count ends an unsigned post
            continue
        pending.append(index)
        found = _signature(lines[index])
        if found is None:
            continue
        user, day = found["user"].strip(), _day(found)
        words = lines[index][: found.start()].rstrip(" —–-")
        for number in pending:
            said = words if number == index else lines[number]
            out[number] = cued(user, said.strip().lstrip(":*#").strip())
            notes[number + 1] = HANDLE_NOTE.format(handle=user)
            if day is not None:
                days[number + 1] = day
        speakers.add(user)
        pending = []
    return Reshaped.of(out, speakers, notes=notes, days=days)
