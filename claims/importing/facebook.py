"""Facebook posts copied from the browser with their comments, read as notes (``shaped``).

A group's, a page's or a profile's post, as its text is selected and copied::

    [Pasted by a reader 4/23/2026 — from facebook.com/groups/…]   a curator's copy note
    Facebook    Search Facebook                                   the site's bar
    Maple Valley Parents                                          the group's name
    Public group · 12K members                                    the group's size
    Mayor Ana Ruiz                                                the post's author
    Admin · April 21, 2026 at 9:12 AM · 🌎                        badges, when, who sees it
    The library reopens on May 4. …See more                       the post's words
    #MapleValley                                                  hashtags
    👍❤️ 88        31 comments   4 shares                         the counts
    Like   Comment   Share                                        the buttons
    Most relevant ▾                                               the comments' order
    Top fan                                                       a commenter's badge
    Kim Osei                                                      a commenter
    Will the kids' room be open too?                              the comment's words
    Like · Reply · 2d    👍 3                                     its buttons, its age, its count
        Mayor Ana Ruiz                                            a reply (indented or not)
        Author                                                    the post's author's badge
        Yes, from day one.
        Like · Reply · 1d
    View all 4 replies / Kim Osei replied · 3 replies / View 27 more comments
    Write a public comment…                                       the composer

The post's header is its author's name on a line, then a line of badges ("Admin", "Top
contributor", "Author", "Follow") and when ("April 21, 2026 at 9:12 AM", "Yesterday at 3:14
PM", "2d") with the audience's icon. Each post's and comment's lines are the name's above
them; a comment runs from its name to its buttons' line ("Like · Reply · 2d", "Like Reply 5h
Edited"), or to its age and buttons a word a line ("2d", "Like", "Reply"), as the newer
page copies them. The bar, the group's name and size and everything above the first post's
header, the header's second line, the counts, buttons, orders, badges, "View … replies", "…
replied · 3 replies", the composer and a line of hashtags alone are nobody's words; nor is a
post's line that only announces it ("Folks, quick update from the capitol on the bridge. 🚧";
not "Quick update: the pool will open in June."). A comment whose
first line does not read as a name is left to nobody: who wrote it is not known.

When: the header's date dates the post; a comment's age ("2d", "5h", "1w") counts back
from the moment the curator's copy note says the page was saved (``copy_notes``); without a
note, a comment is left undated (it cannot be older than the post, but may be much newer).

A document is read so only when it shows the site's marks (its bar, a copy note from
facebook.com, the group's size, "N shares", "Like Comment Share", the composer) and a post's
header or a comment's buttons: a LinkedIn post, or notes that say "Like" in a sentence, read
as before. Source of the layout: facebook.com's post and comment pages, copied.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

from claims.horizons.periods import MONTH_WORDS
from claims.importing.copy_notes import copy_note, saved_moment
from claims.importing.cues import MAX_LABEL_WORDS
from claims.importing.hacker_news import written_on
from claims.importing.shaped import Reshaped, cued

_SEP = re.compile(r"\s*[·•|]\s*|\s{2,}")
_AGE = r"\d{1,3}\s?(?:s|m|mins?|h|hrs?|d|w|wks?|y|yrs?)"
_AGE_ONLY = re.compile(rf"^(?:{_AGE}|just now)$", re.IGNORECASE)
_CLOCK = r"\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?"
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# "February 17, 2026 at 8:05 AM", "February 17 at 8:05 AM", "17 February 2026 at 08:05",
# "Yesterday at 3:14 PM", "Monday at 9:00 AM", "2d", "Just now".
_WHEN = re.compile(
    rf"^(?:{_AGE}|just now|(?:yesterday|{_WEEKDAY})(?:\s+at\s+{_CLOCK})?"
    rf"|(?P<month>[A-Za-z]{{3,9}})\.?\s+(?P<day>\d{{1,2}})(?:,\s+(?P<year>\d{{4}}))?"
    rf"(?:\s+at\s+{_CLOCK})?"
    rf"|(?P<day2>\d{{1,2}})\s+(?P<month2>[A-Za-z]{{3,9}})(?:\s+(?P<year2>\d{{4}}))?"
    rf"(?:\s+at\s+{_CLOCK})?)$",
    re.IGNORECASE,
)
_BADGES = (
    "admin|moderator|author|top fan|top contributor|rising contributor|group expert"
    "|valued commenter|conversation starter|new member|verified|follow|following|join"
    "|join group|sponsored|edited|shared with public|public|friends|only me|custom"
)
_BADGE = re.compile(rf"^(?:{_BADGES})$", re.IGNORECASE)
_ICON = re.compile(r"^[^\w\s]{1,4}$")

_CHROME = re.compile(
    r"^(?:facebook|search facebook|facebook\s+search facebook"
    r"|(?:private|public)\s+group(?:\s*[·•]\s*[\d.,]+\s*[KkMm]?\s+members?)?"
    rf"|{_BADGES}|invite|share|reply|comment|send|hide|see more|(?:…|\.\.\.)\s*see more"
    r"|see (?:translation|original)|rate this translation|all reactions:?"
    r"|like(?:\s*[·•]?\s*(?:comment|share|send|reply))*"
    r"|(?:most relevant|newest|all comments|top comments|most recent)\s*[▾▼⌄]?"
    r"|most relevant is selected.{0,80}|no comments yet|be the first to comment\.?"
    r"|view (?:all\s+)?(?:\d[\d.,]*\s+)?(?:more\s+|previous\s+)?"
    r"(?:comments?|repl(?:y|ies)|answers?)"
    r"|write (?:a|an)\s+(?:public\s+)?(?:comment|reply|answer)\s*(?:…|\.\.\.)?"
    r"|comment as \S.{0,60}"
    r"|\S.{0,60}?\s+replied\s*[·•]\s*\d+\s+repl(?:y|ies)"
    r"|(?:you,\s+)?\S.{0,60}?\s+and\s+[\d.,]+[KkMm]?\s+others?"
    r")\s*$",
    re.IGNORECASE,
)
# "👍❤️ 214        87 comments   19 shares", "1.2K comments", "👍 31".
_COUNT_PART = re.compile(
    r"^(?:[^\w\s]{0,12}\s*[\d.,]+[KkMm]?|[\d.,]+[KkMm]?\s+(?:comments?|shares?|reactions?|views?)"
    r"|[^\w\s]{1,12})$",
    re.IGNORECASE,
)
_SHARES = re.compile(r"\b[\d.,]+[KkMm]?\s+shares?\b", re.IGNORECASE)
_HASHTAGS = re.compile(r"^(?:#\w+\s*)+$")
_SEE_MORE = re.compile(r"\s*(?:…|\.\.\.)?\s*see more\s*$", re.IGNORECASE)
_NAME_BADGE = re.compile(rf"\s*[·•]\s*(?:{_BADGES})\s*$", re.IGNORECASE)
_NAME_WORD = re.compile(
    r"^(?:[A-Z\u00c0-\u024f][\w.'’-]*|&|and|of|the|de|da|del|van|von|bin|al|le|la)$"
)
_NAME_JOINS = frozenset(("&", "and", "of", "the", "de", "da", "del", "van", "von", "bin", "al"))
# A line that only announces the post: "Folks, quick update from Springfield on the Route 9
# bridge. 🚧", "Quick reminder about Saturday's cleanup!", "Important update regarding the
# pool:". "Quick update: the pool will open in June." says more, and stays.
_ANNOUNCES = re.compile(
    r"^(?:(?:hi|hey|hello|ok|okay|so)?\s*(?:folks|friends|neighbou?rs|everyone|everybody|all"
    r"|y'all|team|members)?\s*[,!]\s*)?(?:(?:a|an|one|another|our|my|just\s+a)\s+)?"
    r"(?:(?:quick|short|brief|big|important|little|small|final|weekly|monthly)\s+){0,2}"
    r"(?:update|note|reminder|heads[- ]up|announcement|psa|notice)"
    r"(?:\s+(?:from|for)\s+[^.!?:;,]{1,40}?)?(?:\s+(?:on|about|re|regarding|for)\s+[^.!?:;]{1,80})?"
    r"\s*[.!:]*\s*[^\w\s]{0,6}\s*$",
    re.IGNORECASE,
)
_STATING = re.compile(r"\b(?:will|won['’]t|would|going to|expect\w*)\b|['’]ll\b", re.IGNORECASE)
_BUTTONS = frozenset(("like", "reply", "share", "message", "edited", "hide", "see_translation"))
_OPENING = 8  # the site's marks stand among the first lines with words
_COMMENT_SPAN = 25  # a comment's name is at most these many lines above its buttons


def chrome(text: str) -> bool:
    """Whether a line of a copied Facebook page is the site's own: its bar, a group's size,
    badges, counts ("👍❤️ 214   87 comments   19 shares"), buttons ("Like  Comment  Share"),
    "Most relevant ▾", "View all 12 replies", "Ana Ruiz replied · 3 replies", the composer
    ("Write a public comment…"). Read only in a document shown to be such a page."""
    text = text.strip()
    if not text or len(text) > 140:
        return False
    if _CHROME.match(text) is not None:
        return True
    parts = [part for part in _SEP.split(text) if part]
    # "Admin · Top contributor": a name's badges on a line of their own
    return all(_COUNT_PART.match(part) for part in parts) or all(_BADGE.match(p) for p in parts)


def comment_buttons(text: str) -> str | None:
    """The age a comment's buttons' line gives, "" when it gives none, or None when the line
    is no such line. "Like · Reply · 2d    👍 31" → "2d"; "Like Reply 5h Edited" → "5h";
    "Like · Reply" → ""; "I like the reply" → None."""
    text = text.strip()
    if len(text) > 80 or "reply" not in text.lower():
        return None
    text = re.sub(r"(?i)see translation|just now", lambda m: m.group(0).replace(" ", "_"), text)
    words = [word for part in _SEP.split(text) for word in part.split()]
    lowered = [w.lower() for w in words]
    if "like" not in lowered or "reply" not in lowered or lowered.index("like") > 2:
        return None
    ages = [word.replace("_", " ") for word in lowered if _AGE_ONLY.match(word.replace("_", " "))]
    others = [word for word in lowered if not _AGE_ONLY.match(word.replace("_", " "))]
    if not all(word in _BUTTONS or _COUNT_PART.match(word) for word in others):
        return None
    return ages[0] if ages else ""


_BUTTONS_RUN = 6  # "2d", "Like", "Reply", "Edited", "👍", "31": each on a line of its own


def buttons_at(lines: Sequence[str], index: int) -> tuple[int, str] | None:
    """The comment's buttons that start at ``lines[index]``: (the index of their last line,
    the age they give), or None. On one line ("Like · Reply · 2d") or, as the newer page
    copies them, a word a line ("2d", "Like", "Reply", "31" → (index + 3, "2d"))."""
    age = comment_buttons(lines[index])
    if age is not None:
        return index, age
    words: list[str] = []
    for line in range(index, min(index + _BUTTONS_RUN, len(lines))):
        text = lines[line].strip()
        if not _button_word(text):
            break
        words.append(text)
        age = comment_buttons(" · ".join(words)) if len(words) > 1 else None
        if age is not None:
            return _counts_after(lines, line), age
    return None


def _button_word(text: str) -> bool:
    lowered = text.lower()
    return bool(text) and (
        lowered in _BUTTONS or lowered == "see translation" or bool(_AGE_ONLY.match(lowered))
    )


def _counts_after(lines: Sequence[str], index: int) -> int:
    """The last index of the buttons ending at ``index`` with the counts after them."""
    while index + 1 < len(lines) and lines[index + 1].strip():
        text = lines[index + 1].strip()
        if not (_COUNT_PART.match(text) or text.lower() in _BUTTONS):
            break
        index += 1
    return index


def header_when(text: str) -> str | None:
    """When a post's header's second line says it was written, or None when the line is no
    such line: "Admin · February 17, 2026 at 8:05 AM · 🌎" → "February 17, 2026 at 8:05
    AM"; "2d · 🌎" → "2d"; "Top contributor · Follow" → None (no when)."""
    text = text.strip()
    if not text or len(text) > 100:
        return None
    when = None
    for part in (part for part in re.split(r"\s*[·•]\s*", text) if part):
        found = _WHEN.match(part)
        if found is not None and _month_known(found):
            when = when or part
        elif not (_BADGE.match(part) or _ICON.match(part)):
            return None
    return when


def _month_known(found: re.Match[str]) -> bool:
    month = found.group("month") or found.group("month2")
    return month is None or month.lower().rstrip(".") in MONTH_WORDS


def name_line(text: str) -> str | None:
    """The name a line gives when it reads as a post's or a comment's author ("Kim Osei",
    "Mayor Ana Ruiz", "Maple Valley Parents & Friends", "Ana Ruiz · Author" → "Ana Ruiz"),
    else None: a sentence, a lower-case phrase, a long line."""
    text = _NAME_BADGE.sub("", text.strip())
    words = text.split()
    if not 0 < len(text) <= 70 or not 1 <= len(words) <= 8 or text[-1] in ".,;:!?":
        return None
    if not all(_NAME_WORD.match(word) for word in words) or words[0].lower() in _NAME_JOINS:
        return None
    return None if chrome(text) else text


def _facebook_page(lines: Sequence[str]) -> bool:
    """Whether the document shows the site's marks (its bar or a copy note from facebook.com
    among the first lines, a group's size, "N shares", "Like Comment Share", the composer)
    and a post's header or a comment's buttons."""
    opening = [line.strip() for line in lines if line.strip()][:_OPENING]
    marked = any(
        line.lower() in ("facebook", "search facebook")
        or line.lower().startswith("facebook ")
        or (copy_note(line) and "facebook" in line.lower())
        for line in opening
    )
    stripped = [line.strip() for line in lines]
    marked = marked or any(
        chrome(line)
        and (
            _SHARES.search(line)
            or re.match(
                r"(?i)(?:write a (?:public )?comment…|like\s+comment|"
                r"(?:private|public) group)",
                line,
            )
        )
        for line in stripped
    )
    if not marked:
        return False
    return any(buttons_at(lines, i) for i in range(len(lines))) or bool(_headers(lines))


_HEADER_BADGES = 3  # badge lines a header may hold between its name and its when


def _headers(lines: Sequence[str]) -> dict[int, tuple[str, int, str]]:
    """Each post's header: the name's index → (name, the when line's index, when). The when
    may follow badge lines of their own ("Top contributor", then "April 16 at 7:42 PM ·")."""
    found = {}
    for index, line in enumerate(lines):
        name = name_line(line) if line.strip() else None
        following = _next_filled(lines, index)
        if name is None or following is None:
            continue
        for _ in range(_HEADER_BADGES):
            if following is None or not _BADGE.match(lines[following].strip()):
                break
            following = _next_filled(lines, following)
        when = header_when(lines[following]) if following is not None else None
        if when is not None:
            found[index] = (name, following, when)
    return found


def announcement(text: str) -> bool:
    """Whether a post's line only announces it ("Folks, quick update from Springfield on
    the Route 9 bridge. 🚧", "Quick reminder about Saturday's cleanup!"): no claim. A line
    that says what will happen ("Quick update: the pool will open in June.") is none."""
    text = text.strip()
    return len(text) <= 160 and _ANNOUNCES.match(text) is not None and _STATING.search(text) is None


def _post_end(text: str) -> bool:
    """Whether a line ends a post's words: the site's line under them (the counts, the
    buttons, the comments' order, the composer), not a badge or "See more"."""
    if not chrome(text) or _BADGE.match(text) or _SEE_MORE.fullmatch(text):
        return False
    return not text.lower().startswith(("see ", "rate this"))


def _next_filled(lines: Sequence[str], index: int) -> int | None:
    return next((i for i in range(index + 1, len(lines)) if lines[i].strip()), None)


def _said(text: str) -> str:
    """A post's or a comment's line without its "…See more" link."""
    found = _SEE_MORE.search(text)
    return text if found is None or found.start() == 0 else text[: found.start()] + " …"


def _post_day(when: str, saved) -> datetime.date | None:
    """The day a header's when says: its date (the year the copy's when it gives none), or
    its age counted back from the copy."""
    found = _WHEN.match(when)
    saved_day = saved.date() if isinstance(saved, datetime.datetime) else saved
    if found is None or not (found.group("month") or found.group("month2")):
        short = when.split(maxsplit=1)[0] if when.lower().startswith("yesterday") else when
        if short.lower() == "yesterday":
            return saved_day - datetime.timedelta(days=1) if saved_day else None
        return written_on(short, saved) if saved else None
    month = MONTH_WORDS[(found.group("month") or found.group("month2")).lower().rstrip(".")]
    day = int(found.group("day") or found.group("day2"))
    year = found.group("year") or found.group("year2")
    if year is None and saved_day is None:
        return None
    try:
        written = datetime.date(int(year or saved_day.year), month, day)
    except ValueError:
        return None
    if year is None and written > saved_day:
        written = written.replace(year=written.year - 1)
    return written


class _Reader:
    """The page read line by line: who each line is, and the day it was written."""

    def __init__(self, lines: Sequence[str]) -> None:
        self.lines = lines
        self.out = [""] * len(lines)
        self.days: dict[int, datetime.date] = {}
        self.said_by: dict[int, str] = {}  # the index of a line said → who said it
        self.saved = saved_moment(lines)
        self.headers = _headers(lines)
        self.buttons = {
            index: found for index in range(len(lines)) if (found := buttons_at(lines, index))
        }
        # Everyone who writes a post or a comment: a reply opens with the name it answers.
        self.writers = sorted(
            {name for name, _, _ in self.headers.values()}
            | {
                name
                for index, line in enumerate(lines)
                if (name := name_line(line) if line.strip() else None)
                and self._buttons_after(index) is not None
            },
            key=len,
            reverse=True,
        )

    def read(self) -> None:
        index = min(self.headers, default=len(self.lines))
        while index < len(self.lines):
            index = self._post(index) if index in self.headers else self._comment(index)

    def _post(self, index: int) -> int:
        """The post whose header opens at ``index``; the index after its words."""
        name, when_at, when = self.headers[index]
        day = _post_day(when, self.saved)
        start = index = when_at + 1
        while index < len(self.lines) and index not in self.headers:
            text = self.lines[index].strip()
            if _post_end(text):
                break
            if index in self.buttons:
                return self._run_into_comment(start, index)
            if text and not (chrome(text) or _HASHTAGS.match(text) or announcement(text)):
                self._say(index, name, text, day)
            index += 1
        return index

    def _run_into_comment(self, start: int, buttons: int) -> int:
        """A post's words that run into a comment's buttons with no site line between: the
        last name above the buttons opens the comment, where the post's words end; with no
        such name, where they end is not known, and none of those lines is anybody's. The
        index to read on from."""
        named = next(
            (i for i in range(buttons - 1, start - 1, -1) if name_line(self.lines[i])), None
        )
        for line in range(start if named is None else named, buttons):
            self.out[line] = ""
            self.days.pop(line + 1, None)
            self.said_by.pop(line, None)
        return buttons if named is None else named

    def _comment(self, index: int) -> int:
        """The comment whose name may stand at ``index``; the index after it."""
        text = self.lines[index].strip()
        name = name_line(text) if text and not chrome(text) else None
        end = self._buttons_after(index) if name else None
        if name is None or end is None:
            return index + 1
        last, age = self.buttons[end]
        day = written_on(age, self.saved) if age and self.saved else None
        first = True
        for line in range(index + 1, end):
            said = self.lines[line].strip()
            if said and not chrome(said) and not _HASHTAGS.match(said):
                self._say(line, name, self._unaddressed(said, name) if first else said, day)
                first = False
        return last + 1

    def _unaddressed(self, text: str, name: str) -> str:
        """A reply's first line without the name of the writer it answers, which the page
        shows before the words: "Dale Hutchins thank you!!" → "thank you!!"."""
        for writer in self.writers:
            if writer != name and text.startswith(writer + " ") and len(writer.split()) > 1:
                return text[len(writer) :].strip()
        return text

    def _buttons_after(self, index: int) -> int | None:
        """The index of the buttons' line that closes the comment named at ``index``: within
        a few lines, with no other comment's buttons or post between."""
        for line in range(index + 1, min(index + _COMMENT_SPAN, len(self.lines))):
            if line in self.headers:
                return None
            if line in self.buttons:
                return line
        return None

    def _say(self, index: int, name: str, text: str, day: datetime.date | None) -> None:
        if len(name.split()) > MAX_LABEL_WORDS:
            # A group's or a page's long name reads as no cue: its words are asked about.
            self.out[index] = _said(text)
        else:
            self.out[index] = cued(name, _said(text))
            self.said_by[index] = name
        if day is not None:
            self.days[index + 1] = day


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """A Facebook post's page as notes (``shaped``), or None when the document is none.

    Shape: as many lines as given; each line of a post's or a comment's words "Name: words",
    dated the day its header or its age says (``Reshaped.days``, by line number); the site's
    lines, names, headers and buttons blank. Source of the layout: facebook.com's post pages,
    copied from the browser."""
    if not _facebook_page(lines):
        return None
    reader = _Reader(lines)
    reader.read()
    if not reader.said_by:  # nobody's words found: the page reads as before
        return None
    return Reshaped.of(reader.out, set(reader.said_by.values()), days=reader.days)
