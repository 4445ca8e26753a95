"""A curator's note on where and when a page was copied, written above the copy: "saved
from old.reddit.com, Wed 22 Jul 2026, ~21:40", "copied from LinkedIn, Thu 14 May 2026
(post + top comments) - JT", "Clipped from x.com 3/5/26 by JT". The copy's, never a claim;
its date is the copy's, not the words'.

The note names a site (a web address, or a site by its name) and, after it, only when and
by whom: dates, times, weekdays, initials, a remark in brackets. "Copied from the minutes:
rates will rise by 2027." says more and is no such note. Pure functions; a cheap look at
the line's first word comes first.
"""

import re

_VERBS = frozenset(
    " ".join(("saved copied clipped pasted captured grabbed", "archived exported scraped")).split()
)
_NOTE = re.compile(
    r"^\W{0,3}(?P<verb>[a-z]+)\s+(?:from|off|via)\s+(?P<site>[^\s,;()]+(?:\s+news)?)(?P<rest>.*)$",
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
    r"|yesterday|tonight|morning|afternoon|evening|am|pm|utc|gmt|local|time|[-–—·|~])$",
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
    words = _REMARK.sub(" ", found.group("rest")).replace(",", " ").split()
    return all(_WHEN.match(w) or _INITIALS.match(w) for w in words)
