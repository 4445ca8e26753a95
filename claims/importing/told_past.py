"""Forecasts told as made before, and forecasts told as held still: the look-back rules of
``told_past_forecast`` and ``forecasts._looks_back`` that read who gave what.

"The Minister has now given this House three different completion dates in 18 months" tells
of dates given (``gives_dates``); "she had forecast a surplus in FY2025" of a forecast made
(``had_forecast``); "I told you last month the bridge would reopen by June, and I stand by
it" of a forecast the speaker holds now (``held_still``). Pure functions of ``normalise``'s
text. Source of the rule: a report of a forecast made is a fact of the past, whatever dates
it holds, unless the speaker says they hold it (docs/importing.md, others' forecasts told).
"""

import re

from claims.importing.wording import _has_any

# Dates or forecasts another has given, told as given: "The Minister has now given this
# House three different completion dates in 18 months", "They've moved the deadline twice",
# "Network Rail had promised us a finish date". The giving is done; its "in 18 months" is
# the span it was done in, no horizon. Not the speaker's own side ("We have set a target of
# 2030", a target of theirs still held).
_GIVEN_DATES = re.compile(
    r"\b(?!(?:i|we|you)\b)[\w.-]+(?:\s+(?:has|have|had)|'ve)\s+(?:(?:now|already|just|since"
    r"|also|repeatedly|twice|again|so\s+far|at\s+least)\s+)*(?:given|set|named|offered|promised"
    r"|announced|published|quoted|moved|changed|missed|shifted|revised|pushed\s+back|put\s+back"
    r"|abandoned|dropped|scrapped|broken)\b[^.;!?]{0,60}?\b(?:dates?|deadlines?|timetables?"
    r"|timelines?|timescales?|forecasts?|predictions?|targets?|estimates?|projections?|promises?"
    r"|pledges?)\b"
)
_GIVEN_DATES_WORDS = ("date", "deadline", "time", "forecast", "prediction", "target", "estimate",
                      "projection", "promise", "pledge")  # fmt: skip
# "forecast", a past form as well as a present: "she had forecast a surplus", "he once
# forecast" (the present would be "forecasts").
_HAD_FORECAST = re.compile(
    r"\b(?:i|we|he|she|they|you|people|analysts|experts|economists)\s+had\s+(?:once\s+"
    r"|already\s+|correctly\s+|wrongly\s+|confidently\s+)?forecast\b"
    r"|\b(?:he|she)\s+(?:once\s+|correctly\s+|wrongly\s+|confidently\s+)?forecast\b"
)
# The speaker holding a forecast they tell of having made: "I told you last month the
# bridge would reopen by June, and I stand by it", "…, and I still think so".
_HELD_STILL = re.compile(
    r"\b(?:i|we)\s+(?:still\s+|firmly\s+|absolutely\s+)?(?:stand|stick)\s+by\s+(?:it|that|this"
    r"|every\s+word)\b|\b(?:i|we)\s+still\s+(?:think|believe|expect|say)\s+(?:so|that|it)\b"
    r"|\b(?:and|which)\s+(?:i|we)\s+still\s+(?:do|does|think)\b"
)


def gives_dates(lowered: str) -> bool:
    """Whether ``lowered`` tells of dates or forecasts someone other than the speaker's side
    has given (``_GIVEN_DATES``): "the minister has now given this house three different
    completion dates in 18 months" → True; "we have set a target of 2030" → False."""
    return _has_any(lowered, _GIVEN_DATES_WORDS) and _GIVEN_DATES.search(lowered) is not None


def had_forecast(lowered: str) -> bool:
    """Whether ``lowered`` tells of a forecast made before with the past form "forecast"
    ("she had forecast a surplus in fy2025" → True; "they forecast a surplus" → False)."""
    return "forecast" in lowered and _HAD_FORECAST.search(lowered) is not None


def held_still(lowered: str) -> bool:
    """Whether the speaker says they hold a forecast they tell of (``_HELD_STILL``): "…,
    and i stand by it" → True; "i told you last month it would reopen by june" → False."""
    return ("still" in lowered or " by " in lowered) and _HELD_STILL.search(lowered) is not None


_PAST_FORECAST = re.compile(
    r"\b(?:i|we|he|she|they|you|people|everyone|everybody|analysts|experts|economists|pundits"
    r"|critics|forecasters|many|most|some)\s+(?:had\s+|once\s+|already\s+|correctly\s+"
    r"|wrongly\s+|all\s+|confidently\s+)?(?:predicted|forecasted|guessed|wagered|projected)\b"
    r"|\b(?:remember|remembered|recall|recalled)\b[^.;!?]*?\b(?:predicting|forecasting"
    r"|projecting|saying|promising|betting|claiming|insisting)\b"
    r"|\b(?:i|we|he|she|they|you|people|everyone|everybody|analysts|experts|economists|pundits"
    r"|critics|forecasters)\s+(?:were|was)\s+(?:all\s+|still\s+|already\s+|confidently\s+)?"
    r"(?:predicting|forecasting|projecting|betting\s+on)\b"
)
# The speaker's own words told in reported speech, at a time gone: "Last March I wrote that
# the towers would be cancelled before the end of the year", "Two years ago I said rents
# would fall". Not "As I said, …", which agrees now, nor "I told the board we'd be
# profitable by 2028", a forecast of theirs told with no time of its own.
_OWN_WORDS_TOLD = re.compile(
    r"(?<!\bas\s)\b(?:i|we)\s+(?:also\s+|once\s+|already\s+|even\s+)?(?:said|wrote|told\s+"
    r"(?:you|him|her|them|us|everyone|[\w'-]+(?:\s+of\s+your\s+colleagues)?)|argued|warned"
    r"|claimed|bet)\b[^.;!?]{0,100}?\b(?:would|'d)\b"
)
_TOLD_WHEN = re.compile(
    r"\blast\s+(?:year|month|week|time|spring|summer|autumn|fall|winter|january|february|march"
    r"|april|may|june|july|august|september|october|november|december)\b"
    r"|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)\s+"
    r"(?:years?|months?|weeks?)\s+ago\b|\bback\s+in\b|\bat\s+the\s+time\b"
)
# ``\b`` tested once before the words that open with it (see ``_at_word_boundary``).
FUTURE_NOW = re.compile(r"\b(?:will\b|going to\b|gonna\b|still (?:think|expect))|'ll\b")


_PAST_FORECAST_WORDS = (
    "predict", "forecast", "guessed", "wagered", "project", "remember", "recall", "betting",
    "said", "wrote", "told", "argued", "warned", "claimed", " bet ",
)  # fmt: skip


def told_past_forecast(lowered: str) -> bool:
    """Whether ``lowered`` tells a forecast made or dates given before, looked back on: "I
    predicted rates would be zero by 2020", "Last March I wrote that the towers would be
    cancelled before the end of the year" (``_OWN_WORDS_TOLD`` at a time gone), "The
    Minister has now given this House three different completion dates" (``gives_dates``,
    ``had_forecast``); not when the forecast is held still ("… and I still think so", "it will")."""
    if gives_dates(lowered) or had_forecast(lowered):
        return not FUTURE_NOW.search(lowered)
    if not _has_any(lowered, _PAST_FORECAST_WORDS):
        return False
    told = _PAST_FORECAST.search(lowered) or (
        _TOLD_WHEN.search(lowered) and _OWN_WORDS_TOLD.search(lowered)
    )
    return bool(told) and not FUTURE_NOW.search(lowered)


# A promise or forecast said back in reported speech: "Okonjo vowed we'd double the order book
# by 2027", "he told the board the plant would reopen in May" (not "we thought it would ship
# in May": a belief looked back on). Rule: the backshift of reported speech in English grammar.
_SAID_WOULD = re.compile(
    r"\b(?:said|told|promised|swore|vowed|assured|pledged|guaranteed|insisted|warned"
    r"|predicted|forecast|projected|claimed)\b(?:\s+\S+){0,8}?(?:\s+would|['’]d)\s+(?!have\b)"
)

# … but a forecast the speaker recalls making, or one said before a past moment, looks back:
# "Last January I said the 30-year fixed would be under 5.5%", "the chief executive had told
# the meeting that it would be profitable".
_RECALLED_SAYING = re.compile(
    r"\b(?:i|we)\s+(?:\w+\s+)?(?:said|told|promised|swore|vowed|assured|pledged|guaranteed"
    r"|insisted|warned|predicted|forecast|projected|claimed)\b|\bhad\s+(?:\w+\s+)?(?:said|told"
    r"|promised|sworn|vowed|assured|pledged|guaranteed|insisted|warned|predicted|forecast"
    r"|projected|claimed)\b|\b(?:last|back in|ago|in the past|at the time|then)\b"
)


def reported_would_clause(lowered: str) -> str:
    """The clause a sentence reports with "would" or "'d" after a verb of saying
    (``_SAID_WOULD``), from its subject ("mayor ada quist told reporters on monday that
    the city would open two tram lines by 2028" → "the city would open two tram lines by
    2028"), or "" when there is none or it is a saying recalled (``_RECALLED_SAYING``)."""
    reported = _SAID_WOULD.search(lowered)
    if reported is None or _RECALLED_SAYING.search(lowered, 0, reported.end()):
        return ""
    said = lowered[reported.start() : reported.end()]
    that = said.rfind(" that ")
    start = reported.start() + (that + len(" that ") if that >= 0 else said.find(" ") + 1)
    return lowered[start:]
