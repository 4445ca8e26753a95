"""Forum and social threads copied from a web page: bylines, page chrome and thread chatter.

A thread copied from its page keeps the page's furniture between the posts. Each comment
opens with a byline (who wrote it, how long ago, its score) and ends with the page's buttons
and counts; the post's title and its author's introduction come first. None of that is a
claim: a byline opens its author's comment, which runs to the next byline.

| site | byline |
| --- | --- |
| Reddit | ``u/dry_creek_88 · 6h``, ``u/GlacierLab_AMA OP · 5h``, |
| | ``u/quantum_goose · 2.1k points``, ``dry_creek_88 · 6 hr. ago``, |
| | ``level 1 gridwonk · 512 points`` |
| old Reddit | ``[–]dry_creek_88 12 points 6 hours ago``, |
| | ``[–]GlacierLab_AMA[S] 40 points 5 hours ago*`` |
| Hacker News | ``dry_creek 6 hours ago | parent | next [–]`` |
| X, Bluesky, Mastodon | ``Ana Lindqvist @GlacierLab · 3h``, |
| | ``Ana Lindqvist`` above ``@GlacierLab`` |

The post's header names its author, the thread's original poster: ``Posted by
u/GlacierLab_AMA · 6h`` (its title below it), ``submitted 6 hours ago by GlacierLab_AMA``
(old Reddit) and ``123 points by founder 6 hours ago | hide | past | favorite | 45 comments``
(Hacker News), their title above. An author marked ``OP``, ``(OP)`` or ``[S]``, or writing
under the header's handle, is the original poster. A bot's byline (``AutoModerator · 6h``,
``RemindMeBot``, ``[–]AutoModerator[M] 1 point 9 hours ago - stickied comment``) opens a
notice, nobody's words; so does a deleted account's (``[–][deleted] 31 points 7 hours ago``,
``[deleted] · 7h``): whose the words were, the page no longer says. A link post's title is
the submitter's words, without the address after it (``(electrive-news.example)``).

A relative age ("6h", "5 hours ago") dates nothing: the source's published date dates the
thread; on a Hacker News page the curator saved with a copy note, the comment's age counts
back from it (``hacker_news.written_on``).

Page chrome is nobody's: ``1.4k   Comments 212   Share``, ``Sort by: Best``, ``412
Reply   Share``, ``permalink embed save report reply``, ``load more comments (3 replies)``,
``Replying to @dry_creek``, ``Show more``, a count alone on its line, old Reddit's ``152
comments share save hide report crosspost``, a post's link alone (``electrive-news.example``),
the buttons and counts of a LinkedIn post (``Like · Reply · 14 reactions · 3 replies``,
``Most relevant``, ``Load more comments``).

Pure functions, no state; a cheap look at the line comes before any pattern. The notes
reader keeps the thread's state (``notes_forums``).
"""

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from claims.importing.hacker_news import without_vote_arrow
from claims.importing.names import reads_as_name

# How long ago, as sites write it: "6h", "6 hr. ago", "5 hours ago", "just now", "Sep 17".
_AGE = (
    r"(?:\d+\s*(?:s|m|min|mins|h|hr|hrs|d|w|wk|mo|y|yr)s?\.?(?:\s+ago)?"
    r"|\d+\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago|just now"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s+\d{4})?"
    r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*(?:\s+\d{4})?)"
)
_SCORE = r"(?:-?[\d.,]+k?\s+points?|score hidden)"
_DOT = r"\s*[·•|]\s*"
_USER = r"[\w-]{3,30}"
_GONE = r"\[(?:deleted|removed)\]"  # an account deleted, or a comment removed

# New Reddit: "u/dry_creek_88 · 6h", "u/GlacierLab_AMA OP · 5h", "level 1 gridwonk · 512
# points", "dry_creek_88 · 6 hr. ago · Edited 5 hr. ago".
_REDDIT = re.compile(
    rf"^(?:level \d+\s+)?(?P<u>/?u/)?(?P<name>{_USER}|{_GONE})\s*"
    r"(?P<op>\((?:OP|op)\)|\bOP\b|\[S\])?\s*(?P<mod>\bMOD\b|\[M\])?\s*"
    rf"(?:[·•|]\s*)?(?P<meta>{_SCORE}|{_AGE})(?:{_DOT}(?:{_SCORE}|{_AGE}|Edited\b.*))*\s*$"
)
# Old Reddit: "[–]dry_creek_88 12 points 6 hours ago", "[–]GlacierLab_AMA[S] 40 points 5
# hours ago* (3 children)", a flair between the name and the score.
_OLD_REDDIT = re.compile(
    rf"^(?:\[[–—−+-]\]\s*)?(?P<name>{_USER}|{_GONE})(?P<flags>(?:\[[SMA]\])*)"
    r"(?:\s+(?P<flair>[^\d\[\s][^\[]{0,40}?))?\s+(?:-?\d+\s+points?|\[score hidden\]|score hidden)"
    r"\s+\d+\s+\w+\s+ago\*?(?:\s+\(\d+\s+child(?:ren)?\))?"
    r"(?:\s+-\s+stickied comment)?\s*$"
)
# Hacker News: "dry_creek 6 hours ago | parent | next [–]", "pg on Sep 17, 2026 | prev [–]".
# A flagged or dead comment's header names nobody ("[flagged] 2 hours ago") or marks its
# author's words ("dry_creek 2 hours ago [dead] | next [–]").
_HN = re.compile(
    r"^(?P<name>[\w-]{2,15}|\[(?:flagged|dead|deleted)\])\s+(?P<age>\d+\s+(?:minutes?|hours?"
    r"|days?|months?|years?)\s+ago|on\s+[A-Z][a-z]{2}\s+\d{1,2},\s+\d{4})\s*"
    r"(?P<mark>\[(?:flagged|dead)\]\s*)?"
    r"(?:\|\s*(?:parent|prev|next|root|context|flag|favorite|on:[^|]*?)\s*)*"
    r"(?:\[[–—−+-]\]|\[\d+ more\])?\s*$"
)
# The post's header. New Reddit: "r/science · Posted by u/GlacierLab_AMA · 6h", the title
# below; old Reddit: "submitted 6 hours ago by GlacierLab_AMA", Hacker News: "123 points by
# founder 6 hours ago | hide | past | favorite | 45 comments", the title above.
_POSTED_BY = re.compile(
    r"^(?:/?r/\w+\s*[·•|]?\s*)?(?:[·•|]\s*)?(?:Posted|Submitted)\s+by\s+/?u/(?P<name>[\w-]{3,30})\b"
)
_SUBMITTED = re.compile(
    r"^submitted\s+(?:\d+\s+\w+\s+ago|on\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]{2,8}\s+\d{1,2})"
    r"(?:,?\s+\d{4})?)\s*\*?\s+by\s+/?(?:u/)?(?P<name>[\w-]{3,30}(?:@[\w.-]+\.[a-z]{2,})?)"
    r"(?:\[[SMA]\])*(?:\s+to\s+(?:/?r/\w+|!?[\w-]+@[\w.-]+\.[a-z]{2,}))?\s*$"
)
_HN_POST = re.compile(
    r"^\d+\s+points?\s+by\s+(?P<name>[\w-]{2,15})\s+(?P<age>\d+\s+\w+\s+ago|on\s+[A-Z][a-z]{2}"
    r"\s+\d{1,2},\s+\d{4})(?:\s*\|.*)?$"
)
# X, Bluesky, Mastodon: "Ana Lindqvist @GlacierLab · 3h", "Ana Lindqvist @ana@glaciers.social",
# "Ana Lindqvist @ana.bsky.social · Sep 17"; a handle alone: "@GlacierLab · 3h".
_SOCIAL_HANDLE = r"@(?P<handle>[A-Za-z0-9_]{1,30}(?:[.@][A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*)?)"
_SOCIAL = re.compile(
    rf"^(?P<display>[^@\s][^@]{{0,49}}?)\s+{_SOCIAL_HANDLE}(?:{_DOT}(?P<age>{_AGE}))?"
    rf"(?:{_DOT}Edited)?\s*$"
)
_HANDLE_LINE = re.compile(rf"^{_SOCIAL_HANDLE}(?:{_DOT}(?P<age>{_AGE}))?\s*$")
# What a display name holds beside the name: a site's marks and emoji ("Ana Lindqvist ✓ 🧊").
_DISPLAY_MARKS = re.compile(r"[^\w\s.'’-]+")
_BOT = re.compile(r"^(?:AutoModerator|\w*[Bb]ot|\w+_bot|\w+-bot)$")


@dataclass(frozen=True)
class Byline:
    """A forum or social byline: the account (``handle``), as the page labels it
    (``label``: "u/dry_creek_88", "dry_creek", "@GlacierLab"), the display name beside it
    (``display``, X and Mastodon), whether its author is the original poster (``op``),
    whether it is the post's header (``post``; ``title_above`` when the title is the line
    before it, as old Reddit and Hacker News show it), whether a bot wrote it (``bot``) and
    whether its account is deleted or the comment removed (``gone``: "[deleted]")."""

    handle: str
    label: str
    display: str = ""
    op: bool = False
    post: bool = False
    title_above: bool = False
    bot: bool = False
    gone: bool = False
    site: str = ""  # "hn": a Hacker News header (``hacker_news``)
    age: str = ""  # how long ago, or the day, as the header gives it ("5 hours ago")
    marked: str = ""  # the site's mark on the comment ("flagged", "dead")


def byline(text: str, *, thread: bool = False) -> Byline | None:
    """The byline ``text`` is, or None. ``thread``: the document is a thread already (a
    byline or a post's header came before), so a user name without "u/" before an age
    ("dry_creek_88 · 6 hr. ago", "AutoModerator · 6h") is one too.

    "u/dry_creek_88 · 6h" → Byline("dry_creek_88", "u/dry_creek_88"); "u/GlacierLab_AMA OP ·
    5h" → the same with op=True; "Posted by u/GlacierLab_AMA · 6h" → post=True; "[–]x[S] 40
    points 5 hours ago" → op=True; "dry_creek 6 hours ago | parent | next [–]" →
    Byline("dry_creek", "dry_creek"); "Ana Lindqvist @GlacierLab · 3h" → Byline("GlacierLab",
    "@GlacierLab", display="Ana Lindqvist"). Source: the pages of Reddit (new and old),
    Hacker News, X, Bluesky and Mastodon, copied from the browser."""
    if len(text) > 160:
        return None
    return _byline(without_vote_arrow(text.strip()), thread)


@lru_cache(maxsize=4096)
def _byline(text: str, thread: bool) -> Byline | None:
    opening = text[:40].lower()
    if "posted by" in opening or "submitted by" in opening:
        return _post_header(_POSTED_BY.match(text), title_above=False)
    if opening.startswith("submitted "):
        return _post_header(_SUBMITTED.match(text), title_above=True)
    if " points by " in opening or " point by " in opening:
        return _post_header(_HN_POST.match(text), title_above=True)
    if "@" in text:
        return _social(text, thread=thread) or _fediverse(text)
    return _comment(text) or _reddit(text, thread=thread) or _forecaster(text)


# A fediverse link aggregator's comment byline (Lemmy, kbin): the account with its instance,
# then the age: "greyheron@sh.itjust.works · 4h".
_FEDIVERSE = re.compile(
    rf"^(?P<name>[\w.-]{{2,40}}@[\w-]+(?:\.[\w-]+)*\.[a-z]{{2,}})\s*[·•]\s*(?:{_AGE})"
    r"(?:\s*[·•]\s*edited)?\s*$",
    re.IGNORECASE,
)


def _fediverse(text: str) -> Byline | None:
    """A fediverse comment byline ("greyheron@sh.itjust.works · 4h"), or None: the account
    with its instance, asked about as a handle."""
    if "@" not in text:
        return None
    found = _FEDIVERSE.match(text)
    return _account(found.group("name"), found.group("name")) if found else None


# A forecasting site's comment byline: the username, the forecast it holds, the day and time
# ("bayesbrook  predicted 25%  Oct 3, 2026 08:14", "tkrol  forecast: Mar 2028  Oct 5, 2026").
_FORECASTER = re.compile(
    r"^(?P<name>[A-Za-z0-9_.\-]{2,30})\s+(?:predicted|forecast(?:ed)?:?|holds?)\s+\S.{0,30}?\s{2,}"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}"
    r"|\d+\s*(?:s|m|h|d|w|mo|y)\w*\s+ago)(?:,?\s+\d{1,2}:\d{2}(?:\s*[AaPp][Mm])?)?\s*$"
)


def _forecaster(text: str) -> Byline | None:
    """A forecasting site's comment byline ("bayesbrook  predicted 25%  Oct 3, 2026 08:14"),
    or None: the username is the commenter's account, asked about."""
    if "predicted" not in text and "forecast" not in text and "hold" not in text:
        return None
    found = _FORECASTER.match(text)
    return _account(found.group("name"), found.group("name")) if found else None


def _comment(text: str) -> Byline | None:
    """A Hacker News or an old Reddit comment's byline, or None."""
    found = None
    if "|" in text and (" ago" in text or " on " in text[:20]):
        found = _HN.match(text)
        if found is not None:
            name, mark = found.group("name"), (found.group("mark") or "").strip(" []")
            account = _account(name, name)
            return replace(account, site="hn", age=found.group("age"), marked=mark)
    elif text[:1] == "[" and " ago" in text:  # "[flagged] 2 hours ago"
        found = _HN.match(text)
        if found is not None:
            return Byline(found.group("name"), found.group("name"), gone=True, site="hn")
    if "point" in text or text[:1] == "[" or "score hidden" in text:
        found = _OLD_REDDIT.match(text)
    if found is None:
        return None
    name = found.group("name")
    return _account(name, f"u/{name}", op="[S]" in found.group("flags"))


def _reddit(text: str, *, thread: bool) -> Byline | None:
    if not ("u/" in text[:16] or "point" in text or "·" in text or "•" in text or " ago" in text):
        return None
    found = _REDDIT.match(text)
    if found is None:
        return None
    name = found.group("name")
    bot = _BOT.match(name) is not None
    if not (found.group("u") or "point" in found.group("meta") or thread or bot):
        return None  # "Tesla · 6h" outside a thread: a news list's line, not a byline
    return _account(name, f"u/{name}", op=bool(found.group("op")))


def _account(name: str, label: str, *, op: bool = False) -> Byline:
    if name[:1] == "[":  # "[deleted]": whose the words were, the page no longer says
        return Byline(name, name, gone=True)
    return Byline(name, label, op=op, bot=_BOT.match(name) is not None)


def _post_header(found: re.Match | None, *, title_above: bool) -> Byline | None:
    if found is None:
        return None
    name = found.group("name")
    if found.re is _HN_POST:
        age = found.group("age")
        return Byline(name, name, op=True, post=True, title_above=True, site="hn", age=age)
    label = name if "@" in name else f"u/{name}"  # a fediverse account keeps its instance
    return Byline(name, label, op=True, post=True, title_above=title_above)


def _social(text: str, *, thread: bool) -> Byline | None:
    found = _HANDLE_LINE.match(text)
    if found is not None:  # "@GlacierLab · 3h"; "@GlacierLab" alone only in a thread
        if not (found.group("age") or thread):
            return None
        return Byline(found.group("handle"), f"@{found.group('handle')}", age=found["age"] or "")
    found = _SOCIAL.match(text)
    if found is None:
        return None
    display = display_name(found.group("display"))
    if not display or len(display.split()) > 6 or display[-1:] in ".,;:!?":
        return None
    handle = found.group("handle")
    # "Thanks to Ana @ana", "Great answer @GlacierLab" are prose: a byline has an age or an
    # instance's address, or, in a thread, a person's name before the handle.
    if not (found.group("age") or "@" in handle or (thread and reads_as_name(display))):
        return None
    return Byline(handle, f"@{handle}", display=display, age=found.group("age") or "")


def display_name(text: str) -> str:
    """A display name without a site's marks and emoji: "Ana Lindqvist ✓ 🧊" → "Ana
    Lindqvist"."""
    return " ".join(_DISPLAY_MARKS.sub(" ", text).split())


def handle_line(text: str) -> str:
    """The account a line holding only a handle names ("@GlacierLab", "@ana@glaciers.social",
    "@GlacierLab · 3h"), or ""."""
    if text[:1] != "@" or len(text) > 80:
        return ""
    found = _HANDLE_LINE.match(text.strip())
    return found.group("handle") if found else ""


def age_line(text: str) -> bool:
    """Whether a line holds only an age or a date as a site shows it under a handle ("3h",
    "Sep 17", "·", "1 day ago (edited)")."""
    text = text.strip()
    return len(text) < 30 and (text in ("·", "•") or _AGE_ALONE.match(text) is not None)


# An age perhaps marked as edited after it: "1 day ago (edited)", "3h · Edited".
_AGE_ALONE = re.compile(rf"^(?:[·•]\s*)?{_AGE}(?:\s*\(edited\)|{_DOT}edited)?$", re.IGNORECASE)
# A post's detail line on Mastodon, under its text: "May 19, 2026, 08:12 · 🌐 · Web".
# Bluesky's, under a post opened or embedded: "March 12, 2026 at 9:03 AM".
_DETAIL_DATE = re.compile(
    r"^[A-Z][a-z]{2,8}\s+\d{1,2},\s+\d{4}(?:,|\s+at)\s+\d{1,2}:\d{2}(?:\s*[AP]M)?"
    r"(?:\s*·\s*[^·.!?]{1,30}){0,3}\s*$"
)
# X's, the time first: "9:14 AM · Mar 3, 2026", "14:05 · 3 Mar 2026 · 1.2M Views".
_X_TIME = re.compile(
    r"^\d{1,2}:\d{2}(?:\s*[AP]M)?\s*·\s*(?:[A-Z][a-z]{2,8}\s+\d{1,2},|\d{1,2}\s+[A-Z][a-z]{2,8})"
    r"\s+\d{4}(?:\s*·\s*[\d.,]+[KMB]?\s+Views)?\s*$"
)


def detail_date_line(text: str) -> bool:
    """Whether a line is the date line a post's detail view shows under its text ("May 19,
    2026, 08:12 · 🌐 · Web", Mastodon's web app; "March 12, 2026 at 9:03 AM", Bluesky's)."""
    return _DETAIL_DATE.match(text.strip()) is not None


def x_time_line(text: str) -> bool:
    """Whether a line is the time line X shows under a post's text ("9:14 AM · Mar 3, 2026",
    with its views at times: "· 1.2M Views")."""
    return _X_TIME.match(text.strip()) is not None


def display_line(text: str) -> bool:
    """Whether a line may be a display name alone, above its handle's line ("Ana Lindqvist",
    "Glacier Lab 🧊"): a few words, no sentence's end."""
    text = display_name(text)
    return 0 < len(text) <= 50 and len(text.split()) <= 6 and text[-1:] not in ".,;:!?"


# ---- Page chrome.

# Words of a page's buttons and counts: a line of these and numbers only is chrome.
_CHROME_WORDS = frozenset(
    " ".join(
        (
            "comment comments share reply replies award awards save saved report upvote",
            "upvotes downvote vote votes give permalink embed parent source edit delete hide",
            "past favorite favourite boost boosts boosted quote quotes views view likes like",
            "reposts repost retweets retweet bookmark bookmarks flag context next prev root",
            "more follow following translate show [–] [-] [+] · • | … ... ↑ ↓ ⇧ ⇩ ↩",
            "crosspost gold gild save-res reaction reactions send connect + edited",
            "favourites favorites reblog reblogs reblogged star stars",
        )
    ).split()
)
_COUNT = re.compile(r"^\d(?:[\d.,]*\d)?[kKmM]?$")  # "412", "1.4k", not "2027." (an answer)
_CHROME = re.compile(
    r"^(?:sort(?:ed)? by:?\s*\w+(?:\s+\w+)?(?:\s*\(suggested\))?|level \d+"
    r"|most (?:relevant|recent)(?:\s*[▾▼⌄])?"
    r"|(?:load|view|show|see)\s+(?:\d+\s+)?(?:more|previous|earlier|new)\s+(?:comments|replies"
    r"|posts)"
    r"(?:\s*\(\d+(?:\s+repl(?:y|ies))?\))?"
    r"|[\d,]+\s+points?\s+\(\d+% upvoted\)|shortlink:\s*\S+|this post was submitted on .{4,30}"
    r"|\d+\s+more\s+repl(?:y|ies)|continue this thread\s*[→>]*|view (?:all|entire discussion).*"
    r"|show parent comments?|single comment thread|all \d+ comments"
    r"|replying to\s+@[\w.@-]+(?:(?:,|\s+and|\s)\s*@[\w.@-]+)*(?:\s+and\s+\d+\s+others?)?"
    r"|show (?:this thread|more|less|replies|probable spam|original)|translate (?:post|tweet)"
    r"|translated from \w+(?: by \w+)?|pinned"
    # A subreddit's header: "Search within r/IAmA", "AMA Calendar".
    r"|search (?:within|in) r/\w{2,21}|ama calendar"
    r"|(?:\S.{0,40}?\s+)?(?:reposted|retweeted|boosted)(?: this)?"
    r"|(?:post|tweet) your reply|\[(?:deleted|removed|dead|flagged)\]"
    # Mastodon's post detail ("May 19, 2026, 08:12 · 🌐 · Web") and its site footer
    # ("Mastodon · About · Status · Privacy policy · Get the app · Keyboard shortcuts").
    r"|[A-Z][a-z]{2,8}\s+\d{1,2},\s+\d{4},\s+\d{1,2}:\d{2}(?:\s*[AP]M)?(?:\s*·\s*\S+){0,3}"
    r"|(?:mastodon|bluesky)?(?:\s*·\s*(?:about|status|privacy(?: policy)?|terms(?: of service)?"
    r"|get the app|keyboard shortcuts|help|profiles directory|(?:view )?source code|blog"
    r"|cookies|accessibility|contact|imprint|v?\d[\d.]*)){3,}"
    r"|\d{1,2}:\d{2}\s*[AP]M\s*·\s*\w+\s+\d{1,2},\s+\d{4}(?:\s*·\s*[\d.,]+[KM]?\s+Views)?"
    r"|[\w\s.,:]{0,30}\s*·\s*(?:[\d.,]+[KM]?\s+Views)"
    rf"|/?r/\w{{2,21}}(?:{_DOT}{_AGE})?|{_AGE}|[·•]"
    r"|(?:https?://)?(?:[\w-]+\.)+[a-z]{2,12}(?:/\S*)?"  # the address a post links to
    r")\s*$",
    re.IGNORECASE,
)


# A post's content warning, which the page shows above the text it hides ("Content warning:
# politics, long", "CW: mh, food", Misskey's "CW" with its "Show content" button): the
# writer's label on the post, no claim.
_CONTENT_WARNING = re.compile(
    r"^(?:content\s+warning|cw|tw|trigger\s+warning|spoiler(?:\s+warning)?)\s*[:\-–—]\s*\S.{0,200}$"
    r"|^(?:show|hide)\s+content(?:\s*\(\d+\s+\w+\))?$",
    re.IGNORECASE,
)


def content_warning(text: str) -> bool:
    """Whether a line of a social thread is a post's content warning ("Content warning:
    politics, the compact, long", "CW: numbers", "TW - food") or the button that opens it
    ("Show content"): the writer's label on the post, no claim. Source: Mastodon's and
    Misskey's web pages, copied from the browser, which show the warning above "Show more"."""
    return _CONTENT_WARNING.match(text.strip()) is not None


def page_chrome(text: str, *, thread: bool) -> bool:
    """Whether a line is a page's own: its buttons and counts ("1.4k   Comments 212
    Share", "412   Reply   Share", "permalink embed save report reply"), its sorting ("Sort
    by: Best"), more comments to load, "Replying to @dry_creek", a subreddit's name alone
    ("r/science"), a count or an age alone ("412", "3h"). Outside a ``thread`` only a
    subreddit's name, nothing else."""
    text = text.strip()
    if not thread:
        return text[:2] in ("r/", "/r") and _CHROME.match(text) is not None
    if content_warning(text):  # "Content warning: politics, long" above "Show more"
        return True
    if len(text) > 90:
        return False
    words = text.lower().split()
    if words and all(w in _CHROME_WORDS or _COUNT.match(w) for w in words):
        return True
    return _CHROME.match(text) is not None


# ---- What a thread's writers say that is no claim.

# A post's title: "Science AMA Series: I'm Ana Lindqvist, …", "[AMA] I'm …", "Ask HN: …";
# the self-introduction starts after the series' or the site's label.
_TITLE_LABEL = re.compile(
    r"^(?:\[[^\]]{1,20}\]\s*|[\w &'’-]{1,40}:\s+)+(?=(?:hi|hello|hey|i['’]m|i am|my name is)\b)",
    re.IGNORECASE,
)


def title_introduction(title: str) -> str:
    """A post's title without the series' label before its self-introduction: "Science AMA
    Series: I'm Ana Lindqvist, …" → "I'm Ana Lindqvist, …"."""
    return _TITLE_LABEL.sub("", title.strip(), count=1)


# What a title links to, after it: "(electrive-news.example)", "(self.science)".
_TITLE_LINK = re.compile(r"\s*\((?:self\.\w+|(?:[\w-]+\.)+[a-z]{2,12}(?:/\S*)?)\)\s*$")
# A site's kind of post before a title that asks or shows: "Ask HN: …", "Show HN: …".
_SITE_PROMPT = re.compile(r"^(?:ask|show|tell|launch)\s+(?:hn|reddit)\s*:", re.IGNORECASE)


def title_words(title: str) -> str:
    """A post's title as its submitter's words: without the address it links to ("Valdano
    says … (electrive-news.example)" → "Valdano says …"); "" for a site's prompt ("Ask HN:
    Will …?", "Show HN: …"), which claims nothing of its own."""
    title = title.strip()
    if _SITE_PROMPT.match(title):
        return ""
    return _TITLE_LINK.sub("", title) if title.endswith(")") else title


# A lead-in before a quotation pasted into a comment: "From the article: "…," said …".
_LEAD_IN = re.compile(
    r"^(?:(?:from|per|quoting|via|in)\s+(?:[^\s\"“:,]+\s+){0,3}[^\s\"“:,]+|quote|excerpt|source"
    r"|the (?:article|story|piece|statement|press release|release))\s*:\s*(?=[\"“])",
    re.IGNORECASE,
)


def without_lead_in(text: str) -> str:
    """A comment's line without the label before the quotation it pastes: "From the article:
    "We will …," said Ingrid Solheim." → ""We will …," said Ingrid Solheim."."""
    return _LEAD_IN.sub("", text, count=1)


# The post's author introducing themselves in its body: "Hi Reddit! I lead the ice dynamics
# group at …", "I've spent 14 summers on the ice.", "Proof: imgur.com".
_SELF_INTRODUCTION = re.compile(
    r"^(?:(?:hi|hello|hey)\b[^.!?]{0,30}[.!?,]+\s*)?(?:i|we)(?:\s+|(?=['’]))(?:"
    r"(?:lead|led|run|ran|head|headed|direct|manage|chair|co-?found(?:ed)?|founded|study"
    r"|studied|research"
    r"|teach|taught|coordinate|supervise)\s"
    r"|work(?:ed)?\s+(?:at|for|on|as|in|with)\s"
    r"|(?:have|'ve|’ve)\s+(?:spent|been|worked|studied|led|run|researched)\s"
    r"|(?:am|'m|’m|are|'re|’re)\s+(?:a|an|the|one of|part of|dr\.?|professor|prof\.?)\s"
    r")|^proof\b|^(?:my|our) (?:research|work|group|lab|team) (?:is|focuses|looks|studies)\b",
    re.IGNORECASE,
)


def self_introduction(sentence: str) -> bool:
    """Whether a sentence of a post's body introduces its author ("Hi Reddit! I lead the ice
    dynamics group at UiT.", "I'm a glaciologist at …", "Proof: imgur.com"): no claim. Read
    only in the post's body, before the first comment."""
    return _SELF_INTRODUCTION.match(sentence.strip()) is not None


# A thread's words that ask for a claim, disclaim, wish or sign off, and claim nothing: "Ask
# away!", "Ask me anything about sea level rise!", "Change my mind", "Prove me wrong",
# "I'm not a financial adviser!", "Not financial advice.", "Would luv to play with it",
# "That's all the time I have.", "Signing off now".
_INTERJECTION = r"(?:(?:ha+|haha\w*|lol|well|ok|okay|oh|edit|update|eta)[,!.:]*\s+)*"
_TAIL = r"(?:\s+(?:about|on|for|of|with)\s+[^,.!?;]{1,60})?"
# Praise for a post, and thanks, claim nothing: "Congratulations Aisha and team!", "Great
# post!", "Huge thanks to the team at Clearpath 🙏"; thanks that state ("Thanks to cheaper
# cells, EVs will …") are words of their own.
_PRAISE = (
    r"congratulations|congrats|well done|well said|great (?:post|work|news|job|stuff|read)"
    r"|love this|thanks for sharing|so proud of (?:the|this|our|you)"
)
_STATING = r"\b(?:will|won['’]t|would|should|could|can|shall|is|are|was|were|has|have)\b|['’]ll\b"
_CHATTER = re.compile(
    rf"^{_INTERJECTION}(?:"
    rf"ask (?:me )?(?:away|anything){_TAIL}|ama{_TAIL}|fire away|change my mind|prove me wrong"
    r"|cmv|discuss|thoughts\??"
    rf"|happy to (?:answer|take) (?:your |any |some )?questions{_TAIL}"
    rf"|looking forward to (?:your|the) questions{_TAIL}"
    r"|i['’]?m not (?:a |an |your )?(?:financial |investment |tax |legal |medical )?"
    r"(?:adviser|advisor|lawyer|doctor|expert|economist|planner)"
    r"|(?:this is |this isn['’]t )?not (?:financial|investment|legal|medical|tax) advice|nfa|ianal"
    r"|(?:i['’]?d|id|would|i would) (?:love|luv|like) to (?:play with|see|read|get|have|try"
    r"|look at|dig into|check out)\b[^,.!?;]*"
    r"|that['’]?s all (?:the time )?(?:i|we) (?:have|had|got)(?: for (?:today|now|tonight))?"
    r"|(?:i['’]?m |i am )?signing off(?: now| for (?:today|now|tonight))?(?:,? thanks?\b[^.!?]*)?"
    # An AMA's timetable and its host's breaks: "I'll be answering from 2pm to about 5pm GMT
    # today", "Taking a 20 minute tea break, back at 3:30.", "I'll try to get to a few more
    # tonight.", "Not going to answer that one, sorry."
    r"|(?:i['’]ll|i will|i['’]m going to) be (?:answering(?: questions)?|around|here|online"
    r"|taking questions) (?:from|until|till|for (?:the next|another|a few|an hour)|between"
    r"|today|tonight|live|all (?:day|afternoon|evening))\b[^.!?]{0,80}"
    r"|(?:i['’]ll|i will) (?:try to )?(?:get to|answer|come back to) (?:a few|some|more|as many"
    r"|the rest)\b[^.!?]{0,40}"
    r"|(?:taking|grabbing|going for) a (?:quick |short |\d+[- ]min(?:ute)? )?(?:\w+ )?break"
    r"(?:,? (?:back|be back) (?:at|in) [^.!?]{1,20})?"
    r"|(?:i['’]m )?(?:not going to|won['’]t|can['’]t|cannot) (?:answer|comment on|get into|go"
    r" into) (?:that|this)(?: one)?(?:,? sorry)?"
    r"|i (?:have|need|got) to (?:run|go|head (?:off|out))(?: now)?|gotta (?:run|go)"
    r"|thanks? (?:you )?(?:all |everyone |so much )?for (?:all )?(?:the|your) (?:great )?questions"
    rf"|(?:{_PRAISE})(?:[ ,]+(?![^,;:]*{_STATING})[^,;:.!?]{{1,40}})?"
    rf"|(?:(?:a )?(?:huge|big|massive|special|many|heartfelt) )?(?:thanks|thank you)(?: so much)?"
    rf"(?: (?:to|for) (?![^,;:]*{_STATING})[^,;:.!?]{{1,80}}|,?\s+\w+)"
    r")\s*[.!]*\s*[^\w\s]*\s*$",
    re.IGNORECASE,
)
_MAX_CHATTER_WORDS = 16


def thread_chatter(sentence: str) -> bool:
    """Whether a sentence of a thread asks for claims, disclaims, wishes, praises, thanks or
    signs off ("Ask away!", "Change my mind", "Ha, I'm not a financial adviser!", "Would luv
    to play with it", "Congratulations Aisha and team!", "Huge thanks to the team 🙏",
    "That's all the time I have."): no claim. Source: question-and-answer threads and
    their comments on Reddit, Hacker News, X and LinkedIn."""
    if sentence.count(" ") > _MAX_CHATTER_WORDS:
        return False
    return _CHATTER.match(sentence.strip()) is not None


# A tone tag after a comment's words: "(half joking)", "(serious question)", "(genuinely
# asking)", "(asking for a friend)".
_TONE_TAG = re.compile(
    r"\s*\((?:half[- ]?(?:joking|kidding|serious)|only half joking|semi[- ]serious|joking|kidding"
    r"|(?:serious|genuine|honest|real|dumb|stupid|naive) question|genuinely (?:asking|curious)"
    r"|asking for a friend|not (?:joking|kidding|sarcasm|trolling)|no sarcasm|eli5)\)\s*$",
    re.IGNORECASE,
)


# The accounts a reply opens with, whom it answers: "@ines", "@ines@hydro.community",
# "@lena_rides," — one or more, before the reply's words.
_ADDRESSEES = re.compile(r"^(?:@[A-Za-z0-9_][\w.-]{0,29}(?:@[\w-]+(?:\.[\w-]+)+)?[,:]?\s+)+(?=\S)")


def without_addressees(text: str) -> str:
    """A reply's line without the "@handle"s it opens with, whom it answers: "@ines great
    thread." → "great thread."; "@tmw @ines@hydro.community That's the window I meant." →
    "That's the window I meant."; a line of handles alone, or none, as it is. Source: X,
    Bluesky and Mastodon replies, which open with the accounts they answer."""
    if text[:1] != "@":
        return text
    return _ADDRESSEES.sub("", text, count=1)


def without_tone_tag(text: str) -> str:
    """A comment without the tone tag at its end: "should I sell my house? (half joking)" →
    "should I sell my house?", so that a question still reads as one."""
    if not text.rstrip().endswith(")"):
        return text
    return _TONE_TAG.sub("", text)
