"""A podcast episode's page as it is copied from the show's web site: the page says who
hosts and who is the guest, and its chrome around a (partial) transcript is nobody's claim.

The shapes, top to bottom (any may be missing, but the publication line):

| line | what it is |
| --- | --- |
| ``Cellar Door — Episode 41: "Cold Storage …" with Ines Valdoro`` | the title; "with", |
| | "ft." or "feat." names the guests |
| ``Published March 11, 2026 · 58 min · Hosted by Corin Ashdale`` | the publication |
| | line: parts between "·", "|" or "•", each a date, a length, an episode number or |
| | "Hosted by …" |
| ``Listen on Apple Podcasts | Spotify | Overcast | RSS · Download MP3 (53.4 MB)`` | the |
| | player's bar |
| ``This week Corin sits down with Ines Valdoro, …`` | the blurb: prose above the |
| | transcript, the show's words about the episode, not the guest's |
| ``CHAPTERS``, ``Timestamps:``, ``LINKS MENTIONED``, ``Episode links:`` | headings of |
| | lists, and their items up to the next blank line |
| ``This episode is sponsored by Brightpane. Use code CELLAR …`` | a sponsor read |
| ``Support the show on Patreon: patreon.com/…`` | a call for support |
| ``PARTIAL TRANSCRIPT (auto-generated, lightly edited)`` | the transcript's notice |
| ``Transcript continues for members. Become a … member to read the full text.`` | the |
| | paywall |

``show_page`` finds them once for the whole document; the notes reader counts each chrome
line as the document's own, declares the hosts (whose questions are a host's) and the
guests (whose first name in capitals, "INES:", is theirs) and dates the opening section
by the publication line. Prose above the transcript is the blurb only when a transcript
follows; without one it is read as any notes are. Source of the shapes: podcast hosts'
episode pages (Transistor, Buzzsprout, Simplecast, Substack's podcast posts) as their text
is selected and copied.
"""

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass

from claims.importing.cues import HOST_CUE, SECTION_CUE
from claims.importing.headings import trailing_date
from claims.importing.names import reads_as_name
from claims.importing.page_chrome import told_chapter

_SEP = re.compile(r"\s+[·•|]\s+|\s{3,}")
_PUBLISHED = re.compile(
    r"^(?:published|posted|released|aired|air\s+date|recorded)\s*:?\s*(?:on\s+)?(?P<date>.+)$",
    re.IGNORECASE,
)
# "Hosted by …", "Written and presented by Callum Reyes." (a video's credit).
_HOSTED = re.compile(
    r"^(?:(?:written|produced|researched|edited|filmed|reported)(?:,\s*\w+)*\s+and\s+)?"
    r"(?:hosted|presented)\s+by\s+(?P<names>.+?)\.?$",
    re.IGNORECASE,
)
_LENGTH = re.compile(
    r"^(?:\d{1,3}\s*(?:h|hr|hrs|hours?)\s*)?(?:\d{1,3}\s*(?:m|min|mins|minutes?))?$"
    r"|^\d{1,2}:\d{2}(?::\d{2})?$",
    re.IGNORECASE,
)
_EPISODE = re.compile(
    r"^(?:(?:season|s)\s*\d{1,3}\s*,?\s*)?(?:episode|ep\.?|e|#)\s*\d{1,4}$|^explicit$|^podcast$",
    re.IGNORECASE,
)
_EPISODE_IN_TITLE = re.compile(
    r"\b(?:episode|ep\.?)\s*\d{1,4}\b|(?:^|\s)#\d{1,4}\b|\bS\d{1,3}E\d", re.I
)
# The guests at a title's end: "… with Ines Valdoro", "… (feat. Ana Ruiz and Ben Ode)".
_TITLE_GUESTS = re.compile(
    r"(?:\bwith|\bft\.|\bfeat\.|\bfeaturing)\s+(?P<names>[A-Z][^\"“”:|]{2,120}?)\s*\)?\s*$"
)
_PLATFORMS = re.compile(
    r"apple\s+podcasts|spotify|overcast|pocket\s+casts|google\s+podcasts|youtube(?:\s+music)?"
    r"|amazon\s+music|castbox|stitcher|rss|\bmp3\b|podcast\s+addict|castro|audible|iheart",
    re.IGNORECASE,
)
_PLAYER = re.compile(
    r"^\W{0,3}(?:listen|subscribe|follow|watch|download|play|stream|available|get\s+the"
    r"\s+episode)\b",
    re.IGNORECASE,
)
# Headings over lists that are the page's own: "LINKS MENTIONED", "Episode links:",
# "Timestamps:", "Chapters", "Show notes", "Resources", "Where to find Norrvolt".
_LIST_HEADING = re.compile(
    r"^\W{0,3}(?:(?:(?:episode|show|useful|related)\s+)?(?:links|resources|chapters|timestamps"
    r"|show\s+notes|credits|references|reading\s+list|further\s+reading)"
    r"(?:\s+(?:mentioned|from\s+(?:the|this)\s+episode|in\s+(?:the|this)\s+episode))?"
    r"|(?:mentioned|discussed)\s+(?:in\s+)?(?:the|this)\s+episode"
    r"|(?:books|people|companies|papers|things)\s+mentioned"
    r"|(?:where\s+to\s+)?find\s+(?:us|the\s+show|[A-Z]\w+)(?:\s+online)?)\s*:?\s*$",
    re.IGNORECASE,
)
# A sponsor read: "This episode is sponsored by Brightpane. Use code CELLAR …",
# "Today's episode is brought to you by …", "Thanks to our sponsor, …".
_SPONSOR = re.compile(
    r"^\W{0,3}(?:(?:this|today'?s|this\s+week'?s)\s+(?:episode|show|video|stream)\s+(?:is|was)"
    r"\s+(?:sponsored"
    r"|brought\s+to\s+you|supported|presented)\s+by|sponsored\s+by|brought\s+to\s+you\s+by"
    r"|support\s+for\s+(?:this|the)\s+(?:episode|show|podcast)\s+comes\s+from"
    r"|thanks\s+to\s+(?:our|this\s+week'?s|today'?s)\s+sponsors?)\b",
    re.IGNORECASE,
)
# A call for support: "Support the show on Patreon: …", "Become a patron", "Rate and review
# us on Apple Podcasts", "Subscribe to the newsletter at …".
_SUPPORT = re.compile(
    r"^\W{0,3}(?:support\s+(?:the|this)\s+(?:show|podcast|channel)|become\s+a\s+(?:patron"
    r"|member|supporter|paid\s+subscriber)|join\s+(?:us\s+)?on\s+patreon|rate\s+(?:and|&)"
    r"\s+review|leave\s+(?:us\s+)?a\s+review|subscribe\s+to\s+(?:the|our)\s+newsletter)\b",
    re.IGNORECASE,
)
# The transcript's notice: "PARTIAL TRANSCRIPT (auto-generated, lightly edited)",
# "Transcript (auto-generated, may contain errors)", "Full transcript:", "Transcript below".
_TRANSCRIPT_NOTICE = re.compile(
    r"^\W{0,3}(?:(?:partial|full|complete|episode|edited|auto-?generated|machine"
    r"|excerpted?|rough)\s+)*transcript(?:\s+(?:excerpt|below|follows))?\s*(?:\([^)]{0,80}\))?"
    r"\s*[:.]?\s*$"
    r"|^\W{0,3}transcripts?\s+(?:is|are)\s+(?:auto-?generated|generated\s+automatically|machine"
    r"[- ]generated)\b[^0-9]{0,80}$",
    re.IGNORECASE,
)
# The paywall: "Transcript continues for members.", "The rest of the transcript is for paid
# subscribers.", "Become a Cellar member to read the full text.", "Unlock the full episode".
_PAYWALL_SENTENCE = re.compile(
    r"^\W{0,3}(?:(?:the\s+)?(?:rest\s+of\s+the\s+|full\s+)?(?:transcript|episode|conversation"
    r"|text)\s+(?:continues|is\s+available|is)\s+(?:for|to)\s+(?:paid\s+)?(?:members|subscribers"
    r"|patrons|supporters)"
    r"|(?:become|join|subscribe|sign\s+up|upgrade|log\s+in)\b.{0,60}\b(?:to\s+(?:read|hear"
    r"|listen\s+to|access|unlock|get)\b.{0,40}\b(?:full|rest|whole|entire))"
    r"|unlock\s+the\s+(?:full|rest|whole|entire)\b)[^.!?]{0,80}[.!]?$",
    re.IGNORECASE,
)
# A line with a claim's words is no player's bar nor a call for support: "Download numbers
# on Spotify will double by 2028."
_CLAIM_WORDS = re.compile(
    r"\b(?:19|20)\d\d\b|\b(?:will|won't|would|expects?|going\s+to)\b|'ll\b", re.I
)
# A transcript's cue: "[03:12] CORIN: …", "(12:03) Ines Valdoro: …", "CORIN: …".
_CUE = re.compile(
    r"^\s*(?:[\[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}[\])]?\s*)?(?P<name>[A-Z][\w.'’ -]{0,40}?)\s*:\s+\S"
)
_HEADER_LINES = 6  # the publication line is among the page's first lines with words


@dataclass(frozen=True)
class ShowPage:
    """A podcast episode's page: the 1-based numbers of its ``chrome`` lines and of its
    publication line (``header``, which dates the page and is no line of its own), its ``hosts``
    and ``guests`` by name, the date its publication line gives (``published_on``, with its
    ``precision``; None when it gives none) and its ``title`` line ("" when none)."""

    chrome: frozenset[int]
    hosts: tuple[str, ...]
    guests: tuple[str, ...]
    published_on: datetime.date | None = None
    precision: str = ""
    title: str = ""  # the episode's title line, the source's title
    header: int = 0  # the publication line: it dates the page, silently


def show_page(lines: Sequence[str]) -> ShowPage | None:
    """The episode page ``lines`` are, or None when they are not one: a publication line
    ("Published March 11, 2026 · 58 min · Hosted by Corin Ashdale") among the first lines
    with words, the title above it naming the guests ("… with Ines Valdoro").

    → ShowPage(chrome={1, 3, …}, header=2, hosts=("Corin Ashdale",), guests=("Ines Valdoro",),
    published_on=2026-03-11). Notes that open "Host: …" or "Guest: …" are no page: their
    lines declare who is who themselves (``notes_sections``)."""
    filled = [n for n, line in enumerate(lines) if line.strip()][:_HEADER_LINES]
    publication = next((n for n in filled if _publication(lines[n]) is not None), None)
    if publication is None:
        return None
    hosts, date = _publication(lines[publication])
    chrome: set[int] = set()
    guests: tuple[str, ...] = ()
    title = ""
    above = [n for n in filled if n < publication]
    if above and _title(lines[above[-1]]):
        chrome.add(above[-1])
        guests = _title_guests(lines[above[-1]])
        title = lines[above[-1]].strip(" *_#")
    start = _transcript_start(lines, publication, (*hosts, *guests))
    chrome |= _page_lines(lines, publication + 1, start)
    published_on, precision = date if date else (None, "")
    numbers = frozenset(n + 1 for n in chrome)
    return ShowPage(
        numbers, tuple(hosts), guests, published_on, precision, title, header=publication + 1
    )


def page_line(text: str) -> bool:
    """Whether one line, by itself, is an episode page's own: a player's bar ("Listen on
    Apple Podcasts | Spotify"), a sponsor read ("This episode is sponsored by Brightpane."),
    a call for support ("Support the show on Patreon: …"), the transcript's notice
    ("Transcript (auto-generated, may contain errors)") or its paywall ("Transcript
    continues for members."). Never a sentence with a claim ("Spotify will raise prices in
    2027.")."""
    text = text.strip(" *_")
    if not text or len(text) > 300:
        return False
    if _SPONSOR.match(text) or _TRANSCRIPT_NOTICE.match(text):
        return True
    player = _PLAYER.match(text) and _PLATFORMS.search(text)
    if (player or _SUPPORT.match(text)) and _CLAIM_WORDS.search(text) is None:
        return True
    sentences = [s for s in re.split(r"(?<=[.!])\s+", text) if s]
    return all(_PAYWALL_SENTENCE.match(s) for s in sentences)


def _publication(line: str) -> tuple[list[str], tuple | None] | None:
    """The hosts and the date of a publication line, or None when the line is none."""
    parts = [p.strip(" *_") for p in _SEP.split(line.strip()) if p.strip(" *_")]
    hosts: list[str] = []
    date = None
    told = False
    for part in parts:
        published = _PUBLISHED.match(part)
        hosted = _HOSTED.match(part)
        if published:
            found = trailing_date(published.group("date"))
            if found is None or found[0]:
                return None
            date, told = (found[1], found[2]), True
        elif hosted:
            names = _names(hosted.group("names"))
            if not names:
                return None
            hosts += names
            told = True
        elif not (_LENGTH.match(part) or _EPISODE.match(part) or _bare_date(part)):
            return None
    return (hosts, date) if (told and len(parts) > 1) or hosts else None


def credited_hosts(line: str) -> list[str]:
    """The people a credit line names as its hosts or presenters ("Written and presented by
    Callum Reyes." → ["Callum Reyes"]; "Hosted by Ana Ruiz & Ben Ode" → both), or [] when the
    line is no such credit or a name in it does not read as a person's. Source: the credits
    of podcast show pages and video descriptions."""
    hosted = _HOSTED.match(line.strip(" *_"))
    return _names(hosted.group("names")) if hosted else []


def _bare_date(part: str) -> bool:
    found = trailing_date(part)
    return found is not None and not found[0]


def _names(text: str) -> list[str]:
    """ "Corin Ashdale", "Ana Ruiz and Ben Ode", "Ana Ruiz & Ben Ode" → the names, each
    read as a person's; none when any is not one."""
    parts = [p.strip(" .") for p in re.split(r",|\s+and\s+|\s*&\s*", text) if p.strip(" .")]
    return parts if parts and all(reads_as_name(p) for p in parts) else []


def _title(line: str) -> bool:
    text = line.strip()
    return len(text) <= 200 and (
        _EPISODE_IN_TITLE.search(text) is not None or _TITLE_GUESTS.search(text) is not None
    )


def _title_guests(line: str) -> tuple[str, ...]:
    found = _TITLE_GUESTS.search(line.strip())
    return tuple(_names(found.group("names"))) if found else ()


def _transcript_start(lines: Sequence[str], after: int, people: Sequence[str]) -> int | None:
    """The index of the transcript's first line (its notice, or its first cue naming a host
    or a guest by a name of theirs), or None when the page holds no transcript."""
    names = {part.lower() for person in people for part in (person, *person.split())}
    for index in range(after + 1, len(lines)):
        text = lines[index].strip()
        if _TRANSCRIPT_NOTICE.match(text.strip(" *_")):
            return index
        cue = _CUE.match(text)
        if cue and cue.group("name").strip().lower() in names:
            return index
    return None


def _page_lines(lines: Sequence[str], start: int, transcript: int | None) -> set[int]:
    """The indices of the page's own lines from ``start``: each ``page_line``, the headings
    of lists and their items up to a blank line and, above a ``transcript``, the blurb."""
    found: set[int] = set()
    in_list = False
    for index in range(start, len(lines)):
        text = lines[index].strip()
        if not text:
            in_list = False
            continue
        before = transcript is None or index < transcript
        if in_list and told_chapter(text, lines):
            continue  # "(41:52) Tobiah's bet: sodium-ion packs under $50/kWh by 2028"
        if in_list or page_line(text):
            found.add(index)
        elif before and _LIST_HEADING.match(text.strip(" *_#")):
            found.add(index)
            in_list = True
        elif before and transcript is not None and not _declaring(text):
            found.add(index)  # the blurb, and anything else the page says of the episode
    return found


def _declaring(text: str) -> bool:
    """ "Guest: Ines Valdoro", "Hosts: …": read by the notes reader, who is who."""
    text = text.strip(" *_-")
    return SECTION_CUE.match(text) is not None or HOST_CUE.match(text) is not None


# ---- The transcript's banter: a host's reaction or gloss, a laugh's concession.

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")
_REACTION_OPENER = re.compile(
    r"^(?:that'?s|that\s+is|wow|oh|huh|ha|right|sure|fair\s+enough|interesting|amazing"
    r"|incredible|nice|great|ok|okay|yeah|gosh|it'?s\s+not\s+exactly)\b",
    re.IGNORECASE,
)
_LAUGH = re.compile(r"^[\[(]\s*(?:laughs?|laughter|laughing|chuckles?)\s*[\])]\s*", re.I)
_ASIDE_WORDS = 12
_DIGIT = re.compile(r"\d")


def _aside(sentence: str) -> bool:
    """A sentence that claims nothing: a reaction's few words ("That's a lot of Volvos.",
    "It's not exactly the obvious place for a plant."), no figure, year or forecast."""
    sentence = sentence.strip()
    return (
        len(sentence.split()) <= _ASIDE_WORDS
        and not sentence.endswith("?")
        and _REACTION_OPENER.match(sentence) is not None
        and _DIGIT.search(sentence) is None
        and _CLAIM_WORDS.search(sentence) is None
    )


def host_asides(text: str) -> tuple[str, str]:
    """A host's line of an episode's transcript cut into what it asks or says and the
    asides after it: ("So why Luleå?", "It's not exactly the obvious place for a plant.");
    ("", "That's a lot of Volvos.") when it is all asides; (text, "") when it has none.
    A host's report before a question ("Your CFO said … by 2028. Do you agree?") stays."""
    sentences = [s for s in _SENTENCE_END.split(text.strip()) if s]
    cut = len(sentences)
    while cut and _aside(sentences[cut - 1]):
        cut -= 1
    return " ".join(sentences[:cut]), " ".join(sentences[cut:])


def laughing_concession(text: str) -> bool:
    """Whether a line of a transcript is a laugh and a few words that claim nothing:
    "(laughs) Some of them are Volvos, yes.", "[laughs] Fair enough." — the answer to a
    host's quip. "(laughs) We will open in 2027." is a claim, laughed or not."""
    found = _LAUGH.match(text.strip())
    if found is None:
        return False
    rest = text.strip()[found.end() :]
    return (
        len(rest.split()) <= _ASIDE_WORDS
        and _DIGIT.search(rest) is None
        and _CLAIM_WORDS.search(rest) is None
        and "?" not in rest
    )
