"""A deadline a sentence takes from before it: one that stands by the sentence before, and one
said by an event whose day the document set earlier.

    Sam Ortiz: We will have the new depot open by the end of next year. That's a firm
        commitment from our board.
    Jo Reyes: The booking site goes live on Monday 4 May.
    Jo Reyes: I'll send everyone their passwords before go-live.

"That's a firm commitment" promises what the sentence before said, by its time: the end of
next year. "Before go-live" is the day before Monday 4 May, the day the document gave
go-live. A curator reading either would set those deadlines; the importer takes them, each
with a remark saying where the time came from, never silently:

- ``stood_by``: a sentence with no time of its own that stands by what was just said
  ("That's a firm commitment", "That's a promise", "We will stick to that date", "That
  deadline stands") takes the time of the sentence before. Words that only say "that" take it
  from the same speaker's sentence just before, never across a turn; words that point back to
  a date ("that date", "that deadline", "that timeline") look back over the recent sentences,
  whoever said them, as "by then" does (``answered_times``).
- ``EventDays``: a sentence that sets an event's day ("goes live on Monday 4 May", "will
  launch on 12 June", "cuts over on Friday 3 July") records it; a later "before go-live", "by
  launch", "ahead of the cutover" is that day (the day before, for "before"), anywhere after
  in the document, whoever says it: the event is named, so the words point back.
"""

from __future__ import annotations

import datetime
import re

from claims.choices import DatePrecision
from claims.horizons import HorizonKind
from claims.importing.horizon_readings import read_horizon
from claims.importing.wording import _LONG_AGO

# Standing by the sentence before, pointing back to its date: any speaker's recent sentence.
_POINTS_TO_DATE = re.compile(
    r"\b(?:(?:stick|hold|keep|commit(?:ted)?|held|kept|stuck)\s+(?:ourselves\s+|myself\s+)?to"
    r"\s+(?:that|this|the\s+same)\s+(?:date|deadline|timeline|timetable|time\s*frame|target\s+date)"
    r"|(?:that|this|the)\s+(?:date|deadline|timeline|timetable|target\s+date)\s+"
    r"(?:stands|holds|is\s+(?:firm|fixed|final|locked\s+in|not\s+moving)|won't\s+(?:move|slip)"
    r"|will\s+not\s+(?:move|slip)))\b",
    re.IGNORECASE,
)
# Standing by what was just said, without naming a date: the same speaker's last sentence.
_STANDS_BY = re.compile(
    r"^(?:and\s+|so\s+)?(?:that's|that\s+is|this\s+is)\s+(?:a\s+|an\s+|our\s+|my\s+)?"
    r"(?:(?:firm|hard|fixed|solid|cast-iron|binding|public|personal|real|absolute)\s+)?"
    r"(?:commitment|promise|pledge|guarantee|undertaking)\b",
    re.IGNORECASE,
)

STOOD_BY_NOTE = (
    "“{words}” stands by “{before}”: the time said before, “{phrase}”, is taken as its"
    " deadline; check it"
)
EVENT_NOTE = (
    "“{words}” names {event}, whose day was given before (“{before}”): the day it names,"
    " “{phrase}”, is taken as its deadline; check it"
)

# An event's day set: "goes live … on Monday 4 May", "will launch on 12 June".
_EVENT_SET = re.compile(
    r"\b(?:(?P<live>go(?:es)?\s+live|going\s+live|go-live\s+(?:is|will\s+be|date\s+is))"
    # "launch" alone is a verb only after its helper: "we will discuss the launch on Monday"
    r"|(?P<launch>launches|launching|(?:will|to|shall)\s+launch|'ll\s+launch|launch\s+date\s+is)"
    r"|(?P<cutover>cuts?\s+over|cutting\s+over|cut-?over\s+(?:is|will\s+be))"
    r"|(?P<switchover>switch(?:es)?\s+over|switching\s+over|switch-?over\s+(?:is|will\s+be)))\b",
    re.IGNORECASE,
)
# An event named as a time: "before go-live", "by launch", "ahead of the cutover".
_EVENT_REF = re.compile(
    r"\b(?P<prep>before|by|until|till|ahead\s+of|prior\s+to|in\s+time\s+for)\s+(?:the\s+)?"
    r"(?:(?P<live>go[- ]live)|(?P<launch>launch)|(?P<cutover>cut-?over)"
    r"|(?P<switchover>switch-?over))(?:\s+(?:day|date))?\b(?!\s+(?:of|for)\b)",
    re.IGNORECASE,
)
_EVENT_NAMES = {
    "live": "go-live",
    "launch": "launch",
    "cutover": "cutover",
    "switchover": "switchover",
}
_PAST = re.compile(r"\b(?:went|gone|launched|was|were|had|did|switched|cut\s+over\s+last)\b", re.I)
_LEADING_PREP = re.compile(r"^(?:on|by|from|for|starting|as\s+of)\s+", re.IGNORECASE)
_TIED = "is tied to an event with no date"  # the rule of "before the launch" (``horizons``)
_EVENT_LOOKAHEAD = 80  # characters between the event's verb and its day


def _shortened(text: str, size: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 3].rsplit(" ", 1)[0] + " …"


def _own_time(sentence: str) -> bool:
    """Whether ``sentence`` names a time of its own."""
    return read_horizon(sentence, said_on=_LONG_AGO).kind != HorizonKind.NONE


def stood_by(sentence: str, speaker: str, last: tuple[str, str], recent: list[str], time_of) -> str:
    """The ``STOOD_BY_NOTE`` of ``sentence`` (said by ``speaker``) that stands by what was said
    before it, or "". ``last``: the sentence just before and its speaker; ``recent``: the
    sentences before, latest first; ``time_of(sentence)``: the time a sentence names, as said,
    still ahead ("" when none). Words pointing to a date (``_POINTS_TO_DATE``) look over
    ``recent``; words that only say "that" (``_STANDS_BY``) take ``last`` when its speaker is
    ``speaker``."""
    low = sentence.lower()
    if "that" not in low and "this" not in low and "the" not in low:
        return ""
    words = _POINTS_TO_DATE.search(sentence)
    looked: list[str] = recent if words else []
    if words is None:
        words = _STANDS_BY.search(sentence.strip())
        if words is None or not last[0] or last[1] != speaker:
            return ""
        looked = [last[0]]
    if _own_time(sentence):
        return ""
    for before in looked:
        phrase = time_of(before)
        if phrase:
            return STOOD_BY_NOTE.format(
                words=words.group(0).strip(), before=_shortened(before), phrase=phrase
            )
    return ""


def tied_to_event(reading) -> bool:
    """Whether the horizon ``reading`` (a ``HorizonResult``) is an event's with no date
    ("before the launch"), which an event's day set before (``EventDays``) may date."""
    return reading.kind == HorizonKind.VAGUE and _TIED in reading.rule


def _event(m: re.Match) -> str:
    """The event ``m`` (of ``_EVENT_SET`` or ``_EVENT_REF``) names: "go-live", "launch", …"""
    return next(_EVENT_NAMES[key] for key in _EVENT_NAMES if m[key])


class EventDays:
    """The days the document set for its events ("goes live on Monday 4 May"), for the
    sentences that name an event as a time ("before go-live").

    ``heard(sentence, said_on)`` for each sentence said; ``note(sentence)`` is the
    ``EVENT_NOTE`` of a sentence whose time is an event's day, or ""."""

    def __init__(self) -> None:
        self.days: dict[str, tuple[str, str]] = {}  # event → (its day, as said; the sentence)

    def heard(self, sentence: str, said_on: datetime.date | None) -> None:
        """Record the day ``sentence`` sets for an event, if it sets one: a day's time (not a
        month's or a year's) said after the event's verb, in words not of the past."""
        low = sentence.lower()
        if "live" not in low and "launch" not in low and "over" not in low:
            return
        found = _EVENT_SET.search(sentence)
        if found is None or _PAST.search(sentence):
            return
        reading = read_horizon(sentence, said_on=said_on or _LONG_AGO)
        if reading.kind != HorizonKind.DATED or reading.precision != DatePrecision.DAY:
            return
        at = sentence.find(reading.phrase, found.end())
        if at < 0 or at - found.end() > _EVENT_LOOKAHEAD:
            return
        day = _LEADING_PREP.sub("", reading.phrase.strip().rstrip(".,"))
        if day:
            self.days[_event(found)] = (day, sentence)

    def note(self, sentence: str) -> str:
        """``EVENT_NOTE`` of ``sentence`` naming an event whose day was set before, with no
        time of its own ("I'll send the logins before go-live."), or ""."""
        if not self.days:
            return ""
        ref = _EVENT_REF.search(sentence)
        # "before the launch" alone reads as tied to an event with no date: the day set is it
        if ref is None or read_horizon(sentence, said_on=_LONG_AGO).kind == HorizonKind.DATED:
            return ""
        event = _event(ref)
        if event not in self.days:
            return ""
        day, before = self.days[event]
        prep = ref["prep"].lower()
        prep = "before" if prep.startswith(("before", "ahead", "prior")) else "by"
        return EVENT_NOTE.format(
            words=ref.group(0), event=event, before=_shortened(before), phrase=f"{prep} {day}"
        )
