"""Two claims of different kinds in one line, joined by a comma, a semicolon or "and": two
statements.

People writing fast (chat messages, reporter's notes, letters) run two claims together:

- "marketing site is done except the pricing page, I'll have that live by Thursday EOD": a
  fact, then a promise with its own deadline;
- "Honestly I think the category is at the bottom of its cycle, and I'd expect growth to
  accelerate in the second half of this calendar year.": a view, then a forecast;
- "We will consult with every employee before any announcement, and I'll meet the Hull works
  council myself next month.": two promises, only the second dated (one candidate would
  date both);
- "at that rate we're done around 2033, which honestly is not good enough": a forecast, then
  the speaker's verdict on it; "The institute forecasts growth of 1.4% in 2027; we think that
  is too pessimistic": another's forecast told, then the speaker's verdict on it;
- ``we lose 19% of treated water to leakage. "too high, I'm not going to pretend
  otherwise"``: a reporter's paraphrase, then the quoted words (notes write them in lower
  case, which no sentence split sees).

Each part is split only when it is a clause with its own subject and verb, and the two
differ in kind or in when they are due, or are two promises spliced with a bare comma
(``split_clause_pair``). Not split: a clause that is no claim alone ("If demand holds, …",
"As I said, …", "…, I think"), a consequence ("…, and so we will …", "…, so …"), the
speaker siding with whom the first part tells of ("My neighbour says they'll cut it, and I
think he's right": one forecast, the speaker's now), a list ("Leeds, York, and Hull"), a
second part that does what the first says ("…, and I will do so before Christmas"), a comma
inside a number.

The second part starts at its subject, without the "and" that joined it. A line of emphasis
with no claim of its own after a claim ("No more slipping", "No excuses.") belongs to that
claim and is joined to it (``emphasis_joined``).

Source of the rule: chat exports, reporter's notes and shareholder letters
(tests/importing/test_clause_pairs.py).
"""

import datetime
import re

from claims.choices import ClaimKind
from claims.horizons import HorizonKind
from claims.importing.chatter import is_filler
from claims.importing.classify import classify, is_candidate
from claims.importing.empty_talk import says_nothing
from claims.importing.horizon_readings import read_horizon
from claims.importing.wording import _LONG_AGO, normalise

# A line is split only when it is as long as lines are, at one of its first joins.
MAX_CHARS = 400
MAX_JOINS = 6
MIN_PART_WORDS = 3

# Where two clauses may be joined: a comma or a semicolon and a space (never "1,200"), with
# or without "and"; "and" alone only before a subject pronoun ("… and I'll meet …").
_JOIN = re.compile(
    r"[,;]\s+(?:and\s+)?|\s+and\s+(?=(?:i|we)(?:'ll|'d|'m|'ve|'re|\s))",
    re.IGNORECASE,
)
# The subject a second clause opens with, then (within a few words) its verb: "I'll have",
# "we're done", "the board will decide", "which honestly is".
_SUBJECT = re.compile(
    r"^(?:(?:honestly|frankly|personally|realistically|now|also|then)[,\s]+)?"
    # "that" and "this" are subjects only right before their verb: "…, and that margins
    # will recover" goes on with what is thought, not a claim of its own.
    r"(?:(?:that|this)(?='|\s+(?:is|was|will|would|has|had|means|makes|matters)\b)"
    r"|i|we|you|they|he|she|it|there|which|(?:the|our|my|their|your)\s+\w+(?:\s+\w+)?)"
    r"(?:'ll|'d|'m|'ve|'re|'s|\s+(?:\w+\s+){0,2}?"
    r"(?:will|won't|shall|would|could|should|might|may|must|can|is|are|was|were|am|has|have"
    r"|had|do|does|did|expect|think|believe|need|want|plan|intend|launch|ship|open|start"
    r"|meet|hit|reach|finish|deliver|send|put|get|lose|make|take|keep|go|come|[a-z]{3,}ed"
    r"|(?:go|come|land|ship|open|start|close|launch|move|run|fall|rise|drop|stay|end|begin"
    r"|arrive|happen|slip)(?:e?s))\b)",
    re.IGNORECASE,
)
# A first clause's verb: an auxiliary, a contraction, a past, a present of the common verbs.
_VERB = re.compile(
    r"\b(?:will|won't|shall|would|could|should|might|may|must|can|is|are|was|were|am|be"
    r"|been|has|have|had|do|does|did|[a-z]{3,}ed|think|expect|believe|launch|lose|need"
    r"|want|plan|intend|make|take|get|go|come|run|sell|hire|open|ship|see|say|know|went|fell|rose"
    r"|grew|came|got|made|took|sold|lost|won|saw|said|told|kept|began|spent|paid|built|left"
    r"|ran|hit|met|shut|cut|put|set|sent|held|brought|bought|thought|felt"
    # A forecaster's verb, told of them: "The institute forecasts growth of 1.4% in 2027".
    r"|forecasts|predicts|projects|estimates|expects)\b"
    r"|\w'(?:ll|d|m|ve|re|s)\b",
)
# What makes a first part no claim of its own: a condition, a reason, a time, a way of
# saying ("If demand holds", "As I said", "Like I told the board", "Once the audit is done").
_SUBORDINATE = re.compile(
    r"^(?:(?:and|but|so|well|look|now|honestly|frankly)[,\s]+)*(?:if|unless|when|whenever|once"
    r"|while|whilst|although|though|even\s+if|even\s+though|because|since|as|like|after|before"
    r"|until|till|whether|given|assuming|provided|so\s+that|in\s+case|where|according)\b",
    re.IGNORECASE,
)
# A first part that leads into the second, whose words are its complement: "The point is,
# …", "He said, …", "My view is simply that, …".
_OPEN_END = re.compile(
    r"\b(?:is|was|are|were|be|that|to|of|the|a|an|and|or|but|with|for|said|says|told\s+\w+"
    r"|asked|wrote|thing|point|truth|problem|question|answer|fact"
    # "Councilor Abernathy stated that, in his view, …": a stance, the claim after it.
    r"|in\s+(?:my|his|her|their|our|your)\s+(?:view|opinion|judge?ment|estimation))$"
)
# A first part that is the speaker's lead-in to the second, no claim: "I won't lie, …",
# "I'll be honest, …", "I have to say, …", "Let me be clear, …".
_LEAD_IN = re.compile(
    r"^(?:i|we)(?:'ll|\s+will)\s+be\s+(?:honest|frank|straight|blunt|clear)(?:\s+with\s+you)?$"
    r"|^(?:i|we)\s+(?:have\s+to|must|gotta|got\s+to|need\s+to)\s+(?:say|admit|tell\s+you)$"
    r"|^let\s+me\s+be\s+(?:clear|honest|frank|blunt)$|^i'll\s+tell\s+you\s+(?:what|this)$"
    r"|^(?:i|we)(?:\s+won't|\s+will\s+not|\s+can't|'m\s+not\s+going\s+to|\s+am\s+not\s+going"
    r"\s+to)\s+(?:lie|pretend|kid\s+you|sugar-?coat\s+it)(?:\s+to\s+you)?$"
)
# A first part that opens with a phrase before its subject: a clause only when a subject
# and its verb follow ("At that rate we're done …"; not "According to plan, …").
_FRONTED = re.compile(
    r"^(?:in|on|at|for|by|from|with|without|despite|under|over|to|of|during|per|like)\b"
)
_PRONOUN_CLAUSE = re.compile(
    r"\b(?:i|we|you|they|he|she|it)(?:'(?:ll|d|m|ve|re|s)|\s+(?:will|would|am|are|is|was"
    r"|were|have|has|had|do|did|can|could|should|think|expect))\b"
)
# A second part that is the speaker's tag on the first, no claim: "I think", "I'm sure",
# "I promise you", "I'd say", "I won't lie", "I'm not going to pretend otherwise".
_TAG = re.compile(
    r"^(?:i|we)(?:'m|'d|\s+am|\s+would|\s+are|'re)?\s+(?:(?:pretty|quite|fairly|really)\s+)?"
    r"(?:think|believe|reckon|guess|suspect|hope|expect|promise|swear|bet|fear|feel|say"
    r"|sure|afraid|told\s+you|mean|admit|know|imagine|suppose|trust)"
    r"(?:\s+(?:you|that|it|so|them|him|her|this|us|me))?"
    r"[.!]*$"
    r"|^(?:i|we)(?:'m|\s+am|'re|\s+are)?\s*(?:won't|will\s+not|not\s+going\s+to|can't)\s+"
    r"(?:lie|pretend(?:\s+otherwise)?|deny\s+it|sugar-?coat\s+it)[.!]*$"
    # A pledge on what was just said: "…, you have my word.", "…, mark my words", "…, trust me".
    r"|^(?:(?:and|so)\s+)?(?:you\s+have\s+my\s+(?:word|promise|guarantee)(?:\s+on\s+that)?"
    r"|mark\s+my\s+words|trust\s+me|take\s+it\s+from\s+me|believe\s+me|count\s+on\s+it"
    r"|that'?s\s+a\s+(?:promise|guarantee))[.!]*$",
    re.IGNORECASE,
)
# A second part that is the speaker's hedge on when the first comes, with no verb of its
# own: "…, I'd guess sometime in the next two or three years, because …", "…, I'd say
# within 18 months", "…, I reckon by 2030". The first part's forecast, its time given
# (``timed_hedge``).
_TIMED_HEDGE = re.compile(
    r"^(?:(?:and|but)\s+)?(?:i|we)(?:'d|\s+would)?\s+(?:(?:probably|honestly|roughly)\s+)?"
    r"(?:guess|say|think|reckon|bet|imagine|expect|estimate|suspect|figure)\s+"
    r"(?:(?:probably|maybe|perhaps|roughly|somewhere|sometime|some\s+time|at\s+some\s+point"
    r"|about|around)\s+){0,2}"
    r"(?P<time>(?:in|within|by|before|around|inside|during|over|next|this|early|late|mid)\b"
    r"[^,;.!?]{1,60}?)\s*(?:[.!?]*$|[,;]\s*(?:because|since|as|given|though|although|once"
    r"|when|if|unless)\b)"
)
# A second part whose act is the first's ("…, and I will do so before Christmas"), or a
# consequence ("…, so …", "…, and so …", "…, which means …"): one claim.
_SAME_ACT = re.compile(r"\b(?:do|did|doing)\s+(?:so|it|that|this)\b", re.IGNORECASE)
# A second part that only says the first is settled: "…, that's signed off", "…, it's
# confirmed", "…, that's a promise": the first's claim, made firm.
_AFFIRMS = re.compile(
    r"^(?:that|this|it)(?:'s|\s+is|\s+has)\s+(?:(?:all|already|now|been|fully|totally)\s+)*"
    r"(?:signed\s+off|confirmed|agreed|approved|locked\s+in"
    r"|(?:a|the|our|my)\s+(?:firm\s+)?(?:promise|commitment|pledge|guarantee)"
    r"|certain|guaranteed|the\s+plan|settled|definite|final|funded|budgeted|in\s+the\s+budget"
    r"|booked|done\s+and\s+dusted|a\s+given|nailed\s+down|firm|official|happening)\b"
)
# The speaker siding with whom the first part tells of: "My neighbour says they'll cut it,
# and I think he's right", "…, and I agree". The told forecast becomes the speaker's own:
# one claim (``attribution.told_forecast`` reads the whole as endorsed).
_ENDORSES = re.compile(
    r"^(?:(?:and|so)\s+)?(?:(?:i|we)\s+(?:(?:really|honestly|do)\s+)?(?:think|reckon|suspect"
    r"|believe|'m\s+sure|am\s+sure)\s+)?(?:he|she|they|he's|she's|they're)(?:'s|'re|\s+is|\s+are"
    r"|\s+(?:may|might|could)\s+(?:well\s+)?be)?\s+(?:probably\s+|absolutely\s+|quite\s+|dead\s+"
    r"|spot\s+on\s+and\s+)?(?:right|correct|spot\s+on)[.!]*$"
    r"|^(?:(?:and|so)\s+)?(?:i|we)\s+(?:(?:fully|completely|totally|tend\s+to)\s+)?agree"
    r"(?:\s+with\s+(?:him|her|them))?[.!]*$"
)
# An echo of the first clause by its auxiliary alone: "…, it always does.", "…, they never
# do", "…, it usually is": no claim of its own.
_ECHO = re.compile(
    r"^(?:it|they|he|she|that|this|we|i|you)\s+(?:\w+\s+)?(?:do|does|did|is|are|was|were"
    r"|has|have|had|will|would|can|could|won't|don't|doesn't|isn't|aren't)\s*[.!]*$"
)
# The speaker staking their feelings on the first clause, its verb left out: "…, and I'd be
# disappointed if we weren't", "…, and I would be surprised if it didn't": the first's claim,
# said firmly, none of its own.
_STAKED = re.compile(
    r"^(?:i|we)(?:'d|\s+would)\s+be\s+(?:(?:very|really|quite|pretty|extremely|genuinely"
    r"|bitterly|deeply|a\s+(?:bit|little))\s+)?(?:disappointed|surprised|amazed|shocked|astonished"
    r"|stunned|upset|gutted|furious|staggered)\s+if\s+(?:we|it|they|he|she|that|this|you|i)\s+"
    r"(?:(?:weren't|wasn't|aren't|isn't|didn't|don't|doesn't|won't|couldn't|hadn't|haven't"
    r"|hasn't)|(?:were|was|did|do|does|had)\s+not)(?:\s+(?:be|do\s+so|do\s+it|get\s+there"
    r"|make\s+it|manage\s+it))?\s*[.!]*$"
)
_CONSEQUENCE = re.compile(
    r"^(?:so|then|therefore|thus|hence|which\s+means|which\s+is\s+why|that's\s+why|but|or|yet)"
    r"\b",
    re.IGNORECASE,
)
# A paraphrase, then the speaker's words quoted in lower case on the same line:
# ``we lose 19% … to leakage. "too high, …"``.
_QUOTE_AFTER = re.compile(r"(?<=[.!?])\s+(?=[\"“‘][a-z])")
# A line of emphasis with no claim of its own: "No more slipping", "No excuses.", "Full stop."
_EMPHASIS = re.compile(
    r"^(?:no\s+more\s+(?:slipping|slippage|delays?|excuses|surprises|moving\s+the\s+date)"
    r"|no\s+(?:excuses|exceptions|slipping|delays|more\s+dates)|no\s+ifs(?:,?\s+(?:and|or)"
    r"\s+buts)?|full\s+stop|period|end\s+of\s+story|this\s+time\s+for\s+real|for\s+real\s+this"
    r"\s+time|final\s+answer)[.!]*$",
    re.IGNORECASE,
)


def split_clause_pair(sentence: str, *, said_on: datetime.date | None = None) -> list[str]:
    """``sentence`` as its parts: ``[sentence]``, or ``[first, second]`` when it joins two
    claims (see the module's docstring) that differ in kind or in their time, read as said
    on ``said_on`` (None: the kinds alone decide, and any time named differs from none).
    The second part opens at its subject. Raises nothing."""
    quoted = _quote_after(sentence)
    if quoted:
        return quoted
    if len(sentence) > MAX_CHARS or ("," not in sentence and " and " not in sentence):
        return [sentence]
    for count, found in enumerate(_JOIN.finditer(sentence)):
        if count >= MAX_JOINS:
            break
        first = sentence[: found.start()].rstrip(" ,")
        second = sentence[found.end() :].strip()
        spliced = "and" not in found.group().lower()
        if _clauses(first, second) and _differ(first, second, said_on, spliced=spliced):
            return [first, second]
    return [sentence]


def _quote_after(sentence: str) -> list[str]:
    """The paraphrase and the quoted words after it (``_QUOTE_AFTER``), when the quote runs
    to the end of the line; else []."""
    if '"' not in sentence and "“" not in sentence and "‘" not in sentence:
        return []
    found = _QUOTE_AFTER.search(sentence)
    if found is None:
        return []
    first, second = sentence[: found.start()].strip(), sentence[found.end() :].strip()
    if first.count('"') % 2 or first.count("“") != first.count("”"):
        return []  # the paraphrase is itself inside a quotation
    closing = {'"': '"', "“": "”", "‘": "’"}[second[0]]
    if not second.rstrip(" .!").endswith(closing) or len(first.split()) < MIN_PART_WORDS:
        return []
    return [first, second]


def _clauses(first: str, second: str) -> bool:
    """Whether ``first`` and ``second`` are each a clause that may be a claim alone."""
    if len(first.split()) < MIN_PART_WORDS or len(second.split()) < MIN_PART_WORDS:
        return False
    if first.count('"') % 2 and second.count('"') % 2 == 0:
        return False  # the join is inside a quotation that closes in the first part
    if first.count("(") != first.count(")"):
        return False
    return _first_clause(first) and _second_clause(second)


def _first_clause(first: str) -> bool:
    """A clause with a verb, no condition nor lead-in ("If demand holds", "The point is")."""
    low = normalise(first.lstrip('"“‘ '))
    if _SUBORDINATE.match(low) or _OPEN_END.search(low) or _LEAD_IN.match(low):
        return False
    if _FRONTED.match(low) and not _PRONOUN_CLAUSE.search(low):
        return False
    return bool(_VERB.search(low))


def _second_clause(second: str) -> bool:
    """A clause with its own subject, no tag, consequence nor repeat of the first's act."""
    low = normalise(second)
    if _CONSEQUENCE.match(low) or _TAG.match(low) or _AFFIRMS.match(low) or _ECHO.match(low):
        return False
    if _STAKED.match(low) or timed_hedge(second):
        return False
    if _ENDORSES.match(low):  # "…, and I think he's right": the speaker's own, one claim
        return False
    return not _SAME_ACT.search(low) and _SUBJECT.match(low.rstrip('"”’ ')) is not None


def timed_hedge(part: str) -> bool:
    """Whether ``part``, a clause after a forecast, only hedges when it comes: "I'd guess
    sometime in the next two or three years", "I'd say within 18 months, because …", "I
    reckon by 2030." (``_TIMED_HEDGE``; its time read as a horizon). It is no claim alone:
    the sentence stays one forecast, due at the time the hedge names (a range's later end,
    ``horizons``), and hedged. "I'd guess they will sell it by 2030" has a verb of its own
    and is not one. Source of the rule: talks and interviews, where a speaker adds their
    guess at the time after the forecast."""
    found = _TIMED_HEDGE.match(normalise(part.strip('"“”‘’ ')))
    if found is None:
        return False
    return read_horizon(found.group("time"), said_on=_LONG_AGO).kind != HorizonKind.NONE


def _differ(first: str, second: str, said_on: datetime.date | None, *, spliced: bool) -> bool:
    """Whether the two parts are claims that differ in kind or in when they are due; or,
    ``spliced`` with a bare comma ("We launch on September 1st, I'm putting it in the
    investor update tonight"), two promises, each kept or broken alone."""
    if is_filler(second.strip('"“”‘’ ')) or says_nothing(second.strip('"“”‘’ ')):
        # "…, and I will tell you why", "…, and that is where I would look": the talk's running
        return _reading(first, said_on) is not None
    first_read, second_read = _reading(first, said_on), _reading(second, said_on)
    if first_read is None or second_read is None:
        return False
    promises = first_read[0] == second_read[0] == ClaimKind.COMMITMENT
    return first_read != second_read or (spliced and promises)


def _reading(part: str, said_on: datetime.date | None) -> tuple[str, object] | None:
    """The kind of ``part`` and its time (a deadline, a phrase or None), as the import reads
    a statement; None when ``part`` is no candidate."""
    words = part.strip('"“”‘’ ')
    if not is_candidate(words):
        return None
    horizon = read_horizon(words, said_on=said_on or _LONG_AGO)
    dated = horizon.kind == HorizonKind.DATED and (
        said_on is None or (horizon.deadline is not None and horizon.deadline > said_on)
    )
    kind = classify(words, has_horizon=dated, timed=horizon.kind != HorizonKind.NONE)
    when = horizon.deadline if dated else (horizon.phrase or None)
    return kind, when


def emphasis_joined(sentences: list[str]) -> list[str]:
    """``sentences`` with each line of emphasis (``_EMPHASIS``: "No more slipping") joined to
    the sentence before it, whose claim it stresses; one with nothing before stays."""
    out: list[str] = []
    for sentence in sentences:
        if out and _EMPHASIS.match(sentence.strip()) and not out[-1].rstrip().endswith("?"):
            out[-1] = f"{out[-1].rstrip()} {sentence.strip()}"
            continue
        out.append(sentence)
    return out
