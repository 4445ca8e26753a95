"""A typed-up transcript whose turns run over several lines: a plain line under a turn's
line goes on with that turn.

Notes give a plain line to the section's speaker: "Ada: …" quotes Ada, and the curator's
next line is the curator's subject again. A transcript typed up by hand (an interview saved
from a word processor, a meeting's minutes taken verbatim) writes a turn's cue once and
breaks its paragraph over several lines::

    INTERVIEWEE: No, so my central case, and I'll stick my neck out here, is that CPI gets
    back to target,
    properly back, not a one-month blip, by the end of Q3 next year.
    INTERVIEWER: The market's pricing three cuts this year. Too aggressive?

``running_turns`` tells such a document by its lines: most of them open with a cue, at
least two voices speak in turn more than once, and the voice changes often. In it, a plain
line directly under a turn's line (no blank line between) is that turn's; a blank line, a
heading or another cue ends the turn as before. Notes with a few quotes among the
curator's own lines are not read so. Source of the shape: journalists' and researchers'
interview transcripts typed up in Word or exported from transcription tools.
"""

import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

__all__ = ["alone_cue", "alone_cues", "running_turns"]

# "INTERVIEWEE: …", "PN: …", "Jonah Marsh: …": a label of a few words before a colon.
_CUE = re.compile(r"^(?P<label>[A-Z][\w.'’ -]{0,30}?)\s*:\s+\S")
_MIN_LINES = 8
_MIN_CUED = 0.4  # of the lines with text
_MIN_VOICES = 2  # each speaking at least twice
_MIN_CHANGES = 4


def running_turns(lines: Sequence[str]) -> bool:
    """Whether ``lines`` are a transcript whose turns run over several lines (the module's
    docstring): at least ``_MIN_CUED`` of the lines with text open with a cue, two labels
    come at least twice each, and the label changes at least ``_MIN_CHANGES`` times."""
    texts = [line.strip() for line in lines if line.strip()]
    if len(texts) < _MIN_LINES:
        return False
    labels = [found.group("label") for found in map(_CUE.match, texts) if found]
    if len(labels) < _MIN_CUED * len(texts):
        return False
    if sum(1 for count in Counter(labels).values() if count >= 2) < _MIN_VOICES:
        return False
    return sum(1 for a, b in pairwise(labels) if a != b) >= _MIN_CHANGES


# "Deputy Niamh Farrelly:", "MR. SMITH:", "Minister for Housing (Deputy Conal Brady):": a
# cue with nothing after its colon.
_ALONE = re.compile(r"^[A-Z][^:]{0,60}(?:\([^():]{1,80}\))?\s*:$")
_MIN_ALONE = 2


def alone_cue(text: str) -> bool:
    """Whether ``text`` (a line, stripped) is a cue alone on its line, its words below it:
    "Deputy Niamh Farrelly:", "MR. SMITH:", "Minister for Housing (Deputy Conal Brady):".
    Whether the label names someone is the reader's to decide."""
    return text[-1:] == ":" and _ALONE.match(text) is not None


def _prose(text: str) -> bool:
    """Whether a line under a cue alone is words of a turn: four words at least, no cue, no
    label, no bullet, no list's dot leaders ("Mr. Farah . . . . (Somalia)" under "President:"
    in a record's front matter)."""
    return (
        text.count(" ") >= 3
        and not text.endswith(":")
        and not _LISTED.match(text)
        and ". . ." not in text
        and "\t" not in text
    )


_LISTED = re.compile(r"^(?:[-–—*•·>]|\d{1,3}[.)])\s")


def alone_cues(lines: Sequence[str]) -> bool:
    """Whether ``lines`` are a record whose turns open with a cue alone on its line, the
    turn's paragraphs below it up to the next cue ("Deputy Niamh Farrelly:" then her
    paragraphs, as a parliament's debates and court reporters' pages print them): at least
    ``_MIN_ALONE`` such cues, each with a line of prose (no cue, no label) right under it.
    In such a record a turn goes on across blank lines, and the lines after another's
    interjection ("Deputy Eoin Walsh: Rubbish.") go back to the turn it interrupted.
    Source of the shape: the Houses of the Oireachtas' debates pages, Hansard's printed
    columns, deposition and hearing transcripts."""
    found = 0
    for text, below in pairwise(line.strip() for line in lines):
        if text and alone_cue(text) and _prose(below):
            found += 1
            if found >= _MIN_ALONE:
                return True
    return False
