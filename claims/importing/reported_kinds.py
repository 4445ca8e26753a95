"""The kind of a clause whose frame of reported speech is dropped, and of a few told acts.

Minutes and news copy report what was said in the third person ("The Chief Executive stated
that the Company would publish its first sustainability report by March 2027"); the speaker
reader drops the frame and leaves the clause ("the Company would publish …"), whose "would"
is the reported "will", not a hypothetical:

- ``reported_commitment``: "would" + an act of the sayer's own organisation ("the Company
  would publish …", "the Board would review …", "the final dividend would be paid on 3 July")
  is the organisation's undertaking: a commitment. An outcome after "would" ("the Company
  would probably return to the index") stays a forecast, as ``classify`` reads it; a
  condition other than the approval the minutes wait for ("if approved") stays a
  hypothetical.
- ``reported_opinion``: a clause opened by its sayer's view ("in his view, the policy was
  excessive", "in her opinion, …") is the sayer's judgement: an opinion.
- ``holds_back``: an operator's or a public body's own refusal of a risk ("We are not going
  to take any chances with this structure") is an undertaking of its own: a commitment.
- ``told_service``: an operator's service told without its doer ("The 12:30 will run as
  normal", "The harbour ferry will still sail at noon") is its undertaking: a commitment.
- ``service_remark``: the remark such a refusal carries, and the one an operator's service
  told without its doer carries: whose undertaking it is, the curator checks.
- ``answers_forecast``: a short answer ("Short answer, yes.", "Probably not.") to a question
  about what will come ("… whether storage prices will keep falling this year") is the
  answerer's forecast, hedged: the question holds its subject (``GUESSED_ANSWER``).
- ``relays_question``: a host relaying an audience's question in the present ("he's asking
  whether storage prices will keep falling this year", "Ana wants to know if …") asks it,
  so that the answer after it is read with it.
- ``guessed_answer``: a short answer that is a guess ("I'd guess another ten percent",
  "Maybe it doesn't.") is a forecast, hedged (``classify.doubt_remark`` says so).

Source of the shapes: the minutes companies keep of their general meetings and councils of
their meetings, broadcast news copy, live-stream question-and-answer sessions. Pure
functions on ``normalise``'s lower-cased text.
"""

import re

from claims.choices import ClaimKind
from claims.importing.agency import hedged
from claims.importing.forecasts import looks_like_prediction
from claims.importing.wording import normalise

_ORGANISATION = (
    r"(?:the\s+)?(?:company|board|group|council|authority|trust|bank|fund|firm|society"
    r"|department|directors|committee|partnership|agency|city|county)"
)
_ACT = (
    r"(?:publish|pay|open|close|launch|deliver|build|complete|report|review|hold|issue|introduce"
    r"|invest|appoint|provide|consult|submit|seek|commission|reopen|resume|begin|start|set\s+up"
    r"|establish|undertake|write\s+to|respond|update|adopt|replace|repair|install|extend"
    r"|recruit|hire|reduce|cut|continue\s+to\s+\w+|engage|disclose|table|present)"
)
_DONE = (
    r"(?:paid|published|held|issued|opened|closed|launched|delivered|completed|submitted"
    r"|reviewed|introduced|appointed|provided|commissioned|reopened|installed|replaced"
    r"|repaired|presented|tabled|disclosed|sent|made\s+available)"
)
_APPROVAL = (
    r"(?:(?:if|once|when|subject\s+to)\s+(?:(?:shareholder|board|member)s?'?\s+)?approv\w*,?\s+)?"
)
_OPENING = rf"^(?:that\s+)?,?\s*{_APPROVAL}"
_OWN_ACT = re.compile(
    rf"{_OPENING}{_ORGANISATION}\s+would\s+(?:(?:also|then|now|shortly|promptly)\s+)?"
    rf"{_ACT}\b"
)
# "the final dividend of 6.2p per share would be paid on 3 July 2026": the act, its doer left out
_OWN_ACT_DONE = re.compile(
    rf"{_OPENING}(?:the|its|our|a)\s+(?:[\w.'-]+\s+){{0,7}}?would\s+be\s+{_DONE}\b"
)
_HEDGE = re.compile(r"\b(?:probably|possibly|perhaps|maybe|likely|hoped|might|could)\b")


def reported_commitment(lowered: str) -> bool:
    """Whether ``lowered`` (``normalise``'s), a clause after a dropped frame of reported
    speech, says its sayer's organisation would do something ("the company would publish
    its first report by march 2027", "the final dividend would be paid on 3 july 2026"):
    see the module's docstring. A hedge ("would probably publish") leaves it a forecast."""
    found = _OWN_ACT.match(lowered) or _OWN_ACT_DONE.match(lowered)
    return found is not None and not _HEDGE.search(found.group())


_VIEW = re.compile(
    r"^(?:that\s*,?\s*)?in\s+(?:his|her|their|its)\s+(?:(?:own|personal)\s+)?(?:view|opinion"
    r"|judge?ment|estimation)\s*,"
)


def reported_opinion(lowered: str) -> bool:
    """Whether ``lowered`` (``normalise``'s) opens with its sayer's view, told in the third
    person ("in his view, the proposed policy was excessive"): see the module's docstring."""
    return _VIEW.match(lowered) is not None


_HOLDS_BACK = re.compile(
    r"^(?:(?:and|but|so|look|now)[,\s]+)?we(?:\s+are|'re)\s+not\s+going\s+to\s+take\s+(?:any"
    r"|unnecessary|undue)\s+(?:chances|risks?)\b"
    r"|^(?:(?:and|but|so|look|now)[,\s]+)?we\s+(?:won't|will\s+not)\s+take\s+(?:any"
    r"|unnecessary|undue)\s+(?:chances|risks?)\b"
)


def holds_back(lowered: str) -> bool:
    """Whether ``lowered`` (``normalise``'s) is the speaker's side refusing a risk with what
    it runs ("we are not going to take any chances with this structure"): see the module's
    docstring."""
    return _HOLDS_BACK.match(lowered) is not None


_AMOUNT = (
    r"(?:another|a\s+further|about|around|roughly|maybe|some|\d|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|twenty|fifty|a\s+(?:few|couple)|half)"
)
_GUESS = re.compile(rf"\b(?:i'd|i\s+would)\s+guess\s+(?:(?:it's|it\s+is|that's)\s+)?{_AMOUNT}\b")
_MAYBE_NOT = re.compile(
    r"^(?:(?:or|and|but|then\s+again)[,\s]+)?(?P<hedge>maybe|perhaps)\s+(?:it|they|he|she|that)"
    r"\s+(?:doesn't|does\s+not|don't|do\s+not|won't|will\s+not|will|does|do)[.!]?$"
)


def guessed_answer(lowered: str) -> str:
    """The hedge of ``lowered`` (``normalise``'s) when it guesses at what will come ("i'd
    guess another ten percent", "maybe it doesn't." after a forecast), or "": see the
    module's docstring."""
    found = _GUESS.search(lowered)
    if found:
        return "i'd guess" if found.group().startswith("i'd") else "i would guess"
    found = _MAYBE_NOT.match(lowered)
    return found["hedge"] if found else ""


HELD_BACK = (
    "a refusal of a risk: the speaker's side's own undertaking, of no act named, check what it"
    " commits to"
)
DOERLESS_SERVICE = (
    "a service told without its doer: the operator's undertaking, taken as the speaker's side's,"
    " check whose it is"
)
_SERVICE = re.compile(
    r"^(?:(?:and|but|so|now)[,\s]+)?(?:the\s+)?(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|(?:[\w'-]+\s+)"
    r"{0,3}(?:service|services|train|trains|bus|buses|ferry|ferries|tram|trams|flight|flights"
    r"|route|line|shuttle|sailing|sailings))(?:\s+[\w'-]+){0,4}?\s+(?:will|won't|will\s+not"
    r"|is\s+going\s+to)\s+(?:still\s+)?(?:run|operate|depart|leave|call|stop|sail|resume"
    r"|be\s+(?:running|operating|cancelled|suspended|diverted|replaced))\b"
)


def told_service(lowered: str) -> bool:
    """Whether ``lowered`` (``normalise``'s) tells an operator's service without its doer
    ("the 12:30 will run as normal", "the northbank ferry will still sail at noon"), not
    hedged ("i expect", "probably"): a commitment (see the module's docstring)."""
    return _SERVICE.match(lowered) is not None and not hedged(lowered)


def service_remark(text: str) -> str:
    """The remark on ``text`` (a statement as said) when it is a side's refusal of a risk
    (``holds_back``: ``HELD_BACK``) or an operator's service told without its doer ("The
    12:30 will run as normal": ``DOERLESS_SERVICE``); or "". The kind is ``classify``'s."""
    lowered = normalise(text)
    if holds_back(lowered):
        return HELD_BACK
    return DOERLESS_SERVICE if told_service(lowered) else ""


GUESSED_ANSWER = (
    "a short answer to a question about what will come: a forecast, hedged, whose subject is"
    " the question's, check it reads whole, and of when"
)
_SHORT_ANSWER = re.compile(
    r"^(?:(?:(?:the\s+)?short\s+answer|in\s+short|honestly|well)[,:]?\s+)?(?:yes|yeah|yep|no"
    r"|nope|probably(?:\s+not)?|maybe(?:\s+not)?|i\s+think\s+so|i\s+doubt\s+it"
    r"|i\s+(?:don't|do\s+not)\s+think\s+so)[.!]?$"
)


def answers_forecast(text: str, asked: str) -> bool:
    """Whether ``text`` (as said) is a short answer ("Short answer, yes.") to ``asked``, a
    question about what will come (``forecasts.looks_like_prediction``): see the module's
    docstring. False with no question."""
    if not asked or not _SHORT_ANSWER.match(normalise(text).strip()):
        return False
    return looks_like_prediction(asked)


def answered_kind(text: str, asked: str, kind: str) -> str:
    """``kind`` (a ``ClaimKind`` value), or a prediction when ``text`` is a short answer to
    ``asked``, a question about what will come (``answers_forecast``)."""
    return ClaimKind.PREDICTION if answers_forecast(text, asked) else kind


_RELAYED = re.compile(
    r"\b(?:(?:'s|is|are|'re)\s+asking|wants?\s+to\s+know|asks)\s+(?:us\s+|you\s+|me\s+)?"
    r"(?:whether|if|when|how\s+(?:soon|long|much|many|fast)|what)\b[^.!?]*[.!]?$"
)


def relays_question(sentence: str) -> bool:
    """Whether ``sentence`` relays someone's question in the present, as a live stream's
    host reads one from the chat ("We've got a question from the chat, he's asking whether
    prices will keep falling this year."); not a question told in the past ("She asked
    whether …", notes' narration). Source: live streams' question-and-answer sessions."""
    return _RELAYED.search(normalise(sentence)) is not None
