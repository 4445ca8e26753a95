"""Answers with no claim of their own (``claims.importing.classify``): a time and no verb
("Maybe, over the next 12 to 18 months."), a forecast whose subject is a pronoun for
something said before ("It'll happen within a year or two."), a question and its answer in
one quote ("Inflation at 2%? Not before 2026."). The curator reads them with the line
before. Pure functions.
"""

import datetime
import re

from claims.importing.chatter import _FILLER, _FINITE, _TIME_START, is_filler
from claims.importing.forecasts import PAST_TENSE, looks_like_prediction
from claims.importing.horizon_readings import read_horizon
from claims.importing.talk import AFFIRMATION, PAST_WORD
from claims.importing.wording import _FIRST_WORD, _LONG_AGO, _WORD, _bare, _kept, normalise

FRAGMENT = "fragment: read with the line before?"
# A subject that stands for the line before: "That will happen by 2030."
_BACK_REFERENCE = re.compile(
    r"^(?:(?:and|but|so|well|yes|yeah|no|oh)\s+)*(?:that|this)(?:'s|'ll|\s+(?:is|will|won't"
    r"|would|could|might|should|isn't|wasn't|can|can't|happens|comes|means|takes))\b"
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# The words a fragment can open with (``_OPENERS``, ``_TIME_START``, ``_BACK_REFERENCE``).
_FRAGMENT_OPENERS = frozenset(
    [
        "maybe",
        "probably",
        "perhaps",
        "possibly",
        "hopefully",
        "definitely",
        "certainly",
        "likely",
        "realistically",
        "honestly",
        "frankly",
        "oh",
        "well",
        "yes",
        "yeah",
        "no",
        "so",
        "and",
        "but",
        "i",
        "i'd",
        "my",
        "sometime",
        "some",
        "at",
        "not",
        "more",
        "somewhere",
        "anywhere",
        "even",
        "easily",
        "surely",
        "absolutely",
        "for",
        "or",
        "by",
        "within",
        "in",
        "over",
        "before",
        "after",
        "around",
        "about",
        "roughly",
        "until",
        "till",
        "from",
        "during",
        "inside",
        "under",
        "next",
        "this",
        "that",
        "that's",
        "early",
        "late",
        "mid",
        "the",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "a",
        "several",
        "another",
        "tomorrow",
        "soon",
        "never",
        "eventually",
        "any",
    ]
)
_MAX_FRAGMENT_WORDS = 12
# A pronoun for a subject named elsewhere: "It'll happen within a year or two.", "They'll get
# there by next summer.", "He'll win it by 2028." The curator completes the statement.
_PRONOUN_SUBJECT = re.compile(
    r"^(?:(?:and|but|so|well|yes|yeah|no|oh|look|honestly|frankly|i think|i'd say|i guess"
    r"|i suspect|i'd guess|my guess is|probably|maybe|perhaps|definitely|certainly)\s+)*"
    r"(?:it|they|he|she|that|this|these|those)(?:'ll|'s|'re|'d|\s+(?:will|won't|would|wouldn't"
    r"|could|might|should|can|can't|cannot|may|is|isn't|are|aren't|has|hasn't|have|haven't"
    r"|gets?|comes?|happens?|goes|means|shall|needs?|is going|are going))\b"
)
# "It" standing for what follows, not for a subject named elsewhere: "It will take five years
# to build one", "It's likely that rates fall", "It will be clear by 2026 whether …".
_EXPLETIVE_IT = re.compile(
    r"^(?:\w+\s+)*?it(?:'s|'ll|\s+(?:is|will|would|could|might))\b.*?"
    r"\b(?:to\s+(?!the\b|a\b|an\b|\d)\w+|that|for|whether|if|when|before\s+\w+\s+\w+s)\b"
)
_PRONOUN_OPENERS = frozenset(
    {"it", "it'll", "it's", "they", "they'll", "they're", "he", "he'll", "he's", "she", "she'll",
     "she's", "these", "those", "that'll", "this'll", "they'd", "it'd", "he'd", "she'd"}
)  # fmt: skip
_MAX_PRONOUN_WORDS = 20
# A question and its short answer in one quote: "Inflation at 2%? Not before 2026."
_QUESTION_ANSWER = re.compile(r"^(?P<question>[^?]{3,200}\?)[\s”\"’)]+(?P<answer>\S.*)$", re.S)
ANSWER = "answer to the question before it, which holds the claim's subject: check it reads whole"
# Asides that are no verb of the answer's own: "By 2027, I think.", "Around 2030, give or take."
# Only where no clause follows them: "By 2027 I think prices halve" has a verb of its own.
_ASIDES = re.compile(
    r"\b(?:i'd (?:say|guess|think)|i would (?:say|guess)|i (?:think|guess|suspect|reckon"
    r"|believe|hope)|give or take|you know|if you ask me|mind you)(?=\s*(?:[,.!;…]|$))"
)


@_kept
def fragment_remark(text: str) -> str:
    """A remark when ``text`` is an answer with no claim of its own, or "" when it has one.

    "Maybe, over the next 12 to 18 months." (a time phrase and no verb), "That will happen
    by 2030." and "It'll happen within a year or two." (a forecast whose subject is a pronoun
    for something said before) say when, not what: the curator reads them with the line
    before (``FRAGMENT``). A question and its answer kept in one quote ("Inflation at 2%?
    Not before 2026.") are read together (``ANSWER``). "That's what the data say" forecasts
    nothing. A note written without a verb that names its own subject ("Solar cheapest
    everywhere by 2027") is no fragment.
    """
    if text.count(" ") >= _MAX_PRONOUN_WORDS:  # most statements: no need to read further
        return ""
    if "?" in text and (qa := _QUESTION_ANSWER.match(text.strip())):
        return ANSWER if _fragment(qa["answer"]) else ""
    return _fragment(text)


_MAX_ANSWER_WORDS = 8
_MAX_VERBLESS_WORDS = 4


def needs_question(text: str) -> bool:
    """Whether an answer is read with the question before it: short, and a forecast or a
    fragment or no clause of its own before its first comma ("They will.", "I'll say 6,500.",
    "Bankrupt, if she wins.", "Maybe, by 2027."). "The Fed has been clear." stands alone."""
    words = _WORD.findall(text)
    if not words or len(words) > _MAX_ANSWER_WORDS:
        return False
    if fragment_remark(text):
        return True
    if looks_like_prediction(text):  # "I'll say 6,500.": when is the question's
        return not _YEAR.search(text) and not read_horizon(text, said_on=_LONG_AGO).phrase
    if is_filler(text):
        return False
    main = _bare(_CONDITION.sub(" ", normalise(text)))
    if len(main.split()) > _MAX_VERBLESS_WORDS:
        return False
    return not _FINITE.search(main) and not PAST_TENSE.search(main) and not _YES_NO.match(main)


# A condition set off from the answer: "Bankrupt, if she wins." reads "Bankrupt".
_CONDITION = re.compile(r"[,;—–]\s*(?:if|unless|when|once|as long as)\b.*$")
_YES_NO = re.compile(r"^(?:yes|yeah|no|nope|sure)\b")


# A hedge on how far or how long, said after the sentence it hedges, with no verb of its own:
# "Maybe most of a decade.", "Probably sooner.", "Or even longer.", "At the very least.", "If
# not sooner.", "Give or take." Matched against the statement bare (``_bare``).
_HEDGED_ADDITION = re.compile(
    r"^(?:(?:and|but|so|well|oh|honestly|frankly|realistically|look|i mean|though) )*(?:"
    r"(?:(?:maybe|probably|perhaps|possibly|likely|more likely|most likely|quite possibly"
    r"|very possibly|almost certainly|potentially|could be|might be|hopefully|or|if not|and"
    r"|even) )+"
    r"(?:(?:a (?:bit|lot|little|good deal|great deal)|much|way|far|well|slightly|considerably"
    r"|substantially|significantly|somewhat|even) )*"
    r"(?:sooner|later|longer|shorter|earlier|more|less|fewer|higher|lower|faster|slower"
    r"|quicker|bigger|smaller|worse|better|further|before then|after that|before that|by then"
    r"|all of it|most of it|half of it|some of it|twice (?:that|as (?:much|many|long))"
    r"|double(?: that)?|triple(?: that)?|the same"
    r"|(?:most|all|much|half|some|part|a (?:third|quarter|half|fifth|tenth|fraction|chunk)"
    r"|two thirds|three quarters|the (?:whole|best part|better part|bulk|rest)|a good (?:chunk"
    r"|part|deal)) of (?:a|an|the|that|this|it|them|those|these|its)(?P<free>(?: [\w'-]+){0,2}))"
    r"(?: than that)?"
    r"|(?:(?:maybe|probably|perhaps|possibly|hopefully|or|and|but) )*(?:at (?:the )?(?:very )?"
    r"(?:least|most|earliest|latest|outside|minimum|maximum|a push|a stretch)"
    r"|if not (?:sooner|longer|more|earlier|later|before|worse|better|all of it|most of it"
    r"|before then)|give or take(?: a (?:year|few years|month|few months|bit))?"
    r"|or thereabouts|or so|more or less|touch wood|fingers crossed"
    r"|if (?:we're|i'm|they're|we are) lucky|with (?:any )?luck|all being well|if all goes well"
    r"|barring (?:\w+ )?(?:disasters?|accidents?|surprises?|shocks?|a miracle))"
    r")(?: (?:i think|i'd say|i reckon|i suspect|i guess|honestly|though|even|still|frankly"
    r"|to be honest|realistically))*$"
)
_AFFIRMATION = re.compile(rf"^{AFFIRMATION}$")
_MAX_ADDITION_WORDS = 10
# "That is my prediction and I would be happy to be wrong.": an affirmation may run longer.
_MAX_AFFIRMATION_WORDS = 14
# The words an addition can open with (``_HEDGED_ADDITION``, ``AFFIRMATION``): a cheap test.
_ADDITION_OPENERS = frozenset({
    "and", "but", "so", "well", "oh", "honestly", "frankly", "realistically", "look", "i",
    "though", "maybe", "probably", "perhaps", "possibly", "likely", "more", "most", "quite",
    "very", "almost", "potentially", "could", "might", "hopefully", "or", "if", "even", "at",
    "give", "touch", "fingers", "with", "all", "barring", "yes", "yeah", "no", "really",
    "truly", "genuinely", "firmly", "absolutely", "do", "fully", "sincerely", "100", "i'm",
    "i'd", "i'll", "you", "bet", "count", "take", "quote", "mark", "calling", "there's",
    "there", "without", "hand", "believe", "trust", "that's", "that",
})  # fmt: skip


@_kept
def adds_to_before(text: str) -> bool:
    """Whether ``text`` only adds to the sentence said before it, and claims nothing alone: a
    hedge on how far or how long ("Maybe most of a decade.", "Probably sooner.", "At the
    very least.") or the speaker standing by it ("I really believe that.", "I'm sure of it.",
    "Mark my words."). ``parsing`` joins it to that sentence, so that the claim's quote
    holds both. "Maybe most of the increase came from energy." has a verb of its own, and is
    a claim."""
    if text.count(" ") >= _MAX_AFFIRMATION_WORDS:
        return False
    first = _FIRST_WORD.search(text)
    if first is None or first.group().lower().replace("’", "'") not in _ADDITION_OPENERS:
        return False
    bare = _bare(text)
    if not bare:
        return False
    if _AFFIRMATION.match(bare):
        return True
    hedged = _HEDGED_ADDITION.match(bare) if text.count(" ") < _MAX_ADDITION_WORDS else None
    if hedged is None:
        return False
    free = hedged["free"] or ""  # "most of the increase came": a clause of its own
    return not _FINITE.search(free) and not PAST_WORD.search(free)


def _hedged_addition(text: str) -> bool:
    """``adds_to_before``, a hedge and not an affirmation: alone, it reads with the line
    before."""
    return adds_to_before(text) and not _AFFIRMATION.match(_bare(text))


def _fragment(text: str) -> str:
    if text.count(" ") < _MAX_ADDITION_WORDS and _hedged_addition(text):
        return FRAGMENT  # "Maybe most of a decade.": of what? the line before says
    return _time_fragment(text)


def _time_fragment(text: str) -> str:
    first = _FIRST_WORD.search(text)
    word = first.group().lower().replace("’", "'") if first else ""
    pronoun = word in _PRONOUN_OPENERS
    if not pronoun and word not in _FRAGMENT_OPENERS and not word[:1].isdigit():
        return ""
    bare = _bare(text)
    words = len(bare.split())
    if words > _MAX_PRONOUN_WORDS or _FILLER.match(bare):
        return ""
    forecast = looks_like_prediction(text) or _YEAR.search(bare)
    if (_BACK_REFERENCE.match(bare) or _pronoun_subject(bare)) and forecast:
        return FRAGMENT
    if words > _MAX_FRAGMENT_WORDS:
        return ""
    if _TIME_START.match(bare) and not _FINITE.search(_bare(_ASIDES.sub(" ", normalise(text)))):
        return FRAGMENT
    return ""


def is_time_answer(text: str) -> bool:
    """Only a time, no clause of its own: "Maybe, by 2027.", "By 2030, easily."."""
    return bool(_TIME_START.match(_bare(text))) and not _pronoun_subject(_bare(text))


def _pronoun_subject(bare: str) -> bool:
    """The subject is a pronoun for something said before: "they'll get there by 2028"."""
    if not _PRONOUN_SUBJECT.match(bare):
        return False
    return not _EXPLETIVE_IT.match(bare.replace("going to", "going"))


# A promise that the future will show, with nothing it will show: "You'll see.", "We'll
# see.", "Time will tell.", "Let's see what happens.", "Watch this space.", "Ask me again in a
# year."
_WAIT_AND_SEE = re.compile(
    r"^(?:(?:well|oh|so|and|but|yeah|yes|no|ok|okay|look|hey|honestly|i mean|trust me|believe"
    r" me|just|anyway)\s+)*"
    r"(?:(?:just\s+)?you(?:'ll| will) see(?: what i mean| what happens| soon| i'm right)?"
    r"|(?:just )?you wait|(?:i guess |i suppose |well )?we(?:'ll| will| shall)(?: just)?"
    r"(?: have to)?(?: wait and)? see(?: what happens| how it goes| how it plays out)?"
    r"|we(?:'ll| will) find out(?: soon)?|(?:only )?time will tell|let's (?:just )?(?:wait and )?"
    r"see(?: what happens| how it goes| how it plays out)?|(?:let's )?wait and see"
    r"|watch this space|stay tuned"
    # The answer put off: "Ask me again in a year.", "Ask me that next year."
    r"|ask (?:me|us)(?: that)?(?: again)?(?: in (?:a|an|one|two|three|six|a few|\d+) (?:years?"
    r"|months?|weeks?)| next (?:year|month|week|time)| later)?)"
    r"(?: (?:i guess|i suppose|i think|right|though|anyway|honestly|i promise))?$"
)


def waits_and_sees(text: str) -> bool:
    """Whether ``text`` only says the future will show, with nothing it will show: "You'll
    see.", "We'll see.", "Only time will tell.", "Let's see what happens.", "Watch this
    space.", "Ask me again in a year." No claim, not proposed: it forecasts no event, and
    has no question before it to complete it as a fragment does. "We'll see rates fall by
    June" and "You'll see, AI writes most code by 2030" say what, and are read as they
    are."""
    bare = _bare(text)
    return len(bare) < _MAX_SEE_CHARS and _WAIT_AND_SEE.match(bare) is not None


_MAX_SEE_CHARS = 60


# A hedged year said alone, as the answer to "when?": "Maybe 2028, honestly.", "Or 2031."
_YEAR_ANSWER = re.compile(
    r"^(?:(?:maybe|probably|perhaps|possibly|or|more like|make it|say|realistically|honestly)"
    r"[,\s]+)+(?:by\s+|before\s+|around\s+)?((?:19|20)\d\d)\b[^.!?]{0,20}[.!]?$"
)


def later_year_answer(lowered: str) -> bool:
    """A hedged year alone, not before this year: a forecast's time, not the past's."""
    found = _YEAR_ANSWER.match(lowered.strip())
    return (
        found is not None and int(found.group(1)) >= datetime.datetime.now(tz=datetime.UTC).year - 1
    )
