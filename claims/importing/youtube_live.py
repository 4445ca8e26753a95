"""A YouTube live stream's page copied with its transcript and its chat replay, read as notes
(``shaped``).

The layout (youtube.com's watch page of a finished live stream, selected and copied from the
browser with the "Show transcript" panel open and the chat replay shown): the video's title,
the channel's name and subscribers ("Harbour Council · 3.4K subscribers"), the views and
the day ("1,204 views  Streamed live on May 20, 2026"), the description and its chapters
("0:00 Welcome"), then the transcript's heading ("Transcript", "Show transcript") and the
transcript: a time before each caption line ("0:26 the new line opens in june", or the time
alone on its line above the words, perhaps with the panel's spoken form of it, "26
seconds", between), with ">>" where the auto-generated captions hear a new
voice and sound tags ("[Music]", "[Applause]"). Pasted among the transcript, the chat
replay: a heading ("── Live chat replay ──", "Top chat replay"), then a message a line, the
chatter's name or "@handle", perhaps a time before it and badges after it ("🔧" a moderator,
"✔" a verified channel), two spaces, and the words ("@handle" may have one space after it).

Who speaks in the transcript is never written: ">>" says only that the voice changed. A turn
is named only where its own words introduce its speaker in a way the project reads
(``introductions.host_self_introduction``, ``caps_self_introduction``), and that
introduction is no claim; a turn is also one of the people the page credits in full above
the transcript when its lower-case words introduce them ("i'm gideon achterberg") or the
turn before asked them by first name ("okay priya the dockside plant where are we"), with a
remark; every other turn is written as a placeholder ("Speaker 3", one a turn, not one a
line) with a remark giving its time, so the curator is asked who it is.
A chat message is its chatter's, written as an account's "@handle" and asked about, never
read as a person's name (as ``twitch_chat`` and ``instagram`` read senders). No claims: the
page above the transcript, the times, sound tags, the chat's headings, its housekeeping (a
moderator's "Great question, we'll get to it!") and the messages ``twitch_chat.no_words``
finds empty. The "Streamed live on …" day dates every line.

A video's watch page that was not streamed reads the same way: its views and day ("286,411
views  Aug 21, 2026", or "Premiered …") stand for the streamed line. Its transcript marks
no voice ("Written and presented by Callum Reyes." in the description): a transcript with no
">>" anywhere is one presenter's, the one person the description credits, else the
channel's handle ("Pinned by @voltwise") or name, asked about. Its comments, under their
heading ("1,204 Comments"), are each commenter's "@handle" (alone on its line, above the
age, "1 day ago (edited)"), asked about; the page's controls ("Reply", "18 replies", like
counts) are nobody's. Source: youtube.com's watch page, copied with the transcript panel.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from claims.importing.chatter import is_reaction
from claims.importing.forecasters import person_name
from claims.importing.headings import trailing_date
from claims.importing.introductions import caps_self_introduction, host_self_introduction, names_in
from claims.importing.names import person_key, reads_as_name, untitled
from claims.importing.notes_forums import ACCOUNT_NOTE
from claims.importing.shaped import Reshaped, cued
from claims.importing.show_notes import credited_hosts
from claims.importing.stream_host import hosts_procedure
from claims.importing.twitch_chat import no_words

_HEAD_LINES = 40  # the page's header (site chrome, title, channel, views and day) stands here
_MIN_TIMED = 3
_NAME_WORDS = 4  # a chatter's name is no longer
_TIME = r"(?:\d{1,2}:)?\d{1,2}:\d{2}"
_MONTH = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WHEN = (
    r"(?:"
    rf"{_MONTH}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})"
    rf"|(?P<day2>\d{{1,2}})\s+{_MONTH.replace('month', 'month2')}\s+(?P<year2>\d{{4}})"
    r"|\d+\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago)"
)
# "1,204 views  Streamed live on May 20, 2026", "Streamed live on 20 May 2026", "Premiered
# Aug 21, 2026".
_STREAMED = re.compile(rf"\b(?:Streamed live|Premiered)(?: on)?\s+{_WHEN}", re.IGNORECASE)
# A video's views and day, as the watch page of one that was not streamed shows them:
# "286,411 views  Aug 21, 2026", "1.2M views  3 weeks ago".
_VIEWS_DAY = re.compile(rf"^[\d.,]+\s*[KMB]?\s+views\s*(?:·\s*)?{_WHEN}", re.IGNORECASE)
_TRANSCRIPT = re.compile(
    r"^(?:show\s+)?(?:transcript|captions)(?:\s*\([A-Z][a-z]+(?:\s*\([^)]*\))?\))?\s*:?$",
    re.IGNORECASE,
)
# A lecture capture's page (Panopto, Kaltura, a university's video portal): the views alone
# on their line ("1,284 views"), the day on a line near it ("Wed, Feb 18, 2026 1:00 PM").
# A podcast episode's page (Spotify's web player) shows its length there instead: "52 min 18
# sec", "1 hr 4 min".
_VIEWS_ALONE = re.compile(
    r"^(?:[\d.,]+\s*[KM]?\s+views(?:\s*·\s*[\d.,]+\s*[KM]?\s+\w+)?"
    r"|(?:\d+\s*(?:hr|hrs|h)\s*)?\d+\s*min(?:\s+\d+\s*sec)?)$",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"\s+\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?$")
_NEAR_VIEWS = 3
# A voice from the floor, as captions mark it: "[Audience member] …", "Student: …".
_FLOOR = re.compile(
    r"^(?:\[(?:audience(?:\s+member)?|student|questioner|question)\]|(?:audience(?:\s+member)?"
    r"|student|questioner)\s*:)\s*",
    re.IGNORECASE,
)
FLOOR = "Audience member"
FLOOR_NOTE = (
    "“Audience member” is a voice from the floor the captions mark but do not name: map it "
    "to who it is"
)
_TITLED = re.compile(r"^(?:(?:Prof|Professor|Dr|Associate Professor|Assoc\. Prof)\.?\s+)")
_TIMED = re.compile(rf"^(?P<time>{_TIME})(?:\s+(?P<words>\S.*))?$")
# "── Live chat replay ──", "Top chat replay", "Live chat".
_CHAT_HEADING = re.compile(
    r"^[\W_]*(?:(?:live|top)\s+chat(?:\s+replay)?|chat\s+replay)[\W_]*$", re.IGNORECASE
)
# A message: a time perhaps ("1:02", "12:03 PM"), the chatter, badges perhaps, then two
# spaces (or a tab) and the words.
_MESSAGE = re.compile(
    rf"^(?:(?P<time>{_TIME}(?:\s*[AaPp]\.?[Mm]\.?)?)\s+)?"
    r"(?P<chatter>@?[^\s@>][^\t]{0,60}?)\s*(?:\t|\s{2,})(?P<words>\S.*)$"
)
# A handle alone before the words, one space between: "@marcus_t is the 14 getting cut".
_HANDLE_MESSAGE = re.compile(
    rf"^(?:(?P<time>{_TIME}(?:\s*[AaPp]\.?[Mm]\.?)?)\s+)?"
    r"(?P<chatter>@[\w.-]{3,30})\s+(?P<words>\S.*)$"
)
# The transcript panel's spoken form of a time, copied below it: "6 seconds", "1 minute, 2
# seconds".
_SPOKEN_TIME = re.compile(
    r"^\d{1,2}\s+(?:hours?|minutes?|seconds?)(?:,?\s+\d{1,2}\s+(?:minutes?|seconds?)){0,2}$"
)
# Badges after a chatter's name: YouTube's icons (the moderator's wrench, the verified
# check, the owner's or a member's marks) or their words as a screen reader copies them.
_BADGE = re.compile(
    r"(?:\s*(?:[\U0001F300-\U0001FAFF\u2600-\u27BF\u2713\u2714\uFE0F]|\((?:[^()]*)\)"
    r"|\b(?:Moderator|Owner|Verified|Member(?:\s+\([^)]*\))?)\b))+\s*$"
)
_MODERATOR = re.compile(r"\U0001F527|\bModerator\b|\bOwner\b", re.IGNORECASE)
_SOUND = re.compile(r"^\[[A-Za-z][\w ,'’-]{0,30}\]$")
_TURN = re.compile(r"^>>\s*")
_ENDS = re.compile(r"[.!?][\"”’')\]]*$")
# The chat's housekeeping, as a moderator answers a chatter: "Great question Marcus, we'll
# get to it in a few minutes!", "Thanks for joining everyone", "Welcome in, Priya!".
_HOUSEKEEPING = re.compile(
    r"^(?:(?:great|good)\s+question\b|thanks?\s+(?:you\s+)?(?:for\s+(?:joining|watching|"
    r"asking|the\s+question|tuning\s+in))|welcome(?:\s+in)?\b[^.!?]{0,30}[!.]*$|"
    r"(?:we'?ll|we\s+will)\s+get\s+to\s+(?:it|that|your\s+question))",
    re.IGNORECASE,
)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
PLACEHOLDER = "Speaker {number}"
_UNNAMED = ">>"  # a turn nobody is named for, before its first line is written
TURN_NOTE = (
    "“{label}” is the turn from {time}: the transcript marks a new voice (“>>”) but names "
    "nobody; map it to who it is"
)
INTRODUCED_NOTE = "“{name}” is taken from their own introduction in this turn (line {line})"
ASKED_NOTE = (
    "“{name}” is taken as the voice the turn before asked by first name (“… {words}”), one of"
    " the people the page names: check who said them"
)
PARAGRAPH_NOTE = (
    "“{label}” is the paragraph from {time}: the transcript names no voice and marks no "
    "change of voice, and the page names nobody who presents it alone; map it to who it is"
)
CREDITED_NOTE = "“{name}” is taken from the video's credit (line {line}): one voice, no “>>”"
CREATOR_NOTE = (
    "“{name}” is the video's creator, as the page names them (line {line}); the transcript "
    "names no voice: check that these words are theirs"
)
# A recording tool's page names its creator by the alt text of their picture: "Kira
# Nakamura's avatar" (Loom).
_AVATAR = re.compile(r"^(?P<name>[^'’]{3,60})['’]s\s+(?:avatar|profile\s+(?:picture|photo))$", re.I)
PRESENTER_NOTE = (
    "“{name}” is the speaker the page names above the transcript (line {line}); the "
    "captions name no voice: check that these words are theirs"
)
CHANNEL_NOTE = (
    "“{label}” is the channel that posted the video, and the transcript marks no other "
    "voice: map it to who presents it"
)
# The comments under the video: their heading ("1,204 Comments"), then each comment's
# "@handle" alone on its line, its age ("2 days ago", "1 day ago (edited)"), its words, and
# the page's controls ("412", "Reply", "18 replies", "Pinned by @voltwise").
_COMMENTS = re.compile(
    r"^(?:[\d.,]+\s*[KM]?\s+)?comments?(?:\s*\([\d.,]+\s*[KM]?\))?$", re.IGNORECASE
)
_COMMENTER = re.compile(r"^(?P<handle>@[\w.\-]{3,30})(?:\s*[·•]?\s*(?:creator|owner))?$", re.I)
_AGE = re.compile(
    r"^\d+\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago"
    r"(?:\s*\(edited\))?$",
    re.IGNORECASE,
)
# A recording tool's comment header, the commenter's name with the moment of the video and
# the age: "Priya Shah · 1:32 · 2d ago", "Kira Nakamura · 2d ago" (Loom).
_NAMED_COMMENTER = re.compile(
    r"^(?P<handle>[A-Z][^·@\d]{1,40}?)\s*·\s*(?:(?:\d{1,2}:)?\d{1,2}:\d{2}\s*·\s*)?"
    r"(?:\d+\s*(?:s|m|h|d|w|mo|y|min|hr|seconds?|minutes?|hours?|days?|weeks?|months?|years?)"
    r"\s+ago|just\s+now|yesterday)$",
    re.IGNORECASE,
)
# Emoji reactions with their counts: "👍 3", "😂 5   🎉 2".
_REACTIONS = re.compile(r"^(?:[^\w\s]{1,4}\s*\d+\s*)+$")
_PINNED = re.compile(r"^Pinned by\s+(?P<handle>@[\w.\-]{3,30})$", re.IGNORECASE)
_CONTROLS = re.compile(
    r"^(?:[\d.,]+\s*[KM]?|reply|replies|sort\s+by|top\s+comments|newest\s+first"
    r"|add\s+a\s+comment\W*|(?:view\s+)?[\d.,]+\s*[KM]?\s+repl(?:y|ies)|show\s+more"
    r"|read\s+more|show\s+less|translate\s+to\s+\w+|hide\s+replies)$",
    re.IGNORECASE,
)
_SUBSCRIBERS = re.compile(
    r"^(?:(?P<channel>.*?\S)\s*(?:[·•]\s*|\s))?[\d.,]+\s*[KM]?\s+subscribers$", re.IGNORECASE
)


@dataclass
class _Page:
    """What the reading so far has found: lines written, remarks, people, the voice."""

    out: list[str] = field(default_factory=list)
    notes: dict[int, str] = field(default_factory=dict)
    people: set[str] = field(default_factory=set)
    turns: int = 0
    speaker: str = ""
    note: str = ""
    presenter: str = ""  # the one voice of a transcript that marks no other (credited)
    each: bool = False  # no voice marked nor named: every timed paragraph is asked on its own
    presenter_note: str = ""
    commenter: str = ""
    # The people the page names above the transcript ("Panelists: Priya Dasgupta-Wren (CEO,
    # Halvern Heat), …"), whom a turn may address by first name, and the words of the turn
    # being read (the last few), where the next turn's speaker may be asked by name.
    credited: tuple[str, ...] = ()
    turn_words: list[str] = field(default_factory=list)


def streamed_on(lines: Sequence[str]) -> tuple[int, datetime.date | None] | None:
    """The index of the page's "Streamed live on …" line (or "Premiered …", or the views
    and the day of a video that was not streamed, "286,411 views  Aug 21, 2026") among its
    first lines and the day it gives ("Streamed live on May 20, 2026" → 2026-05-20; None for
    "Streamed live 3 hours ago"), or None when the page shows no such line. Source:
    YouTube's watch page."""
    for index, line in enumerate(lines[:_HEAD_LINES]):
        found = _STREAMED.search(line) or _VIEWS_DAY.match(line.strip())
        if found is None:
            continue
        month = found.group("month") or found.group("month2")
        if not month:
            return index, None
        day = int(found.group("day") or found.group("day2"))
        year = int(found.group("year") or found.group("year2"))
        try:
            return index, datetime.date(year, _MONTHS.index(month[:3].lower()) + 1, day)
        except ValueError:
            return index, None
    return None


def _lecture_day(lines: Sequence[str]) -> tuple[int, datetime.date | None] | None:
    """A lecture capture's views alone on their line with its day on a line near it
    ("1,284 views" under "Wed, Feb 18, 2026 1:00 PM"): the day's line and the day, or
    None."""
    for index, line in enumerate(lines[:_HEAD_LINES]):
        if not _VIEWS_ALONE.match(line.strip()):
            continue
        for near in range(max(0, index - _NEAR_VIEWS), min(len(lines), index + _NEAR_VIEWS + 1)):
            # "Wed, Feb 18, 2026 1:00 PM"; Loom's "Apr 2, 2026 · 11 min 34 sec".
            for part in lines[near].split("·"):
                found = trailing_date(_CLOCK.sub("", part.strip()))
                if found and len(found[0].split()) <= 1:  # a weekday at most before the day
                    return near, found[1]
    return None


def _transcript_start(lines: Sequence[str], header: int) -> int | None:
    """The index after the transcript's heading, below the page's header, when at least
    three timed lines follow it; else None."""
    heading = next(
        (i for i in range(header + 1, len(lines)) if _TRANSCRIPT.match(lines[i].strip())), None
    )
    if heading is None:
        return None
    timed = sum(1 for line in lines[heading + 1 :] if _TIMED.match(line.strip()))
    return heading + 1 if timed >= _MIN_TIMED else None


def chat_message(line: str) -> tuple[str, str, bool] | None:
    """A chat replay's message line as (chatter, words, whether a moderator's or the
    owner's badge marks it): "Ilse Varga  the 14 was late" → ("Ilse Varga", "the 14 was
    late", False); "Harbour Transit 🔧  Great question!" → ("Harbour Transit", …, True);
    None for a line that is no message."""
    found = _MESSAGE.match(line.strip()) or _HANDLE_MESSAGE.match(line.strip())
    if found is None:
        return None
    chatter = found.group("chatter").strip()
    badges = _BADGE.search(chatter)
    moderator = bool(badges and _MODERATOR.search(badges.group()))
    chatter = chatter[: badges.start()].strip() if badges else chatter
    if not chatter or _TIMED.match(chatter) or len(chatter.split()) > _NAME_WORDS:
        return None
    return chatter.lstrip("@"), found.group("words").strip(), moderator


def _introduced(text: str) -> str:
    """The name a speaker gives themselves in ``text`` in a way the project reads (a host's
    "I'm Nadia Khoury, and this is …", captions' "I'M PETE SULLIVAN."), or ""."""
    name = host_self_introduction(text) or caps_self_introduction(text).title()
    return name if name and reads_as_name(name) else ""


def _turn(page: _Page, lines: Sequence[str], index: int, time: str) -> None:
    """Open a new voice's turn at ``index``: its speaker the name its own words introduce
    (up to the next ">>" turn or the chat), else the next placeholder, with the turn's
    remark."""
    text: list[str] = []
    for later in range(index, len(lines)):
        line = lines[later].strip()
        found = _TIMED.match(line)
        if _CHAT_HEADING.match(line):
            break
        words = (found.group("words") or "") if found else line
        if later > index and _TURN.match(words):
            break
        if not words:
            continue
        text.append(_TURN.sub("", words))
        name = _introduced(" ".join(text))
        if name:
            page.speaker = name
            page.note = INTRODUCED_NOTE.format(name=name, line=later + 1)
            page.people.add(name)
            return
    if page.presenter:  # the one voice of a transcript that marks no other
        page.speaker, page.note = page.presenter, page.presenter_note
        page.people.add(page.presenter)
        return
    own = _credited_introduction(" ".join(text), page.credited)
    asked = "" if own else _asked_by_name(page)
    if own or asked:
        page.speaker = own or asked
        note = INTRODUCED_NOTE.format(name=own, line=index + 1) if own else ""
        said = " ".join(w for w in page.turn_words[-8:] if w != _LINE)
        page.note = note or ASKED_NOTE.format(name=asked, words=said)
        page.people.add(page.speaker)
        page.turn_words = []
        return
    page.turn_words = []
    page.speaker, page.note = _UNNAMED, time  # numbered at its first line written


_SELF = re.compile(r"\bi(?:'|’)?m\s+(?P<words>[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){1,3})")
_LINE = "\n"  # where a caption line starts among a turn's words
_BEFORE_ASKED = frozenset((_LINE, "okay", "ok", "so", "well", "now", "right", "alright", "then"))


def _credited_introduction(text: str, credited: Sequence[str]) -> str:
    """The credited person a turn's captions in lower case introduce as its speaker ("i'm
    gideon achterberg i'll be moderating" of Gideon Achterberg), or ""."""
    for found in _SELF.finditer(text.lower()):
        said = person_key(found["words"])
        named = [name for name in credited if said.startswith(person_key(name))]
        if len(named) == 1:
            return named[0]
    return ""


def _asked_by_name(page: _Page) -> str:
    """The credited person the turn just read asked by first name in its last words
    ("okay priya the dockside plant where are we", "tomas you're shaking your head"): the
    next voice is theirs; "" when it asked none or several, thanked them ("thanks gideon"),
    or named the turn's own speaker."""
    words = [w if w == _LINE else person_key(w) for w in page.turn_words[-_ASKED_WORDS:]]
    found = set()
    for name in page.credited:
        first = person_key(name).split()[0]
        for at, word in enumerate(words):
            # "priya" opening a line or after "okay", "so", "well": addressed, not "the
            # harbour wall" nor "thanks gideon"
            if word == first and at and words[at - 1] in _BEFORE_ASKED:
                found.add(name)
    found.discard(page.speaker)
    return found.pop() if len(found) == 1 else ""


_ASKED_WORDS = 12  # the last words of a turn, where it hands the floor over


def _credited(lines: Sequence[str], start: int) -> tuple[str, ...]:
    """The people the page names in full above the transcript (its title, its description's
    "Moderator: …", "Panelists: …"), in order, each once."""
    found: dict[str, None] = {}
    for line in lines[:start]:
        for name in names_in(line):
            bare = untitled(name)
            if " " in bare and person_name(bare):
                found.setdefault(bare, None)
    return tuple(found)


def _placeholder(page: _Page) -> None:
    """Number the turn nobody is named for, at its first line written: "Speaker 3"."""
    page.turns += 1
    page.speaker = PLACEHOLDER.format(number=page.turns)
    note = PARAGRAPH_NOTE if page.each else TURN_NOTE
    page.note = note.format(label=page.speaker, time=page.note)
    page.people.add(page.speaker)


def _read(lines: Sequence[str], start: int) -> _Page:
    """The transcript and chat replay from ``start`` on, as notes."""
    page = _Page(out=[""] * start, credited=_credited(lines, start))
    page.presenter, page.presenter_note, credited = _presenter(lines, start)
    page.each = not page.presenter and not _marks_voices(lines, start)
    if credited:
        page.speaker, page.note = page.presenter, page.presenter_note
        page.people.add(page.presenter)
    chat = comments = False
    waiting = ""  # a time alone on its line, whose words follow
    block = ""  # the time of the lines read under it, up to a blank line or the next time
    for index in range(start, len(lines)):
        line = lines[index].strip()
        number = index + 1
        timed = _TIMED.match(line)
        if _CHAT_HEADING.match(line):
            chat = True
            page.out.append("")
            continue
        if comments or (_COMMENTS.match(line) and _comments_follow(lines, index)):
            comments = True
            page.out.append(_comment_line(page, line, number))
            continue
        if chat and not (timed and timed.group("words") and not chat_message(line)):
            page.out.append(_chat_line(page, line, number))
            continue
        chat = False
        if (timed and not timed.group("words")) or (waiting and _SPOKEN_TIME.match(line)):
            waiting = timed.group("time") if timed else waiting
            block = ""
            page.out.append("")
            continue
        # The caption lines under a time alone, wrapped: one time's words ("00:15" / "we got
        # the final permit in january" / "and we'll have the first unit running by
        # december"), each going on in lower case from a line that ends no sentence (not a
        # chapter's title, "The semi-solid shortcut", nor the page below the transcript).
        goes_on = block and line[:1].islower() and not _ENDS.search(lines[index - 1].strip())
        time = timed.group("time") if timed else (waiting or (block if goes_on else ""))
        fresh = bool(timed or waiting)
        words = timed.group("words") if timed else line
        block, waiting = ("" if timed else time), ""
        if not words or _SOUND.match(words) or not time or _floor(page, words, number):
            page.out.append("") if len(page.out) < number else None
            continue
        if _TURN.match(words) or not page.speaker or (page.each and fresh):
            _turn(page, lines, index, time)
            words = _TURN.sub("", words)
        page.turn_words = [*page.turn_words[-_ASKED_WORDS:], _LINE, *words.split()]
        if hosts_procedure(words) or (_introduced(words) and page.speaker == _introduced(words)):
            page.out.append("")  # the host running the stream, an introduction: no claim
            continue
        if page.speaker == _UNNAMED:
            _placeholder(page)
        page.out.append(cued(page.speaker, words))
        page.notes[number] = page.note
    return page


def _floor(page: _Page, words: str, number: int) -> bool:
    """Write a line the captions mark as a voice from the floor ("[Audience member] …",
    "Student: …") as the floor's, asked about; True when the line is one. The turn it
    stands in goes on after it."""
    found = _FLOOR.match(words)
    if found is None:
        return False
    rest = words[found.end() :].strip()
    page.out.append(cued(FLOOR, rest))
    if rest:
        page.notes[number] = FLOOR_NOTE
        page.people.add(FLOOR)
    return True


def _marks_voices(lines: Sequence[str], start: int) -> bool:
    """Whether the transcript below ``start`` marks a change of voice (">>")."""
    for line in lines[start:]:
        timed = _TIMED.match(line.strip())
        if _TURN.match((timed.group("words") or "") if timed else line.strip()):
            return True
    return False


def _presenter(lines: Sequence[str], start: int) -> tuple[str, str, bool]:
    """The one voice of a transcript that marks no other (no ">>" below ``start``), with its
    remark and whether the page names it: the one person the description credits ("Written
    and presented by Callum Reyes."), or a speaker with a title named above the transcript
    ("Prof. Amara Thistlewood", a lecture's page); else the channel (``_channel``), asked
    about; ("", "", False) when the transcript marks other voices or the page names
    nobody."""
    if _marks_voices(lines, start):
        return "", "", False
    for index, line in enumerate(lines[:start]):
        hosts = credited_hosts(line)
        if len(hosts) == 1:
            return hosts[0], CREDITED_NOTE.format(name=hosts[0], line=index + 1), True
    for index, line in enumerate(lines[:start]):
        avatar = _AVATAR.match(line.strip())
        if avatar and reads_as_name(avatar.group("name")):
            name = avatar.group("name")
            return name, CREATOR_NOTE.format(name=name, line=index + 1), True
    for index, line in enumerate(lines[:start]):
        named = _TITLED.sub("", line.strip())
        if named != line.strip() and reads_as_name(named) and len(named.split()) <= 4:
            return line.strip(), PRESENTER_NOTE.format(name=line.strip(), line=index + 1), True
    channel = _channel(lines, start)
    return (channel, CHANNEL_NOTE.format(label=channel), False) if channel else ("", "", False)


def _channel(lines: Sequence[str], start: int) -> str:
    """The channel that posted the video: its own handle ("Pinned by @voltwise": only the
    channel pins a comment), else its name above or before its subscribers; or ""."""
    for line in lines:
        pinned = _PINNED.match(line.strip())
        if pinned:
            return pinned.group("handle")
    for index, line in enumerate(lines[:start]):
        found = _SUBSCRIBERS.match(line.strip())
        if found is None:
            continue
        channel = (found.group("channel") or "").strip(" ·•")
        if not channel and index:
            channel = lines[index - 1].strip()
        if channel and len(channel.split()) <= _NAME_WORDS:
            return channel
    return ""


def _comments_follow(lines: Sequence[str], index: int) -> bool:
    """Whether the comments' controls or a commenter's handle follow the heading at
    ``index`` within three lines ("Sort by", "Add a comment...", "@handle")."""
    following = [line.strip() for line in lines[index + 1 : index + 4]]
    return any(
        (_CONTROLS.match(text) and not text[:1].isdigit())  # a count is no comments' control
        or _COMMENTER.match(text)
        or _PINNED.match(text)
        for text in following
    )


def _comment_line(page: _Page, line: str, number: int) -> str:
    """A line of the comments as notes: a comment's words as its commenter's "@handle:
    words" (asked about), everything else (the heading, handles, ages, counts, controls)
    blank."""
    commenter = _COMMENTER.match(line) or _NAMED_COMMENTER.match(line)
    if commenter:
        page.commenter = commenter.group("handle")
        return ""
    if _REACTIONS.match(line):
        return ""
    if not line or not page.commenter or _CONTROLS.match(line) or _AGE.match(line):
        return ""
    if _PINNED.match(line) or _COMMENTS.match(line) or no_words(line) or is_reaction(line):
        return ""
    page.notes[number] = ACCOUNT_NOTE.format(handle=page.commenter)
    page.people.add(page.commenter)
    return cued(page.commenter, line)


def _chat_line(page: _Page, line: str, number: int) -> str:
    """A chat replay's line as notes: the chatter's "@handle: words", or blank."""
    message = chat_message(line)
    if message is None:
        return ""
    chatter, words, _moderator = message
    if no_words(words) or _HOUSEKEEPING.match(words) or is_reaction(words):
        return ""
    handle = f"@{chatter}"
    page.notes[number] = ACCOUNT_NOTE.format(handle=handle)
    page.people.add(handle)
    return cued(handle, words)


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """A YouTube live stream's page as notes (``shaped``), or None when the document is none.

    Shape: as many lines as given; each transcript line "Name: words" when its turn
    introduces its speaker, else "Speaker N: words" (one placeholder a ">>" turn, asked
    about); each chat message "@handle: words"; the page above the transcript, times, sound
    tags, chat headings and housekeeping blank; the "Streamed live on …" line the day alone
    ("May 20, 2026"), which dates the lines below, as every line's day.
    Source of the layout: youtube.com's watch page of a past live stream, copied with its
    transcript panel and its live chat replay."""
    header = streamed_on(lines) or _lecture_day(lines)
    if header is None:
        return None
    start = _transcript_start(lines, header[0])
    if start is None:  # a page copied without its transcript: its comments alone
        start = next(
            (
                index
                for index in range(header[0] + 1, len(lines))
                if _COMMENTS.match(lines[index].strip()) and _comments_follow(lines, index)
            ),
            None,
        )
    if start is None:
        return None
    page = _read(lines, start)
    index, day = header
    if day:  # the day alone on its line dates what follows, as a source's date
        page.out[index] = f"{day:%B} {day.day}, {day.year}"
    days = {n: day for n, text in enumerate(page.out, start=1) if text} if day else {}
    return Reshaped.of(page.out, sorted(page.people), page.notes, days)
