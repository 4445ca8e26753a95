"""Talk that claims nothing, by its shape: a line that trails off, a chat's question or
request written without a question mark, a turn cut off by the next speaker, a slogan
without a verb, and a newsletter's call to comment said at the end of a paragraph.

- Trailing off: "It's... yeah.", "I mean... anyway.", "We were, um... you know." Only
  pronouns, small verbs and filler around the break: "It's... a disaster." says something.
- A chat's question: "morning!! where are we on the iOS build", "any update on the permits",
  "who's got the Q3 numbers". A question word with its verb put before the subject, and no
  other verb after it: "where we are on the build is fine, it ships Friday" is a statement.
- A chat's request: "ben pls send me the crash dashboard link", "can someone share the deck".
  "I'll send the deck by Friday" is a promise, and stays a claim.
- A turn cut off: "-- Secretary, if I could --", "— if I may —", "Minister, can I just—".
  Only the words of asking for the floor, before or after a dash that breaks it off.
- Stress without a verb: "Jobs, jobs, jobs.", "Permits, Claire, permits.", "Safety first,
  always." A horizon makes a claim of it ("Every county, every permit, by the end of
  October.").
- A newsletter's call: "Tell me in the comments.", "Hit reply and tell me."
  (``page_chrome.chrome_line`` finds it when it is a line of its own.)
- A speech's signpost and the objection it answers next: "Here is what my administration will
  do.", "Some will say we can't afford this."
- A meeting's purpose said at its start ("So the plan is to walk through what I'll say at
  the presser.") and a figure disowned ("That's their number, not ours.").
- A publication's notice of its own schedule, a moderator's note, a line marked as a joke
  (``notices``): "No post next week (half term).", "Mod note: keep it civil pls.",
  "october 2036 more like 😂".
- A call's courtesies: an analyst's "Hey, thanks for taking my question, and congrats on the
  quarter.", a speaker's "Let me correct myself there." before the correction (the correction
  is the claim), and a sign-off to a meeting ahead: "See you in Chicago.", "See you all at
  investor day."

Sources of the shapes: earnings-call transcripts as published, Slack and Teams channels as
exported, call-in and committee transcripts (cut-off turns marked by a dash), campaign speech
transcripts, Substack's and Beehiiv's post endings. Pure functions.
"""

import re

from claims.importing.chatter import _FINITE
from claims.importing.horizon_readings import read_horizon
from claims.importing.notices import notice_or_joke
from claims.importing.talk import PAST_WORD
from claims.importing.wording import _LONG_AGO, _bare, normalise

_MAX_WORDS = 16

# ---- Trailing off.
_TRAIL = re.compile(r"\.\.\.|…|—|–|--")
# Words that say nothing by themselves: pronouns, small verbs, filler.
_EMPTY_WORDS = frozenset({
    "it's", "it", "is", "was", "that's", "that", "this", "i", "i'm", "i've", "we", "we're",
    "we've", "you", "you're", "they", "they're", "he", "she", "he's", "she's", "there's", "so",
    "and", "but", "well", "yeah", "yes", "no", "um", "uh", "erm", "er", "hmm", "like", "just",
    "mean", "know", "anyway", "anyways", "whatever", "sort", "of", "kind", "kinda", "sorta",
    "oh", "okay", "ok", "right", "were", "are", "be", "the", "a", "don't", "dunno", "guess",
    "really", "actually", "honestly", "basically", "what", "how", "say", "yep", "sure", "all",
    "then", "go", "do", "did", "thing", "stuff", "things", "said", "already",
})  # fmt: skip
_MAX_TRAIL_WORDS = 8


def trails_off(text: str) -> bool:
    """Whether ``text`` breaks off ("...", "…", a dash) with only pronouns, small verbs and
    filler around the break: "It's... yeah.", "I mean... anyway.", "So it's, um... you
    know." No claim: what the speaker meant is in the sentence after it."""
    if _TRAIL.search(text) is None:
        return False
    words = _bare(text).split()
    return 0 < len(words) <= _MAX_TRAIL_WORDS and all(w in _EMPTY_WORDS for w in words)


# ---- A chat's question with no question mark.
_GREETING = (
    r"(?:(?:morning|good morning|hi|hey|hello|yo|hiya|ok|okay|so|and|also|quick q|quick"
    r" question|sorry|um|uh|all|team|folks|everyone|guys|y'all|ping|btw|fyi|oh|right|well"
    r"|real quick|just checking|just wondering|q)\s+)*"
)
_WH = r"(?:where|when|what|who|how|why)"  # "which is …" opens a relative clause
_AUX = (
    r"(?:are|is|was|were|do|does|did|can|could|will|would|should|has|have|had|am|shall"
    r"|might|may)"
)
_CHAT_QUESTION = re.compile(
    rf"^{_GREETING}(?:"
    rf"{_WH}(?: (?:else|exactly|much|many|long|soon|far))? {_AUX} (?P<rest1>.+)"
    # "which team is …" asks; "which honestly is not good enough" is a relative clause
    rf"|(?:which|what|how many|how much) (?!\w+ly\b)[\w'-]+ {_AUX} (?P<rest3>.+)"
    r"|(?:where's|when's|what's|who's|how's|whats|wheres|whos|hows) (?P<rest2>.+)"
    r"|(?:any|got any|is there (?:an?|any)) (?:updates?|news|word|eta|progress|movement"
    r"|luck|joy|thoughts|idea|ideas) (?:on|re|about|from|with|for) .+"
    r"|(?:does|did|has|have|is) (?:anyone|anybody|someone|somebody|everyone) .+"
    r"|(?:anyone|anybody) (?:know|knows|seen|got|have|heard|around|free|able) ?.*"
    r")$"
)
_QUESTION_OPENERS = frozenset({
    "morning", "good", "hi", "hey", "hello", "yo", "hiya", "ok", "okay", "so", "and", "also",
    "quick", "sorry", "um", "uh", "all", "team", "folks", "everyone", "guys", "y'all", "ping",
    "btw", "fyi", "oh", "right", "well", "real", "just", "q", "where", "when", "what", "who",
    "how", "which", "why", "where's", "when's", "what's", "who's", "how's", "whats", "wheres",
    "whos", "hows", "any", "got", "is", "does", "did", "has", "have", "anyone", "anybody",
})  # fmt: skip
# A verb after the question's own: "what's clear is that rates will fall" is no question.
_SECOND_VERB = re.compile(
    r"\b(?:is|are|was|were|will|won't|would|can|could|should|must|may|might|has|have|had"
    r"|means|matters|shows|says)\b|'(?:ll|s|re|d|ve)\b"
)


def chat_question(text: str) -> bool:
    """Whether ``text`` is a question written without a question mark, as chats give them:
    "morning!! where are we on the iOS build", "any update on the permits", "who's got the
    Q3 numbers", "ok so when does the vendor ship". A question word and its verb, then no
    verb of a second clause: "where we are on the build is fine" and "what's clear is that
    rates will fall by 2027" are statements."""
    if "?" in text:
        return False  # a question marked as one, perhaps with its answer: read elsewhere
    bare = _bare(text)
    words = bare.split()
    if not words or len(words) > _MAX_WORDS or words[0] not in _QUESTION_OPENERS:
        return False
    found = _CHAT_QUESTION.match(bare)
    if found is None:
        return False
    rest = found["rest1"] or found["rest2"] or found["rest3"] or ""
    return _SECOND_VERB.search(rest) is None


# ---- A chat's request.
_PLEASE = r"(?:pls|plz|please|pl[sz]e|kindly)"
_WHO = r"(?:you|u|someone|somebody|anyone|anybody|one of you|y'all|you guys|we|i|ya|ye)"
_ASKING_VERB = (
    r"(?:send|share|forward|fwd|post|drop|dm|email|e-mail|upload|circulate|resend|re-send"
    r"|ping|cc|loop|add|invite|pass|put|attach|link|paste|give|get|grab|find|check|look"
    r"|review|sign|approve|confirm|update|fix|merge)"
)
_REQUEST = re.compile(
    rf"^{_GREETING}(?:(?P<name>[\w'-]+) )?(?:"
    rf"(?:can|could|would|will|can't|couldn't) {_WHO}(?: {_PLEASE}| maybe| possibly| just)*"
    rf" {_ASKING_VERB}"
    r"|(?:would|do) (?:you|u|anyone|someone) mind (?:sending|sharing|forwarding|posting"
    r"|dropping|checking|looking)"
    rf"|{_PLEASE}(?: just)? {_ASKING_VERB}"
    rf"|{_ASKING_VERB} (?:me|us|over|across)\b"
    r"|lmk\b|let me know (?:when|if|once|what|where|asap)"
    r")\b(?P<rest>.*)$"
)
_MAX_REQUEST_WORDS = 20
# What opens a promise or a report, not a name said to: "Will send over the contract".
_NO_NAME = frozenset({
    "will", "i'll", "we'll", "they'll", "he'll", "she'll", "i", "we", "they", "he", "she",
    "to", "gonna", "going", "shall", "would", "should", "must", "may", "might", "then",
    "just", "won't", "cannot", "can't", "never", "always", "also", "i'd", "we'd", "not",
})  # fmt: skip


def chat_request(text: str) -> bool:
    """Whether ``text`` asks someone in a chat to do something: "and ben pls send me the crash
    dashboard link when you get a sec", "can someone share the deck", "could you forward me
    the minutes pls". A request claims nothing; "I'll send the deck by Friday" (a promise)
    and "We will share the figures with the board in May" do, and are none."""
    bare = _bare(text)
    words = bare.split()
    if not words or len(words) > _MAX_REQUEST_WORDS:
        return False
    found = _REQUEST.match(bare)
    if found is None or found["name"] in _NO_NAME:
        return False
    # "can we share that rates will fall": a claim carried in the request's object.
    return re.search(r"\b(?:will|won't|would)\b", found["rest"]) is None


# ---- A turn cut off.
_CUT = re.compile(r"(?:—|–|--|-)\s*$|^\s*(?:—|–|--)")
# The words of asking for the floor, and whom they are said to.
_FLOOR_WORDS = frozenset({
    "if", "i", "could", "may", "might", "can", "just", "let", "me", "sorry", "but", "excuse",
    "with", "respect", "i'd", "like", "to", "say", "on", "that", "point", "a", "quick", "one",
    "no", "well", "and", "so", "look", "hang", "wait", "actually", "come", "in", "there",
    "secretary", "minister", "chair", "chairman", "chairwoman", "madam", "mr", "mrs", "ms",
    "dr", "senator", "councillor", "councilor", "mayor", "judge", "your", "honour", "honor",
    "sir", "ma'am", "order", "of", "the", "please", "briefly", "interrupt", "jump", "add",
    "thing", "second", "moment", "sec", "hold", "uh", "um", "er", "president",
    "speaker", "members", "member", "commissioner", "professor", "now", "yes", "yeah",
    "think", "want", "need", "you", "it", "this", "let's", "who", "what", "how", "is",
})  # fmt: skip
_NAME_TO = re.compile(r"^\s*(?:—|–|--)?\s*(?:[A-Z][\w'.-]*\s){0,2}[A-Z][\w'.-]*,\s+")
_MAX_CUT_WORDS = 9


def cut_off(text: str) -> bool:
    """Whether ``text`` is a turn cut off by the next speaker, marked by a dash before or
    after it, with only the words of asking for the floor: "-- Secretary, if I could --", "—
    if I may —", "Minister, can I just—", "Sorry, but—". "If I may — the budget balances by
    2027." says something, and stays."""
    if _CUT.search(text) is None:
        return False
    spoken = _NAME_TO.sub("", text)  # "Secretary, …": whom it is said to
    words = _bare(spoken).split()
    return 0 < len(words) <= _MAX_CUT_WORDS and all(w in _FLOOR_WORDS for w in words)


# ---- Stress without a verb.
_SLOGAN_FIRST = re.compile(r"^(?:[\w'-]+ ){1,2}first(?: always| every time| last and always)?$")
_MAX_SLOGAN_WORDS = 7


def verbless_emphasis(text: str) -> bool:
    """Whether ``text`` only stresses a word, with no verb, figure or horizon: "Jobs, jobs,
    jobs.", "Permits, Claire, permits.", "Safety first, always." "Every county, every
    permit, by the end of October." has a horizon, and is a claim."""
    if "," not in text or any(c.isdigit() for c in text):
        return False
    bare = _bare(text)
    words = bare.split()
    if not words or len(words) > _MAX_SLOGAN_WORDS:
        return False
    if _FINITE.search(bare) or PAST_WORD.search(bare):
        return False
    repeated = (words[0] == words[-1] and len(words) >= 2) or len(set(words)) < len(words) - 1
    if not repeated and not _SLOGAN_FIRST.match(bare):
        return False
    return not read_horizon(text, said_on=_LONG_AGO).phrase


# ---- A newsletter's call to comment or reply, inside a paragraph.
_CALL = re.compile(
    r"^(?:so |and |anyway |now |ok |okay |please )*(?:"
    r"(?:tell|let) me (?:know )?(?:what you think |your thoughts |where i'm wrong |if i'm"
    r" wrong |if you agree |what i missed |what i got wrong |your (?:own )?[\w-]+ )?"
    r"(?:in the comments|below"
    r"|by email|in a reply|on (?:twitter|x|bluesky|threads|substack notes))"
    r"|(?:hit|just hit|smash) (?:reply|the reply button|that reply button)(?: and .{0,60})?"
    r"|(?:reply|write back|reply to this email|just reply)(?: to this(?: email| post)?)?"
    r"(?: and (?:tell|let) me.{0,60})?"
    r"|(?:leave|drop|share|post) (?:me )?(?:a|your) (?:comment|thoughts|take)s?(?: below| in the"
    r" comments)?"
    r"|(?:see|meet|catch) you in the comments"
    r"|(?:comments|the comments) (?:are|is) open"
    r")$"
)


def newsletter_call(text: str) -> bool:
    """Whether ``text`` is a newsletter's call to comment or reply, as the last sentence of a
    paragraph gives it: "Tell me in the comments.", "Let me know what you think in the
    comments", "Hit reply and tell me". ``page_chrome`` takes it only as a line of its own;
    a paragraph ending "Am I wrong? Tell me in the comments." splits into sentences."""
    lowered = normalise(text)
    if len(lowered) > _MAX_CALL_CHARS or not any(w in lowered for w in _CALL_WORDS):
        return False
    return _CALL.match(_bare(text)) is not None


_MAX_CALL_CHARS = 120
_CALL_WORDS = ("comment", "reply", "me know", "tell me", "write back")


# ---- A call's courtesies.
_HELLO = r"(?:(?:hey|hi|hello|yeah|yes|great|good (?:morning|afternoon|evening))[,!.]? )*"
_CONGRATS = (
    r"(?:congrats|congratulations)(?: (?:again|to (?:you|the team|everyone)))?(?: on| for)"
    r"(?: (?:the|a|another|your|a great|a strong|a good|a solid|a nice|a record) [\w-]+(?: [\w-]+)?"
    r"| (?:the )?results)"
)
_COURTESY = re.compile(
    rf"^{_HELLO}(?:(?:and )?(?:thanks|thank you)(?: (?:so|very) much)?(?: (?:guys|all|everyone))?"
    r" for taking (?:my|our|the|a couple of|a few) (?:questions?|call)"
    rf"(?:,? and {_CONGRATS})?(?: (?:guys|all|everyone))?"
    rf"|{_CONGRATS},? and (?:thanks|thank you) for taking (?:my|our|the) questions?"
    r"|(?:let me|i (?:need|have|want) to|i should|i'll|i will|i'd like to) correct myself"
    r"(?: (?:there|here|on that|quickly|for a second))?"
    r"|(?:sorry,? )?i misspoke(?: (?:there|earlier|a moment ago|just now))?"
    r"|(?:(?:thanks|thank you),? (?:everyone|all)\.? )?(?:(?:we|i)(?:'ll| will| hope to)"
    r" (?:see|catch)|see|hope to see) (?:many of |some of |a lot of |lots of |most of )?"
    r"you(?: all| everyone| there| guys)?"
    r"(?: (?:in|at|on) (?!court\b)(?:the )?[\w'-]+(?: [\w'-]+)?"
    r"| next (?:quarter|time|week|month|year))"
    # A video's or a show's sign-off: "I'll see you in the next one", "That's it from me".
    r"|(?:(?:and|so) )?(?:(?:i|we)(?:'ll| will) )?(?:see|catch) you(?: all| guys| everyone)?"
    r" (?:in the next (?:one|video|episode|show)|next time|next (?:week|episode)|soon|later)"
    r"|(?:(?:and|so|okay|ok|well|right) )*(?:that's|that is) (?:it|all|about it)"
    r"(?: (?:from|for) (?:me|us|today|this (?:week|episode|video|one)|now))*"
    r")[.!]*$",
    re.IGNORECASE,
)


def call_courtesy(text: str) -> bool:
    """Whether ``text`` is a call's courtesy (the module's docstring): an analyst's thanks for
    taking the question, a speaker correcting themselves before the correction, a sign-off
    to a meeting ahead. Only the whole sentence: "Thanks for taking my question; will margins
    recover?" holds a question, and "See you in court by June" is a threat made."""
    text = " ".join(text.split())
    if _COURTESY.match(text) is not None:
        return True
    # A sign-off said with a call to comment: "that's it from me, let me know your own
    # timeline in the comments" (each clause one or the other, nothing else).
    clauses = [c for c in re.split(r",\s+|;\s+|\s+and\s+", text.rstrip(".!")) if c]
    return len(clauses) > 1 and all(
        _COURTESY.match(c) is not None or newsletter_call(c) for c in clauses
    )


# A meeting's purpose said at its start: "So the plan is to walk through what I'll say at the
# presser.", "The idea today is to go over the draft.", "The aim of this call is to run
# through the numbers." "The plan is to go through with the merger by 2027" is a plan.
_MEETING_PURPOSE = re.compile(
    r"^(?:(?:so|ok|okay|yep|yes|yeah|right|and|well|alright)[,.]? )*(?:the|our|my) (?:plan"
    r"|idea|aim|goal|purpose|point)(?: (?:today|for today|this morning|this afternoon|here"
    r"|for this (?:call|meeting|session)|of (?:this|today's) (?:call|meeting|session)))?"
    r" is (?:just )?to"
    r" (?:walk (?:through|over)|go (?:through(?! with\b)|over)(?! budget\b)|run (?:through"
    r"|over)|talk (?:through|about))\b"
)


def meeting_purpose(text: str) -> bool:
    """Whether ``text`` says what a meeting is for ("So the plan is to walk through what I'll
    say as CEO at the ten o'clock presser."): its running, not a plan of the speaker's side."""
    return _MEETING_PURPOSE.match(normalise(text).strip()) is not None


# A figure disowned, the speaker's and their side's own given elsewhere: "That's their number,
# not ours.", "Those are the auditor's figures, not mine." What the figure is was said before.
_DISOWNED = re.compile(
    r"^(?:(?:and|but|so|look|again),? )*(?:that's|that is|those are|these are|it's|it is)"
    r" (?:their|his|her|its|the [\w'-]+(?: [\w'-]+)?'s?|[\w-]+'s?) (?:own )?(?:number|figure"
    r"|estimate|projection|forecast|view|line|words|claim|data|guess|math|maths)s?,?"
    r" (?:not|never) (?:ours|mine|the [\w'-]+'s?|[\w-]+'s?)[.!]*$"
)


def disowned_figure(text: str) -> bool:
    """Whether ``text`` only disowns a figure said before ("That's their number, not
    ours."): whose it is, no claim of the speaker's."""
    return _DISOWNED.match(normalise(text).strip()) is not None


# A speech's signposts and the objection it answers next: "Here is what my administration
# will do.", "Here's how we'll pay for it:", "Let me tell you what we'll do.", "Some will say
# we can't afford this.", "Critics will tell you it's too expensive." What follows is the
# claim; the signpost promises nothing, and the objection is the speaker's foil, not their
# forecast.
_SIGNPOST = re.compile(
    r"^(?:(?:so|and|now|but|well|look)[,.]? )*(?:(?:here's|here is|this is) (?:what|how) (?:i|we"
    r"|my [\w-]+|our [\w-]+|the [\w-]+)(?: will|'ll| would| plan to| intend to| am going to"
    r"|'m going to| are going to|'re going to| is going to|'s going to)"
    r" (?:do|pay for it|fix (?:it|this)|get there)"
    r"|let me tell you (?:what|how) (?:i|we)(?: will|'ll| would| plan to| are going to"
    r"|'re going to) (?:do|fix (?:it|this)))[.:!]*$"
    r"|^(?:(?:and|but|now)[,.]? )?(?:some|critics|others|opponents|skeptics|sceptics|cynics"
    r"|my opponents?|people|folks|many)(?: people| of you)? (?:will|may|might|would|are going"
    r" to) (?:say|tell you|argue|claim|object)\b"
)


def signpost_or_foil(text: str) -> bool:
    """Whether ``text`` is a speech's signpost ("Here is what my administration will do.") or
    the objection it answers next ("Some will say we can't afford this."): no claim."""
    return _SIGNPOST.match(normalise(text).strip()) is not None


def unclaimed_talk(text: str) -> bool:
    """Whether ``text`` is any of this module's talk that claims nothing (see the module's
    docstring)."""
    if text.count(" ") > _MAX_REQUEST_WORDS:
        return False
    return any(
        read(text)
        for read in (
            trails_off,
            chat_question,
            chat_request,
            cut_off,
            verbless_emphasis,
            newsletter_call,
            call_courtesy,
            meeting_purpose,
            disowned_figure,
            notice_or_joke,
            signpost_or_foil,
        )
    )
