"""Who a transcription tool's generic label is when the host plays a clip of someone.

A podcast often plays a recording of someone who is not on the show, introduced by the host
by name and office just before it: "Here's what Transport Minister Beatriz Aldana said at
the groundbreaking last month.", "Let's hear from the mayor, Tom Hale, speaking on Monday.",
"Take a listen to Harbour Board chair Ines Moretti." The tool labels the recording's voice
"Speaker 2". That label is read as the person only when the turn right before it ends on
such an introduction of exactly one person by full name; a clip introduced with two names
("Here's what Ana Ruiz and Sam Lee told the inquiry") or with none ("Here's what the
minister said") leaves the label as it is, and the curator is asked.

Source of the shapes: news and interview podcasts' transcripts (Descript, Riverside,
Otter), where the host cues an archive clip before it plays.
"""

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from claims.importing.names import CAPITALS, TITLES, reads_as_name

# The words cueing a clip: "Here's what …", "Let's hear from …", "Take a listen to …".
_CUEING = (
    r"(?i:here(?:'s|’s| is) what|this is what|here(?:'s|’s| is)|"
    r"let(?:'s|’s| us) (?:hear|listen to)(?: (?:from|what))?|"
    r"(?:take|have) a listen to(?: what)?|listen to what|"
    r"(?:play|roll) (?:the|a) (?:clip|tape) (?:of|from))"
)
# Where the person's words end: what they did ("said", "told"), where or when, a stop.
_END = (
    r"(?=\s+(?i:said|says|told|tells|had to say|has to say|speaking|spoke|saying|of|from|at|"
    r"on|in|during|when|last|earlier|yesterday|this|back|before|after|who|about)\b"
    r"|\s*[.!?:;—–]|\s*$)"
)
_CLIP = re.compile(rf"^(?:(?i:so|now|well|okay|ok|right),?\s+)?{_CUEING}\s+(?P<who>.+?){_END}")
# A person's name: two or three capitalised words, at the end of the words cueing the clip
# or before a comma ("the mayor, Tom Hale, …"); not an organisation before an office
# ("Kestrel Line CEO Rafael Oyelaran").
# A word of a name: its capital, then small letters ("Beatriz", "Łukasz", "Zieliński").
_WORD = rf"[{CAPITALS}](?:(?![{CAPITALS}])[^\W\d_]|['’-])+"
_RUN = re.compile(rf"{_WORD}(?:\s+{_WORD}){{1,3}}")
_NAME = re.compile(rf"{_RUN.pattern}(?=\s*(?:,|$))")
# Several people: "Ana Ruiz and Sam Lee", "the mayor & Councillor Tom Hale".
_SEVERAL = re.compile(r"\s(?:and|&)\s+(?:the\s+)?[A-Z]")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
# A cue to play alone, after the sentence introducing the clip.
_PLAY = re.compile(
    r"^(?i:(?:let's |let’s )?(?:have|take) a listen|listen|roll (?:it|the clip|the tape)|"
    r"here it is|here(?:'s|’s) the clip)[.!:]?$"
)
_NAME_WORDS = (2, 3)


@dataclass(frozen=True)
class ClipReading:
    """A generic label read as the person a clip's introduction names (``name``, "" when
    the introduction named several: ``asked`` lists them), and the remark saying how."""

    name: str
    remark: str
    asked: tuple[str, ...] = ()


def _cueing(words: str) -> tuple[str, int]:
    """The sentence of ``words`` that may cue a clip, the last or the one before a bare
    "Have a listen.", and how many sentences it and those after it are."""
    sentences = [s for s in _SENTENCE.split(words.strip()) if s]
    if len(sentences) > 1 and _PLAY.match(sentences[-1]):
        return sentences[-2], 2  # "Here's what Beatriz Aldana said. Have a listen."
    return (sentences[-1], 1) if sentences else ("", 0)


def clip_people(words: str) -> list[str]:
    """The people the last sentence of a turn's ``words`` (or the one before a bare "Have a
    listen.") introduces a clip of: "Here's what Transport Minister Beatriz Aldana said at
    the groundbreaking." → ["Beatriz Aldana"]; "Here's what Ana Ruiz and Sam Lee told the
    inquiry." → both; [] for no clip or a clip of nobody named in full ("Here's what the
    minister said")."""
    people: list[str] = []
    for match in _CLIP.finditer(_cueing(words)[0]):
        who = match.group("who").strip(" ,")
        several = _SEVERAL.search(who)
        people += filter(None, map(_person, (_RUN if several else _NAME).findall(who)))
    return list(dict.fromkeys(people))


def without_clip_cue(text: str) -> str:
    """``text`` without its last sentence when that sentence only cues a clip of someone
    named in full ("… Here's what Transport Minister Beatriz Aldana said at the
    groundbreaking." → "…"): an introduction, no claim. ``text`` as it is when the sentence
    goes on with what was said ("Here's what Tom Hale said: rates will fall.")."""
    sentence, count = _cueing(text)
    if ":" in sentence or _CLIP.match(sentence) is None or not clip_people(text):
        return text
    return " ".join([s for s in _SENTENCE.split(text.strip()) if s][:-count])


def _person(run: str) -> str:
    """The person's name in a run of capitalised words, without the office or title before
    it: "Transport Minister Beatriz Aldana" → "Beatriz Aldana"; "" for no name."""
    words = run.split()
    offices = [i for i, word in enumerate(words) if word.lower().rstrip(".") in TITLES]
    name = words[offices[-1] + 1 :] if offices else words
    if not _NAME_WORDS[0] <= len(name) <= _NAME_WORDS[1]:
        return ""
    return " ".join(name) if reads_as_name(" ".join(name)) else ""


def clip_labels(
    turns: Sequence[tuple[str, str]], generic: Callable[[str], bool]
) -> dict[str, ClipReading]:
    """Generic label → how a clip's introduction reads it, over ``turns`` (label, words) in
    order; ``generic`` says which labels are a tool's stand-ins. A label read so is the one
    person every introduction just before its turns names; a label introduced with several
    people is asked about with them; a label two introductions name differently, or whose
    name another label already has, is left out."""
    found: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
    for (by, words), (label, _) in pairwise(turns):
        if not generic(label) or by == label:
            continue
        people = clip_people(words)
        if people:
            cue = _cueing(words)[0]
            found.setdefault(label, []).append((tuple(people), by, cue))
    names = {label for label, _ in turns}
    return {
        label: reading
        for label, clips in found.items()
        if (reading := _reading(label, clips, names, generic)) is not None
    }


def _reading(
    label: str,
    clips: list[tuple[tuple[str, ...], str, str]],
    labels: set[str],
    generic: Callable[[str], bool],
) -> ClipReading | None:
    """The reading of ``label`` from the introductions of its ``clips`` (people, who
    introduces, the words), or None when they disagree."""
    if len({people for people, _, _ in clips}) != 1:
        return None
    people, by, cue = clips[0]
    if len(people) > 1:
        names = " or ".join(people)
        return ClipReading(
            "", f"who is “{label}”: {names}? map it with --speaker '{label}=NAME'", people
        )
    [name] = people
    if name in labels:
        return None
    who = f"“{by}”" if generic(by) else by
    remark = (
        f"“{label}” is read as {name}, whom {who} introduces just before the clip "
        f"(“{cue}”): check who speaks"
    )
    return ClipReading(name, remark)
