"""Judgements in words of their own, beyond ``forecasts.OPINION_PATTERNS``: a superlative of
judgement ("the most overhyped thing in our industry", "the single biggest obstacle"), an
evaluative predicate ("too pessimistic", "far too low", "never realistic", "a stopgap", "a
waste of ratepayers' money") and the speaker marking a view as theirs ("in my view",
"frankly", "I'd argue"), and a verdict or a maxim ("We were poor at Barnsley", "not
good enough", "they're right to be", "Football is about what you do on the pitch, not what
you say in the papers"). A measured superlative ("the most installed battery chemistry",
"the largest plant in Europe") is none. Source of the rule: docs/importing.md (kind: an
opinion for a judgement).
"""

import re

from claims.horizons.grammar import _trie
from claims.importing.forecasts import _OPINION

# Each tried only where one of its words is (``_JUDGEMENT_CUE``).
JUDGEMENT_PATTERNS = [
    # A superlative of judgement: "the most overhyped thing in our industry", "the most
    # neglected part of the plan", "the single biggest obstacle". Not a measured one ("the
    # most installed battery chemistry", "the largest plant in Europe").
    r"\b(?:most|least) (?:over-?hyped|under-?hyped|over-?rated|under-?rated|over-?valued"
    r"|under-?valued|neglected|overlooked|misunderstood|underappreciated|under-appreciated"
    r"|important|exciting|promising|interesting|dangerous|consequential|pressing|urgent"
    r"|ridiculous|absurd|impressive|disappointing|compelling|crucial|critical|worrying"
    r"|troubling|reckless|foolish|sensible|overdue|misguided|wasteful|pointless|hyped)\b"
    r"|\b(?:single )?(?:biggest|greatest|worst|best) (?:obstacle|mistake|problem|threat|risk"
    r"|scandal|failure|blunder|waste|barrier|opportunity|achievement|idea|thing)\b",
    # An evaluative predicate: "They are too pessimistic", "far too low", "That number was
    # never realistic", "a stopgap", "a waste of ratepayers' money".
    r"\b(?:(?:far|way|much|a bit|a little|slightly|rather|simply|just) )?too (?:pessimistic"
    r"|optimistic|bullish|bearish|conservative|aggressive|cautious|timid|low|high|expensive"
    r"|cheap|slow|late|generous|stingy|strict|lax|loose|tight|rosy|gloomy|hawkish|dovish"
    r"|ambitious|complacent|small|big|risky|costly)\b",
    r"\b(?:un|never |not |hardly |anything but )realistic\b|\boverly \w+\b|\boverrated\b",
    r"\b(?:is|are|was|were|it's|that's|'s|be|remains?|just|only|merely|nothing but|simply)"
    r" (?:a|an) (?:(?:total|complete|colossal|huge|massive|expensive|costly|mere|pure|utter"
    r"|absolute|giant|big|short-term) )?(?:stopgap|stop-gap|waste|gimmick|distraction|fad"
    r"|boondoggle|sideshow|mirage|fantasy|pipe dream|red herring|band-aid|sticking plaster"
    r"|fig leaf|scam|joke|farce|disgrace|travesty)\b",
    # A verdict on a performance or a plan, as said in interviews and chats: "We were poor at
    # Barnsley", "That is simply not good enough", "that poll is rubbish", "this plan reads
    # like a developer's wish list", "they're right to be".
    r"\b(?:we|they|you|he|she|i)\s+(?:were|was|are|am|'re|'s|looked)\s+(?:really |very |so "
    r"|pretty |just |awful(?:ly)? )?(?:poor|terrible|awful|dreadful|brilliant|superb|woeful"
    r"|abysmal|outstanding|magnificent|shambolic|sloppy)\b",
    r"\b(?:is|are|was|were|'s|'re)\s+(?:(?:simply|just|still|frankly|clearly)\s+)?not\s+"
    r"(?:good|fast|ambitious|serious)\s+enough\b",
    r"\b(?:is|are|was|were|'s|'re)\s+(?:(?:total|complete|utter|absolute|just)\s+)?"
    r"(?:rubbish|nonsense|garbage|useless|pathetic|disgraceful|unacceptable|shocking|appalling"
    r"|laughable)\b",
    r"\breads like (?:a|an)\b",
    r"\b(?:they|you|he|she|we)(?:'re|'s| are| is| were| was)\s+(?:absolutely\s+|quite\s+"
    r"|dead\s+)?(?:right|wrong) to (?:be|say|ask|worry|feel|complain|question|want|demand"
    r"|criticise|criticize|doubt|expect)\b",
    # A maxim: "Football is about what you do on the pitch, not what you say in the papers."
    r"\b(?:is|are)\s+(?:all\s+)?about\s+what\b[^.;!?]{1,80}?,\s*not\s+(?:about\s+)?what\b",
    # The speaker marking a view as theirs: "in my view", "frankly", "I'd argue".
    r"\b(?:in my (?:view|opinion|judgement|judgment|book|humble opinion)|frankly"
    r"|i'd argue|i would argue|if you ask me|imo|imho|to my mind)\b",
]
_JUDGEMENTS = tuple(re.compile(pattern) for pattern in JUDGEMENT_PATTERNS)
# Every judgement (``JUDGEMENT_PATTERNS``) holds one of these words: one cheap look first.
_JUDGEMENT_CUE = re.compile(
    r"\b"
    + _trie(
        "most_ least_ biggest greatest worst_ best_ too_ realistic unrealistic overly overrated"
        " stopgap stop-gap waste gimmick distraction fad boondoggle sideshow mirage fantasy"
        " pipe_dream red_herring band-aid plaster fig_leaf scam joke farce disgrace travesty"
        " my_view my_opinion my_judg my_book my_mind my_humble frankly argue ask_me imo"
        " poor terrible awful dreadful brilliant superb woeful abysmal outstanding magnificent"
        " shambolic sloppy enough rubbish nonsense garbage useless pathetic disgraceful"
        " unacceptable shocking appalling laughable reads_like right_to wrong_to about_what"
    )
)


def judges(lowered: str) -> bool:
    """Whether ``lowered`` (``normalise``'s) holds a judgement of the speaker's: an
    ``OPINION_PATTERNS`` or a ``JUDGEMENT_PATTERNS`` ("the most overhyped", "too pessimistic",
    "a stopgap", "in my view"). A measured superlative ("the most installed", "the largest")
    is none."""
    if _OPINION.search(lowered):
        return True
    if not _JUDGEMENT_CUE.search(lowered):
        return False
    return any(pattern.search(lowered) for pattern in _JUDGEMENTS)
