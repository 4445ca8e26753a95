"""A written interview's shape: who asked and when ("*Interview by Tom Whitfield | Ledger &
Line | 24 November 2026*"), and which paragraphs are the interviewer's prompts (bold,
italic or "###" paragraphs, each followed by the interviewee's answer: "**Three years in.
What has changed?**"). A prompt is the interviewer's however it is phrased, a statement
too ("**Analysts worry about margins.**"); the paragraphs before the first prompt are the
interviewer's introduction.

Patterns only; the notes reader (``notes``) acts on them. Source of the rules: magazine,
newspaper and newsletter Q&As (tests/importing/test_written_interviews.py).
"""

import datetime
import re
from collections.abc import Sequence

from claims.importing.headings import date_line, trailing_date
from claims.importing.names import person_key, reads_as_name

# "Interview by Tom Whitfield", "Interviewed by …", "Questions by …", "Q&A by …", "The
# interview was conducted by …" ("Das Interview führte …"). Not "Interview: Name, …", which
# heads an interview with that person as often as it credits the one who asked.
_BYLINE = re.compile(
    r"^[*_\s]*(?:(?:(?:this\s+|the\s+)?interview(?:ed)?(?:\s+and\s+\w+)?|questions|"
    r"q\s*&\s*a|conversation)\s+(?:was\s+)?(?:conducted\s+|held\s+)?by|interviewer\s*:)\s+"
    r"(?P<name>[A-Z][\w.'’-]*(?:\s+(?:van|de|von|der|da|di|le|la)?\s*[A-Z][\w.'’-]*){1,3})"
    r"(?P<rest>.*?)[*_\s]*$",
    re.IGNORECASE,
)
_PARTS = re.compile(r"\s*[|·•,;]\s*|\s+[—–]\s+")


def interview_byline(text: str) -> tuple[str, datetime.date | None, str]:
    """``(interviewer, date, precision)`` of a written interview's byline ("*Interview by
    Tom Whitfield | Ledger & Line | 24 November 2026*" → ("Tom Whitfield", 2026-11-24,
    "day")); date None when it gives none; ("", None, "") when the line is no byline."""
    low = text.lower()
    if " by " not in low and ":" not in low:
        return "", None, ""
    match = _BYLINE.match(text)
    name = match.group("name").strip().rstrip(".") if match else ""
    if match is None or not reads_as_name(name):
        return "", None, ""
    rest = match.group("rest").strip().rstrip(".")
    if rest and rest[0] not in "|·•,;—–(-":
        return "", None, ""  # "Interview by Tom Whitfield shows …": a sentence
    for part in reversed(_PARTS.split(rest)):
        found = date_line(part.strip(" ()"), bare=True)
        if found:
            return name, found[0], str(found[1])
    dated = trailing_date(rest) if rest else None
    if dated:
        return name, dated[1], str(dated[2])
    return name, None, ""


# A paragraph wholly in bold or italics, or a small heading: its words.
_EMPHASIS = (
    ("bold", re.compile(r"^\s*(?:\*\*|__)(?P<words>[^*_].*?)(?:\*\*|__)\s*$")),
    ("italic", re.compile(r"^\s*[*_](?P<words>[^*_\s].*?)[*_]\s*$")),
    ("heading", re.compile(r"^\s*#{2,4}\s+(?P<words>\S.*?)\s*$")),
)


def emphasis(line: str) -> tuple[str, str]:
    """``(kind, words)`` of a paragraph wholly emphasised, kind "bold", "italic" or
    "heading" ("**What has changed?**" → ("bold", "What has changed?")); ("", "") else."""
    if not line or line.lstrip()[:1] not in "*_#":
        return "", ""
    for kind, pattern in _EMPHASIS:
        match = pattern.match(line)
        if match:
            return kind, match.group("words").strip()
    return "", ""


MIN_QUESTIONS = 2


def prompt_lines(lines: Sequence[str]) -> frozenset[int]:
    """The numbers (from 1) of a written interview's prompts: the paragraphs of one
    emphasis ("**…**", "*…*" or "### …"), each followed by a plain paragraph, from the
    first that asks on, in a document where at least two of them ask ("…?"). Empty when
    the document is no such interview. A byline ("*Interview by …*") is never a prompt."""
    if not any(line.lstrip()[:1] in "*_#" and "?" in line for line in lines):
        return frozenset()
    followed: dict[str, list[tuple[int, str]]] = {}
    for index, line in enumerate(lines):
        kind, words = emphasis(line)
        if not kind or interview_byline(line)[0] or _next_is_plain(lines, index) is False:
            continue
        followed.setdefault(kind, []).append((index + 1, words))
    best: frozenset[int] = frozenset()
    most = MIN_QUESTIONS - 1
    for found in followed.values():
        asking = [number for number, words in found if words.rstrip(" *_").endswith("?")]
        if len(asking) > most:
            most = len(asking)
            best = frozenset(number for number, _ in found if number >= asking[0])
    return best


# A bold prompt that opens its paragraph, the answer after it: "**What has changed?**
# Revenue has tripled …".
_LEAD = re.compile(r"^\s*(?:\*\*|__)(?P<words>[^*_:]+?[?.!])(?:\*\*|__)\s+(?P<rest>\S.*)$")


def lead_prompts(lines: Sequence[str]) -> dict[int, tuple[str, str]]:
    """Line number (from 1) → ``(prompt, answer)`` of the paragraphs a written interview
    opens with its bold prompt ("**What has changed?** Revenue has tripled …"), from the
    first that asks on, in a document where at least two of them ask. Empty when the
    document is no such interview; a bold label ("**Bottom line:** …") is never a prompt."""
    found: list[tuple[int, str, str]] = []
    for index, line in enumerate(lines):
        if line.lstrip()[:2] in ("**", "__"):
            match = _LEAD.match(line)
            if match:
                found.append((index + 1, match.group("words").strip(), match.group("rest")))
    asking = [number for number, words, _ in found if words.endswith("?")]
    if len(asking) < MIN_QUESTIONS:
        return {}
    return {number: (words, rest) for number, words, rest in found if number >= asking[0]}


def _next_is_plain(lines: Sequence[str], index: int) -> bool:
    """Whether the next paragraph after line ``index`` (from 0) is plain: no emphasis, no
    heading."""
    for later in range(index + 1, len(lines)):
        line = lines[later]
        if line.strip():
            return not emphasis(line)[0] and not line.lstrip().startswith("#")
    return False


# An editor's note on the interview: "The interview has been edited for length and
# clarity.", "Answers have been lightly edited and condensed."
_EDITED = re.compile(
    r"^[*_(\[\s]*(?:(?:the|this|our)\s+)?(?:interview|conversation|q\s*&\s*a|exchange|"
    r"transcript|answers|responses|questions and answers|remarks)\s+(?:has|have)\s+been\s+"
    r"(?:lightly\s+|slightly\s+|heavily\s+)?(?:edited|condensed|shortened|abridged)"
    r"(?:\s*,?\s*(?:and\s+)?(?:edited|condensed|shortened|abridged))*"
    r"(?:\s+(?:for|from)\s+[\w\s,]{1,40})?\.?"
    # the picture credit after it: "Photos courtesy of the Linden Trust."
    r"(?:\s+(?:photos?|photographs?|images?|illustrations?|portraits?)\s+(?:courtesy\s+of|by)"
    r"\s+[^.!?]{1,80}\.?)?[.)\]*_\s]*$",
    re.IGNORECASE,
)


def editing_note(text: str) -> bool:
    """Whether a line is an editor's note on how the interview was edited ("The interview
    has been edited for length and clarity.", "*Answers have been lightly edited.*"), with
    the picture credit after it ("Photos courtesy of the Linden Trust.")."""
    low = text.lower()
    if not any(word in low for word in ("edited", "condensed", "shortened", "abridged")):
        return False
    return _EDITED.match(text) is not None


# A written interview's bold cue: "**Tomas Ferreira:** Where next?", "**Tomas**: Where next?".
_BOLD_CUE = re.compile(
    r"^\s*(?:\*\*|__)(?P<label>[^*_:]{2,60}?)\s*(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:)\s*(?P<rest>.*)$"
)
# A post's byline alone on its line: "[Tomas Ferreira](https://…/@tferreira)", "By Tomas
# Ferreira", "Tomas Ferreira".
_POST_BYLINE = re.compile(r"^\s*(?:by\s+)?\[?(?P<name>[^\[\]()]{3,60}?)(?:\]\([^)]*\))?\s*$", re.I)


def bold_askers(lines: Sequence[str]) -> frozenset[str]:
    """The labels (``person_key``) of a written interview's interviewer: the bold cues of
    the person the post's byline names above the first cue ("[Tomas
    Ferreira](https://…)", "By Tomas Ferreira"), by full name or first name ("**Tomas
    Ferreira:**", "**Tomas:**"), when their turns ask ("…?") at least twice and someone else
    is cued too. Empty when the document is no such interview."""
    asked: dict[str, int] = {}
    first = None
    for index, line in enumerate(lines):
        cue = _BOLD_CUE.match(line) if line.lstrip()[:2] in ("**", "__") else None
        if cue is None or (" " in cue.group("label") and not reads_as_name(cue.group("label"))):
            continue
        first = index if first is None else first
        key = person_key(cue.group("label"))
        asked[key] = asked.get(key, 0) + cue.group("rest").rstrip(" *_").endswith("?")
    if len(asked) < MIN_QUESTIONS or first is None:
        return frozenset()
    found: set[str] = set()
    for named in {person_key(name) for name in _byline_names(lines[:first])}:
        labels = {key for key in asked if key in (named, named.split()[0])}
        if sum(asked[key] for key in labels) >= MIN_QUESTIONS and len(asked) > len(labels):
            found |= labels
    return frozenset(found)


def _byline_names(lines: Sequence[str]) -> list[str]:
    """The names of a post's byline lines above its first cue (``_POST_BYLINE``)."""
    names = []
    for line in lines:
        byline = _POST_BYLINE.match(line) if line.strip() else None
        if byline and reads_as_name(byline.group("name").strip()):
            names.append(byline.group("name").strip())
    return names


_ASKING = re.compile(r"^[\s>*_-]*(?:q\s*[:.]|question\s*:|interviewer\s*:)", re.IGNORECASE)


def asking_lines(lines: Sequence[str], interviewer: str) -> bool:
    """Whether a written interview asks in cued lines: "Q: …", "Question: …",
    "Interviewer: …", or the ``interviewer``'s name or surname before a colon ("Whitfield:
    So what is next?")."""
    names = (
        {interviewer.lower(), interviewer.rsplit(maxsplit=1)[-1].lower()} if interviewer else set()
    )
    for line in lines:
        if ":" not in line:
            continue
        if _ASKING.match(line):
            return True
        cue = line.strip(" >*_-").split(":", 1)[0].strip(" *_").lower()
        if cue in names:
            return True
    return False


# A plain cue opening a paragraph: "FATHOM: Let's start …", "Sundqvist: It's coming back".
_PLAIN_CUE = re.compile(r"^\s*(?P<label>[A-Z][\w.'’ -]{0,40}?)\s*:\s+(?P<rest>\S.*)$")
_MIN_ASKER_TURNS = 3
_ASKING_SHARE = 2 / 3
_QUESTION_END = re.compile(r"\?[\"”’)\]]*\s*$")


def cued_askers(lines: Sequence[str]) -> frozenset[str]:
    """The labels (``person_key``) of an interview's interviewer written with plain cues: a
    label whose turns ask ("…?") two times in three or more, over ``_MIN_ASKER_TURNS``
    turns at least, when another label's turns answer (two or more, that mostly do not ask).
    A magazine's "FATHOM: …?" above "Sundqvist: …", a Q&A's "Reporter: …?". Empty when the
    document is no such interview: a panel where everyone asks now and then has none."""
    turns: dict[str, list[bool]] = {}
    for line in lines:
        if ":" not in line[:60]:
            continue
        cue = _PLAIN_CUE.match(line)
        if cue is None or len(cue.group("label").split()) > 4:
            continue
        key = person_key(cue.group("label"))
        turns.setdefault(key, []).append(_QUESTION_END.search(cue.group("rest")) is not None)
    askers = {
        key
        for key, asked in turns.items()
        if len(asked) >= _MIN_ASKER_TURNS and sum(asked) >= len(asked) * _ASKING_SHARE
    }
    answering = [
        key
        for key, asked in turns.items()
        if key not in askers and len(asked) >= MIN_QUESTIONS and sum(asked) < len(asked) / 3
    ]
    return frozenset(askers) if askers and answering else frozenset()
