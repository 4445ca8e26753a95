"""Hacker News threads copied from the browser: the page's own lines, when each comment was
written, and what a thread's writers say that is no claim.

A Hacker News page copied whole keeps its furniture. The site's bar ("Hacker News new | past
| comments | ask | show | jobs | submit   login") and footer ("Guidelines | FAQ | Lists | API
| Security | Legal | Apply to YC | Contact", "Search:") are nobody's; every comment's header
and the story's title open with the vote arrow ("▲ dry_creek 5 hours ago | parent | next
[–]"), read past before the header is read (``forums.byline``). A link story's title ("▲
Heat pumps outsold gas boilers (thermalwatch.example)") is the linked article's headline,
which the site asks submitters to keep: not the submitter's claim.

A header tells how long ago its comment was written ("5 hours ago", "3 years ago") or the
day ("on Sep 17, 2026"). Counted back from the moment the curator saved the page (their copy
note, ``copy_notes.copied_at``), that is the day the comment's "this year" and "next month"
are counted from (``written_on``). Without a saved-on moment the source's date dates them.

What a thread's writers say that is no claim: a moderator's warning ("Please don't post
flamebait here.", "We've banned this account.", a link to the site's guidelines), a joke
told with a wink or a sarcasm tag ("… ;)", "… /s"), a hedge on a story passed on ("Take that
for what it's worth."), "OP here.", a commenter's trade ("I install these for a living"), a
maker's greeting ("Hi HN, I built this after …"). An edit's label ("Edit:") is read as a
label: the words after it are still the author's.

Pure functions, no state; the notes reader keeps the thread's state (``notes_forums``).
"""

import datetime
import re

_VOTE_ARROW = re.compile(r"^\s*[▲△▴⇧](?:\s*[▼▽▾⇩])?\s*")

_SITE_BAR = re.compile(
    r"^(?:Hacker News\s+)?new\s*\|\s*(?:threads\s*\|\s*)?past\s*\|\s*comments\s*\|\s*ask\s*\|"
    r"\s*show\s*\|\s*jobs\s*\|\s*submit\b.*$",
    re.IGNORECASE,
)
_FOOTER = re.compile(
    r"^(?:Guidelines\s*\|\s*FAQ\s*\|.*|Search:\s*|Hacker News\s*|"
    r"Applications are open for YC [\w ]{1,30}(?:\s*\|.*)?)$",
    re.IGNORECASE,
)


def without_vote_arrow(text: str) -> str:
    """A line without the vote arrow the page shows before a comment's header and a story's
    title: "▲ dry_creek 5 hours ago | next [–]" → "dry_creek 5 hours ago | next [–]"; any
    other line as it is."""
    if not text or text.lstrip()[:1] not in "▲△▴⇧":
        return text
    return _VOTE_ARROW.sub("", text, count=1)


def site_chrome(text: str) -> bool:
    """Whether a line is Hacker News' own bar or footer: "Hacker News new | past | comments |
    ask | show | jobs | submit   login", "Guidelines | FAQ | Lists | API | Security | Legal |
    Apply to YC | Contact", "Search:". Read anywhere: nobody writes these words in a note."""
    text = text.strip()
    if len(text) > 200 or ("|" not in text and not text.endswith(":") and text != "Hacker News"):
        return False
    return _SITE_BAR.match(text) is not None or _FOOTER.match(text) is not None


# ---- When a comment was written.

_AGO = re.compile(r"\b(?P<n>\d+)\s+(?P<unit>minute|hour|day|week|month|year)s?\s+ago\b")
_ON_DAY = re.compile(r"\bon\s+(?P<month>[A-Z][a-z]{2})\s+(?P<day>\d{1,2}),\s+(?P<year>\d{4})\b")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DAYS_IN = {"month": 30, "year": 365, "week": 7}  # the site rounds to whole months and years
# A social site's age, alone: "3h", "45m", "2d", "1w", "3mo", "1y" (Bluesky, X, Mastodon);
# its day without the year: "Sep 17", the year the page was saved.
_SHORT_AGE = re.compile(
    r"^(?P<n>\d{1,3})\s*(?P<unit>s|m|mins?|h|hrs?|d|w|wks?|mo|y|yrs?)\.?(?:\s+ago)?$", re.I
)
_SHORT_UNITS = {"s": "second", "m": "minute", "h": "hour", "d": "day", "w": "week"}
_SHORT_UNITS |= {"mo": "month", "y": "year"}
_MONTH_DAY = re.compile(r"^(?P<month>[A-Z][a-z]{2})[a-z]*\.?\s+(?P<day>\d{1,2})$")


Saved = datetime.datetime | datetime.date | None


def written_on(header: str, saved: Saved) -> datetime.date | None:
    """The day a comment was written, from its header's age counted back from ``saved`` (the
    moment, or the day, the page was saved), or from the day the header gives; None when
    neither tells.

    ("dry_creek 5 hours ago | next [–]", 22 Sep 2026 18:40) → 22 Sep 2026; (…"20 hours
    ago"…, 22 Sep 2026 18:40) → 21 Sep 2026; ("… 3 days ago", 22 Sep 2026) → 19 Sep 2026;
    ("… 2 years ago", 22 Sep 2026) → 22 Sep 2024; ("ferro on Sep 17, 2026 | prev", None) → 17
    Sep 2026; ("… 5 hours ago", None) → None. A social site's age alone too: ("3h", 6 Feb 2026
    11:40) → 6 Feb 2026; ("2d", 6 Feb 2026) → 4 Feb 2026; ("Sep 17", 2 Feb 2026) → 17 Sep
    2025; ("Sep 17, 2025", None) → 17 Sep 2025."""
    found = _ON_DAY.search(header) or _ON_DAY.search(f"on {header.strip()}")
    if found is not None and found.group("month").lower() in _MONTHS:
        month = _MONTHS.index(found.group("month").lower()) + 1
        try:
            return datetime.date(int(found.group("year")), month, int(found.group("day")))
        except ValueError:
            return None
    if saved is None:
        return None
    found = _AGO.search(header)
    if found is None:
        return _short_age(header.strip(), saved)
    return _counted_back(int(found.group("n")), found.group("unit"), saved)


def _short_age(age: str, saved: datetime.datetime | datetime.date) -> datetime.date | None:
    """A social site's age ("3h", "2d", "Sep 17") counted back from ``saved``."""
    found = _SHORT_AGE.match(age)
    if found is not None:
        unit = found.group("unit").lower()
        unit = _SHORT_UNITS.get(unit if unit == "mo" else unit[0], "second")
        return _counted_back(int(found.group("n")), unit, saved)
    found = _MONTH_DAY.match(age)
    if found is None or found.group("month").lower() not in _MONTHS:
        return None
    day = saved.date() if isinstance(saved, datetime.datetime) else saved
    month = _MONTHS.index(found.group("month").lower()) + 1
    try:
        written = datetime.date(day.year, month, int(found.group("day")))
        return written if written <= day else written.replace(year=day.year - 1)
    except ValueError:
        return None


def _counted_back(count: int, unit: str, saved: datetime.datetime | datetime.date) -> datetime.date:
    if unit == "second":
        return saved.date() if isinstance(saved, datetime.datetime) else saved
    if isinstance(saved, datetime.datetime):
        if unit in ("minute", "hour"):
            return (saved - datetime.timedelta(**{f"{unit}s": count})).date()
        saved = saved.date()
    if unit in ("minute", "hour"):
        return saved - datetime.timedelta(days=count // 24 if unit == "hour" else 0)
    return saved - datetime.timedelta(days=count * _DAYS_IN.get(unit, 1))


# ---- What a thread's writers say that is no claim.

_GUIDELINES = re.compile(r"newsguidelines|news\.ycombinator\.com/newsfaq", re.IGNORECASE)
_MODERATION = re.compile(
    r"^(?:(?:can|could|would) you )?please (?:don['’]t|do not|stop|not|avoid|review|re-?read"
    r"|stick to|follow|make your substantive points|omit|edit (?:out )?(?:swipes|name-calling))"
    r"\b.*(?:\bhere\b|\bon (?:hn|this site)\b|\bguidelines\b|\bflamebait\b|\bname-call)"
    r"|^(?:we|i)(?:['’]ve| have)? (?:(?:banned|rate[- ]limited) (?:this|your|the|that) account"
    r"|(?:detached|moved) (?:this|the|your) (?:sub)?thread|merged (?:the )?(?:comments|threads?)"
    r"|turned off flags|changed (?:the )?(?:url|title) (?:from|to)|marked .{1,30} off[- ]topic)\b"
    r"|^you['’]ve been (?:breaking|posting|using)\b.*\b(?:guidelines|hn|this site)\b"
    r"|^if you keep (?:doing|posting|breaking)\b.*\bban\b"
    r"|^(?:this|your) (?:comment|account) (?:breaks|broke|crosses|crossed) .*guidelines",
    re.IGNORECASE,
)
_WINK = re.compile(r"(?:;-?\)|😉|😜|\s/s|\(/s\))\s*[.!]*\s*$")  # not ":)", a smile
_ASIDE = re.compile(
    r"^(?:(?:so )?take (?:that|this|it) (?:for what it['’]?s worth|with a (?:grain|pinch) of salt)"
    r"|(?:your )?mileage may vary|ymmv|fwiw|op here|(?:i['’]m )?the op here|source: trust me"
    r"|just my (?:two|2) cents|my (?:two|2) cents)\s*[.!]*\s*$"
    # A maker greeting the site before the story of what they built: "Hi HN, I built this
    # after our own install went wrong."
    r"|^(?:hi|hey|hello)\s+(?:hn|everyone|all|folks)\b[,!.]*\s*(?:i|we)\s+(?:built|made|wrote"
    r"|created|launched|started)\b",
    re.IGNORECASE,
)


# A commenter's trade, telling where the words come from: "I install these for a living in
# Leeds.", "I do this professionally."; not "… for a living, and prices will fall".
_BACKGROUND = re.compile(
    r"^i (?:[\w'’-]+\s+){1,5}(?:for a living|professionally)(?:\s+(?:in|at|for)\s+[^,;]{1,40})?"
    r"\s*[.!]*$",
    re.IGNORECASE,
)


def moderator_notice(sentence: str) -> bool:
    """Whether a comment's sentence is a moderator's warning or notice, the site's
    procedure and no claim: "Please don't post flamebait or name-call here.", "We've banned
    this account.", "We detached this subthread from …", "You've been breaking the site
    guidelines …", a link to the guidelines. Advice to anyone else ("Please don't buy the
    cheap units.") is read as advice, not as this."""
    sentence = sentence.strip()
    if _GUIDELINES.search(sentence):
        return True
    return len(sentence) < 400 and _MODERATION.match(sentence) is not None


def thread_aside(sentence: str) -> bool:
    """Whether a thread's sentence claims nothing of its own: a joke told with a wink or a
    sarcasm tag ("2026 is the year of the heat pump, just like … Linux on the desktop ;)",
    "Sure, batteries will fix everything /s"), a hedge on what was passed on ("Take that for
    what it's worth.", "YMMV"), "OP here.", the commenter's trade ("I install these for a
    living in Leeds."). A smile (":)") is no wink. Source: Hacker News and Reddit threads."""
    sentence = sentence.strip()
    if _WINK.search(sentence) is not None or _ASIDE.match(sentence) is not None:
        return True
    return sentence[:2] in ("I ", "i ") and _BACKGROUND.match(sentence) is not None
