"""A report's list of authors, under a heading of its own.

The layout (a think tank's note, a bank's outlook, a working paper, as a PDF viewer copies
it)::

    Authors
    Dr Helena Strand-Moreau, Chief Economist, Halvorsen Institute (lead author)
    Rafael Odundo, Senior Economist, Halvorsen Institute
    Mirela Kostic, Research Fellow, Halvorsen Institute

Each line names one author, then their role or affiliation after a comma, a bracket or a
dash. The list is the document's own furniture, no one's words, and never the cue of a turn
("Rafael Odundo, Senior Economist" is no speaker line opening a turn). Its author tells the
document's own lines as a byline's does (``Section.author``): the one author listed, or the
one the list marks "(lead author)" or "(corresponding author)"; with several authors and no
such mark, nobody, and the curator is asked for a default speaker as for any unsigned page.
Source: the title pages of policy notes, working papers and outlooks, which list their
authors so and mark the lead one.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass

from claims.importing.names import reads_as_name, untitled

# The heading over the list, alone on its line.
_HEADING = re.compile(
    r"^(?:#+\s*)?[*_]*(?:authors?|written\s+by|prepared\s+by|contributors|by)[*_]*\s*:?\s*$",
    re.IGNORECASE,
)
# A listed author's line: the name, then the role or affiliation.
_MEMBER = re.compile(
    r"^[*_•·-]*\s*(?P<name>[^,(–—|;:]{3,60}?)\s*(?:,|\(|–|—|\||;|-\s)(?P<rest>.*)$"
)
_LEAD = re.compile(r"\b(?:lead|principal|corresponding|main|first)\s+author\b", re.IGNORECASE)
_SEARCHED = 80  # a title page's lines
_MAX_AUTHORS = 12
_MAX_CHARS = 200


@dataclass(frozen=True)
class AuthorList:
    """The lines of a list of authors (1-based: the heading's and each author's) and its
    ``lead``, the author the document's own lines are given to ("" when it marks none of
    several)."""

    lines: frozenset[int]
    first: int
    lead: str


def author_list(lines: Sequence[str]) -> AuthorList | None:
    """The first ``AuthorList`` among ``lines``' first lines (the module's docstring), or
    None. A heading with no author's line right under it is no list."""
    for index, line in enumerate(lines[:_SEARCHED]):
        if not _HEADING.match(line.strip()):
            continue
        authors: list[tuple[str, bool]] = []
        numbers = {index + 1}
        for number in range(index + 2, min(len(lines), index + 2 + _MAX_AUTHORS) + 1):
            text = lines[number - 1].strip()
            if not text:
                if authors:
                    break
                continue
            name = _author(text)
            if not name:
                break
            authors.append((name, bool(_LEAD.search(text))))
            numbers.add(number)
        if not authors:
            continue
        leads = [name for name, lead in authors if lead]
        lead = authors[0][0] if len(authors) == 1 else (leads[0] if len(leads) == 1 else "")
        return AuthorList(frozenset(numbers), index + 1, lead)
    return None


def _author(text: str) -> str:
    """The person an author's line names ("Rafael Odundo" of "Rafael Odundo, Senior
    Economist, Halvorsen Institute"; "Helena Strand-Moreau" of "Dr Helena Strand-Moreau,
    …"), or "" when the line is none."""
    if len(text) > _MAX_CHARS:
        return ""
    found = _MEMBER.match(text)
    name = (found["name"] if found else text).strip(" *_")
    name = untitled(name)
    return name if reads_as_name(name) and len(name.split()) >= 2 else ""
