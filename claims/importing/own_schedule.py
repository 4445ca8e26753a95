"""The speaker's own act told without "I will": scheduled, noted, or put out on the side's own
channel.

People promise in the present tense of a timetable of their own, and note-takers mark a
promise with a word of their own. Each of these is the speaker's side's act, a commitment
(docs/importing.md, kind):

- the present of a scheduled act of the speaker's side, with when: "We launch on September
  1st", "we open the new depot next month", "my newsletter goes out on Thursday", "the
  follow-up video with the battery teardown goes up on Friday the 18th", "part two lands
  tomorrow" (``_WE_SCHEDULED``, ``_THING_SCHEDULED``); the speaker's own work is a "my"/"our"
  thing or a thing a writer or a creator puts out (a video, an episode, a newsletter);
- the present progressive of an act with a near time: "I'm putting it in the investor update
  tonight", "we're writing to every tenant this week", "We at Moreau Fluvial are adding two
  push boats in Duisburg by the end of next quarter", "we're hiring 40 engineers by March"
  (``_DOING``);
- a reply taking on a request: "will do, sending it over right after standup" (``_TAKEN_ON``);
- a note saying the speaker commits: "DH: commits — trust will cut leakage to 15% by March
  2028" (``_NOTED``);
- an act told without its doer, put out on the side's own channel: "The results of the poll
  will be published on our website and announced via RNS this afternoon" (``_OWN_CHANNEL``);
- a count of what the side itself issues: "we will hit 50,000 permits by election day"
  (``_ISSUED``). A permit, a licence, an approval or a jab is the side's own act, counted:
  its count is a promise. A count of what others do ("we will hit 10k paying users", "we
  will reach a million customers") is an outcome, and stays a forecast.

A timetable's fact is no one's promise: "The train goes out at 9"; nor is a price's move
("Prices go up in January"), nor a hedged forecast ("I expect completions to double by the
end of 2027", "My estimate is that perhaps 140 will be finished by then").

Source of the rule: a committee's oral evidence, an AGM's questions, a newsletter, a video's
description, a start-up's chat and a reporter's notes
(tests/importing/test_agency_scheduled_and_noted.py).
"""

import re

# When, said of a scheduled act: "on Thursday", "next month", "tonight", "on September 1st".
_WHEN = (
    r"(?:on (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|the \d|\d|(?:january|february|march"
    r"|april|may|june|july|august|september|october|november|december)\b)|(?:this|next|on)"
    r" (?:week|month|year|(?:mon|tues|wednes|thurs|fri|satur|sun)day|spring|summer|autumn"
    r"|winter)|tonight|tomorrow|today|later today|this (?:afternoon|evening|morning)"
    r"|in (?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)\b|(?:right |straight )?after (?:standup|lunch|the call|the meeting)"
    r"|by (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tonight|tomorrow|the end of"
    r"|(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)\b))(?![a-z])"
)
_LEAD = r"^(?:[-*•] )?(?:(?:and|but|so|ok|okay|fine|right|yes|yeah|also|then)[,.!]?\s+)*"
# "We launch on September 1st", "we open the new depot next month": the side's schedule.
_WE_SCHEDULED = re.compile(
    rf"{_LEAD}we (?:(?:officially|formally|finally|then) )?(?:launch|open|reopen|ship"
    rf"|release|publish|go live|(?:start|begin)(?! \w+ing\b| to\b)|kick off|announce|report"
    rf"|present|unveil"
    rf"|roll (?:it |this )?out)\b(?: [\w'-]+){{0,6}}? {_WHEN}"
)
# A thing the speaker puts out: "my newsletter goes out on Thursday", "the follow-up video
# with the battery teardown goes up on Friday the 18th".
_OUT = r"(?:goes|go) (?:out|up|live|online|on sale)|ships|lands|drops|launches|comes out|airs"
# What a writer or a creator puts out, theirs whoever names it: "the follow-up video".
_CREATED = (
    r"(?:video|episode|newsletter|podcast|livestream|stream|post|part (?:two|2|three|3)"
    r"|teardown|deep dive|scorecard|spreadsheet|recap|write-?up)"
)
# What may be anyone's, the speaker's when "my" or "our": "my report", "our update".
_CONTENT = rf"(?:{_CREATED}|review|interview|report|column|piece|essay|update|issue)"
_PRODUCT = r"(?:app|product|release|build|version|feature|book|album|single|game|course)"
_THING_SCHEDULED = re.compile(
    rf"{_LEAD}(?:[\w'-]+[:,]? ){{0,8}}?(?:(?:my|our) (?:[\w'-]+ ){{0,2}}?"
    rf"(?:{_CONTENT}|{_PRODUCT})s?"
    rf"|(?:the |this |that )?(?:next |new |follow-up |full |final |second |last )*{_CREATED})"
    rf"(?: [\w'-]+){{0,8}}? (?:{_OUT}) {_WHEN}"
)
# "I'm putting it in the investor update tonight": an act under way, with a near time.
_DOING = re.compile(
    rf"(?:^(?:@[\w.@-]+ )*|[,;.—–-] |\b(?:and|so|but) )(?:i'm|i am|we're|we are"
    rf"|we (?:here )?at (?:[\w'&.-]+ ){{1,4}}?are) (?:(?:also|just|now) )?"
    rf"(?:putting|sending|posting|writing|publishing|releasing|emailing|calling|ringing"
    rf"|meeting|booking|filing|submitting|sharing|uploading|shipping|launching|opening"
    rf"|announcing|tabling|adding|hiring|recruiting|installing|commissioning|ordering"
    rf"|relocating|expanding|upgrading)\b(?! (?:off|down)\b| (?:my|our|the) money\b"
    rf"| (?:expectations|targets?|guidance|forecasts?)\b)(?: [\w'-]+){{0,8}}? {_WHEN}"
)
# "will do, sending it over right after standup": a request taken on.
_TAKEN_ON = re.compile(
    r"^(?:will do|on it|can do|sure thing|yep|yes|ok|okay)[,.!—–-]+\s*(?:i'm |i am |i'll )?"
    r"(?:sending|posting|sharing|doing|writing|emailing|fixing|pushing|uploading|booking"
    r"|calling|filing|send|post|share|do|write|email|fix|push|upload|book|call|file)\b"
)
# A note-taker's mark of a promise: "commits — trust will …", "pledges: …".
_NOTED = re.compile(r"^(?:commits|commitment|pledges|promises|undertakes|vows)\s*(?:[—–:-]|to\b)")
# An act told without its doer, on the side's own channel: "published on our website".
_OWN_CHANNEL = re.compile(
    r"\bwill (?:all |also |then )?be (?:published|posted|announced|put|made available|shared"
    r"|circulated|sent|emailed|uploaded|released|available)\b[^.;]{0,40}?\b(?:on|via|through|in"
    r"|to|at) (?:our|my) (?:[\w-]+ ){0,2}?(?:website|site|page|portal|app|channels?|feed|newsletter"
    r"|blog|members|shareholders|subscribers|investors|customers|staff|mailing list)\b"
)
# A count of what the side itself issues: "we will hit 50,000 permits by election day".
_ISSUED = re.compile(
    rf"{_LEAD}(?:i|we)(?:'ll| will| are going to|'re going to) (?:hit|reach|pass|get to|issue"
    r"|grant|approve|clear|process) (?:over |more than |at least |the )?"
    r"(?:[\d,.]+(?:k| thousand| million)?|an?(?: half)? (?:thousand|million)|half a million)"
    r" (?:[\w-]+ )?(?:permits|licen[cs]es|approvals|consents|grants|planning"
    r" permissions|applications|visas|inspections|vaccinations|jabs|operations|claims|cases"
    r"|repairs|connections)\b"
)
# A cheap look for each of the above.
_CUES = (
    " on ",
    "next",
    "this ",
    "tonight",
    "tomorrow",
    "today",
    "after",
    " by ",
    " at ",
    " in ",
    "will do",
    "commit",
    "pledge",
    "promise",
    "undertake",
    "vow",
    " our ",
    " my ",
)


def scheduled_own_act(lowered: str) -> bool:
    """Whether ``lowered`` (``normalise``'s) tells an act of the speaker's own side without
    "I will": scheduled in the present, under way with a near time, a request taken on, a
    note's mark of a promise, a doerless act on the side's own channel, or a count of what
    the side issues (the module docstring). A hedge before it keeps it a forecast: the
    caller reads it (``agency.hedged``). Raises nothing."""
    if not any(cue in lowered for cue in _CUES):
        return False
    return bool(
        _NOTED.match(lowered)
        or _TAKEN_ON.match(lowered)
        or _WE_SCHEDULED.search(lowered)
        or _THING_SCHEDULED.search(lowered)
        or _DOING.search(lowered)
        or ((" our " in lowered or " my " in lowered) and _OWN_CHANNEL.search(lowered))
        or _ISSUED.search(lowered)
    )
