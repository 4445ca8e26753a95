"""A Stack Exchange question page copied from the browser, read as notes (``shaped``).

The layout (a Stack Overflow or Stack Exchange site's question page, selected and copied)::

    Will a flat heat-pump rebate end up in installers' pockets?   the question's title
    Asked 3 days ago Modified today Viewed 412 times
    7                                                             its votes
    In July 2026 the government introduced a flat rebate …        the question
    subsidies / tax-incidence                                      its tags
    Share / Improve this question / Follow
    asked Oct 3, 2026 at 9:14                                      the asker's card: when,
    Ines Okafor-Lund                                               who,
    1,234 ● 5 ● 12                                                 their reputation
    Do you have a source? – Halvard Steen Oct 3 at 11:15           a comment, its writer last
    Add a comment
    3 Answers / Sorted by: / Highest score (default)
    12 / ✓ Accepted                                                an answer's votes, its mark
    Short version: yes, …                                          the answer
    Share / Improve this answer / Follow
    edited Oct 5, 2026 at 7:11 / answered Oct 4, 2026 at 8:02      its card below it
    Margit Hollender

A post's author is named below it, on its card: each post's lines are the card's name's.
A comment is its writer's, named at its end after a dash ("– Halvard Steen Oct 3 at
11:15"), an "@name" it opens with dropped. Nobody's: the site's chrome, the title, counts,
votes, tags, the cards, the controls and the sidebars ("Hot Network Questions"). A user name
("gridwonk") is kept as shown, for the curator to map. Source of the layout: Stack
Exchange's question pages, copied from the browser.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claims.importing.shaped import Reshaped, cued

_MONTH_DAY = r"[A-Z][a-z]{2}\s+\d{1,2}(?:,\s+\d{4})?"
_CARD = re.compile(
    rf"^(?:asked|answered|edited)\s+(?:{_MONTH_DAY}\s+at\s+\d{{1,2}}:\d{{2}}|\S.{{0,30}}ago)$"
)
_REPUTATION = re.compile(r"^[\d,.]+k?(?:\s*●\s*\d+){1,3}$")
_IMPROVE = re.compile(r"^Improve this (?:question|answer)$")
_COMMENT = re.compile(
    rf"^(?P<words>\S.*?)\s+[–—-]\s+(?P<name>[^–—]{{2,40}}?)\s+(?:{_MONTH_DAY}\s+at\s+"
    r"\d{1,2}:\d{2}|\d+\s+\w+\s+ago|yesterday)$"
)
_PAGE = re.compile(
    r"^(?:\d+|✓\s*Accepted|Share|Follow|Add a comment|Sorted by:?|Highest score \(default\)"
    r"|\d+\s+Answers?|Asked\b.*|Ask Question|Your Answer|Hot Network Questions|Related|Linked"
    r"|Improve this (?:question|answer)|[a-z0-9][a-z0-9.+#-]*)$"
)
_ADDRESSED = re.compile(r"^@\S+\s+")
_MIN_POSTS = 2


def _posts(lines: Sequence[str]) -> list[tuple[int, str]]:
    """Each post's "Share" line (its body ends above it) and the name on its card."""
    posts = []
    for index in range(len(lines) - 1):
        if lines[index].strip() != "Share" or not _IMPROVE.match(lines[index + 1].strip()):
            continue
        for later in range(index + 2, min(len(lines), index + 8)):
            text = lines[later].strip()
            if _CARD.match(text) and text.startswith(("asked", "answered")):
                name = lines[later + 1].strip() if later + 1 < len(lines) else ""
                if name and not _REPUTATION.match(name):
                    posts.append((index, name))
                break
    return posts


_ASKED = re.compile(r"^Asked\b.*\bViewed\b.*$")
_HEADING_WORDS = 6


def _said(lines: Sequence[str], index: int) -> bool:
    """Whether the line at ``index`` is a post's words: not the page's, not a card's, not a
    heading inside the post (a few words with no sentence's end)."""
    text = lines[index].strip()
    if not text or _PAGE.match(text) or _CARD.match(text) or _REPUTATION.match(text):
        return False
    if index and _CARD.match(lines[index - 1].strip()):
        return False  # the card's name
    return len(text.split()) > _HEADING_WORDS or text[-1:] in ".!?:;)"


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """A question page as notes (``shaped``), or None when the document is none. Shape: as
    many lines as given; each post's lines "Author: words", each comment "Writer: words";
    everything else blank."""
    if not any(_REPUTATION.match(line.strip()) for line in lines):
        return None
    posts = _posts(lines)
    if len(posts) < _MIN_POSTS:
        return None
    out = [""] * len(lines)
    people: set[str] = set()
    # The question starts below "Asked 3 days ago Modified today Viewed 412 times".
    start = next((i + 1 for i, line in enumerate(lines) if _ASKED.match(line.strip())), 0)
    for share, name in posts:
        for index in range(start, share):
            text = lines[index].strip()
            comment = _COMMENT.match(text)
            if comment:  # a comment under the post before
                words = _ADDRESSED.sub("", comment.group("words"))
                out[index] = cued(comment.group("name").strip(), words)
                people.add(comment.group("name").strip())
            elif _said(lines, index):
                out[index] = cued(name, text)
                people.add(name)
        start = share + 1
    # Comments under the last post.
    for index in range(start, len(lines)):
        text = lines[index].strip()
        if text in ("Your Answer", "Hot Network Questions"):
            break
        comment = _COMMENT.match(text)
        if comment:
            out[index] = cued(
                comment.group("name").strip(), _ADDRESSED.sub("", comment.group("words"))
            )
            people.add(comment.group("name").strip())
    return Reshaped.of(out, people) if people else None
