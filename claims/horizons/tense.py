"""A light tense check: does a sentence read as past tense rather than about the future?"""

from __future__ import annotations

import functools
import re

# A time ahead later in the clause ("… by the end of September", "… by Q3", "… before
# Christmas"): a verb whose past is its present ("hit", "cut", "cost") is then the present of
# a forecast (a year gone there is the parser's to see).
# ``TIME_AHEAD_NO_YEAR`` leaves a year out, for a reader that cannot tell a year gone.
_AHEAD_BOUND = r"[^.;!?]*\b(?:before|by)\s+(?:the\s+(?:end|start|middle|close)\s+of\s+)?"
_AHEAD_WORDS = (
    r"next|this|year[- ]end|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|q[1-4]"
    r"|h[12]|christmas|summer|autumn|fall|winter|spring"
)
TIME_AHEAD = rf"{_AHEAD_BOUND}(?:{_AHEAD_WORDS}|(?:19|20)\d\d)\b"
TIME_AHEAD_NO_YEAR = rf"{_AHEAD_BOUND}(?:{_AHEAD_WORDS})\b"
_PAST_RE = re.compile(
    r"\b(?:did|was|were|had|went|took|came|got|made|said|began|built|ago|yesterday|last"
    r"|used\s+to|grew|fell|rose|sold|won|lost|spent|paid|shrank|sank|drove|wrote|bought"
    r"|brought|thought|held|kept|sent|ran|stood|chose|broke|knew|gave|became|saw|agreed)\b"
    # The present perfect: "has been late every morning this month", "the best thing this
    # city has done in a decade".
    r"|\b(?:has|have|'ve|hasn't|haven't)\s+(?:(?:just|already|ever|never|not|only|really"
    r"|consistently|always)\s+)?(?:been(?!\s+told\b)|done|gone|seen|grown|fallen|risen|become|begun|shown"
    r"|known|taken|given|driven|written|won|lost|built|sold|made|had)\b"
    # "It's been late every day this week": before "been", "'s" is "has", never "is".
    r"|'s\s+(?:(?:just|already|ever|never|not|only|really|consistently|always)\s+)?"
    r"been(?!\s+told\b)\b"
    # "told", but not hearsay in the present: "I'm told it ships by June" (``_TOLD_NOW``).
    # The look back follows the word, so it is tried only where "told" is (twice as fast).
    r"|\btold\b(?<!i'm told)(?<!i am told)(?<!we're told)(?<!we are told)(?<!been told)"
    r"|\b(?!hundred\b|based\b|advanced\b|edited\))[a-z]{2,}[a-df-z]ed\b"
    # A verb whose past is its present, after a subject: "The Fed cut three times in 2024";
    # not with a time ahead in its clause: "But they cut at least once before the end of
    # September." is the present of a forecast (a year gone there is the parser's to see).
    rf"|\b(?:the\s+[a-z]+|we|they|he|she|it)\s+(?:cut|put|set|hit)\s+(?!in\b|by\b|on\b)[a-z\d$]"
    rf"(?!{TIME_AHEAD})",
)
_FUTURE_RE = re.compile(
    r"\b(?:will|won't|shall|going\s+to|gonna|would|should|could|might|must|expects?|predicts?"
    r"|plans?|hopes?|aims?|wants?|intends?|next|upcoming|coming)\b|'ll\b"
    # "is expected to", "are forecast to", "is scheduled to": the passive looks ahead.
    r"|\b(?:is|are|'s|'re|remains?)\s+(?:now\s+|still\s+|widely\s+)?(?:expected|forecast"
    r"|forecasted|projected|predicted|scheduled|slated|set|due|poised|likely|guided)\s+to\b"
    # A forecast told in the passive, as weather and traffic bulletins do: "gales are expected
    # over the sound", "rain is forecast across the region".
    r"|\b(?:is|are|'re|remains?)\s+(?:now\s+|still\s+|widely\s+)?(?:expected|forecast"
    r"|forecasted|predicted)\s+(?:over|across|in|on|from|into|along|at|for|through|until|by"
    r"|overnight|later|throughout)\b"
    # A forecast's time straight after the participle, as a weather bulletin says it: "storms
    # are expected tomorrow afternoon", "a line of storms expected tonight".
    # Not a subject's own past: "the storms we expected tomorrow never came".
    r"|(?<!\bwe\s)(?<!\bi\s)(?<!\bthey\s)(?<!\bhe\s)(?<!\bshe\s)(?<!\byou\s)"
    r"\b(?:expected|forecast|forecasted|predicted)\s+(?:tomorrow|tonight|overnight"
    r"|later\s+(?:today|tonight)|this\s+(?:afternoon|evening|weekend))\b",
)


# The time a saying was made, right before the time phrase: "Mr Daniel Kerr said in December
# that he expects …", "She told the Senate economics committee in January that …", "he wrote
# in a note in March". A verb of saying in the past, then at most an audience or a medium,
# never a verb of its own ("said the plant will open in December" is the plant's time).
_HEARD_IN = (
    r"(?:committee|house|chamber|senate|parliament|assembly|conference|board|meeting|summit"
    r"|hearing|council|note|letter|interview|speech|statement|report|podcast|briefing|call"
    r"|post|blog|team|staff|board|employees|workforce|press|media|audience|crowd|room)"
)
_SAID_AT = re.compile(
    r"\b(?:said|told|wrote|warned|announced|stated|predicted|forecast|projected|estimated"
    r"|argued|claimed|noted|insisted|promised|pledged|testified|conceded|suggested|added)"
    r"(?:\s+(?:reporters|journalists|analysts|investors|shareholders|parliament|lawmakers"
    r"|legislators|mps|senators|staff|employees|workers|colleagues|customers|clients|voters"
    r"|members|delegates|listeners|viewers|readers|me|us|them|him|her"
    r"|(?:the|a|an|his|her|their|its|our|my)\s+"
    rf"(?:[a-z-]+\s+){{0,3}}?{_HEARD_IN}|(?-i:[A-Z][\w&-]*)(?:\s+(?-i:[A-Z][\w&-]*)){{0,3}}))?"
    # … and where: "wrote in a note", "said at the hearing", "told MPs in a letter".
    r"(?:\s+(?:in|at|on|to|before|during)\s+(?:the|a|an|his|her|their|its)\s+"
    rf"(?:[a-z-]+\s+){{0,3}}?{_HEARD_IN})?"
    r"\s+$",
    re.IGNORECASE,
)


# The saying right after the time phrase: "… stood up at our industry dinner in June and
# said the new rules would be in force by April 2026".
_AND_SAID = re.compile(
    r"\s*,?\s+and\s+(?:then\s+)?(?:said|told|wrote|warned|announced|promised|pledged|predicted"
    r"|forecast|insisted|claimed)\b",
    re.IGNORECASE,
)


# The saying after a time phrase that opens the sentence: "On 12 May the Minister for Regional
# Infrastructure, Mr Tobias Rendell-Moss, said in a media release that …". Its subject comes
# between, and no verb of the future does ("On 12 May the vote will be held, she said").
_OPENED_SAID = re.compile(
    r"[^.;!?]{0,120}?\b(?:said|told|wrote|warned|announced|stated|predicted|forecast|claimed"
    r"|insisted|promised|pledged|testified|informed|assured|advised|vowed|declared)\b",
    re.IGNORECASE,
)
_FUTURE_BETWEEN = re.compile(
    r"\b(?:will|would|shall|going\s+to|is\s+to|are\s+to|due)\b|['’]ll\b", re.IGNORECASE
)
_WHEN_PREP = re.compile(r"(?:on|in|at|during|this|last|earlier)\b", re.IGNORECASE)
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:;]\s+|[\"“(]\s*)$")


def said_at(text: str, start: int, end: int | None = None) -> bool:
    """Whether the time phrase at ``start`` (to ``end``) in ``text`` tells when something
    was said ("… said in December that …", "… told the committee in January that …", "…
    stood up at our industry dinner in June and said …"), not when what was said comes due.
    Source: reported speech in news copy and Hansard, where the saying's time goes straight
    after its verb and its audience, or just before "and said"."""
    if _SAID_AT.search(text, max(0, start - 90), start) is not None:
        return True
    if (
        end is not None
        and _WHEN_PREP.match(text, start)
        and _SENTENCE_OPENS.search(text, max(0, start - 3), start)
    ):
        said = _OPENED_SAID.match(text, end)
        if said is not None and not _FUTURE_BETWEEN.search(text, end, said.start(0) + len(said[0])):
            return True  # "On 12 May the Minister … said …": when it was said
    # "… stood up at our dinner in June and said …": a deed told in the past, then the saying.
    before = text[max(0, start - 80) : start]
    return end is not None and _AND_SAID.match(text, end) is not None and _sounds_past(before)


# A text is checked by several handlers in one parse (each find's); the check is pure.
@functools.lru_cache(maxsize=256)
def _sounds_past(text: str) -> bool:
    """A light tense check for phrases that do not say which way they point ("in August")."""
    return bool(_PAST_RE.search(text)) and not _FUTURE_RE.search(text)


# A modal, "to" or a negation before a verb whose base form is also its past form ("might
# hit", "could well cut", "may never quit", "to set"): the base form, looking ahead, not the
# past. "Might have hit" is the past, and is left alone. Rule: English modals take the bare
# infinitive (the forms of English irregular verbs: hit, hit, hit).
_MODAL_BASE = re.compile(
    r"\b(?:might|may|could|can|will|would|should|must|shall|cannot|to|won't|wouldn't|couldn't"
    r"|shouldn't|mightn't|can't|mustn't)(?:'ll|'d)?\s+"
    r"(?:(?:not|never|well|easily|even|also|still|just|soon|finally|eventually|quickly"
    r"|probably|possibly|likely|really|actually|all|yet|ever|one day|then|now|again|first"
    r"|already|barely|only|in turn)\s+)*"
    r"(?P<verb>hit|cut|set|put|let|quit|spread|shut|split|cost|hurt|beat|cast|undercut|upset"
    r"|offset|reset)\b"
    r"|(?:'ll|'d)\s+(?:(?:not|never|well|easily|even|also|still|just|soon|finally|probably"
    r"|likely|really|all|then|now|again|first)\s+)*"
    r"(?P<contracted>hit|cut|set|put|let|quit|spread|shut|split|cost|hurt|beat|cast|undercut"
    r"|upset|offset|reset)\b"
)
_MODAL_CUE = re.compile(r"ould|ight|may|can|will|ust|hall|to\b|n't|'ll|'d\b")
# Hearsay passed on now, a present passive: "I'm told it ships by June", "we've been told".
_TOLD_NOW = re.compile(
    r"\b(?:i'm|i am|we're|we are|i've been|i have been|we've been|we have been)\s+"
    r"(?:now\s+|reliably\s+|being\s+)?(?P<verb>told)\b"
)


def _upper_verb(found: re.Match) -> str:
    verb = "contracted" if found.groupdict().get("contracted") else "verb"
    start, end = found.start(verb) - found.start(), found.end(verb) - found.start()
    said = found.group()
    return said[:start] + said[start:end].upper() + said[end:]


# A participle after a measure, saying what it counts, then a preposition: "under 180
# EUR/kWh INSTALLED in the reference region", "12 GW CONNECTED across the grid": an
# adjective, no past. Source: energy and markets talk, which prices things so.
_MEASURED = re.compile(
    r"\d[\d.,]*\s*(?:%|[a-z$€£]+(?:/[a-z]+)?|/[a-z]+)?\s+(?P<verb>installed|built|delivered|deployed"
    r"|sold|shipped|connected|added|commissioned|contracted|invested|raised|spent|produced"
    r"|generated|recorded|landed|retrofitted)(?=\s+(?:in|at|across|per|for|on|within|around)\b)"
)


def present_forms_masked(lowered: str) -> str:
    """``lowered`` (lower case) with a base form after a modal ("bitcoin might HIT $200k by
    2027"), present hearsay ("i'm TOLD it ships by june") and a participle counting a
    measure ("180 eur/kwh INSTALLED in the region") upper-cased, so that lower-case
    patterns of the past tense do not read them as past. Unchanged when there is none of
    them (a cheap look first)."""
    if _MODAL_CUE.search(lowered):
        lowered = _MODAL_BASE.sub(_upper_verb, lowered)
    if "told" in lowered:
        lowered = _TOLD_NOW.sub(_upper_verb, lowered)
    if "ed " in lowered and any(c.isdigit() for c in lowered):
        lowered = _MEASURED.sub(_upper_verb, lowered)
    return lowered
