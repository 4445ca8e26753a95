"""A speaker's words about the talk itself, and a question laughed off: no claims.

- A signpost of what the speaker will say next, with nothing of it said yet: "I will tell
  you why.", "I'll come back to that in a minute.", "I'll explain why in a second.", "Let me
  walk you through three numbers.", "We'll get to that later." (the claim is what follows).
- A forecast announced before it is made: "I'll go out on a limb.", "And I'll put a number on
  total loans too.", "Let me make a prediction."; and another's view announced before it is
  told: "Joanna asked me to pass this on.", "Marcus Delane, chief economist at Corvell, sees
  it differently."
- A show's or a meeting's running: "We'll take a short break and be right back.", "Before
  we dive in, a quick word from our sponsor.", "Stay with us.", "Same time in two weeks.",
  "Let's pick this up next Thursday.", "If you enjoyed it, leave us a rating, it genuinely
  helps."
- A signpost closing a claim is no part of it: "I think that number is too high, and I will
  tell you why." claims only that the number is too high (``signpost_dropped``).
- A lecture's and a question time's running: "a quick word on micro mobility", "let me wrap
  up", "three takeaways on this last slide", "next slide please", the question repeated
  for the room ("so the question is whether autonomous buses are real or hype"), the floor
  given ("yes, in the middle", "one more") and the sound ("could you say that again").
- A question followed by a laugh or an emoji: "will the landlord even show up? lol",
  "Rates below 3% by June? 😂 sure". Chat writes a question so; it asks, it claims nothing.

Near misses stay claims: a signpost with its content on the line ("I'll tell you why: rates
fall by 2027"), a promise of an act ("I'll send the figures in a minute" is a small act,
read elsewhere), a question's answer after the laugh ("lol no, it ships in March").

Sources of the shapes: podcast and radio transcripts (ad reads, breaks), keynote and
lecture transcripts (signposts), meeting transcripts (the next meeting's time), group
chats (questions ended with "lol", "haha", an emoji). Pure functions.
"""

import re

from claims.importing.group_talk import LAUGH_WORD
from claims.importing.wording import normalise

_LEAD = r"^(?:(?:and|so|but|now|ok|okay|well|right|look|alright|all right)[,\s]+)*"
_SAY_NEXT = re.compile(
    _LEAD + r"(?:(?:i|we)(?:'ll| will| am going to|'m going to| are going to|'re going to"
    r"| want to| wanna| need to)|let me|let's|let us)\s+(?:quickly\s+|briefly\s+|just\s+)?"
    r"(?:tell you|explain|show you|come back to|get back to|get to|return to|circle back to"
    r"|say (?:a (?:bit|little|word) )?more|walk you through|go through|run through|touch on"
    r"|unpack|talk (?:a (?:bit|little) )?about|dig into|turn to|move on to|start with"
    r"|end with|finish with)\b(?P<rest>[^:;]*)[.!]?$"
)
# What a signpost may name without saying it: "why", "that", "three numbers", "in a minute".
_SIGNPOST_REST = re.compile(
    r"^(?:\s+(?:why|how|what|that|this|it|them|those|these|each|both|all of (?:this|that|them)"
    r"|(?:a|an|the|my|our|some|one|two|three|four|five|a few|a couple of)(?: \w+){0,2}"
    r"|in (?:a|one) (?:minute|second|moment|bit|sec)|later|shortly|soon|next|first|now"
    r"|at the end|in a moment|again|briefly|quickly|here|today|tonight|with you|you))*\s*$"
)
_SHOW_RUNNING = re.compile(
    _LEAD + r"(?:(?:we'll|we will|let's|let us|we're going to|we are going to)\s+(?:take|go to"
    r"|have)\s+(?:a\s+)?(?:short\s+|quick\s+|brief\s+)?break(?:[\s,]+(?:now|here|there"
    r"|right now|and (?:we'll )?be right back|and come back|for (?:a|one|two|five|ten|\d+)"
    r" (?:minute|minutes|moment|second|seconds|few minutes)))*[.!]*"
    r"|(?:we'll|we will)\s+be\s+right\s+back\b.{0,30}"
    r"|(?:stay with us|don't go anywhere|more after (?:the|this) break)\b.{0,30}"
    r"|(?:before we (?:dive|get|jump) in,?\s+)?(?:a|one) (?:quick |short |brief )?"
    r"(?:word|message|note) from (?:our|this (?:week|episode)'s|today's) sponsors?\b.{0,30}"
    r"|same time (?:next \w+|tomorrow|in (?:two|2|three|3|four|4) weeks)\b.{0,20}"
    r"|let's (?:pick (?:this|it) up|reconvene|regroup) (?:next|on|tomorrow|in|after)\b.{0,30}"
    # A show's call to its listeners: "If you enjoyed it, leave us a rating, it genuinely
    # helps.", "Rate and review wherever you listen."
    r"|(?:if you (?:enjoyed|liked|got something out of) (?:it|this|the show|the episode)"
    r"(?: today)?,?\s+)?(?:please\s+)?(?:leave us a (?:rating|review)|rate(?:,| and) review"
    r"|(?:hit )?subscribe|follow the show|tell a friend|share (?:it|this|this episode|the show)"
    r" with)\b.{0,50}"
    # A video's call to follow: "follow for part two where I show you my actual bill".
    r"|(?:and\s+)?follow\s+(?:me\s+)?for\s+(?:part\s+\w+|more|the\s+next\s+one)\b.{0,60}"
    # The show's or the briefing's close: "That's our show.", "That concludes today's press
    # conference.", "Tomasz Hallerud, Amara Ekwueme, thank you both."
    r"|that's\s+(?:our|the)\s+show(?:\s+for\s+(?:today|this\s+week|now))?[.!]*"
    r"|that\s+concludes\s+(?:today's|this|our|the)\s+(?:press\s+conference|briefing|session"
    r"|show|episode|meeting|hearing|call|webinar)[.!]*"
    r"|(?:[\w'’.-]+(?:\s+[\w'’.-]+){0,2},\s+){1,4}(?:and\s+)?thank\s+you(?:\s+(?:both|all"
    r"|everyone))?(?:\s+so\s+much)?(?:\s+for\s+(?:doing\s+this|coming\s+on|joining\s+(?:us|me)"
    r"|being\s+here|your\s+time))?[.!]*"
    r"|(?:one\s+|a\s+)?(?:last|final)\s+question(?:\s+for\s+(?:both\s+of\s+you|you\s+both|you"
    r"|each\s+of\s+you))?[.!:]*"
    r"|(?:[^.]{0,50},?\s+)?but\s+first,?\s+(?:a\s+)?(?:quick|short|brief)\s+break[.!]*"
    # The floor and the tape: "Let's play it.", "Amara, finish your thought.", "We'll start
    # with Rohan.", "Let's go to Kwame.", "I'll stop there and look forward to your questions."
    r"|let's\s+(?:play|hear|listen\s+to|roll)\s+(?:it|that|this|the\s+(?:clip|tape|message"
    r"|voicemail))[.!]*"
    r"|(?:[a-z'’-]+,\s+)?(?:go\s+ahead\s+and\s+)?finish\s+your\s+(?:thought|point|sentence)"
    r"[.!]*"
    r"|(?:we'll|we\s+will|let's|let\s+us)\s+(?:start|begin|go|turn)\s+(?:with|to|over\s+to)"
    r"\s+[a-z'’-]+(?:\s+[a-z'’-]+)?[.!]*"
    r"|i'll\s+(?:stop|leave\s+it)\s+there(?:\s+and\s+(?:look\s+forward\s+to|take)\s+"
    r"(?:your\s+)?questions)?[.!]*"
    r"|i'd\s+like\s+to\s+ask\s+(?:you\s+)?(?:about|a\s+question)\b[^.]{0,40}[.!]*"
    # The turn handed on: "One more thing before I hand over.", "With that, I'll hand over to
    # Jana."
    r"|(?:(?:one\s+more\s+thing|a\s+quick\s+(?:note|word|point))\s+before\s+i\s+hand"
    r"|(?:(?:and\s+)?with\s+that,?\s+)?(?:i'll|i\s+will|let\s+me)\s+hand)\s+(?:it\s+)?"
    r"(?:over|back)(?:\s+to\s+[\w'’-]+(?:\s+[\w'’-]+)?)?[.!:]*"
    r"|i'll\s+let\s+you\s+know[.!]*"
    # A newscast's running: "Our congressional correspondent Rafael Quintero-Blake starts us
    # off.", "Here's what she said.", "The news continues right now.", "We'll tell you who's
    # in its path.", "Jordan Eskelsen is tracking it in the Weather Center.", "Everybody in
    # the path of this thing, please stay safe."
    r"|(?:[\w'’.-]+\s+){1,6}(?:starts|kicks)\s+(?:us|things)\s+off(?:\s+(?:tonight|today"
    r"|this\s+(?:morning|evening|hour)))?[.!]*"
    r"|here's\s+(?:what|how)\s+(?:he|she|they|the\s+[\w'-]+(?:\s+[\w'-]+)?|[\w'-]+)\s+(?:said"
    r"|told\s+\w+|put\s+it|had\s+to\s+say|sounded)(?:\s+(?:earlier|today|tonight|yesterday"
    r"|this\s+(?:morning|afternoon|evening)))?[.!:]*"
    r"|(?:the\s+news|our\s+coverage|(?:our\s+)?special\s+coverage|the\s+program|the\s+show)"
    r"\s+continues\b(?:\s+(?:right\s+now|after\s+(?:this|the\s+break)|in\s+a\s+moment"
    r"|next))?[.!]*"
    r"|(?:we'll|we\s+will)\s+(?:tell|show)\s+you\s+(?:who|what|where|why|how|when)\b[^.]{0,40}"
    r"[.!]*"
    r"|(?:[\w'’.-]+\s+){1,6}is\s+(?:tracking|following|watching)\s+(?:it|this|that|the\s+\w+)"
    r"\s+(?:for\s+us\s+)?(?:in|from|at)\s+the\s+(?:[\w'-]+\s+){0,2}(?:center|centre|desk"
    r"|room|studio|newsroom)[.!]*"
    r"|(?:(?![^.,]*\b(?:will|won't|going\s+to)\b|[^.,]*')[^.\d]{0,60},\s+)?(?:please\s+)?"
    r"(?:stay|be|keep)\s+safe(?:\s+out\s+there)?(?:,?\s+"
    r"(?:everyone|everybody|folks|all))?[.!]*)$"
)
# "Which brings me to the question everyone asks me at dinner parties.": the next part named;
# "Which brings me to the budget, which will be cut by 2027" forecasts, and is none.
_NEXT_PART = re.compile(
    r"^(?:and |so )?(?:which|that|this) (?:brings|leads|takes) (?:me|us) (?:on )?to (?:the|my"
    r"|our|a|an|what)(?![\w' -]*\b(?:will|won't|wont|would|shall|going|expect\w*|\d+)\b)"
    r"(?: [\w'-]+){1,10}[.!]?$"
)
# A forecast announced, not yet made: "I'll go out on a limb.", "And I'll put a number on
# total loans too.", "Let me make a prediction." (the forecast is the next sentence).
_STAKE_AHEAD = re.compile(
    _LEAD + r"(?:i'll|i will|let me|i'm going to|i am going to|i'm gonna)\s+(?:go out on a limb"
    r"|stick my neck out|put a number on (?:it|that|this|[\w ]{1,30}? too)|make (?:a|some|a few"
    r"|two|three|my|one|another) (?:bold |quick |little |final )?(?:predictions?|calls?"
    r"|forecasts?)|go on (?:the )?record)(?:\s+(?:here|now|today"
    r"|too|then))*[.!:]?$"
)
# A thing to be told, announced: "Here is a number that keeps me up at night.", "Here's the
# question nobody asks." (``_HERE_IS``; what it is comes next).
_HERE_IS = re.compile(
    _LEAD + r"(?:here\s+is|here's)\s+(?:a|one|the|another|my)\s+(?:\w+\s+)?(?:number"
    r"|stat|statistic|figure|fact|thing|story|question|example|prediction|chart|graph|picture"
    r"|map|slide|quote|problem|point)(?:\s+(?:that|which|i|you|nobody|no one|everyone)\b"
    r"(?![^.]*\b(?:will|won't|going to)\b)[^.:;]*)?[.!]?$"
)
# Another's view announced, to be told next: "Joanna asked me to pass this on.", "Marcus
# Delane, chief economist at Corvell, sees it differently." (what they think comes next).
_RELAY_AHEAD = re.compile(
    r"^(?:(?:oh|and|so|but|now|ok|okay|well|also)[,\s]+)*(?:[\w'’.-]+(?:\s+[\w'’.-]+){0,3})(?:,[^,]{2,60},)?\s+(?:(?:asked|wanted|told)\s+"
    r"me\s+to\s+(?:pass|relay|share|mention|flag)\s+(?:this|that|something|it)(?:\s+(?:on"
    r"|along|with\s+(?:you|everyone|the\s+group)))?|(?:sees|saw|reads|read)\s+(?:it|this|that|things)"
    r"\s+differently|(?:has|takes|had|took)\s+a\s+different\s+view)[.!:]?$"
)
# A lecture's and a question time's running: "a quick word on micro mobility", "let me wrap
# up", "three takeaways on this last slide", "next slide please", the question repeated for
# the room ("so the question is whether autonomous buses are real or hype"), the floor given
# ("yes, in the middle", "one more"), the sound ("sorry, could you say that again").
_ROOM_RUNNING = re.compile(
    _LEAD + r"(?:(?:a|one)\s+(?:quick|brief|short|final)\s+(?:word|note)\s+on\s+(?:[\w'-]+\s*){1,4}"
    r"|(?:let me|let's|i'll|i'm going to|time to)\s+(?:just\s+)?wrap\s+(?:it\s+|things\s+)?up"
    r"(?:\s+(?:because|since|as)\s+i\s+(?:promised|said|want)[^.]{0,50})?"
    r"|(?:my\s+)?(?:one|two|three|four|five|\d)\s+(?:takeaways|things\s+to\s+take\s+away)"
    r"(?:\s+on\s+(?:this|the)\s+(?:last\s+|final\s+)?slide)?"
    r"|(?:next|previous|last)\s+slide(?:\s+please)?(?![^.]*\b(?:will|won't|\d))[^.]{0,50}"
    r"|(?:so\s+)?the\s+question\s+(?:is|was)\s+(?:whether|what|how|why|when|if|about|who)\b"
    r"[^:;,]{0,120}"
    r"|(?:(?:yes|yeah|okay|ok|sure|go\s+ahead|we've\s+got\s+(?:a\s+few|a\s+couple\s+of|five"
    r"|ten|two)\s+minutes)[,.]?\s+)*(?:in\s+the\s+(?:middle|front|back|corner)|at\s+the\s+"
    r"(?:front|back)|over\s+there|on\s+the\s+(?:left|right)|down\s+here|up\s+there"
    r"|(?:time\s+for\s+)?one\s+more(?:\s+question)?|(?:a|one)\s+last\s+question)"
    r"|(?:sorry,?\s+)?(?:could|can|would)\s+you\s+(?:say\s+that|repeat\s+(?:that|the\s+question))"
    r"(?:\s+again)?(?:,?\s+the\s+mic\s+didn't\s+pick\s+(?:it|that)\s+up)?"
    # A video's list announced and counted: "three things are about to happen to your bill
    # and nobody is talking about it", "number two, Vantor Energy".
    r"|(?:two|three|four|five|six|seven|\d)\s+things\s+(?:are\s+about\s+to\s+(?:happen|change)"
    r"|you\s+need\s+to\s+know|nobody\s+(?:tells|told)\s+you)\b[^.!?]{0,80}"
    r"|(?:and\s+)?number\s+(?:one|two|three|four|five|six|seven|\d)[,:.]\s+(?:and\s+this\s+is\s+the"
    r"\s+(?:big|important|last)\s+one,?\s+)?(?![^.]*\b(?:will|won't|wont|going\s+to)\b)"
    r"(?:[\w'’-]+\s*){1,5}"
    r")[.!?]*$"
)
# The next meeting's time: "Next sync is Thursday the 12th at ten, same link.", "The next
# monetary policy meeting is on 16 April, with the press conference at 14:45 CET.", "Budget
# meeting is Thu 19 March, 18:30 in the council chamber". Not with a forecast of it ("… and
# I expect a cut").
_NEXT_MEETING = re.compile(
    _LEAD
    + r"(?:the\s+|our\s+)?(?:next\s+)?(?:[\w-]+\s+){0,2}(?:meeting|sync|call|session|stand-?up"
    r"|catch-?up|check-?in|sitting|hearing|briefing|huddle)\s+(?:is|will\s+be|'s)\s+(?:on\s+"
    r"|at\s+|scheduled\s+for\s+|set\s+for\s+)?(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri"
    r"|sat(?:ur)?|sun)(?:day)?\b|\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+|(?:jan|feb|mar|apr|may|jun"
    r"|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{1,2}|the\s+\d{1,2}(?:st|nd|rd|th)|tomorrow"
    r"|next\s+\w+)"
    r"(?![^.;]*\b(?:will|won't|would|expects?|likely|probably|cuts?|hikes?|raises?|holds?)\b)"
    r"(?![^;]*\b(?:and|but|so)\s+(?:the|it|we|they|i|he|she|our|their)\b)"
    r"[^;]{0,100}$"
)
_MAX_SIGNPOST_WORDS = 14
_MAX_ROOM_WORDS = 24
# A laugh (``group_talk.LAUGH_WORD``, as banter is read) or any emoji after the question mark.
_LAUGHED_QUESTION = re.compile(
    rf"\?+[\s!.]*(?:(?:{LAUGH_WORD}|[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F\u200d])[\s!.]*)+$"
)


def talk_about_talk(text: str) -> bool:
    """Whether ``text`` only signposts what the speaker will say, or runs the show or the
    meeting (see the module's docstring). Takes a sentence; returns a bool."""
    lowered = normalise(text).strip()
    if len(lowered.split()) <= _MAX_ROOM_WORDS and _NEXT_MEETING.match(lowered):
        return True
    if len(lowered.split()) > _MAX_SIGNPOST_WORDS:
        return len(lowered.split()) <= _MAX_ROOM_WORDS and bool(_ROOM_RUNNING.match(lowered))
    if _SHOW_RUNNING.match(lowered) or _NEXT_PART.match(lowered) or _STAKE_AHEAD.match(lowered):
        return True
    if _HERE_IS.match(lowered) or _RELAY_AHEAD.match(lowered):  # "Here is a number …"
        return True
    if _ROOM_RUNNING.match(lowered):  # "a quick word on micro mobility", "yes, in the middle"
        return True
    found = _SAY_NEXT.match(lowered)
    return bool(found) and _SIGNPOST_REST.match(found["rest"].rstrip(".!…")) is not None


def laughed_question(text: str) -> bool:
    """Whether ``text`` is a question followed only by a laugh or emoji ("will it even open?
    lol", "By June? 😂"). Takes a sentence; returns a bool."""
    return _LAUGHED_QUESTION.search(normalise(text).rstrip()) is not None


_TRAILING_SIGNPOST = re.compile(
    r"(?i)[,;]?\s+(?:and|so|but)?\s*(?:i|we)(?:'ll|’ll| will| am going to|'m going to|’m going to)"
    r"\s+(?:tell you|explain|show you)\s+(?:why|how|what)(?:\s+in\s+a\s+(?:minute|second"
    r"|moment))?\s*(?=[.!]*\s*$)"
)


def signpost_dropped(text: str) -> str:
    """``text`` without a signpost closing it ("…, and I will tell you why."); ``text``
    itself when it has none, or when nothing else is left. Takes and returns a sentence."""
    left = _TRAILING_SIGNPOST.sub("", text)
    return left if left.strip(" .!") else text


# Why the speaker says it now, before what they say: "Since it came up in the Q&A: …", "Our
# base case, since a few of you asked: …". Its past ("asked", "came up") is the talk's, not
# the claim's.
_ASKED_FRAME = re.compile(
    r"(?i)(?:^|,\s*)(?:since|as|because)\s+(?:(?:a\s+few|some|several|many|a\s+couple|a\s+lot)"
    r"\s+of\s+you|you|someone|people|it|this|that)\s+(?:asked|have\s+asked|were\s+asking"
    r"|came\s+up|has\s+come\s+up|keeps\s+coming\s+up)(?:\s+(?:in|on|during)\s+(?:the\s+)?"
    r"[\w&-]+(?:\s+[\w&-]+)?)?(?:\s+(?:earlier|before|already|just\s+now"
    r"|a\s+(?:minute|moment|while)\s+ago))?\s*(?=[:,])[:,]?\s*"
)


# The speaker saying their forecast still holds, before it: "My own call hasn't changed: …",
# "Our view is unchanged: …", "My call stands: …". Its past ("hasn't changed") is the
# call's keeping, not the claim's.
_HELD_FRAME = re.compile(
    r"(?i)^(?:(?:and|so|but|anyway)[,\s]+)?(?:my|our)\s+(?:own\s+)?(?:call|forecast|prediction"
    r"|view|bet|number|estimate|take|guess|base\s+case)\s+(?:(?:hasn't|has\s+not|hasn’t)"
    r"\s+(?:changed|moved|budged)|is\s+(?:unchanged|the\s+same)|(?:still\s+)?stands)"
    r"(?:\s+(?:since|from)\s+[^:,—]{1,40})?\s*[:—]\s*"
)


def asked_frame_dropped(text: str) -> str:
    """``text`` without the frame that tells why it is said now ("Since it came up in the
    Q&A: we're planning …" → "we're planning …"; "Our base case, since a few of you asked:
    …" → "Our base case: …") or that the speaker's forecast still holds ("My own call
    hasn't changed: Eastline carries passengers …" → "Eastline carries passengers …");
    ``text`` itself when it has none, or when nothing else is left. Takes and returns a
    sentence."""
    held = _HELD_FRAME.match(text) if ":" in text or "—" in text else None
    if held is not None and text[held.end() :].strip(" .!"):
        text = text[held.end() :]
    found = _ASKED_FRAME.search(text)
    if found is None:
        return text
    left = text[: found.start()] + (": " if found.start() else "") + text[found.end() :]
    return left if left.strip(" .!:") else text
