"""A phpBB board's topic page, copied from the browser.

The layout (phpBB's prosilver style, and boards styled after it)::

    gradecrossing                                   the poster's profile: user name,
    Conductor                                       rank, posts, joined, location
    Posts: 2841
    Joined: Sat Jun 14, 2014 8:02 pm
    Re: Eastline light rail: opening date megathread
    Post by gradecrossing » Tue Mar 03, 2026 9:14 pm the post's byline and date
    My own call hasn't changed: Eastline carries paying passengers before Labor Day 2027.
    Quote                                            a quoted post: its author, then
    ballastbrain wrote: ↑Wed Mar 04, 2026 7:48 am    its lines, copied from above
    What I want to know is whether route 40 survives.
    Last edited by gradecrossing on …, edited 1 time in total.
    _________________                                the signature
    Tom Haverkamp | Treasurer, Marrowbrook Rail Advocates
    Top

Each post's lines are its poster's, dated the post's day (relative times count from it).
A poster is cued by the name their signature gives ("Tom Haverkamp | Treasurer, …", under
the signature's rule, or a name alone on one of the post's last lines, above a role line:
"Priyanka Deshmane-Ward / Community Relations Manager, …"), for all their posts; else by the
user name, a handle the curator is asked about. No claims: the profile, the byline, the
"Quote" heading and its "… wrote:" line, quoted lines copied from a post above, "Last edited
by …", the signature, "Top", and the board's page around the posts (breadcrumbs, paging,
sponsored lines). A document is read so only when two posts or more have such a byline.
Source of the layout: phpBB 3's prosilver style, as a browser copies a topic page.
"""

import datetime
import re
from collections.abc import Sequence

from claims.importing.headings import date_line
from claims.importing.names import reads_as_name
from claims.importing.shaped import Reshaped, cued

_BYLINE = re.compile(r"^\s*(?:Post\s+)?by\s+(?P<user>\S[^»]{0,40}?)\s+»\s+(?P<when>\S.{4,40}?)\s*$")
_PROFILE = re.compile(
    r"^\s*(?:Posts:\s*[\d,]+|Joined:\s.+|Location:\s.*|Re:\s.+|Contact:.*|Reputation:.*)$"
)
_QUOTE_HEADING = re.compile(r"^\s*Quote:?\s*$")
_WROTE = re.compile(r"^\s*(?P<user>\S.{0,40}?)\s+wrote:\s*(?:↑.*)?$")
_EDITED = re.compile(r"^\s*Last edited by .+ in total\.?\s*$")
_RULE = re.compile(r"^\s*_{5,}\s*$")
_TOP = re.compile(r"^\s*(?:Top|Back to top|↑\s*Top)\s*$")
_SIGNED = re.compile(r"^\s*(?P<name>[^|·,–—(]{3,60}?)\s*(?:[|·,–—(].*)?$")
_BULLET = re.compile(r"^[-*•‣▪]\s+")
_MIN_POSTS = 2
_PROFILE_LINES = 6  # user name, rank and up to four profile fields above a byline
UNSIGNED = "“{user}” is a board's user name the page gives no name for: who is it?"
SIGNED = "“{user}” signs as {name}: taken as theirs"


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """A board's topic page as notes (``shaped``), or None when it is none.

    Shape: as many lines as given; each post's own lines cued by its poster, dated its
    day; everything else blank (the module's docstring)."""
    if sum(" » " in line for line in lines) < _MIN_POSTS:
        return None
    bylines = {index: found for index, line in enumerate(lines) if (found := _byline(line))}
    if len(bylines) < _MIN_POSTS:
        return None
    starts = list(bylines)
    nexts = [*starts[1:], len(lines)]
    posts = [
        (start, _post_end(lines, start, after)) for start, after in zip(starts, nexts, strict=True)
    ]
    bodies = {start: _body(lines, start, end) for start, end in posts}
    names: dict[str, str] = {}
    for start, (_, signer) in bodies.items():
        if signer:
            names.setdefault(bylines[start][0].lower(), signer)
    out = [""] * len(lines)
    notes: dict[int, str] = {}
    days: dict[int, datetime.date] = {}
    speakers: set[str] = set()
    seen: list[str] = []  # the lines of the posts above, as a quote copies them
    for start, _ in posts:
        user, day = bylines[start]
        name = names.get(user.lower(), "")
        kept, _ = bodies[start]
        quoting = False
        for index in kept:
            text = lines[index].strip()
            plain = " ".join(text.split()).lower()
            if _QUOTE_HEADING.match(text) or _WROTE.match(text):
                quoting = True
                continue
            if quoting and any(plain in above for above in seen):
                continue  # a quoted line, copied from a post above, whole or in part
            quoting = False
            seen.append(plain)
            out[index] = cued(name or user, _BULLET.sub("", text))  # a list's mark: no word
            speakers.add(name or user)
            notes[index + 1] = (
                SIGNED.format(user=user, name=name) if name else UNSIGNED.format(user=user)
            )
            days[index + 1] = day
    return Reshaped.of(out, speakers, notes=notes, days=days) if speakers else None


def _post_end(lines: Sequence[str], start: int, next_byline: int) -> int:
    """Where the post whose byline is at ``start`` ends: at its "Top", else before the
    next post's profile above its byline."""
    for index in range(start + 1, next_byline):
        if _TOP.match(lines[index]):
            return index
    return max(start + 1, next_byline - _profile_size(lines, next_byline))


def _profile_size(lines: Sequence[str], byline: int) -> int:
    """How many lines above a byline are its poster's profile (at most ``_PROFILE_LINES``)."""
    size = 0
    for index in range(byline - 1, max(-1, byline - 1 - _PROFILE_LINES), -1):
        if not lines[index].strip():
            break
        size += 1
    return size


def _body(lines: Sequence[str], start: int, end: int) -> tuple[list[int], str]:
    """The indexes of a post's own lines (its byline at ``start``, its end at ``end``)
    without its edit note and signature, and the name its signature gives ("" for none)."""
    kept: list[int] = []
    signer = ""
    for index in range(start + 1, end):
        text = lines[index].strip()
        if not text or _EDITED.match(text) or _PROFILE.match(text):
            continue
        if _RULE.match(text):  # the signature, to the post's end
            signer = _signer(lines[index + 1].strip()) if index + 1 < end else ""
            return kept, signer
        kept.append(index)
    # A sign-off on the post's last lines: a name alone, a role line under it.
    for position in range(max(0, len(kept) - 2), len(kept)):
        text = lines[kept[position]].strip()
        if reads_as_name(text) and len(text.split()) >= 2:
            return kept[:position], text
    return kept, signer


def _signer(text: str) -> str:
    """The person a signature's first line names ("Tom Haverkamp" of "Tom Haverkamp |
    Treasurer, …", "Harriet Oyelaran-Price · riding the 7 since 1979"), or ""."""
    found = _SIGNED.match(text)
    name = found["name"].strip() if found else ""
    return name if len(name.split()) >= 2 and reads_as_name(name) else ""


def _byline(line: str) -> tuple[str, datetime.date] | None:
    """The poster and the day of a post's byline ("Post by gradecrossing » Tue Mar 03, 2026
    9:14 pm"), or None when ``line`` is no byline."""
    if "»" not in line:
        return None
    found = _BYLINE.match(line)
    dated = date_line(found["when"], bare=True) if found else None
    return (found["user"].strip(), dated[0]) if dated else None
