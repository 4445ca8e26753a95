"""A blog post interviewing people (Medium, WordPress, Ghost), copied from the browser.

The layout, as a post's page is selected and copied::

    The Harbour Ledger                                  the publication
    "We Will Ship Before Winter": Inside Tidewell's Bet the headline
    Priya Lindqvist-Amen                                the byline (the post's author)
    Follow
    6 min read · Apr 9, 2026                            its reading time and date
    210
    Listen  Share
    When I visit Ola Brennan and Tomas Reyes in their garage, …   scene-setting
    Tidewell, which they started in 2022, now sells 900 pumps a month.  the author's fact
    Why pumps?                                          the interviewer's question
    Ola: Because the old ones break every spring.       an answer, under a first name
    "We will double the fleet by 2027." — Tomas Reyes   a pull quote, said again below
    "We'll hire ten people," Reyes says.                a quote given to its sayer
    "We'll be profitable soon," one of them says.       a quote given to no one
    This interview has been edited for length and clarity.
    Follow
    Written by Priya Lindqvist-Amen                     the author's box
    1.4K Followers · Editor for The Harbour Ledger
    More from The Harbour Ledger                        the publication's other posts
    Responses (2)
    Dana Whitcombe                                      a comment: its writer,
    Apr 10, 2026                                        its day,
    Ours broke in the first frost.                      and its words
    Reply

Read here: everything above the story (the publication, the headline, the byline, the
reading time and the counts under it) and below it (the author's box, the other posts, the
comments' count, each comment's day, its claps and "Reply") is the page's, no one's words. In
the story, an answer under a first name ("Ola:") is the words of the one person the story names
in full with that first name; a quote followed by its sayer ("…," Reyes says) is the words of
the one person named in full with that surname, and a quote given to "one of them" is asked
(the placeholder "Unknown speaker"), never guessed. A pull quote ("…" — Tomas Reyes) that the
story says again later is read once, where it is said; one said nowhere else is its sayer's.
The interviewer's questions (a paragraph ending "?") and an editor's note are no claim. The
author's narration is the author's (the byline names them) only where it states a fact: a
paragraph where the author sets the scene ("When I visit …", "Reyes laughs when I ask …") is
no claim, and one in the first person plural is someone's answer going on, asked. Each comment
is its writer's, dated its day. A post is read so only when its reading-time line sits under a
byline among its first lines and its story gives at least one answer or quote to a person it
names; an essay with no one interviewed reads as before. Source of the layout: Medium's post
page (also WordPress's and Ghost's interview posts laid out the same way), as copied from a
browser.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Sequence

from claims.importing.shaped import Reshaped, cued

# Who said words the post gives to no one it names (a placeholder the curator maps).
ASKED = "Unknown speaker"
OPEN = "a quote the post gives to {who}, not to one person: who said it?"
GOING_ON = "the author's narration in the first person plural: whose answer is it?"

_HEAD_WITHIN = 15
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DAY = re.compile(rf"^(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}}),\s+(?P<year>\d{{4}})$")
# "7 min read · Mar 3, 2026", "Published in X · 7 min read · Mar 3, 2026".
_READ_TIME = re.compile(
    rf"^(?:.{{0,80}}·\s*)?\d{{1,3}}\s+min\s+read(?:\s*·\s*(?:{_MONTH}\s+\d{{1,2}}"
    rf"(?:,\s+\d{{4}})?|\d+\s+\w+\s+ago))?\s*$"
)
_NAME_WORD = r"[A-ZÀ-Þ][\w'’]+(?:-[A-ZÀ-Þ][\w'’]+)*"
_NAME_LINE = re.compile(rf"^{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}$")
_FULL_NAME = re.compile(rf"\b{_NAME_WORD}\s+{_NAME_WORD}\b")
_PAGE_WORDS = re.compile(
    r"^(?:follow(?:ing)?|listen(?:\s+share)?|share|reply|\d[\d.,]*[KkMm]?(?:\s+\w+)?|·|see\s+all"
    r"\s+(?:responses|from\s+.+)|more\s+from\s+.+|recommended\s+from\s+medium|member-only\s+story)$",
    re.IGNORECASE,
)
_WRITTEN_BY = re.compile(r"^Written\s+by\s+\S")
_RESPONSES = re.compile(r"^(?:Responses|Comments|Replies)\s*\(\d+\)$")
_EDITORS_NOTE = re.compile(
    r"(?i)^(?:this\s+interview\s+has\s+been\s+(?:edited|condensed)|(?:the\s+)?interview\s+"
    r"(?:was|has\s+been)\s+(?:edited|condensed)|editor'?’?s\s+note\b)"
)
_LABEL = re.compile(rf"^(?P<label>{_NAME_WORD}(?:\s+{_NAME_WORD})?):\s+(?P<words>\S.*)$")
_PULL = re.compile(r"^[“\"](?P<quote>.+?)[”\"]\s*[—–-]{1,2}\s*(?P<name>.+?)\s*$")
_QUOTE_SAYER = re.compile(
    r"^[“\"](?P<quote>.+?)[,.!?]?[”\"],?\s+(?P<who>(?:(?:one|both|neither|each|either|some|"
    r"all)\s+of\s+them|(?:she|he|they)|(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))\s+"
    r"(?:says|said|adds|added|explains|tells\s+me|told\s+me|insists)\b"
)
# The author setting the scene: "When I meet …", "… laughs when I ask …".
_SCENE = re.compile(
    r"(?i)\bI\s+(?:meet|met|ask|asked|visit|visited|arrive|arrived|sit|sat|walk|walked|watch"
    r"|watched|follow|reach|reached|call|called|find|found)\b|\b(?:show|shows|showed|tell"
    r"|tells|told|greet|greets|greeted)\s+me\b|\b(?:laughs|smiles|nods|shrugs|grins|pauses"
    r"|sighs)\b"
)
_WE = re.compile(r"(?i)\b(?:we|we'?’?(?:re|ll|ve|d)|our|us)\b")


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """``lines`` rewritten as notes (see above): answers, quotes and the author's facts cued
    to their sayers, quotes given to no one cued to ``ASKED`` with a remark, comments cued
    to their writers and dated, the page's lines, questions and scene-setting blank. None
    when the document has no reading-time line under a byline among its first lines, or
    its story gives nothing to a person it names."""
    head = _head(lines)
    if head is None:
        return None
    author, start = head
    end = next((i for i in range(start, len(lines)) if _story_end(lines, i)), len(lines))
    story = [lines[i].strip() for i in range(start, end)]
    names = {n for text in story for n in _FULL_NAME.findall(text)} - {author}
    out = [""] * len(lines)
    notes: dict[int, str] = {}
    people = {author}
    given = 0
    for index in range(start, end):
        text = lines[index].strip()
        later = lambda index=index: " ".join(lines[index + 1 : end])  # noqa: E731
        sayer, words, note = _read(text, later, names, author)
        if sayer is None:
            continue
        out[index] = cued(sayer, words)
        if note:
            notes[index + 1] = note
        if sayer not in (author, ASKED):
            people.add(sayer)
            given += 1
    if not given:
        return None
    days = _comments(lines, end, out, people)
    return Reshaped.of(out, people, notes, days)


def _head(lines: Sequence[str]) -> tuple[str, int] | None:
    """The byline's name and the index of the story's first line, from the reading-time
    line among the first lines and the name above it; None without them."""
    for index in range(min(len(lines), _HEAD_WITHIN)):
        if not _READ_TIME.match(lines[index].strip()):
            continue
        above = [t.strip() for t in lines[:index] if t.strip()]
        above = [t for t in above if t.lower() not in ("follow", "·")]
        if not above or not _NAME_LINE.match(above[-1]):
            return None
        start = index + 1
        while start < len(lines) and (
            not lines[start].strip() or _PAGE_WORDS.match(lines[start].strip())
        ):
            start += 1
        return above[-1], start
    return None


def _story_end(lines: Sequence[str], index: int) -> bool:
    text = lines[index].strip()
    if _WRITTEN_BY.match(text) or _RESPONSES.match(text):
        return True
    following = next((t.strip() for t in lines[index + 1 :] if t.strip()), "")
    return text.lower() == "follow" and bool(_WRITTEN_BY.match(following))


def _unique(names: set[str], part: str, *, first: bool) -> str | None:
    found = [n for n in names if (n.split()[0] if first else n.split()[-1]) == part]
    return found[0] if len(found) == 1 else None


_NOBODY: tuple[str | None, str, str] = (None, "", "")


def _read(
    text: str, later: Callable[[], str], names: set[str], author: str
) -> tuple[str | None, str, str]:
    """Who says a story line, its words and a remark: ``_NOBODY`` for no one's line;
    ``later`` gives the story's text after the line."""
    if not text or text.endswith("?") or _EDITORS_NOTE.match(text) or _PAGE_WORDS.match(text):
        return _NOBODY
    shaped = _answer(text, names) or _pull_quote(text, later, names) or _quoted(text, names)
    if shaped is not None:
        return shaped
    if _SCENE.search(text):
        return _NOBODY
    return (ASKED, text, GOING_ON) if _WE.search(text) else (author, text, "")


def _answer(text: str, names: set[str]) -> tuple[str | None, str, str] | None:
    """An answer under a first name ("Ola: …"), its one full name's; None for no label."""
    label = _LABEL.match(text)
    if label is None:
        return None
    who = label["label"]
    name = who if who in names else _unique(names, who, first=True)
    return (name, label["words"], "") if name else _NOBODY


def _pull_quote(
    text: str, later: Callable[[], str], names: set[str]
) -> tuple[str | None, str, str] | None:
    """A pull quote ("…" — Name): no one's when said again later, else its sayer's."""
    pull = _PULL.match(text)
    if pull is None:
        return None
    name = pull["name"] if pull["name"] in names else None
    if name is None or _plain(pull["quote"]) in _plain(later()):
        return _NOBODY
    return name, pull["quote"], ""


def _quoted(text: str, names: set[str]) -> tuple[str | None, str, str] | None:
    """A quote followed by its sayer ("…," Reyes says): the one full name's, else asked."""
    quoted = _QUOTE_SAYER.match(text)
    if quoted is None:
        return None
    who = quoted["who"]
    name = who if who in names else _unique(names, who.split()[-1], first=False)
    if name is None:
        return ASKED, quoted["quote"], OPEN.format(who=f"“{who}”")
    return name, quoted["quote"], ""


def _plain(text: str) -> str:
    return re.sub(r"[^\w]+", " ", text.lower()).strip()


def _comments(lines: Sequence[str], end: int, out: list[str], people: set[str]) -> dict:
    """Each comment under the story cued to its writer (a name line over a day line) and
    dated that day; its claps and "Reply" stay blank."""
    days: dict[int, datetime.date] = {}
    writer: str | None = None
    day: datetime.date | None = None
    index = end
    while index < len(lines):
        text = lines[index].strip()
        following = lines[index + 1].strip() if index + 1 < len(lines) else ""
        if _NAME_LINE.match(text) and _DAY.match(following):
            writer, day = text, _date(_DAY.match(following))
            index += 2
            continue
        if writer and text and not _PAGE_WORDS.match(text) and not _RESPONSES.match(text):
            out[index] = cued(writer, text)
            people.add(writer)
            if day:
                days[index + 1] = day
        index += 1
    return days


def _date(found: re.Match) -> datetime.date | None:
    month = _MONTHS.index(found["month"][:3].lower()) + 1
    try:
        return datetime.date(int(found["year"]), month, int(found["day"]))
    except ValueError:
        return None
