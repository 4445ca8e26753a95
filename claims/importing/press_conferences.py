"""Press conferences transcribed in ASAP Sports' layout, read as notes (``shaped``).

A header block (the date "November 20, 2026", the interviewee, the place "Harbour City,
England", the club or event, "Pre-Match Press Conference"), then "THE MODERATOR:" turns,
the press's "Q." questions and the interviewees' answers cued in capitals ("MARTA RUIZ:"),
sometimes on the question's line after it ("Q. … MARTA RUIZ: …"); a line with no cue stays
with the last speaker. A "FastScripts Transcript by ASAP Sports" footer ends it.

No claims: the header (its place is no speaker), the moderator's turns, the questions and
the footer. Source of the layout: ASAP Sports' FastScripts transcripts (asapsports.com).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

from claims.importing.shaped import Reshaped, cued

_OPENING = 10
_EVENT = re.compile(r"\b(?:Press Conference|Media Day|Media Conference|Postgame|Post-Game)\b", re.I)
_FOOTER = re.compile(r"^(?:FastScripts\b|.*\bby ASAP Sports\b|ASAP Sports\b)", re.IGNORECASE)
# "MARTA RUIZ:", "THE MODERATOR:", "COACH DION CLARKE:": a cue in capitals.
_CAPS_CUE = re.compile(r"(?:^|(?<=\s))(?P<name>[A-Z][A-Z'’.\- ]{1,40}[A-Z.]):\s*(?P<rest>.*)$")
_Q = re.compile(r"^Q\.\s*")
_MODERATOR = {"THE MODERATOR", "MODERATOR", "THE CHAIR"}


def _press_conference(lines: Sequence[str]) -> bool:
    """Whether the header names a press conference (or the footer ASAP Sports) and the
    document asks with "Q." lines."""
    opening = list(islice((line.strip() for line in lines if line.strip()), _OPENING))
    header = any(_EVENT.search(line) for line in opening)
    footer = any("ASAP" in line or "FastScripts" in line for line in lines[-5:])
    if not (header or footer) or not any(line.startswith("Q.") for line in lines):
        return False
    # An interviewee's cue in capitals ("MARTA RUIZ:"): notes cued "Marta Ruiz:" are notes.
    return any(
        (cue := _CAPS_CUE.search(line)) and cue.group("name").strip() not in _MODERATOR
        for line in lines
        if ":" in line
    )


def _name(caps: str, header: Sequence[str]) -> str:
    """A capitals cue's name as the header writes it ("MARTA RUIZ": "Marta Ruiz"), else in
    title case."""
    for line in header:
        if line.strip().upper() == caps:
            return line.strip()
    return " ".join(part.capitalize() for part in caps.split())


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """An ASAP Sports-style press conference's lines as notes (``shaped``), or None when
    the document is none.

    Shape: as many lines as given; every line of an interviewee's turn "Name: words";
    the header, the moderator's turns, the questions and the footer blank."""
    if not _press_conference(lines):
        return None
    out: list[str] = []
    header: list[str] = []
    spoken: set[str] = set()
    speaker, started = "", False  # speaker "" while a question or the moderator speaks
    for raw in lines:
        line = raw.strip()
        if not started and line and not line.startswith("Q.") and not _CAPS_CUE.match(line):
            header.append(line)
            out.append("")
            continue
        started = started or bool(line)
        if not line or _FOOTER.match(line):
            out.append("")
            continue
        question = bool(_Q.match(line))
        cue = _CAPS_CUE.search(line) if ":" in line else None
        if cue is not None and (cue.start() == 0 or question):
            caps = cue.group("name").strip()
            speaker = "" if caps in _MODERATOR else _name(caps, header)
            spoken.add(speaker)
            asked = _Q.sub("", line[: cue.start()]).strip() if question else ""
            line = cue.group("rest")
            if asked and speaker:  # "Q. … MARTA RUIZ: …": the question, then her answer
                out.append(f"Q: {asked} {cued(speaker, line)}")
                continue
        elif question:
            # The press's question, asked (so that "In the top six." answers "Where do you
            # see this team at Christmas?"), never proposed.
            speaker = ""
            out.append(cued("Q", _Q.sub("", line)))
            continue
        out.append(cued(speaker, line) if speaker else "")
    return Reshaped.of(out, spoken) if started else None
