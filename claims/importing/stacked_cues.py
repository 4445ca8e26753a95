"""A turn's header on two lines: the time alone, then the speaker's name alone.

A transcript copied from a video platform's side panel (a meeting recording's or a hosted
video's transcript pane) writes each turn as

    0:03
    Harriet Osei
    Good morning everybody …

    1:02:10
    Speaker 2
    Thanks. Can you hear me?

A podcast app's transcript writes the name first and the time under it ("Niamh Costello" /
"2:10" / the words); read the same way.

The name line opens the turn: the words below it, up to the next header, are that
speaker's. ``stacked_cues`` rewrites each such pair as the one-line speaker line a
transcript tool writes ("Harriet Osei  0:03", ``cues.BLOCK_CUE``), the time line left blank,
so every line keeps its number. A placeholder ("Speaker 2") stays one: whose it is, the
curator says (``speakers.PlaceholderPlan``).

The shape counts only when the document repeats it: at least two headers, one name heading
two turns or more (a chapter's title heads one), and a name line that reads as a person's,
a placeholder, a role, or a first name the document gives two such headers (a time line
above "Okay" or "Welcome Back" is no header).
"""

import re
from collections import Counter
from collections.abc import Sequence

from claims.importing.cues import (
    CHAPTER_WORDS,
    HEADING_WORDS,
    NOT_HOST_NAMES,
    STRUCTURE_WORDS,
    lone_first_name,
)
from claims.importing.names import is_placeholder, reads_as_name, role_cue

# A time alone on its line: "0:03", "12:04", "1:02:10", "[00:01:32]".
_TIME_LINE = re.compile(r"^[\[(]?(?P<time>(?:\d{1,2}:)?\d{1,2}:\d{2})[\])]?$")
# A name line: words with no sentence's end, a bracket after the name allowed ("Lena
# Ortiz (Guest)", "Sandeep (Yorkton)").
_NAME_LINE = re.compile(r"^[A-Z][\w'’.\-]*(?: [\w'’.\-]+){0,4}(?: \([^()\d]{1,40}\))?$")
_FIRST_NAME = re.compile(r"^[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: \([^()\d]{1,40}\))?$")
MIN_HEADERS = 2
_NOT_NAME_WORDS = (
    CHAPTER_WORDS
    | HEADING_WORDS
    | STRUCTURE_WORDS
    | NOT_HOST_NAMES
    | {"yeah", "yep", "sure", "exactly", "absolutely", "um", "uh", "hmm", "oh", "agreed"}
)


def _header_at(lines: Sequence[str], index: int) -> tuple[int, int, str, str] | None:
    """(the name line's index, the time line's index, the name, the time) when line ``index``
    opens a two-line header: a time alone then a name alone, or a name alone then a time
    alone (blank lines between, one at most), with words below it."""
    first = lines[index].strip()
    time = _TIME_LINE.match(first)
    after = _next_filled(lines, index)
    if after is None or after + 1 >= len(lines):
        return None
    second = lines[after].strip()
    if time is None:  # "Niamh Costello" then "2:10" (a podcast app's transcript)
        time = _TIME_LINE.match(second)
        if time is None or not _NAME_LINE.match(first):
            return None
        below = _next_filled(lines, after)
        if below is None or _TIME_LINE.match(lines[below].strip()):
            return None
        return index, after, first, time.group("time")
    words = lines[after + 1].strip()
    if not _NAME_LINE.match(second) or not words or _TIME_LINE.match(words):
        return None
    return after, index, second, time.group("time")


def _next_filled(lines: Sequence[str], index: int) -> int | None:
    """The index of the line after ``index`` with words, one blank line between at most."""
    after = index + 1
    if after < len(lines) and not lines[after].strip():
        after += 1
    return after if after < len(lines) and lines[after].strip() else None


def _speaker_shaped(name: str, repeats: int) -> bool:
    """Whether a name line names a speaker: a person's name, a placeholder, a role, or a
    first name (with a bracket after it or not) met in two headers; never a chapter's
    title ("Welcome Back", "Q&A") or a word a turn opens with ("Okay", "Right")."""
    bare = name.split(" (", 1)[0]
    if {w.lower() for w in bare.split()} & _NOT_NAME_WORDS:
        return False
    return (
        reads_as_name(bare)
        or is_placeholder(name)
        or role_cue(name) is not None
        or (
            repeats >= MIN_HEADERS and _FIRST_NAME.match(name) is not None and lone_first_name(bare)
        )
    )


def stacked_cues(lines: Sequence[str]) -> list[str]:
    """``lines`` with each two-line turn header ("0:03" then "Harriet Osei", or "Harriet Osei"
    then "0:03") written as one speaker line ("Harriet Osei  0:03") on the name's line, the
    time's line left blank.

    ``lines`` as they are (a new list) when the document has fewer than two such headers.
    """
    found = [header for i in range(len(lines)) if (header := _header_at(lines, i))]
    repeats = Counter(name for _, _, name, _ in found)
    headers = [header for header in found if _speaker_shaped(header[2], repeats[header[2]])]
    out = list(lines)
    # Speakers take turns: some name heads two turns (a chapter's title heads one).
    if len(headers) < MIN_HEADERS or len({header[2] for header in headers}) == len(headers):
        return out
    for index, time_index, name, time in headers:
        out[index] = f"{name}  {time}"
        out[time_index] = ""  # the time's line, above or below the name's, now blank
    return out
