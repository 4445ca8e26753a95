"""The clause a date stands in, when it makes the date no deadline of the claim.

A date found in a sentence is the claim's deadline only when it dates what the claim says
will happen. Two kinds of clause date something else:

- **A condition**: "If rates stay high through 2026, housing starts will drop", "Unless the
  ECB cuts by June, Italy could face a crisis", "A US recession next year would hit exporters
  hard" (a subject said with "would" is a condition too: if there is a recession next year).
  The date says when the condition holds, not by when the consequence comes: no deadline is
  taken from it, and the result asks the curator (``CONDITION``). A date of the consequence
  ("…, housing starts will drop by 2028") is its deadline as usual.
- **A present state lasting until a date**: "We are booked out until 2029", "Our order book
  is full through 2028", "The plant is sold out until 2027", "Prices are locked in until
  2030". It is checkable now, no forecast; "until" says how long the state runs, not by when
  something happens. A state said in the future ("we will be sold out until 2029") is a
  forecast and keeps its date.

Pure text checks on the folded (lower-case) sentence, at the offsets of the find. Rules: the
subordinate clauses of English conditionals (Quirk et al., A Comprehensive Grammar of the
English Language, 15.33-15.36); the stative reading of "until" (ibid., 8.62).
"""

from __future__ import annotations

import re

# A word opening a condition. Not "if not" ("by 2030, if not sooner": an upper bound), "if
# any", "if anything", "if at all", "if ever", "if so", nor a speaker's aside ("if you ask
# me", "if I had to guess", "if I'm honest").
_CONDITION = re.compile(
    r"\b(?:(?:even\s+|only\s+)?if(?!\s+(?:not|any|anything|at\s+all|ever|so|only|you\s+(?:ask"
    r"|look|think|like|will|want)|i\s+(?:had\s+to|may|might|'m\s+honest|am\s+honest|'m\s+being"
    r"|were\s+to\s+guess)|we're\s+honest|anyone)\b)|unless|as\s+long\s+as|provided(?:\s+that)?"
    r"|assuming(?:\s+that)?|in\s+the\s+event(?:\s+that|\s+of)?|in\s+case\s+of)\b"
    # Put first: "Absent a deal by June, …", "Without new funding next year, …", and the
    # inverted "Should inflation persist, …", "Were oil to spike, …", "Had they cut, …".
    r"|(?:^|(?<=[.;:!?]\s))(?:absent|barring|without|failing|short\s+of|but\s+for"
    r"|should(?=\s+\w+(?:\s+\w+)?\s+(?!be\b)\w+[^,]*,)|were(?=\s+\w+(?:\s+\w+)?\s+to\b)"
    r"|had(?=\s+\w+(?:\s+\w+)?\s+(?:\w+ed|been|known|taken|done|gone)\b[^,]*,))\b"
)
# Every match of ``_CONDITION`` holds one of these (its first word, or "if", "long", "event",
# "case"): a text with none of them has no condition, and ``_CONDITION``, tried at every
# position, is not run (a cheap look first; a table test checks every opening word).
CONDITION_CUES = re.compile(
    r"if|unless|long|provided|assuming|event|case|absent|barring|without|failing|short|but"
    r"|should|were|had"
)
# Where a condition put first ends: a comma, a dash, "then", or (in captions without
# punctuation) the modal of the clause after it ("if rates stay high housing starts will drop
# by 2027": the date is the consequence's).
_CONDITION_END = re.compile(
    r"[,;:!?—–()]|\s-\s|\.(?:\s|$)|\bthen\b"
    r"|\b(?:will|won't|would|wouldn't|could|might|going\s+to|gonna)\b|(?<=\w)'(?:ll|d)\b"
)
_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)")
# "would" after its subject: the subject is a condition ("A recession next year would …").
_WOULD = re.compile(
    r"\s*(?:[a-z'-]+\s+){0,3}?(?:would|'d)(?:n't)?\s+(?!(?:expect|think|guess|say|bet|imagine"
    r"|anticipate|argue|like|love|rather|hope|suggest)\b)"
)
# "could" or "might" after a subject that names an event, not a thing said to happen: "A
# weaker dollar in 2026 could lift exporters", "An election next year might change it".
_A_SUBJECT = re.compile(r"\s*(?:a|an|any)\s+")
_COULD = re.compile(r"\s*(?:[a-z'-]+\s+){0,3}?(?:could|might)\s+")
_FORECAST = re.compile(r"\bwill\b|\bwon't\b|'ll\b|\bgoing\s+to\b|\bgonna\b")
_REPORTED = re.compile(
    r"\b(?:said|told|thought|expected|predicted|believed|knew|promised|warned|hoped|assumed"
    r"|argued|wrote|claimed|projected|reckoned|guessed|feared|figured|insisted)\b"
)


def condition_at(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the condition the date at ``text[start:end]`` stands in begins and ends ("if
    rates stay high through 2026", "a us recession next year"), or None when the date dates
    the claim.

    ``text`` is the folded sentence; ``start``/``end`` the offsets of the date's phrase.
    """
    sentence_start = _sentence_start(text, start)
    opening = None
    if CONDITION_CUES.search(text, sentence_start, start) is not None:
        # Read a little past the date, for the lookaheads ("if not"), not to the text's end.
        for found in _CONDITION.finditer(text, sentence_start, start + 100):
            if found.start() >= start:
                break
            opening = found
    if opening is not None:
        stop = _CONDITION_END.search(text, opening.end())
        if stop is None or stop.start() >= end:
            if stop is None:
                return opening.start(), len(text.rstrip())
            # Ended by the next clause's modal, no punctuation: its subject is not shown.
            return opening.start(), end if stop.group()[0].isalpha() else stop.start()
    would = _WOULD.match(text, end)
    before = text[sentence_start:start]
    if would is None and not (_A_SUBJECT.match(before) and _COULD.match(text, end)):
        return None
    sentence = text[sentence_start : _sentence_end(text, end)]
    if _FORECAST.search(sentence) or _REPORTED.search(before) or "," in before:
        return None
    return sentence_start + len(before) - len(before.lstrip()), end


def first_condition(text: str) -> tuple[int, int] | None:
    """Where the first condition clause of the folded ``text`` begins and ends ("if rates
    stay high", "unless the ecb cuts by june"), or None."""
    opening = _CONDITION.search(text)
    if opening is None:
        return None
    stop = _CONDITION_END.search(text, opening.end())
    return opening.start(), stop.start() if stop else len(text.rstrip())


# How far back a sentence's start is looked for: a "sentence" longer than this (a pasted page
# without stops) is read from this far back, so each date costs the same however long it is.
_REACH = 1_000


def _sentence_start(text: str, pos: int) -> int:
    last = max(0, pos - _REACH)
    for found in _SENTENCE_END.finditer(text, last, pos):
        last = found.end()
    return last


def _sentence_end(text: str, pos: int) -> int:
    found = _SENTENCE_END.search(text, pos)
    return found.start() if found else len(text)


# A state of the present that lasts until a date: "we are booked out until 2029", "our order
# book is full through 2028", "the plant is sold out until 2027", "capacity is contracted
# until 2030", "rates are locked in until 2028". The verb is "is", "are", "'s", "'re" (or
# none, in notes: "booked out until 2029"); "will be" makes it a forecast.
_STATE = re.compile(
    r"(?:^|\b(?:is|are|am|'s|'re|remains?|stays?|has\s+been|have\s+been|'ve\s+been)\s+)"
    r"(?:(?:already|now|currently|still|effectively|essentially|largely|basically|fully"
    r"|completely|pretty\s+much|all|totally|practically)\s+)*"
    r"(?:booked(?:\s+(?:out|up|solid))?|sold\s+out|oversubscribed|subscribed|full|spoken\s+for"
    r"|locked\s+in|locked\s+up|contracted|reserved|committed|hedged|covered|allocated|taken"
    r"|fixed|guaranteed|secured|funded|in\s+place|backlogged|at\s+capacity)"
    r"(?:\s+(?!(?:until|till|through|thru|by)\b)[a-z'%$\d.,-]+){0,5}?\s+$"
)
# What holds the state, with a verb of covering: "Our backlog covers production through
# 2027", "We have contracts in place until 2030", "Offtake agreements run until 2032".
_HOLDING = re.compile(
    r"\b(?:backlog|order\s*book|orders|contracts?|bookings|hedges?|leases?|offtake"
    r"(?:\s+agreements?)?|supply\s+agreements?|reservations)\b(?:\s+[a-z'-]+){0,4}?\s+"
    r"(?:covers?|extends?|runs?|stretches|in\s+place|fills?|secures?|takes?\s+us)"
    r"(?:\s+[a-z'%$\d.,-]+){0,4}?\s+$"
)
_STATE_PREPS = ("until", "till", "til", "through", "thru")


def present_state_at(text: str, start: int, phrase: str) -> bool:
    """Whether the date at ``text[start:]`` (its phrase folded, "until 2029") says how long
    a present state lasts ("we are booked out until 2029"), not by when something happens."""
    if not phrase.startswith(_STATE_PREPS):
        return False
    sentence_start = _sentence_start(text, start)
    before = text[max(sentence_start, start - 80) : start]
    if _FORECAST.search(text[sentence_start:start]):
        return False
    return _STATE.search(before) is not None or _HOLDING.search(before) is not None


# A free relative naming an event the forecast holds whatever its outcome: "survive whoever
# wins in 2027", "whichever party is elected in 2027 will …", "no matter who wins next year",
# "regardless of which party takes office in 2029", "the winner of the 2028 race will …".
# The date is the event's, not the forecast's. Read in the few words just before the date.
_FREE_RELATIVE = re.compile(
    r"\b(?:whoever|whomever|whichever|whatever|no\s+matter\s+(?:who|which|what)"
    r"|regardless\s+of\s+(?:who|which|what)|(?:winner|victor|loser)s?(?:\s+of)?)\b"
    r"(?:\s+[a-z'-]+){0,5}?\s+$"
)


def free_relative_at(text: str, start: int) -> int | None:
    """Where a free relative clause ("whoever wins", "whichever party is elected") whose
    event the date at ``start`` dates begins in the folded ``text``, or None."""
    if not any(cue in text for cue in ("wh", "matter", "regardless", "winner", "victor", "loser")):
        return None
    found = _FREE_RELATIVE.search(text, max(0, start - 80), start)
    return found.start() if found else None
