"""Issue threads and forum topics copied whole from the browser: a GitHub issue, pull request
or discussion page, and a Discourse topic. Which lines are the page's own, and which open a
post and whose.

A GitHub page opens with the site's chrome (``Skip to content``, ``tessellate-io /
tessellate  Public``, the tab bar ``Code  Issues 412  Pull requests 57 …``), the issue's
title (``Roadmap for 2.0 … #4127``) and its state (``Open  mkovacs-dev opened this issue on
Sep 3, 2025 · 6 comments``). Each comment opens with its header: ``hannah-lindqvist
(Member) commented on Sep 4, 2025``, ``jpark commented 3 days ago • edited``, or the newer
two lines ``hannah-lindqvist`` above ``commented on Sep 4, 2025``; a discussion's reply with
its handle above its day (``hannah-lindqvist`` above ``Sep 4, 2025``) and a badge
(``Maintainer``). Between comments the timeline tells what was done (``github-actions bot
added the roadmap label on Sep 5, 2025``, ``… pinned this issue``, ``… closed this as
completed``, ``… mentioned this issue``); reactions (``👍 12``, ``❤️ 41  🎉 12``), badges
alone (``Member``, ``Author``), the sidebar (``Assignees``, ``Labels`` and the labels under
it, ``Milestone``, ``Participants``), the comment box (``Write  Preview``, ``Leave a
comment``) and the footer are nobody's. A quoted reply (``> …``) is the earlier comment's
words, and a code block's lines are code: no claims of the comment's author.

A Discourse topic opens with the forum's chrome, the topic's title and its category and
tags. Each post opens with its author's handle, a user title beside it (``ines_baptista
Verdant Team``, ``kees_mod  Moderator``) or on a line between (a trust level: ``Regular``,
``Leader``), its author's name above it where the forum shows names (``Helen Marsh`` above
``hmarsh``), and the day below (``Nov 12, 2025``, ``Mar 3``, ``Mar '26``, ``2d``) or beside
it (``jdoe   Mar 3``). Its counts (``1 Reply``, ``18``,
``❤ 5``, ``Solution``), the topic's summary (``created  last reply  5 replies  2.1k views``)
and the list of related topics after the last post are nobody's; a quotation of an earlier
post (``marta.s:`` or ``marta.s said:`` above the words quoted) is that post's, not the
quoter's claim.

A signature that names the handle's owner (``— Hannah Lindqvist, lead maintainer`` under
``hannah-lindqvist``) names the comment's author from its first line, and their later
comments; one that names somebody else is left as the page's line, the handle kept. A
post's day dates its words ("within a year" from the post, not the topic).

Pure functions; the notes reader opens each post's turn (``notes_thread_pages``).
"""

import datetime
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from claims.importing.headings import self_introduction as introduced_name

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DAY = rf"(?:{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?)"
_AGO = r"(?:\d+\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago|yesterday"
_AGO += r"|last\s+(?:week|month|year)|just now|now)"
# A post's day as Discourse shows it: "Nov 12, 2025", "Mar 3", "Mar '26", "2d", "5h".
_POST_DAY = rf"(?:{_DAY}|{_MONTH}\s+['’]\d{{2}}|\d{{1,2}}\s*(?:m|h|d|w|mon|y)|{_AGO})"
_POST_DAY_ALONE = re.compile(rf"^(?:on\s+)?(?:{_POST_DAY})(?:\s*[·•]\s*edited)?$", re.IGNORECASE)

_HANDLE = r"[A-Za-z0-9][\w.-]{0,38}"
_BADGE = (
    r"(?:Member|Owner|Author|Contributor|Collaborator|Maintainer|Sponsor|Staff|Moderator"
    r"|First-time contributor|Mannequin)"
)
_BADGES = rf"(?:\s*[·•]?\s*\(?{_BADGE}\)?)*"
_EDITED = r"(?:\s*[·•]\s*edited(?:\s+by\s+[\w-]+)?|\s+edited)?"
_WHEN = rf"(?:on\s+{_DAY}|{_DAY}|{_AGO})"
# "hannah-lindqvist (Member) commented on Sep 4, 2025", "jpark commented 3 days ago • edited".
_COMMENTED = re.compile(
    rf"^@?(?P<handle>{_HANDLE}?)(?P<bot>\[bot\])?{_BADGES}\s+commented\s+(?P<when>{_WHEN})"
    rf"{_EDITED}{_BADGES}\s*$",
    re.IGNORECASE,
)
# "Open  mkovacs-dev opened this issue on Sep 3, 2025 · 6 comments"; the newer "mkovacs-dev
# opened on Sep 3, 2025".
_OPENED = re.compile(
    rf"^(?:(?:Open|Closed|Merged|Draft)\s+)?@?(?P<handle>{_HANDLE}?)(?P<bot>\[bot\])?{_BADGES}"
    rf"\s+opened\s+(?:this\s+(?:issue|pull request)\s+)?(?P<when>{_WHEN})"
    r"(?:\s*[·•]\s*(?:\d+\s+comments?|edited(?:\s+by\s+[\w-]+)?))*\s*$",
    re.IGNORECASE,
)
# The newer page's second line: "commented on Sep 4, 2025", "opened on Sep 3, 2025".
_ACTED_BELOW = re.compile(
    rf"^(?:commented|opened(?:\s+this\s+(?:issue|pull request))?)\s+(?P<when>{_WHEN}){_EDITED}"
    rf"{_BADGES}\s*$",
    re.IGNORECASE,
)
# A review, whose words follow: "jpark approved these changes on Sep 5, 2025".
_REVIEWED = re.compile(
    rf"^@?(?P<handle>{_HANDLE}?)(?P<bot>\[bot\])?\s+(?:approved these changes|requested changes"
    rf"|left a comment|reviewed)(?:\s+(?P<when>on\s+{_DAY}|{_DAY}|{_AGO}))?{_BADGES}\s*$",
    re.IGNORECASE,
)
# A Discourse post's handle line: "ljunggren_e", "ines_baptista  Verdant Team", "jdoe   Mar 3".
_POSTER = re.compile(rf"^@?(?P<handle>{_HANDLE})(?:(?:\s{{2,}}|\t)(?P<rest>\S.{{0,60}}))?$")
_TITLE = re.compile(r"^[^\d\s][^.!?:;]{0,40}$")
# A user title a forum shows on its own line between a handle and its day: Discourse's trust
# levels ("Regular", "Leader", "Basic", "New user") and the titles sites give ("Moderator").
_USER_TITLE = re.compile(
    r"^(?:new user|basic(?: user)?|member|regular|leader|moderator|admin|administrator|staff"
    r"|team|community manager|community team|expert|top contributor|verified|original poster"
    r"|guest|employee|champion|mvp|super ?user|trust level \d)$",
    re.IGNORECASE,
)
_POST_DAY_AT_END = re.compile(rf"(?:^|\s{{2,}}|\t)(?P<when>{_POST_DAY})$", re.IGNORECASE)
_BOTS = frozenset(("system", "discobot", "github-actions", "dependabot", "renovate", "codecov"))

# What a GitHub timeline tells was done: "github-actions bot added the roadmap label on Sep
# 5, 2025", "hannah-lindqvist pinned this issue", "jpark closed this as completed in #4130".
_EVENT = re.compile(
    rf"^@?{_HANDLE}(?:\[bot\]|\s+bot)?\s+(?:"
    r"(?:added|removed)\s+(?:the\s+.{1,60}?\s+labels?|.{1,80}?\s+labels|this to the\s+.{1,40}"
    r"\s+milestones?|this from the\s+.{1,40}\s+milestones?|\d+\s+commits?|a commit)"
    r"|(?:un)?pinned this (?:issue|discussion)|(?:self-assigned|unassigned|assigned) (?:this|\S+)"
    r"|closed this(?: as (?:completed|not planned|duplicate))?(?: in\s+\S+)?"
    r"|reopened this|(?:mentioned|referenced) this(?: issue| pull request| discussion)?"
    r"|linked (?:a|an) (?:pull request|issue)(?: that will close this issue)?"
    r"|changed the title\b.*|(?:un)?locked\b.*conversation"
    r"|(?:un)?locked (?:and|as)\b.*|merged (?:commit|\d+ commits?)\b.*|deleted the\s+\S+\s+branch"
    r"|(?:requested|dismissed) (?:a )?review\b.*|asked this question in\b.*"
    r"|marked this (?:pull request )?as\b.*|converted this\b.*|transferred this\b.*"
    r"|force-pushed the\b.*|pushed \d+ commits?|moved this\b.*|marked as (?:the )?answer"
    r"|started this conversation in\b.*|added a commit that referenced this issue"
    rf")(?:\s+(?:on\s+{_DAY}|{_AGO}))?\s*$",
    re.IGNORECASE,
)

_SIGNATURE = re.compile(
    r"^(?:[—–]|--?)\s*(?P<name>[A-Z][^\s,;:]+(?:\s+[A-Z][^\s,;:]+){1,3})(?:,.*)?$"
)

# The page's own lines, read only in a page of either kind.
_CHROME = re.compile(
    r"^(?:skip to (?:main )?content|system|navigation menu|toggle navigation|sign (?:in|up)|log in"
    r"|sign up\s+log in|new issue|jump to bottom|jump to top|copy link|quote reply|edit"
    r"|\d+\s+repl(?:y|ies)|reply|share|bookmark|flag|solution|edited|"
    r"(?:\d+\s+)?likes?|\d+\s+participants?|participants|issue actions|notifications"
    r"|customi[sz]e|subscribe|unsubscribe|you['’]re (?:not )?receiving notifications\b.*"
    r"|assignees|no one(?: assigned)?(?:\s*-\s*assign yourself)?|labels|none yet|projects"
    r"|milestone|no milestone|development|no branches or pull requests|relationships|type"
    r"|reviewers|no reviews|linked issues|successfully merging .*|write\s+preview"
    r"|leave a comment|add a comment|markdown is supported.*|paste, drop, or click to add files"
    r"|comment|close issue|close with comment|sign up for free to join this conversation .*"
    r"|already have an account\?.*|remember, contributions to this repository .*|footer"
    r"|footer navigation|©\s*\d{4} github,? inc\.?|terms\s+privacy\s+security\s+status\b.*"
    r"|(?:code\s+)?issues\s+\d.*pull requests.*|code|issues|pull requests|discussions"
    r"|actions|wiki|security|insights|conversation\s+\d+.*|commits\s+\d+.*"
    r"|files changed\s+\d+.*|checks\s+\d+.*|answered by\s+\S+|marked as answer|answered"
    r"|unanswered|category|show \d+ previous repl(?:y|ies)|\d+ (?:hidden items|more replies)"
    r"|load more(?:…|\.\.\.)?|powered by discourse\b.*|related topics|suggested topics"
    r"|new & unread topics|want to read more\?.*|topic\s+replies\s+views\s+activity"
    r"|home\s+categories\b.*|this topic was automatically (?:closed|opened)\b.*"
    r"|(?:closed|opened|pinned|unpinned|listed|unlisted) (?:on\s+)?" + _DAY + r"|solved by\b.*"
    r"|read \d+ min(?:utes)?|view reviewed changes|hide details|show resolved|\d+\s*/\s*\d+"
    r"|view full answer|return to top|discussion options|comment options|reply options"
    r"|(?:replies:\s*)?\d+\s+comments?(?:\s*[·•]\s*\d+\s+repl(?:y|ies))?"
    r"|in reply to\b.*|(?:\d+\s+)?collapsed\b.*"
    r"|(?:created|last reply|replies|views|users|likes|links|\d+(?:[.,]\d+)*k?)"
    r"(?:\s+(?:created|last reply|replies|views|users|likes|links|\d+(?:[.,]\d+)*k?|"
    + _POST_DAY
    + r"))*"
    r"|" + _BADGE + r"|@?" + _HANDLE + r"\s*/\s*" + _HANDLE + r"(?:\s+(?:Public|Private))?"
    r"|(?:Open|Closed|Merged|Draft)|\S+ wants to merge \d+ commits? into \S+ from \S+"
    r"|\S+ merged \d+ commits? into \S+ from \S+(?:\s+" + _WHEN + r")?"
    r")\s*$",
    re.IGNORECASE,
)
# The last post's end: what follows is the site's, up to another post's header.
_TAIL = re.compile(
    r"^(?:write\s+preview|leave a comment|sign up for free to join this conversation\b.*"
    r"|footer|related topics|suggested topics|new & unread topics|powered by discourse\b.*"
    r"|want to read more\?.*)\s*$",
    re.IGNORECASE,
)
# A sidebar's heading: the short lines under it are its values ("enhancement", "2.0").
_SIDEBAR = re.compile(
    r"^(?:assignees|labels|projects|milestone|development|participants|reviewers|type"
    r"|relationships|linked issues|category|tags)\s*$",
    re.IGNORECASE,
)
_VALUE = re.compile(r"^[^.!?;:]{1,40}$")
_COUNTS_ONLY = re.compile(r"^[\W\d_]+$")  # "18", "❤ 5", "👍 23", "❤️ 41  🎉 12", "👎 3  👍 9"
_FENCE = re.compile(r"^\s*(?:```|~~~)")
_LOOK = 3  # blank lines between a handle and its day


@dataclass(frozen=True)
class Post:
    """A post's or comment's header: its line, the author's handle, the name beside it or the
    name the author's signature or self-introduction gives (``name``, with the line that
    gives it, ``named_at``; ``signed``: a signature's),
    when it was written as the page shows it (``when``: "on Sep 4, 2025", "Mar 3", "2d") and
    whether a bot wrote it."""

    line: int
    handle: str
    when: str = ""
    name: str = ""
    named_at: int = 0
    bot: bool = False
    signed: bool = False  # the name is the signature's


@dataclass
class ThreadPage:
    """A copied issue page or forum topic: the site (``github``, ``discourse``), its posts
    by their header's line, and the lines that are the page's own (``chrome``; ``sidebar``:
    a sidebar's, whose short lines below are its values)."""

    site: str
    posts: dict[int, Post] = field(default_factory=dict)
    chrome: set[int] = field(default_factory=set)
    sidebar: set[int] = field(default_factory=set)  # a sidebar's headings and values


def thread_page(lines: Sequence[str]) -> ThreadPage | None:
    """The issue page or forum topic ``lines`` are, or None. A GitHub page has a comment's or
    the issue's header ("… commented on Sep 4, 2025", "… opened this issue on …") and a
    second one, or one of the site's own lines (its tab bar, ``owner / repo``, a timeline
    event); a Discourse topic has two posts' headers (a handle above its day) and one of the
    site's own lines ("Powered by Discourse", "1 Reply", "Related topics", "Suggested
    topics")."""
    texts = [line.strip() for line in lines]
    github = _github(texts)
    if not github and not _discourse(texts):
        return None
    page = ThreadPage("github" if github else "discourse")
    index, fenced, quiet = 0, False, False
    while index < len(texts):
        text = texts[index]
        header = _post_header(texts, index, github=github) if text else None
        if header is not None:
            post, used = header
            page.posts[index + 1] = post
            page.chrome.update(range(index + 2, index + used + 1))
            if index and texts[index - 1].lower() == f"@{post.handle.lower()}":
                page.chrome.add(index)  # the avatar's "@oskar-nyqvist" above the handle
            index, fenced, quiet = index + used, False, False
            continue
        if text and (not page.posts or fenced or quiet or _FENCE.match(text)):
            # The site's header, the title and tags above the first post; a code block;
            # what follows an event or the last post's end ("jpark mentioned this issue"
            # above the title of the pull request that mentions it).
            fenced = fenced != bool(_FENCE.match(text)) and bool(page.posts)
            page.chrome.add(index + 1)
        elif text and _page_line(texts, index, page):
            quiet = _TAIL.match(text) is not None or _EVENT.match(text) is not None
        index += 1
    _signed(texts, page)
    return page if page.posts else None


def _github(texts: Sequence[str]) -> bool:
    headers = [index for index, text in enumerate(texts) if text and _github_header(texts, index)]
    if len(headers) >= 2:
        return True
    return bool(headers) and any(_GITHUB_MARK.match(text) or _EVENT.match(text) for text in texts)


_GITHUB_MARK = re.compile(
    rf"^(?:@?{_HANDLE}\s*/\s*{_HANDLE}\s+(?:Public|Private)|(?:code\s+)?issues\s+\d+\s+pull"
    r" requests\b.*|.{3,300}\s#\d{1,7}|sign up for free to join this conversation on github\b.*"
    r"|©\s*\d{4} github,? inc\.?|(?:Open|Closed|Merged)\s+\S+\s+opened this\b.*)\s*$",
    re.IGNORECASE,
)


def _page_line(texts: Sequence[str], index: int, page: ThreadPage) -> bool:
    """Whether line ``index`` of a post is the page's own: chrome, a reaction, a timeline
    event, a quotation, a sidebar's value. Marks it so."""
    text = texts[index]
    above = _line_above(texts, index)
    if (
        _CHROME.match(text)
        or _COUNTS_ONLY.match(text)
        or _POST_DAY_ALONE.match(text)  # the summary's "Mar 3" under "created"
        or _EVENT.match(text)
        or _quotation(texts, index, page)
        or (_SIDEBAR.match(above) and _VALUE.match(text) and not _says(text))
        or (index in page.sidebar and _VALUE.match(text) and not _says(text))
    ):
        if _SIDEBAR.match(text) or _SIDEBAR.match(above) or index in page.sidebar:
            page.sidebar.add(index + 1)  # "Labels", "enhancement", "good first issue"
        page.chrome.add(index + 1)
        return True
    return False


def _says(text: str) -> bool:
    return len(text.split()) > 5


def _line_above(texts: Sequence[str], index: int) -> str:
    return texts[index - 1] if index > 0 else ""


def _quotation(texts: Sequence[str], index: int, page: ThreadPage) -> bool:
    """A quoted reply: GitHub's "> …", or Discourse's "marta.s:" ("marta.s said:") above words
    an earlier post of the thread holds."""
    text = texts[index]
    if text.startswith(">"):
        return True
    handles = {post.handle.lower() for post in page.posts.values()}
    if text.endswith(":") and _quoted_handle(text) in handles:
        return True
    if len(text) < 20 or not texts[index - 1].endswith(":"):
        return False
    first = min(page.posts)
    earlier = " ".join(texts[first - 1 : max(0, index - 1)])
    return _quoted_handle(texts[index - 1]) in handles and _folded(text) in _folded(earlier)


_QUOTE_HEAD = re.compile(r"^@?(?P<handle>\S+?)(?:\s+(?:said|wrote|replied))?:$", re.IGNORECASE)


def _quoted_handle(text: str) -> str:
    """The handle a quotation's head names, lower-cased ("marta.s:", "ferranti_fan said:"),
    or ""."""
    found = _QUOTE_HEAD.match(text)
    return found.group("handle").lower() if found else ""


def _folded(text: str) -> str:
    return " ".join(text.lower().split())


# ---- Headers.


def _github_header(texts: Sequence[str], index: int) -> bool:
    text = texts[index]
    if _COMMENTED.match(text) or _OPENED.match(text):
        return True
    below = _next(texts, index)
    return below is not None and _ACTED_BELOW.match(texts[below]) is not None and _alone(text)


def _alone(text: str) -> bool:
    """A handle alone on its line ("hannah-lindqvist", "@hannah-lindqvist")."""
    return re.fullmatch(rf"@?{_HANDLE}", text) is not None and not text.isdigit()


def _discourse(texts: Sequence[str]) -> bool:
    headers = sum(
        1 for index, text in enumerate(texts) if text and _post_header(texts, index, github=False)
    )
    marked = any(_DISCOURSE_MARK.match(text) for text in texts if text)
    return headers >= 2 and marked


_DISCOURSE_MARK = re.compile(
    r"^(?:powered by discourse\b.*|related topics|suggested topics|\d+\s+repl(?:y|ies)"
    r"|solution|solved by\b.*|topic\s+replies\s+views\s+activity|❤️?\s*\d+"
    r"|created\b.*last reply\b.*)"
    r"\s*$",
    re.IGNORECASE,
)


def _next(texts: Sequence[str], index: int) -> int | None:
    """The next line with words within ``_LOOK`` lines, by index."""
    for following in range(index + 1, min(index + 1 + _LOOK, len(texts))):
        if texts[following]:
            return following
    return None


def _post_header(texts: Sequence[str], index: int, *, github: bool) -> tuple[Post, int] | None:
    """The post opening at line ``index`` and how many lines its header takes, or None."""
    text = texts[index]
    if len(text) > 120:
        return None
    found = (
        (_COMMENTED.match(text) or _OPENED.match(text) or _REVIEWED.match(text)) if github else None
    )
    if found is not None:
        return _post(index, found.group("handle"), found.group("when"), found.group("bot")), 1
    below = _next(texts, index)
    if below is None:
        return None
    if github and _alone(text) and _ACTED_BELOW.match(texts[below]):
        when = _ACTED_BELOW.match(texts[below]).group("when")
        return _post(index, text.lstrip("@"), when, None), below - index + 1
    return _poster(texts, index, below)


def _poster(texts: Sequence[str], index: int, below: int | None) -> tuple[Post, int] | None:
    """A Discourse post's (or a GitHub discussion reply's) handle line, with a user title or
    a name beside it, its day beside it or on the line below."""
    found = _POSTER.match(texts[index])
    if found is None or found.group("handle").isdigit() or _CHROME.match(texts[index]):
        return None
    if _USER_TITLE.match(texts[index]):
        return None  # "Regular" above "Oct '26": the title under a handle, no handle
    rest, when, used = (found.group("rest") or "").strip(), "", 1
    at_end = _POST_DAY_AT_END.search(rest)
    titled = _next(texts, below) if below is not None and _USER_TITLE.match(texts[below]) else None
    if at_end is not None:  # "jdoe   Mar 3", "dana.mills  Dana Mills  Oct 3, 2025"
        when, rest = at_end.group("when"), rest[: at_end.start()].strip()
    elif below is not None and _POST_DAY_ALONE.match(texts[below]):
        when, used = texts[below], below - index + 1
    elif titled is not None and _POST_DAY_ALONE.match(texts[titled]):
        when, used = texts[titled], titled - index + 1  # "ferranti_fan" / "Regular" / "Oct '26"
    if not when or (rest and not _TITLE.match(rest)):
        return None
    handle = found.group("handle")
    name = rest if rest and owns_handle(rest, handle) else ""
    above = texts[index - 1] if index else ""
    if not name and above and owns_handle(above, handle):  # "Helen Marsh" above "hmarsh"
        return _post(index, handle, when, None, name=above, named_at=index), used
    return _post(index, handle, when, None, name=name), used


def _post(
    index: int, handle: str, when: str, bot: str | None, *, name: str = "", named_at: int = 0
) -> Post:
    is_bot = bool(bot) or handle.lower() in _BOTS or handle.lower().endswith("-bot")
    named_at = named_at or (index + 1 if name else 0)
    return Post(index + 1, handle, when, name=name, named_at=named_at, bot=is_bot)


# ---- Who a handle is.


def owns_handle(name: str, handle: str) -> bool:
    """Whether a person's name is plainly the handle's owner: the handle holds the surname
    ("Hannah Lindqvist" and "hannah-lindqvist", "Maja Kovács" and "mkovacs-dev", "Jin Park"
    and "jpark", "Anna Kowalski" and "anna.k"); a title ("Verdant Team", "Moderator") or
    another's name is not."""
    words = _ascii(name).split()
    if len(words) < 2 or not all(word[:1].isupper() for word in name.split()):
        return False
    first, surname = (re.sub(r"[^a-z]", "", word.lower()) for word in (words[0], words[-1]))
    if len(surname) >= 3 and surname in re.sub(r"[^a-z]", "", _ascii(handle).lower()):
        return True
    parts = [part for part in re.split(r"[^a-z]+", _ascii(handle).lower()) if part]
    return len(first) >= 3 and parts == [first, surname[:1]]  # "anna.k": Anna Kowalski


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _signed(texts: Sequence[str], page: ThreadPage) -> None:
    """A signature at a comment's end ("— Hannah Lindqvist, lead maintainer") is the page's
    line; when it, or the post's self-introduction ("Hi all, Ines Baptista here, I lead …",
    "I'm Ines Baptista, …"), names the handle's owner, the post's author is that person."""
    starts = sorted(page.posts)
    for number, start in enumerate(starts):
        end = starts[number + 1] - 1 if number + 1 < len(starts) else len(texts)
        for line in range(start + 1, end + 1):
            if line in page.chrome:
                continue
            found = _SIGNATURE.match(texts[line - 1])
            if found is not None:
                page.chrome.add(line)
            name = found.group("name") if found is not None else _introduced(texts[line - 1])
            post = page.posts[start]
            if name and owns_handle(name, post.handle) and not post.name:
                page.posts[start] = replace(post, name=name, named_at=line, signed=bool(found))


_HERE = re.compile(
    r"^(?:(?:[Hh]i|[Hh]ello|[Hh]ey)\b[^.!?]{0,20}?[,!.]\s*)?(?:[Ii]t['’]s |[Tt]his is )?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s+here\b",
)


def _introduced(text: str) -> str:
    """The name a post's opening line introduces its author by: "Hi all, Ines Baptista
    here, …", "I'm Ines Baptista, …"; "" when none."""
    if len(text) > 300:
        return ""
    found = _HERE.match(text)
    if found is not None:
        return found.group("name")
    return introduced_name(text)


# ---- When a post was written.


def post_day(when: str, said_on: datetime.date | None) -> datetime.date | None:
    """The day a post's header gives: "on Sep 4, 2025" → 4 Sep 2025; "Mar 3" → 3 March of
    the source's year; "Mar '26",
    "2d", "3 days ago" → None: a month alone, or an age with no moment to count back from,
    leaves the source's date to date the post. A site writes a day without its year in the
    year it is read: taken in the source's year only when that puts it within half a year
    of the source's day ("Nov 14" of a topic dated 12 Nov 2025 → 14 Nov 2025; "Jan 3" of
    one dated 20 Dec 2025 → None)."""
    found = re.search(r"\b([A-Z][a-z]{2})[a-z]*\.?\s+(\d{1,2})(?:,\s*(\d{4}))?\b", when)
    if found is None:
        found = re.search(r"\b(\d{1,2})\s+([A-Z][a-z]{2})[a-z]*(?:\s+(\d{4}))?\b", when)
        if found is None:
            return None
        month, day, year = found.group(2), found.group(1), found.group(3)
    else:
        month, day, year = found.group(1), found.group(2), found.group(3)
    if month.lower() not in _MONTHS:
        return None
    if year is None and said_on is None:
        return None
    try:
        day_of = datetime.date(
            int(year or said_on.year), _MONTHS.index(month.lower()) + 1, int(day)
        )
    except ValueError:
        return None
    if year is None and abs((day_of - said_on).days) > _NEAR:
        return None  # the year the page was read in is not the source's: which, unsure
    return day_of


_NEAR = 183  # days: a day without its year, read in the source's year, is near its date
