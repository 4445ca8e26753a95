"""Words of the conversation with no claim in them (``claims.importing.classify``).

Filler (a greeting, thanks, praise of a question, a reaction, a sign-off, a speaker naming
themselves, a chat's back-channel), the running of a recording and its trouble, a host's
request for a claim, and the housekeeping of a meeting, a call or a show (a host's
introduction of a guest, investor-relations boilerplate, logistics), and the talk around
the claims of spoken documents (``talk``: courtesies, small talk, lead-ins, bare agreement and
disagreement, declining to promise). Also the shapes of a
short answer's opening (``_OPENERS``, ``_TIME_START``, ``_FINITE``), which a reaction and a
fragment both read. Pure functions.
"""

import re

from claims.importing.calls import passes_the_call_on
from claims.importing.chats import back_channel
from claims.importing.group_talk import group_talk
from claims.importing.introductions import caps_self_introduction, host_self_introduction
from claims.importing.introductions import is_handover as _handover
from claims.importing.post_praise import praises_the_post
from claims.importing.talk import (
    ON_AIR,
    bare_stance,
    courtesy_or_small_talk,
    lead_in_subject,
    no_promise,
)
from claims.importing.wording import _FIRST_WORD, _bare, _kept, normalise

# What people say to open, thank, praise a question, react or sign off: words of the
# conversation, with no claim in them ("Welcome to Odd Lots.", "Thanks for having me.",
# "Great question.", "That's soon."). Matched against the whole statement, lower case, its
# punctuation dropped (``_bare``).
_NAME_WORDS = r"[\w'&.-]+(?: [\w'&.-]+){0,5}"
_BE_HERE = (
    r"(?:(?:here|back|with you)(?: (?:with you|on the (?:show|podcast|program)|here))?"
    r"|on the (?:show|podcast|program))(?: again| today)?"
)
_FILLER = re.compile(
    r"^(?:(?:so|well|and|ok|okay|oh|yeah|yes|hi|hello|hey|all right|alright|on that note"
    r"|with that|on that)\s)*(?:"
    r"on that note|with that|"
    # Greetings and welcomes: "Welcome to Odd Lots", "Welcome back to the show, Cathie".
    rf"(?:hi|hello|hey|good (?:morning|afternoon|evening))(?: {_NAME_WORDS})?"
    # "Hi all, welcome to the Q3 planning call", "Welcome, everyone, to the research sync".
    r"|(?:(?:hi|hello|hey|good (?:morning|afternoon|evening))(?: all| everyone| everybody"
    r"| folks)? )?"
    r"welcome(?: back)?(?: everyone| everybody| all| folks)?"
    rf"(?: (?:to|on) (?!an? ){_NAME_WORDS})?"
    r"(?: everyone| everybody| all| folks)?"
    r"|(?:it's |it is )?(?:great|good|nice|lovely|wonderful) to (?:have|see|meet) you"
    rf"(?: {_NAME_WORDS})?"
    # Thanks: "Thanks for having me", "Thank you so much for joining us, Cathie".
    r"|(?:thanks|thank you|many thanks)(?: (?:so|very) much)?(?: (?:again|everyone|all))?"
    r"(?: both)?(?: for (?:having me|having me on|having me back|having us|inviting me"
    r"|the invitation"
    r"|joining us|joining me|coming on|coming in|being here|being with us|your time|listening"
    r"|watching|tuning in|that|(?:the|your|that) question|asking(?: that)?|raising (?:this|that"
    r"|it))(?: (?:today|again|here|on the show))?)?"
    rf"(?: {_NAME_WORDS})?"
    # Pleasantries: "Good to be here", "It's a pleasure to be back", "Happy to be here".
    r"|(?:it's |it is )?(?:(?:a|my|an absolute|always a) )?(?:pleasure|great|good|nice|glad"
    r"|happy|thrilled|delighted|excited|honou?red|wonderful|fun)"
    rf"(?: to be {_BE_HERE})?"
    rf"|(?:i'm |i am )?(?:glad|happy|thrilled|delighted|excited|honou?red) to be {_BE_HERE}"
    r"|the pleasure is (?:all )?mine|my pleasure|likewise"
    # Praise of a question or a point: "Great question", "That's a really good point".
    r"|(?:that's |that is |it's |it is |what )?(?:a |an )?(?:really |very |perfectly )?"
    r"(?:great|good|fair|reasonable|legitimate|valid|excellent"
    r"|interesting|tough|big|hard|fascinating|important|terrific|wonderful) (?:question|point"
    r"|one)s?(?: (?:there|actually|indeed))?"
    # A reaction to what was just said: "That's soon", "That's really interesting", "So true".
    r"|(?:that|this)(?:'s| is| was| sounds| seems)(?: (?:really|very|so|quite|pretty|too|not"
    r"|absolutely|totally|definitely|a bit|kind of))? [\w-]+"
    r"|(?:so|very|how|quite|too) (?:true|right|fair|interesting|soon|fast|wild|crazy)"
    r"|(?:yes|yeah|yep|yup|no|nope|sure|right|exactly|absolutely|definitely|totally|of course"
    r"|okay|ok|indeed|correct|true|fair enough|i agree|agreed|i see|got it|makes sense|mm-?hmm"
    r"|uh-?huh|um+|uh+|hmm+|wow|oh|well|i mean|you know|right|go on|go ahead|please)"
    r"(?: (?:yes|yeah|yep|no|sure|right|exactly|absolutely|definitely|totally|of course|okay|ok"
    r"|indeed|correct|true|i agree|i see|got it|makes sense|wow|oh|well|i mean|you know|100"
    r"|percent|completely|entirely))*"
    # Sign-offs and the running of the show.
    r"|(?:we'll|we will) be (?:right )?back(?: after (?:this|the break))?"
    r"|(?:stay tuned|more after (?:this|the break)|let's (?:get|dive|jump) (?:into it|in|right in)"
    r"|let's take a (?:quick |short )?break|that's (?:all|it) (?:for|from) (?:today|now|us|me"
    r"|this (?:week|episode))|see you next (?:time|week)|until next time|talk soon|take care"
    r"|bye|goodbye|cheers)"
    # Leaving a subject or handing the turn back: "I'll leave it there", "Back to you, Kara".
    r"|(?:i'll|i will|we'll|we will|let's|let me|let us) (?:leave|stop|end) (?:it|things|this"
    r"|that)?(?: )?(?:there|here|at that)(?: for (?:now|today))?"
    r"|(?:i'll|i will|let me) (?:hand|pass|throw|send) (?:it|things) (?:back|over)(?: to you)?"
    r"|(?:back|over) to you(?: in the studio)?|(?:i'll|i will) let you go"
    r"|(?:we|i)(?:'ll| will| are going to| 're going to)? (?:have to|need to|must) (?:leave"
    r"|stop|end) (?:it )?(?:there|here)(?: for (?:now|today))?"
    r"|mark my words"
    r")$"
)
_MAX_FILLER_SPACES = 16  # filler is short: longer statements are not matched at all
# The words filler can open with (``_FILLER``): any other first word, and it is none.
_FILLER_OPENERS = frozenset({
    "so", "well", "and", "ok", "okay", "oh", "yeah", "yes", "hi", "hello", "hey", "all", "alright",
    "good", "welcome", "it's", "it", "great", "nice", "lovely", "wonderful", "thanks", "thank",
    "many", "a", "an", "my", "always", "i'm", "i", "glad", "happy", "thrilled", "delighted",
    "excited", "honored", "honoured", "the", "likewise", "that's", "that", "this", "what",
    "really", "very", "how", "quite", "too", "yep", "yup", "no", "nope", "sure", "right",
    "exactly", "absolutely", "definitely", "totally", "of", "indeed", "correct", "true", "fair",
    "agreed", "got", "makes", "mm", "mm-hmm", "mmhmm", "uh", "uh-huh", "um", "umm", "uhh", "hmm",
    "hmmm", "wow", "go", "please", "we'll", "we", "stay", "more", "let's", "see", "until", "talk",
    "take", "bye", "goodbye", "cheers", "pleasure", "on", "with", "i'll", "let", "back", "over",
    "mark", "which"
})  # fmt: skip


def _opens_like_filler(text: str) -> bool:
    first = _FIRST_WORD.search(text)
    return first is not None and first.group().lower().replace("’", "'") in _FILLER_OPENERS


# Someone addressed by name, as written: capitalised words set off by a comma, at the
# start ("Priya, great to have you.") or the end ("Great question, Kara."). Only then is
# the rest read as filler; "Tom, rates will fall by 2027." is not filler.
_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
_LEADING_VOCATIVE = re.compile(rf"^(?:(?:And|So|Well|Oh),?\s+)?{_NAME},\s+")
_TRAILING_VOCATIVE = re.compile(rf",\s+{_NAME}\s*[.!?…]*$")
# A speaker naming themselves: "I'm Tracy Alloway.", "And I'm Joe Weisenthal.", "This is
# Maya Chen." (the name capitalised as written: "I'm sure it will." is no introduction).
_INTRODUCTION = re.compile(
    rf"^(?:(?:And|So|Hi|Hello|Hey),?\s+)?(?:I'm|I’m|I am|This is|My name is|It's|It’s)\s+"
    rf"{_NAME}\s*[.!]*$"
)
_ANSWER_LABEL = re.compile(r"^[A-Z]:\s*")
# The first words of an introduction, a turn or a disagreement (a cheap test first).
_TURN_OPENERS = frozenset({
    "so", "ok", "okay", "now", "well", "and", "a", "hi", "hello", "hey", "let's", "i", "i'm",
    "this", "my", "it's", "don't", "not", "today", "tonight", "first", "we're", "i'd", "in", "on"
})  # fmt: skip
# The first words of an introduction in capitals ("GOOD EVENING, I'M PETE SULLIVAN.").
_CAPS_OPENERS = frozenset({
    "i'm", "i", "and", "so", "hi", "hello", "hey", "well", "good", "this", "my", "welcome",
    "thanks", "thank",
})  # fmt: skip
# Turning to a subject, and a bare disagreement: "Let's talk energy.", "I don't agree."
_TURN_OR_DISAGREEMENT = re.compile(
    r"^(?:(?:so|ok|okay|now|well|and|a)\s+)*(?:"
    r"let's (?:talk|turn to|move on to|get to|talk about|come to)(?: \w+){1,2}"
    # Announcing the subject: "This week I want to talk about the dollar."
    r"|(?:(?:this week|today|tonight|first|in this issue|on this episode) )?(?:i want to"
    r"|i'd like to|i'm going to|we're going to|we want to|i wanna) (?:talk|write|look|focus)"
    r" (?:about|at|on)(?: \w+){1,4}"
    r"|(?:i )?(?:don't|do not) (?:agree|think so|buy it|see it)|i disagree|not really"
    r"|not at all|not necessarily|not so sure|i'm not so sure|i'm not sure about that"
    r")$"
)


# A reaction to what was just said, or an echo of it, as captions give them (no punctuation):
# "really that's soon", "wow okay by next year huh", "seriously 2027", "no way". The words of
# surprise and back-channel are set aside; what is left is nothing, a reaction ("that's
# soon"), or, after a word of surprise, the other speaker's horizon said back ("by next year").
_BACK_CHANNEL = (
    r"okay|ok|yeah|yes|yep|right|sure|so|and|well|um+|uh+|mm-?hmm|uh-?huh|hmm+|i see|got it"
    r"|interesting|oh|ah|ooh|(?:that )?makes sense|fair enough|good point|i agree|exactly"
    r"|totally|absolutely|definitely|of course|indeed"
)
_SURPRISE = (
    r"wow|whoa|woah|really|huh|seriously|gosh|geez|jeez|no way|come on|you think|you think so"
    r"|do you think so|you reckon|is that right|already|that soon|so soon"
)
_REACTION_OPEN = re.compile(rf"(?:(?:{_BACK_CHANNEL}|{_SURPRISE})(?:\s+|$))+")
_REACTION_CLOSE = re.compile(rf"(?:^|\s)(?:(?:{_SURPRISE}|right|okay|ok)(?:\s+|$))+$")
_SURPRISE_WORD = re.compile(rf"\b(?:{_SURPRISE})\b")
_ECHO_TAG = re.compile(r"\b(?:huh|really|right|you think|you reckon|is that right)\s*$")
# The words a reaction can start or end with (a cheap test first).
_REACTION_EDGES = frozenset({
    "okay", "ok", "yeah", "yes", "yep", "right", "sure", "so", "and", "well", "um", "umm", "uh",
    "uhh", "mm-hmm", "mmhmm", "uh-huh", "hmm", "hmmm", "i", "interesting", "oh", "ah", "ooh",
    "wow", "whoa", "woah", "really", "huh", "seriously", "gosh", "geez", "jeez", "no", "come",
    "you", "do", "is", "already", "that", "think", "reckon", "way", "on",
    "sense", "enough", "point", "agree", "exactly", "totally", "absolutely", "course", "indeed",
    "soon",
})  # fmt: skip
_MAX_REACTION_WORDS = 10


def is_reaction(text: str) -> bool:
    """A reaction to the line before, back-channel or an echo question, however punctuated:
    "Really? That's soon.", "really that's soon", "wow okay by next year huh", "2027
    seriously". Words of surprise and back-channel set aside, what is left is nothing, a
    reaction ("that's soon"), or, with a word of surprise, a horizon said back ("by next
    year"). The speaker's own answer ("yeah by 2027 i think") is none.
    """
    if text.count(" ") >= _MAX_REACTION_WORDS:  # most statements: no need to read further
        return False
    bare = _bare(text)
    words = bare.split()
    if not words or len(words) > _MAX_REACTION_WORDS:
        return False
    if words[0] not in _REACTION_EDGES and words[-1] not in _REACTION_EDGES:
        return False
    opened = _REACTION_OPEN.match(bare)
    start = opened.end() if opened else 0
    closing = _REACTION_CLOSE.search(bare, start)
    end = closing.start() if closing else len(bare)
    said = bare[start:end].strip()
    if not (start or closing):
        return not said
    # "wow rates will fall by next year huh": said back, a question.
    said_back = bool(
        closing and _SURPRISE_WORD.search(bare[:start]) and _ECHO_TAG.search(closing.group())
    )
    if not said or said_back or _FILLER.match(said):
        return True
    echo = _TIME_START.match(said) and not _FINITE.search(said)
    return bool(echo and _SURPRISE_WORD.search(f"{bare[:start]} {bare[end:]}"))


def _on_air(text: str) -> bool:
    """The running of a recording (``talk.ON_AIR``), said to someone or not: "Sara, you're on
    mute."."""
    spoken = _TRAILING_VOCATIVE.sub("", _LEADING_VOCATIVE.sub("", text))
    return ON_AIR.match(_bare(spoken)) is not None


@_kept
def is_filler(text: str) -> bool:
    """Words of the conversation with no claim in them: a greeting, thanks, praise of a
    question, a reaction to the line before ("That's soon."), a sign-off, the running of a
    recording and its trouble ("Okay, I think we're live.", "You're on mute."), a chat's
    back-channel ("+1", "ok will do": ``chats.back_channel``; ``group_talk``), a speaker
    naming themselves, a turn to a subject ("Let's talk energy."), a bare disagreement;
    also when said to someone by name ("Great question, Kara.", "Priya, great to have you.").
    """
    if text.count(" ") > _MAX_FILLER_SPACES:
        return group_talk(text)  # a draft handed round: "…, tell me if it reads ok:"
    text = _ANSWER_LABEL.sub("", text.strip())  # an interview's "A: I don't agree."
    first = _FIRST_WORD.search(text)
    word = first.group().lower().replace("’", "'") if first else ""
    if (
        word in _TURN_OPENERS
        and (
            _INTRODUCTION.match(text)
            or _TURN_OR_DISAGREEMENT.match(_bare(text))
            or host_self_introduction(text, whole=True)
        )
    ) or (word in _CAPS_OPENERS and caps_self_introduction(text)):  # "AND I'M RHEA DESAI."
        return True
    if word in _FILLER_OPENERS and _FILLER.match(_bare(text)):
        return True
    readers = (is_reaction, _on_air, back_channel, _handover, group_talk, praises_the_post)
    if any(read(text) for read in readers):
        return True
    if bare_stance(_bare(text)):  # "I don't share that view.", "And we're back."
        return True
    spoken = _TRAILING_VOCATIVE.sub("", _LEADING_VOCATIVE.sub("", text)) if "," in text else text
    bare = _bare(spoken)
    return spoken != text and (
        (_opens_like_filler(spoken) and _FILLER.match(bare) is not None) or bare_stance(bare)
    )


# A host's request to the guest or a handing of the turn: it asks for a claim, it makes none.
# "Give me a number for the S&P at the end of the year.", "Mr. Baxter, your response.", "Tell
# us where rates go.", "Walk me through the timeline.", "Priya, let's start with you.", "So,
# the obvious one first."
_VOCATIVE_START = r"(?:(?:(?:mr|mrs|ms|dr|senator|governor|mayor|professor)\.?\s+)?\w+,\s+)?"
_PROMPT = re.compile(
    rf"^(?:(?:so|ok|okay|now|and|well|all right|last one|final question|quickly)[,.:]?\s+)*"
    rf"{_VOCATIVE_START}(?:"
    r"(?:give|tell|show)\s+(?:me|us)\s+(?:a|an|one|your|the|some|what|how|when|why|where"
    r"|whether|if|about|more)\b"
    r"|(?:walk|talk|take)\s+(?:me|us)\s+through\b|help\s+(?:me|us)\s+understand\b"
    r"|put\s+a\s+(?:number|date|year|figure)\s+on\b|(?:make|give)\s+(?:me\s+|us\s+)?a\s+"
    r"(?:call|prediction|forecast|guess)\b|pick\s+a\s+(?:number|year|date)\b"
    r"|name\s+(?:one|two|three|a|the)\b|finish\s+(?:this|the)\s+sentence\b"
    r"|your\s+(?:response|rebuttal|reply|answer|turn|thoughts|take|view)\b"
    r"|(?:over\s+)?to\s+you\b|the\s+floor\s+is\s+yours\b|you\s+have\s+\w+\s+(?:seconds|minutes)\b"
    r"|let's\s+(?:start|begin)\s+with\s+you\b|same\s+question\b"
    # Announcing the next question, and nothing more: "So, the obvious one first."
    r"|(?:(?:the|a|one|my)\s+)?(?:obvious|easy|hard|tough|big|first|last|next|final|quick"
    r"|simple|follow-up|lightning)\s+(?:one|question|round)"
    r"(?=(?:\s+(?:first|now|then|for\s+you|for\s+everyone))?[.!]*$)"
    r"|one\s+more(?:\s+(?:question|thing|for\s+you))?(?=[.!]*$)"
    r")[^.!?]*[.!]*$",
    re.IGNORECASE,
)


@_kept
def is_prompt(text: str) -> bool:
    """A host's request or a handing of the turn: "Give me a number for the S&P at the end of
    the year.", "Mr. Baxter, your response.", "Walk us through the timeline."; or a lead-in
    to the next subject, a question without its mark ("So, the headline number.", "Next up,
    rates.": ``talk.lead_in_subject``). A claim it asks for is the answer's
    (``claims.importing.parsing.asks`` reads it as a question)."""
    if text.count(" ") > _MAX_FILLER_SPACES + 4:
        return False
    if _PROMPT.match(normalise(text).strip()):
        return True
    subject = lead_in_subject(text)
    return subject is not None and not _FINITE.search(subject)  # not "Next up, rates will…"


@_kept
def declines_to_promise(text: str) -> bool:
    """Whether ``text`` only declines to promise, promising nothing ("No, not promising a
    date I can't control.", "I can't promise anything.", "No promises, Dave."): no commitment
    and no claim (``talk.no_promise``). A refusal to forecast is
    ``forecasts.refuses_to_forecast``'s."""
    lowered = text.lower()
    if "promis" not in lowered and "guarantee" not in lowered:
        return False
    return no_promise(_bare(_TRAILING_VOCATIVE.sub("", _LEADING_VOCATIVE.sub("", text))))


# The running of a meeting, a call or a show, said in longer words than filler: a host
# introducing the guest ("My guest today is …", "Joining me now is …", "With me today are our
# CEO …"), investor-relations boilerplate ("… include forward-looking statements", "Please
# refer to our filings"), meeting logistics ("Next meeting is on 11 November.", "let's go
# round the table", "Quick recap of last time"), a pleasantry or a bare reaction
# ("Congrats on the quarter.", "That's a bold call.", "I'd push back on that."), a turn to a
# subject ("Let's start with transport.", "so today we're talking about the housing
# market"), and captions' chatter ("so don't forget to subscribe", "honestly um so anyway").
# Matched against the statement bare (``_bare``) from its start.
_LEAD = r"^(?:(?:so|ok|okay|and|well|now|alright|all right|right|um+|uh+|yeah)\s)*"
_HOUSEKEEPING = re.compile(
    _LEAD + r"(?:"
    r"(?:my|our) (?:(?:next|first|last|final|special|very special|distinguished) )?"
    r"(?:guests?|speakers?|panel(?:l?ists?)?|keynote(?: speaker)?) (?:today |tonight |this week "
    r"|this morning |this afternoon |now |here )?(?:is|are|includes?|(?:needs|need|requires)"
    r" (?:no|little) introduction|hardly needs (?:an )?introduction)\b"
    r"|(?:joining|with) (?:me|us) (?:now |today |tonight |this week |here |on the \w+ "
    r"|in the studio |on the line |remotely |live |(?:from|in) (?:[\w'-]+ ){1,2}?(?=is|are))*"
    r"(?:is|are)\b"
    r"|(?:i'm|i am|we're|we are) (?:joined|here) (?:today |now |again |in the studio )?"
    r"(?:by|with)\b"
    # A host introducing the next speaker: "Please welcome to the stage the founder of
    # Voltera.", "It's my pleasure to introduce …", "Without further ado, …", "… needs no
    # introduction."
    r"|(?:(?:so |and |now )?please )?(?:welcome|give|join me in (?:welcoming|giving)"
    r"|help me (?:welcome|give)) (?:a (?:warm |big |very warm |huge )?(?:welcome|round of"
    r" applause) (?:to|for)\b|(?:up )?(?:to|onto|on) the (?:stage|podium|mic)\b)"
    r"|(?:(?:so |and |now )?please|join me in|help me) welcom(?:e|ing)\b"
    r"|(?:it's |it is )?(?:(?:my|our|a) )?(?:great |real |distinct )?(?:pleasure|privilege"
    r"|honou?r) to (?:introduce|welcome|present)\b"
    r"|(?:i'm|i am|we're|we are) (?:very |so |really )?(?:pleased|delighted|thrilled|happy|glad"
    r"|honou?red|excited|proud) to (?:introduce|welcome|present)\b"
    r"|(?:let me|allow me to|i'd like to|i would like to|i want to) (?:now )?(?:introduce"
    r"|welcome)\b|without further ado\b|(?:please )?(?:put your hands together|give it up) for\b"
    r"|(?=.*?introduction).{0,100}\b(?:needs|requires) (?:no|little) introduction\b"
    # "Sofia Ramirez is the chief executive of Voltera and she joins us from Madrid."
    r"|(?=.*?(?:join|with)).{0,100}\b(?:joins|is joining|is with|is here with) (?:us|me)"
    r"(?: (?:now|today|tonight|again|live|here|remotely|in the studio|on the line))*"
    r"(?: (?:from|in|via|on) [\w' .,-]{1,40})?$"
    r"|(?:please )?(?:note|be advised|remember|keep in mind) that (?:\w+ ){0,6}"
    r"(?:forward-looking|forward looking)\b"
    r"|(?=.*?looking statements).{0,120}\bforward-?looking statements\b"
    r"|(?:please )?refer to (?:our|the company's|the) (?:\w+ ){0,3}(?:filings?|press release"
    r"|10-?k|10-?q|annual report|website|earnings release|slides)\b"
    r"|actual results (?:may|could|might) differ\b"
    r"|(?:the )?next (?:meeting|call|session|catch-?up|sync|check-?in) (?:is|will be|'s) "
    r"(?:on|at|in|scheduled|planned|set for|booked for|moved to|next)\b[^.]{0,40}$"
    r"|(?:welcome(?: everyone| all| back)? )?let's go (?:a)?round the (?:table|room)\b.{0,20}$"
    r"|(?:a )?(?:quick |short |brief )?recap of (?:last time|the last (?:meeting|call|session)"
    r"|last (?:week|month))\b.{0,40}$"
    r"|(?:congrats|congratulations)(?: (?:again|to you|to the team|all))?(?: on| for)?"
    r"(?: (?:the|a|another|your|a great|a strong|a good|a solid) [\w-]+(?: [\w-]+)?)?"
    r"(?: (?:quarter|year|results|print|launch|deal))?$"
    r"|(?:that's|that is|what|quite) (?:a |an )?(?:really |very |pretty )?(?:bold|big|brave"
    r"|gutsy|strong|punchy|spicy|contrarian|wild|hot|provocative|controversial|huge|startling)"
    r" (?:call|claim|prediction|take|forecast|statement|number|bet)$"
    r"|(?:i'd|i would|i'll|i will|i have to|i must|i want to|let me) (?:just )?"
    r"(?:push back|disagree|take issue)(?: (?:a little|a bit|slightly|strongly))?"
    r"(?: (?:on|with) (?:that|this|you|him|her))?(?: there)?$"
    r"|let's (?:start|begin|kick off|open|finish|close|end) (?:with|on) (?:\w+ ){0,3}\w+$"
    r"|(?:today|this week|in this (?:video|episode)|on today's (?:show|episode)) (?:we're|we are"
    r"|i'm|i am|we'll be|i'll be|we're going to be|i want to be) (?:talking|going to talk"
    r"|gonna talk|looking|diving|digging) (?:about|at|into)\b"
    r"|(?:don't forget to |make sure (?:to|you) |be sure to |please )?(?:like and )?"
    r"(?:subscribe|hit (?:the )?(?:like|subscribe|bell))\b.{0,40}$"
    r"|like (?:and|&) subscribe\b.{0,30}$"
    # A formal welcome by the speakers themselves: "Good afternoon, the Vice-President and I
    # welcome you to our press conference.", "We are delighted to welcome you to Capital
    # Markets Day."
    r"|(?:(?:good (?:morning|afternoon|evening)|hello|hi)(?: (?:everyone|everybody|all))? )?"
    r"(?:on behalf of (?:[\w.'-]+ ){1,5})?(?:(?:[\w.'-]+ ){1,5}and )?(?:i|we)"
    r"(?: (?:would|'d) like to| want to| am| are| (?:are|am) (?:very |so )?"
    r"(?:pleased|delighted|happy|glad|proud) to)? (?:warmly )?"
    r"(?:welcome|greet) (?:you|everyone|all of you)(?: all)?(?: (?:to|at) (?!.*\b(?:will|would"
    r"|could|can|should|might|where|which|that|when)\b)[\w'-]+(?: [\w'-]+){0,7})?$"
    # Captions' welcome, unpunctuated, run together: "good morning everyone and welcome to
    # orbit dev day 2025 it's so great to see all of you here in san jose".
    r"|(?:good (?:morning|afternoon|evening)|hello|hi|hey)(?: (?:everyone|everybody|all|folks"
    r"|(?:ladies and )?gentlemen))?(?: and)? welcome(?: back)? to(?: (?!(?:will|we|i|it|they"
    r"|is|are)\b)[\w'-]+){1,6}(?: it's| it is)?(?: (?:so|really|very))? (?:great|good|nice"
    r"|wonderful|lovely|amazing|fantastic) to (?:see|have) (?:all of )?you(?: all)?(?: here)?"
    r"(?: (?:in|at|today|tonight|this (?:morning|afternoon|evening))(?: [\w'-]+){0,3})?$"
    # A live blog's housekeeping: "All times CEST.", "Refresh for updates.", "That's it for
    # the morning session.", "Signing off at 5pm ET."
    r"|all times (?:are |in )?(?:[a-z]{2,5}|local|local time|uk time|us eastern"
    r"|eastern|pacific|central european(?: summer)? time|gmt[+-]?\d*|utc[+-]?\d*)$"
    r"|(?:please )?refresh (?:(?:this|the) page )?for (?:the latest |more |live )?updates?$"
    r"|(?:that's|that is|that was) (?:it|all|a wrap) (?:for|from) (?:the|this|today's|our)"
    r"(?: \w+){1,3}$"
    r"|(?:we're |we are |i'm |i am )?(?:signing|logging) off(?: (?:now|here|for (?:now|today"
    r"|the day|the night)))?(?: (?:at|until) [\w: ]{1,20})?$"
    r"|(?:thank you|thanks)(?: (?:all|everyone|very much|so much))?(?: and)? see you (?:at|in"
    r"|on|after|for|tomorrow|next|later|soon|there)(?: [\w'-]+){0,5}$"
    # A courtroom's procedure: "Objection, Your Honor.", "Sustained.", "Please be seated.",
    # "We'll take a fifteen-minute recess.", "DIRECT EXAMINATION BY MR. SMITH:", "Daniel Smith
    # for the United States.", "The United States calls Dr. Elena Voss."
    r"|objection(?: your hono(?:u)?r)?(?: (?:hearsay|relevance|speculation|leading|foundation"
    r"|asked and answered|calls for speculation|argumentative))?$"
    r"|(?:objection )?(?:sustained|overruled)$|all rise$|(?:please )?be seated$"
    r"|(?:you may (?:be seated|proceed|step down|call your (?:next )?witness)"
    r"|(?:[\w.]+ ){0,3}call your (?:next|first) witness)$"
    r"|(?:we'll|we will|the court will|let's|we're going to) (?:now )?(?:take|stand in)"
    r" (?:a |an )?(?:short |brief |quick )?(?:[\w-]+ )?(?:recess|adjournment|break)"
    r"(?: (?:until|till|for) [\w: ]{1,20})?$"
    r"|(?:we're|we are|court is|the court is) (?:now )?(?:adjourned|in recess|back in session)"
    r"(?: (?:until|till) [\w: ]{1,20})?$"
    r"|(?:re)?(?:direct|cross|redirect|recross)(?:-| )examination(?: (?:by|of) [\w. '-]{1,40})?$"
    r"|(?:[\w.'-]+ ){1,4}(?:for|on behalf of) (?:the )?(?:united states|plaintiffs?"
    r"|defendants?|government|prosecution|defen[cs]e|crown|people|state|respondents?"
    r"|petitioners?|claimants?|appellants?|appellees?)(?: your hono(?:u)?r)?$"
    r"|(?:[\w.'-]+ ){1,4}for (?:[\w.'-]+ ){1,4}your hono(?:u)?r$"
    r"|(?:the )?(?:united states|government|plaintiffs?|defen[cs]e|prosecution|people|state"
    r"|crown) (?:calls|call|recalls) (?:(?:dr|mr|mrs|ms|professor|prof)\.? )?[\w.'-]+"
    r"(?: [\w.'-]+){0,3}$"
    r"|(?:the )?witness (?:is|was|has been) (?:duly )?sworn$"
    r"|(?:we are|we're) (?:here|gathered|convened) (?:today |this morning |this afternoon )?"
    r"(?:for|on) (?:day \w+ of )?(?:the|this|our) (?:[\w-]+ ){0,3}(?:hearing|trial"
    r"|proceedings?|conference|session|briefing)$"
    r"|(?:[\w'-]+ ){1,6}v (?:[\w'-]+ ){1,6}(?:civil action|criminal action|case|docket|cause"
    r"|claim) no \S+(?: \S+)?$"
    # A presenter's notes to self: "Thank everyone for coming, mention the livestream.",
    # "read it, do not ad-lib.", "Expect questions on China tariffs; answer with the pipeline
    # slide."
    r"|thank (?:everyone|everybody|the audience|people|all) for (?:coming|joining|being here)"
    r"(?: [\w'-]+){0,6}$"
    r"|(?:mention|plug|remind (?:them|people|everyone) (?:of|about)) (?:the )?(?:livestream"
    r"|live stream|recording|q&a|qa|website|app|slides|hashtag)\b.{0,40}$"
    r"|(?:read (?:it|this|the \w+)(?: out)?(?: verbatim| word for word| slowly)? )?(?:do not"
    r"|don't) (?:ad-?lib|improvise|go off script|say \w+)$"
    r"|read (?:it|this|the \w+)(?: out)?(?: verbatim| word for word| slowly| aloud)?$"
    r"|expect (?:(?:a |some |tough |hard )?questions?|pushback|push-back) (?:on|about|from)\b"
    r".{0,80}$"
    r"|(?:then )?(?:answer|respond|reply|pivot|point) (?:with|to) the (?:[\w'-]+ ){0,3}"
    r"(?:slide|chart|deck|video|appendix)$"
    r"|(?:pause|click|advance|next slide|go to the next slide|switch to the demo|hand over to"
    r" [\w. '-]{1,30}|cue (?:the )?(?:video|demo|music))$"
    r"|(?:i know|trust me|believe me|i realize|i realise)(?: that| this| it)? (?:sounds|seems"
    r"|looks|is)(?: (?:a bit|a little|kind of|pretty|totally|really|so))? (?:crazy|insane|wild"
    r"|nuts|bold|ambitious|ridiculous|mad|unbelievable|like a lot|impossible|strange|weird)$"
    r"|(?:(?:honestly|um+|uh+|so|anyway|anyways|like|you know|well|okay|ok|right|yeah|i mean)"
    r"(?: |$))+$"
    r")"
)
_MAX_HOUSEKEEPING_WORDS = 30


@_kept
def is_housekeeping(text: str) -> bool:
    """The running of a meeting, a call or a show (``_HOUSEKEEPING``): a host's introduction
    of the guest, investor-relations boilerplate, logistics, a pleasantry or a bare reaction,
    a turn to a subject, captions' chatter; a courtesy paid before an answer or small talk
    about oneself (``talk.courtesy_or_small_talk``). None of it is a claim."""
    bare = _bare(_ANSWER_LABEL.sub("", text.strip()))
    if not bare or len(bare.split()) > _MAX_HOUSEKEEPING_WORDS:
        return False
    if _HOUSEKEEPING.match(bare) is not None or passes_the_call_on(bare):
        return True
    if "," in text:  # "Dave, you're right to ask."
        bare = _bare(_TRAILING_VOCATIVE.sub("", _LEADING_VOCATIVE.sub("", text.strip())))
    return courtesy_or_small_talk(bare)  # "The hon. Lady is right to press me."


# Words an answer opens with before its substance: "Maybe, over the next 12 to 18 months".
_OPENERS = (
    r"(?:(?:maybe|probably|perhaps|possibly|hopefully|definitely|certainly|likely|realistically"
    r"|honestly|frankly|oh|well|yes|yeah|no|so|and|but|i think|i'd say|i would say|i guess"
    r"|i hope|i suspect|my guess is|sometime|some time|at least|at most|not|more like"
    r"|somewhere|anywhere|even|easily|surely|absolutely|for sure|and then|or)\s+)*"
)
# A time phrase opening the answer: a preposition or a time word.
_TIME_START = re.compile(
    rf"^{_OPENERS}(?:by|within|in|over|before|after|around|about|roughly|until|till|from"
    r"|during|inside|under|sometime|next|this|that|early|late|mid|the (?:end|start|middle"
    r"|beginning|next|coming|back half)|(?:19|20)\d\d|\d+|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|a (?:year|decade|couple|few)|a few|several|another|tomorrow|soon"
    r"|never|eventually|one day|any day)\b"
)
# A finite verb of its own: an auxiliary, a modal, a contraction, a common verb of forecasts.
_FINITE = re.compile(
    r"\b(?:is|are|am|was|were|be|been|being|will|won't|would|shall|can|can't|cannot|could"
    r"|should|must|may|might|do|does|did|don't|doesn't|didn't|has|have|had|going|gonna|get"
    r"|gets|got|happens?|comes?|arrives?|ships?|falls?|rises?|grows?|hits?|reaches?|goes"
    r"|see|sees|expect|expects|think|thinks|need|needs|want|wants|make|makes|take|takes)\b"
    r"|'(?:ll|s|re|m|d|ve)\b"
)
