"""Bluesky threads copied from the browser (bsky.app): the app's own lines, the thread's
counters and openers, and the day the thread's post was written.

A thread copied whole from bsky.app keeps the app around the posts::

    Home / Explore / Notifications / Chat / Feeds / Lists / Profile / Settings / New Post
    Post
    Amara Nwosu
    @amaranwosu.bsky.social
    Thread on today's jobs report. 🧵 (1/6)
    February 6, 2026 at 8:41 AM
    Everybody can reply
    41 reposts  9 quotes  212 likes
    Amara Nwosu @amaranwosu.bsky.social · 3h
    Headline payrolls +143k, unemployment 4.4%. (2/6)
    💬 4  🔁 12  ♥ 97
    …
    Write your reply

The left navigation, the screen's heading ("Post"), the post's date line, who may reply
("Everybody can reply", "Replies disabled", "Some people can reply"), the counts
("41 reposts  9 quotes  212 likes", "💬 4  🔁 12  ♥ 97"), the composer ("Write your reply"),
"Translate", an image's "ALT" badge and its alt text, "Reply to Jake Ruiz", "Reposted by …",
"Show more replies", "Follow" and the footer ("Feedback · Privacy · Terms · Help") are the
app's, nobody's claim. The thread's post opens with its author's display name above the
handle (``forums``: a byline, read in a thread); each later post and reply with "Name
@handle · 3h". A post's counter ("(2/6)") is no word of it (``asides``, which reads the page
as a thread's from the first, so that a post's "Housekeeping:" is only its label), and a
sentence that only announces the thread ("Thread on today's jobs report, since people keep
asking. 🧵") or only tells its tone ("Genuine question, not trolling") claims nothing.

The date line ("February 6, 2026 at 8:41 AM", the app's long date) is when the thread's
post was written: it dates the document. A later post's age ("3h", "2d") counts back from
the moment the curator's copy note says the page was saved (``hacker_news.written_on``);
without one, the post's date dates the replies too, as no reply is older than its post, and
a reply a day old or more ("2d", "Sep 17") says so in a remark: its "by Sunday" may count
from a later day (``OLD_REPLY_NOTE``).

A document is read so only when it shows two of the app's marks (a ".bsky.social" handle,
the navigation with "New Post", the date line, who may reply, the counts of reposts and
quotes, the composer): a note that quotes one post keeps its reading. Source: bsky.app's
thread screen (``PostThreadItem``: the post's details and counts) as its text is selected
and copied.
"""

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass

from claims.horizons.periods import MONTH_WORDS
from claims.importing.forums import byline, handle_line

# The left navigation, the screen's heading, the signed-out page's buttons.
_NAVIGATION = frozenset(
    (
        "home",
        "explore",
        "search",
        "notifications",
        "chat",
        "messages",
        "feeds",
        "lists",
        "saved",
        "bookmarks",
        "profile",
        "settings",
        "new post",
        "post",
        "thread",
        "sign in",
        "sign up",
        "create account",
        "discover",
        "following",
        "video",
        "more feeds",
        "trending",
        "follow",
        "+ follow",
        "follows you",
        "translate",
        "alt",
        "more",
        "pinned",
        "show more",
        "show less",
        "read more",
        "hidden replies",
        "write your reply",
        "everybody can reply",
        "replies disabled",
        "some people can reply",
        "only followers can reply",
        "post not found",
        "deleted post",
        "blocked post",
        "post unavailable",
        "back",
    )
)
_NAV_MARK = "new post"  # X's and Mastodon's navigations have no "New Post"
_REPLY_RULE = re.compile(
    r"^(?:everybody can reply|replies (?:are )?disabled|some people can reply"
    r"|only (?:followers|people you follow|mentioned users) can reply)$",
    re.IGNORECASE,
)
# The app's long date: "February 6, 2026 at 8:41 AM", with "· Translate" or who may reply.
_DATE_LINE = re.compile(
    r"^(?P<month>[A-Z][a-z]{2,8})\s+(?P<day>\d{1,2}),\s+(?P<year>\d{4})\s+at\s+(?P<h>\d{1,2})"
    r":(?P<min>\d{2})\s*(?P<half>[AP]M)?(?:\s*[·•]\s*[\w ]{1,30})*$",
    re.IGNORECASE,
)
# The post's counts: "41 reposts  9 quotes  212 likes", "1 repost", "3 saves", each alone.
_COUNTS = re.compile(
    r"^(?:[\d.,]+[KM]?\s+(?:reposts?|quotes?|likes?|saves?|replies|reply)\s*[·•]?\s*)+$",
    re.IGNORECASE,
)
# A post's buttons as counts, with or without their icons: "💬 4  🔁 12  ♥ 97", "4 12 97".
_ICONS = "💬🗨🔁🔃↻⟲♥❤♡🤍🔖⭐☆⋯…↪️\ufe0f"
_ICON_COUNTS = re.compile(rf"^(?:[{_ICONS}]+\s*)?(?:[\d.,]+[KM]?\s*[{_ICONS}]*\s*)*$")
_HAS_ICON = re.compile(rf"[{_ICONS}]")
_COMPOSER = re.compile(r"^write your reply\b", re.IGNORECASE)
# Whom a reply answers, or who reposted: a display name ("Lena Park", "Glacier Watch 🧊") or
# a handle, not a clause ("Reply to the minister and we will …").
_NAME = (
    r"(?:@[\w.-]+|(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*)){0,3}|[\w.-]+)"
    r"(?:\s*[^\w\s]{1,3})?"
)
_APP_LINE = re.compile(
    rf"^(?:↳\s*)?(?:reply to (?:you|{_NAME})|replying to @[\w.-]+"
    rf"|(?:reposted|liked|quoted) by {_NAME}"
    r"|show (?:more|hidden|other) replies|(?:show|load) more|archived from .{4,40}"
    r"|(?:feedback|privacy|terms|help)(?:\s*[·•]\s*(?:feedback|privacy|terms|help)){2,}"
    r"|(?:alt(?: text)?|image|description)\s*:\s*.{1,300}|\[image[^\]]{0,300}\])$",
    re.IGNORECASE,
)

_MARKS_NEEDED = 2
OLD_REPLY_NOTE = (
    "posted {age} before the page was copied, on a day the page does not give: its times are "
    "counted from the thread's post; check the day"
)
_DAYS_OLD = re.compile(
    r"^(?:\d{1,3}\s*(?:d|w|wk|mo|y|yr)s?\.?|\d+\s+(?:days?|weeks?|months?|years?)\s+ago"
    r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?)$"
)


@dataclass(frozen=True)
class BlueskyPage:
    """A Bluesky thread's page: the 1-based numbers of the app's lines (``chrome``), and
    when the thread's post was written (``posted``: its date line's moment), if shown."""

    chrome: frozenset[int]
    posted: datetime.datetime | None = None


def bluesky_page(lines: Sequence[str]) -> BlueskyPage | None:
    """The Bluesky thread ``lines`` are copied from, or None when they show fewer than two
    of the app's marks (see the module's docstring)."""
    texts = [line.strip() for line in lines]
    marks = set()
    posted = None
    for text in texts:
        if not text or len(text) > 200:
            continue
        if text.lower() == _NAV_MARK:
            marks.add("navigation")
        elif _bsky_handle(text):
            marks.add("handle")
        elif _REPLY_RULE.match(text):
            marks.add("reply rule")
        elif _COUNTS.match(text) and re.search(r"repost|quote", text, re.IGNORECASE):
            marks.add("counts")
        elif _COMPOSER.match(text):
            marks.add("composer")
        elif post_moment(text) is not None:
            marks.add("date")
            posted = posted or post_moment(text)
    if len(marks) < _MARKS_NEEDED:
        return None
    chrome = frozenset(n for n, text in enumerate(texts, start=1) if text and app_line(text))
    return BlueskyPage(chrome=chrome, posted=posted)


def _bsky_handle(text: str) -> bool:
    """Whether a line is a byline or a handle's line with a ".bsky.social" handle ("Amara
    Nwosu @amara.bsky.social · 3h", "@amara.bsky.social"); not prose naming one."""
    if ".bsky.social" not in text.lower():
        return False
    found = handle_line(text) or getattr(byline(text), "handle", "")
    return found.lower().endswith(".bsky.social")


def app_line(text: str) -> bool:
    """Whether a line of a Bluesky page is the app's own: its navigation, who may reply,
    the date line, counts, the composer, "Translate", "ALT" and alt text, "Reply to …",
    "Reposted by …", "Show more replies", the footer. Read only on such a page."""
    text = text.strip()
    if not text or len(text) > 320:
        return False
    if text.lower().rstrip(" …") in _NAVIGATION or _REPLY_RULE.match(text):
        return True
    if _COUNTS.match(text) or _COMPOSER.match(text) or post_moment(text) is not None:
        return True
    if _ICON_COUNTS.match(text) and (_HAS_ICON.search(text) or text[:1].isdigit()):
        return True  # "💬 4  🔁 12  ♥ 97", "4  12  97"
    return _APP_LINE.match(text) is not None


def post_moment(text: str) -> datetime.datetime | None:
    """The moment a post's date line gives: "February 6, 2026 at 8:41 AM" → 6 Feb 2026
    08:41; None for any other line."""
    text = text.strip()
    if len(text) > 80 or " at " not in text:
        return None
    found = _DATE_LINE.match(text)
    if found is None:
        return None
    month = MONTH_WORDS.get(found["month"].lower())
    hour, minute = int(found["h"]), int(found["min"])
    if found["half"]:
        hour = hour % 12 + (12 if found["half"].upper() == "PM" else 0)
    try:
        day = datetime.date(int(found["year"]), month or 0, int(found["day"]))
        return datetime.datetime.combine(day, datetime.time(hour, minute))
    except ValueError:
        return None


# A line that only announces the thread: "Thread on today's jobs report, since people keep
# asking. 🧵", "A quick thread about the bond market 👇", "🧵 on the jobs numbers".
_OPENER = re.compile(
    r"^(?:🧵\s*)?(?:(?:a|an|my|quick|short|long|mini|big|little)\s+){0,2}(?:thread|🧵)"
    r"(?:\s+(?:on|about|re|for)\s+[^.!?:;]{1,80})?(?:,?\s+(?:since|because|as)\s+[^.!?:;]{1,60})?"
    r"\s*[.!:]*\s*[🧵👇⬇️↓\s]*(?:\(?\d{1,2}\s*/\s*\d{0,2}\)?)?\s*$",
    re.IGNORECASE,
)
# "Some notes on the heat pump numbers out this morning 🧵": the thread's mark says so.
_NOTES_OPENER = re.compile(
    r"^(?:(?:a\s+few|some|quick|my|a\s+couple\s+of)\s+)?(?:notes|thoughts|takes|observations"
    r"|takeaways|reflections)\s+(?:on|about)\s+[^.!?:;]{1,80}?\s*[.:]?\s*(?:🧵|👇)[🧵👇⬇️↓\s]*$",
    re.IGNORECASE,
)
_STATING = re.compile(r"\b(?:will|won['’]t|would|going to|expect\w*)\b|['’]ll\b", re.IGNORECASE)


def thread_opener(sentence: str) -> bool:
    """Whether a sentence only announces a thread ("Thread on today's jobs report, since
    people keep asking. 🧵", "A quick thread 👇", "Some notes on the heat pump numbers 🧵"):
    no claim. "Thread on why rates will fall
    by 2027 🧵" says what the thread will argue, and stays a claim."""
    sentence = sentence.strip()
    if "thread" not in sentence.lower() and "🧵" not in sentence and "👇" not in sentence:
        return False
    if _OPENER.match(sentence) is None and _NOTES_OPENER.match(sentence) is None:
        return False
    return _STATING.search(sentence) is None


# A sentence of tone tags only: "Genuine question, not trolling", "Serious question.", "No
# shade.", "Asking for a friend".
_TONE = (
    r"(?:(?:a\s+)?(?:genuine|serious|honest|real|sincere|dumb|stupid|naive)(?:ly)?\s+"
    r"(?:question|asking|curious)|not\s+(?:trolling|sarcasm|sarcastic|joking|kidding|a\s+troll)"
    r"|no\s+(?:shade|snark|sarcasm|hate)|just\s+(?:asking|curious)|asking\s+for\s+a\s+friend"
    r"|(?:half[- ]?)?joking|(?:only\s+)?half\s+kidding|fwiw"
    # Who asks, said of the asker: "Asking as a very tired county planner", "Asking as
    # someone who rents".
    r"|(?:genuinely\s+|honestly\s+|just\s+)?asking\s+as\s+(?:a|an|the|someone|somebody|one)\b"
    r"[^.!?;:,]{0,60})"
)
_TONE_ONLY = re.compile(rf"^{_TONE}(?:\s*[,;/&]\s*(?:and\s+|but\s+)?{_TONE})*\s*[.!…]*\s*$", re.I)


def tone_only(sentence: str) -> bool:
    """Whether a reply's sentence only tells its tone ("Genuine question, not trolling",
    "No shade."), as a tone tag in brackets does (``forums.without_tone_tag``): no claim.
    "Not trolling: rates fall by 2027." says more."""
    return len(sentence) < 80 and _TONE_ONLY.match(sentence.strip()) is not None


def days_old(age: str) -> bool:
    """Whether a post's age is a day or more ("2d", "1w", "3mo", "Sep 17"), not hours ("3h",
    "45m"): written on a day before the page was copied, which day the page does not say
    without a copy note."""
    return _DAYS_OLD.match(age.strip()) is not None
