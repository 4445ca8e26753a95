"""The procedure of a sitting and its courtesies, in any chamber's words: no claims.

Verbatim records, hearings, councils, general meetings and panels run on the same few acts,
whatever their layout: the floor given and taken ("I give the floor to Ms. Halvorsen.", "The
hon. member for Moose Lake has the floor.", "I now call on the representative of Panama."),
thanks paid ("I thank Mr. Oyelaran for his briefing.", "We thank the presidency for convening
this meeting."), the chair's own turns ("I shall now make a statement in my capacity as the
representative of Somalia.", "I now resume my functions as President of the Council."), the
sitting's course told ("The meeting rose at 12.35 p.m.", "The agenda was adopted.", "There are
no more names inscribed on the list of speakers.", "That is all the time we have for question
period today.", "The House met at 10 a.m.", "The House resumed consideration of the
motion …"), a member rising ("It is a pleasure to rise in support of this bill.", "I will be
sharing my time with the hon. member for Maple Hollow East.") and papers laid ("Pursuant to
Standing Order 36(8), I have the honour to table …", "In accordance with rule 39 …, I invite
the following briefers to participate.") and the meeting's own materials sent on ("The slides
will be on the intranet this afternoon.", "The live Q&A is moving to Thursday next week.").

``procedure`` reads these acts by their verbs, so a chamber never seen before is read too.
A claim said with them stays one: thanks that go on to claim ("I thank the minister, but her
plan will fail.", "… for confirming that the plant closes in May"), a floor given with a
forecast, a sitting's time with a figure of what it decided. Layout readers keep their own
lists for what only their chamber says (``congress_record``, ``council_captions``).

Sources of the shapes: the United Nations' verbatim records (S/PV, A/PV), the Hansards of
Westminster, Ottawa and Canberra, city councils' and general meetings' minutes, hearings.
Pure functions.
"""

import re

from claims.importing.wording import _has_any, normalise

__all__ = ["procedure"]

_MAX_WORDS = 45
_LEAD = (
    r"^(?:(?:and|so|but|now|first(?: of all)?|once again|again|also|finally|lastly|at the outset"
    r"|mr\.? president|madam president|mr\.? speaker|madam speaker|mr\.? chair(?:man)?"
    r"|madam chair|chair|president|thank you|thanks|(?:he|she|they) said:)[,.]?\s+)*"
)
_THANKS = re.compile(
    _LEAD + r"(?:(?:i|we)\s+(?:also\s+|too\s+|too,\s+|sincerely\s+|warmly\s+)?"
    r"(?:(?:would|should|wish|want|'d)\s+(?:like\s+)?(?:to\s+)?|must\s+|also\s+)?"
    r"(?:thank|congratulate|commend|welcome|acknowledge|join others in thanking"
    r"|express (?:my|our) (?:sincere |deep |warm )?(?:gratitude|appreciation|thanks))"
    r"|(?:let me|allow me to|may i|permit me to)\s+(?:also\s+)?(?:thank|congratulate|commend"
    r"|welcome|acknowledge|express)"
    r"|(?:my|our) (?:sincere |warm |deep )?(?:thanks|gratitude|appreciation) (?:go(?:es)? )?to)\b"
)
# What thanks are for: a courtesy ("for her briefing", "for convening this meeting"), or an
# act told ("for delivering the line two years early"), which is a claim.
_THANKED_FOR = re.compile(r"\b(?:for|on) (?P<what>.+)$")
_COURTESY = re.compile(
    r"^(?:(?:his|her|their|your|the|this|that|its|our|my|a|an|all|such)\s+)?(?:(?:very|kind|warm"
    r"|generous|excellent|comprehensive|sobering|informative|detailed|useful|insightful|welcome"
    r"|full|positive|encouraging|candid"
    r"|thoughtful|important|valuable|clear|helpful|sobering|kind|thorough|opening)\s+)*"
    r"(?:briefings?|presentations?|remarks|statements?|words|questions?|contributions?"
    r"|leadership|service|hospitality|invitation|time|attention|patience|participation"
    r"|work|efforts|report|introduction|welcome|support|cooperation|answer|answers|election"
    r"|re-election|appointment|promotion|presidency|new role|retirement|birthday|anniversary"
    r"|maiden speech|assumption of the presidency"
    r"|convening\b|organi[sz]ing\b|hosting\b|joining\b|being here|coming|having me"
    r"|inviting\b|chairing\b|taking (?:the|my) (?:time|question)|listening"
    r"|raising (?:this|the|these|that|an?|his|her|their)\b)"
)
# What makes thanks a claim too: a clause of its own, a future, a figure of what was done.
_CLAIMS_TOO = re.compile(r"\b(?:that|but|although|however|because|will|won't|going to)\b|'ll\b|\d")
_SAYS_MORE = re.compile(r"\b(?:but|although|however|because|though|whereas)\b")
_FUTURE = re.compile(r"\b(?:will|won't|going to)\b|'ll\b")
# A future that only gives the floor: "I will now give the floor to …", "we'll take questions".
_FLOOR_FUTURE = re.compile(
    r"^(?:[\w,.' ]{0,40}?)(?:i|we)(?:'ll|\s+will|\s+shall)\s+(?:now\s+)?(?:give|yield|open|take"
    r"|go\s+to|turn\s+to|hand|pass|call\s+on|recogni[sz]e)\b(?![^.]*\b(?:who|which|that)\s+will\b)"
)
_FLOOR = re.compile(
    _LEAD + r"(?:(?:i|we)\s+(?:shall\s+|will\s+|now\s+|shall now\s+|will now\s+|now\s+)*"
    r"(?:give|gives|yield|cede|pass|hand)\s+(?:the\s+)?floor\b"
    r"|(?:i|we)\s+(?:shall\s+|will\s+|now\s+)*(?:call\s+(?:on|upon)|recogni[sz]e|invite)\s+"
    r"(?:the\s+(?:hon(?:ou?rable|\.)?\s+|distinguished\s+|next\s+)?(?:member|representative"
    r"|delegate|senator|minister|speaker|councillor|councilor|member for|briefers?|following)"
    r"|(?:mr|ms|mrs|dr|madam|sir|dame|lord|lady)\.?\s)"
    r"|(?:the\s+)?(?:hon(?:ou?rable|\.)?\s+)?(?:member|representative|senator|delegate"
    r"|councillor|councilor|minister)\s+(?:for|of)\s+(?:(?!(?:has|will|would|is|are|was|were"
    r"|says|said|can|could|should|must|may|might|won't|and)\b)[\w'.—–-]+\s*){1,6}?"
    r"(?:\s*(?:now\s+)?has\s+the\s+floor)?\s*[.!]?$"
    r"|(?:[\w.'’-]+\s+){1,4}(?:has|now has)\s+the\s+floor\b"
    r"|the\s+floor\s+is\s+(?:yours|now\s+open|open)\b"
    # A call's or a panel's turn to questions: "With that, operator, we can open the line for
    # questions.", "Let's take a few questions.", "I'll hand it back over to Dana."
    r"|(?:with\s+that,?\s+)?(?:operator,?\s+)?(?:(?:we|i)\s+(?:can|will|'ll|would\s+like\s+to"
    r"|'d\s+like\s+to)\s+|let's\s+|please\s+)?(?:now\s+)?(?:open|opening)\s+(?:up\s+)?"
    r"(?:the\s+)?(?:line|lines|floor|call|it(?:\s+up)?)\s+(?:up\s+)?(?:for|to)\s+(?:your\s+)?"
    r"(?:questions|q\s*&\s*a)\b"
    r"|(?:(?:we|i)\s+(?:can|will|'ll)\s+|let's\s+)(?:now\s+)?(?:take|go\s+to|turn\s+to)\s+"
    r"(?:your\s+|some\s+|a\s+few\s+|audience\s+)?(?:questions|q\s*&\s*a)\b"
    r"|(?:i'll|i\s+will|let\s+me|i'd\s+like\s+to)\s+(?:now\s+)?(?:hand|turn|pass)\s+(?:it|the"
    r"\s+call|things)\s+(?:back\s+)?(?:over\s+)?to\b)"
)
_CHAIR = re.compile(
    r"\b(?:in my capacity as|(?:resume|resuming) my functions|resume the chair|my national"
    r" capacity|take the chair|vacate the chair|names? inscribed on the list of speakers"
    r"|the list of speakers|adoption of the agenda|the agenda was adopted"
    r"|the (?:provisional )?agenda is adopted|i have the honou?r to (?:table|present|submit"
    r"|lay|inform)|pursuant to (?:standing order|rule|section)|in accordance with rule \d+"
    r"|that is all the time we have|we have run out of time|the time (?:of|for) the member"
    r"|has expired"
    # Question time's own acts: "My question is to the Treasurer.", "Point of order, Mr
    # Speaker, on direct relevance.", "I seek leave to table the report."
    r"|^my (?:(?:first|second|next|supplementary) )?question is (?:to|for) (?:the )?"
    r"|^(?:i rise on a )?point of order\b|\bseek leave to (?:table|move|make|incorporate)"
    # A minister answering for another, and the written answers laid: "I am taking this
    # question on behalf of the Minister.", "Questions Nos. 3 to 9, inclusive, answered with
    # Written Answers.", "Written Answers are published on the Oireachtas website."
    r"|taking (?:this|these|the) questions? (?:on behalf of|for)\b"
    r"|answered with written answers|^written answers are (?:published|printed|available))\b"
)
# A reply promised by letter, the floor's own business: "I will ask the Minister for
# Transport to revert to the Deputy directly with a date.", "I will write to the member."
_REVERT = re.compile(
    r"\b(?:revert|come back|write|reply|respond)\s+(?:directly\s+)?to\s+the\s+(?:hon(?:ou?rable"
    r"|\.)?\s+)?(?:deputy|senator|member|gentleman|lady|committee)\b"
)
_SITTING = re.compile(
    r"^(?:the\s+)?(?:meeting|sitting|session|hearing|house|council|committee|assembly"
    r"|debate|proceedings|dáil|dail|seanad|senate|chamber)\s+(?:rose|met|was called to order"
    r"|was (?:suspended|adjourned|resumed|closed|opened)|adjourned|resumed"
    r"|is (?:suspended|adjourned|closed))"
    # "… at 11.02 p.m. until 9.10 a.m. on Thursday, 5 March 2026", "… and resumed at 2.15 p.m."
    r"(?:\s+(?:at|on|until|till|for|sine die|and resumed(?: at)?)(?:\s+[\w.:,]+){0,4}){0,4}"
    r"\s*[.!]?$"
)

# The business taken up: "The House resumed consideration of the motion that Bill C-23 … be
# now read a second time.", "… (Minister of Energy, Lib.) moved that Bill C-23 … be read".
_BUSINESS = re.compile(
    r"^(?:the\s+)?(?:house|senate|committee|assembly|chamber|council)\s+resumed\s+(?:the\s+)?"
    r"(?:consideration|debate|from)\b"
    r"|\bmoved\s+that\s+(?:bill|motion|report)\s+(?:no\.\s+)?[a-z]?-?\d+\b"
    # Leave asked for and given: "Leave is sought to table that document.", "There is
    # objection.", "Is there any objection?"
    r"|^(?:leave\s+is\s+(?:sought|granted)\b|there\s+is\s+(?:no\s+)?objection\s*[.!]?$)"
)
# A member rising and sharing their time: "It is a pleasure to rise in support of this
# bill.", "I am pleased to rise today to open second reading debate on the bill.", "I will
# be sharing my time with the hon. member for Maple Hollow East."
_RISING = re.compile(
    _LEAD + r"(?:(?:it\s+is|it's)\s+(?:a|an|my)\s+(?:real\s+|great\s+|distinct\s+)?"
    r"(?:pleasure|privilege|honou?r)|(?:i\s+am|i'm)\s+(?:very\s+|truly\s+)?(?:pleased|honou?red"
    r"|proud|glad|happy|grateful))\s+to\s+rise\b"
    r"|^(?:[\w.,' ]{0,30}?)(?:(?:i\s+will\s+be|i'll\s+be|i\s+am|i'm)\s+)?(?:sharing|splitting"
    r"|dividing)\s+my\s+time\s+with\b"
)

# Each of the patterns above is tried only when the sentence holds one of these words, as
# every term of the pattern does (a cheap look first).
_FLOOR_WORDS = (
    "floor", "call", "recogni", "invite", "member", "representative", "senator", "delegate",
    "councillor", "councilor", "minister", "questions", "&", "hand", "turn", "pass",
)  # fmt: skip
_CHAIR_WORDS = (
    "capacity", "functions", "chair", "list of speakers", "agenda", "the hono", "pursuant",
    "accordance", "time we have", "run out of time", "the member", "expired", "question",
    "point of order", "seek leave", "written answers",
)  # fmt: skip
_BUSINESS_WORDS = ("resumed", "moved", "leave", "objection")
_REVERT_WORDS = ("revert", "come back", "write", "reply", "respond")
_RISING_WORDS = ("rise", "time")

# The meeting's own materials and where they go: "The slides will be on the intranet this
# afternoon.", "The recording and slides will be in the member portal by Friday.", "The live
# Q&A is moving to Thursday next week."
_MATERIALS = re.compile(
    r"^(?:(?:and|so|also|oh|ok|okay|quick housekeeping(?: first)?|housekeeping)[,:.]?\s+)*"
    r"(?:(?:paid\s+)?subscribers,\s+)?(?:the|today's|this|our|my|a)\s+"
    r"(?:(?:full|live|recorded|edited|written|updated|final)\s+)?(?:slides?|deck|recording"
    r"|replay|transcript|video|notes|minutes|handouts?|q\s*&\s*a|ama|livestream|stream"
    r"|session|call|webinar|survey|poll)(?:\s+(?:and|&)\s+(?:the\s+)?(?:slides?|deck|recording"
    r"|replay|transcript|video|notes|minutes|handouts?))?\s+(?:will\s+be|are|is|'ll\s+be"
    r"|should\s+be|go(?:es)?|will\s+go|is\s+moving|are\s+moving|moves|will\s+move)\s+"
    r"(?:(?:up|out|live|available|posted|shared|sent|circulated|uploaded|on|in|to|at)\b)"
)


# A member named by their seat, as the object of thanks: "the member for Coorabel".
_SEAT = re.compile(
    r"^\s*(?:the\s+)?(?:hon(?:ou?rable|\.)?\s+)?(?:member|senator)\s+for\s+"
    r"(?:[\w'’.-]+\s+){1,4}?(?=for\s)"
)


def procedure(text: str) -> bool:
    """Whether ``text`` (one sentence) is a sitting's procedure or courtesy (the module's
    docstring): the floor given or taken, thanks, the chair's own turns, the sitting's course,
    papers laid. At most ``_MAX_WORDS`` words; thanks that say more are no procedure."""
    said = normalise(text).strip()
    if not said or len(said.split()) > _MAX_WORDS:
        return False
    thanks = _THANKS.search(said)
    if thanks:
        # "I thank the member for Coorabel for her question": the seat is no thanks' reason.
        rest = _SEAT.sub("", said[thanks.end() :], count=1)
        why = _THANKED_FOR.search(rest)
        courtesy = why is None or _COURTESY.match(why["what"]) is not None
        return courtesy and _CLAIMS_TOO.search(said) is None
    if _SITTING.match(said) or _MATERIALS.match(said) or _business(said):
        return True
    rising = _RISING.search(said) if _has_any(said, _RISING_WORDS) else None
    if rising:  # "… to rise in support of this bill, which will cut
        return _CLAIMS_TOO.search(said[rising.end() :]) is None  # fares by 2030" says more
    return _others(said)


def _others(said: str) -> bool:
    """``procedure`` of a normalised sentence that is no thanks, sitting, business or rising:
    a reply promised by letter, the floor, the chair's own turns."""
    # "I will write to the member, but the plant closes in May.": no
    if _has_any(said, _REVERT_WORDS) and _REVERT.search(said):
        return _SAYS_MORE.search(said) is None
    # "I give the floor to the minister, who will announce …" says more
    if _has_any(said, _FLOOR_WORDS) and _FLOOR.search(said):
        return _FUTURE.search(said) is None or _FLOOR_FUTURE.search(said) is not None
    return (
        _has_any(said, _CHAIR_WORDS)
        and _CHAIR.search(said) is not None
        and _FUTURE.search(said) is None
    )


def _business(said: str) -> bool:
    """Whether ``said`` takes up the business (``_BUSINESS``)."""
    return _has_any(said, _BUSINESS_WORDS) and _BUSINESS.search(said) is not None
