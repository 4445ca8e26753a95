"""Callouts in a Markdown note (Obsidian's, GitHub's alerts): a block quote headed by its
type and title.

A research note in Obsidian sets a speaker's words apart in a quote callout titled with who
said them and when::

    > [!quote] Mayor Tobias Renwick, 12 Feb 2026
    > We will have the first electric ferry carrying passengers … by spring 2027.
    > The second boat follows before the end of 2027.

and its own remarks in callouts of other types ("> [!info] Scope", "> [!note]", "> [!tip]",
"> [!warning]", GitHub's "> [!NOTE]"). ``callout_lines`` rewrites each line of a quote
callout whose title names a person as that person's cue ("Tobias Renwick: We will have …"),
the title's office and date dropped; the header and the lines of every other callout (the
note-taker's own) are blanked, as is a quote callout titled with no one's name (a document,
"From the council minutes"): its words are not given to anyone. Line numbers are kept.
Source of the syntax: Obsidian's "Callouts" help page, GitHub's Markdown alerts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claims.importing.names import reads_as_name, untitled

# "> [!quote] Mayor Tobias Renwick, 12 Feb 2026", "> [!cite]- Title", "> [!NOTE]".
_HEADER = re.compile(r"^>\s*\[!(?P<kind>[A-Za-z-]+)\][+-]?\s*(?P<title>.*)$")
_QUOTES = frozenset({"quote", "cite"})
# The part of a title after the name: ", 12 Feb 2026", " (Gazette, 2026-02-12)", " — on air".
_AFTER_NAME = re.compile(r"\s*(?:[,(—–|]|\s-\s).*$")


def _speaker(title: str) -> str:
    """The person a quote callout's title names ("Mayor Tobias Renwick, 12 Feb 2026" →
    "Tobias Renwick"), or "" when it names no one."""
    name = untitled(_AFTER_NAME.sub("", title.strip()).strip(" *_"))
    return name if reads_as_name(name) else ""


def callout_lines(lines: Sequence[str]) -> list[str]:
    """``lines`` with each callout rewritten (the module's docstring); the same list's
    values when the note has none (a cheap look for "[!" first)."""
    if not any("[!" in line for line in lines):
        return list(lines)
    out: list[str] = []
    speaker: str | None = None  # inside a callout: its speaker, "" when no one's
    for line in lines:
        text = line.strip()
        header = _HEADER.match(text) if text.startswith(">") else None
        if header is not None:
            quoted = header["kind"].lower() in _QUOTES
            speaker = _speaker(header["title"]) if quoted else ""
            out.append("")
            continue
        if speaker is not None and text.startswith(">"):
            words = text.lstrip(">").strip()
            out.append(f"{speaker}: {words}" if speaker and words else "")
            continue
        speaker = None
        out.append(line)
    return out
