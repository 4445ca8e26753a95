"""Someone's refusal to say when, told: "Management keeps saying "on track" but won't give a
date.", "The CFO won't say when the plant reopens.", "The ministry declined to give a
timetable." The sentence reports what was (not) said; its "won't" forecasts nothing, so it
is no prediction. What else the sentence forecasts keeps it one ("They won't give a date,
but prices will rise by spring.").

Near misses: "won't" with an act that is the forecast itself ("Voters won't give the mayor a
second term.", "The regulator won't approve the merger before 2028.").

Sources of the shapes: analysts' notes and comments, news copy ("declined to comment",
"would not say when"), chat. Pure functions.
"""

import re

_REFUSING = (
    r"\b(?:won't|will\s+not|wouldn't|would\s+not|can't|cannot|couldn't|could\s+not"
    r"|refuses?\s+to|refused\s+to|refusing\s+to|declines?\s+to|declined\s+to|declining\s+to"
    r"|keeps?\s+refusing\s+to|(?:is|are|was|were)\s+not\s+(?:going\s+to|willing\s+to))\s+"
    r"(?:even\s+|yet\s+|publicly\s+|officially\s+)?"
)
_TOLD_NOTHING = re.compile(
    _REFUSING
    + r"(?:(?:give|provide|offer|set|put|name|share|disclose|commit\s+to|attach|publish)\s+"
    r"(?:[\w-]+\s+){0,3}?"
    r"(?:date|dates|timeline|timetable|time\s*frame|timing|number|numbers|figure|figures"
    r"|guidance|details|forecast|forecasts|estimate|estimates|answer|reason|update|specifics"
    r"|target|deadline|eta)\b"
    r"|(?:say|tell\s+(?:us|me|anyone|reporters|investors|you)|confirm|comment|elaborate"
    r"|speculate|answer|explain)(?:\s+(?:when|whether|if|how|what|why|anything|more|much"
    r"|on|about)\b|\s*[.,;!]|\s*$))"
)
_FUTURE = re.compile(r"\b(?:will|won't|'ll|going\s+to|gonna|shall)\b")


def tells_a_refusal(lowered: str) -> bool:
    """Whether ``lowered`` (``wording.normalise``d) reports someone declining to say when or
    how much, and forecasts nothing else. Returns a bool."""
    found = _TOLD_NOTHING.search(lowered)
    if found is None:
        return False
    rest = lowered[: found.start()] + " " + lowered[found.end() :]
    return _FUTURE.search(rest) is None
