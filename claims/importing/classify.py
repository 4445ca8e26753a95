"""Which statements are worth proposing, and of what kind.

Plain word patterns, tuned on real notes: a statement that speaks of the future
("will", "going to", "within 2 years", "by next year", "is coming") is a
prediction; a promise of the speaker's organisation ("we plan to", "moving
forward") a commitment; a judgement ("should", "is key", "best") an opinion;
anything else a factual claim. Questions and fragments are not proposed.

A statement passes through several of these checks on its way (split into
sentences, marked with remarks, proposed, classified), mostly with the same
text. The checks that read the text alone are kept behind a bounded cache, as
the horizon readings are (``horizon_readings``): ``classify`` itself is not, as
a hedged year's kind depends on today's date.
"""

import datetime
import functools
import re

from claims.choices import ClaimKind
from claims.horizons import HorizonKind
from claims.horizons.clauses import first_condition, present_state_at
from claims.horizons.handlers import NORMATIVE_TAKE
from claims.horizons.tense import present_forms_masked
from claims.importing.chats import back_channel
from claims.importing.horizon_readings import READINGS_KEPT, read_horizon
from claims.importing.introductions import host_self_introduction

# Each check below that reads only its text is cached: see the module's docstring.
_kept = functools.lru_cache(maxsize=READINGS_KEPT)


def _has_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether any of ``words`` is in ``text``: a cheap test before a pattern that cannot
    match without one of them (substring tests cost a tenth of a regular expression's)."""
    for word in words:  # noqa: SIM110 - a loop is three times as fast as ``any`` here
        if word in text:
            return True
    return False


_LOOKBEHINDS = re.compile(r"(?:\(\?<!?[^()]*\))*")


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern`` (split at each ``|`` outside groups and
    classes)."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 1
        elif in_class:
            in_class = char != "]"
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "[":
            in_class = True  # a "]" first in the class ("[]…]", "[^]…]") is one of its own
            i += 2 if pattern.startswith("^]", i + 1) else pattern.startswith("]", i + 1)
        elif char == "|" and not depth:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*parts, pattern[start:]]


def _at_word_boundary(patterns: list[str]) -> re.Pattern:
    """``patterns`` joined as alternatives, each opening with ``\\b`` (maybe after
    lookbehinds), with the ``\\b`` tested once before them: the engine then tries the
    alternatives only where a word starts or ends, not at every character (four times as
    fast on a transcript's statements), and finds what the plain join finds.

    Raises ``ValueError`` for an alternative that does not open so."""
    bodies = []
    for alternative in (part for pattern in patterns for part in _alternatives(pattern)):
        before, boundary, after = alternative.partition(r"\b")
        if not boundary or not _LOOKBEHINDS.fullmatch(before):
            raise ValueError(f"does not open with a word boundary: {alternative!r}")
        bodies.append(before + after)
    return re.compile(r"\b(?:" + "|".join(bodies) + ")")


_NUMBER = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|several)"
_UNIT = r"(?:years?|months?|weeks?|decades?|days?)"

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
    r"\bwhen \w+ (?:comes|arrives|happens|lands)\b",
    # "it could come as early as 2026": an earliest date is still a forecast.
    r"\bcould (?:come|happen|arrive|ship|launch|land|reach|hit|be here|be ready)\b",
    r"\bas early as\b",
    # Company guidance: "We're guiding to 33%", "Our outlook for 2027 is flat margins".
    r"\bguid(?:e|es|ing)\s+(?:to|for|towards?|at|down|up)\b",
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
# Declining to forecast is no forecast, whatever "going to" or "will" it holds: "I'm not going
# to give you a date.", "I don't make house price forecasts.", "Ha, I won't take that bet.",
# "I'm not going to speculate on the timing.", "We won't put a number on it." The pattern
# opens with its subject ("i", "we"), which the engine looks for quickly: a cheaper look
# before it would cost more than it saves.
_DATE_WORD = (
    r"(?:date|number|figure|timeline|timetable|time ?frame|time|forecast|prediction|guess"
    r"|estimate|target|year|deadline|projection|guidance|outlook)s?"
)
_REFUSAL = re.compile(
    r"\b(?:(?:i'm|i am|we're|we are|i|we)\s+(?:just\s+|really\s+|simply\s+|certainly\s+)?"
    r"(?:not\s+(?:going\s+to|gonna|about\s+to|in\s+the\s+business\s+of)|won't|will\s+not"
    r"|don't|do\s+not|can't|cannot|never|wouldn't|would\s+not|shan't|refuse\s+to|decline\s+to"
    r"|would\s+rather\s+not)"
    r"|(?:i|we)'d\s+rather\s+not|(?:i'm|i am|we're|we are)\s+not\s+(?:going|gonna))\s+"
    r"(?:(?:just|really|even|ever|simply|now|today|here|actually|personally)\s+)*"
    r"(?:(?:give|giving|offer|offering|provide|providing|put|putting|name|naming|set|setting)\s+"
    rf"(?:you\s+|us\s+|them\s+|anyone\s+)?(?:(?:a|an|any|the|one|that|specific|precise|exact"
    rf"|firm|hard)\s+)*{_DATE_WORD}(?:\s+on\s+(?:it|that|this|the\s+\w+))?"
    r"|(?:make|making|do|doing|hazard|hazarding)\s+(?:(?:a|any|those|these|such)\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:forecasts?|predictions?|calls?|guess(?:es)?|projections?)"
    r"|(?:take|taking|accept|make)\s+(?:that|the|your|this|a|any|such)\s+(?:\w+\s+)?bets?"
    r"|bet\s+on\s+(?:that|it|this|a\s+date)"
    r"|(?:speculate|speculating|guess|guessing|predict|predicting|forecast|forecasting"
    r"|prognosticate|prognosticating)(?:\s+(?:on|about|as\s+to|over)\s+(?:the\s+|any\s+|a\s+)?"
    r"(?:exact\s+|precise\s+)?(?:timing|dates?|numbers?|that|it|this|when|specifics|timeline"
    r"|future\s+\w+|future))?"
    r"|(?:be|get)\s+drawn(?:\s+(?:on|into)\s+(?:the\s+)?\w+)?"
    rf"|commit\s+to\s+(?:(?:a|any|the|specific|precise|exact|firm)\s+)*{_DATE_WORD}"
    r"|(?:get|go|getting|going)\s+into\s+(?:the\s+)?(?:timing|dates|numbers|forecasting"
    r"|predictions|specifics|speculation|hypotheticals))\b"
)


# Every refusal (``_REFUSAL``) holds one of these: a cheap test first.
_REFUSAL_WORDS = ("not", "n't", "never", "refuse", "decline")


def _refusals_dropped(lowered: str) -> str:
    """``lowered`` without the speaker's refusals to forecast (``_REFUSAL``): what is left
    may still forecast ("I won't give you a date, but rates will fall")."""
    if not _has_any(lowered, _REFUSAL_WORDS):
        return lowered
    return _REFUSAL.sub(" ", lowered)


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
_PAST_FORECAST = re.compile(
    r"\b(?:i|we|he|she|they|you|people|everyone|everybody|analysts|experts|economists|pundits"
    r"|critics|forecasters|many|most|some)\s+(?:had\s+|once\s+|already\s+|correctly\s+"
    r"|wrongly\s+|all\s+|confidently\s+)?(?:predicted|forecasted|guessed|wagered|projected)\b"
    r"|\b(?:remember|remembered|recall|recalled)\b[^.;!?]*?\b(?:predicting|forecasting"
    r"|projecting|saying|promising|betting|claiming|insisting)\b"
    r"|\b(?:i|we|he|she|they|you|people|everyone|everybody|analysts|experts|economists|pundits"
    r"|critics|forecasters)\s+(?:were|was)\s+(?:all\s+|still\s+|already\s+|confidently\s+)?"
    r"(?:predicting|forecasting|projecting|betting\s+on)\b"
)
# ``\b`` tested once before the words that open with it (see ``_at_word_boundary``).
_FUTURE_NOW = re.compile(r"\b(?:will\b|going to\b|gonna\b|still (?:think|expect))|'ll\b")
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
_LOOKED_BACK = re.compile(r"\b(?:had|was|were|did|already|ago|used to)(?:n't)?\b")
# A negated forecast bounded by a time: "no rate cuts until 2026", "nobody lands on Mars before
# 2030", "not before the summer". The horizon parser reads "not until" as a lower bound, with
# no deadline, but the words still speak of the future.
_NEGATED_BOUND = re.compile(
    r"(?:\bnot|n't|\bnever|\bno|\bnobody|\bnothing|\bnone|\bno one)\b[^,;.!?]*"
    r"\b(?:until|till|before|prior to)\s+(?:next|the|this|mid|early|late|(?:19|20)\d\d\b"
    r"|january|february|march|april|may|june|july|august|september|october|november|december"
    r"|spring|summer|autumn|fall|winter|christmas|q[1-4]\b|h[12]\b)"
)
_PRESENT = re.compile(r"\b(?:is|are|am|will|be)\b")
COMMITMENT_PATTERNS = [
    r"\b(?:we|they|he|she|it)?\s*(?:plans?|planning|aims?|intends?|promise[sd]?|pledge[sd]?) to\b",
    r"\b(?:moving|going) forward\b",
    r"\bcommitted to\b",
    # Committing, now: "we are committing today to make every app work offline", "Nimbus
    # commits to license its index", "We will not pre-commit to any particular rate path."
    r"\b(?:pre-?)?commit(?:s|ting)?\s+(?:(?:today|now|here|formally|publicly|fully|firmly"
    r"|ourselves|itself|themselves)\s+)*to\b"
    r"|\b(?:make|makes|making)\s+(?:a|the|this|one|that|our)\s+(?:\w+\s+)?(?:commitment|pledge"
    r"|promise)\b"
    # A promise declared of what was just said: "Keys in the door by autumn. That is a promise."
    r"|\b(?:that|this)(?:'s|\s+is)\s+(?:a|my|our)\s+(?:firm\s+|solemn\s+|personal\s+|cast-iron\s+)?"
    r"(?:promise|commitment|pledge|guarantee)\b",
    r"\bis applying for\b",
    r"\bwe(?:'re| are) (?:launching|releasing|shipping|building)\b",
    r"\bmission is to\b",
    # The speaker's own promise, however said: "I promise we will open two plants by 2028",
    # "We will be carbon neutral by 2035, I promise you", "you have my word".
    r"\b(?:i|we) (?:promise|pledge|vow|guarantee|swear)\b(?! (?:nothing|that's not)\b)"
    r"|\byou have (?:my|our) word\b|\bmark my words, we\b",
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
    r"|match|require|ban|allow|support|back)\b",
    # A campaign promise, conditional on the speaker's office: "If I'm mayor, the Blue Line
    # opens by the end of 2027", "If elected, I'll freeze rents".
    r"^(?:and |but |so )?(?:if (?:i'm|i am|i become|i'm elected|i am elected|we're|we are"
    r"|we win|i win|elected)|once (?:i'm|i am|we're|we are) (?:in office|elected))"
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
    r"\bi (?:think|believe|feel)\b",
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
    ("commit", "pledge", "promise", "guarantee"),
    ("is applying for",),
    ("launching", "releasing", "shipping", "building"),
    ("mission is to",),
    ("promise", "pledge", "vow", "guarantee", "swear", "word"),
    ("we'll", "we will", "we won't", "we are", "we're"),
    ("if ", "once "),
    ("undert",),
    ("agree", "consent"),
)


def _commits(lowered: str) -> bool:
    """Whether ``lowered`` (``normalise``'s) says a commitment: a ``COMMITMENT_PATTERNS``."""
    for words, pattern in zip(_COMMITMENT_WORDS, _COMMITMENTS, strict=True):
        if _has_any(lowered, words) and pattern.search(lowered):
            return True
    return False


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
    r"|\b(?!based\b|advanced\b|expected\b|committed\b|planned\b|scheduled\b|edited\))"
    r"[a-z]{2,}[a-df-z]ed\b"
)
_WORD = re.compile(r"[\w$%]+")

MIN_WORDS = 3

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
    rf"|welcome(?: back)?(?: (?:to|on) (?!an? ){_NAME_WORDS})?"
    r"(?: everyone| everybody| all| folks)?"
    r"|(?:it's |it is )?(?:great|good|nice|lovely|wonderful) to (?:have|see) you"
    rf"(?: {_NAME_WORDS})?"
    # Thanks: "Thanks for having me", "Thank you so much for joining us, Cathie".
    r"|(?:thanks|thank you|many thanks)(?: (?:so|very) much)?(?: (?:again|everyone|all))?"
    r"(?: both)?(?: for (?:having me|having me on|having me back|having us|inviting me"
    r"|the invitation"
    r"|joining us|joining me|coming on|coming in|being here|being with us|your time|listening"
    r"|watching|tuning in|that|the question|asking)(?: (?:today|again|here|on the show))?)?"
    rf"(?: {_NAME_WORDS})?"
    # Pleasantries: "Good to be here", "It's a pleasure to be back", "Happy to be here".
    r"|(?:it's |it is )?(?:(?:a|my|an absolute|always a) )?(?:pleasure|great|good|nice|glad"
    r"|happy|thrilled|delighted|excited|honou?red|wonderful|fun)"
    rf"(?: to be {_BE_HERE})?"
    rf"|(?:i'm |i am )?(?:glad|happy|thrilled|delighted|excited|honou?red) to be {_BE_HERE}"
    r"|the pleasure is (?:all )?mine|my pleasure|likewise"
    # Praise of a question or a point: "Great question", "That's a really good point".
    r"|(?:that's |that is |what )?(?:a |an )?(?:really |very )?(?:great|good|fair|excellent"
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
    r")$"
)
_NOT_BARE = re.compile(r"[^\w'&.\s-]+|(?<!\w)[.-]|[.-](?!\w)")


# Spaces as speech and captions give them: several in a row, a line break, a tab, a
# no-break space between two words.
_LOOSE_SPACE = re.compile(r"\s{2,}|[^\S ]")


def spaced(text: str) -> str:
    """``text`` with one plain space wherever it has a run of white space ("I would  recommend",
    "we would\nsuggest" → "I would recommend", "we would suggest"): the word patterns here
    are written with single spaces. Its ends are kept."""
    return _LOOSE_SPACE.sub(" ", text) if _LOOSE_SPACE.search(text) else text


def normalise(text: str) -> str:
    """Lower case with straight apostrophes and one space between words (``spaced``), for
    matching word patterns: the words' positions are those of ``spaced(text)``."""
    return spaced(text.lower().replace("’", "'").replace("‘", "'"))


@_kept
def _bare(text: str) -> str:
    """Lower case, punctuation dropped, spaces single: "Thanks, Joe!" → "thanks joe"."""
    return " ".join(_NOT_BARE.sub(" ", normalise(text)).split())


_MAX_FILLER_SPACES = 16  # filler is short: longer statements are not matched at all
# The words filler can open with (``_FILLER``): any other first word, and it is none.
_FILLER_OPENERS = frozenset(
    [
        "so",
        "well",
        "and",
        "ok",
        "okay",
        "oh",
        "yeah",
        "yes",
        "hi",
        "hello",
        "hey",
        "all",
        "alright",
        "good",
        "welcome",
        "it's",
        "it",
        "great",
        "nice",
        "lovely",
        "wonderful",
        "thanks",
        "thank",
        "many",
        "a",
        "an",
        "my",
        "always",
        "i'm",
        "i",
        "glad",
        "happy",
        "thrilled",
        "delighted",
        "excited",
        "honored",
        "honoured",
        "the",
        "likewise",
        "that's",
        "that",
        "this",
        "what",
        "really",
        "very",
        "how",
        "quite",
        "too",
        "yep",
        "yup",
        "no",
        "nope",
        "sure",
        "right",
        "exactly",
        "absolutely",
        "definitely",
        "totally",
        "of",
        "indeed",
        "correct",
        "true",
        "fair",
        "agreed",
        "got",
        "makes",
        "mm",
        "mm-hmm",
        "mmhmm",
        "uh",
        "uh-huh",
        "um",
        "umm",
        "uhh",
        "hmm",
        "hmmm",
        "wow",
        "go",
        "please",
        "we'll",
        "we",
        "stay",
        "more",
        "let's",
        "see",
        "until",
        "talk",
        "take",
        "bye",
        "goodbye",
        "cheers",
        "pleasure",
        "on",
        "with",
    ]
)
_FIRST_WORD = re.compile(r"[\w'’-]+")


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
_TURN_OPENERS = frozenset(
    [
        "so",
        "ok",
        "okay",
        "now",
        "well",
        "and",
        "a",
        "hi",
        "hello",
        "hey",
        "let's",
        "i",
        "i'm",
        "this",
        "my",
        "it's",
        "don't",
        "not",
    ]
)
# Turning to a subject, and a bare disagreement: "Let's talk energy.", "I don't agree."
_TURN_OR_DISAGREEMENT = re.compile(
    r"^(?:(?:so|ok|okay|now|well|and|a)\s+)*(?:"
    r"let's (?:talk|turn to|move on to|get to|talk about|come to)(?: \w+){1,2}"
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


# The running of a recording, and its technical trouble: "Okay, I think we're live.", "We're
# getting some echo.", "Let me share my screen.", "You're on mute.", "Can you hear me?". Matched
# against the whole statement, bare (``_bare``), with what may open each phrase set aside.
_ON_AIR_PHRASE = (
    r"(?:(?:so|well|and|ok|okay|oh|alright|all right|right|um+|uh+|sorry|hi|hey|hello|yeah"
    r"|great|perfect|cool|i think|it looks like|looks like|it seems|seems like)\s)*(?:"
    r"(?:we're|we are|i'm|i am|you're|you are|are we|am i) (?:now )?(?:live|on air|recording"
    r"|rolling|streaming)(?: now| again)?"
    r"|(?:we're|we are|i'm|i am|you're|you are) (?:getting|hearing|picking up) (?:some |a bit of "
    r"|a little |an |a lot of |lots of )?(?:echo|feedback|lag|static|noise|background noise"
    r"|delay)(?: \w+){0,3}"
    r"|(?:can|could) (?:you|everyone|everybody|people|y'all|you all) (?:hear|see) (?:me|us|my"
    r" screen|the screen|that|this|my slides)(?: okay| ok| alright| now| all right)?"
    r"|(?:let me|i'll|i will|i'm going to|i'm gonna) (?:just )?(?:share|stop sharing|unshare"
    r"|unmute|mute) (?:my |the )?(?:screen|slides|deck|mic|microphone)?"
    r"|(?:you're|you are|i think you're|i think you are|you're still|you are still) (?:on mute"
    r"|muted|frozen|breaking up|cutting out|lagging|echoing)"
    r"|(?:you|it) (?:cut|froze|dropped) out"
    r"|(?:sorry )?(?:my|the|your) (?:connection|internet|wifi|wi-fi|audio|mic|microphone|video"
    r"|camera|sound) (?:is|was|keeps|seems|just) [\w' ]{1,30}"
    r"|we (?:lost|seem to have lost) (?:you|him|her|them|the \w+)"
    r"|(?:testing|test)(?: testing| one two| 1 2| 123)*"
    r"|(?:let's|we'll) (?:give|wait) (?:it|people|everyone|folks) (?:a|another) (?:minute|moment"
    r"|second|few minutes|couple of minutes)(?: \w+){0,4}"
    r"|(?:i'll|let me) (?:drop|post|put) (?:the|a) links? in the chat"
    r"|sorry (?:about|for) (?:that|the (?:delay|noise|echo|interruption|wait|technical \w+))"
    r"|welcome back(?: to (?:the|our) (?:show|podcast|program|programme|stream|episode))?"
    r"(?: everyone| everybody| folks| all)?"
    r")"
)
# Several run together, as unpunctuated captions give them: "okay we're live can you hear me".
_ON_AIR = re.compile(rf"^{_ON_AIR_PHRASE}(?: {_ON_AIR_PHRASE})*$")


def _on_air(text: str) -> bool:
    """The running of a recording (``_ON_AIR``), said to someone or not: "Sara, you're on
    mute."."""
    spoken = _TRAILING_VOCATIVE.sub("", _LEADING_VOCATIVE.sub("", text))
    return _ON_AIR.match(_bare(spoken)) is not None


@_kept
def is_filler(text: str) -> bool:
    """Words of the conversation with no claim in them: a greeting, thanks, praise of a
    question, a reaction to the line before ("That's soon."), a sign-off, the running of a
    recording and its trouble ("Okay, I think we're live.", "You're on mute."), a chat's
    back-channel ("+1", "ok will do": ``chats.back_channel``), a speaker
    naming themselves, a turn to a subject ("Let's talk energy."), a bare disagreement;
    also when said to someone by name ("Great question, Kara.", "Priya, great to have you.").
    """
    if text.count(" ") > _MAX_FILLER_SPACES:
        return False
    text = _ANSWER_LABEL.sub("", text.strip())  # an interview's "A: I don't agree."
    first = _FIRST_WORD.search(text)
    word = first.group().lower().replace("’", "'") if first else ""
    if word in _TURN_OPENERS and (
        _INTRODUCTION.match(text)
        or _TURN_OR_DISAGREEMENT.match(_bare(text))
        or host_self_introduction(text, whole=True)
    ):
        return True
    if word in _FILLER_OPENERS and _FILLER.match(_bare(text)):
        return True
    if is_reaction(text) or _on_air(text) or back_channel(text):
        return True
    if "," not in text:
        return False
    spoken = _TRAILING_VOCATIVE.sub("", _LEADING_VOCATIVE.sub("", text))
    return (
        spoken != text and _opens_like_filler(spoken) and _FILLER.match(_bare(spoken)) is not None
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
    the year.", "Mr. Baxter, your response.", "Walk us through the timeline." A claim it asks
    for is the answer's (``claims.importing.parsing.asks`` reads it as a question)."""
    if text.count(" ") > _MAX_FILLER_SPACES + 4:
        return False
    return _PROMPT.match(normalise(text).strip()) is not None


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
    r"|.{0,100}\b(?:needs|requires) (?:no|little) introduction\b"
    # "Sofia Ramirez is the chief executive of Voltera and she joins us from Madrid."
    r"|.{0,100}\b(?:joins|is joining|is with|is here with) (?:us|me)(?: (?:now|today|tonight"
    r"|again|live|here|remotely|in the studio|on the line))*"
    r"(?: (?:from|in|via|on) [\w' .,-]{1,40})?$"
    r"|(?:please )?(?:note|be advised|remember|keep in mind) that (?:\w+ ){0,6}"
    r"(?:forward-looking|forward looking)\b"
    r"|.{0,120}\bforward-?looking statements\b"
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
    a turn to a subject, captions' chatter. None of it is a claim."""
    bare = _bare(_ANSWER_LABEL.sub("", text.strip()))
    if not bare or len(bare.split()) > _MAX_HOUSEKEEPING_WORDS:
        return False
    return _HOUSEKEEPING.match(bare) is not None


def is_candidate(text: str, *, asked: str = "") -> bool:
    """A statement worth a curator's look: not a question, not a fragment, not filler, not a
    host's request. With ``asked``, the question it answers, a forecast shorter than a
    statement ("They will.") is one when the question names what it is about."""
    if text.rstrip(' ”"’)').endswith("?"):
        return False
    if len(_WORD.findall(text)) < MIN_WORDS:
        return bool(asked) and _short_answer(text, asked)
    return (
        not is_filler(text)
        and not is_prompt(text)
        and not is_housekeeping(text)
        and not refuses_to_forecast(text)
    )


_SHORT_FORECAST = re.compile(
    r"^(?:(?:yes|yeah|no|oh|well|absolutely|definitely)[,.!]?\s+)*(?:they|it|we|he|she|rents"
    r"|prices|rates)(?:'ll|\s+will|\s+won't|\s+will\s+not)[.!]*$"
)


def _short_answer(text: str, asked: str) -> bool:
    """ "They will." after "Ms. Reyes, will rents come down if you're elected?": a forecast
    whose subject is the question's. Not after a question of no subject of its own ("Will
    it?")."""
    if not _SHORT_FORECAST.match(normalise(text).strip()):
        return False
    words = [w for w in _WORD.findall(normalise(asked)) if w not in _QUESTION_FILLER]
    return len(words) >= MIN_WORDS


_QUESTION_FILLER = frozenset(
    {"will", "would", "it", "they", "that", "this", "so", "and", "really", "do", "you", "think"}
)


FRAGMENT = "fragment: read with the line before?"
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


def _fragment(text: str) -> str:
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


@_kept
def looks_like_prediction(text: str) -> bool:
    """Speaks of the future, and not of a future that is already past."""
    lowered = normalise(text)
    # Each pattern below is tried only when the words it cannot match without are there.
    if "forecast" in lowered or "predict" in lowered:
        lowered = _NO_FORECAST.sub(" ", lowered)
    if _has_any(lowered, _UNKNOWN_WORDS):
        lowered = _UNKNOWN_WHEN.sub(" ", lowered)
    lowered = _past_comparison_dropped(_refusals_dropped(lowered))
    if "forecast" in lowered or "predict" in lowered:
        lowered = _FORECAST_NOUN.sub(" ", lowered)
    if _PAST.search(lowered) or _told_past_forecast(lowered):
        return False
    if _PREDICTION.search(lowered):
        return True
    if _LOOKED_BACK.search(lowered):
        return False
    # A duration told in the past tense looks back: "She built 900 in four years". The
    # past tense, the dearest pattern, is read once and only when a date or a bound is said.
    past_tense = None
    if _DATED.search(lowered):
        past_tense = PAST_TENSE.search(lowered)
        if not past_tense or _PRESENT.search(lowered):
            return True
    if not _has_any(lowered, _BOUND_WORDS) or not _NEGATED_BOUND.search(lowered):
        return False
    if past_tense is None:
        past_tense = PAST_TENSE.search(lowered)
    return not past_tense


# Words that ``_UNKNOWN_WHEN``, ``_NEGATED_BOUND`` and ``_PAST_FORECAST`` cannot match without.
_UNKNOWN_WORDS = ("nobody", "no one", "no-one", "n't", "not")
_BOUND_WORDS = ("until", "till", "before", "prior to")
_PAST_FORECAST_WORDS = (
    "predict", "forecast", "guessed", "wagered", "project", "remember", "recall", "betting",
)  # fmt: skip


def _told_past_forecast(lowered: str) -> bool:
    """ "I predicted rates would be zero by 2020": a forecast made before, looked back on,
    unless the speaker holds it still ("… and I still think so", "it will")."""
    if not _has_any(lowered, _PAST_FORECAST_WORDS):
        return False
    return bool(_PAST_FORECAST.search(lowered)) and not _FUTURE_NOW.search(lowered)


UNDATED = "a belief about the future with no date: is it a forecast? give its deadline"


@_kept
def undated_belief(text: str) -> bool:
    """ "We think they recover.": a belief about the future said without a date, a forecast
    whose deadline the curator must give (``UNDATED``)."""
    return _UNDATED_BELIEF.search(normalise(text)) is not None


# A hedged year said alone, as the answer to "when?": "Maybe 2028, honestly.", "Or 2031."
_YEAR_ANSWER = re.compile(
    r"^(?:(?:maybe|probably|perhaps|possibly|or|more like|make it|say|realistically|honestly)"
    r"[,\s]+)+(?:by\s+|before\s+|around\s+)?((?:19|20)\d\d)\b[^.!?]{0,20}[.!]?$"
)


def _later_year_answer(lowered: str) -> bool:
    """A hedged year alone, not before this year: a forecast's time, not the past's."""
    found = _YEAR_ANSWER.match(lowered.strip())
    return (
        found is not None and int(found.group(1)) >= datetime.datetime.now(tz=datetime.UTC).year - 1
    )


# ---- Advice and recommendations: opinions, whatever their dates.
#
# "Should" (and "ought to") is a forecast when the verb after it says how something will
# change, come or turn out ("Rates should fall by March", "We should see margins improve in
# Q4", "It should be ready by 2027"): the speaker expects it. After a verb of doing, it
# recommends ("MAS should publish its stress-test results", "The Fed should cut rates by
# March"), as "must", "need(s) to", "has to" and "have to" do after any verb. Rule: the
# epistemic and deontic readings of English modals (Palmer, Mood and Modality, ch. 2-3).
_DEONTIC = re.compile(
    r"\b(?P<modal>should(?:n't)?|ought(?:n't)? to|must(?:n't)?|needs? to|has to|have to)\s+"
    r"(?:(?:not|never|also|really|now|still|urgently|immediately|quickly|first|at least|at last"
    r"|then|probably|definitely)\s+)*(?P<verb>[a-z]+)\b"
)
_EXPECTING = re.compile(
    r"(?:be|see|fall|rise|drop|decline|ease|cool|recover|rebound|improve|pick|come|arrive|reach"
    r"|hit|peak|bottom|land|stabili[sz]e|normali[sz]e|return|remain|stay|get|grow|slow|accelerate"
    r"|increase|decrease|double|halve|triple|happen|follow|settle|moderate|continue|end|close"
    r"|finish|start|begin|turn|tick|trend|exceed|top|clear|pass|widen|narrow|soften|strengthen"
    r"|weaken|firm|level|catch|go|benefit|help|mean|lead|result|expect|anticipate|keep"
    r"|outperform|underperform|beat|miss|surpass|overtake|win|lose|shrink|expand|rally|slide|sink"
    r"|climb|jump|soar|plunge|tumble|dip|edge|hold|run)"
)
_EXPECTING_MODALS = ("should", "ought to", "shouldn't", "oughtn't to")
# Advice in the imperative: "Don't buy on a floodplain.", "Avoid long-duration bonds next
# year." Not a forecast said as one ("Don't expect cuts before June", "Expect three cuts").
_IMPERATIVE = re.compile(
    r"^(?:[-*•>\d.)\s]+)?(?:(?:so|and|but|look|honestly|please|just),?\s+)*"
    r"(?:(?:don't|do\s+not|never|always)\s+(?!(?:going|gonna|been|be\s+surprised|again|before"
    r"|ever|happen|expect|bet|count|assume|hold\s+your\s+breath|underestimate|rule)\b)[a-z]+"
    r"|(?:avoid|buy|sell|hold\s+on\s+to|stay\s+(?:away|out|in|invested|long|short)|invest|consider"
    r"|remember|make\s+sure|beware|diversify|refinance|lock\s+in|get\s+out\s+of|steer\s+clear"
    r"|stick\s+with|skip|ignore|trim|rebalance|hedge|insure|keep\s+(?:your|some|cash|a)"
    r"|wait\s+(?:until|till|for|before|a\s+(?:year|few))|hold\s+off"
    # A think-tank's or a regulator's recommendations, listed: "Fast-track permits for storage".
    r"|fast-track|streamline|simplify|prioriti[sz]e|mandate|phase\s+out|scrap|abolish|reform"
    r"|introduce|establish|adopt|require|legislate|ringfence|ring-fence|be\s+"
    r"(?:careful|wary|cautious|prepared|ready)|think\s+twice)\b(?!\s+(?:will|would|is|are"
    r"|was|were|has|had)\b))"
)


# A recommendation said as one: "The report recommends that the Treasury publish a plan",
# "We urge the Fed to hold", "Policymakers would be wise to cut", "I'd wait until 2026".
# Not "calls for", which in markets forecasts ("Goldman calls for three cuts").
_RECOMMENDS = re.compile(
    r"\b(?:recommends?|recommending|urges?|urging|advises?|advising|(?:we|i)(?:'d|\s+would)?"
    r"\s+(?:(?:strongly|really|personally|always|definitely|certainly|just|probably|gently)\s+)?"
    r"(?:recommend|urge|advise|suggest|propose))\b(?!\s+(?:against\s+)?(?:caution|patience)\b)"
    # "My advice would be to wait", "Our recommendation is to hold off".
    r"|\b(?:my|our)\s+(?:(?:honest|strong|best|only|main|general)\s+)?(?:advice|recommendation"
    r"|suggestion|tip)\s+(?:would\s+be|'d\s+be|is|remains|has\s+always\s+been)\b"
    r"|\b(?:would|'d)\s+(?:be\s+(?:wise|well\s+advised)|do\s+well)\s+to\b|\b(?:had|'d)\s+better\b"
    r"|\bit(?:'s|\s+is)\s+(?:high\s+)?time\s+(?:for\s+\S+(?:\s+\S+)?\s+)?to\b"
    r"|^(?:honestly,?\s+|personally,?\s+)?(?:i'd|i\s+would|we'd|we\s+would)\s+(?:personally\s+)?"
    r"(?:wait|buy|sell|avoid"
    r"|hold\s+off|stay|steer|lock|refinance|invest|rent|fix|be\s+(?:careful|wary|cautious))\b"
)
# A condition put first, before advice in the imperative: "If you're a first-time buyer, wait".
_LEADING_CONDITION = re.compile(r"^(?:if|unless|when|once|until|before)\b[^,]{1,80},\s+")


def advice(text: str) -> re.Match | None:
    """The words that make ``text`` advice or a recommendation, or None: the imperative
    ("Don't buy on a floodplain.", "Avoid long bonds next year.") or a modal of obligation
    before a verb of doing ("MAS should publish its stress-test results", "Regulators must
    act before the end of the year"). "Should" before a verb of change or arrival is a
    forecast ("Rates should fall by March"), and a "will" makes any of them one ("The ECB
    will need to cut by June")."""
    lowered = normalise(text).strip(" “\"‘'(")
    found = _IMPERATIVE.match(lowered) or _IMPERATIVE.match(
        _LEADING_CONDITION.sub("", lowered, count=1)
    )
    if found:
        return found
    if _FUTURE_NOW.search(lowered):
        return None
    if not _has_any(lowered, _ADVICE_WORDS):  # a cheap look before the patterns
        return None
    recommends = _has_any(lowered, _RECOMMENDS_WORDS) and _RECOMMENDS.search(lowered)
    return recommends or _obligation(text, lowered)


# Words that ``_RECOMMENDS`` cannot match without.
_RECOMMENDS_WORDS = (
    "recommend", "urg", "advi", "suggest", "propose", "tip", "wise", "well", "better", "time",
    "'d", "would",
)  # fmt: skip
# Words that ``_DEONTIC`` cannot match without.
_OBLIGATION_WORDS = ("should", "ought", "must", "need", "has to", "have to")
# Advice holds one of these (``_RECOMMENDS`` or ``_DEONTIC``): a cheap look first.
_ADVICE_WORDS = _RECOMMENDS_WORDS + _OBLIGATION_WORDS


def _obligation(text: str, lowered: str) -> re.Match | None:
    """The first modal of obligation before a verb of doing, or None (see ``advice``)."""
    found = _DEONTIC.search(lowered)
    if found is None:
        return None
    modal, verb = found["modal"], found["verb"]
    if modal in _EXPECTING_MODALS and _EXPECTING.fullmatch(verb):
        return None
    if verb == "take" and NORMATIVE_TAKE.search(text):
        return None  # "Permitting should take one year": how long, asked as such
    return found


# ---- Hypotheticals: what would happen if, not what will.
#
# "A US recession next year would hit exporters hard", "Unless the ECB cuts by June, Italy
# could face a crisis": a consequence under a condition the speaker does not forecast, said
# with "would", "could" or "might". A "will" ("If rates stay high through 2026, housing starts
# will drop") forecasts the consequence, should the condition hold: a prediction still.
# "I would expect", "I'd say": the speaker's own view, not a hypothetical.
_NOT_HYPOTHETICAL_AFTER = (
    r"(?!\s+(?:expect|think|guess|say|bet|imagine|anticipate|argue|add|like|love|rather|hope"
    r"|suggest|recommend|caution|warn)\b)"
)
_HYPOTHETICAL_MODAL = re.compile(rf"\b(?:would|could|might|'d)(?:n't)?\b{_NOT_HYPOTHETICAL_AFTER}")
_WOULD = re.compile(rf"\bwould(?:n't)?\b{_NOT_HYPOTHETICAL_AFTER}")
# "could", "might" after an event said with "a": "A weaker dollar in 2026 could lift exporters".
_A_SUBJECT = re.compile(r"(?:a|an|any)\s+\w")
_COULD = re.compile(r"\b(?:could|might)\b")
# A subject before "would" that is no condition: a pronoun, or the speaker's advice ("My
# advice would be to wait": a recommendation, ``advice``).
_NO_CONDITION = re.compile(
    r"(?i)^(?:i|we|you|he|she|they|it|that|this|there|which|who|(?:my|our)\s+(?:\w+\s+)?"
    r"(?:advice|recommendation|suggestion|tip))$"
)
# "would" after a verb of saying or thinking in the past is reported speech, not a hypothetical:
# "She said rates would fall", "We thought it would ship in May".
_REPORTED_WOULD = re.compile(
    r"\b(?:said|told|thought|expected|predicted|believed|knew|promised|warned|hoped|assumed"
    r"|argued|wrote|claimed|forecast|projected|reckoned|guessed|feared|figured|insisted"
    r"|saying|telling|thinking|expecting|predicting|promising|warning|claiming|arguing"
    r"|insisting)\b"
    r"(?:\s+\S+){0,8}?\s+(?:would|could|might)\b"
)
_FORECAST_VERB = re.compile(  # ``\b`` tested once before the words that open with it
    r"\b(?:will\b|won't\b|going to\b|gonna\b|(?:i|we)\s+(?:expect|predict|forecast)\b)|'ll\b"
)


def condition(text: str) -> str:
    """The condition ``text`` sets its claim under, as said ("if rates stay high through
    2026", "a US recession next year" before "would"), or "": an "if", "unless", "as long
    as", "provided", "assuming" or "in the event of" clause, or a subject said with
    "would". Shapes: "If X, Y will…", "Y would… if X", "Unless X, Y could…", "An X would…".
    """
    text = spaced(text)  # the positions of ``lowered``
    lowered = normalise(text)
    span = first_condition(lowered)
    if span is not None:
        return text[span[0] : span[1]].strip()
    would = _WOULD.search(lowered) or _dated_event_could(lowered)
    if would and not _REPORTED_WOULD.search(lowered) and would.start() > 0:
        subject = text[: would.start()].strip(" ,")
        if len(subject.split()) >= 2 and not _NO_CONDITION.match(subject):
            return subject
    return ""


def _dated_event_could(lowered: str) -> re.Match | None:
    """ "could" or "might" after a dated event said with "a" ("A weaker dollar in 2026 could
    lift exporters"); not a thing said to come ("A deal could come by June")."""
    if not _A_SUBJECT.match(lowered):
        return None
    could = _COULD.search(lowered)
    if could is None:
        return None
    subject = read_horizon(lowered[: could.start()], said_on=_LONG_AGO)
    return could if subject.kind != HorizonKind.NONE else None


_MODAL_WORDS = re.compile(r"ould|might|'d")


def hypothetical(text: str) -> bool:
    """Whether ``text`` says what would (could, might) happen under a condition it does
    not forecast: "A US recession next year would hit exporters hard", "If rates stay high,
    starts could drop". A forecast of the consequence ("… will drop") is not one, nor is a
    consequence said with its own time ("The digital euro could be ready in 2029, provided
    the legislation is adopted in 2026."): a hedged forecast under a condition."""
    lowered = normalise(text)
    if not _MODAL_WORDS.search(lowered):  # a cheap look before the patterns
        return False
    if _FORECAST_VERB.search(lowered) or not _HYPOTHETICAL_MODAL.search(lowered):
        return False
    said = condition(text)
    if not said:
        return False
    consequence = spaced(text).replace(said, " ", 1)
    return read_horizon(consequence, said_on=_LONG_AGO).kind == HorizonKind.NONE


CONDITIONAL = (
    "conditional (“{condition}”): {what}; no deadline is taken from the condition:"
    " give one if the speaker forecasts it"
)


_SPAN_WORD = re.compile(r"\b(?:until|till|til|through|thru)\b")
_CLAUSE_STOP = re.compile(r"[,;:.!?—–]")


def _without_state_span(text: str) -> str:
    """``text`` without how long a present state lasts ("We are booked out until the end of
    next year" → "We are booked out"): a state of today, whose "next year" forecasts
    nothing."""
    text = spaced(text)  # the positions of ``lowered``
    lowered = normalise(text)
    if "til" not in lowered and "thr" not in lowered:  # no "until", "till", "through"
        return text
    for span in _SPAN_WORD.finditer(lowered):
        if present_state_at(lowered, span.start(), lowered[span.start() :]):
            stop = _CLAUSE_STOP.search(lowered, span.end())
            return text[: span.start()] + (text[stop.start() :] if stop else "")
    return text


# The speaker's aside on a forecast, whose "had" looks back at nothing.
_GUESS_ASIDE = re.compile(r"\bif i had to (?:guess|bet|say|put a number on it)\b")


def classify(text: str, *, has_horizon: bool = False, timed: bool = False) -> str:
    """The kind of claim ``text`` looks like: a ``ClaimKind`` value.

    ``has_horizon``: a dated horizon after the day the words were said; ``timed``: any such
    horizon, dated or not ("2035 at the earliest", "around 2030"). Either makes a statement
    that does not look back a prediction; so does a short answer that says when, of a
    subject said before ("Maybe by 2027.", "No. 2035 at the earliest.", "Inflation at 2%?
    Not before 2026."), which ``fragment_remark`` marks.
    """
    text = _without_state_span(text)  # "Builders are sold out until the end of next year"
    lowered = normalise(text)
    if refuses_to_forecast(text):
        return ClaimKind.FACTUAL  # "I'm not going to give you a date.": no forecast, no promise
    lowered = _refusals_dropped(lowered)
    if _commits(lowered):
        return ClaimKind.COMMITMENT
    if "had to" in lowered:
        lowered = _GUESS_ASIDE.sub(" ", lowered)  # "If I had to guess, …": no past
    compared = _past_comparison_dropped(lowered)
    if compared != lowered:  # "Sales grew 4%, as analysts had forecast": the past, whatever
        lowered = compared  # its dates
        has_horizon = timed = False
    if hypothetical(text) or advice(text):
        return ClaimKind.OPINION  # a view of what would happen, or of what ought to be done
    if looks_like_prediction(text) or ((has_horizon or timed) and not _looks_back(lowered)):
        return ClaimKind.PREDICTION
    if _later_year_answer(lowered) and fragment_remark(text) == FRAGMENT:
        return ClaimKind.PREDICTION  # "Maybe 2028, honestly.": when, of a forecast before
    return ClaimKind.OPINION if _OPINION.search(lowered) else ClaimKind.FACTUAL


def _looks_back(lowered: str) -> bool:
    """Whether ``lowered`` tells of the past: "Revenue grew 12%" looks back; "half of all
    cars sold are electric" does not; nor does a forecast still held."""
    if _PAST.search(lowered) or _LOOKED_BACK.search(lowered):
        return True
    # "Bitcoin might hit $200k", "I'm told it ships": present forms (``present_forms_masked``).
    if (
        PAST_TENSE.search(lowered)
        and not _PRESENT.search(lowered)
        and PAST_TENSE.search(present_forms_masked(lowered))
    ):
        return True
    return _told_past_forecast(lowered)


# The speaker doubts what follows: "I'm not sure rates will be cut this year or next."
_DOUBT = _at_word_boundary(
    [
        r"\b(?:i'm|i am|we're|we are|i'm just|i am just) not (?:sure|certain|convinced)\b"
        r"|\b(?:i|we) (?:don't|do not|can't|cannot) (?:know|say|tell) (?:if|whether)\b"
        r"|\b(?:it's |it is )?(?:unclear|uncertain|hard to say|anyone's guess) (?:if|whether)\b"
        r"|\bwho knows\b|\bcoin ?flip\b|\bi doubt\b|\bi have my doubts\b"
    ]
)


# The speaker's hedge on a forecast, with or without commas: "Maybe by 2027", "Maybe, by
# 2027", "Rates will probably fall by 2027", "by 2027 i think". It keeps the deadline (the
# horizon parser reads "maybe" as no approximation) and is shown to the curator.
_HEDGE_WORD = re.compile(
    r"\b(?:maybe|perhaps|possibly|probably|i think|i'd (?:guess|say|think)|i guess"
    r"|my (?:best |honest |own |personal )?guess(?: would be| is)?|my (?:hunch|gut feeling|gut)"
    r"|my (?:central |working )?(?:base case|baseline|assumption)(?: is)?|i suspect|i reckon"
    r"|i'd (?:wager|bet|imagine)|i imagine|chances are|odds are|if i had to (?:guess|bet))\b"
)
_JOIN_WORDS = frozenset({"maybe", "perhaps", "possibly"})
_LONG_AGO = datetime.date(1900, 1, 1)  # any year said reads as a horizon: the phrase is wanted


@_kept
def doubt_remark(text: str) -> str:
    """A remark when the speaker doubts what they say ("I'm not sure rates will be cut this
    year or next") or hedges a forecast ("Maybe by 2027.", "Maybe, by 2027.", "Rates will
    probably fall by 2027"), so that it is not taken as a forecast with a firm deadline; or
    "". A "maybe" that joins two horizons ("by 2030, maybe 2035") is the horizon's remark
    (alternatives), not this one.
    """
    lowered = normalise(text)
    found = _DOUBT.search(lowered) or _hedge_of_forecast(text, lowered)
    if not found:
        return ""
    return f"hedged (“{found.group()}”): is it a forecast, and of when? check the deadline"


def _hedge_of_forecast(text: str, lowered: str) -> re.Match | None:
    hedges = list(_HEDGE_WORD.finditer(lowered))
    if not hedges:
        return None
    bare = _bare(text)
    if not (looks_like_prediction(text) or _YEAR.search(lowered) or _TIME_START.match(bare)):
        return None
    for hedge in hedges:
        if hedge.group() in _JOIN_WORDS:
            reading = read_horizon(text, said_on=_LONG_AGO)
            if reading.remark and hedge.group() in reading.phrase.lower():
                continue  # "by 2030, maybe 2035": alternatives
        return hedge
    return None
