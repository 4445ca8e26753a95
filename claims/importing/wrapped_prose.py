"""Prose hard-wrapped at a fixed width, its sentences made whole again.

Text taken from a PDF (a verbatim record, a report, proceedings), a plain-text email, a
mailing list's archive or a terminal is wrapped at the page's or the tool's width: every
line is as full as the width allows, and a sentence runs over as many lines as it needs,
across a page's break and its running header too:

    Ms. Halvorsen: I thank the Somali presidency for convening
    this meeting. Since the Council last considered this
    issue, rainfall across the Lake Chad basin has been below
    ...
    More than 11 million people in the basin now face acute food

    2/4
    S/PV.9987
    insecurity.1 The World Meteorological Organization expects

Read line by line, a forecast is cut into pieces none of which is a claim ("On current
trajectories, we project that the" / "number of people facing acute food insecurity" / "will
exceed 14 million by the end of 2027."). ``unwrapped`` rejoins each paragraph and writes each
sentence on the line where it starts, the lines it wraps onto left blank, so every line keeps
its number and a cue stays at the head of its turn.

Whether a document is wrapped is read from the lines themselves, with no layout known:
the width is the length most long lines reach; a line is wrapped onto the next when the
next line's first word would not have fitted on it (the rule every wrapping tool follows),
or when the line stops in mid-sentence and the next goes on in lower case. A document is
taken as wrapped only when a quarter of its lines of prose, and five at least, stop in
mid-sentence where the width ran out with the sentence going on in lower case below, so
notes, chats and transcripts that give each turn or point a line of its own are left as
they are. A sentence cut by a page's break
goes on over the page's chrome (a page number, a running header, a footnote) to the next
line that opens in lower case; the chrome stays where it was. A footnote's mark after a
sentence's end ("insecurity.1 The …") is dropped, and the page's own lines (its number, its
running header and footer, the footnotes under their rule) are left blank. Source of the
rule: the greedy line breaking of text formatters and mail clients (RFC 3676's fixed
lines), as pdftotext and plain-text archives give it.
"""

import re
from collections import Counter
from collections.abc import Sequence

from claims.importing.cues import COLON_CUE, MARKER
from claims.importing.pdf_panels import pdf_chrome, sentences_by_line

__all__ = ["opens_turn", "unwrapped"]

_MIN_PROSE_LINES = 10
_MIN_WRAPPED_SHARE = 0.25
_MIN_BROKEN = 5
_MIN_WIDTH, _MAX_WIDTH = 35, 110
_WIDTH_PERCENTILE = 0.9
_SLACK = 2  # a justified or ragged line may stop a character or two short
_MAX_PAGE_GAP = 12  # lines of a page's chrome a sentence may run over
_ENDED = re.compile(r"[.!?:;…][\"”’)\]\d]*$")
_LOWER_START = re.compile(r"^[\"“‘(]?[a-z]")
_FIRST_WORD = re.compile(r"^\S+")
_FOOTNOTE_MARK = re.compile(r"(?<=[a-z][.!?])\d{1,2}(?=\s+[A-Z])")
_MAX_CUE_WORDS = 8
_MAX_RUNNING_WORDS = 10  # a running header or footer: "S/PV.9987", the meeting's title
_MIN_SENTENCE_SHARE = 0.3  # prose ends sentences: ". " inside or at the end of its lines
_SENTENCE_MARK = re.compile(r"[.!?][\"”’)\]]*(?:\s|$)")
_BRACKETS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_NAME_PARTICLES = frozenset(
    {"of", "the", "for", "de", "van", "von", "der", "du", "la", "le", "and"}
)
# A footnote at a page's foot: "1 Cadre Harmonisé analysis, March 2026.", under a rule.
_FOOTNOTE = re.compile(r"^(?:\d{1,2}|[*†‡])\s+\S|^[_—–-]{5,}$")
_RULE = re.compile(r"^[_—–-]{5,}$")


def unwrapped(lines: Sequence[str]) -> Sequence[str]:
    """``lines`` with each paragraph wrapped at a fixed width rejoined, its sentences each
    on the line where it starts and the lines it wraps onto blank (the module's docstring);
    ``lines`` as they are when the document is not wrapped. As many lines as before."""
    width = _width(lines)
    if width is None:
        return lines
    repeated = Counter(line.strip() for line in lines if line.strip())
    out = list(lines)
    for number in _page_chrome(lines, repeated):
        out[number] = ""
    for paragraph in _paragraphs(lines, width, repeated):
        if len(paragraph) < 2:
            continue
        turn = [(number + 1, _FOOTNOTE_MARK.sub("", lines[number].strip())) for number in paragraph]
        placed = sentences_by_line(turn)
        for number in paragraph:
            out[number] = " ".join(placed.get(number + 1, ()))
    return out


# A table's leader dots ("Mr. Farah . . . . . (Somalia)", "Contents ........ 4"): a row.
_LEADERS = re.compile(r"(?:\.\s?){4,}")


def _page_chrome(lines: Sequence[str], repeated: Counter) -> set[int]:
    """The 0-based numbers of the page's own lines: a page's number or running line
    (``pdf_panels.pdf_chrome``), a short line the pages repeat ("S/PV.9987", "22/07/2026",
    the meeting's title; at most ``_MAX_RUNNING_WORDS`` words, never a cue), a footnote
    under its rule or under the page's other lines."""
    chrome = {number - 1 for number in pdf_chrome(lines)}
    for number, line in enumerate(lines):
        text = line.strip()
        if (
            text
            and repeated[text] > 1
            and len(text.split()) <= _MAX_RUNNING_WORDS
            and not opens_turn(text)
        ) or (
            _FOOTNOTE.match(text)
            and (number == 0 or _FOOTNOTE.match(lines[number - 1].strip()) or number - 1 in chrome)
        ):
            chrome.add(number)
    return chrome


def _prose(line: str) -> bool:
    return len(line.split()) >= 4 and _LEADERS.search(line) is None


def _width(lines: Sequence[str]) -> int | None:
    """The width ``lines`` are wrapped at, or None when they are not wrapped."""
    prose = [i for i, line in enumerate(lines) if _prose(line)]
    if len(prose) < _MIN_PROSE_LINES:
        return None
    lengths = sorted(len(lines[i].rstrip()) for i in prose)
    width = lengths[int(len(lengths) * _WIDTH_PERCENTILE) - 1]
    if not _MIN_WIDTH <= width <= _MAX_WIDTH or lengths[-1] > width * 1.5:
        return None
    # A line broken in mid-sentence where the width ran out, the sentence going on in lower
    # case below: the mark of wrapping no list, chat or page of short lines shows often.
    broken = sum(1 for i in prose if i + 1 < len(lines) and _broken_at_width(lines, i, width))
    if broken < max(_MIN_BROKEN, len(prose) * _MIN_WRAPPED_SHARE):
        return None
    # Notes in lower case with no marks stop in mid-line too: prose ends its sentences.
    ended = sum(1 for i in prose if _SENTENCE_MARK.search(lines[i]))
    return width if ended >= len(prose) * _MIN_SENTENCE_SHARE else None


def _broken_at_width(lines: Sequence[str], i: int, width: int) -> bool:
    line, following = lines[i].rstrip(), lines[i + 1].strip()
    word = _FIRST_WORD.match(following)
    return (
        word is not None
        and _ENDED.search(line) is None
        and _LOWER_START.match(following) is not None
        and len(line) + 1 + len(word.group()) > width - _SLACK
    )


def _wraps(line: str, following: str, width: int) -> bool:
    """Whether ``line`` was wrapped onto ``following``: its next word would not have fitted,
    or it stops in mid-sentence and ``following`` goes on in lower case."""
    line, following = line.rstrip(), following.strip()
    word = _FIRST_WORD.match(following)
    if (not _prose(line) and len(line.split()) < 2) or _LEADERS.search(line):
        return False
    if not line or word is None or (MARKER.match(following) and following[:1] in "-*•>[("):
        return False
    if len(line) + 1 + len(word.group()) > width - _SLACK:
        return True
    if line.lstrip().startswith("(") and ")" not in line:  # "(Whereupon, a recess … to"
        return True
    return _ENDED.search(line) is None and _LOWER_START.match(following) is not None


def opens_turn(line: str) -> bool:
    """Whether ``line`` opens a turn as a wrapped page writes one: a label of at most
    ``_MAX_CUE_WORDS`` capitalised words (brackets aside; "of", "the", "de" allowed), a
    colon, words ("Ms. Halvorsen: …", "Mr. Dufresne (France) (spoke in French): …"). "I will
    venture a forecast: …" is a sentence, not a cue."""
    found = COLON_CUE.match(line.strip())
    if found is None or not found.group("rest"):
        return False
    words = _BRACKETS.sub(" ", found.group("name")).split()
    return (
        0 < len(words) <= _MAX_CUE_WORDS
        and all(word[:1].isupper() or word in _NAME_PARTICLES for word in words)
        and words[0] != "I"
    )


def _paragraphs(lines: Sequence[str], width: int, repeated: Counter) -> list[list[int]]:
    """The 0-based numbers of each wrapped paragraph's lines, in order."""
    paragraphs: list[list[int]] = []
    current: list[int] = []
    i = 0
    while i < len(lines):
        if current and i < len(lines) and _goes_on(lines[current[-1]], lines[i], width):
            current.append(i)
            i += 1
            continue
        if current and _ENDED.search(lines[current[-1]].rstrip()) is None:
            after = _after_page_break(lines, i, repeated)
            if after is not None:
                current.append(after)
                i = after + 1
                continue
        if len(current) > 1:
            paragraphs.append(current)
        current = [i] if lines[i].strip() else []
        i += 1
    if len(current) > 1:
        paragraphs.append(current)
    return paragraphs


def _goes_on(line: str, following: str, width: int) -> bool:
    return (
        bool(following.strip())
        and not opens_turn(following)
        and not _RULE.match(following.strip())  # a footnote's rule is no words
        and _wraps(line, following, width)
    )


def _after_page_break(lines: Sequence[str], start: int, repeated: Counter) -> int | None:
    """The number of the line after a page's chrome that goes on with a sentence left
    unended before ``start``: the first prose line within ``_MAX_PAGE_GAP`` lines, when it
    opens in lower case and every line before it is blank, short, repeated (a running
    header) or a footnote."""
    for i in range(start, min(len(lines), start + _MAX_PAGE_GAP)):
        text = lines[i].strip()
        if not text or not _prose(text) or repeated[text] > 1 or _FOOTNOTE.match(text):
            continue
        return i if _LOWER_START.match(text) and i > start else None
    return None
