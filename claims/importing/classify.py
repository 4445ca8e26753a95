"""Which statements are worth proposing, and of what kind.

Plain word patterns, tuned on real notes: a statement that speaks of the future
("will", "going to", "within 2 years", "by next year", "is coming") is a
prediction; a promise of the speaker's organisation ("we plan to", "moving
forward") a commitment; a judgement ("should", "is key", "best") an opinion;
anything else a factual claim. Questions and fragments are not proposed.

The rules live beside this module, one seam each, and are read here:

- ``wording``: how a text is made ready for matching, and the shared cache;
- ``forecasts``: the words of forecasts, looks back, refusals, commitments, judgements;
- ``chatter``: the words of the conversation with no claim in them (filler, housekeeping);
- ``fragments``: answers with no claim of their own;
- ``advice``: recommendations and hypotheticals;
- ``reported_kinds``: clauses of reported speech, a side's refusal of a risk, guesses.

This module gives ``classify``, ``is_candidate`` and ``doubt_remark``, and the names the
other readers import (``__all__``).

A statement passes through several of these checks on its way (split into
sentences, marked with remarks, proposed, classified), mostly with the same
text. The checks that read the text alone are kept behind a bounded cache, as
the horizon readings are (``horizon_readings``): ``classify`` itself is not, as
a hedged year's kind depends on today's date.
"""

import re

from claims.choices import ClaimKind
from claims.horizons import HorizonKind
from claims.horizons.clauses import present_state_at
from claims.importing.acts import UNKNOWN, organisation_act
from claims.importing.advice import CONDITIONAL, advice, condition, hypothetical
from claims.importing.boilerplate import boilerplate
from claims.importing.chatter import (
    _TIME_START,
    declines_to_promise,
    is_filler,
    is_housekeeping,
    is_prompt,
    is_reaction,
)
from claims.importing.current_states import state_of_today
from claims.importing.edit_talk import editing_talk
from claims.importing.empty_talk import greets, says_nothing
from claims.importing.forecast_frames import (
    believed_event,
    called,
    frame_alone,
    framed_forecast,
)
from claims.importing.forecasts import (
    PAST_TENSE,
    UNDATED,
    _commits,
    _looks_back,
    _past_comparison_dropped,
    _refusals_dropped,
    looks_like_prediction,
    refuses_to_forecast,
    undated_belief,
)
from claims.importing.fragments import (
    _YEAR,
    ANSWER,
    FRAGMENT,
    adds_to_before,
    fragment_remark,
    is_time_answer,
    later_year_answer,
    needs_question,
    waits_and_sees,
)
from claims.importing.horizon_readings import read_horizon
from claims.importing.judgements import (
    candour_frame_dropped,
    disbelief,
    judges,
    surprise_forecast,
    verdict_aside_dropped,
    verdict_over_dates,
)
from claims.importing.likely_soon import likely_ahead
from claims.importing.live_talk import live_talk
from claims.importing.meeting_talk import meeting_talk
from claims.importing.modal_forecasts import modal_forecast, modal_hedge, someday_hedge
from claims.importing.named_after import names_the_speaker
from claims.importing.payouts import pays_out
from claims.importing.procedure_talk import procedure
from claims.importing.reported_kinds import (
    guessed_answer,
    holds_back,
    reported_commitment,
    reported_opinion,
    told_service,
)
from claims.importing.site_chrome import date_only, link_pointer
from claims.importing.stances import stance_only
from claims.importing.talk_about_talk import (
    asked_frame_dropped,
    laughed_question,
    signpost_dropped,
    talk_about_talk,
)
from claims.importing.terms import states_terms
from claims.importing.titles import title_cased
from claims.importing.told_past import reported_would_clause
from claims.importing.told_refusals import tells_a_refusal
from claims.importing.unclaimed_talk import unclaimed_talk
from claims.importing.unmade_forecasts import IRONY, ironic, left_open, resolve
from claims.importing.wording import (
    _LONG_AGO,
    _WORD,
    MIN_WORDS,
    _at_word_boundary,
    _bare,
    _has_any,
    _kept,
    normalise,
    spaced,
)

__all__ = [
    "ANSWER",
    "CONDITIONAL",
    "FRAGMENT",
    "MIN_WORDS",
    "PAST_TENSE",
    "UNDATED",
    "adds_to_before",
    "advice",
    "classify",
    "condition",
    "declines_to_promise",
    "doubt_remark",
    "fragment_remark",
    "hypothetical",
    "is_candidate",
    "is_filler",
    "is_housekeeping",
    "is_prompt",
    "is_reaction",
    "is_time_answer",
    "looks_like_prediction",
    "needs_question",
    "normalise",
    "refuses_to_forecast",
    "spaced",
    "undated_belief",
]


def is_candidate(text: str, *, asked: str = "") -> bool:
    """A statement worth a curator's look: not a question, not a fragment, not filler, not a
    host's request, not a refusal to forecast or to promise. With ``asked``, the question it
    answers, a forecast shorter than a statement ("They will.") is one when the question
    names what it is about."""
    if text.rstrip(' ”"’)').endswith("?") or laughed_question(text):
        return False  # "will the landlord even show up? lol" asks too
    if len(_WORD.findall(text)) < MIN_WORDS:
        return bool(asked) and _short_answer(text, asked)
    return _says_something(text)


@_kept
def _says_something(text: str) -> bool:
    """Whether ``text``, of ``MIN_WORDS`` words or more, is none of the talk that claims
    nothing (``is_candidate``); cached, as the planner asks it of a statement more than once."""
    return (
        not is_filler(text)
        and not waits_and_sees(text)
        and not is_prompt(text)
        and not is_housekeeping(text)
        and not refuses_to_forecast(text)
        and not declines_to_promise(text)
        and not stance_only(text)  # "I don't think it is.": a side taken on the question
        and not unclaimed_talk(text)
        and not meeting_talk(text)  # "Item three is the dredging report."
        and not talk_about_talk(text)  # "I'll come back to that in a minute."
        and not live_talk(text)  # "Drop where you're watching from in the chat!"
        and not names_the_speaker(text)  # "… for the record that's Priya Raman …"
        and not date_only(text)  # "17.06.2026", "3/24 9:14 AM": a post's date
        and not link_pointer(text)  # "Full story: ledger-vessary.co/bridge-update"
        and not title_cased(text)  # "Why Kenyan Agritech Is Quietly Winning": a headline
        and not says_nothing(text)  # "It is the right question.", "Hold me to it."
        and not greets(text)  # "Good morning, and good afternoon to the folks in Halifax."
        and not procedure(text)  # "I give the floor to Ms. Halvorsen.", "The meeting rose."
        and not frame_alone(text)  # "Prediction, since everyone else is doing it:"
        and not boilerplate(text)  # "We undertake no obligation to update these statements."
        and not editing_talk(text)  # "I've updated the infobox.", "Support, as long as …"
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


# Quoted words and the tag saying who said them: "“I don't see a recovery before 2029,” she
# said." The tag's past tense is the telling's, not the words': they are read alone.
_SAID_TAG = re.compile(
    r"^[“\"‘'](?P<words>.+?)[,.!?]?[”\"’']\s*,?\s*(?:[\w.'’-]+\s+){1,5}?(?:said|says|added"
    r"|adds|told\s+[\w.'’-]+(?:\s+[\w.'’-]+)?|explained|noted|argued|insisted|warned|wrote"
    r"|recalled|conceded|admitted)(?:\s+[\w.'’-]+){0,4}\s*[.!]?$"
)


# A stake on what was just said, after it: "Rates bottom out by June, you heard it here
# first.", "…, mark my words." Its past tense ("heard") is not the forecast's.
_STAKE_TAG = re.compile(
    r"(?i),\s*(?:(?:and|so)\s+)?(?:mark\s+my\s+words|you\s+(?:heard|read)\s+it\s+here\s+first"
    r"|(?:i'?m\s+)?calling\s+it(?:\s+now)?|(?:you\s+can\s+)?quote\s+me(?:\s+on\s+(?:it|that|this))?"
    r"|(?:you\s+can\s+)?take\s+(?:it|that)\s+to\s+the\s+bank)\s*[.!]*$"
)


def _said_tag_dropped(text: str) -> str:
    """``text`` without a reporting tag after its quoted words (``_SAID_TAG``), and without
    a stake after its words (``_STAKE_TAG``)."""
    staked = _STAKE_TAG.search(text) if "," in text else None
    if staked and staked.start() > 0:
        text = text[: staked.start()].rstrip() + "."
    if text[:1] not in "“\"‘'":
        return text
    found = _SAID_TAG.match(text)
    return found["words"] if found else text


def _acts_for_its_side(text: str) -> bool:
    """ "Solenza will start production …" said with its chief executive named, "Our
    Stockholm pilot starts in Q2 2027": an act of the speaker's side (``acts``), known or
    asked about; not one of an organisation nobody says the speaker speaks for."""
    act = organisation_act(text)
    return act is not None and act[1] != UNKNOWN


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
    text = _said_tag_dropped(text)
    unquoted = _quoted_time_dropped(text)  # "The graveyard of "solid-state in three years" …"
    if unquoted != text:
        text, has_horizon, timed = unquoted, False, False
    # "The clinic is funded until 2027": a term told, before its span is set aside
    told_terms = states_terms(normalise(text))
    text = _without_state_span(text)  # "Builders are sold out until …"
    text = candour_frame_dropped(text)  # "I won't pretend that's enough": no forecast
    text = verdict_aside_dropped(text)  # "…, which I'd treat as a best case": no hypothetical
    text = signpost_dropped(text)  # "…, and I will tell you why.": what follows is the claim
    text = asked_frame_dropped(text)  # "Since it came up in the Q&A: …": the talk's past
    lowered = normalise(text)
    settled = _settled_kind(text, lowered, told_terms=told_terms)
    if settled is not None:
        return settled
    lowered = _refusals_dropped(lowered)
    if (
        _commits(_SIDE_ASIDE.sub("", lowered))  # "We have committed, as a city, to plant …"
        or _acts_for_its_side(text)
        or pays_out(lowered)
        or reported_commitment(lowered)  # "the Company would publish …", its frame dropped
        # "… told reporters that the city would open …": the clause after the saying
        or reported_commitment(reported_would_clause(lowered))
        or holds_back(lowered)  # "We are not going to take any chances with this structure"
        or resolve(lowered)  # "We will not accept another delay.", "I will own it."
        or told_service(lowered)  # "The 12:30 will run as normal."
        or _SIDE_TARGET.search(lowered)  # "we're targeting 40 trucks by July"
    ):
        return ClaimKind.COMMITMENT
    if "had to" in lowered:
        lowered = _GUESS_ASIDE.sub(" ", lowered)  # "If I had to guess, …": no past
    compared = _past_comparison_dropped(lowered)
    if compared != lowered:  # "Sales grew 4%, as analysts had forecast": the past, whatever
        lowered = compared  # its dates
        has_horizon = timed = False
    # "I'd be surprised if it slipped", "I think most of those schemes collapse": forecasts
    surprised = surprise_forecast(lowered) or (
        believed_event(lowered)
        and (has_horizon or not _looks_back(re.split(r"[,;]", lowered, maxsplit=1)[0]))
    )
    if not surprised and (
        hypothetical(text)
        or advice(text)
        or verdict_over_dates(lowered)
        or disbelief(lowered)
        or (reported_opinion(lowered) and not has_horizon)  # "in his view, it was excessive"
        or (someday_hedge(lowered) and not has_horizon)  # "Maybe someday we'll …": its only
        # time the "someday" itself, too vague to date
    ):
        # A view of what would happen, of what ought to be done, or a verdict whose date
        # names what is judged ("The 2030 target is unrealistic").
        return ClaimKind.OPINION
    if (
        surprised
        or looks_like_prediction(text)
        or modal_forecast(lowered)  # "Housing starts may finally recover": hedged
        or ((has_horizon or timed) and not _looks_back(lowered))
        or likely_ahead(lowered)  # "we may well be doing this again tonight"
        or guessed_answer(lowered)  # "I'd guess another ten percent", "Maybe it doesn't."
    ):
        return ClaimKind.PREDICTION
    if later_year_answer(lowered) and fragment_remark(text) == FRAGMENT:
        return ClaimKind.PREDICTION  # "Maybe 2028, honestly.": when, of a forecast before
    return ClaimKind.OPINION if judges(lowered) else ClaimKind.FACTUAL


# The speaker's side's target, its plan: "we're targeting 40 trucks in the fleet by July",
# "Our target is 50 stores by 2027" (not "I think we're targeting too many markets").
_SIDE_TARGET = re.compile(
    r"^(?:(?:also|and|so|now)[,\s]+)*(?:we(?:'re| are) (?:targeting|aiming for) (?:about |around )?"
    r"(?:\d+|[$€£]\d+|one|two|three|four|five|ten)\b|our (?:target|goal) is\b)"
)


# A few words quoted inside a sentence: a phrase named, not the sentence's own words.
_INNER_QUOTE = re.compile(r"(?<=\w )[“\"](?P<words>[^“”\"]{3,80})[”\"](?= \w)")
_MAX_QUOTED_WORDS = 8


def _quoted_time_dropped(text: str) -> str:
    """``text`` without a short phrase quoted inside it when the phrase holds the sentence's
    only time: "The graveyard of "solid-state in three years" press releases is enormous."
    names a slogan's time, and forecasts nothing. ``text`` as it is otherwise: a sentence
    whose own words say a time keeps the quotation."""
    if '"' not in text and "“" not in text:
        return text
    inner = _INNER_QUOTE.search(text)
    if inner is None or len(inner["words"].split()) > _MAX_QUOTED_WORDS:
        return text
    rest = f"{text[: inner.start()]}the phrase{text[inner.end() :]}"
    if read_horizon(rest, said_on=_LONG_AGO).kind != HorizonKind.NONE:
        return text
    if read_horizon(inner["words"], said_on=_LONG_AGO).kind == HorizonKind.NONE:
        return text
    return rest


# Whose name a promise is made in, said as an aside: ", as a city,", ", as a company,".
_SIDE_ASIDE = re.compile(r",\s+as\s+(?:a|an|the)\s+[\w-]+(?:\s+[\w-]+)?,")


def _settled_kind(text: str, lowered: str, *, told_terms: bool) -> str | None:
    """The kind ``text`` has whatever else it says, or None: a refusal, a scheme's terms or a
    state of today told is factual; a forecast its speaker frames as one is a prediction."""
    if (
        refuses_to_forecast(text)
        or told_terms
        or states_terms(lowered)
        or tells_a_refusal(lowered)  # "The CFO won't say when the plant reopens."
        or state_of_today(lowered)  # "The lake is at 41% of capacity this week."
        or left_open(lowered)  # "It's too early to say whether the changes will hit us."
    ):
        # "I'm not going to give you a date.": no forecast, no promise; "The consultation is
        # open until 30 November.": a scheme's terms, told
        return ClaimKind.FACTUAL
    if ironic(lowered):  # "Sure, and I'll be commuting in a flying car by 2028 too."
        return ClaimKind.OPINION
    if framed_forecast(lowered) or called(lowered):  # "My final call: Okafor wins by 6."
        return ClaimKind.PREDICTION  # "I have it passing, narrowly, with about 57%."
    return None


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
# Every doubt ``_DOUBT`` reads holds one of these (a cheap look first).
_DOUBT_WORDS = ("not ", "if", "whether", "who knows", "coin", "doubt")
_JOIN_WORDS = frozenset({"maybe", "perhaps", "possibly"})


@_kept
def doubt_remark(text: str) -> str:
    """A remark when the speaker doubts what they say ("I'm not sure rates will be cut this
    year or next") or hedges a forecast ("Maybe by 2027.", "Maybe, by 2027.", "Rates will
    probably fall by 2027"), so that it is not taken as a forecast with a firm deadline; or
    "". A "maybe" that joins two horizons ("by 2030, maybe 2035") is the horizon's remark
    (alternatives), not this one; a hedge on what looks back ("I think we launched it in
    2019") has no deadline to check, and gets none.
    """
    lowered = normalise(text)
    irony = ironic(lowered)
    if irony:  # "Sure, and I'll be commuting in a flying car by 2028 too."
        return IRONY.format(opener=irony)
    doubt = _DOUBT.search(lowered) if _has_any(lowered, _DOUBT_WORDS) else None
    found = doubt or _hedge_of_forecast(text, lowered)
    # or "Some of those could produce damaging winds", "I'd guess another ten percent"
    hedge = found.group() if found else modal_hedge(lowered) or guessed_answer(lowered)
    if not hedge:
        return ""
    return f"hedged (“{hedge}”): is it a forecast, and of when? check the deadline"


def _hedge_of_forecast(text: str, lowered: str) -> re.Match | None:
    hedges = list(_HEDGE_WORD.finditer(lowered))
    if not hedges:
        return None
    bare = _bare(text)
    forecast = looks_like_prediction(text)
    if not (forecast or _YEAR.search(lowered) or _TIME_START.match(bare)):
        return None
    if not forecast and _looks_back(lowered):
        return None  # "I think we launched it in 2019": a hedge on the past, no deadline to check
    for hedge in hedges:
        if hedge.group() in _JOIN_WORDS:
            reading = read_horizon(text, said_on=_LONG_AGO)
            if reading.remark and hedge.group() in reading.phrase.lower():
                continue  # "by 2030, maybe 2035": alternatives
        return hedge
    return None
