"""Posts copied from LinkedIn with their comments: a header names each post's and each
comment's author, and the page's furniture around the words is nobody's.

A header, as the page is selected and copied (the name may be given twice, once for screen
readers; the headline is missing on some comments):

| line | what it is |
| --- | --- |
| ``Aisha Bello-Martins`` | the author, a person or a company's page |
| `` • 2nd``, `` • 3rd+``, ``Verified • 1st``, ``(She/Her) • 2nd``, ``• Following`` | how |
| | far the author is from the reader; ``Author`` on the post's author's own comment; |
| | ``12,408 followers`` under a company's page |
| ``Chief Operating Officer at Clearpath Health | Digital primary care`` | the headline |
| ``2d • Edited • 🌐``, ``5h``, ``1w``, ``Promoted`` | how long ago, or an advert's mark |

The mark may stand on the name's line ("Aisha Bello-Martins • 2nd"). Above a header, an
activity line says why the post is shown ("Owen Prichard reposted this", "Jane Doe likes
this"). Around the words: the reactions ("👍❤️💡 412", "Aisha Bello-Martins and 411
others"), "Follow", "View Aisha's profile", "Most relevant", "Load more comments", "…see
more" (alone, or at the end of a cut comment), "Activate to view larger image,". The counts
and the buttons ("87 comments · 23 reposts", "Like · Reply · 14 reactions · 3 replies") are
a thread's chrome (``forums.page_chrome``).

Pure functions; the notes reader opens each header's turn (``notes_forums``). Source of
the shapes: LinkedIn's feed and post pages as their text is selected and copied.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass

from claims.importing.forums import display_name

_PRONOUNS = r"\(?(?:she|he|they)/(?:her|him|them|hers|his|theirs)\)?"
_BADGES = rf"(?:(?:verified|premium|top voice|influencer|creator|{_PRONOUNS})\s*)*"
_DEGREE = r"[•·]\s*(?:1st|2nd|3rd\+?|following|author)"
# The line under the name: " • 2nd", "Verified • 1st", "Author", " • Author",
# "12,408 followers".
_MARK = re.compile(
    rf"^(?:{_BADGES}{_DEGREE}|{_BADGES}author(?:\s*{_DEGREE})?|[\d.,]+[KM]?\s+followers)$",
    re.IGNORECASE,
)
# The mark on the name's line: "Aisha Bello-Martins • 2nd", "Aisha Bello-Martins (She/Her) • 2nd".
_NAME_MARK = re.compile(rf"^(?P<name>[^•·]{{2,60}}?)\s*{_BADGES}{_DEGREE}$", re.IGNORECASE)
# How long ago: "2d • Edited • 🌐", "5h", "1w", "3mo", "Promoted", "1d (edited)".
_AGE = re.compile(
    r"^(?:\d{1,3}\s?(?:s|m|min|h|hr|d|w|wk|mo|yr|y)|now|just now|promoted)"
    r"(?:\s*[•·]\s*(?:edited|[^\w\s]{1,4})?|\s*\(edited\))*\s*$",
    re.IGNORECASE,
)
_LOOK_AHEAD = 3  # lines with words: a repeated name, the mark; the headline, the age
_MAX_NAME = 80
_MAX_HEADLINE = 220


@dataclass(frozen=True)
class PostHeader:
    """A post's or a comment's header: its author's ``name`` as the page shows it, without
    marks ("Owen Prichard"), the indices of its ``lines`` (the name's first) and whether it
    is marked ``Author``: the post's author's own comment."""

    name: str
    lines: tuple[int, ...]
    author: bool = False


def post_header(lines: Sequence[str], index: int, *, in_post: bool = False) -> PostHeader | None:
    """The header that opens at ``lines[index]``, or None: a name, its mark below it or
    beside it, then up to the line of its age, the headline.

    "Owen Prichard", " • 3rd+", "GP Partner at …", "1d" → PostHeader("Owen Prichard",
    (index, …, index + 3)); "Aisha Bello-Martins", "Author", … → author=True, only
    ``in_post`` (a post's header came before: "Author" marks a comment). A name without a
    mark (a notes line, a heading) is none. Source: LinkedIn's pages, copied."""
    text = lines[index].strip()
    if not 0 < len(text) <= _MAX_NAME or text[-1:] in ".,;:!?" or text[:1] in "#@>-*":
        return None
    inline = _NAME_MARK.match(text) if ("•" in text or "·" in text) else None
    following = _filled(lines, index, _LOOK_AHEAD)
    taken = [index]
    if following and following[0][1] == text:  # the name again, for screen readers
        taken.append(following.pop(0)[0])
    mark = "" if inline else (following[0][1].lower() if following else "")
    if not inline and _MARK.match(mark) is None:
        return None
    author = re.search(r"\bauthor$", mark or text.lower()) is not None  # "Author", "• Author"
    if author and not in_post:
        return None
    if not inline:
        taken.append(following[0][0])
    text = _name(inline.group("name") if inline else text)
    age = _to_age(lines, taken[-1])
    # A page's followers alone ("Our newsletter", "12,408 followers") head no post: its
    # age below does.
    if not _reads_as_author(text) or (mark.endswith("followers") and not age):
        return None
    return PostHeader(text, (*taken, *age), author=author)


def _filled(lines: Sequence[str], index: int, count: int) -> list[tuple[int, str]]:
    """The next ``count`` lines with words after ``lines[index]``, with their indices."""
    found = []
    for following in range(index + 1, min(index + 1 + 3 * count, len(lines))):
        text = lines[following].strip()
        if text:
            found.append((following, text))
            if len(found) == count:
                break
    return found


def _to_age(lines: Sequence[str], index: int) -> tuple[int, ...]:
    """The headline's lines after ``lines[index]`` and the age's, when an age comes within a
    few lines; none when it does not (the words follow the mark)."""
    taken = []
    for following, text in _filled(lines, index, _LOOK_AHEAD):
        taken.append(following)
        if _AGE.match(text):
            return tuple(taken)
        if len(text) > _MAX_HEADLINE:
            break
    return ()


def _name(text: str) -> str:
    """ "Owen Prichard, MD (He/Him) 🇬🇧" → "Owen Prichard"."""
    text = re.sub(r"\([^)]{0,30}\)", " ", text).split(",")[0]
    return display_name(text)


def _reads_as_author(name: str) -> bool:
    return 0 < len(name) <= 60 and len(name.split()) <= 6 and not name[:1].isdigit()


# ---- The page's furniture.

_CHROME = re.compile(
    r"^(?:[^\w\s]{1,12}\s*[\d.,]+[KkMm]?"  # "👍❤️💡 412"
    r"|[^\w\s]{0,12}\s*\S.{0,60}?\s+and\s+[\d,]+\s+others?"  # "Aisha Bello-Martins and 411 others"
    r"|(?:view|open)\s+(?:\S.{0,60}?['’]s?\s+)?(?:profile|graphic link|verification(?: details)?)"
    r"|\+?\s*(?:follow|connect)|(?:…|\.\.\.)\s*(?:see\s+)?more|see (?:translation|original)"
    r"|activate to view larger image,?|no alternative text description for this image"
    r"|visible to anyone on or off linkedin|add a comment…?|open emoji keyboard"
    r")\s*$",
    re.IGNORECASE,
)
# Why a post is shown, above its header: "Owen Prichard reposted this", "Jane Doe likes this".
_ACTIVITY = re.compile(
    r"^\S.{0,60}?\s+(?:reposted|likes|loves|celebrates|supports|commented on|finds|find|like"
    r"|love|celebrate|support)\s+this(?:\s+(?:insightful|funny|interesting))?\s*$",
    re.IGNORECASE,
)
_SEE_MORE = re.compile(r"\s*(?:…|\.\.\.)\s*(?:see\s+)?more\s*$", re.IGNORECASE)


def post_chrome(text: str) -> bool:
    """Whether a line of a post copied from LinkedIn is the page's own: reactions ("👍❤️💡
    412"), "Follow", "View Aisha's profile", "…see more", "Activate to view larger image,".
    Read only in a document a header has shown to be a post."""
    text = text.strip()
    return len(text) <= 100 and _CHROME.match(text) is not None


def activity_line(text: str) -> bool:
    """Whether a line says why a post is shown ("Owen Prichard reposted this", "Jane Doe
    likes this"): no claim, above the post's header."""
    text = text.strip()
    return (
        len(text) <= 90
        and text.endswith(("this", "insightful", "funny", "interesting"))
        and (_ACTIVITY.match(text) is not None)
    )


def without_see_more(text: str) -> str:
    """A cut comment's words without the link that opens the rest: "…, which would …see
    more" → "…, which would …" (the cut stays marked)."""
    if "more" not in text[-8:].lower():
        return text
    found = _SEE_MORE.search(text)
    return text if found is None or found.start() == 0 else text[: found.start()] + " …"
