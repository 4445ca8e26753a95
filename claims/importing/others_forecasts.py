"""Another's forecast or promise, told by the speaker: the speaker's report, not their forecast.

"The IEA expects European cell demand to triple by 2030", "Our CTO told the team in
September that he expects the link to close in Q3 2027", "The Bank's own November report
only has inflation back at the 2% target in Q2 2028", "The chairman told me on Monday there
will be money to spend in January", "Highways told me the earliest they could fit it is
spring 2028": what someone else forecasts or promises, as the speaker tells it (whoever
tells the speaker, "… told me", "… assured us", is someone else, a name as much as a body).
The speaker forecasts nothing; the claim they make is that the other said so, a factual one
with a remark naming whose forecast it is (``attribution.others_forecast_marked`` asks this
module when its own readers find no other forecaster). The date in it stays the other's, no
deadline.

A teller telling of their own forecast ("The contractor, Halvorsen Rail, tells us they expect
testing to take ten weeks", "Dara's told the other investors she expects …", "Cllr Marsh
(Ashby DC) told her he expects …"; ``self_told``) and a name under a title ("Gubernatorial
challenger Rhys Calloway says …") are others too, and so is someone the speaker knows, named
first in the sentence, whom "he" or "she" after "and" stands for ("My uncle works for a DNO
and he reckons the grid can't take …": ``_KIN_FIRST``).

Not another's: the speaker's own ("I expect the MPC to cut", "We expect …", "My own
expectation is that …", "We told the regulator we will file by March"), the speaker's side's
own work ("Our modelling says it'll hit 90% by Q3") or team telling of "we" ("My team tells
me we'll be done by June": the speaker's side forecasting, the more so with "and I believe
them"), a company's guidance
given by its officers ("The company expects revenue of $2bn in 2027"), and a sentence where
the speaker adds a forecast of their own ("The IEA expects demand to triple, and I think it
will be more").

A forecast recalled as made before ("WL recalled that in 2024 she had predicted prices would
fall by 2025; they did not") is the past, whoever made it (``recalls_past_forecast``).

Source of the rule: how reporters, letters to shareholders and minutes tell others'
forecasts (tests/importing/test_others_forecasts.py).
"""

import re

from claims.importing.judgements import verdict_aside_dropped
from claims.importing.told_past import told_past_forecast as _told_past_forecast
from claims.importing.wording import _has_any, _kept, normalise

# A forecasting verb in the third person singular, or a plural forecaster's: "the IEA
# expects", "he predicts", "analysts expect".
_THIRD_PERSON = re.compile(
    r"\b(?P<subject>[a-z][\w'.-]*)\s+(?:now\s+|still\s+|also\s+|only\s+|even\s+)?"
    r"(?:expects|predicts|forecasts|projects|anticipates|reckons)\b"
    r"|\b(?:analysts|economists|markets|forecasters|experts|investors|traders|engineers"
    r"|scientists|meteorologists|hydrologists|officials|regulators)\s+"
    r"(?:now\s+|still\s+|also\s+)?(?:expect|predict|forecast|project|anticipate)\b",
    re.IGNORECASE,
)
# Who speaks of their own side in the third person (guidance), and words that are no subject.
_OWN_SIDE = frozenset(
    {"company", "group", "business", "firm", "management", "board", "team", "who", "that",
     "which", "nobody", "one", "everybody", "everyone", "it", "this"}
)  # fmt: skip
# Someone else told of as saying, relaying or promising what follows: "The chairman told me
# on Monday there will be …", "GA relayed that …", "She adds that …", "Network Rail's own
# engineers have said that …".
_REPORTING = re.compile(
    # "The vendor, Tallyware, says …": a name in commas between the teller and the telling.
    r"\b(?P<subject>[a-z][\w'.-]*)(?:,\s[^,;.!?]{1,40},)?\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:also\s+|now\s+|just\s+)?"
    # "… tells us they expect …" is a teller's own forecast, told (``self_told``).
    r"(?:told|tells(?!\s+(?:me|us)\b)|relayed|reported|said|says|adds|added|noted|notes|warned"
    r"|warns|assured|promised|confirmed|indicated|suggested|suggests|signalled|signaled|signals"
    r"|hinted|hints)\b"
    # A station told by its name and channel: "… tells Channel 6 the line could reopen …".
    r"(?:\s+(?P<object>me|us|him|her|them|the\s+[\w-]+|(?:news|channel)\s+\d{1,2}\b|[\w-]+))?"
    r"(?:\s+(?:on|in|at|last|this)\s+[\w-]+)?\s*,?\s+(?:that\s+)?(?P<rest>.*)",
    re.IGNORECASE,
)
_NOT_OTHERS = frozenset({"i", "we", "you", "it", "this", "that", "which", "who", "what"})
# A forecast named as another's, and what it has: "The Bank's own November Monetary Policy
# Report only has inflation back …", "The IPCC's likely range for … is roughly 0.6 to 1.0 m",
# "The council's own viability report says …", "a think tank published a forecast saying …".
_DOCUMENT = re.compile(
    r"\b(?P<owner>[a-z][\w.-]*)'s\s+(?:[\w-]+\s+){0,5}?(?P<noun>report|forecasts?|projections?"
    r"|range|estimates?|scenarios?|model|analysis|assessment|study|survey|review|figures|numbers"
    r"|modelling|modeling|outlooks?)\b(?:\s+[\w%.,-]+){0,8}?\s+(?:only\s+|now\s+|still\s+)?"
    r"(?:has|have|is|are|says|shows|sees|puts|projects|expects|suggests|assumes|implies"
    r"|indicates|points\s+to|signals)\b"
    r"|\b(?:published|released|issued|put\s+out)\s+(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+)?"
    r"(?:forecast|projection|report|outlook)\b"
)
# The speaker's own forecast beside the other's.
_OWN_FORECAST = re.compile(
    r"\b(?:i|we)\s+(?:still\s+|also\s+|do\s+)?(?:think|expect|believe|reckon|bet|suspect|predict"
    r"|forecast|will|would|won't|shall)\b|\b(?:i|we)'(?:ll|d)\b"
    # "The council says September; I say it'll be later": the speaker's own, after theirs.
    r"|(?<!\bas\s)(?<!\blike\s)\b(?:i|we)\s+(?:would\s+|still\s+)?say\b"
    r"|\bmy\s+(?:own\s+)?(?:view|guess"
    r"|bet|expectation|forecast)\b|\bi'm\s+(?:sure|confident)\b"
    # Agreeing with them: "…, and I agree.", "Rates will fall by June, as analysts expect."
    r"|\b(?:i|we)\s+(?:\w+\s+)?(?:agree|concur)\b|\b(?:as|like)\s+(?:most\s+|many\s+|the\s+)?"
    r"[\w-]+\s+(?:expect|predict|forecast|project)s?\b"
)
# What the other told of is to come: a future verb, an earliest or a latest date ("the
# earliest they could fit it is spring 2028"), "could", a year.
_FUTURE = re.compile(
    r"\b(?:will|won't|would|could|going to|gonna|shall|'ll|expects?|earliest|latest"
    r"|(?:19|20)\d\d)\b"
)
_CUES = ("expect", "predict", "forecast", "project", "anticipat", "reckons", "told", "tells",
         "relayed", "report", "said", "says", "adds", "added", "note", "warn", "assured",
         "promised", "confirmed", "indicated", "suggest", "signal", "hint", "'s ", "published",
         "released", "issued", "put out", "heard", "line", "position", "outlook", "model",
         "estimate", "scenario", "survey")  # fmt: skip
_WHO_WORDS = 4  # at most, of a name before a forecast's owner or publisher
_OWN_SIDE_BEFORE = re.compile(r"\b(?:the|our)\s+(?:company|group|business|firm)\s*$")
# A name after a title of office or a race, in lower case, as a reporter or an anchor
# introduces someone other than themselves: "Gubernatorial challenger Rhys Calloway says …",
# "Opposition leader Ana Reyes warned …". Not the speaker's name alone, given the words.
_TITLED = re.compile(
    r"(?:\b[A-Z][\w-]*\s+)?\b(?:challenger|candidate|incumbent|rival|opponent|nominee|hopeful"
    r"|contender|leader|spokesperson|spokesman|spokeswoman|senator|congressman|congresswoman"
    r"|councillor|minister|secretary|mayor|governor|chancellor|analyst|economist|strategist"
    r"|commentator|columnist|campaigner|activist|professor)\s+(?:[A-Z][\w'.-]*\s+){0,3}$"
)
_TITLED_CAPS = re.compile(_TITLED.pattern.replace("(?:challenger|", "(?i:challenger|"))
# The speaker's side's own work, which forecasts for the speaker: "Our modelling says it'll
# hit 90% by Q3", "My numbers say …". Not "our CTO" nor "our engineers": people who may
# forecast otherwise than the speaker.
_OWN_WORK = re.compile(
    r"^(?:our|my)\s+(?:own\s+|internal\s+|latest\s+|current\s+|base\s+)?(?:modelling|modeling"
    r"|models?|analysis|numbers|figures|forecasts?|projections?|estimates?|data|research"
    r"|maths|math|plan|planning|assumptions?|case|spreadsheet"
    # The speaker's own hunch: "My gut says turnout will land near 38 percent".
    r"|gut|gut\s+feeling|gut\s+instinct|instinct|instincts|hunch|heart|head|feeling)$"
)


# What comes before a subject that is a thing or a body, not a name: "the IEA", "our CTO".
_DETERMINER = re.compile(r"\b(?:the|our|my|their|his|her|its|own|[a-z]+'s)\s+(?:[\w-]+\s+){0,3}$")
_PRONOUNS = frozenset({"he", "she", "they"})
_ARTICLE_BEFORE = re.compile(r"\b(?:the|our|my|their|his|her|its)\s+$")
_NAME_WORD = re.compile(r"(?:[A-Z][\w'.-]*|of|for|and|&)$")


def _teller(before: str, subject: str) -> str:
    """Who tells the speaker ("… told me", "… assured us"): someone else, a name
    ("Highways", "Highways England") as much as a body ("the council's engineers"), with
    its determiner or the capitalised words before it. Not a pronoun: "She told us …" in
    notes is often of whom the notes are, and is left to the other readers."""
    determiner = _DETERMINER.search(before.lower())
    if determiner:
        start = determiner.start()
        article = _ARTICLE_BEFORE.search(before.lower(), 0, start)  # "the" of "the council's"
        return (before[article.start() if article else start :] + subject).strip()
    words = before.split()
    names: list[str] = []
    while words and _NAME_WORD.match(words[-1]) and len(names) < _WHO_WORDS:
        names.insert(0, words.pop())
    while names and not names[0][:1].isupper():
        names.pop(0)
    return " ".join([*names, subject])


def _others(text: str, found: re.Match) -> str:
    """The subject of ``found`` (a match in ``text``) with its determiner when it is someone
    other than whom the importer gives the words to: a body or a role with a determiner ("the
    IEA", "the state energy office", "Network Rail's own engineers"), or "he"/"she" after
    "that" ("told the team that he expects"), or whoever tells the speaker by name
    ("Highways told me", "the council assured us": ``_teller``); else "". A name or
    initials alone ("TRC expects", "de la Fuente says") are whom the notes or the article
    give the words to; a pronoun alone, whom it stands for."""
    subject = found.group("subject")
    if subject is None:
        return found.group().split()[0]
    lowered = subject.lower()
    if lowered in _NOT_OTHERS or lowered in _OWN_SIDE:
        return ""
    before = text[max(0, found.start("subject") - 40) : found.start("subject")]
    if lowered in _PRONOUNS and before.rstrip().lower().endswith(" and"):
        kin = _KIN_FIRST.match(text[: found.start("subject")].lstrip())
        if kin:  # "My uncle works for a DNO and he reckons …": the uncle's forecast
            return kin.group("kin")
    if (
        found.re is _REPORTING
        and (found["object"] or "").lower() in {"me", "us"}
        and lowered not in _PRONOUNS  # "She told us …" in notes: often whom they are of
    ):
        return _teller(before, subject)
    return _not_named(before, subject)


# Someone the speaker knows, named first in the sentence, whom "he" or "she" stands for
# after "and": "My uncle works for a DNO and he reckons …", "A friend at the council says …".
_KIN_FIRST = re.compile(
    # A caller's "And my neighbour drives for the bus company and he says …" as much.
    r"^(?:(?:and|but|so|well|oh|also|plus|now|because|cos|'cos)\b,?\s+)*(?P<kin>(?:my|our|a)\s+"
    r"(?:[\w-]+\s+)?(?:(?:brother|sister|father|mother)-in-law|uncle|aunt|brother|sister|dad"
    r"|father|mum|mom|mother|cousin|friend|mate|colleague|neighbou?r|boss|wife|husband|partner"
    r"|son|daughter|flatmate|housemate)\b(?!-))",
    re.IGNORECASE,
)


def _not_named(before: str, subject: str) -> str:
    """``subject`` with its determiner (in ``before``) when it is a body or a role, or a
    pronoun after "that"; "" for a name alone (``_others``)."""
    lowered = subject.lower()
    if lowered in _PRONOUNS:
        return subject if before.rstrip().lower().endswith("that") else ""
    if _OWN_SIDE_BEFORE.search(before.lower() + lowered):
        return ""
    titled = _TITLED.search(before) if subject[:1].isupper() else None
    if subject[:1].isupper() and not any(c.islower() for c in before + subject):
        # Captions in capitals: "TRANSIT AUTHORITY SPOKESMAN IVO MARSH TELLS …".
        titled = _TITLED_CAPS.search(before)
    if titled:  # "Gubernatorial challenger Rhys Calloway says …": the reporter's, of another
        return (before[titled.start() :] + subject).strip()
    if subject[:1].isupper() and not before.lower().endswith("the "):
        return ""  # a name ("JPMorgan's Jamie Dimon said …"): whom the article gives it to
    determiner = _DETERMINER.search(before.lower())
    if determiner is None:
        return ""
    who = (before[determiner.start() :] + subject).strip()
    return "" if _OWN_WORK.match(who.lower()) else who


@_kept
def anothers_forecast(text: str) -> str:
    """Whose forecast or promise ``text`` tells, as written, when it is not the speaker's own
    (see the module's docstring), or "": "the IEA" for "She adds that the IEA expects
    European cell demand to triple by 2030.", "" for "We expect demand to triple by 2030."
    and for "TRC expects the co-op to break even in FY2027." (the notes give it to TRC).
    Raises nothing."""
    plain = text.replace("’", "'")
    lowered = normalise(plain)
    if "which" in lowered:  # "…, which I'd treat as a best case": the speaker's verdict on it
        lowered = normalise(verdict_aside_dropped(plain))
    if not _has_any(lowered, _CUES) or _OWN_FORECAST.search(lowered):
        return ""
    for found in _THIRD_PERSON.finditer(plain):
        who = _others(plain, found)
        if who:
            return who
    for found in _REPORTING.finditer(plain):
        who = _others(plain, found)
        rest = found["rest"].lower()
        if who and (_FUTURE.search(rest) or _AHEAD.search(rest)):  # "… says it lands next month"
            return who
    heard = _HEARD.search(lowered) if "heard" in lowered or "told" in lowered else None
    if heard and _FUTURE.search(lowered, heard.end()):
        return HEARSAY  # "I heard the government's going to scrap that fund": a rumour told
    return self_told(plain) or _documents_owner(plain) or _lines_owner(plain)


# Another party's line, told: "the project board's line is that Line 4 opens by the end of
# September", "Quoted TideWorks CEO Rory Braid's line from All-Energy that tidal "will never
# be cheaper …"", "The official line is that …". What they say, as the speaker tells it;
# the speaker's own view follows apart when they give one ("Personally I think …").
_LINE = re.compile(
    r"\b(?P<owner>[a-z][\w.&-]*)'s\s+(?:(?:official|public|stated|own|latest|new|usual"
    r"|party|company|current)\s+)?(?:line|position|stance|message|talking\s+point|pitch"
    r"|argument|claim)\b(?:\s+(?:from|at|in|on|to|during)\s+[^,;.!?]{1,40}?)?\s+(?:(?:is|was"
    r"|has\s+been|remains)\s+)?that\b"
    r"|\bthe\s+(?P<official>official|public|party|government|company)\s+(?:line|position)\s+"
    r"(?:is|was|has\s+been|remains)\s+that\b"
)

_LINE_WORDS = ("line", "position", "stance", "message", "point", "pitch", "argument", "claim")


def _lines_owner(plain: str) -> str:
    """Whose line ``plain`` tells (``_LINE``), as written ("the project board", "TideWorks
    CEO Rory Braid", "the official line"), or ""."""
    lowered = plain.lower()
    if not _has_any(lowered, _LINE_WORDS):
        return ""
    found = _LINE.search(lowered)
    if found is None:
        return ""
    if found["official"]:
        return plain[found.start() : found.end()].rsplit(" ", 2)[0]
    start = found.start("owner")
    before = plain[:start]
    article = re.search(r"\b(?:the|a|an)\s+(?:[\w-]+\s+){0,3}$", before, re.IGNORECASE)
    if article:  # "the project board's line": a body
        return plain[article.start() : found.end("owner")]
    words = before.split()
    names = []
    while words and words[-1][:1].isupper() and len(names) < _WHO_WORDS - 1:
        names.insert(0, words.pop())
    return " ".join([*names, plain[start : found.end("owner")]])


HEARSAY = "someone the speaker heard it from"
# The speaker telling what they heard: "I heard …", "I've heard that …", "we were told …".
_HEARD = re.compile(
    r"\b(?:i|we)(?:'ve|\s+have|'d|\s+had)?\s+(?:heard|been\s+told)\b(?:\s+that)?"
    r"|\b(?:i|we)\s+(?:was|were)\s+told\b(?:\s+that)?"
)
# A time ahead in the words told, without "will": "firmware 4.2 lands next month".
_AHEAD = re.compile(
    r"\b(?:next\s+(?:week|month|year|quarter|spring|summer|autumn|fall|winter|monday|tuesday"
    r"|wednesday|thursday|friday)|by\s+(?:the\s+end\s+of|next|mid|early|late)\b|within\s+\w+"
    r"\s+(?:days|weeks|months|years))"
)


# A body's forecast named without a possessive: "The Builders Council forecast has starts
# falling eight percent next year", "The IMF outlook sees growth slowing to 2%".
_NAMED_DOCUMENT = re.compile(
    r"\b[Tt]he\s+(?P<owner>(?:[A-Z][\w&.-]*\s+){1,4})(?P<noun>forecast|outlook|projections?"
    r"|model|estimates?|scenario|survey)\s+(?:only\s+|now\s+|still\s+)?(?:has|have|shows?"
    r"|sees?|puts?|projects?|assumes?|implies|imply|points?\s+to)\b"
)


def _documents_owner(plain: str) -> str:
    """Whose named forecast ``plain`` tells (``_DOCUMENT``, ``_NAMED_DOCUMENT``), as
    written, or ""."""
    named = _NAMED_DOCUMENT.search(plain)
    if named:
        return plain[named.start("owner") : named.end("noun")]
    found = _DOCUMENT.search(plain.lower())
    if found is None or (found.group("owner") or "") in {"company", "group"}:
        return ""
    if found.group("owner") is None:  # "the think tank NHS Futures published a forecast"
        words = plain[: found.start()].rsplit(",", 1)[-1].split()
        return " ".join(words[-_WHO_WORDS:]) or plain[found.start() : found.end()]
    # "The Bank's own November Monetary Policy Report", "Network Rail's own engineers"
    words = plain[: found.start("owner")].split()
    names = []
    while words and words[-1][:1].isupper() and len(names) < _WHO_WORDS:
        names.insert(0, words.pop())
    return " ".join([*names, plain[found.start("owner") : found.end("noun")]])


def recalls_past_forecast(clause: str) -> bool:
    """Whether ``clause``, the words a sayer is told as saying, recalls a forecast made
    before rather than making one: "in 2024 she had predicted panel prices would fall below
    10 cents a watt by 2025; they did not" (after "WL recalled that"). Its "would" is the
    old forecast's, not the sayer's now: the line is a report of the past, factual. A
    forecast still held ("… and I still think it will") is none. Raises nothing. Rule:
    ``told_past.told_past_forecast``."""
    return _told_past_forecast(normalise(clause.replace("’", "'")))


# Someone telling of their own forecast: "The contractor, Halvorsen Rail, tells us they
# expect testing to take ten weeks", "Dara's told the other investors she expects us to hit
# 10k", "Cllr Marsh (Ashby DC) told her he expects …", "Kestrel's own engineers told me
# they're targeting …". The pronoun after the telling stands for the teller, whose forecast
# it is.
_SELF_TOLD = re.compile(
    r"\s*(?:'s|\s+has|\s+have|\s+had)?\s+(?:also\s+|now\s+|just\s+|since\s+|already\s+)?"
    r"(?:told|tells|tell)\s+(?:me|us|him|her|them|(?:the|our|their|his|its)\s+(?:[\w-]+\s+){0,2}?"
    r"[\w-]+)\s*,?\s+(?:that\s+)?(?:he|she|they|it)(?:'re|'s|\s+are|\s+is)?\s+"
    r"(?:(?:now|still|also|only|fully|firmly)\s+)?(?:expects?|predicts?|forecasts?|reckons?"
    r"|thinks?|anticipates?|targeting|aiming|planning|projecting|forecasting|expecting|will"
    r"|won't|'ll|could|can|can't)\b",
)
_TOLD_WORDS = ("told", "tells", "tell ")
# Whoever is no other: the speaker or their side, or a pronoun left to the other readers.
_NOT_A_TELLER = re.compile(
    r"^(?:(?:and|but|so|apparently|now|also),?\s+)*(?:i|we|you|he|she|they|it|this|that|my"
    r"\s+(?:team|people|staff|engineers|colleagues|board)|our\s+(?:team|people|staff|board)"
    r"|the\s+(?:company|team|board))$"
)
_APPOSITION = re.compile(r"\s*\([^()]{1,60}\)\s*$")  # "Cllr Marsh (Ashby DC)"
_TELLER_WORDS = 7  # at most, of a teller's name


def self_told(text: str) -> str:
    """Who tells the speaker (or another) of their own forecast in ``text`` (``_SELF_TOLD``),
    as written: "The contractor, Halvorsen Rail" for "The contractor, Halvorsen Rail, tells
    us they expect testing to take eight to ten weeks.", "Dara" for "Dara's told the other
    investors she expects …"; "" when there is no such telling, or the teller is the
    speaker, their side or a pronoun ("She told me they expect …", "My team tells me …").
    Whether the teller is whom the line is given to is asked by the caller
    (``attribution.others_forecast_marked``). Raises nothing. Source of the rule: how
    council officers, founders and reporters relay a forecast made to them."""
    if not _has_any(text.lower(), _TOLD_WORDS):
        return ""
    found = _SELF_TOLD.search(text)
    if found is None:
        return ""
    before = _APPOSITION.sub("", text[: found.start()])
    before = re.split(r"[.;:!?—–]\s+|\s[-–—]\s", before)[-1].strip(" ,")
    words = before.split()[-_TELLER_WORDS:]
    teller = " ".join(words)
    if not teller or _NOT_A_TELLER.match(teller.lower()) or not teller[:1].isupper():
        return ""
    return teller
