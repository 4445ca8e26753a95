"""The terms of a scheme or an agreement, told: facts about them, not forecasts.

"The council's contract with the operator requires a Sunday service until 2029", "the
plug-in grant ends in March", "The consultation is open until 30 November", "the lease
expires in 2031": what a contract, a law or a scheme lays down, and when a scheme, an
offer or a consultation ends, as its terms set it. The speaker tells what is written and
decided; they forecast nothing, so the line is factual and its date no deadline (the
importer's ``_undated`` asks the curator).

Not terms: the same told in the future ("the grant will end in March", "the new law will
require …": the speaker's forecast of a change), a thing's end that is an act or an event
("the plant closes in March", "the bridge reopens in May"), and a sentence whose other words
forecast ("the grant ends in March and prices will jump": read as the whole line reads; the
clause readers split the two).

Source of the rule: phone-ins, forums and Q&A chats, where callers and officers quote a
scheme's closing date or a contract's term (tests/importing/test_terms_and_others_lines.py).
"""

import re

from claims.importing.wording import _has_any

# What lays down terms: a contract, a law, a licence. "The council's contract with the
# operator requires a Sunday service until 2029", "the lease obliges us to …".
_TERMS_OF = re.compile(
    r"\b(?:contract|agreement|licen[cs]e|lease|franchise|law|legislation|regulations?|rules"
    r"|terms|deal|treaty|covenant|statute|charter|warranty|guarantee|concession|directive"
    r"|planning\s+consent|permit|mandate)s?\b(?:\s+(?:with|for|between|on|under)\s+"
    r"[^,.;:!?]{1,50}?)?\s+(?:(?:already|still|also|only|explicitly|legally|clearly)\s+)?"
    r"(?:requires?|obliges?|obligates?|mandates?|stipulates?|specifies|guarantees?|binds"
    r"|prohibits?|forbids?|bars|runs\s+(?:until|till"
    r"|to|through))\b"
)
# What ends by its terms: a scheme, an offer, a consultation. "the plug-in grant ends in
# March", "The consultation is open until 30 November", "the offer closes on Friday".
_SCHEME = (
    r"(?:grant|scheme|subsidy|subsidies|consultation|offer|discount|tariff|allowance|relief"
    r"|exemption|rebate|voucher|incentive|window|licen[cs]e|lease|contract|franchise|warranty"
    r"|guarantee|freeze|moratorium|tax\s+credit|credit|promotion|amnesty|deal|petition"
    r"|application\s+period|consultation\s+period|cap|ceiling|support\s+package|bursary)s?"
)
_SCHEME_ENDS = re.compile(
    rf"\b(?:the|this|that|its|their|our|[\w-]+'s)\s+(?:[\w£$%.-]+\s+){{0,3}}?{_SCHEME}\s+"
    r"(?:(?:only|still|officially|formally)\s+)?(?:ends|expires|closes|lapses|finishes|runs\s+out"
    r"|(?:is|stays|remains)\s+(?:open|valid|live|available|in\s+force|in\s+place)\s+(?:until"
    r"|till|til|through|to)|runs\s+(?:until|till|til|through|to))\b"
    # a term ends on its day; "by" a day is an outcome's deadline: "the deal closes by June"
    r"(?!\s+(?:by|before)\b)"
)
# A transaction's completion, no term of it: "The deal closes in the third quarter."
_COMPLETES = re.compile(r"\b(?:deal|merger|acquisition|takeover|transaction|sale)s?\s+closes\b")
# Money or protection in place to a date: "The music program is funded by the parcel tax
# through 2028", "the post is paid for until March", "the budget is ring-fenced to 2027".
_IN_PLACE_UNTIL = re.compile(
    r"\b(?:is|are|remains?|stays?|'s|'re)\s+(?:(?:fully|already|still|only|now|all|partly)\s+)?"
    r"(?:funded|paid\s+for|budgeted|financed|covered|guaranteed|protected|ring-?fenced"
    r"|locked\s+in|secured)\b[^.;!?]{0,60}?\b(?:until|till|til|through|to|into)\s+"
    # a time after it, not a means ("funded through donations")
    r"(?:(?:the\s+)?(?:end|close|middle|start)\s+of\s+|the\s+|next\s+|this\s+|mid-?)?"
    r"(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|spring|summer|autumn"
    r"|fall|winter|year|next|fy)"
)
# Words of the future anywhere in the sentence: the speaker forecasts, whatever the terms.
_FUTURE = re.compile(
    r"\b(?:will|won't|wo|shall|going\s+to|gonna|would|could|might|may|likely|unlikely"
    r"|probably|expects?|expected|predicts?|soon|set\s+to|bound\s+to|about\s+to)\b|'ll\b"
)
_CUES = ("requir", "oblig", "mandat", "stipulat", "specifies", "guarantee", "binds", "prohibit",
         "forbid", "bars", "runs", "ends", "expires", "closes", "lapses", "finishes",
         "open", "valid", "live", "available", "in force", "in place", "funded", "paid for",
         "budgeted", "financed", "covered", "protected", "ring", "locked in",
         "secured")  # fmt: skip


def states_terms(lowered: str) -> bool:
    """Whether ``lowered`` (``normalise``'s) tells the terms of a contract, a law or a
    scheme, or the money or protection in place to a date (``_TERMS_OF``, ``_SCHEME_ENDS``,
    ``_IN_PLACE_UNTIL``) with no word of the future anywhere in it:
    "jim, the council's contract with the operator requires a sunday service until 2029",
    "the consultation is open until 30 november". Not "the grant will end in march", nor
    "the plant closes in march" (an act, not a scheme's term), nor "the deal closes by june"
    (a deal's completion, or a deadline said with "by": an outcome's)."""
    if not _has_any(lowered, _CUES) or _FUTURE.search(lowered):
        return False
    ends = _SCHEME_ENDS.search(lowered) is not None and not _COMPLETES.search(lowered)
    return bool(_TERMS_OF.search(lowered) or ends or _IN_PLACE_UNTIL.search(lowered))
