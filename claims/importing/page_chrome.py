"""The page around what was said, as a video's description or a newsletter post is copied
from the browser: never anybody's claim.

- A video's page: its title above the line of views ("184,392 views  Premiered Sep 9,
  2026  #EV"), the chapter list ("CHAPTERS", then "0:00 Intro", "1:12 What solid-state
  actually means", …; or such a list alone, opening at 0:00), links with their labels
  ("🔌 Support the channel: patreon.com/jonahdrives", "Gear I use (affiliate links):
  https://kit.co/…"), credits ("Music: Lakeside Loops (licensed)"), hashtag lines, "Show
  less", a chat's reactions (":eyes: 1  :100: 1"), and the comments' chrome ("Pinned by
  @JonahDrives", "@JonahDrives  2 days ago (edited)", "👍 2.1K   👎   Reply", "▼ 87
  replies").
- A newsletter's page: lines of links only ("[Share](https://…)", "[Subscribe now](…)"),
  its thanks and calls to subscribe or comment ("Thanks for reading The Long Bet!",
  "Tell me in the comments."), its copyright line ("© 2026 Imogen Fairlie · [Privacy](…)"),
  its counters ("42 · 7 · Share" under the byline, "42 Likes · 3 Restacks", "7 Comments").

Any site's or app's own furniture (navigation, prompts, buttons, counts) is
``site_chrome``'s. ``chrome_lines`` finds them all once for the whole document (a chapter
list and a video's title are known only from the lines around them); the notes reader counts
each as a line of the document's own. Source of the shapes: YouTube's watch page and
Substack's, Ghost's and Beehiiv's post pages as their text is selected and copied.
"""

import re
from collections.abc import Sequence

from claims.importing.front_matter import yaml_front_matter
from claims.importing.introductions import PRONOUNS, lead_in
from claims.importing.names import CAPITALS, reads_as_name
from claims.importing.site_chrome import site_chrome_line

_VIEWS = re.compile(r"^[\d.,]+\s?[KMB]?\s+views\b", re.IGNORECASE)
_CHAPTERS_HEADING = re.compile(
    r"^(?:\W{0,3}\s*)?(?:chapters|timestamps|timeline|contents|in this video)\s*:?\s*$",
    re.IGNORECASE,
)
_CHAPTER = re.compile(r"^[\[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}[\])]?\s*[-–—|:]?\s*(?P<title>.+)$")
_CHAPTER_WORDS = 10
_CHAPTERS_ALONE = 3  # a list of chapters without a heading: at least this many, from 0:00
_DOMAIN = r"(?:[\w-]+\.)+(?:com|co|org|net|io|tv|gg|me|ly|link|app|fm|uk|de|fr|shop|store)"
_LINK = rf"(?:https?://\S+|www\.\S+|{_DOMAIN}(?:/\S*)?|@[\w.]{{2,40}})"
# "🔌 Support the channel: patreon.com/jonahdrives", "Instagram: @jonahdrives".
_LABELLED_LINK = re.compile(
    rf"^\W{{0,4}}[\w '’()&/-]{{1,48}}:\s*{_LINK}(?:\s*[|·,]\s*{_LINK})*\s*$", re.IGNORECASE
)
_BARE_LINKS = re.compile(rf"^\W{{0,4}}{_LINK}(?:\s+{_LINK})*\s*$", re.IGNORECASE)
_MARKDOWN_LINKS = re.compile(r"^(?:\s*[·∙|•-]?\s*\[[^\]]{1,60}\]\([^)]+\))+\s*$")
_CREDITS = re.compile(
    r"^\W{0,4}(?:music|song|track|soundtrack|edited\s+by|editor|thumbnail|filmed\s+by|camera"
    r"|sound|animation|graphics|b-roll)\s*(?:by)?\s*:\s*[^.!?]{1,80}$",
    re.IGNORECASE,
)
_HASHTAGS = re.compile(r"^(?:#[\w-]+\s*){1,}$")
_PAGE_WORDS = re.compile(
    r"^(?:show\s+(?:less|more)|\.{3}\s*more|read\s+more|reply|translate\s+to\s+english"
    r"|▼?\s*(?:view\s+)?\d[\d,.]*[KM]?\s+repl(?:y|ies)|pinned\s+by\s+@[\w.-]+)\s*$",
    re.IGNORECASE,
)
# A comment's byline: "@JonahDrives  2 days ago (edited)", "@sam_k 3 weeks ago".
_COMMENT_BYLINE = re.compile(
    r"^@[\w.-]{2,40}\s+\d{1,3}\s+(?:second|minute|hour|day|week|month|year)s?\s+ago"
    r"(?:\s*\(edited\))?\s*$",
    re.IGNORECASE,
)
# A comment's reactions: "👍 2.1K   👎   Reply".
_REACTIONS = re.compile(r"^(?:👍|👎|♥|❤️?)[\s\d.,KM👍👎]*(?:reply)?\s*$", re.IGNORECASE)
# A chat app's reactions on their own line: ":eyes: 1  :100: 1", ":+1: 2", ":rocket: 3".
_EMOJI_CODES = re.compile(r"^(?::[\w+-]{1,30}:\s*\d{0,4}\s*)+$")
# A heading set in spaced capitals: "I N D E X", "P R O C E E D I N G S".
_SPACED_CAPITALS = re.compile(r"^(?:[A-Z]\s{1,3}){3,}[A-Z]$")
_COPYRIGHT = re.compile(r"^(?:©|\(c\)\s*\d{4}|copyright\s+(?:©\s*)?\d{4})", re.IGNORECASE)
# A newsletter's thanks and calls: "Thanks for reading The Long Bet! Subscribe for free …",
# a blog's share buttons ("Click to share on X (Opens in new window)"),
# "Tell me in the comments.", "Leave a comment", "Let me know below."
_CALLS = re.compile(
    r"^(?:click\s+to\s+(?:share|email|print|tweet|post)\b.{0,60}|.{0,80}\(opens\s+in\s+(?:a\s+)?new"
    r"\s+(?:window|tab)\)|thanks?\s+(?:you\s+)?for\s+reading\b|(?:tell|let)\s+me\s+(?:know\s+)?(?:what\s+you"
    r"\s+think\s+)?(?:in\s+the\s+comments|below)\b|leave\s+a\s+comment\b|drop\s+(?:me\s+)?a"
    r"\s+comment\b|share\s+this\s+post\b|forward\s+this\s+(?:email|post)\b)[^?]{0,100}$",
    re.IGNORECASE,
)
# A newsletter post's counters: "42 · 7 · Share" (likes, comments, the Share button) under
# its byline, "42 Likes · 3 Restacks" and "7 Comments" under the post ("∙" on Substack).
_COUNT = r"\d[\d,.]*[KM]?(?:\s+(?:likes?|restacks?|comments?|shares?))?"
_COUNTERS = re.compile(
    rf"^{_COUNT}(?:\s*[·∙•|]\s*(?:{_COUNT}|share))*$"
    r"(?<=[a-z])|^\d[\d,.]*[KM]?(?:\s*[·∙•|]\s*\d[\d,.]*[KM]?)+\s*[·∙•|]\s*share$",
    re.IGNORECASE,
)
# What any chrome line has: one cheap look before the patterns.
# A table of contents' line: a title, a leader of dots, its page ("2. Our forecasts
# ........ 2", "Box 2: What we got wrong last year …… 4").
_CONTENTS = re.compile(
    r"^.{2,120}?\s*(?:\.{4,}|…{2,}|(?:\.\s){4,}\.?)\s*(?:\d{1,4}|[ivxlc]{1,6})?\s*$"
)
_LOOK = re.compile(
    r"views|://|\.com|\.co|@|#|©|\(c\)|repl|show |more|comment|\]\(|thanks? |music|:\d\d"
    r"|👍|by:|chapters|timestamps|below|^:[\w+-]+:|[a-z]\.(?:io|tv|gg|me|ly|org|net)\b"
    r"|likes?$|restacks?$|share$|click to|new window|new tab|^[A-Z] [A-Z] "
    r"|\.\.\.\.|\. \. \. \.|…… ?\d",
    re.IGNORECASE,
)
_MAX_CHARS = 240


def chrome_line(text: str) -> bool:
    """Whether one line, by itself, is a page's chrome (see the module's docstring): a line
    of views, links, credits, hashtags, a comment's byline or reactions, a copyright line, a
    newsletter's thanks or call to comment. Never a sentence with a claim in it ("Kestrel
    says right-hand drive versions won't come before 2028.")."""
    text = text.strip(" *_")
    if not text or len(text) > _MAX_CHARS or _LOOK.search(text) is None:
        return False
    return any(
        pattern.match(text)
        for pattern in (
            _VIEWS,
            _LABELLED_LINK,
            _BARE_LINKS,
            _MARKDOWN_LINKS,
            _CREDITS,
            _HASHTAGS,
            _PAGE_WORDS,
            _COMMENT_BYLINE,
            _REACTIONS,
            _EMOJI_CODES,
            _COPYRIGHT,
            _SPACED_CAPITALS,
            _CALLS,
            _COUNTERS,
            _CONTENTS,
        )
    )


def chrome_lines(lines: Sequence[str]) -> frozenset[int]:
    """The 1-based numbers of ``lines`` that are a page's chrome: each ``chrome_line``, the
    video's title right above its line of views, and the chapters of a chapter list (under
    "CHAPTERS" or "Timestamps", or three or more timed titles opening at 0:00, up to the
    first line that is not one), and a Markdown file's YAML front matter."""
    found: set[int] = set(range(1, yaml_front_matter(lines).end + 1))
    in_chapters = False
    for number, line in enumerate(lines, start=1):
        text = line.strip()
        if in_chapters and _chapter(text):
            if not told_chapter(text, lines):
                found.add(number)
            continue
        in_chapters = False
        if not text:
            continue
        if _CHAPTERS_HEADING.match(text) or _opens_chapters(lines, number):
            found.add(number)
            in_chapters = True
        elif chrome_line(text) or site_chrome_line(text):
            found.add(number)
            if _VIEWS.match(text) and number > 1 and lines[number - 2].strip():
                found.add(number - 1)  # the video's title above its views
    return frozenset(found)


# What makes a chapter's words after its colon a forecast: a year or a forecast's verb.
_FORECAST_WORDS = re.compile(r"\b(?:19|20)\d\d\b|\b(?:will|won't|would|expects?)\b|'ll\b", re.I)
_FIRST_NAME = re.compile(rf"^[{CAPITALS}][a-zà-ÿ'’-]+$")


def told_chapter(text: str, lines: Sequence[str]) -> bool:
    """Whether a chapter of a list (or any timed list item) tells a guest's forecast: who,
    a colon, then words with a year or a forecast's verb. Who is a lead-in that names
    them ("(41:52) Tobiah's bet: sodium-ion packs under $50/kWh by 2028",
    ``introductions.lead_in``), a name, or a first name ``lines`` give in full elsewhere
    ("(55:10) Ines: storage beats new gas on cost in every US market by 2030" on a page
    naming Ines Marchbank). Not "(19:05) Copper: is the squeeze real?" nor "(48:20)
    Outlook: rates in 2027" (no one named): the page's own."""
    match = _CHAPTER.match(text)
    if match is None:
        match = _CHAPTER.match(_CHAPTER_TIME.sub("", text, count=1) + " ")
    lead, colon, rest = (match.group("title") if match else text).partition(": ")
    if not colon or not _FORECAST_WORDS.search(rest):
        return False
    lead = lead.strip(" *_")
    names = lead_in(lead)
    if names:
        return names[0][:1].isupper() and names[0].lower() not in PRONOUNS
    if reads_as_name(lead):
        return True
    if not _FIRST_NAME.match(lead):
        return False
    full = re.compile(rf"\b{re.escape(lead)}\s+[{CAPITALS}][\w'’-]+")
    return any(full.search(line) for line in lines)


_CHAPTER_TIME = re.compile(r"^\W{0,2}\d{1,2}(?::\d{2}){1,2}\W{0,2}\s+")


def _chapter(text: str) -> bool:
    match = _CHAPTER.match(text)
    return bool(match) and len(match.group("title").split()) <= _CHAPTER_WORDS


def _opens_chapters(lines: Sequence[str], number: int) -> bool:
    """Line ``number`` opens a chapter list with no heading: "0:00 Intro" and two more timed
    titles right below it, each a title's few words with no cue, year or forecast's verb
    (show notes' "[03:10] Maya: prices fall by 2026" are claims, not chapters)."""
    text = lines[number - 1].strip()
    if not text.startswith(("0:00", "00:00", "[0:00", "(0:00")):
        return False
    below = [line.strip() for line in lines[number : number + _CHAPTERS_ALONE - 1]]
    titles = [text, *below]
    return len(below) == _CHAPTERS_ALONE - 1 and all(_bare_chapter(t) for t in titles)


_NOT_A_TITLE = re.compile(r":\s|\b(?:19|20)\d\d\b|\b(?:will|won't|would|expects?)\b|'ll\b", re.I)
_BARE_TITLE_WORDS = 6


def _bare_chapter(text: str) -> bool:
    match = _CHAPTER.match(text)
    if match is None:
        return False
    title = match.group("title")
    return len(title.split()) <= _BARE_TITLE_WORDS and _NOT_A_TITLE.search(title) is None
