"""An article's author named alone above its publication line, with no "By".

Long-form posts and blogs copied from the browser put the author's name on a line of its
own, their headline or a follow button under it, and the publication line below:

    Five things I got wrong about grid batteries – and three bets for 2027
    Hanne Vestergaard
    Chief Strategy Officer at Kestrel Grid Storage | Market design, flexibility, storage
    Published Oct 2, 2026

The name is the article's byline: the paragraphs below are the author's. ``bylined`` writes
such a name line as the "By Hanne Vestergaard" the byline reader knows (``asides.byline_of``),
on the same line, so every line keeps its number. Only the name nearest above the first
publication line ("Published …", "Posted on …", "Updated …" with a date, Medium's "12 min
read · Sep 14, 2026"), within
``_LOOK_BACK`` lines, and only when it reads as a person's name and the document has no
"By" line of its own. Source of the shape: LinkedIn articles, Medium and WordPress posts as
their pages are copied.
"""

import re
from collections.abc import Sequence

from claims.importing.names import reads_as_name

__all__ = ["bylined"]

_DATE = (
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2})\b"
)
# "Published Oct 2, 2026", "Posted on 2 October 2026"; Medium's "12 min read · Sep 14, 2026".
_PUBLISHED = re.compile(
    rf"^(?:(?:published|posted|updated|last updated)(?:\s+on)?\s+{_DATE}"
    rf"|\d{{1,3}}\s+min\s+read\s*[·•|-]\s*{_DATE})",
    re.IGNORECASE,
)
_HAS_BY = re.compile(r"^\s*\(?By\s+[A-Z]")
_LOOK_BACK = 4
_LOOK_WITHIN = 60  # a page's header: the publication line comes early


def bylined(lines: Sequence[str]) -> Sequence[str]:
    """``lines`` with the author's name above the publication line written as a byline
    (the module's docstring); ``lines`` as they are otherwise."""
    head = lines[:_LOOK_WITHIN]
    if any(_HAS_BY.match(line) for line in head):
        return lines
    published = next((i for i, line in enumerate(head) if _PUBLISHED.match(line.strip())), None)
    if published is None:
        return lines
    for index in range(published - 1, max(-1, published - 1 - _LOOK_BACK), -1):
        name = lines[index].strip()
        if name and reads_as_name(name):
            out = list(lines)
            out[index] = f"By {name}"
            return out
    return lines
