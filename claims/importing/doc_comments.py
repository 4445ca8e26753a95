"""A shared document exported as text with its comments: Google Docs' and Word's residue.

Google Docs, exported as plain text (File → Download → .txt) or copied, keeps what its
collaborators wrote around the notes: a comment's marker after the words it is on
("…at 93% availability.[a]"), the comments themselves at the end, under a rule of
underscores, each opening with its marker and its writer ("[a]Dev Rao: 93% seems very
high — can we see the source?") and followed by the replies ("Marta Lindgren: Asked him
for it.") and "_Marked as resolved_"; a line of suggested edits ("Suggested edits (Dev Rao):
"w/c 13 July" → "w/c 20 July""), and the sharing line the curator copied with the title
("Shared with energy-desk@ (commenters) · Last edited by Marta Lindgren on 2 Jul 2026").
Word's exported comments read alike ("[DR1]" markers, "Comment [DR1]: …").

None of it is what the notes' speaker said: the comments and the suggestions are the
collaborators' talk about the notes, the markers no words at all. The comments block is the
note-takers' own, never proposed; the markers are taken out of the lines they end.

Source of the shapes: Google Docs' and Word's plain-text exports of commented notes.
Pure functions.
"""

import re
from collections.abc import Sequence

from claims.importing.names import reads_as_name

# A comment's marker, after the words it is on: "[a]", "[b]", "[aa]", Word's "[DR1]".
_MARKER = re.compile(r"(?<=\S)\[(?:[a-z]{1,2}|[A-Z]{1,3}\d{1,2})\](?=[\s.,;:!?\"”)]|$)")
# The rule above the comments: a line of underscores (Google Docs writes sixteen).
_RULE = re.compile(r"^_{8,}\s*$")
# A comment: its marker, then its writer and words: "[a]Dev Rao: …", "Comment [DR1]: …".
_COMMENT = re.compile(
    r"^(?:\[(?:[a-z]{1,2}|[A-Z]{1,3}\d{1,2})\]\s*[^:\s][^:]{0,60}:|comment \[[A-Z]{1,3}\d{1,2}\]:)",
    re.IGNORECASE,
)
# A reply under a comment: "Marta Lindgren: …", and the thread's status.
_REPLY = re.compile(r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}:\s")
_STATUS = re.compile(r"^_?(?:marked as resolved|re-?opened|resolved|assigned to .{1,60})_?$", re.I)
# The sharing line and the suggestions: "Shared with … · Last edited by … on …".
_SHARED = re.compile(
    r"^(?:shared with\b[^·|]{0,80}[·|]|last edited by [^.:]{1,60} on [^.:]{1,30}$"
    r"|suggested edits?\s*(?:\([^)]{1,60}\))?:|suggestions? (?:by|from) [^:]{1,60}:)",
    re.IGNORECASE,
)


def without_markers(line: str) -> str:
    """``line`` without the comment markers that end its words ("…availability.[a]" →
    "…availability."); the line as it is when it holds none."""
    return _MARKER.sub("", line) if "[" in line else line


def has_comments(lines: Sequence[str]) -> bool:
    """Whether ``lines`` end with a comments block: a rule of underscores, then a line that
    opens with a comment's marker and its writer ("[a]Dev Rao: …"); or, without the rule,
    a comment's marker and its writer alone on a line ("[a]Marcus Feld") whose marker ends
    words above (``_header_alone``)."""
    for index, line in enumerate(lines):
        if _RULE.match(line.strip()):
            following = next((t.strip() for t in lines[index + 1 :] if t.strip()), "")
            if _COMMENT.match(following):
                return True
    return _header_alone(lines) is not None


# A comment's marker and its writer alone on the line, as Google Docs' plain-text export
# writes the comments after the document without a rule: "[a]Marcus Feld".
_HEADER_ALONE = re.compile(
    r"^\[(?P<marker>[a-z]{1,2})\](?P<writer>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})$"
)


def _header_alone(lines: Sequence[str], *, marked: bool = True) -> int | None:
    """The index of the first comment written "[a]Marcus Feld" alone on its line, whose
    marker ("[a]") ends words above it (``marked``; not asked of lines already read
    without their markers); None when there is none. Everything after it is the comments'
    (Google Docs writes them last)."""
    for index, raw in enumerate(lines):
        found = _HEADER_ALONE.match(raw.strip())
        if found is None or not reads_as_name(found["writer"]):
            continue
        marker = f"[{found['marker']}]"
        if not marked or any(_MARKER.search(line) and marker in line for line in lines[:index]):
            return index
    return None


def comment_lines(lines: Sequence[str]) -> frozenset[int]:
    """The 1-based numbers of the collaborators' lines: the comments block (its rule, each
    comment, its replies and status, to the end of the document or a line of none of these),
    the suggested edits and the sharing line. Empty when the document holds none of them
    (``has_comments`` for the block; the sharing and suggestion lines anywhere)."""
    found: set[int] = set()
    in_block = False
    commented = has_comments(lines)
    alone = _header_alone(lines, marked=False)
    if alone is not None:  # "[a]Marcus Feld" / their words / replies: all to the end
        found.update(range(alone + 1, len(lines) + 1))
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line:
            continue
        if commented and _RULE.match(line):
            in_block = True
            found.add(number)
        elif in_block and (_COMMENT.match(line) or _REPLY.match(line) or _STATUS.match(line)):
            found.add(number)
        elif in_block:
            in_block = False
        if _SHARED.match(line):
            found.add(number)
    return frozenset(found)
