"""Word documents with tracked changes and comments, copied or exported as text (``shaped``).

The layout (Word's "All Markup" view copied, or saved as text with the markup kept): the
revisions written inline where they were made, "[Deleted - Sam Reyes: the fastest in the
state]" and "[Inserted - Sam Reyes: , though nothing is guaranteed]" (the author and the
dash optional: "[Deleted: …]"), or in CriticMarkup as a converter writes them ("{--…--}",
"{++…++}", "{~~old~>new~~}"), or a deletion struck through ("~~…~~"); the margin comments
each on a line of its own, "[Comment [SR1] Sam Reyes 2/27/2026: can't source this]" (the
initials and number Word gives the comment, then its writer and date); what the window
showed around the text ("Draft_v3.docx — Microsoft Word", "Track Changes: ON    Display for
Review: All Markup", the status bar "Page 1 of 2    812 words    English (US)"), a cut
marker's remnant ("…comfortably[I"), and the editors' notes ("[Editor's note: …]").

What the document says is its text as revised: a deletion is not said, an insertion is (the
author accepted it into their text, so it stays the author's). A margin comment is its
writer's words, never the author's: its line is written "Sam Reyes: words", with a remark,
less the sentences that only handle the draft ("Cut unless we find better.", "Fine, go with
2028.", "Word count 398 — limit is 450."); a comment whose writer is not named is left out.
The window's lines, the status bar and the editors' notes are blank; every other line reads
as before. A plain text with none of these signs is none of this layout.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from claims.importing.doc_comments import without_markers
from claims.importing.names import reads_as_name
from claims.importing.parsing import split_sentences
from claims.importing.shaped import Reshaped, cued

COMMENT_NOTE = "a margin comment [{mark}] by {name}: the commenter's words, not the document's"
_WHO = r"(?:\s*[-–—:]?\s*(?P<who>[^:\]\[]{2,60}?))?"
# "[Comment [SR1] Sam Reyes 2/27/2026: words]", newer Word's "[Commented [SR1] …]",
# "[Comment [SR1]: words]" (no writer).
_COMMENT = re.compile(
    r"\[Comment(?:ed)?\s+\[(?P<mark>[A-Za-z]{1,4}\d{1,3})\]\s*(?P<who>[^:\]\[]{0,60}?)"
    r"(?:\s+(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2})(?:,?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?)?)?"
    r"\s*:\s*(?P<words>[^\]]*)\]",
    re.IGNORECASE,
)
# A comment or a deletion left open at the end of its line: it runs on to a "]" below.
_COMMENT_OPEN = re.compile(_COMMENT.pattern.removesuffix(r"\]") + r"\s*$", re.IGNORECASE)
_DELETED_OPEN = re.compile(rf"\[Deleted{_WHO}:\s?[^\]]*$", re.IGNORECASE)
_DELETED = re.compile(rf"\[Deleted{_WHO}:\s?[^\]]*\]", re.IGNORECASE)
_INSERTED = re.compile(rf"\[Inserted{_WHO}:\s?(?P<words>[^\]]*)\]", re.IGNORECASE)
_FORMATTED = re.compile(r"\[Formatted(?:\s*[-–—]\s*[^:\]]{1,60})?:\s?[^\]]*\]", re.IGNORECASE)
_CRITIC_DELETED = re.compile(r"\{--.*?--\}")
_CRITIC_INSERTED = re.compile(r"\{\+\+(?P<words>.*?)\+\+\}")
_CRITIC_SUBSTITUTED = re.compile(r"\{~~.*?~>(?P<words>.*?)~~\}")
_CRITIC_COMMENT = re.compile(r"\{>>.*?<<\}")
_STRUCK = re.compile(r"~~[^~]+~~")
_REMNANT = re.compile(r"\[[IDC](?![\w\]])")  # "comfortably[I": a cut "[Inserted …]"
# What Word's window showed: the title bar, the review settings, the status bar.
_WINDOW = re.compile(
    r"^(?:\S+\.docx?\b.*[—–-]\s*(?:Microsoft\s+)?Word\b.*"
    r"|Track Changes\s*:\s*(?:ON|OFF)\b.*|Display for Review\s*:.*|Last saved by\b.*"
    r"|Page \d+ of \d+(?:\s{2,}.*|\s*)|Words?\s*:\s*[\d,]+\b.*)$",
    re.IGNORECASE,
)
_EDITORS_NOTE = re.compile(
    r"^\[?\s*(?:editor'?s'?\s+note|ed\.\s+note|note\s+to\s+(?:the\s+)?(?:editors?|desk|copy\s*desk)"
    r"|NOTE\s+TO\s+EDITORS?|TK\b)",
    re.IGNORECASE,
)
# A comment's sentences that only handle the draft.
_EDITING = re.compile(
    r"^(?:cut|trim|delete|drop|move|add|change|fix|rephrase|reword|tighten|check|flag|"
    r"fine|ok|okay|agreed?|done|yes|no|sure|thanks|good to|looks good|lgtm|go with|"
    r"word count|keep|accept|reject|see (?:above|below)|per\b)\b",
    re.IGNORECASE,
)
_RUN_ON = 6  # lines a comment or a deletion runs on to its "]"
_SIGNS = (
    _COMMENT,
    _COMMENT_OPEN,
    _DELETED,
    _DELETED_OPEN,
    _INSERTED,
    _CRITIC_DELETED,
    _CRITIC_INSERTED,
    _CRITIC_SUBSTITUTED,
)


def tracked(lines: Sequence[str]) -> bool:
    """Whether ``lines`` hold Word's markup: a margin comment line, a "[Deleted …]" or
    "[Inserted …]" revision, or a CriticMarkup one ("{--…--}", "{++…++}")."""
    return any(
        ("[" in line or "{" in line) and any(sign.search(line) for sign in _SIGNS) for line in lines
    )


def revised(line: str) -> str:
    """``line`` as revised: deletions out ("[Deleted: …]", "{--…--}", "~~…~~"), insertions
    in without their markup, formatting balloons, CriticMarkup comments, comments' anchors
    ("[SR1]") and cut markers' remnants out."""
    raw = line
    line = _DELETED.sub("", line)
    line = _INSERTED.sub(lambda m: m.group("words"), line)
    line = _FORMATTED.sub("", line)
    line = _CRITIC_DELETED.sub("", line)
    line = _CRITIC_INSERTED.sub(lambda m: m.group("words"), line)
    line = _CRITIC_SUBSTITUTED.sub(lambda m: m.group("words"), line)
    line = _CRITIC_COMMENT.sub("", line)
    line = _STRUCK.sub("", line)
    line = _REMNANT.sub("", line)
    line = without_markers(line)  # "…in 2025[SR1]": a comment's anchor
    if line == raw:
        return raw
    line = re.sub(r"(?<=\S) {2,}(?=\S)", " ", line)
    return re.sub(r"\s+([,.;:!?])", r"\1", line).rstrip() if line.strip() else ""


def comment_words(words: str) -> str:
    """A comment's words less the sentences that only handle the draft ("Cut unless we
    find better.", "Fine, go with 2028.", "Word count 398 — limit is 450.")."""
    kept = [s.strip() for _, s in split_sentences(words) if not _EDITING.match(s.strip())]
    return " ".join(kept)


def _comment_line(found: re.Match[str], number: int, notes: dict[int, str]) -> tuple[str, str]:
    """A comment alone on its line as "Writer: words" and its writer, or ("", "") when
    its writer is not named or nothing of it is left."""
    who = found.group("who").strip(" -–—,")
    words = comment_words(found.group("words"))
    if not reads_as_name(who) or not words:
        return "", ""
    notes[number] = COMMENT_NOTE.format(mark=found.group("mark"), name=who)
    return cued(who, words), who


@dataclass
class _Open:
    """A comment or a deletion that runs past the end of its line (a comment of several
    paragraphs, a deleted paragraph): its writer ("" for a deletion) and mark."""

    deleted: bool = False
    who: str = ""
    mark: str = ""


def _closes(following: Sequence[str]) -> bool:
    """Whether a "]" closes what a line opened within the next few lines, before a blank
    line: else the bracket was never closed, and nothing runs on."""
    for line in following[:_RUN_ON]:
        if not line.strip():
            return False
        if "]" in line:
            return True
    return False


def _opened(line: str, following: Sequence[str]) -> _Open | None:
    """The comment or deletion ``line`` opens and leaves open, to a "]" on one of the
    ``following`` lines, or None."""
    if not _closes(following):
        return None
    comment = _COMMENT_OPEN.fullmatch(line)
    if comment is not None:
        return _Open(who=comment.group("who").strip(" -–—,"), mark=comment.group("mark"))
    if _DELETED_OPEN.search(line):
        return _Open(deleted=True)
    return None


def _continued(line: str, open_: _Open, number: int, notes: dict[int, str]) -> tuple[str, bool]:
    """A line inside an open comment or deletion, as notes, and whether it closes it: a
    comment's line its writer's (as ``_comment_line``), a deletion's words out."""
    closes = "]" in line
    inside, _, after = line.partition("]")
    if open_.deleted:
        return revised(after.strip()), closes
    words = comment_words(inside)
    if not reads_as_name(open_.who) or not words:
        return "", closes
    notes[number] = COMMENT_NOTE.format(mark=open_.mark, name=open_.who)
    return cued(open_.who, words), closes


def _line(raw: str, number: int, notes: dict[int, str], writers: set[str]) -> str:
    """One line outside any open comment or deletion, as notes."""
    line = raw.strip()
    alone = _COMMENT.fullmatch(line)
    if alone is not None:
        text, who = _comment_line(alone, number, notes)
        writers.add(who)
        return text
    opened = _COMMENT_OPEN.fullmatch(line)
    if opened is not None:
        text, who = _comment_line(opened, number, notes)
        writers.add(who)
        return text
    if _WINDOW.match(line) or _EDITORS_NOTE.match(line):
        return ""
    line = revised(_COMMENT.sub("", raw)) if line else raw
    return _DELETED_OPEN.sub("", line).rstrip() if _DELETED_OPEN.search(line) else line


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """A Word document's lines with its tracked changes and comments as notes (``shaped``),
    or None when the document holds no such markup.

    Shape: as many lines as given; the text as revised (deletions out, insertions in); a
    comment alone on its line (or on lines of its own) "Writer: words" (its remark in
    ``notes``), a comment within a line taken out of it; the window's lines, the status
    bar and editors' notes blank. Source of the layout: Word's All Markup view copied,
    and its text exports."""
    if not tracked(lines):
        return None
    notes: dict[int, str] = {}
    writers: set[str] = set()
    out: list[str] = []
    open_: _Open | None = None
    for number, raw in enumerate(lines, start=1):
        if open_ is not None and raw.strip():
            text, closes = _continued(raw.strip(), open_, number, notes)
            out.append(text)
            open_ = None if closes else open_
            continue
        out.append(_line(raw, number, notes, writers))
        open_ = _opened(raw.strip(), lines[number:]) if raw.strip() else open_
    return Reshaped.of(out, writers - {""}, notes)
