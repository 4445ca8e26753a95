"""Scheduled acts: whether a day said with "on" ("on Thursday", "on 12 November", "on Friday
the 18th") is the day something is to happen, or the day something was said or done.

A future before the day ("It will be signed on Monday", "we'll give a breakdown at the
interim results on 12 November") or a verb of a timetable in the present just before it ("the
newsletter goes out on Thursday", "the video goes up on Friday the 18th", "the vote is on
Thursday") makes it the day of an act to come. Not a day told in the past ("told reporters on
Monday that …", "it went out on Thursday": the caller's tense check), a habit ("every
Thursday", "on Thursdays") nor a day dated to a year gone ("on 12 November last year").
An act due "before the vote on 9 September" is due the day before it (``before_event``).
Source: how newsletters, channels and companies announce what they will publish and when
(tests/claims/test_horizons_scheduled_days.py).
"""

from __future__ import annotations

import re

# A future anywhere before the day: "will", "'ll", "going to", "due", "set to".
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|won't|shall|going\s+to|gonna|due|expected\s+to|set\s+to|scheduled\s+to"
    r"|planned\s+for|scheduled\s+for)\b|'ll\b"
)
# A timetable's verb in the present, right before "on": "goes up", "goes out", "is", "are
# out", "opens", "launches", "kicks off", "premieres", with where it happens between ("goes
# live in all three clinics on Monday"; not after a bare "is": "he is in London on Monday").
# Third person only: "we meet on Thursday" may be a habit, and "I publish on Thursdays" is one.
_TIMETABLE_VERB = re.compile(
    r"\b(?:goes|comes|is|are|opens|starts|begins|launches|airs|drops|lands|ships|closes|ends"
    r"|resumes|premieres|debuts|publishes|releases|reports|happens|arrives|kicks\s+off"
    r"|meets|sits|votes|convenes|reconvenes|decides|rules|returns|reopens|expires"
    r"|takes\s+place)"
    r"(?:\s+(?:up|out|live|online|back|ahead|in|on\s+sale|into\s+effect))?"
    # where, between the verb and the day: "goes live in all three clinics on Monday"
    r"(?:(?<!\bis)(?<!\bare)\s+(?:in|at|across)\s+(?:[a-z0-9'-]+\s+){0,3}?[a-z0-9'-]+)?"
    r"(?:\s+[a-z]+ly)?\s+$"
)
# A contest's outcome told in the present, its object between the verb and the day: "Republicans
# pick up two Senate seats on November 3rd", "Okafor wins the runoff on Sunday", "Labour takes
# Hartlepool on Thursday". Not the speaker's own routine ("I take the train on Monday").
_OUTCOME_VERB = re.compile(
    r"(?<!\bi\s)\b(?:wins?|loses?|gains?|picks?\s+up|takes?|flips?|holds?\s+on\s+to|holds?"
    r"|keeps?|sweeps?|clinches?|carries|carry)\b(?:\s+[\w'’$%-]+){0,6}?\s+$"
)
# A deed told in the past just before the day, in a sentence with a future elsewhere: "We will
# discuss the figures we published on 12 November", "what happened on Thursday"; not a passive
# to come ("It will be released on 12 November", "the launch is scheduled on Friday").
_DONE_JUST_BEFORE = re.compile(
    r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bget\s)(?<!\bis\s)(?<!\bare\s)"
    r"\b(?:[a-z]+[^e\W]ed|said|told|went|met|made|did|had|was|were|came|began|sent|held|saw"
    r"|gave|took|wrote|spoke|put|set|left|lost|won|got|sold|paid|built|bought|fell|rose|grew"
    r"|ran|broke|chose|flew|drove|struck|hung|quit)\s+$"
)
# A day opening its sentence, a future after it: "On 12 November the board will decide".
_OPENING = re.compile(r"(?:^|[.;!?]\s*)[\"'(*-]*\s*(?:(?:and|but|so|then)\s+)?$")
_FUTURE_AFTER = re.compile(r"[^.;!?]*?(?:\b(?:will|shall|going\s+to|gonna)\b|'ll\b)")
# The speaker's hunch, before the day: "My gut says we land nearer 38 percent on November
# 3rd", "my bet is they announce on 12 May", "I'd wager it goes on Friday", "I reckon the MPC
# holds on the 19th". Their forecast of
# that day, as a future verb would say.
_HUNCH_BEFORE = re.compile(
    r"\bmy\s+(?:own\s+|honest\s+)?(?:gut(?:\s+(?:feeling|instinct))?|hunch|instinct|money|bet"
    r"|guess)(?:\s+(?:says|tells\s+me|is)|'s)\b|\bi(?:'d|\s+would)\s+(?:bet|wager|guess)\b"
    r"|\bi\s+(?:reckon|bet|suspect|expect)\b"
)
# A habit: "every Thursday", "each Friday", "on alternate Mondays".
_HABIT_BEFORE = re.compile(r"\b(?:every|each|alternate|most|some)\s+(?:other\s+)?$")
# A day dated to a year already gone: "on 12 November last year", "on Friday the year before".
_GONE_AFTER = re.compile(r"\s*,?\s+(?:last\s+year|the\s+year\s+before|a\s+year\s+ago)\b")


def scheduled_at(low: str, start: int) -> bool:
    """Whether the day said with "on" at ``start`` of the lower-cased ``low`` is a scheduled
    act's: a future or the speaker's hunch ("my gut says") anywhere before it, or after it
    when the day opens its sentence, or a timetable's present-tense verb just before it; not
    a deed told in the past just before it."""
    if _DONE_JUST_BEFORE.search(low, max(0, start - 30), start):
        return False
    if _FUTURE_BEFORE.search(low, 0, start) or _HUNCH_BEFORE.search(low, 0, start):
        return True
    if _OPENING.search(low, max(0, start - 12), start) and _FUTURE_AFTER.match(low, start):
        return True
    return bool(
        _TIMETABLE_VERB.search(low, max(0, start - 60), start)
        or _OUTCOME_VERB.search(low, max(0, start - 60), start)
    )


# An act due before an event that the sentence dates with "on": "before the Landtag vote on 9
# September", "ahead of the board meeting on 12/10", "in advance of the hearing on Monday".
_BEFORE_EVENT = re.compile(
    r"\b(?:before|ahead\s+of|prior\s+to|in\s+advance\s+of|in\s+time\s+for\s+the\s+run-up\s+to)"
    r"\s+(?:(?:the|its|their|our|this|next|his|her|a)\s+)?(?:[\w'’-]+\s+){1,4}?$"
)


def before_event(low: str, start: int) -> bool:
    """Whether the day said with "on" at ``start`` dates an event an act is due before
    ("publish it before the vote on 9 September"): due the day before that day, as "before
    9 September" is."""
    return bool(_BEFORE_EVENT.search(low, max(0, start - 60), start))


def habit_before(low: str, start: int) -> bool:
    """Whether the day at ``start`` follows "every", "each" or the like: a habit, no date."""
    return bool(_HABIT_BEFORE.search(low, max(0, start - 16), start))


def gone_after(low: str, end: int) -> bool:
    """Whether words after ``end`` date the day to a year gone ("… last year")."""
    return bool(_GONE_AFTER.match(low, end))
