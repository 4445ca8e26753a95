"""The speaker's own acts said in everyday words, and own words that promise nothing.

``agency`` reads the first person's future with an act of the side ("I will write to her",
"we will have the scheme finished"). People at work, in shops and on service channels say
their own acts in smaller words:

- a small act said to colleagues: "I'll ask the landlord tomorrow", "I'll draft the reply",
  "I'll find out who holds the keys", "I'll put together the rota" (``SMALL_ACT``);
- a business's own offer: "we'll have oat-milk scones at the café every Saturday", "we
  will have the winter boots in stock from Monday", "we'll be baking rye on Fridays"
  (``OFFERED``);
- an operator's own service told without its doer: "The 09:10 will sail as normal", "the
  evening shuttle will run as scheduled", "the Lark's return moves to Thursday" (``told_service``):
  a commitment when the speaker runs the service, a forecast of another's otherwise, so it is
  asked about (``agency.DOERLESS``), never guessed.

Own words that are no promise:

- a forecast of one's own progress: "At this pace we'll clear the backlog by March", "on
  current progress we'll finish in spring" (``PACE``, a hedge for ``agency.hedged``);
- an act under way, told: "We're building a new kiln shed behind the hall" is a fact; with a
  time to finish ("We're building a kiln shed, to open in May") it stays a promise
  (``under_way_dropped``).

Source of the shapes: team meeting transcripts, shop posts on social media, ferry and bus
operators' service channels. Pure functions on ``normalise``'s lower-cased text.
"""

import re

# Small acts of one's own: what a colleague says they will do next.
SMALL_ACT = (
    r"(?:ask (?!(?:you|yourself|myself|ourselves|members|everyone)\b)(?:them|him|her|around"
    r"|the [\w-]+|our [\w-]+|my [\w-]+|[a-z]+)(?=[ ,.!;]*(?:$|today|tomorrow|tonight|this"
    r"|next|on|by|before|after|about|whether|if|for|again|first|now|when|and)\b|[ ,.!;]*$)"
    r"|draft|redraft|find out|put together|pull together|write up|prepare|double-check"
    r"|check with|book|call (?:them|him|her|back|round|the [\w-]+)|look over|sign off on)"
)
# A shop's or a kitchen's own offer: "have X at the shop", "have X in stock".
_PLACE = (
    r"(?:shop|store|stall|bakery|market|caf[eé]|counter|branch|deli|kitchen|taproom|bar|pub"
    r"|restaurant|farm ?shop|showroom|pop-up|van|truck)"
)
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?"
OFFERED = (
    rf"(?:have (?!fewer |less )(?:[\w'-]+ ){{1,6}}?(?:(?:at|in) (?:the|our) {_PLACE}\b"
    r"|on (?:the|our) (?:menu|shelves|counter|stall|specials board)\b|in stock\b|on sale\b"
    r"|back in\b)"
    r"|(?:stock|restock|bake|sell(?! out\b))\b(?= (?:[\w'-]+ ){0,6}?"
    rf"(?:at (?:the|our) {_PLACE}|(?:every|on|each|from) {_WEEKDAY}|again)\b)"
    rf"|be (?:baking|selling|stocking|serving) (?:[\w'-]+ ){{0,6}}?(?:every|on|each|from)"
    rf" {_WEEKDAY}\b)"
)
# A hedge of pace: what one's own progress so far points to, a forecast.
PACE = (
    r"at (?:this|that|the current|our current|the present|this current) (?:rate|pace|speed)"
    r"|on current (?:progress|trends|form|pace)|(?:the way|how) (?:things are|it's|it is)"
    r" going|if (?:we|things) keep (?:going|up) (?:like this|at this)"
)

# A service named by its time or its vehicle, told to run: "The 09:10 will sail as normal".
_SERVICE_RUNS = re.compile(
    r"^(?:(?:and|but|so|update|update:|note|today),? )?(?:the |our |all |tomorrow's |today's"
    r"|this evening's |this morning's )?(?:\d{1,2}[:.]\d{2}|(?:[\w'-]+ ){0,2}?(?:sailing|sailings"
    r"|crossing|crossings|ferry|ferries|service|services|departure|departures|shuttle|train"
    r"|trains|bus|buses|tram|trams|boat|flight|flights|run|timetable))(?: [\w'-]+){0,4}?"
    r" will (?:(?:still|now|also) )?(?:run|sail|operate|depart|leave|go ahead|call at [\w' -]+)"
    r" (?:as (?:normal|usual|scheduled|timetabled|planned)|normally|on time|on schedule|today"
    r"|tomorrow|from)\b"
)
# A return to service moved to a new day: "the Lark's return moves to Thursday".
_RETURN_MOVED = re.compile(
    r"\b(?:return(?: to service)?|reopening|restart|relaunch|first sailing|resumption)"
    r" (?:now )?(?:slips|moves|shifts|is (?:moved|pushed back|put back|delayed|postponed"
    r"|rescheduled)) (?:to|until|till) (?:(?:this|next) )?(?:\d|[a-z]+day\b|the \d"
    r"|january|february|march|april|may|june|july|august|september|october|november|december)"
)


_SERVICE_WORDS = ("will ", "return", "reopening", "restart", "relaunch", "sailing", "resumption")


def told_service(lowered: str) -> bool:
    """Whether ``lowered`` (``normalise``'s) tells a service's running or its return moved,
    without its doer ("The 09:10 will sail as normal.", "the Lark's return moves to
    Thursday"): the operator's own act when it says so, asked about (``agency.DOERLESS``)."""
    if not any(word in lowered for word in _SERVICE_WORDS):
        return False
    return bool(_SERVICE_RUNS.search(lowered) or _RETURN_MOVED.search(lowered))


# An act under way told in the present: "we're building a kiln shed behind the hall".
_UNDER_WAY = re.compile(r"\bwe(?:'re| are) (?:now |currently |also )?building\b")
# Any time said, to finish by or to open in: the act under way stays a promise.
_WHEN = re.compile(
    r"\b(?:20\d\d|by|before|until|next|soon|within|later|january|february|march|april|may"
    r"|june|july|august|september|october|november|december|spring|summer|autumn|winter"
    r"|to (?:open|finish|be (?:ready|finished|open|complete))|this (?:year|month|week))\b"
    rf"|\b{_WEEKDAY}\b"
)


def under_way_dropped(lowered: str) -> str:
    """``lowered`` without an act under way told ("we're building a kiln shed behind the
    hall": a fact) when it names no time to finish; unchanged otherwise."""
    if "building" not in lowered or not _UNDER_WAY.search(lowered) or _WHEN.search(lowered):
        return lowered
    return _UNDER_WAY.sub(" ", lowered)
