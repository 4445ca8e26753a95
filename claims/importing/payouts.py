"""A fund's or a company's payout to its investors, said as its own act: a commitment.

"We will distribute the proceeds of the sale, approximately $41 million, to limited partners
by December 31", "We'll return $18 million to our investors in the first quarter", "We will
pay out a special dividend in March", "We will call the remaining 20% of commitments next
year": what the speaker's side decides to do with its investors' money, as a letter to
limited partners or to shareholders says it. "Return" and "call" are acts only with money
after them ("We will return to growth" is an outcome: a forecast still), and a hedge before
("I think we will distribute …") leaves the act a forecast (``agency.hedged``).

Source of the shapes: funds' quarterly letters to their limited partners and companies'
letters to shareholders. Pure functions on ``normalise``'s lower-cased text.
"""

import re

from claims.importing.agency import hedged

_WE_WILL = (
    r"\bwe(?:'ll| will| won't| will not| are going to|'re going to| shall)"
    r" (?:(?:also|then|now|still|promptly|finally) )?"
)
_MONEY = (
    r"(?:\$|€|£|(?:the |its |our |their )?(?:proceeds|capital|cash|distributions?|dividends?"
    r"|commitments|remaining|balance|excess|surplus|special|interim|final|approximately|about"
    r"|roughly|some|all|half|\d))"
)
_PAYOUT = re.compile(
    rf"{_WE_WILL}(?:distribute|pay out|make (?:a |an |the )?(?:\w+ )?distribution"
    rf"|pay (?:a |an |the )?(?:\w+ )?dividend|(?:return|call|pay|wire) {_MONEY})"
)


def pays_out(lowered: str) -> bool:
    """Whether ``lowered`` (``normalise``'s) says the speaker's side will pay its investors
    (distribute, return or call their money): see the module's docstring."""
    found = _PAYOUT.search(lowered)
    return found is not None and not hedged(lowered[: found.start()])
