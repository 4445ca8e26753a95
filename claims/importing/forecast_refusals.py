"""The speaker declining to forecast: "I'm not going to give you a date.", "I don't make
house price forecasts.", "Ha, I won't take that bet.", "I'm not going to rule meetings in or
out.", "I'm not going to comment on the minister's forecast." Declining is no forecast, whatever
"going to" or "will" it holds; what is left once it is set aside may still forecast ("I won't
give you a date, but rates will fall"). Rule: docs/importing.md, saying one does not forecast
is no forecast. Pure functions on ``normalise``'s lower-cased text.
"""

import re

from claims.importing.wording import _has_any

__all__ = ["refusals_dropped"]

# Declining to forecast is no forecast, whatever "going to" or "will" it holds: "I'm not going
# to give you a date.", "I don't make house price forecasts.", "Ha, I won't take that bet.",
# "I'm not going to speculate on the timing.", "We won't put a number on it." The pattern
# opens with its subject ("i", "we"), which the engine looks for quickly: a cheaper look
# before it would cost more than it saves.
_DATE_WORD = (
    r"(?:date|number|figure|timeline|timetable|time ?frame|time|forecast|prediction|guess"
    r"|estimate|target|year|deadline|projection|guidance|outlook|checklist)s?"
)
_REFUSAL = re.compile(
    r"\b(?:(?:i'm|i am|we're|we are|i|we)\s+(?:just\s+|really\s+|simply\s+|certainly\s+)?"
    r"(?:not\s+(?:going\s+to|gonna|about\s+to|in\s+the\s+business\s+of)|won't|will\s+not"
    r"|don't|do\s+not|can't|cannot|never|wouldn't|would\s+not|shan't|refuse\s+to|decline\s+to"
    r"|would\s+rather\s+not)"
    r"|(?:i|we)'d\s+rather\s+not|(?:i'm|i am|we're|we are)\s+not\s+(?:going|gonna))\s+"
    r"(?:(?:just|really|even|ever|simply|now|today|here|actually|personally)\s+)*"
    r"(?:(?:give|giving|offer|offering|provide|providing|put|putting|name|naming|set|setting)\s+"
    rf"(?:you\s+|us\s+|them\s+|anyone\s+|the\s+(?:deputy|senator|member|house|committee"
    rf"|minister)\s+)?(?:(?:a|an|any|the|one|that|specific|precise|exact"
    rf"|firm|hard)\s+)*{_DATE_WORD}(?:\s+on\s+(?:it|that|this|(?:the|a|an|any)\s+\w+))?"
    # "… a date for the first cut", "… a date for first passenger services"
    r"(?:\s+for\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?(?=\s*(?:today|now|here|yet)?\s*"
    r"(?:[,.;!]|$|\s+(?:and|but|because|until)\b)))?"
    # "rule meetings in or out", "comment on the minister's forecast", "make one up"
    r"|rule\s+(?:[\w'’-]+\s+){0,2}?(?:in\s+or\s+out|out\s+or\s+in)"
    r"|comment\s+on\s+(?:[\w'’-]+\s+){0,3}?(?:forecasts?|projections?|predictions?"
    r"|numbers?|figures?|speculation|hypotheticals?|that|it|this)"
    r"|make\s+(?:one|it|them|a\s+date|a\s+number)\s+up"
    # "I'm not going to make the same mistake twice.": after a forecast that failed
    r"|make\s+(?:the\s+same|that)\s+mistake(?:\s+(?:twice|again))?"
    r"|(?:make|making|do|doing|hazard|hazarding)\s+(?:(?:a|any|those|these|such)\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:forecasts?|predictions?|calls?|guess(?:es)?|projections?)"
    r"|(?:take|taking|accept|make)\s+(?:that|the|your|this|a|any|such)\s+(?:\w+\s+)?bets?"
    r"|bet\s+on\s+(?:that|it|this|a\s+date)"
    r"|(?:speculate|speculating|guess|guessing|predict|predicting|forecast|forecasting"
    r"|prognosticate|prognosticating)(?:\s+(?:on|about|as\s+to|over)\s+(?:the\s+|any\s+|a\s+)?"
    r"(?:exact\s+|precise\s+)?(?:timing|dates?|numbers?|that|it|this|when|specifics|timeline"
    r"|future\s+\w+|future))?"
    r"|(?:be|get)\s+drawn(?:\s+(?:on|into)\s+(?:the\s+)?\w+)?"
    rf"|commit\s+to\s+(?:(?:a|any|the|specific|precise|exact|firm)\s+)*{_DATE_WORD}"
    r"|(?:get|go|getting|going)\s+into\s+(?:the\s+)?(?:timing|dates|numbers|forecasting"
    r"|predictions|specifics|speculation|hypotheticals))\b"
)


# Every refusal (``_REFUSAL``) holds one of these: a cheap test first.
_REFUSAL_WORDS = ("not", "n't", "never", "refuse", "decline")


def refusals_dropped(lowered: str) -> str:
    """``lowered`` without the speaker's refusals to forecast (``_REFUSAL``): what is left
    may still forecast ("I won't give you a date, but rates will fall")."""
    if not _has_any(lowered, _REFUSAL_WORDS):
        return lowered
    return _REFUSAL.sub(" ", lowered)
