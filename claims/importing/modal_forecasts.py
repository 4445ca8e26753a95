"""A change said with "may", "might" or "could" and no condition: a hedged forecast.

"Housing starts may finally recover", "Vacancies might fall further", "Spreads could widen
modestly": the speaker says what may come, hedged, not a fact (the notes reader read them
as factual). Under a condition the same modal is a hypothetical (``advice.hypothetical``,
checked before); a state ("The plant may be closed"), a permission ("You may redeem your
units in March") or a past ("may have peaked") is not a change to come, and stays as read.
Only verbs of change, arrival or outcome count, as for "should" (docs/importing.md); the
forecast's hedge is shown to the curator (``modal_hedge``, read by ``classify.doubt_remark``).

Source of the shapes: funds' letters to their limited partners, analysts' notes, market
commentary. Pure functions on ``normalise``'s lower-cased text.
"""

import re

_CHANGE = (
    r"(?:recover|rebound|fall|drop|decline|slide|sink|rise|climb|increase|grow|shrink|improve"
    r"|worsen|deteriorate|slow|accelerate|widen|narrow|ease|tighten|soften|strengthen|weaken"
    r"|cool|pick up|bottom out|peak|stabili[sz]e|surge|collapse|double|halve|exceed|reach"
    r"|return|resume|stall|slip|recede|rally|outperform|underperform|turn|come back"
    # outcomes a forecaster names: "Some of those storms could produce damaging winds"
    r"|produce|bring|cause|trigger|spread|develop|intensify|disrupt|delay)"
)
_MODAL_CHANGE = re.compile(
    r"^(?:(?:but|and|so|still|yet|now)[,\s]+)?(?!(?:you|i|we)\b)(?P<subject>[a-z][\w'&-]*"
    r"(?:\s+[\w'&-]+){0,5}?)\s+(?:may|might|could)(?:\s+(?:well|finally|yet|still|soon|even"
    rf"|eventually|also|further|modestly|slowly|quickly))*\s+{_CHANGE}\b"
)


def modal_forecast(lowered: str) -> bool:
    """Whether ``lowered`` (``normalise``'s) opens with a change its subject may, might or
    could see: see the module's docstring."""
    return _MODAL_CHANGE.match(lowered) is not None


_MODAL = re.compile(r"\b(?:may|might|could)\b")


def modal_hedge(lowered: str) -> str:
    """The modal that hedges ``lowered``'s forecast ("could" in "some of those could produce
    damaging winds and hail"), for the curator's remark, or "" when ``modal_forecast`` does
    not read it as one."""
    if not modal_forecast(lowered):
        return ""
    found = _MODAL.search(lowered)
    return found.group() if found else ""


# A wish told as a forecast with no time at all: "Maybe someday we'll offer a subscription",
# "Perhaps some day the people of Ballyrane will have a sewer that works", "maybe one day
# we'll run a third boat", "Eventually, I hope, every community will be connected"; and a time
# that never comes due however said: "Someday the citizens will understand what it cost
# them.", "Sooner or later the utilities will have to pay.", "At some point approvals there
# will pick up." Nothing it says can come due: a view, its hedge remarked.
_SOMEDAY = re.compile(
    r"\b(?:maybe|perhaps|possibly|hopefully)\b[,\s]+(?:\w+\s+){0,3}?(?:one day|someday|some day"
    r"|eventually|in the (?:distant )?future)\b"
    r"|\b(?:one day|someday|some day|eventually)[,\s]+(?:maybe|perhaps|i hope|we hope"
    r"|hopefully)\b"
    r"|\b(?:someday|some day|sooner or later|at some point|one of these days)\b"
)


def someday_hedge(lowered: str) -> bool:
    """Whether ``lowered`` (``normalise``'d) hedges a forecast with no time but "someday"
    ("Maybe someday we'll build houses in factories."): no deadline can ever come, so it is
    no prediction unless a date is said too (the caller checks the horizon)."""
    return (
        "day" in lowered
        or "eventually" in lowered
        or "future" in lowered
        or "sooner" in lowered
        or "some point" in lowered
    ) and (_SOMEDAY.search(lowered) is not None)
