"""What marks a statement's words as a forecast, a look back, a refusal to forecast, a
commitment or a judgement: the word patterns ``claims.importing.classify`` reads a kind by.

"will", "going to", "within 2 years", "by next year", "is coming" speak of the future;
"had", "ago", a past tense look back; "I'm not going to give you a date" forecasts nothing;
"we plan to", "we undertake to" commit; "should", "is key" judge. Pure functions.
"""

import re

from claims.horizons.tense import TIME_AHEAD_NO_YEAR, present_forms_masked
from claims.importing.agency import hedged, own_act, plan_told_dropped
from claims.importing.baselines import baseline_dropped
from claims.importing.chatter import _LEADING_VOCATIVE, _TRAILING_VOCATIVE
from claims.importing.forecast_refusals import refusals_dropped as _refusals_dropped
from claims.importing.pledges import pledged, without_condition
from claims.importing.spans_so_far import NUMBER as _NUMBER
from claims.importing.spans_so_far import UNIT as _UNIT
from claims.importing.spans_so_far import progress_dropped, record_spans_dropped
from claims.importing.told_past import held_still, reported_would_clause
from claims.importing.told_past import told_past_forecast as _told_past_forecast
from claims.importing.wording import (
    _WORD,
    MIN_WORDS,
    _at_word_boundary,
    _has_any,
    _kept,
    normalise,
)

# What marks a statement as speaking of the future whatever its tense...
PREDICTION_PATTERNS = [
    r"\bwill\b",
    r"\bwon't\b",
    r"\b(?:i|you|we|they|it|he|she|that|there)'ll\b",
    r"\bgoing to\b",
    r"\bgonna\b",
    r"\bshall\b",
    r"\bcoming\b",
    # "soon", but not the word spoken of: "Soon is doing a lot of work there."
    r"\bsoon\b(?:(?<=[a-z\d,]\ssoon)|(?![\"”’']?\s+(?:is|was|isn't|wasn't|does|doesn't|did"
    r"|means|meant|can|could|has|had)\b))",
    r"\beventually\b(?:(?<=[a-z\d,]\seventually)|(?![\"”’']?\s+(?:is|was|means|meant|does"
    r"|doesn't)\b))",
    r"\b(?:one day|someday|some day)\b",
    r"\bin the (?:near |distant |coming )?future\b",
    r"\b(?:probably|likely|unlikely|inevitabl[ey])\b",
    # "I bet", "we expect"; not "the best bet", an opinion.
    r"(?<!can't )(?<!cannot )(?<!best )(?<!safest )(?<!safe )(?<!good )(?<!better )"
    r"\b(?:expect|predict|forecast|bet)(?:s|ed|ing)?\b",
    r"\b(?:on track|about|bound|poised|set) to\b",
    # Odds given on what is to come: "I'd still put a December cut at 60/40", "I'd give it
    # 70%", "odds-on", "I'd put the chances at one in three", "a 70% chance of a cut".
    r"\b(?:i'd|i would|we'd|we would|i|we|i'll)\s+(?:still\s+|now\s+|only\s+)?put\s+"
    r"(?:(?:it|that|this)\s+at\s+\d{1,3}(?:\.\d)?\s*(?:%|per\s?cent)|(?:[\w'’-]+\s+){0,4}?at\s+"
    r"(?:\d\d\s*/\s*\d\d\b|(?:one|two|three|four|five|1|2|3|4|5)\s+in\s+\w+|evens\b"
    r"|fifty[- ]fifty\b))",
    r"\b(?:i'd|i would|we'd|we would|i'll)\s+(?:still\s+|only\s+)?give\s+"
    r"(?:it|that|this|them|him|her|the\s+\w+)\s+(?:(?:a|an|about|maybe|roughly)\s+)?"
    r"(?:\d{1,3}(?:\.\d)?\s*(?:%|per\s?cent)|one in\s+\w+|evens\b|fifty[- ]fifty\b)",
    r"\bodds[- ]on\b",
    # "My own expectation is that rates fall in 2027", "Our central forecast is two cuts".
    r"\b(?:my|our)\s+(?:own\s+|central\s+|base\s+|honest\s+)?(?:expectation|prediction"
    r"|forecast)\s+(?:is|remains)\b",
    # The speaker's hunch, said as theirs: "My gut says we land nearer 38 percent on November
    # 3rd", "my hunch is that it slips", "My money's on a June cut".
    r"\bmy\s+(?:own\s+|honest\s+)?(?:gut(?:\s+(?:feeling|instinct))?|hunch|instinct|money)"
    r"(?:\s+(?:says|tells\s+me|is\s+(?:that|on)|'s\s+on)|'s\s+on)\b",
    # A guess as an aside opening what is said: "my guess, we hit 12,000", "My pick: it passes";
    # not of the past ("my guess, he was away"), nor spoken of ("that was my guess, sorry").
    r"\b(?<![\w'’] )my\s+(?:own\s+|honest\s+|best\s+)?(?:guess|bet|pick)(?:\s*[,:—–]|\s+-)\s*"
    r"(?![^.;!?]*\b(?:was|were|had|did|didn't|wasn't|weren't|went|used\s+to|already)\b)\w",
    r"\b(?:\d{1,3}(?:\.\d)?\s*(?:%|per\s?cent)|(?:one|two|three|1|2|3)[- ]in[- ]"
    r"(?:two|three|four|five|ten|\d+)|fifty[- ]fifty|50[-/]50)\s+(?:chance|probability"
    r"|likelihood|odds)\b",
    r"\b(?:the\s+)?(?:chances|odds|probability|likelihood)\s+(?:of\s+[\w\s'’-]{1,40}?\s+)?(?:are|is"
    r"|at|of)\s+(?:about\s+|roughly\s+|around\s+)?(?:\d{1,3}\s*/\s*\d{1,3}\b|\d{1,3}\s*(?:%|per\s?cent)"
    r"|(?:one|two|1|2)\s+in\s+\w+|evens\b|fifty[- ]fifty\b)",
    r"\bwhen \w+ (?:comes|arrives|happens|lands)\b",
    # "it could come as early as 2026": an earliest date is still a forecast.
    r"\bcould (?:come|happen|arrive|ship|launch|land|reach|hit|be here|be ready)\b",
    r"\bas early as\b",
    # Company guidance: "We're guiding to 33%", "Our outlook for 2027 is flat margins".
    # the verb, not the noun after a determiner: "Their own guide for 2025 was 8,800."
    r"\b(?<!\bthe\s)(?<!\bown\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bour\s)(?<!\bhis\s)"
    r"(?<!\bher\s)(?<!\bmy\s)(?<!\ba\s)guid(?:e|es|ing)\s+(?:to|for|towards?|at|down|up)\b",
    r"\b(?:our|the|my|this|full[- ]year|annual|\w+'s)\s+(?:\w+\s+)?(?:outlook|guidance)"
    r"\s+(?:is|for|of|remains|calls|implies|points)\b",
    # A belief about the future with no date: "We think they recover", "I reckon it rebounds".
    r"\b(?:i|we)\s+(?:still\s+)?(?:think|believe|reckon|suspect|bet|feel)\s+(?:that\s+)?"
    r"(?:[\w'-]+\s+){0,3}?(?:recover|rebound|bounce back|come back|pick up|peak|bottom out"
    r"|improve|recover|stabili[sz]e|normali[sz]e|catch up|overtake|win|lose|collapse|crash"
    r"|double|halve|return|happen|arrive|ship|launch|fail|succeed|fall|rise|drop|climb|grow"
    r"|shrink|decline|slow|accelerate|turn around|come down|go up|go down)s?\b",
]
# A belief about the future with no date: the preview asks for one.
_UNDATED_BELIEF = re.compile(PREDICTION_PATTERNS[-1])
# The noun, after a determiner and at most one word: "a digest of energy forecasts", "the
# forecast moved", "our predictions page". It names forecasts; it makes none.
_FORECAST_NOUN = re.compile(
    r"\b(?:the|a|an|our|their|his|her|its|my|your|these|those|this|that|of|[a-z]+'s)\s+"
    r"(?:[a-z-]+\s+)?(?:forecast|prediction|projection)s?\b(?!\s+(?:that|is|was|will)\b)"
)
# Saying one does not or cannot forecast is no forecast: "We don't predict the future."
_NO_FORECAST = re.compile(
    r"\b(?:don't|do not|doesn't|does not|didn't|did not|can't|cannot|can not|never|won't|"
    r"(?:nobody|no one|no-one) (?:can|could))\s+(?:really\s+|even\s+|try to\s+|ever\s+)?"
    r"(?:predict|forecast|make predictions|make forecasts)(?:s|ing)?\b(?: the future\b)?"
)


@_kept
def refuses_to_forecast(text: str) -> bool:
    """Whether ``text`` is only the speaker declining to forecast ("Look, I'm not going to
    give you a date.", "I don't make house price forecasts, Nadia.", "Ha, I won't take that
    bet."): fewer than ``MIN_WORDS`` words are left once the refusal and a name it is said
    to are set aside. Rule: docs/importing.md, saying one does not forecast is no forecast."""
    lowered = normalise(text)
    left = _refusals_dropped(lowered)
    if left == lowered:
        return False
    spoken = _TRAILING_VOCATIVE.sub("", _LEADING_VOCATIVE.sub("", text))
    left = _refusals_dropped(normalise(spoken))
    return len(_WORD.findall(left)) < MIN_WORDS


# A comparison with a forecast made before tells of the past, and forecasts nothing: "lower
# than the OBR expected", "as analysts had forecast", "beat expectations", "in line with
# guidance". What is left is read on its own ("Inflation came in lower": the past).
_PAST_COMPARISON = re.compile(
    r"[,;]?\s*\b(?:than|as)\s+(?:(?:the|most|many|some|our|their|city|wall street|[a-z]+'s)\s+)?"
    r"(?:[\w&.-]+\s+){0,2}?(?:had\s+|was\s+|were\s+|previously\s+|originally\s+)*"
    r"(?:expected|forecast|forecasted|predicted|projected|anticipated|estimated|feared|hoped"
    r"|guided|pencilled in|penciled in)\b"
    r"|\b(?:beat|beats|beating|missed|misses|missing|exceeded|exceeds|topped|tops|met|meets"
    r"|fell short of|came in (?:above|below|ahead of|under|over)|(?:ahead of|above|below|short of"
    r"|in line with|better than|worse than))\s+(?:the\s+|our\s+|their\s+|its\s+|analysts'\s+"
    r"|market\s+|consensus\s+|street\s+|wall street\s+)*(?:own\s+)?(?:expectations|forecasts?"
    r"|estimates|consensus|guidance|projections|predictions)\b"
)
# Every comparison with a forecast (``_PAST_COMPARISON``) holds one of these.
_COMPARISON_WORDS = (
    "expect", "forecast", "predict", "project", "anticipat", "estimat", "feared", "hoped", "guid",
    "pencil", "consensus",
)  # fmt: skip


def _past_comparison_dropped(lowered: str) -> str:
    """``lowered`` without its comparisons with a forecast made before (``_PAST_COMPARISON``)."""
    if not _has_any(lowered, _COMPARISON_WORDS):
        return lowered
    return _PAST_COMPARISON.sub(" ", lowered)


# Saying nobody knows when is no forecast of when: "nobody knows when AGI will arrive".
_UNKNOWN_WHEN = re.compile(
    r"\b(?:nobody|no one|no-one|(?:i|we) (?:don't|do not|can't|cannot)) (?:knows?|can say|"
    r"can tell|can predict|say|tell|know) (?:when|whether|if|how soon)\b[^,;.!?]*"
)
# A forecast the speaker made before, told now: "In 2019 I predicted rates would be zero".
# So is another's, told as remembered or as what people were saying then: "I remember people
# at this very show in 2019 predicting a million-euro price by 2023", "Everyone was
# predicting a recession", "Analysts predicted in 2020 that rates would stay at zero".
# ...and what does only in the present or future tense: "by 2020 we had already
# shipped a million" looks back at a date.
DATE_PATTERNS = [
    r"\bnext (?:year|decade|month|generation)\b",
    rf"\bwithin (?:the next )?{_NUMBER} {_UNIT}",
    rf"\bin (?:the )?(?:next|coming) (?:{_NUMBER} )?{_UNIT}",
    rf"\bin {_NUMBER} {_UNIT}\b",
    r"\bby (?:next|the end of (?!(?:19|20)\d\d)|the time|mid-(?!(?:19|20)\d\d))",
]
# A year is judged by the horizon parser against the day it was said (``has_horizon``).
_LOOKED_BACK = re.compile(
    r"\b(?:had|was|were|did|already|ago|used to)(?:n't)?\b"
    # The present perfect: "the best thing this city has done in a decade".
    r"|\b(?:has|have|'ve)(?:n't)? (?:been|done|gone|seen|had|made|built)\b"
)
# A negated forecast bounded by a time: "no rate cuts until 2026", "nobody lands on Mars before
# 2030", "not before the summer". The horizon parser reads "not until" as a lower bound, with
# no deadline, but the words still speak of the future.
_NEGATED_BOUND = re.compile(
    r"(?:\bnot|n't|\bnever|\bno|\bnobody|\bnothing|\bnone|\bno one)\b[^,;.!?]*"
    r"\b(?:until|till|before|prior to)\s+(?:next|the|this|mid|early|late|(?:19|20)\d\d\b"
    r"|january|february|march|april|may|june|july|august|september|october|november|december"
    r"|spring|summer|autumn|fall|winter|christmas|q[1-4]\b|h[12]\b)"
)
_PRESENT = re.compile(r"\b(?:is|are|am|will|be|gets)\b")  # "gets acquired": a present passive
COMMITMENT_PATTERNS = [
    r"\b(?:we|they|he|she|it)?\s*(?:plans?|planning|aims?|aiming|intends?|intending|promise[sd]?"
    r"|pledge[sd]?) to\b",
    r"\b(?:moving|going) forward\b",
    # "We are committed to …", not "the largest project we have ever committed to."
    r"\bcommitted to\b(?=\s+\w)",
    # Committing, now: "we are committing today to make every app work offline", "Nimbus
    # commits to license its index", "We will not pre-commit to any particular rate path."
    r"\b(?:pre-?)?commit(?:s|ting)?\s+(?:(?:today|now|here|formally|publicly|fully|firmly"
    r"|ourselves|itself|themselves)\s+)*to\b"
    r"|\b(?:make|makes|making)\s+(?:a|the|this|one|that|our)\s+(?:\w+\s+)?(?:commitment|pledge"
    r"|promise)\b"
    # A promise declared of what was just said: "Keys in the door by autumn. That is a promise."
    r"|\b(?:that|this)(?:'s|\s+is)\s+(?:a|my|our)\s+(?:firm\s+|solemn\s+|personal\s+|cast-iron\s+)?"
    r"(?:promise|commitment|pledge|guarantee)\b"
    # …, or not a hope but the plan: "5,000 units by 2027. That's not a hope, that's the plan."
    r"|\b(?:that|this)(?:'s|\s+is)\s+not\s+(?:just\s+)?a\s+(?:hope|wish|guess|dream),?\s+(?:that|it)"
    r"(?:'s|\s+is)\s+(?:the|our)\s+plan\b",
    r"\bis applying for\b",
    r"\bwe(?:'re| are) (?:launching|releasing|shipping|building)\b",
    r"\bmission is to\b",
    # The speaker's own promise, however said: "I promise we will open two plants by 2028",
    # "We will be carbon neutral by 2035, I promise you", "you have my word".
    r"\b(?:i|we) (?:promise|pledge|vow|guarantee|swear)\b(?! (?:nothing|that's not)\b)"
    r"|\byou have (?:my|our) word\b|\bmark my words, we\b"
    # An office staked on what was just said, joined to it (``fragments.adds_to_before``):
    # "Both lanes will be back open by the end of March. I'll stake my job on that." A
    # reputation staked is a bet on a forecast ("I'd stake my reputation on it"), no pledge.
    r"|\bi(?:'ll| will|'d| would) (?:happily )?stake my (?:job|seat|position) on"
    r" (?:it|that|this)\b",
    # What the speaker's organisation will do, a deliberate act in the first person plural:
    # "We'll build 20,000 new homes by 2029" (not "We'll hit full capacity", an outcome).
    r"\bwe(?:'ll| will| won't| will not| are going to|'re going to| are not going to"
    r"|'re not going to| are gonna|'re gonna)"
    r" (?:(?:also|then|now|still|definitely|personally|immediately|never) )?"
    r"(?:build|open|hire|launch|release|ship|deliver|create|invest|spend|cut|raise|freeze|fund"
    r"|plant|sign|fix|finish|complete|introduce|publish|close|abolish|scrap|repeal|expand"
    r"|extend|double|triple|halve|put|bring|give|offer|pay|start|begin|stop|end|lower|reduce"
    r"|add|install|roll out|set up|make sure|enter|acquire|list|move|relocate|partner|license"
    r"|licence|deploy|pilot|reopen|merge|retire|phase out|shut down|exit"
    r"|migrate|upgrade|replace|trial|adopt|implement|submit|go public|buy back|spin off|honou?r"
    r"|match|require|ban|allow|support|back|approve|authori[sz]e|grant|award|commission"
    r"|decommission|pedestriani[sz]e|electrify|moderni[sz]e|refurbish|renovate|rebuild"
    r"|digiti[sz]e|file|tender|connect|unveil|debut|break ground|issue|test|announce|present"
    r"|report (?:to|back|on)|hold|consult|table|propose|disclose|notify|host"
    r"|do (?:a|an|one|another))\b"
    r"(?!(?<=\bend) up\b)(?!(?<=\bissue) (?:a )?warning\b)"
    r"(?!(?<=\bstart|\bbegin) (?:to )?(?:see|feel|notice|get)(?:ing)?\b)",  # an outcome
    # The speaker's own deliberate act, in the first person singular: "I will publish the
    # full study next spring", "I won't resign before 2027". Not an outcome or a view ("I
    # will be surprised if …", "I'll bet …", "I'll see"), nor a speaker's housekeeping ("I'll
    # leave it there", "I'll introduce our guest", "I'll cut to the chase"): only acts a
    # person promises in public.
    r"\bi(?:'ll| will| won't| will not| shall| am going to|'m going to| am not going to"
    r"|'m not going to| am gonna|'m gonna)"
    r" (?:(?:also|then|now|still|definitely|personally|immediately|never|finally) )?"
    r"(?:publish|release|ship|launch|deliver|unveil|build|open-source"
    r"|open source|hire|complete|submit|veto|sign(?! off)|repay|pay back|donate|fund|invest"
    r"|resign|step down|stand down|retire|run for|stand for|make public|sell|freeze|scrap"
    r"|abolish|repeal|ban|appoint|nominate)\b",
    # A campaign promise, conditional on the speaker's office: "If I'm mayor, the Blue Line
    # opens by the end of 2027", "If elected, I'll freeze rents".
    r"^(?:and |but |so )?(?:if (?:i'm|i am|i become|i'm elected|i am elected|we're|we are"
    r"|we win|i win|elected)|once (?:i'm|i am|we're|we are) (?:in office|elected)"
    # "If the voters give me four more years, I will …", "If voters re-elect us, we'll …".
    r"|if (?:the )?(?:voters|people|residents|members) (?:give|re-elect|reelect|elect|send"
    r"|return|trust) (?:me|us)\b[^,]{0,40})"
    r"(?: (?:mayor|president|prime minister|governor|chancellor|elected|in office"
    r"|in government|in charge|in power|re-elected))?\b,",
    # An undertaking, as courts and regulators take them: "We undertake to publish the audit
    # by 2026", "The company undertook to the court to delete the data by March 2027", "We
    # have given an undertaking to the regulator to …", "… gave an undertaking to the High
    # Court that it would not sell the data".
    r"\b(?:undertak(?:e|es|ing)|undertook|undertaken)\s+(?:(?:to|before|with)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:court|judge|tribunal|regulator|commission|authority|authorities"
    r"|ombudsman|watchdog|parliament|committee|ministry|department|government|fca|sec|cma|ftc"
    r"|ico|ofcom|ofgem|ofwat|creditors|shareholders|customers)\s+)?(?:to|that)\b"
    r"|\b(?:give|gives|gave|given|giving|offer|offers|offered|provide|provides|provided|sign"
    r"|signs|signed|make|makes|made|enter|entered)\s+(?:into\s+)?(?:(?:a|an|the|its|their|our"
    r"|his|her|formal|written|binding|legally|legally-binding|further|new|voluntary|fresh"
    r"|additional)\s+)*undertakings?\b",
    # An agreement to do something: "The defendant agreed to pay by 30 June 2027", "We have
    # agreed to sell the unit by March". Not "agreed to disagree", nor to a thing ("agreed to
    # the terms", a past act).
    r"\b(?:agree|agrees|agreed|agreeing|consent|consents|consented)\s+to\s+(?:(?:fully|promptly"
    r"|jointly|also)\s+)?(?!disagree\b|the\b|a\b|an\b|this\b|that\b|these\b|those\b|it\b"
    r"|them\b|terms\b|\d)[a-z]+\b",
]
OPINION_PATTERNS = [
    r"\bshould(?:n't)?\b",
    r"\bought to\b",
    r"\bmust\b",
    r"\b(?:need|needs) to\b",
    r"\b(?:i|we) (?:think|believe|feel)\b|\b(?<!\w )i say (?!so\b|that again\b)",
    # a stance taken: "we welcome this statement", "I oppose the bill", "we regret the delay"
    r"\b(?:i|we) (?:(?:warmly|very much|strongly|deeply|firmly) )?(?:welcome|regret|deplore"
    r"|condemn|applaud|commend|oppose|reject) (?:this|the|that|these|those|your|his|her|their)\b",
    r"\b(?:best|worst|better|important|interesting|powerful|overrated|underrated)\b",
    # "key" as a judgement ("Patience is key", "the key is", "key to growth"), not as the
    # jargon of a thing's name: "the three key ECB interest rates", "the key rate is 2 percent".
    r"\b(?:is|are|was|were|be|remains?|seems?|becomes?)\s+(?:(?:absolutely|really|so|very|the)\s+)?"
    r"key\b|\bkey\s+(?:to|for|here|now|thing|question|point|lesson|takeaway|insight|issue"
    r"|challenge|priority|risk|factor|driver|battleground|test)s?\b|\bthe\s+key\s+(?:is|was)\b",
    r"\b(?:safest|surest|smartest|wisest) bet\b",
    r"\bis (?:a|the) (?:spectrum|way|realm)\b",
]
_PREDICTION = _at_word_boundary(PREDICTION_PATTERNS)


_DATED = re.compile("|".join(DATE_PATTERNS))
# Each tried on its own: joined in one pattern, none keeps the quick look for its first words.
_COMMITMENTS = tuple(re.compile(pattern) for pattern in COMMITMENT_PATTERNS)
# Per pattern, in the same order, words it cannot match without: a cheap test first.
_COMMITMENT_WORDS = (
    ("plan", "aim", "intend", "promise", "pledge"),
    ("forward",),
    ("committed to",),
    ("commit", "pledge", "promise", "guarantee", "plan"),
    ("is applying for",),
    ("launching", "releasing", "shipping", "building"),
    ("mission is to",),
    ("promise", "pledge", "vow", "guarantee", "swear", "word", "stake my"),
    ("we'll", "we will", "we won't", "we are", "we're"),
    ("i'll", "i will", "i won't", "i shall", "i am", "i'm"),
    ("if ", "once "),
    ("undert",),
    ("agree", "consent"),
)
_FIRST_PERSON = (_COMMITMENT_WORDS[8], _COMMITMENT_WORDS[9])  # "we will build", "i will …"


def _commits(lowered: str) -> bool:
    """Whether ``lowered`` (``normalise``'s) says a commitment: a ``COMMITMENT_PATTERNS`` or
    the speaker's side's act (``agency``), but not a plan told as made before."""
    lowered = plan_told_dropped(lowered)
    for words, pattern in zip(_COMMITMENT_WORDS, _COMMITMENTS, strict=True):
        if _has_any(lowered, words) and (found := pattern.search(lowered)):
            if words in _FIRST_PERSON and hedged(without_condition(lowered[: found.start()])):
                continue  # "I think we'll finish it by 2029": a forecast of one's own act
            return True
    return bool(own_act(lowered)) or pledged(lowered)


_OPINION = _at_word_boundary(OPINION_PATTERNS)


_PAST = re.compile(
    r"\b(?:ago|used to|back then|in the past|last year|was going to|eventually \w+ed)\b"
)
# Past tense: common irregular past forms, and regular "-ed" forms ("halved",
# "launched") but not "-eed" words ("need") or adjectives such as "based".
#
# Irregular past forms are listed ("shrank", "put out" after its subject). A verb whose past is
# its present ("cut", "put", "set") is past after a subject that would make the present take
# an "-s" or that is no auxiliary ("The Fed cut three times", "We put out two models"), with an
# object after it: "a rate cut in 2026" is a noun. Rule: the forms of English irregular verbs.
_IRREGULAR_PAST = (
    r"was|were|did|had|went|ago|grew|fell|rose|sold|took|came|got|made|said|began|built|saw"
    r"|won|lost|spent|paid|led|left|hit|shrank|shrunk|sank|drove|wrote|spoke|bought|brought"
    r"|thought|fought|caught|taught|sought|held|kept|felt|met|sent|lent|meant|told|ran|rang"
    r"|sprang|swam|drank|stood|understood|chose|froze|broke|rode|flew|knew|threw|drew|blew"
    r"|gave|ate|became|struck|stuck|hung|dug|spun|swung|slid|fled|sped|shot|wore|tore|swore"
    r"|woke|shook|forgot|hid|slept|swept|wept|dealt|heard|found|overtook|withdrew|oversaw"
    r"|outgrew|undercut|mistook|foresaw|rebuilt|rewrote|rebounded"
)
_SAME_PAST = r"cut|put|set|let|cost|hurt|shut|spread|split|quit|beat|cast"
_AUXILIARY = (
    r"will|would|could|should|might|must|can|cannot|may|shall|to|not|never|did|do|does|and|or"
    r"|a|an|the|rate|rates|tax|taxes|price|prices|job|jobs|pay|wage|budget|spending|interest"
    r"|i|you|they|we"
)
PAST_TENSE = re.compile(
    rf"\b(?:{_IRREGULAR_PAST}|last (?:year|quarter|month|week))\b"
    rf"|(?<![a-z'])(?!(?:{_AUXILIARY})\b)[a-z]+(?:'s)?\s+(?:also\s+|just\s+|already\s+)?"
    rf"(?:{_SAME_PAST})\b(?=\s+(?!(?:in|by|on|at|to|of|for|from|before|after|comes?|is|are"
    r"|was|will|would|this|next|soon|again|and|or)\b)[\w$])"
    r"|\b(?:we|they|i|you)\s+(?:put|set)\s+(?:out|up|in|off|aside)\b"
    # A participle after an article is an adjective: "a sustained recovery", "the planned
    # launch".
    r"|(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)"
    r"\b(?!based\b|advanced\b|expected\b|committed\b|planned\b|scheduled\b|edited\)"
    # Words that only end like a past: "two hundred dollars", "Manchester United", "a
    # five-year fixed rate".
    r"|(?:hundred|kindred|sacred|naked|wicked|rugged|ragged|jagged|crooked|beloved|united)\b"
    r"|fixed\s+(?:rate|income|mortgage|term|price|costs?|assets?|deposit|line)s?\b)"
    r"[a-z]{2,}[a-df-z]ed\b"
)


# A speaker's hedge on the past: "Probably the best year was 2020", "It was probably a
# mistake". "Probably" marks a forecast only when nothing else tells the time; a past verb
# ("was", "were", "had been") with no word of the future left is a view of the past.
_PROBABLY = re.compile(r"\bprobably\b")
_PAST_VERB = re.compile(r"\b(?:was|were|had\s+been|wasn't|weren't)\b")


def _hedged_past(lowered: str) -> bool:
    """Whether ``lowered`` is only "probably" on a past verb (above)."""
    if "probably" not in lowered or not _PAST_VERB.search(lowered):
        return False
    return not _PREDICTION.search(_PROBABLY.sub(" ", lowered))


@_kept
def looks_like_prediction(text: str) -> bool:
    """Speaks of the future, and not of a future that is already past."""
    lowered = normalise(text)
    # Each pattern below is tried only when the words it cannot match without are there.
    if "forecast" in lowered or "predict" in lowered:
        lowered = _NO_FORECAST.sub(" ", lowered)
    if _has_any(lowered, _UNKNOWN_WORDS):
        lowered = _UNKNOWN_WHEN.sub(" ", lowered)
    lowered = baseline_dropped(_past_comparison_dropped(_refusals_dropped(lowered)))
    lowered = record_spans_dropped(lowered)  # "the lowest in a decade": since, not until
    if "forecast" in lowered or "predict" in lowered:
        lowered = _FORECAST_NOUN.sub(" ", lowered)
    if _PAST.search(lowered) or _told_past_forecast(lowered) or _hedged_past(lowered):
        return False
    if _PREDICTION.search(lowered):
        return True
    if _LOOKED_BACK.search(lowered):
        return False
    # A duration told in the past tense looks back: "She built 900 in four years". The
    # past tense, the dearest pattern, is read once and only when a date or a bound is said.
    past_tense = None
    if _DATED.search(lowered):
        past_tense = _present_of_forecast(lowered, PAST_TENSE.search(lowered))
        if not past_tense or _PRESENT.search(lowered):
            return True
    if not _has_any(lowered, _BOUND_WORDS) or not _NEGATED_BOUND.search(lowered):
        return False
    if past_tense is None:
        past_tense = PAST_TENSE.search(lowered)
    return not past_tense


# A verb whose past is its present ("we hit 40k users by Q3", "infra cost per user halves by
# year end": "cost" a noun there), with a time ahead later in its clause.
_SAME_FORMS = frozenset(("hit", "cut", "put", "set", "let", "cost", "hurt", "shut", "quit"))
_TIME_AHEAD = re.compile(TIME_AHEAD_NO_YEAR)  # a year may be gone: the parser's to see


def _present_of_forecast(lowered: str, found: re.Match | None) -> re.Match | None:
    """``found`` (a past tense in ``lowered``), or None when it is a verb whose past is its
    present with a time ahead after it in its clause: the present of a forecast."""
    if found is None or found.group().split()[-1] not in _SAME_FORMS:
        return found
    return None if _TIME_AHEAD.match(lowered, found.end()) else found


# Words that ``_UNKNOWN_WHEN``, ``_NEGATED_BOUND`` and ``_PAST_FORECAST`` cannot match without.
_UNKNOWN_WORDS = ("nobody", "no one", "no-one", "n't", "not")
_BOUND_WORDS = ("until", "till", "before", "prior to")


UNDATED = "a belief about the future with no date: is it a forecast? give its deadline"


@_kept
def undated_belief(text: str) -> bool:
    """ "We think they recover.": a belief about the future said without a date, a forecast
    whose deadline the curator must give (``UNDATED``)."""
    return _UNDATED_BELIEF.search(normalise(text)) is not None


# A plan kept, said of what is still to come: "as promised", "as we planned", "as agreed".
_AS_PLANNED = re.compile(
    r"\bas (?:(?:we|i|they|he|she|the \w+) (?:have |had )?)?(?:promised|planned|scheduled"
    r"|agreed|announced|pledged|intended|committed|advertised|set out)\b"
)


def _looks_back(lowered: str) -> bool:
    """Whether ``lowered`` tells of the past: "Revenue grew 12%" looks back; "half of all
    cars sold are electric" does not; nor does a forecast still held ("I told you last
    month the bridge would reopen by June, and I stand by it": ``told_past.held_still``)."""
    if held_still(lowered):
        return False
    if clause := reported_would_clause(lowered):
        # "She vowed we'd double the order book by 2027": the future, told back
        return _looks_back(clause.split("would", 1)[-1] if "would" in clause else clause)
    if "as " in lowered:  # "The line opens in December 2027, as promised": no past of its own
        lowered = _AS_PLANNED.sub(" ", lowered)
    lowered = baseline_dropped(lowered)  # "… will be up 15% on last year": a measure
    lowered = progress_dropped(lowered)  # "…, offer already out to one": so far
    if _PAST.search(lowered) or _LOOKED_BACK.search(lowered):
        return True
    # "Bitcoin might hit $200k", "I'm told it ships": present forms (``present_forms_masked``).
    if (
        _present_of_forecast(lowered, PAST_TENSE.search(lowered))
        and not _PRESENT.search(lowered)
        and PAST_TENSE.search(present_forms_masked(lowered))
    ):
        return True
    return _told_past_forecast(lowered)
