"""A time the speaker judges the likelier one: their own forecast of when.

"Personally I think October is more realistic" (after "the project board's line is that Line 4
opens by the end of September"), "I reckon Q4 is more likely", "2028 looks more realistic to
me": the speaker puts the thing talked of at that time, their forecast beside another's. The
time is the deadline, read as "in October" ("October" alone is no horizon the parser reads).

Not one: a time judged in itself ("October is a busy month", "2028 is an election year"), a
verdict on another's date ("September is unrealistic": an opinion, ``judgements``), and a
time judged by someone else ("The board thinks October is more likely": only the speaker's
own words at the start of the sentence are read).

Source of the rule: chats and panels where a speaker gives the official date and then their
own (tests/importing/test_terms_and_others_lines.py).
"""

import datetime
import re

from claims.horizons import HorizonKind, HorizonResult
from claims.importing.horizon_readings import read_horizon
from claims.importing.wording import normalise, spaced

_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_TIME = (
    rf"(?:(?:early|mid|late|the\s+end\s+of)[-\s]+)?(?:{_MONTHS}|spring|summer|autumn|fall"
    r"|winter|q[1-4]|h[12])(?:\s+(?:19|20)\d\d)?|(?:(?:early|mid|late|the\s+end\s+of)[-\s]+)?"
    r"(?:19|20)\d\d|next\s+(?:year|month|spring|summer|autumn|fall|winter)"
)
_LIKELIER = re.compile(
    r"^(?:(?:but|and|so|well|honestly|personally|realistically|frankly|privately)[,\s]+)*"
    r"(?:(?:i|we)(?:'d\s+say|\s+(?:(?:still|personally|honestly|really|actually)\s+)*(?:think"
    r"|reckon|would\s+say|suspect|guess|believe))\s+(?:that\s+)?)?"
    rf"(?P<time>{_TIME})\s+(?:is|'s|looks|seems|sounds|feels)\s+(?:(?:far|much|a\s+lot|a\s+bit"
    r"|rather|way|a\s+good\s+deal)\s+)?(?:more|most|the\s+more|the\s+most)\s+(?:realistic|likely"
    r"|plausible|probable)\b"
)


def likelier_time(
    text: str, said_on: datetime.date, precision: str = "day"
) -> HorizonResult | None:
    """The horizon of a time ``text`` opens by judging the likelier one (``_LIKELIER``), read
    as said on ``said_on``: "Personally I think October is more realistic" → in October; None
    when it has none or its time reads as no date."""
    lowered = normalise(text)
    if (
        "likely" not in lowered
        and "realistic" not in lowered
        and "plausible" not in lowered
        and ("probable" not in lowered)
    ):
        return None
    found = _LIKELIER.match(lowered)
    if found is None:
        return None
    time = spaced(text)[found.start("time") : found.end("time")]  # as written: "October"
    for phrase in (time, f"in {time}"):
        reading = read_horizon(phrase, said_on=said_on, precision=precision)
        if reading.kind == HorizonKind.DATED:
            return reading
    return None
