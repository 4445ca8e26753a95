"""Days a document declares for its events, and the times its statements set by them.

A document often says once when an event is ("Reminder for newbies: polling day is Thursday
5 November", "The election is on 7 May", "the vote is on Thursday 12th", "Launch day is 3
March", "The summit opens on 14 June", "The deadline for bids is 30 January", "Budget day:
26 November") and later times a forecast or a promise by the event alone ("before polling
day", "by the election", "by launch day", "before the summit", "on the day"). Such a time
is that day (``event_dated``): "by" and "on" the day itself, "before" the day before it, as
"before 5 November" is. A forecast of an election's result with no time of its own ("We'll
win this by 200 votes, calling it now") is due on the election's day when the document
declares it. The year, unless given, is that of the next such day on or after the day the
statement was said. Each dated reading carries a remark saying where the day came from, and
its phrase names the day ("before polling day (before 5 November 2026)"), so the deadline
derived again from the stored horizon alone is the same.

Events are grouped by what people call them: "polling day", "election day", "the election",
"the by-election", "the vote", "the ballot", "the referendum" are one event; "launch day",
"the launch", "release day" another; "the summit", "the conference", "the hearing", "the
AGM", "the count", "budget day", "the deadline for bids", "the deadline" each their own.
An event declared with two different days is no declaration (which one?). Pure functions.
"""

from __future__ import annotations

import datetime
import functools
import re
from typing import NamedTuple

from claims.choices import DatePrecision
from claims.horizons.periods import MONTH_WORDS
from claims.horizons.result import HorizonKind, HorizonResult
from claims.horizons.scanning import finditer_near

_MONTHS = MONTH_WORDS
_MONTH = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b\.?"
_WEEKDAYS = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?"

# What people call an event, by the event it is (its key).
_EVENT_NAMES = (
    (
        "election",
        r"polling\s+day|election\s+day|voting\s+day|(?:the\s+)?(?:general\s+|local\s+|council\s+"
        r"|mayoral\s+|presidential\s+|snap\s+)?(?:by-?\s?)?elections?|(?:the\s+)?vote"
        r"|(?:the\s+)?ballot|(?:the\s+)?referendum",
    ),
    ("launch", r"launch\s+day|(?:the\s+)?launch|release\s+day|go-?live(?:\s+day)?"),
    ("summit", r"(?:the\s+)?summit"),
    ("conference", r"(?:the\s+)?conference"),
    ("hearing", r"(?:the\s+)?hearing"),
    ("agm", r"(?:the\s+)?agm"),
    ("count", r"(?:the\s+)?count|results\s+day"),
    ("budget", r"budget\s+day|(?:the\s+)?budget"),
    ("deadline", r"(?:the\s+)?deadline(?:\s+for\s+(?:[a-z]+\s+){0,2}?[a-z]+)?"),
)
_EVENT = "|".join(f"(?P<{key}>{names})" for key, names in _EVENT_NAMES)
_ELECTION_KEYS = frozenset({"election"})

# "polling day is Thursday 5 November", "the summit opens on 14 June", "Budget day: 26
# November", "the vote is on Thursday 12th", "The election will be held on May 7, 2027".
_DECLARATION = re.compile(
    rf"(?<![\w-])(?:{_EVENT})\s*(?:(?::|-|–|—|=)\s*|\s(?:is|'s|’s|will\s+be|falls|takes\s+place"
    r"|opens|starts|begins|closes|is\s+held|will\s+be\s+held|has\s+been\s+(?:set|called|moved)"
    r"|is\s+(?:set|scheduled|fixed|due|planned|called)|was\s+(?:set|called|moved))"
    r"(?:\s+(?:for|on|to))?\s+)"
    rf"(?:(?:on|this|next)\s+)?(?:(?P<weekday>{_WEEKDAY}),?\s+)?(?:the\s+)?"
    rf"(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:\s+(?:of\s+)?(?P<month>{_MONTH}))?"
    rf"|(?P<month2>{_MONTH})\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\b)"
    r"(?:,?\s+(?P<year>(?:19|20|21)\d\d)\b)?(?!\s*(?:%|[:.]\d|years?|days?|weeks?|months?"
    r"|votes?|seats?|people|per|points?|pm|am|million|billion|thousand|bn|m|k|percent|hours?"
    r"|to|of|and|or|members?|councillors?|mps?|units?|homes?)\b)",
    re.IGNORECASE,
)
# A word every event name above holds: the pattern runs only around them
# (``scanning.finditer_near``).
_DECLARED_WORDS = (
    "polling", "election", "voting", "vote", "ballot", "referendum", "launch", "release",
    "go-live", "golive", "summit", "conference", "hearing", "agm", "count", "results",
    "budget", "deadline",
)  # fmt: skip


class DeclaredEvent(NamedTuple):
    """An event the document gives the day of: ``key`` (``_EVENT_NAMES``), the ``day`` and
    ``month`` (None: the next month with that day), ``year`` (None: the next such day),
    ``weekday`` (0 Monday; None: not said) and the ``words`` that declare it."""

    key: str
    day: int
    month: int | None
    year: int | None
    weekday: int | None
    words: str

    def on_or_after(self, said_on: datetime.date) -> datetime.date | None:
        """The event's day: the one given, or the next on or after ``said_on`` (falling on
        its weekday when one is said, "Thursday 12th"); None when there is none."""
        if self.year and self.month:
            try:
                return datetime.date(self.year, self.month, self.day)
            except ValueError:
                return None
        found = []
        for ahead in range(25):
            month = said_on.month - 1 + ahead
            year, month = said_on.year + month // 12, month % 12 + 1
            if self.month and month != self.month:
                continue
            try:
                day = datetime.date(year, month, self.day)
            except ValueError:
                continue
            if day >= said_on:
                found.append(day)
        fitting = [d for d in found if self.weekday is None or d.weekday() == self.weekday]
        return (fitting or found or [None])[0]


def _event_key(match: re.Match) -> str:
    return next(key for key, _ in _EVENT_NAMES if match.group(key))


@functools.lru_cache(maxsize=64)
def declared_events(text: str) -> tuple[DeclaredEvent, ...]:
    """The events ``text`` (a whole document) gives the day of, one per event (an event
    given two different days is left out): "Reminder for newbies: polling day is Thursday 5
    November" → (DeclaredEvent("election", 5, 11, None, 3, "polling day is Thursday 5
    November"),); "The summit opens on 14 June" → a "summit" on 14 June; "Budget day: 26
    November" → a "budget"; "the vote is on Thursday 12th" → an "election" on the next 12th
    that is a Thursday. Empty when none is declared (most documents: only the lines around
    an event's name are read, ``scanning.finditer_near``)."""
    found: dict[str, DeclaredEvent] = {}
    clashing: set[str] = set()
    for match in finditer_near(_DECLARATION, text, _DECLARED_WORDS):
        key = _event_key(match)
        month_word = (match["month"] or match["month2"] or "").lower().rstrip(".")
        weekday = match["weekday"]
        event = DeclaredEvent(
            key=key,
            day=int(match["day"] or match["day2"]),
            month=_MONTHS.get(month_word),
            year=int(match["year"]) if match["year"] else None,
            weekday=_weekday(weekday) if weekday else None,
            words=" ".join(match.group().split()),
        )
        if not 1 <= event.day <= 31:
            continue
        seen = found.get(key)
        if seen is not None and seen[1:4] != event[1:4]:
            clashing.add(key)
        found.setdefault(key, event)
    return tuple(event for key, event in found.items() if key not in clashing)


def _weekday(word: str) -> int | None:
    low = word.lower()[:3]
    return next((i for i, name in enumerate(_WEEKDAYS) if name.startswith(low)), None)


# "before polling day", "by the election", "by launch day", "ahead of the summit", "on the
# day": a time set by an event.
_TIMED_BY = re.compile(
    r"(?<![\w-])(?P<prep>by|before|until|till|ahead\s+of|prior\s+to|in\s+time\s+for|on)\s+"
    rf"(?:(?:the|this|our|their)\s+)?(?:day\s+of\s+the\s+)?(?:(?P<day>day)\b|{_EVENT})"
    r"(?!\s+(?:after|before)\b|-)",
    re.IGNORECASE,
)
# A forecast of an election's result: "We'll win this by 200 votes", "They will take the
# seat", "Turnout will be under 30%", "we're going to lose".
_RESULT = re.compile(
    r"\b(?:win|won't\s+win|lose|take\s+the\s+seat|hold\s+the\s+seat|keep\s+the\s+seat"
    r"|be\s+elected|get\s+elected|get\s+in|majority|landslide|turnout|top\s+the\s+poll"
    r"|come\s+(?:first|second|third|last))\b",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?:will|won't|gonna|going\s+to|shall)\b|'ll\b|’ll\b|\bcalling\s+it\b", re.IGNORECASE
)

FROM_THE_DOCUMENT = (
    "“{phrase}” is {day}: the day the document gives for it (“{words}”); check the deadline"
)
FROM_THE_DOCUMENT_BEFORE = (
    "“{phrase}” is the day before {day}, the day the document gives for it (“{words}”);"
    " check the deadline"
)
ELECTION_RESULT = (
    "a forecast of the election's result with no time of its own: due on {day}, the day the"
    " document gives for it (“{words}”); check the deadline"
)


def event_dated(
    text: str,
    reading: HorizonResult,
    said_on: datetime.date,
    events: tuple[DeclaredEvent, ...],
) -> HorizonResult:
    """``reading`` (``text``'s horizon, not dated) dated by the day the document gives the
    event it is set by (``events``, ``declared_events``): "before polling day" said on 18
    October 2026, polling day declared "Thursday 5 November" → 4 November 2026, with
    ``FROM_THE_DOCUMENT_BEFORE``; "by the election" → 5 November 2026. "On the day" is the
    day of the one event declared (none when several are). An election forecast with no time
    of its own ("We'll win this by 200 votes") → the election's day (``ELECTION_RESULT``).
    ``reading`` as it is otherwise (no such event, its day past, a time of another kind)."""
    if reading.kind == HorizonKind.VAGUE and "tied to an event" not in reading.rule:
        return reading  # "soon", "within my term": not an event's day
    for match in _TIMED_BY.finditer(text):
        if match["day"]:
            if len(events) != 1 or match["prep"].lower() != "on":
                continue
            event = events[0]
        else:
            key = _event_key(match)
            event = next((e for e in events if e.key == key), None)
            if event is None:
                continue
        day = event.on_or_after(said_on)
        if day is None or day <= said_on:
            continue
        return _dated(match, event, day)
    if reading.kind == HorizonKind.NONE and _RESULT.search(text) and _FUTURE.search(text):
        event = next((e for e in events if e.key in _ELECTION_KEYS), None)
        day = event.on_or_after(said_on) if event else None
        if event is not None and day is not None and day > said_on:
            label = _label(day)
            return HorizonResult(
                HorizonKind.DATED,
                day,
                DatePrecision.DAY,
                f"the election (by {label})",
                f"an election forecast, the election's day declared in the document → {label}",
                ELECTION_RESULT.format(day=label, words=event.words),
            )
    return reading


def _dated(match: re.Match, event: DeclaredEvent, day: datetime.date) -> HorizonResult:
    phrase = " ".join(match.group().split())
    prep = match["prep"].lower()
    before = prep in ("before", "ahead of", "prior to")
    label = _label(day)
    deadline = day - datetime.timedelta(days=1) if before else day
    remark = (FROM_THE_DOCUMENT_BEFORE if before else FROM_THE_DOCUMENT).format(
        phrase=phrase, day=label, words=event.words
    )
    told = f"{phrase} ({'before' if before else 'by'} {label})"
    rule = f"'{phrase}', its day declared in the document ({event.words}) → {_label(deadline)}"
    return HorizonResult(HorizonKind.DATED, deadline, DatePrecision.DAY, told, rule, remark)


def _label(day: datetime.date) -> str:
    return f"{day.day} {day:%B %Y}"
