"""The interpreter's lines of a press conference or a hearing, given to the one they render.

The layout (a ministry's or an institution's transcript of an interpreted event)::

    MINISTER ALMONTE REYES (through interpreter): Our parliament will ratify it by March.
    INTERPRETER: The minister continues. Soravia wants to double trade by 2030.
    [Change of interpreter]
    SECOND INTERPRETER: The interpreter did not hear the end of the question.

A speaker whose cue says they speak through an interpreter ("(through interpreter)", "(via
an interpreter)", "[Interpretation]") is the one whose words the interpreter's lines after
it render: each "INTERPRETER:" line ("Second interpreter:", "Interpretation:") is cued as
theirs, until another speaker speaks through one. A line in which the interpreter speaks of
their own work ("The interpreter did not hear …", "the minister's microphone was switched
off", "was not interpreted") stays the interpreter's, and no speaker is taken before the
first interpreted cue. Source: the transcripts foreign ministries, the UN and parliaments
publish of interpreted press conferences and hearings, which mark the speaker's cue so and
cue the interpreter's rendering by the role.
"""

import re
from collections.abc import Sequence

_THROUGH = (
    r"(?:through|via|with)\s+(?:an?\s+|the\s+)?interpreters?|interpreted|interpretation"
    r"|translated|translation|in\s+translation"
)
_INTERPRETED = re.compile(
    rf"^(?P<lead>\s*(?:[-*•]\s+)?)(?P<name>[^:\[\]]{{2,90}}?)\s*(?P<mark>[(\[](?i:{_THROUGH})"
    r"[)\]])\s*:"
)
_INTERPRETER = re.compile(
    r"^(?P<lead>\s*(?:[-*•]\s+)?)(?i:(?:first|second|third|lead|simultaneous|consecutive"
    r"|english|french|spanish)\s+)?(?i:interpret(?:er|ation|ing))\s*(?:\([^)]*\))?\s*:"
    r"\s*(?P<rest>\S.*)$",
)
_OWN_WORK = re.compile(
    r"\b(?:the\s+interpreters?\b|interpreter['’]s|interpretation|not\s+interpreted"
    r"|microphones?|could\s+not\s+hear|did\s+not\s+hear|inaudible)",
    re.IGNORECASE,
)


def interpreted(lines: Sequence[str]) -> Sequence[str]:
    """``lines`` with each interpreter's line rendering an interpreted speaker cued as that
    speaker's (the module's docstring), and each cue's mark of interpretation or translation
    left out ("MINISTER ELGSTRAND [Translation]:" → "MINISTER ELGSTRAND:"), as many lines as
    before; ``lines`` as they are when no line speaks of either."""
    if not any("nterpret" in line or "ranslat" in line for line in lines):
        return lines
    out = list(lines)
    speaker = ""
    for index, line in enumerate(lines):
        found = _INTERPRETED.match(line)
        if found is not None:  # the mark left out: the cue as any other
            out[index] = f"{found['lead']}{found['name'].strip()}:{line[found.end() :]}"
            if "nterpret" in found["mark"]:
                speaker = found["name"].strip()
            continue
        rendered = _INTERPRETER.match(line)
        if rendered is None or not speaker or _OWN_WORK.search(rendered["rest"]):
            continue
        out[index] = f"{rendered['lead']}{speaker}: {rendered['rest']}"
    return out
