"""Statements out of auto-generated captions, which have no punctuation.

A caption line of a YouTube-style auto-caption file ends where the timing put it, not
where the speaker's clause ends: "prices will fall" on one line and "by 2027 i think" on
the next. Each line is a fragment; consecutive fragments are joined where the words show
that the clause goes on across the line break:

* the line ends with a word that cannot end a clause (a preposition, an article, a
  conjunction, an auxiliary: "prices will fall by", "half of new trucks sold in"), or only
  opens one ("well i think"); or the next line starts with a word that cannot start one
  ("than", "will": "… and rents" / "will follow");
* the next line is only a horizon or a hedge ("by 2027 i think", "next year probably",
  "at the latest"), or a horizon with a few words and no clause of its own ("sharply next
  year", "in europe by 2030") after words without a horizon: it is the tail of the clause
  before;
* the line ends with a horizon that leads into the next clause ("and by 2030");
* the next line starts with a horizon and goes on with a clause of its own, and the line
  before is a forecast without a horizon ("prices will fall" / "by 2027 wages will rise"):
  the horizon may belong to either, so the two are kept together with a note for the
  curator rather than a deadline given to the wrong clause.

A reaction to what the other speaker said, back-channel or an echo question ("really
that's soon", "wow okay by next year huh", "2027 seriously") is joined to neither line next
to it, unless the words before it dangle, and is not proposed (``classify.is_reaction``).

A joined statement is split again after its horizon where a new clause follows a
conjunction ("prices will fall by 2027 i think and then wages will rise"), and a run-on
longer than ``MAX_WORDS`` is cut at a caption line, with a note. A video maker's greeting,
plug or sign-off at a statement's start or end is cut from it (``caption_plugs``): "hey
everyone marcus here welcome back to grid and gigawatts smash that subscribe button" is no
statement.
"""

import datetime
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from claims.horizons import HorizonKind
from claims.importing.caption_plugs import plugs_trimmed
from claims.importing.classify import (
    is_candidate,
    is_reaction,
    looks_like_prediction,
    normalise,
)
from claims.importing.horizon_readings import read_horizon

MAX_WORDS = 60
# A date long past, so that any year said reads as a horizon: only the phrase is wanted here.
_LONG_AGO = datetime.date(1900, 1, 1)

# Words a clause does not end with: "by", "the", "and", "will", "going". Words that may end
# one as a particle or object ("on", "over", "about", "it", "that", "more") are left out.
_DANGLING = frozenset({
    "by", "before", "until", "till", "within", "in", "at", "of", "for", "to", "from", "than",
    "into", "under", "through", "after", "during", "towards", "toward", "the", "a", "an",
    "these", "those", "my", "our", "your", "their", "its", "his", "every", "each", "and", "or",
    "but", "because", "if", "when", "whether", "which", "who", "where", "while", "will",
    "would", "could", "should", "can", "might", "may", "must", "shall", "is", "are", "was",
    "were", "be", "been", "being", "am", "going", "gonna", "have", "has", "had", "do", "does",
    "did", "not", "won't", "wont", "don't", "dont", "doesn't", "isn't", "aren't", "never", "i",
    "we", "they", "he", "she", "i'll", "we'll", "they'll", "it'll", "i'm", "we're", "they're",
    "it's", "very", "just", "also", "even",
})  # fmt: skip
# A line that only opens a clause: "well i think", "so we expect".
_OPENER = re.compile(
    r"^(?:(?:well|so|and|but|now|look|honestly|yeah|um+|uh+)\s+)*(?:i|we)\s+(?:think|believe"
    r"|guess|expect|bet|reckon|suspect|predict|feel\s+like|'d\s+say|would\s+say)$"
)
_CONJUNCTION_THEN = re.compile(r"\b(?:and|but|so|or)\s+then$")
# A line that is only a condition, its consequence on the next line: "so if rates stay high
# through 2026" / "housing starts will drop". Not "if not", "if you ask me".
_CONDITION_ONLY = re.compile(
    r"^(?:(?:well|so|and|but|now|look|honestly|yeah|um+|uh+)\s+)*(?:even\s+|only\s+)?"
    r"(?:if(?!\s+(?:not|so|anything|any|ever|you\s+ask|i\s+had\s+to)\b)|unless|as\s+long\s+as"
    r"|provided|assuming|in\s+case)\b"
    r"(?!.*\b(?:will|won't|would|wouldn't|could|might|going\s+to|gonna|then)\b|.*\w'(?:ll|d)\b)"
)
# A line of a few words around a horizon is a clause's tail unless it has a subject or a verb.
_LOOSE_WORDS = 3
_CLAUSE_WORDS = frozenset({
    "i", "we", "you", "they", "he", "she", "it", "there", "this", "that", "will", "would",
    "could", "should", "can", "might", "may", "must", "shall", "is", "are", "was", "were", "be",
    "am", "going", "gonna", "won't", "i'll", "we'll", "they'll", "it'll", "it's", "there's",
    "that's", "i'm", "we're", "they're", "and", "but", "so", "then", "because",
})  # fmt: skip
# Hedges and fillers that close a clause: "by 2027 i think", "next year probably".
_HEDGE = re.compile(
    r"\s*\b(?:i\s+(?:think|guess|believe|suspect|reckon|bet|mean|hope|'d\s+say|would\s+say)"
    r"|i'd\s+(?:say|guess|think)|i'm\s+(?:sure|guessing)|for\s+sure|probably|maybe|perhaps"
    r"|possibly|at\s+the\s+(?:latest|earliest|most|least|outside)|at\s+(?:most|least|best)"
    r"|or\s+(?:so|later|sooner|earlier|thereabouts)|if\s+not\s+(?:sooner|earlier|later)|tops"
    r"|give\s+or\s+take|you\s+know|right|really|honestly|anyway|though|um+|uh+|like|say)\b"
)
# Words that carry a clause on from the line before: "than", "to", a verb's auxiliary ("… and
# rents" / "will follow").
_CONTINUES = re.compile(
    r"^(?:than|of|to|will|won't|would|could|should|might|must|shall|is|are|was|were|gonna"
    r"|going\s+to)\b"
)
# A conjunction that may lead a horizon into the next clause: "… and then by 2027".
_LEADING_CONJUNCTION = re.compile(r"\b(?:(?:and|but|so)\s+then|and|but|so|then|because)\s+(?=\S)")
# A line going on with an amount: "mortgage rates will be back" / "under five percent".
_AMOUNT_CONTINUES = re.compile(
    r"^(?:under|below|above|over|around|about|near|past|beyond)\s+(?:\d|a\s+|one|two|three"
    r"|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty"
    r"|ninety|hundred)"
)
# Words that cannot be a clause's first, after an article or a possessive left open: "the
# first real" / "correction since 2008": a line of a few words with no subject nor verb.
_OPEN_NOUN_PHRASE = re.compile(r"\b(?:the|a|an|our|their|its|my|your)(?:\s+[a-z]+){1,2}$")
# A noun phrase left open by a word that needs its noun: "the next" / "generation silicon will
# be three times faster", "our first" / "retail store opens in tokyo". The line after is its
# noun, whatever follows it.
_OPEN_DETERMINER = re.compile(
    r"\b(?:the|a|an|our|their|its|my|your|this|that|every|each)\s+(?:next|new|entire|biggest"
    r"|largest|upcoming)$"
)
# An amount going on across the line break: "we have sold more than two" / "million units",
# "about 40" / "percent of new cars".
_NUMBER_WORD = (
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a|half|a\s+half)"
)
_AMOUNT_ENDS = re.compile(rf"(?:^|\s){_NUMBER_WORD}$")
_AMOUNT_UNIT = re.compile(
    r"^(?:hundred|thousand|million|billion|trillion|percent|per\s+cent|dollars|euros|pounds"
    r"|units|times|x)\b"
)
# A verb left without its object: "we told you we would ship" / "the orbit one headset and we
# did". The verb after a subject or an auxiliary; the line after opens a noun phrase whose
# words, up to a conjunction, hold no verb of their own.
_OBJECT_VERB = re.compile(
    r"\b(?:will|would|could|should|can|might|must|to|gonna|we|i|they|you|'ll|'d)\s+"
    r"(?!(?:be|go|come|happen|fall|rise|grow|drop|double|halve|slow|stop|end|change|arrive"
    r"|continue|work|improve|decline|recover|say|think|see|know|believe|expect|guess)$)"
    r"(?:ship|launch|release|build|open|sell|deliver|hire|buy|acquire|close|announce|offer"
    r"|hit|reach|beat|cut|raise|double|triple|introduce|unveil|bring|add|make|start|finish"
    r"|complete|have|need|see|replace|spend|invest|create|show|get|expand|enter|win|lose"
    r"|sign|fund|support|build\s+out|roll\s+out|give|take)$"
)
_DETERMINER_START = re.compile(
    r"^(?:the|a|an|our|their|its|your|my|this|these|those|every|each|some|all|more|new|two"
    r"|three|four|five|\d)\b"
)
_UNTIL_CONJUNCTION = re.compile(r"\s(?:and|but|so|or|because|then|while)\s")
# A line of a preposition and its noun phrase, no subject and no verb: "at half the price",
# "for spatial now", "in tokyo": the end of the clause before.
_PREPOSITION_START = re.compile(
    r"^(?:at|for|in|on|with|without|from|into|across|around|inside|outside|through|under"
    r"|over|via|per|like|against|among|between)\s"
)
_PREPOSITION_TAIL_WORDS = 6
_NOUN_TAIL_WORDS = 6
# A conjunction starting a new clause after a horizon: "… by 2027 and then wages will rise".
_NEW_CLAUSE = re.compile(r"\s*\b(?:and\s+then|and|but|so|then|while|whereas)\s+(?=\S)")

AMBIGUOUS = (
    "Auto-generated captions without punctuation: “{phrase}” may belong to the words before "
    "it or to those after it; check the horizon and the deadline."
)
TOO_LONG = (
    "Auto-generated captions without punctuation: a run-on was cut at a caption line here; "
    "check that the statement reads whole."
)


@dataclass(frozen=True, slots=True)
class Fragment:
    """A caption line's words, and where it is (its index in the turn)."""

    text: str
    index: int


@dataclass
class Clause:
    """Fragments joined into one statement: the words, where each fragment starts, a note."""

    text: str
    starts: list[tuple[int, int]]  # (offset in text, fragment index)
    note: str = ""

    @property
    def words(self) -> int:
        return len(self.text.split())

    def index_at(self, offset: int) -> int:
        """The fragment the words at ``offset`` come from."""
        return max((i for start, i in self.starts if start <= offset), default=self.starts[0][1])


def _horizon(text: str) -> tuple[int, int] | None:
    """Where the first horizon phrase in ``text`` (lower case) starts and ends."""
    found = read_horizon(text, said_on=_LONG_AGO)
    if found.kind is HorizonKind.NONE or not found.phrase:
        return None
    start = text.find(found.phrase.lower())
    return None if start < 0 else (start, start + len(found.phrase))


def _skip_hedges(text: str, pos: int) -> int:
    while hedge := _HEDGE.match(text, pos):
        pos = hedge.end()
    return pos


def _is_tail(text: str) -> bool:
    """Only hedges, or a horizon with hedges: "by 2027 i think", "or so", "next year"."""
    pos = _skip_hedges(text, 0)
    found = _horizon(text[pos:])
    if found and not text[pos : pos + found[0]].strip():
        pos = _skip_hedges(text, pos + found[1])
    return not text[pos:].strip()


def _loose_tail(before: str, after: str) -> bool:
    """A few words with a horizon and no clause of their own ("sharply next year", "in europe
    by 2030"), after words without a horizon: the end of the clause before."""
    found = _horizon(after)
    if found is None or _horizon(before) is not None:
        return False
    rest = f"{after[: found[0]]} {after[_skip_hedges(after, found[1]) :]}".split()
    return len(rest) <= _LOOSE_WORDS and not any(word in _CLAUSE_WORDS for word in rest)


def _leading_horizon(text: str) -> tuple[int, int] | None:
    """A horizon the text starts with, perhaps after a hedge ("probably by 2027 …")."""
    pos = _skip_hedges(text, 0)
    found = _horizon(text[pos:])
    if found and not text[pos : pos + found[0]].strip():
        return pos + found[0], pos + found[1]
    return None


def _dangles(text: str) -> bool:
    """The words end where a clause cannot: "… will fall by", "and then", or hold only a
    condition ("so if rates stay high through 2026"), whose consequence follows."""
    words = text.split()
    if not words:
        return False
    return words[-1] in _DANGLING or bool(
        _CONJUNCTION_THEN.search(text) or _OPENER.match(text) or _CONDITION_ONLY.match(text)
    )


def _leads_on(text: str) -> bool:
    """The words end with a horizon after a conjunction: "… and by 2030" leads the next clause,
    also after an earlier horizon ("next year … and then by 2027")."""
    found = _horizon(text)
    if found is None:
        return False
    if not text[found[1] :].strip():
        before = text[: found[0]].split()
        return not before or before[-1] in ("and", "but", "so", "then", "because")
    conjunctions = list(_LEADING_CONJUNCTION.finditer(text))
    if not conjunctions:
        return False
    last = conjunctions[-1]
    tail = _horizon(text[last.end() :])
    return tail is not None and tail[0] == 0 and not text[last.end() + tail[1] :].strip()


def _noun_goes_on(before: str, after: str) -> bool:
    """A noun phrase left open ("we'll see the first real") and a line of a few words with no
    subject and no verb of its own ("correction since 2008 in my view"): one noun phrase."""
    words = after.split()
    return (
        _OPEN_NOUN_PHRASE.search(before) is not None
        and 0 < len(words) <= _NOUN_TAIL_WORDS
        and not any(word in _CLAUSE_WORDS for word in words)
        and not is_reaction(after)
    )


def _object_follows(before: str, after: str) -> bool:
    """A verb left without its object ("we would ship") and a noun phrase with no verb of its
    own up to a conjunction ("the orbit one headset and we did …"): one clause."""
    if not _DETERMINER_START.match(after) or not _OBJECT_VERB.search(before):
        return False
    head = _UNTIL_CONJUNCTION.split(f" {after} ", maxsplit=1)[0].split()
    return bool(head) and not any(word in _CLAUSE_WORDS for word in head)


def _preposition_follows(before: str, after: str) -> bool:
    """A line of a preposition and a few words, no subject nor verb ("at half the price",
    "for spatial now"), after a clause's words: its end."""
    if not _PREPOSITION_START.match(after):
        return False
    words = after.split()
    return (
        len(words) <= _PREPOSITION_TAIL_WORDS
        and len(before.split()) >= 2
        and not any(word in _CLAUSE_WORDS for word in words)
        and not is_reaction(after)
        and not is_reaction(before)
    )


def _goes_on(before: str, after: str) -> bool:
    """An amount ("… will be back" / "under five percent", "more than two" / "million
    units"), an open noun phrase ("the next" / "generation silicon …"), a verb's object or a
    prepositional phrase going on."""
    return (
        _AMOUNT_CONTINUES.match(after) is not None
        or (_AMOUNT_UNIT.match(after) is not None and _AMOUNT_ENDS.search(before) is not None)
        or _OPEN_DETERMINER.search(before) is not None
        or _noun_goes_on(before, after)
        or _object_follows(before, after)
        or _preposition_follows(before, after)
    )


def _join(before: str, after: str) -> tuple[bool, str]:
    """Whether the line ``after`` goes on with the clause in ``before``; and a note if unsure."""
    if _dangles(before) or _CONTINUES.match(after) or _goes_on(before, after):
        return True, ""
    if is_reaction(before) or is_reaction(after):
        return False, ""  # "wow okay by next year huh": the other speaker's reaction
    if _is_tail(after) or _leads_on(before):
        return True, ""
    if _loose_tail(before, after):
        return True, ""
    leading = _leading_horizon(after)
    if leading and looks_like_prediction(before) and _horizon(before) is None:
        return True, AMBIGUOUS.format(phrase=after[leading[0] : leading[1]])
    return False, ""


def _clauses(fragments: Sequence[Fragment]) -> Iterator[Clause]:
    clause: Clause | None = None
    for fragment in fragments:
        text = normalise(fragment.text)
        if clause is None:
            clause = Clause(text, [(0, fragment.index)])
            continue
        join, note = _join(clause.text, text)
        if join and clause.words + len(text.split()) > MAX_WORDS:
            yield clause
            clause = Clause(text, [(0, fragment.index)], TOO_LONG)
            continue
        if join:
            clause.starts.append((len(clause.text) + 1, fragment.index))
            clause.text = f"{clause.text} {text}"
            clause.note = clause.note or note
            continue
        yield clause
        clause = Clause(text, [(0, fragment.index)])
    if clause is not None:
        yield clause


def _split_after_horizon(clause: Clause) -> Iterator[tuple[int, int]]:
    """The spans of the clause's words, split where a new clause follows its horizon, or where
    a conjunction leads a horizon into a new forecast ("… cutting prices and within two years
    we'll see …")."""
    for start, end in _split_horizon_after(clause.text):
        yield from _split_before_horizon(clause.text, start, end)


def _split_before_horizon(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    for found in _LEADING_CONJUNCTION.finditer(text, start, end):
        lead = _horizon(text[found.end() : end])
        if lead is None or lead[0] != 0 or len(text[start : found.start()].split()) < 3:
            continue
        rest = text[found.end() + lead[1] : end]
        if len(rest.split()) < 3 or not looks_like_prediction(rest):
            continue
        yield start, found.start()
        start = found.start()
        break
    yield start, end


def _split_horizon_after(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    while (found := _horizon(text[start:])) is not None:
        end = _skip_hedges(text, start + found[1])
        conjunction = _NEW_CLAUSE.match(text, end)
        rest = text[conjunction.end() :] if conjunction else ""
        if not conjunction or len(rest.split()) < 3 or not looks_like_prediction(rest):
            break
        yield start, end
        start = end + len(conjunction.group()) - len(conjunction.group().lstrip())
    yield start, len(text)


def statements(fragments: Sequence[Fragment]) -> Iterator[tuple[int, str, str]]:
    """(fragment index, words, note) of each statement in a turn of unpunctuated captions.

    The words are the captions' own; the index names the fragment where the statement
    starts, for its line and timestamp.
    """
    originals = {f.index: f.text for f in fragments}
    for clause in _clauses(fragments):
        whole = " ".join(originals[i] for _, i in clause.starts)
        # Lower-casing keeps every offset, but for a few letters ("İ"): then the folded words.
        source = whole if len(whole) == len(clause.text) else clause.text
        for start, end in _split_after_horizon(clause):
            # A video maker's greeting, plug or sign-off run on with the words: no claim.
            cut, kept = plugs_trimmed(clause.text[start:end])
            if cut == kept and not is_candidate(source[start:end]):
                cut, kept = 0, end - start  # filler the reader knows ("thanks for watching")
            words = source[start + cut : start + kept].strip()
            if words:
                yield clause.index_at(start + cut), words, clause.note
