"""Answers that only take a side on the question asked.

"I don't think it is.", "I'd be slightly more optimistic.", "Probably not." say nothing
without the question they answer, and the forecast said after them says what they mean
("My estimate is that perhaps 140 will be finished by then."): they are not proposed alone.
"""

import re

# Answers that only take a side on the question: "I don't think it is.", "I doubt it.",
# "I'd be slightly more optimistic.", "I'm a little less sure.", "Probably not."
_STANCE = re.compile(
    r"^(?:(?:well|honestly|no|yes|look|frankly),?\s+)?(?:i\s+(?:don't|do not)\s+think\s+"
    r"(?:it|that|so|they)(?:\s+(?:is|will|can|would|are|does|has))?"
    r"|i\s+(?:doubt|hope)\s+(?:it|so|not)|i'?d\s+be\s+(?:a\s+(?:little|bit)\s+|slightly\s+"
    r"|somewhat\s+|rather\s+|much\s+|even\s+|far\s+)?(?:more|less)\s+(?:optimistic|pessimistic"
    r"|cautious|bullish|bearish|hopeful|sceptical|skeptical|confident)"
    r"|i'?m\s+(?:a\s+(?:little|bit)\s+|slightly\s+|somewhat\s+)?(?:more|less)\s+(?:optimistic"
    r"|pessimistic|cautious|sure|confident|hopeful|sceptical|skeptical)"
    r"|(?:probably|possibly|perhaps|maybe)\s+not|not\s+(?:really|quite|entirely))"
    r"(?:,?\s+(?:no|frankly|honestly|i'm afraid|to be honest|sadly))?[.!]*$",
    re.IGNORECASE,
)
_MAX_STANCE_CHARS = 60


def stance_only(text: str) -> bool:
    """Whether ``text`` only takes a side on a question, with no claim of its own ("I don't
    think it is.", "I'd be slightly more optimistic.", "Probably not."): not proposed."""
    if len(text) > _MAX_STANCE_CHARS:
        return False
    return _STANCE.match(text.strip().replace("’", "'")) is not None
