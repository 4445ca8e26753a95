"""The running of a live online event (a webinar, a LinkedIn or YouTube live, a video call's
panel, a phone-in): sentences that handle the audience, the sound and the chat, and claim
nothing.

- The wait for the audience: "Hi everyone, welcome, I can see people still joining so give
  it a sec.", "We'll give it another minute for people to join.", "We'll get started in a
  minute."
- Sound, camera and screen: "I'm not sure my mic is on.", "Can you hear me?", "You're on
  mute.", "We can't hear you, sorry.", "Sorry, I was on mute.", "Let me share my screen.",
  and the answer to a sound check: "Yep, loud and clear — sorry, train wifi is awful."
- Calls to the chat: "Drop where you're watching from in the chat!", "Type it in the chat.",
  "Put your questions in the Q&A box.", "I'll read it out."
- A question relayed from the audience: "We've got a question from Deepak in the chat",
  "he's asking whether storage prices will keep falling this year", "Sam asks if the plant
  will open on time": the asker's question, told by the host, is nobody's claim (the
  answer that follows is).

A sentence is so only if every part of it is one of these (parts split at commas, "so",
"and" and dashes): "Welcome, prices will fall by 2027" claims something. Sources of the
shapes: webinar, live-stream and video-call transcripts (Zoom, Teams, LinkedIn Live,
YouTube Live auto-captions).
"""

from __future__ import annotations

import re

from claims.importing.wording import normalise

__all__ = ["live_talk"]

_MAX_WORDS = 30
_GREETING = (
    r"(?:hi|hello|hey|good (?:morning|afternoon|evening))(?: (?:everyone|everybody|all|folks"
    r"|there|again))?|welcome(?: (?:everyone|everybody|all|back))?|thanks (?:for|everyone)"
    r"(?: (?:joining|coming|being here|tuning in))?|thank you (?:for|all|everyone)(?: (?:joining"
    r"|coming|tuning in))?"
)
_WAIT = (
    r"(?:i can see |i see )?(?:people|folks|a few people|some people|everyone)(?: are)?"
    r" (?:still )?(?:joining|coming in|trickling in|arriving)"
    r"|give it (?:a|another) (?:sec|second|minute|moment|couple of minutes|few minutes)"
    r"(?: (?:for people|for everyone|for folks) to (?:join|arrive|come in))?"
    r"|(?:we'll|we will|let's|let us) (?:give it|wait) (?:a|another|one more) (?:sec|second"
    r"|minute|moment|couple of minutes|few minutes)(?: (?:for|to let) (?:people|everyone"
    r"|folks) (?:to )?(?:join|arrive|come in))?"
    r"|(?:we'll|we will|let's) (?:get started|start|kick off) in (?:a|one|two|a couple of)"
    r" (?:sec|second|minute|minutes|moment)"
)
_SOUND = (
    r"(?:i'm|i am) not sure (?:my|the) (?:mic|microphone|audio|camera|sound) is (?:on|working)"
    r"|(?:is|can) (?:my|the) (?:mic|microphone|audio|camera) (?:on|working)"
    r"|can (?:you|everyone|everybody) (?:hear|see) (?:me|us|my screen|the screen|my slides)"
    r"|(?:you're|you are|i was|i'm|i am|we're) (?:still )?on mute"
    r"|(?:we|i) (?:can't|cannot|can not) (?:hear|see) you(?: (?:anymore|at all|very well))?"
    r"|(?:you're|you are) (?:breaking up|frozen|cutting out)"
    r"|let me (?:share|stop sharing) my screen|(?:my|the) (?:camera|video)(?:'s| is) off"
    r"|(?:(?:i can )?hear you )?loud and clear"
    r"|(?:my |the )?(?:train |hotel |home |airport )?(?:wifi|wi-fi|connection|internet"
    r"|signal|bandwidth)(?:'s| is) (?:awful|terrible|bad|patchy|dreadful|rubbish|dodgy|slow"
    r"|not great)"
)
_CHAT = (
    r"(?:drop|put|type|post|pop|leave|add|write)(?: (?:it|them|that|your questions?|where"
    r" you're (?:watching|joining|listening) from|a comment|your comments?))?"
    r" (?:in|into|on) the (?:chat|q&a(?: box| tab)?|comments|question box)"
    r"|(?:i'll|i will|let me) read (?:it|them|that|those|the question) (?:out|aloud)"
    r"(?: for (?:you|everyone))?"
)
_RELAYED = (
    r"(?:we've got|we have|there's|here's|i've got|i have|got) (?:a|another|one more|an"
    r" interesting|a good|a great) question (?:from|in)\b.{0,60}"
    r"|(?:he|she|they|[a-z][\w'-]+)(?:'s| is|'re| are) asking (?:whether|if|about|what|how"
    r"|when|why|who)\b.*"
    r"|(?:[a-z][\w'-]+ )?asks (?:whether|if|about|what|how|when|why)\b.*"
)
# A live audio room's stage run by its host (X Spaces, Clubhouse, Discord stages): speakers
# brought up and dropping out, the replies' questions taken, the room's end.
_STAGE = (
    r"(?:let's|let me|i'm going to|i'll|we'll|going to) (?:bring|invite|add) (?:up )?"
    r"(?:@[\w.]+|you|[a-z][\w'-]+|them|him|her)(?: up)?(?: (?:on stage|as a speaker|to speak))?"
    r"|(?:[a-z][\w'-]+, )?you should (?:have|get|see) (?:a )?(?:speaker|request|co-host) invite"
    r"|(?:we've got|we have|there's|i see) (?:a )?request(?:s)? (?:to speak )?from @?[\w.]+"
    r"|(?:i think )?(?:we|i) (?:lost|dropped) (?:you|him|her|them)(?: there)?(?: [a-z]+)?"
    r"|(?:we'll|we will|let's) come back to (?:you|him|her|them)(?: (?:later|in a bit|in a sec))?"
    r"|(?:we're|we are|i'm|i am) going to take (?:more|some) questions from the (?:replies|chat"
    r"|comments|audience)|keep (?:them|the questions) coming"
    r"|this (?:space|room|stage|stream|session) has (?:ended|finished)"
)
_PART = re.compile(rf"^(?:{_GREETING}|{_WAIT}|{_SOUND}|{_CHAT}|{_RELAYED}|{_STAGE})$")
# Parts split at commas, dashes, "so", "and", "but" (not the "and" of "loud and clear").
_SPLIT = re.compile(r"\s*(?:,|;|\s—\s|\s–\s|\s-\s)\s*|\s+(?:so|(?<!loud )and|but)\s+")
_FILLER = frozenset({"sorry", "please", "thanks", "everyone", "everybody", "all", "folks"})
_OPEN = re.compile(
    r"^(?:(?:ok|okay|right|so|well|sorry|oh|ah|um|uh|yes|yeah|yep|yup|no)[,.!]?\s+)+"
)


def live_talk(text: str) -> bool:
    """Whether ``text`` (one sentence) only runs a live online event (the module's
    docstring): greets and waits for the audience, checks the sound, calls to the chat, or
    relays an audience's question. Every part must be one: "Welcome, prices will fall by
    2027" is a claim."""
    said = normalise(text).strip().rstrip(".!?… ").strip()
    if not said or len(said.split()) > _MAX_WORDS:
        return False
    said = _OPEN.sub("", said)
    parts = [_OPEN.sub("", part).strip(" .!?") for part in _SPLIT.split(said)]
    parts = [part for part in parts if part and part not in _FILLER]
    # A name said to someone at either end ("Rafiq, you should have a speaker invite", "I
    # think we lost you there, gridwatcher"): one word, beside a part that runs the event.
    ends = [i for i in (0, len(parts) - 1) if len(parts) > 1 and len(parts[i].split()) == 1]
    kept = [part for i, part in enumerate(parts) if i not in ends or _PART.match(part)]
    return bool(kept) and all(_PART.match(part) for part in kept)
