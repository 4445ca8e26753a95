"""A forecast framed as one by its speaker: "My final call: Okafor wins by 6 to 8 points."

Forecasters say what they are doing before they do it, and then write the forecast in the
present tense, as a result already seen: "My final call: Okafor wins by 6 to 8 points.",
"Calling it now: the extension misses its spring 2027 opening.", "Prediction, since
everyone else is doing it: at least one of the three OEMs walks away within 18 months.",
"Bold prediction: turnout comes in under 38%.", "My pick: Denver in six.", "I will venture a
forecast: the pledges announced today will not reach half their amounts by next year." Read
without the frame, such a sentence tells of the present, and the forecast is lost.

``framed_forecast`` reads the frame before a colon: a forecast's noun ("call", "prediction",
"forecast", "bet", "pick", "projection", "prognosis") with the words people put before it
("my", "final", "bold", "official", "early"), or "calling it", "I'm predicting". A frame
with nothing after its colon is no claim itself (``frame_alone``): the forecast is on the
next line, where the reader joins it (``broken_sentences``). "Hot take:", "My view:" and
"My guess:" frame opinions as often as forecasts, and are not read here.

Forecasters also call a result with "have" or "have got": "I have it passing, narrowly, with
about 57%.", "I've got them going down, but I'm a pessimist.", "We have Okafor winning by
six.", "I have the index at 5,200 by December." (``called``). Near misses: "I have it in my
car.", "We've got them coming in tomorrow.", "I've got it working."

Speech also tells a future event in the present after a belief: "I think most of those
schemes collapse.", "I don't think the tidal lagoon ever gets built.", "I think they get two.",
"My bet is the line opens late." (``believed_event``): an event's verb (collapse, win, close,
open, get built, go bust …) in the present after "I think", "I reckon", "my bet is".
Near misses stay opinions or facts: "I think the plan is wrong.", "I think she lives in
Leeds.", "I think it works."

Sources of the shapes: election and sports forecasters' threads (Bluesky, X, Mastodon),
forum comments ("Prediction:"), newsletters' "My call" lines. Pure functions.
"""

import re

from claims.importing.wording import normalise

__all__ = ["believed_event", "called", "frame_alone", "framed_forecast"]

_OPEN = r"^(?:(?:and|so|ok|okay|well|alright|fine|anyway)[,.]?\s+)*(?:\d{1,2}/\s*)?"
_FRAME = (
    r"(?:(?:(?:my|our|the|one|a|an|this|his|her|their)\s+)?(?:(?:bold|early|final|final-ish"
    r"|official|fearless|quick|real|honest|obligatory|spicy|firm|updated|revised|own"
    r"|long-range|[a-z]+'s)\s+){0,3}(?:call|calls|prediction|predictions|forecast|forecasts|bet"
    r"|pick|picks|projection|projections|prognosis|estimate|eta)"
    r"|calling it|(?:i'm|i am) (?:calling it|predicting|forecasting)|mark my words"
    r"|(?:i'll|i will|i shall|let me|i'm going to|i am going to|i'd|i would)\s+(?:like to\s+)?"
    r"(?:venture|make|offer|hazard|risk|give you|put down)\s+(?:a|one|my|another|this)\s+"
    r"(?:\w+\s+)?(?:forecast|prediction|call|guess|bet)"
    # "I'll say it.", "Let me just say it:", "I'll go on the record:" before the forecast
    r"|(?:i'll|i will|let me|someone has to|somebody has to)\s+(?:just\s+)?(?:say\s+it"
    r"|go\s+on\s+(?:the\s+)?record))"
    r"(?:\s+(?:now|then|here|today|for (?:the )?\w+(?: \w+)?))?"
)
_ASIDE = r"(?:,[^:,]{1,50},?)?"  # "Prediction, since everyone else is doing it:"
_FRAMED = re.compile(_OPEN + _FRAME + _ASIDE + r"\s*[:—–]\s*(?P<rest>\S.*)$")
_ALONE = re.compile(_OPEN + _FRAME + r"(?:" + _ASIDE + r"\s*[:—–]|\s*[:—–.!]?)\s*$")


# Speech writes no colon after its frame: "so here's my prediction and you can hold me to it
# the line will be running battery trains by 2028" (captions run the two together).
_SPOKEN_FRAME = re.compile(
    _OPEN + r"(?:here's|here is)\s+(?:my|our)\s+(?:(?:bold|final|honest|real)\s+)?"
    r"(?:prediction|call|forecast|bet)(?:\s*,?\s*and\s+you\s+can\s+(?:all\s+)?hold\s+me\s+to"
    r"\s+(?:it|this|that))?[,:]?\s+(?P<rest>(?:the|a|an|my|our|their|it|they|we|this|that|[a-z]+)\s.*"
    r"\b(?:will|won't|'ll|going\s+to|by\s+(?:19|20)\d\d)\b.*)$"
)


def framed_forecast(lowered: str) -> bool:
    """Whether ``lowered`` (``wording.normalise``d) is a forecast its speaker frames as one
    before a colon (the module's docstring), or in speech with no colon ("here's my
    prediction and you can hold me to it the line will …"), with words after the frame."""
    if "prediction" in lowered or "forecast" in lowered or "call" in lowered or "bet" in lowered:
        spoken = _SPOKEN_FRAME.match(lowered.strip())
        if spoken is not None and not spoken["rest"].rstrip().endswith("?"):
            return True
    if ":" not in lowered and "—" not in lowered and "–" not in lowered:
        return False
    found = _FRAMED.match(lowered.strip())
    return found is not None and not found["rest"].rstrip().endswith("?")


def frame_alone(text: str) -> bool:
    """Whether ``text`` is a forecast's frame with nothing after it ("Prediction, since
    everyone else is doing it:", "My final call:"): no claim itself."""
    return _ALONE.match(normalise(text).strip()) is not None


# "I have it passing", "I've got them going down", "We have Okafor winning by six", "I have
# the index at 5,200".
_CALLED = re.compile(
    r"^(?:(?:and|so|but|well|honestly|right now|for now|still)[,\s]+)*(?:i|we)(?:'ve|\s+have)?"
    r"\s+(?:got|have)\s+(?:it|them|him|her|(?:the\s+)?[a-z][\w'-]*(?:\s[a-z][\w'-]*)?)\s+"
    r"(?:(?:going\s+(?:down|up|under|through|out|bust)|winning|losing|passing|failing|finishing"
    r"|topping|missing|hitting|making\s+the|taking\s+(?:it|the)|beating|relegated|promoted)\b"
    r"|(?:at|around|near|above|below|under)\s+(?:about\s+)?[$€£]?\d)"
)


def called(lowered: str) -> bool:
    """Whether ``lowered`` (``wording.normalise``d) calls a result in a forecaster's words ("I
    have it passing", "I've got them going down"; the module's docstring)."""
    if "have" not in lowered and "got" not in lowered and "'ve" not in lowered:
        return False
    return _CALLED.match(lowered.strip()) is not None


# A future event told in the present after a belief: "I think most of those schemes
# collapse", "I don't think the lagoon ever gets built", "I think they get two".
_BELIEF = (
    r"^(?:(?:and|so|but|well|honestly|look|frankly|personally|looking\s+ahead|realistically"
    r"|in\s+practice)[,.]?\s+)*"
    r"(?:i\s+(?:do\s+not\s+|don't\s+)?(?:think|reckon|suspect|bet|expect)"
    # another believer, named or an office: "my co-founder, declan furlong, reckons we hit …"
    r"|(?:[\w'’-]+\s+){0,5}[\w'’-]+(?:,[^,;:.]{2,60},)?\s+(?:reckons|thinks|bets|suspects)"
    # … or a pronoun after the clause that named them: "spoke to marcus lindqvist at pellow
    # energy this morning, he reckons the cap falls about 7% in july"
    r"|[^,;:.]{2,80},\s+(?:he|she)\s+(?:reckons|thinks|bets|suspects)"
    r"|my\s+(?:guess|bet|money|hunch)\s+is"
    r"|i'm\s+(?:pretty\s+|fairly\s+|very\s+|quite\s+|reasonably\s+)?(?:confident|sure|certain))"
    r"\s+(?:that\s+)?"
)
_EVENT_VERB = (
    r"(?:collapses?|fails?|folds?|wins?|loses?|closes?|opens?|ships?|happens?|rises?|falls?"
    r"|drops?|survives?|disappears?|dies?|passes?|slips?|stalls?|crashes?|doubles?|halves?"
    r"|hits?|reach(?:es)?|crosses?|tops?|lands?|beats?|misses?"
    r"|holds?\s+(?:at|steady|firm|fire|rates)|stays?\s+(?:at|on\s+hold|put)|breaks?\s+even"
    r"|(?:goes|go)\s+(?:bust|under|ahead|through|up|down|away|public)"
    r"|(?:gets?|got)\s+(?:built|cut|approved|scrapped|cancell?ed|canceled|delayed|finished|done"
    r"|passed|shelved|dropped|sold|bought\s+out|acquired|replaced|raised|lowered|signed|elected"
    r"|re-?elected|sacked|fired|through|there|(?:one|two|three|four|five|six|\d+)\b"
    r"|[a-z]+(?:ed|en)\b))"
)
_BELIEVED = re.compile(
    _BELIEF + r"(?P<subject>(?:[\w'’-]+\s+){1,6}?)"
    r"(?:(?:never|ever|still|eventually|probably|actually|really|just|quietly|all)\s+)?"
    + _EVENT_VERB
    + r"\b"
)
_BELIEF_WORDS = (
    "think", "reckon", "suspect", "bet", "expect", " is ", "confident", "sure", "certain",
)  # fmt: skip
# Subjects that make the present a habit or a state, not an event ahead: "I think it
# works", "I think people always", "I think he usually wins".
_HABIT = re.compile(r"\b(?:always|usually|often|normally|generally|typically|every)\b")


# The belief said after the event: "we hit profitability in h2 2026, i reckon."
_BELIEF_AFTER = re.compile(
    r",\s*(?:i\s+(?:think|reckon|suspect|bet|guess)|i'd\s+(?:say|guess|bet)|my\s+(?:guess|bet))"
    r"\s*[.!]*$"
)


def believed_event(lowered: str) -> bool:
    """Whether ``lowered`` (``wording.normalise``d) tells a future event in the present after
    a belief ("i think most of those schemes collapse", "i don't think the lagoon ever gets
    built", "my co-founder, declan furlong, reckons we hit profitability in h2 2026"), or
    before one ("we hit profitability in h2 2026, i reckon"; the module's docstring)."""
    lowered = lowered.strip()
    if after := _BELIEF_AFTER.search(lowered):
        lowered = "i think " + lowered[: after.start()]
    if not any(word in lowered for word in _BELIEF_WORDS):
        return False
    found = _BELIEVED.match(lowered)
    if found is None or _HABIT.search(found.group("subject")):
        return False
    return not lowered.rstrip().endswith("?")
