"""Advice and hypotheticals (``claims.importing.classify``): opinions, whatever their dates.

A recommendation ("We would suggest waiting for the next model", "MAS should publish its
stress-test results") or the imperative ("Don't buy on a floodplain.") says what ought to be
done; "would", "could" or "might" under a condition the speaker does not forecast ("A US
recession next year would hit exporters hard") says what would follow. Pure functions.
"""

import re

from claims.horizons import HorizonKind
from claims.horizons.clauses import first_condition
from claims.horizons.handlers import NORMATIVE_TAKE
from claims.importing.horizon_readings import read_horizon
from claims.importing.told_past import FUTURE_NOW as _FUTURE_NOW
from claims.importing.wording import _LONG_AGO, _has_any, normalise, spaced

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
    r"(?:careful|wary|cautious|prepared|ready)|think\s+twice"
    # What a witness or a campaigner asks for, said as an order: "Double the flood
    # maintenance budget, straight away.", "Fund the councils properly".
    r"|(?:double|halve|triple|increase|raise|boost|cut|fund|restore|build|fix|ban|freeze"
    r"|reverse|publish|spend|stop)\s+(?=(?:the|your|our|their|its|this|that|these|those"
    r"|all|every|more)\b))\b(?!\s+(?:will|would|is|are"
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
# "would" in a clause of its own after a concession or a link, with a pronoun as its subject:
# "Housing starts may recover, although we would not bet on it": the speaker's hedge on the
# forecast before, no condition for it.
_OWN_CLAUSE_SUBJECT = re.compile(
    r"(?i)[,;]\s*(?:(?:although|though|but|yet|and|while|whereas)\s+)?"
    r"(?:i|we|you|he|she|they|it|that|this|there)$"
)
# "would" after a verb of saying or thinking in the past is reported speech, not a hypothetical:
# "She said rates would fall", "We thought it would ship in May".
_REPORTED_WOULD = re.compile(
    r"\b(?:said|told|thought|expected|predicted|believed|knew|promised|warned|hoped|assumed"
    r"|argued|wrote|claimed|forecast|projected|reckoned|guessed|feared|figured|insisted"
    r"|saying|telling|thinking|expecting|predicting|promising|warning|claiming|arguing"
    r"|insisting|swore|vowed|assured|guaranteed|pledged)\b"
    r"(?:\s+\S+){0,8}?(?:\s+(?:would|could|might)|['’]d)\b"
)
_FORECAST_VERB = re.compile(  # ``\b`` tested once before the words that open with it
    r"\b(?:will\b|won't\b|going to\b|gonna\b|(?:i|we)\s+(?:expect|predict|forecast)\b"
    # "Ana Ruiz said she expects …, and that costs would …": her forecast, reported.
    r"|said\s+(?:he|she|they)\s+(?:expects?|expected|predicts?|predicted|forecast)\b)|'ll\b"
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
        own_clause = _OWN_CLAUSE_SUBJECT.search(subject)
        if len(subject.split()) >= 2 and not (_NO_CONDITION.match(subject) or own_clause):
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
