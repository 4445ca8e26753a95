"""A state of today dated by the period it is in: "Lake Calder is at 41% of capacity this
week.", "Unemployment is at 4.1% this month.", "The index is down 3% so far this year." The
period names when the state holds, now; it is no horizon, and the sentence is no prediction.

Near misses: a forecast of the period ("The lake will be below 35% this month", "Prices
should be up by the end of this month"), a state expected ("We expect the index to be down
3% this year").

Source of the shapes: reports and posts telling current figures (reservoir levels, prices,
rates, polls). Pure functions.
"""

import re

_NOW_STATE = re.compile(
    r"\b(?:is|are|stands|sits|remains|'s|'re|was|were)\s+(?:now\s+|currently\s+|still\s+"
    r"|already\s+|only\s+)?(?:at|down|up|below|above|under|over|around|near|running\s+at)\b"
    r"[^.;!?]{0,60}?\b(?:this\s+(?:week|month|morning|afternoon|evening)|today|right\s+now"
    r"|as\s+of\s+(?:today|this\s+week|this\s+month)|so\s+far\s+this\s+(?:year|month|week"
    r"|quarter))\b"
)
_AHEAD = re.compile(
    r"\b(?:will|won't|'ll|going\s+to|gonna|shall|should|could|might|may|by|before|until"
    r"|expect\w*|forecast\w*|predict\w*|project\w*|likely|end\s+of)\b"
)


def state_of_today(lowered: str) -> bool:
    """Whether ``lowered`` (``wording.normalise``d) tells a state of today dated only by the
    period it is in, with nothing ahead in it. Returns a bool."""
    return _NOW_STATE.search(lowered) is not None and _AHEAD.search(lowered) is None
