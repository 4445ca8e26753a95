"""An article copied with its page and its readers' comments, read as notes (``shaped``).

An analyst's piece on an investing site, an op-ed on a news site, a Substack or WordPress post,
selected whole in a browser, comes with its page around it and its comments under it::

    Stockwell  Markets  Stock Ideas  Sign In  Subscribe      the site's bar
    Harbor Freight Lines: Upgrading To Buy                    the headline
    Mar. 4, 2026 6:30 AM ET | Harbor Freight Lines (HFL)      the dateline
    Nadia Kowal                                               the byline (the author) …
    8.1K Followers                                            … over a follower count,
    Follow                                                    … "Follow"
    Summary                                                   a heading
    I expect volumes to recover by the summer.                the author's words
    Comments (12)                                             the page's counters
    …
    Disclosure: I/we have a beneficial long position …        the disclosures
    Past performance is no guarantee of future results.
    About the author                                          the author's box and bio
    Nadia Kowal
    Former freight broker (11 years). Covers trucking.
    Comments (12)                                             the comments' heading
    Sort by  Newest                                           its controls
    railfan_88                                                a comment: its writer,
    4 Mar. 2026                                               its day ("· 4 Mar. 2026",
    Rates bottom out in Q2, mark my words.                     "| 2 hours ago")
    Like (14)   Reply   Report                                its buttons
    Nadia Kowal                                               the author answering,
    Author                                                    marked so
    4 Mar. 2026
    @railfan_88 I'd guess Q3.                                 a reply, its "@name" dropped
    Like (3)
    Show more comments (11)                                   the page's footer
    About Stockwell  Terms Of Use  Privacy  © 2026 Stockwell Media

Read here: the article's lines between its byline and its end (the disclosures, the author's
box, a list such as "Recommended For You", or the comments' heading) are the author's, the
name over the follower count or "Follow" (or after "By", or under "About the author");
headings and the page's short lines there are no one's words. Each comment is its writer's,
never the author's: the name or handle over its day (or beside it) to its buttons; a
commenter's handle ("railfan_88", one word) is not a name, and is asked about (a remark)
unless the curator maps it; a comment marked "Author" (or under the byline's name) is the
author's. A comment's day dates its lines. Everything else (the site's bar, the headline and
dateline, counters, the disclosures and disclaimers, the author's box, the comments'
controls and buttons, "Show more comments", the footer) is the page's, no claim. A reader
that cannot tell a comment's writer leaves its lines blank rather than give them to the author.

A document is read so only when its comments' heading ("Comments (23)", "23 Comments") is
followed by at least one comment (a writer's line, its day, its words and its buttons) and
the article above has a byline (a name over a follower count or "Follow", or "By Name") or
an author's box. Source of the layout: investing sites' article pages (analysts' pieces with
their disclosures), news sites' opinion pages, Substack, Medium and WordPress posts with
their comments, as copied from a browser.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from typing import NamedTuple

from claims.importing.forums import detail_date_line
from claims.importing.names import reads_as_name, role_cue
from claims.importing.quoted_passages import quoted_passages
from claims.importing.shaped import Reshaped, cued
from claims.importing.site_chrome import site_chrome_line

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# A comment's day or age: "28 Oct. 2026", "Oct. 28, 2026", "Oct 28", "2 hours ago", "3d",
# "Yesterday", "28/10/2026", with a time at times ("Oct. 28, 2026 9:14 AM").
_DAY_MONTH = re.compile(
    rf"(?i)^(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH})(?:,?\s+(?P<year>\d{{4}}))?$"
)
_MONTH_DAY = re.compile(
    rf"(?i)^(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:,?\s+(?P<year>\d{{4}}))?$"
)
_TIME = r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?"
_AGE = re.compile(
    r"(?i)^(?:(?:\d{1,3}|an?|one)\s+(?:second|sec|minute|min|hour|hr|day|week|wk|month|mo"
    r"|year|yr)s?\s+ago|\d{1,3}\s?(?:s|m|h|d|w|mo|y)|just\s+now|yesterday|today"
    r"|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2})$"
)
# The marks beside a writer's name: "Author", "Premium", "Contributor", "Verified".
_BADGE = re.compile(
    r"(?i)^(?:author|article\s+author|op|contributor|editor|staff|premium|pro|subscriber"
    r"|verified|top\s+(?:commenter|contributor)|(?:paid\s+|founding\s+)?member|moderator"
    # Substack's: "Paid subscriber", "Founding member", "Pinned", "Liked by Petra Lindgaard",
    # and the writer's handle under their name ("@kitwren").
    r"|(?:paid|founding)\s+subscriber|pinned|liked\s+by\s+\S.{0,60}|@[\w.\-]{2,30})$"
)
_AUTHOR_BADGE = re.compile(r"(?i)^(?:author|article\s+author|op)$")
# A writer on the line of their day: "chipwatcher · 28 Oct. 2026", "Greg T. | 2 hours ago".
_WRITER_DAY = re.compile(r"^(?P<who>[^·|•]{1,40}?)\s+[·|•]\s+(?P<day>.{1,40})$")
# A handle: one word with no space ("chipwatcher", "LongTheDip", "hbarrow_cfa", "@gt").
_HANDLE = re.compile(r"^@?[A-Za-z][\w.\-]{1,29}$")
# A comment's buttons and counts: "Like", "Like (14)", "12 Likes", "Reply", "Report",
# "Like · Reply · Report", "♥ 14", "Share".
_BUTTON_WORD = (
    r"(?:likes?(?:\s*\(\d[\d,.]*[KkMm]?\))?|\d[\d,.]*[KkMm]?\s+(?:likes?|replies|reply|votes?"
    r"|upvotes?)|repl(?:y|ies)(?:\s*\(\d+\))?|report|share|flag|edit(?:ed)?|delete|hide"
    r"|[♥♡❤👍↑▲]\s*\d*|\d[\d,.]*)"
)
_BUTTONS = re.compile(rf"(?i)^{_BUTTON_WORD}(?:\s*[·|•]?\s*{_BUTTON_WORD})*$")
# The comments' heading: "Comments (23)", "23 Comments", "Comments 23", "Discussion (4)".
# WordPress's "23 thoughts on “Title”", Substack's "Discussion about this post".
_COMMENTS = re.compile(
    r"(?i)^(?:(?:comments|discussion|responses)\s*\(?\d[\d,]*\)?|\d[\d,]*\s+comments?"
    r"|\d[\d,]*\s+(?:thoughts?|responses?|repl(?:y|ies))\s+(?:on|to)\s+\S.{0,150}"
    r"|discussion\s+about\s+this\s+(?:post|article))$"
)
# The comments' controls, and the page's lines among them.
_CONTROLS = re.compile(
    r"(?i)^(?:sort\s+by(?:\s*:?\s*\w+)?|newest|oldest|top|best|most\s+liked|popular|latest"
    r"|(?:show|load|view|see)\s+(?:\d+\s+)?(?:more|all|older|newer|previous)?\s*"
    r"(?:comments?|repl(?:y|ies))(?:\s*\(\d[\d,]*\))?|(?:add|write|leave|join)\s+(?:a\s+|the\s+)?"
    r"(?:comment|discussion|conversation)\S*|commenting\s+guidelines|community\s+guidelines"
    r"|comment\s+guidelines|sign\s+in\s+to\s+comment\S*|comments|restacks|discussion"
    r"|collapse|expand\s+full\s+comment|\d+\s+repl(?:y|ies)(?:\s+by\s+\S.{0,80})?"
    r"|what\s+are\s+your\s+thoughts\??)$"
)
# The byline's neighbours: "12.4K Followers", "Follow", "Following".
_FOLLOWERS = re.compile(r"(?i)^(?:\d[\d,.]*[KkMm]?\s+followers?|follow(?:ing)?|\+\s*follow)$")
# "By Arjun Mehta", "By Arjun Mehta, Contributor", "Posted on October 28, 2026 by Arjun Mehta".
_BY = re.compile(
    r"^(?:(?:[Pp]osted|[Pp]ublished)\s+(?:on\s+)?.{0,40}?\s)?[Bb]y\s+(?P<name>[A-Z][^,|·]{2,50}?)"
    r"\s*(?:[,|·].*)?$"
)
# WordPress's "Greg T. says:" over the comment's day.
_SAYS = re.compile(r"\s+(?:says|said|wrote):?$")
_ABOUT_AUTHOR = re.compile(
    r"(?i)^(?:about\s+the\s+author|about\s+the\s+writer|written\s+by)$"
    # Medium's box under the article: "Written by Halima Ostrander".
    r"|^written\s+by\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}$"
)
# Medium's publication box under the article: "Published in Grid Notes" over its followers.
_PUBLICATION_BOX = re.compile(r"^Published\s+in\s+\S.{0,60}$")
# The disclosures and disclaimers of an investing site's or a newsletter's article.
_DISCLOSURE = re.compile(
    r"(?i)^(?:[\w'’ ]{0,40}\bdisclosures?:|disclaimer:|i/we\s+(?:have|do\s+not\s+have)\b"
    r"|past\s+performance\s+is\s+(?:no|not\s+(?:a\s+)?)\s*(?:guarantee|indicative)"
    r"|this\s+article\s+(?:was\s+written\s+by|expresses|is\s+for\s+informational)"
    r"|(?:additional\s+)?disclosure\b|no\s+recommendation\s+or\s+advice\s+is\s+being\s+given"
    r"|(?:the\s+)?(?:views|opinions)\s+expressed\s+(?:here|above|in\s+this)\b"
    r"|nothing\s+(?:in\s+this\s+(?:article|post)\s+)?(?:here\s+)?(?:is|constitutes)"
    r"\s+(?:investment|financial)\s+advice)"
)
# A list under the article: "Recommended For You", "Related Stocks", "More from …".
_TAIL = re.compile(
    r"(?i)^(?:recommended(?:\s+for\s+you)?|related(?:\s+\w+){0,2}|more\s+(?:from|on|by)\b.{0,40}"
    r"|trending(?:\s+\w+)?|read\s+next|you\s+may\s+also\s+like|most\s+(?:read|popular))$"
)
# A line of the page inside the article: "Play (6min)", "Listen", "Save", "Share".
_PAGE_LINE = re.compile(
    r"(?i)^(?:play\s*\(\d+\s*min\)|listen(?:\s+to\s+this\s+article)?|save|share(?:\s+this(?:\s+\w+)?)?:?|print"
    r"|\d+\s+min(?:ute)?\s+read|(?:\d+\s+)?likes?|\d[\d,.]*[KkMm]?\s+(?:likes?|restacks?|views?)"
    r"|comments?\s*\(\d[\d,]*\)|\d[\d,]*\s+comments?|summary|subscribe|sign\s+in|upgrade)$"
)
_SENTENCE_END = re.compile(r"[.!?:;…][\"”’')\]]*\s*$")
_SHORT = 7  # a line of this many words or fewer not ending as a sentence is a heading
_HEAD = 15  # an author over the post's day stands among the first lines
_NEAR = 6  # a comment's day is within these many lines under its writer

# A commenter known only by a handle: asked, unless the curator maps it.
ASK_HANDLE = "“{handle}” is a commenter's handle, not a name: map it to who it is, or keep it"


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """``lines`` rewritten as notes: the article's lines cued to its author, each comment's
    lines cued to its writer (a handle with a remark asking who it is) and dated its day,
    the page's lines blank. None when the document has no comments' heading followed by a
    comment, or no byline or author's box above it (see the module's docstring)."""
    texts = [t.strip() for t in lines]
    heading = _comments_heading(texts)
    if heading is None:
        return None
    author, start = _author(texts, heading)
    if author is None and not any(_ABOUT_AUTHOR.match(t) for t in texts[:heading]):
        return None
    out = [""] * len(lines)
    end = _article_end(texts, start, heading)
    people: set[str] = set()
    if author:
        people.add(author)
    embedded = _embedded_posts(texts, start, end)
    quoted = quoted_passages(texts, start, end, author or "")
    remarks: dict[int, str] = {}
    for index in range(start, end):
        text = texts[index]
        if index in quoted and index not in embedded:  # a named person's words, quoted
            person, remarks[index + 1] = quoted[index]
            out[index] = cued(person, text)
            people.add(person)
            continue
        if index in embedded:  # a post embedded in the article is its poster's, not the author's
            poster = embedded[index]
            out[index] = cued(poster, text) if poster and _authors_line(text) else ""
            people |= {poster} - {""}
            continue
        if _authors_line(text):  # the curator's default speaker's, when no byline names one
            # An interview inside the article ("Q: …", "A: …", "Ruth Adeyemi-Carr: …") keeps
            # its own cues: its answers are the interviewee's, not the writer's.
            cue = _OWN_CUE.match(text)
            own = cue is not None and (role_cue(cue["label"]) or reads_as_name(cue["label"]))
            out[index] = cued(author, text) if author and not own else lines[index]
    writers, notes, days = _comments(texts, heading, author, out)
    people |= writers
    return Reshaped.of(out, people, {**remarks, **notes}, days)


# A social post embedded in an article: the poster's name over their "@handle", the post's
# words, then its time and day ("9:14 AM · Jun 3, 2026" on X; "March 12, 2026 at 9:03 AM" on
# Bluesky: ``forums.detail_date_line``), its counts and buttons.
_EMBED_HANDLE = re.compile(r"^@[\w.]{2,30}$")
_EMBED_TIME = re.compile(r"^\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*[·•]\s*\S.{0,40}$")
_EMBED_LINES = 12


def _embedded_posts(texts: Sequence[str], start: int, end: int) -> dict[int, str]:
    """The lines of posts embedded in the article (index → the poster's name, "" for the
    embed's own lines: the name, the handle, the time, counts and buttons)."""
    found: dict[int, str] = {}
    for index in range(start, end - 2):
        if not (reads_as_name(texts[index]) and _EMBED_HANDLE.match(texts[index + 1])):
            continue
        close = next(
            (
                i
                for i in range(index + 2, min(end, index + 2 + _EMBED_LINES))
                if _EMBED_TIME.match(texts[i]) or detail_date_line(texts[i])
            ),
            None,
        )
        if close is None:
            continue
        found.update(dict.fromkeys((index, index + 1, close), ""))
        found.update(dict.fromkeys(range(index + 2, close), texts[index]))
        for later in range(close + 1, min(end, close + 4)):  # its counts and buttons
            if not (_BUTTONS.match(texts[later]) or _PAGE_LINE.match(texts[later])):
                break
            found[later] = ""
    return found


# An image's or a chart's caption, known by the credit that ends it: "Dai Pryce-Evans
# commissioning a unit. Photo by the author.", "… Source: HHWC. Chart by the author."
_CREDITED = re.compile(
    r"(?i)(?:^|[.!?]\s+)(?:photo(?:graph)?|image|chart|graphic|illustration|picture|map)s?"
    r"\s*(?:by|:|courtesy\s+of|credit:?)\s+[^.!?]{2,60}\.?$"
)
_OWN_CUE = re.compile(r"^(?P<label>Q|A|[A-Z][\w.'’ -]{0,30}?)\s*[:.]\s+\S")


def _comments_heading(texts: Sequence[str]) -> int | None:
    """The index of the last comments' heading followed by a comment, or None."""
    for index in range(len(texts) - 1, -1, -1):
        if _COMMENTS.match(texts[index]):
            after = index + 1
            while after < len(texts) and (not texts[after] or _CONTROLS.match(texts[after])):
                after += 1
            if _header(texts, after):
                return index
    return None


def _next(texts: Sequence[str], index: int) -> int:
    while index < len(texts) and not texts[index]:
        index += 1
    return index


class _Header(NamedTuple):
    """A comment's header: its writer as shown, whether the page marks them the article's
    author, the comment's day (None for an age), and the index of its first line of words."""

    writer: str
    badge: bool
    day: datetime.date | None
    words: int


def _header(texts: Sequence[str], index: int) -> _Header | None:
    """The comment header at ``index``, or None. The header is the writer's line over its
    day (a badge between them at times), or the writer and the day on one line; the
    comment's words must follow and end at its buttons."""
    found = _writer_and_day(texts, index) if index < len(texts) and texts[index] else None
    if found is None:
        return None
    words = _next(texts, found.words)
    buttons = next(
        (i for i in range(words, min(len(texts), words + 40)) if _BUTTONS.match(texts[i])), None
    )
    if words >= len(texts) or buttons is None or buttons == words:
        return None
    return found._replace(words=words)


def _writer_and_day(texts: Sequence[str], index: int) -> _Header | None:
    """The writer and day of a header at ``index``, its ``words`` the index after its day."""
    text = _SAYS.sub("", texts[index])
    found = _WRITER_DAY.match(text)
    if found and _day(found["day"]) is not False and _writer(found["who"].strip()):
        return _Header(found["who"].strip(), False, _day(found["day"]) or None, index + 1)
    if not _writer(text):
        return None
    badge = False
    after = _next(texts, index + 1)
    while after < len(texts) and _BADGE.match(texts[after]):
        badge = badge or bool(_AUTHOR_BADGE.match(texts[after]))
        after = _next(texts, after + 1)
    if after >= len(texts) or after - index > _NEAR:
        return None
    day = _day(texts[after])
    if day is False:
        return None
    words = _next(texts, after + 1)
    while words < len(texts) and _BADGE.match(texts[words]):  # "Pinned", "Liked by …"
        words = _next(texts, words + 1)
    return _Header(text, badge, day or None, words)


def _writer(text: str) -> bool:
    """Whether a line reads as a commenter's name ("Dana R.", "Greg Tomasz") or handle."""
    if not text or len(text) > 40 or _SENTENCE_END.search(text.rstrip(".")):
        return False
    if _BUTTONS.match(text) or _CONTROLS.match(text) or _BADGE.match(text):
        return False
    if _HANDLE.match(text):
        return True
    initial = re.match(r"^(?P<first>[A-Z][\w'’-]+)\s+[A-Z]\.?$", text)  # "Dana R."
    return bool(initial) or reads_as_name(text)


def _day(text: str) -> datetime.date | bool | None:
    """A comment's day: the date, None for an age or a day without a year, False when
    ``text`` is no day."""
    text = re.sub(_TIME + r"\s*$", "", text.strip()).strip() if text else text
    for pattern in (_DAY_MONTH, _MONTH_DAY):
        found = pattern.match(text)
        if found:
            if not found["year"]:
                return None
            month = _MONTHS.index(found["month"][:3].lower()) + 1
            try:
                return datetime.date(int(found["year"]), month, int(found["day"]))
            except ValueError:
                return False
    return None if _AGE.match(text) else False


def _author(texts: Sequence[str], heading: int) -> tuple[str | None, int]:
    """The article's author and the index of the line after the byline: a name over a
    follower count or "Follow", or "By Name"; else the name under "About the author" (the
    article then starts at the first line)."""
    for index in range(min(heading, 40)):
        text = texts[index]
        by = _BY.match(text)
        if by and reads_as_name(by["name"]):
            return by["name"].strip(), index + 1
        following = _next(texts, index + 1)
        if (
            following < heading
            and _FOLLOWERS.match(texts[following])
            and (reads_as_name(text) or (_HANDLE.match(text) and not _PAGE_LINE.match(text)))
        ):
            return text, following + 1
    for index in range(min(heading, _HEAD)):  # Substack's author over the post's day
        following = _next(texts, index + 1)
        if following < heading and reads_as_name(texts[index]) and _day(texts[following]):
            return texts[index], following + 1
    for index in range(heading):
        if _ABOUT_AUTHOR.match(texts[index]):
            name = texts[_next(texts, index + 1)] if _next(texts, index + 1) < heading else ""
            if reads_as_name(name):
                return name, 0
    return None, 0


def _article_end(texts: Sequence[str], start: int, heading: int) -> int:
    """The index where the article's own lines end: its disclosures, the author's box, a
    list under it, or the comments' heading."""
    for index in range(start, heading):
        text = texts[index]
        if _ABOUT_AUTHOR.match(text) or _TAIL.match(text):
            return index
        if _PUBLICATION_BOX.match(text) and any(
            _FOLLOWERS.match(later) for later in texts[index + 1 : index + 3]
        ):
            return index
        if _DISCLOSURE.match(text) and index > (start + heading) // 2:
            return index
    return heading


def _authors_line(text: str) -> bool:
    """Whether a line of the article is the author's words: not the page's, a disclosure,
    nor a heading (a few words not ending as a sentence)."""
    if not text or _PAGE_LINE.match(text) or _FOLLOWERS.match(text) or _DISCLOSURE.match(text):
        return False
    if site_chrome_line(text):  # "Type your email...", the sign-up box's consent, "Share"
        return False
    if _CREDITED.search(text):  # an image's caption: "… Photo by the author."
        return False
    if _SENTENCE_END.search(text):
        return True
    words = text.split()
    capitals = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    # "Pellmark Semiconductor: Downgrading To Hold As The Capex Cycle Turns": a headline
    return len(words) > _SHORT and capitals < len(words) * 0.7


def _comments(texts: Sequence[str], heading: int, author: str | None, out: list[str]) -> tuple:
    """Each comment under ``heading`` cued to its writer in ``out`` (the author's when marked
    so or under the byline's name; a handle with a remark), dated its day; the rest blank.
    Returns the writers, the remarks and the days (by line number)."""
    people: set[str] = set()
    notes: dict[int, str] = {}
    days: dict[int, datetime.date] = {}
    index = heading + 1
    while index < len(texts):
        header = _header(texts, index)
        if header is None:
            index += 1
            continue
        writer = header.writer.lstrip("@")
        own = author is not None and (header.badge or writer == author)
        speaker = author if own else writer
        index = header.words
        while index < len(texts) and not _BUTTONS.match(texts[index]):
            text = _without_mention(texts[index])
            if text and not _CONTROLS.match(text):
                out[index] = cued(speaker, text)
                people.add(speaker)
                if header.day:
                    days[index + 1] = header.day
                if not own and " " not in speaker:
                    notes[index + 1] = ASK_HANDLE.format(handle=speaker)
            index += 1
    return people, notes, days


def _without_mention(text: str) -> str:
    """A reply's words without the "@name" it opens with ("@Dana R. I'd guess …")."""
    found = re.match(r"^@(?:[A-Z][\w'’-]*\s+[A-Z]\.\s+|[\w.\-]+[,:]?\s+)", text)
    return text[found.end() :].strip() if found else text
