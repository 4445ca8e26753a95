"""A likelihood said of a time ahead: "So we may well be doing this again tonight", "the
feeder could well trip again tomorrow", "we might well see another band later today".

"May well", "might well" and "could well" hedge what they say; said of the present ("That
may well be true", "You may well ask") they weigh a claim, but with a time ahead of the
words (tonight, tomorrow, later today, this weekend, next week) they forecast it. The time
may be one no deadline is read from ("tonight": the day it was said), so the kind is read
from the words. Source: operations chats and briefings during an incident.
"""

import re

_LIKELY = re.compile(r"\b(?:may|might|could) (?:well|very well) (?!have\b)")
_AHEAD = re.compile(
    r"\b(?:tonight|tomorrow|later (?:today|this (?:morning|afternoon|evening|week))"
    r"|this (?:afternoon|evening|weekend)|overnight|next (?:week|month|year|time))\b"
)


def likely_ahead(lowered: str) -> bool:
    """Whether ``lowered`` (``normalise``'s) says something may well happen at a time ahead
    ("we may well be doing this again tonight"), not of the present or the past ("that may
    well be true", "it may well have tripped overnight")."""
    if " well " not in lowered:
        return False
    found = _LIKELY.search(lowered)
    return found is not None and _AHEAD.search(lowered, found.end()) is not None
