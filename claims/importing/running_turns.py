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

__all__ = ["running_turns"]

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
