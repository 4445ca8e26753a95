"""Which statements are worth proposing, and of what kind.

Plain word patterns, tuned on real notes: a statement that speaks of the future
("will", "going to", "within 2 years", "by next year", "is coming") is a
prediction; a promise of the speaker's organisation ("we plan to", "moving
forward") a commitment; a judgement ("should", "is key", "best") an opinion;
anything else a factual claim. Questions and fragments are not proposed.
"""

import re

from claims.choices import ClaimKind

_NUMBER = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|several)"
_UNIT = r"(?:years?|months?|weeks?|decades?|days?)"

# What marks a statement as speaking of the future whatever its tense...
PREDICTION_PATTERNS = [
    r"\bwill\b",
    r"\bwon't\b",
    r"\b(?:i|you|we|they|it|he|she|that|there)'ll\b",
    r"\bgoing to\b",
    r"\bgonna\b",
    r"\bshall\b",
    r"\bcoming\b",
    r"\bsoon\b",
    r"\beventually\b",
    r"\b(?:one day|someday|some day)\b",
    r"\bin the (?:near |distant |coming )?future\b",
    r"\b(?:probably|likely|unlikely|inevitabl[ey])\b",
    # "I bet", "we expect"; not "the best bet", an opinion.
    r"(?<!can't )(?<!cannot )(?<!best )(?<!safest )(?<!safe )(?<!good )(?<!better )"
    r"\b(?:expect|predict|forecast|bet)(?:s|ed|ing)?\b",
    r"\b(?:on track|about|bound|poised|set) to\b",
    r"\bwhen \w+ (?:comes|arrives|happens|lands)\b",
    # "it could come as early as 2026": an earliest date is still a forecast.
    r"\bcould (?:come|happen|arrive|ship|launch|land|reach|hit|be here|be ready)\b",
    r"\bas early as\b",
]
# Saying one does not or cannot forecast is no forecast: "We don't predict the future."
_NO_FORECAST = re.compile(
    r"\b(?:don't|do not|doesn't|does not|didn't|did not|can't|cannot|can not|never|won't|"
    r"(?:nobody|no one|no-one) (?:can|could))\s+(?:really\s+|even\s+|try to\s+|ever\s+)?"
    r"(?:predict|forecast|make predictions|make forecasts)(?:s|ing)?\b(?: the future\b)?"
)
# Saying nobody knows when is no forecast of when: "nobody knows when AGI will arrive".
_UNKNOWN_WHEN = re.compile(
    r"\b(?:nobody|no one|no-one|(?:i|we) (?:don't|do not|can't|cannot)) (?:knows?|can say|"
    r"can tell|can predict|say|tell|know) (?:when|whether|if|how soon)\b[^,;.!?]*"
)
# A forecast the speaker made before, told now: "In 2019 I predicted rates would be zero".
_PAST_FORECAST = re.compile(
    r"\b(?:i|we|he|she|they|you)\s+(?:had\s+|once\s+|already\s+|correctly\s+|wrongly\s+)?"
    r"(?:predicted|forecasted|guessed|wagered|projected)\b"
)
_FUTURE_NOW = re.compile(r"\bwill\b|'ll\b|\bgoing to\b|\bgonna\b|\bstill (?:think|expect)")
# ...and what does only in the present or future tense: "by 2020 we had already
# shipped a million" looks back at a date.
DATE_PATTERNS = [
    r"\bnext (?:year|decade|month|generation)\b",
    rf"\bwithin (?:the next )?{_NUMBER} {_UNIT}",
    rf"\bin (?:the )?(?:next|coming) (?:{_NUMBER} )?{_UNIT}",
    rf"\bin {_NUMBER} {_UNIT}\b",
    r"\bby (?:next|the end of (?!(?:19|20)\d\d)|the time|mid-(?!(?:19|20)\d\d))",
]
# A year is judged by the horizon parser against the day it was said (``has_horizon``).
_LOOKED_BACK = re.compile(r"\b(?:had|was|were|did|already|ago|used to)(?:n't)?\b")
# A negated forecast bounded by a time: "no rate cuts until 2026", "nobody lands on Mars before
# 2030", "not before the summer". The horizon parser reads "not until" as a lower bound, with
# no deadline, but the words still speak of the future.
_NEGATED_BOUND = re.compile(
    r"(?:\bnot|n't|\bnever|\bno|\bnobody|\bnothing|\bnone|\bno one)\b[^,;.!?]*"
    r"\b(?:until|till|before|prior to)\s+(?:next|the|this|mid|early|late|(?:19|20)\d\d\b"
    r"|january|february|march|april|may|june|july|august|september|october|november|december"
    r"|spring|summer|autumn|fall|winter|christmas|q[1-4]\b|h[12]\b)"
)
_PRESENT = re.compile(r"\b(?:is|are|am|will|be)\b")
COMMITMENT_PATTERNS = [
    r"\b(?:we|they|he|she|it)?\s*(?:plans?|planning|aims?|intends?|promise[sd]?|pledge[sd]?) to\b",
    r"\b(?:moving|going) forward\b",
    r"\bcommitted to\b",
    r"\bis applying for\b",
    r"\bwe(?:'re| are) (?:launching|releasing|shipping|building)\b",
    r"\bmission is to\b",
]
OPINION_PATTERNS = [
    r"\bshould(?:n't)?\b",
    r"\bought to\b",
    r"\bmust\b",
    r"\b(?:need|needs) to\b",
    r"\bi (?:think|believe|feel)\b",
    r"\b(?:best|worst|better|key|important|interesting|powerful|overrated|underrated)\b",
    r"\b(?:safest|surest|smartest|wisest) bet\b",
    r"\bis (?:a|the) (?:spectrum|way|realm)\b",
]
_PREDICTION = re.compile("|".join(PREDICTION_PATTERNS))
_DATED = re.compile("|".join(DATE_PATTERNS))
_COMMITMENT = re.compile("|".join(COMMITMENT_PATTERNS))
_OPINION = re.compile("|".join(OPINION_PATTERNS))
_PAST = re.compile(
    r"\b(?:ago|used to|back then|in the past|last year|was going to|eventually \w+ed)\b"
)
# Past tense: common irregular past forms, and regular "-ed" forms ("halved",
# "launched") but not "-eed" words ("need") or adjectives such as "based".
PAST_TENSE = re.compile(
    r"\b(?:was|were|did|had|went|ago|grew|fell|rose|sold|took|came|got|made|said|began|"
    r"built|saw|won|lost|spent|paid|led|left|hit|rebounded|last (?:year|quarter|month|week))\b"
    r"|\b(?!based\b|advanced\b|expected\b|committed\b|planned\b|scheduled\b)"
    r"[a-z]{2,}[a-df-z]ed\b"
)
_WORD = re.compile(r"[\w$%]+")

MIN_WORDS = 3


def normalise(text: str) -> str:
    """Lower case with straight apostrophes, for matching word patterns."""
    return text.lower().replace("’", "'").replace("‘", "'")


def is_candidate(text: str) -> bool:
    """A statement worth a curator's look: not a question, not a fragment."""
    if text.rstrip(' ”"’)').endswith("?"):
        return False
    return len(_WORD.findall(text)) >= MIN_WORDS


def looks_like_prediction(text: str) -> bool:
    """Speaks of the future, and not of a future that is already past."""
    lowered = _UNKNOWN_WHEN.sub(" ", _NO_FORECAST.sub(" ", normalise(text)))
    if _PAST.search(lowered) or _told_past_forecast(lowered):
        return False
    if _PREDICTION.search(lowered):
        return True
    if _LOOKED_BACK.search(lowered):
        return False
    negated = _NEGATED_BOUND.search(lowered) and not PAST_TENSE.search(lowered)
    return bool(_DATED.search(lowered) or negated)


def _told_past_forecast(lowered: str) -> bool:
    """ "I predicted rates would be zero by 2020": a forecast made before, looked back on,
    unless the speaker holds it still ("… and I still think so", "it will")."""
    return bool(_PAST_FORECAST.search(lowered)) and not _FUTURE_NOW.search(lowered)


def classify(text: str, *, has_horizon: bool = False) -> str:
    """The kind of claim ``text`` looks like; a dated horizon makes it a prediction."""
    lowered = normalise(text)
    if _COMMITMENT.search(lowered):
        return ClaimKind.COMMITMENT
    # "Revenue grew 12%" looks back; "half of all cars sold are electric" does not.
    past = PAST_TENSE.search(lowered) and not _PRESENT.search(lowered)
    looked_back = (
        _PAST.search(lowered) or _LOOKED_BACK.search(lowered) or past
    ) or _told_past_forecast(lowered)
    if looks_like_prediction(text) or (has_horizon and not looked_back):
        return ClaimKind.PREDICTION
    if _OPINION.search(lowered):
        return ClaimKind.OPINION
    return ClaimKind.FACTUAL
