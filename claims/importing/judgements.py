"""Judgements in words of their own, beyond ``forecasts.OPINION_PATTERNS``: a superlative of
judgement ("the most overhyped thing in our industry", "the single biggest obstacle"), an
evaluative predicate ("too pessimistic", "far too low", "never realistic", "a stopgap", "a
waste of ratepayers' money") and the speaker marking a view as theirs ("in my view",
"frankly", "I'd argue"), and a verdict or a maxim ("We were poor at Barnsley", "not
good enough", "they're right to be", "Football is about what you do on the pitch, not what
you say in the papers"). As spoken in chats, phone-ins and chambers: an impression ("Elm St
feels a lot warmer to us than last time"), a characterisation of how someone talks ("the
hon. Gentleman is talking the line down"), a sufficiency or an ease judged ("that's enough
on its own", "this year was easy"). A verdict whose date names what is judged ("the 2030
target is unrealistic") is an opinion whatever its dates (``verdict_over_dates``); the
speaker's frame of candour ("I won't pretend …") forecasts nothing
(``candour_frame_dropped``). A measured superlative ("the most installed battery
chemistry", "the largest plant in Europe") is none. Source of the rule: docs/importing.md
(kind: an opinion for a judgement).
"""

import re

from claims.horizons.grammar import _trie
from claims.importing.forecasts import _OPINION
from claims.importing.wording import _has_any, _kept, normalise, spaced

# A superlative of judgement: "the most overhyped thing in our industry", "the most
# neglected part of the plan", "the single biggest obstacle". Not a measured one ("the
# most installed battery chemistry", "the largest plant in Europe").
_SUPERLATIVE = (
    r"\b(?:most|least) (?:over-?hyped|under-?hyped|over-?rated|under-?rated|over-?valued"
    r"|under-?valued|neglected|overlooked|misunderstood|underappreciated|under-appreciated"
    r"|important|exciting|promising|interesting|dangerous|consequential|pressing|urgent"
    r"|ridiculous|absurd|impressive|disappointing|compelling|crucial|critical|worrying"
    r"|troubling|reckless|foolish|sensible|overdue|misguided|wasteful|pointless|hyped)\b"
    r"|\b(?:single )?(?:biggest|greatest|worst|best) (?:obstacle|mistake|problem|threat|risk"
    r"|scandal|failure|blunder|waste|barrier|opportunity|achievement|idea|thing)\b"
)
# A verdict on a thing or a person: each tried only where one of its words is
# (``_JUDGEMENT_CUE``).
VERDICT_PATTERNS = [
    # An evaluative predicate: "They are too pessimistic", "far too low", "That number was
    # never realistic", "a stopgap", "a waste of ratepayers' money".
    r"\b(?:(?:far|way|much|a bit|a little|slightly|rather|simply|just) )?too (?:pessimistic"
    r"|optimistic|bullish|bearish|conservative|aggressive|cautious|timid|low|high|expensive"
    r"|cheap|slow|late|generous|stingy|strict|lax|loose|tight|rosy|gloomy|hawkish|dovish"
    r"|ambitious|complacent|small|big|risky|costly|long|short|much|little|soon|far)\b",
    r"\b(?:un|never |not |hardly |anything but )realistic\b|\boverly \w+\b|\boverrated\b",
    r"\b(?:is|are|was|were|it's|that's|'s|be|remains?|just|only|merely|nothing but|simply)"
    r" (?:a|an) (?:(?:total|complete|colossal|huge|massive|expensive|costly|mere|pure|utter"
    r"|absolute|giant|big|short-term) )?(?:stopgap|stop-gap|waste|gimmick|distraction|fad"
    r"|boondoggle|sideshow|mirage|fantasy|pipe dream|red herring|band-aid|sticking plaster"
    r"|fig leaf|scam|joke|farce|disgrace|travesty|stretch|long shot|tall order|pie in the sky"
    r"|moonshot|leap of faith)\b",
    # a plan's boldness judged: "Doubling output by 2028 is ambitious", "that's optimistic"
    r"\b(?:is|are|'s|looks|seems|sounds)\s+(?:(?:very|hugely|wildly|rather|quite|pretty|really"
    r"|extremely|incredibly|frankly|a\s+bit|a\s+little|fairly)\s+)?(?:ambitious|optimistic"
    r"|heroic|punchy|courageous|brave|bold)\b",
    # "is wishful thinking", "is pie in the sky", "is a bit of a stretch"
    r"\b(?:is|are|was|'s|remains?)\s+(?:(?:just|pure|simply|frankly|clearly|still)\s+)?"
    r"(?:wishful thinking|pie in the sky|a bit of a stretch|something of a stretch)\b",
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
    # A sufficiency judged: "that's enough on its own" (after "I won't pretend"), "is
    # nowhere near enough", "was not sufficient". Not a quantity there is ("there is enough
    # water for 90 days").
    r"(?<!there )\b(?:is|are|was|were|'s|'re)\s+(?:(?:not|never|hardly|nowhere\s+near|far\s+from"
    r"|more\s+than|quite|really|simply|just|still|clearly|obviously)\s+)*(?:enough|sufficient"
    r"|insufficient|adequate|inadequate)\b",
    # Ease judged: "this year was easy" (after "I'm not going to pretend"), "hitting 92% by
    # 2027 is hard", "it won't be straightforward" (a forecast, read before).
    r"\b(?:is|are|was|were|'s|'re|been)\s+(?:(?:not|never|hardly|exactly|particularly|very"
    r"|really|so|too|anything\s+but)\s+)*(?:easy|hard|difficult|tough|straightforward|painless)\b",
    # A characterisation of how someone speaks or acts, as said across a chamber or a table:
    # "the hon. Gentleman is talking the line down", "they are scaremongering", "she's
    # playing politics with it", "the minister is misleading the House".
    r"\b(?:is|are|was|were|'s|'re|keeps?|kept)\s+(?:(?:just|simply|only|merely|deliberately"
    r"|again|now|still|always|busy)\s+)*(?:talking\s+(?:(?:[\w.'-]+\s+){1,3}?(?:down|up)\b|(?:down|up)\s+(?:the|our|their"
    r"|his|her|its|this|that)\b)"
    r"|(?:scare|fear)[- ]?mongering|grandstanding|playing\s+(?:party\s+)?politics|point[- ]scoring"
    r"|misleading|peddling|spinning|cherry[- ]picking|twisting|rewriting\s+history"
    r"|in\s+denial|living\s+in\s+(?:a\s+)?(?:fantasy|dream|denial|cloud))",
    # An idiom of a handicap or of futility, as said in posts and debates: "a practice without
    # digital triage in 2026 is working with one hand tied behind its back", "shooting itself
    # in the foot", "a drop in the ocean", "flogging a dead horse", "asleep at the wheel".
    r"\bwith\s+(?:one|both)\s+hands?\s+tied\s+behind\s+(?:its|their|his|her|our|my|your)\s+"
    r"backs?\b|\bshoot(?:s|ing)?\s+(?:itself|themselves|ourselves|yourself|yourselves|himself"
    r"|herself)\s+in\s+the\s+foot\b|\ba\s+drop\s+in\s+the\s+(?:ocean|bucket)\b"
    r"|\bflogging\s+a\s+dead\s+horse\b|\brearranging\s+(?:the\s+)?deck\s?chairs\b"
    r"|\basleep\s+at\s+the\s+wheel\b",
]
# Each tried only where one of its words is (``_JUDGEMENT_CUE``).
JUDGEMENT_PATTERNS = [
    _SUPERLATIVE,
    *VERDICT_PATTERNS,
    # A maxim: "Football is about what you do on the pitch, not what you say in the papers."
    r"\b(?:is|are)\s+(?:all\s+)?about\s+what\b[^.;!?]{1,80}?,\s*not\s+(?:about\s+)?what\b",
    # An impression, said as one: "Elm St feels a lot warmer to us than last time", "it
    # seems much friendlier", "that sounds wrong to me". Not "feels like it will …" (a
    # forecast, read before) nor "looks set to".
    r"\b(?:feels?|felt|seems?|seemed|sounds?|sounded|looks?|looked)\s+(?:(?:a\s+lot|a\s+bit"
    r"|a\s+little|much|far|way|so|really|very|pretty|quite|kind\s+of|kinda|sort\s+of|even|more"
    r"|less|rather|genuinely|definitely|a\s+(?:lot|bit)\s+more)\s+)*(?:better|worse|warmer"
    r"|colder|cooler|friendlier|nicer|safer|busier|quieter|calmer|livelier|tougher|harder"
    r"|easier|fairer|stronger|weaker|good|great|bad|awful|terrible|grim|promising|positive"
    r"|negative|hopeful|hostile|friendly|warm|cold|wrong|right|fine|brilliant|amazing|dire"
    r"|bleak|rosy|tense|flat|dead|buzzing|off)\b"
    r"|\b(?:feels?|felt|seems?|seemed|sounds?|sounded|looks?|looked)\s+(?:[\w'-]+\s+){1,4}?"
    r"to\s+(?:me|us)\b",
    # An impression as a verdict's noun: "this redesign feels like a downgrade", "it looked
    # like a step backwards". Not "feels like it will …" nor "looks like a bus lane".
    r"\b(?:feels?|felt|seems?|seemed|looks?|looked)\s+like\s+(?:a|an)\s+(?:(?:real|big|huge"
    r"|total|massive|bit\s+of\s+a)\s+)?(?:downgrade|upgrade|step\s+(?:back|backwards|forward"
    r"|forwards|down|up)|mistake|win|loss|betrayal|cop-out|improvement|letdown|let-down)\b",
    # The speaker marking a view as theirs: "in my view", "frankly", "I'd argue", "My honest
    # take: …".
    r"\b(?:in my (?:view|opinion|judgement|judgment|book|humble opinion)|frankly"
    r"|i'd argue|i would argue|if you ask me|imo|imho|to my mind)\b"
    r"|\bmy\s+(?:(?:honest|own|personal|hot|quick|real|short|frank)\s+)?take\b"
    r"|\b(?:speaking\s+(?:personally|for\s+myself)|personally\s+speaking)\b",
    # What the speaker makes of something, in the first person: "I find that optimistic",
    # "we found the numbers hard to believe". Not "we found it in the drawer".
    r"\b(?:i|we)\s+(?:(?:still|frankly|personally|just|honestly|do)\s+)?(?:find|found)\s+"
    r"(?:that|it|this|them|those|these|him|her|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:(?:a\s+(?:bit"
    r"|little|touch)|rather|quite|very|pretty|really|hugely|deeply|wildly|frankly|somewhat"
    r"|slightly|extremely|incredibly|a\s+little|far\s+too|too)\s+)*(?:(?:hard|difficult)\s+to"
    r"\s+(?:believe|credit|swallow|take\s+seriously)|optimistic|pessimistic|implausible"
    r"|plausible|unconvincing|convincing|credible|incredible|worrying|troubling|encouraging"
    r"|reassuring|odd|strange|surprising|unsurprising|bizarre|baffling|frustrating"
    r"|disappointing|depressing|alarming|ambitious|unrealistic|realistic|naive|naïve|unlikely"
    r"|doubtful|compelling|persuasive|absurd|ridiculous|remarkable|astonishing|staggering"
    r"|shocking|galling|infuriating|interesting|fascinating|generous|stingy|complacent)\b",
    # What matters, said as the speaker's verdict: "The grant is the whole story", "The
    # pharmacist number is the real story here", "the real issue is the wait".
    r"\b(?:is|'s|are|'re|was|remains?)\s+(?:(?:really|still|just|surely|clearly)\s+)?the\s+"
    r"(?:whole|real|true|actual|bigger)\s+(?:story|point|issue|scandal|headline|problem"
    r"|question)\b|\bthe\s+(?:whole|real|true|actual|bigger)\s+(?:story|point|issue|scandal"
    r"|problem|question)\s+(?:here\s+)?(?:is|was)\b",
    # A decision or a call judged: "the fare change was the right call", "a brave decision".
    r"\b(?:the|a|an)\s+(?:(?:very|really|absolutely)\s+)?(?:right|wrong|correct|good|bad|smart"
    r"|brave|sensible|poor|terrible|wise|unwise|courageous)\s+(?:call|decision|choice|move"
    r"|thing\s+to\s+do)\b",
    # The same said as a chat's exclamation, opening a clause: "good call BRT", "frequency
    # first, smart move". Not "we had a good call with the minister".
    r"(?:^|[,;!.]\s*)(?:(?:very|really)\s+)?(?:good|great|bad|smart|terrible|poor|wise)\s+"
    r"(?:call|decision|choice|move)\b",
    # Whom the speaker trusts, and how much: "She's usually right about cost curves", "I
    # take that seriously".
    r"\b(?:is|'s|are|'re|was|were|has\s+been|have\s+been)\s+(?:(?:usually|often|generally"
    r"|always|mostly|rarely|seldom|never|normally|almost|nearly|so\s+often)\s+)+(?:right|wrong"
    r"|correct)\b|\b(?:i|we)\s+(?:do\s+|don't\s+|do\s+not\s+)?take\s+(?:that|it|this|them|her"
    r"|him|those|these)\s+(?:very\s+|quite\s+|deadly\s+)?seriously\b",
    # A reply judged, across a table or a chamber: "that's not an answer", "this is no plan".
    r"\b(?:that|this|it)(?:'s|\s+is|\s+was)\s+(?:not|no|hardly)\s+(?:an?\s+)?(?:real\s+)?"
    r"(?:answer|plan|strategy|solution|excuse|argument|policy|reason|explanation)\b",
    # Siding with someone: "I agree with you, it's far too long", "we disagree with that".
    r"\b(?:i|we)\s+(?:(?:completely|entirely|fully|totally|strongly|absolutely|do|don't|do\s+not"
    r"|would|'d)\s+)*(?:agree|disagree)\s+with\b",
    # Hindsight and timing judged: "In hindsight that was badly timed", "poorly handled".
    r"\bin\s+hindsight\b|\b(?:badly|poorly|clumsily|horribly|brilliantly|beautifully)\s+"
    r"(?:timed|handled|judged|executed|managed|communicated|designed|thought\s+out|run)\b",
    # Fairness judged: "It's just not right for working families", "that's unfair on
    # tenants". Not "right" of a place or a time ("right now", "right here").
    r"\b(?:is|'s|are|'re|was|were)\s+(?:(?:just|simply|clearly|frankly|really|plainly)\s+)*"
    r"(?:not\s+(?:right|fair)|unfair|unjust)\b(?!\s+(?:now|here|there|away)\b)",
    # A view told plainly, with no "I think": a verdict on a place or a service ("parking on
    # Wren Lane is already a nightmare", "the new rota is a shambles"), a wear idiom ("the
    # boiler is on its last legs"), the speaker's pride or dismay ("I'm really proud of how
    # the crew handled it"), a belief with its adverb or its denial ("I honestly believe …",
    # "I don't think the survey reflects …") and a kind of people's habit of speech
    # ("Lobbyists always say that."). Not "a disaster relief fund", nor "I'm pleased to
    # announce" (an act), nor "she always says that the bus is late" (a habit told).
    r"\b(?:is|are|was|were|'s|'re|remains?)\s+(?:(?:already|still|just|now|always|frankly"
    r"|becoming|fast\s+becoming)\s+)*(?:an?\s+)?(?:(?:absolute|complete|total|utter|real"
    r"|bit\s+of\s+an?|living|logistical)\s+)?(?:nightmare|shambles|disaster|catastrophe"
    r"|mess|eyesore|death\s?trap)\b(?!\s+(?:relief|recovery|fund|response|zone\s+plan))",
    r"\bon\s+(?:its|their|his|her)\s+last\s+legs\b|\bpast\s+(?:its|their)\s+(?:best|sell-by"
    r"\s+date)\b|\ba\s+white\s+elephant\b",
    r"\b(?:i'm|i\s+am|we're|we\s+are|i\s+was|we\s+were)\s+(?:(?:genuinely|really|so|very"
    r"|incredibly|extremely|hugely|deeply|immensely|enormously|bitterly|quite|just|personally"
    r"|particularly|especially|also|truly|honestly)\s+)*(?:proud|disappointed|delighted"
    r"|thrilled|frustrated|appalled|ashamed|heartened|dismayed|gutted)\s+(?:of|with|by|about"
    r"|at|that|how)\b",
    r"\b(?:i|we)\s+(?:(?:honestly|genuinely|really|truly|firmly|strongly|sincerely|personally"
    r"|still|actually|just|do|don't|do\s+not|didn't|did\s+not|never)\s+)+(?:think|believe)\b",
    r"\balways\s+(?:say|says|said|tell\s+you|claim|claims)\s+(?:that|this|so)[\s.!\"”']*$",
    # A superlative past all there is: "It is the cheapest flood defence there is".
    r"\bthe\s+(?:\w+est|best|worst|most\s+\w+|least\s+\w+)\s+(?:[\w-]+\s+){1,3}?there\s+"
    r"(?:is|are|was|has\s+ever\s+been|ever\s+was)\b",
]
_JUDGEMENTS = tuple(re.compile(pattern) for pattern in JUDGEMENT_PATTERNS)
# Every judgement (``JUDGEMENT_PATTERNS``) holds one of these words: one cheap look first.
_JUDGEMENT_CUE = re.compile(
    r"\b"
    + _trie(
        "most_ least_ biggest greatest worst_ best_ too_ realistic unrealistic overly overrated"
        " stopgap stop-gap waste gimmick distraction fad boondoggle sideshow mirage fantasy"
        " pipe_dream red_herring band-aid plaster fig_leaf scam joke farce disgrace travesty"
        " stretch long_shot tall_order pie_in moonshot leap_of wishful ambitious optimistic"
        " heroic punchy courageous brave bold"
        " my_view my_opinion my_judg my_book my_mind my_humble frankly argue ask_me imo"
        " poor terrible awful dreadful brilliant superb woeful abysmal outstanding magnificent"
        " shambolic sloppy enough rubbish nonsense garbage useless pathetic disgraceful"
        " unacceptable shocking appalling laughable reads_like right_to wrong_to about_what"
        " sufficient insufficient adequate inadequate talking scaremonger scare-monger"
        " fearmonger fear-monger grandstanding playing misleading peddling spinning cherry"
        " point-scoring point_scoring twisting rewriting in_denial living_in feel felt seem"
        " sound look easy hard difficult tough straightforward painless take call decision"
        " choice move thing_to right wrong correct seriously answer plan strategy solution"
        " excuse argument policy reason explanation agree disagree hindsight badly poorly"
        " clumsily horribly brilliantly beautifully there_is there_are there_was there_has"
        " there_ever fair unfair unjust tied_behind in_the_foot drop_in dead_horse deck"
        " asleep_at speaking_personally speaking_for personally_speaking find found whole_"
        " real_ true_ actual_ bigger_ nightmare shambles disaster catastrophe mess eyesore"
        " death last_legs past_its white_elephant proud disappointed delighted thrilled"
        " frustrated appalled ashamed heartened dismayed gutted think believe always_"
    )
)
# The judgements that say a verdict on a thing or a person (``VERDICT_PATTERNS``:
# "unrealistic", "too low", "a fantasy", "not good enough", "rubbish", "talking the line
# down"). A date among their words names what is judged ("the national
# target of 92% seen within 18 weeks is unrealistic", "the 2030 target is a fantasy"), not
# when something will happen. Not the superlatives, nor an impression, nor a view marked as
# the speaker's ("in my view rates fall by 2027" forecasts).
_VERDICTS = tuple(re.compile(pattern) for pattern in VERDICT_PATTERNS)
# A word that makes the statement speak of the future whatever it judges: "will be too
# late", "is likely to prove unrealistic".
_FORECAST_WORD = re.compile(
    r"\b(?:will|won't|wo|shall|going\s+to|gonna|likely|unlikely|probably|expects?|expected"
    r"|predicts?|forecasts?|soon|coming|set\s+to|bound\s+to|about\s+to|on\s+track)\b|'ll\b"
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


# Disbelief in an idiom: "I'll believe it when I see it", "when pigs fly". The speaker doubts
# what was said before; no forecast of their own, and the "will" of the idiom is no future.
_DISBELIEF = re.compile(
    r"\b(?:i'll|i will|i'd|i would) believe (?:it|that|this|them|him|her)"
    r"(?: (?:when|once|if) i (?:see|hear|read) it)?(?: with my own eyes)?[.!]*$"
    r"|\b(?:when|and) pigs (?:fly|might fly)\b|\bpull the other one\b"
)


def disbelief(lowered: str) -> bool:
    """Whether ``lowered`` (``normalise``'s) ends in disbelief of what was said before, in an
    idiom: "i'll believe it when i see it", "sure, and pigs might fly". An opinion, with no
    deadline: the idiom's "will" forecasts nothing. Rule: docs/importing.md (kind)."""
    cue = "believe" in lowered or "pigs" in lowered or "pull the other" in lowered
    return cue and _DISBELIEF.search(lowered) is not None


@_kept
def verdict_over_dates(lowered: str) -> bool:
    """Whether ``lowered`` (``normalise``'s) is a verdict (``_VERDICTS``) with no word of
    the future (``_FORECAST_WORD``): "honestly, i think the national target of 92% seen
    within 18 weeks is unrealistic as things stand", "the 2030 target is a fantasy". Its
    dates name what is judged: an opinion, not a prediction. "I think rents will be up 10%
    by next year" is none. Rule: docs/importing.md (kind: an opinion for a judgement)."""
    if not _JUDGEMENT_CUE.search(lowered) or _FORECAST_WORD.search(lowered):
        return False
    return any(pattern.search(lowered) for pattern in _VERDICTS)


# The speaker's frame of candour in the first person, which forecasts nothing: "I won't
# pretend that's enough on its own", "I'm not going to deny that we missed it", "I won't
# lie, it's been a hard year", "Let's not pretend this is a solution". What follows is the
# claim, read alone. A speech act the speaker will not do is no forecast of theirs (nor a
# promise: the acts promised are ``forecasts.COMMITMENT_PATTERNS``).
_CANDOUR_FRAME = re.compile(
    r"^(?:(?:and|but|so|look|now|well|honestly|listen|i mean|to be honest|to be fair)[,\s]+)*"
    r"(?:(?:i|we)\s+(?:won't|will\s+not|wouldn't|would\s+not|can't|cannot|am\s+not\s+going\s+to"
    r"|are\s+not\s+going\s+to|shan't|don't|do\s+not|never)"
    r"|(?:i'm|we're)\s+not\s+(?:going\s+to|gonna)|let's\s+not|let\s+us\s+not)\s+"
    r"(?:(?:even|just|really|try\s+to)\s+)*"
    # "pretend" frames whatever follows; "deny" and "hide" only a "that" clause ("I won't
    # hide the report" is an act); "lie" only before its pause ("I won't lie, …").
    r"(?:pretend(?:\s+(?:to\s+)?(?:you|anyone|the\s+house|the\s+committee|ourselves))?"
    r"(?:\s+for\s+(?:a|one)\s+(?:moment|second|minute))?"
    r"|(?:deny|hide\s+from)(?:\s+(?:to\s+)?(?:you|anyone))?(?=\s+(?:the\s+fact\s+)?that\b(?!'))"
    r"|hide(?=\s+the\s+fact\s+that\b)"
    r"|lie(?:\s+to\s+(?:you|anyone|the\s+house))?(?=\s*[,:;—–-])"
    r"|sugar-?coat\s+(?:it|this|that)|dress\s+(?:it|this|that)\s+up"
    r"|kid\s+(?:you|anyone|ourselves|myself)|mince\s+(?:my\s+|our\s+)?words)"
    r"(?:\s+(?:the\s+fact\s+)?that\b(?!'))?\s*[,:;—–-]*\s*"
)
# The same frame after the claim, as its tag: "…, I'm not going to pretend otherwise".
_CANDOUR_TAG = re.compile(
    r",\s*(?:i'm|i\s+am|we're|we\s+are)\s+not\s+(?:going\s+to|gonna)\s+(?:pretend"
    r"(?:\s+otherwise)?|lie)[\s.!\"”']*$|,\s*(?:i|we)\s+(?:won't|will\s+not)\s+(?:lie"
    r"|pretend(?:\s+otherwise)?)[\s.!\"”']*$"
)
_CANDOUR_WORDS = ("pretend", "deny", "lie", "hide", "coat", "dress", "kid", "mince")
# The speaker's frame of candour said as a promise of plain speaking, before a pause: "I'll
# be honest, I think the 400 figure is a fantasy", "I'll say it plainly: …", "Let me be
# blunt —". Its "I'll" is no forecast nor promise of anything the claim is about: the claim
# is what follows, read alone ("I'll be honest, rates will fall" is a forecast still).
_PLAIN_SPEAKING = re.compile(
    r"^(?:(?:and|but|so|look|now|well|ok|okay|listen)[,\s]+)*(?:i'll|i\s+will|i'm\s+going\s+to"
    r"|i'm\s+gonna|let\s+me|i\s+(?:have|need|want)\s+to|i've\s+got\s+to|i\s+must)\s+"
    r"(?:(?:just|be\s+honest\s+and|be\s+straight\s+and)\s+)?"
    r"(?:be\s+(?:(?:very|really|brutally|completely|totally|perfectly|quite)\s+)?(?:honest|frank"
    r"|blunt|straight|candid|clear|upfront|direct|plain)(?:\s+with\s+(?:you|you\s+all|everyone"
    r"|the\s+[\w-]+|people|listeners|viewers))?|say\s+(?:it|this|that)\s+(?:plainly|bluntly"
    r"|clearly|straight|frankly|honestly|simply|now|again|once|out\s+loud)|tell\s+you"
    r"\s+(?:straight|plainly|frankly|honestly|now|this)|put\s+it\s+(?:plainly|bluntly|simply"
    r"|another\s+way|this\s+way))\s*(?:,|:|;|—|–|-{1,2}|\.{3})\s*"
)
_PLAIN_WORDS = ("honest", "frank", "blunt", "straight", "candid", "clear", "upfront", "direct",
                "plain", "simpl", "now", "again", "once", "loud", "this", "way")  # fmt: skip


def candour_frame_dropped(text: str) -> str:
    """``text`` without an opening frame of candour (``_CANDOUR_FRAME``, ``_PLAIN_SPEAKING``):
    "I won't pretend that's enough on its own." → "that's enough on its own.", "I'll be
    honest, I think the 400 figure is a fantasy." → "I think the 400 figure is a fantasy.";
    ``text`` itself when it has none, or when nothing would be left. Raises nothing."""
    lowered = normalise(text)
    tag = _CANDOUR_TAG.search(lowered) if "pretend" in lowered or "lie" in lowered else None
    if tag is not None and tag.start():  # "too high, I'm not going to pretend otherwise"
        return spaced(text)[: tag.start()]
    plain = _PLAIN_SPEAKING.match(lowered) if _has_any(lowered[:60], _PLAIN_WORDS) else None
    if plain is not None and plain.end() < len(lowered.rstrip(" .!")):
        text, lowered = spaced(text)[plain.end() :], lowered[plain.end() :]
    if not _has_any(lowered[:80], _CANDOUR_WORDS):
        return text
    found = _CANDOUR_FRAME.match(lowered)
    if found is None or found.end() >= len(lowered.rstrip(" .!")):
        return text
    return spaced(text)[found.end() :]


# The speaker's verdict on what they have just told, after it: "…, which I'd treat as a best
# case", "…, which I take with a pinch of salt". It judges the clause before; it forecasts
# nothing, and the "I'd" in it is no hypothetical of theirs.
_VERDICT_ASIDE = re.compile(
    r",\s+which\s+(?:i|we)(?:'d|\s+would)?\s+(?:(?:only|just|still)\s+)?(?:treat|take|read"
    r"|call|regard|count|describe|class|see|file|put\s+down)\b[^,;]*$",
    re.IGNORECASE,
)


def verdict_aside_dropped(text: str) -> str:
    """``text`` without a closing verdict aside of the speaker's (``_VERDICT_ASIDE``):
    "Kestrel's engineers told me they're targeting late 2027, which I'd treat as a best
    case." → "Kestrel's engineers told me they're targeting late 2027"; ``text`` itself
    when it has none. Raises nothing. Source of the rule: a non-restrictive "which" clause
    comments on the clause before it."""
    if "which" not in text.lower():
        return text
    found = _VERDICT_ASIDE.search(text.replace("’", "'").rstrip(" .!"))
    return text[: found.start()] if found else text


# A forecast told as the speaker's surprise or its absence: "I'd be surprised if it took
# more than a month", "I wouldn't be surprised if fares rose again", "it would astonish me
# if the bridge opened on time". A prediction of what will (or will not) happen, though its
# "would" and "if" read as a hypothetical's. Not "I was surprised when it opened" (the past).
_SURPRISE_FORECAST = re.compile(
    r"\b(?:(?:i|we)(?:'d|\s+would|\s+wouldn't|\s+would\s+not)\s+(?:(?:not|be|really|very"
    r"|genuinely|honestly|frankly|quite|pretty|be\s+very|be\s+really|be\s+quite)\s+)*be\s+"
    r"(?:(?:very|really|genuinely|quite|pretty|a\s+(?:bit|little)|hugely|more\s+than\s+a\s+little)\s+)?"
    r"(?:surprised|amazed|astonished|shocked|stunned)"
    r"|it\s+(?:would|wouldn't|would\s+not|'d)\s+(?:(?:really|genuinely|very\s+much)\s+)?"
    r"(?:surprise|astonish|amaze|shock)\s+(?:me|us))\s+(?:if|to\s+see)\b"
)


def surprise_forecast(lowered: str) -> bool:
    """Whether ``lowered`` (``normalise``'s) forecasts through the speaker's surprise
    (``_SURPRISE_FORECAST``): "i'd be surprised if it slipped past march", "i wouldn't be
    surprised if rents rose". A prediction, not a hypothetical. Rule: docs/importing.md
    (kind)."""
    if (
        "surpris" not in lowered
        and "amaz" not in lowered
        and "astonish" not in lowered
        and ("shock" not in lowered and "stunned" not in lowered)
    ):
        return False
    return _SURPRISE_FORECAST.search(lowered) is not None
