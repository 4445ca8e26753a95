"""A past period named as the base of a comparison: the measure, not the claim's time.

"Peak volume this December will be up about fifteen percent on last year." forecasts
December; "last year" is what December is measured against. So do "sales will be 8% higher
than a year ago", "exports should beat 2025's record", "ridership will be back above 2019
levels", "up year on year", "compared with the same quarter last year". Read as a time of
the claim, such a base turns a forecast into a look back (the past's words: "last year",
"ago", a past year), and the forecast is lost.

``baseline_dropped`` takes the base out of the words the past is looked for in. It keeps the
rest as said: "Sales were up 8% on last year" still looks back by "were", and "Sales are up
8% on last year" tells of today. Only a base after a word of comparison is taken; "Last year
the plant closed" is the past.

Sources of the shapes: company updates and earnings calls ("up 12% on the prior year"),
transit and tourism outlooks ("back above 2019 levels"), retail and logistics all-hands
("peak volume up on last year"). Pure functions.
"""

import re

__all__ = ["baseline_dropped"]

# A period that can only be past: "last year", "last year's", "a year ago", "the year
# before", "the same quarter last year", "the prior year", "pre-pandemic levels".
_PAST_PERIOD = (
    r"(?:(?:the\s+)?same\s+(?:period|quarter|month|week|season|time)\s+(?:last|a)\s+year"
    r"|(?:the\s+)?(?:prior|previous|preceding)\s+(?:year|quarter|month|week|season)"
    r"|last\s+(?:year|quarter|month|week|season|summer|winter|spring|autumn|fall|december"
    r"|christmas|cycle)(?:'s)?"
    r"|(?:a|one|two|three|\d+)\s+(?:years?|quarters?|months?)\s+(?:ago|earlier|before)"
    r"|the\s+year\s+(?:before|earlier)|pre-?(?:pandemic|covid|crisis)"
    r"|(?:before|pre)\s+the\s+pandemic)"
)
# A year named as a measure: "2019 levels", "2025's record". After "on", "over" or "from" a
# year is the claim's own time ("from 2027"), so a year is a base only after a comparison.
_YEAR_MEASURE = r"(?:19|20)\d\d(?:'s)?"
_MEASURE = (
    r"(?:\s+(?:levels?|peaks?|highs?|lows?|records?|figures?|numbers?|volumes?|totals?"
    r"|average|baseline))?"
)
_COMPARED = (
    r"than|versus|vs\.?|against|compared\s+(?:with|to)|relative\s+to|(?:back\s+)?(?:above"
    r"|below|beyond|under)|beat|beats|exceed|exceeds|top|tops|ahead\s+of|short\s+of"
    r"|in\s+line\s+with|match|matches"
)
_BASE = re.compile(
    rf"\b(?:on|over|from|{_COMPARED})\s+{_PAST_PERIOD}{_MEASURE}\b"
    rf"|\b(?:{_COMPARED})\s+{_YEAR_MEASURE}{_MEASURE}\b"
    r"|\b(?:year|quarter|month)[\s-]+(?:on|over)[\s-]+(?:year|quarter|month)\b"
)
# Every base (``_BASE``) holds one of these.
_BASE_WORDS = (
    "last", "ago", "prior", "previous", "preceding", "before", "earlier", "same", "19", "20",
    "pandemic", "covid", "crisis", " on ", " over ",
)  # fmt: skip


def baseline_dropped(lowered: str) -> str:
    """``lowered`` (``wording.normalise``d) without the past periods it names as a base of
    comparison (``_BASE``: "up 15% on last year" → "up 15%"); unchanged when it names none.
    The claim's own time is left to be read from the rest."""
    if not any(word in lowered for word in _BASE_WORDS):
        return lowered
    return _BASE.sub(" ", lowered)
