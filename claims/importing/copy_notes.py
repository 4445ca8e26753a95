"""A curator's note on where and when a page was copied, written above the copy: "saved
from old.reddit.com, Wed 22 Jul 2026, ~21:40", "copied from LinkedIn, Thu 14 May 2026
(post + top comments) - JT", "Clipped from x.com 3/5/26 by JT", "[Pasted by a reader
4/23/2026 — from facebook.com/groups/…]". The copy's, never a claim; its date is the copy's,
not the words'.

The note names a site (a web address, or a site by its name) and, after it, only when and
by whom: dates, times, weekdays, initials, a remark in brackets. "Copied from the minutes:
rates will rise by 2027." says more and is no such note. Pure functions; a cheap look at
the line's first word comes first.
"""

import datetime
import re
from collections.abc import Sequence

from claims.horizons.periods import MONTH_WORDS

_VERBS = frozenset(
    " ".join(("saved copied clipped pasted captured grabbed", "archived exported scraped")).split()
)
_NOTE = re.compile(
    r"^\W{0,3}(?P<verb>[a-z]+)(?:\s+by\s+(?P<by>[^—–]{1,60}?)\s*[—–,-]?)?"
    r"\s+(?:from|off|via)\s+(?P<site>[^\s,;()]+(?:\s+news)?)(?P<rest>.*)$",
    re.IGNORECASE,
)
# Sites named without their address ("from LinkedIn"), and the places a copy comes from.
_SITES = frozenset(
    " ".join(
        (
            "linkedin reddit x twitter facebook mastodon bluesky threads youtube discord slack",
            "telegram whatsapp instagram substack medium tiktok teams signal hn hacker",
        )
    ).split()
)
_DOMAIN = re.compile(r"^(?:https?://)?(?:[\w-]+\.)+[a-z]{2,12}(?:/\S*)?$", re.IGNORECASE)
_REMARK = re.compile(r"\([^()]{0,60}\)|\[[^\[\]]{0,60}\]")
# What the rest may hold: when, and by whom.
_WHEN = re.compile(
    r"^(?:[~≈]?\d[\d:/.\-]*(?:st|nd|rd|th|am|pm|h)?|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar"
    r"|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|on|at|by|around|about|approx\.?|today"
    r"|yesterday|tonight|morning|afternoon|evening|am|pm|utc|gmt|local|time|[-–—·|~]"
    r"|[A-Z]?[ECMPB][SD]T|CES?T|[+-]\d{2}:?\d{2})$",
    re.IGNORECASE,
)
_INITIALS = re.compile(r"^[A-Z]{1,4}\.?$|^(?:[A-Z]\.){1,3}$")
_MAX_CHARS = 160


def copy_note(text: str) -> bool:
    """Whether a line is a curator's note on where and when the page was copied ("saved
    from old.reddit.com, Wed 22 Jul 2026, ~21:40", "copied from LinkedIn, Thu 14 May 2026
    (post + top comments) - JT"): a site, then only a date, a time, initials, a remark in
    brackets. Source: how curators label what they paste from the browser."""
    text = text.strip()
    if len(text) > _MAX_CHARS or text.split(" ", 1)[0].strip("*_[(").lower() not in _VERBS:
        return False
    found = _NOTE.match(text)
    if found is None or found.group("verb").lower() not in _VERBS:
        return False
    site = found.group("site").lower().rstrip(".:")
    if site.split()[0] not in _SITES and _DOMAIN.match(site) is None:
        return False
    words = _REMARK.sub(" ", _rest(found)).replace(",", " ").split()
    return _only_when(words) and (found.group("by") is None or _by_whom(found.group("by")))


def _only_when(words: Sequence[str]) -> bool:
    return all(_WHEN.match(w) or _INITIALS.match(w) for w in words)


_WHO = re.compile(r"^[^\W\d_][\w.'’-]*$")


def _by_whom(text: str) -> bool:
    """Whether the words after "Pasted by" are who (a word or up to three: "a reader",
    "JT", "Dana Whitfield") and then only when ("4/23/2026", "on 3 May 2026")."""
    words = text.replace(",", " ").split()
    return any(
        all(_WHO.match(w) for w in words[:count]) and _only_when(words[count:])
        for count in range(1, min(3, len(words)) + 1)
    )


def _rest(found: re.Match) -> str:
    """What follows the site, without the bracket closing a note written in brackets
    ("[saved from … on 2026-09-22, 18:40 BST]")."""
    rest = found.group("rest").rstrip()
    opened = found.string.lstrip()[:1]
    if opened in "[(" and rest.endswith("])"["[(".index(opened)]):
        rest = rest[:-1]
    return rest


_ISO_DAY = re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")
_NAMED_DAY = re.compile(
    r"\b(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m1>[A-Za-z]{3,9})\.?,?\s+(?P<y1>\d{4})"
    r"|(?P<m2>[A-Za-z]{3,9})\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{4}))\b"
)
# "4/23/2026": read only when one of its numbers can only be the day (month/day or day/month).
_SLASH_DAY = re.compile(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})\b")
_CLOCK = re.compile(r"\b(?P<h>\d{1,2}):(?P<min>\d{2})\s*(?P<half>am|pm)?", re.IGNORECASE)


def copied_at(text: str) -> datetime.datetime | datetime.date | None:
    """When a curator's copy note (``copy_note``) says the page was saved: the moment when
    it gives a time, else the day, else None. "[saved from https://news.ycombinator.com/…
    on 2026-09-22, 18:40 BST]" → 22 Sep 2026 18:40 (the clock as written, its zone left
    out); "saved from old.reddit.com, Wed 22 Jul 2026" → 22 Jul 2026; "Clipped from x.com
    3/5/26 by JT" → None (which is the day, the note does not say)."""
    if not copy_note(text):
        return None
    found = _NOTE.match(text.strip())
    rest = f"{found.group('by') or ''} {_rest(found)}"
    day = _day_in(rest)
    if day is None:
        return None
    clock = _CLOCK.search(rest)
    if clock is None:
        return day
    hour, minute = int(clock.group("h")), int(clock.group("min"))
    half = (clock.group("half") or "").lower()
    hour = hour % 12 + (12 if half == "pm" else 0) if half else hour
    if hour > 23 or minute > 59:
        return day
    return datetime.datetime.combine(day, datetime.time(hour, minute))


def _day_in(text: str) -> datetime.date | None:
    found = _ISO_DAY.search(text)
    try:
        if found is not None:
            return datetime.date(int(found["y"]), int(found["m"]), int(found["d"]))
        found = _NAMED_DAY.search(text)
        if found is None:
            return _slash_day(text)
        month = MONTH_WORDS.get((found["m1"] or found["m2"]).lower())
        if month is None:
            return None
        day = int(found["d1"] or found["d2"])
        return datetime.date(int(found["y1"] or found["y2"]), month, day)
    except ValueError:
        return None


def _slash_day(text: str) -> datetime.date | None:
    """ "4/23/2026" → 23 Apr 2026, "23/4/2026" → the same; "3/5/2026" → None (which is the
    month, the note does not say)."""
    found = _SLASH_DAY.search(text)
    if found is None:
        return None
    first, second, year = int(found["a"]), int(found["b"]), int(found["y"])
    if (first > 12) == (second > 12):
        return None
    month, day = (second, first) if first > 12 else (first, second)
    return datetime.date(year, month, day)


_HEAD_LINES = 5  # a copy note stands above the page: among the document's first lines


def saved_moment(lines: Sequence[str]) -> datetime.datetime | datetime.date | None:
    """When the curator's copy note above the page says it was saved (``copied_at``), read
    from the document's first few lines with words; None when none says."""
    read = 0
    for line in lines:
        if not line.strip():
            continue
        found = copied_at(line)
        if found is not None:
            return found
        read += 1
        if read >= _HEAD_LINES:
            return None
    return None
