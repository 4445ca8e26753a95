"""Forecasts a speaker words without making: a question left open, one said in irony, and
a resolve.

- A question left open: "Honestly, it's too early to say whether the proposed changes will
  hit our costs next year.", "It remains to be seen if the plant reopens in May.", "The jury
  is still out on whether rates fall this year." The speaker tells that they do not know;
  the "will" and the "next year" are the question's, not a forecast (``left_open``).
- Irony: "Sure, and pigs will fly by Tuesday.", "Oh, and I'm sure the new
  owners will be totally transparent.", "Yeah, and I'll be commuting in a flying car by 2028
  too.", "And of course the heat will politely stop at the city limits." A retort that
  mocks a forecast by making an absurd one: the speaker means the opposite, and what they
  mean is an opinion of the other forecast (``ironic``). The importer cannot be sure of
  irony, so the curator is told (``IRONY``) and can make it a prediction.

- A resolve: "We will not accept another delay.", "We are not going to make policy on a
  slogan.", "I will own it.", "We will keep fighting this in court." The future says how
  the speaker's side will conduct itself: a pledge of conduct, a commitment, not a forecast
  of the world (``resolve``). Only the first person's: "Voters will not accept another
  delay." and "The union won't accept a pay freeze next year." are forecasts of others,
  whoever says them, and stay so.

Near misses stay forecasts: "Sure, and we'll have the figures by Friday." (an assent, then a
promise: no mark of irony after it; "Sure, and my heat pump will pay for itself by Tuesday."
reads the same, and stays a forecast for the curator to judge), "It's too early to say, but
I expect a cut in June." (a forecast after the open question), "Of course rates will fall by
2027." (no retort's "and").

Sources of the shapes: earnings calls' and briefings' answers ("too early to say"), forum and
comment threads' retorts, podcast banter. Pure functions.
"""

import re

__all__ = ["IRONY", "ironic", "left_open", "resolve"]

IRONY = (
    "reads as irony (“{opener}”): taken as an opinion, not a forecast; if the speaker means "
    "it, make it a prediction"
)

_OPEN_QUESTION = re.compile(
    r"^(?:(?:honestly|frankly|look|well|so|and|but|i think|i'd say|i would say)[,\s]+)*"
    r"(?:it's|it is|it's still|it is still|it's just|it is just|it's far|it is far|that's|that is)"
    r"\s+(?:much\s+|far\s+|way\s+|a\s+bit\s+|still\s+)*too\s+(?:early|soon)\s+to\s+(?:say|tell"
    r"|know|call|judge)\s+(?:whether|if|how|when|what)\b[^,;]*[.!]?$"
    r"|^(?:it\s+)?remains\s+to\s+be\s+seen\s+(?:whether|if|how|when)\b[^,;]*[.!]?$"
    r"|^the\s+jury\s+is\s+(?:still\s+)?out\s+on\s+(?:whether|if|how|when)\b[^,;]*[.!]?$"
)
# A retort's opening: an assent said to mock ("Sure, and …", "Oh, and I'm sure …").
_RETORT = re.compile(
    r"^(?P<opener>(?:oh,?\s+)?(?:sure|yeah|yes|right|riiight|of course)[,.!]?\s+and\b"
    r"|(?:oh,?\s+)?and\s+i'm\s+sure\b|and\s+of\s+course\b)"
)
# What marks the retort's forecast as mockery: "too" at its end, a mocking adverb, a sure
# stance on what nobody could know.
_MOCKING = re.compile(
    r"\b(?:too|as\s+well)\s*[.!]*$|\b(?:totally|politely|magically|surely|definitely"
    r"|completely|absolutely|of\s+course|pigs\s+(?:will\s+)?fly|flying\s+cars?)\b"
)


def left_open(lowered: str) -> bool:
    """Whether ``lowered`` (``wording.normalise``d) only leaves a question open ("it's too
    early to say whether …"): no forecast, whatever "will" it holds."""
    if "too " not in lowered and "remains" not in lowered and "jury" not in lowered:
        return False
    return _OPEN_QUESTION.match(lowered.strip()) is not None


def ironic(lowered: str) -> str:
    """The retort's opening when ``lowered`` mocks a forecast by making an absurd one (the
    module's docstring), else ""."""
    found = _RETORT.match(lowered.strip())
    if found is None or not _MOCKING.search(lowered[found.end() :]):
        return ""
    return found["opener"]


# The side that resolves: the speaker, their party, government or group, named or not.
_SIDE = (
    r"(?:i|we|this government|my government|our government|our party|my party|our union"
    r"|our side|this caucus|our caucus)"
)
_RESOLVE = re.compile(
    r"^(?:(?:and|but|so|look|no|mr\.? speaker|madam speaker|let me be clear|let me be really"
    r" clear)[,:.]?\s+)*" + _SIDE + r"\s+(?:(?:will|shall)\s+(?:not|never)|won't|(?:are|is|am|'re"
    r"|'m)\s+not\s+going\s+to|refuse\s+to|(?:will|'ll)\s+always)\s+(?:ever\s+)?(?:accept|tolerate"
    r"|allow|stand\s+for|stand\s+by|support|back|vote\s+for|endorse|apologi[sz]e|be\s+(?:lectured"
    r"|bullied|intimidated|silenced|rushed|dictated\s+to)|back\s+down|give\s+up|make\s+policy"
    r"|negotiate|compromise|budge|bow|cave|rest|stop\s+fighting|let\s+(?:this|that|it)\s+go"
    r"|defend|fight)\b"
    r"|^(?:(?:and|but|so)[,\s]+)*" + _SIDE + r"\s+(?:will|'ll)\s+(?:own\s+(?:it|that|this|the"
    r"\s+\w+)|keep\s+fighting|fight\s+(?:this|it|that|them|on)|stand\s+by\s+(?:it|that|this"
    r"|them|our|my))\b"
)


def resolve(lowered: str) -> bool:
    """Whether ``lowered`` (``wording.normalise``d) is the speaker's side resolving how it
    will conduct itself ("The Bloc Québécois will not accept another delay.", "I will own
    it."): a commitment, not a forecast (the module's docstring)."""
    return _RESOLVE.match(lowered.strip()) is not None
