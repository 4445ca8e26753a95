"""European Parliament verbatim reports of proceedings, read as notes (``shaped``).

The layout (europarl.europa.eu's "Debates — Verbatim report of proceedings", CRE, copied
from the browser): a header ("European Parliament", "Debates — Verbatim report of
proceedings", "Tuesday, 21 April 2026 - Strasbourg", "Provisional edition"), numbered agenda
items ("14. Securing … supply chains (debate)", "8.1.Title (vote)"), then turns, each opened
on its line by who speaks, a full stop and a dash (an en dash, or a hyphen between spaces):

- "President. – The next item is …" (the chair: procedure, never proposed);
- "Name, Member of the Commission. – …", "Name, on behalf of the PPE Group. – …";
- "Name (Group). – …", "Name (Group), blue-card question. – …", "Name (Group), in writing. – …".

The speaker is the full name before the first comma or parenthesis. A line without an
opening stays with the last speaker. "(FR)" at the head of a turn marks the language it was
spoken in; the salutations that open a turn ("Madam President, honourable Members,") are no
claim, the rest of the sentence is. No claims: the header, agenda items, headings
("Catch-the-eye procedure", "Written statements (Rule 178)", "IN THE CHAIR: …", "Voting
time"), a vote's "– Before the vote: …", parenthesised narration ("(Applause)", "(The sitting
was suspended at 12.02)", "(The speaker declined to take a blue-card question from …)") and
the chair's turns. After a heading, lines no opening claims stay unattributed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

from claims.importing.parsing import split_sentences
from claims.importing.shaped import Reshaped, cued

_OPENING = 30  # the page's menus come first when copied from the browser
_HEADER = re.compile(
    r"verbatim\s+report\s+of\s+proceedings|^European\s+Parliament$|^Provisional\s+edition$",
    re.IGNORECASE,
)
# "Tuesday, 21 April 2026 - Strasbourg", "Thursday, 7 May 2026 – Brussels".
_SITTING = re.compile(
    r"^(?P<date>(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+\d{1,2}\s+[A-Z][a-z]+\s+"
    r"\d{4})\s*[-–—]\s*(?:Strasbourg|Brussels|Luxembourg)\b"
)
# Who speaks, a full stop, a dash: "Name (Group), in writing. – words".
_TURN = re.compile(r"^(?P<who>[^–—]{2,240}?)\.(?:\s*[–—]|\s+-)\s*(?P<rest>.*)$")
_CHAIR = frozenset({"president", "the president", "acting president"})
_PARTICLES = frozenset({"van", "von", "de", "der", "den", "da", "di", "del", "della", "dos"})
_PARTICLES |= {"das", "do", "du", "la", "le", "in", "'t", "ten", "ter", "zu", "af", "y", "e"}
_AGENDA = re.compile(r"^\d{1,3}(?:\.\d{1,3})*\.\s*[A-ZÀ-Þ\"“‘'].{0,300}[^.!?;:,]$")
_HEADING = re.compile(
    r"^(?:Catch[- ]the[- ]eye\s+procedure|Written\s+statements?(?:\s*\(Rule\s+\d+\))?|"
    r"(?:Oral\s+|Written\s+)?explanations?\s+of\s+votes?|Votes?|Voting\s+time|"
    r"Results\s+of\s+votes|Blue[- ]card\s+questions?|"
    r"(?:Reports?|Recommendations?|Motions?\s+for\s+(?:a\s+)?resolutions?)\s*:.*|"
    # The page's chrome around the report.
    r"Video\s+of\s+the\s+speeches|Last\s+updated\s*:.*|Legal\s+notice|Privacy\s+policy|"
    r"Index|Previous|Next|Top|Full\s+text|(?:PDF|WORD)\s+\d+k(?:\s*(?:PDF|WORD)\s+\d+k)?)$",
    re.IGNORECASE,
)
# "IN THE CHAIR: Name", then "Vice-President" on the next line: the chair's.
_IN_THE_CHAIR = re.compile(r"^IN\s+THE\s+CHAIR\s*:", re.IGNORECASE)
_ENDS = frozenset('.!?…:;,"”’)')
# "– Before the vote on amendment 12:", "- After the vote:": the chair's vote marks.
_VOTE_MARK = re.compile(r"^[–—-]\s+\S")
_NARRATION = re.compile(r"^\([^()]*(?:\([^()]*\)[^()]*)*\)\.?$")
_INLINE_NARRATION = re.compile(
    r"\s*\((?:Applause|Laughter|Mixed reactions|Protests|Heckling|Interjections?)[^()]*\)",
    re.IGNORECASE,
)
# "(FR)", "(IT)", "(EN)", "(GA)": the language the turn was spoken in.
_LANGUAGE = re.compile(r"^\(\s*[A-Z]{2}\s*\)\s*")
_ADDRESSEE = (
    r"(?:(?:Madam|Mr|Mister)\s+(?:Vice-|Executive\s+Vice-)?(?:President|Commissioner|"
    r"Chair(?:man|woman)?|High\s+Representative|Minister|Rapporteur)"
    r"(?:-in-Office(?:\s+of\s+the\s+Council)?)?|"
    r"(?:Executive\s+)?(?:Vice-)?(?:President|Commissioner|High\s+Representative|Minister|"
    r"President-in-Office)|"
    r"(?:(?:my\s+)?dear|honourable|esteemed|fellow)\s+(?:colleagues|Members|friends)|"
    r"Madame\s+la\s+Présidente|Monsieur\s+le\s+Président|Signora\s+Presidente|"
    r"Signor\s+Presidente|Señora\s+Presidenta|Señor\s+Presidente|Frau\s+Präsidentin|"
    r"Herr\s+Präsident|colleagues|(?:dear\s+)?ladies\s+and\s+gentlemen|Members\s+of\s+(?:the\s+)?(?:House|Parliament)"
    r")"
)
# "Madam President, honourable Members, ": the addressees that open a turn.
_SALUTATION = re.compile(
    rf"^{_ADDRESSEE}(?:(?:\s*,\s*|\s+and\s+){_ADDRESSEE})*\s*,\s*(?=\S)", re.IGNORECASE
)
# Sentences that only run the debate: "Thank you, Madam President.", "Let me respond briefly."
_COURTESY = re.compile(
    rf"^(?:{_ADDRESSEE},?\s+)*(?:thank\s+you(?:\s+(?:very\s+much|for\s+the\s+floor))?"
    rf"(?:,\s+{_ADDRESSEE})?|let\s+me\s+(?:respond|reply|answer)\s+(?:very\s+)?briefly|"
    r"I\s+(?:will|shall)\s+be\s+brief)[.!]?$",
    re.IGNORECASE,
)


def _verbatim_report(lines: Sequence[str]) -> bool:
    """Whether the opening lines hold the report's header ("Verbatim report of
    proceedings", or "European Parliament" with a sitting's date and place)."""
    opening = list(islice((line.strip() for line in lines if line.strip()), _OPENING))
    if any("verbatim report of proceedings" in line.lower() for line in opening):
        return True
    return any(_HEADER.search(line) for line in opening) and any(
        _SITTING.match(line) for line in opening
    )


def _name(who: str) -> str | None:
    """The full name a turn's opening gives ("Ana Lima (S&D), in writing" → "Ana Lima"),
    or None when the words before the dash are no name and role."""
    name = re.split(r"[,(]", who, maxsplit=1)[0].strip()
    tail = who[len(name) :].strip()
    if tail and tail[0] not in ",(":
        return None
    if tail.startswith("(") and ")" not in tail:
        return None
    words = name.split()
    if not 2 <= len(words) <= 6 or any(ch.isdigit() for ch in name):
        return None
    if not all(word[0].isupper() or word.lower() in _PARTICLES for word in words):
        return None
    return name if words[0][0].isupper() and words[-1][0].isupper() else None


def opening(line: str) -> tuple[str, bool, str] | None:
    """Who a turn's opening line names ("" when its words before the dash are no name this
    reads: someone, but not who), whether it is the chair, and the words after the dash;
    None when the line opens no turn.

    >>> opening("Ana Lima (S&D), blue-card question. – Will you vote for it?")
    ('Ana Lima', False, 'Will you vote for it?')
    >>> opening("President. – The debate is closed.")
    ('President', True, 'The debate is closed.')
    """
    match = _TURN.match(line)
    if match is None:
        return None
    who = match.group("who").strip()
    if who.lower() in _CHAIR:
        return "President", True, match.group("rest")
    name = _name(who)
    if name:
        return name, False, match.group("rest")
    # "Mr Evans (ECR), rapporteur for the opinion of the AGRI committee. –" has someone speak,
    # whom the last speaker's lines must not run on into.
    return ("", False, match.group("rest")) if who[:1].isupper() and len(who) <= 120 else None


def _heading(lines: Sequence[str], index: int) -> bool:
    """Whether a line is an agenda item, a heading between turns, or a short paragraph of
    its own with no sentence's end ("Resumption of the sitting"): a turn's words end with
    one."""
    line = lines[index].strip()
    if _AGENDA.match(line) or _HEADING.match(line):
        return True
    if len(line) > 80 or not line[:1].isupper() or line[-1] in _ENDS:
        return False
    before = lines[index - 1].strip() if index else ""
    after = lines[index + 1].strip() if index + 1 < len(lines) else ""
    return not before and not after


def said(text: str, *, first: bool) -> str:
    """A turn's line as its speaker's words: without the language mark and salutations
    that open a turn (``first``), narration in brackets, and courtesies.

    >>> said("(IT) Mr President, Commissioner, the port will close.", first=True)
    'the port will close.'
    """
    text = _INLINE_NARRATION.sub("", text).strip()
    if first:
        text = _LANGUAGE.sub("", text)
        text = _SALUTATION.sub("", text)
    sentences = [sentence for _, sentence in split_sentences(text)]
    kept = [sentence for sentence in sentences if not _COURTESY.match(sentence.strip())]
    return text if len(kept) == len(sentences) else " ".join(kept)


def _turn_line(raw: str, turn: tuple[str, bool, str]) -> str:
    """A turn's opening line as notes: the chair's blank, an unread name's as it was."""
    speaker, chair, words = turn
    if chair:
        return ""
    return cued(speaker, said(words, first=True)) if speaker else raw


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """A verbatim report's lines as notes (``shaped``), or None when the document is none.

    Shape: as many lines as given; every line of a member's or a Commissioner's turn
    "Full Name: words"; the sitting's date alone on its line (the date of the turns); the
    header, agenda items, headings, narration, vote marks and the chair's turns blank; a
    line after a heading that no opening claims left as it was.
    Source of the layout: europarl.europa.eu's verbatim reports (CRE)."""
    if not _verbatim_report(lines):
        return None
    out: list[str] = []
    spoken: set[str] = set()
    speaker, chair, started = "", False, False
    for index, raw in enumerate(lines):
        line = raw.strip()
        turn = opening(line) if line else None
        if turn is not None:
            speaker, chair, _ = turn
            started = True
            if speaker and not chair:
                spoken.add(speaker)
            out.append(_turn_line(raw, turn))
        elif not started and _SITTING.match(line):
            out.append(_SITTING.match(line).group("date"))  # the date the turns were said on
        elif not line or _NARRATION.match(line):
            out.append("")
        elif _heading(lines, index) or _VOTE_MARK.match(line) or _IN_THE_CHAIR.match(line):
            started = True
            speaker, chair = "", bool(_IN_THE_CHAIR.match(line))
            out.append("")
        elif not started or chair:
            out.append("")
        else:
            out.append(cued(speaker, said(line, first=False)) if speaker else raw)
    return Reshaped.of(out, spoken) if spoken else None
