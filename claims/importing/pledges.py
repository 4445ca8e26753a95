"""A speaker's pledge said in the words of giving one's word, and a condition that is no hedge.

- The word given: "And I give this House my word: the Commission will report to Parliament
  every six months", "I give you my word", "We give residents our guarantee", "You can hold
  me to that", "My word on it.", "… every Sunday until the election, promise" (a promise
  tagged at the end, as chat and speech say it), "I can promise you the depot reopens by
  May". What follows (or precedes) is the speaker's commitment, whoever its grammatical
  subject: the speaker vouches for it as their own act or their side's.
- A condition before a first person's act ("If the data read out the way we hope, we will
  file with the FDA by mid-2027") says when the act happens, not how sure the speaker is of
  it: the hope inside the condition does not make the act a forecast. A hedge outside it
  still does ("If it goes well, I think we'll file by 2027").

Source of the shapes: parliamentary debates (the European Parliament's and the Commons'
verbatim reports), campaign livestreams and town halls, biotech investor presentations.
Pure functions on ``normalise``'s lower-cased text.
"""

import re

from claims.importing.wording import _has_any

_WHOM = (
    r"(?:you|you all|all of you|this house|the house|this committee|the committee|this"
    r" chamber|the chamber|parliament|congress|the council|this council|members|residents"
    r"|voters|everyone|the people of [a-z' -]{1,30}?|the public|shareholders|investors)"
)
_PLEDGE = re.compile(
    rf"\b(?:i|we) (?:give|am giving|'m giving|are giving|'re giving) {_WHOM} (?:my|our)"
    r" (?:solemn )?(?:word|promise|pledge|guarantee|commitment)\b"
    r"|\b(?:i|we) give (?:my|our) (?:solemn )?word\b|\b(?:my|our) word on (?:it|that|this)\b"
    r"|\byou can hold (?:me|us) to (?:it|that|this)\b"
    r"|\bi can (?:promise|guarantee) (?:you|this house|everyone|residents|voters)\b"
    # a promise tagged at the end: "…, promise", "… — I promise!", "…, swear"
    r"|(?:,|—|–|\s-)\s*(?:i )?(?:promise|swear)[.!]*\s*$"
)
# Every pledge ``_PLEDGE`` reads holds one of these words.
_PLEDGE_WORDS = ("word", "promise", "pledge", "guarantee", "commitment", "hold", "swear")
_CONDITION = re.compile(
    r"^(?:(?:and|but|so|now),? )?(?:if|once|when|unless|provided(?: that)?|assuming|as long as"
    r"|subject to)\b[^,]{1,120},\s*"
)


def pledged(lowered: str) -> bool:
    """Whether ``lowered`` gives the speaker's word for what it says (above): a commitment."""
    if not _has_any(lowered, _PLEDGE_WORDS):  # a cheap look first
        return False
    return _PLEDGE.search(lowered) is not None


def without_condition(before: str) -> str:
    """``before`` (the words before a first person's act) without a condition opening it:
    "if the data read out the way we hope, " → ""; a hedge after the condition is kept."""
    return _CONDITION.sub("", before, count=1)
