"""The speaker's own act: what the speaker, or the side they speak for, says it will do.

A commitment is a promise of the speaker's organisation (docs/importing.md, kind). The verb
lists of ``forecasts.COMMITMENT_PATTERNS`` name the acts of a manifesto ("we will build",
"I will publish"); people promise in many more words than those. Here the speaker's own
agency is the rule: the first person and a future ("I will", "I'll", "we will", "we're
going to"), or the conditional of a side out of office ("If we were in government, we would
…"), with an act the speaker's side performs:

- a verb of doing: write, meet, hold, send, post, put online, visit, review, deliver, …
  ("I will write to her with the detailed programme by the end of November");
- a thing made so: "have X finished", "have it open", "get X installed", "get the rest to
  the town hall" ("We will have the whole scheme finished in the next three to four years");
- a thing put in place: "we will have real-time arrival screens at all 97 stations" (asked
  about: "we" may be everyone, "we will have driverless buses on the road by 2030",
  ``PLACED``);
- the promise of the sentence before, kept: "and I will do so before the end of the year";
- a vote the speaker will cast: "I'll be voting against any cut to concessionary fares";
- a thing delivered to everyone: "we'll have it in every household by September 25th".

A plan told as made before is a fact, not a promise made now: "The Liberal Democrats have
published a costed plan to reopen the Kirkgate chord" (``plan_told_dropped``).

Said without a doer, an act is the speaker's side's when the speaker vouches for it ("I can
confirm that the new timetable will be introduced in May"), makes it hang on what the side
needs ("Subject to the government grant, the first 120 council homes will start on site next
year"), or tells when the meeting's own papers go up ("The recording and slides will be on
the consultation page by Friday"). The last two may be another's act told: they stay
commitments with a remark asking (``DOERLESS``). So is a present timetable the speaker
vouches for ("What I can tell you is the Wharf site bid goes in by the 31st of March"), and
one told "as promised" ("The airport line opens in December 2027, as promised."; "as we
promised" is the speaker's own, "as promised" alone is asked about). A timetable told
without its doer by an officer of the side ("Monterrey opens in January 2027", said by its
chief executive) is read by ``told_timetable`` for ``office_holders``.

An outcome is no act, whoever's it is: "We'll win this by 200 votes", "we will be cash-flow
positive", "we will see prices fall", "Rates will be cut before the summer". A hedge keeps
a forecast a forecast: "I think we'll get back to pre-pandemic waits eventually", "We now
expect to …", "My guess is …".

Source of the rule: docs/importing.md (kind); Hansard answers, council Q&As, campaign chats,
radio phone-ins and letters to shareholders (tests/importing/test_agency.py).
"""

import re
from functools import lru_cache

from claims.importing.everyday_acts import OFFERED, PACE, SMALL_ACT, told_service, under_way_dropped
from claims.importing.own_schedule import scheduled_own_act
from claims.importing.work_acts import WORK_ACT

OWN_ACT, DOERLESS_ACT, PLACED_ACT = "own", "doerless", "placed"

DOERLESS = (
    "an act told without its doer (“{words}”): a commitment if the speaker's side does it,"
    " a forecast of another's act otherwise; check the kind"
)

PLACED = (
    "“we will have …” in place: a commitment if “we” is the speaker's side, which puts them"
    " there; a forecast if “we” means everyone; check the kind"
)

# The first person's future, and the conditional of a side that would act if it could.
_SUBJECT_FUTURE = (
    r"\b(?P<who>i|we)(?P<aux>'ll|'d| will| won't| shall| would| am going to|'m going to"
    r"| are going to|'re going to| am gonna|'m gonna| are gonna|'re gonna)(?P<no> not| never)?"
    r"(?: (?:also|then|now|still|definitely|certainly|personally|immediately|absolutely|happily"
    r"|gladly|finally|aim to|try to|try and|make every effort to|do (?:our|my) (?:best|utmost)"
    r" to))?"
)
# Acts a person or a side performs, and promises in public. Not an outcome ("win", "be",
# "see", "reach"), nor the speaker's housekeeping ("leave it there", "introduce our guest").
_VERB = (
    r"(?:write|meet(?! (?:our|the|its|their|this|that|these|those|all|every) (?:[\w-]+ )?"
    r"(?:target|goal|deadline|guidance|forecast|expectation|number|budget|demand|need)s?\b)"
    r"|hold(?! (?:on|off|firm|steady|our breath|my breath|our nerve|my nerve)\b)|host|send|post"
    r"|share(?! (?:my|the|our) screen)|circulate|email|ring|phone|visit|review|consult"
    # Getting something to someone: "I'll get you a written answer", "I'll get back to you".
    r"|get (?:you|him|her|them|members|residents|the (?:committee|board|council)) (?:a|an|the"
    r"|our|my|those|these|that)\b|get back to (?:you|him|her|them|members|the)\b"
    # Sending by message: "I'll DM you the definitions", "I'll ping you the link", "I'll
    # text you the numbers", "I'll Slack you the deck", "I'll WhatsApp you the list".
    r"|(?:dm|pm|ping|text|message|slack|whatsapp|msg|forward|fwd|e-mail)(?= (?:you|him|her"
    r"|them|everyone|the (?:team|group|board|committee)|it|this|that)\b)"
    r"|arrange|organi[sz]e|schedule|deliver|install|repair|resurface|rebuild|replace|recruit"
    r"|hire|employ|train|appoint|open|reopen|launch|publish|release|build|complete|finish"
    r"|recommend|propose|produce (?:[\w-]+ ){0,4}?(?:report|summary|plan"
    r"|statement|document|guidance|strategy|review|update|paper|figures|breakdown|analysis"
    r"|assessment|proposals?)\b|give (?:you |members |the committee |shareholders )?(?:an? |the )?"
    r"(?:full |further |detailed |written )?(?:[\w-]+ )?(?:update|breakdown|statement|account)\b"
    r"|introduce|table|lay|bring forward|set out|put (?:[\w'-]+ ){0,4}?(?:online|on (?:the|our)"
    r" (?:website|site|page|portal|web))|put (?:up|out)|upload|print|collect|drop (?:off|round|in)"
    r"|update (?:the house|members|you|residents|her|him|them)"
    r"|see to it"
    r"|report back|follow (?:it |this |that )?up|chase|look into|raise (?:it|this|that|the)"
    r"|take (?:it|this|that) up|make sure|ensure|fix|sort out|clear|fund|refund|protect"
    r"|pay(?! (?:the price|for (?:it|this|that))\b)"
    r"|restore|extend|expand|upgrade|electrify"
    r"|(?:start|begin)(?! to\b| (?:seeing|feeling|noticing|getting|losing|winning|making)\b)"
    r"|stop|end(?! up\b)|scrap|cut|freeze|cap"
    r"|double|triple|halve|plant|create|provide|offer|guarantee|commit|keep (?:the|it|them|our"
    r"|my|this|that)|honou?r"
    r"|bring (?:back|in|forward)|roll out|set up|put in place|put in|deploy|commission"
    r"|submit|file|apply|sign(?! off)|campaign|fight|press|lobby|ask (?:the|officers|ministers)"
    r"|vote (?=for|against|to|no\b|yes\b|down)"
    r"|write to|speak to|talk to|work with|meet with|come back to (?:you|her|him|them|the house"
    r"|members|residents)|get back to (?:you|her|him|them)|knock on|canvass|deliver)"
)
_ING = (
    r"(?:writing|meeting|holding|hosting|sending|posting|publishing|releasing|launching|opening"
    r"|building|installing|delivering|introducing|rolling out|putting|running|starting"
    r"|recruiting|hiring|consulting|reviewing|tabling|submitting|announcing|setting out"
    # A vote the speaker will cast: "I'll be voting against any cut to concessionary fares".
    r"|voting (?=for|against|to|no\b|yes\b|down))"
)
# What an act leaves made so: "have the scheme finished", "get the crossing installed".
_DONE = (
    r"(?:finished|done|completed|built|rebuilt|open|opened|reopened|running|up and running"
    r"|in place|installed|fitted|fixed|repaired|resurfaced|replaced|delivered|signed|sorted"
    r"|ready|operational|online|live|up on|posted|uploaded|published|approved|upgraded"
    r"|electrified|cleared|funded|back"
    r"(?= open| in service| running)|on site|in service"
    # Plant and sites put to work: "have the substation energised", "the pens stocked",
    # "the array generating", "all 38 facilities running on the new system".
    r"|energi[sz]ed|commissioned|connected|stocked|staffed|equipped|switched on|powered up"
    r"|generating|producing|operating|in operation|in the water|rolled out|deployed|migrated"
    r"|converted|retrofitted|refurbished|certified|handed over"
    # Software work put where it is reviewed or used: "have the changes in staging by Thursday".
    r"|in (?:staging|production|prod|review|qa)\b|merged|shipped|drafted|written up)"
)
# Things a side puts in place, people it puts in post: "have screens at all 97 stations".
_THING = (
    r"(?:screens?|displays?|signs?|signals?|cameras?|chargers?|charging points?|lifts?|ramps?"
    r"|shelters?|benches|toilets?|crossings?|lights|lamps|street ?lights|bins|racks|stations?"
    r"|stops|platforms?|trains|buses|trams|carriages|services|routes|homes|houses|flats|beds"
    r"|wards?|clinics?|surgeries|hubs?|libraries|nurses|doctors|gps|officers|police|teachers"
    r"|staff|wardens|caseworkers|advisers|wi-?fi|broadband|machines?|defibrillators?)"
)
_ACT_AFTER = re.compile(
    rf"(?:{_VERB}|{SMALL_ACT}|{WORK_ACT}|{OFFERED}|be {_ING}"
    rf"|do (?:so|that|this)\b(?! (?:again|differently))"
    rf"|do it (?=by|before|within|in|this|next|today|tomorrow|straight|now)"
    rf"|have (?!fewer |less )(?:[\w'.()-]+ ){{0,7}}?{_DONE}"
    # A thing delivered to everyone: "we'll have it in every household by September 25th".
    rf"|have (?:[\w'-]+ ){{1,4}}?(?:in|through|into) (?:every|each|all|all the|people's|voters'"
    rf"|residents') (?:[\w-]+ )?(?:households?|homes?|letterbox(?:es)?|mailbox(?:es)?|doors?"
    rf"|inbox(?:es)?|hands)\b"
    rf"|(?P<placed>have (?!fewer |less )(?:[\w'-]+ ){{0,6}}?{_THING} (?:at|in|on|across|along"
    rf"|outside|for|by))|get (?!back to (?!you|her|him|them)|there\b|on\b|through\b|over\b"
    rf"|used\b|to (?:see|know|grips)\b)(?:[\w'-]+ ){{1,7}}?(?:{_DONE}|(?<!back )(?<!down )"
    rf"(?<!up )to (?:the|you|her|him"
    rf"|them|every|all|each|our|your)|over to|out to|back to (?:you|her|him|them)))\b"
)
_FIRST_PERSON_FUTURE = re.compile(_SUBJECT_FUTURE + " ")
# "would" commits only in a side's conditional: "if we were in government", "if elected".
# Not a hypothetical of someone in no race: "If I were you, I'd write to your MP", "If I were
# Chancellor, I'd cut VAT" (a view: ``advice.hypothetical``).
_WOULD_IF = re.compile(
    r"\bif (?:(?:i|we) (?:were|was|are|'re|am|'m|got|get) (?:(?:back|re-?elected|elected|returned"
    r"|voted) |(?:back )?in (?:government|power|office|charge|control|the majority)\b)|(?:i|we)"
    r" (?:win|won|form|formed|take|took|get|got) (?:the |a |control|power|office|government"
    r"|elected|in)|(?:re-?)?elected\b|given the chance\b|(?:the )?(?:voters|people|residents"
    r"|members) (?:give|elect|re-elect|return|trust|back) (?:me|us)\b)"
)
# A hedge on what follows: a forecast, not a promise.
_HEDGE = re.compile(
    r"\b(?:(?:i|we) (?:still |now |really |honestly |do )?(?:think|expect|guess|reckon"
    r"|suspect|hope|believe|imagine|bet|doubt|fear|assume|anticipate|predict|feel)"
    r"|my (?:guess|hunch|bet|expectation|feeling|sense)|probably|maybe|perhaps|possibly"
    rf"|hopefully|likely|i'd say|i would say|chances are|odds are|calling it|{PACE})\b"
)
# A hedge said after: "We'll have it done by May, I think."
_TRAILING_HEDGE = re.compile(
    r"[,—–-]\s*(?:i think|i hope|hopefully|probably|i reckon|i guess|i suspect|i'd say"
    r"|i imagine|touch wood|fingers crossed|with luck)\b[^,;]{0,20}[.!]?$"
)
# The speaker vouching for an act told without its doer: "I can confirm that …".
# So is telling it as what the speaker can say for certain: "What I can tell you is the Wharf
# site bid goes in by the 31st of March", "I can assure you the depot will open in May".
_VOUCHED = re.compile(
    r"\b(?:i|we) (?:can|am|'m|are|'re)(?: (?:now|today|very|really|absolutely|categorically))?"
    r" (?:(?:pleased|delighted|happy|glad|able|proud) to )?(?:confirm|announce|tell you"
    r"|assure you|promise you|guarantee(?: you)?) (?:to (?:the house|members) )?"
    r"(?:(?:now|today|this|tonight|for certain|for sure) )?(?:is |that )?(?P<rest>.+)"
)
# A timetable of the side's told in the present ("the bid goes in by the 31st of March",
# "Monterrey opens in January 2027", "construction is scheduled for August"): the side's act
# when the speaker vouches for it or speaks for the side (``told_timetable``). Not an outcome's
# course ("prices go up in January", "the market opens higher").
_PRESENT_SCHEDULE = re.compile(
    r"\b(?:opens|reopens|starts|begins|launches|goes (?:in|out|live|ahead|on sale|to (?:a )?"
    r"(?:vote|tender|consultation|print|the printers?|the (?:board|council|committee)))"
    r"|go (?:in|out|live|ahead)|completes|finishes|kicks off|breaks ground|comes (?:online"
    r"|into (?:service|force))|enters service|(?:is|are) (?:back )?(?:open|in service)"
    r"|(?:is|are) (?:scheduled|due|set|timetabled|programmed|slated|planned|booked|on track"
    r"|on course) (?:for|to)\b)(?! (?:higher|lower|up|down|flat)\b)(?:[ ,]+[\w'-]+){0,5}?"
    r"[ ,]+(?:(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)\b|20\d\d\b|q[1-4]\b|h[12]\b|(?:spring|summer|autumn|fall|winter|week|month"
    r"|year|quarter)\b|\d{1,2}(?:st|nd|rd|th)\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)"
)
# A timetable told "as promised": "The airport line opens in December 2027, as promised."
# "As I promised" and "as we promised" are the speaker's side's own promise; "as promised"
# alone may tell another's, and is asked about (``DOERLESS``).
_AS_PROMISED = re.compile(
    r"(?:^(?:and |so )?(?:just )?as (?:(?P<own>i|we) )?(?:promised|pledged|committed)(?: (?:to"
    r" you|it would|we would))?,? (?P<rest>.+)|^(?P<before>.+?),? (?:just )?as (?:(?P<own2>i|we)"
    r" )?(?:promised|pledged|committed)(?: (?:to you|last year|in (?:our|my) manifesto))?[.!]?$)"
)
# An act hanging on what the side needs to do it: "Subject to the government grant, …".
_SUBJECT_TO = re.compile(r"^(?:and |but |so )?subject to [^,;]{3,80}, (?P<rest>.+)")
# The meeting's own papers, put up by those who hold it: "The recording and slides will be on
# the consultation page by Friday."
_PAPERS = re.compile(
    r"^(?:and |so |ok,? |okay,? )?(?:the |our |all the |a |full )?(?:[\w-]+ ){0,2}?"
    r"(?:recording|slides|minutes|notes|papers|agenda|report|link|survey|form|details"
    r"|transcript|video|pack|summary|responses|answers|faqs?|presentation|documents?"
    r"|leaflets?|newsletter)(?: and (?:the )?(?:[\w-]+ ){0,2}?(?:slides|recording|minutes"
    r"|notes|papers|transcript|video|presentation|answers|faqs?|documents?))? will (?:all )?be"
    r" (?:on|online|up|available|published|posted|sent|circulated|out|shared|emailed|uploaded"
    r"|live|in your inbox)\b"
)
# An act told without its doer ("will be introduced", "will start on site"), or of a doer
# the speaker vouches for ("I can confirm that Northern will introduce …").
_DOERLESS_ACT = re.compile(
    r"\b(?:will|shall|is going to|are going to)(?: now| then| also| finally)? (?:be (?:introduced"
    r"|opened|reopened|launched|built|delivered|installed|completed|published|extended"
    r"|upgraded|electrified|rolled out|put in place|in place|brought in|brought forward"
    r"|funded|replaced|repaired|resurfaced|running|laid|tabled|sent|made available|available"
    r"|on site|finished)|start on site|(?:start|begin)(?! to\b| \w+ing\b)"
    r"|open(?! (?:higher|lower|up|down|flat)\b)|reopen|launch"
    r"|go live|come into (?:force|effect|service)|run(?! out| dry| low| short)|be ready"
    r"|introduce|build|deliver|install|complete|publish|extend|upgrade|electrify|roll out"
    r"|bring in|put in place|fund|replace|repair|resurface)\b"
)
# A plan told as made before is a fact, not a promise: "The Liberal Democrats have published
# a costed plan to reopen the Kirkgate chord", "They unveiled a plan to cut fares".
_PLAN_TOLD = re.compile(
    r"\b(?:(?:has|have|had|'ve)\s+(?:(?:now|already|just|also|recently)\s+)?(?:published"
    r"|announced|unveiled|set\s+out|released|produced|drawn\s+up|put\s+forward|tabled"
    r"|launched|issued|outlined|costed|submitted)|published|announced|unveiled|released"
    r"|produced|drew\s+up|tabled|launched|issued|outlined|submitted)\s+(?:(?:a|an|the|its"
    r"|their|our|his|her|my|new|costed|fully|detailed|draft|bold|ambitious|long-term|[\w-]+-year"
    r"|[\w-]+-point)\s+)*plans?\s+to\b"
)


def plan_told_dropped(lowered: str) -> str:
    """``lowered`` without a plan told as made before (``_PLAN_TOLD``), which is a fact and
    no promise made now, whoever's it is."""
    lowered = under_way_dropped(lowered)  # "we're building a kiln shed": told, under way
    return _PLAN_TOLD.sub(" ", lowered) if "plan" in lowered else lowered


# Every promise read here holds one of these: a cheap look first.
_CUE_WORDS = ("i'", "we'", "i ", "we ", "subject to", " will be ", "promised", "pledged")


def own_act(lowered: str) -> str:
    """How ``lowered`` (``normalise``'s) tells an act of the speaker's own side, as the module
    docstring reads it: ``OWN_ACT`` (the first person's), ``DOERLESS_ACT`` (an act with no
    doer said, the speaker's side's by its frame, to be asked about), ``PLACED_ACT`` (things
    "we will have" in place, asked about too: "we" may be everyone), or "" when it tells none
    (an outcome, a hedged forecast, a third person's act). Raises nothing."""
    if not any(word in lowered for word in _CUE_WORDS) and not lowered.startswith("will "):
        return _scheduled(lowered) or (DOERLESS_ACT if told_service(lowered) else "")
    return _own_act(lowered)


@lru_cache(maxsize=4096)
def _own_act(lowered: str) -> str:
    if first := _first_person_act(lowered):
        return first
    if vouched := _vouched_or_promised(lowered):
        return "" if vouched == _HEDGED else vouched
    if lowered.startswith(("subject to", "and subject to", "but subject to", "so subject to")):
        found = _SUBJECT_TO.match(lowered)
        if found and (_DOERLESS_ACT.search(found["rest"]) or _first_person_act(found["rest"])):
            return DOERLESS_ACT
    if " will " in lowered and _PAPERS.match(lowered):
        return DOERLESS_ACT
    if " will be laid before " in lowered and _LAID.search(lowered):
        return DOERLESS_ACT
    return _scheduled(lowered) or (DOERLESS_ACT if told_service(lowered) else "")


_VOUCH_WORDS = ("confirm", "announce", "tell you", "assure", "promise you", "guarantee")
_HEDGED = "hedged"
# Vouching that names the act's doer as well as a doerless one: "I can confirm that …".
_CONFIRMED = re.compile(r"\b(?:confirm|announce)\b")
# An act told in the passive, with no doer at all: "the new timetable will be introduced".
_PASSIVE_ACT = re.compile(
    r"\b(?:will|shall|is going to|are going to)(?: now| then| also)? be \w+ed\b"
)


def _vouched_or_promised(lowered: str) -> str:
    """``OWN_ACT`` for an act or a timetable the speaker vouches for ("I can confirm that
    …", "What I can tell you is …": ``_VOUCHED``), ``_HEDGED`` for one hedged before the
    vouching, else what ``_as_promised`` reads ("" for neither)."""
    vouched = _VOUCHED.search(lowered) if any(w in lowered for w in _VOUCH_WORDS) else None
    rest = vouched["rest"] if vouched else ""
    # Told for certain ("I can tell you …"), an act is vouched for only without its doer:
    # "I can tell you that Apple will launch a car next year" forecasts another's act.
    if vouched and _CONFIRMED.search(vouched.group()[: -len(rest) or None]):
        act = _DOERLESS_ACT.search(rest)
    else:
        act = _PASSIVE_ACT.search(rest) or _TIMETABLED.search(rest)
    if vouched and (act or _PRESENT_SCHEDULE.search(rest)):
        return _HEDGED if hedged(lowered[: vouched.start()]) else OWN_ACT
    if "promised" in lowered or "pledged" in lowered or "committed" in lowered:
        return _as_promised(lowered)
    return ""


def _as_promised(lowered: str) -> str:
    """``OWN_ACT`` for a timetable or an act told "as I promised" or "as we promised",
    ``DOERLESS_ACT`` for one told "as promised" (whose promise is asked), "" otherwise
    (``_AS_PROMISED``): "Sales grew, as promised" looks back, and tells no act."""
    found = _AS_PROMISED.search(lowered)
    if found is None:
        return ""
    rest = found["rest"] or found["before"]
    act = _first_person_act(rest) or (
        OWN_ACT if _DOERLESS_ACT.search(rest) or _PRESENT_SCHEDULE.search(rest) else ""
    )
    if not act or hedged(rest):
        return ""
    return OWN_ACT if found["own"] or found["own2"] else DOERLESS_ACT


# Papers laid before a legislature: a government's or a public body's own act, asked about
# (it may be another's, told): "It will be laid before Parliament by the end of February."
_LAID = re.compile(
    r"\bwill be laid before (?:parliament|the house|the assembly|the senedd|the dáil"
    r"|the (?:scottish )?parliament|congress|the legislature|council)\b"
)


@lru_cache(maxsize=4096)
def _scheduled(lowered: str) -> str:
    """``OWN_ACT`` for an act of the speaker's side told without "I will"
    (``own_schedule``: "We launch on September 1st", "my newsletter goes out on Thursday"),
    not hedged; else ""."""
    if scheduled_own_act(lowered) and not (hedged(lowered) or _TRAILING_HEDGE.search(lowered)):
        return OWN_ACT
    return ""


# An act told without its doer that an officer's side performs on a timetable: the doerless
# acts above, and a thing put back or into service ("All four pumps will be back in service
# by the end of September", "the first 300 megawatts will enter commercial operation").
_TIMETABLED = re.compile(
    r"\b(?:will|shall|is going to|are going to)(?: now| then| also| finally| all)?"
    r" (?:be (?:back )?(?:open|in service|running|up and running|online|operational)\b"
    r"|enter (?:commercial )?(?:operation|service)\b|come (?:online|into service)\b)"
)
# "Construction will begin in June 2026", "Works start in the spring": starting is the side's
# act only of its own work; "the recession will start in Q3" is an outcome.
_STARTED = re.compile(r"\b(?:will |shall )?(?:start|begin|starts|begins|kicks? off)\b")
_WORK = re.compile(
    r"\b(?:construction|work|works|building|delivery|deliveries|production|operations?"
    r"|installation|scheme|project|rollout|roll-out|consultation|trial|pilot|programme|program"
    r"|services?|refurbishment|resurfacing|repairs?|demolition|recruitment|enrolment|enrollment"
    r"|registration|testing|dredging|excavation|groundworks|fit-out|commissioning|campaign)$"
)
# A state reached, not an act the side performs: "will be ready", "will be available".
_STATE = re.compile(
    r"(?:will|shall|is going to|are going to)(?: now| then| also| finally)? (?:be (?:ready"
    r"|available|made available|running|in place|on site|funded)|run)\b"
)
# Who else a timetable may be told of: "they open in March" is not the speaker's side named.
_OTHER_DOER = re.compile(
    r"\b(?:they|he|she|you|it|nobody|no one|everyone|everybody|anyone|anybody|someone|people"
    r"|others)(?:'ll)?$"
)


def told_timetable(lowered: str) -> bool:
    """Whether ``lowered`` (``normalise``'s) tells a timetable without its doer, which is the
    side's own when an officer of it tells it (``office_holders``): a present timetable
    ("Monterrey opens in January 2027", "construction of the culvert replacement is scheduled
    for August and September", ``_PRESENT_SCHEDULE``), a doerless act ("Construction will
    begin in June 2026", "All four pumps will be back in service by the end of September",
    ``_DOERLESS_ACT``, ``_TIMETABLED``). Not hedged ("I think it opens in March"), nor
    relayed ("According to de Vries, the rail link will be finished by 2028"), not of "they",
    "he" or "nobody" ("… and nobody will be ready"), and starting only of work ("the downturn
    starts in Q3": no act)."""
    if hedged(lowered) or _TRAILING_HEDGE.search(lowered) or lowered.startswith("according to"):
        return False  # "According to de Vries, the rail link will be …": told, not vouched
    for pattern in (_PRESENT_SCHEDULE, _DOERLESS_ACT, _TIMETABLED):
        for found in pattern.finditer(lowered):
            before = lowered[: found.start()].rstrip(" ,")
            before = re.sub(r"\s+(?:will|shall|is going to|are going to)$", "", before)
            if not before or _OTHER_DOER.search(before) or re.search(r"\b(?:i|we)$", before):
                continue
            if _STATE.match(lowered, found.start()):
                continue  # "The grid connection will be ready …": a state, anyone's doing
            started = _STARTED.match(lowered, found.start())
            if started and not _WORK.search(before):
                continue
            return True
    return False


def hedged(before: str) -> bool:
    """Whether the words ``before`` a first person's future (``normalise``'s) hedge it: "I
    think", "we expect", "my guess is", "probably" (``_HEDGE``)."""
    return _HEDGE.search(before) is not None


def _first_person_act(lowered: str) -> str:
    """ "I will write to her …", "we'll have the whole scheme finished …", "if we were in
    government, we would have it open by 2030": a first person's future act, not hedged
    before it in its sentence: ``OWN_ACT``; ``PLACED_ACT`` for things "we will have" in
    place ("we will have real-time arrival screens at all 97 stations"), which "we" as
    everyone may say too; or ""."""
    if lowered.startswith("will ") and not lowered.rstrip().endswith("?"):
        # Notes' shorthand without its subject, the speaker's: "Will have the Pentland 2 array
        # generating before the end of 2027", "Will publish the data by Friday".
        act = _ACT_AFTER.match(lowered, len("will "))
        if act and not _TRAILING_HEDGE.search(lowered):
            return PLACED_ACT if act["placed"] else OWN_ACT
    for found in _FIRST_PERSON_FUTURE.finditer(lowered):
        act = _ACT_AFTER.match(lowered, found.end())
        if not act:
            continue
        if hedged(lowered[: found.start()]) or _TRAILING_HEDGE.search(lowered):
            return ""
        if found["aux"] in ("'d", " would") and not _WOULD_IF.search(lowered):
            continue  # "we would build more": a view, unless the side's conditional
        return PLACED_ACT if act["placed"] and found["who"] == "we" else OWN_ACT
    return ""


# A short "yes" to a question about an act: "It will.", "Yes, we will.", "They will, yes."
_AFFIRMED = re.compile(
    r"^(?:(?:yes|yeah|absolutely|certainly|definitely)[,.!]?\s+)*(?P<who>it|they|we)(?:'ll"
    r"| will)(?:[,.!]?\s+(?:yes|absolutely|certainly))?[.!]*$"
)
# The question: an act asked after without its doer ("Will it be fixed before next winter?"),
# or one the one asked is to do ("Will you publish the schedule?").
_ASKED_DOERLESS = re.compile(
    r"\b(?:will|is|are) (?:it|they|this|that|these|those|the [\w' -]{1,40}?|(?:your|the)"
    r" [\w' -]{1,40}?)(?: going to)? be (?:fixed|repaired|replaced|restored|reopened|opened"
    r"|completed|finished|built|published|laid|sent|delivered|paid|refunded|installed"
    r"|upgraded|resolved|sorted|done|ready|back in service|in place|funded|signed)\b"
)
_ASKED_OWN = re.compile(
    r"\b(?:will|are) you(?: going to)? (?:commit to |undertake to |promise to )?" + _VERB + r"\b"
)


def answered_act(text: str, asked: str) -> str:
    """How a short "yes" (``text``: "It will.", "Yes, we will.") to the question ``asked``
    tells an act of the speaker's side: ``OWN_ACT`` when the one asked is to do it ("Will you
    publish the schedule?" "We will."), ``DOERLESS_ACT`` when the act is asked after without
    its doer ("Will it be fixed before next winter?" "It will.": a commitment if the speaker's
    side does it, asked about), or "" (no such answer, no such question: "Will prices fall?"
    "They will." stays a forecast). Raises nothing."""
    if not asked or len(text) > 40:
        return ""
    answer = _AFFIRMED.match(text.strip().lower())
    if not answer:
        return ""
    question = asked.lower().replace("’", "'")
    if hedged(question):
        return ""
    if answer["who"] == "we" and _ASKED_OWN.search(question):
        return OWN_ACT
    if answer["who"] in ("it", "they") and _ASKED_DOERLESS.search(question):
        return DOERLESS_ACT
    return ""
