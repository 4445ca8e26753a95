"""Who a transcription tool's generic label is, from introductions that make it certain.

A podcast's automatic transcript (Riverside, Podcastle, Spotify for Creators, Otter) labels
turns "Speaker 1", "Speaker 2"; the names are said only in the talk. Two introductions tell
who a label is beyond doubt, and only they are read:

- a speaker naming themselves in their own first turn, at the start of a sentence: "I'm
  Wendell Ashby, and as always …" (``self_introduction``); "I'm sure", "I'm Wendell's
  producer" or a first name alone ("I'm Wendell") name nobody certainly;
- one person introduced by a speaker ("we have a guest today, Tobias Lindahl, …", "I've got
  Nora Quint across the table", "joining us is …": ``introduced_person``), answered in the
  very next turn by a label never heard before, whose first words thank or greet ("Thanks
  for having me.", "Hey Wendell."), with no other new label right after it.

Anything else (a name said in passing, two new labels answering, a name two labels could
be) leaves the label as it is, for the curator to map.
"""

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from claims.importing.names import reads_as_name

_PART = r"(?:O['’]|Mc|Mac)?[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*"  # "Ashby", "O'Neill", "Brennan-Shaw"
_NAME = rf"(?P<name>{_PART}(?:\s+(?:van|de|von|der|da|di|le|la)?\s*{_PART}){{1,2}})"
# The end of a name: a comma, a stop, "and", or the end; never "'s" ("Wendell's producer")
# or a further capitalised word.
_NAME_END = r"(?=\s*(?:[,.;!?—–]|$|\s+(?:and|here)\b))"
_SELF = re.compile(
    r"(?:^|[.!?]\s+|,\s+)(?:(?i:and|so|hi|hello|hey|well),?\s+)?(?i:i'm|i’m|i am|my name is)\s+"
    rf"{_NAME}{_NAME_END}"
)
# Someone introduced as on the show now: "we have a guest today, Tobias Lindahl, …",
# "my guest this week is …", "joining us is …", "please welcome …", "I've got Nora Quint
# across the table". Past tenses ("we had", "I was joined by") are no introduction.
_INTRODUCING = (
    r"(?i:we(?:'ve| have)(?: got)? (?:a |our |my )?(?:special )?guests?(?: with us)?"
    r"(?: today| this week| on the show)?|(?:my|our) (?:special )?guest (?:today |this week )?is|"
    r"joining (?:me|us) (?:today |now |this week )?(?:is|are)|please welcome|"
    r"i'm joined (?:today |now )?by|i’m joined (?:today |now )?by|"
    r"with (?:me|us) (?:today |now |this morning |tonight )?(?:in the studio |on the line )?"
    r"(?:is|are)|"
    r"(?:as always |as ever )?i(?:'ve|’ve| have) got)"
)
# A role before the name: "the harbour master, Captain Neil Ferrand", "our economist, Dr …".
_ROLE = (
    r"(?:(?i:the|our|my)\s+[a-z][\w' -]{1,40}?,\s+)?"
    r"(?:(?:Captain|Capt\.|Dr\.?|Professor|Prof\.?|Councillor|Cllr\.?|Mayor|Senator|Minister"
    r"|Sir|Dame|Mr\.?|Mrs\.?|Ms\.?)\s+)?"
)
# The name alone: not "Odile Farrant's report", nor the first of several ("Odile Farrant and
# Ben Rusk").
_INTRODUCED = re.compile(
    rf"\b{_INTRODUCING},?\s+{_ROLE}{_NAME}(?!['’]s)\b(?!\s+[A-Z])(?!,?\s+(?:and|&)\s+[A-Z])"
    r"(?!,\s+[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+\s*(?:,|and\b|&))"
)
# A new voice's first words, answering an introduction: a thanks or a greeting.
_ANSWER = re.compile(
    r"^(?:(?:um|uh|oh|well|yeah),?\s+)?(?:thanks|thank you|cheers|hey|hi|hello|"
    r"(?:good )?(?:morning|afternoon|evening)|"
    r"(?:it's |it’s )?(?:good|great|glad|happy|nice) to be (?:here|back|on))\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_GREETING_WORDS = 8
# What makes a short opener more than a greeting: "Hi, rates will fall by March."
_SAYS_MORE = re.compile(r"\d|\b(?:will|won't|'ll|going to|expect|think|by)\b", re.IGNORECASE)


@dataclass(frozen=True)
class LabelName:
    """A label read as a name, and the remark its statements carry saying how."""

    name: str
    remark: str


def self_introduction(words: str) -> str:
    """The full name a speaker gives themselves at the start of a sentence of ``words``:
    "Welcome back. I'm Wendell Ashby, and …" → "Wendell Ashby"; "" for none or for two
    different ones ("I'm sure", "I'm Wendell's producer", "I'm Wendell, …")."""
    lowered = words.lower().replace("’", "'")
    if "i'm" not in lowered and "i am" not in lowered and "my name" not in lowered:
        return ""
    names = {m.group("name") for m in _SELF.finditer(words) if reads_as_name(m.group("name"))}
    return next(iter(names)) if len(names) == 1 else ""


def greeting_only(line: str) -> bool:
    """Whether every sentence of ``line`` is a short thanks or greeting: "Hey Wendell. Hey
    everybody. Good to be back after the harvest chaos.", "Thanks for having me."; not
    "Thanks. I think canola stays above fifteen dollars." Source: a guest's or a co-host's
    first words in podcast transcripts."""
    sentences = [s for s in _SENTENCE.split(line.strip()) if s]
    return bool(sentences) and all(
        _ANSWER.match(s) and len(s.split()) <= _GREETING_WORDS and not _SAYS_MORE.search(s)
        for s in sentences
    )


# What makes an introduction's line more than one: "I'm Ana Ruiz, and rates will fall."
_CLAIMS_MORE = re.compile(
    r"\d|\b(?:will|won't|'ll|going to|expect|think|predict|promise)\b", re.IGNORECASE
)


def introduction_only(line: str) -> bool:
    """Whether ``line`` introduces its speaker or someone on the show and says nothing more
    that could be a claim: "I'm Wendell Ashby, and as always I've got Nora Quint across the
    table."; not "I'm Ana Ruiz, and rates will fall by 2027."."""
    if _CLAIMS_MORE.search(line):
        return False
    return bool(self_introduction(line) or introduced_person(line))


def introduced_person(words: str, own: str = "") -> str:
    """The one person ``words`` introduce as on the show now ("we have a guest today, Tobias
    Lindahl, …" → "Tobias Lindahl"), other than ``own``, the speaker; "" for none or
    several."""
    names = {
        m.group("name")
        for m in _INTRODUCED.finditer(words)
        if reads_as_name(m.group("name")) and m.group("name") != own
    }
    return next(iter(names)) if len(names) == 1 else ""


def introduced_labels(
    turns: Sequence[tuple[str, str]], generic: Callable[[str], bool]
) -> dict[str, LabelName]:
    """Generic label → the name the introductions make certain, over ``turns`` (label,
    words) in order; ``generic`` says which labels are a tool's stand-ins. A label read
    two ways, or a name read for two labels, is left out."""
    found: dict[str, set[tuple[str, str]]] = {}
    seen: set[str] = set()
    for index, (label, words) in enumerate(turns):
        first = label not in seen
        seen.add(label)
        own = self_introduction(words) if first and generic(label) else ""
        if own:
            remark = f"“{label}” is read as {own}, who says so in that turn (“I'm {own}”)"
            found.setdefault(label, set()).add((own, remark))
        answered = _answered(turns, index, seen)
        person = introduced_person(words, own) if answered and generic(answered) else ""
        if person:
            answer = _SENTENCE.split(turns[index + 1][1].strip(), maxsplit=1)[0]
            remark = (
                f"“{answered}” is read as {person}, whom “{label}” introduces just before "
                f"“{answered}” first speaks (“{answer}”)"
            )
            found.setdefault(answered, set()).add((person, remark))
    read = _unambiguous(found)
    return {label: _introducer_named(name, read) for label, name in read.items()}


def _introducer_named(read: LabelName, labels: dict[str, LabelName]) -> LabelName:
    """``read`` with its introducer's label followed by the name it is read as: "whom
    Wendell Ashby (“Speaker 1”) introduces"."""
    for label, other in labels.items():
        said = f"whom “{label}” introduces"
        if said in read.remark:
            remark = read.remark.replace(said, f"whom {other.name} (“{label}”) introduces")
            return LabelName(read.name, remark)
    return read


def _answered(turns: Sequence[tuple[str, str]], index: int, seen: set[str]) -> str:
    """The label of the turn after ``index`` when it is a new voice answering with a thanks
    or a greeting, and the turn after that is no other new voice; else ""."""
    if index + 1 >= len(turns):
        return ""
    label, words = turns[index + 1]
    if label in seen or not _ANSWER.match(words.strip()):
        return ""
    later = turns[index + 2][0] if index + 2 < len(turns) else ""
    if later and later != label and later not in seen:
        return ""  # two new voices after the introduction: which one is the guest?
    return label


def _unambiguous(found: dict[str, set[tuple[str, str]]]) -> dict[str, LabelName]:
    """The labels read one name only, that no other label is read as."""
    names = [{name for name, _ in readings} for readings in found.values()]
    counts: dict[str, int] = {}
    for read in names:
        for name in read:
            counts[name] = counts.get(name, 0) + 1
    result = {}
    for label, readings in found.items():
        read = {name for name, _ in readings}
        if len(read) == 1 and counts[next(iter(read))] == 1:
            name, remark = sorted(readings)[0]
            result[label] = LabelName(name, remark)
    return result
