"""The note-taker's own lines: off-record material, asides, to-dos, live-blog chatter.

Reporters' notes mix the speaker's words with their own:

    [OFF RECORD: the merger will close by June 2027]
    (off the record) talks collapsed in October
    [she hesitated on the date — check with comms]
    - very relaxed, joked about the weather
    - TODO: send quotes for approval by Fri
    - photo: ask press office for a headshot
    * Update (March): he moved the first cut to June.
    10:26 — Quick aside: the Wi-Fi here is dying.
    Just to be clear, this part is off the record: they will cut 200 jobs by March.
    TODO check the Q3 numbers
    ## Next steps / Jonas's team to send the deck by Friday
    She then quote-tweeted @gridwatch: (the post's words follow: they are kept)

None of these is a claim of the speaker's. Off-record material above all must
never be proposed: its text is withheld from every statement (the plan's notes
say how many lines were left out, never what they said). ``Asides.screen``
reads a line as written (bullets, timestamps and all) and says what of it is
the speaker's; it keeps a little state, as an ``Update (March):`` label alone
on a line covers the bulleted lines below it, a reading list's items
("What we're reading") are titles, not claims, an action list's items ("Next
steps") are tasks, and a thread's numbering ("1/", "(3/12)") is no part of a
post. An off-record mark said within a sentence takes the whole sentence: its
lead-in is no claim. A mark alone on its line ("[off the record until 00:31:40]",
"[OFF THE RECORD]") puts every line below it off the record until a mark puts them back
("[back on record]", "[ON THE RECORD]"); without one, to the end. A doubt in brackets
after a line ("(target, not forecast?)") is kept as a remark. Pure, no database.
"""

import re
from dataclasses import dataclass, replace

from claims.importing.chats import without_edit_mark
from claims.importing.headings import date_line
from claims.importing.names import reads_as_name
from claims.importing.outlets import AGENCY_IN_BRACKETS, DESK_WORDS, OUTLET_WORDS
from claims.importing.parsing import Statement, holds_any
from claims.importing.press_releases import without_wire_dateline
from claims.importing.replies import post_lead

# Off-record and non-attributable material, as reporters mark it.
_OFF_WORDS = (
    r"off[\s-]the[\s-]record|off[\s-]record|otr|not\s+for\s+attribution|on\s+background|"
    r"background\s+only|deep\s+background|not\s+for\s+publication|do\s+not\s+publish|dnp"
)
# Words each of ``_OFF_WORDS`` holds one of (``parsing.holds_any``): most texts hold none.
_OFF_PARTS = ("off", "otr", "attribution", "background", "publi", "dnp")
_OFF_PARTS_ANY_CASE = re.compile("|".join(_OFF_PARTS), re.IGNORECASE)
# "[OFF RECORD: ...]", "(off the record) ...", "Off the record: ...", "OTR — ...".
_OFF_RECORD_LINE = re.compile(
    rf"^(?:[\[(]\s*(?:{_OFF_WORDS})\b|(?:{_OFF_WORDS})\s*(?:[:,—–-]|\)|$))", re.IGNORECASE
)
# A mark that puts the rest of its line off the record: "… (off the record) the merger …"
# (a bare bracketed mark), "… Off the record: …", "… off the record, …" (a label). Said
# within a sentence, it takes the whole sentence: "Just to be clear, this part is off the
# record: …" leaves no lead-in to propose.
_OFF_MARK_REST = re.compile(rf"\s*[\[(]\s*(?:{_OFF_WORDS})\s*[\])].*$", re.IGNORECASE)
_OFF_LABEL_REST = re.compile(rf"\s*\b(?:{_OFF_WORDS})\s*[:,—–].*$", re.IGNORECASE)
# Where a sentence ends, to find the start of the one an off-record mark is said in.
_SENTENCE_BREAK = re.compile(r"[.!?…][”\"’)\]]*\s+")
# An off-record passage in brackets within a line: "It's real. [OFF RECORD: she means Q1]".
_OFF_RECORD_BRACKET = re.compile(
    rf"\s*(?:\[\s*(?:{_OFF_WORDS})\b[^\]]*(?:\]|$)|\(\s*(?:{_OFF_WORDS})\b[^)]*(?:\)|$))",
    re.IGNORECASE,
)
# A mark alone on its line that puts the lines below it off the record, until a mark that
# puts them back on: "[off the record until 00:31:40]", "[OFF THE RECORD]" … "[back on
# record]", "[ON THE RECORD]", "(on the record again)".
_OFF_SPAN = re.compile(
    rf"^[\[(]\s*(?:{_OFF_WORDS})(?:\s+(?:until|till|to|from\s+here)\b[^\])]{{0,30}})?\s*[\])]$",
    re.IGNORECASE,
)
_ON_AGAIN = re.compile(
    r"^[\[(]\s*(?:back\s+)?on(?:\s+the)?[\s-]record(?:\s+again)?(?:\s+(?:at|from)\b[^\])]{0,20})?"
    r"\s*[\])]$|^[\[(]\s*end\s+(?:of\s+)?(?:off[\s-](?:the[\s-])?record|otr)\b[^\])]{0,20}[\])]$",
    re.IGNORECASE,
)
# A speaker's cue before the off-record mark: "A: (off the record) ...".
_CUE = re.compile(r"^(?P<cue>[^\s:]{1,20}(?:\s[^\s:]{1,20}){0,3}\s*:\s*)(?P<rest>.+)$")
# Bullets, numbers, quote marks, timestamps and arrows before a line's words.
_MARKS = re.compile(
    r"^(?:[-–—*•·]\s+|>+\s*|\d{1,3}[.)]\s+|->\s*|→\s*|"
    r"[\[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}[\])]?\s*(?:[-–—|]\s*)?)+"
)
_BULLET = re.compile(r"^\s*(?:[-–—*•·]|\d{1,3}[.)])\s+")
# A line wholly within brackets is the note-taker's ("[background: ...]", "(said it twice)").
_BRACKETED = re.compile(r"^(?:\[[^\[\]]+\]|\([^()]+\))\s*[.!]?$")
# Sound and reaction tags are not asides of the note-taker's: read elsewhere.
_SOUND = re.compile(
    r"^[\[(]\s*(?:laughs?|laughter|applause|crosstalk|inaudible|music|sighs?|pause|"
    r"silence|cheers|groans)\s*[\])]$",
    re.IGNORECASE,
)
# Stage directions within a line: "[pause] Our share …", "[CLICK] Safe-harbour slide: …". No
# words of the speaker's; dropped wherever they stand, like reaction tags
# (``parsing.REACTION_TAG``). A chat app's "(edited)" is the chat rule's
# (``chats.without_edit_mark``).
_STAGE_TAG = re.compile(
    r"\s*[\[(](?:pauses?|long pause|beat|click|clicks?|next slide|slide\s*\d{1,3}|advance"
    r"|build|animation|transition|(?:message )?deleted|stage directions?|breathe?"
    r"|breath|look up|smile|emphasis|emphasi[sz]e|slowly|slow down|wait|wait for (?:it|laugh)"
    r"|wait for laughter|show (?:video|demo|chart)|play video|video|demo|cue \w+"
    # A transcription service's marks, with the time of the gap or none: "[inaudible
    # 00:02:11]", "[crosstalk 00:01:38]", "(affirmative)" after "Mm-hmm" (Rev, Temi).
    r"|(?:inaudible|unintelligible|indiscernible|crosstalk|cross-talk|overlapping(?: speech)?"
    r"|silence|foreign language)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|affirmative|negative)"
    r"[\])]\s*",
    re.IGNORECASE,
)


# A presenter's note to self after the words to expect: "Analysts think our target is too
# ambitious; answer with the pipeline slide."
_SELF_NOTE_TAIL = re.compile(
    r"\s*[;—–]\s*(?:then\s+)?(?:answer|respond|reply|pivot|point|refer|counter)\s+(?:with|to)"
    r"\s+(?:the\s+|our\s+)?[\w'’ -]{0,40}?\b(?:slide|chart|deck|appendix|video|backup)\s*[.!]?$",
    re.IGNORECASE,
)


def without_stage_tags(text: str) -> str:
    """``text`` without its stage directions and chat marks (``_STAGE_TAG``) and a note to
    self after it (``_SELF_NOTE_TAIL``): "[pause] Our share is 14 percent." → "Our share is
    14 percent."; "… too ambitious; answer with the pipeline slide." → "… too ambitious.";
    a line of nothing else → "". The shapes are those of presenter notes, scripts and
    chat-client copies; a chat app's "(edited)" goes as ``chats.without_edit_mark`` says."""
    text = without_edit_mark(text)
    if ";" in text or "—" in text or "–" in text:
        text = _SELF_NOTE_TAIL.sub(".", text)
    if "[" not in text and "(" not in text:  # most lines: nothing to drop
        return text
    if not _STAGE_TAG.search(text):
        return text
    # "Mm-hmm (affirmative)." → "Mm-hmm.": no space left before the stop.
    return re.sub(r"\s+(?=[.,;:!?](?:\s|$))", "", " ".join(_STAGE_TAG.sub(" ", text).split()))


# To-dos: a label, or a line opening with an errand.
# A to-do's label may go without a colon ("TODO check the Q3 numbers"); a checkbox is a
# task list's item ("[ ] send the deck").
_TODO = re.compile(
    r"^(?:(?:todo|to-do|fixme)\b|\[[ xX]?\]\s|(?:tk|nb|follow[\s-]?ups?|photo|pic|pix|"
    r"fact[\s-]?check|note to self|reminder|action(?:\s+items?|s)?|next\s+steps?|owner)\b"
    r"\s*[:—–-])",
    re.IGNORECASE,
)
_ERRAND = re.compile(
    r"^(?i:double-?check|check|ask|verify|confirm|chase|send|email|e-mail|ring|ping|nudge|"
    r"remind|look\s+up|find\s+out|request|follow\s+up|circle\s+back|loop\s+in)\s+"
    r"(?:(?:his|her|their|the|this|that|a|an|whether|if|with|for|about|against|on|"
    r"press|comms|pr|him|them|back|quotes?|again|who|what|when|how|[A-Z][\w&.-]*)\b)",
)
# "Note: check TTF figure with desk.", "N.B. confirm the date": an errand under a note's
# label. "Note: margins will fall by 2027" is no errand, and stays the speaker's.
_NOTE_LABEL = re.compile(r"^(?:note|n\.\s?b\.?|memo)\s*[:—–.-]\s*", re.IGNORECASE)


def _noted_errand(body: str) -> bool:
    """Whether a line is an errand after a note's label ("Note: check the figure")."""
    if body[:1] not in "NnMm":
        return False
    label = _NOTE_LABEL.match(body)
    return label is not None and _ERRAND.match(body[label.end() :]) is not None


# Colour: how the speaker seemed, told without a subject or with a pronoun.
_DEMEANOUR = (
    r"(?:relaxed|nervous|tired|animated|defensive|cagey|evasive|annoyed|irritated|guarded|"
    r"upbeat|cheerful|tense|chatty|friendly|combative|emotional|distracted)"
)
_COLOUR = re.compile(
    rf"^(?:(?:he|she|they)\s+(?:was|were|seemed|looked|sounded)?\s*)?"
    rf"(?:(?:very|quite|rather|a\s+bit|visibly|clearly|pretty|super|slightly)\s+{_DEMEANOUR}|"
    rf"{_DEMEANOUR}\s*[,;—–-]|(?:seemed|looked|sounded|appeared)\s+\w+|"
    r"(?:joked|laughed|smiled|sighed|shrugged|hesitated|winced|grinned|frowned|"
    r"nodded|checked\s+(?:his|her|their)\s+phone)\b)",
    re.IGNORECASE,
)
# The note-taker telling what happened, not what was said: a line with no subject opening
# with what the speaker did ("Opened with a joke about the rain.", "asked about Chinese
# turbines"), a speaker's mood by name ("Marcus Lee was pretty bearish overall."), and who
# someone is ("he's the one who asked the question about Vietnam").
_MOOD = (
    r"(?:bearish|bullish|optimistic|pessimistic|gloomy|upbeat|cautious|hawkish|dovish|"
    r"downbeat|sanguine|sceptical|skeptical|enthusiastic|measured|candid|blunt)"
)
# A mood is told of a person by full name or pronoun: "Sentiment was bearish" is a claim.
_PERSON = r"(?:(?-i:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2})|he|she|they)"
_NARRATION = re.compile(
    r"^(?:(?:then|later|also|and)\s+)?(?:"
    r"(?:opened|closed|started|began|ended|finished|wrapped\s+up|kicked\s+off)\s+"
    r"(?:with|by)\s+(?:a|an|the|his|her|their|some)\b[^.!?:]*[.!]?$|"
    r"(?:was\s+|got\s+)?asked\s+(?:about|whether|if|why|how|what|when|for)\b[^.!?:,]*[.!]?$|"
    rf"(?!The\b|This\b|That\b|It\b){_PERSON}\s+(?:was|seemed|sounded|looked)\s+"
    rf"(?:(?:pretty|very|quite|rather|fairly|a\s+bit|more|less|notably|really)\s+)?{_MOOD}"
    r"(?:\s+(?:overall|throughout|today|again|on\s+[\w\s]{1,30}))?[.!]?$|"
    r"(?:he|she|they)(?:'s|’s|\s+is|\s+was|'re|\s+are)\s+the\s+(?:one|guy|man|woman|person)"
    r"\s+who\b"
    r")",
    re.IGNORECASE,
)
# After a cue, who someone is ("Mark: he's the one who asked …"); what a cued speaker did is
# told by ``claims.importing.narration``.
_ONE_WHO = re.compile(
    r"^(?:he|she|they)(?:'s|’s|\s+is|\s+was|'re|\s+are)\s+the\s+(?:one|guy|man|woman|person)"
    r"\s+who\b",
    re.IGNORECASE,
)
# A live blog's (or a newsletter's) talk to its readers.
_CHATTER = re.compile(
    r"^(?:good\s+(?:morning|afternoon|evening)\s+(?:from|everyone|all)\b|"
    r"(?:we're|we\s+are|i'm|i\s+am)\s+live\b|live\s+from\b|"
    r"(?:next\s+up|coming\s+up|up\s+next)\b|(?:quick\s+)?aside\s*[:—–-]|"
    r"(?:that's|that\s+is)\s+(?:all|it)\s+(?:from\s+(?:us|me)|for\s+(?:now|today|this))|"
    r"back\s+(?:after|at|shortly|soon)\b|back\s+in\s+(?:a|an|\w+)\s+(?:min|moment|bit|hour)|(?:we'll|we\s+will)\s+be\s+back\b|"
    r"stay\s+tuned\b|apologies\s+for\s+the\b|refresh\s+(?:the\s+page|for)\b|"
    r"forward\s+this\s+to\b|(?:please\s+)?subscribe\b|see\s+you\s+next\b|"
    r"(?:this\s+week|in\s+this\s+issue)\s*:|hi\s+all\b|hello\s+(?:all|everyone)\b|"
    r"(?:that's|that\s+is)\s+(?:the|my|a)\s+thread\b|(?:end\s+of\s+)?thread\s*(?:ends|over|/?end)\b|"
    r"/end\b|follow\s+(?:me\s+)?for\s+more\b|"
    # "Bookmark this post.", "Please boost.", "RT if you agree": a call to the readers alone
    r"(?:please\s+)?(?:(?:bookmark|boost|repost|retweet|rt)\b\s*(?:this|it)?\s*"
    r"(?:post|thread|toot|tweet)?|(?:save|share)\s+(?:this|it)\s*(?:post|thread|toot|tweet)?"
    r"(?=\s*(?:if|for))|(?:save|share)\s+this\s+(?:post|thread|toot|tweet))"
    r"\s*(?:if\s+you\s+agree|for\s+later)?\s*[.!]*\s*$|(?:a\s+)?(?:quick\s+|short\s+|long\s+|mini-?)?"
    r"thread\s+(?:on|about)\b[^.!?]{0,120}(?:[.!]?\s*[:👇🧵]|$))",
    re.IGNORECASE,
)
# "Update (March):", "UPDATE 14:05 —", "Update:": when what follows was written or said.
_UPDATE = re.compile(
    r"^(?:update|updated|edit)\b\s*(?:\((?P<when>[^()]{1,30})\)|(?P<bare>[^:—–]{0,20}))?"
    r"\s*(?::|—|–|\s-)\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
# The note-taker telling what the speaker (or the forecast) did: not the speaker's words.
_REPORTING = re.compile(
    r"^(?:he|she|they|the\s+(?:[a-z-]+\s+){0,2}(?:forecast|call|view|estimate|target|guidance"
    r"|prediction|claim)|"
    r"(?:his|her|their)\s+\w+)\s+(?:\w+ly\s+)?"
    r"(?:moved|changed|revised|raised|lowered|cut|pushed|pulled|dropped|walked|backed|"
    r"doubled|stood|stuck|said|says|told|added|repeated|confirmed|denied|now|has|had|was|is)\b",
    re.IGNORECASE,
)
# The note-taker's remark in brackets after the speaker's words: "(said it twice)",
# "(paraphrase, not a quote!)", "[check figure]", "(target, not forecast?)": kept as a remark
# (the curator's doubt), not as their words, and never the reason a line is dropped.
_TRAILING_ASIDE = re.compile(
    r"\s*[\[(](?P<aside>(?:said\s+it\s+\w+|repeated\s+\w+|paraphrase[d]?|not\s+a\s+(?:direct\s+)?quote|"
    r"sic|approx\.?|tbc|tk|check|verify|unclear|inaudible\s+after|my\s+words|"
    r"(?:his|her|their)\s+(?:emphasis|paraphrase)|target|forecast|prediction|guess|estimate"
    r"|not\s+sure|unsure|query|doubt|rhetorical|joking|jokingly|sarcastic|ironic)\b[^()\[\]]*"
    # The note-taker's doubt, a question in brackets: "(target, not forecast?)", "[2026?]".
    r"|[^()\[\]]{0,60}\?[^()\[\]]{0,10})[\])]\s*[.!]?\s*$",
    re.IGNORECASE,
)
# A reporter's line on the conversation itself: "Call, 14 Nov 2024, ~40 min, on record
# except where noted", "Zoom, 2 May, 30 min". Its date is the curator's to give.
_CALL_LINE = re.compile(
    r"^(?:(?:phone|video|zoom|teams)\s+)?(?:call|interview|meeting|chat|lunch|coffee|zoom)s?"
    r"\s*,\s*[^,]*\d[^,]*(?:,\s*(?:~|c\.|approx\.?\s*)?\d+\s*(?:min|mins|minutes|h|hrs?|hours?)\b.*|"
    r",\s*(?:on|off)\s+(?:the\s+)?record\b.*)?$",
    re.IGNORECASE,
)
# "LIVE: Web Summit Lisbon": a live blog's banner before its title.
_LIVE = re.compile(
    r"^(?:live|live\s+blog|liveblog|breaking)\s*(?::|—|–|\|)\s*(?=\S)", re.IGNORECASE
)
# An action list's heading: its items are the note-taker's tasks ("Jonas's team to send
# the deck by Friday"), not forecasts.
_ACTIONS = re.compile(
    r"^(?:#{1,6}\s*)?(?:\W+\s*)?(?:actions?|action\s+(?:items?|points?)|next\s+steps?|"
    r"to[\s-]?dos?(?:\s+list)?|follow[\s-]?ups?|tasks?|open\s+items?|owners?)\s*:?\s*$",
    re.IGNORECASE,
)
# The heading of the note-taker's own notes, below the speaker's: "my notes:", "notes to
# self", "for me:". Its bulleted lines are theirs (leads, hunches, errands), as an action
# list's are.
_OWN_NOTES = re.compile(
    r"^(?:#{1,6}\s*)?(?:\W+\s*)?(?:(?:my|own|private|personal)\s+(?:notes|thoughts|comments)"
    r"|notes?\s+to\s+(?:self|myself)|for\s+me|my\s+take(?:aways)?)\s*:?\s*$",
    re.IGNORECASE,
)
# A task as action lists give it: who, then "to" and what to do ("Dana to confirm the
# headcount by June", "Jonas's team to send the deck"), or an errand.
_TASK = re.compile(
    r"^(?:@?[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,3}?|we|i|they|all)\s+(?:to|will)\s+[a-z]+",
)
# A reading list's heading: its items are titles to read, not claims.
_READING_LIST = re.compile(
    r"^(?:#{1,6}\s*)?(?:\W+\s*)?(?:what\s+(?:we're|we\s+are|i'm|i\s+am)\s+reading|"
    r"reading\s+list|further\s+reading|recommended(?:\s+reading)?|links|worth\s+reading|"
    r"what\s+to\s+read|(?:the\s+)?stack)\s*:?\s*$",
    re.IGNORECASE,
)

# A thread's numbering before (or after) a post: "1/", "(3/12)", "🧵 4.", and, once a thread
# is under way, "5/12"; a fraction ("1/2 of all cars …") is no number of a post.
_THREAD_MARK = re.compile(
    r"^(?:🧵\s*(?:\d{1,3}\s*[.):/]?\s*)?|\(\s*\d{1,3}\s*/\s*\d{0,3}\s*\)\s*"
    r"|\d{1,3}\s*/(?=\s)\s*)"
)
_THREAD_COUNT = re.compile(r"^(?P<n>\d{1,3})\s*/\s*(?P<of>\d{1,3})\s+(?=[“\"'‘A-Z])")
_THREAD_END = re.compile(r"\s*(?:\(\s*\d{1,3}\s*/\s*\d{1,3}\s*\)|\d{1,3}/\d{1,3}|🧵|\d{1,3}/)\s*$")
# A label opening a thread's post, not a newsletter's housekeeping (``_NEWSLETTER``).
_THREAD_LABEL = re.compile(r"^(?:quick\s+|brief\s+)?housekeeping\s*[:—–-]\s*(?=\S)", re.I)
# A recap's lead-in to a post: "She then quote-tweeted @gridwatch:", "He replied to @omar_k:",
# "In a follow-up tweet:". It is the note-taker's; the words after it are the speaker's.
_RECAP_LEAD = re.compile(
    r"^(?:(?i:then|later|and|also|next|finally)[,\s]+)?(?:(?P<who>[Ss]he|[Hh]e|[Tt]hey|[A-Z][\w'’.-]*"
    r"(?:\s+[A-Z][\w'’.-]*)?)\s+(?:then\s+|later\s+|also\s+|quickly\s+|again\s+)?"
    r"(?:quote[-\s]?tweeted|quote[-\s]?posted|quoted|retweeted|reposted|replied|responded"
    r"|tweeted|posted|skeeted|tooted|wrote|added|followed\s+up|shared|chimed\s+in)"
    r"(?:\s+(?:to|under|with|on|in))?(?:\s+(?:@[\w.]+|her|him|them|me|us|(?:a|an|her|his|their|the)\s+[\w-]+"
    r"(?:\s+[\w-]+)?))?(?:\s*\([^()]{1,40}\))?(?:\s+(?:with|saying|that))?"
    r"|(?i:in\s+(?:a|the|her|his|their)\s+(?:follow[-\s]?up(?:\s+(?:tweet|post|reply))?|reply|next\s+(?:tweet|post)"
    r"|quote[-\s]?(?:tweet|post))(?:\s+to\s+@[\w.]+)?|later\s+in\s+the\s+thread))"
    r"\s*[:—–]\s*"
)

# An article's furniture: its byline ("By Maya Chen, Technology Correspondent", "By Maya Chen
# and Tom Becker | March 3, 2026"), its credits ("Reporting by Maya Chen; Editing by Tom
# Becker"), when it was published or updated, how long it takes to read, its links and its
# rights. Nobody's claim. The shapes are those of news sites' and agencies' pages as copied.
_BYLINE = re.compile(
    r"^\(?By\s+(?P<names>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}"
    r"(?:(?:\s+and\s+|\s*&\s*)[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})*)"
    r"\)?\s*(?:$|[,|·•—–]\s*(?P<rest>.{0,80})$|\s+-\s+(?P<dashed>.{0,80})$|\s+in\s+[A-Z][\w\s,]{0,40}$)"
)
# What may follow a byline's names: a role, a desk, an outlet, a date; never a clause.
_BYLINE_REST = re.compile(
    r"\b(?:will|would|could|is|are|was|were|has|have|had|expects?|says?|said)\b", re.IGNORECASE
)
_CREDITS = re.compile(
    r"^\(?(?:(?:additional|further)\s+)?(?:reporting|writing|written|words|editing|edited"
    r"|compiled|produced|photos?|photography|pictures|graphics|illustrations?|research"
    r"|fact-checking|video|interviews?)\s+(?:by|courtesy\s+of(?:\s+the)?)\s+[A-Z@]",
    re.IGNORECASE,
)
_MONTH_OR_DAY = (
    r"(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today"
    r"|yesterday)"
)
_FURNITURE = re.compile(
    # "Published 3 May 2024" dates the section (``notes_sections``): not this.
    rf"^(?:(?:last\s+)?updated(?:\s+(?:on|at))?\s*:?\s*"
    rf"{_MONTH_OR_DAY}[\w\s,:./+-]{{0,40}}$"
    r"|\d{1,3}\s*(?:-\s*)?min(?:ute)?s?\s+read$|(?:share|tweet)\s+(?:this|on)\b.{0,30}$"
    r"|advertisement$|sponsored(?:\s+content)?$|(?:©|\(c\)|copyright\b).{0,100}$"
    r"|all\s+rights\s+reserved\.?$|(?:sign\s+up|subscribe)\s+(?:to|for)\s+(?:our|the)\b.{0,60}$"
    r"|(?:read|see)\s+(?:more|also)\s*:.{0,160}$|related\s*:.{0,160}$"
    r"|follow\s+(?:us|me|[A-Z]\w*)\s+on\s+(?:x|twitter|linkedin|instagram|threads|bluesky"
    r"|mastodon|facebook)\b.{0,40}$|contact\s+(?:the\s+)?(?:author|reporter|writer)s?\b.{0,60}$"
    # A wire's disclaimer and a newsletter's calls to subscribe or share.
    r"|this\s+(?:copy|story|article)\s+may\s+not\s+be\s+in\s+its\s+final\s+form\.?$"
    r"|(?:subscribe|sign\s+up)(?:\s+(?:now|today|here))?(?:\s+(?:for|to)\s+(?:more|free|get)\b.{0,60})?[.!]?$"
    r"|(?:forward|share)\s+this\s+(?:email|newsletter|issue|post)\b.{0,60}$"
    r"|(?:enjoyed|liked)\s+this\s+(?:issue|newsletter|post)\?.{0,80}$"
    # A transcript's front matter without a date: "Edited for length and clarity.",
    # "Transcript excerpt.", "This transcript has been lightly edited."
    r"|(?:(?:this\s+)?(?:transcript|interview|conversation)(?:\s+excerpt)?(?:\s+has\s+been)?\s*[,.:]?\s*)?"
    r"(?:(?:lightly|slightly)\s+)?(?:edited|condensed)(?:\s+and\s+condensed)?"
    r"(?:\s+for\s+(?:length|clarity|brevity)(?:,?\s+(?:and\s+)?(?:length|clarity|brevity))*)?\.?$"
    r"|(?:full\s+|partial\s+)?transcript(?:\s+excerpt)?\.?$)",
    re.IGNORECASE,
)
# Show notes' links, sponsors and credits: "Links: northgate.vc, our episode 180 with Maya
# Chen.", "Sponsored by Acme.", "This episode is brought to you by …", "Produced by Tom Becker".
# Only labels no topic is named by: "Music: streaming will double" stays a note on music.
_SHOW_FURNITURE = re.compile(
    r"^(?:(?:episode\s+|show\s+|useful\s+)?links(?:\s+(?:mentioned|from\s+(?:the|this)\s+episode))?"
    r"|(?:resources|books|people|companies)\s+mentioned(?:\s+in\s+(?:the|this)\s+episode)?"
    r"|mentioned\s+(?:in\s+(?:the|this)\s+episode|on\s+the\s+show)|(?:this\s+week's\s+)?sponsors?"
    r"|(?:episode|show)\s+credits|find\s+(?:us|the\s+show|them|him|her)(?:\s+online)?"
    r"|where\s+to\s+find\s+\w+)\s*[:—–-]\s*\S"
    r"|^(?:(?:this\s+(?:episode|show)\s+is\s+)?(?:sponsored|brought\s+to\s+you|supported|presented)"
    r"\s+by|(?:produced|edited|mixed|engineered|hosted)\s+by|(?:theme\s+)?music\s+by"
    r"|(?:cover\s+)?art(?:work)?\s+by)\s+(?-i:[A-Z@])",
    re.IGNORECASE,
)
# A news agency's dateline before the story's first words: "LONDON, March 3 (Reuters) - ",
# "NEW YORK (AP) — ", "BRUSSELS, 3 March (Reuters) – ", "Paris, March 3 (AFP) -",
# "SANTIAGO, Nov 25 (Wire) - ", "WASHINGTON — ". The place in capitals, then a date, an
# agency in brackets or a long dash; or a place as written with a known agency. A place in
# capitals alone before a hyphen is not read (it cannot be told from a speaker's cue).
_AGENCY = AGENCY_IN_BRACKETS  # the one list of outlets (``outlets``)
# Any outlet a dateline gives in brackets after a place in capitals: "(Wire)", "(Bloomberg)".
_ANY_OUTLET = r"\([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}\)"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
# The date or the state after the place: ", March 3", ", 3 March", ", Calif.".
# A newspaper's dateline gives the year too: "ROTTERDAM, 24 November 2026 — ".
_DATELINE_DATE = (
    rf",\s+(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH}|[A-Z][a-z]{{1,5}}\.)(?:,?\s+\d{{4}})?"
)
_CAPITALS = r"[A-Z][A-Z.'’-]{2,}(?:\s+[A-Z][A-Z.'’-]+){0,3}"
_DATELINE = re.compile(
    rf"^(?:{_CAPITALS}(?:{_DATELINE_DATE})?\s*(?:{_AGENCY}|{_ANY_OUTLET})"
    rf"|{_CAPITALS}{_DATELINE_DATE}"
    rf"|[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){{0,2}}(?:{_DATELINE_DATE})?\s+{_AGENCY})"
    r"\s*(?:—|–|--?)\s+(?=\S)"
)
# "WASHINGTON — The Fed …": a place in capitals alone and a long dash, read as a dateline
# only as a story's first line under its byline (elsewhere it may be a cue in capitals).
_PLACE_DASH = re.compile(rf"^{_CAPITALS}\s+(?:—|–)\s+(?=[A-Z])")


def byline(text: str) -> bool:
    """Whether ``text`` is an article's byline, credits or furniture: "By Maya Chen,
    Technology Correspondent", "Reporting by Maya Chen; Editing by Tom Becker", "Updated
    March 3, 2026 at 9:14 a.m. ET", "4 min read", "© 2026 Reuters", and show notes' links,
    sponsors and credits ("Links: northgate.vc, …", "Sponsored by Acme."). "By March, rates will
    fall" is no byline: the names must read as a person's and nothing after them a clause."""
    text = text.strip()
    if _CREDITS.match(text) or _FURNITURE.match(text.strip("*_ ")) or _SHOW_FURNITURE.match(text):
        return True
    found = _BYLINE.match(text) if text[:3] in ("By ", "(By") else None
    if found is None:
        return False
    names = re.split(r"\s+and\s+|\s*&\s*", found["names"])
    if not all(reads_as_name(name) for name in names if name):
        return False
    rest = found["rest"] or found["dashed"] or ""
    return not _BYLINE_REST.search(rest)


# Where a byline's parts part: "By Annika Sørensen, energy correspondent | Last updated …".
_BYLINE_PARTS = re.compile(r"\s*[|·•]\s*|,\s+(?=(?:last\s+)?updated\b|published\b|posted\b)", re.I)


@dataclass(frozen=True)
class Byline:
    """What an article's byline says of the document: its ``author``, the one person it
    names ("" when it names two, a desk or an outlet), and the words of it that date the
    document (``dated``: "Last updated 19 November 2026, 16:05 CET"; "" when none)."""

    author: str
    dated: str = ""


def byline_of(text: str) -> Byline | None:
    """The ``Byline`` ``text`` is ("By Annika Sørensen, energy correspondent | Last updated
    19 November 2026, 16:05 CET" → Byline("Annika Sørensen", "Last updated 19 November 2026,
    16:05 CET")), or None when it is no byline (``byline``) or names nobody. "By Maya Chen
    and Tom Becker" → Byline(""); "By Reuters Staff" → Byline(""). Source: news sites'
    bylines, which name the reporter who writes the story's own lines."""
    text = text.strip().strip("*_ ")
    if text[:3] not in ("By ", "(By") or not byline(text):
        return None
    found = _BYLINE.match(text)
    if found is None:
        return None
    names = [n for n in re.split(r"\s+and\s+|\s*&\s*", found["names"]) if n]
    words = {w.lower() for n in names for w in n.split()}
    author = names[0] if len(names) == 1 and not words & (DESK_WORDS | OUTLET_WORDS) else ""
    rest = found["rest"] or found["dashed"] or ""
    dated = next(
        (part for part in _BYLINE_PARTS.split(rest) if part and date_line(part, bare=True)), ""
    )
    return Byline(author, dated)


def without_banner(title: str) -> str:
    """A live blog's title without its banner: "LIVE: European Battery Summit 2026" →
    "European Battery Summit 2026"."""
    live = _LIVE.match(title)
    return title[live.end() :].strip() if live else title


def without_dateline(text: str, *, under_byline: bool = False) -> str:
    """``text`` without a news agency's dateline before its first words ("LONDON, March 3
    (Reuters) - The company undertook …" → "The company undertook …"); as is when it has
    none. ``under_byline`` (the line is a story's first, right under its byline) reads a
    place in capitals alone before a long dash as one too ("WASHINGTON — The Fed …")."""
    if not text[:1].isupper():
        return text
    found = _DATELINE.match(text) or (_PLACE_DASH.match(text) if under_byline else None)
    # "ABERDEEN, Scotland, April 14, 2026 /PRNewswire/ -- …": a press release's
    return text[found.end() :] if found else without_wire_dateline(text)


OFF_RECORD = "off the record"
OWN = "the note-taker's own"


@dataclass(frozen=True)
class Screened:
    """What of a line is the speaker's.

    ``text`` is the line to read on (its marks kept), "" when none of it is.
    ``withheld`` says why what was left out is not the speaker's: ``OFF_RECORD``
    or ``OWN`` ("" when nothing was). ``note`` is a remark for the curator on
    what is kept ("update (March): …").
    """

    text: str
    withheld: str = ""
    note: str = ""


def _marks(line: str) -> tuple[str, str]:
    match = _MARKS.match(line)
    end = match.end() if match else 0
    return line[:end], line[end:]


def off_record(text: str) -> bool:
    """Whether a line (its marks read past) is off-record material: "[OFF RECORD: …]",
    "(off the record) …", "OTR: …", "Not for attribution: …", "Background only: …",
    or such a passage after a speaker's cue ("A: [off the record] …")."""
    body = _marks(text.strip())[1]
    if _OFF_RECORD_LINE.match(body):
        return True
    cue = _CUE.match(body)
    return bool(cue and _OFF_RECORD_LINE.match(cue.group("rest")))


def own_line(text: str) -> bool:
    """Whether a line (its marks read past) is the note-taker's: a bracketed aside, colour
    ("very relaxed, joked about …"), a to-do ("TODO:", "ask press office for …"), a live
    blog's chatter ("We're live from …", "Back after lunch.") or an article's byline and
    furniture (``byline``)."""
    body = _marks(text.strip())[1].strip()
    if not body:
        return False
    if _BRACKETED.match(body):
        return not _SOUND.match(body.rstrip(".!"))
    cue = _CUE.match(body)
    said = cue.group("rest").strip() if cue else body
    if _NARRATION.match(body) or (cue and (_TODO.match(said) or _ONE_WHO.match(said))):
        return True  # also after a cue: "HR: Action: TW to circulate the paper."
    return (
        bool(
            _TODO.match(body)
            or _ERRAND.match(body)
            or _COLOUR.match(body)
            or _CALL_LINE.match(body)
            or _noted_errand(body)
        )
        or byline(body)
        or bool(_NEWSLETTER.match(body))
        or not _without_chatter(body)
    )


# A newsletter's housekeeping about itself, no claim whatever its date or its "will": "Quick
# housekeeping: …", "next week's issue will land a day late", "Renew before December 31 to
# keep the founding-member rate.", "Next issue: a deep dive on …", and its sign-offs ("Until
# next week,", "See you next Friday,", "— Tobias", "Cheers,").
_NEWSLETTER = re.compile(
    r"^(?:(?:a\s+bit\s+of\s+|some\s+)?(?:quick\s+|brief\s+)?housekeeping\s*[:—–-]"
    r"|(?:next\s+week's|this\s+week's|today's|the\s+next|next|this|the)\s+(?:issue|newsletter"
    r"|edition|letter|dispatch|digest)\s+(?:will|'ll|is\s+going\s+to|may|might|won't|will\s+not)"
    r"\s+(?:\w+ly\s+)?(?:land|arrive|be\s+(?:late|early|out|a\s+day|shorter|off)|come|go\s+out|hit"
    r"|reach|skip|take\s+a\s+break)\b"
    r"|(?:please\s+)?(?:renew|upgrade|resubscribe|subscribe)\b[^.!?]{0,80}\b(?:rate|price|pricing"
    r"|discount|subscription|membership|plan|tier|offer)\b"
    r"|(?:next\s+(?:issue|edition|letter|time)|in\s+the\s+next\s+issue|coming\s+next\s+issue)"
    r"\s*[:—–-]"
    r"|(?:until\s+next\s+(?:week|time|issue|month|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday)|see\s+you\s+(?:next\s+\w+|then|soon)|talk\s+soon|more\s+soon|cheers"
    r"|best|warmly|onwards?|yours|thanks\s+for\s+reading)\s*[,.!]?\s*(?:[—–-]+\s*[A-Z][a-z]+)?$"
    r"|[—–]+\s*[A-Z][a-z]+\.?$)",
    re.IGNORECASE,
)


class Asides:
    """Screens a document's lines in order (see the module's docstring)."""

    def __init__(self) -> None:
        self.update = ""  # an "Update (March):" label alone on its line, over the bullets below
        self.reading_list = False
        self.actions = False  # under an "Actions" / "Next steps" heading
        self.thread = False  # a thread's numbered posts seen ("1/", "(2/12)")
        self.under_byline = False  # the line before was an article's byline or furniture
        self.off_span = False  # under "[off the record until …]", before "[back on record]"

    def _in_off_span(self, line: str) -> bool:
        """Whether ``line`` is within an off-record span, its opening and closing marks
        included ("[off the record until 00:31:40]" … "[back on record]"); a span with no
        closing mark lasts to the end: off-record words are never proposed."""
        if not (self.off_span or _OFF_SPAN.match(line)):
            return False
        self.off_span = not _ON_AGAIN.match(line)
        return True

    def screen(self, line: str) -> Screened:
        """The speaker's part of ``line`` (see ``Screened``). The rules: reporters'
        conventions for off-record and background material, and the shapes of asides,
        to-dos and live-blog chatter in real notes (tests/importing/test_asides.py)."""
        line = line.strip()
        if self._in_off_span(line) or off_record(line):
            return Screened("", OFF_RECORD)
        marks, body = _marks(line)
        body = without_stage_tags(body)
        bullet = bool(_BULLET.match(line))
        listed = self._listed(line, body, bullet=bullet)
        if listed is not None:
            return listed
        if date_line(body, bare=True) is not None:
            # "Published November 9, 2026 · 58 min", "Compiled by …, last updated 2026-11-27":
            # front matter that dates the section (``notes_sections``), no one's claim.
            self.under_byline = True
            return Screened(line)
        body, withheld = _without_off_record(body)
        body = self._unnumbered(body)
        if self.thread:  # a thread's "Housekeeping: I'll post the data by Sunday": its author's
            body = _THREAD_LABEL.sub("", body, count=1)
        under_byline, self.under_byline = self.under_byline, byline(body)
        body, posted = _recap_post(without_dateline(body, under_byline=under_byline))
        if not body:
            return Screened("", withheld or OWN)
        live = _LIVE.match(body)
        if live and not marks:
            body = body[live.end() :]
        kept = "" if own_line(body) else _without_chatter(body)
        if not kept:
            return Screened("", withheld or OWN)
        if kept != body:
            body, withheld = kept, withheld or OWN
        aside = _TRAILING_ASIDE.search(body)
        if aside is None:
            screened = self._labelled(marks, body, withheld, bullet=bullet)
            note = ""
        else:
            screened = self._labelled(marks, body[: aside.start()], withheld, bullet=bullet)
            note = f"the notes add: “{aside.group('aside')}”"
        notes = (screened.note, posted, note)
        return replace(screened, note="; ".join(n for n in notes if n))

    def _unnumbered(self, body: str) -> str:
        """A post's words without the thread's numbering: "(3/12) Lithium …" → "Lithium …",
        "Lithium … (3/12)" → "Lithium …"; "5/12 Grid …" and "Grid … 5/12" once a thread is
        under way (a "1/", "(2/12)" or 🧵 seen)."""
        mark = _THREAD_MARK.match(body)
        count = _THREAD_COUNT.match(body)
        if count and (self.thread or count["n"] == "1") and int(count["n"]) <= int(count["of"]):
            mark = count
        if mark is None or not mark.group().strip():
            end = _THREAD_END.search(body)
            if end is None or not (self.thread or end.group().strip().startswith("(")):
                return body
            self.thread = True
            return body[: end.start()].strip()
        self.thread = True
        return _THREAD_END.sub("", body[mark.end() :]).strip()

    def _labelled(self, marks: str, body: str, withheld: str, *, bullet: bool) -> Screened:
        """A line under or after an "Update (March):" label (see ``_updated``), or as is."""
        update = _UPDATE.match(body)
        if update:
            when = (update.group("when") or update.group("bare") or "").strip()
            rest = update.group("rest").strip()
            if not rest:
                self.update = when or "later"
                return Screened("", withheld)
            return self._updated(marks, rest, when, withheld)
        if self.update and bullet:
            return self._updated(marks, body, self.update, withheld)
        return Screened(marks + body, withheld)

    def _listed(self, line: str, body: str, *, bullet: bool) -> Screened | None:
        """A reading list's or an action list's heading (kept) and its items (left out);
        None for other lines. An "Update:" label and a reading list cover the bulleted lines
        right below them; an action list its bulleted lines and its tasks ("Dana to confirm
        the headcount by June")."""
        if self.update and not bullet:
            self.update = ""
        plain = body.replace("*", "").strip()
        if _ACTIONS.match(plain):
            self.actions = True
            return Screened(line)
        if _OWN_NOTES.match(plain):  # "my notes:": the bullets below are the note-taker's
            self.actions = True
            return Screened("", OWN)
        if self.actions:
            if not line.startswith("#") and (bullet or _TASK.match(plain) or own_line(plain)):
                return Screened("", OWN)
            self.actions = False
        if _READING_LIST.match(plain):
            self.reading_list = True
            return Screened(line)
        if self.reading_list:
            if bullet:
                return Screened("", OWN)
            self.reading_list = False
        return None

    @staticmethod
    def _updated(marks: str, rest: str, when: str, withheld: str) -> Screened:
        """The words under an "Update (March):" label: the note-taker reporting ("he moved
        the first cut to June") is theirs; the speaker's words said later are asked about."""
        if _REPORTING.match(rest):
            return Screened("", withheld or OWN)
        note = f"update ({when}): said later than the appearance? check its date" if when else ""
        return Screened(marks + rest, withheld, note)


_PRONOUNS = frozenset({"she", "he", "they"})


def _recap_post(body: str) -> tuple[str, str]:
    """A recap's post without its lead-in, and a remark: "She then quote-tweeted @x: AI
    will …" → ("AI will …", "posted after “She then quote-tweeted @x”: check who said it");
    "Omar Khan replied to @x: Rates …" → ("Omar Khan: Rates …", ""), the name a cue; a
    lead-in alone ("He replied to @y:") → ("", "")."""
    lead = _RECAP_LEAD.match(body)
    if lead is None or post_lead(lead.group().strip(" :—–")) is not None:
        # Lead-ins of an exchange of posts are the notes reader's: it knows who wrote
        # which post, and so whom a reply's pronoun means (claims.importing.replies).
        return body, ""
    rest = body[lead.end() :].strip()
    who = lead.group("who") or ""
    if not rest:
        return "", ""
    if who and who.lower() not in _PRONOUNS:
        return f"{who}: {rest}", ""
    if who:
        return rest, f"posted after “{lead.group().strip(' :—–')}”: check who said it"
    return rest, ""


def _without_off_record(body: str) -> tuple[str, str]:
    """A line without its off-record passages, and ``OFF_RECORD`` when it had any ("" when
    none of it is left but a cue): "It's real. [OFF RECORD: …]" → "It's real."; "Yes.
    (off the record) the merger …" → "Yes."."""
    if not holds_any(body, _OFF_PARTS, _OFF_PARTS_ANY_CASE):
        return body, ""
    kept = _sentences_before(body, _OFF_MARK_REST)
    kept = _sentences_before(_OFF_RECORD_BRACKET.sub("", kept), _OFF_LABEL_REST).strip()
    if kept == body.strip():
        return body, ""
    return ("" if kept.endswith(":") else kept), OFF_RECORD


# Where a clause of its own ends before an off-record mark in the same sentence: "Prices will
# fall by 2027, and — off the record — …", "Demand is soft; (off the record) …".
_CLAUSE_END = re.compile(
    r"\s*(?:[,;]\s*(?:(?:and|but|while|whereas|though|although|so)\b\s*)?|\s(?:and|but)\s*"
    r"|\s(?=[—–-]))(?:[—–-]+\s*)?$"
)
# A clause of its own: four words or more, or a finite verb after its subject ("Prices will
# fall by 2027", "We expect growth"); not a lead-in ("Frankly", "Look", "She said", "Just to
# be clear, between us").
_LEAD_IN = re.compile(
    r"^(?:just|frankly|honestly|look|listen|between|so|well|and|but|now|again|also|to\s+be"
    r"|i\s+mean|you\s+know|let\s+me|(?:she|he|they|i)\s+(?:said|told|added|says))\b",
    re.IGNORECASE,
)
_FINITE_CLAUSE = re.compile(
    r"^\S+(?:\s+\S+){0,6}?\s+(?:will|won't|would|is|are|was|were|isn't|aren't|has|have|had|can"
    r"|could|should|may|might|must|'s|'re|'ll|\w{3,}(?<!ss)s|\w+ed|expect|see|think)\b\s+\S+",
    re.IGNORECASE,
)


def _own_clause(clause: str) -> bool:
    """Whether the words before an off-record mark are a clause of their own."""
    if not clause or _LEAD_IN.match(clause):
        return False
    return len(clause.split()) >= 4 or _FINITE_CLAUSE.match(clause) is not None


def _sentences_before(body: str, mark: re.Pattern) -> str:
    """``body`` up to the start of the sentence in which ``mark`` is said (all of it when
    ``mark`` is not): "Yes. Just to be clear, this part is off the record: …" → "Yes.".
    A clause of its own before the mark in that sentence is on the record and kept: "Prices
    will fall by 2027, and — off the record — the CEO is leaving." → "Prices will fall by
    2027."."""
    found = mark.search(body)
    if found is None:
        return body
    breaks = list(_SENTENCE_BREAK.finditer(body, 0, found.start() + 1))
    start = breaks[-1].end() if breaks else 0
    kept = body[:start].rstrip()
    before = body[start : found.start()]
    end = _CLAUSE_END.search(before)
    clause = before[: end.start()].strip() if end else ""
    if end and end.group().strip() and _own_clause(clause):
        return f"{kept} {clause.rstrip('.')}.".lstrip()
    return kept


def without_off_record(text: str) -> tuple[str, bool]:
    """``text`` without its off-record passages, and whether it had any.

    For the words of a caption cue, which have no marks or bullets to read past:
    "(off the record) Leadership doesn't have the votes." → ("", True); "Rates will fall
    by 2027. (off the record) Leadership …" → ("Rates will fall by 2027.", True).
    """
    body = text.strip()
    if not holds_any(body, _OFF_PARTS, _OFF_PARTS_ANY_CASE):
        return body, False
    if _OFF_RECORD_LINE.match(body):
        return "", True
    kept, withheld = _without_off_record(body)
    return kept, bool(withheld)


def _without_chatter(body: str) -> str:
    """A line without its sentences of chatter ("Good morning from the arena. We're live
    from the main stage." → ""; "Panel wraps. Next up at 11:00: a keynote." → "Panel
    wraps."; "Coffee break. The queue for the espresso cart is now longer than the one for
    the keynote." → "")."""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", body) if s.strip()]
    if len(sentences) < 2:
        return "" if _CHATTER.match(body) or scene_tally(body) or blog_talk(body) else body
    kept = [
        s
        for s in sentences
        if not (
            _CHATTER.match(s) or _GREETING.match(s) or scene_tally(s) or blog_talk(s) or own_line(s)
        )
    ]
    return body if len(kept) == len(sentences) else " ".join(kept)


# A live blog's talk to its readers, at its opening and its close and in between: "Welcome
# to our live coverage of the afternoon sessions.", "Thanks for following along; we're back
# tomorrow from 09:00.", "That's all from the main stage today.", "Stay with us.", "We'll
# have more after lunch.", "This live blog is now closed.", "Keep refreshing for updates."
_BLOG_TALK = re.compile(
    r"^(?:(?:and\s+|so\s+|ok(?:ay)?,?\s+)?(?:"
    r"(?:hello\s+and\s+|hi\s+and\s+|good\s+(?:morning|afternoon|evening)\s+and\s+)?"
    r"welcome(?:\s+back)?\s+to\s+(?:day\s+\w+\s+of\s+)?(?:our|the|this|today's)\s+"
    r"(?:[\w'’&-]+\s+){0,4}?(?:live\s*blog|blog|coverage|updates|minute-by-minute|live)\b"
    r"|hello\s+and\s+welcome\b|(?:you're|you\s+are)\s+(?:reading|following|watching)\s+"
    r"(?:our|the)\s+live\b"
    r"|(?:i'll|i\s+will|we'll|we\s+will)\s+be\s+(?:bringing\s+you|live[- ]blogging"
    r"|(?:following|covering)\s+(?:it\s+(?:all\s+)?)?(?:along|(?:all\s+)?(?:the\s+)?(?:action"
    r"|events|proceedings|talks|sessions?|summit|debate|hearing|day|keynotes?|speeches)\b|live"
    r"|here)|updating\s+(?:this|the)\s+(?:page|blog))"
    r"|(?:thanks|thank\s+you)(?:\s+(?:all|everyone|so\s+much|very\s+much))?\s+for\s+"
    r"(?:following|reading|joining|staying|being\s+with|sticking\s+with|your\s+company)\b"
    r"|(?:that's|that\s+is|that\s+was)\s+(?:all|it|a\s+wrap)\s+(?:from|for)\s+(?:the|this|today"
    r"|today's|our|us|me|now)\b"
    r"|(?:we're|we\s+are|we'll\s+be|we\s+will\s+be|i'm|i\s+am|i'll\s+be)\s+back\s+"
    r"(?:(?:here\s+)?tomorrow|later|shortly|soon|after\s+(?:lunch|the\s+break)|(?:at|from)\s+"
    r"\d|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|day\s+\w+))\b"
    r"|(?:join|see)\s+us\s+(?:again\s+)?(?:tomorrow|on|at|from|later|next|after)\b"
    r"|(?:this|the|our)\s+live\s*(?:blog|coverage|page)\s+(?:is\s+(?:now\s+)?(?:closed|paused"
    r"|over|ending)|has\s+(?:now\s+)?(?:ended|closed|finished)|ends\s+here|will\s+(?:now\s+)?"
    r"(?:close|end|pause|resume|return|continue|be\s+back|be\s+updated))\b"
    r"|(?:we're|we\s+are|i'm|i\s+am)\s+(?:now\s+)?(?:pausing|wrapping\s+up|closing|ending"
    r"|winding\s+down)\s+(?:our|the|this|my)\s+(?:live\s+)?(?:coverage|blog|updates)\b"
    r"|(?:we'll|we\s+will|i'll|i\s+will)\s+have\s+more\s+(?:on\s+(?:this|that|it)\s+)?"
    r"(?:(?:here\s+)?(?:shortly|soon|later)|after\s+(?:lunch|the\s+break)|as\s+it\s+(?:comes"
    r"|happens)|throughout\s+the\s+day|in\s+a\s+(?:moment|bit|minute))\s*[.!…]*$"
    r"|(?:we'll|we\s+will|i'll|i\s+will)\s+have\s+more\s*[.!…]*$"
    r"|more\s+(?:to\s+come|soon|shortly|on\s+(?:this|that)\s+(?:shortly|soon|later)"
    r"|after\s+(?:lunch|the\s+break))\b"
    r"|stay\s+with\s+us\b|keep\s+(?:refreshing|checking\s+back)\b|(?:please\s+)?refresh\s+"
    r"(?:this\s+page\s+)?for\b|(?:more|full)\s+coverage\s+(?:here|below|to\s+follow)\b"
    r"|follow\s+(?:along|our\s+live|all\s+the\s+(?:latest|action))\b"
    r"|(?:we're|we\s+are)\s+(?:now\s+)?(?:breaking|stopping|off)\s+for\s+(?:lunch|coffee|a\s+break"
    r"|the\s+(?:day|night|evening))\b"
    # A break in the programme, alone: "Coffee break.", "Lunch break now.", "A short break."
    r"|(?:a\s+|another\s+)?(?:short\s+|quick\s+|brief\s+|long\s+|[\w-]+-minute\s+)?"
    r"(?:coffee|lunch|tea|comfort|networking|prayer)?\s*break(?:\s+(?:now|here|time"
    r"|until\s+\S+|for\s+(?:lunch|coffee|a\s+bit|now)))?\s*[.!…]*$"
    r"|(?:lunch|coffee)(?:\s+time)?(?:\s+now)?\s*[.!…]*$"
    r"))",
    re.IGNORECASE,
)
# A notice about the venue or the coverage itself: "Sponsor booths are open in Hall B.",
# "The exhibition hall opens at 10:00.", "Wi-Fi is down again.", "Lunch is served in the
# foyer.", "The queue for the espresso cart is now longer than the one for the keynote.",
# "Standing room only for the keynote.", "The livestream is back."
_PLACE = (
    r"(?:queues?|lines?(?=\s+(?:for|at|outside|to)\s+(?:the\s+)?(?:coffee|espresso|lunch|toilets"
    r"|loos|bathrooms?|entrance|doors|keynote|registration|security|cloakroom|badges?|bar|food"
    r"|cart|stage|hall|main\s+stage)\b)|(?:main\s+|conference\s+|press\s+)?(?:room|hall|halls"
    r"|auditorium|venue|foyer|lobby|atrium|cloakroom|press\s+(?:room|centre|center))"
    r"|hall\s+[a-z0-9]|coffee|espresso|lunch|catering|buffet|snacks|sandwiches"
    r"|sponsors?(?:\s+(?:booths?|stands?|area|village))?|booths?|exhibition(?:\s+(?:hall|floor"
    r"|area))?|expo(?:\s+floor)?|badges?|lanyards?)"
)
# What works or does not at a venue: "Wi-Fi is down again", "The livestream is back".
_SERVICE = (
    r"(?:wi-?fi|wireless|phone\s+signal|livestream|live\s+stream|registration|air\s+con"
    r"(?:ditioning)?|heating|microphones?|mics?|power\s+in\s+the\s+hall)"
)
_WHERE = r"(?:\s+(?:for|at|in|outside|on|near|by|to)\s+(?:the\s+)?[\w'’ -]{1,40}?)?"
_IS = (
    r"\s+(?:is|are|was|were|'s|has\s+been|have\s+been)\s+(?:now\s+|still\s+|already\s+"
    r"|finally\s+|again\s+|officially\s+)?"
)
_VENUE = re.compile(
    r"^(?:(?:the|a|an|our|this|today's)\s+)?(?:[\w'’-]+\s+){0,2}?"
    rf"(?:{_PLACE}{_WHERE}(?:{_IS}(?:open|closed|shut|full|packed|empty|half-empty|heaving"
    r"|buzzing|rammed|longer|shorter|huge|enormous|available|served|located|upstairs|downstairs"
    r"|next\s+door|moving|freezing|boiling|running\s+(?:late|out|low)|delayed|ready|free"
    r"|in\s+hall|over\s+there)\b|\s+(?:opens|closes|reopens)\b)"
    rf"|{_SERVICE}{_WHERE}(?:{_IS}(?:down|back|up|out|off|on|dying|patchy|slow|fixed|working"
    r"|available|open|closed|broken)\b|\s+(?:opens|closes|reopens|resumes|works|keeps)\b))"
    r"|^standing\s+room\s+only\b"
)
# What makes a notice more than that: a forecast, a number of money or power, a year, a
# sayer.
_MORE_THAN_VENUE = re.compile(
    r"\b(?:will|won't|would|could|should|going\s+to|expects?|expected|predicts?|forecasts?"
    r"|plans?|planned|says?|said|tells?|told|argues?|argued|warns?|warned|insists?|claims?"
    r"|admits?|admitted|announced?|announces|(?:19|20)\d\d|percent|billion|million|bn|gw|mw"
    r"|gwh|twh|price|prices|cost|costs|rates?)\b|[%$€£]",
    re.IGNORECASE,
)
_MAX_VENUE_WORDS = 25


def blog_talk(sentence: str) -> bool:
    """Whether ``sentence`` is a live blog's talk to its readers (``_BLOG_TALK``: its opening,
    its close, a break in the programme) or a notice about the venue (``_VENUE``: sponsors,
    wifi, queues, halls), with no forecast, figure or sayer in it. "Sponsor booths are open
    in Hall B." is; "Over lunch, de la Fuente said Solenza will list in 2028." and "Hall B's
    operator expects prices to fall." are not. Source: news sites' live pages, which open,
    pause and close their coverage so and fill the gaps between talks with the scene."""
    text = sentence.strip().lstrip("*_ ")
    if not text or len(text) > 300:
        return False
    if _BLOG_TALK.match(text):
        return True
    return (
        len(text.split()) <= _MAX_VENUE_WORDS
        and _VENUE.match(text.lower()) is not None
        and _MORE_THAN_VENUE.search(text) is None
    )


_GREETING = re.compile(
    r"^(?:good\s+(?:morning|afternoon|evening)|hello|hi|welcome)\b[^.!?]{0,40}[.!]$",
    re.IGNORECASE,
)
# The scene in a tally, no verb and no time: "Three days, 2,000 people, a lot of coffee."
# Each item is a count and a noun or two; a time ("by June") or a share ("2% inflation")
# is no item, so a forecast's fragment never reads as one.
_COUNT = (
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a\s+dozen|"
    r"dozens\s+of|hundreds\s+of|thousands\s+of|a\s+lot\s+of|lots\s+of|plenty\s+of|"
    r"too\s+many|too\s+much|no|zero|endless)"
)
_TALLY_ITEM = rf"{_COUNT}\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?"
_SCENE = re.compile(
    rf"^{_TALLY_ITEM}(?:\s*,\s*(?:and\s+)?{_TALLY_ITEM}){{2,}}\s*[.!…]*$", re.IGNORECASE
)
_NOT_SCENE = re.compile(r"\b(?:by|in|before|until|within|next|this|will|won't|could)\b", re.I)


def scene_tally(text: str) -> bool:
    """Whether ``text`` only counts the scene: "Three days, 2,000 people, a lot of coffee."

    Three or more items, each a count and a noun or two, and nothing else: no verb, no
    time. A tally with a time or a verb in it ("Three cuts, two hikes, by June.") is not.
    """
    text = text.strip()
    return _SCENE.match(text) is not None and _NOT_SCENE.search(text) is None


def withheld_statements(screened: Screened, line: int, section: int) -> list[Statement]:
    """A stand-in for a line left out, to be counted and never proposed: no words of the
    line (off-record text must not travel), ``narration`` set, its reason as ``note``."""
    if not screened.withheld:
        return []
    return [Statement("", "", line, section, narration=True, note=screened.withheld)]


def remarked(statements: list[Statement], screened: Screened) -> list[Statement]:
    """The statements read from what of a line was kept, with ``screened.note`` as a remark."""
    if not screened.note:
        return statements
    return [
        replace(s, note="; ".join(n for n in (s.note, screened.note) if n))
        if not s.narration
        else s
        for s in statements
    ]


def withheld_notes(counts: dict[str, int]) -> list[str]:
    """What the plan's notes say of the lines left out, by reason: how many, never their words.

    ``counts`` maps ``OFF_RECORD`` or ``OWN`` to a number of lines."""
    notes = []
    if counts.get(OFF_RECORD):
        notes.append(
            f"{counts[OFF_RECORD]} off-the-record line(s) were left out (their words are not "
            "shown or stored)."
        )
    if counts.get(OWN):
        notes.append(
            f"{counts[OWN]} line(s) of the note-taker's own (asides, to-dos, live-blog "
            "chatter) were not proposed."
        )
    return notes
