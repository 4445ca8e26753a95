"""One sentence that makes two claims, joined by "and": two statements.

Two kinds of such sentences are split where "and" joins them:

- two forecasts, each with its own time: "I now think the MPC holds in December and cuts
  in February.", "My bet is Bank Rate at 3.25% by the end of Q1 and 3% by the end of next
  year.", "We will launch the first 12 satellites in Q2 2027, and the remaining 36 by the
  end of 2028." Each part is a claim with a deadline of its own; one candidate would keep
  the first and drop the second.
- a fact and a promise or forecast of the speaker's own: "We now employ 612 people, up from
  380 a year ago, and we will open our Toulouse engineering office in January." The fact
  is judged now, the promise in January.

Not split: a range or a list of times ("in Q1 and Q2 2027", "between March and June"), two
things due at one time ("Rates fall and inflation settles by 2027"), and a sentence whose
first part is no fact of its own ("I am always happy to meet the hon. Member, and I will do
so before Christmas", one promise).

The second part keeps its words as said ("and cuts in February."): a quote is never
rewritten. Its note (``CONTINUES``) says what it goes on from. A part with no verb of its own
("and the remaining 36 by the end of 2028") says what the first part says, of another
amount and time: its note (``CONTINUES_AS``) names the first part's kind, which the candidate
takes (``continued_kind``): the promise of the first part is a promise again.

Two claims of different kinds joined by a comma or "and" ("…, I'll have that live by
Thursday EOD") are split by ``clause_pairs``, whose parts take the same note.

Source of the rule: letters to shareholders, forwarded notes and chats, where a speaker
gives two dates in one breath (tests/importing/test_compounds.py).
"""

import datetime
import itertools
import re

from claims.horizons import HorizonKind
from claims.importing.classify import classify
from claims.importing.clause_pairs import emphasis_joined, split_clause_pair
from claims.importing.forecasts import looks_like_prediction
from claims.importing.horizon_readings import read_horizon
from claims.importing.wording import _LONG_AGO, _WORD, normalise

# Where a sentence may be split: "and" between two clauses.
_AND = re.compile(r",?\s+and\s+(?!then\b|so\b|also\b)")
# The second part's own subject and a future: "and we will open …", "and I'll write …".
_OWN_FUTURE = re.compile(
    r"^,?\s*and\s+(?:i|we|our\s+\w+|the\s+company)\s+(?:will|shall|are\s+going\s+to|plan\s+to"
    r"|intend\s+to|expect\s+to)\b|^,?\s*and\s+(?:i|we)'ll\b",
    re.IGNORECASE,
)
# A fact of the first part: a number, or a past tense ("We opened the Lyon office last year").
_MEASURED = re.compile(r"\d|\b(?:was|were|had|did|have\s+\w+ed|has\s+\w+ed|'ve\s+\w+ed)\b")
_PAST_VERB = re.compile(r"\b\w+ed\b")
MIN_PART_WORDS = 2
# A sentence is split only when it is as long as sentences are, at one of its first joins.
MAX_CHARS = 600
MAX_JOINS = 4

CONTINUES = "goes on from “{first}” in the same sentence: a claim of its own; check its kind"
# A second part with no verb of its own says what the first says, of another time or amount:
# "We will launch the first 12 satellites in Q2 2027, and the remaining 36 by the end of
# 2028." is two promises, not a promise and a forecast.
CONTINUES_AS = (
    "goes on from “{first}” in the same sentence, with no verb of its own: a {kind}, as that"
    " part is; check its kind"
)
_CONTINUES_AS = re.compile(
    r"goes on from “[^”]*” in the same sentence, with no verb of its"
    r" own: an? (?P<kind>\w+),"
)
# A verb of the second part's own: a subject pronoun, an auxiliary, a past, a present that
# forecasts ("and cuts in February", "and inflation falls to 2%").
_OWN_VERB = re.compile(
    r"\b(?:i|we|you|they|he|she|it|will|won't|shall|would|could|should|might|may|must|can"
    r"|is|are|was|were|be|been|being|has|have|had|do|does|did|going|gonna|[a-z]{2,}ed"
    r"|(?:fall|rise|drop|climb|grow|hit|reach|cut|hold|open|start|end|come|go|get|stay|peak"
    r"|return|double|halve|recover|settle|land|arrive|happen|begin|close|launch|ship|move"
    r"|follow|take|make|need|remain|become|turn|keep|lose|win|beat|pass|top|slip|ease|sink"
    r"|soar|jump|slow|shrink|widen|narrow|tighten|rebound|bottom|level)s)\b|'(?:ll|s|re|d)\b"
)


def split_compound(sentence: str) -> list[str]:
    """``sentence`` as one or two sentences (see the module's docstring): ``[sentence]``, or
    ``[first, second]`` whose joined words are ``sentence``'s (the second opens with its
    "and"). Raises nothing."""
    if " and " not in sentence or len(sentence) > MAX_CHARS:
        return [sentence]  # a pasted run of words is refused whole, not read at every "and"
    for found in itertools.islice(_AND.finditer(sentence), MAX_JOINS):
        first, second = sentence[: found.start()], sentence[found.start() :]
        if len(_WORD.findall(first)) < MIN_PART_WORDS + 1:
            continue
        if _two_times(first, second) or _fact_then_promise(first, second):
            return [first.rstrip(" ,"), second.lstrip(" ,")]
    return [sentence]


def split_compounds(
    sentences: list[str], *, said_on: datetime.date | None = None
) -> tuple[list[str], dict[str, str]]:
    """``sentences`` with each compound one split (``split_compound``), and the note of each
    second part by its words (``continues_note``); and of each elliptical forecast whose time
    is the sentence before's (``ELLIPSIS``), said on ``said_on`` (None: not known)."""
    out: list[str] = []
    notes: dict[str, str] = {}
    sentences = emphasis_joined(sentences)  # "… tonight. No more slipping": one claim
    for index, sentence in enumerate(sentences):
        parts = split_compound(sentence)
        if len(parts) == 1:  # two claims of different kinds: "…, I'll have that live by …"
            parts = _clause_parts(sentence, said_on)
        for before, part in itertools.pairwise(parts):
            notes[part] = continues_note(before, part)
        note = ellipsis_note(sentences[index - 1], sentence, said_on) if index else ""
        if len(parts) == 1 and note:
            notes[sentence] = note
        out += parts
    return out, notes


def _clause_parts(sentence: str, said_on: datetime.date | None) -> list[str]:
    """``sentence`` split by ``split_clause_pair``, each part again: at most three parts."""
    parts = split_clause_pair(sentence, said_on=said_on)
    if len(parts) == 1:
        return parts
    first = split_clause_pair(parts[0], said_on=said_on)
    if len(first) == 2:
        return [*first, parts[1]]
    return [parts[0], *split_clause_pair(parts[1], said_on=said_on)]


# A forecast that leaves out what it forecasts, said after a sentence that gives it: "We will
# not be, and I owe you an explanation.", "It won't.", "They will, but late.", "No, it won't
# happen.", "We're not going to.", "I doubt it will."
_ELLIPSIS = re.compile(
    r"^(?:but\s+|and\s+|no,?\s+|yes,?\s+|sadly,?\s+|honestly,?\s+|well,?\s+)?"
    r"(?:i\s+(?:doubt|think|suspect|expect|bet|reckon)\s+)?"
    r"(?:we|it|they|he|she|i|that|this|you)\s*(?:will|won't|will\s+not|shall|shan't|'ll"
    r"|are\s+not\s+going\s+to|aren't\s+going\s+to|is\s+not\s+going\s+to|isn't\s+going\s+to"
    r"|are\s+going\s+to|is\s+going\s+to|'re\s+(?:not\s+)?going\s+to|'s\s+(?:not\s+)?going\s+to"
    r"|'m\s+(?:not\s+)?going\s+to|am\s+(?:not\s+)?going\s+to)"
    r"(?:\s+(?:not|be|do\s+so|do\s+it|happen|make\s+it|get\s+there|manage\s+it|hit\s+it"
    r"|meet\s+it|deliver|be\s+there))?"
    r"\s*(?:[,.;!—–]|$)",
    re.IGNORECASE,
)
ELLIPSIS = (
    "says what “{before}” said, without its time: “{phrase}” is taken as its deadline; check it"
)
# The time an ``ELLIPSIS`` note names, read back for the deadline (``elliptical_horizon``).
_TAKEN = re.compile(r"without its time: “(?P<phrase>[^”]+)” is taken as its deadline")


def ellipsis_note(before: str, sentence: str, said_on: datetime.date | None = None) -> str:
    """The note on an elliptical forecast (``_ELLIPSIS``) after ``before``, a sentence with a
    time of its own: ``ELLIPSIS`` naming that time, which is taken as its deadline
    (``elliptical_horizon``), with a remark; or "". A time in a year before ``said_on``'s
    was over when it was said: no note (none is judged when ``said_on`` is None); nor when
    the sentence gives a time of its own ("They will, by June."). "Last year I wrote that we
    would be cash-flow positive by the end of 2026." then "We will not be, and I owe you an
    explanation." → a note naming “by the end of 2026”."""
    if len(sentence) > MAX_CHARS or len(before) > MAX_CHARS:
        return ""
    low = sentence.lower()
    if "will" not in low and "'" not in sentence and "’" not in sentence and "going" not in low:
        return ""
    if not _ELLIPSIS.match(sentence.strip().replace("’", "'")):
        return ""
    if read_horizon(sentence, said_on=_LONG_AGO).phrase:
        return ""  # "They will, by June.": a time of its own
    # The time as said, dated or not: "Last year I wrote that we would be cash-flow positive
    # by the end of 2026" tells of a forecast made before, whose time is undated there.
    reading = read_horizon(before, said_on=_LONG_AGO)
    phrase = reading.phrase
    if not phrase and reading.remark.startswith(_SAID_BEFORE):  # "said before (“by …”): …"
        phrase = reading.remark[len(_SAID_BEFORE) :].split("”", 1)[0]
    years = [int(year) for year in _YEAR.findall(phrase)]
    if not phrase or (years and said_on is not None and max(years) < said_on.year):
        return ""  # no time, or one that is over ("We said in 2019 that we would be done.")
    words = before.strip()
    if len(words) > 60:
        words = words[:57].rsplit(" ", 1)[0] + " …"
    return ELLIPSIS.format(before=words, phrase=phrase.strip().rstrip(".,"))


def elliptical_horizon(
    note: str, said_on: datetime.date, precision: str = "day", *, taken: re.Pattern = _TAKEN
):
    """The horizon of an elliptical forecast whose ``note`` (a statement's) holds its
    ``ELLIPSIS`` note: the time of the sentence before, read as said on ``said_on``
    ("by the end of 2026" → 31 December 2026); None when the note holds none. ``taken``
    finds the time in another note of the kind ("by then": ``answered_times``)."""
    if "is taken as its deadline" not in note:
        return None
    found = taken.search(note)
    if found is None:
        return None
    return read_horizon(found["phrase"], said_on=said_on, precision=precision)


_SAID_BEFORE = "said before (“"
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def with_note(marks: dict, note: str) -> dict:
    """``marks`` (a statement's, ``notes``) with ``note`` added to its note, if any."""
    if not note:
        return marks
    return {**marks, "note": "; ".join(n for n in (marks.get("note", ""), note) if n)}


def continues_note(first: str, second: str = "") -> str:
    """The note on the second part, ``second``, of a split sentence whose first part is
    ``first``: ``CONTINUES_AS``, naming the first part's kind, when ``second`` has no verb of
    its own (``has_own_verb``), else ``CONTINUES``."""
    words = first.strip()
    if len(words) > 60:
        words = words[:57].rsplit(" ", 1)[0] + " …"
    if second and not has_own_verb(second):
        kind = classify(first, has_horizon=True, timed=True)
        return CONTINUES_AS.format(first=words, kind=kind)
    return CONTINUES.format(first=words)


def has_own_verb(part: str) -> bool:
    """Whether ``part``, the second part of a split sentence, has a verb of its own ("and
    cuts in February", "and we will open …"), not only what and when ("and the remaining 36
    by the end of 2028", "and 3% by the end of next year")."""
    lowered = normalise(part)
    lowered = lowered[4:] if lowered.startswith("and ") else lowered
    return _OWN_VERB.search(lowered) is not None


def continued_kind(note: str) -> str:
    """The kind a statement takes from the first part of its sentence, read from its note
    (``CONTINUES_AS``), or "" when it has none: a second part with no verb of its own says
    what the first part says ("and the remaining 36 by the end of 2028" after "We will
    launch the first 12 satellites in Q2 2027": a commitment too)."""
    if "with no verb of its own" not in note:
        return ""
    found = _CONTINUES_AS.search(note)
    return found["kind"] if found else ""


def _dated(text: str):
    reading = read_horizon(text, said_on=_LONG_AGO)
    return reading if reading.kind == HorizonKind.DATED and reading.phrase else None


# A time right after "and": "in October and December, then …", a list of times.
_TIME_AFTER_AND = re.compile(
    r"^,?\s*and\s+(?:in\s+|by\s+)?(?:january|february|march|april|may|june|july|august"
    r"|september|october|november|december|q[1-4]\b|h[12]\b|(?:19|20)\d\d|next\b|the\s+end"
    r"|spring|summer|autumn|fall|winter|early|mid|late)",
    re.IGNORECASE,
)


def _two_times(first: str, second: str) -> bool:
    """Each part has a time of its own, and the times differ; the second part says more than
    its time ("and cuts in February", not "and Q2 2027"), and the first part's time does not
    run into the "and" ("in Q1 and Q2", "in October and December, then …": a list of
    times)."""
    if _TIME_AFTER_AND.match(second):
        return False
    second_time = _dated(second)
    if second_time is None:
        return False
    first_time = _dated(first)
    if first_time is None or first_time.deadline == second_time.deadline:
        return False
    if first.rstrip(" ,").lower().endswith(first_time.phrase.strip().rstrip(".,").lower()):
        rest = second.lower().replace(second_time.phrase.lower(), " ")
        if len(_WORD.findall(rest)) < MIN_PART_WORDS:
            return False  # "in Q1 and Q2 2027", "by 2026 and 2027": "and" and a time alone
    rest = normalise(second).replace(normalise(second_time.phrase), " ")
    return len(_WORD.findall(rest)) >= MIN_PART_WORDS  # "and" and at least one word more


def _fact_then_promise(first: str, second: str) -> bool:
    """ "We now employ 612 people, …, and we will open …": a first part that tells a measured
    fact or the past, with no future of its own, and a second with its own subject and
    future."""
    if not _OWN_FUTURE.match(second) or looks_like_prediction(first):
        return False
    if _dated(first) is not None and not _PAST_VERB.search(first.lower()):
        return False
    return _MEASURED.search(first.lower()) is not None
