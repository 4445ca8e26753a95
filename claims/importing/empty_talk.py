"""Talk with nothing in it a curator could check: no claims, whatever its shape.

A claim names what it is about: a thing, a place, a number, a time, a body, a market. Talk
that only runs the conversation is made of other words: pronouns and small verbs ("I'm
writing it down.", "Hold me to it."), praise and verdicts on the talk itself ("That's a bold
one.", "It is the right question.", "Good crowd today."), the meeting's own things (the
questions, the chat, the floor, the slides, the time), the people in the room ("Okay, I
think we have everyone.", "Let's hold the questions to the end if we can, folks.").

``says_nothing`` reads a sentence word by word against that vocabulary (``_EMPTY``) instead
of matching a list of phrasings: whatever order the words come in, a sentence made only of
them claims nothing. One word outside it keeps the sentence a candidate, and so do a figure
("That is 40% of it."), a name inside the sentence ("That's a bold one for Ottawa."), and
a future ("It'll happen.", "That one won't."), which stays for the readers of short
forecasts and the question they answer. A name said to someone at either end is not
the sentence's subject ("Kwabena, take it away.", "That's simply not true, Neil.").

``greets`` reads a greeting or a welcome whose rest names only who is greeted and where
they are, or the event they are welcomed to: "Good morning everybody, and good afternoon to
the folks in Halifax.", "Alright, welcome everybody to the Prairie Grain Growers Co-op fall
market outlook." A welcome that goes on to say something keeps it ("Welcome to 2027, where
rates stay high.", "Welcome back; exports fell 4% in May.").

Sources of the shapes: meeting and webinar transcripts (Webex, Teams, Stream, Meet), panel
and podcast transcripts, parliamentary and all-hands recordings, where such lines are most of
what is said between the claims. Pure functions.
"""

import re

from claims.importing.chatter import _LEADING_VOCATIVE, _TRAILING_VOCATIVE
from claims.importing.wording import normalise

__all__ = ["greets", "says_nothing"]

_MAX_WORDS = 12
_WORDS = re.compile(r"[^\W\d_][\w'-]*|\d+")
_FIGURE = re.compile(r"[\d%$€£¥]")
_FUTURE = re.compile(r"\b(?:will|won't|shall|gonna)\b|'ll\b|\bgoing to\b(?! \w+ (?:you|it)\b)")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?:;])\s+")
_CONTRACTION = re.compile(r"'(?:s|re|ve|d|ll|m|t)$")

# The vocabulary of talk about nothing but the talk: function words, small verbs, verdicts
# and praise, discourse words, the people in the room and the meeting's own things.
_EMPTY_WORDS = """
i me my mine myself we us our ours ourselves you your yours yourself he him his she her hers it its
they them their theirs this that these those there here a an the and or but so if then than as of
to in on at by for with from about into over up down out off away back around again along through
is am are was were be been being isn't aren't wasn't weren't ain't do does did don't doesn't didn't
done doing have has had having haven't hasn't can can't cannot could couldn't would wouldn't should
shouldn't may might must not no yes yeah yep yup nope oh ok okay alright right well now just
really very quite pretty too also even still actually honestly frankly obviously clearly
definitely absolutely exactly totally certainly surely sure true fair good great nice bold brave
lovely wonderful excellent fantastic interesting important tough hard easy fun big little quick
quickly simple simply bad better best worse worst sorry glad happy pleased delighted thrilled
excited grateful let let's get gets got go goes going went gone come comes coming came take takes
taking took make makes made see sees seeing saw seen look looks looking think thinks thought know
knows knew say says saying tell telling want wants wanted wish hope need try start keep
hold write writing wrote written put give giving gave hand move wrap turn talk talking ask asking
asked answer answering thank thanks welcome join joining hear hearing heard listen mean means
guess like love agree feel find everyone everybody folks guys y'all all people anyone someone
somebody one ones thing things something anything nothing bit lot lots couple way part question
questions point points note topic word words floor time minute second seconds moment today
tonight morning afternoon evening panel panelists session meeting call chat slides deck recording
agenda crowd audience room mic microphone headset audio camera screen news end first next last
what which who whom how why when where whatever anyway anyways um uh er erm hmm hey hi hello please
some any more most much many few other another each every such own same cheers joking kidding
serious seriously unfortunately fortunately sadly luckily hopefully wrong actual timeline
prediction predictions forecast
"""
_EMPTY = frozenset(_EMPTY_WORDS.split())


def says_nothing(text: str) -> bool:
    """Whether ``text`` (one sentence or a short turn) is made only of the words of talk about
    the talk (``_EMPTY``), with no figure, no future, and no name inside it (the module's
    docstring). At most ``_MAX_WORDS`` words are read; a longer line is never empty talk."""
    said = text.strip().replace("’", "'")
    if not said or _FIGURE.search(said) or _FUTURE.search(normalise(said)):
        return False
    said = _TRAILING_VOCATIVE.sub(".", _LEADING_VOCATIVE.sub("", said)) if "," in said else said
    count = 0
    for sentence in _SENTENCE_BREAK.split(said):
        for position, word in enumerate(_WORDS.findall(sentence)):
            count += 1
            if count > _MAX_WORDS:
                return False
            lowered = word.lower()
            if position and word[0].isupper() and lowered != "i" and not lowered.startswith("i'"):
                return False  # a name inside the sentence: "That's a bold one for Ottawa."
            if lowered not in _EMPTY and _CONTRACTION.sub("", lowered) not in _EMPTY:
                return False
    return count > 0


_GREETING = re.compile(
    r"^(?:(?:and|so|ok|okay|alright|all right|right|well|hi|hey|hello)[,!.]?\s+)*"
    r"(?:good (?:morning|afternoon|evening|day)|hello|hi|hey|welcome(?: back)?)\b"
)
# What a greeting's rest may hold: whom it greets and where they are ("to the folks in
# Halifax", "everyone joining from Denver") or the event it welcomes them to.
_GREETED = frozenset(
    {"and", "to", "the", "all", "everyone", "everybody", "folks", "friends", "colleagues", "you",
     "in", "from", "on", "at", "joining", "watching", "listening", "online", "here", "there",
     "today", "tonight", "this", "morning", "afternoon", "evening", "good", "hello", "hi", "back",
     "again", "welcome", "those", "of", "our", "your", "members", "guests", "team", "us", "with",
     "over", "who", "are", "is", "whoever", "wherever", "night", "day", "too", "as", "well",
     "ladies", "gentlemen", "everybody's", "everyone's", "alright", "ok", "okay", "so", "right",
     "hey"}
)  # fmt: skip
# Words saying more than a welcome: a verb of a claim, a clause, a figure.
_SAYS_MORE = re.compile(
    r"[\d%$€£;:]|\b(?:where|which|because|but|since|after|before|will|won't|would|has|have|had|was"
    r"|were|can|could|should|must|may|might|now that|despite|although|while|if)\b|'ll\b"
)
_WELCOME_TO = re.compile(
    r"\bwelcome(?: back)?(?:,? (?:everyone|everybody|all|folks))?,? to\b(?P<rest>.*)$"
)
_MAX_GREETING_WORDS = 20
_STATE_OF_THE_WORLD = re.compile(
    r"\b(?:normal|era|age|world|reality|future|end|death|decade|century|golden age)\s+of\b"
    r"|\bnew\s+(?:normal|era|reality|world)\b"
)
# What a welcome welcomes to: a named event or place ("the …", "this …", "our …", "today's
# …", "Market Watch"), not a state of the world ("a new era of cheap energy").
_EVENT_NAMED = re.compile(
    r"(?i:\bwelcome\b.*?\bto\s+)"
    r"(?:(?i:the|this|our|my|today's|tonight's|episode|part)\b|[A-Z\d])"
)


def greets(text: str) -> bool:
    """Whether ``text`` (one sentence) only greets: a greeting or a welcome whose rest names
    whom it greets, where they are, or the event (the module's docstring). A figure, a clause
    or a verb of a claim after it keeps the sentence a candidate."""
    said = normalise(text).strip().rstrip(".!")
    if not _GREETING.match(said) or len(said.split()) > _MAX_GREETING_WORDS:
        return False
    welcome = _WELCOME_TO.search(said)
    if welcome is not None:  # an event's title is any words: "the fall market outlook"
        head, rest = said[: welcome.start()], welcome["rest"]
        if (
            _SAYS_MORE.search(rest)
            or rest.count(",") > 1
            or not _EVENT_NAMED.search(text)
            or _STATE_OF_THE_WORLD.search(rest)  # "Welcome to the new normal of high rates."
        ):
            return False  # "Welcome to a new era of cheap energy.": a claim, welcomed
        said = head
    proper = {
        w.lower()
        for w in re.findall(r"(?<!^)(?<![.!?] )\b[A-Z][\w'’-]*", text)
        if not re.match(r"I(?:$|['’])", w)
    }
    return not _SAYS_MORE.search(said) and all(
        w in _GREETED or w in proper for w in re.findall(r"[\w'-]+", said)
    )
