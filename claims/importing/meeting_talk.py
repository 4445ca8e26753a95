"""The running of a meeting, a hearing or a talk: sentences that move it along and claim
nothing.

- A chair's welcome: "Good morning, all, and welcome to the Parks and Leisure Board.",
  "Welcome back to this afternoon's session." Only the welcome: "Welcome; the new pool
  opened on time" says something after it.
- A sound or screen check answered: "Yes, we can hear you fine, Mayor.", "Yep, I can see
  your screen.", "Loud and clear."
- An agenda item called or put off: "Item three is the harbour dredging report.", "Item
  four, the library hours review, is deferred to the next meeting.", "The next item is
  public questions." A noun phrase only: "Item three is £2 million over budget" is a fact.
- A chair keeping time or closing: "Right, let's keep going.", "Let's move on.", "Okay, I
  think that's everything.", "That's all we have time for tonight.", "OK, we're almost at
  time.", and walking through the agenda: "So the agenda today is the FY27 plan.", "Alright,
  next is the capital plan.", "OK, let's do fuel."
- Leaving the call and its logistics: "I'll drop off since my piece is done.", "Joanna sends
  her apologies, she's at the trade show all week.", "I'll send the notes around after this."
- A subject put off to later in the meeting's own words: "Let's revisit once the model is
  in.", "Sounds good, let's come back to this when legal has looked.", "Let's park that."
- A bare rejoinder whose subject was said before: "We've heard all that before.", "I
  wouldn't put it that way.", "It's a promise, Councillor."
- A talk's aside to its audience, said around the laughter it draws: "No, seriously, it's
  in the river now.", "Now, I'm not a cynic.", "Okay, I'm a little bit of a cynic.", and a
  signpost to what comes next: "And here's the bit nobody wants to hear."

Sources of the shapes: council and committee meetings as their caption files and minutes
give them, parliamentary committee hearings, conference and TED-style talk transcripts (the
audience's reaction marked "(Laughter)"), video-call transcripts. Pure functions on one
sentence; a figure, a horizon or a second clause keeps the sentence a claim.
"""

import re

from claims.importing.horizon_readings import read_horizon
from claims.importing.wording import _LONG_AGO, normalise

__all__ = ["meeting_talk"]

_MAX_WORDS = 16
_OPEN = (
    r"(?:(?:and|but|so|now|ok|okay|right|great|well|yes|yeah|yep|no|thanks|thank you"
    r"|alright|oh)[,.!]? )*"
)
# Whom the line is said to, at its end: ", Chair.", ", Senator Hale."
_TO = (
    r"(?:, (?:chair|madam chair|mr chair|chairman|chairwoman|mayor|senator|councillor|councilor"
    r"|minister|secretary|everyone|all|folks|team|[a-z][\w'-]*)(?: [a-z][\w'-]*)?)?"
)
_END = r"[.!]*$"

_WELCOME = (
    r"(?:(?:good (?:morning|afternoon|evening)|hello|hi|evening|morning)(?:,? (?:everyone|all"
    r"|everybody|folks|colleagues|members))?,? (?:and )?)?welcome(?: back)?(?:,? (?:everyone"
    r"|all|everybody))? to (?:the|this|our|today's|tonight's|this (?:morning|afternoon|evening)'s)"
    r"(?: [\w'&-]+){0,7} (?:committee|board|meeting|session|hearing|forum|council|assembly"
    r"|panel|webinar|call|show|podcast|episode|talk|conference|summit|briefing|inquiry"
    r"|association|group|sitting|workshop|event|seminar|town hall|debate|stream|lecture"
    r"|cabinet|subcommittee|commission|estimates|program|programme|club|society)"
)
_CHECK = (
    r"(?:(?:i|we) can (?:hear|see) (?:you|it|that|them|everyone|your screen|the screen|the"
    r" slides?|the deck)(?: (?:fine|now|okay|ok|clearly|perfectly|well|just fine))?"
    r"|loud and clear|(?:you're|you are) (?:coming through )?(?:loud and clear|fine|clear))"
)
_NUMBER = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}[a-z]?)"
_ITEM = (
    rf"(?:(?:agenda )?item (?:number )?{_NUMBER}|the (?:next|last|final|first) item(?: on the"
    r" agenda)?)"
    r"(?:,[^,0-9]{1,60},)?"
    r" (?:is|will be|has been|'s)"
    r" (?:(?:deferred|postponed|withdrawn|held over|carried over|moved|taken)"
    r"(?: (?:to|until|at) (?:the|our) (?:next|following|[a-z]+) (?:meeting|session|sitting))?"
    r"|(?:the |an |a |our )?(?!.*\b(?:is|are|was|were|will|has|have|had|which|that)\b)"
    r"[\w'&-]+(?: [\w'&-]+){0,7})"
)
_KEEP_MOVING = (
    r"(?:let's|let us|we need to|we should) (?:keep (?:it )?(?:moving|going)|move (?:on"
    r"|things along|along)|crack on|press on|get (?:started|going|underway)|make a start)"
    r"(?: to (?:the next (?:item|question|point|speaker)|item \w+|questions))?"
    r"(?: (?:then|now|please|shall we))?"
)
# A subject put off: "Let's revisit once the model is in.", "Let's park that for now."
_PUT_OFF = (
    r"(?:sounds good[,.!]? )?(?:let's|let us|we can) (?:revisit|come back to|return to|park"
    r"|pick (?:this|it|that) (?:back )?up|circle back(?: on| to)?|regroup(?: on)?)"
    r"(?: (?:this|it|that|the (?:[\w'-]+ ){0,2}[\w'-]+))?(?: again)?"
    r"(?: (?:once|when|after) (?:[\w'-]+ ){1,6}[\w'-]+| later| then| for now)?"
)
_CLOSING = (
    r"(?:i think |i believe )?(?:that's|that is|that was) (?:everything|all|it|the lot)"
    r"(?: (?:for (?:today|tonight|this (?:meeting|session|evening|morning|afternoon)|now)"
    r"|from me|on the agenda|we have time for(?: (?:today|tonight))?))?"
)
_REJOINDER = (
    r"(?:(?:we've|i've|we have|i have) (?:all )?heard (?:all )?(?:that|this|it)(?: all)?"
    r" (?:before|a hundred times|many times)"
    r"|i (?:wouldn't|would not|don't|do not) (?:say|put it|go) (?:that|like that|that way|that"
    r" far)"
    r"|(?:it's|it is|that's|that is) (?:a|an|our|my) (?:firm |real |solid |clear )?"
    r"(?:commitment|promise|pledge|guarantee))"
)
_ASIDE = (
    r"(?:no,? (?:really|seriously|honestly|i'm serious|i promise|i kid you not),"
    r" (?:it's|it is|he's|she's|they're|that's|i'm|we're)(?: (?:still|really|actually|now))?"
    r" (?:in|on|at|under|inside|behind|gone|true|real|there|not a joke)(?: [\w'-]+){0,3}"
    r"|i'm (?:not )?(?:a |an )?(?:(?:little|tiny|wee) )?(?:bit of an? )?(?:pessimist|optimist"
    r"|cynic|sceptic|skeptic|romantic|idealist|worrier|nerd|geek|luddite|contrarian)"
    r"|(?:here's|here is|this is|now for) (?:the|where the) (?:part|bit|thing|catch|kicker|twist"
    r"|hard part|good news|bad news|uncomfortable part)(?: (?:that )?(?:people|nobody|no one"
    r"|you|most people|everyone|we|i) (?:don't|doesn't|won't|never|really don't|really doesn't)?"
    r" ?(?:like|want|wants|need|needs|love|likes|hate|hates|expect|expects)? ?(?:to hear"
    r"|hearing|to talk about|to know)?)?)"
)
_MEETING_TALK = re.compile(
    rf"^{_OPEN}(?:{_WELCOME}|{_CHECK}|{_ITEM}|{_KEEP_MOVING}|{_PUT_OFF}|{_CLOSING}|{_REJOINDER}){_TO}{_END}"
    rf"|^{_OPEN}{_ASIDE}{_END}"
)
# The agenda walked through, time kept: "So the agenda today is the FY27 plan.", "Alright,
# next is the capital plan.", "Last thing on the plan itself is headcount.", "OK, let's do
# fuel.", "OK, we're almost at time." A topic only, which may carry a year's name ("the FY27
# plan"); a time of its own ("let's do it by March") or a clause makes it a claim.
_TOPIC = (
    r"(?!.*\b(?:is|are|was|were|will|would|has|have|had|which|that|because|but|by|before"
    r"|until|till|within|after|in|next|end|won't|can|could|should|must)\b)(?:the |a |our |your "
    r"|some )?[\w'&/-]+(?: [\w'&/-]+){0,5}"
)
_AGENDA_TURN = re.compile(
    rf"^{_OPEN}(?:(?:the|our|today's) agenda(?: (?:today|for today|this (?:morning|afternoon"
    r"|week)|tonight))? is|(?:next|first|last)(?: up)? is|(?:the )?(?:last|final|next|first)"
    r" thing(?: on [\w' ]{1,30}?)? is|let's (?:do|start with|go to|move to|turn to)) "
    rf"{_TOPIC}{_TO}{_END}"
    rf"|^{_OPEN}(?:we're|we are) (?:almost|nearly|just about|already|now|right) (?:at|out of"
    rf"|over) time{_TO}{_END}"
    # "So three things today.", "Let's take that offline.", "Let's keep an eye on that one."
    rf"|^{_OPEN}(?:(?:one|two|three|four|five|a few|a couple of) (?:things|items|topics)"
    r" (?:today|this (?:morning|afternoon|week)|on the agenda|to cover)"
    r"|let's (?:take (?:that|this|it) offline|keep an eye on (?:that|this|it)(?: one)?)"
    rf"|let's (?:come back to|circle back to|park) [\w'-]+(?: at the end| later| next time)?)"
    rf"{_TO}{_END}"
)
# Leaving the call and its logistics: "I'll drop off since my piece is done.", "I'm going to
# drop off, but Sofia has my number if anything comes up.", "Joanna sends her apologies,
# she's at the trade show all week.", "I'll send the notes around after this."
_NO_FUTURE_AFTER = r"(?![^.]*\b(?:will|won't|going to)\b)[^.\d]{0,80}"
_LOGISTICS = re.compile(
    rf"^{_OPEN}(?:(?:i'm|i am) (?:going to|gonna|about to|having to)|i'll|i will|i (?:need|have"
    r"|got) to|i've got to|i must) (?:drop|hop|jump|head|sign) (?:off|out)(?: (?:now|early"
    r"|the call))?(?:,? (?:since|as|because|but|and|so) "
    rf"{_NO_FUTURE_AFTER})?{_END}"
    rf"|^{_OPEN}(?:[\w'-]+ ){{1,3}}(?:sends|sent|has sent) (?:his|her|their|its) apologies"
    rf"(?:[,;] {_NO_FUTURE_AFTER})?{_END}"
    rf"|^{_OPEN}(?:i'll|i will|we'll|we will) (?:send|circulate|share|email|post|put) (?:the|my"
    r"|our) (?:notes|minutes|slides|deck|recording|summary|link|invite|agenda|action items)"
    r"(?: (?:around|round|out|over|up))?(?: (?:to|with) (?:everyone|everybody|all|the group))?"
    r"(?: (?:after (?:this|the call|the meeting)|later(?: today| on)?|shortly|tonight))?"
    rf"{_END}"
)
_FUTURE_OR_FIGURE = re.compile(r"\d|%|£|\$|€|\bwill\b|'ll\b|\bgoing to\b")
_ITEM_NUMBER = re.compile(rf"\bitem (?:number )?{_NUMBER}\b")


def meeting_talk(text: str) -> bool:
    """Whether ``text`` (one sentence) only runs a meeting, a hearing or a talk (the module's
    docstring): a welcome, a sound check answered, an agenda item called, a chair keeping
    time or closing, a bare rejoinder, a talk's aside or signpost. A figure, a horizon or a
    second clause keeps it a claim: "Welcome; the lane cut journey times by 9%." and "Item
    two is the budget, which is £2 million over." are not meeting talk."""
    said = normalise(text).strip()
    if not said or len(said.split()) > _MAX_WORDS or ";" in said or ":" in said.rstrip(":"):
        return False
    if _AGENDA_TURN.match(said) or _LOGISTICS.match(said):
        return True
    if _FUTURE_OR_FIGURE.search(_ITEM_NUMBER.sub("item", said)):
        return False
    if _MEETING_TALK.match(said) is None:
        return False
    return not read_horizon(text, said_on=_LONG_AGO).phrase
