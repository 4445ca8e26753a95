"""Australian committee Hansard as ParlInfo shows it, read as notes (``shaped``).

The layout (a Senate estimates or committee hearing's page on parlinfo.aph.gov.au, copied
from the browser): a title path ("ParlInfo - Economics Legislation Committee : 12/02/2026
: Estimates : …"), a metadata header, one field a line ("Database: Senate Committees",
"Date: …", "Source: Senate", "Page: 12", "Proof: Yes", "Questioner: Lowe, Sen Priya",
"Speaker: Ormsby, Sen Tom (CHAIR)", "Responder: Ng, Mr David"; a tab may stand for the
colon) or, copied from the transcript itself, its cover ("PROOF COMMITTEE HANSARD"), the
committee, portfolio and agency headings, the officers appearing ("Mr David Ng, First
Assistant Secretary, …"), then turns cued on the line: "CHAIR:", "ACTING CHAIR:", "Senator
LOWE:", "Senator McTAVISH:", a minister at the table "Senator Renfrew:", an officer
"Mr Ng:", "Dr Fenwick:". A line with no cue stays with the last speaker.

A cue's surname is read as the full name the header or the officers' list gives ("Senator
LOWE:" → "Priya Lowe"); a surname they do not resolve, or resolve to two people, keeps its
title ("Senator Lowe"). No claims: everything above the first cue, the chair's turns (the
chair runs the hearing), times ("[10:48]"), "Proceedings suspended from 11:02 to 11:15",
"Senator Lowe interjecting—", a question taken on notice ("I'll take that on notice.") and a
sentence broken off ("Chair, if I may—").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

from claims.importing.names import person_key
from claims.importing.parsing import split_sentences
from claims.importing.shaped import Reshaped, cued

_OPENING = 40
_FIELD = re.compile(
    r"^(?P<field>Database|Date|Source|Page|Proof|Status|Questioner|Speaker|Responder|"
    r"Committee Name|Context|Stage|Type|Parl No\.?|Electorate|Party|Presenter|System Id)"
    r"\s*(?::|\t)\s*(?P<value>.*)$"
)
_DATABASE = re.compile(r"\b(?:Senate|House|Joint)\s+(?:Committees|Hansard)\b|\bEstimates\b")
# The transcript's own cover, above its headings: "PROOF COMMITTEE HANSARD".
_COVER = re.compile(r"^(?:\[?proof(?:\s+copy)?\]?\s+)?committee\s+hansard$", re.IGNORECASE)
_CHAIR = re.compile(
    r"^(?:The\s+)?(?:ACTING\s+|DEPUTY\s+)?(?:CHAIR|CHAIRMAN|CHAIRPERSON|SPEAKER|PRESIDENT)"
    r"(?:\s*\([^()]{1,60}\))?\s*:\s*(?P<rest>.*)$"
)
_SURNAME = r"(?:Mc|Mac|O'|O’|D'|De|Di|Van|Le)?[A-Z][A-Za-z'’-]+"
_CUE = re.compile(
    r"^(?P<title>Senator|Mr|Mrs|Ms|Miss|Dr|Prof\.?|Professor|General|Admiral|Commissioner|"
    r"Air Marshal|Vice Admiral|Rear Admiral|Lieutenant General|Major General|Commodore|"
    r"Brigadier|Justice|Judge)\s+(?:the\s+Hon\.?\s+)?"
    # The chamber's first cue of a turn adds the seat, the office and the time: "Mr
    # CALLANDER (Barwon Flats—Prime Minister) (14:02):".
    rf"(?P<surname>{_SURNAME}(?:\s+{_SURNAME})?)(?:\s*\([^()]{{1,160}}\))*\s*:\s*(?P<rest>.*)$"
)
# "Lowe, Sen Priya", "Ng, Mr David", "Ormsby, Sen Tom (CHAIR)", "Fenwick, Dr Anna"; the
# chamber's "Callander, Rhys, MP".
_LISTED = re.compile(
    r"^(?P<surname>[^,;()]{2,40}),\s*(?:(?:Sen|Senator|Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?"
    r"(?P<given>[^,;()]{2,40}?)(?:,\s*(?:MP|Senator))?\s*(?:\([^()]*\))?$"
)
# "Mr David Ng, First Assistant Secretary, Tax Policy Group".
_OFFICER = re.compile(
    r"^(?:Mr|Mrs|Ms|Miss|Dr|Prof\.?|Professor|Senator(?:\s+the\s+Hon\.?)?)\s+"
    r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}),\s+\S"
)
_PROCEDURE = re.compile(
    r"^\[\d{1,2}[:.]\d{2}\]$|^(?:Proceedings|Sitting)\s+suspended\s+from\b|"
    r"^Committee\s+adjourned\s+at\b|^Evidence\s+was\s+then\s+taken\s+in\s+camera\b|"
    r"\binterjecting\s*[—–-]*\s*\.?$|"
    # The chamber's record of what happened: "Leave not granted.", "The member for Kellerby
    # then left the chamber.", the last question's "… placed on the Notice Paper."
    r"^Leave\s+(?:not\s+)?granted\.?$|^(?:The\s+)?member\s+for\s+[\w' -]{2,40}\s+then\s+left"
    r"\s+the\s+chamber\.?$|^Question\s+(?:agreed\s+to|negatived)\.?$|"
    r"\bfurther\s+questions\s+be\s+placed\s+on\s+the\s+Notice\s+Paper\.?$|"
    # The members' chorus, "Honourable members: Hear, hear!", and a point of order raised
    # ("Mr Speaker, on a point of order on direct relevance: …"): the sitting's own.
    r"^(?:Honourable|Hon\.?|Government|Opposition|Several|Some)\s+(?:honourable\s+)?members?"
    r"\s*:|^(?:Mr|Madam)\s+(?:Deputy\s+)?Speaker,\s+(?:I\s+rise\s+)?(?:on\s+)?a\s+point\s+of"
    r"\s+order\b",
    re.IGNORECASE,
)
# "I'll take that on notice.", "We're happy to take that on notice.", "Can I take it on
# notice?", "I will take the question on notice, Senator."
_ON_NOTICE = re.compile(
    r"^(?:[\w'’]+[,\s]+){0,6}take\s+(?:that|it|this|the\s+(?:question|detail))\s+"
    r"(?:\w+\s+)?on\s+notice(?:,?\s+\w+)?[.?!]?$",
    re.IGNORECASE,
)
_BROKEN = ("—", "–", "--", "...", "…")


def _parlinfo(lines: Sequence[str]) -> bool:
    """Whether the opening lines hold ParlInfo's header (a "Database:" field naming a
    parliament's committees or Hansard, and a "Questioner:", "Responder:" or "Speaker:"
    field) or the transcript's own cover ("PROOF COMMITTEE HANSARD"), and a turn is cued
    "CHAIR:" or "Senator SURNAME:"."""
    opening = list(islice((line.strip() for line in lines if line.strip()), _OPENING))
    fields = {m.group("field"): m.group("value") for m in map(_FIELD.match, opening) if m}
    people = {"Questioner", "Responder", "Speaker"} & fields.keys()
    # The chamber's page names its Hansard in the path above the fields, with no
    # "Database:" field: "Home › … › House of Representatives Hansard".
    chamber = any("Hansard" in line for line in opening) and "Proof" in fields
    headed = (_DATABASE.search(fields.get("Database", "")) or chamber) and people
    if not headed and not any(_COVER.match(line) for line in opening):
        return False
    return any(_CHAIR.match(line.strip()) or _CUE.match(line.strip()) for line in lines)


def _people(lines: Sequence[str]) -> list[str]:
    """The full names the header's fields and the officers' list give, above the first
    cue ("Lowe, Sen Priya" → "Priya Lowe", "Mr David Ng, First Assistant …" → "David Ng")."""
    names: list[str] = []
    for raw in lines:
        line = raw.strip()
        if _CHAIR.match(line) or _CUE.match(line):
            break
        field = _FIELD.match(line)
        if field and field.group("field") in ("Questioner", "Speaker", "Responder"):
            for part in field.group("value").split(";"):
                listed = _LISTED.match(part.strip())
                if listed:
                    names.append(f"{listed.group('given').strip()} {listed.group('surname')}")
            continue
        officer = _OFFICER.match(line)
        if officer and not field:
            names.append(officer.group("name"))
    return names


def _speaker(cue: re.Match[str], people: Sequence[str]) -> str:
    """Who a cue is: the one listed person of its surname, else its title and surname."""
    surname = cue.group("surname")
    key = person_key(surname)
    found = {name for name in people if person_key(name).endswith(" " + key)}
    if len(found) == 1:
        return found.pop()
    shown = " ".join(
        part if any(c.islower() for c in part[1:]) else part.title() for part in surname.split()
    )
    return f"{cue.group('title')} {shown}"


# The page below the record: "Back to top", the parliament's address and links.
_FOOTER = re.compile(r"^(?:back\s+to\s+top|top\s+of\s+page)$", re.IGNORECASE)


def _heading(lines: Sequence[str], index: int) -> bool:
    """Whether the line at ``index`` is a heading over the next question ("Energy Prices",
    "QUESTIONS WITHOUT NOTICE"): a few words with no sentence's end, and a cue the next
    line written."""
    line = lines[index].strip()
    if len(line.split()) > 8 or line[-1:] in '.!?:;,—–-"”’)':
        return False
    following = next((later.strip() for later in lines[index + 1 :] if later.strip()), "")
    return bool(_CHAIR.match(following) or _CUE.match(following))


def _said(line: str) -> str:
    """A turn's line without the questions taken on notice and the sentences broken off."""
    sentences = [sentence.strip() for _, sentence in split_sentences(line)]
    kept = [
        sentence
        for sentence in sentences
        if not _ON_NOTICE.match(sentence) and not sentence.endswith(_BROKEN)
    ]
    return line if len(kept) == len(sentences) else " ".join(kept)


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """A ParlInfo committee Hansard's lines as notes (``shaped``), or None when the
    document is none.

    Shape: as many lines as given; every line of a senator's, minister's or officer's turn
    "Full Name: words"; the page above the first cue, the chair's turns, times, suspensions,
    interjections and questions taken on notice blank. Source of the layout: the
    Parliament of Australia's ParlInfo (parlinfo.aph.gov.au), committee Hansard."""
    if not _parlinfo(lines):
        return None
    people = _people(lines)
    out: list[str] = []
    spoken: set[str] = set()
    speaker, chair, started = "", False, False
    for index, raw in enumerate(lines):
        line = raw.strip()
        if _FOOTER.match(line):
            out += [""] * (len(lines) - index)
            break
        chaired = _CHAIR.match(line)
        cue = None if chaired else _CUE.match(line)
        if chaired or cue:
            started, chair = True, bool(chaired)
            speaker = "" if chaired else _speaker(cue, people)
            spoken.update({speaker} - {""})
            line = (chaired or cue).group("rest")
        if not started or chair or not line or _PROCEDURE.search(line):
            out.append("")
            continue
        if not (chaired or cue) and _heading(lines, index):
            out.append("")
            continue
        out.append(cued(speaker, _said(line)))
    return Reshaped.of(out, spoken) if started else None
