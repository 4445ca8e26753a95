"""Government press briefings as a newsroom page publishes them, read as notes (``shaped``).

The layout (the White House's and a department's newsroom pages, copied from the browser):
breadcrumbs ("Home / Newsroom / Briefings & Statements"), the title ("Press Briefing by
Press Secretary Laura Kessling", "Press Gaggle by Principal Deputy Press Secretary …"), the
date, the place ("James S. Brady Press Briefing Room"), the start time ("1:04 P.M. EST"), then
turns cued in capitals with a colon ("MS. KESSLING:", "SECRETARY GRANHOLM:", "THE PRESIDENT:")
and the press's questions ("Q:", "Q", "Q." with its words on the line); a line with no cue
stays with the last speaker. "END 2:14 P.M. EDT" ends the briefing; "###", "Print | Share"
and the like follow it.

A cue's surname is read as the full name the title gives ("MS. KESSLING:" → "Laura
Kessling"); a cue the title does not resolve keeps its title and surname ("Secretary
Granholm"). No claims: the page above the first cue, the questions (asked, so that an answer
reads with its question, never proposed), the speaker calling on a reporter ("With that,
Zeke.", "Let me go to Andrea. Andrea."), and everything from "END" on.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

from claims.importing.names import person_key
from claims.importing.parsing import split_sentences
from claims.importing.shaped import Reshaped, cued

_OPENING = 30  # a site's menus copied above the title push it down
# "Press Briefing by Press Secretary Laura Kessling", "Press Gaggle by …", "Background Press
# Call by Senior Administration Officials", "On-the-Record Press Call by …".
_TITLE = re.compile(
    r"\b(?:Press\s+(?:Briefing|Gaggle|Call|Conference)|Briefing)\s+(?:by|with)\s+(?P<who>.+)$",
    re.IGNORECASE,
)
# The people a title names: "Press Secretary Laura Kessling and National Security Advisor
# Jake Sullivan" → "Laura Kessling", "Jake Sullivan": the last two or three capitalised
# words of each part.
_TITLE_PART = re.compile(r"\s+(?:and|&)\s+|,\s*")
# An institution's transcript names its briefers in a block instead: "Transcript of
# International Stability Fund Press Briefing", then "SPEAKER: Ingrid Korvald, Director,
# Communications Department" and "ALSO PARTICIPATING: Nalin Abeysekera, Mission Chief …".
_BLOCK_TITLE = re.compile(r"^Transcript\s+of\s+.{0,80}\bPress\s+(?:Briefing|Conference)\b", re.I)
_BRIEFERS = re.compile(
    r"^(?:SPEAKERS?|ALSO\s+PARTICIPATING|PARTICIPANTS?|BRIEFERS?|MODERATOR)\s*:\s*(?P<who>.+)$"
)
_TITLE_NAME = re.compile(r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z]\.)?\s+[A-Z][\w'’-]+)$")
_END = re.compile(r"^END\s+\d{1,2}:\d{2}\s*[AP]\.?M\.?(?:\s+[A-Z]{2,4})?$|^\(END\)$", re.IGNORECASE)
_CUE = re.compile(
    r"^(?P<cue>(?:(?P<title>MS|MR|MRS|DR|SECRETARY|ADMINISTRATOR|DIRECTOR|GENERAL|ADMIRAL|"
    r"AMBASSADOR|DEPUTY SECRETARY|(?:DEPUTY )?PRESS SECRETARY|COMMISSIONER|GOVERNOR|SENATOR)\.?\s+"
    r"(?P<surname>[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+)?)"
    r"|THE (?:PRESIDENT|VICE PRESIDENT|SECRETARY|MODERATOR)"
    r"|(?:SENIOR\s+)?ADMINISTRATION OFFICIAL(?:\s+\d)?))\s*:\s*(?P<rest>.*)$"
)
# "Q:", "Q.", "Q    Thanks, Laura." (the White House's tab), "Q Thank you.".
_QUESTION = re.compile(
    r"^(?:Q|QUESTIONER|QUESTION|REPORTER|JOURNALIST)(?:\s*[:.]\s*|\s+(?=[A-Z“\"]))(?P<rest>.*)$"
    r"|^Q$"
)
_ROLES = {"THE PRESIDENT": "The President", "THE VICE PRESIDENT": "The Vice President"}
# Calling on a reporter: "With that, Zeke.", "Let me go to Andrea.", "Andrea.", "Go ahead,
# Peter.", "Yes, Jacqui, go ahead." (a name alone only after another such sentence).
_HANDOVER = re.compile(
    r"^(?:(?:(?i:with\s+that|okay|ok|all\s+right|alright|yes|yeah|sure|great)),?\s+)*"
    r"(?:(?i:let\s+me\s+go\s+to|I'll\s+go\s+to|I'll\s+take|go\s+ahead,?)\s+)?"
    r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?(?:,\s+(?i:go\s+ahead|you're\s+up))?[.!]?$"
)
# The briefer running the briefing: "I have two items at the top and then I'll take your
# questions.", "Happy to take a few questions.", "We'll see you Thursday.", "See you tomorrow."
# ("We'll see prices fall by Thursday." is a claim.)
_RUNNING = re.compile(
    r"^(?:(?:so|okay|ok|and|all\s+right|alright|great|with\s+that),?\s+)*(?:"
    r"I(?:'ve|\s+have)\s+(?:got\s+)?(?:one|two|three|four|a\s+couple(?:\s+of)?|a\s+few|several)\s+"
    r"(?:\w+\s+)?(?:items?|things?|announcements?|updates?|toplines?)\s+(?:at\s+the\s+top|to\s+start"
    r"(?:\s+with)?|for\s+you(?:\s+today)?|before\s+(?:I\s+take\s+)?(?:your\s+)?questions)"
    r"(?:,?\s+(?:and\s+)?then\s+I(?:'ll|\s+will)\s+(?:take|open\s+it\s+up\s+to)\s+(?:your\s+)?"
    r"questions)?"
    r"|(?:I'm\s+)?(?:happy|glad)\s+to\s+take\s+(?:a\s+few\s+|some\s+|your\s+)?questions"
    r"|I(?:'ll|\s+will)\s+(?:take|open\s+it\s+up\s+to)\s+(?:a\s+few\s+|some\s+|your\s+)?questions"
    r"|(?:we(?:'ll|\s+will)\s+)?see\s+(?:you|everybody|everyone|y'all)(?:\s+all)?\s+"
    r"(?:tomorrow|next\s+week|later|soon|on\s+\w+|Monday|Tuesday|Wednesday|Thursday|Friday)"
    r"|have\s+a\s+(?:great|good|nice)\s+(?:day|weekend|afternoon|evening)"
    r")(?:,?\s+(?:everybody|everyone|all|guys|folks))?[.!]?$",
    re.IGNORECASE,
)
_HANDOVER_WORDS = ("with that", "go to", "go ahead", "i'll take", "you're up", "yes,", "yeah,")


def _press_briefing(lines: Sequence[str]) -> bool:
    """Whether the page's title names a press briefing, or "END h:mm P.M." closes it, and
    the briefing's turns are cued in capitals and asked with "Q" lines."""
    opening = list(islice((line.strip() for line in lines if line.strip()), _OPENING))
    titled = any(_TITLE.search(line) or _BLOCK_TITLE.match(line) for line in opening)
    ended = any(_END.match(line.strip()) for line in lines)
    if not (titled or ended):
        return False
    stripped = [line.strip() for line in lines]
    return any(_QUESTION.match(line) for line in stripped) and any(
        _CUE.match(line) for line in stripped
    )


def _titled_people(lines: Sequence[str]) -> list[str]:
    """The full names the page's title gives ("… by Press Secretary Laura Kessling"), or
    its block of briefers ("SPEAKER: Ingrid Korvald, Director, …": the name before the
    first comma)."""
    names = []
    for line in islice((line.strip() for line in lines if line.strip()), _OPENING):
        briefers = _BRIEFERS.match(line)
        if briefers is not None:
            for part in briefers.group("who").split(";"):
                name = _TITLE_NAME.search(part.split(",")[0].strip(" ."))
                if name:
                    names.append(name.group("name"))
            continue
        title = _TITLE.search(line)
        if title is None:
            continue
        for part in _TITLE_PART.split(title.group("who")):
            name = _TITLE_NAME.search(part.strip(" ."))
            if name:
                names.append(name.group("name"))
    return names


def _speaker(cue: re.Match[str], people: Sequence[str]) -> str:
    """Who a cue is: the titled person of its surname, else its title and surname."""
    if not cue.group("surname"):
        said = cue.group("cue")
        return _ROLES.get(said, said.title())
    surname = cue.group("surname")
    key = person_key(surname)
    found = [name for name in people if person_key(name).endswith(key)]
    if len(found) == 1:
        return found[0]
    title = cue.group("title").title()
    shown = "-".join(part.capitalize() for part in surname.split("-"))
    return f"{title}{'.' if title in ('Ms', 'Mr', 'Mrs', 'Dr') else ''} {shown.title()}"


def handover(text: str) -> bool:
    """Whether a line only calls on a reporter ("With that, Zeke.", "Let me go to Andrea.
    Andrea."): every sentence a handover, the first one with its words."""
    sentences = [sentence.strip() for _, sentence in split_sentences(text)]
    if not sentences or not any(word in sentences[0].lower() for word in _HANDOVER_WORDS):
        return False
    return all(_HANDOVER.match(sentence) for sentence in sentences)


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """A press briefing's lines as notes (``shaped``), or None when the document is none.

    Shape: as many lines as given; every line of a speaker's turn "Full Name: words", of a
    question "Q: words"; the page above the first cue, handovers and everything from "END"
    on blank. Source of the layout: whitehouse.gov's and federal departments' briefing
    transcripts."""
    if not _press_briefing(lines):
        return None
    people = _titled_people(lines)
    out: list[str] = []
    spoken: set[str] = set()
    speaker, started, ended = "", False, False
    for raw in lines:
        line = raw.strip()
        ended = ended or bool(_END.match(line))
        cue = _CUE.match(line) if line and not ended else None
        question = _QUESTION.match(line) if line and not ended and cue is None else None
        if cue is not None:
            started = True
            speaker = _speaker(cue, people)
            spoken.add(speaker)
            line = cue.group("rest")
        elif question is not None and started:
            speaker = "Q"
            out.append(cued("Q", question.group("rest") or ""))
            continue
        if not line or not started or ended or handover(line):
            out.append("")
            continue
        out.append(cued(speaker, _said(line)))
    return Reshaped.of(out, spoken - {"Q"}) if started else None


def _said(line: str) -> str:
    """A turn's line without the sentences that run the briefing (``_RUNNING``)."""
    sentences = [sentence for _, sentence in split_sentences(line)]
    kept = [sentence for sentence in sentences if not _RUNNING.match(sentence.strip())]
    return line if len(kept) == len(sentences) else " ".join(kept)
