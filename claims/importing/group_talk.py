"""What people type in a group chat that is no claim: arrangements, availability, a draft
handed round for comments, a suggestion of wording, banter (``chatter.is_filler``).

Source: the way campaign teams, sports clubs, families and work channels talk in WhatsApp,
Slack and Teams groups: "Meeting point 10am outside the Co-op", "Can do mornings", "tell me
if it reads ok:", "Maybe say 'by next summer'?", "let them come lol". Pure functions.
"""

import re
from collections.abc import Iterator

from claims.importing.retorts import retort
from claims.importing.wording import _has_any, _kept, normalise

# A message's sentences: a stop, a bang or a question mark and a space ("Elm St. Bring water").
_PARTS = re.compile(r"(?<=[.!?…:])\s+|\s+(?=[😀-🙏🤣🙌👍👏💪🔥])")
# Emoji and the marks around a message's words.
_NOT_WORD = re.compile(r"[^\w\s'’:.,-]+")
_MAX_WORDS = 30

# A laugh or a wink closing or opening a message: it is banter, whatever the words.
LAUGH_WORD = r"(?:lol+|lmf?ao+|rofl|ha(?:ha)+h?|he(?:he)+|jk|😂|🤣|😅|😜|😉|🙃|😆)"
_LAUGH = re.compile(rf"(?:^|\s){LAUGH_WORD}(?=\s|$)", re.IGNORECASE)
_LAUGH_MARKS = ("lol", "lmao", "lmfao", "rofl", "haha", "hehe", "jk", "😂", "🤣", "😅", "😜", "😉")
_LAUGH_MARKS += ("🙃", "😆")
# What makes a laughing message more than banter: a forecast's or a report's verb, a number.
_CLAIM_WORD = re.compile(
    r"\b(?:will|won't|wont|'ll|gonna|going to|would|could|might|may|is|are|was|were|has|have"
    r"|had|did|does|win|wins|lose|loses|beat|beats|said|says)\b|’ll|\d"
)
_MAX_BANTER_WORDS = 5
_ANY_WORD = re.compile(r"[\w%$€£]")
# Banter without a laugh: a cheer, a taunt, a tease ("legend", "Don't jinx it", "bring it on").
_BANTER = re.compile(
    r"^(?:(?:ha+|oh|ah|aw+|omg|wow|yes+|no+|mate|guys|all|lads|team)\s+)*(?:"
    r"(?:absolute |total |an? )?(?:legend|hero|star|champ|superstar|beast|machine)s?"
    r"|(?:you |you're |you are )?(?:a )?(?:legend|hero|star|champ)s?(?: mate)?"
    r"|(?:don't|do not|dont) jinx (?:it|us|this)|touch wood|fingers crossed|knock on wood"
    r"|bring it on|game on|let them come|let 'em come|let em come|come on(?: then)?"
    r"|no chance|not a chance|in your dreams|dream on|you wish|as if|get in|get in there|go on"
    r"|(?:i )?love (?:it|this|that)|love that|nailed it|smashed it|boom|nice one|hear hear"
    r"|you('re| are) (?:on fire|killing it|a machine)|that's the spirit|we go again"
    r"|(?:well|great|good) (?:done|played|work|job|stuff)(?: (?:all|everyone|team|mate))?"
    r")(?:\s+(?:mate|all|everyone|team|guys|lads|folks|x+))?$"
)

# An arrangement: where and when to meet, what to bring, where to park, who brings what.
# "Meeting point 10am outside the Co-op on Elm St", "Kick-off 2pm, be there by 1.30",
# "Bring water and comfy shoes", "I'll bring the cones", "Parking is round the back".
_ARRANGEMENT = re.compile(
    r"^(?:(?:morning|afternoon|evening|hi|hey|ok|okay|right|so|and|also|reminder|quick reminder"
    r"|all|everyone|guys|team|folks|ps|p\.s\.)[,:!.]?\s+)*(?:"
    r"(?:the )?(?:meeting|meet-?up|muster|assembly|pick-?up|drop-?off) (?:point|place|spot|time)"
    r"(?: (?:is|will be|'s|changed to|moved to))?\b"
    r"|(?:we're |we are |we'll be |we will be |let's |we )?(?:meet|meeting|gathering)"
    r" (?:at|outside|by|in front of|behind|in|on|from|round|around) \S"
    r"|(?:kick-?off|kickoff|start|warm-?up|training|practice|rehearsal|registration|doors)"
    r" (?:is |at |from |'s )?(?:\d|noon|midday)"
    r"|(?:please )?(?:be|get) (?:there|here|at the \w+)(?: (?:by|at|for|from|before) \S+"
    r"(?: ?(?:am|pm))?)?"
    r"|(?:please )?(?:remember to |don't forget to |dont forget to )?(?:bring|wear|pack)"
    r" (?:your |some |a |an |the |plenty of |spare |extra |warm |comfy |comfortable )?[\w'-]+"
    r"|(?:please )?(?:remember|don't forget|dont forget) (?:your |the |some |a )[\w'-]+"
    r"|(?:i'll|i will|i can|i'm|i am|we'll|i'll be|happy to) (?:bring|bringing|grab|pick up|drop"
    r" off|sort|do) (?:the |some |a |an |my |our |extra |spare )?(?:cones|bibs|balls|kit|snacks"
    r"|water|drinks|cake|biscuits|food|sandwiches|tea|coffee|urn|chairs|tables|gazebo|banner"
    r"|leaflets|clipboards|lists|sheets|pens|badges|rosettes|lanyards|keys|car|van|lifts?"
    r"|first aid(?: kit)?)\b"
    r"|(?:i'll|i can|i will|happy to) (?:drive|give (?:people |anyone |you )?(?:a )?lifts?"
    r"|car ?share)\b"
    r"|(?:the )?(?:parking|car park|entrance|door|gate|toilets|loos) (?:is|are|'s) (?:round"
    r"|around|at|behind|by|next to|opposite|on|in|through|via|free|open|locked)\b"
    r"|(?:park|parking) (?:round|around|behind|at|on|in|opposite) (?:the )?\w+"
    r"|(?:see|meet) (?:you|everyone|y'all|you all) (?:there|at|outside|on|tomorrow|saturday"
    r"|sunday|monday|tuesday|wednesday|thursday|friday|later|soon)\b"
    r")"
)
# What makes an arrangement more than that: a forecast's word, a share, money, a year, a sayer.
_MORE_THAN_ARRANGEMENT = re.compile(
    r"\b(?:won't|would|could|should|going to|expects?|expected|predicts?|forecasts?|says?"
    r"|said|told|open in|opens in|(?:19|20)\d\d|percent|million|billion|turnout|votes?"
    r"|until|till|next (?:year|month|season|spring|summer|autumn|winter)|this year|from next"
    r"|elected|win|lose)\b|[%$€£]"
)
_MAX_ARRANGEMENT_WORDS = 16

# An answer to "who can make it?": "Can do mornings", "I'm free Saturday", "Count me in",
# "Can't make it, sorry", "Not this week", "Available after 6", "I can make Tuesday".
_DAY_OR_TIME = (
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?|mornings?|afternoons?|evenings?|nights?"
    r"|weekends?|weekdays?|lunch(?:times?)?|today|tonight|tomorrow|then|that|it|either|both"
    r"|the \w+|this \w+|next \w+|\d{1,2}(?:[.:]\d\d)?(?: ?(?:am|pm))?(?:st|nd|rd|th)?|all day"
    r"|any ?time|after \w+|before \w+|from \w+|till \w+|until \w+|first thing"
)
_AVAILABILITY = re.compile(
    r"^(?:(?:yes|yeah|yep|no|nope|sorry|ok|okay|sure|hi|hey|all|guys|and|but|also|so|i think"
    r"|probably|should be|hopefully|afraid|unfortunately)[,!.]?\s+)*(?:"
    r"(?:i |we )?(?:can|could|can't|cant|cannot|could not|couldn't) (?:do|make|manage|come"
    r"|help(?: out)?|join|be there)(?: (?:on |in |at |the )?(?:" + _DAY_OR_TIME + r"))*"
    r"|(?:i'm|i am|we're|we are|i'll be|we'll be|should be|i should be)"
    r" (?:free|around|available|about|busy|away|out|off|in|up for it|up for that|down)"
    r"(?: (?:on |in |at |for |all )?(?:" + _DAY_OR_TIME + r"))*"
    r"|(?:free|available|around|busy|away)(?: (?:on |in |at |all )?(?:" + _DAY_OR_TIME + r"))+"
    r"|count (?:me|us) (?:in|out)|(?:i'm|i am|we're|we are) (?:in|out)"
    r"|(?:not|can't|cant) (?:this|that|next) (?:week|weekend|time|one|\w+day)"
    r"|(?:" + _DAY_OR_TIME + r") (?:works|suits|is good|is fine|is better|'s good|'s fine)"
    r"(?: for (?:me|us))?"
    r"|(?:works|suits) (?:for )?(?:me|us)"
    r")(?:\s*(?:,|but|and|or)?\s+(?:not|either|(?:" + _DAY_OR_TIME + r")))*"
    r"(?:[,.!\s]+(?:sorry|soz|sadly|unfortunately|i'm afraid|afraid|though|tho|mate|all|x+"
    r"|for (?:now|sure)))*$"
)
_MAX_AVAILABILITY_WORDS = 12

# A message that hands a draft round or asks how it reads: "Quick one, this is going in
# Tuesday's leaflet, tell me if it reads ok:", "Draft below, thoughts?", "Does this sound
# right:". The draft under it is the sender's own words, read on its own.
_FEEDBACK = re.compile(
    r"\b(?:(?:tell|let) (?:me|us) (?:know )?(?:if|whether|what you think|how)"
    r"|lmk (?:if|what|how)|shout if|any (?:thoughts|feedback|comments|edits|changes)"
    r"|(?:thoughts|feedback|comments|edits) (?:please|welcome|pls|on this|below)"
    r"|(?:does|do|will) (?:this|it|that) (?:read|sound|look|work) (?:ok|okay|alright|right|fine"
    r"|good|clear)|(?:reads|sounds|looks) (?:ok|okay|alright|right|fine|good)"
    r"|(?:draft|wording|copy|text|blurb) (?:below|here|attached|for|of)"
    r"|(?:here's|here is|this is) (?:the|my|a|our) (?:draft|wording|copy|text|blurb|leaflet"
    r"|post|statement)"
    r"|(?:going|goes|to go) (?:in|on|into) (?:the |our |tuesday's |\w+'s )?(?:\w+ )?(?:leaflet"
    r"|newsletter|post|flyer|email|statement|press release|website|programme|bulletin))\b"
)
# The words an ask for comments cannot do without (a cheap look first).
_DRAFT_WORDS = ("tell ", "let me", "let us", "lmk", "shout", "thoughts", "feedback", "comment")
_DRAFT_WORDS += ("edits", "draft", "wording", "blurb", " ok", "okay", "alright", "fine")
_MAX_FEEDBACK_WORDS = 30

# A suggestion of wording or of what to do: "Maybe say 'by next summer' for the crossing?",
# "How about 'by spring'", "I'd put 'within a year'", "Why don't we do Elm St first".
_SUGGESTION = re.compile(
    r"^(?:(?:love it|nice|good|great|ok|okay|so|and|but|also|hmm|yeah|or)[,.!]?\s+)*(?:"
    r"(?:maybe|perhaps|why not|how about|what about|could we|can we|should we|shall we"
    r"|we could|you could)(?: we| you| i)?(?: just)?(?: (?:say|saying|put|putting|write"
    r"|writing|use|using|go with|change it to|changing it to|word it as|add|adding|swap"
    r"|swapping)\b)(?=.*\bzzquotedzz\b)"
    r"|(?:how about|what about|maybe|perhaps|or) zzquotedzz"
    r"|(?:how about|what about|why don't|why not|shall|should) we (?:do|knock|leaflet|meet|start"
    r"|try|go|hit|cover|split|canvass|call|phone|text)\b"
    r")"
)
# Quoted words, as a suggestion of wording gives them: "by next summer", 'within a year'.
_QUOTED = re.compile(r"[\"“”]([^\"“”]{1,60})[\"“”]|(?<!\w)['‘]([^'‘’]{1,60})['’](?!\w)")
# The first words a suggestion can open with (a cheap look first).
_SUGGESTION_OPENERS = frozenset({
    "maybe", "perhaps", "why", "how", "what", "could", "can", "should", "shall", "we", "you",
    "or", "love", "nice", "good", "great", "ok", "okay", "so", "and", "but", "also", "hmm",
    "yeah",
})  # fmt: skip
# The first words arrangements, availability, banter and praise can open with (a laugh or
# emoji alone aside): any other, and a sentence is none of them (a cheap look first).
_TALK_OPENERS = frozenset({
    # Openers and addressees.
    "morning", "afternoon", "evening", "hi", "hey", "ok", "okay", "right", "so", "and", "also",
    "reminder", "quick", "all", "everyone", "guys", "team", "folks", "ps", "p.s", "yes",
    "yeah", "yep", "no", "nope", "sorry", "sure", "but", "i", "probably", "should",
    "hopefully", "afraid", "unfortunately", "ha", "haha", "oh", "ah", "aw", "omg", "wow",
    "mate", "lads", "yess", "noo",
    # Arrangements.
    "the", "meeting", "meet", "meetup", "meet-up", "muster", "assembly", "pickup", "pick-up",
    "dropoff", "drop-off", "we're", "we", "we'll", "let's", "gathering", "kick-off", "kickoff",
    "kick", "start", "warm-up", "warmup", "training", "practice", "rehearsal", "registration",
    "doors", "please", "be", "get", "remember", "don't", "dont", "bring", "wear", "pack",
    "i'll", "i'm", "happy", "parking", "car", "entrance", "door", "gate", "toilets", "loos",
    "park", "see",
    # Availability.
    "can", "could", "can't", "cant", "cannot", "couldn't", "free", "available",
    "around", "busy", "away", "count", "not", "either", "both", "any", "anytime", "after",
    "before", "from", "mornings", "afternoons", "evenings", "weekends", "weekend",
    "weekdays", "today", "tonight", "tomorrow", "then", "that", "it", "this", "next", "works",
    "suits", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
    # Banter and praise.
    "absolute", "total", "a", "an", "legend", "legends", "hero", "star", "champ", "superstar",
    "beast", "machine", "you", "you're", "do", "touch", "fingers", "knock", "let", "come", "in",
    "dream", "as", "go", "love", "nailed", "smashed", "boom", "nice", "hear", "that's", "well",
    "great", "good", "looks", "sounds", "reads", "perfect", "brilliant", "spot", "lovely",
    "agreed",
})  # fmt: skip
_OPENING_WORD = re.compile(r"[\w'’.-]+")
_MAX_SUGGESTION_WORDS = 30
_MAX_TALK_SPACES = 16  # no sentence of talk is longer
_DIGIT = re.compile(r"\d")
_MAX_CHARS = 400
_MAX_REASON_WORDS = 8  # "people like a date": a suggestion's reason, said after it


def _words(text: str) -> list[str]:
    return _NOT_WORD.sub(" ", text).split()


def _bare(text: str) -> str:
    """Lower case, straight apostrophes, emoji and brackets dropped, stops at the end dropped."""
    lowered = text.lower().replace("’", "'").replace("‘", "'")
    return " ".join(_NOT_WORD.sub(" ", lowered).split()).strip(" .,:!?-")


def banter(text: str) -> bool:
    """Whether a message is banter: a laugh with a few words and no claim's verb ("let them
    come lol", "haha no chance", "Don't jinx it 😂", "😂😂"), or a cheer or a tease alone
    ("legend 🙌", "bring it on", "fingers crossed"). "no chance they win the seat" and "they
    won't win lol" are not."""
    return _banter(text, _bare(text))


def _banter(text: str, bare: str) -> bool:
    if not bare:
        return not _ANY_WORD.search(text) and bool(text.strip())  # only emoji: "😂😂", "🙌"
    lowered = text.lower()
    if any(mark in lowered for mark in _LAUGH_MARKS) and _LAUGH.search(lowered):
        rest = _LAUGH.sub(" ", bare).split()
        if len(rest) <= _MAX_BANTER_WORDS and not _CLAIM_WORD.search(" ".join(rest)):
            return True
    return len(bare.split()) <= _MAX_BANTER_WORDS and _BANTER.match(bare) is not None


def arrangement(text: str) -> bool:
    """Whether a sentence only arranges: a meeting point and time, what to bring or wear,
    who brings what, where to park ("Meeting point 10am outside the Co-op on Elm St",
    "Kick-off 2pm, be there by 1.30", "I'll bring the cones", "Parking is round the back").
    Not with a forecast, a share, money, a year or a sayer in it ("The new stadium will open
    in 2028", "Turnout was under 30%")."""
    return _arrangement(_bare(text))


def _arrangement(bare: str) -> bool:
    return (
        0 < len(bare.split()) <= _MAX_ARRANGEMENT_WORDS
        and _ARRANGEMENT.match(bare) is not None
        and _MORE_THAN_ARRANGEMENT.search(bare) is None
    )


def availability(text: str) -> bool:
    """Whether a message only says when its writer can come: "Can do mornings", "I'm free
    Saturday", "Count me in", "Can't make it, sorry", "Saturday works for me"."""
    return _availability(_bare(text))


def _availability(bare: str) -> bool:
    return (
        0 < len(bare.split()) <= _MAX_AVAILABILITY_WORDS and _AVAILABILITY.match(bare) is not None
    )


def asks_for_feedback(text: str) -> bool:
    """Whether a message hands a draft round or asks how it reads ("Quick one, this is going
    in Tuesday's leaflet, tell me if it reads ok:", "Draft below, thoughts?"). The lines of
    the draft are not read here: they stay the sender's own."""
    if not _has_any(text.lower(), _DRAFT_WORDS):  # a cheap look first
        return False
    bare = _bare(text)
    if not bare or len(bare.split()) > _MAX_FEEDBACK_WORDS:
        return False
    return _FEEDBACK.search(bare) is not None


def suggestion(text: str) -> bool:
    """Whether a sentence suggests wording or what to do ("Maybe say \"by next summer\" for
    the crossing?", "How about 'by spring'", "Why don't we do Elm St first"), even with a
    date in it. A hedged forecast ("Maybe rates fall by summer") is not."""
    if text.count(" ") > _MAX_SUGGESTION_WORDS:
        return False
    bare = _bare(text)
    if _first_word(text) not in _SUGGESTION_OPENERS:  # a cheap look first
        return False
    bare = _bare(text)
    if not bare or len(bare.split()) > _MAX_SUGGESTION_WORDS:
        return False
    marked = _QUOTED.sub(" zzquotedzz ", normalise(text).strip())
    return _SUGGESTION.match(" ".join(_NOT_WORD.sub(" ", marked).lower().split())) is not None


def _first_word(text: str) -> str:
    found = _OPENING_WORD.search(text)
    return found.group().lower().replace("’", "'").rstrip(".") if found else ""


def _laughs(text: str) -> bool:
    return _has_any(text.lower(), _LAUGH_MARKS) or (
        bool(text.strip()) and not _ANY_WORD.search(text)
    )


def _talk(part: str) -> bool:
    if part.count(" ") > _MAX_TALK_SPACES:  # most sentences: no need to read further
        return False
    if _first_word(part) not in _TALK_OPENERS and not _laughs(part):  # a cheap look first
        return False
    bare = _bare(part)
    return _banter(part, bare) or _arrangement(bare) or _availability(bare) or _praise(bare)


@_kept
def group_talk(text: str) -> bool:
    """Whether a chat message is no claim: each of its sentences an arrangement, an answer
    about availability or banter; a request for comments on a draft; or a suggestion of
    wording, with a short reason after it ("Love it. Maybe say \"by next summer\" for the
    crossing? people like a date"); or a retort ("Sure, tell that to the night-bus crowd.",
    ``retorts``). Shapes: ``banter``, ``arrangement``, ``availability``,
    ``asks_for_feedback``, ``suggestion``. Source: campaign, club, family and work group
    chats as exported from WhatsApp, Slack and Teams."""
    if len(text) > _MAX_CHARS:
        return False
    if text.count(" ") < _MAX_FEEDBACK_WORDS and asks_for_feedback(text):
        return True
    if retort(text):  # "cool, tell that to my regulars.": the words before thrown back
        return True
    first = _first_word(text)
    if first not in _TALK_OPENERS and first not in _SUGGESTION_OPENERS and not _laughs(text):
        return False  # most statements: no need to read further
    return _talk_throughout(text.strip())


def _parts(text: str) -> Iterator[str]:
    """The sentences of a message, one at a time (most messages fail at the first)."""
    start = 0
    for boundary in _PARTS.finditer(text):
        if text[start : boundary.start()].strip():
            yield text[start : boundary.start()]
        start = boundary.end()
    if text[start:].strip():
        yield text[start:]


def _talk_throughout(text: str) -> bool:
    suggested = False
    reason_words = 0
    for part in _parts(text):
        if suggested:
            reason_words += len(_words(part))
            if reason_words > _MAX_REASON_WORDS or _DIGIT.search(part):
                return False
        elif suggestion(part):
            suggested = True
        elif not _talk(part):
            return False
    return bool(text)


# Praise of the message above, alone: "Love it", "Looks good", "Spot on".
_PRAISE = re.compile(
    r"^(?:love (?:it|this|that)|(?:looks|sounds|reads) (?:good|great|fine|ok|okay)|nice|great"
    r"|perfect|brilliant|spot on|good stuff|lovely|yes|yeah|ok|okay|agreed)(?: \w+)?$"
)
_MAX_PRAISE_WORDS = 3


def _praise(bare: str) -> bool:
    return bool(bare) and len(bare.split()) <= _MAX_PRAISE_WORDS and _PRAISE.match(bare) is not None
