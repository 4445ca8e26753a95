"""The time an answer takes from what was asked, or said, before it.

In a hearing, a panel or an interview, an answer often leaves its time to the question:

    Q5 Lowri Beddoes: The Government has said 200 new schemes will be complete by March 2027.
        Is that realistic?
    Dr Vale: I don't think it is. My estimate is that perhaps 140 will be finished by then.
    Owen Prichard: I'd be slightly more optimistic. I think we'll see about 170—but not 200.

"by then" is March 2027, and so is Mr Prichard's "we'll see about 170": a curator would set
both deadlines to 31 March 2027. Two readings give that time, each with a remark asking the
curator to check it, never silently:

- ``THEN_NOTE``: a forecast that points back with "by then", "by that time", "by that point"
  takes the time of the nearest sentence before it that names one (the question's included);
- ``ASKED_NOTE``: a forecast with no time of its own, said in answer to a question whose time
  is dated ("… by March 2027. Is that realistic?"), takes the question's time, for each
  answerer until the one who asked speaks again;
- ``borrowed_times``: a sentence that stands by the one before ("That's a firm commitment.",
  "We will stick to that date.") takes its time, and one that names an event whose day was
  set before ("before go-live") takes that day.

The notes reader feeds an ``AnswerTimes`` the sentences as they are said (``heard``) and the
questions (``asked``); ``note`` gives a sentence's remark, which ``borrowed_horizon`` reads back
when the candidate is planned.
"""

import datetime
import re
from collections import deque

from claims.horizons import HorizonKind
from claims.importing.borrowed_times import EventDays, stood_by
from claims.importing.compounds import elliptical_horizon
from claims.importing.forecasts import looks_like_prediction
from claims.importing.horizon_readings import read_horizon
from claims.importing.parsing import sentences_of
from claims.importing.wording import _LONG_AGO

_THEN = re.compile(
    r"\b(?:by|before|until|till) (?:then|that time|that point|that date|that stage"
    r"|that deadline|the deadline|that day)\b",
    re.IGNORECASE,
)
# A question that names its matter only by pointing back: "Is that realistic?", "Will it
# happen?", "Can you do that?", "Is that achievable, in your view?"
_POINTING_QUESTION = re.compile(
    r"^(?:and |so |but |well,? )?(?:is|was|will|would|can|could|does|do|are|should)"
    r"(?: you)? (?:that|this|it|they|those|these|you)\b[^?]{0,40}\?$",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")

THEN_NOTE = (
    "“{then}” points back to “{before}”: the time said before, “{phrase}”, is taken as its"
    " deadline; check it"
)
ASKED_NOTE = (
    "no time of its own, in answer to “{before}”: the question's time, “{phrase}”, is taken"
    " as its deadline; check it"
)
_TAKEN = re.compile(
    r"(?:the time said before|the question's time|the day it names), “(?P<phrase>[^”]+)”, is"
    r" taken as its deadline"
)


def _shortened(text: str, size: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 3].rsplit(" ", 1)[0] + " …"


def _time_of(sentence: str, said_on: datetime.date | None) -> str:
    """The time ``sentence`` names, as said (a phrase), when it is still ahead of ``said_on``
    (any time when ``said_on`` is None); else ""."""
    reading = read_horizon(sentence, said_on=_LONG_AGO)
    phrase = reading.phrase.strip().rstrip(".,") if reading.kind != HorizonKind.NONE else ""
    if not phrase or said_on is None:
        return phrase
    years = [int(year) for year in _YEAR.findall(phrase)]
    if years and max(years) < said_on.year:
        return ""  # "by 2019", said in 2026: over when it was said
    dated = read_horizon(phrase, said_on=said_on)
    if dated.kind == HorizonKind.DATED and dated.deadline is not None and dated.deadline <= said_on:
        return ""
    return phrase


class AnswerTimes:
    """What a conversation said last, for the answers that point back to it.

    ``heard(sentence, speaker)`` for each sentence said, ``asked(text, asker)`` for each turn
    that ends in a question; ``note(sentence, speaker, said_on)`` is the remark of a sentence
    whose time is taken from before (``THEN_NOTE``, ``ASKED_NOTE``), or "".
    """

    _RECENT = 6  # sentences looked back over for "by then"
    _ANSWER_SENTENCES = 12  # how long a question stays open to answers

    def __init__(self) -> None:
        self.recent: deque[str] = deque(maxlen=self._RECENT)
        self.question = ""  # the open question, with the sentence it points back to
        self.asker = ""
        self.left = 0  # answer sentences the open question still covers
        self.last = ("", "")  # the sentence said last, and its speaker
        self.events = EventDays()  # the days the document set for its events ("go-live")

    def asked(self, text: str, asker: str) -> None:
        """The turn ``text`` of ``asker`` ends in a question: it is open to the others'
        answers. A question that only points back ("Is that realistic?") is read with the
        sentence before it in the turn."""
        sentences = [s for _, s in sentences_of(text)]
        if not sentences or not sentences[-1].rstrip(' ”"’)').endswith("?"):
            return
        question = sentences[-1]
        if len(sentences) > 1 and _POINTING_QUESTION.match(question.strip()):
            question = f"{sentences[-2]} {question}"
        self.question, self.asker, self.left = question, asker, self._ANSWER_SENTENCES

    def heard(self, sentence: str, speaker: str, said_on: datetime.date | None = None) -> None:
        """``sentence`` was said by ``speaker`` (on ``said_on``): the asker speaking again
        closes the question; a day it sets for an event is kept (``EventDays``)."""
        self.recent.append(sentence)
        self.last = (sentence, speaker)
        self.events.heard(sentence, said_on)
        if speaker == self.asker:
            self.question = ""
        elif self.question:
            self.left -= 1
            if self.left <= 0:
                self.question = ""

    def note(self, sentence: str, speaker: str, said_on: datetime.date | None) -> str:
        """The remark on ``sentence`` (said by ``speaker`` on ``said_on``) whose time is taken
        from before it, or ""."""
        lowered = sentence.lower()
        if "th" in lowered and (then := _THEN.search(sentence)):
            looked = [*reversed(self.recent)]
            if self.question and self.question not in looked:
                looked.append(self.question)
            for before in looked:
                phrase = _time_of(before, said_on)
                if phrase:
                    return THEN_NOTE.format(
                        then=then.group(0), before=_shortened(before), phrase=phrase
                    )
            return ""
        borrowed = stood_by(
            sentence, speaker, self.last, [*reversed(self.recent)], lambda s: _time_of(s, said_on)
        )
        if borrowed or (borrowed := self.events.note(sentence)):
            return borrowed
        if not self.question or speaker == self.asker or sentence.rstrip().endswith("?"):
            return ""
        if not looks_like_prediction(sentence) or _time_of(sentence, None):
            return ""
        phrase = _time_of(self.question, said_on)
        return ASKED_NOTE.format(before=_shortened(self.question), phrase=phrase) if phrase else ""


def borrowed_horizon(note: str, said_on: datetime.date, precision: str = "day"):
    """The horizon a statement's ``note`` takes from before it (``THEN_NOTE``,
    ``ASKED_NOTE``), read as said on ``said_on``; None when the note takes none."""
    return elliptical_horizon(note, said_on, precision, taken=_TAKEN)
