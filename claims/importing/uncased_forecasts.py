"""Another's forecast told in words without capitals or punctuation, as auto-generated
captions and quick chat messages give them: "the eia now says utility solar will pass coal
generation in 2027", "the imf now projects", "opec says", "analysts at jpmorgan think", "my
buddy at tesla reckons", "according to the iea solar overtakes coal by 2027".

Written with capitals, a forecaster is read by its name's shape (``attribution``); without
them, a name is known only as a firm, a body or a group that forecasts (``forecasters``), a
group of people by trade ("analysts", "economists", "people at ford"), or someone the
speaker knows at a named place ("my buddy at tesla", "a friend of mine at ford"). The
speaker's own ("i say", "my call", "i think", "we expect", "my team thinks") is never read
so. Source of the rule: the same as for punctuated words (docs/importing.md, a forecast the
speaker tells as someone else's).
"""

import re
from functools import lru_cache

from claims.importing.forecasters import known_forecaster

_LEAD = (
    r"(?:(?:so|and|but|now|well|look|also|okay|ok|yeah|honestly|um+|uh+|plus|meanwhile"
    r"|apparently|interestingly|remember|and now)\s+)*"
)
_PLACE = (
    r"[a-z][\w&.'-]*(?:\s+(?!(?:now|also|still|says|say|said|think|thinks|reckons)\b)"
    r"[a-z][\w&.'-]*){0,2}?"
)
_GROUP = (
    r"(?:most\s+|many\s+|some\s+|the\s+|a\s+lot\s+of\s+|lots\s+of\s+)?(?:analysts|economists"
    r"|strategists|experts|forecasters|traders|investors|insiders|engineers|people|folks"
    r"|researchers|scientists|bankers|executives|officials|guys)"
)
_RELATION = (
    r"(?:my|a|one\s+of\s+my|some|an\s+old)\s+(?:buddy|buddies|friend|friends|mate|mates|pal"
    r"|pals|contact|contacts|source|sources|guy|cousin|brother|sister|colleague|colleagues"
    r"|neighbou?r|old\s+boss|ex-colleague)(?:\s+of\s+mine)?"
)
_VERB = (
    r"(?:now\s+|also\s+|still\s+|already\s+|apparently\s+|reportedly\s+|even\s+)*"
    r"(?:says|said|say|thinks|think|thought|reckons|reckon|expects|expect|projects|project"
    r"|predicts|predict|forecasts|forecast|estimates|estimate|believes|believe|sees|see"
    r"|claims|claim|told\s+me|tells\s+me|swears|(?:is|are)\s+(?:now\s+)?(?:predicting"
    r"|expecting|projecting|forecasting|saying|calling\s+for|betting))"
)
_SAID_FIRST = re.compile(
    rf"^{_LEAD}(?:(?P<group>{_GROUP})(?:\s+(?:at|from|over\s+at|in)\s+{_PLACE})?"
    rf"|(?P<relation>{_RELATION})\s+(?:(?:who\s+works\s+)?(?:at|from|over\s+at|in)\s+){_PLACE}"
    r"|(?P<name>(?:the\s+)?[a-z][\w&.+'-]*(?:\s+[a-z][\w&.+'-]*){0,2}?))"
    rf"\s+{_VERB}\b"
)
_ACCORDING = re.compile(
    rf"^{_LEAD}according\s+to\s+(?P<who>(?:the\s+)?[a-z][\w&.+'-]*(?:\s+[a-z][\w&.+'-]*){{0,2}}?"
    rf"|{_GROUP}(?:\s+(?:at|from)\s+{_PLACE})?)\s+(?=\S)"
)
# A verb a reporting verb may be a noun of ("the project says"), and the speaker's side.
_OWN = re.compile(r"^(?:i|we|my|our|me|us|you|it|this|that|there|they)\b")


@lru_cache(maxsize=4096)
def uncased_forecaster(text: str) -> str:
    """Whose forecast ``text`` (words without capitals) tells, as written ("the eia",
    "analysts at jpmorgan", "my buddy at tesla"), or "" when it names none, or names the
    speaker's side, or is written with capitals (``attribution`` reads those)."""
    if text != text.lower():
        return ""
    found = _SAID_FIRST.match(text)
    if found and (found["group"] or found["relation"] or _known(found["name"])):
        return _who(text[found.start() : found.end()])
    found = _ACCORDING.match(text)
    if found and (_known(found["who"]) or re.match(_GROUP, found["who"])):
        return found["who"]
    return _said_last(text)


# Told last: "solar will pass coal in 2027 the eia says", "… according to the iea".
_TOLD_LAST = re.compile(
    r"\s(?:according\s+to|(?P<verb>says|said|reckons|thinks|predicts|projects|expects"
    r"|estimates|forecasts|reckon|think|say|expect))(?:\s+(?P<after>[a-z][\w&.+'-]*(?:\s+"
    r"[a-z][\w&.+'-]*){0,2}))?\s*$"
)


def _said_last(text: str) -> str:
    """Whose forecast the words end by naming: the name before "says" ("… the eia says"), or
    after "according to" ("… according to the iea"), a known forecaster or a group."""
    found = _TOLD_LAST.search(text)
    if found is None:
        return ""
    if not found["verb"]:
        who = found["after"] or ""
        return who if _known(who) or re.fullmatch(_GROUP, who) else ""
    if found["after"]:
        return ""
    words = text[: found.start()].split()
    for size in (3, 2, 1):
        who = " ".join(words[-size:])
        if len(words) > size and (_known(who) or re.fullmatch(_GROUP, who)):
            return who
    return ""


def _known(name: str | None) -> bool:
    return bool(name) and not _OWN.match(name) and bool(known_forecaster(name))


_VERB_AT_END = re.compile(rf"\s+{_VERB}$")


def _who(said: str) -> str:
    """The subject of a matched reporting clause: its words without the lead and verb."""
    said = re.sub(rf"^{_LEAD}", "", said)
    return _VERB_AT_END.sub("", said).strip()
